"""The inspection pack: recorded when an inspection is notified, assembled in the background
from the inspections app's own parts and every register's ``inspection.PACK_PARTS``, one zip
for the DCO team only, every download audited child by child."""

from __future__ import annotations

import csv
import io
import time
import types
import zipfile
from datetime import date, timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from sendhealth.advice.models import AssignmentStatus
from sendhealth.advice.tests.factories import AdviceAssignmentFactory, AdviceRequestFactory
from sendhealth.assurance.models import AuditStatus
from sendhealth.assurance.tests.factories import AuditFactory, AuditItemFactory
from sendhealth.children.tests.factories import ChildFactory
from sendhealth.core import plugins
from sendhealth.core.models import AuditAction, AuditLog
from sendhealth.core.scoping import Scope
from sendhealth.core.tests.messages import committed
from sendhealth.inspections import services
from sendhealth.inspections.assembly import build_pack
from sendhealth.inspections.models import Inspection, InspectionPack, PackStatus
from sendhealth.inspections.tests.factories import InspectionFactory
from sendhealth.policies.tests.factories import PolicyFactory
from sendhealth.reports.tests.factories import ReportFactory
from sendhealth.training.tests.factories import AttendanceFactory, TrainingSessionFactory
from sendhealth.transitions.tests.factories import EhcPlanFactory


def _date(prefix: str, day: date) -> dict:
    return {f"{prefix}_day": day.day, f"{prefix}_month": day.month, f"{prefix}_year": day.year}


@pytest.fixture
def child(area):
    child = ChildFactory(
        local_authority=area.la,
        setting=area.setting,
        given_name="Amara",
        family_name="Okafor",
        looked_after=True,
    )
    EhcPlanFactory(child=child, issued_on=date(2025, 3, 1))
    request = AdviceRequestFactory(child=child, health_received_on=date(2025, 1, 6))
    AdviceAssignmentFactory(
        request=request,
        service=area.salt,
        status=AssignmentStatus.ACCEPTED,
        completed_on=date(2025, 3, 1),  # after the 17/02/2025 due date: late
    )
    return child


def _zip(pack: InspectionPack) -> zipfile.ZipFile:
    with pack.file.open("rb") as handle:
        return zipfile.ZipFile(io.BytesIO(handle.read()))


def test_notifying_an_inspection_assembles_the_pack_with_healths_columns(area, child, client_for):
    session = TrainingSessionFactory(icb=area.icb)
    AttendanceFactory(session=session, organisation=area.provider)
    PolicyFactory(icb=area.icb, review_due_on=timezone.localdate() - timedelta(days=3))
    ReportFactory(icb=area.icb)
    AuditFactory(
        item=AuditItemFactory(plan__child=child),
        status=AuditStatus.FINISHED,
        points=3,
        max_points=4,
        finished_at=timezone.now(),
    )
    today = timezone.localdate()
    client = client_for(area.dco)
    with committed():
        response = client.post(
            reverse("inspections:new"),
            {
                "kind": "full",
                **_date("notified_on", today),
                **_date("starts_on", today + timedelta(days=5)),
            },
        )
    assert response.status_code == 302
    inspection = Inspection.objects.get()
    pack = InspectionPack.objects.get(inspection=inspection)
    assert pack.status == PackStatus.DONE, pack.error
    assert pack.progress == 100
    archive = _zip(pack)
    names = set(archive.namelist())
    assert {
        "CONTENTS.txt",
        "children/children-with-ehc-plans.xlsx",
        "children/children-with-ehc-plans.csv",
        "assurance/audit-results.xlsx",
        "training/training-last-12-months.xlsx",
        "policies/policies-and-procedures.xlsx",
    } <= names
    assert any(n.startswith("reports/quarterly-") and n.endswith(".pdf") for n in names)
    rows = list(
        csv.reader(io.StringIO(archive.read("children/children-with-ehc-plans.csv").decode()))
    )
    head, row = rows[0], rows[1]
    shown = dict(zip(head, row, strict=True))
    assert shown["Given name"] == "Amara"
    assert shown["Health services involved"] == "Children's SALT"
    assert shown["Health advice timeliness (latest request)"] == "Late (1 of 1 services)"
    assert shown["Latest audit grade (% of points, case)"].startswith("75%")
    assert shown["Vulnerable groups"] == "Looked after"
    assert pack.child_ids == [child.pk]

    page = client.get(reverse("inspections:detail", args=[inspection.pk])).content.decode()
    assert "Download the inspection pack (zip)" in page
    download = client.get(reverse("inspections:download", args=[pack.pk]))
    assert download.status_code == 200
    assert download["Content-Disposition"].startswith("attachment")
    assert AuditLog.objects.filter(
        action=AuditAction.EXPORT, child_id=child.pk, actor=area.dco
    ).exists()


def test_a_fake_apps_pack_parts_are_included(area, child, monkeypatch):
    calls = []

    def part(scope, inspection):
        calls.append((scope.user_id, inspection.pk))
        return [("fake/hello.txt", b"hello from a register")]

    fake = types.ModuleType("sendhealth.fake.inspection")
    fake.PACK_PARTS = [part]
    real = plugins.app_modules
    monkeypatch.setattr(
        plugins,
        "app_modules",
        lambda name: (*real(name), fake) if name == "inspection" else real(name),
    )
    assert part in plugins.pack_parts()
    inspection = InspectionFactory(icb=area.icb)
    pack = InspectionPack.objects.create(
        inspection=inspection, token="t" * 32, requested_by=area.dco
    )
    assert services.assemble(pack.pk) is not None
    pack.refresh_from_db()
    assert calls == [(area.dco.pk, inspection.pk)]
    archive = _zip(pack)
    assert archive.read("fake/hello.txt") == b"hello from a register"
    assert "fake/hello.txt" in archive.read("CONTENTS.txt").decode()


def test_a_pack_is_claimed_once_and_a_failure_is_recorded_without_its_message(area, monkeypatch):
    inspection = InspectionFactory(icb=area.icb)
    pack = InspectionPack.objects.create(
        inspection=inspection, token="t" * 32, requested_by=area.dco
    )

    def broken(scope, inspection):
        raise ValueError("Amara Okafor")  # a message that must not be kept

    real = plugins.app_modules
    fake = types.ModuleType("sendhealth.broken.inspection")
    fake.PACK_PARTS = [broken]
    monkeypatch.setattr(
        plugins, "app_modules", lambda n: (*real(n), fake) if n == "inspection" else real(n)
    )
    assert services.assemble(pack.pk) is None
    pack.refresh_from_db()
    assert pack.status == PackStatus.FAILED
    assert "Amara" not in pack.error and "ValueError" in pack.error
    assert services.assemble(pack.pk) is None  # not queued any more: nobody builds it again


def test_the_local_authority_sees_the_inspection_but_never_the_pack(area, child, client_for):
    inspection = InspectionFactory(icb=area.icb)
    pack = InspectionPack.objects.create(
        inspection=inspection, token="t" * 32, requested_by=area.dco
    )
    services.assemble(pack.pk)
    client = client_for(area.la_user)
    page = client.get(reverse("inspections:detail", args=[inspection.pk])).content.decode()
    assert inspection.get_kind_display() in page
    assert "Download the inspection pack" not in page and "Amara" not in page
    assert client.get(reverse("inspections:download", args=[pack.pk])).status_code == 403
    assert client.get(reverse("inspections:progress", args=[inspection.pk])).status_code == 403
    assert Scope.for_user(area.la_user).inspection_packs().count() == 0


def test_the_pages_progress_fragment_polls_while_the_pack_is_assembled(area, client_for):
    inspection = InspectionFactory(icb=area.icb)
    InspectionPack.objects.create(
        inspection=inspection,
        token="t" * 32,
        status=PackStatus.RUNNING,
        progress=40,
        step="Audit results",
    )
    client = client_for(area.dco_team)
    fragment = client.get(reverse("inspections:progress", args=[inspection.pk])).content.decode()
    assert 'hx-trigger="every 2s"' in fragment and "40% done (Audit results)" in fragment


def test_the_deep_dive_is_built_from_the_childs_timeline_in_well_under_5_seconds(
    area, child, client_for
):
    InspectionFactory(icb=area.icb)
    client = client_for(area.dco)
    child_page = client.get(reverse("children:detail", args=[child.pk])).content.decode()
    deep_dive = reverse("inspections:deep_dive", args=[child.pk])
    assert deep_dive in child_page  # the inspection under way links the child's deep dive
    page = client.get(deep_dive).content.decode()
    assert "Amara Okafor" in page and "Everything health has done for this child" in page
    assert "Health advice" in page or "advice" in page.lower()
    began = time.perf_counter()
    response = client.get(reverse("inspections:deep_dive_pdf", args=[child.pk]))
    took = time.perf_counter() - began
    assert response.status_code == 200 and response.content.startswith(b"%PDF")
    assert took < 5
    assert AuditLog.objects.filter(
        action=AuditAction.EXPORT, child_id=child.pk, object_type="children.Child"
    ).exists()


def test_the_deep_dive_is_found_by_nhs_number_from_the_inspection_page(area, child, client_for):
    inspection = InspectionFactory(icb=area.icb)
    client = client_for(area.dco)
    response = client.post(
        reverse("inspections:deep_dive_find", args=[inspection.pk]),
        {"nhs_number": child.nhs_number},
    )
    assert response.status_code == 302
    assert response["Location"] == reverse("inspections:deep_dive", args=[child.pk])
    other = ChildFactory(local_authority=area.la)
    missing = client.post(
        reverse("inspections:deep_dive_find", args=[inspection.pk]), {"nhs_number": "9434765919"}
    )
    assert "No child of the inspected area has that NHS number" in missing.content.decode()
    assert other.nhs_number not in missing.content.decode()
    # The outsider DCO of another ICB never finds this area's child.
    outsider = client_for(area.outsider_dco)
    assert outsider.get(reverse("inspections:deep_dive", args=[child.pk])).status_code == 404


def _children_with_plans(area, count: int) -> None:
    for _ in range(count):
        child = ChildFactory(local_authority=area.la, setting=area.setting)
        EhcPlanFactory(child=child, issued_on=date(2025, 3, 1))
        request = AdviceRequestFactory(child=child, health_received_on=date(2025, 1, 6))
        AdviceAssignmentFactory(request=request, service=area.salt)
        AuditFactory(
            item=AuditItemFactory(plan__child=child),
            status=AuditStatus.FINISHED,
            points=3,
            max_points=4,
            finished_at=timezone.now(),
        )


def test_the_packs_queries_do_not_grow_with_the_children(area, django_assert_max_num_queries):
    """Every part reads its rows in a fixed number of queries (no query per child), so the
    pack's cost is linear in the children with a small constant."""
    inspection = InspectionFactory(icb=area.icb)
    scope = Scope.for_user(area.dco)
    _children_with_plans(area, 2)
    with CaptureQueriesContext(connection) as few:
        build_pack(scope, inspection, lambda percent, step: None, io.BytesIO())
    _children_with_plans(area, 10)
    with django_assert_max_num_queries(len(few)):
        _, child_ids = build_pack(scope, inspection, lambda percent, step: None, io.BytesIO())
    assert len(child_ids) == 12
