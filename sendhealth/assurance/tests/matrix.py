"""Quality assurance's rows of the role matrix (see core/tests/test_role_matrix.py).

The DCO runs rounds and moderates; the LA sees its own plans and audits them when asked (here
``la_user`` is the auditor of the plan's audit); providers see feedback on their own services'
advice; the board sees figures only. A guest link with a bad token is "not found" for a
signed-in user and sends a visitor to sign in."""

from django.utils import timezone

from sendhealth.advice.models import ReviewDecision
from sendhealth.advice.tests.factories import AdviceSubmissionFactory
from sendhealth.assurance.models import AuditItem, AuditStatus, ToolKind
from sendhealth.assurance.tests.factories import (
    AuditFactory,
    AuditItemFactory,
    AuditRoundFactory,
    EhcPlanSectionsFactory,
)

NAMESPACES = ("assurance",)

# fmt: off
PAGES = """
                             dco  team o_dco la   o_la prov salt o_pr board admin nobody
assurance:rounds             ok   ok   ok    403  403  403  403  403  403   403   403
assurance:round_new          ok   ok   ok    403  403  403  403  403  403   403   403
assurance:round              ok   ok   404   403  403  403  403  403  403   403   403
assurance:item               ok   ok   404   ok   404  404  404  404  403   403   403
assurance:assign             ok   ok   404   403  403  403  403  403  403   403   403
assurance:revoke_guest       ok   ok   404   403  403  403  403  403  403   403   403
assurance:resolve            ok   ok   404   403  403  403  403  403  403   403   403
assurance:my_audits          ok   ok   ok    ok   ok   ok   ok   ok   403   403   403
assurance:audit              ok   ok   404   ok   404  404  404  404  403   403   403
assurance:plans              ok   ok   ok    ok   ok   403  403  403  403   403   403
assurance:plan_new           ok   ok   ok    ok   ok   403  403  403  403   403   403
assurance:plan               ok   ok   404   ok   404  403  403  403  403   403   403
assurance:plan_progress      ok   ok   404   ok   404  403  403  403  403   403   403
assurance:feedback           ok   ok   ok    403  403  ok   ok   ok   403   403   403
assurance:feedback_detail    ok   ok   404   403  403  ok   ok   404  403   403   403
assurance:figures            ok   ok   ok    403  403  403  403  403  ok    403   403
assurance:figures_csv        ok   ok   ok    403  403  403  403  403  ok    403   403
assurance:figures_xlsx       ok   ok   ok    403  403  403  403  403  ok    403   403
assurance:guidance           ok   ok   ok    ok   ok   ok   ok   ok   ok    ok    ok
assurance:tools              ok   ok   ok    ok   ok   ok   ok   ok   ok    403   403
assurance:finding_verdict    ok   ok   404   ok   404  404  404  404  403   403   403
assurance:checks             ok   ok   ok    403  403  403  403  403  403   403   403
assurance:checks_export      ok   ok   ok    403  403  403  403  403  403   403   403
assurance:guest              404  404  404   404  404  404  404  404  404   404   404
"""

API = """
                                                 dco  team o_dco la   o_la prov salt o_pr board admin nobody
GET /api/assurance/tools                         ok   ok   ok    ok   ok   ok   ok   ok   ok    403   403
GET /api/assurance/rounds                        ok   ok   ok    403  403  403  403  403  403   403   403
GET /api/assurance/rounds/{round_id}             ok   ok   404   403  403  403  403  403  403   403   403
GET /api/assurance/items                         ok   ok   ok    ok   ok   ok   ok   ok   403   403   403
GET /api/assurance/items/{item_id}               ok   ok   404   ok   404  404  404  404  403   403   403
GET /api/assurance/items/{item_id}/findings      ok   ok   404   ok   404  404  404  404  403   403   403
POST /api/assurance/items/{item_id}/findings/verdict ok ok 404 ok 404  404  404  404  403   403   403
GET /api/assurance/checks                        ok   ok   ok    403  403  403  403  403  403   403   403
"""  # noqa: E501
# fmt: on

URL_OBJECTS = {
    "assurance:round": "assurance_round",
    "assurance:item": "assurance_item",
    "assurance:assign": "assurance_item",
    "assurance:resolve": "assurance_item",
    "assurance:audit": "assurance_audit",
    "assurance:plan": "assurance_plan",
    "assurance:plan_progress": "assurance_plan",
    "assurance:feedback_detail": "assurance_feedback",
    "assurance:guest": "assurance_item",
    "assurance:revoke_guest": "assurance_guest_audit",
    "assurance:finding_verdict": "assurance_item",
}
POST_ONLY: frozenset = frozenset({"assurance:finding_verdict", "assurance:revoke_guest"})
PAGES_WITH_A_CHILD = frozenset(
    {
        "assurance:round",
        "assurance:item",
        "assurance:assign",
        "assurance:resolve",
        "assurance:my_audits",
        "assurance:audit",
        "assurance:plans",
        "assurance:plan",
        "assurance:plan_progress",
        "assurance:feedback_detail",
        "assurance:guest",
        "assurance:finding_verdict",
    }
)
API_OBJECTS = {"{round_id}": "assurance_round", "{item_id}": "assurance_item"}


def objects(area, core) -> dict:
    plan = EhcPlanSectionsFactory(child=core["child"])
    audit_round = AuditRoundFactory(icb=area.icb)
    item = AuditItemFactory(plan=plan, round=audit_round)
    submission = AdviceSubmissionFactory(
        assignment=core["assignment"], decision=ReviewDecision.ACCEPTED
    )
    advice_round = AuditRoundFactory(icb=area.icb, kind=ToolKind.ADVICE, name="Advice audit")
    advice_item = AuditItem.objects.create(
        round=advice_round,
        submission=submission,
        child=core["child"],
        icb=area.icb,
        local_authority=area.la,
        provider=area.provider,
        service=area.salt,
        need_type=core["child"].primary_need,
    )
    return {
        "assurance_plan": plan,
        "assurance_round": audit_round,
        "assurance_item": item,
        "assurance_audit": AuditFactory(item=item, auditor=area.la_user),
        "assurance_guest_audit": AuditFactory(
            item=item, auditor=None, guest_name="Pat Forum", guest_token_hash="0" * 64
        ),
        "assurance_advice_item": advice_item,
        "assurance_feedback": AuditFactory(
            item=advice_item,
            auditor=area.dco_team,
            status=AuditStatus.FINISHED,
            finished_at=timezone.now(),
            points=10,
            max_points=20,
        ),
    }


def api_bodies(area, objects) -> dict:
    from sendhealth.assurance.services import item_findings

    finding = item_findings(objects["assurance_item"])[0]
    return {
        "POST /api/assurance/items/{item_id}/findings/verdict": {
            "check": finding.check,
            "section": finding.section,
            "start": finding.start,
            "end": finding.end,
            "verdict": "not_a_problem",
        }
    }
