from django.urls import path

from careassure.inspections import views_lilac, views_register, views_reports

app_name = "inspections"
urlpatterns = [
    path("", views_register.index, name="index"),
    path("new", views_register.assessment_create, name="assessment_create"),
    path("<int:pk>/", views_register.assessment_detail, name="assessment_detail"),
    path("<int:pk>/edit", views_register.assessment_edit, name="assessment_edit"),
    path("<int:pk>/judgements/new", views_register.judgement_create, name="judgement_create"),
    path("<int:pk>/findings/new", views_register.finding_create, name="finding_create"),
    path("findings/<int:pk>/actions/new", views_register.action_create, name="action_create"),
    path("actions/", views_register.actions, name="actions"),
    path("themes/", views_register.themes, name="themes"),
    path("actions/<int:pk>/", views_register.action_update, name="action_update"),
    path("lilac/", views_lilac.lilac, name="lilac"),
    path("lilac/new", views_lilac.lilac_record, name="lilac_record"),
    path("lilac/<int:pk>/", views_lilac.lilac_rating, name="lilac_rating"),
    path("reports/", views_reports.report_list, name="report_list"),
    path("reports/new", views_reports.report_create, name="report_create"),
    path("reports/<int:pk>/", views_reports.report_detail, name="report_detail"),
    path("reports/<int:pk>/edit", views_reports.report_edit, name="report_edit"),
    path(
        "reports/<int:pk>/edit/<str:key>", views_reports.report_paragraph, name="report_paragraph"
    ),
    path(
        "reports/<int:pk>/front-sheet", views_reports.report_front_sheet, name="report_front_sheet"
    ),
    path("reports/<int:pk>/history", views_reports.report_history, name="report_history"),
    path(
        "reports/<int:pk>/versions/<int:number>", views_reports.report_detail, name="report_version"
    ),
    path(
        "reports/<int:pk>/download.<str:fmt>", views_reports.report_download, name="report_download"
    ),
]
