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
    removed: tuple[str, ...] = ()  # running headers and footers taken out of the text

    def notices(self, keys=("C", "E", "G")) -> list[str]:
        """What the auditor must be told about sections the document did not give us."""
        return section_notices(self.sections, keys) if self.sections else []


def extract_document(data: bytes, filename: str) -> ExtractedDocument:
    """Read a PDF or DOCX; raise ``ExtractionError`` for anything else or anything unreadable."""
    if not data:
        raise ExtractionError("The file is empty.")
    if len(data) > MAX_BYTES:
        raise ExtractionError(f"The file is larger than {MAX_BYTES // (1024 * 1024)} MB.")
    name = filename.lower()
    removed: tuple[str, ...] = ()
    if data.startswith(b"%PDF-"):
        if not name.endswith(".pdf"):
            raise ExtractionError("The file is a PDF but its name does not end in .pdf.")
        text, pages, removed = _pdf_text(data)
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
    return ExtractedDocument(text=text, sections=split_sections(text), pages=pages, removed=removed)


def _pdf_text(data: bytes) -> tuple[str, int, tuple[str, ...]]:
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
            pages.append(_pdf_page_lines(page))
            kept += sum(len(line) + 1 for line in pages[-1])
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
    pages, removed = drop_running_lines(pages)
    return "\n\n".join("\n".join(lines) for lines in pages), len(pages), tuple(removed)


def _pdf_page_lines(page) -> list[str]:
    """The page's lines, top to bottom, from each piece of text and where it is drawn; table
    rows (pieces that start at the same column positions on several lines) come out one row a
    line, cells joined by " | ", with a cell that wraps over several lines joined up."""
    fragments: list[tuple[float, float, str]] = []

    def visit(text, cm, tm, font, size):
        if text and text.strip():
            x = cm[0] * tm[4] + cm[2] * tm[5] + cm[4]
            y = cm[1] * tm[4] + cm[3] * tm[5] + cm[5]
            for n, part in enumerate(text.split("\n")):
                if part.strip():
                    fragments.append((x, y - n * (size or 10) * 1.2, part))

    plain = page.extract_text(visitor_text=visit) or ""
    if not fragments:
        return plain.split("\n")
    return page_lines(fragments)


def page_lines(fragments: list[tuple[float, float, str]]) -> list[str]:
    """Pure: (x, y, text) pieces of one page (PDF coordinates, y up) into lines of text."""
    rows: list[tuple[float, list[tuple[float, str]]]] = []
    for x, y, text in sorted(fragments, key=lambda f: (-round(f[1], 0), f[0])):
        if rows and abs(rows[-1][0] - y) <= 2:
            rows[-1][1].append((x, text))
        else:
            rows.append((y, [(x, text)]))
    lines = [(y, sorted(parts)) for y, parts in rows]
    margin = min(x for _, parts in lines for x, _ in parts)
    starts: dict[int, set[int]] = {}
    for n, (_, parts) in enumerate(lines):
        for x, _ in parts:
            if x > margin + 15:
                starts.setdefault(round(x), set()).add(n)
    anchors = sorted(x for x, seen in starts.items() if len(seen) >= 2)

    def column(x: float) -> int | None:
        if abs(x - margin) <= 2:
            return 0
        for i, anchor in enumerate(anchors, start=1):
            if abs(x - anchor) <= 1.5:
                return i
        return None

    def tabular(parts) -> bool:
        cols = [column(x) for x, _ in parts]
        return all(c is not None for c in cols) and (len(set(cols)) >= 2 or cols[0] != 0)

    out: list[str] = []
    n = 0
    while n < len(lines):
        if not (anchors and tabular(lines[n][1]) and len(lines[n][1]) >= 2):
            out.append(_join(lines[n][1]))
            n += 1
            continue
        block = [n]
        n += 1
        while n < len(lines) and tabular(lines[n][1]):
            block.append(n)
            n += 1
        out += _table_rows([lines[i] for i in block], column)
    return out


def _join(parts) -> str:
    text = ""
    for _, piece in parts:
        if text and not text.endswith(" ") and not piece.startswith(" "):
            text += " "
        text += piece
    return " ".join(text.split())


def _table_rows(lines, column) -> list[str]:
    """Lines of one table into rows. A row's anchor is a line with text in the first column
    (a row's label); a line without (a cell wrapped over several lines) joins the row whose
    anchor is drawn nearest to it, the row above on a tie."""
    anchors = [i for i, (_, parts) in enumerate(lines) if any(column(x) == 0 for x, _ in parts)]
    if not anchors:
        anchors = [0]
    rows: dict[int, dict[int, list[str]]] = {}
    for y, parts in lines:
        owner = min(anchors, key=lambda a: (abs(lines[a][0] - y), -lines[a][0]))
        cells = rows.setdefault(owner, {})
        for x, text in parts:
            cells.setdefault(column(x), []).append(text.strip())
    return [
        " | ".join(" ".join(" ".join(cells[c]).split()) for c in sorted(cells))
        for _, cells in sorted(rows.items())
    ]


RUNNING_DIGITS = re.compile(r"\d+")


def drop_running_lines(pages: list[list[str]]) -> tuple[list[list[str]], list[str]]:
    """Take out running headers and footers: a line among the first or last two of a page
    that recurs (numbers aside) at the top or bottom of at least half the pages (and of two
    or more). Section headings are never taken out."""
    if len(pages) < 2:
        return pages, []

    def key(line: str) -> str:
        return RUNNING_DIGITS.sub("#", " ".join(line.split()).lower())

    counts: dict[str, int] = {}
    for lines in pages:
        edge = [line for line in lines if line.strip()]
        for k in {key(line) for line in edge[:2] + edge[-2:]}:
            counts[k] = counts.get(k, 0) + 1
    running = {k for k, c in counts.items() if k.strip() and c >= max(2, (len(pages) + 1) // 2)}
    removed: list[str] = []
    kept_pages = []
    for lines in pages:
        edge_indexes = [i for i, line in enumerate(lines) if line.strip()]
        edge = set(edge_indexes[:2] + edge_indexes[-2:])
        kept = []
        for i, line in enumerate(lines):
            if i in edge and key(line) in running and not heading_key(line):
                if line not in removed:
                    removed.append(line)
                continue
            kept.append(line)
        kept_pages.append(kept)
    return kept_pages, removed


def _docx_text(data: bytes) -> tuple[str, int]:
    import docx

    _check_unpacked_size(data)
    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as error:  # python-docx raises several types for a broken package
        raise ExtractionError("The Word document cannot be read: it may be damaged.") from error
    lines: list[str] = []
    for section in document.sections:  # headers and footers: before the first heading, so
        for part in (section.header, section.footer):  # in the text but in no section
            if not part.is_linked_to_previous:
                lines += [line for line in block_lines(part._element) if line.strip()]
    lines += block_lines(document.element.body)
    kept, limited = 0, []
    for line in lines:  # keep at most MAX_TEXT_CHARS of text
        kept += len(line) + 1
        if kept > MAX_TEXT_CHARS:
            break
        limited.append(line)
    lines = limited
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


W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def block_lines(element) -> list[str]:
    """Every line of text in a Word body, header, footer, cell or content control, in order:
    paragraphs (with their inline content controls, hyperlinks, fields' results and text
    boxes), tables one row a line, and block-level content controls. A content control still
    showing its placeholder ("Click or tap here to enter text") gives nothing."""
    lines: list[str] = []
    for child in element:
        tag = child.tag
        if tag == W + "p":
            text, boxes = _paragraph_text(child)
            lines.append(text)
            for box in boxes:
                lines += block_lines(box)
        elif tag == W + "tbl":
            for row in child.iter(W + "tr"):
                if _parent_table(row) is child:
                    lines += _xml_row_lines(row)
        elif tag == W + "sdt":
            if not _placeholder(child):
                content = child.find(W + "sdtContent")
                if content is not None:
                    lines += block_lines(content)
        elif tag in (W + "customXml", W + "sdtContent"):
            lines += block_lines(child)
    return lines


def _parent_table(row):
    parent = row.getparent()
    while parent is not None and parent.tag != W + "tbl":
        parent = parent.getparent()
    return parent


def _placeholder(sdt) -> bool:
    pr = sdt.find(W + "sdtPr")
    return pr is not None and pr.find(W + "showingPlcHdr") is not None


SKIPPED = {W + "del", W + "instrText", W + "delText", W + "pPr", W + "rPr"}


def _paragraph_text(paragraph) -> tuple[str, list]:
    """A paragraph's text (tabs as spaces, line breaks as spaces) and its text boxes."""
    out: list[str] = []
    boxes: list = []

    def walk(node):
        for child in node:
            tag = child.tag
            if tag == W + "t":
                out.append(child.text or "")
            elif tag in (W + "tab", W + "br", W + "cr"):
                out.append(" ")
            elif tag == W + "txbxContent":
                boxes.append(child)
            elif tag == W + "sdt":
                if not _placeholder(child):
                    walk(child)
            elif tag in SKIPPED or tag.endswith("}Fallback"):
                continue
            else:
                walk(child)

    walk(paragraph)
    return "".join(out), boxes


def _xml_row_lines(row) -> list[str]:
    """A table row as one line, cells joined by " | ", so a provision row ("Physiotherapy |
    weekly, 30 minutes | HCPC-registered physiotherapist") is read as one statement. A heading
    in the first cell goes on a line of its own."""
    cells = []
    for cell in row:
        if cell.tag == W + "sdt":  # a content control around a cell
            if _placeholder(cell):
                continue
            content = cell.find(W + "sdtContent")
            found = [] if content is None else list(content.iter(W + "tc"))
        elif cell.tag == W + "tc":
            found = [cell]
        else:
            continue
        for tc in found:
            text = " ".join(" ".join(block_lines(tc)).split())
            if text:
                cells.append(text)
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


# The headings the SEND Code of Practice (9.62) gives each section, which many LA templates
# use word for word; long, so they often wrap onto a second line.
STATUTORY_TITLES = {
    "A": "The views, interests and aspirations of the child and his or her parents or the "
    "young person",
    "B": "The child or young person's special educational needs",
    "C": "The child or young person's health needs which relate to their SEN",
    "D": "The child or young person's social care needs which relate to their SEN or to a "
    "disability",
    "E": "The outcomes sought for the child or the young person",
    "F": "The special educational provision required by the child or the young person",
    "G": "Any health provision reasonably required by the learning difficulties or "
    "disabilities which result in the child or young person having SEN",
    "H1": "Any social care provision which must be made for a child or young person under 18 "
    "resulting from section 2 of the Chronically Sick and Disabled Persons Act 1970",
    "H2": "Any other social care provision reasonably required by the learning difficulties or "
    "disabilities which result in the child or young person having SEN",
    "I": "The name and type of the school, maintained nursery school, post-16 institution or "
    "other institution to be attended by the child or young person and the type of that "
    "institution",
    "J": "Where there is a Personal Budget, the details of how the Personal Budget will "
    "support particular outcomes",
    "K": "The advice and information gathered during the EHC needs assessment",
}


def _words(text: str) -> list[str]:
    text = text.replace("\u2019", "'").replace("\u2018", "'").lower()
    return re.findall(r"[a-z0-9']+", text)


def heading_key(line: str) -> str | None:
    """The section key a line heads ("C", "H1" ...), or None if it is not a heading."""
    stripped = line.strip().replace("\u2019", "'").replace("\u2018", "'")
    if not stripped or CONTENTS_LINE.search(stripped):
        return None
    statutory = _statutory_heading(stripped)
    if statutory:
        return statutory
    if len(stripped.split()) > 16:
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


def _statutory_heading(line: str) -> str | None:
    """A line that is a section letter followed by (the start of) the Code of Practice's
    title for that section, whatever its length: "Section G: Any health provision reasonably
    required by ..."."""
    match = LETTER_HEADING.match(line)
    if not match:
        return None
    key = (match.group("sec") or match.group("bare")).upper()
    rest = _words(match.group("rest1") if match.group("sec") else match.group("rest2"))
    title = _words(STATUTORY_TITLES.get(key, STATUTORY_TITLES.get(key[0], "")))
    if title and len(rest) >= 3 and rest == title[: len(rest)]:
        return key
    return None


def _title_continuation(key: str, heading: str, line: str) -> bool:
    """``line`` carries on the statutory title that ``heading`` began (a wrapped heading)."""
    title = _words(STATUTORY_TITLES.get(key, STATUTORY_TITLES.get(key[0], "")))
    match = LETTER_HEADING.match(heading.strip().replace("\u2019", "'"))
    if not match or not title:
        return False
    rest = _words(match.group("rest1") if match.group("sec") else match.group("rest2"))
    more = _words(line)
    return bool(more) and rest + more == title[: len(rest) + len(more)]


def split_sections(text: str) -> dict[str, str]:
    """Text under each section heading; {} if the text has no section headings.

    A section that appears twice (a contents page, or a heading repeated on a new page) keeps
    both parts, joined by a blank line. Text before the first heading is not a section.
    """
    parts: dict[str, list[str]] = {}
    key = None
    lines: list[str] = []
    heading = ""
    for line in text.split("\n"):
        found = heading_key(line)
        if found:
            if key:
                parts.setdefault(key, []).append("\n".join(lines).strip())
            key, lines, heading = found, [], line
        elif key and not any(x.strip() for x in lines) and _title_continuation(key, heading, line):
            heading += " " + line  # the rest of a wrapped statutory heading
        else:
            lines.append(line)
    if key:
        parts.setdefault(key, []).append("\n".join(lines).strip())
    return {k: "\n\n".join(p for p in chunks if p) for k, chunks in parts.items()}


SHORT_SECTION_WORDS = 8
SECTION_NAMES = {"C": "health needs", "E": "outcomes", "G": "health provision"}


def section_notices(sections: dict[str, str], keys=("C", "E", "G")) -> list[str]:
    """Plain-words notices for each expected section the document did not give: missing,
    empty or suspiciously short (fewer than 8 words). The checks say nothing about a section's
    absence; the auditor reads the document for it."""
    notices = []
    for key in keys:
        name = SECTION_NAMES.get(key, "")
        label = f"Section {key}" + (f" ({name})" if name else "")
        if key not in sections:
            notices.append(
                f"{label} was not found in the document. Check the original: its heading may "
                "not have been recognised, so its text may be in another section."
            )
        elif not sections[key].strip():
            notices.append(f"{label} is empty in the document.")
        elif len(sections[key].split()) < SHORT_SECTION_WORDS and not re.search(
            r"\bno\b|\bnone\b|not applicable|\bn/?a\b", sections[key], re.I
        ):
            count = len(sections[key].split())
            notices.append(
                f"{label} is only {count} word{'s' if count != 1 else ''} long. Check the "
                "original: part of it may not have been read."
            )
    return notices
