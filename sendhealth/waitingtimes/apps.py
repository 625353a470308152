from django.apps import AppConfig


class WaitingTimesConfig(AppConfig):
    name = "sendhealth.waitingtimes"
    label = "waitingtimes"
    verbose_name = "Waiting times and capacity"
