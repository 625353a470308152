from datetime import date
from unittest.mock import patch

import pytest
from django.utils import timezone

from sendhealth.children.tests.factories import ChildFactory
from sendhealth.transitions.tests.factories import EhcPlanFactory

TODAY = date(2026, 2, 16)


def on(day: date):
    """Run as if today were ``day``."""
    real = timezone.localdate

    def fake(value=None, timezone=None):
        return day if value is None else real(value, timezone)

    return patch("django.utils.timezone.localdate", side_effect=fake)


@pytest.fixture
def today():
    with on(TODAY):
        yield TODAY


@pytest.fixture
def young_person(area):
    """In year 11 on 16 February 2026: 16 on 1 October 2025, 18 on 1 October 2027."""
    child = ChildFactory(
        local_authority=area.la,
        given_name="Ada",
        family_name="Testperson",
        nhs_number="9434765919",
        date_of_birth=date(2009, 10, 1),
    )
    return EhcPlanFactory(
        child=child, issued_on=date(2020, 3, 2), last_reviewed_on=date(2025, 11, 3)
    )
