"""Shared fixtures: one synthetic local area with a user for every role, plus outsiders.

``area`` holds an ICB with two local authorities (``la``, ``other_la``), two providers
(``provider`` with SALT and OT services, ``other_provider`` with CAMHS), and users:

- ``dco``, ``dco_team``: the whole area;
- ``la_user`` (``la`` only), ``other_la_user`` (``other_la`` only);
- ``provider_user`` (all of ``provider``), ``salt_user`` (``provider``'s SALT service only),
  ``other_provider_user`` (``other_provider``);
- ``board``: figures only; ``sysadmin``: system admin; ``nobody``: signed in, no membership;
- ``outsider_dco``: a DCO of another ICB ("should have no access").
"""

from dataclasses import dataclass

import pytest
from django_otp import DEVICE_ID_SESSION_KEY
from django_otp.plugins.otp_totp.models import TOTPDevice
from hypothesis import HealthCheck, settings

from sendhealth.accounts.models import Role
from sendhealth.accounts.tests.factories import MembershipFactory, UserFactory
from sendhealth.organisations.models import Specialty
from sendhealth.organisations.tests.factories import (
    IcbFactory,
    LocalAuthorityFactory,
    ProviderFactory,
    ServiceFactory,
    SettingFactory,
)

# No timing assertions in tests: hypothesis's per-example deadline fails on a loaded machine
# (CI shares two cores), so no property test has one. Examples per test stay as each sets.
settings.register_profile("sendhealth", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("sendhealth")


@dataclass
class Area:
    icb: object
    la: object
    other_la: object
    setting: object
    provider: object
    other_provider: object
    salt: object
    ot: object
    camhs: object
    users: dict

    def __getattr__(self, name):
        try:
            return self.__dict__["users"][name]
        except KeyError:
            raise AttributeError(name) from None


def _member(username, organisation, role, services=None):
    user = UserFactory(username=username, full_name=username.replace("_", " ").title())
    MembershipFactory(user=user, organisation=organisation, role=role, services=services or [])
    return user


@pytest.fixture
def area(db):
    icb = IcbFactory(name="NHS Testshire Integrated Care Board")
    la = LocalAuthorityFactory(name="Northshire Council", parent=icb)
    other_la = LocalAuthorityFactory(name="Southborough Council", parent=icb)
    provider = ProviderFactory(name="Testshire Community NHS Trust", parent=icb)
    other_provider = ProviderFactory(name="Testshire Mental Health NHS Trust", parent=icb)
    salt = ServiceFactory(provider=provider, name="Children's SALT", specialty=Specialty.SALT)
    ot = ServiceFactory(provider=provider, name="Children's OT", specialty=Specialty.OT)
    camhs = ServiceFactory(provider=other_provider, name="CAMHS", specialty=Specialty.CAMHS)
    other_icb = IcbFactory(name="NHS Elsewhere Integrated Care Board")
    users = {
        "dco": _member("dco", icb, Role.DCO),
        "dco_team": _member("dco_team", icb, Role.DCO_TEAM),
        "la_user": _member("la_user", la, Role.LOCAL_AUTHORITY),
        "other_la_user": _member("other_la_user", other_la, Role.LOCAL_AUTHORITY),
        "provider_user": _member("provider_user", provider, Role.PROVIDER),
        "salt_user": _member("salt_user", provider, Role.PROVIDER, [salt]),
        "other_provider_user": _member("other_provider_user", other_provider, Role.PROVIDER),
        "board": _member("board", icb, Role.BOARD),
        "sysadmin": _member("sysadmin", icb, Role.SYSADMIN),
        "outsider_dco": _member("outsider_dco", other_icb, Role.DCO),
        "nobody": UserFactory(username="nobody"),
    }
    users["sysadmin"].is_staff = True
    users["sysadmin"].is_superuser = True
    users["sysadmin"].save()
    return Area(
        icb=icb,
        la=la,
        other_la=other_la,
        setting=SettingFactory(parent=la),
        provider=provider,
        other_provider=other_provider,
        salt=salt,
        ot=ot,
        camhs=camhs,
        users=users,
    )


def sign_in(client, user, *, verified: bool = True):
    """Sign ``user`` in on ``client``; ``verified`` also passes two-factor authentication."""
    client.force_login(user)
    if verified:
        device = TOTPDevice.objects.create(user=user, name="test", confirmed=True)
        session = client.session
        session[DEVICE_ID_SESSION_KEY] = device.persistent_id
        session.save()
    return client


@pytest.fixture
def client_for(client):
    """``client_for(user)``: the test client signed in as ``user`` with two factors."""

    def _client_for(user, *, verified: bool = True):
        client.logout()
        return sign_in(client, user, verified=verified)

    return _client_for


@pytest.fixture(autouse=True)
def _uploads_in_tmp(settings, tmp_path):
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {
            "BACKEND": "django.core.files.storage.FileSystemStorage",
            "OPTIONS": {"location": str(tmp_path / "uploads")},
        },
    }
