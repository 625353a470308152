"""Home (sends each role to where its work is) and the error pages. Error pages never echo the
request, so no personal data reaches them."""

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse, HttpResponseBase, JsonResponse
from django.shortcuts import redirect, render

from sendhealth.core import messaging
from sendhealth.core.http import AuthenticatedHttpRequest
from sendhealth.core.navigation import home_url_name
from sendhealth.core.pagination import page_links, paginate
from sendhealth.core.presenters import message_rows
from sendhealth.core.scoping import Scope


@login_required
def home(request: AuthenticatedHttpRequest) -> HttpResponseBase:
    url_name = home_url_name(Scope.for_user(request.user), request.user)
    if url_name is not None:
        return redirect(url_name)
    return render(request, "core/no_access.jinja", status=403)


API_PREFIX = "/api/"


def _error(request: HttpRequest, status: int, title: str, text: str) -> HttpResponse:
    if request.path.startswith(API_PREFIX):
        # The API answers every error as JSON in its documented shape, even one raised before
        # it is reached (an address no endpoint matches, a server error).
        return JsonResponse({"detail": title}, status=status)
    return render(request, "core/error.jinja", {"title": title, "text": text}, status=status)


def bad_request(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    return _error(
        request, 400, "Sorry, there is a problem with that request", "Go back and try again."
    )


def permission_denied(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    return _error(
        request,
        403,
        "You do not have access to this page",
        "If you think you should, ask your DCO team or system administrator.",
    )


def page_not_found(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    return _error(
        request,
        404,
        "Page not found",
        "If you typed the web address, check it is correct. The record may not exist or may not "
        "be one you have access to.",
    )


def server_error(request: HttpRequest) -> HttpResponse:
    return _error(request, 500, "Sorry, there is a problem with the service", "Try again later.")


def accessibility(request: HttpRequest) -> HttpResponse:
    return render(request, "core/accessibility.jinja")


def privacy(request: HttpRequest) -> HttpResponse:
    return render(request, "core/privacy.jinja")


@login_required
def message_list(request: AuthenticatedHttpRequest) -> HttpResponse:
    """The messages sent to the signed-in user (and their team's mailbox), newest first."""
    page = paginate(request, messaging.messages_for(request.user))
    return render(
        request,
        "core/messages.jinja",
        {
            "rows": message_rows(page.object_list, request.user),
            "page": page,
            "pagination": page_links(request, page),
        },
    )
