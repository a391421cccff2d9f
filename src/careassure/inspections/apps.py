from django.apps import AppConfig


class InspectionsConfig(AppConfig):
    name = "careassure.inspections"
    label = "inspections"
    verbose_name = "Inspections, findings, LILAC and reports"

    def ready(self) -> None:
        # Registers the overdue-actions provider for the home page.
        from careassure.inspections import tasks  # noqa: F401
