"""Preparing for adulthood's probes for ``manage.py bench`` (found through ``core.plugins``)."""

from django.urls import reverse

PROBES = [
    ("Preparing for adulthood queue", "dco", lambda: reverse("transitions:queue")),
    ("EHC plans", "dco", lambda: reverse("transitions:plans")),
]
