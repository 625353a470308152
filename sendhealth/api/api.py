"""The sendhealth REST API, mounted at ``/api/``: schema at ``/api/openapi.json``, interactive
documentation at ``/api/docs``. See ``docs/api.md``.

Every endpoint needs a bearer token or a signed-in session (``api.auth``), reaches personal
data only through ``Scope.for_user`` and audits every read and change of a child's record.
"""

from typing import Any

from ninja import NinjaAPI

from sendhealth.api import children, errors, insight, organisations
from sendhealth.api.auth import API_AUTH
from sendhealth.api.docs import LocalSwagger, signed_in_or_token
from sendhealth.core.plugins import app_modules

DESCRIPTION = """
The workspace of the Designated Clinical/Medical Officer (DCO/DMO) for SEND, as an API for
partner systems (local authority case management, provider patient records).

**Authentication**: `Authorization: Bearer sh_...` with a token issued by a system
administrator (`manage.py issue_api_token <username> <name>`), or the browser session of a
signed-in user who has passed two-factor authentication (send the CSRF token with unsafe
methods). A token acts as its user, with exactly their access.

**Scope**: you see what you would see in the pages. A local authority sees its own children
and requests, and the advice once the DCO has returned it; a provider sees the requests routed
to its services; the DCO sees the whole area; a board viewer sees figures only. Anything
outside your scope answers 404; an action your role may not take answers 403.

**Personal data**: names and NHS numbers never go in a URL. Search with
`POST /api/children/search`. Every read of a child's record is audited.

**Dates** are ISO 8601 (`2026-01-05`). **NHS numbers** are 10 digits, unformatted.
**Lists** take `limit` (default 25, at most 200) and `offset`, and answer
`{"items": [...], "count": n}`. **Errors** answer `{"detail": "..."}`, and for 422 also
`{"errors": {"field": ["message"]}}`.
"""

TAGS = [
    {"name": "Children", "description": "Children and young people, scoped to your role."},
    {"name": "Organisations", "description": "Local authorities and health services."},
    {"name": "Insight", "description": "Aggregate figures: no child is ever identified."},
]


class SendhealthAPI(NinjaAPI):
    def get_openapi_operation_id(self, operation) -> str:
        # "list_children", not "sendhealth_api_children_list_children": clients generated
        # from the schema get readable method names. Endpoint names are unique across routers.
        return operation.view_func.__name__

    def get_openapi_schema(self, **kwargs: Any) -> Any:
        return complete_schema(super().get_openapi_schema(**kwargs))


ERROR_CODES = {
    "401": ("Error", "Not signed in, or the token is not valid"),
    "403": ("Error", "Your role may not do this"),
    "404": ("Error", "Not found, or outside your scope"),
    "422": ("ValidationErrors", "The request is not valid"),
}


def complete_schema(schema: Any) -> Any:
    """What every operation may answer, said in the schema: the errors any call can get (a
    JSON body, ``{"detail": ...}``; 400 where a body that is not JSON cannot be read), and a
    query parameter that may be left out described without ``null`` (a query string cannot
    send one)."""
    components = schema.setdefault("components", {}).setdefault("schemas", {})
    components.setdefault(
        "Error",
        {
            "title": "Error",
            "type": "object",
            "properties": {"detail": {"title": "Detail", "type": "string"}},
            "required": ["detail"],
        },
    )
    components.setdefault(
        "ValidationErrors",
        {
            "title": "ValidationErrors",
            "type": "object",
            "properties": {
                "detail": {"title": "Detail", "type": "string"},
                "errors": {
                    "title": "Errors",
                    "type": "object",
                    "additionalProperties": {"type": "array", "items": {"type": "string"}},
                },
            },
            "required": ["detail", "errors"],
        },
    )
    for operations in schema.get("paths", {}).values():
        for operation in operations.values():
            responses = operation.setdefault("responses", {})
            documented = {str(code) for code in responses}  # ninja's codes are ints
            codes = dict(ERROR_CODES)
            if "requestBody" in operation:
                codes["400"] = ("Error", "The request body is not valid JSON")
            for code, (name, description) in codes.items():
                if code in documented:
                    continue
                responses[int(code)] = {
                    "description": description,
                    "content": {
                        "application/json": {"schema": {"$ref": f"#/components/schemas/{name}"}}
                    },
                }
            for parameter in operation.get("parameters", []):
                if parameter.get("in") != "query":
                    continue
                param_schema = parameter.get("schema", {})
                options = [o for o in param_schema.get("anyOf", ()) if o.get("type") != "null"]
                if "anyOf" in param_schema and len(options) == 1:
                    del param_schema["anyOf"]
                    param_schema.update(options[0])
    return schema


api = SendhealthAPI(
    title="sendhealth API",
    version="1",
    description=DESCRIPTION,
    urls_namespace="api",
    auth=API_AUTH,
    docs=LocalSwagger(),
    docs_decorator=signed_in_or_token,
    openapi_extra={"tags": TAGS + [t for m in app_modules("api") for t in m.TAGS]},
)
errors.install(api)

api.add_router("/children", children.router)
api.add_router("/organisations", organisations.router)
api.add_router("/insight", insight.router)
# Every register's routers, advice's included, found in its api.py (the API package names no
# register).
for module in app_modules("api"):
    for prefix, router in module.ROUTERS:
        api.add_router(prefix, router)
