"""Every register's export writes values one way, as a person reads them: NHS numbers 3-3-4,
dates 16/02/2026, date-times in UK local time to the minute; and never runs a formula."""

import csv
import datetime
import io
import zoneinfo

from openpyxl import load_workbook

from sendhealth.core.exports import export_response

HEADERS = ("Reference", "Child NHS number", "Date of referral", "Opened", "Note")
WINTER = datetime.datetime(2026, 2, 16, 14, 5, 59, 123456, tzinfo=datetime.UTC)
SUMMER = datetime.datetime(2026, 7, 1, 8, 30, 12, 5, tzinfo=datetime.UTC)  # 09:30 in the UK
ROWS = [
    ("REF-1", "9991234578", datetime.date(2026, 2, 16), WINTER, "=1+1"),
    ("REF-2", "999 123 4586", datetime.date(2026, 7, 1), SUMMER, ""),
    ("REF-3", "", None, None, "plain"),
]


def _csv(rows=ROWS):
    response = export_response(HEADERS, rows, filename="x", fmt="csv")
    return list(csv.reader(io.StringIO(response.content.decode())))


def test_csv_writes_nhs_numbers_dates_and_uk_times_as_people_read_them():
    header, first, second, third = _csv()
    assert header == list(HEADERS)
    assert first == ["REF-1", "999 123 4578", "16/02/2026", "16/02/2026 14:05", "'=1+1"]
    assert second == ["REF-2", "999 123 4586", "01/07/2026", "01/07/2026 09:30", ""]
    assert third == ["REF-3", "", "", "", "plain"]


def test_a_naive_date_time_is_taken_as_uk_time_already():
    naive = datetime.datetime(2026, 7, 1, 9, 30, 45)
    row = _csv([("R", "", None, naive, "")])[1]
    assert row[3] == "01/07/2026 09:30"


def test_xlsx_holds_real_dates_shown_the_same_way_and_nhs_numbers_3_3_4():
    response = export_response(HEADERS, ROWS, filename="x", fmt="xlsx")
    sheet = load_workbook(io.BytesIO(response.content)).active
    _, nhs, day, opened, note = next(sheet.iter_rows(min_row=2, max_row=2))
    assert nhs.value == "999 123 4578"
    assert day.value.date() == datetime.date(2026, 2, 16) and day.number_format == "dd/mm/yyyy"
    assert opened.value == datetime.datetime(2026, 2, 16, 14, 5)
    assert opened.number_format == "dd/mm/yyyy hh:mm"
    assert note.value == "'=1+1"
    summer = next(sheet.iter_rows(min_row=3, max_row=3))[3].value
    assert summer == SUMMER.astimezone(zoneinfo.ZoneInfo("Europe/London")).replace(
        tzinfo=None, second=0, microsecond=0
    )


def test_every_registers_export_writes_the_nhs_number_3_3_4(area, client_for):
    """The safeguarding and notifications exports used to write the raw 10 digits."""
    from sendhealth.children.tests.factories import ChildFactory
    from sendhealth.safeguarding.tests.factories import SafeguardingReferralFactory

    child = ChildFactory(local_authority=area.la, nhs_number="9991234578")
    SafeguardingReferralFactory(child=child)
    response = client_for(area.dco).get("/safeguarding/export/")
    assert response.status_code == 200, response.status_code
    text = response.content.decode()
    assert "999 123 4578" in text and "9991234578" not in text
