from django.apps import AppConfig


class LocalOfferConfig(AppConfig):
    name = "sendhealth.localoffer"
    label = "localoffer"
    verbose_name = "Local Offer"
