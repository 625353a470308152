from django.urls import path

from sendhealth.medicalconditions import views

app_name = "medicalconditions"
URL_PREFIX = "medical-conditions/"  # mounted there by sendhealth.config.urls
urlpatterns = [
    path("", views.plan_list, name="list"),
    path("find/", views.find_child, name="find"),
    path("new/", views.plan_new, name="new"),
    path("<int:pk>/", views.plan_detail, name="detail"),
    path("<int:pk>/edit/", views.plan_edit, name="edit"),
    path("<int:pk>/review/", views.plan_review, name="review"),
    path("<int:pk>/training/", views.plan_training, name="training"),
    path("settings/", views.setting_list, name="settings"),
    path("settings/<int:pk>/", views.setting_detail, name="setting"),
    path("figures/", views.figures_page, name="figures"),
]
