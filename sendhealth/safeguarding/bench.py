"""Safeguarding's probes for ``manage.py bench`` (found through ``core.plugins``): the list,
and the list searched by the NHS number of the bench area's first child (a POST)."""

from django.urls import reverse

from sendhealth.core import seeding


def _nhs_number() -> dict[str, str]:
    from sendhealth.children.models import Child

    number = (
        Child.objects.filter(local_authority__parent=seeding.area_icb())
        .order_by("pk")
        .values_list("nhs_number", flat=True)
        .first()
    )
    return {"query": number or ""}


PROBES = [
    ("Safeguarding referrals", "dco", lambda: reverse("safeguarding:list")),
    (
        "Safeguarding search by NHS number (POST)",
        "dco",
        lambda: reverse("safeguarding:list"),
        _nhs_number,
    ),
]
