"""The system admin's Django admin site (/system/), walked as the system administrator: every
list and add page opens, lists do not query once per row, big tables are never counted whole
or offered as a list of every row, and what was searched for is not carried into addresses."""

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


def test_a_search_for_a_persons_name_is_not_carried_into_their_address(area, admin_client):
    user = area.users["la_user"]
    user.full_name = "Zanzibar Quillfeather"
    user.save()
    page = admin_client.get(reverse("admin:accounts_user_changelist"), {"q": "Quillfeather"})
    change = reverse("admin:accounts_user_change", args=[user.pk])
    assert f'href="{change}"' in page.text
    assert "_changelist_filters" not in page.text
