from django.apps import AppConfig


class AssessmentsConfig(AppConfig):
    name = "sendhealth.assessments"
    label = "assessments"
    verbose_name = "EHC needs assessments and SEN2"
