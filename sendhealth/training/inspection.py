"""The training register's part of the inspection pack (see ``core.plugins``): every session of
the last year with its attendance, and the training needs, as one XLSX; no one is named."""

from __future__ import annotations

from datetime import timedelta

from django.db.models import Sum
from django.utils import timezone

from sendhealth.core.exports import xlsx_bytes
from sendhealth.training.models import Attendance, TrainingNeed, TrainingSession


def training_workbook(scope, inspection) -> list[tuple[str, bytes]]:
    end = timezone.localdate()
    start = end - timedelta(days=365)
    sessions = (
        TrainingSession.objects.filter(
            icb_id=inspection.icb_id, delivered_on__gte=start, delivered_on__lte=end
        )
        .annotate(people=Sum("attendance__attendees"))
        .order_by("delivered_on", "pk")
    )
    session_rows = [
        [
            s.reference,
            s.get_topic_display(),
            s.title,
            s.delivered_on,
            s.delivered_by,
            s.people or 0,
            s.evaluations,
            float(s.average_score) if s.average_score is not None else None,
        ]
        for s in sessions
    ]
    attendance_rows = [
        [a.session.reference, a.organisation.name, a.get_role_display(), a.attendees]
        for a in Attendance.objects.filter(session__in=sessions)
        .select_related("session", "organisation")
        .order_by("session__delivered_on", "organisation__name")
    ]
    need_rows = [
        [
            n.organisation.name,
            n.get_topic_display(),
            n.get_role_display(),
            n.description,
            n.identified_on,
            n.get_status_display(),
        ]
        for n in TrainingNeed.objects.filter(icb_id=inspection.icb_id).select_related(
            "organisation"
        )
    ]
    content = xlsx_bytes(
        [
            (
                "Sessions",
                [
                    "Reference",
                    "Topic",
                    "Title",
                    "Date",
                    "Delivered by",
                    "Attendees",
                    "Evaluations",
                    "Average score (1 to 5)",
                ],
                session_rows,
            ),
            (
                "Attendance",
                ["Session", "Organisation", "Role", "Attendees"],
                attendance_rows,
            ),
            (
                "Needs",
                ["Organisation", "Topic", "Who needs it", "What is needed", "Identified", "Status"],
                need_rows,
            ),
        ]
    )
    return [("training/training-last-12-months.xlsx", content)]


PACK_PARTS = [training_workbook]
