from django.apps import AppConfig


class InspectionsConfig(AppConfig):
    name = "careassure.inspections"
    label = "inspections"
    verbose_name = "Inspections, findings, LILAC and reports"
