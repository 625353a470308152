"""A document given as evidence is an upload, checked by ``core.uploads.check_document``
(type by content, size), kept under a random name and served, audited, only to those who may
see its self-evaluation."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from sendhealth.core.models import AuditAction, AuditLog
from sendhealth.improvement.models import Evidence
from sendhealth.improvement.tests.factories import make_evaluation

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def _rate(client, rating, upload, label="Partnership board minutes"):
    level = rating.evaluation.framework.scale.levels.first()
    return client.post(
        reverse("improvement:rate", args=[rating.pk]),
        {"level": level.pk, "document_label": label, "document": upload},
    )


@pytest.fixture
def rating(area):
    return make_evaluation(area.icb).ratings.first()


def test_the_dco_uploads_a_document_and_downloads_it(area, client_for, rating):
    client = client_for(area.dco)
    response = _rate(client, rating, SimpleUploadedFile("board minutes.pdf", PDF))
    assert response.status_code == 302
    item = Evidence.objects.get()
    assert item.kind == "document" and item.document_type == "pdf"
    assert item.document_size == len(PDF)
    assert "board minutes" not in item.document.name  # stored under a random name
    entry = AuditLog.objects.get(object_type="improvement.StatementRating")
    assert entry.changes["documents"] == [item.pk]
    page = client.get(reverse("improvement:evaluation", args=[rating.evaluation_id]))
    href = reverse("improvement:evidence_document", args=[item.pk])
    assert href in page.content.decode()
    download = client.get(href)
    assert download["Content-Type"] == "application/pdf"
    assert download["X-Content-Type-Options"] == "nosniff"
    assert b"".join(download.streaming_content) == PDF
    assert AuditLog.objects.filter(
        object_type="improvement.Evidence", object_id=str(item.pk), action=AuditAction.DOWNLOAD
    ).exists()


@pytest.mark.parametrize(
    "name, content, message",
    [
        ("notes.txt", b"plain words", "must be a PDF or a Word document"),
        ("fake.pdf", b"MZ\x90\x00 not a pdf at all", "must be a PDF or a Word document"),
        ("empty.pdf", b"", "empty"),
    ],
)
def test_a_document_of_the_wrong_type_is_refused(area, client_for, rating, name, content, message):
    response = _rate(client_for(area.dco), rating, SimpleUploadedFile(name, content))
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not Evidence.objects.exists()
    rating.refresh_from_db()
    assert rating.level is None


def test_a_document_too_big_is_refused(area, client_for, rating, settings):
    settings.UPLOAD_MAX_BYTES = 1024
    response = _rate(client_for(area.dco), rating, SimpleUploadedFile("big.pdf", PDF + b" " * 2000))
    assert "must be smaller than" in response.content.decode()
    assert not Evidence.objects.exists()


def test_a_pdf_with_javascript_is_refused(area, client_for, rating):
    active = b"%PDF-1.4\n1 0 obj<</OpenAction<</S/JavaScript/JS(app.alert(1))>>>>endobj\n%%EOF"
    response = _rate(client_for(area.dco), rating, SimpleUploadedFile("a.pdf", active))
    assert "active content" in response.content.decode()
    assert not Evidence.objects.exists()


def test_a_draft_quarters_documents_are_not_served_to_the_board(area, client_for, rating):
    _rate(client_for(area.dco), rating, SimpleUploadedFile("minutes.pdf", PDF))
    href = reverse("improvement:evidence_document", args=[Evidence.objects.get().pk])
    assert client_for(area.board).get(href).status_code == 404
    assert client_for(area.outsider_dco).get(href).status_code == 404
    assert not AuditLog.objects.filter(action=AuditAction.DOWNLOAD).exists()
