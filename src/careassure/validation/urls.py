from django.urls import path

from careassure.validation import views

app_name = "validation"
urlpatterns = [
    path("", views.index, name="index"),
    path("check/", views.check, name="check"),
    path("<int:year>/", views.year, name="year"),
    path("<int:year>/validate-again/", views.revalidate, name="revalidate"),
    path("<int:year>/errors.<str:fmt>", views.export, name="export"),
]
