from django.urls import path

from sendhealth.training import views

app_name = "training"
URL_PREFIX = "training/"  # mounted there by sendhealth.config.urls
urlpatterns = [
    path("", views.session_list, name="list"),
    path("new/", views.session_new, name="new"),
    path("<int:pk>/", views.session_detail, name="detail"),
    path("<int:pk>/edit/", views.session_edit, name="edit"),
    path("<int:pk>/attendance/", views.attendance_add, name="attendance"),
    path("needs/", views.need_list, name="needs"),
    path("needs/new/", views.need_new, name="need_new"),
    path("needs/<int:pk>/", views.need_detail, name="need"),
    path("figures/", views.figures_page, name="figures"),
]
