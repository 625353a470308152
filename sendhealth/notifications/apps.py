from django.apps import AppConfig


class NotificationsConfig(AppConfig):
    name = "sendhealth.notifications"
    label = "notifications"
