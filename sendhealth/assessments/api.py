"""The assessments API, ``/api/assessments``: scoped and audited as the pages are."""

from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from ninja import Router, Schema
from ninja.pagination import paginate

from sendhealth.api.auth import auditor, require, scope_of
from sendhealth.api.pagination import AuditedPage
from sendhealth.api.schemas import READ_ERRORS, Day

router = Router(tags=["Assessments"])


class AssessmentOut(Schema):
    id: int
    reference: str
    local_authority_id: int
    child_id: int | None
    requests_table_id: str
    received_on: Day | None
    request_outcome_on: Day | None
    assessment_outcome_on: Day | None
    plan_start_on: Day | None
    week20: bool | None
    final_plan_id: int | None


@router.get("", response={200: list[AssessmentOut], **READ_ERRORS}, summary="List assessments")
@paginate(AuditedPage, children_of=lambda a: a.child)
def list_assessments(request: HttpRequest):
    require(request, "assessments.view_assessment")
    return scope_of(request).assessments_assessments().select_related("child").order_by("-pk")


@router.get(
    "/{int:assessment_id}",
    response={200: AssessmentOut, **READ_ERRORS},
    summary="Read an assessment",
)
def read_assessment(request: HttpRequest, assessment_id: int):
    require(request, "assessments.view_assessment")
    found = get_object_or_404(scope_of(request).assessments_assessments(), pk=assessment_id)
    auditor(request).view(found)
    return found


ROUTERS = [("/assessments", router)]
TAGS = [{"name": "Assessments", "description": "EHC needs assessments and the 20 weeks."}]
