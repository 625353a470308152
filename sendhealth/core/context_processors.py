from typing import Any

from django.http import HttpRequest
from django.template.backends.utils import csrf_input


def csp_nonce(request: HttpRequest) -> dict[str, Any]:
    """The NHS.UK base template reads ``cspNonce`` for its one inline script. django-csp's
    lazy nonce is falsy until read, so read it here."""
    nonce = getattr(request, "csp_nonce", None)
    return {"cspNonce": str(nonce) if nonce is not None else ""}


class _CsrfInputOnce:
    """The hidden CSRF field, worked out the first time a template prints it and reused by
    every form on the same page. Django's own ``csrf_input`` masks the token afresh each time
    it is printed (32 random characters), which a list with a form a row (the queue's Chase
    buttons) paid for on every row. Never read, it never touches the token (no cookie is set
    for a page without a form)."""

    __slots__ = ("_html", "_request")

    def __init__(self, request: HttpRequest) -> None:
        self._request = request
        self._html: str | None = None

    def __html__(self) -> str:
        if self._html is None:
            self._html = str(csrf_input(self._request))
        return self._html

    __str__ = __html__


def csrf_input_once(request: HttpRequest) -> dict[str, Any]:
    """Replaces the Jinja2 backend's ``csrf_input`` (context processors run after it sets it)."""
    return {"csrf_input": _CsrfInputOnce(request)}
