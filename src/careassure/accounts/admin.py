from django.contrib import admin
from django.contrib.auth.admin import UserAdmin

from careassure.accounts.models import InspectorGrant, User


@admin.register(User)
class CareassureUserAdmin(UserAdmin):
    fieldsets = (*UserAdmin.fieldsets, ("careassure", {"fields": ("role", "worker")}))  # type: ignore[misc]
    list_display = ("username", "first_name", "last_name", "role", "is_active")
    list_filter = ("role", "is_active")


@admin.register(InspectorGrant)
class InspectorGrantAdmin(admin.ModelAdmin):
    list_display = ("inspector", "child", "expires_at", "granted_by")
    raw_id_fields = ("child",)
