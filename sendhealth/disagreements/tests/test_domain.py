"""The register's pure rules: deadlines, validation and timeliness."""

from datetime import date

import pytest

from sendhealth.disagreements.domain import (
    DisagreementDates,
    ResponseFacts,
    Timeliness,
    appeal_deadline,
    disagreement_errors,
    response_due,
    response_errors,
    response_timeliness,
)
from sendhealth.rules import tribunal_appeal_deadline

TODAY = date(2026, 6, 1)


class TestTheAppealDeadline:
    def test_is_the_statutory_rule_for_an_appeal(self):
        assert appeal_deadline("appeal", date(2026, 3, 2), None) == tribunal_appeal_deadline(
            date(2026, 3, 2)
        )

    def test_two_months_after_the_letter(self):
        assert appeal_deadline("appeal", date(2026, 3, 2), None) == date(2026, 5, 5)  # 4 May BH

    def test_christmas_moves_to_the_first_working_day_after_new_year(self):
        assert appeal_deadline("appeal", date(2025, 10, 25), None) == date(2026, 1, 2)

    def test_august_moves_to_the_first_working_day_in_september(self):
        assert appeal_deadline("appeal", date(2025, 6, 15), None) == date(2025, 9, 1)

    def test_a_later_mediation_certificate_gives_a_month_from_it(self):
        assert appeal_deadline("appeal", date(2026, 1, 5), date(2026, 3, 20)) == date(2026, 4, 20)

    @pytest.mark.parametrize("kind", ["mediation", "complaint"])
    def test_mediation_and_complaints_have_none(self, kind):
        assert appeal_deadline(kind, date(2026, 3, 2), None) is None

    def test_an_appeal_without_a_letter_has_none(self):
        assert appeal_deadline("appeal", None, None) is None


def test_a_response_is_due_five_weeks_after_issue():
    assert response_due(date(2026, 6, 1), 5) == date(2026, 7, 6)


def errors_for(**kwargs):
    facts = {"kind": "appeal", "registered": date(2026, 4, 1), "decision_letter": date(2026, 3, 2)}
    return disagreement_errors(DisagreementDates(**{**facts, **kwargs}), TODAY)


class TestADisagreementsDates:
    def test_a_sound_appeal_has_no_errors(self):
        assert errors_for(hearing=date(2026, 9, 1)) == {}

    def test_an_appeal_needs_a_decision_letter(self):
        assert "decision_letter_on" in errors_for(decision_letter=None)

    def test_a_complaint_needs_no_decision_letter(self):
        assert errors_for(kind="complaint", decision_letter=None) == {}

    def test_a_hearing_before_the_decision_letter_is_refused(self):
        errors = errors_for(hearing=date(2026, 3, 1))
        assert errors["hearing_on"] == "Hearing date must be after the decision letter"

    def test_a_hearing_before_registration_is_refused(self):
        assert "hearing_on" in errors_for(hearing=date(2026, 3, 20))

    def test_only_an_appeal_has_a_hearing(self):
        assert "hearing_on" in errors_for(kind="mediation", hearing=date(2026, 9, 1))

    def test_a_certificate_before_the_letter_is_refused(self):
        assert "mediation_certificate_on" in errors_for(certificate=date(2026, 3, 1))

    def test_registration_before_the_letter_is_refused(self):
        assert "registered_on" in errors_for(registered=date(2026, 3, 1))

    def test_future_dates_are_refused_except_the_hearing(self):
        assert "registered_on" in errors_for(registered=date(2026, 6, 2))
        assert "decision_letter_on" in errors_for(decision_letter=date(2026, 6, 2))

    def test_an_outcome_needs_its_date_and_the_other_way_round(self):
        assert "outcome_on" in errors_for(outcome="upheld")
        assert "outcome" in errors_for(outcome_on=date(2026, 5, 1))

    def test_an_outcome_date_before_registration_is_refused(self):
        assert "outcome_on" in errors_for(outcome="upheld", outcome_on=date(2026, 3, 10))

    def test_resolved_at_mediation_is_for_mediation_only(self):
        assert "outcome" in errors_for(outcome="resolved", outcome_on=date(2026, 5, 1))
        assert errors_for(kind="mediation", outcome="resolved", outcome_on=date(2026, 5, 1)) == {}


def response(**kwargs):
    facts = {
        "issued": date(2026, 5, 1),
        "response": "agree",
        "reasons": "",
        "responded_on": date(2026, 5, 20),
        "sent_to_parent": True,
        "sent_to_la": True,
    }
    return response_errors(ResponseFacts(**{**facts, **kwargs}), TODAY)


class TestAResponse:
    def test_agreeing_needs_no_reasons(self):
        assert response() == {}

    def test_not_agreeing_needs_reasons(self):
        assert response(response="not_agree", reasons="  ")["reasons"]
        assert response(response="not_agree", reasons="Not clinically indicated.") == {}

    def test_it_goes_to_both_the_parent_and_the_la(self):
        assert "sent_to" in response(sent_to_la=False)
        assert "sent_to" in response(sent_to_parent=False)

    def test_its_date_is_after_issue_and_not_in_the_future(self):
        assert "responded_on" in response(responded_on=date(2026, 4, 30))
        assert "responded_on" in response(responded_on=date(2026, 6, 2))
        assert "responded_on" in response(responded_on=None)


@pytest.mark.parametrize(
    ("responded", "today", "expected"),
    [
        (date(2026, 7, 6), TODAY, Timeliness.ON_TIME),
        (date(2026, 7, 7), TODAY, Timeliness.LATE),
        (None, date(2026, 7, 6), Timeliness.DUE),
        (None, date(2026, 7, 7), Timeliness.OVERDUE),
    ],
)
def test_response_timeliness(responded, today, expected):
    assert response_timeliness(date(2026, 7, 6), responded, today) == expected
