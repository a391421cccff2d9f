from django.contrib import admin
from django.urls import include, path

urlpatterns = [
    path("", include("careassure.core.urls")),
    path("accounts/", include("careassure.accounts.urls")),
    path("admin/", admin.site.urls),
]
