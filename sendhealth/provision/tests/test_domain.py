from datetime import date
from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from sendhealth.provision import domain
from sendhealth.provision.domain import MonthDelivery

RECURRING = ("week", "half_term", "term", "year")
months = st.dates(min_value=date(2020, 1, 1), max_value=date(2030, 12, 1)).map(
    domain.first_of_month
)


@given(count=st.integers(1, 20), period=st.sampled_from(RECURRING), start=months)
def test_twelve_whole_months_expect_what_the_plan_says_in_a_year(count, period, start):
    year = [domain.add_months(start, i) for i in range(12)]
    total = sum(domain.expected_in_month(count, period, start, None, m) for m in year)
    assert abs(total - count * domain.PER_YEAR[period]) <= Decimal("0.06")


def test_the_conversion_is_stated():
    assert domain.monthly_expected(1, "week") == Decimal("3.25")
    assert domain.monthly_expected(2, "half_term") == Decimal("1.00")
    assert domain.monthly_expected(1, "term") == Decimal("0.25")
    assert domain.monthly_expected(12, "year") == Decimal("1.00")


@given(count=st.integers(1, 10), start=months, later=st.integers(1, 24))
def test_a_one_off_expects_all_its_sessions_in_its_first_month_only(count, start, later):
    assert domain.expected_in_month(count, "one_off", start, None, start) == count
    month = domain.add_months(start, later)
    assert domain.expected_in_month(count, "one_off", start, None, month) == 0


@given(start=months, before=st.integers(1, 24))
def test_nothing_is_expected_before_a_line_starts_or_after_it_ends(start, before):
    assert domain.expected_in_month(2, "week", start, None, domain.add_months(start, -before)) == 0
    end = domain.add_months(start, 2)
    assert domain.expected_in_month(2, "week", start, end, domain.add_months(end, before)) == 0


def test_no_expectation_means_no_rate():
    assert domain.delivery_rate(3, 0) is None
    assert domain.percent(None) == "Not known"
    assert domain.percent(domain.delivery_rate(3, Decimal("4"))) == "75%"


def _window():
    return date(2026, 1, 1), date(2026, 3, 1)


@given(
    delivered=st.lists(st.integers(0, 6), min_size=3, max_size=3),
    extra=st.integers(0, 10),
    threshold=st.integers(1, 100),
)
def test_delivering_more_never_makes_a_shortfall(delivered, extra, threshold):
    first, last = _window()
    months = domain.months_between(first, last)
    base = [MonthDelivery(m, d, 0, "") for m, d in zip(months, delivered, strict=True)]
    more = [MonthDelivery(r.month, r.delivered + extra, 0, "") for r in base]
    kwargs = {"monthly": Decimal("3.25"), "first": first, "last": last}
    if domain.shortfall(base, threshold_percent=threshold, **kwargs) is None:
        assert domain.shortfall(more, threshold_percent=threshold, **kwargs) is None


@given(missed=st.integers(1, 4), reason=st.sampled_from(sorted(domain.NOT_SERVICE_SIDE)))
def test_sessions_missed_for_the_childs_or_settings_reasons_are_no_shortfall(missed, reason):
    first, last = _window()
    returns = [
        MonthDelivery(m, 4 - missed, missed, reason) for m in domain.months_between(first, last)
    ]
    assert (
        domain.shortfall(returns, monthly=Decimal(4), first=first, last=last, threshold_percent=80)
        is None
    )


def test_a_service_that_could_not_staff_it_is_a_shortfall():
    first, last = _window()
    returns = [MonthDelivery(m, 1, 3, "staffing") for m in domain.months_between(first, last)]
    found = domain.shortfall(
        returns, monthly=Decimal(4), first=first, last=last, threshold_percent=80
    )
    assert found is not None and found.service_side_missed == 9 and found.rate == Decimal(1) / 4


def test_a_month_not_reported_is_never_assumed_delivered():
    first, last = _window()
    returns = [MonthDelivery(first, 4, 0, ""), MonthDelivery(last, 4, 0, "")]
    found = domain.shortfall(
        returns, monthly=Decimal(4), first=first, last=last, threshold_percent=80
    )
    assert found is not None and found.not_reported == [date(2026, 2, 1)]


def test_the_window_is_the_last_whole_months():
    assert domain.window(date(2026, 4, 15), 3) == (date(2026, 1, 1), date(2026, 3, 1))


class TestReadingFrequencies:
    def test_counts_per_period(self):
        assert domain.parse_frequency("2 sessions a week") == (2, "week")
        assert domain.parse_frequency("twice per term") == (2, "term")
        assert domain.parse_frequency("3 x 45 minute sessions per half term") == (3, "half_term")
        assert domain.parse_frequency("termly") == (1, "term")
        assert domain.parse_frequency("monthly") == (12, "year")
        assert domain.parse_frequency("a block of six sessions") == (6, "one_off")

    def test_vague_words_give_no_count(self):
        assert domain.parse_frequency("access to therapy as required") is None
        line = domain.propose_line("Access to speech and language therapy as required")
        assert line.vague and line.count is None

    def test_minutes_and_roles(self):
        assert domain.parse_minutes("one 45-minute session") == 45
        assert domain.parse_minutes("1 hour") == 60
        assert domain.parse_role("by a speech and language therapist") == (
            "Speech and language therapist"
        )

    def test_section_g_statements_become_proposed_lines(self):
        lines = domain.propose_lines(
            "Health provision:\n"
            "- A speech and language therapist will deliver 2 sessions a week of 30 minutes.\n"
            "- Access to physiotherapy as required.\n"
        )
        assert [(p.count, p.period, p.session_minutes, p.vague) for p in lines] == [
            (2, "week", 30, False),
            (None, "", None, True),
        ]

    @given(st.text(max_size=300))
    def test_any_text_is_read_without_error(self, text):
        for proposed in domain.propose_lines(text):
            assert proposed.vague or proposed.count
