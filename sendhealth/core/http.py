"""Types for views."""

from django.http import HttpRequest

from sendhealth.accounts.models import User


class AuthenticatedHttpRequest(HttpRequest):
    """The request a ``login_required`` view receives: ``user`` is signed in (for type
    checking only; Django's own ``HttpRequest`` is what arrives)."""

    user: User
