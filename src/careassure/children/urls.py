from django.urls import path

from careassure.children import views

app_name = "children"
urlpatterns = [
    path("", views.child_list, name="list"),
    path("search/", views.child_search, name="search"),
    path("export.<str:fmt>", views.child_export, name="export"),
    path("<int:pk>/", views.child_detail, name="detail"),
    path("<int:pk>/inspector-access/", views.grant_create, name="grant"),
    path("teams/", views.team_list, name="teams"),
    path("teams/<int:pk>/", views.team_detail, name="team_detail"),
]
