from django.apps import AppConfig


class PanelsConfig(AppConfig):
    name = "sendhealth.panels"
    label = "panels"
    verbose_name = "Panels and packages"
