from django.apps import AppConfig
from django.db.models.signals import post_save


class TransitionsConfig(AppConfig):
    name = "sendhealth.transitions"
    label = "transitions"
    verbose_name = "Preparing for adulthood"

    def ready(self) -> None:
        from sendhealth.children.models import Child
        from sendhealth.transitions.models import EhcPlan
        from sendhealth.transitions.services import child_saved, plan_saved

        # The queue's kept due items follow every change to a plan or a date of birth.
        post_save.connect(plan_saved, sender=EhcPlan, dispatch_uid="transitions_plan_due")
        post_save.connect(child_saved, sender=Child, dispatch_uid="transitions_child_due")
