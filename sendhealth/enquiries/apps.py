from django.apps import AppConfig


class EnquiriesConfig(AppConfig):
    name = "sendhealth.enquiries"
    label = "enquiries"
