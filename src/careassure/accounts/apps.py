from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "careassure.accounts"
    label = "accounts"
    verbose_name = "Accounts and access"
