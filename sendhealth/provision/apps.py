from django.apps import AppConfig


class ProvisionConfig(AppConfig):
    name = "sendhealth.provision"
    label = "provision"
    verbose_name = "Health provision in EHC plans"

    def ready(self) -> None:
        # The kept summary's signals (every save and delete of a return or a line).
        from sendhealth.provision import summary  # noqa: F401
