"""An assessment on the child's timeline: the request, any mediation, any appeal and any tribunal
order, each one entry with the same register and link (``assessments.timeline``).

The expected entries are written out (title, link, dates, status), not built by the helper
under test, so a wrong title or link fails."""

from datetime import date

import pytest

from sendhealth.assessments.models import TribunalOrderKind, TribunalOutcome
from sendhealth.assessments.tests.factories import AssessmentFactory
from sendhealth.assessments.timeline import entries_for_child
from sendhealth.children.tests.factories import ChildFactory
from sendhealth.core.scoping import Scope
from sendhealth.core.timeline import TimelineEntry

RECEIVED = date(2025, 1, 6)


@pytest.fixture
def child(area):
    return ChildFactory(local_authority=area.la, date_of_birth=date(2015, 5, 1))


def _entries(area, child):
    return list(entries_for_child(Scope.for_user(area.users["la_user"]), child))


def _entry(a, on, title, detail, status, colour):
    """The entry as the timeline should show it, written out: only the assessment's own
    reference and address are taken from it."""
    return TimelineEntry(
        on=on,
        register="EHC needs assessment",
        title=f"{title} ({a.reference})",
        href=f"/assessments/{a.pk}/",
        detail=detail,
        status=status,
        status_colour=colour,
    )


def test_an_open_request_alone(area, child):
    a = AssessmentFactory(child=child, received_on=RECEIVED)
    assert a.reference.startswith("EHCNA-")
    assert _entries(area, child) == [
        _entry(
            a,
            date(2025, 1, 6),
            "EHC needs assessment requested",
            "Final plan due 26 May 2025 (20 weeks)",
            "Open",
            "blue",
        )
    ]


def test_a_request_without_a_received_date_is_not_shown(area, child):
    AssessmentFactory(child=child, received_on=None)
    assert _entries(area, child) == []


def test_a_late_plan_mediation_about_the_decision_and_an_open_appeal(area, child):
    a = AssessmentFactory(
        child=child,
        received_on=RECEIVED,
        named_plan_table_id="P1",
        assessment_outcome_on=date(2025, 6, 5),  # ten days after the final plan was due
        request_mediation=True,
        mediation_on=date(2025, 3, 3),
        mediation_certificate_on=date(2025, 3, 10),
        appeal_registered_on=date(2025, 4, 1),
        hearing_on=date(2025, 9, 1),
    )
    assert _entries(area, child) == [
        _entry(a, date(2025, 1, 6), "EHC needs assessment requested", "Plan issued 5 June 2025",
               "Late", "red"),
        _entry(a, date(2025, 3, 3), "Mediation about the decision whether to assess",
               "Mediation certificate issued 10 March 2025", "Mediation", "blue"),
        _entry(a, date(2025, 4, 1),
               "Tribunal appeal about the decision whether to assess registered",
               "Hearing 1 September 2025", "Appeal open", "orange"),
    ]  # fmt: skip


def test_a_plan_in_time_mediation_about_the_outcome_a_decided_appeal_and_its_order(area, child):
    a = AssessmentFactory(
        child=child,
        received_on=RECEIVED,
        named_plan_table_id="P2",
        assessment_outcome_on=date(2025, 5, 25),  # the day before the final plan was due
        assessment_mediation=True,
        mediation_on=date(2025, 7, 1),
        appeal_registered_on=date(2025, 8, 1),
        hearing_on=date(2025, 10, 20),
        tribunal_decision_on=date(2025, 11, 3),
        tribunal_outcome=TribunalOutcome.ALLOWED,
        tribunal_order=TribunalOrderKind.AMEND,
    )
    assert _entries(area, child) == [
        _entry(a, date(2025, 1, 6), "EHC needs assessment requested", "Plan issued 25 May 2025",
               "Within 20 weeks", "blue"),
        _entry(a, date(2025, 7, 1), "Mediation about the assessment's outcome", "", "Mediation",
               "blue"),
        _entry(a, date(2025, 8, 1), "Tribunal appeal about the assessment's outcome registered",
               "Decided 3 November 2025: Appeal allowed", "Decided", "grey"),
        # An order to amend the plan: the amended plan within five weeks (reg 44(2)(e)).
        _entry(a, date(2025, 11, 3), "Tribunal order: Amend the plan (needs or provision)",
               "Issue the amended EHC plan by 8 December 2025 (reg 44(2)(e))", "Order", "orange"),
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


def test_a_request_the_la_decided_not_to_assess_is_closed(area, child):
    a = AssessmentFactory(
        child=child, received_on=RECEIVED, request_outcome="N", request_outcome_on=date(2025, 2, 3)
    )
    assert _entries(area, child) == [
        _entry(
            a,
            date(2025, 1, 6),
            "EHC needs assessment requested",
            "No plan: the local authority decided not to assess",
            "Closed",
            "grey",
        )
    ]
