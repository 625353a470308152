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
    assert codelists.check(2026, "need_types", "XYZ")  # carried, still checked
