from django.apps import AppConfig


class DashboardConfig(AppConfig):
    name = "careassure.dashboard"
    label = "dashboard"
    verbose_name = "Performance indicators"
