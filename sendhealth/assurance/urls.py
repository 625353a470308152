from django.urls import path

from sendhealth.assurance import views

app_name = "assurance"
URL_PREFIX = "assurance/"  # mounted there by sendhealth.config.urls
urlpatterns = [
    path("", views.rounds, name="rounds"),
    path("rounds/new/", views.round_new, name="round_new"),
    path("rounds/<int:pk>/", views.round_detail, name="round"),
    path("items/<int:pk>/", views.item_detail, name="item"),
    path("items/<int:pk>/assign/", views.assign, name="assign"),
    path("audits/<int:pk>/revoke/", views.revoke_guest, name="revoke_guest"),
    path("items/<int:pk>/resolve/", views.resolve, name="resolve"),
    path("my-audits/", views.my_audits, name="my_audits"),
    path("audits/<int:pk>/", views.audit_form, name="audit"),
    path("plans/", views.plans, name="plans"),
    path("plans/new/", views.plan_new, name="plan_new"),
    path("plans/<int:pk>/", views.plan_detail, name="plan"),
    path("plans/<int:pk>/progress/", views.plan_progress, name="plan_progress"),
    path("feedback/", views.feedback, name="feedback"),
    path("feedback/<int:pk>/", views.feedback_detail, name="feedback_detail"),
    path("figures/", views.figures, name="figures"),
    path("figures/scores.csv", views.figures_csv, name="figures_csv"),
    path("figures/scores.xlsx", views.figures_xlsx, name="figures_xlsx"),
    path("guidance/", views.guidance, name="guidance"),
    path("checks/", views.checks, name="checks"),
    path("checks/verdicts.json", views.checks_export, name="checks_export"),
    path("items/<int:pk>/verdict/", views.finding_verdict, name="finding_verdict"),
    path("tools/", views.tools, name="tools"),
    path("guest/<str:token>/", views.guest, name="guest"),
]
