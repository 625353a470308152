from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "sendhealth.core"
    label = "core"
