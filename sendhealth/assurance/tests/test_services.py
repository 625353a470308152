import datetime
from datetime import timedelta
from unittest.mock import patch

import pytest
from django.utils import timezone

from sendhealth.advice.models import ReviewDecision
from sendhealth.advice.tests.factories import AdviceAssignmentFactory, AdviceSubmissionFactory
from sendhealth.assurance import services
from sendhealth.assurance.models import (
    AuditStatus,
    AuditTool,
    Criterion,
    Rating,
    ToolKind,
)
from sendhealth.assurance.services import RatingInput
from sendhealth.assurance.tests.factories import (
    AuditFactory,
    AuditItemFactory,
    EhcPlanSectionsFactory,
)
from sendhealth.children.models import NeedType
from sendhealth.children.tests.factories import ChildFactory
from sendhealth.core.audit import Auditor
from sendhealth.core.models import AuditLog
from sendhealth.core.scoping import Scope


def freeze_time(moment: str):
    fixed = datetime.datetime.fromisoformat(moment).replace(tzinfo=datetime.UTC)
    return patch("django.utils.timezone.now", return_value=fixed)


def _rate_all(audit, rating=Rating.MET, finish=True, user=None):
    criteria = services.criteria_of(audit.item.round.tool_version)
    return services.save_ratings(
        audit,
        [RatingInput(c.pk, rating) for c in criteria],
        finish=finish,
        summary="Clear advice.",
        auditor=Auditor(user=user) if user else Auditor.for_system("test"),
    )


class TestShippedTools:
    def test_two_published_tools_are_shipped(self, db):
        kinds = {t.kind: t for t in AuditTool.objects.all()}
        assert set(kinds) == {ToolKind.ADVICE, ToolKind.PLAN}
        for tool in kinds.values():
            version = tool.current_version()
            assert version.number == 1
            assert Criterion.objects.filter(section__version=version).count() >= 8

    def test_the_plan_tool_checks_specified_provision(self, db):
        version = AuditTool.objects.get(kind=ToolKind.PLAN).current_version()
        texts = " ".join(c.text for c in services.criteria_of(version))
        assert "specific and quantified" in texts
        assert "section G" in texts


class TestVersioning:
    def test_editing_a_tool_makes_a_draft_and_a_finished_audit_keeps_its_version(self, area):
        audit = AuditFactory(item__plan__child__local_authority=area.la, auditor=area.dco)
        _rate_all(audit, user=area.dco)
        used = audit.item.round.tool_version
        tool = used.tool

        draft = services.new_draft_version(tool)
        first = Criterion.objects.filter(section__version=draft).first()
        first.text = "A rewritten criterion"
        first.save()

        assert draft.number == used.number + 1 and not draft.published
        assert tool.current_version() == used
        audit.refresh_from_db()
        assert audit.item.round.tool_version == used
        rated = {r.criterion.text for r in audit.ratings.select_related("criterion")}
        assert "A rewritten criterion" not in rated
        assert len(rated) == Criterion.objects.filter(section__version=used).count()

    def test_a_round_freezes_the_version_it_uses(self, area):
        services.create_round(
            scope=Scope.for_user(area.dco),
            icb=area.icb,
            name="Spring",
            kind=ToolKind.PLAN,
            period_start=datetime.date(2026, 1, 1),
            period_end=datetime.date(2026, 3, 31),
            sample_percent=10,
            auditor=Auditor(user=area.dco),
        )
        assert AuditTool.objects.get(kind=ToolKind.PLAN).current_version().frozen


class TestCreateRound:
    def _plans(self, area):
        for _ in range(20):
            EhcPlanSectionsFactory(
                child=ChildFactory(local_authority=area.la, primary_need=NeedType.ASD)
            )
        EhcPlanSectionsFactory(
            child=ChildFactory(local_authority=area.other_la, primary_need=NeedType.SEMH)
        )
        EhcPlanSectionsFactory(
            child=ChildFactory(local_authority=area.la, primary_need=NeedType.ASD),
            finalised_on=datetime.date(2025, 6, 1),
        )

    def _round(self, area, seed):
        return services.create_round(
            scope=Scope.for_user(area.dco),
            icb=area.icb,
            name="Spring",
            kind=ToolKind.PLAN,
            period_start=datetime.date(2026, 1, 1),
            period_end=datetime.date(2026, 3, 31),
            sample_percent=10,
            auditor=Auditor(user=area.dco),
            seed=seed,
        )

    def test_draws_a_stratified_sample_of_plans_finalised_in_the_period(self, area):
        self._plans(area)
        audit_round = self._round(area, seed=3)
        items = list(audit_round.items.all())
        assert len(items) == 3  # 2 of 20 in la/ASD, 1 of 1 in other_la/SEMH
        assert {i.local_authority_id for i in items} == {area.la.pk, area.other_la.pk}
        assert all(i.plan.finalised_on.year == 2026 for i in items)

    def test_the_same_seed_draws_the_same_plans(self, area):
        self._plans(area)
        first = {i.plan_id for i in self._round(area, seed=9).items.all()}
        second = {i.plan_id for i in self._round(area, seed=9).items.all()}
        assert first == second

    def test_draws_accepted_advice_reviewed_in_the_period(self, area):
        with freeze_time("2026-02-10 10:00"):
            accepted = AdviceSubmissionFactory(
                assignment=AdviceAssignmentFactory(
                    request__child__local_authority=area.la, service=area.salt
                ),
                decision=ReviewDecision.ACCEPTED,
                reviewed_at=timezone.now(),
            )
            AdviceSubmissionFactory(
                assignment=AdviceAssignmentFactory(
                    request__child__local_authority=area.la, service=area.salt
                )
            )
        audit_round = services.create_round(
            scope=Scope.for_user(area.dco),
            icb=area.icb,
            name="Advice",
            kind=ToolKind.ADVICE,
            period_start=datetime.date(2026, 1, 1),
            period_end=datetime.date(2026, 3, 31),
            sample_percent=10,
            auditor=Auditor(user=area.dco),
        )
        [item] = audit_round.items.all()
        assert item.submission == accepted
        assert item.service == area.salt and item.provider == area.provider


class TestAuditors:
    def test_at_most_two_auditors(self, area):
        item = AuditItemFactory(plan__child__local_authority=area.la)
        services.assign_auditor(item, area.dco_team, auditor=Auditor(user=area.dco))
        services.assign_auditor(item, area.la_user, auditor=Auditor(user=area.dco))
        with pytest.raises(services.AssignmentError):
            services.assign_auditor(item, area.provider_user, auditor=Auditor(user=area.dco))

    def test_a_guest_link_is_stored_hashed_and_expires(self, area):
        item = AuditItemFactory(plan__child__local_authority=area.la)
        with freeze_time("2026-03-01 10:00"):
            audit, raw = services.issue_guest_link(
                item, "Pat Forum", 7, auditor=Auditor(user=area.dco)
            )
            assert raw not in audit.guest_token_hash
            assert services.audit_for_guest_token(raw) == audit
            assert services.audit_for_guest_token(raw + "x") is None
        with freeze_time("2026-03-08 10:01"):
            assert services.audit_for_guest_token(raw) is None


class TestScoringAndModeration:
    def test_finishing_an_audit_scores_it_and_is_audited(self, area):
        audit = AuditFactory(item__plan__child__local_authority=area.la, auditor=area.dco_team)
        _rate_all(audit, Rating.PARTLY, user=area.dco_team)
        audit.refresh_from_db()
        assert audit.status == AuditStatus.FINISHED
        assert audit.percent == 50
        assert AuditLog.objects.filter(
            object_type="assurance.Audit", child_id=audit.item.child_id
        ).exists()

    def test_agreement_and_resolution(self, area):
        item = AuditItemFactory(plan__child__local_authority=area.la)
        first = AuditFactory(item=item, auditor=area.dco_team)
        second = AuditFactory(item=item, auditor=area.la_user)
        _rate_all(first, Rating.MET)
        criteria = services.criteria_of(item.round.tool_version)
        services.save_ratings(
            second,
            [RatingInput(c.pk, Rating.MET) for c in criteria[1:]]
            + [RatingInput(criteria[0].pk, Rating.NOT_MET)],
            finish=True,
            summary="",
            auditor=Auditor(user=area.la_user),
        )
        moderation = services.moderation_of(item)
        assert moderation.disagreed == [criteria[0].pk]
        assert moderation.agreement == pytest.approx(1 - 1 / len(criteria))

        services.resolve(
            item, criteria[0].pk, Rating.PARTLY, "Partly evidenced", auditor=Auditor(user=area.dco)
        )
        item.refresh_from_db()
        assert item.resolved_at is not None
        assert item.resolutions.get().reason == "Partly evidenced"


def test_guest_link_lifetime_is_days(area):
    item = AuditItemFactory(plan__child__local_authority=area.la)
    audit, _ = services.issue_guest_link(item, "Sam", 3, auditor=Auditor(user=area.dco))
    assert audit.guest_expires_at - timezone.now() <= timedelta(days=3)


class TestAuditorsStayInTheirScope:
    def test_a_provider_user_cannot_audit_a_child_never_routed_to_their_service(self, area):
        item = AuditItemFactory(plan__child__local_authority=area.la)
        with pytest.raises(services.AssignmentError, match="cannot see this child"):
            services.assign_auditor(item, area.other_provider_user, auditor=Auditor(user=area.dco))

    def test_a_caseworker_cannot_audit_another_local_authoritys_child(self, area):
        item = AuditItemFactory(plan__child__local_authority=area.other_la)
        with pytest.raises(services.AssignmentError, match="cannot see this child"):
            services.assign_auditor(item, area.la_user, auditor=Auditor(user=area.dco))
        assert not item.audits.exists()

    def test_an_existing_assignment_outside_scope_shows_the_user_nothing(self, area):
        from sendhealth.assurance.models import Audit
        from sendhealth.core.scoping import Scope

        item = AuditItemFactory(plan__child__local_authority=area.other_la)
        Audit.objects.create(item=item, auditor=area.la_user)
        assert not Scope.for_user(area.la_user).assurance_items().filter(pk=item.pk).exists()
