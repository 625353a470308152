"""The training register as users see it: the DCO team records a session, who attended and a
need met; figures by topic and organisation (pages, API, the report section); who sees what."""

from datetime import date, timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from sendhealth.core.models import AuditLog
from sendhealth.training import report_sections
from sendhealth.training.models import Attendance, NeedStatus, TrainingSession
from sendhealth.training.tests.factories import (
    AttendanceFactory,
    TrainingNeedFactory,
    TrainingSessionFactory,
)


def _date(prefix: str, day: date) -> dict:
    return {f"{prefix}_day": day.day, f"{prefix}_month": day.month, f"{prefix}_year": day.year}


def test_the_dco_team_records_a_session_its_attendance_and_the_need_it_met(area, client_for):
    client = client_for(area.dco_team)
    today = timezone.localdate()
    response = client.post(
        reverse("training:new"),
        {
            "topic": "advice",
            "title": "Writing clear health advice",
            **_date("delivered_on", today - timedelta(days=3)),
            "delivered_by": "The DCO",
            "evaluations": "12",
            "average_score": "4.5",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    session = TrainingSession.objects.get()
    assert AuditLog.objects.filter(object_type="training.TrainingSession").exists()
    response = client.post(
        reverse("training:attendance", args=[session.pk]),
        {"organisation": area.provider.pk, "role": "clinician", "attendees": "9"},
    )
    assert response.status_code == 302
    assert Attendance.objects.get().attendees == 9
    page = client.get(reverse("training:detail", args=[session.pk])).content.decode()
    assert (
        "Testshire Community NHS Trust" in page and "Attendees by organisation and role: 9" in page
    )

    need = TrainingNeedFactory(icb=area.icb, organisation=area.provider, topic="advice")
    response = client.post(
        reverse("training:need", args=[need.pk]), {"status": "met", "met_by": session.pk}
    )
    assert response.status_code == 302
    need.refresh_from_db()
    assert need.status == NeedStatus.MET and need.met_by == session


def test_a_score_needs_its_evaluations_and_errors_say_what_to_do(area, client_for):
    client = client_for(area.dco)
    response = client.post(
        reverse("training:new"),
        {"topic": "", "title": "", "evaluations": "0", "average_score": "4"},
    )
    page = response.content.decode()
    assert response.status_code == 200
    assert "Select the topic" in page and "Enter the session" in page
    assert "Enter how many evaluations the score comes from" in page
    assert not TrainingSession.objects.exists()


def test_a_provider_sees_only_the_sessions_its_people_attended(area, client_for):
    attended = TrainingSessionFactory(icb=area.icb, title="Attended by the trust")
    AttendanceFactory(session=attended, organisation=area.provider)
    TrainingSessionFactory(icb=area.icb, title="Only the council went")
    client = client_for(area.salt_user)
    page = client.get(reverse("training:list")).content.decode()
    assert "Attended by the trust" in page and "Only the council went" not in page
    assert client.get(reverse("training:new")).status_code == 403


def test_figures_by_topic_and_organisation_for_the_board_and_the_report(area, client_for):
    session = TrainingSessionFactory(icb=area.icb, evaluations=10)
    AttendanceFactory(session=session, organisation=area.provider, attendees=7)
    AttendanceFactory(session=session, organisation=area.la, role="caseworker", attendees=5)
    board = client_for(area.board)
    page = board.get(reverse("training:figures")).content.decode()
    assert "Writing health advice for EHC needs assessments" in page
    assert "Northshire Council" in page
    assert board.get(reverse("training:list")).status_code == 403
    api = board.get("/api/training/figures").json()
    # One session: fewer than 5, so null for the board, with its row's complement and score.
    assert api["small_numbers_suppressed"] is True
    assert api["sessions"] is None and api["attendees"] is None and api["average_score"] is None
    api = client_for(area.dco).get("/api/training/figures").json()
    assert api["sessions"] == 1 and api["attendees"] == 12 and api["average_score"] == 4.2
    assert api["small_numbers_suppressed"] is False
    assert api["by_organisation"][0]["attendees"] in (5, 7)
    today = timezone.localdate()
    (section,) = report_sections.sections(area.icb, None, today - timedelta(days=90), today)
    assert section.key == "training"
    assert {f.key: f.value for f in section.figures}["training_attendees"] == 12
    by_la = report_sections.sections(area.icb, area.la, today - timedelta(days=90), today)[0]
    assert [row[0] for row in by_la.tables[1].rows] == ["Northshire Council"]


@pytest.mark.parametrize("sessions", [2, 25])
def test_the_list_query_count_does_not_grow_with_sessions(
    area, client_for, django_assert_max_num_queries, sessions
):
    for _ in range(sessions):
        AttendanceFactory(session=TrainingSessionFactory(icb=area.icb), organisation=area.la)
    client = client_for(area.dco)
    client.get(reverse("training:list"))
    with django_assert_max_num_queries(14):
        assert client.get(reverse("training:list")).status_code == 200


def test_the_boards_training_figures_hide_small_numbers_and_the_dcos_do_not(area, client_for):
    """Issue 12.5: one advice session with 3 attendees reads "fewer than 5" for the board, its
    score is not shown, and a complement in each line keeps it from being worked out from
    the year's totals; the DCO sees every number."""
    from sendhealth.core.tests.figures import assert_safe_for_a_board, summary, table

    advice = TrainingSessionFactory(icb=area.icb, topic="advice", average_score="3.10")
    AttendanceFactory(session=advice, organisation=area.la, role="caseworker", attendees=3)
    for _ in range(6):
        session = TrainingSessionFactory(icb=area.icb, topic="outcomes")
        AttendanceFactory(session=session, organisation=area.provider, attendees=8)
    board = client_for(area.board).get(reverse("training:figures")).content.decode()
    topics = table(board, "Training by topic")
    advice_row = next(r for r in topics if r[0].startswith("Writing health advice"))
    assert advice_row[1:4] == ["fewer than 5", "fewer than 5", "not shown (small numbers)"]
    assert "3.1" not in board
    assert_safe_for_a_board(topics[1:], [1, 2])
    organisations = table(board, "Training by organisation")
    assert_safe_for_a_board(organisations[1:], [1, 2])
    totals = summary(board)
    assert totals["Sessions"] == "7" and totals["Attendees"] == "51"  # the totals, shown
    dco = client_for(area.dco).get(reverse("training:figures")).content.decode()
    advice_row = next(
        r for r in table(dco, "Training by topic") if r[0].startswith("Writing health advice")
    )
    assert advice_row[1:4] == ["1", "3", "3.1"] and "fewer than 5" not in dco
