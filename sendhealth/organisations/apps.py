from django.apps import AppConfig


class OrganisationsConfig(AppConfig):
    name = "sendhealth.organisations"
    label = "organisations"
