"""The one way in to personal data: every query for a child, a request or advice starts here.

``Scope.for_user(user)`` reads the user's memberships once and hands out querysets limited to
what their organisations and roles may see (the "all" and "associated" split of data-hub):

- DCO and DCO team: everything in the local areas of their ICB.
- Local authority caseworker: children of their LA and the requests their LA raised; advice only
  once the DCO has returned it to the LA.
- Provider user: requests routed to their services (all services of the provider unless the
  membership names some), and the children of those requests.
- Board viewer and system admin: no personal data at all (empty querysets); the board sees
  aggregates through ``insight``.

The querysets of personal data are defined by each app in its ``scoping.py`` (plain functions
``name(scope) -> QuerySet``, see ``core.plugins``) and reached as methods: ``scope.children()``,
``scope.assignments()``, ``scope.enquiries()``. The core names no register.

Views never call ``Model.objects`` on these models; ``tests/test_scoping_lint.py`` enforces it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from typing import TYPE_CHECKING, Any, cast

from django.db.models import Q, QuerySet

from sendhealth.accounts.models import Membership, Role
from sendhealth.core.plugins import scoping_functions
from sendhealth.organisations.models import Organisation, OrganisationKind, Service

if TYPE_CHECKING:
    from django.contrib.auth.models import AnonymousUser

    from sendhealth.accounts.models import User


@dataclass
class Scope:
    user_id: int | None
    dco_icb_ids: frozenset[int] = frozenset()
    board_icb_ids: frozenset[int] = frozenset()
    la_ids: frozenset[int] = frozenset()
    provider_ids: frozenset[int] = frozenset()  # providers with all their services
    service_ids: frozenset[int] = frozenset()  # services named on a limited membership
    roles: frozenset[str] = field(default_factory=frozenset)

    @classmethod
    def for_user(cls, user: User | AnonymousUser | None) -> Scope:
        if user is None or not user.is_authenticated or not user.is_active:
            return cls(user_id=None)
        cached = getattr(user, "_scope_cache", None)
        if cached is not None:
            return cast(Scope, cached)
        dco, board, las, providers, services, roles = set(), set(), set(), set(), set(), set()
        memberships = Membership.objects.filter(user=user).prefetch_related("services")
        for m in memberships:
            roles.add(m.role)
            if m.role in (Role.DCO, Role.DCO_TEAM):
                dco.add(m.organisation_id)
            elif m.role == Role.BOARD:
                board.add(m.organisation_id)
            elif m.role == Role.LOCAL_AUTHORITY:
                las.add(m.organisation_id)
            elif m.role == Role.PROVIDER:
                named = [s.pk for s in m.services.all()]
                if named:
                    services.update(named)
                else:
                    providers.add(m.organisation_id)
        scope = cls(
            user_id=user.pk,
            dco_icb_ids=frozenset(dco),
            board_icb_ids=frozenset(board),
            la_ids=frozenset(las),
            provider_ids=frozenset(providers),
            service_ids=frozenset(services),
            roles=frozenset(roles),
        )
        user._scope_cache = scope  # type: ignore[attr-defined]  # a per-request cache on the user
        return scope

    def __getattr__(self, name: str) -> Callable[[], QuerySet[Any]]:
        """``scope.<name>()`` for every function an app's ``scoping.py`` defines."""
        if name.startswith("_"):
            raise AttributeError(name)
        function = scoping_functions().get(name)
        if function is None:
            raise AttributeError(f"Scope has no {name!r}: no app's scoping.py defines it")
        return partial(function, self)

    # -- who is this --------------------------------------------------------------------------

    @property
    def is_dco(self) -> bool:
        return bool(self.dco_icb_ids)

    @property
    def is_la(self) -> bool:
        return bool(self.la_ids)

    @property
    def is_provider(self) -> bool:
        return bool(self.provider_ids or self.service_ids)

    @property
    def sees_figures(self) -> bool:
        return bool(self.dco_icb_ids or self.board_icb_ids)

    @property
    def suppresses_small_numbers(self) -> bool:
        """Figures without the records behind them (board viewers): counts of 1 to 4 are shown
        as "fewer than 5" (``core.suppression``) in everything they see or download."""
        return not self.dco_icb_ids

    @property
    def figure_icb_ids(self) -> frozenset[int]:
        return self.dco_icb_ids | self.board_icb_ids

    # -- organisations (not personal data) ----------------------------------------------------

    def services(self) -> QuerySet[Service]:
        """Services this user may route to (DCO) or acts for (provider)."""
        q = Q(provider__parent_id__in=self.dco_icb_ids) | self.own_service_q("pk", "provider_id")
        return Service.objects.filter(q).select_related("provider")

    def local_authorities(self) -> QuerySet[Organisation]:
        return Organisation.objects.filter(
            Q(kind=OrganisationKind.LOCAL_AUTHORITY)
            & (Q(parent_id__in=self.dco_icb_ids | self.board_icb_ids) | Q(pk__in=self.la_ids))
        )

    def providers(self) -> QuerySet[Organisation]:
        return Organisation.objects.filter(
            Q(kind=OrganisationKind.PROVIDER)
            & (
                Q(parent_id__in=self.dco_icb_ids | self.board_icb_ids)
                | Q(pk__in=self.provider_ids)
                | Q(services__in=self.service_ids)
            )
        ).distinct()

    def settings_for_children(self) -> QuerySet[Organisation]:
        """Education settings a child of this user's areas may attend."""
        return Organisation.objects.filter(
            Q(kind=OrganisationKind.SETTING)
            & (Q(parent__parent_id__in=self.dco_icb_ids) | Q(parent_id__in=self.la_ids))
        )

    def own_service_q(self, service_field: str, provider_field: str) -> Q:
        """A filter for rows of this provider user's services (nothing for anyone else)."""
        if not self.is_provider:
            return Q(pk__in=[])
        return Q(**{f"{service_field}__in": self.service_ids}) | Q(
            **{f"{provider_field}__in": self.provider_ids}
        )
