"""Every change to audit tools, plans, rounds and audits goes through here, with its audit
trail entry. Views and the API stay a few lines."""

from __future__ import annotations

import secrets
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta

from django.conf import settings
from django.db import transaction
from django.db.models import Prefetch
from django.utils import timezone

from sendhealth.advice.models import AdviceSubmission
from sendhealth.assurance import domain
from sendhealth.assurance.checks import measured
from sendhealth.assurance.checks.measured import Measured
from sendhealth.assurance.models import (
    Audit,
    AuditItem,
    AuditRound,
    AuditStatus,
    AuditTool,
    AuditToolVersion,
    CheckPolicy,
    ConceptTerm,
    Criterion,
    CriterionRating,
    EhcPlanSections,
    ExtractionStatus,
    FindingVerdict,
    Rating,
    Resolution,
    ToolKind,
    ToolSection,
    Verdict,
)
from sendhealth.core.audit import Auditor, model_changes

# -- audit tools ------------------------------------------------------------------------------


def new_draft_version(tool: AuditTool) -> AuditToolVersion:
    """A copy of the tool's latest version, as an unpublished draft to edit. The versions that
    rounds have used stay as they were."""
    latest = tool.versions.order_by("-number").first()
    with transaction.atomic():
        draft = AuditToolVersion.objects.create(
            tool=tool, number=(latest.number + 1) if latest else 1
        )
        if latest is None:
            return draft
        for section in latest.sections.prefetch_related("criteria"):
            copy = ToolSection.objects.create(
                version=draft, title=section.title, order=section.order
            )
            Criterion.objects.bulk_create(
                Criterion(
                    section=copy, text=c.text, guidance=c.guidance, weight=c.weight, order=c.order
                )
                for c in section.criteria.all()
            )
    return draft


def criteria_of(version: AuditToolVersion) -> list[Criterion]:
    return list(
        Criterion.objects.filter(section__version=version)
        .select_related("section")
        .order_by("section__order", "section_id", "order", "pk")
    )


# -- plans ------------------------------------------------------------------------------------


def record_plan(*, child, finalised_on: date, sections: Mapping[str, str], auditor: Auditor):
    plan = EhcPlanSections.objects.create(
        child=child,
        local_authority_id=child.local_authority_id,
        icb_id=child.local_authority.parent_id,
        finalised_on=finalised_on,
        need_type=child.primary_need,
        section_c=sections.get("C", ""),
        section_e=sections.get("E", ""),
        section_g=sections.get("G", ""),
        created_by=auditor.user if auditor.user and auditor.user.is_authenticated else None,
    )
    auditor.create(plan, model_changes(plan, ["finalised_on", "need_type"]))
    return plan


def attach_document(plan: EhcPlanSections, upload, document_type: str) -> None:
    """Keep the uploaded plan under an opaque name; read it now if it is small, else in the
    background (``tasks.extract_plan_document``)."""
    plan.document_token = secrets.token_hex(16)
    plan.document_type = document_type
    plan.extraction_status = ExtractionStatus.PENDING
    plan.extraction_progress = 0
    plan.document.save(plan.document_token, upload, save=False)
    plan.save()
    if upload.size <= inline_extraction_limit():
        extract_plan(plan)
    else:
        from sendhealth.assurance.tasks import extract_plan_document

        transaction.on_commit(lambda: extract_plan_document.enqueue(plan.pk))


def inline_extraction_limit() -> int:
    """Uploads up to this size are read while the user waits; larger ones in the background."""
    return getattr(settings, "ASSURANCE_INLINE_EXTRACTION_BYTES", 512 * 1024)


MAX_SECTION_CHARS = 100_000  # a section kept for audit; longer text is cut, never stored
PLAN_SECTION_NAMES = {"C": "section_c", "E": "section_e", "G": "section_g"}


def _section_for(key: str) -> str | None:
    key = key.strip().upper()
    for letter in PLAN_SECTION_NAMES:
        if key == letter or key.startswith(f"SECTION {letter}") or key.startswith(f"{letter}:"):
            return letter
    return None


def extract_plan(plan: EhcPlanSections) -> None:
    """Read the plan's document into sections C, E and G (``extraction.extract_document``)."""
    try:
        from sendhealth.assurance.extraction import ExtractionError, extract_document
    except ImportError:
        _finish_extraction(plan, error="Reading documents is not available yet")
        return
    EhcPlanSections.objects.filter(pk=plan.pk).update(extraction_progress=10)
    try:
        with plan.document.open("rb") as handle:
            document = extract_document(handle.read(), f"plan.{plan.document_type}")
    except ExtractionError as error:
        _finish_extraction(plan, error=str(error)[:300] or "The document could not be read")
        return
    found = {}
    for key, text in (document.sections or {}).items():
        letter = _section_for(str(key))
        if letter:
            found[letter] = text
    if not found:
        found = {"C": document.text}
    for letter, field in PLAN_SECTION_NAMES.items():
        if letter in found and not getattr(plan, field):
            setattr(plan, field, found[letter][:MAX_SECTION_CHARS])
    _finish_extraction(plan)


def _finish_extraction(plan: EhcPlanSections, error: str = "") -> None:
    plan.extraction_status = ExtractionStatus.FAILED if error else ExtractionStatus.DONE
    plan.extraction_error = error
    plan.extraction_progress = 100
    plan.save(
        update_fields=[
            "section_c",
            "section_e",
            "section_g",
            "extraction_status",
            "extraction_error",
            "extraction_progress",
        ]
    )


# -- what an item says ------------------------------------------------------------------------


def advice_sections(submission: AdviceSubmission) -> dict[str, str]:
    """Advice as sections for the automatic checks (``checks.run_checks(kind="advice")``)."""
    needs = submission.health_needs
    if submission.no_health_needs and not needs:
        needs = "No health needs."
    provision = "\n".join(
        f"{p.what} / {p.who} / {p.how_often} / {p.how_long}" for p in submission.provision.all()
    )
    author = (
        f"{submission.author_name}, {submission.author_role}, {submission.advice_date:%d %B %Y}"
    )
    return {
        "needs": needs,
        "outcomes": submission.outcomes,
        "provision": provision,
        "author": author,
    }


SECTION_TITLES = {
    "C": "Section C: health needs",
    "E": "Section E: outcomes (health)",
    "G": "Section G: health provision",
    "needs": "Health needs",
    "outcomes": "Outcomes",
    "provision": "Provision",
    "author": "Author",
}


def item_sections(item: AuditItem) -> dict[str, str]:
    if item.plan_id:
        return item.plan.sections()
    return advice_sections(item.submission)


def item_kind(item: AuditItem) -> str:
    return "plan" if item.plan_id else "advice"


def items_with_cases(queryset):
    return queryset.select_related(
        "plan", "submission", "child", "local_authority", "provider", "service", "round"
    ).prefetch_related("submission__provision")


# -- rounds and samples -----------------------------------------------------------------------


def plan_candidates(plans) -> list[domain.Candidate]:
    return [
        domain.Candidate(pk, (la, need))
        for pk, la, need in plans.values_list("pk", "local_authority_id", "need_type")
    ]


def advice_candidates(submissions) -> list[domain.Candidate]:
    return [
        domain.Candidate(pk, (la, need))
        for pk, la, need in submissions.values_list(
            "pk",
            "assignment__request__local_authority_id",
            "assignment__request__child__primary_need",
        )
    ]


def cases_in_period(scope, kind: str, start: date, end: date):
    """The cases a round may draw from: final plans finalised in the period, or advice
    accepted by the DCO in the period (for the DCO's own ICB)."""
    if kind == ToolKind.PLAN:
        return scope.assurance_plans().filter(
            icb_id__in=scope.dco_icb_ids, finalised_on__range=(start, end)
        )
    return scope.submissions().filter(
        assignment__request__icb_id__in=scope.dco_icb_ids,
        decision="accepted",
        reviewed_at__date__range=(start, end),
    )


@transaction.atomic
def create_round(
    *,
    scope,
    icb,
    name: str,
    kind: str,
    period_start: date,
    period_end: date,
    sample_percent: int,
    auditor: Auditor,
    seed: int | None = None,
) -> AuditRound:
    tool = AuditTool.objects.filter(kind=kind).order_by("pk").first()
    version = tool.current_version() if tool else None
    if version is None:
        raise ValueError(f"There is no published audit tool for {kind}")
    audit_round = AuditRound.objects.create(
        icb=icb,
        name=name,
        kind=kind,
        tool_version=version,
        period_start=period_start,
        period_end=period_end,
        sample_percent=sample_percent,
        seed=seed if seed is not None else secrets.randbelow(2**31),
        created_by=auditor.user,
    )
    AuditToolVersion.objects.filter(pk=version.pk).update(frozen=True)
    cases = cases_in_period(scope, kind, period_start, period_end).filter(
        **({"icb": icb} if kind == ToolKind.PLAN else {"assignment__request__icb": icb})
    )
    if kind == ToolKind.PLAN:
        chosen = domain.draw_sample(plan_candidates(cases), sample_percent, audit_round.seed)
        plans = EhcPlanSections.objects.filter(pk__in=chosen)
        items = [
            AuditItem(
                round=audit_round,
                plan=p,
                child_id=p.child_id,
                icb_id=p.icb_id,
                local_authority_id=p.local_authority_id,
                need_type=p.need_type,
            )
            for p in plans
        ]
    else:
        chosen = domain.draw_sample(advice_candidates(cases), sample_percent, audit_round.seed)
        submissions = AdviceSubmission.objects.filter(pk__in=chosen).select_related(
            "assignment__request__child"
        )
        items = [
            AuditItem(
                round=audit_round,
                submission=s,
                child_id=s.assignment.request.child_id,
                icb_id=s.assignment.request.icb_id,
                local_authority_id=s.assignment.request.local_authority_id,
                provider_id=s.assignment.provider_id,
                service_id=s.assignment.service_id,
                need_type=s.assignment.request.child.primary_need,
            )
            for s in submissions
        ]
    AuditItem.objects.bulk_create(items)
    auditor.create(
        audit_round,
        {"kind": kind, "seed": audit_round.seed, "percent": sample_percent, "items": len(items)},
    )
    return audit_round


# -- auditors ---------------------------------------------------------------------------------


MAX_AUDITORS = 2


class AssignmentError(ValueError):
    pass


def may_see_child(user, child_id: int) -> bool:
    """Whether ``user``'s own scope includes the child: an auditor reads the child's identity
    and health sections, so only someone who may already see the child can be one (anyone
    else audits through a guest link, which shows the child as initials and age)."""
    from sendhealth.core.scoping import Scope

    return Scope.for_user(user).children().filter(pk=child_id).exists()


def assign_auditor(item: AuditItem, user, *, auditor: Auditor) -> Audit:
    if item.audits.count() >= MAX_AUDITORS:
        raise AssignmentError("This item already has two auditors")
    if item.audits.filter(auditor=user).exists():
        raise AssignmentError("This person is already auditing this item")
    if not may_see_child(user, item.child_id):
        raise AssignmentError(
            "This person cannot see this child's record, so cannot audit it: choose someone "
            "who can, or give a guest auditor a link (it shows the child as initials and age)"
        )
    audit = Audit.objects.create(item=item, auditor=user)
    auditor.record("create", audit, child_id=item.child_id, changes={"auditor": user.pk})
    return audit


def issue_guest_link(
    item: AuditItem, name: str, days: int, *, auditor: Auditor
) -> tuple[Audit, str]:
    """A guest auditor's access to this one item for ``days`` days. Only the token's hash is
    kept; the link is shown once, to the DCO who made it."""
    if item.audits.count() >= MAX_AUDITORS:
        raise AssignmentError("This item already has two auditors")
    raw = secrets.token_urlsafe(32)
    audit = Audit.objects.create(
        item=item,
        guest_name=name,
        guest_token_hash=Audit.hash_token(raw),
        guest_expires_at=timezone.now() + timedelta(days=days),
    )
    auditor.record("create", audit, child_id=item.child_id, changes={"guest": name, "days": days})
    return audit, raw


def revoke_guest_link(audit: Audit, *, auditor: Auditor) -> bool:
    """Stop a guest's link working, now and for good: its hash is forgotten, so no token can
    ever match it again. The audit and what the guest rated stay. False if it had already
    stopped (revoked before)."""
    if not audit.guest_token_hash:
        return False
    now = timezone.now()
    Audit.objects.filter(pk=audit.pk).update(
        guest_token_hash="",
        guest_expires_at=min(audit.guest_expires_at, now) if audit.guest_expires_at else now,
    )
    audit.refresh_from_db(fields=["guest_token_hash", "guest_expires_at"])
    auditor.record("update", audit, child_id=audit.item.child_id, changes={"guest_link": "revoked"})
    return True


def guest_item(audit: Audit) -> AuditItem:
    """The one item a guest link opens (the link itself is the guest's scope)."""
    return items_with_cases(AuditItem.objects.filter(pk=audit.item_id)).get()


def audit_for_guest_token(raw: str) -> Audit | None:
    audit = (
        Audit.objects.filter(guest_token_hash=Audit.hash_token(raw), auditor__isnull=True)
        .select_related("item__child", "item__round__tool_version")
        .first()
    )
    if audit is None or not audit.guest_link_valid():
        return None
    return audit


# -- scoring ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class RatingInput:
    criterion_id: int
    rating: str
    comment: str = ""


def save_ratings(
    audit: Audit, ratings: Iterable[RatingInput], *, finish: bool, summary: str, auditor: Auditor
) -> Audit:
    ratings = list(ratings)
    weights = dict(
        Criterion.objects.filter(section__version_id=audit.item.round.tool_version_id).values_list(
            "pk", "weight"
        )
    )
    with transaction.atomic():
        CriterionRating.objects.filter(audit=audit).delete()
        CriterionRating.objects.bulk_create(
            CriterionRating(
                audit=audit, criterion_id=r.criterion_id, rating=r.rating, comment=r.comment
            )
            for r in ratings
            if r.criterion_id in weights
        )
        result = domain.score((r.rating, weights[r.criterion_id]) for r in ratings)
        audit.points, audit.max_points = result.points, result.max_points
        audit.summary = summary
        if finish:
            audit.status = AuditStatus.FINISHED
            audit.finished_at = timezone.now()
        audit.save()
    auditor.record(
        "update",
        audit,
        child_id=audit.item.child_id,
        changes={"finished": finish, "points": audit.points, "max_points": audit.max_points},
    )
    return audit


def ratings_by_criterion(audit: Audit) -> dict[int, str]:
    return {r.criterion_id: r.rating for r in audit.ratings.all()}


@dataclass(frozen=True)
class Moderation:
    first: Audit | None
    second: Audit | None
    agreement: float | None
    disagreed: list[int]


def moderation_of(item: AuditItem) -> Moderation:
    """Needs ``item.audits`` prefetched with their ratings for a fixed number of queries."""
    finished = [a for a in item.audits.all() if a.status == AuditStatus.FINISHED]
    if len(finished) < 2:
        return Moderation(finished[0] if finished else None, None, None, [])
    first, second = finished[:2]
    a, b = ratings_by_criterion(first), ratings_by_criterion(second)
    return Moderation(first, second, domain.agreement_rate(a, b), domain.disagreements(a, b))


def audits_prefetch():
    return Prefetch(
        "audits",
        queryset=Audit.objects.select_related("auditor").prefetch_related("ratings"),
    )


def resolve(
    item: AuditItem, criterion_id: int, rating: str, reason: str, *, auditor: Auditor
) -> Resolution:
    if rating not in Rating.values:
        raise ValueError("Unknown rating")
    resolution, _ = Resolution.objects.update_or_create(
        item=item,
        criterion_id=criterion_id,
        defaults={
            "rating": rating,
            "reason": reason,
            "resolved_by": auditor.user,
            "resolved_at": timezone.now(),
        },
    )
    remaining = set(moderation_of(item).disagreed) - set(
        item.resolutions.values_list("criterion_id", flat=True)
    )
    if not remaining:
        AuditItem.objects.filter(pk=item.pk).update(resolved_at=timezone.now())
    auditor.record(
        "update",
        item,
        child_id=item.child_id,
        changes={"criterion": criterion_id, "rating": rating, "reason": reason},
    )
    return resolution


# -- auditors teach the checks ------------------------------------------------------------------


def checks_lexicon():
    """The golden thread's concept lexicon with the terms DCOs added in the system admin."""
    from sendhealth.assurance.checks.lexicon import DEFAULT

    rows = ConceptTerm.objects.values_list("concept", "term", "clinical")
    return DEFAULT.with_terms(rows)


def item_findings(item: AuditItem) -> list:
    """The automatic checks' findings on an item, as the pages show them."""
    from sendhealth.assurance.checks import run_checks

    return run_checks(item_sections(item), kind=item_kind(item), lexicon=checks_lexicon())


class VerdictError(ValueError):
    """The finding is not (or no longer) one the checks make on this item."""


def record_verdict(
    item: AuditItem,
    *,
    check: str,
    section: str,
    start: int,
    end: int,
    verdict: str,
    reason: str,
    user,
    auditor: Auditor,
) -> FindingVerdict:
    """The auditor's verdict on one of the item's current findings (changing their earlier
    one on it, if any)."""
    if verdict not in Verdict.values:
        raise VerdictError("Choose agreed or not a problem")
    finding = next(
        (
            f
            for f in item_findings(item)
            if (f.check, f.section, f.start, f.end) == (check, section, start, end)
        ),
        None,
    )
    if finding is None:
        raise VerdictError("That finding is no longer made on this case")
    with transaction.atomic():
        row, created = FindingVerdict.objects.select_for_update().update_or_create(
            item=item,
            check_key=check,
            section=section,
            start=start,
            end=end,
            marked_by=user,
            defaults={
                "icb_id": item.icb_id,
                "quote": finding.quote,
                "verdict": verdict,
                "reason": reason.strip()[:300],
            },
        )
        auditor.record(
            "create" if created else "update",
            row,
            child_id=item.child_id,
            changes={"check": check, "verdict": verdict},
        )
    return row


@dataclass(frozen=True)
class CheckPrecision:
    key: str
    title: str
    agreed: int
    not_a_problem: int
    advisory_below: float
    minimum_verdicts: int

    @property
    def verdicts(self) -> int:
        return self.agreed + self.not_a_problem

    @property
    def precision(self) -> float | None:
        return self.agreed / self.verdicts if self.verdicts else None

    measured: Measured | None = None  # on the last blind sets (``checks.measured``)

    @property
    def judged_by_verdicts(self) -> bool:
        """Enough verdicts for the live precision to decide the check's standing."""
        return self.precision is not None and self.verdicts >= self.minimum_verdicts

    @property
    def advisory(self) -> bool:
        """Shown as advisory: with enough verdicts, too many of them "not a problem"; before
        that, a precision on unseen text (the last blind sets) already below the level."""
        if self.judged_by_verdicts:
            return self.precision < self.advisory_below
        measured = self.measured.precision if self.measured else None
        return measured is not None and measured < self.advisory_below

    @property
    def advisory_because(self) -> str:
        """Why the check is advisory, in words for the checks page ("" when it is not)."""
        if not self.advisory:
            return ""
        if self.judged_by_verdicts:
            return "auditors' verdicts are below your level"
        return (
            "its precision on unseen text is below your level, until auditors give "
            f"{self.minimum_verdicts} verdicts"
        )


def policy_for(icb_ids) -> CheckPolicy:
    """The DCO's advisory level (the first of their ICBs'), or the default one unsaved."""
    policy = CheckPolicy.objects.filter(icb_id__in=list(icb_ids)).order_by("icb_id").first()
    return policy or CheckPolicy()


def set_policy(
    icb_id: int, *, advisory_below, minimum_verdicts: int, auditor: Auditor
) -> CheckPolicy:
    with transaction.atomic():
        policy, _ = CheckPolicy.objects.select_for_update().get_or_create(icb_id=icb_id)
        policy.advisory_below = advisory_below
        policy.minimum_verdicts = minimum_verdicts
        policy.save()
        auditor.record(
            "update",
            policy,
            changes={
                "advisory_below": str(advisory_below),
                "minimum_verdicts": minimum_verdicts,
            },
        )
    return policy


def check_precisions(verdicts, policy: CheckPolicy) -> list[CheckPrecision]:
    """Each check's live precision from auditors' verdicts (``verdicts``: a scoped queryset),
    one query."""
    from django.db.models import Count, Q

    from sendhealth.assurance.checks import CHECKS

    counts = {
        row["check_key"]: row
        for row in verdicts.values("check_key").annotate(
            agreed=Count("pk", filter=Q(verdict=Verdict.AGREED)),
            not_a_problem=Count("pk", filter=Q(verdict=Verdict.NOT_A_PROBLEM)),
        )
    }
    blind = measured.current()
    return [
        CheckPrecision(
            key,
            info.title,
            counts.get(key, {}).get("agreed", 0),
            counts.get(key, {}).get("not_a_problem", 0),
            float(policy.advisory_below),
            policy.minimum_verdicts,
            blind.checks.get(key) if blind else None,
        )
        for key, info in CHECKS.items()
    ]


def icb_check_precisions(icb_id: int) -> list[CheckPrecision]:
    """Each check's live precision over all the ICB's verdicts, with its DCO's level (counts
    only: no personal data leaves this function)."""
    return check_precisions(FindingVerdict.objects.filter(icb_id=icb_id), policy_for([icb_id]))


def verdicts_as_cases(verdicts) -> list[dict]:
    """Verdicts as labelled cases for the checks' corpus: each item's sections with the
    findings auditors agreed (expected) and those they said were not a problem (with the
    reason). The text is the child's: anonymise it before it goes into the corpus."""
    cases: dict[int, dict] = {}
    for row in verdicts.select_related("item__plan", "item__submission").order_by(
        "item_id", "section", "start"
    ):
        case = cases.get(row.item_id)
        if case is None:
            case = cases[row.item_id] = {
                "item": row.item.reference,
                "kind": item_kind(row.item),
                "sections": item_sections(row.item),
                "expected": [],
                "not_a_problem": [],
            }
        label = [row.check_key, row.section, row.quote]
        if row.verdict == Verdict.AGREED:
            case["expected"].append(label)
        else:
            case["not_a_problem"].append([*label, row.reason])
    return list(cases.values())
