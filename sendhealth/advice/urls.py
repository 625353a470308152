from django.urls import path

from sendhealth.advice import views

app_name = "advice"
URL_PREFIX = "advice/"  # mounted there by sendhealth.config.urls
urlpatterns = [
    path("queue/", views.dco_queue, name="queue"),
    path("requests/", views.la_requests, name="la_requests"),
    path("tray/", views.provider_tray, name="tray"),
    path("new/<int:child_pk>/", views.raise_request, name="raise"),
    path("requests/<int:pk>/", views.request_detail, name="request"),
    path("requests/<int:pk>/route/", views.route_request, name="route"),
    path("requests/<int:pk>/return/", views.return_to_la, name="return_to_la"),
    path("assignments/<int:pk>/", views.assignment_detail, name="assignment"),
    path("assignments/<int:pk>/submit/", views.submit_advice, name="submit"),
    path("assignments/<int:pk>/chase/", views.chase, name="chase"),
    path("assignments/<int:pk>/exception/", views.record_exception, name="exception"),
    path("assignments/<int:pk>/cancel/", views.cancel_assignment, name="cancel"),
    path("submissions/<int:pk>/review/", views.review_advice, name="review"),
    path("submissions/<int:pk>/document/", views.download_document, name="document"),
]
