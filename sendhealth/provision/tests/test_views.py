import time
from datetime import date
from decimal import Decimal
from html import unescape

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from sendhealth.advice.models import ProvisionItem, ReviewDecision
from sendhealth.advice.tests.factories import AdviceAssignmentFactory, AdviceSubmissionFactory
from sendhealth.children.tests.factories import ChildFactory
from sendhealth.core.models import Message
from sendhealth.provision import domain
from sendhealth.provision.models import MonthlyReturn, PlanLine, ShortfallPolicy
from sendhealth.provision.tests.factories import MonthlyReturnFactory, PlanLineFactory
from sendhealth.transitions.tests.factories import EhcPlanFactory


def _last(months_back: int = 1) -> date:
    return domain.add_months(domain.first_of_month(timezone.localdate()), -months_back)


@pytest.fixture
def plan(area):
    return EhcPlanFactory(child=ChildFactory(local_authority=area.la))


def _accepted_advice(plan, service, *items):
    assignment = AdviceAssignmentFactory(request__child=plan.child, service=service)
    submission = AdviceSubmissionFactory(assignment=assignment, decision=ReviewDecision.ACCEPTED)
    for what, who, how_often, how_long in items:
        ProvisionItem.objects.create(
            submission=submission, what=what, who=who, how_often=how_often, how_long=how_long
        )
    return submission


def test_lines_are_created_from_accepted_advice_once(area, plan, client_for):
    _accepted_advice(
        plan,
        area.salt,
        (
            "Direct therapy for understanding",
            "Speech and language therapist",
            "2 sessions a week",
            "30 minutes",
        ),
        ("Access to therapy", "SALT", "as required", ""),
    )
    client = client_for(area.dco)
    client.post(reverse("provision:from_advice", args=[plan.pk]))
    client.post(reverse("provision:from_advice", args=[plan.pk]))
    lines = list(PlanLine.objects.filter(plan=plan).order_by("pk"))
    assert [(ln.count, ln.period, ln.session_minutes, ln.vague) for ln in lines] == [
        (2, "week", 30, False),
        (None, "", None, True),
    ]
    assert lines[0].monthly_expected == Decimal("6.50") and lines[0].provider == area.provider
    page = client.get(reverse("provision:plan", args=[plan.pk])).content.decode()
    assert lines[0].reference in page and "Vague provision" in page


def test_the_dco_team_adds_and_corrects_a_line(area, plan, client_for):
    client = client_for(area.dco_team)
    data = {
        "service": area.ot.pk,
        "what": "Sensory programme",
        "by_whom": "Occupational therapist",
        "count": "2",
        "period": "half_term",
        "session_minutes": "45",
        "starts_on_day": "1",
        "starts_on_month": "9",
        "starts_on_year": "2025",
    }
    response = client.post(reverse("provision:line_new", args=[plan.pk]), data)
    assert response.status_code == 302
    line = PlanLine.objects.get(plan=plan)
    assert line.monthly_expected == Decimal("1.00")
    data["count"] = "3"
    client.post(reverse("provision:line_edit", args=[line.pk]), data)
    line.refresh_from_db()
    assert line.count == 3 and line.monthly_expected == Decimal("1.50")


def test_a_line_without_a_frequency_must_be_marked_vague(area, plan, client_for):
    data = {
        "service": area.ot.pk,
        "what": "Therapy",
        "starts_on_day": "1",
        "starts_on_month": "9",
        "starts_on_year": "2025",
    }
    response = client_for(area.dco).post(reverse("provision:line_new", args=[plan.pk]), data)
    assert "mark the line as vague" in response.content.decode()
    assert not PlanLine.objects.exists()


def test_section_g_text_proposes_lines_a_person_confirms(area, plan, client_for):
    client = client_for(area.dco)
    text = (
        "- Physiotherapist to deliver 1 session a week of 40 minutes.\n"
        "- Regular input as required.\n"
    )
    url = reverse("provision:paste", args=[plan.pk])
    page = client.post(url, {"section_g": text}).content.decode()
    assert "Vague: a finding" in page and not PlanLine.objects.exists()
    client.post(url, {"section_g": text, "confirm": "yes", "service": area.ot.pk})
    assert PlanLine.objects.filter(plan=plan).count() == 2


def test_a_provider_records_a_month_and_a_reason_is_needed_for_missed_sessions(
    area, plan, client_for
):
    line = PlanLineFactory(plan=plan, service=area.salt)
    client = client_for(area.salt_user)
    url = reverse("provision:record", args=[line.pk])
    month = _last().strftime("%Y-%m")
    page = client.post(url, {"month": month, "delivered": "1", "not_delivered": "2"})
    assert "Select why the sessions were not delivered" in page.content.decode()
    client.post(url, {"month": month, "delivered": "1", "not_delivered": "2", "reason": "staffing"})
    ret = MonthlyReturn.objects.get(line=line)
    assert (ret.delivered, ret.not_delivered, ret.reason, ret.expected) == (
        1,
        2,
        "staffing",
        Decimal("3.25"),
    )


def _csv(rows) -> SimpleUploadedFile:
    text = "Line reference,Month,Sessions delivered,Sessions not delivered,Reason not delivered\n"
    text += "".join(",".join(map(str, r)) + "\n" for r in rows)
    return SimpleUploadedFile("return.csv", text.encode(), content_type="text/csv")


def test_an_import_with_one_bad_row_writes_nothing_then_the_fixed_file_imports(
    area, plan, client_for
):
    one = PlanLineFactory(plan=plan, service=area.salt)
    two = PlanLineFactory(plan=plan, service=area.ot)
    other = PlanLineFactory(plan=plan, service=area.camhs)  # another provider's
    month = _last().strftime("%Y-%m")
    client = client_for(area.provider_user)
    bad = [(one.reference, month, 3, 0, ""), (two.reference, month, 1, 2, "")]
    page = client.post(reverse("provision:import"), {"file": _csv(bad)}).content.decode()
    assert "Row 3: give the reason" in page and not MonthlyReturn.objects.exists()
    page = client.post(
        reverse("provision:import"), {"file": _csv([(other.reference, month, 3, 0, "")])}
    ).content.decode()
    assert f"no line {other.reference} of your services" in page
    good = [(one.reference, month, 3, 0, ""), (two.reference, month, 1, 2, "staffing")]
    response = client.post(reverse("provision:import"), {"file": _csv(good)})
    assert response.status_code == 302
    assert MonthlyReturn.objects.count() == 2


def test_the_template_lists_the_providers_lines_by_reference(area, plan, client_for):
    mine = PlanLineFactory(plan=plan, service=area.salt)
    theirs = PlanLineFactory(plan=plan, service=area.camhs)
    body = client_for(area.salt_user).get(reverse("provision:template")).content.decode()
    assert (
        mine.reference in body
        and theirs.reference not in body
        and plan.child.family_name not in body
    )


def _short(line, months=3, delivered=1, missed=2, reason="staffing"):
    for back in range(1, months + 1):
        MonthlyReturnFactory(
            line=line, month=_last(back), delivered=delivered, not_delivered=missed, reason=reason
        )


def test_the_dco_sees_shortfalls_for_the_services_reasons_only(area, plan, client_for):
    short = PlanLineFactory(plan=plan, service=area.salt)
    excused = PlanLineFactory(plan=plan, service=area.ot)
    _short(short)
    _short(excused, reason="absent")
    client = client_for(area.dco)
    page = client.get(reverse("provision:shortfalls")).content.decode()
    assert short.reference in page and excused.reference not in page
    assert plan.child.full_name in unescape(page)
    client.post(reverse("provision:policy"), {"threshold_percent": "20", "months": "3"})
    assert ShortfallPolicy.objects.get(icb=area.icb).threshold_percent == 20
    page = client.get(reverse("provision:shortfalls")).content.decode()
    assert short.reference not in page


def test_the_dco_reminds_the_service_by_reference_only(area, plan, client_for):
    area.salt.email = "salt@example.nhs.uk"
    area.salt.save()
    line = PlanLineFactory(plan=plan, service=area.salt)
    client_for(area.dco).post(reverse("provision:remind", args=[line.pk]))
    message = Message.objects.get(to="salt@example.nhs.uk")
    assert line.reference in message.subject and plan.child.family_name not in message.body


def test_a_provider_sees_only_its_services_lines(area, plan, client_for):
    mine = PlanLineFactory(plan=plan, service=area.salt)
    theirs = PlanLineFactory(plan=plan, service=area.ot)
    client = client_for(area.salt_user)
    page = client.get(reverse("provision:plan", args=[plan.pk])).content.decode()
    assert mine.reference in page and theirs.reference not in page
    assert client.get(reverse("provision:line", args=[theirs.pk])).status_code == 404


def test_the_board_sees_figures_only(area, plan, client_for):
    # A name no page text contains (a Faker surname such as "Short" is in "Shortfalls").
    plan.child.family_name = "Zephyrquill"
    plan.child.save(update_fields=["family_name"])
    line = PlanLineFactory(plan=plan, service=area.salt)
    _short(line)
    client = client_for(area.board)
    page = client.get(reverse("provision:figures")).content.decode()
    assert "Delivery rate by provider" in page and plan.child.family_name not in unescape(page)
    assert "Service could not staff it" in page
    assert client.get(reverse("provision:list")).status_code == 403


def test_the_annual_review_shows_delivery_since_the_last_review(area, plan, client_for):
    plan.last_reviewed_on = _last(3)
    plan.save()
    line = PlanLineFactory(plan=plan, service=area.salt)
    _short(line, months=2)
    page = client_for(area.dco).get(reverse("transitions:review_new", args=[plan.pk]))
    text = page.content.decode()
    assert "Health provision delivered since" in text and line.reference in text


def _many_lines(area, n):
    for _ in range(n):
        plan = EhcPlanFactory(child=ChildFactory(local_authority=area.la))
        line = PlanLineFactory(plan=plan, service=area.salt)
        _short(line, months=1)


@pytest.mark.parametrize(
    "name", ["provision:list", "provision:shortfalls", "provision:figures", "provision:plan"]
)
def test_pages_take_the_same_queries_whatever_the_number_of_rows(area, client_for, name):
    client = client_for(area.dco)
    ShortfallPolicy.objects.create(icb=area.icb, months=1)
    _many_lines(area, 1)
    first_plan = PlanLine.objects.first().plan_id

    def url():
        return reverse(name, args=[first_plan]) if name == "provision:plan" else reverse(name)

    client.get(url())
    with CaptureQueriesContext(connection) as few:
        client.get(url())
    _many_lines(area, 4)
    if name == "provision:plan":
        for _ in range(4):
            PlanLineFactory(plan_id=first_plan, service=area.ot)
    with CaptureQueriesContext(connection) as many:
        assert client.get(url()).status_code == 200
    assert len(many) == len(few)


def test_a_10000_row_return_imports_in_under_10_seconds(area, client_for):
    plan = EhcPlanFactory(child=ChildFactory(local_authority=area.la))
    base = PlanLineFactory(plan=plan, service=area.salt)
    lines = [
        PlanLine(
            plan=plan,
            child=plan.child,
            local_authority=area.la,
            icb=area.icb,
            service=area.salt,
            provider=area.provider,
            what="Therapy",
            count=1,
            period="week",
            starts_on=date(2024, 1, 1),
            monthly_expected=Decimal("3.25"),
        )
        for _ in range(9_999)
    ]
    PlanLine.objects.bulk_create(lines, batch_size=2000)
    ids = [base.pk, *PlanLine.objects.exclude(pk=base.pk).values_list("pk", flat=True)]
    month = _last().strftime("%Y-%m")
    upload = _csv([(f"PL-{pk:06d}", month, 3, 1, "absent") for pk in ids])
    client = client_for(area.provider_user)
    started = time.perf_counter()
    response = client.post(reverse("provision:import"), {"file": upload})
    took = time.perf_counter() - started
    assert response.status_code == 302, response.content.decode()[:2000]
    assert MonthlyReturn.objects.count() == 10_000
    print(f"10,000-row import took {took:.2f}s")
    assert took < 10


def test_a_shortfall_is_on_the_dco_queue(area, plan, client_for):
    line = PlanLineFactory(plan=plan, service=area.salt)
    _short(line)
    page = client_for(area.dco).get(reverse("advice:queue")).content.decode()
    assert "Health provision delivered below the threshold" in page and line.reference in page


def test_the_api_records_a_return_and_lists_shortfalls(area, plan, client_for):
    line = PlanLineFactory(plan=plan, service=area.salt)
    _short(line, months=2)
    client = client_for(area.salt_user)
    response = client.post(
        f"/api/provision/lines/{line.pk}/returns",
        {"month": _last().isoformat(), "delivered": 0, "not_delivered": 3, "reason": "other"},
        content_type="application/json",
    )
    assert response.status_code == 201, response.content
    rows = client_for(area.dco).get("/api/provision/shortfalls").json()["items"]
    assert [row["line"]["reference"] for row in rows] == [line.reference]


def test_the_boards_provision_figures_hide_small_numbers_and_the_dcos_do_not(
    area, plan, client_for
):
    """Issue 12.5: one child's SALT line gives rates and counts of fewer than 5 lines: the
    board sees "fewer than 5" or "not shown" with a complement in each line, the DCO every
    number."""
    from sendhealth.core.tests.figures import assert_safe_for_a_board, summary, table

    _short(PlanLineFactory(plan=plan, service=area.salt), months=2)
    for _ in range(6):
        other = EhcPlanFactory(child=ChildFactory(local_authority=area.la))
        _short(PlanLineFactory(plan=other, service=area.ot), months=1, reason="absent")
    board = client_for(area.board).get(reverse("provision:figures")).content.decode()
    salt = next(r for r in table(board, "Delivery rate by service") if "SALT" in r[0])
    assert "%" not in " ".join(salt) and "not shown (small numbers)" in salt
    reasons = table(board, "Sessions not delivered")
    staffing = next(r for r in reasons if r[0] == "Service could not staff it")
    assert staffing[1:3] == ["fewer than 5", "fewer than 5"]
    assert_safe_for_a_board(reasons[1:], [1, 2])
    shown = summary(board)
    assert shown["Health provision lines"] == "7"
    dco = client_for(area.dco).get(reverse("provision:figures")).content.decode()
    salt = next(r for r in table(dco, "Delivery rate by service") if "SALT" in r[0])
    assert any(cell.endswith("%") for cell in salt) and "fewer than 5" not in dco
    staffing = next(
        r for r in table(dco, "Sessions not delivered") if r[0] == "Service could not staff it"
    )
    # Sessions, and the monthly returns with sessions not delivered (one line, two months).
    assert staffing[1:3] == ["4", "2"]


def test_the_shortfall_list_is_paged_by_the_kept_count(area, plan, client_for, settings):
    """The DCO's unfiltered list takes its length from the kept count (no COUNT over the
    ICB's lines); filtered by a service it counts that service's lines. Both page the same."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    settings.PAGE_SIZE = 2
    salt = [PlanLineFactory(plan=plan, service=area.salt) for _ in range(3)]
    ot = PlanLineFactory(plan=plan, service=area.ot)
    for line in [*salt, ot]:
        _short(line)
    client = client_for(area.dco)
    url = reverse("provision:shortfalls")

    def shown(page) -> set:
        return {line.reference for line in [*salt, ot] if line.reference in page}

    with CaptureQueriesContext(connection) as queries:
        first = client.get(url).content.decode()
    counted = [q["sql"] for q in queries.captured_queries if "COUNT(" in q["sql"].upper()]
    assert not any("provision_planline" in sql for sql in counted), counted
    second = client.get(url, {"page": 2}).content.decode()
    assert len(shown(first)) == len(shown(second)) == 2
    assert shown(first) | shown(second) == {line.reference for line in [*salt, ot]}
    assert "page=3" not in second and "page=2" in first
    by_service = client.get(url, {"service": area.salt.pk, "page": 2}).content.decode()
    assert len(shown(by_service)) == 1 and ot.reference not in by_service
