"""Maintaining the Local Offer: scoped editing, publication by the DCO team, audit, the
public pages without signing in, and stale information flagged and reminded."""

from __future__ import annotations

import datetime

import pytest
from django.utils import timezone
from markupsafe import escape

from sendhealth.core.models import AuditLog, Message
from sendhealth.core.tests.messages import committed
from sendhealth.localoffer.models import DirectoryService, Publication
from sendhealth.localoffer.tasks import send_stale_reminders
from sendhealth.localoffer.tests.factories import DirectoryServiceFactory, LocationFactory
from sendhealth.organisations.tests.factories import ServiceFactory

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
    assert other.name not in client.get("/directory/").content.decode()


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
        body = client.get("/local-offer/", params).content.decode()
        return {n for n in (entry.name, "Teen physio", "Secret draft") if escape(n) in body}

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
        assured_date=datetime.date(2020, 1, 1), stale_reminded_on=datetime.date(2021, 1, 1)
    )
    client_for(area.dco).post(f"/directory/{entry.pk}/publish/")
    entry.refresh_from_db()
    assert entry.assured_date == timezone.localdate() and entry.stale_reminded_on is None


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
