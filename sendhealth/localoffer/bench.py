"""The Local Offer's probes for ``manage.py bench`` (found through ``core.plugins``): the Open
Referral UK lists other directories harvest, without signing in, over the bench area's 2,000
services (``seeding.BENCH_SERVICES``)."""

from django.urls import reverse

PROBES = [
    ("ORUK: services", None, lambda: reverse("localoffer:oruk_services")),
    ("ORUK: services, 200 a page", None, lambda: reverse("localoffer:oruk_services") + _MAX),
    ("ORUK: services by need (taxonomy term)", None, lambda: _by_term()),
    ("ORUK: service at locations", None, lambda: reverse("localoffer:oruk_service_at_locations")),
]
_MAX = "?per_page=200"  # the most a page may hold (oruk_views.MAX_PER_PAGE)


def _by_term() -> str:
    from sendhealth.localoffer.models import TaxonomyTerm

    term = TaxonomyTerm.objects.order_by("pk").values_list("pk", flat=True).first()
    path = reverse("localoffer:oruk_services")
    return f"{path}?taxonomy_term_id={term}" if term else path
