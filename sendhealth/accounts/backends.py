"""Authentication backends: passwords only where they are allowed, and provider sessions."""

from django.conf import settings
from django.contrib.auth.backends import BaseBackend, ModelBackend

from sendhealth.accounts.models import User


class PasswordBackend(ModelBackend):
    """Django's username and password, refused when passwords are turned off
    (``SENDHEALTH_PASSWORD_SIGN_IN=false``) and for a user linked to an identity provider: such a
    user signs in only through the provider, so a leaver the provider drops cannot fall back
    on a password. This covers every password form, the system admin's included."""

    def authenticate(self, request, username=None, password=None, **kwargs):
        if not settings.PASSWORD_SIGN_IN:
            return None
        user = super().authenticate(request, username=username, password=password, **kwargs)
        if user is not None and user.external_identities.exists():
            return None
        return user


class ProviderBackend(BaseBackend):
    """The backend a provider sign-in logs in with: it never checks a password itself."""

    def get_user(self, user_id):
        try:
            user = User._default_manager.get(pk=user_id)
        except User.DoesNotExist:
            return None
        return user if user.is_active else None
