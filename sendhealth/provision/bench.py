"""Health provision's probes for ``manage.py bench`` (found through ``core.plugins``): the
DCO's shortfall list and the figures over the bench area's ~750,000 monthly returns, and a
provider's lines."""

from django.urls import reverse

PROBES = [
    ("Provision: shortfalls (DCO)", "dco", lambda: reverse("provision:shortfalls")),
    ("Provision: figures (DCO)", "dco", lambda: reverse("provision:figures")),
    ("Provision: figures (board)", "board", lambda: reverse("provision:figures")),
    ("Provision: lines (provider)", "provider.community", lambda: reverse("provision:list")),
    ("API: provision shortfalls", "dco", "/api/provision/shortfalls"),
]
