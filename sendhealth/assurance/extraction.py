"""Text and EHC plan sections from an uploaded PDF or Word (.docx) document.

``extract_document(data, filename)`` reads the text (pypdf, python-docx), finds the plan's
section headings where it has them ("Section C: Health needs", "G. Health provision",
"Outcomes" on a line of its own ...) and splits the text into sections A to K. Anything that
cannot be read raises ``ExtractionError`` with a message to show the person who uploaded it.
"""

import io
import re
import zipfile
from dataclasses import dataclass, field

MAX_BYTES = 25 * 1024 * 1024
MAX_UNPACKED_BYTES = 25 * 1024 * 1024  # what a .docx may unpack to, checked before reading it
MAX_PAGES = 500
MAX_TEXT_CHARS = 300_000  # about 100 pages of a plan; more is cut, never kept
CHARS_PER_PAGE = 3000


class ExtractionError(ValueError):
    """The file cannot be read; the message says why, in words for the uploader."""


@dataclass(frozen=True)
class ExtractedDocument:
    text: str
    sections: dict[str, str] = field(default_factory=dict)
    pages: int = 0


def extract_document(data: bytes, filename: str) -> ExtractedDocument:
    """Read a PDF or DOCX; raise ``ExtractionError`` for anything else or anything unreadable."""
    if not data:
        raise ExtractionError("The file is empty.")
    if len(data) > MAX_BYTES:
        raise ExtractionError(f"The file is larger than {MAX_BYTES // (1024 * 1024)} MB.")
    name = filename.lower()
    if data.startswith(b"%PDF-"):
        if not name.endswith(".pdf"):
            raise ExtractionError("The file is a PDF but its name does not end in .pdf.")
        text, pages = _pdf_text(data)
    elif data.startswith(b"PK\x03\x04") and name.endswith(".docx"):
        text, pages = _docx_text(data)
    elif data.startswith(b"\xd0\xcf\x11\xe0"):
        raise ExtractionError(
            "This is an old Word (.doc) file. Save it as a Word document (.docx) or a PDF."
        )
    elif name.endswith((".pdf", ".docx")):
        raise ExtractionError(f"The file is not a real {name.rsplit('.', 1)[-1].upper()} file.")
    else:
        raise ExtractionError("Only PDF and Word (.docx) files can be checked.")
    text = _tidy(text)[:MAX_TEXT_CHARS]
    if not text.strip():
        raise ExtractionError(
            "No text could be found in the file. If it is a scanned image, upload the "
            "original document instead."
        )
    return ExtractedDocument(text=text, sections=split_sections(text), pages=pages)


def _pdf_text(data: bytes) -> tuple[str, int]:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise ExtractionError(
                "The PDF is password-protected. Remove the password and upload it again."
            )
        if len(reader.pages) > MAX_PAGES:
            raise ExtractionError(f"The PDF has more than {MAX_PAGES} pages.")
        pages, kept = [], 0
        for page in reader.pages:
            pages.append(page.extract_text() or "")
            kept += len(pages[-1])
            if kept > MAX_TEXT_CHARS:
                break
    except ExtractionError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, IndexError, AttributeError) as error:
        raise ExtractionError("The PDF cannot be read: it may be damaged.") from error
    except Exception as error:  # pypdf raises its own errors for encrypted or broken files
        if "decrypt" in str(error).lower() or "encrypt" in str(error).lower():
            raise ExtractionError(
                "The PDF is password-protected. Remove the password and upload it again."
            ) from error
        raise ExtractionError("The PDF cannot be read: it may be damaged.") from error
    return "\n\n".join(pages), len(pages)


def _docx_text(data: bytes) -> tuple[str, int]:
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    _check_unpacked_size(data)
    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as error:  # python-docx raises several types for a broken package
        raise ExtractionError("The Word document cannot be read: it may be damaged.") from error
    lines, kept = [], 0
    for child in document.element.body.iterchildren():
        if kept > MAX_TEXT_CHARS:
            break
        tag = child.tag.rsplit("}", 1)[-1]
        found = []
        if tag == "p":
            found = [Paragraph(child, document).text]
        elif tag == "tbl":
            for row in Table(child, document).rows:
                found += _row_lines(row)
        lines += found
        kept += sum(len(line) + 1 for line in found)
    text = "\n".join(lines)
    return text, _docx_pages(data, text)


def _check_unpacked_size(data: bytes) -> None:
    """Refuse a .docx whose parts unpack to more than ``MAX_UNPACKED_BYTES`` (read from the
    zip's directory, before anything is inflated)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
    except zipfile.BadZipFile as error:
        raise ExtractionError("The Word document cannot be read: it may be damaged.") from error
    if unpacked > MAX_UNPACKED_BYTES:
        raise ExtractionError(
            f"The Word document unpacks to more than {MAX_UNPACKED_BYTES // (1024 * 1024)} MB."
        )


def _row_lines(row) -> list[str]:
    """A table row as one line, cells joined by " | ", so a provision row ("Physiotherapy |
    weekly, 30 minutes | HCPC-registered physiotherapist") is read as one statement. A heading
    in the first cell goes on a line of its own."""
    cells, seen = [], set()
    for cell in row.cells:  # a merged cell repeats: keep it once
        if id(cell._tc) not in seen and cell.text.strip():
            seen.add(id(cell._tc))
            cells.append(" ".join(cell.text.split()))
    lines = []
    if cells and heading_key(cells[0]):
        lines.append(cells.pop(0))
    if cells:
        lines.append(" | ".join(cells))
    return lines


def _docx_pages(data: bytes, text: str) -> int:
    """The page count Word saved in docProps/app.xml, else an estimate from the length."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            app = archive.read("docProps/app.xml").decode("utf-8", "replace")
        match = re.search(r"<Pages>(\d+)</Pages>", app)
        if match and int(match.group(1)) > 0:
            return int(match.group(1))
    except (KeyError, zipfile.BadZipFile):
        pass
    return max(1, -(-len(text) // CHARS_PER_PAGE))


PAGE_FURNITURE = re.compile(
    r"^\s*(?:Page\s+\d+(?:\s+of\s+\d+)?|\d+\s*/\s*\d+|-\s*\d+\s*-)\s*$", re.I
)


def _tidy(text: str) -> str:
    """Unify line ends, drop page numbers and non-breaking spaces."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\xa0", " ")
    return "\n".join(line for line in text.split("\n") if not PAGE_FURNITURE.match(line))


SECTION_TITLES = {
    "A": r"(?:the\s+)?views,?\s+interests\s+and\s+aspirations.*",
    "B": r"(?:the\s+child(?:'s|\s+or\s+young\s+person's)?\s+)?special\s+educational\s+needs.*",
    "C": r"(?:the\s+child(?:'s|\s+or\s+young\s+person's)?\s+)?health\s+(?:care\s+)?needs.*",
    "D": r"(?:the\s+child(?:'s|\s+or\s+young\s+person's)?\s+)?social\s+care\s+needs.*",
    "E": r"(?:the\s+)?outcomes.*",
    "F": r"(?:the\s+)?special\s+educational\s+provision.*",
    "G": r"(?:any\s+)?health\s+(?:care\s+)?provision.*",
    "H": r"(?:any\s+)?social\s+care\s+provision.*",
    "I": r"(?:the\s+)?(?:placement|name\s+(?:and\s+type\s+)?of\s+(?:the\s+)?school).*",
    "J": r"(?:the\s+)?personal\s+budget.*",
    "K": r"(?:the\s+)?advice\s+and\s+information.*",
}
LETTER_HEADING = re.compile(
    r"^\s*(?:section\s+(?P<sec>[A-K]|H[12])\b\s*[:.)\-\u2013\u2014]?\s*(?P<rest1>.*)"
    r"|(?P<bare>[A-K]|H[12])\s*[:.)\-\u2013\u2014]\s*(?P<rest2>.*))$",
    re.IGNORECASE,
)
CONTENTS_LINE = re.compile(r"(?:\.{3,}|\s{2,})\s*\d+\s*$")


def heading_key(line: str) -> str | None:
    """The section key a line heads ("C", "H1" ...), or None if it is not a heading."""
    stripped = line.strip()
    if not stripped or len(stripped.split()) > 16 or CONTENTS_LINE.search(stripped):
        return None
    match = LETTER_HEADING.match(stripped)
    if match and match.group("sec"):
        key = match.group("sec").upper()
        rest = match.group("rest1").strip()
        title = re.fullmatch(SECTION_TITLES[key[0]], rest, re.IGNORECASE)
        if not rest or title or (len(rest.split()) <= 10 and not rest.endswith(".")):
            return key
        return None
    if match and match.group("bare"):
        key = match.group("bare").upper()
        rest = match.group("rest2").strip()
        if re.fullmatch(SECTION_TITLES[key[0]], rest, re.IGNORECASE) and len(rest.split()) <= 14:
            return key
        return None
    title = stripped.rstrip(":").strip()
    if len(title.split()) > 8:
        return None
    for key, pattern in SECTION_TITLES.items():
        if re.fullmatch(pattern, title, re.IGNORECASE) and not title.endswith("."):
            return key
    return None


def split_sections(text: str) -> dict[str, str]:
    """Text under each section heading; {} if the text has no section headings.

    A section that appears twice (a contents page, or a heading repeated on a new page) keeps
    both parts, joined by a blank line. Text before the first heading is not a section.
    """
    parts: dict[str, list[str]] = {}
    key = None
    lines: list[str] = []
    for line in text.split("\n"):
        found = heading_key(line)
        if found:
            if key:
                parts.setdefault(key, []).append("\n".join(lines).strip())
            key, lines = found, []
        else:
            lines.append(line)
    if key:
        parts.setdefault(key, []).append("\n".join(lines).strip())
    return {k: "\n\n".join(p for p in chunks if p) for k, chunks in parts.items()}
