from django.urls import path

from sendhealth.core import views

app_name = "core"
urlpatterns = [
    path("", views.home, name="home"),
    path("accessibility/", views.accessibility, name="accessibility"),
    path("privacy/", views.privacy, name="privacy"),
    path("messages/", views.message_list, name="messages"),
]
