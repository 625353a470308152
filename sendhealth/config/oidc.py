"""OpenID Connect identity providers (NHS CIS2, a council's Entra ID...), read strictly from the
environment. See "Signing in with an organisation's identity" in the README.

``OIDC_PROVIDERS=cis2,entra`` names the providers; each then has::

    OIDC_<NAME>_ISSUER           the issuer URL (its /.well-known/openid-configuration is read)
    OIDC_<NAME>_CLIENT_ID        sendhealth's client id at the provider
    OIDC_<NAME>_CLIENT_SECRET    and its secret
    OIDC_<NAME>_ORGANISATION     the code of the organisation whose users it serves (ODS code)
    OIDC_<NAME>_LABEL            the button text (default "Sign in with <NAME>")
    OIDC_<NAME>_SCOPES           default "openid profile email"
    OIDC_<NAME>_CREATE_USERS     true: make a user with no access on first sign-in (default false)
    OIDC_<NAME>_GRANTS           rules granting a membership from the claims, ";"-separated:
                                 "claim.path=value:role" or "claim.path=value:role@ORGCODE"
    OIDC_<NAME>_ASSURANCE_CLAIM  default "authentication_assurance_level" (CIS2)
    OIDC_<NAME>_MIN_ASSURANCE    level needed by roles that see personal data (default 0; the
                                 system admin may set another in "Identity provider policies")
    OIDC_<NAME>_MFA_AMR          amr values that mean multi-factor (default "mfa")
    OIDC_<NAME>_MFA_ACR          acr values that mean multi-factor (default none)

Nothing here imports Django models: settings import it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urlsplit

from django.core.exceptions import ImproperlyConfigured

from sendhealth.config.env import env_bool, env_int, env_list, env_str

NAME = re.compile(r"^[a-z][a-z0-9]{0,19}$")
GRANT = re.compile(
    r"^(?P<claim>[A-Za-z0-9_.:-]+)=(?P<value>[^:@;]+):(?P<role>[a-z_]+)(@(?P<org>\S+))?$"
)
ROLES = ("dco", "dco_team", "provider", "la", "board", "sysadmin")


@dataclass(frozen=True)
class ClaimGrant:
    """A membership granted when a claim (a dotted path; lists are searched) has a value."""

    claim: str
    value: str
    role: str
    organisation: str  # an organisation code; the provider's own when not given

    def matches(self, claims: dict) -> bool:
        return self.value in claim_values(claims, self.claim)


@dataclass(frozen=True)
class OidcProvider:
    name: str
    label: str
    issuer: str
    client_id: str
    client_secret: str
    scopes: str
    organisation: str
    create_users: bool
    grants: tuple[ClaimGrant, ...]
    assurance_claim: str
    minimum_assurance: int
    mfa_amr: tuple[str, ...]
    mfa_acr: tuple[str, ...]

    @property
    def discovery_url(self) -> str:
        return self.issuer.rstrip("/") + "/.well-known/openid-configuration"


def claim_values(claims: dict, path: str) -> list[str]:
    """Every string at a dotted path, looking into lists on the way (CIS2's
    ``nhsid_nrbac_roles.org_code``, Entra's ``groups``)."""
    found: list = [claims]
    for part in path.split("."):
        step = []
        for item in found:
            if isinstance(item, dict) and part in item:
                value = item[part]
                step.extend(value if isinstance(value, list) else [value])
        found = step
    return [str(v) for v in found if isinstance(v, str | int) and not isinstance(v, bool)]


def _required(name: str) -> str:
    value = env_str(name).strip()
    if not value:
        raise ImproperlyConfigured(f"{name} must be set")
    return value


def _grants(name: str, organisation: str) -> tuple[ClaimGrant, ...]:
    grants = []
    for rule in (r.strip() for r in env_str(name).split(";")):
        if not rule:
            continue
        match = GRANT.match(rule)
        if not match or match["role"] not in ROLES:
            raise ImproperlyConfigured(
                f"{name}: {rule!r} is not claim=value:role[@ORGCODE] with a role of "
                + ", ".join(ROLES)
            )
        grants.append(
            ClaimGrant(match["claim"], match["value"], match["role"], match["org"] or organisation)
        )
    return tuple(grants)


def _issuer(name: str) -> str:
    issuer = _required(name)
    parts = urlsplit(issuer)
    loopback = parts.hostname in ("127.0.0.1", "localhost", "::1")
    if parts.scheme != "https" and not (parts.scheme == "http" and loopback):
        raise ImproperlyConfigured(f"{name} must be an https URL")
    return issuer


def provider_from_env(name: str) -> OidcProvider:
    if not NAME.match(name):
        raise ImproperlyConfigured(
            f"OIDC_PROVIDERS: {name!r} must be lower-case letters and digits, starting with a "
            "letter"
        )
    prefix = f"OIDC_{name.upper()}_"
    organisation = _required(prefix + "ORGANISATION")
    minimum = env_int(prefix + "MIN_ASSURANCE", 0)
    if minimum < 0:
        raise ImproperlyConfigured(f"{prefix}MIN_ASSURANCE must not be negative")
    scopes = env_str(prefix + "SCOPES", "openid profile email").strip()
    if "openid" not in scopes.split():
        raise ImproperlyConfigured(f"{prefix}SCOPES must include openid")
    return OidcProvider(
        name=name,
        label=env_str(prefix + "LABEL", f"Sign in with {name.upper()}").strip(),
        issuer=_issuer(prefix + "ISSUER"),
        client_id=_required(prefix + "CLIENT_ID"),
        client_secret=_required(prefix + "CLIENT_SECRET"),
        scopes=scopes,
        organisation=organisation,
        create_users=env_bool(prefix + "CREATE_USERS", default=False),
        grants=_grants(prefix + "GRANTS", organisation),
        assurance_claim=env_str(prefix + "ASSURANCE_CLAIM", "authentication_assurance_level"),
        minimum_assurance=minimum,
        mfa_amr=tuple(env_list(prefix + "MFA_AMR", ["mfa"])),
        mfa_acr=tuple(env_list(prefix + "MFA_ACR", [])),
    )


def providers_from_env() -> dict[str, OidcProvider]:
    names = env_list("OIDC_PROVIDERS", [])
    if len(set(names)) != len(names):
        raise ImproperlyConfigured("OIDC_PROVIDERS names a provider twice")
    return {name: provider_from_env(name) for name in names}
