import datetime
from decimal import Decimal

import factory

from sendhealth.children.tests.factories import ChildFactory
from sendhealth.panels.models import Package, PackageKind, Panel, PanelCase, PanelType


class PanelFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Panel

    icb = factory.SubFactory("sendhealth.organisations.tests.factories.IcbFactory")
    held_on = datetime.date(2026, 2, 10)
    panel_type = PanelType.FUNDING


class PanelCaseFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = PanelCase

    panel = factory.SubFactory(PanelFactory)
    child = factory.SubFactory(ChildFactory)
    local_authority = factory.SelfAttribute("child.local_authority")
    question = "Should health fund a share of the residential placement?"


class PackageFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Package

    child = factory.SubFactory(ChildFactory)
    local_authority = factory.SelfAttribute("child.local_authority")
    icb = factory.SelfAttribute("child.local_authority.parent")
    kind = PackageKind.JOINT_PLACEMENT
    description = "Residential placement with waking night support."
    starts_on = datetime.date(2026, 1, 5)
    review_on = datetime.date(2027, 1, 5)
    cost_per_year = Decimal("40000.00")
    health_amount = Decimal("10000.00")
    education_amount = Decimal("20000.00")
    social_care_amount = Decimal("10000.00")
