"""What the plan pages show, worked out here so the templates hold no logic."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from django.urls import reverse

from sendhealth.core.presenters import due_phrase, format_date, format_nhs_number, tag
from sendhealth.medicalconditions import domain
from sendhealth.medicalconditions.domain import Review, Training
from sendhealth.medicalconditions.models import HealthcarePlan
from sendhealth.medicalconditions.queries import training_months

_REVIEW_TAGS = {
    Review.ENDED: ("Plan ended", "returned"),
    Review.DUE: ("Review due", "new"),
    Review.DUE_SOON: ("Review due soon", "due_soon"),
    Review.OVERDUE: ("Review overdue", "overdue"),
}
_TRAINING_TAGS = {
    Training.NONE: ("No trained staff recorded", "returned"),
    Training.IN_DATE: ("Training in date", "accepted"),
    Training.LAPSED: ("Training out of date", "overdue"),
}


def review_of(plan: HealthcarePlan, today: date) -> Review:
    return domain.review_state(plan.review_due_on, plan.ended_on, today)


def training_of(plan: HealthcarePlan, today: date) -> Training:
    return domain.training_state(plan.trained_staff, plan.trained_on, today, training_months())


def review_tag(plan: HealthcarePlan, today: date) -> dict:
    return tag(*_REVIEW_TAGS[review_of(plan, today)])


def training_tag(plan: HealthcarePlan, today: date) -> dict:
    return tag(*_TRAINING_TAGS[training_of(plan, today)])


def training_text(plan: HealthcarePlan, today: date) -> str:
    if not plan.trained_staff or plan.trained_on is None:
        return "No trained staff recorded"
    expires = domain.training_expires_on(plan.trained_on, training_months())
    staff = f"{plan.trained_staff} staff" if plan.trained_staff != 1 else "1 member of staff"
    state = "in date until" if today < expires else "out of date since"
    return (
        f"{staff} trained {format_date(plan.trained_on)} by {plan.training_delivered_by}; "
        f"{state} {format_date(expires)}"
    )


@dataclass(frozen=True)
class PlanRow:
    pk: int
    reference: str
    child_name: str
    setting: str
    condition_area: str
    emergency: bool
    service: str
    review_due_on: date
    review: str
    review_tag: dict
    training_tag: dict
    gap: bool


def plan_row(plan: HealthcarePlan, today: date) -> PlanRow:
    """``child``, ``setting``, ``service`` and ``condition_area`` selected with the plan."""
    training = training_of(plan, today)
    return PlanRow(
        pk=plan.pk,
        reference=plan.reference,
        child_name=plan.child.full_name,
        setting=plan.setting.name,
        condition_area=plan.condition_area.name,
        emergency=plan.emergency_medication,
        service=plan.service.name,
        review_due_on=plan.review_due_on,
        review=due_phrase(plan.review_due_on, today),
        review_tag=review_tag(plan, today),
        training_tag=tag(*_TRAINING_TAGS[training]),
        gap=domain.has_training_gap(plan.emergency_medication, training)
        and review_of(plan, today) != Review.ENDED,
    )


def table_rows(rows: list[PlanRow]) -> list[list[dict]]:
    """Rows for the table macro: text and href cells only (no markup built here)."""
    return [
        [
            {"text": row.reference, "href": reverse("medicalconditions:detail", args=[row.pk])},
            {"text": row.child_name},
            {"text": row.setting},
            {"text": row.condition_area + (" (emergency medication)" if row.emergency else "")},
            {"text": format_date(row.review_due_on)},
            {"text": row.review_tag["text"]},
            {"text": row.training_tag["text"] + (": training gap" if row.gap else "")},
        ]
        for row in rows
    ]


TABLE_HEAD = [
    {"text": "Reference"},
    {"text": "Pupil"},
    {"text": "School or college"},
    {"text": "Condition area"},
    {"text": "Review date"},
    {"text": "Review"},
    {"text": "Staff training"},
]


def summary_rows(plan: HealthcarePlan, today: date) -> list[dict]:
    child = plan.child
    rows = [
        ("Reference", plan.reference),
        ("Pupil", child.full_name),
        ("Date of birth", format_date(child.date_of_birth)),
        ("NHS number", format_nhs_number(child.nhs_number)),
        ("School or college", f"{plan.setting.name} ({plan.get_setting_type_display()})"),
        ("Local authority", plan.local_authority.name),
        ("Condition area", plan.condition_area.name),
        ("May need emergency medication", "Yes" if plan.emergency_medication else "No"),
        ("Health service", str(plan.service)),
        ("Health professional", plan.professional),
        ("Agreed", format_date(plan.agreed_on)),
        ("Last reviewed", format_date(plan.last_reviewed_on) or "Not yet reviewed"),
        (
            "Review date",
            f"{format_date(plan.review_due_on)} ({due_phrase(plan.review_due_on, today)})",
        ),
        ("Staff training", training_text(plan, today)),
    ]
    if plan.ended_on:
        rows.append(("Ended", format_date(plan.ended_on)))
    return [{"key": {"text": k}, "value": {"text": v}} for k, v in rows]


def review_history_rows(reviews) -> list[list[dict]]:
    return [
        [
            {"text": format_date(r.due_on)},
            {"text": format_date(r.done_on)},
            {"text": "On time" if r.on_time else "Late"},
            {"text": format_date(r.next_due_on)},
        ]
        for r in reviews
    ]
