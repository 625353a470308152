"""Advice views, one module per audience: ``la`` (local authority), ``provider`` (health
services), ``dco`` (the DCO and DCO team) and ``request`` (a request's page, shared by all)."""

from sendhealth.advice.views.dco import (
    cancel_assignment,
    chase,
    dco_queue,
    record_exception,
    return_to_la,
    review_advice,
    route_request,
)
from sendhealth.advice.views.la import la_requests, raise_request
from sendhealth.advice.views.provider import (
    assignment_detail,
    download_document,
    submit_advice,
)
from sendhealth.advice.views.request import request_detail
from sendhealth.advice.views.tray import provider_tray

__all__ = [
    "assignment_detail",
    "cancel_assignment",
    "chase",
    "dco_queue",
    "download_document",
    "la_requests",
    "provider_tray",
    "raise_request",
    "record_exception",
    "request_detail",
    "return_to_la",
    "review_advice",
    "route_request",
    "submit_advice",
]
