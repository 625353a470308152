from django.urls import path

from sendhealth.policies import views

app_name = "policies"
URL_PREFIX = "policies/"  # mounted there by sendhealth.config.urls
urlpatterns = [
    path("", views.policy_list, name="list"),
    path("new/", views.policy_new, name="new"),
    path("<int:pk>/", views.policy_detail, name="detail"),
    path("<int:pk>/edit/", views.policy_edit, name="edit"),
    path("<int:pk>/review/", views.policy_review, name="review"),
    path("<int:pk>/upload/", views.policy_upload, name="upload"),
    path("documents/<int:pk>/", views.document_download, name="document"),
]
