import json
import re
from collections.abc import Callable
from typing import Any

from django.http import HttpRequest, HttpResponseBase
from django.utils.cache import add_never_cache_headers

from sendhealth.core.audit import Auditor, ShownChildren


class NoStoreMiddleware:
    """Pages with personal data must not be kept by browsers or proxies."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponseBase]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponseBase:
        response = self.get_response(request)
        # Every page, signed in or not (a guest auditor's page shows health sections), except
        # a public page that says itself it may be cached (the Local Offer: no personal data).
        user = getattr(request, "user", None)
        signed_in = user is not None and user.is_authenticated
        public = "public" in response.get("Cache-Control", "") and not signed_in
        if not request.path.startswith("/static/") and not public:
            add_never_cache_headers(response)
            response["Cache-Control"] += ", no-store"
        return response


class AuditChildrenShownMiddleware:
    """Every child whose record was read to answer a request (a page, an htmx fragment, an
    export, the API) gets an audit entry naming it, written in one bulk insert after the view,
    unless the view already audited that child. A backstop for views that show a child
    without calling ``Auditor`` themselves: no display of a child goes unaudited. The entries
    of children shown that views wrote through ``Auditor`` are kept back and written with these
    in the same insert (``ShownChildren.write_pending``)."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponseBase]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponseBase:
        with ShownChildren() as shown:
            try:
                response = self.get_response(request)
                if response.status_code < 400:
                    unaudited = shown.unaudited()
                    if unaudited:
                        user = getattr(request, "user", None)
                        if user is not None and user.is_authenticated:
                            auditor = Auditor.from_request(request)
                        else:
                            auditor = Auditor(
                                system="unauthenticated",
                                path=_safe_path(request),
                                ip_address=request.META.get("REMOTE_ADDR") or None,
                            )
                        auditor.view_children(unaudited)
            finally:
                shown.write_pending()  # the view's entries of children shown, and these
        return response


def _safe_path(request: HttpRequest) -> str:
    """The path without a guest link's secret token."""
    match = getattr(request, "resolver_match", None)
    if match is not None and "token" in match.kwargs:
        return request.path.replace(str(match.kwargs["token"]), "<token>")[:200]
    return request.path[:200]


# Control characters (but tab, line feed and carriage return) and the Unicode bidirectional
# overrides and isolates, which make a name read differently from what is stored.
UNSAFE_TEXT = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def clean_text(value: Any) -> Any:
    """``value`` with control characters and bidi overrides removed, in strings at any depth."""
    if isinstance(value, str):
        return UNSAFE_TEXT.sub("", value)
    if isinstance(value, list):
        return [clean_text(v) for v in value]
    if isinstance(value, dict):
        return {clean_text(k): clean_text(v) for k, v in value.items()}
    return value


class CleanTextInputMiddleware:
    """At the edge, every text field of a form post or a JSON body loses its control characters
    and bidirectional overrides before any view, form or schema sees it, so nothing stored can
    break an export or disguise a name."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponseBase]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponseBase:
        if request.method in ("POST", "PUT", "PATCH"):
            kind = request.content_type or ""
            if kind == "application/json":
                self._clean_json(request)
            elif kind in ("application/x-www-form-urlencoded", "multipart/form-data"):
                self._clean_form(request)
        return self.get_response(request)

    @staticmethod
    def _clean_json(request: HttpRequest) -> None:
        try:
            data = json.loads(request.body)
        except (ValueError, UnicodeDecodeError):
            return  # not JSON: the API answers 422 itself
        cleaned = clean_text(data)
        if cleaned != data:
            request._body = json.dumps(cleaned).encode()

    @staticmethod
    def _clean_form(request: HttpRequest) -> None:
        post = request.POST
        if not any(UNSAFE_TEXT.search(v) for values in post.lists() for v in values[1]):
            return
        cleaned = post.copy()
        for key, values in post.lists():
            cleaned.setlist(key, [clean_text(v) for v in values])
        cleaned._mutable = False
        request._post = cleaned  # type: ignore[attr-defined]  # Django caches the parsed POST here
