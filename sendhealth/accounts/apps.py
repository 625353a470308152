from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "sendhealth.accounts"
    label = "accounts"
