"""Identity providers are read strictly from the environment: a typo stops start-up."""

import pytest
from django.core.exceptions import ImproperlyConfigured

from sendhealth.config.oidc import ClaimGrant, claim_values, providers_from_env
from sendhealth.core.tests.test_security import _start_django

CIS2 = {
    "OIDC_PROVIDERS": "cis2",
    "OIDC_CIS2_ISSUER": "https://am.nhsidentity.spineservices.nhs.uk:443/openam/oauth2/realms/root/realms/oidc",
    "OIDC_CIS2_CLIENT_ID": "sendhealth",
    "OIDC_CIS2_CLIENT_SECRET": "secret",
    "OIDC_CIS2_ORGANISATION": "RXX",
}


@pytest.fixture
def env(monkeypatch):
    def _env(**values):
        for name, value in values.items():
            monkeypatch.setenv(name, value)

    return _env


def test_a_provider_is_read_with_its_defaults(env):
    env(**CIS2)
    cis2 = providers_from_env()["cis2"]
    assert cis2.scopes == "openid profile email"
    assert cis2.create_users is False and cis2.grants == ()
    assert cis2.assurance_claim == "authentication_assurance_level"
    assert cis2.discovery_url.endswith("/oidc/.well-known/openid-configuration")


def test_grant_rules_are_read(env):
    env(**CIS2, OIDC_CIS2_GRANTS="nhsid_nrbac_roles.org_code=RXX:provider; groups=abc:la@812")
    assert providers_from_env()["cis2"].grants == (
        ClaimGrant("nhsid_nrbac_roles.org_code", "RXX", "provider", "RXX"),
        ClaimGrant("groups", "abc", "la", "812"),
    )


@pytest.mark.parametrize(
    ("name", "value", "message"),
    [
        ("OIDC_CIS2_ISSUER", "http://idp.example.invalid", "must be an https URL"),
        ("OIDC_CIS2_CLIENT_SECRET", "", "OIDC_CIS2_CLIENT_SECRET must be set"),
        ("OIDC_CIS2_GRANTS", "groups=abc:overlord", "is not claim=value:role"),
        ("OIDC_CIS2_CREATE_USERS", "yes", "must be True or False"),
        ("OIDC_CIS2_SCOPES", "profile email", "must include openid"),
        ("OIDC_CIS2_MIN_ASSURANCE", "three", "must be a whole number"),
        ("OIDC_PROVIDERS", "CIS-2", "lower-case letters and digits"),
    ],
)
def test_a_mistake_stops_start_up(env, name, value, message):
    env(**{**CIS2, name: value})
    with pytest.raises(ImproperlyConfigured, match=message):
        providers_from_env()


def test_claim_values_look_into_lists():
    claims = {"nhsid_nrbac_roles": [{"org_code": "RXX"}, {"org_code": "RYY"}], "groups": ["a"]}
    assert claim_values(claims, "nhsid_nrbac_roles.org_code") == ["RXX", "RYY"]
    assert claim_values(claims, "groups") == ["a"]
    assert claim_values(claims, "missing.path") == []


def test_passwords_cannot_be_turned_off_with_no_provider():
    result = _start_django(SENDHEALTH_PASSWORD_SIGN_IN="false")
    assert result.returncode != 0
    assert "SENDHEALTH_PASSWORD_SIGN_IN is off but OIDC_PROVIDERS is empty" in result.stderr
