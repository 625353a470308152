"""The policy list's filters as queryset conditions (``domain`` says what they mean)."""

from __future__ import annotations

from datetime import date, timedelta

from django.db.models import Q

from sendhealth.policies.domain import REMIND_DAYS_BEFORE


def current_q(today: date) -> Q:
    return Q(retired_on__isnull=True) | Q(retired_on__gt=today)


def overdue_q(today: date) -> Q:
    return current_q(today) & Q(review_due_on__lt=today)


def due_soon_q(today: date) -> Q:
    return current_q(today) & Q(
        review_due_on__gte=today, review_due_on__lte=today + timedelta(days=REMIND_DAYS_BEFORE)
    )
