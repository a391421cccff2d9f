from django.urls import path

from careassure.dashboard import views

app_name = "dashboard"
urlpatterns = [
    path("", views.home, name="home"),
    path("settings/", views.settings_page, name="settings"),
    path("<slug:indicator_id>/", views.indicator, name="indicator"),
    path("<slug:indicator_id>/chart.png", views.chart, name="chart"),
    path("<slug:indicator_id>/values.csv", views.export_series, name="export"),
]
