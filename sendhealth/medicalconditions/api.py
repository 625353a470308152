"""The individual healthcare plans API, ``/api/healthcare-plans``: scoped and audited as the
pages are, and checked with the pages' forms. Health (the DCO team and providers) records;
the child's local authority reads."""

from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from django.utils import timezone
from ninja import Router, Schema
from ninja.errors import HttpError
from ninja.pagination import paginate

from sendhealth.api.auth import auditor, caller, require, scope_of
from sendhealth.api.formdata import form_errors, raise_invalid
from sendhealth.api.pagination import AuditedPage
from sendhealth.api.schemas import (
    READ_ERRORS,
    WRITE_ERRORS,
    ChildRef,
    Day,
    OrganisationRef,
    ServiceRef,
)
from sendhealth.core.models import AuditAction
from sendhealth.medicalconditions import services
from sendhealth.medicalconditions.forms import FindChildForm, PlanForm, ReviewForm, TrainingForm
from sendhealth.medicalconditions.models import SettingType
from sendhealth.medicalconditions.queries import due_soon_q, overdue_q, plans
from sendhealth.organisations.models import Organisation, OrganisationKind

router = Router(tags=["Medical conditions"])

PERMISSION_MESSAGES = {
    "medicalconditions.view_plan": "Your role does not allow you to see healthcare plans",
    "medicalconditions.change_plan": "Only health (the DCO team or a provider) records plans",
}


class ConditionAreaRef(Schema):
    id: int
    name: str


class PlanOut(Schema):
    id: int
    reference: str
    child: ChildRef
    local_authority: OrganisationRef
    setting: OrganisationRef
    setting_type: SettingType
    condition_area: ConditionAreaRef
    emergency_medication: bool
    service: ServiceRef
    professional: str
    agreed_on: Day
    review_due_on: Day
    last_reviewed_on: Day | None
    trained_staff: int
    trained_on: Day | None
    training_delivered_by: str
    ended_on: Day | None


class PlanIn(Schema):
    nhs_number: str
    date_of_birth: Day
    setting: int
    setting_type: SettingType
    condition_area: int
    emergency_medication: bool
    service: int
    professional: str
    agreed_on: Day
    review_due_on: Day


class HealthcarePlanReviewIn(Schema):
    done_on: Day
    next_due_on: Day


class TrainingIn(Schema):
    trained_staff: int
    trained_on: Day
    training_delivered_by: str


@router.get("", response={200: list[PlanOut], **READ_ERRORS}, summary="List healthcare plans")
@paginate(AuditedPage, children_of=lambda plan: plan.child)
def list_healthcare_plans(request: HttpRequest, review: str = ""):
    """Plans you may see by review date; ``review=overdue`` or ``review=due_soon`` (within 4
    weeks) for the plans whose review is overdue or due soon."""
    require(request, "medicalconditions.view_plan")
    found = plans(scope_of(request))
    today = timezone.localdate()
    if review == "overdue":
        found = found.filter(overdue_q(today))
    elif review == "due_soon":
        found = found.filter(due_soon_q(today))
    return found.order_by("review_due_on", "pk")


@router.get(
    "/{int:plan_id}", response={200: PlanOut, **READ_ERRORS}, summary="Read a healthcare plan"
)
def read_healthcare_plan(request: HttpRequest, plan_id: int):
    require(request, "medicalconditions.view_plan")
    plan = get_object_or_404(plans(scope_of(request)), pk=plan_id)
    auditor(request).view(plan)
    return plan


@router.post("", response={201: PlanOut, **WRITE_ERRORS}, summary="Record a healthcare plan")
def create_healthcare_plan(request: HttpRequest, payload: PlanIn):
    """The child is named by NHS number and date of birth together (both must match a child of
    your ICB), as on the page; the plan is checked with the page's form."""
    require(request, "medicalconditions.change_plan")
    scope = scope_of(request)
    found = FindChildForm(
        {"nhs_number": payload.nhs_number, "date_of_birth": payload.date_of_birth}
    )
    if not found.is_valid():
        raise_invalid(form_errors(found))
    auditor(request).record(AuditAction.SEARCH, object_type="children.Child")
    child = scope.healthcare_plan_child(
        found.cleaned_data["nhs_number"], found.cleaned_data["date_of_birth"]
    )
    if child is None:
        raise HttpError(404, "No child of your area has that NHS number and date of birth")
    form = PlanForm(
        {
            "setting": payload.setting,
            "setting_type": payload.setting_type,
            "condition_area": payload.condition_area,
            "emergency_medication": "yes" if payload.emergency_medication else "no",
            "service": payload.service,
            "professional": payload.professional,
            "agreed_on": payload.agreed_on,
            "review_due_on": payload.review_due_on,
        },
        settings_qs=Organisation.objects.filter(
            kind=OrganisationKind.SETTING, parent_id=child.local_authority_id
        ),
        services_qs=scope.services().filter(is_active=True),
    )
    if not form.is_valid():
        raise_invalid(form_errors(form))
    plan = services.record_plan(
        child, form.cleaned_data, auditor=auditor(request), user=caller(request)
    )
    return 201, plans(scope).get(pk=plan.pk)


@router.post(
    "/{int:plan_id}/reviews",
    response={201: PlanOut, **WRITE_ERRORS},
    summary="Record a healthcare plan's review",
)
def review_healthcare_plan(request: HttpRequest, plan_id: int, payload: HealthcarePlanReviewIn):
    require(request, "medicalconditions.change_plan")
    scope = scope_of(request)
    plan = get_object_or_404(plans(scope), pk=plan_id)
    form = ReviewForm(
        {"done_on": payload.done_on, "next_due_on": payload.next_due_on},
        agreed_on=plan.agreed_on,
    )
    if not form.is_valid():
        raise_invalid(form_errors(form))
    services.record_review(
        plan,
        form.cleaned_data["done_on"],
        form.cleaned_data["next_due_on"],
        auditor=auditor(request),
        user=caller(request),
    )
    return 201, plans(scope).get(pk=plan.pk)


@router.post(
    "/{int:plan_id}/training",
    response={201: PlanOut, **WRITE_ERRORS},
    summary="Record staff training for a healthcare plan",
)
def train_for_healthcare_plan(request: HttpRequest, plan_id: int, payload: TrainingIn):
    require(request, "medicalconditions.change_plan")
    scope = scope_of(request)
    plan = get_object_or_404(plans(scope), pk=plan_id)
    form = TrainingForm(
        {
            "trained_staff": payload.trained_staff,
            "trained_on": payload.trained_on,
            "training_delivered_by": payload.training_delivered_by,
        }
    )
    if not form.is_valid():
        raise_invalid(form_errors(form))
    services.record_training(plan, form.cleaned_data, auditor=auditor(request))
    return 201, plans(scope).get(pk=plan.pk)


# Mounted by ``sendhealth.api.api`` (see ``core.plugins``): the paths and their tags.
ROUTERS = [("/healthcare-plans", router)]
TAGS = [
    {
        "name": "Medical conditions",
        "description": "Individual healthcare plans for pupils with medical conditions, as facts: "
        "condition area, setting, contributing service, review date and staff training.",
    },
]
