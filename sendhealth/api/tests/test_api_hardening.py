"""The API answers numbers beyond 64 bits as a JSON 422 (never a 500 page), and its schema
names are unique."""

import json

import pytest


@pytest.mark.parametrize(
    "path",
    [
        "/api/children?offset=10000000000000000000",
        "/api/children?limit=10000000000000000000",
        "/api/children/100000000000000000000",
        "/api/advice-requests/100000000000000000000",
        "/api/assignments?service=100000000000000000000",
    ],
)
def test_an_oversized_integer_gets_a_json_error_not_a_server_error(path, area, client_for):
    response = client_for(area.dco).get(path)
    assert response.status_code in (404, 422), response.content[:200]
    assert response["Content-Type"].startswith("application/json")
    assert "detail" in response.json()


def test_the_advice_review_body_is_not_the_annual_review_body():
    from sendhealth.api.api import api

    schema = api.get_openapi_schema()
    review = schema["paths"]["/api/submissions/{submission_id}/review"]["post"]
    ref = review["requestBody"]["content"]["application/json"]["schema"]["$ref"]
    body = schema["components"]["schemas"][ref.rsplit("/", 1)[-1]]
    assert "accept" in body["properties"]


# -- dates and lists (issue 17, item 10) -------------------------------------------------------


@pytest.mark.parametrize("held_on", [0, 1700000000, "0", "1700000000", 20260310, True])
def test_a_date_sent_as_a_number_is_a_422_not_a_panel_in_1970(held_on, area, api_as):
    from sendhealth.panels.models import Panel

    response = api_as(area.dco).post("/api/panels", {"held_on": held_on, "panel_type": "assess"})
    assert response.status_code == 422, response.content
    assert response.json()["errors"] == {
        "held_on": ["Held on must be a real date, written YYYY-MM-DD"]
    }
    assert not Panel.objects.exists()


def test_a_date_filter_sent_as_a_number_is_a_422(area, api_as):
    response = api_as(area.dco).get("/api/assignments", due_before="0")
    assert response.status_code == 422
    assert list(response.json()["errors"]) == ["due_before"]


def test_every_date_the_api_reads_is_iso_only():
    """No schema or parameter in an API module is a bare ``date`` (pydantic reads a number as
    seconds since 1970): each is ``sendhealth.api.schemas.Day``."""
    import re
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    modules = [*root.glob("*/api.py"), *(root / "api").glob("*.py")]
    bare = re.compile(r"\w: (date|datetime\.date)\b(?!time)")
    offenders = [
        f"{path.relative_to(root)}:{number}"
        for path in modules
        for number, line in enumerate(path.read_text().splitlines(), 1)
        if bare.search(line) and "-> " not in line
    ]
    assert offenders == []


def test_a_list_that_repeats_an_entry_is_a_422(area, api_as):
    from sendhealth.api.tests.test_children import new_child
    from sendhealth.children.models import Child

    body = new_child(area, secondary_needs=["SLCN"] * 10_000)
    response = api_as(area.dco).post("/api/children", body)
    assert response.status_code == 422
    errors = response.json()["errors"]
    assert list(errors) == ["secondary_needs"]
    assert not Child.objects.filter(given_name="Grace", family_name="Hopper").exists()

    response = api_as(area.dco).post("/api/children", new_child(area, secondary_needs=["SLCN"] * 2))
    assert response.json()["errors"] == {
        "secondary_needs": ["The secondary needs must name each one only once"]
    }


def test_a_request_routed_to_the_same_service_twice_is_a_422(area, api_as):
    from sendhealth.advice.tests.factories import AdviceRequestFactory
    from sendhealth.children.tests.factories import ChildFactory

    request = AdviceRequestFactory(child=ChildFactory(local_authority=area.la))
    response = api_as(area.dco).post(
        f"/api/advice-requests/{request.pk}/route",
        {"services": [area.salt.pk, area.salt.pk], "received_on": "2026-01-12"},
    )
    assert response.status_code == 422
    assert list(response.json()["errors"]) == ["services"]


def test_the_schema_says_list_entries_are_unique():
    from sendhealth.api.api import api

    schema = api.get_openapi_schema()["components"]["schemas"]
    needs = schema["ChildIn"]["properties"]["secondary_needs"]
    assert needs["uniqueItems"] is True
    assert needs["maxItems"] == 100


@pytest.mark.parametrize(
    "path", ["/api/children/-1", "/api/reports/abc/pdf", "/api/no-such-thing", "/api/children/1x"]
)
def test_an_address_no_endpoint_matches_is_a_json_404(path, area, api_as):
    response = api_as(area.dco).get(path)
    assert response.status_code == 404
    assert response["Content-Type"] == "application/json"
    assert response.json() == {"detail": "Page not found"}


def test_a_server_error_under_the_api_is_json(rf):
    from sendhealth.core.views import server_error

    response = server_error(rf.get("/api/children"))
    assert response.status_code == 500
    assert response["Content-Type"] == "application/json"
    assert json.loads(response.content) == {"detail": "Sorry, there is a problem with the service"}


def test_the_schema_document_has_no_repeated_key_and_every_error_documented(area, client_for):
    def no_repeats(pairs):
        keys = [key for key, _ in pairs]
        assert len(keys) == len(set(keys)), keys
        return dict(pairs)

    response = client_for(area.dco).get("/api/openapi.json")
    schema = json.loads(response.content, object_pairs_hook=no_repeats)
    for path, operations in schema["paths"].items():
        for method, operation in operations.items():
            assert {"401", "403", "404", "422"} <= set(operation["responses"]), (method, path)


def test_a_body_that_is_not_json_is_a_documented_json_400(area, api_as):
    from sendhealth.api.api import api

    caller = api_as(area.dco)
    response = caller.client.post("/api/children/search", "\u04d2", content_type="application/json")
    assert response.status_code == 400
    assert response.json() == {"detail": "Cannot parse request body"}
    operation = api.get_openapi_schema()["paths"]["/api/children/search"]["post"]
    assert 400 in operation["responses"]
