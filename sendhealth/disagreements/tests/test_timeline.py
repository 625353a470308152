"""Disagreements on a child's timeline."""

from datetime import date

from sendhealth.children.tests.factories import ChildFactory
from sendhealth.core.scoping import Scope
from sendhealth.disagreements.tests.factories import DisagreementFactory
from sendhealth.disagreements.timeline import entries_for_child


def test_registration_and_outcome_for_those_who_may_see_them(area, django_assert_num_queries):
    child = ChildFactory(local_authority=area.la)
    d = DisagreementFactory(child=child, outcome="dismissed", outcome_on=date(2026, 6, 1))
    scope = Scope.for_user(area.la_user)
    with django_assert_num_queries(1):
        entries = list(entries_for_child(scope, child))
    assert [e.on for e in entries] == [d.registered_on, date(2026, 6, 1)]
    assert entries[0].href == f"/disagreements/{d.pk}/"
    assert entries[1].title.startswith("SEND Tribunal appeal outcome: Dismissed")
    assert list(entries_for_child(Scope.for_user(area.provider_user), child)) == []


def test_the_childs_page_shows_the_disagreement(area, client_for):
    child = ChildFactory(local_authority=area.la)
    d = DisagreementFactory(child=child)
    body = client_for(area.dco).get(f"/children/{child.pk}/").content.decode()
    assert f"SEND Tribunal appeal registered ({d.reference})" in body
    assert f'href="/disagreements/{d.pk}/"' in body
