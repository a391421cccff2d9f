from django.apps import AppConfig


class QualityConfig(AppConfig):
    name = "careassure.quality"
    label = "quality"
    verbose_name = "Case-file quality checks"
