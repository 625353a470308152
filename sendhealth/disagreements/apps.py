from django.apps import AppConfig


class DisagreementsConfig(AppConfig):
    name = "sendhealth.disagreements"
    label = "disagreements"
    verbose_name = "Disagreement resolution"
