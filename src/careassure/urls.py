from django.contrib import admin
from django.urls import include, path

urlpatterns = [
    path("", include("careassure.core.urls")),
    path("accounts/", include("careassure.accounts.urls")),
    path("children/", include("careassure.children.urls")),
    path("imports/", include("careassure.imports.urls")),
    path("access-log/", include("careassure.audit.urls")),
    path("inspections/", include("careassure.inspections.urls")),
    path("dashboard/", include("careassure.dashboard.urls")),
    path("validation/", include("careassure.validation.urls")),
    path("quality/", include("careassure.quality.urls")),
    path("admin/", admin.site.urls),
]
