from django.urls import path

from sendhealth.safeguarding import views

app_name = "safeguarding"
URL_PREFIX = "safeguarding/"  # mounted there by sendhealth.config.urls
urlpatterns = [
    path("", views.referral_list, name="list"),
    path("export/", views.referral_export, name="export"),
    path("child/<int:child_pk>/new/", views.referral_new, name="new"),
    path("<int:pk>/", views.referral_detail, name="detail"),
    path("<int:pk>/edit/", views.referral_edit, name="edit"),
]
