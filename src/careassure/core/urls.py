from django.templatetags.static import static
from django.urls import path
from django.views.generic.base import RedirectView

from careassure.core import views

app_name = "core"
urlpatterns = [
    path("", views.home, name="home"),
    path("healthz", views.healthz, name="healthz"),
    # Browsers ask for /favicon.ico on pages that name no icon (downloads, PDFs): send them to ours.
    path(
        "favicon.ico",
        RedirectView.as_view(url=static("vendor/assets/images/favicon.ico")),
        name="favicon",
    ),
]
