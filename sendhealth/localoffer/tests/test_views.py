"""Maintaining the Local Offer: scoped editing, publication by the DCO team, audit, the
public pages without signing in, and stale information flagged and reminded."""

from __future__ import annotations

import datetime
from html import unescape

import pytest
from django.utils import timezone

from sendhealth.core.models import AuditLog, Message
from sendhealth.core.tests.messages import committed
from sendhealth.localoffer import oruk, services
from sendhealth.localoffer.models import DirectoryService, Publication
from sendhealth.localoffer.tasks import send_stale_reminders
from sendhealth.localoffer.tests.factories import DirectoryServiceFactory, LocationFactory
from sendhealth.organisations.tests.factories import ServiceFactory
from sendhealth.waitingtimes.tests.factories import ServicePositionFactory

FORM = {
    "name": "Children's SALT",
    "description": "We help children talk and understand.",
    "who_for": "Children up to 19 with communication needs.",
    "minimum_age": "0",
    "maximum_age": "19",
    "self_referral": "yes",
    "referral": "Ring us, or ask your GP.",
    "typical_wait": "About 9 weeks",
    "fees": "",
    "url": "",
    "email": "salt@nhs.invalid",
    "phone": "0300 555 0000",
    "languages": "English, Urdu",
    "accessibility": "Step-free",
    "status": "active",
}
RIVERSIDE = {
    "name": "Riverside Centre",
    "address_1": "1 River Road",
    "city": "Northtown",
    "postcode": "nt1 1aa",
    "byday": ["MO", "TU"],
    "opens_at": "09:00",
    "closes_at": "16:30",
}
HILLTOP = {
    "name": "Hilltop Clinic",
    "address_1": "2 Hill Street",
    "city": "Northtown",
    "postcode": "NT2 2BB",
    "byday": ["WE"],
    "opens_at": "13:00",
    "closes_at": "16:00",
}


def with_locations(*locations: dict, initial: int | None = None) -> dict:
    """The edit form's POST data: the service's fields and a formset of locations."""
    data = {
        **FORM,
        "locations-TOTAL_FORMS": str(len(locations)),
        "locations-INITIAL_FORMS": str(len(locations) if initial is None else initial),
        "locations-MIN_NUM_FORMS": "0",
        "locations-MAX_NUM_FORMS": "20",
    }
    for n, loc in enumerate(locations):
        data.update({f"locations-{n}-{k}": v for k, v in loc.items()})
    return data


FORM_ONE_PLACE = with_locations(RIVERSIDE)


@pytest.fixture
def entry(area):
    return DirectoryServiceFactory(health_service=area.salt, typical_wait="About 20 weeks")


def test_a_provider_changes_its_service_and_families_see_it_once_the_dco_team_publishes(
    area, entry, client_for, client
):
    provider = client_for(area.salt_user)
    response = provider.post(f"/directory/{entry.pk}/edit/", FORM_ONE_PLACE)
    assert response.status_code == 302
    entry.refresh_from_db()
    assert entry.publication == Publication.CHANGED
    assert entry.typical_wait == "About 20 weeks"  # the public still sees what was published
    assert AuditLog.objects.filter(object_id=str(entry.pk), actor=area.salt_user).exists()
    assert provider.post(f"/directory/{entry.pk}/publish/").status_code == 403

    team = client_for(area.dco_team)
    assert team.post(f"/directory/{entry.pk}/publish/").status_code == 302
    entry.refresh_from_db()
    assert entry.typical_wait == "About 9 weeks"
    assert entry.assured_date == timezone.localdate()
    assert entry.locations.get().postcode == "NT1 1AA"
    assert AuditLog.objects.filter(object_id=str(entry.pk), actor=area.dco_team).exists()

    client.logout()
    page = client.get(f"/local-offer/{entry.pk}/")
    assert page.status_code == 200 and "About 9 weeks" in page.content.decode()
    assert "public" in page["Cache-Control"]


def test_a_provider_cannot_reach_another_providers_service(area, client_for):
    other = DirectoryServiceFactory(health_service=ServiceFactory(provider=area.other_provider))
    client = client_for(area.salt_user)
    assert client.get(f"/directory/{other.pk}/").status_code == 404
    assert client.post(f"/directory/{other.pk}/edit/", FORM_ONE_PLACE).status_code == 404
    assert other.name not in unescape(client.get("/directory/").content.decode())


def test_a_limited_provider_user_reaches_only_its_named_services(area, entry, client_for):
    sibling = DirectoryServiceFactory(health_service=ServiceFactory(provider=area.provider))
    assert client_for(area.salt_user).get(f"/directory/{sibling.pk}/").status_code == 404
    assert client_for(area.provider_user).get(f"/directory/{sibling.pk}/").status_code == 200


def test_bad_information_is_refused_with_its_reasons(area, entry, client_for):
    bad = with_locations(RIVERSIDE, {**HILLTOP, "address_1": "", "closes_at": "08:00"})
    bad.update({"minimum_age": "12", "maximum_age": "5"})
    response = client_for(area.salt_user).post(f"/directory/{entry.pk}/edit/", bad)
    body = response.content.decode()
    assert response.status_code == 200 and "There is a problem" in body
    assert "Oldest age must be the same as or more than youngest" in body
    assert "Location 2: Closing time must be after opening time" in body
    assert "Location 2: Enter the place name, address, town and postcode" in body
    assert 'href="#id_locations-1-address_1"' in body
    entry.refresh_from_db()
    assert entry.draft == {} and entry.publication == Publication.PUBLISHED


def test_families_find_services_by_need_age_area_and_words_without_signing_in(area, entry, client):
    LocationFactory(service=entry)
    other = DirectoryServiceFactory(name="Teen physio", minimum_age=12, maximum_age=18)
    other.areas.add(area.other_la)
    DirectoryServiceFactory(name="Secret draft", published_at=None)

    def names(**params):
        body = unescape(client.get("/local-offer/", params).content.decode())
        return {n for n in (entry.name, "Teen physio", "Secret draft") if n in body}

    assert names() == {entry.name, "Teen physio"}
    assert names(age=3) == {entry.name}
    assert names(age=15) == {entry.name, "Teen physio"}
    assert names(area=area.la.pk) == {entry.name}
    assert names(q="physio") == {"Teen physio"}
    assert client.get(f"/local-offer/{entry.pk}/").status_code == 200


def test_stale_information_is_flagged_and_its_owners_reminded_once(area, entry, client_for):
    entry.assured_date = timezone.localdate() - datetime.timedelta(days=400)
    entry.save()
    body = client_for(area.salt_user).get(f"/directory/{entry.pk}/").content.decode()
    assert "This information needs checking" in body
    with committed():
        assert send_stale_reminders.call() == 1
        assert send_stale_reminders.call() == 0
    assert Message.objects.filter(link=f"/directory/{entry.pk}/").exists()


def test_publishing_clears_the_stale_flag(area, entry, client_for):
    DirectoryService.objects.filter(pk=entry.pk).update(
        assured_date=datetime.date(2020, 1, 1), reminded_on=datetime.date(2021, 1, 1)
    )
    client_for(area.dco).post(f"/directory/{entry.pk}/publish/")
    entry.refresh_from_db()
    assert entry.assured_date == timezone.localdate() and entry.reminded_on is None


def test_the_list_takes_the_same_queries_for_many_services(
    area, client_for, django_assert_max_num_queries
):
    client = client_for(area.dco)
    DirectoryServiceFactory(health_service=area.salt)
    client.get("/directory/")
    with django_assert_max_num_queries(12) as few:
        client.get("/directory/")
    for _ in range(10):
        DirectoryServiceFactory(health_service=ServiceFactory(provider=area.provider))
    with django_assert_max_num_queries(len(few.captured_queries)):
        client.get("/directory/")


class TestSeveralLocations:
    """A service delivered in several places: added and removed on the edit form, checked in
    full before the draft is saved, and every one on the public page and in the ORUK feed."""

    def test_the_edit_form_shows_each_location_and_offers_another(self, area, entry, client_for):
        first = LocationFactory(service=entry)
        second = LocationFactory(service=entry, name="Hilltop Clinic")
        body = client_for(area.salt_user).get(f"/directory/{entry.pk}/edit/").content.decode()
        assert "Location 1" in body and "Location 2" in body and "Location 3" not in body
        assert f'value="{first.pk}"' in body and f'value="{second.pk}"' in body
        assert "Add another location" in body
        assert "Remove this location when I save (location 2)" in body

    def test_a_service_with_no_location_is_offered_one_to_fill_in(self, area, entry, client_for):
        body = client_for(area.salt_user).get(f"/directory/{entry.pk}/edit/").content.decode()
        assert "Location 1" in body and 'name="locations-0-name"' in body

    def test_add_another_location_keeps_what_was_typed_and_saves_nothing(
        self, area, entry, client_for
    ):
        typed = {**with_locations(RIVERSIDE), "typical_wait": "About 3 weeks", "add_location": ""}
        response = client_for(area.salt_user).post(f"/directory/{entry.pk}/edit/", typed)
        body = response.content.decode()
        assert response.status_code == 200
        assert "Location 2 has been added to the form" in body
        assert 'href="#location-2"' in body and 'id="location-2"' in body
        assert 'name="locations-1-name"' in body
        assert 'value="Riverside Centre"' in body and 'value="About 3 weeks"' in body
        assert "There is a problem" not in body
        entry.refresh_from_db()
        assert entry.draft == {}

    def test_locations_added_and_removed_reach_the_public_page_and_the_feed(
        self, area, entry, client_for, client
    ):
        kept = LocationFactory(service=entry, name="Riverside Centre")
        dropped = LocationFactory(service=entry, name="Old Clinic")
        sal_id = kept.service_at_location_id
        provider, team = client_for(area.salt_user), client_for(area.dco_team)
        data = with_locations(
            {**RIVERSIDE, "id": str(kept.pk)},
            {**RIVERSIDE, "id": str(dropped.pk), "name": "Old Clinic", "DELETE": "on"},
            HILLTOP,
            {},  # an empty location is no location
            initial=2,
        )
        assert provider.post(f"/directory/{entry.pk}/edit/", data).status_code == 302
        entry.refresh_from_db()
        assert [loc["name"] for loc in entry.draft["locations"]] == [
            "Riverside Centre",
            "Hilltop Clinic",
        ]
        assert entry.locations.count() == 2  # the public still sees what was published
        assert team.post(f"/directory/{entry.pk}/publish/").status_code == 302

        locations = {loc.name: loc for loc in entry.locations.all()}
        assert set(locations) == {"Riverside Centre", "Hilltop Clinic"}
        assert locations["Riverside Centre"].pk == kept.pk
        assert locations["Riverside Centre"].service_at_location_id == sal_id
        assert locations["Hilltop Clinic"].byday == "WE"

        client.logout()
        page = client.get(f"/local-offer/{entry.pk}/").content.decode()
        assert "Riverside Centre" in page and "Hilltop Clinic" in page
        assert "Old Clinic" not in page
        feed = client.get(f"/openreferral/services/{entry.pk}").json()
        assert oruk.errors("service", feed) == []
        assert {s["location"]["name"] for s in feed["service_at_locations"]} == set(locations)
        assert len(feed["schedules"]) == 2
        listed = client.get("/openreferral/service_at_locations").json()["contents"]
        assert {s["location"]["name"] for s in listed} >= set(locations)

    def test_one_bad_location_saves_nothing(self, area, entry, client_for):
        bad = with_locations(RIVERSIDE, {"name": "Hilltop Clinic", "byday": ["WE"]})
        response = client_for(area.salt_user).post(f"/directory/{entry.pk}/edit/", bad)
        body = response.content.decode()
        assert response.status_code == 200
        assert "Location 2: Enter the place name, address, town and postcode" in body
        assert "Location 2: Enter the opening and closing times" in body
        entry.refresh_from_db()
        assert entry.draft == {}

    def test_too_many_locations_are_refused(self, area, entry, client_for):
        many = with_locations(*[{**RIVERSIDE, "name": f"Place {n}"} for n in range(21)])
        response = client_for(area.salt_user).post(f"/directory/{entry.pk}/edit/", many)
        assert response.status_code == 200
        assert "A service can have up to 20 locations" in response.content.decode()
        entry.refresh_from_db()
        assert entry.draft == {}

    def test_a_draft_from_before_holds_one_location_and_still_publishes(
        self, area, entry, client_for
    ):
        draft = services.jsonable(services.current_draft(entry))
        del draft["locations"]
        draft["location"] = {**RIVERSIDE, "byday": "MO", "postcode": "NT1 1AA"}
        DirectoryService.objects.filter(pk=entry.pk).update(draft=draft)
        body = client_for(area.salt_user).get(f"/directory/{entry.pk}/edit/").content.decode()
        assert 'value="Riverside Centre"' in body
        assert client_for(area.dco_team).post(f"/directory/{entry.pk}/publish/").status_code == 302
        assert entry.locations.get().name == "Riverside Centre"


class TestTypicalWaitFromTheRegister:
    """The waiting-times register's latest median wait, where it has recent figures for the
    service, is the typical wait families read (page and feed); else the one entered by hand."""

    def month(self, months_ago: int) -> datetime.date:
        first = timezone.localdate().replace(day=1)
        for _ in range(months_ago):
            first = (first - datetime.timedelta(days=1)).replace(day=1)
        return first

    def test_the_registers_latest_figure_is_shown(self, area, entry, client):
        ServicePositionFactory(service=area.salt, month=self.month(3), median_wait_weeks=20)
        latest = self.month(1)
        ServicePositionFactory(service=area.salt, month=latest, median_wait_weeks="8.6")
        expected = f"About 9 weeks from referral (the average wait in {latest:%B %Y})"
        page = client.get(f"/local-offer/{entry.pk}/").content.decode()
        assert expected in page and "About 20 weeks" not in page
        feed = client.get(f"/openreferral/services/{entry.pk}").json()
        assert feed["wait_time"] == expected

    def test_the_dco_teams_page_shows_it_too(self, area, entry, client_for):
        ServicePositionFactory(service=area.salt, month=self.month(1), median_wait_weeks="0.5")
        body = client_for(area.dco_team).get(f"/directory/{entry.pk}/").content.decode()
        assert "Less than a week from referral" in body

    def test_without_recent_figures_the_wait_entered_by_hand_is_shown(self, area, entry, client):
        ServicePositionFactory(service=area.salt, month=self.month(16), median_wait_weeks=3)
        page = client.get(f"/local-offer/{entry.pk}/").content.decode()
        assert "About 20 weeks" in page and "About 3 weeks" not in page
