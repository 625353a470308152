"""Waiting times as the DCO team and the board see them: bands, over target, the form and the
CSV import, which writes every row or none."""

from datetime import date
from decimal import Decimal

from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from hypothesis import given
from hypothesis import strategies as st

from sendhealth.waitingtimes import domain
from sendhealth.waitingtimes.models import ServicePosition
from sendhealth.waitingtimes.tests.factories import ServicePositionFactory

HEADER = ",".join(domain.CSV_HEADERS)


def _row(code, service, month="2026-01", total=10, bands=(1, 1, 2, 4, 1, 1, 0)):
    return ",".join(
        [month, code, service, *map(str, bands), str(total), "30", "200", "6.5", "15.0", "18"]
    )


@given(st.integers(0, 5000))
def test_every_wait_falls_in_exactly_one_band_of_the_publication(days):
    band = domain.band_for_days(days)
    assert band.first_day <= days and (band.last_day is None or days <= band.last_day)


def test_the_band_edges_are_those_of_the_publication():
    assert domain.band_for_days(7).label == "0 to 1 weeks"
    assert domain.band_for_days(8).label == "1 to 2 weeks"
    assert domain.band_for_days(364).label == "18 to 52 weeks"
    assert domain.band_for_days(365).label == "Over 52 weeks"


def test_a_service_is_over_target_when_its_92nd_percentile_wait_is_longer():
    assert domain.over_target(Decimal("18.1"), 18)
    assert not domain.over_target(Decimal("18.0"), 18)


def test_the_board_sees_the_waits_over_target_flagged(area, client_for):
    ServicePositionFactory(service=area.salt, p92_wait_weeks=Decimal("30.0"))
    ServicePositionFactory(service=area.ot)
    page = client_for(area.board).get(reverse("waitingtimes:list")).content.decode()
    assert "Waits over target" in page and "Over target" in page
    assert "<svg" in page and "Figures in this chart" in page


def test_the_dco_team_records_a_month_and_errors_say_what_to_do(area, client_for):
    client = client_for(area.dco_team)
    response = client.post(reverse("waitingtimes:new"), {"service": area.salt.pk})
    page = response.content.decode()
    # The month is asked for as people say it (the form also takes 2026-01), and the page's
    # title says there is an error (the layout read only the views' form_has_errors).
    assert "Enter the month, for example January 2026" in page and "2026-01" not in page
    assert "<title>Error: Record a month" in page
    assert not ServicePosition.objects.exists()
    data = {
        "service": area.salt.pk,
        "month": "February 2026",
        "referrals_received": 30,
        "caseload": 250,
        **dict.fromkeys(domain.BAND_FIELDS, 3),
        "median_wait_weeks": "6.5",
        "p92_wait_weeks": "15",
        "target_weeks": 18,
    }
    assert client.post(reverse("waitingtimes:new"), data).status_code == 302
    position = ServicePosition.objects.get()
    assert position.month == date(2026, 2, 1) and position.waiting_total == 21


def test_a_csv_with_one_bad_row_imports_nothing_and_names_the_row(area, client_for):
    code = area.provider.code
    text = "\n".join([HEADER, _row(code, area.salt.name), _row(code, area.ot.name, total=99)])
    upload = SimpleUploadedFile("w.csv", text.encode(), content_type="text/csv")
    response = client_for(area.dco).post(reverse("waitingtimes:import"), {"file": upload})
    page = response.content.decode()
    assert "Nothing was imported" in page and "Row 3" in page
    assert not ServicePosition.objects.exists()


def test_a_good_csv_imports_every_row(area, client_for):
    code = area.provider.code
    text = "\n".join([HEADER, _row(code, area.salt.name), _row(code, area.ot.name, "2026-02")])
    upload = SimpleUploadedFile("w.csv", text.encode(), content_type="text/csv")
    response = client_for(area.dco).post(reverse("waitingtimes:import"), {"file": upload})
    assert response.status_code == 302
    assert ServicePosition.objects.count() == 2
