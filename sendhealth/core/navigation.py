"""The header's navigation, by what the signed-in user's roles let them do.

Each app contributes its entries through ``navigation.nav_items(scope, user)`` (see
``core.plugins``); the core sorts them by ``order`` and drops repeats.
"""

from typing import Any

from django.http import HttpRequest
from django.urls import reverse

from sendhealth.core.plugins import NavItem, app_modules
from sendhealth.core.scoping import Scope


def nav_items(request: HttpRequest) -> list[dict[str, Any]]:
    user = request.user
    if not user.is_authenticated:
        return []
    scope = Scope.for_user(user)
    items: list[NavItem] = []
    for module in app_modules("navigation"):
        items.extend(module.nav_items(scope, user))
    if user.is_staff:
        items.append(NavItem(1000, "System admin", "admin:index"))
    seen, result = set(), []
    for item in sorted(items, key=lambda i: i.order):
        href = reverse(item.url_name)
        if href in seen:
            continue
        seen.add(href)
        current = request.path.startswith(href) and href != "/"
        result.append({"text": item.text, "href": href, "current": current})
    return result
