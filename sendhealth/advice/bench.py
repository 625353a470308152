"""Advice's probes for ``manage.py bench`` (found through ``core.plugins``): the DCO's queue
(its default tab and the overdue one), a provider's work tray and the API's lists."""

from django.urls import reverse

PROBES = [
    ("DCO queue", "dco", lambda: reverse("advice:queue")),
    ("DCO queue, overdue", "dco", lambda: reverse("advice:queue") + "?view=overdue"),
    ("Provider work tray", "provider.community", lambda: reverse("advice:tray")),
    ("API: assignments", "dco", "/api/assignments"),
    ("API: advice requests", "dco", "/api/advice-requests"),
]
