from django.apps import AppConfig


class AssuranceConfig(AppConfig):
    name = "sendhealth.assurance"
    label = "assurance"
    verbose_name = "Quality assurance"
