"""Health provision's rows of the role matrix (see core/tests/test_role_matrix.py). The plan is
``la``'s child's, with a line of SALT (``provider``'s service) and one month's return. The DCO
team writes lines and sees shortfalls; providers record delivery for their services' lines;
the local authority reads its children's; the board sees the figures only."""

from sendhealth.provision.tests.factories import MonthlyReturnFactory, PlanLineFactory
from sendhealth.transitions.tests.factories import EhcPlanFactory

NAMESPACES = ("provision",)

# fmt: off
PAGES = """
                         dco  team o_dco la   o_la prov salt o_pr board admin nobody
provision:list           ok   ok   ok    ok   ok   ok   ok   ok   403   403   403
provision:plan           ok   ok   404   ok   404  ok   ok   404  403   403   403
provision:from_advice    ok   ok   404   403  403  403  403  403  403   403   403
provision:line_new       ok   ok   404   403  403  403  403  403  403   403   403
provision:paste          ok   ok   404   403  403  403  403  403  403   403   403
provision:line           ok   ok   404   ok   404  ok   ok   404  403   403   403
provision:line_edit      ok   ok   404   403  403  403  403  403  403   403   403
provision:record         ok   ok   404   403  403  ok   ok   404  403   403   403
provision:record_month   ok   ok   404   403  403  ok   ok   404  403   403   403
provision:remind         ok   ok   404   403  403  403  403  403  403   403   403
provision:import         ok   ok   ok    403  403  ok   ok   ok   403   403   403
provision:template       ok   ok   ok    403  403  ok   ok   ok   403   403   403
provision:shortfalls     ok   ok   ok    403  403  403  403  403  403   403   403
provision:policy         ok   ok   ok    403  403  403  403  403  403   403   403
provision:figures        ok   ok   ok    403  403  403  403  403  ok    403   403
"""

API = """
                                                   dco  team o_dco la   o_la prov salt o_pr board admin nobody
GET /api/provision/lines                           ok   ok   ok    ok   ok   ok   ok   ok   403   403   403
GET /api/provision/lines/{line_id}                 ok   ok   404   ok   404  ok   ok   404  403   403   403
GET /api/provision/returns                         ok   ok   ok    ok   ok   ok   ok   ok   403   403   403
POST /api/provision/lines/{line_id}/returns        ok   ok   404   403  403  ok   ok   404  403   403   403
GET /api/provision/shortfalls                      ok   ok   ok    403  403  403  403  403  403   403   403
"""  # noqa: E501
# fmt: on

URL_OBJECTS = {
    "provision:plan": "provision_plan",
    "provision:from_advice": "provision_plan",
    "provision:line_new": "provision_plan",
    "provision:paste": "provision_plan",
    "provision:record_month": "provision_plan",
    "provision:line": "provision_line",
    "provision:line_edit": "provision_line",
    "provision:record": "provision_line",
    "provision:remind": "provision_line",
}
POST_ONLY = frozenset({"provision:from_advice", "provision:remind"})
PAGES_WITH_A_CHILD = frozenset(
    {
        "provision:list",
        "provision:plan",
        "provision:line",
        "provision:shortfalls",
        "provision:record_month",
    }
)
API_OBJECTS = {"{line_id}": "provision_line"}


def objects(area, core) -> dict:
    # The child's one live plan (the transitions register's rows make it first).
    plan = core.get("transitions_plan") or EhcPlanFactory(child=core["child"])
    line = PlanLineFactory(plan=plan, service=area.salt)
    MonthlyReturnFactory(line=line)
    return {"provision_plan": plan, "provision_line": line}


def api_bodies(area, objects) -> dict:
    from django.utils import timezone

    from sendhealth.provision.domain import add_months, first_of_month

    last = add_months(first_of_month(timezone.localdate()), -1)
    return {
        "POST /api/provision/lines/{line_id}/returns": {
            "month": last.isoformat(),
            "delivered": 2,
            "not_delivered": 1,
            "reason": "staffing",
        },
    }
