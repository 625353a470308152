"""Assessments' rows of the role matrix."""

import datetime

from sendhealth.assessments.models import Sen2Person
from sendhealth.assessments.tests.factories import AssessmentFactory, Sen2ReturnFactory

NAMESPACES = ("assessments",)

# fmt: off
PAGES = """
                           dco  team o_dco la   o_la prov salt o_pr board admin nobody
assessments:list           ok   ok   ok    ok   ok   ok   ok   ok   403   403   403
assessments:detail         ok   ok   404   ok   404  ok   ok   404  403   403   403
assessments:new            ok   ok   ok    ok   ok   403  403  403  403   403   403
assessments:steps          ok   ok   404   ok   404  403  403  403  403   403   403
assessments:review         ok   ok   404   ok   404  403  403  403  403   403   403
assessments:figures        ok   ok   ok    403  403  403  403  403  ok    403   403
assessments:returns        ok   ok   ok    ok   ok   403  403  403  403   403   403
assessments:demo_return    403  403  403   ok   ok   403  403  403  403   403   403
assessments:export         404  404  404   404  404  403  403  403  403   403   403
assessments:return         ok   ok   404   ok   404  403  403  403  403   403   403
assessments:unmatched      403  403  403   ok   ok   403  403  403  403   403   403
assessments:link           403  403  403   ok   404  403  403  403  403   403   403
"""

API = """
                                          dco  team o_dco la   o_la prov salt o_pr board admin nobody
GET /api/assessments                      ok   ok   ok    ok   ok   ok   ok   ok   403   403   403
GET /api/assessments/{assessment_id}      ok   ok   404   ok   404  ok   ok   404  403   403   403
POST /api/assessments                     ok   ok   422   ok   422  403  403  403  403   403   403
PATCH /api/assessments/{assessment_id}    ok   ok   404   ok   404  403  403  403  403   403   403
POST /api/assessments/{assessment_id}/reviews ok ok  404   ok   404  403  403  403  403   403   403
"""  # noqa: E501
# fmt: on

URL_OBJECTS = {
    "assessments:detail": "assessment",
    "assessments:steps": "assessment",
    "assessments:review": "assessment",
    "assessments:return": "sen2_return",
    "assessments:link": "sen2_person",
}
POST_ONLY: frozenset = frozenset()
PAGES_WITH_A_CHILD = frozenset(
    {
        "assessments:list",
        "assessments:detail",
        "assessments:link",
        "assessments:steps",
        "assessments:review",
    }
)
API_OBJECTS = {"{assessment_id}": "assessment"}


def objects(area, core) -> dict:
    child = core["child"]
    ret = Sen2ReturnFactory(local_authority=area.la)
    person = Sen2Person.objects.create(
        local_authority=area.la,
        icb=area.la.parent,
        person_table_id="P1",
        # Not matched to any child (so shown on the unmatched queue): its own invented name.
        forename="Ottoline",
        surname="Unmatchedperson",
        birth_date=child.date_of_birth,
    )
    # A plan was issued (no final plan linked: the transitions rows have the child's plan).
    assessment = AssessmentFactory(
        child=child,
        person=person,
        assessment_table_id="A1",
        request_outcome_on=datetime.date(2025, 9, 30),
        assessment_outcome_on=datetime.date(2026, 1, 10),
        named_plan_table_id="N1",
    )
    core["request"].assessment = assessment
    core["request"].save(update_fields=["assessment"])
    return {"assessment": assessment, "sen2_return": ret, "sen2_person": person}


def api_bodies(area, objects) -> dict:
    child = objects["child_without_request"]
    return {
        "POST /api/assessments": {
            "nhs_number": child.nhs_number,
            "date_of_birth": child.date_of_birth.isoformat(),
            "received_on": "2026-01-05",
            "request_source": "1",
        },
        "PATCH /api/assessments/{assessment_id}": {"draft_plan_on": "2025-12-01"},
        "POST /api/assessments/{assessment_id}/reviews": {"review_meeting_on": "2026-06-01"},
    }
