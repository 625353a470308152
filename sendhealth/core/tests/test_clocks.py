from datetime import date

from sendhealth.core import clocks


class TestNotConfirmedClocksAreSettings:
    def test_review_decision_defaults_to_four_weeks(self):
        assert clocks.review_decision_due(date(2026, 3, 2)) == date(2026, 3, 30)

    def test_review_decision_follows_the_setting(self, settings):
        settings.REVIEW_DECISION_WEEKS = 2
        assert clocks.review_decision_due(date(2026, 3, 2)) == date(2026, 3, 16)

    def test_tribunal_recommendation_response_defaults_to_five_weeks(self):
        assert clocks.tribunal_recommendation_response_due(date(2026, 1, 5)) == date(2026, 2, 9)

    def test_tribunal_recommendation_response_follows_the_setting(self, settings):
        settings.TRIBUNAL_RECOMMENDATION_RESPONSE_WEEKS = 6
        assert clocks.tribunal_recommendation_response_due(date(2026, 1, 5)) == date(2026, 2, 16)
