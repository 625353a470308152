from django.contrib import admin
from django.urls import include, path

from sendhealth.api.api import api

admin.site.site_header = "sendhealth system administration"
admin.site.site_title = "sendhealth admin"

urlpatterns = [
    path("", include("sendhealth.core.urls")),
    path("accounts/", include("sendhealth.accounts.urls")),
    path("children/", include("sendhealth.children.urls")),
    path("advice/", include("sendhealth.advice.urls")),
    path("assurance/", include("sendhealth.assurance.urls")),
    path("enquiries/", include("sendhealth.enquiries.urls")),
    path("notifications/", include("sendhealth.notifications.urls")),
    path("panels/", include("sendhealth.panels.urls")),
    path("transitions/", include("sendhealth.transitions.urls")),
    path("disagreements/", include("sendhealth.disagreements.urls")),
    path("insight/", include("sendhealth.insight.urls")),
    path("safeguarding/", include("sendhealth.safeguarding.urls")),
    path("medical-conditions/", include("sendhealth.medicalconditions.urls")),
    path("provision/", include("sendhealth.provision.urls")),
    path("", include("sendhealth.localoffer.urls")),
    path("waiting-times/", include("sendhealth.waitingtimes.urls")),
    path("reports/", include("sendhealth.reports.urls")),
    path("assessments/", include("sendhealth.assessments.urls")),
    path("training/", include("sendhealth.training.urls")),
    path("policies/", include("sendhealth.policies.urls")),
    path("inspections/", include("sendhealth.inspections.urls")),
    path("improvement/", include("sendhealth.improvement.urls")),
    path("api/", api.urls),
    path("system/", admin.site.urls),
]

handler400 = "sendhealth.core.views.bad_request"
handler403 = "sendhealth.core.views.permission_denied"
handler404 = "sendhealth.core.views.page_not_found"
handler500 = "sendhealth.core.views.server_error"
