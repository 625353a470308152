"""Assessments' rows of the role matrix."""

from sendhealth.assessments.models import Sen2Person
from sendhealth.assessments.tests.factories import AssessmentFactory

NAMESPACES = ("assessments",)

# fmt: off
PAGES = """
                           dco  team o_dco la   o_la prov salt o_pr board admin nobody
assessments:list           ok   ok   ok    ok   ok   ok   ok   ok   403   403   403
assessments:detail         ok   ok   404   ok   404  ok   ok   404  403   403   403
assessments:new            ok   ok   ok    ok   ok   403  403  403  403   403   403
assessments:steps          ok   ok   404   ok   404  403  403  403  403   403   403
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
"""  # noqa: E501
# fmt: on

URL_OBJECTS = {
    "assessments:detail": "assessment",
    "assessments:steps": "assessment",
    "assessments:return": "sen2_return",
    "assessments:link": "sen2_person",
}
POST_ONLY: frozenset = frozenset()
PAGES_WITH_A_CHILD = frozenset(
    {"assessments:list", "assessments:detail", "assessments:link", "assessments:steps"}
)
API_OBJECTS = {"{assessment_id}": "assessment"}


def objects(area, core) -> dict:
    from sendhealth.assessments.models import Sen2Return

    child = core["child"]
    ret = Sen2Return.objects.create(
        local_authority=area.la,
        icb=area.la.parent,
        collection_year=2026,
        file_token="t",
        file_format="zip",
        file="sen2/t",
    )
    person = Sen2Person.objects.create(
        local_authority=area.la,
        icb=area.la.parent,
        person_table_id="P1",
        # Not matched to any child (so shown on the unmatched queue): its own invented name.
        forename="Ottoline",
        surname="Unmatchedperson",
        birth_date=child.date_of_birth,
    )
    assessment = AssessmentFactory(child=child, person=person)
    core["request"].assessment = assessment
    core["request"].save(update_fields=["assessment"])
    return {"assessment": assessment, "sen2_return": ret, "sen2_person": person}


def api_bodies(area, objects) -> dict:
    return {}
