"""Every page and API operation, for every user of the ``area`` fixture, against an explicit
table of what each role gets.

The objects are made so that every URL with an id points at something of ``la``'s, routed to
the SALT service of ``provider``. ``ok`` is a 200 (or 2xx in the API), or a redirect that is not
back to sign-in; ``404`` means the role may use the page but not on another area's, LA's or
service's object; ``403`` means the role may not use it at all. A URL name or API operation
missing from the tables fails the suite, so no view is added unchecked.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from html import unescape
from importlib import import_module
from importlib.util import find_spec
from types import SimpleNamespace

import pytest
from django.apps import apps
from django.db import transaction
from django.urls import URLPattern, URLResolver, get_resolver, reverse

from sendhealth.children.tests.factories import ChildFactory

COLUMNS = {
    "dco": "dco",
    "team": "dco_team",
    "o_dco": "outsider_dco",
    "la": "la_user",
    "o_la": "other_la_user",
    "prov": "provider_user",
    "salt": "salt_user",
    "o_pr": "other_provider_user",
    "board": "board",
    "admin": "sysadmin",
    "nobody": "nobody",
}
USERS = tuple(COLUMNS.values())
OK = "ok"

# fmt: off
PAGES = """
                           dco  team o_dco la   o_la prov salt o_pr board admin nobody
core:home                  ok   ok   ok    ok   ok   ok   ok   ok   ok    ok    403
core:accessibility         ok   ok   ok    ok   ok   ok   ok   ok   ok    ok    ok
core:privacy               ok   ok   ok    ok   ok   ok   ok   ok   ok    ok    ok
core:messages              ok   ok   ok    ok   ok   ok   ok   ok   ok    ok    ok
accounts:login             ok   ok   ok    ok   ok   ok   ok   ok   ok    ok    ok
accounts:logout            ok   ok   ok    ok   ok   ok   ok   ok   ok    ok    ok
accounts:two_factor        ok   ok   ok    ok   ok   ok   ok   ok   ok    ok    ok
accounts:two_factor_setup  ok   ok   ok    ok   ok   ok   ok   ok   ok    ok    ok
accounts:provider_start    404  404  404   404  404  404  404  404  404   404   404
accounts:provider_callback 404  404  404   404  404  404  404  404  404   404   404
accounts:provider_back_channel_logout 404 404 404 404 404 404 404 404 404 404 404
accounts:provider_front_channel_logout 404 404 404 404 404 404 404 404 404 404 404
children:list              ok   ok   ok    ok   ok   ok   ok   ok   403   403   403
children:new               ok   ok   ok    ok   ok   403  403  403  403   403   403
children:detail            ok   ok   404   ok   404  ok   ok   404  403   403   403
children:edit              ok   ok   404   ok   404  403  403  403  403   403   403
children:moved_in          403  403  403   ok   ok   403  403  403  403   403   403
children:move              ok   ok   404   403  403  403  403  403  403   403   403
insight:dashboard          ok   ok   ok    403  403  403  403  403  ok    403   403
insight:timeliness_csv     ok   ok   ok    403  403  403  403  403  ok    403   403
"""
# The identity provider pages (accounts:provider_*) are open to everyone; here they are asked
# for a provider that is not configured, so 404. accounts/tests/test_oidc.py tests them with a
# real provider.

API = """
                                                    dco  team o_dco la   o_la prov salt o_pr board admin nobody
GET /api/children                                   ok   ok   ok    ok   ok   ok   ok   ok   403   403   403
POST /api/children                                  ok   ok   422   ok   422  403  403  403  403   403   403
POST /api/children/search                           ok   ok   ok    ok   ok   ok   ok   ok   403   403   403
GET /api/children/{child_id}                        ok   ok   404   ok   404  ok   ok   404  403   403   403
GET /api/organisations/local-authorities            ok   ok   ok    ok   ok   ok   ok   ok   ok    ok    ok
GET /api/organisations/services                     ok   ok   ok    ok   ok   ok   ok   ok   ok    ok    ok
GET /api/insight/timeliness                         ok   ok   ok    403  403  403  403  403  ok    403   403
"""  # noqa: E501
# fmt: on


def parse_table(text: str) -> dict[str, dict[str, str]]:
    """``{row: {user: expected}}`` from a table whose header names the columns."""
    header, *rows = text.strip().splitlines()
    users = [COLUMNS[column] for column in header.split()]
    table = {}
    for row in rows:
        words = row.split()
        key, cells = " ".join(words[: -len(users)]), words[-len(users) :]
        table[key] = dict(zip(users, cells, strict=True))
    return table


def register_matrices() -> list:
    """Each app's ``tests/matrix.py``: its own rows of the tables, in the same layout.

    Such a module has ``NAMESPACES``, ``PAGES`` and ``API`` (tables with the header above),
    ``URL_OBJECTS`` (an object may carry ``matrix_kwargs`` for a URL's other parts),
    ``POST_ONLY``, ``PAGES_WITH_A_CHILD``, ``API_OBJECTS`` (a path fragment ->
    object key, most specific first), ``objects(area, core) -> dict`` (its objects, made on
    ``core["child"]`` and the SALT service so the leak tests cover them) and
    ``api_bodies(area, objects) -> dict`` (a valid body per unsafe operation)."""
    modules = []
    for config in apps.get_app_configs():
        dotted = f"{config.name}.tests.matrix"
        if config.name.startswith("sendhealth.") and find_spec(dotted) is not None:
            modules.append(import_module(dotted))
    return modules


MATRICES = register_matrices()
PAGE_TABLE = parse_table(PAGES)
API_TABLE = parse_table(API)
for _matrix in MATRICES:
    PAGE_TABLE.update(parse_table(_matrix.PAGES))
    API_TABLE.update(parse_table(_matrix.API))
PUBLIC = frozenset(
    {"core:accessibility", "core:privacy", "accounts:login", "accounts:logout"}
).union(
    *(getattr(m, "PUBLIC", frozenset()) for m in MATRICES)  # a register's public pages
)
# Open to anonymous visitors, and 404 for a provider that is not configured (see above).
PROVIDER_PAGES = frozenset(
    {
        "accounts:provider_start",
        "accounts:provider_callback",
        "accounts:provider_back_channel_logout",
        "accounts:provider_front_channel_logout",
    }
)
PAGES_WITH_A_CHILD = (
    frozenset(name for name in PAGE_TABLE if name.startswith("children:")) - {"children:new"}
).union(*(m.PAGES_WITH_A_CHILD for m in MATRICES))

# Which object a URL's id refers to, and the URLs only reached by POST.
URL_OBJECTS = {
    "children:detail": "child",
    "children:edit": "child",
    "children:move": "child",
    "accounts:provider_start": "identity_provider",
    "accounts:provider_callback": "identity_provider",
    "accounts:provider_back_channel_logout": "identity_provider",
    "accounts:provider_front_channel_logout": "identity_provider",
}
POST_ONLY = frozenset({"accounts:provider_back_channel_logout"}).union(
    *(m.POST_ONLY for m in MATRICES)
)
CHECKED_NAMESPACES = (
    "core",
    "accounts",
    "children",
    "insight",
    *(namespace for m in MATRICES for namespace in m.NAMESPACES),
)
for _matrix in MATRICES:
    URL_OBJECTS.update(_matrix.URL_OBJECTS)
IGNORED_NAMESPACES = ("admin", "api")  # Django's own admin; the API is checked by its schema


# -- the URLconf and the API schema ----------------------------------------------------------------


@dataclass(frozen=True)
class Route:
    name: str
    params: tuple[str, ...]


def project_routes(resolver=None, namespace: str = "", params: tuple = ()) -> dict[str, Route]:
    """Every named URL of the project, by qualified name, with its path parameters."""
    resolver = resolver or get_resolver()
    routes: dict[str, Route] = {}
    for entry in resolver.url_patterns:
        converters = tuple(getattr(entry.pattern, "converters", {}).keys())
        if isinstance(entry, URLResolver):
            inner = entry.namespace or namespace
            if inner in IGNORED_NAMESPACES:
                continue
            qualified = f"{namespace}:{entry.namespace}" if namespace and entry.namespace else inner
            routes.update(project_routes(entry, qualified, params + converters))
        elif isinstance(entry, URLPattern) and entry.name:
            name = f"{namespace}:{entry.name}" if namespace else entry.name
            routes[name] = Route(name, params + converters)
    return routes


def api_operations() -> list[str]:
    from sendhealth.api.api import api

    paths = api.get_openapi_schema()["paths"]
    return sorted(f"{method.upper()} {path}" for path, item in paths.items() for method in item)


ROUTES = project_routes()
API_OPERATIONS = api_operations()


# -- the objects -----------------------------------------------------------------------------------

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


@pytest.fixture
def objects(area) -> dict:
    """A child of ``la``'s (``Zebedee Quixotefield``), on which every register's matrix makes
    its objects (advice's requests routed to ``provider``'s SALT service first)."""
    child = ChildFactory(local_authority=area.la, given_name="Zebedee", family_name="Quixotefield")
    core = {"child": child, "identity_provider": SimpleNamespace(pk="unconfigured")}
    for matrix in MATRICES:
        core.update(matrix.objects(area, dict(core)))
    return core


def url_for(name: str, objects: dict) -> str:
    route = ROUTES[name]
    if not route.params:
        return reverse(name)
    obj = objects[URL_OBJECTS[name]]
    # An object may carry the other parts of its URLs (``matrix_kwargs``: a figure's key).
    extra = getattr(obj, "matrix_kwargs", {})
    return reverse(name, kwargs={p: extra.get(p, obj.pk) for p in route.params})


def fetch(client, name: str, url: str):
    return client.post(url) if name in POST_ONLY else client.get(url)


def outcome(response, name: str) -> str:
    """``ok`` for a page or a redirect that is not back to sign-in (which would mean the user
    was not let in); the account pages may send a signed-in user on to each other."""
    if response.status_code == 200:
        return OK
    if response.status_code == 302:
        location = response["Location"]
        if not name.startswith("accounts:") and location.startswith(
            ("/accounts/login/", "/accounts/two-factor/")
        ):
            return f"redirect to {location}"
        return OK
    return str(response.status_code)


# -- the pages -------------------------------------------------------------------------------------


class TestThePageTableCoversTheProject:
    def test_every_url_name_of_the_project_is_in_the_table(self):
        unchecked = sorted(set(ROUTES) - set(PAGE_TABLE))
        assert not unchecked, f"add these URL names to the role matrix: {unchecked}"

    def test_every_namespace_is_checked(self):
        namespaces = {name.split(":")[0] for name in ROUTES}
        assert namespaces <= set(CHECKED_NAMESPACES), namespaces - set(CHECKED_NAMESPACES)

    def test_every_url_with_an_id_has_an_object(self):
        missing = sorted(n for n, r in ROUTES.items() if r.params and n not in URL_OBJECTS)
        assert not missing, f"say which object these URLs are tested with: {missing}"

    def test_the_table_names_no_url_that_does_not_exist(self):
        gone = sorted(set(PAGE_TABLE) - set(ROUTES))
        assert not gone, f"these URL names are in the table but not the project: {gone}"


@pytest.mark.parametrize("name", sorted(set(ROUTES) & set(PAGE_TABLE)))
def test_every_user_gets_what_the_table_says(name, area, objects, client_for):
    url = url_for(name, objects)
    wrong = []
    for user in USERS:
        got = outcome(fetch(client_for(getattr(area, user)), name, url), name)
        want = PAGE_TABLE[name][user]
        if got != want:
            wrong.append(f"{user}: expected {want}, got {got}")
    assert not wrong, f"{name} ({url}):\n" + "\n".join(wrong)


@pytest.mark.parametrize("name", sorted(ROUTES))
def test_anonymous_visitors_are_sent_to_sign_in(name, db, objects, client):
    response = fetch(client, name, url_for(name, objects))
    if name in PUBLIC:
        assert response.status_code == 200
    elif name in PROVIDER_PAGES:
        assert response.status_code == 404
    else:
        assert response.status_code == 302
        assert response["Location"].startswith("/accounts/login/?next=")


@pytest.mark.parametrize("name", sorted(ROUTES))
def test_no_page_shows_the_child_to_a_user_outside_its_scope(name, area, objects, client_for):
    url = url_for(name, objects)
    child = objects["child"]
    outside = ("board", "sysadmin", "nobody", "other_la_user", "other_provider_user")
    for user in (*outside, "outsider_dco"):
        response = fetch(client_for(getattr(area, user)), name, url)
        content = b"".join(response.streaming_content) if response.streaming else response.content
        body = unescape(content.decode(errors="replace"))
        for secret in (child.family_name, child.nhs_number):
            assert secret not in body, f"{user} sees {secret!r} on {name}"


class TestBoardViewers:
    def test_the_table_allows_the_board_no_page_with_a_child(self):
        assert all(PAGE_TABLE[name]["board"] != OK for name in PAGES_WITH_A_CHILD)

    def test_the_board_gets_no_page_with_a_child(self, area, objects, client_for):
        client = client_for(area.board)
        for name in sorted(PAGES_WITH_A_CHILD & set(ROUTES)):
            response = fetch(client, name, url_for(name, objects))
            assert response.status_code in (403, 404), name

    def test_nothing_the_board_reaches_holds_a_childs_identifiers(self, area, objects, client_for):
        """Issue 12.5: every page, download (CSV, XLSX, PDF, Word) and API answer the table
        lets a board viewer have, with this area's children, requests, reports, figures and
        plans behind them, holds no child's name, NHS number or date of birth."""
        from sendhealth.children.models import Child
        from sendhealth.core.tests.figures import readable
        from sendhealth.rules import format_nhs_number

        client = client_for(area.board)
        texts = {}
        for name in sorted(n for n, row in PAGE_TABLE.items() if row["board"] == OK):
            if name in ROUTES and name not in POST_ONLY and not name.startswith("accounts:"):
                response = fetch(client, name, url_for(name, objects))
                assert response.status_code in (200, 302), name
                texts[name] = readable(response)
        for operation in sorted(set(API_TABLE) & set(API_OPERATIONS)):
            if operation.startswith("GET ") and API_TABLE[operation]["board"] == OK:
                response = call_api(client, operation, area, objects)
                assert response.status_code == 200, operation
                texts[operation] = readable(response)
        assert {"assurance:figures_xlsx", "reports:pdf", "training:figures"} <= set(texts)
        children = list(
            Child.objects.values_list("given_name", "family_name", "nhs_number", "date_of_birth")
        )
        assert len(children) >= 4
        for where, text in texts.items():
            flat = text.replace(" ", "")
            for given, family, nhs, born in children:
                assert f"{given} {family}" not in text, (where, family)
                assert nhs not in flat and format_nhs_number(nhs) not in text, where
                for shown in (born.isoformat(), f"{born:%d/%m/%Y}", f"{born.day} {born:%B %Y}"):
                    assert shown not in text, (where, shown)


class TestCrossBoundaries:
    """The boundaries a user must never cross, one test each."""

    def test_other_la_user_gets_404_on_another_las_child(self, area, objects, client_for):
        client = client_for(area.other_la_user)
        assert client.get(url_for("children:detail", objects)).status_code == 404

    def test_other_la_user_gets_404_on_another_las_request(self, area, objects, client_for):
        client = client_for(area.other_la_user)
        assert client.get(url_for("advice:request", objects)).status_code == 404

    def test_other_provider_user_gets_404_on_a_salt_assignment(self, area, objects, client_for):
        client = client_for(area.other_provider_user)
        assert client.get(url_for("advice:assignment", objects)).status_code == 404
        assert client.get(url_for("advice:submit", objects)).status_code == 404

    def test_outsider_dco_gets_404_on_everything_of_this_area(self, area, objects, client_for):
        client = client_for(area.outsider_dco)
        for name in sorted(URL_OBJECTS):
            if PAGE_TABLE[name]["dco"] == OK and name not in PUBLIC:
                assert fetch(client, name, url_for(name, objects)).status_code == 404, name


# -- the API ---------------------------------------------------------------------------------------

API_OBJECTS = {
    **{fragment: key for m in MATRICES for fragment, key in m.API_OBJECTS.items()},
    "{child_id}": "child",
}


def api_body(operation: str, area, objects) -> dict:
    """A valid body for each unsafe operation, so that only the role and scope decide."""
    bodies = {
        "POST /api/children": {
            "nhs_number": "9434765919", "given_name": "Ada", "family_name": "Testperson",
            "date_of_birth": "2018-05-14", "local_authority": area.la.pk, "primary_need": "SLCN",
        },
        "POST /api/children/search": {"query": objects["child"].nhs_number},
    }  # fmt: skip
    for matrix in MATRICES:
        bodies.update(matrix.api_bodies(area, objects))
    return bodies.get(operation, {})


def call_api(client, operation: str, area, objects):
    """One call, rolled back afterwards so that every user meets the same objects."""
    method, path = operation.split(" ", 1)
    for pattern, key in API_OBJECTS.items():
        if pattern in path:
            path = re.sub(r"\{[^}]+\}", str(objects[key].pk), path)
            break
    with transaction.atomic():
        if method == "GET":
            response = client.get(path)
        else:
            body = json.dumps(api_body(operation, area, objects))
            response = client.generic(method, path, body, content_type="application/json")
        transaction.set_rollback(True)
    return response


class TestTheApiTableCoversTheApi:
    def test_every_api_operation_is_in_the_table(self):
        unchecked = sorted(set(API_OPERATIONS) - set(API_TABLE))
        assert not unchecked, f"add these API operations to the role matrix: {unchecked}"

    def test_the_table_names_no_api_operation_that_does_not_exist(self):
        gone = sorted(set(API_TABLE) - set(API_OPERATIONS))
        assert not gone, f"these API operations are in the table but not the API: {gone}"


@pytest.mark.parametrize("operation", sorted(set(API_TABLE) & set(API_OPERATIONS)))
def test_every_api_caller_gets_what_the_table_says(operation, area, objects, client_for):
    readers = {"dco", "dco_team", "la_user", "provider_user", "salt_user"}
    wrong = []
    for user in USERS:
        response = call_api(client_for(getattr(area, user)), operation, area, objects)
        code = response.status_code
        got, want = (OK if 200 <= code < 300 else str(code)), API_TABLE[operation][user]
        if got != want:
            wrong.append(f"{user}: expected {want}, got {got} {response.content[:200]!r}")
        if user not in readers and objects["child"].nhs_number.encode() in response.content:
            wrong.append(f"{user}: sees the child's NHS number")
    assert not wrong, f"{operation}:\n" + "\n".join(wrong)


@pytest.mark.parametrize("operation", sorted(set(API_TABLE) & set(API_OPERATIONS)))
def test_anonymous_api_callers_get_401(operation, area, objects, client):
    assert call_api(client, operation, area, objects).status_code == 401
