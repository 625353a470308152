from django.apps import AppConfig


class InspectionsConfig(AppConfig):
    name = "sendhealth.inspections"
    label = "inspections"
    verbose_name = "Area SEND inspections"
