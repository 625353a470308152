"""Messages: recorded with the change that causes them, emailed once it commits, sent again by
the worker if the email did not go, and listed on each person's Messages page."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.core import mail
from django.core.mail.backends.locmem import EmailBackend as LocmemBackend
from django.db import transaction
from django.test import TestCase
from django.utils import timezone

from sendhealth.core import messaging
from sendhealth.core.messaging import mailbox, people, send_message, send_pending_messages
from sendhealth.core.models import Message, MessageKind, MessageStatus


def committed():
    """Run what waits for the transaction to commit, as a real commit would."""
    return TestCase.captureOnCommitCallbacks(execute=True)


def message_to(recipients, **fields) -> list[Message]:
    values = {
        "kind": MessageKind.REMINDER,
        "subject": "Health advice ADV-000001 is due today",
        "body": "Reference: ADV-000001\n\nSign in to see it.",
        "reference": "ADV-000001",
        "link": "/advice/assignments/1/",
        **fields,
    }
    return send_message(recipients=recipients, **values)


class FailingBackend(LocmemBackend):
    """A mail server that refuses everything."""

    def send_messages(self, messages):
        raise ConnectionRefusedError("mail server down")


class TestSendMessage:
    def test_a_message_is_recorded_at_once_and_emailed_only_when_the_change_commits(self, area):
        with TestCase.captureOnCommitCallbacks(execute=False) as callbacks:
            (message,) = message_to(people([area.dco]))
            assert message.status == MessageStatus.PENDING
            assert mail.outbox == []
        assert len(callbacks) == 1
        callbacks[0]()
        assert [email.to for email in mail.outbox] == [[area.dco.email]]
        message.refresh_from_db()
        assert message.status == MessageStatus.SENT
        assert message.sent_at is not None
        assert message.attempts == 1

    def test_a_change_that_rolls_back_sends_and_records_nothing(self, area):
        with committed():
            try:
                with transaction.atomic():
                    message_to(people([area.dco]))
                    raise RuntimeError("the change failed")
            except RuntimeError:
                pass
        assert mail.outbox == []
        assert not Message.objects.exists()

    def test_the_email_carries_the_kind_reference_and_full_link_for_notify(self, area, settings):
        settings.SITE_URL = "https://sendhealth.example.nhs.uk/"
        with committed():
            message_to(people([area.dco]), kind=MessageKind.ROUTED)
        headers = mail.outbox[0].extra_headers
        assert headers[messaging.KIND_HEADER] == "routed"
        assert headers[messaging.REFERENCE_HEADER] == "ADV-000001"
        assert headers[messaging.LINK_HEADER] == (
            "https://sendhealth.example.nhs.uk/advice/assignments/1/"
        )

    def test_a_person_named_twice_or_also_as_a_mailbox_gets_one_message(self, area):
        with committed():
            sent = message_to(
                [*mailbox(area.dco.email, organisation_id=area.icb.pk), *people([area.dco] * 2)]
            )
        assert len(sent) == 1
        assert sent[0].recipient == area.dco
        assert len(mail.outbox) == 1

    def test_a_person_with_no_email_address_still_has_the_message_but_no_email(self, area):
        area.dco.email = ""
        area.dco.save()
        with committed():
            (message,) = message_to(people([area.dco]))
        assert message.status == MessageStatus.NO_ADDRESS
        assert mail.outbox == []

    def test_a_kind_with_no_template_is_refused(self, area):
        with pytest.raises(ValueError):
            message_to(people([area.dco]), kind="newsletter")


class TestTheWorkerSendsWhatDidNotGo:
    def test_a_failed_email_is_recorded_and_sent_by_the_next_run(self, area, settings):
        settings.EMAIL_BACKEND = "sendhealth.core.tests.test_messaging.FailingBackend"
        with committed():
            (message,) = message_to(people([area.dco]))
        message.refresh_from_db()
        assert message.status == MessageStatus.FAILED
        assert "ConnectionRefusedError" in message.error
        settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
        assert send_pending_messages.call() == 1
        message.refresh_from_db()
        assert message.status == MessageStatus.SENT
        assert message.attempts == 2
        assert len(mail.outbox) == 1

    def test_a_message_whose_sending_was_lost_after_commit_is_sent(self, area):
        (message,) = message_to(people([area.dco]))  # no commit: the process stopped here
        assert send_pending_messages.call() == 0  # given a few minutes to go on its own
        Message.objects.filter(pk=message.pk).update(
            created_at=timezone.now() - timedelta(minutes=10)
        )
        assert send_pending_messages.call() == 1
        assert send_pending_messages.call() == 0
        assert len(mail.outbox) == 1

    def test_a_message_that_keeps_failing_is_given_up_after_five_tries(self, area, settings):
        settings.EMAIL_BACKEND = "sendhealth.core.tests.test_messaging.FailingBackend"
        with committed():
            (message,) = message_to(people([area.dco]))
        for _ in range(6):
            send_pending_messages.call()
        message.refresh_from_db()
        assert message.status == MessageStatus.FAILED
        assert message.attempts == messaging.MAX_ATTEMPTS

    def test_the_worker_schedules_the_pending_messages(self):
        from sendhealth.core.management.commands.worker import scheduled_tasks

        assert send_pending_messages in scheduled_tasks()


# -- the Messages page -----------------------------------------------------------------------------


def page_text(client) -> str:
    response = client.get("/messages/")
    assert response.status_code == 200
    return response.content.decode()


class TestMessagesPage:
    def test_each_person_sees_only_their_own_messages(self, area, client_for):
        message_to(people([area.dco]), subject="For the DCO only")
        message_to(people([area.la_user]), subject="For the LA only")
        assert "For the DCO only" in page_text(client_for(area.dco))
        la_page = page_text(client_for(area.la_user))
        assert "For the LA only" in la_page
        assert "For the DCO only" not in la_page
        for user in ("dco_team", "board", "sysadmin", "nobody", "outsider_dco"):
            assert "For the DCO only" not in page_text(client_for(getattr(area, user))), user

    def test_a_services_mailbox_messages_show_to_that_services_users_only(self, area, client_for):
        message_to(
            mailbox("salt@nhs.invalid", organisation_id=area.provider.pk, service_id=area.salt.pk),
            subject="Reminder to the SALT mailbox",
        )
        for user in ("salt_user", "provider_user"):
            text = page_text(client_for(getattr(area, user)))
            assert "Reminder to the SALT mailbox" in text
            assert "Your team&#39;s mailbox (salt@nhs.invalid)" in text
        for user in ("other_provider_user", "dco", "la_user", "board"):
            assert "Reminder to the SALT mailbox" not in page_text(client_for(getattr(area, user)))

    def test_an_icb_mailbox_message_shows_to_the_dco_team_but_not_the_board(self, area, client_for):
        message_to(mailbox("dco@nhs.invalid", organisation_id=area.icb.pk), subject="Digest")
        assert "Digest" in page_text(client_for(area.dco_team))
        assert "Digest" not in page_text(client_for(area.board))

    def test_the_page_links_to_the_thing_by_id_and_says_whether_the_email_went(
        self, area, client_for
    ):
        with committed():
            message_to(people([area.dco]))
        text = page_text(client_for(area.dco))
        assert '<a href="/advice/assignments/1/">ADV-000001</a>' in text
        assert "Emailed" in text
        assert "Sign in to see it." in text

    def test_newest_first(self, area, client_for):
        older, newer = message_to(people([area.dco]), subject="Older"), None
        Message.objects.filter(pk=older[0].pk).update(created_at=timezone.now() - timedelta(days=1))
        newer = message_to(people([area.dco]), subject="Newer")
        assert newer
        text = page_text(client_for(area.dco))
        assert text.index("Newer") < text.index("Older")

    def test_the_header_links_to_the_messages_page(self, area, client_for):
        assert 'href="/messages/"' in page_text(client_for(area.la_user))

    def test_the_page_paginates_and_its_queries_do_not_grow_with_rows(
        self, area, client_for, settings, django_assert_max_num_queries
    ):
        settings.PAGE_SIZE = 5
        client = client_for(area.salt_user)
        message_to(people([area.salt_user]))
        with django_assert_max_num_queries(40) as small:
            page_text(client)
        for _ in range(12):
            message_to(people([area.salt_user]))
            message_to(mailbox("salt@nhs.invalid", service_id=area.salt.pk))
        with django_assert_max_num_queries(len(small.captured_queries)):
            text = page_text(client)
        assert "Page 1 of 5" in text
