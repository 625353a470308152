"""A measure that counts (health advice overdue now) as a board viewer and the DCO see it
(issue 12.5): a count from 1 to 4 reads "fewer than 5" for the board; the DCO sees it."""

from __future__ import annotations

from datetime import timedelta

from django.urls import reverse
from django.utils import timezone

from sendhealth.advice.models import AssignmentStatus
from sendhealth.advice.tests.factories import AdviceAssignmentFactory
from sendhealth.children.tests.factories import ChildFactory
from sendhealth.improvement.models import Direction, Measure


def test_a_small_count_measure_reads_fewer_than_5_for_the_board(area, client_for):
    for _ in range(3):
        AdviceAssignmentFactory(
            request__child=ChildFactory(local_authority=area.la),
            service=area.salt,
            status=AssignmentStatus.AWAITING,
            due_on=timezone.localdate() - timedelta(days=3),
        )
    Measure.objects.create(
        icb=area.icb,
        figure="advice_overdue",
        name="Advice overdue",
        target=0,
        direction=Direction.LOWER,
    )
    board = client_for(area.board).get(reverse("improvement:measures")).content.decode()
    assert "fewer than 5" in board
    dco = client_for(area.dco).get(reverse("improvement:measures")).content.decode()
    assert "fewer than 5" not in dco and ">3<" in dco
