"""The 20-week pathway and SEN2 in a real browser, with axe-core on every page visited.

The LA uploads its SEN2 return with two errors, reads them by module, row and column, uploads
the fixed file, sees the match rate, and links the one person not matched to the child of its
register; the DCO sees the 20-week figures with their definitions; the LA records a request
for an assessment by hand and then its decision, draft and final plan. Every page is reached
through the links and buttons the pages show. Skips without Chromium unless
``REQUIRE_BROWSER=1``.
"""

from __future__ import annotations

import datetime

import pytest
from django.utils import timezone

from sendhealth.assessments import demo
from sendhealth.assessments.models import Assessment, MatchMethod, Sen2Person
from sendhealth.assessments.sen2 import BY_KEY
from sendhealth.children.tests.factories import ChildFactory
from sendhealth.core.tests.browser import fill_date
from sendhealth.core.tests.conftest import browser_for, chromium  # noqa: F401 (fixtures)
from sendhealth.medicalconditions.tests.test_browser_journey import follow_in_header
from sendhealth.transitions.models import EhcPlan

pytestmark = pytest.mark.browser


def test_the_la_imports_a_return_links_a_person_and_records_an_assessment(
    area,
    browser_for,  # noqa: F811
    tmp_path,
):
    today = timezone.localdate()
    known = [ChildFactory(local_authority=area.la) for _ in range(2)]
    linked = ChildFactory(local_authority=area.la, given_name="Amara", family_name="Okafor")
    people = [(c.given_name, c.family_name, c.date_of_birth) for c in known]
    people.append(("Mara", "Okafor-Smith", linked.date_of_birth))  # a name the LA spells otherwise
    rows = demo.build(people, lea=area.la.code, year=2026, unmatched=0)
    good = tmp_path / "return.zip"
    good.write_bytes(demo.to_bytes(rows))
    rows["person"][1][BY_KEY["person"].all_columns.index("personbirthdate")] = "31/02/2015"
    rows["requests"][0][BY_KEY["requests"].all_columns.index("persontableid")] = "NOBODY"
    bad = tmp_path / "return-with-errors.zip"
    bad.write_bytes(demo.to_bytes(rows))

    la = browser_for(area.users["la_user"])
    page = la.page
    follow_in_header(la, "SEN2")
    page.get_by_label("Collection year").select_option("2026")
    page.set_input_files("#id_file", str(bad))
    la.click_button("Import the return")
    text = la.text()
    assert "Nothing was imported: fix these errors" in text
    assert "1 Person" in text and "personbirthdate is not a date" in text
    assert "2 Requests" in text and "persontableid names no row of 1 Person" in text
    assert not Assessment.objects.exists()

    la.follow("Back to SEN2 returns")
    page.get_by_label("Collection year").select_option("2026")
    page.set_input_files("#id_file", str(good))
    la.click_button("Import the return")
    assert "3 people; 2 matched to the children's register (66.7% match rate)" in la.text()

    la.follow("Link or register the people not matched")
    assert "Okafor-Smith" in la.text()
    la.follow("Link Mara Okafor-Smith")
    page.get_by_label("NHS number of the child").fill(linked.nhs_number)
    la.click_button("Link")
    assert "Everyone is matched" in la.text()
    person = Sen2Person.objects.get(surname="Okafor-Smith")
    assert person.child == linked and person.match_method == MatchMethod.LINKED
    assert Assessment.objects.get(person=person).child == linked

    # The DCO: the 20-week figures with their definitions.
    dco = browser_for(area.dco)
    follow_in_header(dco, "20 weeks")
    assert "including" in dco.text().lower() and "reg 13(2)" in dco.text()

    # The LA records a request by hand, then its steps to a final plan.
    child = ChildFactory(local_authority=area.la, given_name="Theo", family_name="Baptiste")
    received = today - datetime.timedelta(weeks=30)
    follow_in_header(la, "Assessments")
    la.follow("Record a request for an assessment")
    page.get_by_label("NHS number").fill(child.nhs_number)
    fill_date(page, "Date of birth", child.date_of_birth)
    fill_date(page, "Date the local authority received the request", received)
    page.get_by_role("group", name="Who made the request").get_by_label(
        "Young person or parent", exact=False
    ).check()
    la.click_button("Record the request")
    assessment = Assessment.objects.get(child=child)
    assert assessment.reference in la.text() and "Theo Baptiste" not in la.path()
    la.follow("Record the steps of this assessment")
    page.get_by_role("group", name="Decision whether to assess").get_by_label(
        "To assess", exact=True
    ).check()
    fill_date(page, "Date of the decision whether to assess", received + datetime.timedelta(40))
    fill_date(page, "Date the draft plan was sent", received + datetime.timedelta(110))
    page.get_by_role("group", name="Outcome of the assessment").get_by_label(
        "A final EHC plan was issued"
    ).check()
    fill_date(page, re_outcome(), received + datetime.timedelta(140))
    la.click_button("Save the steps")
    assert "updated" in la.text()
    assessment.refresh_from_db()
    assert assessment.final_plan == EhcPlan.objects.get(child=child)
    assert assessment.plan_issued_on == received + datetime.timedelta(140)


def re_outcome():
    import re

    return re.compile(r"^Date of the outcome")
