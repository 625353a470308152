from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sendhealth.rules import (
    WAITING_LIST_MESSAGE,
    ExceptionReason,
    Regulation,
    StatutoryException,
    allowed_reasons,
    counts_as_with_exceptions,
    validate_exception,
)

from .strategies import dates, rules_settings

LA_CLOCKS = [Regulation.DECISION_TO_ASSESS, Regulation.DECISION_NOT_TO_ISSUE, Regulation.FINAL_PLAN]


def absence(regulation=Regulation.HEALTH_ADVICE, starts=date(2026, 3, 1), ends=None):
    return StatutoryException(regulation, ExceptionReason.ABSENT_FROM_AREA, starts, ends)


class TestAllowedReasons:
    @pytest.mark.parametrize("regulation", LA_CLOCKS)
    def test_local_authority_clocks_admit_closure_circumstances_and_absence(self, regulation):
        assert allowed_reasons(regulation) == {
            ExceptionReason.SETTING_CLOSURE,
            ExceptionReason.EXCEPTIONAL_PERSONAL_CIRCUMSTANCES,
            ExceptionReason.ABSENT_FROM_AREA,
        }

    def test_health_advice_admits_circumstances_absence_and_a_missed_appointment(self):
        assert allowed_reasons(Regulation.HEALTH_ADVICE) == {
            ExceptionReason.EXCEPTIONAL_PERSONAL_CIRCUMSTANCES,
            ExceptionReason.ABSENT_FROM_AREA,
            ExceptionReason.MISSED_APPOINTMENT,
        }

    def test_there_is_no_waiting_list_reason(self):
        assert not any("waiting" in reason.value for reason in ExceptionReason)

    def test_every_reason_and_regulation_has_a_label_and_every_regulation_a_citation(self):
        assert all(reason.label for reason in ExceptionReason)
        assert all(regulation.label for regulation in Regulation)
        assert Regulation.HEALTH_ADVICE.citation == "SEND Regulations 2014 reg 8(2)"
        assert Regulation.FINAL_PLAN.citation == "SEND Regulations 2014 reg 13(3)"


class TestValidateException:
    def test_a_waiting_list_is_not_accepted_as_a_reason(self):
        exc = StatutoryException(Regulation.HEALTH_ADVICE, "waiting_list", date(2026, 3, 1))
        assert validate_exception(exc) == [WAITING_LIST_MESSAGE]

    def test_an_unknown_reason_is_rejected_in_plain_english(self):
        exc = StatutoryException(Regulation.HEALTH_ADVICE, "staff_sickness", date(2026, 3, 1))
        assert validate_exception(exc) == [
            '"staff_sickness" is not an exception to the statutory time limit.'
        ]

    def test_an_unknown_regulation_is_rejected(self):
        exc = StatutoryException("annual_review", "absent_from_area", date(2026, 3, 1))
        assert validate_exception(exc) == [
            '"annual_review" is not a time limit that admits exceptions.'
        ]

    def test_a_missed_appointment_is_not_an_exception_to_the_20_week_plan_clock(self):
        exc = StatutoryException(
            Regulation.FINAL_PLAN, ExceptionReason.MISSED_APPOINTMENT, date(2026, 3, 1)
        )
        assert validate_exception(exc) == [
            '"The child, young person or parent did not keep an appointment for an examination '
            'or test" is not an exception under SEND Regulations 2014 reg 13(3).'
        ]

    def test_a_setting_closure_is_not_an_exception_to_the_health_advice_clock(self):
        exc = StatutoryException(
            Regulation.HEALTH_ADVICE,
            ExceptionReason.SETTING_CLOSURE,
            date(2026, 7, 20),
            date(2026, 9, 2),
        )
        [message] = validate_exception(exc)
        assert "reg 8(2)" in message

    def test_an_absence_under_4_weeks_is_rejected(self):
        [message] = validate_exception(absence(ends=date(2026, 3, 27)))  # 27 days
        assert "4 weeks (28 days) or more" in message

    def test_an_absence_of_exactly_28_days_counting_both_ends_is_accepted(self):
        assert validate_exception(absence(ends=date(2026, 3, 28))) == []

    def test_an_ongoing_absence_is_accepted_until_its_end_is_known(self):
        assert validate_exception(absence(ends=None)) == []

    def test_a_closure_under_4_weeks_is_rejected(self):
        exc = StatutoryException(
            Regulation.FINAL_PLAN,
            ExceptionReason.SETTING_CLOSURE,
            date(2026, 12, 18),
            date(2027, 1, 4),
        )
        [message] = validate_exception(exc)
        assert "closed for 4 weeks (28 days) or more" in message

    def test_an_exception_cannot_end_before_it_starts(self):
        assert validate_exception(absence(ends=date(2026, 2, 1))) == [
            "The end date must be on or after the start date."
        ]

    def test_a_short_spell_of_exceptional_circumstances_is_accepted(self):
        exc = StatutoryException(
            Regulation.DECISION_TO_ASSESS,
            ExceptionReason.EXCEPTIONAL_PERSONAL_CIRCUMSTANCES,
            date(2026, 3, 1),
            date(2026, 3, 3),
            note="Bereavement in the family",
        )
        assert validate_exception(exc) == []

    def test_values_stored_as_strings_are_understood(self):
        exc = StatutoryException("health_advice", "missed_appointment", date(2026, 3, 1))
        assert validate_exception(exc) == []

    def test_several_problems_are_all_reported(self):
        exc = StatutoryException(
            Regulation.HEALTH_ADVICE,
            ExceptionReason.SETTING_CLOSURE,
            date(2026, 3, 10),
            date(2026, 3, 1),
        )
        assert len(validate_exception(exc)) == 2

    @rules_settings
    @given(
        st.sampled_from(list(Regulation)) | st.text(),
        st.sampled_from(list(ExceptionReason)) | st.text(),
        dates,
        st.none() | dates,
    )
    def test_never_raises_and_returns_sentences(self, regulation, reason, starts, ends):
        errors = validate_exception(StatutoryException(regulation, reason, starts, ends))
        assert all(message.endswith(".") for message in errors)


class TestCountsAsWithExceptions:
    def test_a_valid_exception_for_the_clock_counts(self):
        assert counts_as_with_exceptions(
            [absence(ends=date(2026, 4, 30))], Regulation.HEALTH_ADVICE
        )

    def test_an_exception_recorded_for_another_clock_does_not_count(self):
        assert not counts_as_with_exceptions(
            [absence(regulation=Regulation.FINAL_PLAN)], Regulation.HEALTH_ADVICE
        )

    def test_an_invalid_exception_does_not_count(self):
        short = absence(ends=date(2026, 3, 10))
        assert not counts_as_with_exceptions([short], Regulation.HEALTH_ADVICE)

    def test_no_exceptions_means_none_apply(self):
        assert not counts_as_with_exceptions([], Regulation.FINAL_PLAN)
