"""The DCO's audit rounds: drawing a sample, assigning auditors, moderating."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.db.models import Q
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.http import require_GET, require_http_methods

from sendhealth.accounts.models import Role
from sendhealth.assurance import domain, services
from sendhealth.assurance.forms import AssignForm, ResolveForm, RoundForm
from sendhealth.assurance.models import Criterion
from sendhealth.assurance.presenters import percent
from sendhealth.core.audit import Auditor
from sendhealth.core.pagination import page_links, paginate
from sendhealth.core.permissions import rule_required
from sendhealth.core.scoping import Scope
from sendhealth.organisations.models import Organisation


@require_GET
@rule_required("assurance.manage_rounds")
def rounds(request):
    scope = Scope.for_user(request.user)
    page = paginate(request, scope.assurance_rounds().select_related("tool_version__tool"))
    return render(
        request,
        "assurance/rounds.jinja",
        {"page": page, "pagination": page_links(request, page)},
    )


@require_http_methods(["GET", "POST"])
@rule_required("assurance.manage_rounds")
def round_new(request):
    scope = Scope.for_user(request.user)
    form = RoundForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        icb_id = min(scope.dco_icb_ids)
        audit_round = services.create_round(
            scope=scope,
            icb=Organisation.objects.get(pk=icb_id),
            name=data["name"],
            kind=data["kind"],
            period_start=data["period_start"],
            period_end=data["period_end"],
            sample_percent=data["sample_percent"],
            auditor=Auditor.from_request(request),
        )
        messages.success(request, f"Sample drawn: {audit_round.items.count()} cases")
        return redirect("assurance:round", pk=audit_round.pk)
    return render(
        request,
        "assurance/round_new.jinja",
        {
            "form": form,
        },
    )


@require_GET
@rule_required("assurance.manage_rounds")
def round_detail(request, pk: int):
    scope = Scope.for_user(request.user)
    audit_round = get_object_or_404(
        scope.assurance_rounds().select_related("tool_version__tool"), pk=pk
    )
    items = (
        scope.assurance_items()
        .filter(round=audit_round)
        .select_related("local_authority", "service", "provider")
        .prefetch_related(services.audits_prefetch())
    )
    page = paginate(request, items)
    rows = [(item, services.moderation_of(item)) for item in page.object_list]
    all_rates = [
        services.moderation_of(item).agreement
        for item in scope.assurance_items()
        .filter(round=audit_round)
        .prefetch_related(services.audits_prefetch())
    ]
    return render(
        request,
        "assurance/round.jinja",
        {
            "round": audit_round,
            "rows": rows,
            "page": page,
            "pagination": page_links(request, page),
            "round_agreement": percent(domain.mean_agreement(all_rates)),
            "percent": percent,
        },
    )


def eligible_auditors(scope: Scope, item):
    """DCO team of the ICB, the item's local authority's users, and providers' users of the
    ICB: the people a DCO may ask to audit."""
    User = get_user_model()
    return (
        User.objects.filter(
            Q(
                memberships__role__in=[Role.DCO, Role.DCO_TEAM],
                memberships__organisation_id=item.icb_id,
            )
            | Q(
                memberships__role=Role.LOCAL_AUTHORITY,
                memberships__organisation_id=item.local_authority_id,
            )
            | Q(memberships__role=Role.PROVIDER, memberships__organisation__parent_id=item.icb_id),
            is_active=True,
        )
        .exclude(pk__in=[a.auditor_id for a in item.audits.all() if a.auditor_id])
        .distinct()
        .order_by("full_name", "username")
    )


@require_http_methods(["GET", "POST"])
@rule_required("assurance.manage_rounds")
def assign(request, pk: int):
    scope = Scope.for_user(request.user)
    item = get_object_or_404(
        scope.assurance_items().filter(icb_id__in=scope.dco_icb_ids).select_related("round"),
        pk=pk,
    )
    auditors = list(eligible_auditors(scope, item))
    form = AssignForm(request.POST if request.method == "POST" else None, auditors=auditors)
    auditor = Auditor.from_request(request)
    guest_link = None
    if request.method == "POST" and form.is_valid():
        try:
            if form.cleaned_data["who"] == AssignForm.GUEST:
                _, raw = services.issue_guest_link(
                    item,
                    form.cleaned_data["guest_name"],
                    form.cleaned_data["guest_days"],
                    auditor=auditor,
                )
                guest_link = request.build_absolute_uri(reverse("assurance:guest", args=[raw]))
            else:
                services.assign_auditor(
                    item, form.auditors[form.cleaned_data["who"]], auditor=auditor
                )
                messages.success(request, f"Auditor assigned to {item.reference}")
                return redirect("assurance:round", pk=item.round_id)
        except services.AssignmentError as error:
            form.add_error(None, str(error))
    return render(
        request,
        "assurance/assign.jinja",
        {"item": item, "form": form, "guest_link": guest_link, "audits": item.audits.all()},
    )


@require_http_methods(["POST"])
@rule_required("assurance.manage_rounds")
def revoke_guest(request, pk: int):
    """End a guest auditor's link now (the audit and its ratings stay)."""
    scope = Scope.for_user(request.user)
    items = scope.assurance_items().filter(icb_id__in=scope.dco_icb_ids)
    audit = get_object_or_404(
        scope.assurance_audits()
        .filter(item__in=items, auditor__isnull=True)
        .select_related("item"),
        pk=pk,
    )
    if services.revoke_guest_link(audit, auditor=Auditor.from_request(request)):
        messages.success(request, f"The link for {audit.guest_name} no longer works")
    return redirect("assurance:assign", pk=audit.item_id)


@require_http_methods(["GET", "POST"])
@rule_required("assurance.manage_rounds")
def resolve(request, pk: int):
    """Where two auditors disagree, the DCO records the agreed rating and why."""
    scope = Scope.for_user(request.user)
    item = get_object_or_404(
        scope.assurance_items()
        .filter(icb_id__in=scope.dco_icb_ids)
        .prefetch_related(services.audits_prefetch()),
        pk=pk,
    )
    moderation = services.moderation_of(item)
    criteria = list(Criterion.objects.filter(pk__in=moderation.disagreed).order_by("pk"))
    form = ResolveForm(request.POST if request.method == "POST" else None, criteria=criteria)
    auditor = Auditor.from_request(request)
    if request.method == "POST" and criteria and form.is_valid():
        for criterion in criteria:
            services.resolve(
                item,
                criterion.pk,
                form.cleaned_data[f"rating_{criterion.pk}"],
                form.cleaned_data[f"reason_{criterion.pk}"],
                auditor=auditor,
            )
        messages.success(request, f"Disagreements on {item.reference} resolved")
        return redirect("assurance:item", pk=item.pk)
    first = services.ratings_by_criterion(moderation.first) if moderation.first else {}
    second = services.ratings_by_criterion(moderation.second) if moderation.second else {}
    return render(
        request,
        "assurance/resolve.jinja",
        {
            "item": item,
            "form": form,
            "moderation": moderation,
            "first": first,
            "second": second,
            "resolutions": {r.criterion_id: r for r in item.resolutions.all()},
            "percent": percent,
        },
    )
