from django.urls import path

from sendhealth.provision import views

app_name = "provision"
URL_PREFIX = "provision/"  # mounted there by sendhealth.config.urls
urlpatterns = [
    path("", views.line_list, name="list"),
    path("plans/<int:pk>/", views.plan_detail, name="plan"),
    path("plans/<int:pk>/from-advice/", views.from_advice, name="from_advice"),
    path("plans/<int:pk>/lines/new/", views.line_new, name="line_new"),
    path("plans/<int:pk>/section-g/", views.paste, name="paste"),
    path("plans/<int:pk>/record/", views.record_plan_month, name="record_month"),
    path("lines/<int:pk>/", views.line_detail, name="line"),
    path("lines/<int:pk>/edit/", views.line_edit, name="line_edit"),
    path("lines/<int:pk>/record/", views.record, name="record"),
    path("lines/<int:pk>/remind/", views.remind, name="remind"),
    path("import/", views.import_returns, name="import"),
    path("import/template.csv", views.csv_template, name="template"),
    path("shortfalls/", views.shortfall_list, name="shortfalls"),
    path("shortfalls/threshold/", views.policy, name="policy"),
    path("figures/", views.figures_page, name="figures"),
]
