"""The inspections' probes for ``manage.py bench`` (found through ``core.plugins``): the pack
page the DCO watches while the pack is assembled, its progress fragment, and a deep-dive PDF
of a child of the bench area."""

from django.urls import reverse


def _inspection_path(name: str) -> str:
    from sendhealth.inspections.models import Inspection

    pk = Inspection.objects.order_by("-notified_on", "-pk").values_list("pk", flat=True).first()
    return reverse(name, args=[pk]) if pk else reverse("inspections:list")


def _deep_dive_pdf() -> str:
    from sendhealth.transitions.models import EhcPlan

    child = EhcPlan.objects.order_by("-pk").values_list("child_id", flat=True).first()
    return (
        reverse("inspections:deep_dive_pdf", args=[child]) if child else reverse("inspections:list")
    )


PROBES = [
    ("Inspections: list", "dco", lambda: reverse("inspections:list")),
    ("Inspection: the pack page", "dco", lambda: _inspection_path("inspections:detail")),
    ("Inspection: pack progress", "dco", lambda: _inspection_path("inspections:progress")),
    ("Deep dive: one child's PDF", "dco", _deep_dive_pdf),
]
