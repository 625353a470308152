"""Every change to a self-evaluation or the improvement plan, audited in the same transaction
(field names only, and the reason for a RAG override, which is the point of recording it)."""

from __future__ import annotations

import secrets
from datetime import timedelta

from django.db import transaction
from django.utils import timezone

from sendhealth.core.audit import Auditor
from sendhealth.core.models import AuditAction
from sendhealth.core.services import locked
from sendhealth.improvement.domain import first_reminder_on
from sendhealth.improvement.models import (
    Action,
    ActionStatus,
    Evidence,
    EvidenceKind,
    ImprovementPlan,
    Measure,
    Milestone,
    Priority,
    PublicationStatus,
    SelfEvaluation,
    Statement,
    StatementRating,
)


class EvaluationError(Exception):
    """A change refused because of the self-evaluation's state (shown to the person)."""


# -- self-evaluation --------------------------------------------------------------------------


def start_evaluation(icb, framework, year: int, quarter: int, *, auditor: Auditor, user=None):
    """A quarter's self-evaluation, with an empty rating for every statement."""
    with transaction.atomic():
        if SelfEvaluation.objects.filter(
            icb=icb, framework=framework, year=year, quarter=quarter
        ).exists():
            raise EvaluationError("This quarter already has a self-evaluation on this framework")
        evaluation = SelfEvaluation.objects.create(
            icb=icb, framework=framework, year=year, quarter=quarter, created_by=user
        )
        statements = Statement.objects.filter(principle__framework=framework)
        StatementRating.objects.bulk_create(
            StatementRating(evaluation=evaluation, statement=s) for s in statements
        )
        auditor.create(evaluation, {"framework": framework.pk, "year": year, "quarter": quarter})
    return evaluation


def _editable(evaluation: SelfEvaluation) -> None:
    if evaluation.is_published:
        raise EvaluationError("A published self-evaluation cannot be changed")


def rate(rating: StatementRating, data: dict, evidence: list[dict], *, auditor: Auditor, user=None):
    """The DCO's rating, notes and any new evidence for one statement. An item with an
    ``upload`` (already checked by ``core.uploads.check_document``, its type in
    ``document_type``) is kept under a random name."""
    with transaction.atomic():
        rating = locked(rating)
        _editable(rating.evaluation)
        rating.level = data["level"]
        rating.notes = data.get("notes", "")
        rating.rated_by = user
        rating.rated_at = timezone.now()
        rating.save()
        links = [item for item in evidence if "upload" not in item]
        Evidence.objects.bulk_create(Evidence(rating=rating, **item) for item in links)
        documents = []
        for item in evidence:
            if "upload" in item:
                documents.append(_attach(rating, item))
        auditor.update(
            rating,
            {
                "fields": ["level", "notes"],
                "evidence_added": [e["kind"] for e in evidence],
                "documents": [d.pk for d in documents],
            },
        )
    return rating


def _attach(rating: StatementRating, item: dict) -> Evidence:
    upload = item["upload"]
    document = Evidence(
        rating=rating,
        kind=EvidenceKind.DOCUMENT,
        label=item["label"],
        document_token=secrets.token_hex(16),
        document_type=item["document_type"],
        document_size=upload.size,
    )
    document.document.save(document.document_token, upload, save=False)
    document.save()
    return document


def save_summary(evaluation: SelfEvaluation, summary: str, *, auditor: Auditor) -> None:
    with transaction.atomic():
        _editable(evaluation)
        evaluation.summary = summary
        evaluation.save(update_fields=["summary"])
        auditor.update(evaluation, {"fields": ["summary"]})


def issue_forum_link(evaluation: SelfEvaluation, name: str, days: int, *, auditor: Auditor) -> str:
    """A parent carer forum representative's access to this one self-evaluation for ``days``
    days. Only the token's hash is kept; the link is shown once, to the DCO who made it. A new
    link replaces the last one."""
    raw = secrets.token_urlsafe(32)
    with transaction.atomic():
        evaluation = locked(evaluation)
        if evaluation.forum_signed_at:
            raise EvaluationError("The forum has already co-signed this self-evaluation")
        evaluation.forum_name = name
        evaluation.forum_token_hash = SelfEvaluation.hash_token(raw)
        evaluation.forum_expires_at = timezone.now() + timedelta(days=days)
        evaluation.save(update_fields=["forum_name", "forum_token_hash", "forum_expires_at"])
        auditor.update(evaluation, {"forum_link": name, "days": days})
    return raw


def evaluation_for_forum_token(raw: str) -> SelfEvaluation | None:
    evaluation = (
        SelfEvaluation.objects.filter(forum_token_hash=SelfEvaluation.hash_token(raw))
        .select_related("framework__scale", "icb")
        .first()
    )
    if evaluation is None or not evaluation.forum_link_valid():
        return None
    return evaluation


def forum_review(
    evaluation: SelfEvaluation,
    comments: dict[int, str],
    overall: str,
    *,
    sign_as: str = "",
    auditor: Auditor,
) -> None:
    """The forum's comments beside the DCO's ratings (by rating id) and on the whole; with
    ``sign_as`` the forum co-signs, which closes the link."""
    with transaction.atomic():
        evaluation = locked(evaluation)
        if not evaluation.forum_link_valid():
            raise EvaluationError("This link has expired or the review is signed")
        ratings = {r.pk: r for r in evaluation.ratings.all()}
        changed = []
        for rating_id, text in comments.items():
            rating = ratings.get(rating_id)
            if rating is not None and rating.forum_comment != text:
                rating.forum_comment = text
                changed.append(rating)
        StatementRating.objects.bulk_update(changed, ["forum_comment"])
        evaluation.forum_comments = overall
        fields = ["forum_comments"]
        if sign_as:
            evaluation.forum_signed_by = sign_as
            evaluation.forum_signed_at = timezone.now()
            fields += ["forum_signed_by", "forum_signed_at"]
        evaluation.save(update_fields=fields)
        auditor.update(evaluation, {"forum_comments": len(changed), "signed": bool(sign_as)})


def publish_evaluation(evaluation: SelfEvaluation, *, auditor: Auditor) -> None:
    with transaction.atomic():
        evaluation = locked(evaluation)
        _editable(evaluation)
        if evaluation.ratings.filter(level__isnull=True).exists():
            raise EvaluationError("Rate every statement before publishing")
        evaluation.status = PublicationStatus.PUBLISHED
        evaluation.published_at = timezone.now()
        evaluation.save(update_fields=["status", "published_at"])
        auditor.update(evaluation, {"fields": ["status"], "status": "published"})


# -- the improvement plan ---------------------------------------------------------------------


def plan_for(icb) -> ImprovementPlan:
    plan, _ = ImprovementPlan.objects.get_or_create(icb=icb)
    return plan


def add_priority(icb, data: dict, *, auditor: Auditor) -> Priority:
    with transaction.atomic():
        plan = plan_for(icb)
        order = plan.priorities.count() + 1
        priority = Priority.objects.create(
            plan=plan, order=order, title=data["title"], description=data.get("description", "")
        )
        priority.statements.set(data.get("statements", []))
        auditor.create(priority, {"fields": ["title", "description", "statements"]})
    return priority


ACTION_FIELDS = ("title", "owner", "organisation", "due_on", "status", "measure")


def add_action(priority: Priority, data: dict, *, auditor: Auditor) -> Action:
    action = Action(priority=priority, **{name: data[name] for name in ACTION_FIELDS})
    action.completed_on = timezone.localdate() if action.status == ActionStatus.DONE else None
    action.next_reminder_on = first_reminder_on(action.due_on, action.status)
    with transaction.atomic():
        action.save()
        auditor.create(action, {"fields": list(ACTION_FIELDS)})
    return action


def update_action(action: Action, data: dict, *, auditor: Auditor) -> list[str]:
    with transaction.atomic():
        action = locked(action)
        changed = [name for name in ACTION_FIELDS if getattr(action, name) != data[name]]
        if not changed:
            return []
        for name in changed:
            setattr(action, name, data[name])
        if "status" in changed:
            done = action.status == ActionStatus.DONE
            action.completed_on = timezone.localdate() if done else None
        if {"status", "due_on"} & set(changed):
            action.next_reminder_on = first_reminder_on(action.due_on, action.status)
        action.save()
        auditor.update(action, {"fields": changed})
    return changed


def override_rag(action: Action, rag: str, reason: str, *, auditor: Auditor) -> None:
    """A person sets the RAG (or, with ``rag`` empty, gives it back to the measure); the reason
    is kept on the action and in the audit trail."""
    with transaction.atomic():
        action = locked(action)
        before = action.rag_override
        action.rag_override = rag
        action.rag_override_reason = reason if rag else ""
        action.save(update_fields=["rag_override", "rag_override_reason"])
        auditor.update(action, {"rag_override": [before, rag], "reason": reason})


def add_milestone(action: Action, data: dict, *, auditor: Auditor) -> Milestone:
    with transaction.atomic():
        milestone = Milestone.objects.create(
            action=action, title=data["title"], due_on=data["due_on"], done_on=data.get("done_on")
        )
        auditor.create(milestone, {"fields": ["title", "due_on", "done_on"]})
    return milestone


def publish_plan(plan: ImprovementPlan, *, auditor: Auditor) -> None:
    with transaction.atomic():
        plan = locked(plan)
        plan.status = PublicationStatus.PUBLISHED
        plan.published_at = timezone.now()
        plan.save(update_fields=["status", "published_at"])
        auditor.update(plan, {"fields": ["status"], "status": "published"})


def add_measure(icb, data: dict, *, auditor: Auditor) -> Measure:
    with transaction.atomic():
        measure = Measure.objects.create(icb=icb, **data)
        auditor.create(measure, {"fields": sorted(data)})
    return measure


# -- changing and removing what the pages created --------------------------------------------


class PlanError(Exception):
    """A change to the improvement plan refused (shown to the person)."""


PRIORITY_FIELDS = ("title", "description")


def update_priority(priority: Priority, data: dict, *, auditor: Auditor) -> list[str]:
    """A priority's title, description and the statements it answers; the audit entry names
    the fields that changed."""
    with transaction.atomic():
        priority = locked(priority)
        changed = [name for name in PRIORITY_FIELDS if getattr(priority, name) != data[name]]
        for name in changed:
            setattr(priority, name, data[name])
        if changed:
            priority.save(update_fields=changed)
        before = set(priority.statements.values_list("pk", flat=True))
        after = {s.pk for s in data.get("statements", [])}
        if before != after:
            priority.statements.set(after)
            changed.append("statements")
        if changed:
            auditor.update(priority, {"fields": changed})
    return changed


def remove_priority(priority: Priority, *, auditor: Auditor) -> None:
    """Only a priority without actions goes (an action is the plan's record of work: change
    or move it first)."""
    with transaction.atomic():
        priority = locked(priority)
        if priority.actions.exists():
            raise PlanError("A priority with actions cannot be removed: remove its actions first")
        auditor.record(
            AuditAction.DELETE,
            priority,
            changes={"title": priority.title, "plan": priority.plan_id},
        )
        priority.delete()


MEASURE_FIELDS = ("figure", "name", "target", "direction")


def update_measure(measure: Measure, data: dict, *, auditor: Auditor) -> list[str]:
    with transaction.atomic():
        measure = locked(measure)
        changed = [name for name in MEASURE_FIELDS if getattr(measure, name) != data[name]]
        if not changed:
            return []
        for name in changed:
            setattr(measure, name, data[name])
        measure.save(update_fields=changed)
        auditor.update(measure, {"fields": changed})
    return changed


def remove_measure(measure: Measure, *, auditor: Auditor) -> int:
    """The measure goes; the actions it set keep their due date and any override, and their
    RAG status comes from the due date alone. Returns how many actions it set."""
    with transaction.atomic():
        measure = locked(measure)
        actions = list(measure.actions.values_list("pk", flat=True))
        auditor.record(
            AuditAction.DELETE, measure, changes={"name": measure.name, "actions": actions}
        )
        measure.delete()
    return len(actions)


MILESTONE_FIELDS = ("title", "due_on", "done_on")


def update_milestone(milestone: Milestone, data: dict, *, auditor: Auditor) -> list[str]:
    with transaction.atomic():
        milestone = locked(milestone)
        changed = [name for name in MILESTONE_FIELDS if getattr(milestone, name) != data[name]]
        if not changed:
            return []
        for name in changed:
            setattr(milestone, name, data[name])
        milestone.save(update_fields=changed)
        auditor.update(milestone, {"fields": changed})
    return changed


def remove_milestone(milestone: Milestone, *, auditor: Auditor) -> None:
    with transaction.atomic():
        milestone = locked(milestone)
        auditor.record(
            AuditAction.DELETE,
            milestone,
            changes={"title": milestone.title, "action": milestone.action_id},
        )
        milestone.delete()


def _reason(reason: str) -> str:
    reason = (reason or "").strip()
    if not reason:
        raise EvaluationError("Enter the reason for withdrawing the publication")
    return reason


def withdraw_evaluation(evaluation: SelfEvaluation, reason: str, *, auditor: Auditor) -> None:
    """Publication undone: the self-evaluation is a draft again (the board and partners no
    longer see it, and the DCO can change it); the reason is in the audit trail."""
    reason = _reason(reason)
    with transaction.atomic():
        evaluation = locked(evaluation)
        if not evaluation.is_published:
            raise EvaluationError("This self-evaluation is not published")
        evaluation.status = PublicationStatus.DRAFT
        evaluation.published_at = None
        evaluation.save(update_fields=["status", "published_at"])
        auditor.update(evaluation, {"status": "withdrawn", "reason": reason})


def withdraw_plan(plan: ImprovementPlan, reason: str, *, auditor: Auditor) -> None:
    """The plan back to a draft: the board no longer sees it. The reason is audited."""
    reason = _reason(reason)
    with transaction.atomic():
        plan = locked(plan)
        if not plan.is_published:
            raise EvaluationError("The improvement plan is not published")
        plan.status = PublicationStatus.DRAFT
        plan.published_at = None
        plan.save(update_fields=["status", "published_at"])
        auditor.update(plan, {"status": "withdrawn", "reason": reason})
