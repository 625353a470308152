"""The shared PDF setup: typographic characters the built-in font lacks are swapped, what
Latin-1 cannot hold is replaced rather than failing, and every page's footer carries the
title (and a protective marking where the document has one)."""

import io

from pypdf import PdfReader

from sendhealth.core.pdf import NhsPdf, latin


def test_latin_swaps_typographic_characters_and_keeps_the_pound():
    assert (
        latin("The DCO\u2019s \u201creview\u201d \u2013 £5\u2026") == 'The DCO\'s "review" - £5...'
    )
    assert latin("Zo\u00eb \u2192 \u4e2d") == "Zo\u00eb ? ?"


def test_every_page_has_the_marking_and_title_in_its_footer():
    doc = NhsPdf("Case deep dive: child 7", marking="OFFICIAL-SENSITIVE")
    doc.add_page()
    doc.heading("Everything health has done")
    for n in range(120):
        doc.para(f"Entry {n}: the child\u2019s review", style="B" if n % 2 else "")
    reader = PdfReader(io.BytesIO(bytes(doc.output())))
    assert len(reader.pages) > 1
    for number, page in enumerate(reader.pages, start=1):
        text = page.extract_text()
        assert f"OFFICIAL-SENSITIVE. Case deep dive: child 7. Page {number}" in text
    assert reader.metadata.title == "Case deep dive: child 7"


def test_text_widths_are_fpdf2s_own():
    from fpdf.fonts import CORE_FONTS_CHARWIDTHS, CoreFont

    font = CoreFont(0, "helveticaB", "B")
    for text in ["", "Zoë O'Neill £12.50 - (reg 8(1))", "x" * 300]:
        expected = sum(CORE_FONTS_CHARWIDTHS["helveticaB"][c] for c in text) * 10 * 0.001
        assert font.get_text_width(text, 10, None) == (len(text), expected)


def _text(rng) -> str:
    """A paragraph with what line breaking meets: words, double spaces, a space at either end,
    newlines, words wider than the line."""
    words = []
    for _ in range(rng.randint(0, 50)):
        roll = rng.random()
        if roll < 0.05:
            words.append("\n")
        elif roll < 0.08:
            words.append(" ")
        elif roll < 0.1:
            words.append("x" * rng.randint(30, 120))
        else:
            words.append("".join(rng.choice("abcdefghijKLMNO0123.,;'()£é-") for _ in range(12)))
    text = rng.choice([" ", "  "]).join(words)
    return rng.choice(["", " "]) + text + rng.choice(["", " ", "\n"])


def _lines(get_line, text, graphics_state, k, width, align, indent):
    from fpdf.line_break import Fragment, MultiLineBreak

    breaker = MultiLineBreak(
        [Fragment(text, graphics_state, k)],
        width,
        (1.0, 1.0),
        align=align,
        first_line_indent=indent,
    )
    lines = []
    for _ in range(1000):
        try:
            line = get_line(breaker)
        except Exception as error:
            return lines, type(error).__name__
        lines.append(
            line
            and (
                [(f.characters, f.graphics_state, f.k, f.link, type(f)) for f in line.fragments],
                *line[1:],
            )
        )
        if line is None:
            break
    return lines, (breaker.fragment_index, breaker.character_index, breaker._is_first_line)


def test_the_fast_line_breaking_gives_fpdf2s_own_lines():
    """``core.fpdf_speedups``' loop gives the lines (characters, widths, spaces, heights) and
    the errors fpdf2's ``MultiLineBreak.get_line`` gives, on texts of every kind."""
    import random

    from fpdf import FPDF
    from fpdf.enums import Align

    from sendhealth.core import fpdf_speedups

    rng = random.Random(16)
    doc = FPDF()
    doc.add_page()
    for _ in range(300):
        doc.set_font("Helvetica", rng.choice(["", "B", "I"]), rng.choice([8, 9, 10, 13, 18]))
        text = _text(rng)
        if not text:
            continue
        args = (
            doc._get_current_graphics_state(),
            doc.k,
            rng.choice([2, 20, 55.3, 100, 190.00000000000003]),
            rng.choice([Align.L, Align.J, Align.C]),
            rng.choice([0, 3.5]),
        )
        fast = _lines(fpdf_speedups._fast_get_line, text, *args)
        assert fast == _lines(fpdf_speedups._get_line, text, *args), repr(text)


def test_the_speedups_draw_the_same_pdf_byte_for_byte():
    """A long document drawn with ``core.fpdf_speedups`` and with fpdf2's own code alone."""
    import random
    from datetime import UTC, datetime

    from fpdf.fonts import CoreFont
    from fpdf.line_break import Fragment, MultiLineBreak

    from sendhealth.core import fpdf_speedups

    def draw() -> bytes:
        rng = random.Random(7)
        doc = NhsPdf("Case deep dive: child 7", marking="OFFICIAL-SENSITIVE")
        doc.set_creation_date(datetime(2026, 1, 1, tzinfo=UTC))
        doc.add_page()
        doc.heading("Everything health has done")
        for _ in range(60):
            words = " ".join(
                "".join(rng.choice("abcdefghij klm£é'") for _ in range(rng.randint(1, 14)))
                for _ in range(rng.randint(1, 60))
            )
            doc.para(words, size=rng.choice([9, 10, 13]), style=rng.choice(["", "B", "I"]))
            doc.cell(55, 6, "Label")
            doc.multi_cell(0, 6, words[:80])
            doc.write(5, words[:120])
            doc.ln()
        return bytes(doc.output())

    fast = draw()
    try:
        CoreFont.get_text_width = lambda self, text, size, _: (  # fpdf2 2.8.5's own
            len(text),
            sum(self.cw[c] for c in text) * size * 0.001,
        )
        Fragment.get_width = fpdf_speedups._fragment_get_width
        MultiLineBreak.get_line = fpdf_speedups._get_line
        slow = draw()
    finally:
        fpdf_speedups.install()
    assert len(fast) > 15_000 and fast == slow
