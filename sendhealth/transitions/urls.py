from django.urls import path

from sendhealth.transitions import views

app_name = "transitions"
URL_PREFIX = "transitions/"  # mounted there by sendhealth.config.urls
urlpatterns = [
    path("", views.queue, name="queue"),
    path("queue.csv", views.queue_csv, name="queue_csv"),
    path("queue.xlsx", views.queue_xlsx, name="queue_xlsx"),
    path("plans/", views.plan_list, name="plans"),
    path("plans/new/", views.plan_new, name="plan_new"),
    path("plans/<int:pk>/", views.plan_detail, name="plan"),
    path("plans/<int:pk>/edit/", views.plan_edit, name="plan_edit"),
    path("plans/<int:pk>/milestones/", views.milestones_edit, name="milestones"),
    path("plans/<int:pk>/reviews/new/", views.review_new, name="review_new"),
]
