"""The Local Offer in a real browser, with axe-core on every page visited.

A provider's user changes its service's entry (reached from the header's "Local Offer" link),
adding a second place where it is delivered; the DCO team publishes it; a family, not signed
in, finds the service on the public Local Offer by need, age and words, and reads the
published change, with both places, on its page. Skips without Chromium unless
``REQUIRE_BROWSER=1``.
"""

from __future__ import annotations

import re

import pytest

from sendhealth.core.tests.conftest import browser_for, chromium  # noqa: F401 (fixtures)
from sendhealth.localoffer.models import Publication
from sendhealth.localoffer.tests.factories import (
    DirectoryServiceFactory,
    LocationFactory,
    TaxonomyTermFactory,
)
from sendhealth.organisations.tests.factories import ServiceFactory

pytestmark = pytest.mark.browser

NEW_WAIT = "About 7 weeks from referral to first appointment"


def follow_header_link(session, text: str) -> None:
    """Follow a link in the header's menu, first opening its "More" list (as a user would)
    when the link did not fit in the header's row."""
    header = session.page.locator("header")
    link = header.get_by_role("link", name=re.compile(f"^{re.escape(text)}$"))
    if not link.is_visible():
        header.get_by_role("button", name=re.compile("More")).click()
    link.click()
    session.page.wait_for_load_state("load")
    session.check()


def test_a_provider_changes_its_entry_the_dco_team_publishes_and_a_family_finds_it(
    area,
    browser_for,  # noqa: F811
):
    need = TaxonomyTermFactory(name="Speech, language and communication")
    TaxonomyTermFactory(name="Sleep")
    entry = DirectoryServiceFactory(
        health_service=area.salt, typical_wait="About 20 weeks", minimum_age=0, maximum_age=19
    )
    LocationFactory(service=entry, name="Riverside Children's Centre")
    # Another published service: the family's search must leave it out.
    other = DirectoryServiceFactory(
        health_service=ServiceFactory(provider=area.other_provider, name="Teen sleep clinic"),
        description="Help with sleep for teenagers.",
        minimum_age=13,
        maximum_age=18,
    )

    provider = browser_for(area.salt_user)
    follow_header_link(provider, "Local Offer")
    assert entry.name in provider.text()
    assert other.name not in provider.text()  # another provider's service is not theirs
    provider.follow(entry.name)
    provider.follow("Change this information")
    page = provider.page
    page.get_by_label("Typical wait (entered by hand)").fill(NEW_WAIT)
    page.get_by_label(need.name).check()
    provider.click_button("Add another location")
    assert "Location 2 has been added to the form" in provider.text()
    assert page.get_by_label("Typical wait (entered by hand)").input_value() == NEW_WAIT
    second = page.locator("#location-2")
    second.get_by_label("Place name").fill("Hilltop Health Centre")
    second.get_by_label("Address").fill("2 Hill Street")
    second.get_by_label("Town or city").fill("Northtown")
    second.get_by_label("Postcode").fill("NT2 2BB")
    second.get_by_label("Wednesday").check()
    second.get_by_label("Opens at").fill("13:00")
    second.get_by_label("Closes at").fill("16:00")
    provider.click_button("Save changes")
    assert "Changes saved. The DCO team will publish them." in provider.text()
    assert "There are changes awaiting publication" in provider.text()
    assert "Publish changes" not in provider.text()  # only the DCO team publishes
    entry.refresh_from_db()
    assert entry.publication == Publication.CHANGED

    team = browser_for(area.dco_team)
    follow_header_link(team, "Local Offer")
    team.follow(entry.name)
    assert "There are changes awaiting publication" in team.text()
    team.click_button("Publish changes")
    assert f"{entry.name} is published in the Local Offer." in team.text()
    entry.refresh_from_db()
    assert entry.publication == Publication.PUBLISHED
    assert entry.typical_wait == NEW_WAIT
    assert entry.locations.count() == 2

    family = browser_for(None)
    family.go("/local-offer/")
    assert other.name in family.text()  # everything published, before searching
    page = family.page
    page.get_by_label("Need or type of service").select_option(label=need.name)
    page.get_by_label("Age of the child or young person").fill("6")
    page.get_by_label("Words").fill("speech")
    family.click_button("Search")
    assert "1 service" in family.text()
    assert other.name not in family.text()
    family.follow(entry.name)
    assert family.path() == f"/local-offer/{entry.pk}/"
    assert NEW_WAIT in family.text()
    assert need.name in family.text()
    assert "Riverside Children's Centre" in family.text()
    assert "Hilltop Health Centre" in family.text()
    assert "Open Wednesday, 13:00 to 16:00" in family.text()
