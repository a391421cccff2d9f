from django.apps import AppConfig


class ImportsConfig(AppConfig):
    name = "careassure.imports"
    label = "imports"
    verbose_name = "903 imports and exports"
