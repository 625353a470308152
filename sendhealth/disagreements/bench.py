"""Disagreements' probes for ``manage.py bench`` (found through ``core.plugins``)."""

from django.urls import reverse

PROBES = [
    ("Disagreements", "dco", lambda: reverse("disagreements:list")),
    ("Disagreement figures", "dco", lambda: reverse("disagreements:figures")),
]
