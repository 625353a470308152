"""Sign-in through an identity provider: from verified claims to a sendhealth user, and the
record (and audit entry) of every sign-in and refusal."""

from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass
from importlib import import_module

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from sendhealth.accounts.middleware import PROVIDER_SESSION_KEY
from sendhealth.accounts.models import (
    ROLE_ORGANISATION_KIND,
    ExternalIdentity,
    IdentityProviderPolicy,
    Membership,
    ProviderSession,
    Role,
    SignInRecord,
    User,
)
from sendhealth.accounts.oidc import asserts_mfa, assurance_level
from sendhealth.config.oidc import OidcProvider
from sendhealth.core.audit import Auditor
from sendhealth.core.models import AuditAction
from sendhealth.organisations.models import Organisation

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ProviderOutcome:
    user: User | None
    assurance: int
    mfa: bool
    refused: str = ""  # a reason code when the sign-in must not go on


def minimum_assurance(provider: OidcProvider) -> int:
    policy = IdentityProviderPolicy.objects.filter(provider=provider.name).first()
    return policy.minimum_assurance_level if policy else provider.minimum_assurance


def resolve_provider_user(provider: OidcProvider, claims: dict) -> ProviderOutcome:
    """Match the person to a user by the provider's subject identifier (never by email), make
    one with no access where the provider allows it, grant the memberships the provider's
    claim rules give, then check there is some access and the assurance level it needs."""
    level = assurance_level(provider, claims)
    mfa = asserts_mfa(provider, claims)
    with transaction.atomic():
        identity = (
            ExternalIdentity.objects.select_for_update()
            .select_related("user")
            .filter(provider=provider.name, subject=claims["sub"])
            .first()
        )
        if identity is None:
            if not provider.create_users:
                return ProviderOutcome(None, level, mfa, "unknown_subject")
            identity = _create_user(provider, claims)
        user = identity.user
        if not user.is_active:
            return ProviderOutcome(user, level, mfa, "inactive")
        _grant_from_claims(provider, user, claims)
        identity.last_sign_in_at = timezone.now()
        identity.assurance_level = str(claims.get(provider.assurance_claim, ""))[:20]
        identity.save(update_fields=["last_sign_in_at", "assurance_level"])
    user = User.objects.get(pk=user.pk)  # roles afresh, after any grant
    if not user.roles:
        return ProviderOutcome(user, level, mfa, "no_membership")
    if user.sees_personal_data and level < minimum_assurance(provider):
        return ProviderOutcome(user, level, mfa, "assurance_too_low")
    return ProviderOutcome(user, level, mfa)


def _create_user(provider: OidcProvider, claims: dict) -> ExternalIdentity:
    digest = hashlib.sha256(f"{provider.name}\n{claims['sub']}".encode()).hexdigest()[:20]
    name = claims.get("name") or " ".join(
        part for part in (claims.get("given_name"), claims.get("family_name")) if part
    )
    user = User(
        username=f"{provider.name}-{digest}",
        full_name=str(name or "")[:200],
        email=str(claims.get("email") or "")[:254],
    )
    user.set_unusable_password()
    user.save()
    return ExternalIdentity.objects.create(user=user, provider=provider.name, subject=claims["sub"])


def _grant_from_claims(provider: OidcProvider, user: User, claims: dict) -> None:
    for grant in provider.grants:
        if not grant.matches(claims):
            continue
        kind = ROLE_ORGANISATION_KIND[Role(grant.role)]
        organisation = Organisation.objects.filter(
            code=grant.organisation, kind=kind, is_active=True
        ).first()
        if organisation is None:
            log.warning("provider %s grant names no %s organisation", provider.name, kind)
            continue
        Membership.objects.get_or_create(user=user, organisation=organisation, role=grant.role)


def start_provider_session(
    request, provider: OidcProvider, claims: dict, outcome, id_token: str = ""
) -> None:
    """After ``login``: remember how this session was signed in (for the two-factor
    middleware), the ID token (the ``id_token_hint`` of an RP-initiated logout) and the
    provider's ``sid`` (for a back-channel or front-channel logout)."""
    request.session[PROVIDER_SESSION_KEY] = {
        "provider": provider.name,
        "mfa": outcome.mfa,
        "assurance": outcome.assurance,
        "id_token": id_token,
    }
    request.session.save()
    ProviderSession.objects.update_or_create(
        session_key=request.session.session_key,
        defaults={
            "user": outcome.user,
            "provider": provider.name,
            "subject": claims["sub"],
            "sid": str(claims.get("sid") or "")[:255],
        },
    )


def forget_provider_session(session_key: str | None) -> None:
    """On sign-out: the session is gone, so a logout token need not look for it."""
    if session_key:
        ProviderSession.objects.filter(session_key=session_key).delete()


def end_provider_sessions(provider: OidcProvider, claims: dict, channel: str = "back") -> int:
    """End every session the provider's logout names (by ``sid``, else by ``sub``): a
    back-channel logout token's claims, or a front-channel request's ``sid``."""
    sessions = ProviderSession.objects.filter(provider=provider.name)
    if claims.get("sid"):
        sessions = sessions.filter(sid=claims["sid"])
        if claims.get("sub"):
            sessions = sessions.filter(subject=claims["sub"])
    elif claims.get("sub"):
        sessions = sessions.filter(subject=claims["sub"])
    elif claims.get("session_key"):  # front-channel without a sid: the framed browser's own
        sessions = sessions.filter(session_key=claims["session_key"])
    else:
        return 0
    return _end_sessions(provider, list(sessions), channel)


def _end_sessions(provider: OidcProvider, sessions: list[ProviderSession], channel: str) -> int:
    store = import_module(settings.SESSION_ENGINE).SessionStore
    auditor = Auditor.for_system(f"{channel}-channel logout")
    with transaction.atomic():
        for session in sessions:
            store(session_key=session.session_key).delete()
            auditor.record(
                AuditAction.DELETE,
                session,
                changes={"provider": provider.name, "user": session.user_id, "channel": channel},
            )
        ProviderSession.objects.filter(pk__in=[s.pk for s in sessions]).delete()
    return len(sessions)


def record_sign_in(
    request,
    *,
    user: User | None,
    method: str,
    succeeded: bool,
    provider: str = "",
    reason: str = "",
    assurance: int | None = None,
    mfa: bool = False,
) -> SignInRecord:
    """The sign-in record and its audit entry (actor: the person, when known)."""
    ip_address = request.META.get("REMOTE_ADDR") or None
    record = SignInRecord.objects.create(
        user=user,
        method=method,
        provider=provider,
        succeeded=succeeded,
        reason=reason[:40],
        assurance_level="" if assurance is None else str(assurance),
        provider_mfa=mfa,
        ip_address=ip_address,
    )
    auditor = Auditor(
        user=user, system="" if user else "sign-in", path=request.path[:200], ip_address=ip_address
    )
    auditor.create(
        record,
        changes={
            "method": method,
            "provider": provider,
            "succeeded": succeeded,
            "reason": record.reason,
            "assurance_level": record.assurance_level,
            "provider_mfa": mfa,
        },
    )
    return record
