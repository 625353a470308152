"""A child's age status and needs in words (Education Act 1996 s8; CFA 2014 s83(2), s46)."""

from datetime import date

from sendhealth.children.presenters import age_status_text, age_text, need_label, needs_text

BORN_23_SEPTEMBER_2007 = date(2007, 9, 23)  # compulsory school age ends 28 June 2024


class TestAgeStatusText:
    def test_a_child_under_compulsory_school_age_is_told_when_it_starts(self):
        # Fifth birthday 10 January 2027: the next prescribed day is 31 March 2027.
        text = age_status_text(date(2022, 1, 10), date(2026, 3, 2))
        assert text == "Under compulsory school age (starts 31 March 2027)"

    def test_a_child_of_compulsory_school_age_is_told_when_it_ends(self):
        text = age_status_text(BORN_23_SEPTEMBER_2007, date(2020, 1, 1))
        assert text == "Compulsory school age until 28 June 2024"

    def test_the_last_day_of_compulsory_school_age_is_still_compulsory_school_age(self):
        text = age_status_text(BORN_23_SEPTEMBER_2007, date(2024, 6, 28))
        assert text.startswith("Compulsory school age")

    def test_the_day_after_is_a_young_person_who_makes_their_own_decisions(self):
        text = age_status_text(BORN_23_SEPTEMBER_2007, date(2024, 6, 29))
        assert text == "Young person: decisions are theirs (CFA Part 3)"

    def test_a_person_of_25_or_over_is_no_longer_a_young_person(self):
        assert age_status_text(date(2000, 1, 1), date(2026, 3, 2)).startswith("25 or over")

    def test_a_date_of_birth_after_today_has_no_status(self):
        assert age_status_text(date(2026, 3, 3), date(2026, 3, 2)) == ""


class TestAgeText:
    def test_age_is_in_whole_years(self):
        assert age_text(date(2016, 2, 16), date(2026, 2, 15)) == "aged 9"
        assert age_text(date(2016, 2, 16), date(2026, 2, 16)) == "aged 10"

    def test_a_child_born_on_29_february_is_a_year_older_on_1_march(self):
        assert age_text(date(2016, 2, 29), date(2025, 2, 28)) == "aged 8"
        assert age_text(date(2016, 2, 29), date(2025, 3, 1)) == "aged 9"


class TestNeeds:
    def test_need_codes_are_shown_by_their_sen2_names(self):
        assert need_label("SEMH") == "Social, emotional and mental health"

    def test_an_unknown_code_is_shown_as_it_is(self):
        assert need_label("XYZ") == "XYZ"

    def test_no_secondary_needs_reads_as_none_recorded(self):
        assert needs_text([]) == "None recorded"
        assert needs_text(["DS", "VI"]) == "Down syndrome, Vision impairment"
