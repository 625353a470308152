"""Who is calling the API, and what they may do.

Two ways in, tried in this order:

- a bearer token (``Authorization: Bearer sh_...``), issued with ``manage.py issue_api_token``
  and stored only as a hash (``accounts.ApiToken``). It acts as its user, with exactly that
  user's scope and permissions;
- the browser session of a signed-in user. Unsafe methods need the CSRF token, and a role that
  must use two-factor authentication is refused (401) until the session has passed it.

Either way the caller is ``request.auth_user``; ``request.user`` stays as Django's middleware
set it, so token calls never look signed in to the rest of the site.
"""

from __future__ import annotations

from datetime import timedelta
from functools import cache

import rules
from django.conf import settings
from django.http import HttpRequest
from django.utils import timezone
from ninja.errors import HttpError
from ninja.security import APIKeyCookie, HttpBearer

from sendhealth.accounts.middleware import needs_two_factor
from sendhealth.accounts.models import ApiToken
from sendhealth.core.audit import Auditor
from sendhealth.core.plugins import app_modules
from sendhealth.core.scoping import Scope

TOKEN_PREFIX = "sh_"
# Writing last_used_at on every call would turn each read into a write.
LAST_USED_PRECISION = timedelta(minutes=1)


class BearerToken(HttpBearer):
    """``Authorization: Bearer sh_...``: a partner system acting as one user."""

    def authenticate(self, request: HttpRequest, token: str):
        token = token.strip()
        if not token.startswith(TOKEN_PREFIX):
            return None
        api_token = (
            ApiToken.objects.select_related("user")
            .filter(token_hash=ApiToken.hash(token), revoked=False, user__is_active=True)
            .first()
        )
        if api_token is None:
            return None
        _touch(api_token)
        request.auth_user = api_token.user
        request.api_token = api_token
        return api_token.user


def _touch(api_token: ApiToken) -> None:
    now = timezone.now()
    last = api_token.last_used_at
    if last is None or now - last >= LAST_USED_PRECISION:
        ApiToken.objects.filter(pk=api_token.pk).update(last_used_at=now)


class TwoFactorSession(APIKeyCookie):
    """The browser session of a signed-in user who has passed two-factor authentication
    where their role needs it (``accounts.middleware.needs_two_factor``)."""

    param_name = settings.SESSION_COOKIE_NAME

    def __call__(self, request: HttpRequest):
        if "Authorization" in request.headers:
            return None  # a caller that sent credentials is judged by them alone
        user = getattr(request, "user", None)
        if user is None or not user.is_authenticated:
            return None
        return super().__call__(request)  # checks CSRF on unsafe methods

    def authenticate(self, request: HttpRequest, key: str | None):
        user = request.user
        if not user.is_active or needs_two_factor(user):
            return None
        request.auth_user = user
        return user


bearer_token = BearerToken()
session = TwoFactorSession()
API_AUTH = [bearer_token, session]


# -- helpers for endpoints ---------------------------------------------------------------------

# What a 403 says, by permission: the core's here, each register's in its ``api.py``
# (``PERMISSION_MESSAGES``, found through ``core.plugins``).
PERMISSION_MESSAGES = {
    "children.view_child": "Your role does not allow you to see children's records",
    "children.add_child": "Your role does not allow you to add a child",
    "insight.view_dashboard": "Your role does not allow you to see the figures",
}


@cache
def permission_messages() -> dict[str, str]:
    found = dict(PERMISSION_MESSAGES)
    for module in app_modules("api"):
        found.update(getattr(module, "PERMISSION_MESSAGES", {}))
    return found


def caller(request: HttpRequest):
    """The user the request acts as (the token's user or the session's)."""
    return request.auth_user


def require(request: HttpRequest, permission: str) -> None:
    """403 unless the caller's role allows ``permission`` (``accounts/rules.py``). Asks the
    rule itself, as the pages do: ``user.has_perm`` would let a superuser through."""
    if not rules.has_perm(permission, caller(request)):
        raise HttpError(403, permission_messages().get(permission, "You do not have permission"))


def scope_of(request: HttpRequest) -> Scope:
    return Scope.for_user(caller(request))


def auditor(request: HttpRequest) -> Auditor:
    """An auditor whose actor is the caller, even when ``request.user`` is anonymous."""
    return Auditor(
        user=caller(request),
        path=request.path[:200],
        ip_address=request.META.get("REMOTE_ADDR") or None,
    )
