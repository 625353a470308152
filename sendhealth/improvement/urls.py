from django.urls import path

from sendhealth.improvement import views

app_name = "improvement"
URL_PREFIX = "improvement/"  # mounted there by sendhealth.config.urls
urlpatterns = [
    path("", views.home, name="home"),
    path("self-evaluations/new/", views.evaluation_new, name="evaluation_new"),
    path("self-evaluations/<int:pk>/", views.evaluation_detail, name="evaluation"),
    path("self-evaluations/<int:pk>/summary/", views.evaluation_summary, name="summary"),
    path("self-evaluations/<int:pk>/forum-link/", views.forum_link, name="forum_link"),
    path("self-evaluations/<int:pk>/publish/", views.evaluation_publish, name="publish"),
    path("self-evaluations/<int:pk>/withdraw/", views.evaluation_withdraw, name="withdraw"),
    path(
        "self-evaluations/<int:pk>/self-evaluation.pdf", views.evaluation_pdf, name="evaluation_pdf"
    ),
    path("ratings/<int:pk>/", views.rate, name="rate"),
    path("evidence/<int:pk>/document/", views.evidence_document, name="evidence_document"),
    path("forum/<str:token>/", views.forum, name="forum"),
    path("plan/", views.plan, name="plan"),
    path("plan/publish/", views.plan_publish, name="plan_publish"),
    path("plan/withdraw/", views.plan_withdraw, name="plan_withdraw"),
    path("plan/improvement-plan.pdf", views.plan_pdf, name="plan_pdf"),
    path("plan/improvement-plan.xlsx", views.plan_xlsx, name="plan_xlsx"),
    path("plan/priorities/new/", views.priority_new, name="priority_new"),
    path("priorities/<int:pk>/edit/", views.priority_edit, name="priority_edit"),
    path("priorities/<int:pk>/remove/", views.priority_remove, name="priority_remove"),
    path("priorities/<int:pk>/actions/new/", views.action_new, name="action_new"),
    path("actions/<int:pk>/", views.action_detail, name="action"),
    path("actions/<int:pk>/edit/", views.action_edit, name="action_edit"),
    path("actions/<int:pk>/rag/", views.action_rag, name="action_rag"),
    path("actions/<int:pk>/milestones/new/", views.milestone_new, name="milestone_new"),
    path("milestones/<int:pk>/edit/", views.milestone_edit, name="milestone_edit"),
    path("milestones/<int:pk>/remove/", views.milestone_remove, name="milestone_remove"),
    path("measures/", views.measures, name="measures"),
    path("measures/new/", views.measure_new, name="measure_new"),
    path("measures/<int:pk>/edit/", views.measure_edit, name="measure_edit"),
    path("measures/<int:pk>/remove/", views.measure_remove, name="measure_remove"),
]
