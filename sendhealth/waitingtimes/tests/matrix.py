"""Waiting times in the role matrix: the DCO team records; the DCO team and the board read
(figures about services, never a child); nobody else."""

from sendhealth.waitingtimes.tests.factories import ServicePositionFactory

NAMESPACES = ("waitingtimes",)

# fmt: off
PAGES = """
                         dco  team o_dco la   o_la prov salt o_pr board admin nobody
waitingtimes:list        ok   ok   ok    403  403  403  403  403  ok    403   403
waitingtimes:service     ok   ok   404   403  403  403  403  403  ok    403   403
waitingtimes:new         ok   ok   ok    403  403  403  403  403  403   403   403
waitingtimes:import      ok   ok   ok    403  403  403  403  403  403   403   403
waitingtimes:template    ok   ok   ok    403  403  403  403  403  403   403   403
waitingtimes:gaps        ok   ok   ok    403  403  403  403  403  ok    403   403
waitingtimes:gaps_export ok   ok   ok    403  403  403  403  403  ok    403   403
"""

API = """
                          dco  team o_dco la   o_la prov salt o_pr board admin nobody
GET /api/waiting-times    ok   ok   ok    403  403  403  403  403  ok    403   403
POST /api/waiting-times   ok   ok   422   403  403  403  403  403  403   403   403
"""
# fmt: on

URL_OBJECTS = {"waitingtimes:service": "waiting_service"}
POST_ONLY: frozenset = frozenset()
PAGES_WITH_A_CHILD: frozenset = frozenset()
API_OBJECTS: dict = {}


def objects(area, core) -> dict:
    ServicePositionFactory(service=area.salt)
    return {"waiting_service": area.salt}


def api_bodies(area, objects) -> dict:
    return {
        "POST /api/waiting-times": {
            "service": area.salt.pk,
            "month": "2026-02",
            "referrals_received": 30,
            "caseload": 250,
            "waiting_0_1": 5,
            "waiting_1_2": 5,
            "waiting_2_4": 10,
            "waiting_4_12": 20,
            "waiting_12_18": 5,
            "waiting_18_52": 2,
            "waiting_over_52": 0,
            "median_wait_weeks": "6.5",
            "p92_wait_weeks": "15.0",
            "target_weeks": 18,
        }
    }
