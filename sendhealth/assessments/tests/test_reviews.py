"""Annual reviews, review decisions (due 4 weeks after the meeting) and phase transfers
(reg 18(1)): typed by hand or returned in SEN2 5a, kept on the plan's 5a row and carried to the
transitions register's plan, the one plan."""

from datetime import date, timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from sendhealth import rules
from sendhealth.assessments import demo
from sendhealth.assessments.models import Assessment, ImportStatus, Sen2Record
from sendhealth.assessments.sen2 import BY_KEY, parse_date, render
from sendhealth.assessments.tests.factories import AssessmentFactory, import_rows
from sendhealth.assessments.tests.test_manual import _date
from sendhealth.assessments.tests.test_sen2 import people
from sendhealth.children.tests.factories import ChildFactory
from sendhealth.core.models import AuditLog
from sendhealth.core.presenters import format_date
from sendhealth.transitions.models import EhcPlan, PlanDueItem


def _review(**values) -> dict:
    data = {"review_outcome": "", "next_transfer_year": "", "transfer_kind": ""}
    for name in ("review_meeting_on", "review_decided_on", "phase_transfer_final_on"):
        data.update(_date(name, values.pop(name, None)))
    data.update(values)
    return data


@pytest.fixture
def planned(area):
    child = ChildFactory(local_authority=area.la)
    issued = timezone.localdate() - timedelta(days=400)
    plan = EhcPlan.objects.create(
        child=child, local_authority=area.la, icb=area.icb, issued_on=issued
    )
    return AssessmentFactory(
        child=child,
        received_on=issued - timedelta(weeks=20),
        assessment_table_id="A1",
        assessment_outcome_on=issued,
        named_plan_table_id="N1",
        final_plan=plan,
    )


def test_the_la_records_a_review_decision_and_a_phase_transfer_on_the_one_plan(
    area, planned, client_for
):
    client = client_for(area.users["la_user"])
    detail = client.get(reverse("assessments:detail", args=[planned.pk])).text
    assert reverse("assessments:review", args=[planned.pk]) in detail
    meeting = planned.plan_issued_on + timedelta(days=330)
    decided = meeting + timedelta(days=29)  # a day late
    year = timezone.localdate().year + 1
    response = client.post(
        reverse("assessments:review", args=[planned.pk]),
        _review(
            review_meeting_on=meeting,
            review_decided_on=decided,
            review_outcome="M",  # maintain the plan (SEN2 item 5.4c)
            next_transfer_year=str(year),
            transfer_kind="post16",
        ),
    )
    assert response.status_code == 302, response.text[response.text.find("<main") :][:3000]
    record = Sen2Record.objects.get(module="activeplans", parent_table_id=planned.requests_table_id)
    assert record.review_meeting_on == meeting and record.review_decided_on == decided
    assert record.phase_transfer_due_on == date(year, 3, 31)
    assert parse_date(record.data["phasetransferduedate"]) == date(year, 3, 31)
    assert record.data["reviewoutcome"] == "M"
    plan = planned.final_plan
    plan.refresh_from_db()
    assert plan.last_reviewed_on == meeting
    assert (plan.next_transfer_year, plan.transfer_to_post16) == (year, True)
    # The transitions queue works from the plan's kept due items: worked out again.
    assert PlanDueItem.objects.filter(plan=plan).exists()
    assert AuditLog.objects.filter(
        object_type="assessments.Assessment", object_id=planned.pk, action="update"
    ).exists()
    detail = client.get(reverse("assessments:detail", args=[planned.pk])).text
    due = rules.review_decision_due(meeting)
    assert f"Decision due {format_date(due)}; made {format_date(decided)} (late)" in detail
    assert f"Plan to be amended by {format_date(date(year, 3, 31))} (reg 18(1))" in detail
    assert "outcome: Maintain the EHC plan (M)" in detail  # the label, not a bare "M"

    # Recorded again: the same 5a row, no second one.
    response = client.post(
        reverse("assessments:review", args=[planned.pk]),
        _review(review_meeting_on=meeting, review_decided_on=meeting + timedelta(days=28)),
    )
    assert response.status_code == 302
    assert Sen2Record.objects.filter(module="activeplans").count() == 1


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"review_meeting_on": -10}, "The review meeting must be on or after the plan was issued"),
        (
            {"review_meeting_on": 300, "review_decided_on": 290},
            "The review decision must be on or after the meeting",
        ),
        ({"review_meeting_on": 300, "next_transfer_year": "2027"}, "Select the kind of transfer"),
        ({"review_meeting_on": 300, "transfer_kind": "school"}, "Enter the year of the transfer"),
        ({"review_meeting_on": 300, "next_transfer_year": "20x7", "transfer_kind": "school"},
         "Enter the year of the transfer as a number"),
        ({}, "Enter the date of the annual review meeting"),
    ],
)  # fmt: skip
def test_a_review_out_of_order_is_refused_and_nothing_is_written(
    area, planned, client_for, changes, message
):
    issued = planned.plan_issued_on
    dates = {k: issued + timedelta(days=v) for k, v in changes.items() if isinstance(v, int)}
    rest = {k: v for k, v in changes.items() if not isinstance(v, int)}
    response = client_for(area.users["dco"]).post(
        reverse("assessments:review", args=[planned.pk]), _review(**dates, **rest)
    )
    assert response.status_code == 200 and message in response.text
    assert not Sen2Record.objects.exists()


def test_no_review_before_a_plan(area, client_for):
    assessment = AssessmentFactory(child=ChildFactory(local_authority=area.la))
    response = client_for(area.users["la_user"]).post(
        reverse("assessments:review", args=[assessment.pk]),
        _review(review_meeting_on=timezone.localdate() - timedelta(days=3)),
    )
    assert response.status_code == 200 and "Record the final plan first" in response.text


def test_a_returned_review_and_phase_transfer_update_the_transitions_plan(tmp_path, area):
    children = [ChildFactory(local_authority=area.la) for _ in range(3)]
    issued = [date(2024, 3, 1), date(2024, 5, 1), date(2024, 6, 1)]
    rows = demo.build(
        [(*p, i) for p, i in zip(people(children), issued, strict=True)],
        lea=area.la.code,
        year=2026,
        unmatched=0,
    )
    module = BY_KEY["activeplans"]
    columns = list(module.all_columns)
    first = rows["activeplans"][0]
    first[columns.index("phasetransferduedate")] = render("date", date(2026, 2, 15))
    first[columns.index("phasetransferfinaldate")] = render("date", date(2026, 2, 10))
    ret = import_rows(tmp_path, area, rows)
    assert ret.status == ImportStatus.DONE, ret.errors
    a = Assessment.objects.get(requests_table_id="R1")
    record = Sen2Record.objects.get(module="activeplans", table_id="AP1")
    assert record.phase_transfer_due_on == date(2026, 2, 15)
    plan = a.final_plan
    assert plan.last_reviewed_on == record.review_meeting_on is not None
    assert (plan.next_transfer_year, plan.transfer_to_post16) == (2026, False)
    assert plan.transfer_reviewed_on == date(2026, 2, 10)
    # A later return never moves the last review back.
    later = plan.last_reviewed_on + timedelta(days=200)
    EhcPlan.objects.filter(pk=plan.pk).update(last_reviewed_on=later)
    assert import_rows(tmp_path, area, rows, "again.zip").status == ImportStatus.DONE
    plan.refresh_from_db()
    assert plan.last_reviewed_on == later


def test_a_review_recorded_by_hand_then_returned_by_the_la_goes_out_once(tmp_path, area):
    """The LA's return had no 5a row for the plan, so the review recorded by hand made one;
    the next return carries the LA's own 5a row for it: one 5a row goes back out, not two."""
    from sendhealth.assessments.exporter import module_rows
    from sendhealth.assessments.models import Sen2Person
    from sendhealth.assessments.services import record_review
    from sendhealth.core.audit import Auditor

    children = [ChildFactory(local_authority=area.la) for _ in range(2)]
    issued = date(2024, 3, 1)
    rows = demo.build(
        [(*p, issued) for p in people(children)], lea=area.la.code, year=2026, unmatched=0
    )
    parent_at = {
        key: BY_KEY[key].all_columns.index("activeplanstableid")
        for key in ("activeplans", "placementdetail", "senneed")
    }
    without = {
        **rows,
        **{key: [r for r in rows[key] if r[at] != "AP1"] for key, at in parent_at.items()},
    }
    assert import_rows(tmp_path, area, without).status == ImportStatus.DONE
    a = Assessment.objects.get(requests_table_id="R1")
    meeting = issued + timedelta(days=330)
    record_review(
        a,
        {"review_meeting_on": meeting, "review_decided_on": meeting + timedelta(days=20)},
        auditor=Auditor.for_system("test"),
    )
    assert Sen2Record.objects.filter(module="activeplans", parent_table_id="R1").count() == 1
    assert import_rows(tmp_path, area, rows, "later.zip").status == ImportStatus.DONE

    out = module_rows(
        {}, Sen2Person.objects.all(), Assessment.objects.all(), Sen2Record.objects.all()
    )
    request_at = BY_KEY["activeplans"].all_columns.index("requeststableid")
    returned = [r[request_at] for r in out["activeplans"]]
    assert sorted(returned) == ["R1", "R2"]
    a.final_plan.refresh_from_db()
    assert a.final_plan.last_reviewed_on >= meeting
