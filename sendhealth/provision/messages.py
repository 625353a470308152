"""The reminder to a service about a line delivered below the DCO's threshold. It names the
line by reference only: never a child, never what the provision is."""

from __future__ import annotations

from datetime import date

from django.urls import reverse

from sendhealth.core.messaging import MessageKind, mailbox, people, send_message, site_link


def reminder_text(line) -> tuple[str, str]:
    link = site_link(reverse("provision:line", args=[line.pk]))
    body = (
        "Health provision specified in an EHC plan is being delivered below the level the "
        "designated clinical officer's service expects, for reasons on the service's side or "
        "with months not reported.\n\n"
        f"Line reference: {line.reference}\n\n"
        "Health must arrange the health care provision an EHC plan specifies (Children and "
        "Families Act 2014, section 42). Please record the missing months, and tell the DCO "
        "service how the provision will be made up:\n"
        f"{link}\n\n"
        "This email holds no personal details on purpose. Do not reply with any.\n"
    )
    return f"Health provision {line.reference} below the expected level", body


def send_shortfall_reminder(line, today: date, *, user=None) -> bool:
    to = mailbox(line.service.email, service_id=line.service_id)
    if user is not None:
        to += people([user])
    if not to:
        return False
    subject, body = reminder_text(line)
    send_message(
        kind=MessageKind.REMINDER,
        subject=subject,
        body=body,
        reference=line.reference,
        link=reverse("provision:line", args=[line.pk]),
        recipients=to,
    )
    return True
