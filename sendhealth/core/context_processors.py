from typing import Any

from django.http import HttpRequest


def csp_nonce(request: HttpRequest) -> dict[str, Any]:
    """The NHS.UK base template reads ``cspNonce`` for its one inline script. django-csp's
    lazy nonce is falsy until read, so read it here."""
    nonce = getattr(request, "csp_nonce", None)
    return {"cspNonce": str(nonce) if nonce is not None else ""}
