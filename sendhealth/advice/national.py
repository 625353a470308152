"""Advice's part of the national load (``manage.py bench_national``, found through
``core.plugins``; see ``core.national``): the tables each copied ICB holds, parents first, the
pages timed besides ``manage.py bench``'s, the kept summary worked out after the copy, and what
the load's report counts."""

from django.urls import reverse

from sendhealth.advice.models import (
    AdviceAssignment,
    AdviceEvent,
    AdviceException,
    AdviceRequest,
    AdviceSubmission,
    ProvisionItem,
)
from sendhealth.core.national import FOR_COPIED_CHILDREN, CopiedTable

COPIED = [
    CopiedTable(AdviceRequest, FOR_COPIED_CHILDREN),
    CopiedTable(AdviceAssignment, "x.request_id IN (SELECT id FROM national_advicerequest)"),
    CopiedTable(AdviceSubmission, "x.assignment_id IN (SELECT id FROM national_adviceassignment)"),
    CopiedTable(ProvisionItem, "x.submission_id IN (SELECT id FROM national_advicesubmission)"),
    CopiedTable(AdviceException, "x.assignment_id IN (SELECT id FROM national_adviceassignment)"),
    CopiedTable(AdviceEvent, "x.request_id IN (SELECT id FROM national_advicerequest)"),
]

# The local authority's and a provider's own lists (the DCO's are ``bench.PROBES``).
PROBES = [
    ("LA: advice requests", "la.north", lambda: reverse("advice:la_requests")),
    ("LA: API advice requests", "la.north", "/api/advice-requests"),
    ("Provider: API assignments", "provider.community", "/api/assignments"),
    ("Provider (one service): work tray", "provider.salt", lambda: reverse("advice:tray")),
]

# Copied in bulk (no signals): the kept timeliness summary worked out from scratch.
REBUILD = [("advice's kept summary", "rebuild_advice_summary")]

COUNTED = [("advice requests", AdviceRequest)]
