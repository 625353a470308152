"""The transitions rows of the role matrix (``core/tests/test_role_matrix.py``).

DCO and local authorities see and change plans in their scope; a provider reads the plans of
the young people whose advice was routed to it; the board and system admins see no child."""

from django.utils import timezone

from sendhealth.transitions.tests.factories import EhcPlanFactory

NAMESPACES = ("transitions",)

# fmt: off
PAGES = """
                          dco  team o_dco la   o_la prov salt o_pr board admin nobody
transitions:queue         ok   ok   ok    ok   ok   403  403  403  403   403   403
transitions:queue_csv     ok   ok   ok    ok   ok   403  403  403  403   403   403
transitions:queue_xlsx    ok   ok   ok    ok   ok   403  403  403  403   403   403
transitions:plans         ok   ok   ok    ok   ok   ok   ok   ok   403   403   403
transitions:plan_new      ok   ok   ok    ok   ok   403  403  403  403   403   403
transitions:plan          ok   ok   404   ok   404  ok   ok   404  403   403   403
transitions:plan_edit     ok   ok   404   ok   404  403  403  403  403   403   403
transitions:milestones    ok   ok   404   ok   404  403  403  403  403   403   403
transitions:review_new    ok   ok   404   ok   404  403  403  403  403   403   403
"""

API = """
                                                    dco  team o_dco la   o_la prov salt o_pr board admin nobody
GET /api/transitions/plans                          ok   ok   ok    ok   ok   ok   ok   ok   403   403   403
POST /api/transitions/plans                         ok   ok   422   ok   422  403  403  403  403   403   403
GET /api/transitions/plans/{plan_id}                ok   ok   404   ok   404  ok   ok   404  403   403   403
POST /api/transitions/plans/{plan_id}/reviews       ok   ok   404   ok   404  403  403  403  403   403   403
GET /api/transitions/queue                          ok   ok   ok    ok   ok   403  403  403  403   403   403
"""  # noqa: E501
# fmt: on

URL_OBJECTS = {
    "transitions:plan": "transitions_plan",
    "transitions:plan_edit": "transitions_plan",
    "transitions:milestones": "transitions_plan",
    "transitions:review_new": "transitions_plan",
}
POST_ONLY = frozenset()
PAGES_WITH_A_CHILD = frozenset(
    {
        "transitions:queue",
        "transitions:queue_csv",
        "transitions:queue_xlsx",
        "transitions:plans",
        "transitions:plan",
        "transitions:plan_edit",
        "transitions:milestones",
        "transitions:review_new",
    }
)
API_OBJECTS = {"/transitions/plans/{plan_id}": "transitions_plan"}


def objects(area, core) -> dict:
    return {"transitions_plan": EhcPlanFactory(child=core["child"])}


def api_bodies(area, objects) -> dict:
    today = timezone.localdate().isoformat()
    return {
        "POST /api/transitions/plans": {
            "nhs_number": objects["child_without_request"].nhs_number,
            "issued_on": today,
        },
        "POST /api/transitions/plans/{plan_id}/reviews": {
            "held_on": today,
            "health_attended": False,
        },
    }
