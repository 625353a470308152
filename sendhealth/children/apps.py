from django.apps import AppConfig


class ChildrenConfig(AppConfig):
    name = "sendhealth.children"
    label = "children"
