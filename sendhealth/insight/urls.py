from django.urls import path

from sendhealth.insight import views

app_name = "insight"
URL_PREFIX = "insight/"  # mounted there by sendhealth.config.urls
urlpatterns = [
    path("", views.dashboard, name="dashboard"),
    path("timeliness.csv", views.timeliness_csv, name="timeliness_csv"),
]
