from django.conf import settings
from django.shortcuts import redirect

from sendhealth.accounts.models import PERSONAL_DATA_ROLES, Role

# What a provider sign-in keeps in the session (accounts.services.start_provider_session): the
# provider, whether it asserted multi-factor authentication, and the assurance level.
PROVIDER_SESSION_KEY = "sendhealth_provider_sign_in"
TWO_FACTOR_ROLES = PERSONAL_DATA_ROLES | {Role.SYSADMIN}
OPEN_PREFIXES = ("/accounts/", "/static/", "/assets/", "/accessibility/", "/privacy/")


def needs_two_factor(user, session=None) -> bool:
    """Roles that see personal data (and system admins) must sign in with a second factor,
    except in demo mode and where the identity provider the session was signed in through
    asserted multi-factor authentication (``accounts.oidc.asserts_mfa``)."""
    if settings.DEMO_MODE or not user.is_authenticated:
        return False
    if session is not None and (session.get(PROVIDER_SESSION_KEY) or {}).get("mfa"):
        return False
    return bool(user.roles & TWO_FACTOR_ROLES) and not user.is_verified()


class RequireTwoFactorMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if (
            not request.path.startswith(OPEN_PREFIXES)
            and not request.path.startswith("/api/")  # the API answers 401 itself
            and needs_two_factor(request.user, request.session)
        ):
            return redirect("accounts:two_factor")
        return self.get_response(request)
