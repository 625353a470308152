"""Role checks for views. They ask the ``rules`` permissions (``accounts/rules.py``) directly
rather than ``user.has_perm``: Django lets a superuser (the system admin) pass every
``has_perm``, and a system admin must never reach a child's record."""

from functools import wraps

import rules
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied


def rule_required(permission: str):
    """``login_required`` plus the role rule ``permission``, else 403."""

    def decorator(view):
        @wraps(view)
        def wrapped(request, *args, **kwargs):
            if not rules.has_perm(permission, request.user):
                raise PermissionDenied
            return view(request, *args, **kwargs)

        return login_required(wrapped)

    return decorator


def user_can(user, *permissions: str) -> dict[str, bool]:
    """Which of ``permissions`` the user's roles allow, keyed by the name after the dot."""
    return {perm.split(".", 1)[1]: rules.has_perm(perm, user) for perm in permissions}
