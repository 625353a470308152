"""Section 23 notifications' probes for ``manage.py bench`` (found through ``core.plugins``)."""

from django.urls import reverse

PROBES = [
    ("Section 23 notifications", "dco", lambda: reverse("notifications:list")),
    ("Section 23 by quarter", "dco", lambda: reverse("notifications:quarters")),
    ("Section 23: assessed, not notified", "dco", lambda: reverse("notifications:missed")),
]
