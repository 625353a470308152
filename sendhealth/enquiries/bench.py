"""The enquiries log's probe for ``manage.py bench`` (found through ``core.plugins``)."""

from django.urls import reverse

PROBES = [("Enquiries", "dco", lambda: reverse("enquiries:list"))]
