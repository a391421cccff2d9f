from django.apps import AppConfig


class ValidationConfig(AppConfig):
    name = "careassure.validation"
    label = "validation"
    verbose_name = "903 validation"

    def ready(self) -> None:
        from careassure.validation import checks  # noqa: F401  (registers the LA code check)
