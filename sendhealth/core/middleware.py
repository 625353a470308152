from django.utils.cache import add_never_cache_headers


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
