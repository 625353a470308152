"""The enquiries log's rows of the role matrix (see core/tests/test_role_matrix.py). Only the
DCO and DCO team see the log; the outsider DCO sees its own (empty) log and 404 on ours."""

from sendhealth.enquiries.tests.factories import EnquiryFactory

NAMESPACES = ("enquiries",)

# fmt: off
PAGES = """
                      dco  team o_dco la   o_la prov salt o_pr board admin nobody
enquiries:list        ok   ok   ok    403  403  403  403  403  403   403   403
enquiries:new         ok   ok   ok    403  403  403  403  403  403   403   403
enquiries:export      ok   ok   ok    403  403  403  403  403  403   403   403
enquiries:detail      ok   ok   404   403  403  403  403  403  403   403   403
enquiries:edit        ok   ok   404   403  403  403  403  403  403   403   403
enquiries:close       ok   ok   404   403  403  403  403  403  403   403   403
enquiries:to_advice   ok   ok   404   403  403  403  403  403  403   403   403
"""

API = """
                                        dco  team o_dco la   o_la prov salt o_pr board admin nobody
GET /api/enquiries                      ok   ok   ok    403  403  403  403  403  403   403   403
POST /api/enquiries                     ok   ok   422   403  403  403  403  403  403   403   403
GET /api/enquiries/{enquiry_id}         ok   ok   404   403  403  403  403  403  403   403   403
"""
# fmt: on

URL_OBJECTS = {
    "enquiries:detail": "enquiry",
    "enquiries:edit": "enquiry",
    "enquiries:close": "enquiry",
    "enquiries:to_advice": "enquiry",
}
POST_ONLY = frozenset({"enquiries:close"})
PAGES_WITH_A_CHILD = frozenset(
    {
        "enquiries:list",
        "enquiries:detail",
        "enquiries:edit",
        "enquiries:to_advice",
        "enquiries:export",
    }
)
API_OBJECTS = {"{enquiry_id}": "enquiry"}


def objects(area, core) -> dict:
    return {"enquiry": EnquiryFactory(icb=area.icb, child=core["child"])}


def api_bodies(area, objects) -> dict:
    return {
        "POST /api/enquiries": {
            "source": "la",
            "topic": "health_advice",
            "summary": "Which service sees motor skills?",
            "child_nhs_number": objects["child"].nhs_number,
        }
    }
