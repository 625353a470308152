"""The system admin's Django admin site (/system/), walked as the system administrator: every
list and add page opens, lists do not query once per row, big tables are never counted whole
or offered as a list of every row, no list is searched by personal data (the search is in the
address) and what was searched for is not carried into other addresses."""

import pytest
from django.contrib import admin
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from sendhealth.accounts.models import ApiToken, SignInRecord, User
from sendhealth.core.models import AuditLog

BIG = (AuditLog, SignInRecord)  # one row a page read, one a sign-in


@pytest.fixture
def admin_client(area, client_for):
    return client_for(area.users["sysadmin"])


def test_every_list_and_add_page_opens(admin_client):
    assert admin_client.get(reverse("admin:index")).status_code == 200
    for model, model_admin in admin.site._registry.items():
        info = model._meta.app_label, model._meta.model_name
        changelist = admin_client.get(reverse("admin:{}_{}_changelist".format(*info)))
        assert changelist.status_code == 200, info
        if model_admin.has_add_permission(changelist.wsgi_request):
            added = admin_client.get(reverse("admin:{}_{}_add".format(*info)))
            assert added.status_code == 200, info


def _rows(model, user, n):
    now = timezone.now()
    for i in range(n):
        if model is AuditLog:
            AuditLog.objects.create(at=now, actor=user, action="view", object_type="x")
        elif model is SignInRecord:
            SignInRecord.objects.create(at=now, user=user, method="password", succeeded=True)
        else:
            ApiToken.objects.create(user=user, name=f"t{i}", token_hash=f"h{i}-{user.pk}")


@pytest.mark.parametrize("model", [AuditLog, SignInRecord, ApiToken])
def test_a_list_does_not_query_once_per_row(area, admin_client, model):
    url = reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_changelist")
    _rows(model, area.users["dco"], 2)
    admin_client.get(url)
    with CaptureQueriesContext(connection) as few:
        admin_client.get(url)
    for user in (area.users["la_user"], area.users["provider_user"], area.users["board"]):
        _rows(model, user, 3)
    with CaptureQueriesContext(connection) as many:
        admin_client.get(url)
    assert len(many.captured_queries) == len(few.captured_queries)


def test_big_tables_are_not_counted_whole_and_users_are_never_a_full_list():
    for model in BIG:
        assert admin.site._registry[model].show_full_result_count is False, model
    for model, model_admin in admin.site._registry.items():
        for field in model._meta.get_fields():
            if getattr(field, "many_to_one", False) and field.related_model is User:
                picked = (
                    set(model_admin.raw_id_fields)
                    | set(model_admin.autocomplete_fields)
                    | set(model_admin.readonly_fields)
                )
                assert field.name in picked, (model, field.name)


# What the admin's lists may be searched by: the search is a GET, so what is searched for is in
# the address (browser history, proxies, logs). Identifiers and the names of organisations,
# services and concepts, never a person's name, email address, NHS number, date of birth or IP
# address (docs/architecture.md, "Personal data hygiene"). Adding to this is a review question.
SEARCHABLE = {
    "username",  # a role's or an identity provider's identifier (``accounts.services``)
    "object_id",
    "child_id",
    "code",
    "name",  # of an organisation, service or group: no model about a person has a name field
    "concept",
    "term",
    "path_info",
}


def test_no_admin_list_is_searched_by_personal_data():
    searched = set()
    for model, model_admin in admin.site._registry.items():
        for lookup in model_admin.search_fields:
            field = lookup.lstrip("=^@").split("__")[-1]
            searched.add((model._meta.label, lookup))
            assert field in SEARCHABLE, (model._meta.label, lookup)
    assert ("accounts.User", "username") in searched
    assert ("otp_totp.TOTPDevice", "user__username") in searched


def test_a_person_is_not_found_by_name_or_email_only_by_username(area, admin_client):
    user = area.users["la_user"]
    user.full_name = "Zanzibar Quillfeather"
    user.email = "zanzibar.quillfeather@example.nhs.uk"
    user.save()
    url = reverse("admin:accounts_user_changelist")
    change = reverse("admin:accounts_user_change", args=[user.pk])
    for personal in ("Quillfeather", "zanzibar.quillfeather@example"):
        assert f'href="{change}"' not in admin_client.get(url, {"q": personal}).text
    page = admin_client.get(url, {"q": user.username})
    assert f'href="{change}"' in page.text
    assert "Search by username (not a person&#x27;s name or email address)" in page.text
    # What was searched for is not carried on into the user's address.
    assert "_changelist_filters" not in page.text


def test_sign_in_attempts_and_devices_are_not_found_by_ip_address_or_email(area, admin_client):
    from axes.models import AccessAttempt
    from django_otp.plugins.otp_totp.models import TOTPDevice

    user = area.users["la_user"]
    user.email = "zanzibar.quillfeather@example.nhs.uk"
    user.save()
    device = TOTPDevice.objects.create(user=user, name="phone", confirmed=True)
    attempt = AccessAttempt.objects.create(
        username=user.username, ip_address="198.51.100.77", user_agent="x", failures_since_start=1
    )
    for listed, personal in ((device, "quillfeather"), (attempt, "198.51.100.77")):
        info = listed._meta.app_label, listed._meta.model_name
        url = reverse("admin:{}_{}_changelist".format(*info))
        change = f'href="{reverse("admin:{}_{}_change".format(*info), args=[listed.pk])}'
        assert change in admin_client.get(url).text
        assert change not in admin_client.get(url, {"q": personal}).text
        assert change in admin_client.get(url, {"q": user.username}).text


def test_the_audit_trail_is_searched_by_a_childs_id_exactly(area, admin_client):
    """A child's id finds every entry about that child, compared as a number (the trail's
    ``child_id`` index), never ``UPPER(child_id)``, which reads the whole trail."""
    user = area.users["dco"]
    now = timezone.now()
    AuditLog.objects.create(at=now, actor=user, action="view", object_type="child", child_id=4711)
    AuditLog.objects.create(at=now, actor=user, action="view", object_type="x", object_id="99")
    AuditLog.objects.create(at=now, actor=user, action="view", object_type="y", child_id=47110)
    url = reverse("admin:core_auditlog_changelist")
    with CaptureQueriesContext(connection) as queries:
        page = admin_client.get(url, {"q": "4711"})
    listed = page.context["cl"].result_list
    assert {entry.child_id for entry in listed} == {4711}
    assert not any("UPPER" in q["sql"] for q in queries.captured_queries)
    assert [
        e.object_id for e in admin_client.get(url, {"q": " 99 "}).context["cl"].result_list
    ] == ["99"]
    by_user = admin_client.get(url, {"q": user.username}).context["cl"].result_list
    assert len(by_user) == 3


def test_the_audit_trails_type_filter_does_not_read_the_whole_trail(area, admin_client):
    """The type filter's choices are the project's models, not a DISTINCT over every entry;
    choosing one lists only its entries."""
    user = area.users["dco"]
    now = timezone.now()
    AuditLog.objects.create(at=now, actor=user, action="view", object_type="children.Child")
    AuditLog.objects.create(at=now, actor=user, action="view", object_type="enquiries.Enquiry")
    url = reverse("admin:core_auditlog_changelist")
    with CaptureQueriesContext(connection) as queries:
        page = admin_client.get(url)
    assert not any("DISTINCT" in q["sql"].upper() for q in queries.captured_queries)
    assert "?object_type=children.Child" in page.text
    assert "By time" in page.text and "Past 7 days" in page.text
    chosen = admin_client.get(url, {"object_type": "enquiries.Enquiry"}).context["cl"]
    assert {entry.object_type for entry in chosen.result_list} == {"enquiries.Enquiry"}
