"""Reading uploaded PDF and Word files, and finding the plan's sections."""

import io

import pytest
from pypdf import PdfReader, PdfWriter

from sendhealth.assurance.checks import run_checks
from sendhealth.assurance.checks.samples import make_docx, make_pdf
from sendhealth.assurance.extraction import (
    ExtractionError,
    extract_document,
    heading_key,
    split_sections,
)

PLAN = """Education, Health and Care Plan
Section A: Views, interests and aspirations
Ellie loves music.
Section C: Health needs
Ellie has epilepsy and takes melatonin for sleep.
Section E: Outcomes
By July 2027, Ellie will tell an adult when she feels unwell, every time.
Section G: Health provision
Ellie will have access to SALT as required."""


class TestPdf:
    def test_text_sections_and_pages(self):
        document = extract_document(make_pdf(PLAN, lines_per_page=5), "plan.pdf")
        assert document.pages == 2
        assert set(document.sections) == {"A", "C", "E", "G"}
        assert document.sections["C"] == "Ellie has epilepsy and takes melatonin for sleep."
        assert "Ellie will have access to SALT as required." in document.sections["G"]

    def test_sections_feed_the_checks(self):
        document = extract_document(make_pdf(PLAN), "PLAN.PDF")
        checks = {f.check for f in run_checks(document.sections)}
        assert {"drug_name", "unspecified_provision", "acronym"} <= checks

    def test_page_numbers_are_dropped(self):
        document = extract_document(make_pdf("Section C\nEllie is well.\nPage 1 of 3"), "p.pdf")
        assert document.sections == {"C": "Ellie is well."}

    def test_password_protected_pdf_is_refused_clearly(self):
        writer = PdfWriter(clone_from=PdfReader(io.BytesIO(make_pdf(PLAN))))
        writer.encrypt("secret", algorithm="RC4-128")
        out = io.BytesIO()
        writer.write(out)
        with pytest.raises(ExtractionError, match="password"):
            extract_document(out.getvalue(), "plan.pdf")

    def test_damaged_pdf_is_refused_clearly(self):
        with pytest.raises(ExtractionError, match=r"cannot be read|No text"):
            extract_document(b"%PDF-1.4\n" + b"\x00garbage" * 50, "plan.pdf")

    def test_pdf_without_text_is_refused_clearly(self):
        with pytest.raises(ExtractionError, match="scanned"):
            extract_document(make_pdf(""), "scan.pdf")


class TestDocx:
    def test_paragraphs_and_table_cells_in_order(self):
        data = make_docx(
            "Section C: Health needs\nEllie has asthma.",
            table_rows=[
                ("Section G: Health provision", ""),
                ("Inhaler checks", "Weekly"),
                ("Section K", "Advice list"),
            ],
        )
        document = extract_document(data, "plan.docx")
        assert document.sections["C"] == "Ellie has asthma."
        assert document.sections["G"] == "Inhaler checks | Weekly"
        assert document.sections["K"] == "Advice list"
        assert document.pages >= 1

    def test_a_provision_table_row_is_checked_as_one_statement(self):
        data = make_docx(
            "Section G: Health provision",
            table_rows=[
                ("Physiotherapy programme for balance", "Weekly, 30 minutes, for 12 months"),
                ("Delivered by", "a registered physiotherapist"),
            ],
        )
        document = extract_document(data, "plan.docx")
        row = "Physiotherapy programme for balance | Weekly, 30 minutes, for 12 months"
        assert document.sections["G"].startswith(row)
        checks = {f.check for f in run_checks(document.sections)}
        assert not checks & {"no_frequency", "no_duration"}

    def test_word_file_without_headings_has_text_but_no_sections(self):
        document = extract_document(make_docx("Advice from the physiotherapist."), "a.docx")
        assert document.text.strip() == "Advice from the physiotherapist."
        assert document.sections == {}


class TestWrongFiles:
    @pytest.mark.parametrize(
        ("data", "name", "message"),
        [
            (b"", "plan.pdf", "empty"),
            (b"hello", "plan.txt", "Only PDF and Word"),
            (b"hello", "plan.pdf", "not a real PDF"),
            (b"PK\x03\x04broken zip", "plan.docx", "cannot be read"),
            (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1rest", "plan.doc", r"\.doc"),
        ],
    )
    def test_refused_with_a_clear_message(self, data, name, message):
        with pytest.raises(ExtractionError, match=message):
            extract_document(data, name)

    def test_pdf_content_with_another_name_is_refused(self):
        with pytest.raises(ExtractionError, match="name"):
            extract_document(make_pdf(PLAN), "plan.docx")


class TestHeadings:
    @pytest.mark.parametrize(
        ("line", "key"),
        [
            ("Section C: Health needs", "C"),
            ("SECTION G", "G"),
            ("C: Health needs related to SEN", "C"),
            ("G. Health provision", "G"),
            ("Health needs", "C"),
            ("Outcomes:", "E"),
            ("Section H1 Social care provision", "H1"),
            ("K - Advice and information", "K"),
        ],
    )
    def test_headings(self, line, key):
        assert heading_key(line) == key

    @pytest.mark.parametrize(
        "line",
        [
            "A: yes",
            "C. He has asthma and sees the nurse.",
            "He has health needs that affect learning every day in class.",
            "Section C: Health needs ........ 5",
            "Section C sets out his health needs, which are many and which affect him.",
        ],
    )
    def test_not_headings(self, line):
        assert heading_key(line) is None

    def test_repeated_section_keeps_both_parts_and_preamble_is_dropped(self):
        text = "Contents\nSection C\nfirst\nSection G\nprovision\nSection C\nsecond"
        assert split_sections(text) == {"C": "first\n\nsecond", "G": "provision"}


class TestRealShapedDocuments:
    """Documents shaped like real plans: nothing is lost without a notice."""

    def test_word_template_with_content_controls_and_statutory_headings(self):
        from sendhealth.assurance.checks.samples import la_template_docx

        document = extract_document(la_template_docx(), "plan.docx")
        assert document.sections["C"] == (
            "Sam has difficulty swallowing safely and coughs when drinking thin drinks.\n"
            "Sam has epilepsy with absence seizures most days."
        )
        assert document.sections["D"] == "Sam has a short break once a month."
        assert "every school lunch" in document.sections["E"]
        assert document.sections["G"].split("\n")[:3] == [
            "Need | Provision | Who | How often",
            "Swallowing | A dysphagia management plan and training for lunch staff | Speech and "
            "language therapist | Each September and January for 2026/27",
            "Seizures | Training for staff in Sam's emergency care plan | Epilepsy nurse | Each "
            "September while Sam attends the school",
        ]
        assert "agreed by the ICB" in document.sections["G"]  # the text box
        assert "Click or tap" not in document.text  # a placeholder is not text
        assert "OFFICIAL-SENSITIVE" in document.text  # the header is read ...
        assert all("OFFICIAL" not in text for text in document.sections.values())  # ... not checked
        assert document.notices() == []

    def test_pdf_tables_over_a_page_break_come_out_row_by_row_without_running_lines(self):
        from sendhealth.assurance.checks.samples import tabled_plan_pdf

        document = extract_document(tabled_plan_pdf(), "plan.pdf")
        assert document.sections["G"].split("\n") == [
            "Need | Provision | Who | How often",
            "Walking | Physiotherapy programme of stretches and walking practice | HCPC "
            "physiotherapist | Every half term, 2026/27",
            "Seizures | Training for class staff in Sam's emergency care plan and seizure "
            "recording | Epilepsy nurse | Each September while at the school",
            "",
            "Need | Provision | Who | How often",
            "Transfers | Moving and handling by two trained teaching assistants | Teaching "
            "assistants trained by the physiotherapist | Every transfer, 2026/27",
        ]
        assert "OFFICIAL-SENSITIVE | Sam Example | Final EHC plan issued 12/03/2026" in (
            document.removed
        )
        assert "OFFICIAL" not in document.text
        assert document.sections["D"] == "Sam has a short break once a month."  # not in C
        assert document.sections["H1"] == "None."
        assert document.notices() == [
            "Section E (outcomes) was not found in the document. Check the original: its "
            "heading may not have been recognised, so its text may be in another section."
        ]

    @pytest.mark.parametrize(
        "line",
        [
            "Section G: Any health provision reasonably required by the learning difficulties "
            "or disabilities which result in the child or young person having SEN",
            "G: Any health provision reasonably required by the learning difficulties or",
            "SECTION G - ANY HEALTH PROVISION REASONABLY REQUIRED BY THE LEARNING DIFFICULTIES "
            "OR DISABILITIES WHICH RESULT IN THE CHILD OR YOUNG PERSON HAVING SEN",
        ],
    )
    def test_statutory_headings_of_any_length(self, line):
        assert heading_key(line) == "G"

    def test_a_wrapped_statutory_heading_does_not_leak_into_the_section(self):
        text = (
            "Section C: The child or young person's health needs which relate to their\nSEN\n"
            "Has asthma.\nSection G: Any health provision reasonably required by the learning\n"
            "difficulties or disabilities which result in the child or young person having SEN\n"
            "A nurse will train staff."
        )
        assert split_sections(text) == {"C": "Has asthma.", "G": "A nurse will train staff."}

    def test_notices_for_missing_empty_and_short_sections(self):
        from sendhealth.assurance.extraction import section_notices

        notices = section_notices({"C": "Asthma.", "E": "", "G": "No health provision."})
        assert notices == [
            "Section C (health needs) is only 1 word long. Check the original: part of it may "
            "not have been read.",
            "Section E (outcomes) is empty in the document.",
        ]
