"""Scoped lists and counts of plans shared by the pages, the worklists, the figures and the API.
"Due soon", "overdue" and "training in date" are defined here once, on top of ``domain``."""

from __future__ import annotations

from datetime import date, timedelta

from django.conf import settings
from django.db.models import Count, Q, QuerySet

from sendhealth.medicalconditions import domain
from sendhealth.medicalconditions.models import HealthcarePlan


def training_months() -> int:
    """How long staff training stays in date (``settings.IHP_TRAINING_VALID_MONTHS``; not
    confirmed, see ``domain``)."""
    return getattr(settings, "IHP_TRAINING_VALID_MONTHS", domain.TRAINING_VALID_MONTHS)


def plans(scope) -> QuerySet[HealthcarePlan]:
    return scope.healthcare_plans().select_related(
        "child", "setting", "service__provider", "condition_area", "local_authority"
    )


def open_q(today: date) -> Q:
    return Q(ended_on__isnull=True) | Q(ended_on__gt=today)


def overdue_q(today: date) -> Q:
    return open_q(today) & Q(review_due_on__lt=today)


def due_soon_q(today: date) -> Q:
    return (
        open_q(today)
        & Q(review_due_on__gte=today)
        & Q(review_due_on__lte=today + timedelta(days=domain.REVIEW_REMINDER_DAYS_BEFORE))
    )


def training_in_date_q(today: date) -> Q:
    return Q(trained_staff__gt=0, trained_on__gt=domain.in_date_since(today, training_months()))


def training_gap_q(today: date) -> Q:
    """A pupil who may need emergency medication with no trained staff in date."""
    return open_q(today) & Q(emergency_medication=True) & ~training_in_date_q(today)


def training_lapsed_q(today: date) -> Q:
    return (
        open_q(today)
        & Q(trained_staff__gt=0, trained_on__isnull=False)
        & ~training_in_date_q(today)
    )


def setting_counts(found: QuerySet[HealthcarePlan], today: date) -> dict[str, object]:
    """The aggregate counts for settings, one row per setting (``setting_id`` + counts)."""
    live = open_q(today)
    return {
        "plans": Count("pk", filter=live),
        "emergency": Count("pk", filter=live & Q(emergency_medication=True)),
        "due_soon": Count("pk", filter=due_soon_q(today)),
        "overdue": Count("pk", filter=overdue_q(today)),
        "trained_in_date": Count("pk", filter=live & training_in_date_q(today)),
        "training_lapsed": Count("pk", filter=training_lapsed_q(today)),
        "gaps": Count("pk", filter=training_gap_q(today)),
    }


def by_setting(found: QuerySet[HealthcarePlan], today: date):
    """One row per setting with its counts, settings with a training gap first."""
    return (
        found.filter(open_q(today))
        .values("setting_id", "setting__name", "setting__parent__name")
        .annotate(**setting_counts(found, today))
        .order_by("-gaps", "-overdue", "setting__name", "setting_id")
    )
