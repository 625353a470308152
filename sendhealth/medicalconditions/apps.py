from django.apps import AppConfig


class MedicalConditionsConfig(AppConfig):
    name = "sendhealth.medicalconditions"
    label = "medicalconditions"
    verbose_name = "Supporting pupils with medical conditions"
