"""Panels and packages on the child's page."""

from django.urls import reverse

from sendhealth.children.tests.factories import ChildFactory
from sendhealth.core.scoping import Scope
from sendhealth.panels.tests.factories import PackageFactory, PanelCaseFactory, PanelFactory
from sendhealth.panels.timeline import entries_for_child


def test_the_childs_page_shows_its_panel_cases_and_packages(area, client_for):
    child = ChildFactory(local_authority=area.la)
    panel = PanelFactory(icb=area.icb)
    PanelCaseFactory(panel=panel, child=child)
    package = PackageFactory(child=child)
    body = client_for(area.la_user).get(reverse("children:detail", args=[child.pk]))
    text = body.content.decode()
    assert panel.reference in text
    assert package.reference in text


def test_a_fixed_number_of_queries(area, django_assert_num_queries):
    child = ChildFactory(local_authority=area.la)
    for _ in range(3):
        PanelCaseFactory(panel=PanelFactory(icb=area.icb), child=child)
        PackageFactory(child=child)
    scope = Scope.for_user(area.dco)
    with django_assert_num_queries(2):
        assert len(list(entries_for_child(scope, child))) == 6


def test_nothing_for_a_provider(area):
    child = ChildFactory(local_authority=area.la)
    PackageFactory(child=child)
    assert list(entries_for_child(Scope.for_user(area.provider_user), child)) == []
