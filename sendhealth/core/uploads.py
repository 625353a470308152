"""Checks on uploaded documents: type by content (not by name), and size."""

from __future__ import annotations

import filetype
from django.conf import settings
from django.core.exceptions import ValidationError

ALLOWED = {
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
}


def check_document(upload) -> str:
    """Return ``"pdf"`` or ``"docx"`` for an acceptable upload; raise ``ValidationError`` with a
    message a person can act on otherwise."""
    if upload.size == 0:
        raise ValidationError("The selected file is empty")
    limit = settings.UPLOAD_MAX_BYTES
    if upload.size > limit:
        raise ValidationError(f"The selected file must be smaller than {limit // (1024 * 1024)}MB")
    head = upload.read(8192)
    upload.seek(0)
    kind = filetype.guess(head)
    name = (upload.name or "").lower()
    if kind is not None and kind.mime == ALLOWED["pdf"] and name.endswith(".pdf"):
        return "pdf"
    if name.endswith(".docx") and head[:4] == b"PK\x03\x04" and _is_docx(upload):
        return "docx"
    raise ValidationError("The selected file must be a PDF or a Word document (.docx)")


def _is_docx(upload) -> bool:
    import zipfile

    try:
        with zipfile.ZipFile(upload) as archive:
            return "word/document.xml" in archive.namelist()
    except zipfile.BadZipFile:
        return False
    finally:
        upload.seek(0)
