from django.urls import path

from sendhealth.reports import views

app_name = "reports"
URL_PREFIX = "reports/"  # mounted there by sendhealth.config.urls
urlpatterns = [
    path("", views.report_list, name="list"),
    path("reference/", views.reference_data, name="reference"),
    path("<int:pk>/", views.report_detail, name="detail"),
    path("<int:pk>/commentary/", views.report_commentary, name="commentary"),
    path("<int:pk>/publish/", views.report_publish, name="publish"),
    path("<int:pk>/regenerate/", views.report_regenerate, name="regenerate"),
    path("<int:pk>/figures/<slug:key>/", views.figure_detail, name="figure"),
    path("<int:pk>/figures/<slug:key>/figure.csv", views.figure_csv, name="figure_csv"),
    path("<int:pk>/figures/<slug:key>/records/", views.figure_records, name="figure_records"),
    path("<int:pk>/report.pdf", views.report_pdf, name="pdf"),
    path("<int:pk>/report.docx", views.report_docx, name="docx"),
]
