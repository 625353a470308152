"""Reports as their users see them: the worker drafts the quarter's update and tells the DCOs,
the DCO writes the commentary and publishes, the board reads published reports only, and no
report, chart or download a board viewer reaches holds a child's name, NHS number or date of
birth."""

from __future__ import annotations

import io
import re
import time
from datetime import date

import pytest
from django.urls import reverse
from docx import Document
from pypdf import PdfReader

from sendhealth.children.models import Child
from sendhealth.core import seeding
from sendhealth.core.models import Message
from sendhealth.core.tests.messages import committed
from sendhealth.reports import domain, services
from sendhealth.reports.models import Report, ReportKind, ReportStatus
from sendhealth.reports.tests.factories import ReportFactory


@pytest.fixture
def seeded(db):
    seeding.seed_area(seeding.SeedOptions(children=80, requests=60))
    return seeding.area_icb()


def _user(username):
    from django.contrib.auth import get_user_model

    return get_user_model().objects.get(username=username)


def _text_of(response) -> str:
    content = b"".join(response.streaming_content) if response.streaming else response.content
    kind = response["Content-Type"]
    if kind.startswith("application/pdf"):
        return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(content)).pages)
    if "wordprocessingml" in kind:
        document = Document(io.BytesIO(content))
        cells = [c.text for t in document.tables for row in t.rows for c in row.cells]
        return "\n".join([p.text for p in document.paragraphs] + cells)
    return content.decode()


def test_the_demo_area_has_two_published_quarters_with_commentary(seeded):
    reports = Report.objects.filter(icb=seeded, status=ReportStatus.PUBLISHED)
    assert reports.count() == 2
    assert all(r.commentary for r in reports)


def test_a_report_for_the_demo_area_has_every_section_in_the_fixed_order(seeded):
    """Every section the issue names, from its register, in the fixed order; none a
    placeholder. (The time it takes is printed and measured by ``make bench``, not asserted.)"""
    period = domain.last_complete_quarter(date.today())
    began = time.perf_counter()
    report = services.generate(
        icb=seeded,
        la=None,
        kind=ReportKind.ANNUAL,
        start=domain.financial_year(period.start.year - 1).start,
        end=period.end,
        auditor=seeding_auditor(),
    )
    keys = [s["key"] for s in report.content]
    assert keys == [
        "timeliness",
        "assessments",
        "section23",
        "disagreements",
        "panels",
        "safeguarding",
        "adulthood",
        "quality",
        "cohort",
        "demand",
        "waiting",
        "training",
        "gaps",
    ]
    assert not any(s["placeholder"] for s in report.content)
    by_key = {s["key"]: s for s in report.content}
    for key in ("assessments", "disagreements", "panels", "safeguarding", "quality"):
        assert by_key[key]["figures"], key
        assert all(f["definition"] or by_key[key]["definition"] for f in by_key[key]["figures"])
    print(f"annual report generated in {time.perf_counter() - began:.1f} s")


def seeding_auditor():
    from sendhealth.core.audit import Auditor

    return Auditor.for_system("test")


def test_the_worker_drafts_the_quarter_once_and_tells_the_dcos(seeded):
    Report.objects.all().delete()
    from sendhealth.reports.tasks import draft_quarterly_reports

    with committed():
        assert draft_quarterly_reports.call() == 1
    assert draft_quarterly_reports.call() == 0
    draft = Report.objects.get()
    assert draft.status == ReportStatus.DRAFT
    message = Message.objects.filter(reference=draft.reference).first()
    assert message is not None and "drafted" in message.subject


def test_a_quarter_another_worker_drafted_meanwhile_is_not_drafted_again(area):
    """ "Already drafted?" is the insert itself, inside the transaction: a draft another worker
    committed after this one started (so no check made before could see it) stops this one,
    and the DCOs are told once."""
    period = domain.last_complete_quarter(date.today())
    ReportFactory(icb=area.icb, period_start=period.start, period_end=period.end)
    assert services.draft_quarter_for(area.icb, date.today()) is None
    assert Report.objects.filter(icb=area.icb).count() == 1
    assert not Message.objects.filter(subject__contains="is drafted").exists()


def test_the_database_refuses_a_second_report_for_the_same_period(area):
    from django.db import IntegrityError, transaction

    ReportFactory(icb=area.icb)
    with pytest.raises(IntegrityError), transaction.atomic():
        ReportFactory(icb=area.icb)
    ReportFactory(icb=area.icb, local_authority=area.la)  # an LA's report is another report
    with pytest.raises(IntegrityError), transaction.atomic():
        ReportFactory(icb=area.icb, local_authority=area.la)


def test_regenerating_a_draft_keeps_one_report(area):
    period = domain.last_complete_quarter(date.today())
    args = {"icb": area.icb, "la": None, "kind": ReportKind.QUARTERLY, "start": period.start}
    first = services.generate(**args, end=period.end, auditor=seeding_auditor())
    again = services.generate(**args, end=period.end, auditor=seeding_auditor())
    assert first.pk == again.pk and Report.objects.count() == 1


def test_the_dco_writes_the_commentary_and_publishes_and_the_board_then_reads_it(area, client_for):
    report = ReportFactory(icb=area.icb)
    board = client_for(area.board)
    assert board.get(reverse("reports:detail", args=[report.pk])).status_code == 404
    dco = client_for(area.dco)
    url = reverse("reports:commentary", args=[report.pk])
    response = dco.post(url, {"commentary": "Waits for SALT are the main risk."})
    assert response.status_code == 302
    dco.post(reverse("reports:publish", args=[report.pk]))
    report.refresh_from_db()
    assert report.status == ReportStatus.PUBLISHED and report.published_by == area.dco
    page = board.get(reverse("reports:detail", args=[report.pk]))
    assert "Waits for SALT are the main risk." in page.content.decode()
    # Published: the commentary can no longer change.
    dco.post(url, {"commentary": "Changed"})
    report.refresh_from_db()
    assert report.commentary == "Waits for SALT are the main risk."


def test_the_board_cannot_generate_or_publish(area, client_for):
    report = ReportFactory(icb=area.icb)
    board = client_for(area.board)
    assert board.post(reverse("reports:list"), {"kind": "quarterly"}).status_code == 403
    assert board.post(reverse("reports:publish", args=[report.pk])).status_code == 403


def test_generating_asks_for_the_period(area, client_for):
    response = client_for(area.dco).post(reverse("reports:list"), {"kind": "annual"})
    assert response.status_code == 200
    assert "Select the financial year" in response.content.decode()


def test_no_report_or_chart_a_board_viewer_reaches_holds_a_childs_identifiers(seeded, client):
    dco, board = _user("dco"), _user("board")
    period = domain.last_complete_quarter(date.today())
    auditor = seeding_auditor()
    las = list(seeded.children_orgs.filter(kind="la"))
    for la in [None, las[0]]:
        for kind, start, end in (
            (ReportKind.QUARTERLY, period.start, period.end),
            (ReportKind.ANNUAL, date(period.end.year - 1, 4, 1), date(period.end.year, 3, 31)),
        ):
            report = services.generate(
                icb=seeded, la=la, kind=kind, start=start, end=end, user=dco, auditor=auditor
            )
            if report.is_draft:
                services.publish(report, user=dco, auditor=auditor)
    from conftest import sign_in

    sign_in(client, board)
    texts = [_text_of(client.get(reverse("reports:list")))]
    texts.append(_text_of(client.get(reverse("waitingtimes:list"))))
    texts.append(_text_of(client.get("/api/reports")))
    reports = Report.objects.filter(icb=seeded, status=ReportStatus.PUBLISHED)
    assert reports.count() >= 5
    for report in reports:
        for name in ("detail", "pdf", "docx"):
            response = client.get(reverse(f"reports:{name}", args=[report.pk]))
            assert response.status_code == 200
            texts.append(_text_of(response))
        texts.append(_text_of(client.get(f"/api/reports/{report.pk}")))
    everything = "\n".join(texts)
    assert "fewer than 5" in everything or "not shown" in everything
    children = list(
        Child.objects.values_list("given_name", "family_name", "nhs_number", "date_of_birth")
    )
    assert children
    for given, family, nhs, born in children:
        assert f"{given} {family}" not in everything
        assert nhs not in everything.replace(" ", "")
        assert born.isoformat() not in everything
        assert f"{born.day} {born:%B %Y}" not in everything


def test_the_dco_team_enters_a_population_and_a_national_figure_and_a_report_uses_them(
    area, client_for
):
    from sendhealth.core.models import AuditLog
    from sendhealth.reports.models import NationalFigure, Population

    client = client_for(area.dco_team)
    url = reverse("reports:reference")
    bad = client.post(url, {"which": "population", "local_authority": area.la.pk, "year": "20x5"})
    page = bad.content.decode()
    assert "Enter the year as 4 digits, for example 2025" in page
    assert "<title>Error: Population and national figures" in page
    assert "Enter the number aged 0 to 25" in page and not Population.objects.exists()
    response = client.post(
        url,
        {
            "which": "population",
            "local_authority": area.la.pk,
            "year": "2025",
            "aged_0_to_25": "84500",
            "source": "ONS mid-year estimates, mid-2025",
        },
    )
    assert response.status_code == 302
    assert Population.objects.get(local_authority=area.la).aged_0_to_25 == 84500
    choices = client.get(url).content.decode()
    assert 'value="advice_on_time_all"' in choices  # a figure the reports give
    ids = re.findall(r'\sid="([^"]+)"', choices)
    assert len(ids) == len(set(ids)), "two fields on the page share an id"
    bad_national = client.post(url, {"which": "national", "key": "advice_on_time_all"}).content
    assert 'href="#national-year"' in bad_national.decode()
    assert 'id="national-year"' in bad_national.decode()
    client.post(
        url,
        {
            "which": "national",
            "key": "advice_on_time_all",
            "year": "2025",
            "value": "61.5",
            "source": "DfE, SEN2 2025",
        },
    )
    national = NationalFigure.objects.get(key="advice_on_time_all", year="2025")
    assert national.unit == "percent" and str(national.value) == "61.50"
    assert AuditLog.objects.filter(object_type__icontains="nationalfigure").exists()


def test_every_figure_leads_to_its_definition_its_csv_and_for_the_dco_its_records(seeded, client):
    """Issue 12.6: one click from a number to its definition and the records behind it."""
    from conftest import sign_in

    period = domain.last_complete_quarter(date.today())
    report = services.generate(
        icb=seeded,
        la=None,
        kind=ReportKind.ANNUAL,
        start=domain.financial_year(period.start.year - 1).start,
        end=period.end,
        auditor=seeding_auditor(),
    )
    services.publish(report, user=None, auditor=seeding_auditor())
    keys = [f["key"] for s in report.content for f in s["figures"]]
    notified = next(
        f["value"] for s in report.content for f in s["figures"] if f["key"] == "section23_notified"
    )
    assert notified > 0
    sign_in(client, _user("dco"))
    detail = client.get(reverse("reports:detail", args=[report.pk])).content.decode()
    for key in keys:
        assert reverse("reports:figure", args=[report.pk, key]) in detail, key
    figure = client.get(reverse("reports:figure", args=[report.pk, "section23_notified"]))
    page = figure.content.decode()
    assert "Definition" in page and "The records behind this figure" in page
    csv_text = client.get(
        reverse("reports:figure_csv", args=[report.pk, "section23_notified"])
    ).content.decode()
    assert csv_text.startswith("Figure,Section 23") or "Notifications made" in csv_text
    assert "Definition" in csv_text
    records = client.get(
        reverse("reports:figure_records", args=[report.pk, "section23_notified"])
    ).content.decode()
    assert "S23-" in records and f"{notified} records" in records
    # Dates as NHS.UK writes them (7 December 2026), on the report and behind every figure.
    numeric_date = re.compile(r"\b\d{2}/\d{2}/\d{4}\b")
    assert not numeric_date.search(detail)
    for key in keys:
        behind = client.get(reverse("reports:figure_records", args=[report.pk, key]))
        if behind.status_code == 200:
            assert not numeric_date.search(behind.content.decode()), key
    client.logout()
    sign_in(client, _user("board"))
    board_page = client.get(
        reverse("reports:figure", args=[report.pk, "section23_notified"])
    ).content.decode()
    assert "The records behind this figure" not in board_page
    assert (
        client.get(
            reverse("reports:figure_records", args=[report.pk, "section23_notified"])
        ).status_code
        == 403
    )
