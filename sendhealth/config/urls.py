from django.contrib import admin
from django.urls import include, path

from sendhealth.api.api import api
from sendhealth.core.plugins import app_modules

admin.site.site_header = "sendhealth system administration"
admin.site.site_title = "sendhealth admin"

urlpatterns = [
    path("", include("sendhealth.core.urls")),
    # Every app's pages under its urls.py's URL_PREFIX, in INSTALLED_APPS order.
    *(path(urls.URL_PREFIX, include(urls)) for urls in app_modules("urls")),
    path("api/", api.urls),
    path("system/", admin.site.urls),
]

handler400 = "sendhealth.core.views.bad_request"
handler403 = "sendhealth.core.views.permission_denied"
handler404 = "sendhealth.core.views.page_not_found"
handler500 = "sendhealth.core.views.server_error"
