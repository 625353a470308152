"""The Local Offer's pages: the DCO team's and providers' list, entry and edit pages (scoped
through ``Scope.localoffer_services``), and the public pages families use without signing in
(published services only, no personal data, briefly cacheable)."""

from __future__ import annotations

import rules
from django.contrib import messages
from django.core.exceptions import PermissionDenied, SuspiciousOperation
from django.db.models import Q
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.cache import patch_cache_control
from django.views.decorators.http import require_http_methods, require_POST

from sendhealth.core.audit import Auditor
from sendhealth.core.pagination import page_links, paginate
from sendhealth.core.permissions import rule_required
from sendhealth.core.scoping import Scope
from sendhealth.localoffer import domain, queries, services
from sendhealth.localoffer.forms import (
    EntryForm,
    ImportForm,
    LocationForm,
    PublicSearchForm,
    location_formset,
)
from sendhealth.localoffer.presenters import (
    checked_text,
    entry_row,
    family_rows,
    location_lines,
    publication_tag,
)
from sendhealth.organisations.models import Organisation, OrganisationKind

PUBLIC_MAX_AGE = 300  # seconds a browser or proxy may keep a public page


def _entries(request):
    return Scope.for_user(request.user).localoffer_services().select_related("health_service")


@rule_required("localoffer.view_entries")
def entry_list(request):
    """The entries the user maintains; the stale ones first when asked (``?stale=1``)."""
    today = timezone.localdate()
    rows = _entries(request).order_by("name", "pk")
    stale_only = request.GET.get("stale") == "1"
    if stale_only:
        rows = rows.filter(assured_date__lt=domain.stale_since(today)) | rows.filter(
            assured_date__isnull=True
        )
    page = paginate(request, rows)
    return render(
        request,
        "localoffer/list.jinja",
        {
            "rows": [entry_row(s, today) for s in page.object_list],
            "page": page,
            "pagination": page_links(request, page),
            "stale_only": stale_only,
            "can_import": rules.has_perm("localoffer.import_feed", request.user),
        },
    )


@rule_required("localoffer.view_entries")
def entry_detail(request, pk):
    service = get_object_or_404(queries.with_register_wait(_entries(request)), pk=pk)
    today = timezone.localdate()
    return render(
        request,
        "localoffer/detail.jinja",
        {
            "s": service,
            "tag": publication_tag(service),
            "rows": family_rows(service, today),
            "locations": [location_lines(loc) for loc in service.locations.all()],
            "terms": [t.name for t in service.terms.all()],
            "stale": domain.is_stale(service.assured_date, today),
            "checked": checked_text(service, today),
            "has_draft": bool(service.draft),
            "can_edit": service.is_health,
            "can_publish": rules.has_perm("localoffer.publish", request.user) and service.is_health,
        },
    )


@require_http_methods(["GET", "POST"])
@rule_required("localoffer.edit_entry")
def entry_edit(request, pk):
    service = get_object_or_404(_entries(request), pk=pk)
    if not service.is_health:
        raise PermissionDenied  # imported services are maintained by their publisher
    if request.method == "POST" and "add_location" in request.POST:
        # "Add another location": nothing is saved; the page comes back as typed, with one
        # more (empty) location to fill in.
        posted, posted_locations = EntryForm(request.POST), location_formset(request.POST)
        if not posted_locations.management_form.is_valid():
            raise SuspiciousOperation("The locations' management form is missing")
        typed = posted_locations.values_as_entered()
        if len(typed) < domain.MAX_LOCATIONS:
            typed.append({})
        form = EntryForm(initial={name: posted[name].value() for name in posted.fields})
        locations = location_formset(initial=typed)
        added = len(typed)
    elif request.method == "POST":
        form, locations = EntryForm(request.POST), location_formset(request.POST)
        # Everything is checked before anything is written.
        if form.is_valid() and locations.is_valid():
            changed = services.save_draft(
                service, form.draft(locations.locations()), auditor=Auditor.from_request(request)
            )
            messages.success(
                request,
                "Changes saved. The DCO team will publish them."
                if changed
                else "Nothing was changed.",
            )
            return redirect("localoffer:detail", service.pk)
        added = 0
    else:
        draft = services.current_draft(service)
        form = EntryForm(initial=EntryForm.initial_from(draft))
        typed = [LocationForm.initial_from(loc) for loc in draft["locations"]] or [{}]
        locations = location_formset(initial=typed)
        added = 0
    return render(
        request,
        "localoffer/edit.jinja",
        {
            "s": service,
            "form": form,
            "locations": locations,
            "added": added,
            "form_has_errors": bool(form.errors) or not _valid_or_unbound(locations),
            "can_add": locations.total_form_count() < domain.MAX_LOCATIONS,
        },
    )


def _valid_or_unbound(formset) -> bool:
    return not formset.is_bound or formset.is_valid()


@require_POST
@rule_required("localoffer.publish")
def entry_publish(request, pk):
    service = get_object_or_404(_entries(request), pk=pk)
    if not service.is_health:
        raise PermissionDenied
    services.publish(service, auditor=Auditor.from_request(request))
    messages.success(request, f"{service.name} is published in the Local Offer.")
    return redirect("localoffer:detail", service.pk)


@require_http_methods(["GET", "POST"])
@rule_required("localoffer.import_feed")
def feed_import(request):
    scope = Scope.for_user(request.user)
    icb = Organisation.objects.filter(pk__in=scope.dco_icb_ids).first()
    form = ImportForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            result = services.import_feed(
                form.cleaned_data["feed"], icb, auditor=Auditor.from_request(request)
            )
        except services.FeedError as exc:
            form.add_error("feed", f"Nothing was imported. {exc}"[:300])
        else:
            messages.success(request, f"{result.services} services read from the feed.")
            return redirect("localoffer:list")
    return render(
        request, "localoffer/import.jinja", {"form": form, "form_has_errors": bool(form.errors)}
    )


# -- public pages ---------------------------------------------------------------------------------


def _public(response):
    if not response.has_header("Cache-Control"):
        patch_cache_control(response, public=True, max_age=PUBLIC_MAX_AGE)
    return response


def public_search(request):
    """Find a health (or council) service by need, age, area or words. GET only: nothing here
    is personal."""
    areas = Organisation.objects.filter(kind=OrganisationKind.LOCAL_AUTHORITY).order_by("name")
    form = PublicSearchForm(request.GET or None, areas=areas)
    rows = queries.published().order_by("name", "pk")
    if form.is_bound and form.is_valid():
        d = form.cleaned_data
        rows = queries.filtered(rows, {"search": d["q"], "taxonomy_term_id": d["need"]})
        if d["age"] is not None:
            rows = rows.exclude(minimum_age__gt=d["age"]).exclude(maximum_age__lt=d["age"])
        if d["area"]:
            rows = rows.filter(Q(areas__isnull=True) | Q(areas__pk=d["area"])).distinct()
    page = paginate(request, rows)
    results = [
        {
            "s": s,
            "ages": domain.ages_text(s.minimum_age, s.maximum_age),
            "health": s.is_health,
        }
        for s in page.object_list
    ]
    return _public(
        render(
            request,
            "localoffer/public_search.jinja",
            {
                "form": form,
                "results": results,
                "page": page,
                "pagination": page_links(request, page),
                "form_has_errors": bool(form.errors),
            },
        )
    )


def public_detail(request, pk):
    service = queries.full(queries.published()).filter(pk=pk).first()
    if service is None:
        raise Http404
    today = timezone.localdate()
    return _public(
        render(
            request,
            "localoffer/public_detail.jinja",
            {
                "s": service,
                "rows": family_rows(service, today),
                "locations": [location_lines(loc) for loc in service.locations.all()],
                "terms": [t.name for t in service.terms.all()],
                "areas": [a.name for a in service.areas.all()],
                "back_href": "/local-offer/",
            },
        )
    )
