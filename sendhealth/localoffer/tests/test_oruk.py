"""The Open Referral UK 3.0 feed: every endpoint answers open JSON that the UK profile's
schemas accept, with its filters and paging."""

from __future__ import annotations

import datetime
import uuid

import pytest
from django.urls import reverse
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator

from sendhealth.localoffer import oruk
from sendhealth.localoffer.models import Publication
from sendhealth.localoffer.tests.factories import (
    DirectoryServiceFactory,
    LocationFactory,
    TaxonomyTermFactory,
)

LISTS = {
    "/openreferral/services": "service_list",
    "/openreferral/service_at_locations": "service_at_location_list",
    "/openreferral/taxonomies": "taxonomy",
    "/openreferral/taxonomy_terms": "taxonomy_term",
}


def assert_valid(name: str, document: dict):
    problems = oruk.errors(name, document)
    assert not problems, problems


def check_every_endpoint(client) -> int:
    """Fetch every endpoint and every item of every list; validate each. Returns the number of
    documents checked."""
    checked = 0
    root = client.get("/openreferral/")
    assert root.status_code == 200 and root["Access-Control-Allow-Origin"] == "*"
    assert root.json()["version"] == "3.0"
    for path, item_schema in LISTS.items():
        body = client.get(path, {"per_page": 200}).json()
        assert not list(Draft202012Validator(oruk.PAGE_SCHEMA).iter_errors(body))  # envelope
        for item in body["contents"]:
            assert_valid(item_schema, item)
            detail_path = f"{path}/{item['id']}"
            detail = client.get(detail_path)
            assert detail.status_code == 200, detail_path
            assert detail["Access-Control-Allow-Origin"] == "*"
            detail_schema = {
                "service_list": "service",
                "service_at_location_list": "service_at_location",
            }.get(item_schema, item_schema)
            assert_valid(detail_schema, detail.json())
            checked += 2
    return checked


@pytest.fixture
def published(db):
    service = DirectoryServiceFactory(fees="£5 a session", url="https://example.org/salt")
    term = TaxonomyTermFactory()
    service.terms.add(term)
    LocationFactory(service=service, accessibility="Step-free")
    DirectoryServiceFactory(publication=Publication.DRAFT, published_at=None, name="Hidden")
    return service


def test_every_endpoint_answers_valid_oruk_without_signing_in(client, published):
    assert check_every_endpoint(client) >= 8
    names = [s["name"] for s in client.get("/openreferral/services").json()["contents"]]
    assert names == [published.name]  # an unpublished entry is not in the feed


def test_the_demo_area_answers_valid_oruk(client, db):
    from sendhealth.core.seeding import SeedOptions, seed_area

    seed_area(SeedOptions(children=60, requests=20))
    body = client.get("/openreferral/services", {"per_page": 200}).json()
    assert body["total_items"] >= 12
    assert check_every_endpoint(client) > 40


def test_the_list_pages_through_services(client, db):
    for n in range(5):
        DirectoryServiceFactory(name=f"Service {n}")
    first = client.get("/openreferral/services", {"per_page": 2}).json()
    last = client.get("/openreferral/services", {"per_page": 2, "page": 3}).json()
    assert (first["total_items"], first["total_pages"], first["size"]) == (5, 3, 2)
    assert first["first_page"] and not first["last_page"]
    assert last["last_page"] and last["size"] == 1
    assert client.get("/openreferral/services", {"page": 9}).json()["empty"]


def test_the_filters_of_the_uk_profile_narrow_the_services(client, db):
    term = TaxonomyTermFactory()
    young = DirectoryServiceFactory(name="Early years", minimum_age=0, maximum_age=5)
    young.terms.add(term)
    LocationFactory(service=young, byday="MO", opens_at=datetime.time(9))
    older = DirectoryServiceFactory(name="Teen clinic", minimum_age=11, maximum_age=18)
    LocationFactory(service=older, byday="SA", opens_at=datetime.time(10))

    def names(**params):
        rows = client.get("/openreferral/services", params).json()["contents"]
        return sorted(r["name"] for r in rows)

    assert names(search="teen") == ["Teen clinic"]
    assert names(taxonomy_term_id=str(term.pk)) == ["Early years"]
    assert names(taxonomy_id=str(term.taxonomy_id)) == ["Early years"]
    assert names(minimum_age=10) == ["Teen clinic"]
    assert names(maximum_age=6) == ["Early years"]
    assert names(day="SA") == ["Teen clinic"]
    assert names(start_time="09:30") == ["Teen clinic"]
    sal = client.get("/openreferral/service_at_locations", {"day": "MO"}).json()["contents"]
    assert [s["service"]["name"] for s in sal] == ["Early years"]


def test_an_unknown_id_is_a_json_404(client, db):
    response = client.get(f"/openreferral/services/{uuid.uuid4()}")
    assert response.status_code == 404 and response["Access-Control-Allow-Origin"] == "*"


def test_list_queries_do_not_grow_with_services(client, db, django_assert_max_num_queries):
    for _ in range(3):
        LocationFactory()
    with django_assert_max_num_queries(6):
        client.get("/openreferral/services")
    with django_assert_max_num_queries(6):
        client.get("/openreferral/service_at_locations")
    for _ in range(20):
        LocationFactory()
    with django_assert_max_num_queries(6):
        client.get("/openreferral/services")
    with django_assert_max_num_queries(6):
        client.get("/openreferral/service_at_locations")


text = st.text(st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), max_size=80)


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    name=text.filter(str.strip),
    description=text,
    fees=text,
    low=st.none() | st.integers(0, 25),
    span=st.integers(0, 10),
    languages=st.lists(text.filter(str.strip), max_size=3),
    status=st.sampled_from(["active", "inactive", "defunct", "temporarily closed"]),
    checked=st.none() | st.dates(datetime.date(2015, 1, 1), datetime.date(2030, 1, 1)),
    days=st.lists(st.sampled_from(["MO", "TU", "WE", "TH", "FR", "SA", "SU"]), unique=True),
    places=st.lists(text.filter(str.strip), max_size=3),
)
def test_any_service_is_valid_oruk(client, db, name, description, fees, low, span, languages,
                                   status, checked, days, places):  # fmt: skip
    service = DirectoryServiceFactory(
        name=name[:200],
        description=description,
        fees=fees,
        minimum_age=low,
        maximum_age=None if low is None else min(25, low + span),
        languages=languages,
        status=status,
        assured_date=checked,
    )
    LocationFactory(service=service, byday=",".join(days))
    for place in places:  # a service delivered in several places
        LocationFactory(service=service, name=place[:200], byday="")
    detail = client.get(reverse("localoffer:oruk_service", args=[service.pk])).json()
    assert_valid("service", detail)
    assert len(detail["service_at_locations"]) == 1 + len(places)
    for sal in detail["service_at_locations"]:
        one = client.get(reverse("localoffer:oruk_service_at_location", args=[sal["id"]]))
        assert_valid("service_at_location", one.json())
    for item in client.get("/openreferral/services", {"per_page": 200}).json()["contents"]:
        assert_valid("service_list", item)
    service.delete()
