from django.urls import path

from sendhealth.insight import views

app_name = "insight"
urlpatterns = [
    path("", views.dashboard, name="dashboard"),
    path("timeliness.csv", views.timeliness_csv, name="timeliness_csv"),
]
