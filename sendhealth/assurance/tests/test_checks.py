"""Each automatic check on its own: what it finds, what it leaves alone, exact offsets."""

import pytest

from sendhealth.assurance.checks import CHECKS, Finding, acronyms, run_checks


def found(sections, kind="plan", check=None):
    results = run_checks(sections, kind=kind)
    for f in results:
        assert sections[f.section][f.start : f.end] == f.quote
    return [(f.check, f.section, f.quote) for f in results if check in (None, f.check)]


class TestInterface:
    def test_every_check_has_a_title_guidance_and_anchor(self):
        assert set(CHECKS) == {
            "unspecified_provision",
            "no_frequency",
            "no_duration",
            "no_provider",
            "golden_thread",
            "outcome_not_smart",
            "acronym",
            "jargon",
            "drug_name",
            "advice_no_author",
        }
        for key, info in CHECKS.items():
            assert info.key == key and info.title and info.guidance
            assert info.anchor.replace("-", "").isalpha()

    def test_findings_are_sorted_by_section_then_start(self):
        results = run_checks(
            {
                "G": "Ava will have access to SALT as required.",
                "C": "Ava has ADHD and takes melatonin.",
            }
        )
        assert results == sorted(results, key=lambda f: (f.section, f.start))
        assert all(isinstance(f, Finding) for f in results)

    def test_an_unknown_kind_is_refused(self):
        with pytest.raises(ValueError):
            run_checks({}, kind="letter")

    def test_plan_sections_other_than_c_e_g_are_not_checked(self):
        assert run_checks({"F": "Access to ADHD support as required."}) == []

    def test_empty_sections_have_no_findings(self):
        assert run_checks({"C": "", "E": "", "G": ""}) == []


class TestUnspecifiedProvision:
    def test_vague_phrases_in_provision_are_found(self):
        text = "Ella should have regular opportunities for movement as appropriate."
        quotes = [q for _, _, q in found({"G": text}, check="unspecified_provision")]
        assert quotes == ["should have", "regular", "opportunities for", "as appropriate"]

    def test_message_says_what_good_looks_like(self):
        (finding,) = [
            f
            for f in run_checks({"G": "Staff will give support as needed."})
            if f.check == "unspecified_provision"
        ]
        assert "support as needed" in finding.message and "how often" in finding.message

    def test_access_to_the_curriculum_is_an_aim_not_provision(self):
        text = "To give Ella access to the curriculum, a physiotherapist will see her weekly."
        assert found({"G": text}, check="unspecified_provision") == []

    def test_regular_with_a_frequency_is_not_vague(self):
        text = "Regular weekly sessions of 30 minutes with a physiotherapist for 6 months."
        assert found({"G": text}, check="unspecified_provision") == []

    def test_vague_words_in_needs_are_not_provision(self):
        assert found({"C": "He may benefit from regular breaks."}) == []


class TestFrequencyDurationProvider:
    GOOD = (
        "An HCPC-registered physiotherapist will deliver a 30-minute session weekly for 12 months."
    )

    def test_fully_specified_provision_passes(self):
        assert found({"G": self.GOOD}) == []

    @pytest.mark.parametrize(
        ("text", "missing"),
        [
            ("A physiotherapist will deliver a 30-minute session for 12 months.", "no_frequency"),
            ("A physiotherapist will deliver a session weekly.", "no_duration"),
            ("Ella will have a 30-minute session weekly for 12 months.", "no_provider"),
            ("School staff will run a 30-minute session weekly for 12 months.", "no_provider"),
        ],
    )
    def test_each_missing_part_is_found_on_the_whole_statement(self, text, missing):
        assert found({"G": text}, check=missing) == [(missing, "G", text)]

    def test_untrained_staff_message_asks_for_training(self):
        text = "School staff will run a 30-minute session weekly for 12 months."
        (finding,) = [f for f in run_checks({"G": text}) if f.check == "no_provider"]
        assert "'School'" in finding.message or "'staff'" in finding.message
        assert "trained" in finding.message

    def test_trained_staff_and_a_trigger_count(self):
        text = (
            "Staff trained by the epilepsy nurse will follow the care plan when she has a "
            "seizure, at all times in school."
        )
        assert found({"G": text}) == []

    def test_a_following_sentence_completes_the_provision(self):
        text = (
            "Ella will have occupational therapy for her handwriting. This will be delivered "
            "by an occupational therapist every week for 45 minutes for two terms."
        )
        assert found({"G": text}) == []

    def test_background_and_no_provision_statements_are_not_checked(self):
        text = "Ella is known to the community paediatric team.\nNo health provision is required."
        assert found({"G": text}) == []

    def test_headings_are_not_statements(self):
        assert found({"G": "Health provision\nPhysiotherapy:"}) == []


class TestGoldenThread:
    SECTIONS = {
        "C": "Leah has asthma and needs her inhaler before PE.\n"
        "Leah has difficulty sleeping and wakes each night.",
        "E": "By the end of Year 3, Leah will take her inhaler independently before PE.",
        "G": "A school nurse will check Leah's inhaler technique each term for one year.\n"
        "A physiotherapist will see Leah weekly for 30 minutes for 6 months for her balance.",
    }

    def test_need_without_provision_or_outcome_and_provision_without_need(self):
        assert found(self.SECTIONS, check="golden_thread") == [
            ("golden_thread", "C", "Leah has difficulty sleeping and wakes each night."),
            (
                "golden_thread",
                "G",
                "A physiotherapist will see Leah weekly for 30 minutes for 6 months for her "
                "balance.",
            ),
        ]

    def test_message_names_the_missing_parts(self):
        need = next(f for f in run_checks(self.SECTIONS) if f.section == "C")
        assert "sleep" in need.message
        assert "no provision in Section G and no outcome in Section E" in need.message

    def test_absent_outcomes_section_is_not_checked(self):
        sections = {k: v for k, v in self.SECTIONS.items() if k != "E"}
        messages = [f.message for f in run_checks(sections) if f.check == "golden_thread"]
        assert messages and not any("Section E" in m for m in messages)

    def test_no_health_needs_said_clearly_is_fine(self):
        sections = {"C": "Mia has no health needs.", "G": "No health provision is required."}
        assert found(sections) == []

    def test_matches_by_topic_not_exact_words(self):
        sections = {
            "C": "Aisha has epilepsy.",
            "E": "By July 2027, Aisha will tell an adult when a seizure is starting, every time.",
            "G": "Staff trained by the epilepsy nurse will record seizures at all times for the "
            "life of the plan.",
        }
        assert found(sections, check="golden_thread") == []


class TestOutcomes:
    @pytest.mark.parametrize(
        "text",
        [
            "Jack will improve his communication skills.",
            "I will be able to dress myself independently.",
            "By July 2027, Sam will understand his emotions.",
        ],
    )
    def test_vague_or_untimed_outcomes_are_found(self, text):
        assert found({"E": text}, check="outcome_not_smart") == [("outcome_not_smart", "E", text)]

    def test_smart_outcome_passes(self):
        text = (
            "By the end of Year 2, Jack will use 3-word sentences to ask for help 4 out of 5 times."
        )
        assert found({"E": text}) == []

    def test_a_timed_lead_in_covers_its_bullets(self):
        text = "By the end of Key Stage 2:\n- I will swim 10 metres.\n- I will use the toilet."
        assert found({"E": text}) == []

    def test_message_says_which_part_is_missing(self):
        (finding,) = run_checks({"E": "Priya will walk 50 metres without stopping."})
        assert "no time" in finding.message and "not measurable" not in finding.message


class TestAcronyms:
    def test_first_unexplained_use_only(self):
        text = "Ethan has ADHD. ADHD affects his sleep. He sees CAMHS."
        assert found({"C": text}) == [("acronym", "C", "ADHD"), ("acronym", "C", "CAMHS")]

    @pytest.mark.parametrize(
        "text",
        [
            "Ethan has attention deficit hyperactivity disorder (ADHD). ADHD is managed.",
            "Ethan sees CAMHS (child and adolescent mental health services).",
            "His special educational needs co-ordinator (SENCO) and GP agree; see his EHC plan.",
            "SECTION C: HEALTH NEEDS RELATED TO LEARNING\nEthan is well.",
        ],
    )
    def test_explained_allowed_and_heading_capitals_pass(self, text):
        assert found({"C": text}, check="acronym") == []

    def test_a_definition_in_an_earlier_section_counts(self):
        sections = {
            "C": "Daisy uses alternative and augmentative communication (AAC).",
            "G": "Daisy's AAC device will be updated.",
        }
        assert found(sections, check="acronym") == []

    def test_plural_is_found_without_its_s(self):
        assert found({"C": "Ayaan wears AFOs."}) == [("acronym", "C", "AFO")]

    def test_known_acronym_message_suggests_the_words(self):
        (finding,) = run_checks({"C": "He sees the SALT team."})
        assert "speech and language therapy (SALT)" in finding.message

    @pytest.mark.parametrize(
        "text",
        [
            "An HCPC-registered physiotherapist will see Mia weekly for 30 minutes for a year.",
            "A speech and language therapist (HCPC registered) will see Mia weekly.",
            "Her epilepsy nurse (NMC registered) will train staff each term.",
            "Dr Shah (GMC 7001234), a paediatrician, will review her each year.",
            "A therapist who is a member of the RCSLT will see Mia weekly for a year.",
            "A GPhC-registered pharmacist and a dietitian (BDA member) will advise.",
        ],
    )
    def test_registration_bodies_are_not_flagged(self, text):
        assert found({"G": text}, check="acronym") == []

    @pytest.mark.parametrize(
        ("text", "letters"),
        [
            ("Dr Shah (GMC 7001234), a paediatrician, MRCPCH, will review her.", "MRCPCH"),
            ("A dietitian (BDA member, MSc) will advise.", "MSc"),
        ],
    )
    def test_qualification_letters_are_explained_like_other_letters(self, text, letters):
        # f15y: post-nominal letters are not what the form asks for; 12m labels them.
        assert found({"G": text}, check="acronym") == [("acronym", "G", letters)]

    def test_what_the_checks_own_guidance_suggests_writing_is_not_flagged(self):
        for key in ("no_provider",):
            example = CHECKS[key].guidance.split("for example ")[1].strip("'.")
            assert "HCPC" in example
            assert found({"G": f"{example} will see Mia."}, check="acronym") == []

    def test_an_unexplained_acronym_beside_a_registration_body_is_still_flagged(self):
        text = "An HCPC-registered therapist will set up Mia's PODD book."
        assert found({"G": text}, check="acronym") == [("acronym", "G", "PODD")]


class TestKnownAcronymsList:
    def test_the_list_is_data_with_what_each_stands_for(self):
        sections = acronyms.KNOWN_ACRONYM_SECTIONS
        assert set(sections) == {"families know", "registration"}
        assert sections["registration"]["HCPC"] == "Health and Care Professions Council"
        assert {"HCPC", "NMC", "GMC", "RCSLT", "NHS", "GP"} <= acronyms.ACRONYM_ALLOWED
        assert all(meaning for names in sections.values() for meaning in names.values())

    def test_a_line_without_its_meaning_is_refused(self):
        with pytest.raises(ValueError, match="line 2"):
            acronyms.read_known_acronyms("[registration]\nHCPC\n")

    def test_comments_and_blank_lines_are_ignored(self):
        text = "# about\n\n[a]\nABC  a b c  # why\n"
        assert acronyms.read_known_acronyms(text) == {"a": {"ABC": "a b c"}}


class TestJargon:
    def test_jargon_is_found_with_a_plain_alternative(self):
        (finding,) = run_checks({"C": "Tom has bilateral hearing loss."})
        assert (finding.check, finding.quote) == ("jargon", "bilateral")
        assert "on both sides" in finding.message

    @pytest.mark.parametrize(
        "text",
        [
            "Tom has dysphagia (difficulty swallowing).",
            "Tom has difficulty swallowing (dysphagia).",
            "Tom has a gastrostomy - a feeding tube into his stomach.",
            "Ms Mane, his mother, helps.",
        ],
    )
    def test_explained_jargon_and_lookalikes_pass(self, text):
        assert found({"C": text}, check="jargon") == []

    def test_prescribing_shorthand(self):
        assert found({"C": "Medicine is given bd."}, check="jargon") == [("jargon", "C", "bd")]


class TestDrugNames:
    @pytest.mark.parametrize(
        ("text", "drug"),
        [
            ("Ryan takes melatonin.", "melatonin"),
            ("Hana takes Concerta.", "Concerta"),
            ("Kian has lorazepam in hospital.", "lorazepam"),
            ("Maddie takes paroxetine.", "paroxetine"),
            ("Arthur takes sodium valproate.", "sodium valproate"),
        ],
    )
    def test_drug_names_and_suffixes(self, text, drug):
        assert found({"C": text}, check="drug_name") == [("drug_name", "C", drug)]

    def test_inhaler_and_medicine_are_not_drug_names(self):
        assert found({"C": "Ellis uses an inhaler and takes medicine at home."}) == []


class TestAdviceAuthor:
    NEEDS = {"needs": "", "outcomes": "", "provision": ""}

    def test_unsigned_advice(self):
        (finding,) = run_checks({**self.NEEDS, "author": ""}, kind="advice")
        assert (finding.check, finding.section, finding.start, finding.end) == (
            "advice_no_author",
            "author",
            0,
            0,
        )
        assert "name" in finding.message and "date" in finding.message

    def test_missing_author_key_is_unsigned(self):
        assert [f.check for f in run_checks({}, kind="advice")] == ["advice_no_author"]

    @pytest.mark.parametrize(
        ("author", "missing"),
        [
            ("Speech and language therapist, 3 February 2026", "name"),
            ("Sarah Okafor, 14/01/2026", "profession"),
            ("Dr Tom Hughes, Consultant Paediatrician", "date"),
        ],
    )
    def test_each_missing_part_is_named(self, author, missing):
        (finding,) = run_checks({"author": f"  {author}\n"}, kind="advice")
        assert finding.quote == author and missing in finding.message

    @pytest.mark.parametrize(
        "author",
        [
            "Grace Mensah, HCPC-registered Speech and Language Therapist, 5 January 2026",
            "Laura Bennett\nClinical Lead Speech and Language Therapist\n22 January 2026",
            "Signed: Dr. Ruth Adeyemi, Community Paediatrician. Date: 2 Feb 2026",
        ],
    )
    def test_signed_advice_passes(self, author):
        assert run_checks({"author": author}, kind="advice") == []

    def test_author_text_is_not_checked_for_acronyms(self):
        author = "Dr Ruth Adeyemi, Paediatrician, GMC 7001234, 2 Feb 2026"
        assert run_checks({"author": author}, kind="advice") == []

    def test_undivided_advice_gets_wording_checks(self):
        sections = {"advice": "Ryan takes melatonin.", "author": "Dr A Shah, GP, 1 May 2026"}
        assert found(sections, kind="advice") == [("drug_name", "advice", "melatonin")]
