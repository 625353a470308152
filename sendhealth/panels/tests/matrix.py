"""Panels and packages in the role matrix (see ``core/tests/test_role_matrix.py``).

DCO and DCO team manage panels and packages; only a DCO approves a package; a local authority
reads its own children's; providers, board viewers and system admins get nothing."""

from datetime import date

from sendhealth.panels.tests.factories import PackageFactory, PanelCaseFactory, PanelFactory

NAMESPACES = ("panels",)

# fmt: off
PAGES = """
                           dco  team o_dco la   o_la prov salt o_pr board admin nobody
panels:list                ok   ok   ok    ok   ok   403  403  403  403   403   403
panels:new                 ok   ok   ok    403  403  403  403  403  403   403   403
panels:export              ok   ok   ok    ok   ok   403  403  403  403   403   403
panels:detail              ok   ok   404   ok   404  403  403  403  403   403   403
panels:edit                ok   ok   404   403  403  403  403  403  403   403   403
panels:add_attendee        ok   ok   404   403  403  403  403  403  403   403   403
panels:add_case            ok   ok   404   403  403  403  403  403  403   403   403
panels:case                ok   ok   404   403  403  403  403  403  403   403   403
panels:packages            ok   ok   ok    ok   ok   403  403  403  403   403   403
panels:package_reviews     ok   ok   ok    ok   ok   403  403  403  403   403   403
panels:package_export      ok   ok   ok    ok   ok   403  403  403  403   403   403
panels:package_new         ok   ok   ok    403  403  403  403  403  403   403   403
panels:package             ok   ok   404   ok   404  403  403  403  403   403   403
panels:package_edit        ok   ok   404   403  403  403  403  403  403   403   403
panels:package_approve     ok   403  404   403  403  403  403  403  403   403   403
"""

API = """
                                                    dco  team o_dco la   o_la prov salt o_pr board admin nobody
GET /api/panels                                     ok   ok   ok    ok   ok   403  403  403  403   403   403
POST /api/panels                                    ok   ok   422   403  403  403  403  403  403   403   403
GET /api/panels/{panel_id}                          ok   ok   404   ok   404  403  403  403  403   403   403
GET /api/packages                                   ok   ok   ok    ok   ok   403  403  403  403   403   403
POST /api/packages                                  ok   ok   422   403  403  403  403  403  403   403   403
GET /api/packages/{package_id}                      ok   ok   404   ok   404  403  403  403  403   403   403
POST /api/packages/{package_id}/approve             ok   403  404   403  403  403  403  403  403   403   403
"""  # noqa: E501
# fmt: on

URL_OBJECTS = {
    "panels:detail": "panel",
    "panels:edit": "panel",
    "panels:add_attendee": "panel",
    "panels:add_case": "panel",
    "panels:case": "panel_case",
    "panels:package": "package",
    "panels:package_edit": "package",
    "panels:package_approve": "package",
}
POST_ONLY = frozenset({"panels:package_approve"})
PAGES_WITH_A_CHILD = frozenset(
    {
        "panels:detail",
        "panels:case",
        "panels:export",
        "panels:packages",
        "panels:package_reviews",
        "panels:package_export",
        "panels:package",
        "panels:package_edit",
    }
)
API_OBJECTS = {"{panel_id}": "panel", "{package_id}": "package"}


def objects(area, core) -> dict:
    child = core["child"]
    panel = PanelFactory(icb=area.icb)
    case = PanelCaseFactory(panel=panel, child=child)
    package = PackageFactory(child=child, review_on=date.today())
    return {"panel": panel, "panel_case": case, "package": package}


def api_bodies(area, objects) -> dict:
    child = objects["child"]
    return {
        "POST /api/panels": {
            "held_on": "2026-03-10", "panel_type": "funding", "local_authority": area.la.pk,
        },
        "POST /api/packages": {
            "nhs_number": child.nhs_number, "kind": "phb", "description": "A budget.",
            "starts_on": "2026-04-01", "review_on": "2027-04-01", "cost_per_year": "12000.00",
            "health_amount": "12000.00", "education_amount": "0", "social_care_amount": "0",
        },
    }  # fmt: skip
