"""A provider records a month's delivery for all of a child's lines it provides on one page:
only its own services' lines, every row checked before anything is written (all or nothing),
what was typed kept on an error, audited, the kept summary up to date."""

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from sendhealth.children.tests.factories import ChildFactory
from sendhealth.core.models import AuditLog
from sendhealth.provision import domain, summary
from sendhealth.provision.models import MonthlyReturn, PlanLine
from sendhealth.provision.tests.factories import MonthlyReturnFactory, PlanLineFactory
from sendhealth.transitions.tests.factories import EhcPlanFactory


def _last():
    return domain.add_months(domain.first_of_month(timezone.localdate()), -1)


def _plan_with_lines(area):
    plan = EhcPlanFactory(child=ChildFactory(local_authority=area.la))
    return (
        plan,
        PlanLineFactory(plan=plan, service=area.salt),
        PlanLineFactory(plan=plan, service=area.ot),
        PlanLineFactory(plan=plan, service=area.camhs),
    )


def _post(line, delivered="", not_delivered="", reason=""):
    return {
        f"line-{line.pk}-delivered": delivered,
        f"line-{line.pk}-not_delivered": not_delivered,
        f"line-{line.pk}-reason": reason,
    }


def _management(n):
    return {"line-TOTAL_FORMS": n, "line-INITIAL_FORMS": n, "line-MIN_NUM_FORMS": 0}


def test_a_provider_sees_and_records_only_its_own_services_lines(area, client_for):
    plan, salt, ot, camhs = _plan_with_lines(area)
    client = client_for(area.users["salt_user"])
    url = reverse("provision:record_month", args=[plan.pk])
    page = client.get(url).text
    assert salt.reference in page and ot.reference not in page and camhs.reference not in page
    month = _last().strftime("%Y-%m")
    response = client.post(
        url,
        {"month": month, **_management(1), **_post(salt, 2, 1, "absent"), **_post(camhs, 3)},
    )
    assert response.status_code == 302
    ret = MonthlyReturn.objects.get()
    assert (ret.line, ret.delivered, ret.not_delivered, ret.reason) == (salt, 2, 1, "absent")
    assert AuditLog.objects.filter(
        object_type="provision.MonthlyReturn", object_id=ret.pk, action="create"
    ).exists()


def test_one_wrong_row_writes_nothing_and_keeps_what_was_typed(area, client_for):
    plan, salt, ot, _ = _plan_with_lines(area)
    summary.current_policy(area.icb.pk, timezone.localdate())
    client = client_for(area.users["provider_user"])
    url = reverse("provision:record_month", args=[plan.pk])
    page = client.get(url).text
    assert salt.reference in page and ot.reference in page
    month = _last().strftime("%Y-%m")
    bad = {"month": month, **_management(2), **_post(salt, 3), **_post(ot, 1, 2)}
    response = client.post(url, bad)
    assert response.status_code == 200
    page = response.text
    assert f"{ot.reference}: select why the sessions were not delivered" in page
    assert "There is a problem" in page
    assert f'name="line-{salt.pk}-delivered" type="text" value="3"' in page or 'value="3"' in page
    assert not MonthlyReturn.objects.exists()
    good = {**bad, f"line-{ot.pk}-reason": "staffing"}
    assert client.post(url, good).status_code == 302
    assert MonthlyReturn.objects.count() == 2
    assert not PlanLine.objects.get(pk=ot.pk).unreported_last
    # Shown again, the month's figures are there to change; a change replaces them.
    page = client.get(url).text
    assert "recorded before" in page
    replace = {**good, f"line-{ot.pk}-delivered": 3, f"line-{ot.pk}-not_delivered": ""}
    replace[f"line-{ot.pk}-reason"] = ""
    assert client.post(url, replace).status_code == 302
    assert MonthlyReturn.objects.get(line=ot).delivered == 3


def test_nothing_entered_is_an_error_and_a_future_month_is_refused(area, client_for):
    plan, salt, _ot, _ = _plan_with_lines(area)
    client = client_for(area.users["provider_user"])
    url = reverse("provision:record_month", args=[plan.pk])
    month = _last().strftime("%Y-%m")
    page = client.post(url, {"month": month, **_management(2)}).text
    assert "Enter the delivery of at least one line" in page
    future = domain.add_months(_last(), 3).strftime("%Y-%m")
    page = client.post(url, {"month": future, **_management(2), **_post(salt, 3)}).text
    assert "The month must not be after this month" in page
    assert not MonthlyReturn.objects.exists()


def test_a_line_added_since_the_page_was_shown_takes_no_other_lines_figures(area, client_for):
    plan, _salt, ot, _ = _plan_with_lines(area)
    client = client_for(area.users["provider_user"])
    url = reverse("provision:record_month", args=[plan.pk])
    PlanLineFactory(plan=plan, service=area.salt)  # added after the page was shown
    data = {"month": _last().strftime("%Y-%m"), **_management(2), **_post(ot, 2)}
    assert client.post(url, data).status_code == 302
    assert list(MonthlyReturn.objects.values_list("line_id", "delivered")) == [(ot.pk, 2)]


def test_the_page_takes_the_same_queries_whatever_the_number_of_lines(area, client_for):
    plan, salt, _ot, _ = _plan_with_lines(area)
    MonthlyReturnFactory(line=salt, month=_last())
    client = client_for(area.users["provider_user"])
    url = reverse("provision:record_month", args=[plan.pk])
    client.get(url)
    with CaptureQueriesContext(connection) as few:
        assert client.get(url).status_code == 200
    for _ in range(4):
        MonthlyReturnFactory(line=PlanLineFactory(plan=plan, service=area.ot), month=_last())
    with CaptureQueriesContext(connection) as many:
        assert client.get(url).status_code == 200
    assert len(many) == len(few)


def test_the_plan_page_links_to_it_for_those_who_record(area, client_for):
    plan, *_ = _plan_with_lines(area)
    link = reverse("provision:record_month", args=[plan.pk])
    assert (
        link
        in client_for(area.users["provider_user"])
        .get(reverse("provision:plan", args=[plan.pk]))
        .text
    )
    assert (
        link
        not in client_for(area.users["la_user"]).get(reverse("provision:plan", args=[plan.pk])).text
    )
