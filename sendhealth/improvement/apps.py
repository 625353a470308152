from django.apps import AppConfig


class ImprovementConfig(AppConfig):
    name = "sendhealth.improvement"
    label = "improvement"
    verbose_name = "Improvement: self-evaluation and improvement plan"
