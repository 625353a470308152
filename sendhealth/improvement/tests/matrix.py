"""Improvement's rows of the role matrix (see core/tests/test_role_matrix.py). The DCO service
writes; the board reads what is published (the self-evaluation here is published, and so is
the plan); local authorities and providers read the published self-evaluations of their ICB
and the actions their own organisation leads (here ``la``'s); nobody sees a child here. A
forum link with a bad token is "not found" for a signed-in user and sends a visitor to sign
in."""

import datetime

from django.core.files.base import ContentFile

from sendhealth.improvement.models import Evidence, Milestone
from sendhealth.improvement.tests.factories import make_action, make_evaluation, make_measure

NAMESPACES = ("improvement",)

# fmt: off
PAGES = """
                              dco  team o_dco la   o_la prov salt o_pr board admin nobody
improvement:home              ok   ok   ok    ok   ok   ok   ok   ok   ok    403   403
improvement:evaluation_new    ok   ok   ok    403  403  403  403  403  403   403   403
improvement:evaluation        ok   ok   404   ok   ok   ok   ok   ok   ok    403   403
improvement:summary           ok   ok   404   403  403  403  403  403  403   403   403
improvement:forum_link        ok   ok   404   403  403  403  403  403  403   403   403
improvement:publish           ok   ok   404   403  403  403  403  403  403   403   403
improvement:withdraw          ok   ok   404   403  403  403  403  403  403   403   403
improvement:evaluation_pdf    ok   ok   404   ok   ok   ok   ok   ok   ok    403   403
improvement:rate              ok   ok   404   403  403  403  403  403  403   403   403
improvement:evidence_document ok   ok   404   ok   ok   ok   ok   ok   ok    403   403
improvement:forum             404  404  404   404  404  404  404  404  404   404   404
improvement:plan              ok   ok   ok    ok   ok   ok   ok   ok   ok    403   403
improvement:plan_publish      ok   ok   ok    403  403  403  403  403  403   403   403
improvement:plan_withdraw     ok   ok   ok    403  403  403  403  403  403   403   403
improvement:plan_pdf          ok   ok   404   ok   404  404  404  404  ok    403   403
improvement:plan_xlsx         ok   ok   ok    ok   ok   ok   ok   ok   ok    403   403
improvement:priority_new      ok   ok   ok    403  403  403  403  403  403   403   403
improvement:priority_edit     ok   ok   404   403  403  403  403  403  403   403   403
improvement:priority_remove   ok   ok   404   403  403  403  403  403  403   403   403
improvement:action_new        ok   ok   404   403  403  403  403  403  403   403   403
improvement:action            ok   ok   404   ok   404  404  404  404  ok    403   403
improvement:action_edit       ok   ok   404   403  403  403  403  403  403   403   403
improvement:action_rag        ok   ok   404   403  403  403  403  403  403   403   403
improvement:milestone_new     ok   ok   404   403  403  403  403  403  403   403   403
improvement:milestone_edit    ok   ok   404   403  403  403  403  403  403   403   403
improvement:milestone_remove  ok   ok   404   403  403  403  403  403  403   403   403
improvement:measures          ok   ok   ok    403  403  403  403  403  ok    403   403
improvement:measure_new       ok   ok   ok    403  403  403  403  403  403   403   403
improvement:measure_edit      ok   ok   404   403  403  403  403  403  403   403   403
improvement:measure_remove    ok   ok   404   403  403  403  403  403  403   403   403
"""

API = """
                                                   dco  team o_dco la   o_la prov salt o_pr board admin nobody
GET /api/improvement/self-evaluations              ok   ok   ok    ok   ok   ok   ok   ok   ok    403   403
GET /api/improvement/self-evaluations/{evaluation_id} ok ok  404   ok   ok   ok   ok   ok   ok    403   403
POST /api/improvement/ratings/{rating_id}          ok   ok   404   403  403  403  403  403  403   403   403
GET /api/improvement/actions                       ok   ok   ok    ok   ok   ok   ok   ok   ok    403   403
POST /api/improvement/actions/{action_id}/rag      ok   ok   404   403  403  403  403  403  403   403   403
"""  # noqa: E501
# fmt: on

URL_OBJECTS = {
    "improvement:evaluation": "improvement_evaluation",
    "improvement:summary": "improvement_evaluation",
    "improvement:forum_link": "improvement_evaluation",
    "improvement:publish": "improvement_draft",
    "improvement:evaluation_pdf": "improvement_evaluation",
    "improvement:rate": "improvement_draft_rating",
    "improvement:forum": "improvement_evaluation",
    "improvement:action_new": "improvement_priority",
    "improvement:action": "improvement_action",
    "improvement:action_edit": "improvement_action",
    "improvement:action_rag": "improvement_action",
    "improvement:milestone_new": "improvement_action",
    "improvement:withdraw": "improvement_evaluation",
    "improvement:evidence_document": "improvement_evidence_document",
    "improvement:priority_edit": "improvement_priority",
    "improvement:priority_remove": "improvement_priority",
    "improvement:milestone_edit": "improvement_milestone",
    "improvement:milestone_remove": "improvement_milestone",
    "improvement:measure_edit": "improvement_measure",
    "improvement:measure_remove": "improvement_measure",
}
POST_ONLY: frozenset = frozenset({"improvement:publish", "improvement:plan_publish"})
PAGES_WITH_A_CHILD: frozenset = frozenset()
API_OBJECTS = {
    "{evaluation_id}": "improvement_evaluation",
    "{rating_id}": "improvement_draft_rating",
    "{action_id}": "improvement_action",
}


def _minutes_pdf() -> bytes:
    """A whole PDF (the board's identifier test reads every download it may fetch)."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=12)
    pdf.cell(text="Partnership board minutes")
    return bytes(pdf.output())


PDF = _minutes_pdf()


def objects(area, core) -> dict:
    published = make_evaluation(area.icb, year=2025, quarter=4, published=True)
    draft = make_evaluation(area.icb, year=2026, quarter=1)
    measure = make_measure(area.icb)
    action = make_action(area.icb, area.la, published=True, measure=measure)
    milestone = Milestone.objects.create(
        action=action, title="Chase list agreed", due_on=datetime.date(2029, 6, 1)
    )
    evidence = Evidence(
        rating=published.ratings.first(),
        kind="document",
        label="Partnership board minutes",
        document_token="e" * 32,
        document_type="pdf",
        document_size=len(PDF),
    )
    evidence.document.save(evidence.document_token, ContentFile(PDF), save=True)
    return {
        "improvement_evidence_document": evidence,
        "improvement_measure": measure,
        "improvement_milestone": milestone,
        "improvement_evaluation": published,
        "improvement_draft": draft,
        "improvement_draft_rating": draft.ratings.first(),
        "improvement_priority": action.priority,
        "improvement_action": action,
    }


def api_bodies(area, objects) -> dict:
    return {
        "POST /api/improvement/ratings/{rating_id}": {"level": 3, "notes": "Evidenced."},
        "POST /api/improvement/actions/{action_id}/rag": {
            "rag": "amber",
            "reason": "The measure lags: the chase started last week.",
        },
    }
