from django.apps import AppConfig
from django.db.models.signals import post_delete, post_save


class NotificationsConfig(AppConfig):
    name = "sendhealth.notifications"
    label = "notifications"

    def ready(self) -> None:
        from sendhealth.advice.models import AdviceRequest
        from sendhealth.children.models import Child
        from sendhealth.notifications import services
        from sendhealth.notifications.models import Section23Notification

        # The kept "assessed, not notified" rows follow every change that moves them, in the
        # saving transaction (``services.refresh_missed``).
        for signal, sender, receiver, uid in (
            (post_save, AdviceRequest, services.request_saved, "request_saved"),
            (post_delete, AdviceRequest, services.request_deleted, "request_deleted"),
            (post_save, Section23Notification, services.notification_changed, "saved"),
            (post_delete, Section23Notification, services.notification_changed, "deleted"),
            (post_save, Child, services.child_saved, "child_saved"),
        ):
            signal.connect(receiver, sender=sender, dispatch_uid=f"notifications_missed_{uid}")
