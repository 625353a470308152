"""The advice register's API, mounted under ``/api/`` by ``sendhealth.api.api`` as every
register's is: requests for health advice (``api_requests``), each service's part of a request
and its advice (``api_assignments``); on a child's record, the requests the caller may see."""

from sendhealth.advice.api_assignments import assignments_router, submissions_router
from sendhealth.advice.api_requests import requests_router
from sendhealth.advice.schemas import RequestRef
from sendhealth.api.schemas import ChildPart

ROUTERS = [
    ("/advice-requests", requests_router),
    ("/assignments", assignments_router),
    ("/submissions", submissions_router),
]

PERMISSION_MESSAGES = {
    "advice.view_request": "Your role does not allow you to see requests for health advice",
    "advice.raise_request": "Only a local authority can request health advice",
    "advice.route_request": "Only the DCO team can route a request to health services",
    "advice.return_to_la": "Only the DCO team can return advice to the local authority",
    "advice.submit_advice": "Only a health provider can submit advice",
    "advice.review_advice": "Only the DCO team can review advice",
    "advice.record_exception": "Only the DCO team can record an exception",
    "advice.chase": "Only the DCO team can chase a service",
}

TAGS = [
    {
        "name": "Advice requests",
        "description": "Requests for health advice for EHC needs assessments "
        "(SEND Regulations 2014 reg 6(1)(c), reg 8).",
    },
    {
        "name": "Assignments",
        "description": "Each service's part of a request, due 6 weeks after health received "
        "the request (reg 8(1)), with exceptions (reg 8(2)).",
    },
    {"name": "Advice", "description": "The DCO's review of a service's advice."},
]


def _child_requests(scope, child) -> list:
    return list(scope.advice_requests().filter(child=child).order_by("-health_received_on", "-pk"))


CHILD_PARTS = [ChildPart("advice_requests", list[RequestRef], _child_requests)]
