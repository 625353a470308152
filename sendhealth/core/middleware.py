from django.utils.cache import add_never_cache_headers

from sendhealth.core.audit import Auditor, ShownChildren


class NoStoreMiddleware:
    """Pages with personal data must not be kept by browsers or proxies."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if request.user.is_authenticated and not request.path.startswith("/static/"):
            add_never_cache_headers(response)
            response["Cache-Control"] += ", no-store"
        return response


class AuditChildrenShownMiddleware:
    """Every child whose record was read to answer a request (a page, an htmx fragment, an
    export, the API) gets an audit entry naming it, written in one bulk insert after the view,
    unless the view already audited that child. A backstop for views that show a child
    without calling ``Auditor`` themselves: no display of a child goes unaudited."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        with ShownChildren() as shown:
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
        return response


def _safe_path(request) -> str:
    """The path without a guest link's secret token."""
    match = getattr(request, "resolver_match", None)
    if match is not None and "token" in match.kwargs:
        return request.path.replace(str(match.kwargs["token"]), "<token>")[:200]
    return request.path[:200]
