"""The API answers numbers beyond 64 bits as a JSON 422 (never a 500 page), and its schema
names are unique."""

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
