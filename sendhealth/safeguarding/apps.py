from django.apps import AppConfig


class SafeguardingConfig(AppConfig):
    name = "sendhealth.safeguarding"
    label = "safeguarding"
    verbose_name = "Safeguarding"
