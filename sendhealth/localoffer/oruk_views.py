"""The Open Referral UK 3.0 feed (UK profile) at ``/openreferral/``: read-only JSON, open to
anyone without keys, ``Access-Control-Allow-Origin: *``. It publishes the ICB's own published
health services (services read from other feeds stay their publishers' to publish)."""

from __future__ import annotations

from django.core.paginator import Paginator
from django.http import JsonResponse
from django.urls import reverse
from django.views.decorators.http import require_GET

from sendhealth.localoffer import oruk, queries
from sendhealth.localoffer.models import Location, Taxonomy, TaxonomyTerm

DEFAULT_PER_PAGE = 50
MAX_PER_PAGE = 200


def _json(data, status: int = 200) -> JsonResponse:
    response = JsonResponse(data, status=status, json_dumps_params={"ensure_ascii": False})
    response["Access-Control-Allow-Origin"] = "*"
    response["Cache-Control"] = "public, max-age=60"
    return response


def _not_found():
    return _json({"detail": "Not found"}, status=404)


def _paged(request, rows, present):
    try:
        number = max(1, int(request.GET.get("page", 1)))
    except ValueError:
        number = 1
    try:
        per_page = min(MAX_PER_PAGE, max(1, int(request.GET.get("per_page", DEFAULT_PER_PAGE))))
    except ValueError:
        per_page = DEFAULT_PER_PAGE
    paginator = Paginator(rows, per_page)
    total = paginator.count
    start = (number - 1) * per_page
    items = [present(row) for row in rows[start : start + per_page]] if start < total else []
    return _json(oruk.page(items, total=total, number=number, per_page=per_page))


@require_GET
def root(request):
    base = request.build_absolute_uri(reverse("localoffer:oruk_root"))
    return _json(
        {
            "version": oruk.VERSION,
            "profile": oruk.PROFILE,
            "openapi_url": base + "openapi.json",
        }
    )


@require_GET
def openapi(request):
    return _json(oruk.schema("openapi30"))


@require_GET
def service_list(request):
    rows = queries.filtered(queries.published(own_only=True), request.GET).order_by("name", "pk")
    return _paged(request, rows, oruk.service_one_to_one)


@require_GET
def service_detail(request, pk):
    service = queries.full(queries.published(own_only=True)).filter(pk=pk).first()
    return _json(oruk.service_full(service)) if service else _not_found()


@require_GET
def taxonomy_list(request):
    return _paged(request, Taxonomy.objects.order_by("name", "pk"), oruk.taxonomy)


@require_GET
def taxonomy_detail(request, pk):
    taxonomy = Taxonomy.objects.filter(pk=pk).first()
    return _json(oruk.taxonomy(taxonomy)) if taxonomy else _not_found()


@require_GET
def term_list(request):
    rows = TaxonomyTerm.objects.select_related("taxonomy").order_by("taxonomy__name", "name", "pk")
    if taxonomy := request.GET.get("taxonomy_id"):
        rows = rows.filter(taxonomy_id=queries._uuid(taxonomy))
    return _paged(request, rows, oruk.term)


@require_GET
def term_detail(request, pk):
    term = TaxonomyTerm.objects.select_related("taxonomy").filter(pk=pk).first()
    return _json(oruk.term(term)) if term else _not_found()


def _locations():
    return Location.objects.filter(
        service__published_at__isnull=False, service__source_feed=""
    ).select_related("service")


@require_GET
def service_at_location_list(request):
    rows = _locations()
    rows = queries.filtered(rows, request.GET, prefix="service__")
    if postcode := (request.GET.get("postcode") or "").strip():
        district = postcode.upper().split()[0] if " " in postcode else postcode.upper()[:-3]
        rows = rows.filter(postcode__istartswith=district)
    rows = rows.order_by("service__name", "name", "pk")
    return _paged(request, rows, oruk.service_at_location_list)


@require_GET
def service_at_location_detail(request, pk):
    loc = _locations().filter(service_at_location_id=pk).only("pk", "service_id").first()
    if loc is None:
        return _not_found()
    service = queries.full(queries.published(own_only=True)).get(pk=loc.service_id)
    location = next(x for x in service.locations.all() if x.pk == loc.pk)
    location.service = service
    return _json({**oruk.service_at_location_list(location), "service": oruk.service_full(service)})
