"""Text at the edge: control characters and bidirectional overrides never reach the database,
any stored text exports, error logs never carry a record's text, and every page is no-store."""

from __future__ import annotations

import json
import logging

from sendhealth.core.exports import export_response
from sendhealth.core.logging import RedactPersonalData, redact


def test_a_control_character_in_an_api_summary_is_stripped_and_the_export_still_works(
    area, client_for
):
    from sendhealth.enquiries.models import Enquiry

    client = client_for(area.dco)
    body = {"source": "la", "topic": "health_advice", "summary": "Motor\x1b skills\x00?"}
    response = client.post("/api/enquiries", json.dumps(body), content_type="application/json")
    assert response.status_code in (200, 201), response.content[:300]
    assert Enquiry.objects.get().summary == "Motor skills?"
    export = client.get("/enquiries/export/?format=xlsx")
    assert export.status_code == 200


def test_a_right_to_left_override_in_a_posted_name_never_reaches_a_view(rf):
    from django.http import HttpResponse

    from sendhealth.core.middleware import CleanTextInputMiddleware

    seen = {}

    def view(request):
        seen.update(request.POST.dict())
        return HttpResponse()

    request = rf.post("/children/1/edit/", {"given_name": "\u202eAnn\u202c", "note": "a\tb\nc"})
    CleanTextInputMiddleware(view)(request)
    assert seen == {"given_name": "Ann", "note": "a\tb\nc"}


def test_any_stored_text_exports_as_xlsx():
    response = export_response(["a"], [["bad\x1b\x00text"]], filename="x", fmt="xlsx")
    assert response.status_code == 200


def test_an_exceptions_message_never_reaches_the_log():
    summary = "Summary: " + "Zebedee Quixotefield".upper()
    try:
        raise ValueError(summary)
    except ValueError:
        import sys

        record = logging.LogRecord(
            "django.request", logging.ERROR, "", 0, "boom", None, sys.exc_info()
        )
    RedactPersonalData().filter(record)
    text = logging.Formatter().format(record)
    assert "QUIXOTEFIELD" not in text and "ValueError" in text


def test_a_guest_links_token_never_reaches_the_log():
    assert "s3cret" not in redact('"GET /assurance/guest/s3cret/ HTTP/1.1" 200')


def test_the_sign_in_page_and_every_other_page_is_not_stored(client):
    response = client.get("/accounts/login/")
    assert "no-store" in response["Cache-Control"]
