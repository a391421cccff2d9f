from django.urls import path

from careassure.quality import views

app_name = "quality"
urlpatterns = [
    path("", views.themes, name="themes"),
    path("documents/", views.documents, name="documents"),
    path("documents.csv", views.documents_csv, name="documents_csv"),
    path("documents/<int:pk>/", views.document, name="document"),
    path("scan/", views.scan, name="scan"),
    path("scan/<int:pk>/", views.scan_status, name="scan_status"),
]
