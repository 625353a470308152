"""Errors in plain English, in one shape: ``{"detail": "...", "errors": {field: [messages]}}``
for 422, ``{"detail": "..."}`` for everything else. Nothing personal is ever echoed back."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.core.exceptions import ValidationError as DjangoValidationError
from django.db import DataError
from django.http import Http404, HttpRequest, HttpResponse
from ninja import NinjaAPI
from ninja.errors import AuthenticationError
from ninja.errors import ValidationError as NinjaValidationError

NON_FIELD = "_request"
INVALID_DETAIL = "There is a problem with the information sent"

# How each input is named in a message ("Enter the date of birth").
FIELD_LABELS = {
    "nhs_number": "the NHS number",
    "given_name": "the given name",
    "family_name": "the family name",
    "date_of_birth": "the date of birth",
    "local_authority": "the local authority",
    "setting": "the education setting",
    "primary_need": "the primary need",
    "secondary_needs": "the secondary needs",
    "query": "a name or NHS number",
    "child": "the child",
    "la_received_on": "the date the local authority received the request",
    "health_received_on": "the date health received the request",
    "questions": "what the local authority is asking health",
    "services": "the services to send the request to",
    "received_on": "the date the services received the request",
    "note": "the note",
    "author_name": "the name of the person who wrote the advice",
    "author_role": "the profession and registration of the person who wrote the advice",
    "advice_date": "the date of the advice",
    "no_health_needs": "whether there are no health needs",
    "health_needs": "the health needs",
    "outcomes": "the outcomes",
    "provision": "the health provision",
    "what": "what the provision is",
    "who": "who delivers the provision",
    "how_often": "how often the provision is delivered",
    "how_long": "how long the provision lasts",
    "reason": "the reason for the exception",
    "starts_on": "the date the exception started",
    "ends_on": "the date the exception ended",
    "accept": "whether the advice is accepted",
    "reasons": "the reasons",
    "status": "the status",
    "service": "the service",
    "due_before": "the latest due date",
    "due_after": "the earliest due date",
    "start": "the start of the period",
    "end": "the end of the period",
    "limit": "the number of results",
    "offset": "the offset",
}


def _label(name: str) -> str:
    return FIELD_LABELS.get(name, name.replace("_", " "))


def _sentence(text: str) -> str:
    return text[:1].upper() + text[1:]


def plain_message(error: dict) -> str:
    """A pydantic error as an instruction a person can act on."""
    names = [part for part in error.get("loc", ()) if isinstance(part, str)]
    label = _label(names[-1]) if names else "the request"
    kind = error.get("type", "")
    ctx = error.get("ctx") or {}
    if kind in ("missing", "string_too_short") and ctx.get("min_length", 1) <= 1:
        return _sentence(f"enter {label}")
    if kind == "string_too_long":
        return _sentence(f"{label} must be {ctx.get('max_length')} characters or fewer")
    if kind.startswith("date") or kind.startswith("datetime"):
        return _sentence(f"{label} must be a real date, written YYYY-MM-DD")
    if kind.startswith("int") or kind.startswith("float"):
        return _sentence(f"{label} must be a whole number")
    if kind.startswith("bool"):
        return _sentence(f"{label} must be true or false")
    if kind == "enum":
        return _sentence(f"{label} must be one of {ctx.get('expected')}")
    if kind == "list_repeats":
        return _sentence(f"{label} must name each one only once")
    if kind == "too_long":
        return _sentence(f"give at most {ctx.get('max_length')} of {label}")
    if kind == "too_short":
        return _sentence(f"give at least {ctx.get('min_length', 1)} of {label}")
    if kind == "greater_than_equal":
        return _sentence(f"{label} must be {ctx.get('ge')} or more")
    if kind == "less_than_equal":
        return _sentence(f"{label} must be {ctx.get('le')} or less")
    if kind == "json_invalid":
        return "The request body must be valid JSON"
    if kind in ("model_attributes_type", "dict_type", "model_type"):
        return "Send the request body as a JSON object"
    if kind == "value_error":
        return str(ctx.get("error") or error.get("msg", "")).removeprefix("Value error, ")
    return error.get("msg", "This value is not valid")


def field_key(loc) -> str:
    """``("body", "payload", "provision", 0, "what")`` -> ``"provision.0.what"``."""
    parts = list(loc)
    if parts and parts[0] == "body":
        parts = parts[2:]
    elif parts:
        parts = parts[1:]
    return ".".join(str(p) for p in parts) or NON_FIELD


def invalid(errors: dict[str, list[str]]) -> dict:
    messages = [m for ms in errors.values() for m in ms]
    detail = messages[0] if len(messages) == 1 else INVALID_DETAIL
    return {"detail": detail, "errors": errors}


def install(api: NinjaAPI) -> None:
    """Register the handlers on ``api``."""

    @api.exception_handler(NinjaValidationError)
    def request_invalid(request: HttpRequest, exc: NinjaValidationError) -> HttpResponse:
        errors: dict[str, list[str]] = {}
        for error in exc.errors:
            errors.setdefault(field_key(error.get("loc", ())), []).append(plain_message(error))
        return api.create_response(request, invalid(errors), status=422)

    @api.exception_handler(DjangoValidationError)
    def rule_broken(request: HttpRequest, exc: DjangoValidationError) -> HttpResponse:
        if hasattr(exc, "error_dict"):
            errors = {
                (NON_FIELD if name == "__all__" else name): list(messages)
                for name, messages in exc.message_dict.items()
            }
        else:
            errors = {NON_FIELD: list(exc.messages)}
        return api.create_response(request, invalid(errors), status=422)

    @api.exception_handler(OverflowError)
    @api.exception_handler(DataError)
    def out_of_range(request: HttpRequest, exc: Exception) -> HttpResponse:
        # A number beyond what the database holds (an id, offset or filter past 64 bits).
        return api.create_response(
            request, invalid({NON_FIELD: ["A number sent is too large"]}), status=422
        )

    @api.exception_handler(AuthenticationError)
    def unauthenticated(request: HttpRequest, exc: AuthenticationError) -> HttpResponse:
        response = api.create_response(
            request,
            {
                "detail": "Send a valid API token (Authorization: Bearer sh_...), or sign in "
                "to sendhealth, with two-factor authentication where your role needs it"
            },
            status=401,
        )
        response["WWW-Authenticate"] = "Bearer"
        return response

    @api.exception_handler(PermissionDenied)
    def forbidden(request: HttpRequest, exc: PermissionDenied) -> HttpResponse:
        return api.create_response(
            request, {"detail": str(exc) or "You do not have permission"}, status=403
        )

    @api.exception_handler(Http404)
    def not_found(request: HttpRequest, exc: Http404) -> HttpResponse:
        # Never say why: "not yours" and "does not exist" must look the same.
        return api.create_response(request, {"detail": "Not found"}, status=404)
