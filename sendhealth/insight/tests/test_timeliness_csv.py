"""The timeliness table as CSV: same permission and filters as the dashboard."""

import csv
import datetime
import io
from unittest import mock

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from sendhealth.advice.models import AssignmentStatus
from sendhealth.advice.tests.factories import AdviceAssignmentFactory
from sendhealth.organisations.tests.factories import ServiceFactory
from sendhealth.rules import health_advice_due

URL = "/insight/timeliness.csv"
TODAY = datetime.date(2026, 3, 2)
DUE = health_advice_due(datetime.date(2026, 1, 5))


@pytest.fixture(autouse=True)
def _today():
    with mock.patch("django.utils.timezone.localdate", return_value=TODAY):
        yield


def completed(service, la, *, on, exception=False):
    return AdviceAssignmentFactory(
        request__child__local_authority=la,
        service=service,
        received_on=datetime.date(2026, 1, 5),
        status=AssignmentStatus.ACCEPTED,
        completed_on=on,
        has_exception=exception,
    )


def rows_of(response) -> list[list[str]]:
    return list(csv.reader(io.StringIO(response.content.decode())))


class TestWhoMayDownload:
    @pytest.mark.parametrize("role", ["dco", "board"])
    def test_dashboard_users_may_download(self, area, client_for, role):
        response = client_for(getattr(area, role)).get(URL)
        assert response.status_code == 200
        assert response["Content-Type"].startswith("text/csv")

    @pytest.mark.parametrize("role", ["la_user", "provider_user", "sysadmin", "nobody"])
    def test_other_roles_are_refused(self, area, client_for, role):
        assert client_for(getattr(area, role)).get(URL).status_code == 403


class TestTheFile:
    def test_it_holds_the_total_each_provider_and_each_service(self, area, client_for):
        for _ in range(3):
            completed(area.salt, area.la, on=DUE)
        completed(area.salt, area.la, on=DUE + datetime.timedelta(days=1))
        completed(area.ot, area.la, on=DUE + datetime.timedelta(days=3), exception=True)
        rows = rows_of(client_for(area.dco).get(URL))
        assert rows[0][0] == "Level"
        assert rows[1] == ["All", "All providers", "", "5", "3", "1", "1", "60", "75"]
        assert rows[2] == [
            "Provider",
            "Testshire Community NHS Trust",
            "",
            "5",
            "3",
            "1",
            "1",
            "60",
            "75",
        ]
        assert rows[3][:4] == ["Service", "Testshire Community NHS Trust", "Children's OT", "1"]
        assert rows[3][-2:] == ["0", ""]

    def test_the_file_is_named_after_the_period(self, area, client_for):
        response = client_for(area.dco).get(URL, {"period": "last_quarter"})
        assert response["Content-Disposition"] == (
            'attachment; filename="advice-timeliness-2025-10-01-to-2025-12-31.csv"'
        )

    def test_the_local_authority_filter_applies(self, area, client_for):
        completed(area.salt, area.la, on=DUE)
        completed(area.camhs, area.other_la, on=DUE)
        rows = rows_of(client_for(area.dco).get(URL, {"la": area.other_la.pk}))
        assert [row[1] for row in rows[1:]] == [
            "All providers",
            "Testshire Mental Health NHS Trust",
            "Testshire Mental Health NHS Trust",
        ]

    def test_a_name_a_spreadsheet_would_run_as_a_formula_is_quoted(self, area, client_for):
        service = ServiceFactory(provider=area.provider, name="=HYPERLINK(1)")
        completed(service, area.la, on=DUE)
        rows = rows_of(client_for(area.dco).get(URL))
        assert "'=HYPERLINK(1)" in [row[2] for row in rows]

    def test_filters_with_errors_send_the_user_to_the_dashboard_to_see_why(self, area, client_for):
        response = client_for(area.dco).get(URL, {"from_day": "x", "from_month": "2"})
        assert response.status_code == 302
        assert response["Location"] == "/insight/?from_day=x&from_month=2"


class TestQueries:
    def test_the_query_count_does_not_grow_with_the_rows(
        self, area, client_for, django_assert_num_queries
    ):
        client = client_for(area.dco)
        completed(area.salt, area.la, on=DUE)
        client.get(URL)
        with CaptureQueriesContext(connection) as few:
            client.get(URL)
        for n in range(20):
            on = TODAY - datetime.timedelta(days=2 + 17 * n)
            completed((area.salt, area.camhs)[n % 2], (area.la, area.other_la)[n % 2], on=on)
        with django_assert_num_queries(len(few.captured_queries)):
            assert len(rows_of(client.get(URL))) > 3
