"""Panels' probes for ``manage.py bench`` (found through ``core.plugins``)."""

from django.urls import reverse

PROBES = [
    ("Panels", "dco", lambda: reverse("panels:list")),
    ("Packages", "dco", lambda: reverse("panels:packages")),
]
