from datetime import timedelta

from django.core import mail
from django.urls import reverse
from django.utils import timezone

from sendhealth.assurance.models import Audit
from sendhealth.assurance.tasks import REMIND_AFTER_DAYS, send_audit_reminders
from sendhealth.assurance.tests.factories import AuditFactory, EhcPlanSectionsFactory
from sendhealth.assurance.timeline import entries_for_child
from sendhealth.core.scoping import Scope
from sendhealth.core.tests.messages import run_committed


class TestReminders:
    def test_an_auditor_is_reminded_a_fortnight_after_assignment(self, area):
        area.la_user.email = "la@example.invalid"
        area.la_user.save()
        audit = AuditFactory(item__plan__child__local_authority=area.la, auditor=area.la_user)
        Audit.objects.filter(pk=audit.pk).update(
            assigned_at=timezone.now() - timedelta(days=REMIND_AFTER_DAYS, hours=1)
        )
        assert run_committed(send_audit_reminders) == 1
        assert audit.item.reference in mail.outbox[0].subject
        assert audit.item.child.family_name not in mail.outbox[0].body

    def test_no_reminder_for_a_recent_assignment(self, area):
        area.la_user.email = "la@example.invalid"
        area.la_user.save()
        AuditFactory(item__plan__child__local_authority=area.la, auditor=area.la_user)
        assert run_committed(send_audit_reminders) == 0

    def test_a_second_run_the_same_day_reminds_nobody(self, area):
        area.la_user.email = "la@example.invalid"
        area.la_user.save()
        audit = AuditFactory(item__plan__child__local_authority=area.la, auditor=area.la_user)
        Audit.objects.filter(pk=audit.pk).update(
            assigned_at=timezone.now() - timedelta(days=REMIND_AFTER_DAYS, hours=1)
        )
        assert run_committed(send_audit_reminders) == 1
        assert run_committed(send_audit_reminders) == 0
        assert len(mail.outbox) == 1

    def test_a_run_stopped_halfway_then_run_again_reminds_each_once(self, area):
        from sendhealth.assurance.tasks import REMINDERS
        from sendhealth.core.models import Message
        from sendhealth.core.reminders import send_due_reminders
        from sendhealth.core.tests.stopping import stopped_after

        area.la_user.email = "la@example.invalid"
        area.la_user.save()
        audits = [
            AuditFactory(item__plan__child__local_authority=area.la, auditor=area.la_user)
            for _ in range(5)
        ]
        Audit.objects.filter(pk__in=[a.pk for a in audits]).update(
            assigned_at=timezone.now() - timedelta(days=REMIND_AFTER_DAYS, hours=1)
        )
        with stopped_after(1):
            send_due_reminders(REMINDERS, batch_size=2)
        assert Message.objects.count() == 2
        assert send_due_reminders(REMINDERS, batch_size=2) == 3
        subjects = sorted(Message.objects.values_list("subject", flat=True))
        assert subjects == sorted(f"Audit {a.item.reference} is waiting for you" for a in audits)


class TestTimeline:
    def test_a_plan_kept_for_audit_is_on_the_childs_timeline(self, area):
        plan = EhcPlanSectionsFactory(child__local_authority=area.la)
        entries = list(entries_for_child(Scope.for_user(area.dco), plan.child))
        assert [e.href for e in entries] == [reverse("assurance:plan", args=[plan.pk])]
        assert list(entries_for_child(Scope.for_user(area.other_la_user), plan.child)) == []


class TestApi:
    def test_findings_for_an_item_give_offsets_into_the_section(self, area, client_for):
        audit = AuditFactory(item__plan__child__local_authority=area.la, auditor=area.la_user)
        response = client_for(area.dco).get(f"/api/assurance/items/{audit.item_id}/findings")
        assert response.status_code == 200
        sections = audit.item.plan.sections()
        for finding in response.json():
            text = sections[finding["section"]]
            if finding["end"] > finding["start"]:
                assert text[finding["start"] : finding["end"]] == finding["quote"]

    def test_tools_list_their_criteria(self, area, client_for):
        tools = client_for(area.board).get("/api/assurance/tools").json()
        assert {t["kind"] for t in tools} == {"advice", "plan_health_sections"}
        assert all(t["criteria"] for t in tools)


class TestListsKeepTheirQueryCount:
    def test_my_audits(self, area, client_for, django_assert_max_num_queries):
        client = client_for(area.la_user)
        AuditFactory(item__plan__child__local_authority=area.la, auditor=area.la_user)
        client.get(reverse("assurance:my_audits"))
        for _ in range(5):
            AuditFactory(item__plan__child__local_authority=area.la, auditor=area.la_user)
        with django_assert_max_num_queries(12):
            client.get(reverse("assurance:my_audits"))

    def test_a_round(self, area, client_for, django_assert_max_num_queries):
        client = client_for(area.dco)
        first = AuditFactory(item__plan__child__local_authority=area.la, auditor=area.la_user)
        audit_round = first.item.round
        for _ in range(5):
            AuditFactory(
                item__round=audit_round,
                item__plan__child__local_authority=area.la,
                auditor=area.la_user,
            )
        with django_assert_max_num_queries(16):
            response = client.get(reverse("assurance:round", args=[audit_round.pk]))
        assert response.status_code == 200
