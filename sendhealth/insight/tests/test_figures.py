"""The dashboard's figures on small, known data sets (SEND Regs 2014 reg 8(1) and 8(2))."""

import datetime

import pytest

from sendhealth.advice.models import AssignmentStatus, RequestStatus
from sendhealth.advice.tests.factories import AdviceAssignmentFactory, AdviceRequestFactory
from sendhealth.insight.figures import (
    TimelinessRow,
    dashboard_figures,
    oldest_open_requests,
    open_requests_by_status,
    open_work_by_provider,
    timeliness,
)
from sendhealth.organisations.tests.factories import LocalAuthorityFactory, ServiceFactory
from sendhealth.rules import health_advice_due

TODAY = datetime.date(2026, 3, 2)
START, END = datetime.date(2026, 1, 1), datetime.date(2026, 3, 31)
RECEIVED = datetime.date(2026, 1, 5)  # due Monday 16 February 2026
DUE = health_advice_due(RECEIVED)


def completed(service, *, on, exception=False, la=None, received=RECEIVED):
    return AdviceAssignmentFactory(
        request__child__local_authority=la,
        request__status=RequestStatus.RETURNED,
        service=service,
        received_on=received,
        status=AssignmentStatus.ACCEPTED,
        completed_on=on,
        has_exception=exception,
    )


def open_assignment(service, *, due, status=AssignmentStatus.AWAITING, la=None):
    return AdviceAssignmentFactory(
        request__child__local_authority=la,
        request__status=RequestStatus.ROUTED,
        service=service,
        due_on=due,
        status=status,
    )


@pytest.fixture
def three_on_time_one_late_one_late_with_exception(area):
    for _ in range(3):
        completed(area.salt, on=DUE, la=area.la)
    completed(area.salt, on=DUE + datetime.timedelta(days=1), la=area.la)
    completed(area.ot, on=DUE + datetime.timedelta(days=9), exception=True, la=area.la)


class TestTimeliness:
    def test_rates_with_and_without_exceptions_follow_the_dfe_definition(
        self, area, three_on_time_one_late_one_late_with_exception
    ):
        figures = timeliness([area.icb.pk], START, END)
        [provider] = figures.by_provider
        assert provider.provider == "Testshire Community NHS Trust"
        assert (provider.completed, provider.on_time, provider.late) == (5, 3, 1)
        assert provider.late_with_exception == 1
        assert provider.rate_including_exceptions == pytest.approx(0.60)
        assert provider.rate_excluding_exceptions == pytest.approx(0.75)
        assert figures.total == TimelinessRow(
            provider="All providers", completed=5, on_time=3, late_with_exception=1
        )

    def test_figures_are_split_by_service(
        self, area, three_on_time_one_late_one_late_with_exception
    ):
        rows = {row.service: row for row in timeliness([area.icb.pk], START, END).by_service}
        assert (rows["Children's SALT"].completed, rows["Children's SALT"].on_time) == (4, 3)
        assert rows["Children's SALT"].rate_including_exceptions == pytest.approx(0.75)
        assert rows["Children's OT"].late_with_exception == 1
        assert rows["Children's OT"].rate_excluding_exceptions is None

    def test_advice_on_time_counts_as_on_time_even_with_an_exception_recorded(self, area):
        completed(area.salt, on=DUE, exception=True, la=area.la)
        [row] = timeliness([area.icb.pk], START, END).by_provider
        assert (row.on_time, row.late_with_exception) == (1, 0)
        assert row.rate_excluding_exceptions == 1

    def test_advice_due_on_the_day_it_is_completed_is_on_time(self, area):
        completed(area.salt, on=DUE, la=area.la)
        completed(area.salt, on=DUE + datetime.timedelta(days=1), la=area.la)
        [row] = timeliness([area.icb.pk], START, END).by_provider
        assert (row.on_time, row.late) == (1, 1)

    def test_only_advice_completed_in_the_period_counts(self, area):
        completed(area.salt, on=START, la=area.la)
        completed(area.salt, on=END, la=area.la)
        completed(area.salt, on=START - datetime.timedelta(days=1), la=area.la)
        completed(area.salt, on=END + datetime.timedelta(days=1), la=area.la)
        assert timeliness([area.icb.pk], START, END).total.completed == 2

    def test_another_icbs_advice_is_not_counted(self, area):
        completed(area.salt, on=DUE, la=area.la)
        completed(ServiceFactory(), on=DUE, la=LocalAuthorityFactory())
        figures = timeliness([area.icb.pk], START, END)
        assert [row.provider for row in figures.by_provider] == [area.provider.name]

    def test_a_local_authority_filter_limits_the_figures(self, area):
        completed(area.salt, on=DUE, la=area.la)
        completed(area.camhs, on=DUE, la=area.other_la)
        figures = timeliness([area.icb.pk], START, END, la_ids=[area.other_la.pk])
        assert [row.provider for row in figures.by_provider] == [area.other_provider.name]

    def test_no_completed_advice_gives_no_rate_rather_than_zero(self, area):
        total = timeliness([area.icb.pk], START, END).total
        assert total.completed == 0
        assert total.rate_including_exceptions is None


class TestOpenWork:
    def test_overdue_and_due_soon_count_advice_still_with_the_service(self, area):
        open_assignment(area.salt, due=TODAY - datetime.timedelta(days=1), la=area.la)
        open_assignment(area.salt, due=TODAY, la=area.la)
        open_assignment(area.salt, due=TODAY + datetime.timedelta(days=7), la=area.la)
        open_assignment(area.salt, due=TODAY + datetime.timedelta(days=8), la=area.la)
        open_assignment(
            area.salt,
            due=TODAY - datetime.timedelta(days=3),
            la=area.la,
            status=AssignmentStatus.RETURNED,
        )
        open_assignment(
            area.salt,
            due=TODAY - datetime.timedelta(days=3),
            la=area.la,
            status=AssignmentStatus.SUBMITTED,
        )
        [row] = open_work_by_provider([area.icb.pk], today=TODAY)
        assert (row.open, row.with_service, row.overdue, row.due_soon) == (6, 5, 2, 2)

    def test_accepted_and_cancelled_advice_is_not_open(self, area):
        open_assignment(area.salt, due=TODAY, la=area.la, status=AssignmentStatus.ACCEPTED)
        open_assignment(area.ot, due=TODAY, la=area.la, status=AssignmentStatus.CANCELLED)
        assert open_work_by_provider([area.icb.pk], today=TODAY) == []


class TestOpenRequests:
    def test_open_requests_are_counted_by_status_with_zeros(self, area):
        AdviceRequestFactory.create_batch(2, child__local_authority=area.la)
        AdviceRequestFactory(child__local_authority=area.la, status=RequestStatus.READY)
        AdviceRequestFactory(child__local_authority=area.la, status=RequestStatus.RETURNED)
        counts = {row.status: row.count for row in open_requests_by_status([area.icb.pk])}
        assert counts == {"new": 2, "routed": 0, "ready": 1}

    def test_the_oldest_open_requests_come_first_and_only_ten(self, area):
        for day in range(12, 0, -1):
            AdviceRequestFactory(
                child__local_authority=area.la,
                health_received_on=datetime.date(2026, 1, day),
            )
        AdviceRequestFactory(
            child__local_authority=area.la,
            status=RequestStatus.RETURNED,
            health_received_on=datetime.date(2025, 1, 1),
        )
        oldest = oldest_open_requests([area.icb.pk], today=TODAY)
        assert len(oldest) == 10
        assert oldest[0].received_on == datetime.date(2026, 1, 1)
        assert oldest[0].days_open == 60
        assert oldest[0].reference.startswith("AR-")
        assert oldest[0].local_authority == "Northshire Council"


class TestDashboardFigures:
    def test_it_returns_everything_the_page_shows(
        self, area, three_on_time_one_late_one_late_with_exception
    ):
        open_assignment(area.camhs, due=TODAY - datetime.timedelta(days=1), la=area.other_la)
        figures = dashboard_figures([area.icb.pk], START, END, today=TODAY)
        assert figures.timeliness.total.completed == 5
        assert figures.open_requests_total == 1
        assert figures.open_work_total.overdue == 1
        assert [r.local_authority for r in figures.oldest_requests] == ["Southborough Council"]

    def test_it_takes_any_iterable_of_ids_and_no_ids_means_no_figures(self, area):
        completed(area.salt, on=DUE, la=area.la)
        assert dashboard_figures(iter([area.icb.pk]), START, END).timeliness.total.completed == 1
        assert dashboard_figures([], START, END).timeliness.total.completed == 0

    def test_the_number_of_queries_does_not_grow_with_the_rows(
        self, area, django_assert_num_queries
    ):
        def add(count):
            for _ in range(count):
                completed(area.salt, on=DUE, la=area.la)
                open_assignment(area.camhs, due=TODAY, la=area.other_la)

        add(3)
        with django_assert_num_queries(6):
            dashboard_figures([area.icb.pk], START, END, today=TODAY)
        add(27)
        with django_assert_num_queries(6):
            dashboard_figures([area.icb.pk], START, END, today=TODAY)
