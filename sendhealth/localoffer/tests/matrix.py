"""The Local Offer's rows of the role matrix. Providers maintain their own services' entries;
the DCO and DCO team all of their ICB's, and publish and import. The public pages and the
Open Referral UK feed are open to everyone, signed in or not (``PUBLIC``)."""

from sendhealth.localoffer.tests.factories import (
    DirectoryServiceFactory,
    LocationFactory,
    TaxonomyTermFactory,
)

NAMESPACES = ("localoffer",)

# fmt: off
PAGES = """
                                       dco  team o_dco la   o_la prov salt o_pr board admin nobody
localoffer:list                        ok   ok   ok    403  403  ok   ok   ok   403   403   403
localoffer:import                      ok   ok   ok    403  403  403  403  403  403   403   403
localoffer:detail                      ok   ok   404   403  403  ok   ok   404  403   403   403
localoffer:edit                        ok   ok   404   403  403  ok   ok   404  403   403   403
localoffer:publish                     ok   ok   404   403  403  403  403  403  403   403   403
localoffer:public_search               ok   ok   ok    ok   ok   ok   ok   ok   ok    ok    ok
localoffer:public_detail               ok   ok   ok    ok   ok   ok   ok   ok   ok    ok    ok
localoffer:oruk_root                   ok   ok   ok    ok   ok   ok   ok   ok   ok    ok    ok
localoffer:oruk_openapi                ok   ok   ok    ok   ok   ok   ok   ok   ok    ok    ok
localoffer:oruk_services               ok   ok   ok    ok   ok   ok   ok   ok   ok    ok    ok
localoffer:oruk_service                ok   ok   ok    ok   ok   ok   ok   ok   ok    ok    ok
localoffer:oruk_taxonomies             ok   ok   ok    ok   ok   ok   ok   ok   ok    ok    ok
localoffer:oruk_taxonomy               ok   ok   ok    ok   ok   ok   ok   ok   ok    ok    ok
localoffer:oruk_terms                  ok   ok   ok    ok   ok   ok   ok   ok   ok    ok    ok
localoffer:oruk_term                   ok   ok   ok    ok   ok   ok   ok   ok   ok    ok    ok
localoffer:oruk_service_at_locations   ok   ok   ok    ok   ok   ok   ok   ok   ok    ok    ok
localoffer:oruk_service_at_location    ok   ok   ok    ok   ok   ok   ok   ok   ok    ok    ok
"""
API = """
                                                        dco  team o_dco la   o_la prov salt o_pr board admin nobody
"""  # noqa: E501
# fmt: on

PUBLIC = frozenset(
    {
        "localoffer:public_search",
        "localoffer:public_detail",
        "localoffer:oruk_root",
        "localoffer:oruk_openapi",
        "localoffer:oruk_services",
        "localoffer:oruk_service",
        "localoffer:oruk_taxonomies",
        "localoffer:oruk_taxonomy",
        "localoffer:oruk_terms",
        "localoffer:oruk_term",
        "localoffer:oruk_service_at_locations",
        "localoffer:oruk_service_at_location",
    }
)
URL_OBJECTS = {
    "localoffer:detail": "lo_service",
    "localoffer:edit": "lo_service",
    "localoffer:publish": "lo_service",
    "localoffer:public_detail": "lo_service",
    "localoffer:oruk_service": "lo_service",
    "localoffer:oruk_taxonomy": "lo_taxonomy",
    "localoffer:oruk_term": "lo_term",
    "localoffer:oruk_service_at_location": "lo_service_at_location",
}
POST_ONLY = frozenset({"localoffer:publish"})
PAGES_WITH_A_CHILD: frozenset = frozenset()
API_OBJECTS: dict = {}


class _ById:
    """An object whose ``pk`` is the id a URL takes (the service_at_location id)."""

    def __init__(self, pk):
        self.pk = pk


def objects(area, core) -> dict:
    service = DirectoryServiceFactory(health_service=area.salt)
    term = TaxonomyTermFactory()
    service.terms.add(term)
    location = LocationFactory(service=service)
    return {
        "lo_service": service,
        "lo_term": term,
        "lo_taxonomy": term.taxonomy,
        "lo_service_at_location": _ById(location.service_at_location_id),
    }


def api_bodies(area, objects) -> dict:
    return {}
