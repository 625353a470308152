import datetime
from importlib import import_module

import factory
from django.apps import apps

from sendhealth.assurance.models import (
    Audit,
    AuditItem,
    AuditRound,
    AuditTool,
    EhcPlanSections,
    ToolKind,
)
from sendhealth.children.tests.factories import ChildFactory


def ensure_shipped_tools() -> None:
    """The data migration's tools, again if a transactional test has flushed them."""
    if not AuditTool.objects.exists():
        import_module("sendhealth.assurance.migrations.0002_shipped_tools").ship_tools(apps, None)


def shipped_version(kind: str = ToolKind.PLAN):
    ensure_shipped_tools()
    return AuditTool.objects.filter(kind=kind).order_by("pk").first().current_version()


class EhcPlanSectionsFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = EhcPlanSections

    child = factory.SubFactory(ChildFactory)
    local_authority = factory.SelfAttribute("child.local_authority")
    icb = factory.SelfAttribute("child.local_authority.parent")
    finalised_on = datetime.date(2026, 3, 2)
    need_type = factory.SelfAttribute("child.primary_need")
    section_c = "Difficulty understanding spoken language in class."
    section_e = "By July 2027 I will follow two-step instructions in class."
    section_g = "Access to speech and language therapy as required."


class AuditRoundFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = AuditRound

    name = "Plans audit, spring 2026"
    kind = ToolKind.PLAN
    tool_version = factory.LazyAttribute(lambda o: shipped_version(o.kind))
    period_start = datetime.date(2026, 1, 1)
    period_end = datetime.date(2026, 3, 31)
    sample_percent = 10
    seed = 42


class AuditItemFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = AuditItem

    plan = factory.SubFactory(EhcPlanSectionsFactory)
    round = factory.SubFactory(AuditRoundFactory, icb=factory.SelfAttribute("..plan.icb"))
    child = factory.SelfAttribute("plan.child")
    icb = factory.SelfAttribute("plan.icb")
    local_authority = factory.SelfAttribute("plan.local_authority")
    need_type = factory.SelfAttribute("plan.need_type")


class AuditFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Audit

    item = factory.SubFactory(AuditItemFactory)
