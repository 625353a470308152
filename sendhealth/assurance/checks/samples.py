"""Synthetic documents for tests and timing: a plan's text, a PDF and a Word file.

The PDF writer is deliberately tiny (Helvetica text, one content stream per page) so tests
need no PDF-making library; pypdf reads what it writes.
"""

import io
import textwrap

CHILD = "Ellie"
SECTION_C = (
    "Ellie has a diagnosis of cerebral palsy (spastic diplegia) and epilepsy.",
    "She has difficulty with walking and balance and uses a walking frame in school.",
    "Ellie has absence seizures, most days, which affect her attention in lessons.",
    "She finds it hard to hold a pencil and to manage buttons when dressing for PE.",
    "Ellie has difficulty swallowing thin drinks and needs thickened fluids at mealtimes.",
)
SECTION_E = (
    "By the end of Year 5, I will walk from the classroom to the hall with my frame independently.",
    "By July 2027, I will write three sentences using a sloped board and a pencil grip.",
    "Ellie will feel happier at school.",
    "By the end of Year 5, I will drink safely at lunch with one prompt from an adult.",
)
SECTION_G = (
    "An HCPC-registered physiotherapist will deliver a 30-minute session weekly for 12 months.",
    "Teaching assistants trained by the epilepsy nurse will record seizures throughout the "
    "school day.",
    "Ellie will have access to occupational therapy as required.",
    "Staff trained by the speech and language therapist (SALT) will follow her eating and "
    "drinking plan at every meal until the next annual review.",
    "Regular support with emotional wellbeing.",
)


def plan_text(pages: int = 50) -> str:
    """A long synthetic EHC plan: filler sections A, B, D, F around C, E and G."""
    filler = (
        "Ellie enjoys drawing, music and time with her older brother. Her parents would like "
        "her to make friends and to go to the local secondary school with her peers. "
    )
    # About 4,700 characters make a page of make_pdf's output; a quarter of it is C, E and G.
    blocks = max(1, pages * 3 // 2)
    out = ["Education, Health and Care Plan", "Section A: Views, interests and aspirations"]
    out += [filler * 6] * blocks
    out += ["Section B: Special educational needs"] + [filler * 6] * blocks
    for _ in range(max(1, pages // 2)):
        out += ["Section C: Health needs", *SECTION_C]
        out += ["Section D: Social care needs", filler * 3]
        out += ["Section E: Outcomes", *SECTION_E]
        out += ["Section F: Special educational provision", filler * 6]
        out += ["Section G: Health provision", *SECTION_G]
    out += ["Section K: Advice and information", filler * 3]
    return "\n".join(out)


def _pdf_escape(line: str) -> str:
    return line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def make_pdf(text: str, *, lines_per_page: int = 50, width: int = 95) -> bytes:
    """A PDF of ``text`` wrapped to ``width`` characters, ``lines_per_page`` lines a page."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        lines += textwrap.wrap(paragraph, width) or [""]
    chunks = [lines[i : i + lines_per_page] for i in range(0, len(lines), lines_per_page)] or [[]]
    objects: list[bytes] = []
    page_ids = []
    font_id = 3
    for chunk in chunks:
        ops = ["BT", "/F1 10 Tf", "14 TL", "50 800 Td"]
        ops += [f"({_pdf_escape(line)}) Tj T*" for line in chunk]
        ops.append("ET")
        stream = "\n".join(ops).encode("latin-1", "replace")
        content_id = 4 + len(objects)
        objects.append(b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream))
        page_id = 4 + len(objects)
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
            b"/Resources << /Font << /F1 %d 0 R >> >> /Contents %d 0 R >>" % (font_id, content_id)
        )
        page_ids.append(page_id)
    kids = b" ".join(b"%d 0 R" % i for i in page_ids)
    head = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, len(page_ids)),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(head + objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n%s\nendobj\n" % (number, body))
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(offsets) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(
        b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(offsets) + 1, xref)
    )
    return out.getvalue()


def make_docx(text: str, *, table_rows: list[tuple[str, str]] = ()) -> bytes:
    """A Word document with one paragraph per line of ``text`` and an optional 2-column table."""
    import docx

    document = docx.Document()
    for line in text.split("\n"):
        document.add_paragraph(line)
    if table_rows:
        table = document.add_table(rows=0, cols=2)
        for left, right in table_rows:
            cells = table.add_row().cells
            cells[0].text, cells[1].text = left, right
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()
