from django.urls import path

from sendhealth.disagreements import views

app_name = "disagreements"
URL_PREFIX = "disagreements/"  # mounted there by sendhealth.config.urls
urlpatterns = [
    path("", views.register, name="list"),
    path("export/", views.export, name="export"),
    path("figures/", views.figures, name="figures"),
    path("new/", views.new, name="new"),
    path("<int:pk>/", views.detail, name="detail"),
    path("<int:pk>/edit/", views.edit, name="edit"),
    path("<int:pk>/recommendations/new/", views.add_recommendation, name="add_recommendation"),
    path("recommendations/<int:pk>/respond/", views.respond, name="respond"),
]
