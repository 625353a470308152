"""A report's life: generated as a draft (by the worker when a quarter ends, or by the DCO
team), its commentary edited, published for the board. Each change is audited."""

from __future__ import annotations

import time
from datetime import date

from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone

from sendhealth.accounts.models import Role
from sendhealth.core.audit import Auditor
from sendhealth.core.messaging import MessageKind, mailbox, people, send_message, site_link
from sendhealth.core.services import locked
from sendhealth.reports import domain
from sendhealth.reports.generation import build
from sendhealth.reports.models import NationalFigure, Population, Report, ReportKind, ReportStatus


class NotADraft(Exception):
    """A published report cannot change."""


def generate(*, icb, la, kind: str, start: date, end: date, user=None, auditor: Auditor) -> Report:
    """The draft for the ICB, LA, kind and period (made, or regenerated with today's figures;
    the commentary is kept). A published one is returned unchanged."""
    with transaction.atomic():
        report = _locked(icb, la, kind, start, end)
        created = False
        if report is None:
            report = _insert(icb, la, kind, start, end, user)
            created = report is not None
            if report is None:  # another worker inserted it since: wait for it, then refresh it
                report = _locked(icb, la, kind, start, end)
        if not report.is_draft:
            return report
        _fill(report, created=created, auditor=auditor)
    return report


def _locked(icb, la, kind: str, start: date, end: date) -> Report | None:
    return (
        Report.objects.select_for_update()
        .filter(icb=icb, local_authority=la, kind=kind, period_start=start, period_end=end)
        .first()
    )


def _insert(icb, la, kind: str, start: date, end: date, user) -> Report | None:
    """A new, empty draft for the period, or None when one exists (the unique constraints
    ``one_icb_report_a_period`` and ``one_la_report_a_period`` decide, whoever asked first;
    on PostgreSQL a second worker's insert waits for the first's transaction)."""
    try:
        with transaction.atomic():  # a savepoint: the caller's transaction goes on
            return Report.objects.create(
                icb=icb,
                local_authority=la,
                kind=kind,
                period_start=start,
                period_end=end,
                created_by=user,
            )
    except IntegrityError:
        return None


def _fill(report: Report, *, created: bool, auditor: Auditor) -> None:
    """Work out the report's sections with today's figures and audit it."""
    began = time.perf_counter()
    sections = build(
        report.icb, report.local_authority, report.kind, report.period_start, report.period_end
    )
    took = int((time.perf_counter() - began) * 1000)
    report.content = [s.to_dict() for s in sections]
    report.generated_at = timezone.now()
    report.generation_ms = took
    report.save(update_fields=["content", "generated_at", "generation_ms"])
    (auditor.create if created else auditor.update)(
        report, {"generated": report.generated_at.isoformat(), "ms": took}
    )


def save_commentary(report: Report, commentary: str, *, auditor: Auditor) -> Report:
    with transaction.atomic():
        report = locked(report)
        if not report.is_draft:
            raise NotADraft
        report.commentary = commentary
        report.save(update_fields=["commentary"])
        auditor.update(report, {"commentary": "changed"})
    return report


def publish(report: Report, *, user, auditor: Auditor) -> Report:
    with transaction.atomic():
        report = locked(report)
        if not report.is_draft:
            raise NotADraft
        report.status = ReportStatus.PUBLISHED
        report.published_at = timezone.now()
        report.published_by = user
        report.save(update_fields=["status", "published_at", "published_by"])
        auditor.update(report, {"status": "published"})
    return report


def title(report: Report) -> str:
    period = domain.ReportPeriod(report.period_start, report.period_end)
    where = report.local_authority.name if report.local_authority_id else report.icb.name
    if report.kind == ReportKind.QUARTERLY:
        return f"SEND health quarterly update, {domain.quarter_name(period)}: {where}"
    return (
        f"SEND health annual report, {report.period_start:%B %Y} to "
        f"{report.period_end:%B %Y}: {where}"
    )


def draft_quarter_for(icb, today: date) -> Report | None:
    """The worker's job for one ICB: when a quarter has ended, draft its update (once) and
    tell the ICB's DCOs. Returns the new draft, or None when it already exists.

    "Already drafted?" is asked by inserting the draft inside the transaction: the unique
    constraint on the ICB, kind and period answers for every worker at once, so two workers
    running the job together draft the quarter once and tell the DCOs once."""
    period = domain.last_complete_quarter(today)
    with transaction.atomic():
        report = _insert(icb, None, ReportKind.QUARTERLY, period.start, period.end, None)
        if report is None:
            return None
        _fill(report, created=True, auditor=Auditor.for_system("reports-drafting"))
        _tell_dcos(report)
    return report


def _tell_dcos(report: Report) -> None:
    from django.contrib.auth import get_user_model

    dcos = (
        get_user_model()
        .objects.filter(
            is_active=True,
            memberships__role__in=[Role.DCO, Role.DCO_TEAM],
            memberships__organisation_id=report.icb_id,
        )
        .distinct()
        .order_by("pk")
    )
    recipients = people(dcos)
    if report.icb.email:
        recipients += mailbox(report.icb.email, organisation_id=report.icb_id)
    link = reverse("reports:detail", args=[report.pk])
    send_message(
        kind=MessageKind.REMINDER,
        subject=f"Quarterly update {report.reference} is drafted",
        body=(
            f"The quarter has ended and the draft of {title(report)} is ready.\n\n"
            "Write the commentary and publish it for the board:\n"
            f"{site_link(link)}\n"
        ),
        recipients=recipients,
        reference=report.reference,
        link=link,
    )


def record_population(*, local_authority, year: int, aged_0_to_25: int, source: str, auditor):
    """Enter or correct a local authority's population aged 0 to 25 for a year."""
    with transaction.atomic():
        row, created = Population.objects.update_or_create(
            local_authority=local_authority,
            year=year,
            defaults={"aged_0_to_25": aged_0_to_25, "source": source},
        )
        changes = {"year": year, "aged_0_to_25": aged_0_to_25, "source": source}
        (auditor.create if created else auditor.update)(row, changes)
    return row


def record_national_figure(
    *, key: str, label: str, unit: str, year: str, value, source: str, auditor
):
    """Enter or correct a national figure for a year, compared with the report's figure of
    the same key."""
    with transaction.atomic():
        row, created = NationalFigure.objects.update_or_create(
            key=key,
            year=year,
            defaults={"label": label, "unit": unit, "value": value, "source": source},
        )
        changes = {"key": key, "year": year, "value": str(value), "source": source}
        (auditor.create if created else auditor.update)(row, changes)
    return row


def pdf_of(report: Report) -> bytes:
    """The report as the PDF its page offers, for another register to include (the inspection
    pack). Reads only what the report stored, so a published report's PDF never changes."""
    from sendhealth.reports.documents import pdf
    from sendhealth.reports.presenters import present

    return pdf(present(report))
