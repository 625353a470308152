from django.urls import path

from sendhealth.assessments import views

app_name = "assessments"
URL_PREFIX = "assessments/"  # mounted there by sendhealth.config.urls
urlpatterns = [
    path("", views.assessment_list, name="list"),
    path("new/", views.new_assessment, name="new"),
    path("<int:pk>/", views.assessment_detail, name="detail"),
    path("<int:pk>/steps/", views.record_steps, name="steps"),
    path("<int:pk>/review/", views.record_review, name="review"),
    path("figures/", views.figures_view, name="figures"),
    path("sen2/", views.returns, name="returns"),
    path("sen2/demo.zip", views.demo_return, name="demo_return"),
    path("sen2/export/", views.export_return, name="export"),
    path("sen2/<int:pk>/", views.return_detail, name="return"),
    path("sen2/unmatched/", views.unmatched, name="unmatched"),
    path("sen2/unmatched/<int:pk>/", views.link, name="link"),
]
