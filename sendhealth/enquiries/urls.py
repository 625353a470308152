from django.urls import path

from sendhealth.enquiries import views

app_name = "enquiries"
URL_PREFIX = "enquiries/"  # mounted there by sendhealth.config.urls
urlpatterns = [
    path("", views.enquiry_list, name="list"),
    path("new/", views.enquiry_new, name="new"),
    path("export/", views.enquiry_export, name="export"),
    path("<int:pk>/", views.enquiry_detail, name="detail"),
    path("<int:pk>/edit/", views.enquiry_edit, name="edit"),
    path("<int:pk>/close/", views.enquiry_close, name="close"),
    path("<int:pk>/advice-request/", views.enquiry_to_advice, name="to_advice"),
]
