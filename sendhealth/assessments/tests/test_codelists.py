"""The SEN2 code lists: versioned per collection year, each citing where it came from; a list
marked confirmed names what it was confirmed from, an unconfirmed one says why."""

import pytest

from sendhealth.assessments import codelists

LISTS = {
    "need_types", "settings", "cease_reasons", "request_sources", "request_outcomes",
    "assessment_outcomes", "review_outcomes",
}  # fmt: skip


@pytest.mark.parametrize("year", codelists.years())
def test_every_list_of_every_year_cites_its_source(year):
    data = codelists.for_year(year)
    assert data["collection_year"] == year
    assert set(data["lists"]) == LISTS
    for name, spec in data["lists"].items():
        assert "guide" in spec["source"] or "guidance" in spec["source"], name
        if spec["confirmed"]:
            assert spec["codes"] and spec.get("confirmed_from"), name
        else:
            assert spec.get("note"), name


def test_the_2025_lists_confirmed_from_the_dfe_guide_through_witan_sen2():
    lists = codelists.for_year(2025)["lists"]
    assert list(lists["cease_reasons"]["codes"]) == [str(n) for n in range(1, 10)]
    assert set(lists["need_types"]["codes"]) == {
        "SPLD", "MLD", "SLD", "PMLD", "SEMH", "SLCN", "HI", "VI", "MSI", "PD", "ASD", "DS", "OTH",
    }  # fmt: skip
    assert set(lists["settings"]["codes"]) == {
        "OLA", "OPA", "EHE", "EYP", "OTH", "NEET", "NIEC", "NIEO",
    }  # fmt: skip
    assert codelists.check(2025, "cease_reasons", "10")
    for name in ("need_types", "settings", "cease_reasons"):
        assert any("witan.sen2" in source for source in lists[name]["confirmed_from"]), name


@pytest.mark.parametrize("year", [2025, 2026])
def test_the_outcome_and_source_lists_as_the_guide_items_give_them(year):
    """Items 2.2 (request source: new and voluntary in 2025, mandatory in 2026), 2.5 (request
    outcome), 3.1 (assessment outcome) and 5.4c (annual review decision), as the schemas
    transcribed from each year's guide give them."""
    lists = codelists.for_year(year)["lists"]
    assert list(lists["request_sources"]["codes"]) == ["1", "2", "3", "4", "5"]
    assert list(lists["request_outcomes"]["codes"]) == ["Y", "N", "A", "W", "H"]
    assert list(lists["assessment_outcomes"]["codes"]) == ["Y", "N", "A", "W", "H"]
    assert list(lists["review_outcomes"]["codes"]) == ["A", "C", "M"]
    for spec in lists.values():
        assert any(
            f"sen2_schema_{year}.xsd at commit" in source for source in spec["confirmed_from"]
        )
    assert codelists.check(year, "request_outcomes", "Z")
    assert codelists.check(year, "review_outcomes", "2")
    assert codelists.check(year, "request_sources", "6")
    assert codelists.check(year, "assessment_outcomes", "H") is None


def test_the_2026_lists_are_the_2025_codes():
    """The 2026 guide changed which items are mandatory, not the codes."""
    old, new = codelists.for_year(2025)["lists"], codelists.for_year(2026)["lists"]
    assert {n: list(s["codes"]) for n, s in old.items()} == {
        n: list(s["codes"]) for n, s in new.items()
    }


def test_a_setting_outside_the_list_is_refused():
    """SENsetting is given only for a setting with no URN or UKPRN, from the 8 codes."""
    assert codelists.check(2026, "settings", "ACC")
    assert codelists.check(2026, "settings", "NIEO") is None
    assert codelists.check(2026, "need_types", "XYZ")
