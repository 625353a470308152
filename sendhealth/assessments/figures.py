"""The 20-week figures (the DfE's definitions, ``domain.DEFINITIONS``) and health's part in
them, over querysets the caller took from the scope. Board viewers get numbers only."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta

from django.conf import settings
from django.db.models import Exists, OuterRef, Prefetch

from sendhealth import rules
from sendhealth.advice.models import (
    WITH_SERVICE_STATUSES,
    AdviceAssignment,
    AssignmentStatus,
    overdue_q,
)
from sendhealth.assessments import domain

NEED_LABELS = dict(__import__("sendhealth.children.models", fromlist=["NeedType"]).NeedType.choices)


def with_advice(assessments):
    """Assessments with their advice requests' assignments (service and provider): 2 queries."""
    live = AdviceAssignment.objects.exclude(status=AssignmentStatus.CANCELLED).select_related(
        "service", "provider"
    )
    return assessments.prefetch_related(
        Prefetch("advice_requests__assignments", queryset=live, to_attr="live_assignments")
    )


def assignments_of(assessment) -> list:
    return [a for r in assessment.advice_requests.all() for a in r.live_assignments]


def overdue(assignment, today: date) -> bool:
    return assignment.status in WITH_SERVICE_STATUSES and assignment.due_on < today


@dataclass(frozen=True)
class HealthPart:
    advice_on_time: bool | None
    plan_on_time: bool | None
    at_risk: bool
    final_due: date | None
    advice_asked: bool = True  # any service was asked for advice (else nothing to be late)


def health_part(assessment, today: date) -> HealthPart:
    assignments = assignments_of(assessment)
    final_due = assessment.final_plan_due  # None once the clock has ended without a plan
    issued = assessment.plan_issued_on
    plan_on_time = (
        domain.plan_within_20_weeks(assessment.received_on, issued)
        if issued and assessment.received_on
        else None
    )
    decided = issued or assessment.assessment_outcome_on
    return HealthPart(
        advice_on_time=domain.advice_on_time(assignments),
        plan_on_time=plan_on_time,
        at_risk=domain.at_risk(
            final_due,
            decided is not None,
            any(overdue(a, today) for a in assignments),
            today,
        ),
        final_due=final_due,
        advice_asked=bool(assignments),
    )


def at_risk(assessments, today: date):
    """Open assessments whose 20-week date is within ``AT_RISK_DAYS`` (or passed) with health
    advice overdue: one query. The overdue advice is an ``EXISTS`` on the assessment's own
    assignments, not a join and ``DISTINCT``: the database starts from the caller's (area's)
    assessments instead of joining the nation's overdue assignments to them."""
    latest_received = today + timedelta(days=domain.AT_RISK_DAYS) - timedelta(weeks=20)
    overdue_advice = AdviceAssignment.objects.filter(
        overdue_q(today), request__assessment=OuterRef("pk")
    )
    return (
        assessments.filter(
            Exists(overdue_advice),
            assessment_outcome_on__isnull=True,
            received_on__lte=latest_received,
            received_on__isnull=False,
        )
        .exclude(request_outcome__in=list(domain.NOT_ASSESSED))
        .exclude(assessment_outcome__in=list(domain.NO_PLAN))
        .order_by("received_on", "pk")
    )


def _in_year(value: date | None, year: int) -> bool:
    return value is not None and value.year == year


def dfe_figures(assessments, records, year: int) -> list[dict]:
    """Per LA and over all: plans within 20 weeks (including and excluding exceptions),
    requests decided within 6 weeks and review decisions within 4 weeks, in ``year``."""
    weeks = getattr(settings, "SENDHEALTH_REVIEW_DECISION_WEEKS", 4)
    plans, requests, reviews = defaultdict(list), defaultdict(list), defaultdict(list)
    names = {}
    for row in assessments.values_list(
        "local_authority_id",
        "local_authority__name",
        "received_on",
        "request_outcome_on",
        "assessment_outcome_on",
        "plan_start_on",
        "named_plan_table_id",
        "week20",
        "primary_need",
    ).iterator(chunk_size=5000):
        la, name, received, decided, outcome_on, start, named, week20, need = row
        names[la] = name
        issued = outcome_on or start
        if received and named and _in_year(issued, year):
            for key in (la, "all", ("need", need or "")):
                plans[key].append((received, issued, week20))
        if received and _in_year(decided, year):
            for key in (la, "all"):
                requests[key].append(domain.request_within_6_weeks(received, decided))
    for la, meeting, decided in records.filter(
        module="activeplans", review_decided_on__year=year, review_meeting_on__isnull=False
    ).values_list("local_authority_id", "review_meeting_on", "review_decided_on"):
        for key in (la, "all"):
            reviews[key].append(domain.review_within_4_weeks(meeting, decided, weeks))
    rows = []
    keys = [*sorted(names, key=lambda k: names[k]), "all"]
    keys += sorted(k for k in plans if isinstance(k, tuple))
    for key in keys:
        including, excluding = domain.plan_shares(plans.get(key, ()))
        if isinstance(key, tuple):
            label = f"Need: {NEED_LABELS.get(key[1], key[1] or 'Not recorded')}"
        else:
            label = "All local authorities" if key == "all" else names[key]
        rows.append(
            {
                "label": label,
                "plans_including": including,
                "plans_excluding": excluding,
                "requests_6_weeks": domain.share(requests.get(key, ()))
                if not isinstance(key, tuple)
                else None,
                "reviews_4_weeks": domain.share(reviews.get(key, ()))
                if not isinstance(key, tuple)
                else None,
            }
        )
    return rows


def late_plans_by_service(assessments, year: int) -> list[dict]:
    """For the plans issued in ``year`` after health was asked for advice: by provider and
    service, how many were late, and of those how many had this service's advice late (reg
    8(1), without a reg 8(2) exception) against on time."""
    counts = defaultdict(
        lambda: {"plans": 0, "late": 0, "late_advice_late": 0, "late_advice_on_time": 0}
    )
    found = with_advice(
        assessments.exclude(named_plan_table_id="", final_plan__isnull=True)
        .filter(advice_requests__isnull=False)
        .distinct()
    )
    for assessment in found.iterator(chunk_size=500):
        issued = assessment.plan_issued_on
        if not _in_year(issued, year) or not assessment.received_on:
            continue
        late = not domain.plan_within_20_weeks(assessment.received_on, issued)
        for a in assignments_of(assessment):
            if a.completed_on is None:
                continue
            key = (a.provider.name, a.service.name)
            c = counts[key]
            c["plans"] += 1
            if late:
                c["late"] += 1
                if a.completed_on <= a.due_on or a.has_exception:
                    c["late_advice_on_time"] += 1
                else:
                    c["late_advice_late"] += 1
    return [
        {
            "provider": p,
            "service": s,
            **c,
            "share_late_advice": domain.Share(c["late_advice_late"], c["late"]),
        }
        for (p, s), c in sorted(counts.items())
    ]


def final_due(received: date) -> date:
    return rules.ehc_deadlines(received).final_plan
