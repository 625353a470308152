from datetime import date

import pytest

from sendhealth.notifications.domain import age_refusal, financial_quarter, is_missed

# Born 1 June 2020: 5 on 1 June 2025; compulsory school age starts 31 August 2025.
DOB = date(2020, 6, 1)
CSA_START = date(2025, 8, 31)


class TestAgeRefusal:
    def test_the_day_before_compulsory_school_age_is_allowed(self):
        assert age_refusal(DOB, date(2025, 8, 30)) is None

    def test_the_first_day_of_compulsory_school_age_is_refused(self):
        message = age_refusal(DOB, CSA_START)
        assert message is not None
        assert "31 August 2025" in message

    def test_a_young_person_is_refused(self):
        assert age_refusal(DOB, date(2037, 1, 1)) is not None

    def test_an_opinion_before_birth_is_refused(self):
        assert "on or after the child's date of birth" in age_refusal(DOB, date(2020, 5, 31))

    def test_a_29_february_birthday_reaches_5_on_1_march(self):
        # Born 29 Feb 2020: 5 on 1 Mar 2025, so compulsory school age starts 31 Mar 2025.
        dob = date(2020, 2, 29)
        assert age_refusal(dob, date(2025, 3, 30)) is None
        assert age_refusal(dob, date(2025, 3, 31)) is not None


class TestQuarters:
    @pytest.mark.parametrize(
        ("on", "label"),
        [
            (date(2026, 4, 1), "2026-27 Q1"),
            (date(2026, 6, 30), "2026-27 Q1"),
            (date(2026, 7, 1), "2026-27 Q2"),
            (date(2026, 12, 31), "2026-27 Q3"),
            (date(2027, 1, 1), "2026-27 Q4"),
            (date(2027, 3, 31), "2026-27 Q4"),
        ],
    )
    def test_nhs_financial_quarters(self, on, label):
        assert financial_quarter(on) == label


class TestMissed:
    def test_under_compulsory_school_age_and_never_notified_is_missed(self):
        assert is_missed(DOB, date(2025, 1, 10), None)

    def test_notified_on_or_before_health_was_asked_is_not_missed(self):
        assert not is_missed(DOB, date(2025, 1, 10), date(2025, 1, 10))

    def test_notified_only_afterwards_is_missed(self):
        assert is_missed(DOB, date(2025, 1, 10), date(2025, 2, 1))

    def test_of_compulsory_school_age_when_asked_is_not_missed(self):
        assert not is_missed(DOB, CSA_START, None)
