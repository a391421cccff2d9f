from django.apps import AppConfig


class ChildrenConfig(AppConfig):
    name = "careassure.children"
    label = "children"
    verbose_name = "Children's records"
