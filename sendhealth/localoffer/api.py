"""The Local Offer's API is the open Open Referral UK feed at ``/openreferral/`` (``oruk_views``),
not under the token API ``/api/``."""

ROUTERS: list = []
TAGS: list = []
