"""Checks on uploaded documents: type by content (not by name), size, what a Word file unpacks
to (a small file that inflates to gigabytes is refused before anything reads it), and active
content (a PDF with JavaScript, launch actions or embedded files; a Word file with macros or
ActiveX) is refused with a message saying how to save a plain copy."""

from __future__ import annotations

from typing import IO, TYPE_CHECKING, Any, cast

import filetype
from django.conf import settings
from django.core.exceptions import ValidationError

if TYPE_CHECKING:
    from django.core.files.uploadedfile import UploadedFile

ALLOWED = {
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
}


def check_document(upload: UploadedFile) -> str:
    """Return ``"pdf"`` or ``"docx"`` for an acceptable upload; raise ``ValidationError`` with a
    message a person can act on otherwise."""
    if upload.size == 0:
        raise ValidationError("The selected file is empty")
    limit = settings.UPLOAD_MAX_BYTES
    if cast(int, upload.size) > limit:  # an uploaded file always knows its size
        raise ValidationError(f"The selected file must be smaller than {limit // (1024 * 1024)}MB")
    head = upload.read(8192)
    upload.seek(0)
    kind = filetype.guess(head)
    name = (upload.name or "").lower()
    if kind is not None and kind.mime == ALLOWED["pdf"] and name.endswith(".pdf"):
        problem = pdf_problem(_read_all(upload))
        if problem:
            raise ValidationError(problem)
        return "pdf"
    if name.endswith(".docx") and head[:4] == b"PK\x03\x04" and _is_docx(upload):
        problem = docx_problem(_read_all(upload), settings.UPLOAD_MAX_UNPACKED_BYTES)
        if problem:
            raise ValidationError(problem)
        return "docx"
    raise ValidationError("The selected file must be a PDF or a Word document (.docx)")


def _read_all(upload: UploadedFile) -> bytes:
    upload.seek(0)
    data: bytes = upload.read()
    upload.seek(0)
    return data


MAX_ARCHIVE_MEMBERS = 2000
MACRO_MESSAGE = (
    "The Word document contains macros or other active content. Save it as a Word document "
    "(.docx) without macros, or as a PDF, and upload it again"
)
PDF_ACTIVE_MESSAGE = (
    "The PDF contains active content (JavaScript, an action that opens or runs something, or "
    "an embedded file). Print it to a new PDF or save it without these, and upload it again"
)
_ACTIVE_DOCX_PARTS = ("vbaproject", "vbadata", "activex/", "/embeddings/", "macrosheet")
_ACTIVE_CONTENT_TYPES = (b"macroenabled", b"vbaproject", b"activex", b"ms-office.vba")


def docx_problem(data: bytes, max_unpacked: int) -> str | None:
    """Why a .docx may not be accepted (too big unpacked, macros, ActiveX, embedded
    objects), or None. Reads only the zip's directory and ``[Content_Types].xml``."""
    import io
    import zipfile

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = archive.infolist()
            if len(members) > MAX_ARCHIVE_MEMBERS:
                return "The Word document has too many parts to be read"
            if sum(m.file_size for m in members) > max_unpacked:
                return (
                    "The Word document unpacks to more than "
                    f"{max_unpacked // (1024 * 1024)}MB. Save it again without large images "
                    "or embedded files, or as a PDF"
                )
            names = [m.filename.lower() for m in members]
            if any(part in name for name in names for part in _ACTIVE_DOCX_PARTS):
                return MACRO_MESSAGE
            if "[content_types].xml" in names:
                info = next(m for m in members if m.filename.lower() == "[content_types].xml")
                if info.file_size <= 1024 * 1024:
                    types = archive.read(info.filename).lower()
                    if any(t in types for t in _ACTIVE_CONTENT_TYPES):
                        return MACRO_MESSAGE
    except (zipfile.BadZipFile, OSError, ValueError):
        return "The selected file must be a PDF or a Word document (.docx)"
    return None


_PDF_ACTIVE_KEYS = ("/JS", "/JavaScript", "/Launch", "/EmbeddedFiles", "/RichMedia", "/XFA")
_PDF_ACTIVE_ACTIONS = ("/JavaScript", "/Launch", "/ImportData", "/SubmitForm", "/RichMediaExecute")


def pdf_problem(data: bytes) -> str | None:
    """Why a PDF may not be accepted (JavaScript, launch or submit actions, embedded files,
    XFA forms), or None. Every object is read through pypdf, so names hidden in compressed
    object streams or written with ``#`` escapes are found too."""
    import io

    from pypdf import PdfReader

    lowered = data.lower()
    if b"/javascript" in lowered or b"/launch" in lowered or b"/embeddedfile" in lowered:
        return PDF_ACTIVE_MESSAGE
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            return None  # read later, where a password-protected PDF gets its own message
        numbers = {n for by_gen in reader.xref.values() for n in by_gen} | set(reader.xref_objStm)
        for number in sorted(numbers):
            if _pdf_active(_pdf_object(reader, number)):
                return PDF_ACTIVE_MESSAGE
        if _pdf_active(reader.trailer.get("/Root")):
            return PDF_ACTIVE_MESSAGE
    except Exception:
        return None  # unreadable: extraction and the uploader get "may be damaged" later
    return None


def _pdf_object(reader: Any, number: int) -> Any:
    try:
        return reader.get_object(number)
    except Exception:  # a broken object is the reader's problem later, not active content
        return None


def _pdf_active(obj: Any) -> bool:
    from pypdf.generic import DictionaryObject

    try:
        obj = obj.get_object() if obj is not None else None
    except Exception:
        return False
    if not isinstance(obj, DictionaryObject):
        return False
    if any(key in obj for key in _PDF_ACTIVE_KEYS):
        return True
    return obj.get("/S") in _PDF_ACTIVE_ACTIONS


def _is_docx(upload: IO[bytes]) -> bool:
    import zipfile

    try:
        with zipfile.ZipFile(upload) as archive:
            return "word/document.xml" in archive.namelist()
    except zipfile.BadZipFile:
        return False
    finally:
        upload.seek(0)


def document_response(stored: Any, document_type: str, filename: str) -> Any:
    """A stored, checked document as an attachment with the given neutral name (no personal
    data) and its type as checked on upload; an unknown type is "not found". Audit the
    download before calling this."""
    from django.http import FileResponse, Http404

    if document_type not in ALLOWED:
        raise Http404
    response = FileResponse(
        stored.open("rb"),
        as_attachment=True,
        filename=f"{filename}.{document_type}",
        content_type=ALLOWED[document_type],
    )
    response["X-Content-Type-Options"] = "nosniff"
    return response
