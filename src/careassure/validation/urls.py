from django.urls import path

from careassure.validation import views, views_reference

app_name = "validation"
urlpatterns = [
    path("", views.index, name="index"),
    path("check/", views.check, name="check"),
    path("reference-data/", views_reference.reference, name="reference"),
    path("<int:year>/", views.year, name="year"),
    path("<int:year>/validate-again/", views.revalidate, name="revalidate"),
    path("<int:year>/errors.<str:fmt>", views.export, name="export"),
]
