"""The assessment page names each SEN2 code it shows by its label from the code lists, with the
code after it for a caseworker matching the LA's return; a code no list has is shown as given."""

import re
from datetime import date
from html import unescape

from django.urls import reverse

from sendhealth.assessments.codelists import label
from sendhealth.assessments.tests.factories import AssessmentFactory
from sendhealth.children.tests.factories import ChildFactory


def _page(area, client_for, **codes):
    a = AssessmentFactory(
        child=ChildFactory(local_authority=area.la),
        received_on=date(2025, 1, 6),
        request_outcome_on=date(2025, 2, 10),
        **codes,
    )
    url = reverse("assessments:detail", args=[a.pk])
    return unescape(client_for(area.users["la_user"]).get(url).content.decode())


def test_outcomes_cease_reason_and_need_are_shown_by_their_labels(area, client_for):
    page = _page(
        area,
        client_for,
        request_outcome="Y",
        assessment_outcome="N",
        plan_ceased_on=date(2026, 7, 31),
        plan_cease_reason="5",
        primary_need="SLCN",
    )
    assert "LA proceeded with an assessment (Y)" in page
    assert "It was decided an EHC plan would not be issued (N)" in page
    assert "Transferred to another local authority in England (5)" in page
    assert "Speech, language and communication needs (SLCN)" in page
    assert "(SEN2 code)" not in page


def test_a_code_no_list_has_is_shown_as_given_and_none_as_not_recorded(area, client_for):
    page = _page(area, client_for, request_outcome="Q", assessment_outcome="")
    shown = r"Request outcome \(SEN2\)\s*</dt>\s*<dd[^>]*>\s*Q\s*<"
    assert re.search(shown, page)
    assert "Not recorded" in page


def test_label():
    assert label("review_outcomes", "A") == "Amend the EHC plan (A)"
    assert label("cease_reasons", "9") == "Other (9)"
    assert label("request_outcomes", "Z") == "Z"
    assert label("request_outcomes", "") == ""
