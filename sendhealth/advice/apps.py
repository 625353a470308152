from django.apps import AppConfig


class AdviceConfig(AppConfig):
    name = "sendhealth.advice"
    label = "advice"
