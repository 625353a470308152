"""Every change in the assessments register, audited in the same transaction."""

from __future__ import annotations

import secrets

from django.core.files.base import File
from django.db import transaction
from django.db.models import F

from sendhealth.advice.models import AdviceRequest
from sendhealth.assessments import domain, matching
from sendhealth.assessments.models import (
    MANUAL_PREFIX,
    Assessment,
    MatchMethod,
    Sen2Record,
    Sen2Return,
)
from sendhealth.core.audit import Auditor
from sendhealth.transitions.models import EhcPlan


def start_import(la, year: int, upload, *, user, auditor: Auditor) -> Sen2Return:
    """Keep the uploaded file (for the audit trail) and queue its import."""
    from sendhealth.assessments.tasks import import_return

    ret = Sen2Return(
        local_authority=la,
        icb_id=la.parent_id,
        collection_year=year,
        file_token=secrets.token_hex(16),
        file_format="xlsx" if upload.name.lower().endswith(".xlsx") else "zip",
        uploaded_by=user,
    )
    with transaction.atomic():
        ret.file.save(ret.file_token, File(upload), save=False)
        ret.save()
        auditor.create(ret, {"collection_year": year})
        transaction.on_commit(lambda: import_return.enqueue(ret.pk))
    return ret


def link_person(person, child, *, auditor: Auditor) -> None:
    """The LA links an unmatched SEN2 person to a child of its register."""
    with transaction.atomic():
        person.child = child
        person.match_method = MatchMethod.LINKED
        person.save(update_fields=["child", "match_method"])
        matching.link_assessments(person.local_authority_id, person_ids=[person.pk])
        auditor.update(person, {"child": child.pk})


# -- recording an assessment by hand -----------------------------------------------------------

MANUAL = MANUAL_PREFIX  # the prefix of the table ids sendhealth gives what it records by hand

DISPUTE_FIELDS = [
    "mediation_on",
    "mediation_certificate_on",
    "appeal_registered_on",
    "hearing_on",
    "tribunal_decision_on",
    "tribunal_outcome",
    "tribunal_order",
]
STEP_FIELDS = [
    "request_outcome_on",
    "request_outcome",
    "assessment_outcome",
    "draft_plan_on",
    "assessment_table_id",
    "assessment_outcome_on",
    "named_plan_table_id",
    "plan_start_on",
    "plan_ceased_on",
    "plan_cease_reason",
    "exception_decision",
    "exception_not_to_issue",
    "exception_final_plan",
    "week20",
    "request_mediation",
    "request_tribunal",
    "assessment_mediation",
    "assessment_tribunal",
    "final_plan",
    "extra",
    *DISPUTE_FIELDS,
]


def record_assessment(child, data: dict, *, user, auditor: Auditor) -> Assessment:
    """A request for an EHC needs assessment, recorded by the LA or the DCO's team. The child's
    advice requests made on the same date are linked to it."""
    with transaction.atomic():
        assessment = Assessment.objects.create(
            local_authority_id=child.local_authority_id,
            icb_id=child.local_authority.parent_id,
            child=child,
            requests_table_id=f"{MANUAL}{secrets.token_hex(6)}",
            received_on=data["received_on"],
            request_source=data["request_source"],
            extra={"sendhealth": {"recorded_by": user.pk if user else None}},
        )
        AdviceRequest.objects.filter(
            child=child, la_received_on=data["received_on"], assessment__isnull=True
        ).update(assessment=assessment)
        auditor.create(assessment, {"fields": ["received_on", "request_source"]})
    return assessment


def initial_steps(a: Assessment) -> dict:
    """The steps form's values for an assessment (recorded by hand or from SEN2)."""
    own = a.extra.get("sendhealth", {})
    decision = own.get("decision") or (
        "assess" if a.assessment_table_id else ("not_assess" if a.request_outcome_on else "not_yet")
    )
    outcome = own.get("outcome") or (
        "plan" if a.plan_issued else ("no_plan" if a.assessment_outcome_on else "not_yet")
    )
    return {
        "decision": decision,
        "decided_on": a.request_outcome_on,
        "draft_plan_on": a.draft_plan_on,
        "outcome": outcome,
        "outcome_on": a.plan_issued_on if outcome == "plan" else a.assessment_outcome_on,
        "exceptions": [
            key
            for key, on in (
                ("decision", a.exception_decision),
                ("not_to_issue", a.exception_not_to_issue),
                ("final_plan", a.exception_final_plan),
            )
            if on
        ],
        "disputes": [
            key
            for key in (
                "request_mediation",
                "request_tribunal",
                "assessment_mediation",
                "assessment_tribunal",
            )
            if getattr(a, key)
        ],
        "ceased_on": a.plan_ceased_on,
        "cease_reason": a.plan_cease_reason,
        **{name: getattr(a, name) for name in DISPUTE_FIELDS},
    }


def final_plan_problem(a: Assessment, data: dict) -> str | None:
    """Why the final plan cannot be the child's EHC plan, if it cannot (checked before writing):
    the child has a live plan that another assessment issued."""
    if data.get("outcome") != "plan" or a.final_plan_id or not a.child_id or data.get("ceased_on"):
        return None
    live = EhcPlan.objects.filter(child_id=a.child_id, ceased_on__isnull=True).first()
    if live is not None and Assessment.objects.filter(final_plan=live).exclude(pk=a.pk).exists():
        return (
            "The child already has a live EHC plan from another assessment: record that plan's "
            "cease date on its assessment first"
        )
    return None


def _plan_became_final(plan: EhcPlan, auditor: Auditor) -> None:
    """The assessment's final plan is recorded: health provision lines from the accepted
    advice, in this transaction (``provision.services.plan_became_final``; safe twice)."""
    from sendhealth.provision.services import plan_became_final

    plan_became_final(plan, auditor=auditor)


# The SEN2 code each decision typed by hand is returned as (items 2.5 and 3.1), and the codes
# a return may already hold that say the same (a withdrawal, a historical decision, "not yet").
REQUEST_CODES = {"assess": ("Y", {"Y", "H"}), "not_assess": ("N", {"N", "W"}),
                 "not_yet": ("", {"", "A"})}  # fmt: skip
OUTCOME_CODES = {"plan": ("Y", {"Y", "H"}), "no_plan": ("N", {"N", "W"}),
                 "not_yet": ("", {"", "A"})}  # fmt: skip


def _sen2_code(current: str, chosen: str, codes: dict) -> str:
    """The code for the decision recorded by hand: the one already held where it says the same
    (so a return's "W" or "H" survives an edit), else the decision's own."""
    code, same = codes[chosen]
    return current if current in same else code


def record_steps(a: Assessment, data: dict, *, auditor: Auditor) -> list[str]:
    """Save the steps; the final plan is the transitions register's ``EhcPlan`` (the child's
    live plan if no other assessment claims it, else a new one). Returns the fields changed."""
    before = {f: getattr(a, f if f != "final_plan" else "final_plan_id") for f in STEP_FIELDS}
    decision, outcome = data["decision"], data["outcome"]
    exceptions, disputes = set(data.get("exceptions") or ()), set(data.get("disputes") or ())
    a.request_outcome_on = data.get("decided_on")
    a.request_outcome = _sen2_code(a.request_outcome, decision, REQUEST_CODES)
    a.assessment_outcome = _sen2_code(
        a.assessment_outcome, outcome if decision == "assess" else "not_yet", OUTCOME_CODES
    )
    a.draft_plan_on = data.get("draft_plan_on")
    if decision == "assess" and outcome != "not_yet":
        a.assessment_table_id = a.assessment_table_id or f"{MANUAL}A{a.pk}"
        a.assessment_outcome_on = data.get("outcome_on")
    else:
        if a.assessment_table_id.startswith(MANUAL):
            a.assessment_table_id = ""
        a.assessment_outcome_on = None
    if outcome == "plan":
        a.named_plan_table_id = a.named_plan_table_id or f"{MANUAL}P{a.pk}"
        a.plan_start_on = a.plan_start_on or data.get("outcome_on")
    elif a.named_plan_table_id.startswith(MANUAL) or not a.named_plan_table_id:
        a.named_plan_table_id = ""
        a.plan_start_on = None
        a.final_plan = None
    a.plan_ceased_on = data.get("ceased_on")
    a.plan_cease_reason = data.get("cease_reason") or ""
    a.exception_decision = "decision" in exceptions
    a.exception_not_to_issue = "not_to_issue" in exceptions
    a.exception_final_plan = "final_plan" in exceptions
    # An imported "20-week exceptions apply" with no regulation named stays until one is.
    had_flags = any(before[f] for f in ("exception_decision", "exception_not_to_issue",
                                        "exception_final_plan"))  # fmt: skip
    a.week20 = bool(exceptions) if (exceptions or had_flags or not a.week20) else True
    for key in ("request_mediation", "request_tribunal"):
        setattr(a, key, key in disputes)
    for key in ("assessment_mediation", "assessment_tribunal"):
        setattr(a, key, key in disputes)
    for name in DISPUTE_FIELDS:
        text = name in ("tribunal_outcome", "tribunal_order")
        setattr(a, name, data.get(name) or ("" if text else None))
    a.extra = {**a.extra, "sendhealth": {**a.extra.get("sendhealth", {}), "decision": decision,
                                          "outcome": outcome}}  # fmt: skip
    with transaction.atomic():
        a.save()
        if outcome == "plan" and a.child_id:
            if not a.final_plan_id:
                matching.link_plan(a)
            plan = a.final_plan
            if plan is not None and (plan.issued_on, plan.ceased_on) != (
                a.plan_issued_on,
                a.plan_ceased_on,
            ):
                plan.issued_on, plan.ceased_on = a.plan_issued_on, a.plan_ceased_on
                plan.save(update_fields=["issued_on", "ceased_on", "updated_at"])
            if plan is not None and plan.pk != before["final_plan"]:
                _plan_became_final(plan, auditor)
        after = {f: getattr(a, f if f != "final_plan" else "final_plan_id") for f in STEP_FIELDS}
        changed = [f for f in STEP_FIELDS if before[f] != after[f]]
        auditor.update(a, {"fields": changed})
    return changed


# -- annual reviews and phase transfers (SEN2 5a) ----------------------------------------------

REVIEW_COLUMNS = {  # the 5a column each typed value is returned in
    "review_meeting_on": "reviewmeeting",
    "review_decided_on": "lastreview",
    "phase_transfer_due_on": "phasetransferduedate",
    "phase_transfer_final_on": "phasetransferfinaldate",
}


def initial_review(a: Assessment) -> dict:
    record = _review_record(a)
    if record is None:
        return {}
    due = record.phase_transfer_due_on
    return {
        "review_meeting_on": record.review_meeting_on,
        "review_decided_on": record.review_decided_on,
        "review_outcome": record.data.get("reviewoutcome", ""),
        "next_transfer_year": due.year if due else None,
        "transfer_kind": ("post16" if domain.phase_transfer_due(due.year, True) == due
                          else "school") if due else "",
        "phase_transfer_final_on": record.phase_transfer_final_on,
    }  # fmt: skip


def _review_record(a: Assessment, *, lock: bool = False) -> Sen2Record | None:
    """The plan's SEN2 5a row: the latest the LA returned for the request, or sendhealth's."""
    rows = Sen2Record.objects.filter(
        local_authority_id=a.local_authority_id,
        module="activeplans",
        parent_table_id=a.requests_table_id,
    )
    if lock:
        rows = rows.select_for_update()
    return rows.order_by(F("review_meeting_on").desc(nulls_last=True), "-pk").first()


def record_review(a: Assessment, data: dict, *, auditor: Auditor) -> Sen2Record:
    """Save an annual review and its decision, and the next phase transfer, on the plan's
    SEN2 5a row (so they go back out in the return), and carry them to the transitions
    register's plan (``matching.update_plans_from_reviews``): the one plan."""
    due = domain.phase_transfer_due(
        data.get("next_transfer_year"), data.get("transfer_kind") == "post16"
    )
    values = {
        "review_meeting_on": data["review_meeting_on"],
        "review_decided_on": data.get("review_decided_on"),
        "phase_transfer_due_on": due,
        "phase_transfer_final_on": data.get("phase_transfer_final_on"),
    }
    with transaction.atomic():
        record = _review_record(a, lock=True)
        created = record is None
        if created:
            table_id = f"{MANUAL}AP{a.pk}"
            record = Sen2Record(
                local_authority_id=a.local_authority_id,
                module="activeplans",
                table_id=table_id,
                parent_table_id=a.requests_table_id,
                data={"activeplanstableid": table_id, "requeststableid": a.requests_table_id},
            )
        before = {name: getattr(record, name) for name in values}
        before["review_outcome"] = record.data.get("reviewoutcome", "")
        for name, value in values.items():
            setattr(record, name, value)
            column = REVIEW_COLUMNS[name]
            if value is None:
                record.data.pop(column, None)
            else:
                record.data[column] = value.isoformat()
        if data.get("review_outcome"):
            record.data["reviewoutcome"] = data["review_outcome"]
        else:
            record.data.pop("reviewoutcome", None)
        record.save()
        matching.update_plans_from_reviews(a.local_authority_id, [a.requests_table_id])
        after = {name: getattr(record, name) for name in values}
        after["review_outcome"] = record.data.get("reviewoutcome", "")
        changed = [name for name in after if before[name] != after[name]]
        auditor.update(a, {"review": changed, "sen2_record": record.pk, "created": created})
    return record
