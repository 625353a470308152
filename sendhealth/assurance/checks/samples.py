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
    return _pdf_file(objects, page_ids)


def _pdf_file(objects: list[bytes], page_ids: list[int]) -> bytes:
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


def make_positioned_pdf(pages: list[list[tuple[float, float, str]]], *, size: int = 10) -> bytes:
    """A PDF whose pages draw each (x, y, text) piece where it says (y up from the bottom of
    an A4 page): for tables, wrapped cells and running headers as real plans have them."""
    objects: list[bytes] = []
    page_ids = []
    for pieces in pages or [[]]:
        ops = []
        for x, y, text in pieces:
            ops += [
                "BT",
                f"/F1 {size} Tf",
                f"1 0 0 1 {x:.1f} {y:.1f} Tm",
                f"({_pdf_escape(text)}) Tj",
                "ET",
            ]
        stream = "\n".join(ops).encode("cp1252", "replace")
        content_id = 4 + len(objects)
        objects.append(b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream))
        page_id = 4 + len(objects)
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
            b"/Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>" % content_id
        )
        page_ids.append(page_id)
    return _pdf_file(objects, page_ids)


def tabled_plan_pdf() -> bytes:
    """A three-page plan as an LA's system prints it: a running header and footer on every
    page, the Code of Practice's long headings (wrapped), and Section G as a table whose
    header row is repeated and whose rows, with cells wrapped over two or three lines and
    vertically centred, run over a page break."""
    header = "OFFICIAL-SENSITIVE | Sam Example | Final EHC plan issued 12/03/2026"
    columns = (50, 150, 340, 460)

    def page(number: int, body: list[tuple[float, float, str]]):
        return [(50, 810, header), *body, (50, 30, f"Page {number} of 3")]

    def row(top: float, cells: list[list[str]]) -> list[tuple[float, float, str]]:
        tallest = max(len(c) for c in cells)
        pieces = []
        for x, lines in zip(columns, cells, strict=True):
            offset = (tallest - len(lines)) * 6  # vertically centred
            for n, line in enumerate(lines):
                pieces.append((x, top - offset - n * 12, line))
        return pieces

    head = ["Need", "Provision", "Who", "How often"]
    one = [
        (50, 780, "Section C: The child or young person\u2019s health needs which relate to their"),
        (50, 768, "SEN"),
        (50, 750, "Sam has cerebral palsy affecting both legs and uses a walking frame."),
        (50, 738, "Sam has epilepsy with absence seizures most days."),
        (50, 712, "Section D: The child or young person\u2019s social care needs which relate to"),
        (50, 700, "their SEN or to a disability"),
        (50, 682, "Sam has a short break once a month."),
        (
            50,
            656,
            "Section G: Any health provision reasonably required by the learning difficulties",
        ),
        (50, 644, "or disabilities which result in the child or young person having SEN"),
        *row(620, [[h] for h in head]),
        *row(
            596,
            [
                ["Walking"],
                ["Physiotherapy programme of", "stretches and walking practice"],
                ["HCPC physiotherapist"],
                ["Every half term, 2026/27"],
            ],
        ),
        *row(
            560,
            [
                ["Seizures"],
                [
                    "Training for class staff in",
                    "Sam's emergency care plan",
                    "and seizure recording",
                ],
                ["Epilepsy nurse"],
                ["Each September while at", "the school"],
            ],
        ),
    ]
    two = [
        *row(780, [[h] for h in head]),
        *row(
            756,
            [
                ["Transfers"],
                ["Moving and handling by two", "trained teaching assistants"],
                ["Teaching assistants trained", "by the physiotherapist"],
                ["Every transfer, 2026/27"],
            ],
        ),
        (50, 700, "Section H1: Any social care provision which must be made for a child or young"),
        (50, 688, "person under 18 resulting from section 2 of the Chronically Sick and Disabled"),
        (50, 676, "Persons Act 1970"),
        (50, 658, "None."),
    ]
    three = [
        (50, 780, "Section K: The advice and information gathered during the EHC needs"),
        (50, 768, "assessment"),
        (50, 750, "Advice from the community paediatrician, 2026."),
    ]
    return make_positioned_pdf([page(1, one), page(2, two), page(3, three)])


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


def la_template_docx() -> bytes:
    """A Word plan as LA templates make them: the Code of Practice's long headings, each
    section's text typed into content controls (block and inline, one still showing its
    placeholder), a provision table with a header row and a content control in a cell, a text
    box, and a running header and footer."""
    import docx
    from docx.oxml import parse_xml

    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'

    def block_control(*paragraphs: str, placeholder: bool = False) -> str:
        shown = "<w:showingPlcHdr/>" if placeholder else ""
        body = "".join(
            f"<w:p><w:r><w:t xml:space='preserve'>{p}</w:t></w:r></w:p>" for p in paragraphs
        )
        return (
            f"<w:sdt {w}><w:sdtPr><w:alias w:val='Text'/>{shown}</w:sdtPr>"
            f"<w:sdtContent>{body}</w:sdtContent></w:sdt>"
        )

    document = docx.Document()
    section = document.sections[0]
    section.header.paragraphs[0].text = "OFFICIAL-SENSITIVE | Final EHC plan"
    section.footer.paragraphs[0].text = "Anytown Council SEND Service"
    body = document.element.body

    def add(xml: str):
        body.insert(len(body) - 1, parse_xml(xml))  # before the section properties

    document.add_paragraph(
        "Section A: The views, interests and aspirations of the child and his or her parents or "
        "the young person"
    )
    add(block_control("Sam likes swimming and trains."))
    document.add_paragraph(
        "Section C: The child or young person\u2019s health needs which relate to their SEN"
    )
    add(
        block_control(
            "Sam has difficulty swallowing safely and coughs when drinking thin drinks.",
            "Sam has epilepsy with absence seizures most days.",
        )
    )
    add(block_control("Click or tap here to enter text.", placeholder=True))
    document.add_paragraph(
        "Section D: The child or young person\u2019s social care needs which relate to their "
        "SEN or to a disability"
    )
    add(block_control("Sam has a short break once a month."))
    document.add_paragraph("Section E: The outcomes sought for the child or the young person")
    paragraph = document.add_paragraph("By July 2027, ")
    paragraph._p.append(
        parse_xml(
            f"<w:sdt {w}><w:sdtPr/><w:sdtContent><w:r><w:t xml:space='preserve'>Sam will eat "
            "his lunch safely with his modified diet at every school lunch, as recorded by "
            "staff.</w:t></w:r></w:sdtContent></w:sdt>"
        )
    )
    document.add_paragraph(
        "Section F: The special educational provision required by the child or the young person"
    )
    add(block_control("Sam will have a teaching assistant for 10 hours a week."))
    document.add_paragraph(
        "Section G: Any health provision reasonably required by the learning difficulties or "
        "disabilities which result in the child or young person having SEN"
    )
    table = document.add_table(rows=3, cols=4)
    for cell, text in zip(
        table.rows[0].cells, ("Need", "Provision", "Who", "How often"), strict=True
    ):
        cell.text = text
    for cell, text in zip(
        table.rows[1].cells,
        (
            "Swallowing",
            "A dysphagia management plan and training for lunch staff",
            "Speech and language therapist",
            "Each September and January for 2026/27",
        ),
        strict=True,
    ):
        cell.text = text
    cells = table.rows[2].cells
    cells[0].text, cells[2].text, cells[3].text = (
        "Seizures",
        "Epilepsy nurse",
        "Each September while Sam attends the school",
    )
    cells[1]._tc.remove(
        cells[1]._tc.findall("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}p")[0]
    )
    cells[1]._tc.append(parse_xml(block_control("Training for staff in Sam's emergency care plan")))
    paragraph = document.add_paragraph()
    paragraph._p.append(
        parse_xml(
            f"<w:r {w} xmlns:mc='http://schemas.openxmlformats.org/markup-compatibility/2006' "
            "xmlns:wps='http://schemas.microsoft.com/office/word/2010/wordprocessingShape'>"
            "<mc:AlternateContent><mc:Choice Requires='wps'><w:drawing><wps:txbx><w:txbxContent>"
            "<w:p><w:r><w:t>Note: provision in G is agreed by the ICB.</w:t></w:r></w:p>"
            "</w:txbxContent></wps:txbx></w:drawing></mc:Choice><mc:Fallback><w:pict><w:txbxContent>"
            "<w:p><w:r><w:t>Note: provision in G is agreed by the ICB.</w:t></w:r></w:p>"
            "</w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r>"
        )
    )
    document.add_paragraph(
        "Section H2: Any other social care provision reasonably required by the "
        "learning difficulties or disabilities which result in the child or "
        "young person having SEN"
    )
    add(block_control("None."))
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()
