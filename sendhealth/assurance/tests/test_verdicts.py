"""Auditors teach the checks: verdicts on findings, each check's live precision, advisory
checks, and the verdicts exported as labelled cases."""

import json

import pytest
from django.urls import reverse

from sendhealth.assurance import services
from sendhealth.assurance.models import CheckPolicy, ConceptTerm, FindingVerdict, Verdict
from sendhealth.assurance.tests.factories import AuditFactory, AuditItemFactory
from sendhealth.core.models import AuditLog


@pytest.fixture
def item(area):
    return AuditItemFactory(plan__child__local_authority=area.la)


def _finding(item, check="unspecified_provision"):
    return next(f for f in services.item_findings(item) if f.check == check)


def _mark(client, item, finding, verdict, reason="", back=""):
    return client.post(
        reverse("assurance:finding_verdict", args=[item.pk]),
        {
            "check": finding.check,
            "section": finding.section,
            "start": finding.start,
            "end": finding.end,
            "verdict": verdict,
            "reason": reason,
            "back": back,
        },
    )


def test_an_auditor_marks_a_finding_not_a_problem_with_a_reason(area, client_for, item):
    audit = AuditFactory(item=item, auditor=area.la_user)
    finding = _finding(item)
    page = reverse("assurance:audit", args=[audit.pk])
    response = _mark(
        client_for(area.la_user), item, finding, "not_a_problem", "Trigger is stated", page
    )
    assert response.status_code == 302 and response["Location"] == page
    verdict = FindingVerdict.objects.get()
    assert (verdict.verdict, verdict.reason, verdict.quote) == (
        Verdict.NOT_A_PROBLEM,
        "Trigger is stated",
        finding.quote,
    )
    assert AuditLog.objects.filter(
        actor=area.la_user, child_id=item.child_id, object_type="assurance.FindingVerdict"
    ).exists()
    body = client_for(area.la_user).get(page).content.decode()
    assert "(now: not a problem)" in body


def test_marking_again_changes_the_verdict_rather_than_adding_one(area, client_for, item):
    client = client_for(area.dco)
    finding = _finding(item)
    _mark(client, item, finding, "not_a_problem")
    _mark(client, item, finding, "agreed")
    assert list(FindingVerdict.objects.values_list("verdict", flat=True)) == ["agreed"]


def test_a_finding_the_checks_no_longer_make_is_refused(area, client_for, item):
    finding = _finding(item)
    client = client_for(area.dco)
    response = client.post(
        reverse("assurance:finding_verdict", args=[item.pk]),
        {"check": finding.check, "section": "G", "start": 900, "end": 901, "verdict": "agreed"},
        follow=True,
    )
    assert "That finding is no longer made on this case" in response.content.decode()
    assert not FindingVerdict.objects.exists()


def test_another_las_auditor_cannot_mark_the_finding(area, client_for, item):
    response = _mark(client_for(area.other_la_user), item, _finding(item), "agreed")
    assert response.status_code == 404


def test_the_checks_page_shows_precision_and_a_check_below_the_level_as_advisory(
    area, client_for, item
):
    CheckPolicy.objects.create(icb=area.icb, advisory_below="0.60", minimum_verdicts=2)
    finding = _finding(item)
    _mark(client_for(area.dco), item, finding, "not_a_problem")
    _mark(client_for(area.dco_team), item, finding, "agreed")
    precision = {p.key: p for p in services.icb_check_precisions(area.icb.pk)}
    assert precision[finding.check].precision == 0.5 and precision[finding.check].advisory
    body = client_for(area.dco).get(reverse("assurance:checks")).content.decode()
    # A user reads the precision as a percentage, and the level they set as one too.
    assert "50%" in body and "0.50" not in body and "Advisory" in body
    assert 'name="advisory_below" type="text" value="60"' in body
    audit_page = client_for(area.dco).get(reverse("assurance:item", args=[item.pk]))
    assert "nhsuk-tag--orange" in audit_page.content.decode()


def test_the_dco_sets_the_level_and_bad_input_is_summarised(area, client_for):
    client = client_for(area.dco)
    response = client.post(
        reverse("assurance:checks"), {"advisory_below": "150", "minimum_verdicts": ""}
    )
    body = response.content.decode()
    assert "There is a problem" in body and "Enter a whole percentage from 0 to 100" in body
    assert not CheckPolicy.objects.exists()
    client.post(reverse("assurance:checks"), {"advisory_below": "70", "minimum_verdicts": "5"})
    policy = CheckPolicy.objects.get(icb=area.icb)
    assert (str(policy.advisory_below), policy.minimum_verdicts) == ("0.70", 5)


def test_verdicts_export_as_labelled_cases(area, client_for, item):
    finding = _finding(item)
    _mark(client_for(area.dco), item, finding, "agreed")
    response = client_for(area.dco).get(reverse("assurance:checks_export"))
    cases = json.loads(response.content)
    assert cases[0]["expected"] == [[finding.check, finding.section, finding.quote]]
    assert cases[0]["sections"]["G"] == item.plan.section_g
    assert AuditLog.objects.filter(actor=area.dco, child_id=item.child_id).exists()


def test_the_api_takes_a_verdict_and_reports_precision(area, client_for, item):
    finding = _finding(item)
    client = client_for(area.dco)
    response = client.post(
        f"/api/assurance/items/{item.pk}/findings/verdict",
        {
            "check": finding.check,
            "section": finding.section,
            "start": finding.start,
            "end": finding.end,
            "verdict": "not_a_problem",
            "reason": "fine",
        },
        content_type="application/json",
    )
    assert response.status_code == 200, response.content
    checks = {c["check"]: c for c in client.get("/api/assurance/checks").json()}
    assert checks[finding.check]["precision"] == 0.0
    assert checks["acronym"]["precision"] is None
    bad = client.post(
        f"/api/assurance/items/{item.pk}/findings/verdict",
        {**response.json(), "verdict": "maybe"},
        content_type="application/json",
    )
    assert bad.status_code == 422


def test_a_concept_term_added_in_the_admin_links_the_golden_thread(db):
    sections = {
        "C": "Sam has Rett syndrome.",
        "E": "By July 2027 Sam will use her eye-gaze board every school day.",
        "G": "A speech and language therapist will set up an eye-gaze board once a term for "
        "the 2026/27 school year.",
    }
    from sendhealth.assurance.checks import run_checks

    def thread():
        return [
            f
            for f in run_checks(sections, lexicon=services.checks_lexicon())
            if f.check == "golden_thread"
        ]

    assert thread()
    ConceptTerm.objects.create(concept="communication", term="rett syndrome", clinical=True)
    assert thread() == []


def test_the_api_documents_precision_as_a_share_from_0_to_1(area, client_for):
    schema = client_for(area.dco).get("/api/openapi.json").json()
    field = schema["components"]["schemas"]["CheckPrecisionOut"]["properties"]["precision"]
    assert "from 0 to 1" in field["description"] and "83%" in field["description"]
    assert field.get("minimum") == 0 and field.get("maximum") == 1
