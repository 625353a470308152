"""The interactive documentation at ``/api/docs``: Swagger UI served from this site's static
files (the content security policy allows nothing else), started by a script file rather
than an inline script, so no change to the policy is needed."""

from __future__ import annotations

from functools import wraps
from typing import Any

from django.contrib.auth.views import redirect_to_login
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.html import json_script
from ninja.openapi.docs import DocsBase

from sendhealth.api.auth import bearer_token


class LocalSwagger(DocsBase):
    template = "api/docs.jinja"
    settings = {"layout": "BaseLayout", "deepLinking": True, "persistAuthorization": False}

    def render_page(self, request: HttpRequest, api, **kwargs: Any) -> HttpResponse:
        settings = {**self.settings, "url": self.get_openapi_url(api, kwargs)}
        return render(
            request,
            self.template,
            {"api": api, "settings_json": json_script(settings, "swagger-settings")},
        )


def signed_in_or_token(view):
    """The schema and the docs are for people who use the API: a signed-in user or a caller
    with a valid token. Anyone else is sent to sign in."""

    @wraps(view)
    def wrapped(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        if request.user.is_authenticated or bearer_token(request) is not None:
            return view(request, *args, **kwargs)
        return redirect_to_login(request.get_full_path())

    return wrapped
