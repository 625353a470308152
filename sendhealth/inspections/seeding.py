"""Synthetic inspections for the demo and the benchmark (see ``core.seeding``): one monitoring
inspection a year and a half ago, with no pack kept. The demo's journey notifies a new one."""

from __future__ import annotations

from datetime import timedelta

from sendhealth.core.seeding import SeededArea
from sendhealth.inspections.models import Inspection, InspectionKind, InspectionPack


def seed(area: SeededArea) -> None:
    notified = area.today - timedelta(days=540)
    Inspection.objects.create(
        icb=area.icb,
        kind=InspectionKind.MONITORING,
        notified_on=notified,
        starts_on=notified + timedelta(days=5),
        ends_on=notified + timedelta(days=9),
        notes="Monitoring inspection of the written statement of action.",
        created_by_id=area.users.get("dco"),
    )


def wipe(icb) -> None:
    for pack in InspectionPack.objects.filter(inspection__icb=icb).exclude(file=""):
        pack.file.delete(save=False)
    InspectionPack.objects.filter(inspection__icb=icb).delete()
    Inspection.objects.filter(icb=icb).delete()
