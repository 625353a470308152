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

Views never call ``Model.objects`` on these models; ``tests/test_scoping_lint.py`` enforces it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.db.models import Q, QuerySet

from sendhealth.accounts.models import Membership, Role
from sendhealth.advice.models import (
    AdviceAssignment,
    AdviceEvent,
    AdviceRequest,
    AdviceSubmission,
)
from sendhealth.children.models import Child
from sendhealth.organisations.models import Organisation, OrganisationKind, Service


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
    def for_user(cls, user) -> Scope:
        if user is None or not user.is_authenticated or not user.is_active:
            return cls(user_id=None)
        cached = getattr(user, "_scope_cache", None)
        if cached is not None:
            return cached
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
        user._scope_cache = scope
        return scope

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
    def figure_icb_ids(self) -> frozenset[int]:
        return self.dco_icb_ids | self.board_icb_ids

    # -- organisations (not personal data) ----------------------------------------------------

    def services(self) -> QuerySet[Service]:
        """Services this user may route to (DCO) or acts for (provider)."""
        q = Q(provider__parent_id__in=self.dco_icb_ids) | self._own_service_q("pk", "provider_id")
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

    # -- personal data ------------------------------------------------------------------------

    def assignments(self) -> QuerySet[AdviceAssignment]:
        q = (
            Q(request__icb_id__in=self.dco_icb_ids)
            | Q(request__local_authority_id__in=self.la_ids)
            | self._own_service_q("service_id", "provider_id")
        )
        return AdviceAssignment.objects.filter(q)

    def advice_requests(self) -> QuerySet[AdviceRequest]:
        q = Q(icb_id__in=self.dco_icb_ids) | Q(local_authority_id__in=self.la_ids)
        if self.is_provider:
            routed = AdviceAssignment.objects.filter(
                self._own_service_q("service_id", "provider_id")
            ).values("request_id")
            q |= Q(pk__in=routed)
        return AdviceRequest.objects.filter(q)

    def children(self) -> QuerySet[Child]:
        q = Q(local_authority__parent_id__in=self.dco_icb_ids) | Q(
            local_authority_id__in=self.la_ids
        )
        if self.is_provider:
            routed = AdviceAssignment.objects.filter(
                self._own_service_q("service_id", "provider_id")
            ).values("request__child_id")
            q |= Q(pk__in=routed)
        return Child.objects.filter(q)

    # The moves of children and the advice's review notes are written in the shape of main's
    # register plug-ins (``children/scoping.py``, ``advice/scoping.py``) and reached from here.

    def children_moves(self):
        from sendhealth.children import scoping

        return scoping.children_moves(self)

    def child_moving_in(self, nhs_number: str, date_of_birth):
        from sendhealth.children import scoping

        return scoping.child_moving_in(self, nhs_number, date_of_birth)

    def submissions(self) -> QuerySet[AdviceSubmission]:
        from sendhealth.advice import scoping

        return scoping.submissions(self)

    def events(self, request: AdviceRequest) -> QuerySet[AdviceEvent]:
        from sendhealth.advice import scoping

        return scoping.events(self, request)

    def enquiries_enquiries(self):
        """The DCO service's enquiries log: the DCO and DCO team of the ICB only."""
        from sendhealth.enquiries.models import Enquiry

        return Enquiry.objects.filter(icb_id__in=self.dco_icb_ids)

    def notifications_notifications(self):
        """Section 23 notifications: a provider's own services', the child's local
        authority's, and all of the ICB's for the DCO."""
        from sendhealth.notifications.models import Section23Notification

        q = (
            Q(icb_id__in=self.dco_icb_ids)
            | Q(local_authority_id__in=self.la_ids)
            | self._own_service_q("service_id", "provider_id")
        )
        return Section23Notification.objects.filter(q)

    def panels_panels(self):
        """Panels: all of the ICB's for the DCO; for an LA, its own panels and any panel that
        heard a case of one of its children (the cases themselves via ``panels_cases``)."""
        from sendhealth.panels.models import Panel, PanelCase

        q = Q(icb_id__in=self.dco_icb_ids)
        if self.is_la:
            heard = PanelCase.objects.filter(local_authority_id__in=self.la_ids).values("panel_id")
            q |= Q(local_authority_id__in=self.la_ids) | Q(pk__in=heard)
        return Panel.objects.filter(q)

    def panels_cases(self):
        """Cases heard at panels: the ICB's for the DCO, an LA's own children's for the LA."""
        from sendhealth.panels.models import PanelCase

        q = Q(panel__icb_id__in=self.dco_icb_ids) | Q(local_authority_id__in=self.la_ids)
        return PanelCase.objects.filter(q)

    def panels_packages(self):
        """Packages for children: the ICB's for the DCO, an LA's children's for the LA
        (read-only; the education share is the LA's to know)."""
        from sendhealth.panels.models import Package

        q = Q(icb_id__in=self.dco_icb_ids) | Q(local_authority_id__in=self.la_ids)
        return Package.objects.filter(q)

    def assurance_plans(self):
        """Health sections of final EHC plans kept for audit: the ICB's for the DCO, an LA's
        own children's for the LA."""
        from sendhealth.assurance.models import EhcPlanSections

        q = Q(icb_id__in=self.dco_icb_ids) | Q(local_authority_id__in=self.la_ids)
        return EhcPlanSections.objects.filter(q)

    def assurance_rounds(self):
        """Audit rounds (no personal data in themselves): the DCO's ICB's."""
        from sendhealth.assurance.models import AuditRound

        return AuditRound.objects.filter(icb_id__in=self.dco_icb_ids)

    def assurance_items(self):
        """Sampled cases: the ICB's for the DCO; an LA's own plans; any item the user audits."""
        from sendhealth.assurance.models import Audit, AuditItem

        q = Q(icb_id__in=self.dco_icb_ids) | (
            Q(local_authority_id__in=self.la_ids) & Q(plan__isnull=False)
        )
        if self.user_id is not None and (self.is_dco or self.is_la or self.is_provider):
            q |= Q(pk__in=Audit.objects.filter(auditor_id=self.user_id).values("item_id"))
        return AuditItem.objects.filter(q)

    def assurance_audits(self):
        """Audits of the items above, and the user's own."""
        from sendhealth.assurance.models import Audit

        return Audit.objects.filter(item__in=self.assurance_items())

    def assurance_feedback(self):
        """Finished audits as feedback: a provider's own services', all of the ICB's for the
        DCO."""
        from sendhealth.assurance.models import Audit, AuditStatus

        q = Q(item__icb_id__in=self.dco_icb_ids) | self._own_service_q(
            "item__service_id", "item__provider_id"
        )
        return Audit.objects.filter(q & Q(status=AuditStatus.FINISHED))

    def transitions_plans(self):
        """EHC plans and preparing-for-adulthood milestones: the ICB's for the DCO, an LA's
        own children's for the LA; a provider reads the plans of the children it sees."""
        from sendhealth.transitions.models import EhcPlan

        q = Q(icb_id__in=self.dco_icb_ids) | Q(local_authority_id__in=self.la_ids)
        if self.is_provider:
            routed = AdviceAssignment.objects.filter(
                self._own_service_q("service_id", "provider_id")
            ).values("request__child_id")
            q |= Q(child_id__in=routed)
        return EhcPlan.objects.filter(q)

    def transitions_reviews(self):
        """Annual reviews of the plans this user may see."""
        from sendhealth.transitions.models import AnnualReview

        return AnnualReview.objects.filter(plan__in=self.transitions_plans().values("pk"))

    def disagreements_disagreements(self):
        """Mediation, complaints and tribunal appeals: all of the ICB's for the DCO and DCO
        team; an LA's own children's for the LA (read-only). Providers see none."""
        from sendhealth.disagreements.models import Disagreement

        q = Q(icb_id__in=self.dco_icb_ids) | Q(local_authority_id__in=self.la_ids)
        return Disagreement.objects.filter(q)

    def disagreements_recommendations(self):
        """Tribunal health recommendations and the ICB's responses: the ICB's for the DCO; an
        LA's own appeals' for the LA, which sees health's answers (read-only)."""
        from sendhealth.disagreements.models import TribunalRecommendation

        q = Q(disagreement__icb_id__in=self.dco_icb_ids) | Q(
            disagreement__local_authority_id__in=self.la_ids
        )
        return TribunalRecommendation.objects.filter(q)

    def safeguarding_referrals(self):
        """Safeguarding referrals: all of the ICB's for the DCO and DCO team; an LA's own
        children's for the LA (read-only). Providers, boards and admins see none."""
        from sendhealth.safeguarding.models import SafeguardingReferral

        q = Q(icb_id__in=self.dco_icb_ids) | Q(local_authority_id__in=self.la_ids)
        return SafeguardingReferral.objects.filter(q)

    def own_service_q(self, service_field: str, provider_field: str) -> Q:
        return self._own_service_q(service_field, provider_field)

    def _own_service_q(self, service_field: str, provider_field: str) -> Q:
        if not self.is_provider:
            return Q(pk__in=[])
        return Q(**{f"{service_field}__in": self.service_ids}) | Q(
            **{f"{provider_field}__in": self.provider_ids}
        )
