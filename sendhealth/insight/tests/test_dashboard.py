"""The dashboard page: who sees it, the filters, and that it never shows a child."""

import datetime
from unittest import mock

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from sendhealth.advice import services
from sendhealth.advice.models import AssignmentStatus, RequestStatus
from sendhealth.advice.tests.factories import AdviceAssignmentFactory, AdviceRequestFactory
from sendhealth.core.audit import Auditor
from sendhealth.core.models import AuditLog
from sendhealth.organisations.tests.factories import LocalAuthorityFactory
from sendhealth.rules import health_advice_due

URL = "/insight/"
TODAY = datetime.date(2026, 3, 2)
RECEIVED = datetime.date(2026, 1, 5)
DUE = health_advice_due(RECEIVED)


@pytest.fixture(autouse=True)
def _today():
    with mock.patch("django.utils.timezone.localdate", return_value=TODAY):
        yield


def completed(area, service, *, on, exception=False, la=None):
    return AdviceAssignmentFactory(
        request__child__local_authority=la or area.la,
        request__child__given_name="Zephyrine",
        request__child__family_name="Quillfeather",
        request__status=RequestStatus.RETURNED,
        service=service,
        received_on=RECEIVED,
        status=AssignmentStatus.ACCEPTED,
        completed_on=on,
        has_exception=exception,
    )


@pytest.fixture
def known_figures(area):
    """3 on time, 1 late, 1 late with an exception: 60% including, 75% excluding."""
    for _ in range(3):
        completed(area, area.salt, on=DUE)
    completed(area, area.salt, on=DUE + datetime.timedelta(days=1))
    completed(area, area.salt, on=DUE + datetime.timedelta(days=5), exception=True)
    return AdviceRequestFactory(
        child__local_authority=area.la,
        child__given_name="Zephyrine",
        child__family_name="Quillfeather",
        health_received_on=datetime.date(2026, 1, 12),
    )


class TestWhoMaySeeTheDashboard:
    @pytest.mark.parametrize("role", ["dco", "dco_team", "board"])
    def test_the_dco_team_and_board_viewers_see_it(self, area, client_for, role):
        response = client_for(getattr(area, role)).get(URL)
        assert response.status_code == 200
        assert b"Health advice dashboard" in response.content

    @pytest.mark.parametrize(
        "role", ["la_user", "provider_user", "salt_user", "sysadmin", "nobody"]
    )
    def test_other_roles_are_refused(self, area, client_for, role):
        assert client_for(getattr(area, role)).get(URL).status_code == 403

    def test_a_dco_of_another_icb_sees_none_of_this_areas_figures(
        self, area, client_for, known_figures
    ):
        content = client_for(area.outsider_dco).get(URL).content.decode()
        assert "No advice was completed in this period" in content
        assert known_figures.reference not in content
        assert "Northshire Council" not in content


class TestTheFigures:
    def test_the_page_shows_rates_with_and_without_exceptions(
        self, area, client_for, known_figures
    ):
        content = client_for(area.dco).get(URL).content.decode()
        assert "5 completed: 3 on time, 1 late, 1 late with an exception" in content
        assert "60%" in content
        assert "75%" in content
        assert 'width="60"' in content  # the bar for 60%

    def test_advice_within_6_weeks_of_routing_but_after_the_statutory_date_counts_as_late(
        self, area, client_for
    ):
        """Health received it on 2 December 2025 (due 13 January 2026, reg 8(1)); the DCO routed
        it on 6 December and the advice came on 16 January: within 6 weeks of routing, late in
        law."""
        request = AdviceRequestFactory(
            child__local_authority=area.la,
            la_received_on=datetime.date(2025, 11, 20),
            health_received_on=datetime.date(2025, 12, 2),
        )
        (part,) = services.route(
            request,
            services=[area.salt],
            received_on=datetime.date(2025, 12, 6),
            auditor=Auditor(user=area.dco),
        )
        part.status = AssignmentStatus.ACCEPTED
        part.completed_on = datetime.date(2026, 1, 16)
        part.save(update_fields=["status", "completed_on"])  # kept as the review's save is
        content = client_for(area.dco).get(URL).content.decode()
        assert "1 completed: 0 on time, 1 late, 0 late with an exception" in content

    def test_the_oldest_open_request_is_listed_with_a_link_for_the_dco(
        self, area, client_for, known_figures
    ):
        content = client_for(area.dco).get(URL).content.decode()
        assert (
            f'<a href="/advice/requests/{known_figures.pk}/">{known_figures.reference}</a>'
            in content
        )
        assert "Days open </span>49" in content  # since 12 January 2026

    def test_board_viewer_sees_the_figures_but_no_child_and_no_links_to_records(
        self, area, client_for, known_figures
    ):
        content = client_for(area.board).get(URL).content.decode()
        # 3 on time, 1 late and 1 late with an exception: counts from 1 to 4, so the board
        # sees "fewer than 5" and not the percentages they would give away (issue 12.5).
        assert "5 completed: fewer than 5 on time, fewer than 5 late" in content
        assert "60%" not in content and "not shown (small numbers)" in content
        assert known_figures.reference in content
        assert "Zephyrine" not in content and "Quillfeather" not in content
        assert known_figures.child.nhs_number not in content
        assert "/advice/requests/" not in content
        assert "/children/" not in content

    def test_reading_the_dashboard_writes_no_audit_entry_about_a_child(
        self, area, client_for, known_figures
    ):
        client_for(area.board).get(URL)
        assert not AuditLog.objects.exists()

    def test_the_query_count_does_not_grow_with_the_rows(
        self, area, client_for, django_assert_max_num_queries
    ):
        client = client_for(area.dco)
        for _ in range(3):
            completed(area, area.salt, on=DUE)
        client.get(URL)
        with django_assert_max_num_queries(14) as few:
            client.get(URL)
        for _ in range(27):
            completed(area, area.camhs, on=DUE, la=area.other_la)
            AdviceRequestFactory(child__local_authority=area.other_la)
        with django_assert_max_num_queries(len(few.captured_queries)):
            client.get(URL)

    def test_the_query_count_does_not_grow_with_the_days_and_months_of_completions(
        self, area, client_for, django_assert_num_queries
    ):
        """Timeliness reads the kept summary: its rows grow with the days advice was completed
        on, its queries do not (the default period, the last 12 months, has whole months and
        days at either end)."""
        client = client_for(area.dco)
        completed(area, area.salt, on=TODAY - datetime.timedelta(days=40))
        client.get(URL)
        with CaptureQueriesContext(connection) as few:
            client.get(URL)
        for n in range(24):
            on = TODAY - datetime.timedelta(days=3 + 15 * n)  # the last 12 months and before
            completed(
                area, (area.salt, area.camhs)[n % 2], on=on, la=(area.la, area.other_la)[n % 2]
            )
        with django_assert_num_queries(len(few.captured_queries)):
            client.get(URL)
        with django_assert_num_queries(len(few.captured_queries)):
            client.get(URL, {**dated("from", 2025, 6, 17), **dated("to", 2026, 2, 3)})


def dated(name: str, year: int, month: int, day: int) -> dict[str, str]:
    """A date as the NHS.UK date input sends it: day, month and year boxes."""
    return {f"{name}_day": str(day), f"{name}_month": str(month), f"{name}_year": str(year)}


class TestFilters:
    def test_the_dates_are_nhs_date_inputs_not_a_browser_date_picker(self, area, client_for):
        content = client_for(area.dco).get(URL).content.decode()
        assert 'type="date"' not in content
        for name in ("from", "to"):
            for part in ("day", "month", "year"):
                assert f'name="{name}_{part}"' in content
        assert content.count("nhsuk-date-input") >= 2

    def test_the_default_period_is_the_last_12_months(self, area, client_for):
        content = client_for(area.dco).get(URL).content.decode()
        assert "Last 12 months: 3 March 2025 to 2 March 2026" in content

    def test_a_preset_period_can_be_chosen(self, area, client_for, known_figures):
        content = client_for(area.dco).get(URL, {"period": "last_quarter"}).content.decode()
        assert "Last quarter: 1 October 2025 to 31 December 2025" in content
        assert "No advice was completed in this period" in content

    def test_custom_dates_take_the_place_of_the_preset(self, area, client_for, known_figures):
        query = {"period": "last_quarter", **dated("from", 2026, 2, 16), **dated("to", 2026, 2, 16)}
        content = client_for(area.dco).get(URL, query).content.decode()
        assert "Custom dates: 16 February 2026 to 16 February 2026" in content
        assert "3 completed: 3 on time, 0 late" in content

    def test_a_date_that_is_not_real_is_explained_and_the_default_shown(self, area, client_for):
        response = client_for(area.dco).get(URL, dated("from", 2026, 2, 30))
        content = response.content.decode()
        # The page never asks for the ISO form (it said "for example 2026-01-31" to users).
        assert "Start date must be a real date" in content and "2026-01-31" not in content
        # The error summary links to the day box, and the boxes keep what was typed.
        assert 'href="#id_from_day"' in content and 'value="30"' in content
        assert "<title>Error: " in content
        assert "Last 12 months: 3 March 2025 to 2 March 2026" in content

    def test_an_end_before_the_start_is_explained(self, area, client_for):
        content = (
            client_for(area.dco)
            .get(URL, {**dated("from", 2026, 2, 1), **dated("to", 2026, 1, 1)})
            .content.decode()
        )
        assert "The end date must be the same as or after the start date" in content

    def test_a_local_authority_filter_limits_the_figures(self, area, client_for, known_figures):
        completed(area, area.camhs, on=DUE, la=area.other_la)
        content = client_for(area.dco).get(URL, {"la": area.other_la.pk}).content.decode()
        assert "1 completed: 1 on time" in content
        assert "to 2 March 2026. Southborough Council</span>" in content

    def test_an_la_outside_the_users_icb_cannot_be_chosen(self, area, client_for):
        elsewhere = LocalAuthorityFactory(name="Faraway Council")
        content = client_for(area.dco).get(URL, {"la": elsewhere.pk}).content.decode()
        assert "Select a local authority from the list" in content
        assert "Faraway Council" not in content

    def test_the_csv_link_keeps_the_filters(self, area, client_for, known_figures):
        query = {"period": "this_quarter", "la": area.la.pk}
        content = client_for(area.dco).get(URL, query).content.decode()
        assert f'href="/insight/timeliness.csv?period=this_quarter&amp;la={area.la.pk}"' in content


def test_the_board_sees_no_count_from_1_to_4_and_the_dco_sees_them_all(
    area, client_for, known_figures
):
    board = client_for(area.board)
    page = board.get(URL).content.decode()
    assert "fewer than 5" in page
    csv_text = board.get(URL + "timeliness.csv").content.decode()
    for line in csv_text.splitlines()[1:]:
        cells = line.split(",")
        assert not any(cell in {"1", "2", "3", "4"} for cell in cells[3:7]), line
    dco = client_for(area.dco).get(URL).content.decode()
    assert "fewer than 5" not in dco and "60%" in dco
