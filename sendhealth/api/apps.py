from django.apps import AppConfig


class ApiConfig(AppConfig):
    name = "sendhealth.api"
    label = "api"
