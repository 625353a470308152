"""Safeguarding's rows of the role matrix (see core/tests/test_role_matrix.py). The DCO and
DCO team record and change referrals; the child's local authority reads them; providers,
boards and admins never see one."""

from sendhealth.safeguarding.tests.factories import SafeguardingReferralFactory

NAMESPACES = ("safeguarding",)

# fmt: off
PAGES = """
                      dco  team o_dco la   o_la prov salt o_pr board admin nobody
safeguarding:list     ok   ok   ok    ok   ok   403  403  403  403   403   403
safeguarding:export   ok   ok   ok    ok   ok   403  403  403  403   403   403
safeguarding:new      ok   ok   404   403  403  403  403  403  403   403   403
safeguarding:detail   ok   ok   404   ok   404  403  403  403  403   403   403
safeguarding:edit     ok   ok   404   403  403  403  403  403  403   403   403
"""

API = """
                                                     dco  team o_dco la   o_la prov salt o_pr board admin nobody
GET /api/safeguarding-referrals                      ok   ok   ok    ok   ok   403  403  403  403   403   403
POST /api/safeguarding-referrals                     ok   ok   404   403  403  403  403  403  403   403   403
GET /api/safeguarding-referrals/{referral_id}        ok   ok   404   ok   404  403  403  403  403   403   403
"""  # noqa: E501
# fmt: on

URL_OBJECTS = {
    "safeguarding:new": "child",
    "safeguarding:detail": "referral",
    "safeguarding:edit": "referral",
}
POST_ONLY: frozenset = frozenset()
PAGES_WITH_A_CHILD = frozenset(
    {
        "safeguarding:list",
        "safeguarding:export",
        "safeguarding:new",
        "safeguarding:detail",
        "safeguarding:edit",
    }
)
API_OBJECTS = {"{referral_id}": "referral"}


def objects(area, core) -> dict:
    return {"referral": SafeguardingReferralFactory(child=core["child"])}


def api_bodies(area, objects) -> dict:
    return {
        "POST /api/safeguarding-referrals": {
            "child": objects["child"].pk,
            "origin": "dco",
            "made_to": "mash",
            "referred_on": "2026-01-05",
            "reason": "Concern raised at a clinic appointment.",
            "follow_up_due_on": "2026-01-19",
        }
    }
