from django.urls import path

from careassure.imports import views

app_name = "imports"
urlpatterns = [
    path("", views.run_list, name="list"),
    path("new/", views.upload, name="upload"),
    path("<int:pk>/", views.detail, name="detail"),
]
