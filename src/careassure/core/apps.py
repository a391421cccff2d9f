from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "careassure.core"
    label = "core"
    verbose_name = "careassure"
