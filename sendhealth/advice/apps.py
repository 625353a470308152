from django.apps import AppConfig


class AdviceConfig(AppConfig):
    name = "sendhealth.advice"
    label = "advice"

    def ready(self) -> None:
        # The kept timeliness summary's signals (every save and delete of an assignment).
        from sendhealth.advice import summary  # noqa: F401
