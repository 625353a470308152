"""Shared helpers for the register's tests."""

from datetime import date
from unittest.mock import patch

from django.utils import timezone


def on(day: date):
    """Run as if today were ``day``."""
    real = timezone.localdate

    def fake(value=None, timezone=None):
        return day if value is None else real(value, timezone)

    return patch("django.utils.timezone.localdate", side_effect=fake)


def date_post(name: str, value: date | None) -> dict[str, str]:
    if value is None:
        return {f"{name}_day": "", f"{name}_month": "", f"{name}_year": ""}
    return {
        f"{name}_day": str(value.day),
        f"{name}_month": str(value.month),
        f"{name}_year": str(value.year),
    }
