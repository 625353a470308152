from django.apps import AppConfig


class TransitionsConfig(AppConfig):
    name = "sendhealth.transitions"
    label = "transitions"
    verbose_name = "Preparing for adulthood"
