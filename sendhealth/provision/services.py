"""Every change to provision lines and their delivery, audited in the same transaction (field
names and counts, never values that name a child). Other registers may call these: the plan's
issuing path can call ``create_lines_from_advice`` when a plan becomes final."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from django.db import connection, transaction
from django.db.models import QuerySet
from django.utils import timezone

from sendhealth.advice.models import ProvisionItem, ReviewDecision
from sendhealth.core.audit import Auditor
from sendhealth.core.models import AuditAction
from sendhealth.provision import domain, summary
from sendhealth.provision.models import MonthlyReturn, PlanLine, ShortfallPolicy, Source
from sendhealth.provision.returns_csv import parse_returns

LINE_FIELDS = (
    "service",
    "what",
    "by_whom",
    "count",
    "period",
    "session_minutes",
    "starts_on",
    "ends_on",
    "vague",
)


def _copy_plan(line: PlanLine, plan) -> None:
    line.plan = plan
    line.child_id = plan.child_id
    line.local_authority_id = plan.local_authority_id
    line.icb_id = plan.icb_id


def _settle(line: PlanLine) -> None:
    """What follows from the fields: provider, sessions a month, vagueness."""
    line.provider_id = line.service.provider_id
    if not line.count or not line.period:
        line.vague = True
    line.monthly_expected = (
        domain.monthly_expected(line.count, line.period) if not line.vague else 0
    )


def accepted_provision(plan) -> QuerySet[ProvisionItem]:
    """The structured provision of the accepted advice for the plan's child: the advice of the
    plan's assessment where it is linked, else any accepted advice for the child."""
    items = ProvisionItem.objects.filter(
        submission__decision=ReviewDecision.ACCEPTED,
        submission__assignment__request__child_id=plan.child_id,
    )
    assessment_id = getattr(getattr(plan, "assessment", None), "pk", None)
    if assessment_id:
        linked = items.filter(submission__assignment__request__assessment_id=assessment_id)
        if linked.exists():
            items = linked
    return items.select_related("submission__assignment__service__provider").order_by("pk")


def create_lines_from_advice(plan, *, auditor: Auditor, user=None) -> list[PlanLine]:
    """One line per structured provision item of the accepted advice not yet made a line of
    this plan, starting when the plan was issued and running until its next review. A line the
    advice words too vaguely to count is made and flagged ``vague``. Safe to call again."""
    with transaction.atomic():
        done = set(
            PlanLine.objects.filter(plan=plan, advice_item__isnull=False).values_list(
                "advice_item_id", flat=True
            )
        )
        made = []
        for item in accepted_provision(plan):
            if item.pk in done:
                continue
            proposed = domain.propose_line(item.what, item.who, item.how_often, item.how_long)
            line = PlanLine(
                service=item.submission.assignment.service,
                what=proposed.what,
                by_whom=proposed.by_whom,
                count=proposed.count,
                period=proposed.period,
                session_minutes=proposed.session_minutes,
                starts_on=plan.issued_on,
                vague=proposed.vague,
                wording=proposed.wording,
                source=Source.ADVICE,
                advice_item=item,
                created_by=user,
            )
            _copy_plan(line, plan)
            _settle(line)
            line.save()
            auditor.create(line, {"fields": ["from accepted advice"], "advice_item": item.pk})
            made.append(line)
    return made


def plan_became_final(plan, *, auditor: Auditor, user=None) -> list[PlanLine]:
    """Called where an EHC plan becomes final (the assessment records its final plan; a plan
    recorded in the transitions register), inside the caller's transaction: the plan's lines
    from the accepted advice's provision. A ceased plan gets none. Safe to call again: an
    advice item already made a line of the plan is not made twice (the button on the plan's
    provision page does the same for plans issued before)."""
    if plan.issued_on is None or plan.ceased_on is not None:
        return []
    return create_lines_from_advice(plan, auditor=auditor, user=user)


def add_line(plan, data: dict, *, auditor: Auditor, user=None, source=Source.DCO) -> PlanLine:
    line = PlanLine(created_by=user, source=source, wording=data.get("wording", ""))
    for name in LINE_FIELDS:
        setattr(line, name, data.get(name))
    line.vague = bool(data.get("vague"))
    line.period = data.get("period") or ""
    line.by_whom = data.get("by_whom") or ""
    _copy_plan(line, plan)
    _settle(line)
    with transaction.atomic():
        line.save()
        auditor.create(line, {"fields": sorted(n for n in LINE_FIELDS if data.get(n))})
    return line


def add_proposed_lines(
    plan, proposals: list[domain.ProposedLine], service, *, auditor: Auditor, user=None
) -> list[PlanLine]:
    """The lines proposed from Section G's text (``domain.propose_lines``), confirmed by the
    DCO team for the health ``service`` responsible, added together or not at all."""
    with transaction.atomic():
        return [
            add_line(
                plan,
                {
                    "service": service,
                    "what": proposed.what,
                    "by_whom": proposed.by_whom,
                    "count": proposed.count,
                    "period": proposed.period,
                    "session_minutes": proposed.session_minutes,
                    "starts_on": plan.issued_on,
                    "vague": proposed.vague,
                    "wording": proposed.wording,
                },
                auditor=auditor,
                user=user,
                source=Source.PLAN_TEXT,
            )
            for proposed in proposals
        ]


def update_line(line: PlanLine, data: dict, *, auditor: Auditor) -> list[str]:
    with transaction.atomic(), summary.batch():
        line = PlanLine.objects.select_for_update().select_related("service").get(pk=line.pk)
        changed = sorted(
            n for n in LINE_FIELDS if (getattr(line, n) or None) != (data.get(n) or None)
        )
        if not changed:
            return []
        for name in changed:
            setattr(line, name, data.get(name) if data.get(name) is not None else "")
        line.period = line.period or ""
        line.by_whom = line.by_whom or ""
        for name in ("count", "session_minutes", "ends_on"):
            if getattr(line, name) == "":
                setattr(line, name, None)
        line.vague = bool(data.get("vague"))
        _settle(line)
        line.save()
        # Months already returned keep their counts; what they expected follows the line.
        for ret in MonthlyReturn.objects.filter(line=line):
            ret.expected = domain.expected_in_month(
                line.count, line.period, line.starts_on, line.ends_on, ret.month
            )
            ret.service_id, ret.provider_id = line.service_id, line.provider_id
            ret.save(update_fields=["expected", "service", "provider"])
        auditor.update(line, {"fields": changed})
    return changed


def _return_for(line: PlanLine, month: date) -> MonthlyReturn:
    return MonthlyReturn(
        line=line,
        month=month,
        delivered=0,
        service_id=line.service_id,
        provider_id=line.provider_id,
        local_authority_id=line.local_authority_id,
        icb_id=line.icb_id,
        expected=domain.expected_in_month(
            line.count, line.period, line.starts_on, line.ends_on, month
        ),
    )


def record_month(line: PlanLine, data: dict, *, auditor: Auditor, user=None) -> MonthlyReturn:
    """Create or replace the line's return for ``data["month"]``."""
    month = domain.first_of_month(data["month"])
    with transaction.atomic():
        found = MonthlyReturn.objects.select_for_update().filter(line=line, month=month).first()
        ret = found or _return_for(line, month)
        ret.delivered = data["delivered"]
        ret.not_delivered = data.get("not_delivered") or 0
        ret.reason = data.get("reason") or ""
        ret.recorded_by = user
        ret.save()
        (auditor.update if found else auditor.create)(
            ret, {"fields": ["delivered", "not_delivered", "reason"], "month": month.isoformat()}
        )
    return ret


def record_months(rows: list[tuple[PlanLine, dict]], month: date, *, auditor: Auditor, user=None):
    """A month's delivery for several lines at once (a child's lines on one page): every
    return written, replaced and audited in one transaction, the kept summary once."""
    with transaction.atomic(), summary.batch():
        return [
            record_month(line, {**data, "month": month}, auditor=auditor, user=user)
            for line, data in rows
        ]


@dataclass
class ImportResult:
    created: int = 0
    replaced: int = 0
    errors: list[str] = field(default_factory=list)


class ImportRefused(Exception):
    """A monthly CSV refused as a whole: its rows' errors, each with its row number."""

    def __init__(self, errors: list[str]):
        super().__init__(f"{len(errors)} rows refused")
        self.errors = errors


def import_returns(
    text: str, lines: QuerySet[PlanLine], *, today: date, auditor: Auditor, user=None
) -> ImportResult:
    """A monthly CSV for many lines at once: every row checked, each matched by its line
    reference among ``lines`` (the lines the user may record for); nothing is written if any
    row is wrong. Written in bulk: a few queries for any number of rows."""
    parsed = parse_returns(text, latest_month=domain.first_of_month(today))
    errors = list(parsed.errors)
    ids = {row.line_id for row in parsed.rows}
    found: dict[int, PlanLine] = {}
    id_list = sorted(ids)
    for start in range(0, len(id_list), 5000):
        chunk = id_list[start : start + 5000]
        found.update(
            (line.pk, line)
            for line in lines.filter(pk__in=chunk).only(
                "pk",
                "child_id",
                "service_id",
                "provider_id",
                "local_authority_id",
                "icb_id",
                "count",
                "period",
                "starts_on",
                "ends_on",
                "vague",
            )
        )
    for row in parsed.rows:
        line = found.get(row.line_id)
        if line is None:
            errors.append(f"Row {row.line}: no line PL-{row.line_id:06d} of your services")
        elif line.vague:
            errors.append(
                f"Row {row.line}: line {line.reference} is too vague to count sessions "
                "against; ask the DCO team to correct it first"
            )
        elif not domain.runs_in(row.month, line.starts_on, line.ends_on):
            errors.append(f"Row {row.line}: line {line.reference} did not run in that month")
    if errors:
        return ImportResult(errors=errors)
    result = ImportResult()
    with transaction.atomic():
        existing: dict[tuple[int, date], MonthlyReturn] = {}
        months = {row.month for row in parsed.rows}
        for start in range(0, len(id_list), 5000):
            chunk = id_list[start : start + 5000]
            for ret in MonthlyReturn.objects.filter(line_id__in=chunk, month__in=months).only(
                "pk", "line_id", "month"
            ):
                existing[(ret.line_id, ret.month)] = ret
        new, changed = [], []
        for row in parsed.rows:
            ret = existing.get((row.line_id, row.month))
            if ret is None:
                new.append((found[row.line_id], row))
            else:
                changed.append((ret.pk, row))
        _write_returns(new, changed, user)
        # The bulk write passes the signals by: keep the summary for what it touched.
        summary.refresh_months({found[row.line_id].service_id for row in parsed.rows}, months)
        summary.refresh_lines(ids)
        result.created, result.replaced = len(new), len(changed)
        auditor.record(
            AuditAction.CREATE,
            object_type="provision.MonthlyReturn",
            changes={
                "imported": len(parsed.rows),
                "created": result.created,
                "replaced": result.replaced,
                "months": sorted(m.isoformat() for m in months),
            },
        )
        auditor.view_children(
            sorted({found[row.line_id].child_id for row in parsed.rows}), AuditAction.UPDATE
        )
    return result


_INSERT_COLUMNS = (
    "line_id",
    "month",
    "delivered",
    "not_delivered",
    "reason",
    "expected",
    "service_id",
    "provider_id",
    "local_authority_id",
    "icb_id",
    "recorded_by_id",
    "recorded_at",
)


def _write_returns(new: list, changed: list, user) -> None:
    """Insert and update many returns with ``executemany`` (the ORM's bulk methods build each
    row's SQL in Python: ten times slower for a 10,000-row return)."""
    ops = connection.ops
    table = ops.quote_name(MonthlyReturn._meta.db_table)
    now = ops.adapt_datetimefield_value(timezone.now())
    user_id = getattr(user, "pk", None)
    rows = []
    for line, row in new:
        expected = domain.expected_in_month(
            line.count, line.period, line.starts_on, line.ends_on, row.month
        )
        rows.append(
            (
                line.pk,
                ops.adapt_datefield_value(row.month),
                row.delivered,
                row.not_delivered,
                row.reason,
                ops.adapt_decimalfield_value(expected, 7, 2),
                line.service_id,
                line.provider_id,
                line.local_authority_id,
                line.icb_id,
                user_id,
                now,
            )
        )
    columns = ", ".join(ops.quote_name(c) for c in _INSERT_COLUMNS)
    marks = ", ".join(["%s"] * len(_INSERT_COLUMNS))
    with connection.cursor() as cursor:
        for start in range(0, len(rows), 2000):
            cursor.executemany(
                f"INSERT INTO {table} ({columns}) VALUES ({marks})",  # noqa: S608 (names ours)
                rows[start : start + 2000],
            )
        if changed:
            cursor.executemany(
                f"UPDATE {table} SET delivered = %s, not_delivered = %s, reason = %s, "  # noqa: S608
                "recorded_by_id = %s, recorded_at = %s WHERE id = %s",
                [
                    (row.delivered, row.not_delivered, row.reason, user_id, now, pk)
                    for pk, row in changed
                ],
            )


def policy_for(icb_id: int) -> ShortfallPolicy:
    found = ShortfallPolicy.objects.filter(icb_id=icb_id).first()
    return found or ShortfallPolicy(
        icb_id=icb_id,
        threshold_percent=domain.DEFAULT_THRESHOLD_PERCENT,
        months=domain.DEFAULT_WINDOW_MONTHS,
    )


def set_policy(icb_id: int, threshold_percent: int, months: int, *, auditor: Auditor, user):
    with transaction.atomic():
        policy, _ = ShortfallPolicy.objects.update_or_create(
            icb_id=icb_id,
            defaults={
                "threshold_percent": threshold_percent,
                "months": months,
                "updated_by": user,
                # The lines' standing is worked out again for the new threshold.
                "standing_last": None,
            },
        )
        auditor.update(policy, {"threshold_percent": threshold_percent, "months": months})
    return policy


def remind_service(line: PlanLine, *, auditor: Auditor, user, today: date) -> bool:
    """Ask the line's service to explain or make up the shortfall (by reference only)."""
    from sendhealth.provision.messages import send_shortfall_reminder

    with transaction.atomic():
        sent = send_shortfall_reminder(line, today, user=user)
        if sent:
            auditor.record(
                AuditAction.UPDATE, line, changes={"reminder": "shortfall reminder sent"}
            )
    return sent


def delivery_since_review(scope, plan, today: date) -> dict:
    """Health's delivery of each line of ``plan`` since its last review (or issue), for the
    annual review: ``since``, ``head`` and ``rows`` of table cells (line, service, expected,
    delivered, rate, months not reported). One query for the lines, one for the returns."""
    from sendhealth.provision.presenters import SINCE_REVIEW_HEAD, since_review_rows

    since = plan.last_reviewed_on or plan.issued_on
    lines = list(scope.provision_lines().filter(plan=plan).select_related("service"))
    returns = scope.provision_returns().filter(
        line__in=[line.pk for line in lines], month__gte=domain.first_of_month(since)
    )
    return {
        "since": since,
        "head": SINCE_REVIEW_HEAD,
        "rows": since_review_rows(lines, list(returns), since, today),
        "plan_id": plan.pk,
    }
