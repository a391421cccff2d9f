from django.apps import AppConfig


class QualityConfig(AppConfig):
    name = "careassure.quality"
    label = "quality"
    verbose_name = "Case-file quality checks"

    def ready(self) -> None:
        from careassure.quality import tasks  # noqa: F401  (registers the home-page task)
