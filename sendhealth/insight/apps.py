from django.apps import AppConfig


class InsightConfig(AppConfig):
    name = "sendhealth.insight"
    label = "insight"
