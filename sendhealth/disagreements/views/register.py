"""The register: the list of disagreements the user may see, and its CSV/XLSX export."""

from __future__ import annotations

from django.http import Http404
from django.shortcuts import render
from django.utils import timezone
from django.views.decorators.http import require_GET, require_http_methods

from sendhealth.core.audit import Auditor
from sendhealth.core.exports import FORMATS, export_response
from sendhealth.core.pagination import page_links, paginate
from sendhealth.core.permissions import rule_required, user_can
from sendhealth.core.scoping import Scope
from sendhealth.disagreements.filters import STATUSES, listed, read_filters
from sendhealth.disagreements.forms import SearchForm
from sendhealth.disagreements.models import Kind
from sendhealth.disagreements.presenters import list_rows
from sendhealth.rules import format_nhs_number


def _audit_children(request, disagreements) -> None:
    children = {d.child_id: d.child for d in disagreements}
    Auditor.from_request(request).view_many("children.Child", list(children.values()))


@require_http_methods(["GET", "POST"])
@rule_required("disagreements.view_disagreement")
def register(request):
    """Mediation, complaints and tribunal appeals with a health element, newest first, with
    the date that matters now ("due in 5 days", "3 days overdue"). A search by NHS number comes
    by POST, so the number never appears in a URL."""
    scope = Scope.for_user(request.user)
    local_authorities = list(scope.local_authorities().order_by("name"))
    filters = read_filters(request.GET, {la.pk for la in local_authorities})
    disagreements = listed(scope, filters)
    search = SearchForm(request.POST if request.method == "POST" else None)
    searched = search.is_bound and search.is_valid()
    if searched:
        disagreements = disagreements.filter(child__nhs_number=search.cleaned_data["nhs_number"])
    page = paginate(request, disagreements)
    rows = list_rows(page.object_list, timezone.localdate())
    _audit_children(request, [row.disagreement for row in rows])
    return render(
        request,
        "disagreements/list.jinja",
        {
            "rows": rows,
            "page": page,
            "pagination": page_links(request, page),
            "filters": filters,
            "search": search,
            "searched": searched,
            "kinds": Kind.choices,
            "statuses": STATUSES,
            "local_authorities": local_authorities,
            "can": user_can(
                request.user,
                "disagreements.change_disagreement",
                "disagreements.view_figures",
            ),
        },
    )


EXPORT_HEADERS = (
    "Reference",
    "NHS number",
    "Child",
    "Local authority",
    "Type",
    "Decision letter",
    "Mediation certificate",
    "Registered or received",
    "Appeal deadline",
    "Hearing",
    "Outcome",
    "Outcome date",
    "Recommendations awaiting a response",
)


@require_GET
@rule_required("disagreements.view_disagreement")
def export(request):
    """The filtered list as CSV (``?format=csv``, the default) or XLSX (``?format=xlsx``): what
    the user may see, audited as a list is."""
    fmt = request.GET.get("format", "csv")
    if fmt not in FORMATS:
        raise Http404
    scope = Scope.for_user(request.user)
    la_ids = set(scope.local_authorities().values_list("pk", flat=True))
    disagreements = list(listed(scope, read_filters(request.GET, la_ids)))
    _audit_children(request, disagreements)
    rows = (
        (
            d.reference,
            format_nhs_number(d.child.nhs_number),
            d.child.full_name,
            d.local_authority.name,
            d.get_kind_display(),
            d.decision_letter_on,
            d.mediation_certificate_on,
            d.registered_on,
            d.appeal_deadline,
            d.hearing_on,
            d.get_outcome_display(),
            d.outcome_on,
            len(d.open_recommendations),
        )
        for d in disagreements
    )
    return export_response(EXPORT_HEADERS, rows, filename="disagreements", fmt=fmt)
