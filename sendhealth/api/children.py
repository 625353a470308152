"""Children and young people: list, find, read and register, scoped as the pages are.

Searching by name or NHS number is a POST with the words in the body, so they never appear in
a URL or a server log.
"""

from django.db import IntegrityError
from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from ninja import Router
from ninja.errors import HttpError
from ninja.pagination import paginate

from sendhealth.api.auth import auditor, require, scope_of
from sendhealth.api.formdata import form_errors, raise_invalid
from sendhealth.api.inputs import ChildIn, ChildSearch
from sendhealth.api.pagination import AuditedPage
from sendhealth.api.schemas import (
    READ_ERRORS,
    WRITE_ERRORS,
    ChildOut,
    ChildPart,
    Error,
    Id,
    scoped_list,
)
from sendhealth.children.forms import DUPLICATE_NHS_NUMBER, ChildForm, ChildSearchForm
from sendhealth.children.services import save_child
from sendhealth.core.models import AuditAction
from sendhealth.core.plugins import app_modules

router = Router(tags=["Children"])

# Each register's part of a child's record (its ``api.py``'s ``CHILD_PARTS``), in app order.
CHILD_PARTS: list[ChildPart] = [
    part for module in app_modules("api") for part in getattr(module, "CHILD_PARTS", ())
]
# The child's record: ``ChildOut`` and the registers' parts, each read from ``scoped_<name>``.
ChildDetail = type(
    "ChildDetail",
    (ChildOut,),
    {
        "__module__": __name__,
        "__qualname__": "ChildDetail",
        "__annotations__": {part.name: part.shape for part in CHILD_PARTS},
        **{f"resolve_{part.name}": scoped_list(part.name) for part in CHILD_PARTS},
    },
)


def _children(request: HttpRequest):
    return scope_of(request).children().select_related("local_authority", "setting")


@router.get("", response={200: list[ChildOut], **READ_ERRORS}, summary="List children")
@paginate(AuditedPage, children_of=lambda child: child)
def list_children(request: HttpRequest, local_authority: Id | None = None):
    """The children you may see, newest first: a local authority's own children, the children
    of requests routed to a provider's services, every child of the area for the DCO.
    ``local_authority`` narrows the list to one local authority (an id, never a name)."""
    require(request, "children.view_child")
    children = _children(request).order_by("-created_at", "-pk")
    if local_authority is not None:
        children = children.filter(local_authority_id=local_authority)
    return children


@router.post("/search", response={200: list[ChildOut], **WRITE_ERRORS}, summary="Find a child")
@paginate(AuditedPage, children_of=lambda child: child)
def search_children(request: HttpRequest, payload: ChildSearch):
    """An NHS number finds that child exactly; words find children whose given or family
    name contains every word. Only children you may see are searched."""
    require(request, "children.view_child")
    form = ChildSearchForm({"query": payload.query})
    if not form.is_valid():
        raise_invalid(form_errors(form))
    auditor(request).record(AuditAction.SEARCH, object_type="children.Child")
    return form.search.filter(_children(request)).order_by("family_name", "given_name", "pk")


@router.get("/{int:child_id}", response={200: ChildDetail, **READ_ERRORS}, summary="Read a child")
def read_child(request: HttpRequest, child_id: int):
    """One child's record with what each register holds for the child that you may see (the
    requests for health advice)."""
    require(request, "children.view_child")
    scope = scope_of(request)
    child = get_object_or_404(_children(request), pk=child_id)
    for part in CHILD_PARTS:
        setattr(child, f"scoped_{part.name}", part.read(scope, child))
    auditor(request).view(child)
    return child


@router.post(
    "",
    response={201: ChildOut, 409: Error, **WRITE_ERRORS},
    summary="Register a child",
)
def create_child(request: HttpRequest, payload: ChildIn):
    """Checked as the page checks it: a valid NHS number, a date of birth in the past and
    under 25 (Children and Families Act 2014 s83(2)), a local authority you work for, and no
    child already registered with the NHS number (409, which never says where)."""
    require(request, "children.add_child")
    form = ChildForm(_form_data(payload), scope=scope_of(request))
    errors = form_errors(form) if not form.is_valid() else {}
    errors.update(_fixed_authority_errors(form, payload))
    if errors.get("nhs_number") == [DUPLICATE_NHS_NUMBER] and len(errors) == 1:
        raise HttpError(409, DUPLICATE_NHS_NUMBER)
    raise_invalid(errors)
    try:
        child = save_child(form, auditor=auditor(request))
    except IntegrityError:  # registered by someone else a moment ago
        raise HttpError(409, DUPLICATE_NHS_NUMBER) from None
    return 201, child


def _form_data(payload: ChildIn) -> dict:
    return {
        "nhs_number": payload.nhs_number,
        "given_name": payload.given_name,
        "family_name": payload.family_name,
        "date_of_birth": payload.date_of_birth,
        "local_authority": "" if payload.local_authority is None else str(payload.local_authority),
        "setting": "" if payload.setting is None else str(payload.setting),
        "primary_need": payload.primary_need,
        "secondary_needs": list(payload.secondary_needs),
    }


def _fixed_authority_errors(form: ChildForm, payload: ChildIn) -> dict[str, list[str]]:
    """A caseworker of one local authority registers its children only (the page fixes it)."""
    fixed = form.fixed_local_authority
    if fixed is not None and payload.local_authority not in (None, fixed.pk):
        return {"local_authority": ["Select a local authority you work for"]}
    return {}
