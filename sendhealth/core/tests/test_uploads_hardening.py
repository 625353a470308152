"""Uploads that cannot hurt: a Word file that unpacks to far more than it weighs, macros and
active PDF content are refused before anything reads them; text kept and shown is bounded."""

from __future__ import annotations

import io
import time
import zipfile

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile

from sendhealth.assurance.checks.samples import make_docx
from sendhealth.assurance.extraction import MAX_TEXT_CHARS, ExtractionError, extract_document
from sendhealth.core.uploads import check_document


def docx_bomb(unpacked_mb: int = 60) -> bytes:
    """A real .docx whose document.xml inflates to ``unpacked_mb`` MB of text."""
    plain = zipfile.ZipFile(io.BytesIO(make_docx("Section C: Health needs\nNeeds.")))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as out:
        for info in plain.infolist():
            data = plain.read(info.filename)
            if info.filename == "word/document.xml":
                head, tail = data.split(b"</w:body>")
                para = b"<w:p><w:r><w:t>" + b"A" * 1024 * 1024 + b"</w:t></w:r></w:p>"
                data = head + para * unpacked_mb + b"</w:body>" + tail
            out.writestr(info, data)
    return buffer.getvalue()


def docx_with_macros() -> bytes:
    plain = zipfile.ZipFile(io.BytesIO(make_docx("Health needs.")))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as out:
        for info in plain.infolist():
            out.writestr(info, plain.read(info.filename))
        out.writestr("word/vbaProject.bin", b"\xd0\xcf\x11\xe0 macro")
    return buffer.getvalue()


def pdf_with_javascript(hidden: bool = False) -> bytes:
    from pypdf import PdfWriter
    from pypdf.generic import DictionaryObject, NameObject, TextStringObject

    writer = PdfWriter()
    writer.add_blank_page(200, 200)
    action = DictionaryObject(
        {
            NameObject("/S"): NameObject("/JavaScript"),
            NameObject("/JS"): TextStringObject("app.alert('hello');"),
        }
    )
    writer._root_object[NameObject("/OpenAction")] = writer._add_object(action)
    buffer = io.BytesIO()
    writer.write(buffer)
    data = buffer.getvalue()
    if hidden:  # the same name written with a # escape: only a real PDF reader sees it
        data = data.replace(b"/JavaScript", b"/J#61vaScript").replace(b"/JS ", b"/J#53 ")
    return data


def upload(data: bytes, name: str) -> SimpleUploadedFile:
    return SimpleUploadedFile(name, data)


def test_a_word_file_that_unpacks_to_60mb_is_refused_quickly_and_small():
    bomb = docx_bomb(60)
    assert len(bomb) < 1024 * 1024
    started = time.monotonic()
    with pytest.raises(ValidationError, match="unpacks to more than"):
        check_document(upload(bomb, "plan.docx"))
    with pytest.raises(ExtractionError, match="unpacks to more than"):
        extract_document(bomb, "plan.docx")
    assert time.monotonic() - started < 2


def test_a_long_but_allowed_word_file_keeps_bounded_text():
    document = extract_document(docx_bomb(2), "plan.docx")
    assert len(document.text) <= MAX_TEXT_CHARS


def test_a_word_file_with_macros_is_refused_with_a_clear_message():
    with pytest.raises(ValidationError, match="macros"):
        check_document(upload(docx_with_macros(), "advice.docx"))


@pytest.mark.parametrize("hidden", [False, True])
def test_a_pdf_with_javascript_is_refused_with_a_clear_message(hidden):
    with pytest.raises(ValidationError, match="active content"):
        check_document(upload(pdf_with_javascript(hidden), "advice.pdf"))


def test_plain_documents_are_still_accepted():
    from sendhealth.assurance.checks.samples import make_pdf

    assert check_document(upload(make_docx("Health needs."), "advice.docx")) == "docx"
    assert check_document(upload(make_pdf("Health needs."), "advice.pdf")) == "pdf"


@pytest.mark.django_db  # the checks read the concept lexicon a DCO can extend
def test_a_plan_page_never_renders_more_than_the_limit_of_a_section():
    from sendhealth.assurance.presenters import SHOWN_SECTION_CHARS, section_views

    [view] = section_views({"C": "word " * 100_000}, {"C": "Section C"}, "plan")
    assert len(view.text) <= SHOWN_SECTION_CHARS
