from datetime import date

from sendhealth.inspections.domain import AdviceLine, advice_timeliness, audit_grade

TODAY = date(2026, 6, 1)


def line(status, due, completed=None, service="SALT"):
    return AdviceLine(service, status, due, completed)


def test_advice_on_or_before_its_due_date_is_on_time():
    assert advice_timeliness([line("accepted", date(2026, 3, 1), date(2026, 3, 1))], TODAY) == (
        "On time"
    )


def test_late_advice_counts_the_late_services_of_the_latest_request():
    lines = [
        line("accepted", date(2026, 3, 1), date(2026, 3, 5)),
        line("accepted", date(2026, 3, 1), date(2026, 2, 20), "OT"),
        line("accepted", date(2025, 1, 1), date(2025, 5, 1), "CAMHS"),  # an older request
    ]
    assert advice_timeliness(lines, TODAY) == "Late (1 of 2 services)"


def test_advice_still_awaited_is_overdue_or_due():
    assert advice_timeliness([line("awaiting", date(2026, 5, 1))], TODAY) == "Overdue"
    assert advice_timeliness([line("returned", date(2026, 6, 20))], TODAY) == (
        "With the service, due 20 June 2026"
    )


def test_no_request_and_cancelled_lines():
    assert advice_timeliness([], TODAY) == "No request for health advice"
    assert advice_timeliness([line("cancelled", date(2026, 3, 1))], TODAY) == (
        "No request for health advice"
    )


def test_audit_grade_is_a_percentage_of_the_points():
    assert audit_grade(3, 4) == 75
    assert audit_grade(None, 4) == 0
    assert audit_grade(3, 0) is None
