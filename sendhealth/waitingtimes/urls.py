from django.urls import path

from sendhealth.waitingtimes import views

app_name = "waitingtimes"
URL_PREFIX = "waiting-times/"  # mounted there by sendhealth.config.urls
urlpatterns = [
    path("", views.position_list, name="list"),
    path("services/<int:service_id>/", views.service_detail, name="service"),
    path("new/", views.position_new, name="new"),
    path("import/", views.position_import, name="import"),
    path("gaps/", views.gaps, name="gaps"),
    path("gaps/jsna.xlsx", views.gaps_export, name="gaps_export"),
    path("template.csv", views.csv_template, name="template"),
]
