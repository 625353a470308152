from django.apps import AppConfig


class ReportsConfig(AppConfig):
    name = "sendhealth.reports"
    label = "reports"
    verbose_name = "Reports for the board and the area"
