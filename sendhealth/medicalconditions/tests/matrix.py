"""Medical conditions' rows of the role matrix (see core/tests/test_role_matrix.py). Health (the
DCO team and providers of the ICB) records plans; the child's local authority reads them; a
provider sees the plans its services contributed to (the plan here is SALT's, for ``la``'s
child, at ``la``'s setting); boards and admins never see one."""

from sendhealth.medicalconditions.tests.factories import HealthcarePlanFactory

NAMESPACES = ("medicalconditions",)

# fmt: off
PAGES = """
                              dco  team o_dco la   o_la prov salt o_pr board admin nobody
medicalconditions:list        ok   ok   ok    ok   ok   ok   ok   ok   403   403   403
medicalconditions:find        ok   ok   ok    403  403  ok   ok   ok   403   403   403
medicalconditions:new         ok   ok   ok    403  403  ok   ok   ok   403   403   403
medicalconditions:detail      ok   ok   404   ok   404  ok   ok   404  403   403   403
medicalconditions:edit        ok   ok   404   403  403  ok   ok   404  403   403   403
medicalconditions:review      ok   ok   404   403  403  ok   ok   404  403   403   403
medicalconditions:training    ok   ok   404   403  403  ok   ok   404  403   403   403
medicalconditions:settings    ok   ok   ok    ok   ok   ok   ok   ok   403   403   403
medicalconditions:setting     ok   ok   404   ok   404  ok   ok   404  403   403   403
medicalconditions:figures     ok   ok   ok    403  403  403  403  403  403   403   403
"""

API = """
                                                   dco  team o_dco la   o_la prov salt o_pr board admin nobody
GET /api/healthcare-plans                          ok   ok   ok    ok   ok   ok   ok   ok   403   403   403
POST /api/healthcare-plans                         ok   ok   404   403  403  ok   ok   422  403   403   403
GET /api/healthcare-plans/{plan_id}                ok   ok   404   ok   404  ok   ok   404  403   403   403
POST /api/healthcare-plans/{plan_id}/reviews       ok   ok   404   403  403  ok   ok   404  403   403   403
POST /api/healthcare-plans/{plan_id}/training      ok   ok   404   403  403  ok   ok   404  403   403   403
"""  # noqa: E501
# fmt: on

URL_OBJECTS = {
    "medicalconditions:detail": "healthcare_plan",
    "medicalconditions:edit": "healthcare_plan",
    "medicalconditions:review": "healthcare_plan",
    "medicalconditions:training": "healthcare_plan",
    "medicalconditions:setting": "healthcare_plan_setting",
}
POST_ONLY: frozenset = frozenset()
PAGES_WITH_A_CHILD = frozenset(
    {
        "medicalconditions:list",
        "medicalconditions:detail",
        "medicalconditions:edit",
        "medicalconditions:review",
        "medicalconditions:training",
        "medicalconditions:setting",
    }
)
API_OBJECTS = {"{plan_id}": "healthcare_plan"}


def objects(area, core) -> dict:
    plan = HealthcarePlanFactory(child=core["child"], setting=area.setting, service=area.salt)
    return {"healthcare_plan": plan, "healthcare_plan_setting": area.setting}


def api_bodies(area, objects) -> dict:
    child = objects["child"]
    return {
        "POST /api/healthcare-plans": {
            "nhs_number": child.nhs_number,
            "date_of_birth": child.date_of_birth.isoformat(),
            "setting": area.setting.pk,
            "setting_type": "primary",
            "condition_area": objects["healthcare_plan"].condition_area_id,
            "emergency_medication": True,
            "service": area.salt.pk,
            "professional": "Sam Patel, school nurse",
            "agreed_on": "2026-01-05",
            "review_due_on": "2027-01-05",
        },
        "POST /api/healthcare-plans/{plan_id}/reviews": {
            "done_on": "2026-01-10",
            "next_due_on": "2027-01-10",
        },
        "POST /api/healthcare-plans/{plan_id}/training": {
            "trained_staff": 4,
            "trained_on": "2026-01-10",
            "training_delivered_by": "School nursing team",
        },
    }
