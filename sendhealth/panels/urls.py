from django.urls import path

from sendhealth.panels import views

app_name = "panels"
URL_PREFIX = "panels/"  # mounted there by sendhealth.config.urls
urlpatterns = [
    path("", views.panel_list, name="list"),
    path("new/", views.panel_new, name="new"),
    path("export/", views.panel_export, name="export"),
    path("<int:pk>/", views.panel_detail, name="detail"),
    path("<int:pk>/edit/", views.panel_edit, name="edit"),
    path("<int:pk>/attendees/new/", views.add_attendee, name="add_attendee"),
    path("<int:pk>/cases/new/", views.add_case, name="add_case"),
    path("cases/<int:pk>/", views.case_decision, name="case"),
    path("packages/", views.package_list, name="packages"),
    path("packages/reviews/", views.package_reviews, name="package_reviews"),
    path("packages/export/", views.package_export, name="package_export"),
    path("packages/new/", views.package_new, name="package_new"),
    path("packages/<int:pk>/", views.package_detail, name="package"),
    path("packages/<int:pk>/edit/", views.package_edit, name="package_edit"),
    path("packages/<int:pk>/approve/", views.package_approve, name="package_approve"),
]
