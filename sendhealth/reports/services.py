"""A report's life: generated as a draft (by the worker when a quarter ends, or by the DCO
team), its commentary edited, published for the board. Each change is audited."""

from __future__ import annotations

import time
from datetime import date

from django.db import transaction
from django.urls import reverse
from django.utils import timezone

from sendhealth.accounts.models import Role
from sendhealth.core.audit import Auditor
from sendhealth.core.messaging import MessageKind, mailbox, people, send_message, site_link
from sendhealth.reports import domain
from sendhealth.reports.generation import build
from sendhealth.reports.models import NationalFigure, Population, Report, ReportKind, ReportStatus


class NotADraft(Exception):
    """A published report cannot change."""


def generate(*, icb, la, kind: str, start: date, end: date, user=None, auditor: Auditor) -> Report:
    """The draft for the ICB, LA, kind and period (made, or regenerated with today's figures;
    the commentary is kept). A published one is returned unchanged."""
    with transaction.atomic():
        report = (
            Report.objects.select_for_update()
            .filter(icb=icb, local_authority=la, kind=kind, period_start=start, period_end=end)
            .first()
        )
        if report is not None and not report.is_draft:
            return report
        began = time.perf_counter()
        sections = build(icb, la, kind, start, end)
        took = int((time.perf_counter() - began) * 1000)
        created = report is None
        report = report or Report(
            icb=icb, local_authority=la, kind=kind, period_start=start, period_end=end
        )
        report.content = [s.to_dict() for s in sections]
        report.generated_at = timezone.now()
        report.generation_ms = took
        if created:
            report.created_by = user
        report.save()
        (auditor.create if created else auditor.update)(
            report, {"generated": report.generated_at.isoformat(), "ms": took}
        )
    return report


def save_commentary(report: Report, commentary: str, *, auditor: Auditor) -> Report:
    with transaction.atomic():
        report = Report.objects.select_for_update().get(pk=report.pk)
        if not report.is_draft:
            raise NotADraft
        report.commentary = commentary
        report.save(update_fields=["commentary"])
        auditor.update(report, {"commentary": "changed"})
    return report


def publish(report: Report, *, user, auditor: Auditor) -> Report:
    with transaction.atomic():
        report = Report.objects.select_for_update().get(pk=report.pk)
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
    tell the ICB's DCOs. Returns the new draft, or None when it already exists."""
    period = domain.last_complete_quarter(today)
    exists = Report.objects.filter(
        icb=icb, local_authority=None, kind=ReportKind.QUARTERLY, period_start=period.start
    ).exists()
    if exists:
        return None
    with transaction.atomic():
        report = generate(
            icb=icb,
            la=None,
            kind=ReportKind.QUARTERLY,
            start=period.start,
            end=period.end,
            auditor=Auditor.for_system("reports-drafting"),
        )
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
