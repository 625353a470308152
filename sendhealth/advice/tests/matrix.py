"""Advice's rows of the role matrix (see core/tests/test_role_matrix.py): the DCO's queue,
the local authority's requests, a provider's tray, and each request's pages and API, on
requests of ``la``'s routed to ``provider``'s SALT service. The LA sees advice documents
(``advice:document``) only once the DCO has returned the request."""

from django.core.files.base import ContentFile
from django.utils import timezone

from sendhealth.advice.models import AssignmentStatus, RequestStatus, ReviewDecision
from sendhealth.advice.tests.factories import (
    AdviceAssignmentFactory,
    AdviceRequestFactory,
    AdviceSubmissionFactory,
)
from sendhealth.children.tests.factories import ChildFactory

NAMESPACES = ("advice",)

# fmt: off
PAGES = """
                           dco  team o_dco la   o_la prov salt o_pr board admin nobody
advice:queue               ok   ok   ok    403  403  403  403  403  403   403   403
advice:la_requests         ok   ok   ok    ok   ok   403  403  403  403   403   403
advice:tray                403  403  403   403  403  ok   ok   ok   403   403   403
advice:raise               403  403  403   ok   404  403  403  403  403   403   403
advice:request             ok   ok   404   ok   404  ok   ok   404  403   403   403
advice:route               ok   ok   404   403  403  403  403  403  403   403   403
advice:return_to_la        ok   ok   404   403  403  403  403  403  403   403   403
advice:assignment          ok   ok   404   ok   404  ok   ok   404  403   403   403
advice:submit              403  403  403   403  403  ok   ok   404  403   403   403
advice:chase               ok   ok   404   403  403  403  403  403  403   403   403
advice:exception           ok   ok   404   403  403  403  403  403  403   403   403
advice:cancel              ok   ok   404   403  403  403  403  403  403   403   403
advice:review              ok   ok   404   403  403  403  403  403  403   403   403
advice:document            ok   ok   404   404  404  ok   ok   404  403   403   403
"""

API = """
                                                    dco  team o_dco la   o_la prov salt o_pr board admin nobody
GET /api/advice-requests                            ok   ok   ok    ok   ok   ok   ok   ok   403   403   403
POST /api/advice-requests                           403  403  403   ok   404  403  403  403  403   403   403
GET /api/advice-requests/{request_id}               ok   ok   404   ok   404  ok   ok   404  403   403   403
POST /api/advice-requests/{request_id}/route        ok   ok   404   403  403  403  403  403  403   403   403
POST /api/advice-requests/{request_id}/return       ok   ok   404   403  403  403  403  403  403   403   403
GET /api/assignments                                ok   ok   ok    ok   ok   ok   ok   ok   403   403   403
GET /api/assignments/{assignment_id}                ok   ok   404   ok   404  ok   ok   404  403   403   403
POST /api/assignments/{assignment_id}/submissions   403  403  403   403  403  ok   ok   404  403   403   403
POST /api/assignments/{assignment_id}/exceptions    ok   ok   404   403  403  403  403  403  403   403   403
POST /api/assignments/{assignment_id}/chase         ok   ok   404   403  403  403  403  403  403   403   403
POST /api/submissions/{submission_id}/review        ok   ok   404   403  403  403  403  403  403   403   403
"""  # noqa: E501
# fmt: on

URL_OBJECTS = {
    "advice:raise": "child_without_request",
    "advice:request": "request",
    "advice:route": "request",
    "advice:return_to_la": "request",
    "advice:assignment": "assignment",
    "advice:submit": "assignment",
    "advice:chase": "assignment",
    "advice:exception": "assignment",
    "advice:cancel": "assignment",
    "advice:review": "submission",
    "advice:document": "submission",
}
POST_ONLY = frozenset({"advice:chase"})
PAGES_WITH_A_CHILD = frozenset(name for name in URL_OBJECTS if name != "advice:chase") | {
    "advice:queue",
    "advice:la_requests",
    "advice:tray",
}
# Most specific first.
API_OBJECTS = {
    "{request_id}/route": "request",
    "{request_id}/return": "ready_request",
    "{request_id}": "request",
    "{assignment_id}": "assignment",
    "{submission_id}": "submission",
}
PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def objects(area, core) -> dict:
    """A request for ``core["child"]`` and others of ``la``'s, routed to the SALT service."""
    request = AdviceRequestFactory(child=core["child"], status=RequestStatus.ROUTED)
    submitted = AdviceAssignmentFactory(
        request=AdviceRequestFactory(
            child=ChildFactory(local_authority=area.la), status=RequestStatus.ROUTED
        ),
        service=area.salt,
        status=AssignmentStatus.SUBMITTED,
    )
    submission = AdviceSubmissionFactory(
        assignment=submitted, document_token="d" * 32, document_type="pdf", document_size=len(PDF)
    )
    submission.document.save(submission.document_token, ContentFile(PDF), save=True)
    ready = AdviceAssignmentFactory(
        request=AdviceRequestFactory(
            child=ChildFactory(local_authority=area.la), status=RequestStatus.READY
        ),
        service=area.salt,
        status=AssignmentStatus.ACCEPTED,
    )
    AdviceSubmissionFactory(assignment=ready, decision=ReviewDecision.ACCEPTED)
    return {
        "child_without_request": ChildFactory(local_authority=area.la),
        "request": request,
        "assignment": AdviceAssignmentFactory(request=request, service=area.salt),
        "submission": submission,
        "ready_request": ready.request,
    }


def api_bodies(area, objects) -> dict:
    today = timezone.localdate().isoformat()
    line = {"what": "Therapy", "who": "SALT (HCPC)", "how_often": "Weekly", "how_long": "1 year"}
    return {
        "POST /api/advice-requests": {
            "child": objects["child_without_request"].pk, "la_received_on": "2026-01-05",
            "health_received_on": "2026-01-05", "questions": "Please advise.",
        },
        "POST /api/advice-requests/{request_id}/route": {
            "services": [area.ot.pk], "received_on": today,
        },
        "POST /api/assignments/{assignment_id}/submissions": {
            "author_name": "A Therapist", "author_role": "SALT, HCPC SL012345",
            "advice_date": today, "health_needs": "Understanding speech.",
            "outcomes": "I will follow instructions.", "provision": [line],
        },
        "POST /api/assignments/{assignment_id}/exceptions": {
            "reason": "absent_from_area", "starts_on": "2026-01-10", "ends_on": "2026-02-20",
        },
        "POST /api/submissions/{submission_id}/review": {"accept": True, "reasons": ""},
    }  # fmt: skip
