"""The header's navigation, by what the signed-in user's roles let them do.

Each app contributes its entries through ``navigation.nav_items(scope, user)`` (see
``core.plugins``); the core sorts them by ``order`` and drops repeats.

The entries depend only on the user's memberships (the scope's organisations and roles) and
whether they are staff, so they are worked out once per process for each such combination
(``_entries``) rather than on every page; only which entry is current is worked out each time.
"""

import threading
from typing import Any

import rules
from django.http import HttpRequest
from django.urls import Resolver404, resolve, reverse

from sendhealth.core.plugins import NavItem, app_modules
from sendhealth.core.scoping import Scope

# (the scope's organisations and roles, is staff) -> [(text, href)], bounded, per process.
ENTRIES_CACHE_SIZE = 256
Key = tuple[
    frozenset[int],
    frozenset[int],
    frozenset[int],
    frozenset[int],
    frozenset[int],
    frozenset[str],
    bool,
]
_cache: dict[Key, tuple[tuple[str, str], ...]] = {}
_lock = threading.Lock()


def nav_items(request: HttpRequest) -> list[dict[str, Any]]:
    user = request.user
    if not user.is_authenticated:
        return []
    entries = _entries(Scope.for_user(user), user)
    return [
        {"text": text, "href": href, "current": request.path.startswith(href) and href != "/"}
        for text, href in entries
    ]


def home_url_name(scope: Scope, user: Any) -> str | None:
    """Where ``/`` sends the user: their first entry marked ``home`` (the DCO's queue, a
    provider's tray, the LA's requests, the board's dashboard), else the system admin for staff,
    else None (no access)."""
    items: list[NavItem] = []
    for module in app_modules("navigation"):
        items.extend(module.nav_items(scope, user))
    home = next((i for i in sorted(items, key=lambda i: i.order) if i.home), None)
    if home is not None:
        return home.url_name
    return "admin:index" if user.is_staff else None


def _key(scope: Scope, user: Any) -> Key:
    return (
        scope.dco_icb_ids,
        scope.board_icb_ids,
        scope.la_ids,
        scope.provider_ids,
        scope.service_ids,
        scope.roles,
        bool(user.is_staff),
    )


def _entries(scope: Scope, user: Any) -> tuple[tuple[str, str], ...]:
    key = _key(scope, user)
    with _lock:
        cached = _cache.get(key)
    if cached is not None:
        return cached
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
        result.append((item.text, href))
    entries = tuple(result)
    with _lock:
        if len(_cache) >= ENTRIES_CACHE_SIZE:
            _cache.clear()
        _cache[key] = entries
    return entries


# -- one way up from every page ----------------------------------------------------------------


def wayfinding(request: HttpRequest, back_href: str | None = None) -> dict[str, Any] | None:
    """The one way up a page shows above its content (``layout.jinja``), never two, never none:

    - the home page, a top-level page (a header navigation entry: the home page sends each
      role to one of them) and a visitor not signed in (the sign-in pages): nothing, the
      header's navigation is the way;
    - a page that names its parent (``back_href`` in its context or template): a back link;
    - a page with no parent but the home page (messages, the accessibility statement): an
      NHS.UK breadcrumb to the home page;
    - any other page: a back link to its nearest parent by address (``/advice/requests/12/``
      for ``/advice/requests/12/chase/``, then ``/advice/requests/`` ...), the first that is a
      page the user may open (``core.permissions.rule_required``'s rule), else the home page.
    """
    user = request.user
    home = reverse("core:home")
    path = request.path
    if path == home or not user.is_authenticated:
        return None
    if path in {href for _, href in _entries(Scope.for_user(user), user)}:
        return None
    if back_href:
        return {"back": back_href}
    parent = parent_path(path, user)
    if parent == home:
        return {"breadcrumb": {"items": [], "href": home, "text": "Home"}}
    return {"back": parent}


def parent_path(path: str, user: Any) -> str:
    """The nearest page above ``path`` by address that ``user`` may open, else "/"."""
    parts = [p for p in path.split("/") if p]
    for n in range(len(parts) - 1, 0, -1):
        candidate = "/" + "/".join(parts[:n]) + "/"
        try:
            match = resolve(candidate)
        except Resolver404:
            continue
        needed = getattr(match.func, "required_permission", None)
        if needed is None or rules.has_perm(needed, user):
            return candidate
    return "/"
