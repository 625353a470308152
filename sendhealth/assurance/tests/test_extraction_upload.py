"""Uploading a plan reads sections C, E and G from it: small files at once, large ones in the
background task (the page polls its progress)."""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from sendhealth.assurance.models import EhcPlanSections, ExtractionStatus
from sendhealth.children.tests.factories import ChildFactory

pytest.importorskip("sendhealth.assurance.extraction")
docx = pytest.importorskip("docx")


def _plan_docx() -> bytes:
    document = docx.Document()
    for line in (
        "Section C: Health needs",
        "Difficulty understanding spoken language.",
        "Section E: Outcomes",
        "By July 2027 I will follow two-step instructions.",
        "Section G: Health provision",
        "Access to speech and language therapy as required.",
    ):
        document.add_paragraph(line)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _post(client, child, settings_limit, settings):
    settings.ASSURANCE_INLINE_EXTRACTION_BYTES = settings_limit
    upload = SimpleUploadedFile(
        "Zebedee plan.docx",
        _plan_docx(),
        content_type="application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    )
    return client.post(
        reverse("assurance:plan_new"),
        {
            "nhs_number": child.nhs_number,
            "finalised_on_day": "2",
            "finalised_on_month": "3",
            "finalised_on_year": "2026",
            "document": upload,
        },
    )


def test_a_small_upload_is_read_at_once(area, client_for, settings):
    child = ChildFactory(local_authority=area.la)
    response = _post(client_for(area.la_user), child, 10 * 1024 * 1024, settings)
    plan = EhcPlanSections.objects.get()
    assert response.status_code == 302
    assert plan.extraction_status == ExtractionStatus.DONE
    assert "spoken language" in plan.section_c
    assert "as required" in plan.section_g
    assert "Zebedee" not in plan.document.name


def test_a_large_upload_is_read_in_the_background(
    area, client_for, settings, django_capture_on_commit_callbacks
):
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
    child = ChildFactory(local_authority=area.la)
    client = client_for(area.la_user)
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        _post(client, child, 10, settings)
    plan = EhcPlanSections.objects.get()
    assert plan.extraction_status == ExtractionStatus.PENDING
    body = client.get(reverse("assurance:plan", args=[plan.pk])).content.decode()
    assert 'hx-trigger="every 2s"' in body
    for callback in callbacks:
        callback()
    plan.refresh_from_db()
    assert plan.extraction_status == ExtractionStatus.DONE
    assert "as required" in plan.section_g
