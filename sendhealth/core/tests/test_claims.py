"""One worker wins a due row: the second claim on the same read value finds nothing."""

from datetime import date

import pytest

from sendhealth.core.claims import claim
from sendhealth.enquiries.models import Enquiry
from sendhealth.enquiries.tests.factories import EnquiryFactory

pytestmark = pytest.mark.django_db


def test_the_first_claim_wins_and_a_second_on_the_same_read_loses():
    enquiry = EnquiryFactory(reminded_on=None)
    first = Enquiry.objects.get(pk=enquiry.pk)
    second = Enquiry.objects.get(pk=enquiry.pk)
    assert claim(first, "reminded_on", date(2026, 3, 2)) is True
    assert claim(second, "reminded_on", date(2026, 3, 2)) is False
    assert Enquiry.objects.get(pk=enquiry.pk).reminded_on == date(2026, 3, 2)


def test_a_claim_moves_on_from_a_date_as_well_as_from_nothing():
    enquiry = EnquiryFactory(reminded_on=date(2026, 3, 2))
    assert claim(enquiry, "reminded_on", date(2026, 3, 9)) is True
    assert enquiry.reminded_on == date(2026, 3, 9)
    stale = Enquiry.objects.get(pk=enquiry.pk)
    stale.reminded_on = date(2026, 3, 2)
    assert claim(stale, "reminded_on", date(2026, 3, 16)) is False
