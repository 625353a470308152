from django.apps import AppConfig
from django.db.models.signals import post_delete, post_save, pre_save


class AssuranceConfig(AppConfig):
    name = "sendhealth.assurance"
    label = "assurance"
    verbose_name = "Quality assurance"

    def ready(self) -> None:
        # The kept summary of scores (``assurance.summary``): every save and delete of an audit.
        from sendhealth.assurance import summary
        from sendhealth.assurance.models import Audit

        pre_save.connect(summary.audit_before_save, sender=Audit, dispatch_uid="qa-tally-before")
        post_save.connect(summary.audit_saved, sender=Audit, dispatch_uid="qa-tally-saved")
        post_delete.connect(summary.audit_deleted, sender=Audit, dispatch_uid="qa-tally-deleted")
