from django.apps import AppConfig


class PoliciesConfig(AppConfig):
    name = "sendhealth.policies"
    label = "policies"
    verbose_name = "SEND policies and procedures"
