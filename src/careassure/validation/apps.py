from django.apps import AppConfig


class ValidationConfig(AppConfig):
    name = "careassure.validation"
    label = "validation"
    verbose_name = "903 validation"
