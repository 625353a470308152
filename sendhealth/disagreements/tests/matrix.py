"""The disagreements register's rows of the role matrix (see ``core/tests/test_role_matrix``).

The DCO and DCO team own the register; the LA reads its own children's (and the ICB's answers
to tribunal recommendations); providers, board viewers and system admins see no disagreement;
the board sees the figures (counts only)."""

import datetime

from sendhealth.disagreements.models import Outcome
from sendhealth.disagreements.tests.factories import (
    DisagreementFactory,
    TribunalRecommendationFactory,
)

NAMESPACES = ("disagreements",)

# fmt: off
PAGES = """
                                  dco  team o_dco la   o_la prov salt o_pr board admin nobody
disagreements:list                ok   ok   ok    ok   ok   403  403  403  403   403   403
disagreements:export              ok   ok   ok    ok   ok   403  403  403  403   403   403
disagreements:figures             ok   ok   ok    403  403  403  403  403  ok    403   403
disagreements:new                 ok   ok   ok    403  403  403  403  403  403   403   403
disagreements:detail              ok   ok   404   ok   404  403  403  403  403   403   403
disagreements:edit                ok   ok   404   403  403  403  403  403  403   403   403
disagreements:add_recommendation  ok   ok   404   403  403  403  403  403  403   403   403
disagreements:respond             ok   ok   404   403  403  403  403  403  403   403   403
"""

API = """
                                                    dco  team o_dco la   o_la prov salt o_pr board admin nobody
GET /api/disagreements                              ok   ok   ok    ok   ok   403  403  403  403   403   403
POST /api/disagreements                             ok   ok   404   403  403  403  403  403  403   403   403
GET /api/disagreements/{disagreement_id}            ok   ok   404   ok   404  403  403  403  403   403   403
POST /api/disagreements/{disagreement_id}/recommendations  ok   ok   404   403  403  403  403  403  403   403   403
POST /api/disagreements/recommendations/{recommendation_id}/response  ok   ok   404   403  403  403  403  403  403   403   403
"""  # noqa: E501
# fmt: on

URL_OBJECTS = {
    "disagreements:detail": "disagreement",
    "disagreements:edit": "disagreement",
    "disagreements:add_recommendation": "disagreement",
    "disagreements:respond": "tribunal_recommendation",
}
POST_ONLY = frozenset()
PAGES_WITH_A_CHILD = frozenset(
    {
        "disagreements:list",
        "disagreements:export",
        "disagreements:detail",
        "disagreements:edit",
        "disagreements:add_recommendation",
        "disagreements:respond",
    }
)
API_OBJECTS = {
    "{recommendation_id}": "tribunal_recommendation",
    "{disagreement_id}": "disagreement",
}


def objects(area, core) -> dict:
    disagreement = DisagreementFactory(  # decided, so recommendations may be recorded
        child=core["child"],
        hearing_on=datetime.date(2026, 5, 20),
        outcome=Outcome.UPHELD,
        outcome_on=datetime.date(2026, 5, 29),
    )
    return {
        "disagreement": disagreement,
        "tribunal_recommendation": TribunalRecommendationFactory(disagreement=disagreement),
    }


def api_bodies(area, objects) -> dict:
    return {
        "POST /api/disagreements": {
            "child": objects["child"].pk,
            "kind": "appeal",
            "decision_letter_on": "2026-03-02",
            "registered_on": "2026-04-01",
            "issues": "Whether therapy is specified in section F.",
        },
        "POST /api/disagreements/{disagreement_id}/recommendations": {
            "text": "The ICB should arrange an updated sensory assessment.",
            "issued_on": "2026-06-01",
        },
        "POST /api/disagreements/recommendations/{recommendation_id}/response": {
            "response": "agree",
            "responded_on": "2026-06-20",
            "sent_to_parent": True,
            "sent_to_la": True,
        },
    }
