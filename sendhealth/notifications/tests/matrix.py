"""Section 23 notifications' rows of the role matrix (see core/tests/test_role_matrix.py).
Providers notify and see their own services'; the child's LA sees and acknowledges; the DCO
sees the ICB's and the monitoring pages."""

from datetime import date

from sendhealth.children.tests.factories import ChildFactory
from sendhealth.notifications.tests.factories import Section23NotificationFactory

NAMESPACES = ("notifications",)

# fmt: off
PAGES = """
                            dco  team o_dco la   o_la prov salt o_pr board admin nobody
notifications:list          ok   ok   ok    ok   ok   ok   ok   ok   403   403   403
notifications:new           ok   ok   ok    403  403  ok   ok   ok   403   403   403
notifications:export        ok   ok   ok    ok   ok   ok   ok   ok   403   403   403
notifications:quarters      ok   ok   ok    403  403  403  403  403  403   403   403
notifications:missed        ok   ok   ok    403  403  403  403  403  403   403   403
notifications:detail        ok   ok   404   ok   404  ok   ok   404  403   403   403
notifications:acknowledge   403  403  403   ok   404  403  403  403  403   403   403
notifications:edit          ok   ok   404   403  403  ok   ok   404  403   403   403
"""

API = """
                                                        dco  team o_dco la   o_la prov salt o_pr board admin nobody
GET /api/notifications                                  ok   ok   ok    ok   ok   ok   ok   ok   403   403   403
POST /api/notifications                                 ok   ok   422   403  403  ok   ok   422  403   403   403
GET /api/notifications/{notification_id}                ok   ok   404   ok   404  ok   ok   404  403   403   403
POST /api/notifications/{notification_id}/acknowledge   403  403  403   ok   404  403  403  403  403   403   403
"""  # noqa: E501
# fmt: on

URL_OBJECTS = {
    "notifications:detail": "notification",
    "notifications:acknowledge": "notification",
    "notifications:edit": "notification",
}
POST_ONLY: frozenset = frozenset()
PAGES_WITH_A_CHILD = frozenset(
    {
        "notifications:list",
        "notifications:export",
        "notifications:missed",
        "notifications:detail",
        "notifications:acknowledge",
        "notifications:edit",
    }
)
API_OBJECTS = {"{notification_id}": "notification"}


def objects(area, core) -> dict:
    return {
        "notification": Section23NotificationFactory(child=core["child"], service=area.salt),
        "s23_child": ChildFactory(local_authority=area.la, date_of_birth=date(2023, 6, 1)),
    }


def api_bodies(area, objects) -> dict:
    child = objects["s23_child"]
    return {
        "POST /api/notifications": {
            "nhs_number": child.nhs_number,
            "child": {"family_name": child.family_name, "date_of_birth": "2023-06-01"},
            "service": area.salt.pk,
            "opinion_on": "2026-01-05",
            "needs": ["SLCN"],
            "parent_told_on": "2026-01-06",
            "discussion_offered_on": "2026-01-06",
            "voluntary_organisation_suggested": False,
            "notified_on": "2026-01-07",
        },
        "POST /api/notifications/{notification_id}/acknowledge": {"acknowledged_on": "2026-01-08"},
    }
