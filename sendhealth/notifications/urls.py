from django.urls import path

from sendhealth.notifications import views

app_name = "notifications"
URL_PREFIX = "notifications/"  # mounted there by sendhealth.config.urls
urlpatterns = [
    path("", views.notification_list, name="list"),
    path("new/", views.notification_new, name="new"),
    path("export/", views.notification_export, name="export"),
    path("quarters/", views.notification_quarters, name="quarters"),
    path("missed/", views.missed_notifications, name="missed"),
    path("<int:pk>/", views.notification_detail, name="detail"),
    path("<int:pk>/edit/", views.notification_edit, name="edit"),
    path("<int:pk>/acknowledge/", views.notification_acknowledge, name="acknowledge"),
]
