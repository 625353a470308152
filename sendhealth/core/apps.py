from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "sendhealth.core"
    label = "core"

    def ready(self) -> None:
        # Each app's permissions.py registers its ``rules`` permissions (core.plugins).
        from sendhealth.core.plugins import app_modules

        app_modules("permissions")

        # Every child read while answering a request is audited (core.audit, core.middleware).
        from django.db.models.signals import post_init

        from sendhealth.core.audit import child_loaded

        post_init.connect(child_loaded, sender="children.Child", dispatch_uid="audit-child-loaded")
