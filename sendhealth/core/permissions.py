"""Role checks for views. They ask the ``rules`` permissions (``accounts/rules.py``) directly
rather than ``user.has_perm``: Django lets a superuser (the system admin) pass every
``has_perm``, and a system admin must never reach a child's record."""

from collections.abc import Callable
from functools import wraps
from typing import Any, TypeVar, cast

import rules
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponseBase

_View = TypeVar("_View", bound=Callable[..., HttpResponseBase])


def rule_required(permission: str) -> Callable[[_View], _View]:
    """``login_required`` plus the role rule ``permission``, else 403."""

    def decorator(view: _View) -> _View:
        @wraps(view)
        def wrapped(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponseBase:
            if not rules.has_perm(permission, request.user):
                raise PermissionDenied
            return view(request, *args, **kwargs)

        # Read by ``core.navigation.wayfinding``: a page's back link never points at a page
        # its user may not open. (``functools.wraps`` carries it through later decorators.)
        cast(Any, wrapped).required_permission = permission
        return cast(_View, login_required(wrapped))

    return decorator


def user_can(user: Any, *permissions: str) -> dict[str, bool]:
    """Which of ``permissions`` the user's roles allow, keyed by the name after the dot."""
    return {perm.split(".", 1)[1]: rules.has_perm(perm, user) for perm in permissions}
