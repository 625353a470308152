"""What the transitions pages show: queue rows, a plan's summary and its milestones, so the
templates hold no logic."""

from __future__ import annotations

from datetime import date, timedelta

from sendhealth.core.presenters import due_phrase, format_date, format_nhs_number, tag
from sendhealth.rules import age_on, annual_review_due, phase_transfer_deadline
from sendhealth.transitions.domain import (
    Milestone,
    adult_services_due,
    handover_due,
    health_assessment_due,
    health_check_due,
    is_tracked,
    transition_plan_due,
    year9_start,
)
from sendhealth.transitions.models import AnnualReview, EhcPlan
from sendhealth.transitions.services import DUE_SOON_DAYS, QueueItem, adult_services_by_age


def due_tag(due: date, today: date) -> dict:
    if due < today:
        return tag("Overdue", "overdue")
    if due <= today + timedelta(days=DUE_SOON_DAYS):
        return tag("Due soon", "due_soon")
    return tag("Due later", "later")


def queue_row(item: QueueItem, today: date) -> dict:
    plan = item.plan
    return {
        "plan_id": plan.pk,
        "reference": plan.reference,
        "child_name": plan.child.full_name,
        "local_authority": plan.local_authority.name,
        "milestone": item.milestone.label,
        "due_on": item.due_on,
        "due_phrase": due_phrase(item.due_on, today),
        "status_tag": due_tag(item.due_on, today),
    }


def export_row(item: QueueItem, today: date) -> list:
    plan = item.plan
    return [
        plan.reference,
        plan.child.nhs_number,
        plan.child.full_name,
        plan.child.date_of_birth,
        plan.local_authority.name,
        item.milestone.label,
        item.due_on,
        due_phrase(item.due_on, today),
    ]


EXPORT_HEADERS = (
    "Plan",
    "NHS number",
    "Name",
    "Date of birth",
    "Local authority",
    "Milestone",
    "Due",
    "When",
)


def _when(due: date, today: date) -> str:
    return f"Due {format_date(due)} ({due_phrase(due, today)})"


def _done(on: date | None, extra: str = "") -> str | None:
    if on is None:
        return None
    return f"Done on {format_date(on)}" + (f": {extra}" if extra else "")


class PlanPresenter:
    def __init__(self, plan: EhcPlan, today: date):
        self.plan = plan
        self.today = today
        self.dob = plan.child.date_of_birth

    @property
    def child_name(self) -> str:
        return self.plan.child.full_name

    def summary_rows(self) -> list[dict]:
        plan, today = self.plan, self.today
        rows = [
            ("Reference", plan.reference),
            ("NHS number", format_nhs_number(plan.child.nhs_number)),
            ("Date of birth", f"{format_date(self.dob)} (age {age_on(self.dob, today)})"),
            ("Local authority", plan.local_authority.name),
            ("Plan issued", format_date(plan.issued_on)),
            ("Last annual review", format_date(plan.last_reviewed_on) or "Not reviewed yet"),
            (
                "Year group",
                plan.get_year_group_display() if plan.year_group is not None else "Not known",
            ),
        ]
        if plan.next_transfer_year:
            to = "secondary to post-16" if plan.transfer_to_post16 else "between phases"
            deadline = phase_transfer_deadline(plan.next_transfer_year, plan.transfer_to_post16)
            state = _done(plan.transfer_reviewed_on) or _when(deadline, today)
            rows.append(("Next transfer", f"{plan.next_transfer_year}, {to}. {state}"))
        if plan.ceased_on:
            rows.append(("Plan ceased", format_date(plan.ceased_on)))
        else:
            due = annual_review_due(plan.last_review_or_issue)
            rows.append(("Next annual review", _when(due, today)))
        return [{"key": {"text": k}, "value": {"text": v}} for k, v in rows]

    def milestone_rows(self) -> list[dict]:
        plan, today, dob = self.plan, self.today, self.dob
        tracked = is_tracked(dob, today) and plan.ceased_on is None
        not_yet = f"From year 9 ({format_date(year9_start(dob))})"

        def pending(due: date) -> str:
            return _when(due, today) if tracked else not_yet

        rows = [
            (
                Milestone.TRANSITION_PLAN,
                _done(plan.transition_plan_on) or pending(transition_plan_due(dob, plan.issued_on)),
            ),
            (
                Milestone.ADULT_SERVICES,
                _done(plan.adult_services_on, plan.adult_services)
                or pending(adult_services_due(dob, adult_services_by_age())),
            ),
        ]
        if plan.learning_disability:
            last = (
                f"Last on {format_date(plan.last_health_check_on)}. "
                if plan.last_health_check_on
                else "None recorded. "
            )
            rows.append(
                (
                    Milestone.HEALTH_CHECK,
                    last + pending(health_check_due(dob, plan.last_health_check_on)),
                )
            )
        else:
            rows.append(
                (Milestone.HEALTH_CHECK, "Not applicable (not on a learning disability register)")
            )
        rows.append((Milestone.HANDOVER, _done(plan.handover_on) or pending(handover_due(dob))))
        if plan.assessment_relevant:
            rows.append(
                (
                    Milestone.HEALTH_ASSESSMENT,
                    _done(plan.health_assessment_on) or pending(health_assessment_due(dob)),
                )
            )
        else:
            rows.append((Milestone.HEALTH_ASSESSMENT, "Not relevant"))
        return [{"key": {"text": m.label}, "value": {"text": v}} for m, v in rows]


def review_rows(reviews: list[AnnualReview]) -> list[list[dict]]:
    rows = []
    for review in reviews:
        attended = f"Yes: {review.health_attendees}" if review.health_attended else "No"
        if review.contribution_submitted_on:
            contribution = f"Submitted {format_date(review.contribution_submitted_on)}"
        elif review.health_contribution:
            contribution = "Recorded, date not given"
        else:
            contribution = "None"
        rows.append(
            [
                {"text": format_date(review.held_on)},
                {"text": attended},
                {"text": contribution},
                {"text": review.health_contribution or ""},
            ]
        )
    return rows


def plan_row(plan: EhcPlan, today: date) -> dict:
    due = annual_review_due(plan.last_review_or_issue)
    return {
        "plan_id": plan.pk,
        "reference": plan.reference,
        "child_name": plan.child.full_name,
        "local_authority": plan.local_authority.name,
        "issued_on": plan.issued_on,
        "review_due": None if plan.ceased_on else due,
        "review_phrase": "" if plan.ceased_on else due_phrase(due, today),
        "status_tag": tag("Ceased", "cancelled") if plan.ceased_on else tag("Live", "accepted"),
    }
