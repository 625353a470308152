"""An assessment on the child's timeline: the request, any mediation, any appeal and any tribunal
order, each one entry with the same register and link (``assessments.timeline``)."""

from datetime import date, timedelta

import pytest
from django.urls import reverse

from sendhealth import rules
from sendhealth.assessments.models import TribunalOrderKind, TribunalOutcome
from sendhealth.assessments.tests.factories import AssessmentFactory
from sendhealth.assessments.timeline import REGISTER, entries_for_child
from sendhealth.children.tests.factories import ChildFactory
from sendhealth.core.presenters import format_date
from sendhealth.core.scoping import Scope
from sendhealth.core.timeline import TimelineEntry

RECEIVED = date(2025, 1, 6)
FINAL_PLAN = rules.ehc_deadlines(RECEIVED).final_plan


@pytest.fixture
def child(area):
    return ChildFactory(local_authority=area.la, date_of_birth=date(2015, 5, 1))


def _entries(area, child):
    return list(entries_for_child(Scope.for_user(area.users["la_user"]), child))


def _entry(a, on, title, detail, status, colour):
    return TimelineEntry(
        on=on,
        register=REGISTER,
        title=f"{title} ({a.reference})",
        href=reverse("assessments:detail", args=[a.pk]),
        detail=detail,
        status=status,
        status_colour=colour,
    )


def test_an_open_request_alone(area, child):
    a = AssessmentFactory(child=child, received_on=RECEIVED)
    assert _entries(area, child) == [
        _entry(
            a,
            RECEIVED,
            "EHC needs assessment requested",
            f"Final plan due {format_date(FINAL_PLAN)} (20 weeks)",
            "Open",
            "blue",
        )
    ]


def test_a_request_without_a_received_date_is_not_shown(area, child):
    AssessmentFactory(child=child, received_on=None)
    assert _entries(area, child) == []


def test_a_late_plan_mediation_about_the_decision_and_an_open_appeal(area, child):
    issued = FINAL_PLAN + timedelta(days=10)
    a = AssessmentFactory(
        child=child,
        received_on=RECEIVED,
        named_plan_table_id="P1",
        assessment_outcome_on=issued,
        request_mediation=True,
        mediation_on=date(2025, 3, 3),
        mediation_certificate_on=date(2025, 3, 10),
        appeal_registered_on=date(2025, 4, 1),
        hearing_on=date(2025, 9, 1),
    )
    about = "the decision whether to assess"
    assert _entries(area, child) == [
        _entry(
            a, RECEIVED, "EHC needs assessment requested", f"Plan issued {format_date(issued)}",
            "Late", "red",
        ),
        _entry(
            a, date(2025, 3, 3), f"Mediation about {about}",
            f"Mediation certificate issued {format_date(date(2025, 3, 10))}", "Mediation", "blue",
        ),
        _entry(
            a, date(2025, 4, 1), f"Tribunal appeal about {about} registered",
            f"Hearing {format_date(date(2025, 9, 1))}", "Appeal open", "orange",
        ),
    ]  # fmt: skip


def test_a_plan_in_time_mediation_about_the_outcome_a_decided_appeal_and_its_order(area, child):
    issued = FINAL_PLAN - timedelta(days=1)
    decided = date(2025, 11, 3)
    a = AssessmentFactory(
        child=child,
        received_on=RECEIVED,
        named_plan_table_id="P2",
        assessment_outcome_on=issued,
        assessment_mediation=True,
        mediation_on=date(2025, 7, 1),
        appeal_registered_on=date(2025, 8, 1),
        hearing_on=date(2025, 10, 20),
        tribunal_decision_on=decided,
        tribunal_outcome=TribunalOutcome.ALLOWED,
        tribunal_order=TribunalOrderKind.AMEND,
    )
    about = "the assessment's outcome"
    orders = rules.tribunal_order_deadlines(decided, TribunalOrderKind.AMEND)
    assert orders
    assert _entries(area, child) == [
        _entry(
            a, RECEIVED, "EHC needs assessment requested", f"Plan issued {format_date(issued)}",
            "Within 20 weeks", "blue",
        ),
        _entry(a, date(2025, 7, 1), f"Mediation about {about}", "", "Mediation", "blue"),
        _entry(
            a, date(2025, 8, 1), f"Tribunal appeal about {about} registered",
            f"Decided {format_date(decided)}: Appeal allowed", "Decided", "grey",
        ),
        _entry(
            a, decided, "Tribunal order: Amend the plan (needs or provision)",
            "; ".join(f"{o.action} by {format_date(o.due)} ({o.source})" for o in orders),
            "Order", "orange",
        ),
    ]  # fmt: skip


def test_an_appeal_with_no_hearing_yet_has_no_detail(area, child):
    a = AssessmentFactory(child=child, received_on=RECEIVED, appeal_registered_on=date(2025, 4, 1))
    appeal = _entries(area, child)[1]
    assert appeal == _entry(
        a,
        date(2025, 4, 1),
        "Tribunal appeal about the assessment's outcome registered",
        "",
        "Appeal open",
        "orange",
    )
