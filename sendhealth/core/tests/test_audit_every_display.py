"""Every page, fragment, export and API read of the role matrix that shows a child's identity
(name or NHS number) leaves an audit entry naming that child, for that user, from that request.
"""

from __future__ import annotations

import html
import io
import re

import pytest

from sendhealth.children.models import Child
from sendhealth.core.models import AuditAction, AuditLog
from sendhealth.core.tests.test_role_matrix import (  # noqa: F401 (the fixture)
    API_OPERATIONS,
    API_TABLE,
    OK,
    PAGE_TABLE,
    POST_ONLY,
    ROUTES,
    USERS,
    call_api,
    objects,
    url_for,
)

READ_PAGES = sorted(
    name
    for name in set(ROUTES) & set(PAGE_TABLE)
    if name not in POST_ONLY and not name.startswith("accounts:")
)
READ_API = sorted(op for op in set(API_TABLE) & set(API_OPERATIONS) if op.startswith("GET "))


def shown_text(response) -> str:
    """What a person reads in the response: the page, the CSV or the spreadsheet's cells."""
    kind = response.get("Content-Type", "")
    if "spreadsheetml" in kind:
        from openpyxl import load_workbook

        book = load_workbook(io.BytesIO(response.content), read_only=True)
        return "\n".join(
            " ".join(str(v) for v in row if v is not None)
            for sheet in book.worksheets
            for row in sheet.iter_rows(values_only=True)
        )
    if hasattr(response, "streaming_content"):
        return b"".join(response.streaming_content).decode("utf-8", "replace")
    return html.unescape(response.content.decode("utf-8", "replace"))


def children_shown(text: str) -> set[int]:
    digits = re.sub(r"(?<=\d) (?=\d)", "", text)
    return {
        child.pk
        for child in Child.objects.all()
        if (
            re.search(rf"\b{re.escape(child.family_name)}\b", text)
            and re.search(rf"\b{re.escape(child.given_name)}\b", text)
        )
        or child.nhs_number in digits
    }


def unaudited(user, response, since: int) -> list[int]:
    shown = children_shown(shown_text(response))
    audited = set(
        AuditLog.objects.filter(pk__gt=since, actor=user, child_id__in=shown)
        .exclude(action__in=[AuditAction.CREATE])
        .values_list("child_id", flat=True)
    )
    return sorted(shown - audited)


def last_audit_id() -> int:
    return AuditLog.objects.order_by("-pk").values_list("pk", flat=True).first() or 0


@pytest.mark.parametrize("name", READ_PAGES)
def test_every_page_that_shows_a_child_audits_the_child(name, area, objects, client_for):  # noqa: F811
    url = url_for(name, objects)
    missing = []
    for user_key in USERS:
        if PAGE_TABLE[name][user_key] != OK:
            continue
        user = getattr(area, user_key)
        client = client_for(user)
        since = last_audit_id()
        response = client.get(url)
        if response.status_code != 200:
            continue
        gaps = unaudited(user, response, since)
        if gaps:
            missing.append(f"{user_key}: children {gaps} shown without an audit entry")
    assert not missing, f"{name} ({url}):\n" + "\n".join(missing)


@pytest.mark.parametrize("operation", READ_API)
def test_every_api_read_that_shows_a_child_audits_the_child(operation, area, objects, client_for):  # noqa: F811
    missing = []
    for user_key in USERS:
        if API_TABLE[operation][user_key] != OK:
            continue
        user = getattr(area, user_key)
        since = last_audit_id()
        client = client_for(user)
        _method, path = operation.split(" ", 1)
        response = client.get(_api_path(path, objects))
        if response.status_code != 200:
            continue
        gaps = unaudited(user, response, since)
        if gaps:
            missing.append(f"{user_key}: children {gaps} shown without an audit entry")
    assert not missing, f"{operation}:\n" + "\n".join(missing)


def _api_path(path: str, objects) -> str:  # noqa: F811
    from sendhealth.core.tests.test_role_matrix import API_OBJECTS

    for pattern, key in API_OBJECTS.items():
        if pattern in path:
            return re.sub(r"\{[^}]+\}", str(objects[key].pk), path)
    return path


def test_a_child_read_without_an_auditor_call_is_audited_by_the_backstop(rf, area, objects):  # noqa: F811
    from django.http import HttpResponse

    from sendhealth.core.middleware import AuditChildrenShownMiddleware

    child = objects["child"]

    def view(request):
        Child.objects.get(pk=child.pk)
        return HttpResponse("ok")

    request = rf.get("/anything/")
    request.user = area.dco
    since = last_audit_id()
    AuditChildrenShownMiddleware(view)(request)
    entry = AuditLog.objects.get(pk__gt=since)
    assert (entry.actor, entry.child_id, entry.action) == (area.dco, child.pk, AuditAction.VIEW)
