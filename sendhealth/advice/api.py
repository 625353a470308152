"""The advice register's API, mounted under ``/api/`` by ``sendhealth.api.api`` as every
register's is: requests for health advice (``api_requests``), each service's part of a request
and its advice (``api_assignments``)."""

from sendhealth.advice.api_assignments import assignments_router, submissions_router
from sendhealth.advice.api_requests import requests_router

ROUTERS = [
    ("/advice-requests", requests_router),
    ("/assignments", assignments_router),
    ("/submissions", submissions_router),
]

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
