"""The inspection pack's own parts, and the pack put together: the person-level list of
children and young people with EHC plans with health's columns (XLSX and CSV), the latest
quarterly report (PDF, made by the reports register), audit results (XLSX), then every
register's part (``core.plugins.pack_parts``, e.g. training, policies, the self-evaluation and
improvement plan) and a contents list. Every query goes through the requesting user's
``Scope``, so the pack holds only what that DCO may see."""

from __future__ import annotations

import zipfile
from collections import defaultdict
from collections.abc import Callable
from datetime import date
from typing import IO

from django.db.models import Q
from django.utils import timezone

from sendhealth.children.models import VULNERABLE_GROUP_FIELDS, VULNERABLE_GROUPS, NeedType
from sendhealth.core.exports import write_csv, write_xlsx, xlsx_bytes
from sendhealth.core.plugins import pack_parts
from sendhealth.core.presenters import format_date, format_datetime
from sendhealth.inspections.domain import AdviceLine, advice_timeliness, audit_grade
from sendhealth.reports import services as reports
from sendhealth.reports.models import ReportKind, ReportStatus

CHILDREN_XLSX = "children/children-with-ehc-plans.xlsx"
CHILDREN_CSV = "children/children-with-ehc-plans.csv"
CHILDREN_HEAD = [
    "NHS number",
    "Given name",
    "Family name",
    "Date of birth",
    "Local authority",
    "Education setting",
    "Primary need",
    "EHC plan issued",
    "Health services involved",
    "Health advice timeliness (latest request)",
    "Latest audit grade (% of points, case)",
    "Vulnerable groups",
]


def children_rows(scope, inspection, today: date) -> tuple[list[list], list[int]]:
    """One row per child or young person with an EHC plan in force, and their ids."""
    fields = (
        "child_id",
        "child__nhs_number",
        "child__given_name",
        "child__family_name",
        "child__date_of_birth",
        "child__local_authority__name",
        "child__setting__name",
        "child__primary_need",
        "issued_on",
        *(f"child__{name}" for name in VULNERABLE_GROUP_FIELDS),
    )
    # Values, not model instances: tens of thousands of rows at the bench area's size.
    plans = list(
        scope.transitions_plans()
        .filter(icb_id=inspection.icb_id, issued_on__lte=today)
        .filter(Q(ceased_on__isnull=True) | Q(ceased_on__gt=today))
        .order_by("child__local_authority__name", "child__family_name", "child_id")
        .values_list(*fields)
    )
    child_ids = sorted({p[0] for p in plans})
    services: dict[int, set[str]] = defaultdict(set)
    lines: dict[int, list[AdviceLine]] = defaultdict(list)
    for child_id, service, status, due_on, completed_on in (
        scope.assignments()
        .filter(request__icb_id=inspection.icb_id)
        .values_list("request__child_id", "service__name", "status", "due_on", "completed_on")
        .iterator(chunk_size=5000)
    ):
        services[child_id].add(service)
        lines[child_id].append(AdviceLine(service, status, due_on, completed_on))
    grades: dict[int, tuple] = {}
    for child_id, points, max_points, item_id in (
        scope.assurance_audits()
        .filter(item__icb_id=inspection.icb_id, status="finished")
        .values_list("item__child_id", "points", "max_points", "item_id")
        .order_by("finished_at")
        .iterator(chunk_size=5000)
    ):
        grades[child_id] = (audit_grade(points, max_points), item_id)  # the latest wins
    needs = dict(NeedType.choices)
    rows = []
    for plan in plans:
        child_id, nhs, given, family, born, la, setting, need, issued, *flags = plan
        grade = grades.get(child_id)
        rows.append(
            [
                nhs,
                given,
                family,
                born,
                la,
                setting or "",
                needs.get(need, need),
                issued,
                "; ".join(sorted(services.get(child_id, ()))),
                advice_timeliness(lines.get(child_id, []), today),
                f"{grade[0]}% (QA-{grade[1]:06d})" if grade and grade[0] is not None else "",
                "; ".join(
                    label for (_, label), on in zip(VULNERABLE_GROUPS, flags, strict=True) if on
                ),
            ]
        )
    return rows, child_ids


def quarterly_report(scope, inspection) -> list[tuple[str, bytes]]:
    """The latest quarterly report of the ICB (the published one if there is one)."""
    quarterly = scope.reports().filter(
        icb_id=inspection.icb_id, kind=ReportKind.QUARTERLY, local_authority__isnull=True
    )
    report = (
        quarterly.filter(status=ReportStatus.PUBLISHED).order_by("-period_end", "-pk").first()
        or quarterly.order_by("-period_end", "-pk").first()
    )
    if report is None:
        return [
            (
                "reports/no-quarterly-report.txt",
                b"No quarterly report has been generated for this ICB yet.\n",
            )
        ]
    name = f"reports/quarterly-{report.period_start:%Y-%m}-{report.reference}.pdf"
    return [(name, reports.pdf_of(report))]


def audit_results(scope, inspection) -> list[tuple[str, bytes]]:
    """Each audit round's scores, and each audited case's (by case reference, no name)."""
    rounds = list(scope.assurance_rounds().filter(icb_id=inspection.icb_id).order_by("-period_end"))
    audits = (
        scope.assurance_audits()
        .filter(item__round__in=rounds, status="finished")
        .select_related("item__round", "item__local_authority", "item__service")
        .order_by("item__round__period_end", "item_id", "pk")
    )
    per_round: dict[int, list[int]] = defaultdict(list)
    item_rows = []
    for audit in audits:
        percent = audit_grade(audit.points, audit.max_points)
        item = audit.item
        if percent is not None:
            per_round[item.round_id].append(percent)
        item_rows.append(
            [
                item.reference,
                item.round.name,
                item.round.get_kind_display(),
                item.local_authority.name,
                item.service.name if item.service_id else "",
                item.need_type,
                audit.finished_at,
                percent,
            ]
        )
    round_rows = [
        [
            r.name,
            r.get_kind_display(),
            r.period_start,
            r.period_end,
            r.get_status_display(),
            len(per_round.get(r.pk, [])),
            round(sum(per_round[r.pk]) / len(per_round[r.pk])) if per_round.get(r.pk) else None,
        ]
        for r in rounds
    ]
    content = xlsx_bytes(
        [
            (
                "Rounds",
                ["Round", "Tool", "From", "To", "Status", "Audits finished", "Average score %"],
                round_rows,
            ),
            (
                "Audits",
                [
                    "Case",
                    "Round",
                    "Tool",
                    "Local authority",
                    "Service",
                    "Need type",
                    "Finished",
                    "Score %",
                ],
                item_rows,
            ),
        ]
    )
    return [("assurance/audit-results.xlsx", content)]


Progress = Callable[[int, str], None]


def build_pack(
    scope, inspection, progress: Progress, target: IO[bytes]
) -> tuple[list[str], list[int]]:
    """The zip written into ``target`` (a binary file); returns its file names and the
    children in it. The children's list is written straight into its zip entries (XLSX in
    openpyxl's write-only mode, CSV row by row), so no copy of it is held as bytes.
    ``progress(percent, step)`` is called before each part."""
    today = timezone.localdate()
    progress(5, "The children and young people with EHC plans")
    rows, child_ids = children_rows(scope, inspection, today)
    names = [CHILDREN_XLSX, CHILDREN_CSV]
    with zipfile.ZipFile(target, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        with archive.open(CHILDREN_XLSX, "w", force_zip64=True) as entry:
            write_xlsx(entry, [("EHC plans", CHILDREN_HEAD, rows)])
        with archive.open(CHILDREN_CSV, "w", force_zip64=True) as entry:
            write_csv(entry, CHILDREN_HEAD, rows)
        children = len(rows)
        del rows
        own: list[tuple[str, Callable]] = [
            ("The latest quarterly report", quarterly_report),
            ("Audit results", audit_results),
        ]
        plugged = [
            (f"Part {i + 1} from the registers", part) for i, part in enumerate(pack_parts())
        ]
        steps = own + plugged
        for index, (step, part) in enumerate(steps):
            progress(30 + int(60 * index / max(1, len(steps))), step)
            for name, content in part(scope, inspection):
                archive.writestr(name, content)
                names.append(name)
        progress(95, "Writing the zip")
        archive.writestr("CONTENTS.txt", _manifest(inspection, names, children))
    return ["CONTENTS.txt", *names], child_ids


def _manifest(inspection, names: list[str], children: int) -> str:
    made = format_datetime(timezone.now())
    lines = [
        f"Inspection pack for {inspection.reference} ({inspection.get_kind_display()})",
        f"Notified {format_date(inspection.notified_on)}; "
        f"starts {format_date(inspection.starts_on)}.",
        f"Assembled by sendhealth on {made}.",
        f"Children and young people with EHC plans listed: {children}.",
        "",
        "OFFICIAL-SENSITIVE: personal data. Share only with the inspection team.",
        "",
        "Files:",
        *(f"- {name}" for name in names),
        "",
    ]
    return "\n".join(lines)
