from django.apps import AppConfig


class AuditConfig(AppConfig):
    name = "careassure.audit"
    label = "audit"
    verbose_name = "Access log and audit events"
