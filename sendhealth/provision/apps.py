from django.apps import AppConfig


class ProvisionConfig(AppConfig):
    name = "sendhealth.provision"
    label = "provision"
    verbose_name = "Health provision in EHC plans"
