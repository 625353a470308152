"""``core.worklist.most_urgent``: the few shown and the count, bounded (the few picked by id in
a limited subquery, then joined) or not, are the same."""

import pytest

from sendhealth.children.models import Child
from sendhealth.children.tests.factories import ChildFactory
from sendhealth.core.worklist import most_urgent


@pytest.mark.parametrize("limit", [1, 3, 5, 7, 10])
def test_bounded_gives_the_same_rows_in_the_same_order_and_count(area, limit):
    for name in ["Smith", "Jones", "Smith", "Ahmed", "Brown", "Jones", "Zhang"]:
        ChildFactory(local_authority=area.la, family_name=name)
    found = (
        Child.objects.filter(local_authority=area.la)
        .select_related("local_authority")
        .order_by("family_name", "-pk")
    )
    plain, count = most_urgent(found, limit)
    bounded, bounded_count = most_urgent(found, limit, bounded=True)
    assert [c.pk for c in bounded] == [c.pk for c in plain]
    assert [c.pk for c in plain] == [c.pk for c in found][:limit]
    assert bounded_count == count == found.count()
    assert all(c.local_authority.name for c in bounded)


def test_nothing_found(area):
    found = Child.objects.filter(local_authority=area.la).select_related("local_authority")
    assert most_urgent(found.order_by("pk"), 5, bounded=True) == ([], 0)
