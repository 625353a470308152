"""What the assessments pages show, worked out here so the templates hold no logic."""

from __future__ import annotations

from django.urls import reverse

from sendhealth import rules
from sendhealth.assessments.codelists import label
from sendhealth.core.figures_table import ShownTable, count_text, figures_table
from sendhealth.core.presenters import format_date


def yes_no(value: bool | None, yes="Yes", no="No", unknown="Not yet") -> str:
    return unknown if value is None else (yes if value else no)


def assessment_row(a, part) -> list[dict]:
    child = a.child.full_name if a.child else "Not matched"
    return [
        {"text": a.reference, "href": reverse("assessments:detail", args=[a.pk])},
        {"text": child},
        {"text": a.local_authority.name},
        {"text": format_date(a.received_on)},
        {"text": format_date(part.final_due) or ("Not applicable" if a.clock_ended else "")},
        {"text": format_date(a.plan_issued_on) or "Not issued"},
        {"text": yes_no(part.plan_on_time, "Within 20 weeks", "Late", _no_plan(a))},
        {"text": yes_no(part.advice_on_time, "Within 6 weeks", "Late", _advice_unknown(part))},
        {"text": "At risk" if part.at_risk else ""},
    ]


def _not_applicable(reason: str | None) -> str:
    """A statutory date that no longer applies, and why ("Not applicable: the local authority
    decided not to assess")."""
    return f"Not applicable: {reason}" if reason else ""


def _no_plan(a) -> str:
    """The plan column where no plan was issued: still to come, or ended without one."""
    if a.not_assessed:
        return "Not assessed"
    return "No plan" if a.clock_ended else "Not yet"


def _advice_unknown(part) -> str:
    """Why "within 6 weeks" has no answer: advice still awaited, or none asked of health."""
    return "Not complete" if part.advice_asked else "No advice asked of health"


HEADERS = [
    "Reference", "Child", "Local authority", "Request received", "20-week date",
    "Plan issued", "Plan", "Health advice", "Risk",
]  # fmt: skip


def summary_rows(a, part) -> list[dict]:
    d = a.deadlines
    rows = [
        ("Reference", a.reference),
        ("Local authority", a.local_authority.name),
        ("LA's request id", a.requests_table_id),
        ("Request received", format_date(a.received_on)),
        ("Decision whether to assess due (6 weeks, reg 5(1))", format_date(d and d.decision_to_assess)),  # noqa: E501
        ("Decision whether to assess", format_date(a.request_outcome_on) or "Not yet"),
        ("Request outcome (SEN2)", label("request_outcomes", a.request_outcome) or "Not recorded"),
        ("Decision not to issue due (16 weeks, reg 10(1))", _not_applicable(a.not_assessed) or format_date(d and d.decision_not_to_issue)),  # noqa: E501
        ("Draft plan", format_date(a.draft_plan_on) or "Not recorded"),
        ("Final plan due (20 weeks, reg 13(2))", _not_applicable(a.clock_ended) or format_date(d and d.final_plan)),  # noqa: E501
        ("Assessment outcome (SEN2)", label("assessment_outcomes", a.assessment_outcome) or "Not recorded"),  # noqa: E501
        ("Assessment outcome date", format_date(a.assessment_outcome_on) or "Not yet"),
        ("Final plan issued", format_date(a.plan_issued_on) or "Not issued"),
        ("20-week exceptions apply (SEN2)", yes_no(a.week20, unknown="Not recorded")),
        ("Plan within 20 weeks", yes_no(part.plan_on_time, unknown="Not applicable" if a.clock_ended else "Not issued")),  # noqa: E501
        ("Health advice within 6 weeks", yes_no(part.advice_on_time, unknown=_advice_unknown(part))),  # noqa: E501
        ("Mediation or tribunal", "; ".join(
            label for label, v in (
                ("Mediation about the decision whether to assess", a.request_mediation),
                ("Tribunal appeal about the decision whether to assess", a.request_tribunal),
                ("Mediation about the assessment's outcome", a.assessment_mediation),
                ("Tribunal appeal about the assessment's outcome", a.assessment_tribunal),
            ) if v
        ) or "None recorded"),
        *dispute_rows(a),
        ("Plan ceased", format_date(a.plan_ceased_on) or "No"),
        ("Cease reason (SEN2)", label("cease_reasons", a.plan_cease_reason) or "Not recorded"),
        ("Primary need (SEN2)", label("need_types", a.primary_need) or "Not recorded"),
    ]  # fmt: skip
    return [{"key": {"text": k}, "value": {"text": v}} for k, v in rows]


# -- the 20-week figures as shown: small numbers suppressed for the board ---------------------

DFE_HEAD = [
    "Local authority or need",
    "Plans within 20 weeks, including exceptions",
    "Excluding exceptions",
    "Requests decided within 6 weeks",
    "Review decisions within 4 weeks",
]
SERVICE_HEAD = [
    "Provider",
    "Service",
    "Plans",
    "Late plans",
    "Late plans, advice late",
    "Late plans, advice on time",
    "Share with advice late",
]
ALL_LAS = "All local authorities"


def dfe_table(rows: list[dict], suppress: bool) -> ShownTable:
    """The DfE timeliness shares by LA, with their total, and by need type: each share's parts
    are counts, and both the LAs and the need types add up to the total row, so each is a set
    of rows whose column totals are known (``core.figures_table``)."""
    values = [
        [
            r["label"],
            r["plans_including"],
            r["plans_excluding"],
            r["requests_6_weeks"],
            r["reviews_4_weeks"],
        ]
        for r in rows
    ]
    total = next((i for i, r in enumerate(rows) if r["label"] == ALL_LAS), None)
    las = [i for i, r in enumerate(rows) if not r["label"].startswith("Need: ")]
    needs = [i for i, r in enumerate(rows) if r["label"].startswith("Need: ")]
    groups = [las, needs + ([total] if total is not None else [])]
    return figures_table(
        DFE_HEAD, values, suppress=suppress, shares=[1, 2, 3, 4], groups=groups, whole_rows=False
    )


def late_plans_table(rows: list[dict], suppress: bool) -> ShownTable:
    values = [
        [
            r["provider"],
            r["service"],
            r["plans"],
            r["late"],
            r["late_advice_late"],
            r["late_advice_on_time"],
            r["share_late_advice"],
        ]
        for r in rows
    ]
    return figures_table(
        SERVICE_HEAD,
        values,
        suppress=suppress,
        counts=[2, 3, 4, 5],
        derived={6: (3, 4, 5)},
        fmt=lambda v: v.text if hasattr(v, "text") else count_text(v),
    )


def dispute_rows(a) -> list[tuple[str, str]]:
    """The mediation and tribunal dates recorded, the last day to appeal (HESC Rules r20(1),
    from the decision disputed and the mediation certificate: ``rules``) and the days by which
    the LA must act on the tribunal's order (SEND Regs 2014 reg 44, from the order's date)."""
    rows = [
        (label, format_date(getattr(a, name)))
        for label, name in (
            ("Mediation meeting", "mediation_on"),
            ("Mediation certificate issued", "mediation_certificate_on"),
            ("Appeal registered by the tribunal", "appeal_registered_on"),
            ("Tribunal hearing", "hearing_on"),
            ("Tribunal decision", "tribunal_decision_on"),
        )
        if getattr(a, name)
    ]
    if a.tribunal_outcome:
        rows.append(("Tribunal outcome", a.get_tribunal_outcome_display()))
    if a.tribunal_order:
        rows.append(("Tribunal order", a.get_tribunal_order_display()))
    rows += [
        (f"{d.action} ({d.source})", f"By {format_date(d.due)}" if d.due != a.tribunal_decision_on
         else f"Immediately ({format_date(d.due)})")
        for d in a.order_deadlines
    ]  # fmt: skip
    deadline = a.appeal_deadline
    if deadline and (a.mediation_certificate_on or a.request_tribunal or a.assessment_tribunal):
        rows.append(("Last day to appeal (HESC Rules r20(1), moved by r12)", format_date(deadline)))
    return rows


def review_rows(records, weeks: int) -> list[dict]:
    """The plan's life from its SEN2 5a rows: each annual review meeting and its decision, due
    ``weeks`` (4) after the meeting (``rules.review_decision_due``), and the phase transfer,
    the plan amended by the reg 18(1) date (``rules.phase_transfer_deadline``)."""
    rows = []
    for r in records:
        if r.review_meeting_on:
            due = rules.review_decision_due(r.review_meeting_on, weeks=weeks)
            made = r.review_decided_on
            text = f"Decision due {format_date(due)}" + (
                f"; made {format_date(made)}" + ("" if rules.is_on_time(due, made) else " (late)")
                if made
                else "; not recorded"
            )
            if r.data.get("reviewoutcome"):
                text += f"; outcome: {label('review_outcomes', r.data['reviewoutcome'])}"
            rows.append((f"Annual review meeting {format_date(r.review_meeting_on)}", text))
        due = r.phase_transfer_due_on
        if due:
            deadline = rules.phase_transfer_deadline(
                due.year, due == rules.phase_transfer_deadline(due.year, True)
            )
            final = r.phase_transfer_final_on
            text = f"Plan to be amended by {format_date(deadline)} (reg 18(1))" + (
                f"; issued {format_date(final)}"
                + ("" if rules.is_on_time(deadline, final) else " (late)")
                if final
                else "; not issued yet"
            )
            rows.append((f"Phase transfer {due.year}", text))
    return [{"key": {"text": k}, "value": {"text": v}} for k, v in rows]
