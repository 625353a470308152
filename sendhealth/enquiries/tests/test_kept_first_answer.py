"""The log's median time to a first answer reads the kept ``first_answer_micros``; after any
sequence of enquiries opened, answered, changed, closed and reopened, it is the median worked
out from scratch from the two times of every answered enquiry."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.db import transaction
from django.utils import timezone
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sendhealth.core.audit import Auditor
from sendhealth.core.scoping import Scope
from sendhealth.enquiries import services
from sendhealth.enquiries.domain import describe_duration, median_duration
from sendhealth.enquiries.models import Enquiry, Source, Topic
from sendhealth.enquiries.views import figures

ago = st.integers(0, 60 * 24 * 90)  # minutes before now
changes = st.one_of(
    st.tuples(st.just("open"), ago, st.booleans()),  # True: with the advice given at once
    st.tuples(st.just("answer"), st.integers(0, 99)),
    st.tuples(st.just("close"), st.integers(0, 99)),
    st.tuples(st.just("reopen"), st.integers(0, 99)),
    st.tuples(st.just("backdate"), st.integers(0, 99), ago),
)


def apply(area, change) -> None:
    auditor = Auditor(user=area.dco)
    kind, *args = change
    enquiries = list(Enquiry.objects.order_by("pk"))
    if kind == "open":
        services.open_enquiry(
            icb_id=area.icb.pk,
            auditor=auditor,
            opened_at=timezone.now() - timedelta(minutes=args[0]),
            source=Source.FAMILY,
            topic=Topic.OTHER,
            summary="Asks about a referral.",
            advice_given="Referred to the service." if args[1] else "",
        )
        return
    if not enquiries:
        return
    enquiry = enquiries[args[0] % len(enquiries)]
    if kind == "answer":
        services.update_enquiry(enquiry, auditor=auditor, advice_given="Advice given.")
    elif kind == "close" and enquiry.is_open and enquiry.advice_given.strip():
        services.close_enquiry(enquiry, auditor=auditor)
    elif kind == "reopen" and not enquiry.is_open:
        services.reopen_enquiry(enquiry, auditor=auditor)
    elif kind == "backdate":
        enquiry.opened_at = timezone.now() - timedelta(minutes=args[1])
        enquiry.save(update_fields=["opened_at"])


def median_from_scratch() -> str:
    took = [
        e.first_answered_at - e.opened_at
        for e in Enquiry.objects.all()
        if e.first_answered_at is not None
    ]
    return describe_duration(median_duration(took))


@pytest.mark.django_db
@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.lists(changes, max_size=20))
def test_the_kept_median_equals_the_median_from_scratch(area, sequence):
    with transaction.atomic():
        for change in sequence:
            apply(area, change)
        for e in Enquiry.objects.all():
            expected = (
                None
                if e.first_answered_at is None
                else (e.first_answered_at - e.opened_at) // timedelta(microseconds=1)
            )
            assert e.first_answer_micros == expected
        assert figures(Scope.for_user(area.dco))["median_first_answer"] == median_from_scratch()
        transaction.set_rollback(True)
