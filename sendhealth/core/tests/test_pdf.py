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
