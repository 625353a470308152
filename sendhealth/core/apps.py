from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "sendhealth.core"
    label = "core"

    def ready(self) -> None:
        # Each app's permissions.py registers its ``rules`` permissions (core.plugins).
        from sendhealth.core.plugins import app_modules

        app_modules("permissions")
