"""The register's list and its CSV/XLSX export: who sees what, the dates that matter, filters
and a query count that does not grow with rows."""

import io
import re
from datetime import date, timedelta

import pytest
from django.urls import reverse
from openpyxl import load_workbook

from sendhealth.children.tests.factories import ChildFactory
from sendhealth.core.models import AuditLog
from sendhealth.disagreements.models import Kind
from sendhealth.disagreements.tests.factories import (
    DisagreementFactory,
    TribunalRecommendationFactory,
)
from sendhealth.disagreements.tests.helpers import on

LIST_URL = reverse("disagreements:list")
EXPORT_URL = reverse("disagreements:export")
TODAY = date(2026, 6, 20)


def for_la(la, **kwargs):
    return DisagreementFactory(child=ChildFactory(local_authority=la), **kwargs)


@pytest.fixture
def two_las(area):
    mine = for_la(area.la)
    theirs = for_la(area.other_la)
    return mine, theirs


class TestWhoSeesTheList:
    @pytest.mark.parametrize("user", ["dco", "dco_team"])
    def test_the_dco_team_sees_every_disagreement_of_the_area(
        self, area, client_for, two_las, user
    ):
        body = client_for(getattr(area, user)).get(LIST_URL).content.decode()
        assert all(d.reference in body for d in two_las)
        assert "Record a disagreement" in body

    def test_an_la_sees_only_its_own_and_cannot_record(self, area, client_for, two_las):
        body = client_for(area.la_user).get(LIST_URL).content.decode()
        mine, theirs = two_las
        assert mine.reference in body and mine.child.family_name in body
        assert theirs.reference not in body
        assert "Record a disagreement" not in body

    def test_another_icbs_dco_sees_none(self, area, client_for, two_las):
        body = client_for(area.outsider_dco).get(LIST_URL).content.decode()
        assert not any(d.reference in body for d in two_las)

    @pytest.mark.parametrize("user", ["provider_user", "board", "sysadmin", "nobody"])
    def test_providers_the_board_and_admins_are_refused(self, area, client_for, user):
        assert client_for(getattr(area, user)).get(LIST_URL).status_code == 403

    def test_each_child_shown_is_audited(self, area, client_for, two_las):
        client_for(area.dco).get(LIST_URL)
        viewed = AuditLog.objects.filter(action="view", object_type="children.Child")
        assert set(viewed.values_list("child_id", flat=True)) == {d.child_id for d in two_las}


class TestTheDateThatMatters:
    def test_an_appeal_deadline_shows_due_in_n_days(self, area, client_for):
        for_la(area.la, decision_letter_on=date(2026, 4, 27), registered_on=date(2026, 5, 1))
        with on(TODAY):  # deadline 27 June 2026 is a Saturday: Monday 29 June
            body = client_for(area.dco).get(LIST_URL).content.decode()
        assert "Appeal deadline: 29 June 2026" in body
        assert "due in 9 days" in body

    def test_an_overdue_recommendation_response_shows_days_overdue(self, area, client_for):
        disagreement = for_la(area.la, hearing_on=date(2026, 5, 1))
        TribunalRecommendationFactory(disagreement=disagreement, issued_on=date(2026, 5, 1))
        with on(TODAY):  # due 5 June 2026
            body = client_for(area.dco).get(LIST_URL).content.decode()
        assert "Recommendation response: 5 June 2026" in body
        assert "15 days overdue" in body

    def test_an_answered_recommendation_is_not_due(self, area, client_for):
        disagreement = for_la(area.la, hearing_on=date(2026, 5, 1))
        TribunalRecommendationFactory(
            disagreement=disagreement, issued_on=date(2026, 5, 1), responded_on=date(2026, 5, 20)
        )
        with on(TODAY):
            body = client_for(area.dco).get(LIST_URL).content.decode()
        assert "overdue" not in body


class TestFilters:
    def test_by_type_status_la_and_reference(self, area, client_for):
        appeal = for_la(area.la)
        complaint = for_la(area.la, kind=Kind.COMPLAINT, decision_letter_on=None)
        closed = for_la(area.other_la, outcome="upheld", outcome_on=date(2026, 5, 1))
        client = client_for(area.dco)

        def shown(query):
            body = client.get(LIST_URL + query).content.decode()
            return {d for d in (appeal, complaint, closed) if d.reference in body}

        assert shown("?kind=complaint") == {complaint}
        assert shown("?status=closed") == {closed}
        assert shown("?status=open") == {appeal, complaint}
        assert shown(f"?la={area.other_la.pk}") == {closed}
        assert shown(f"?reference={appeal.reference}") == {appeal}
        assert shown("?reference=nonsense") == set()

    def test_an_la_outside_scope_is_ignored(self, area, client_for):
        mine = for_la(area.la)
        body = client_for(area.la_user).get(f"{LIST_URL}?la={area.other_la.pk}").content.decode()
        assert mine.reference in body


def test_the_query_count_does_not_grow_with_rows(area, client_for, django_assert_max_num_queries):
    client = client_for(area.dco)
    for _ in range(3):
        TribunalRecommendationFactory(disagreement=for_la(area.la))
    with django_assert_max_num_queries(25) as few:
        client.get(LIST_URL)
    for _ in range(27):
        TribunalRecommendationFactory(disagreement=for_la(area.la))
    with django_assert_max_num_queries(len(few.captured_queries)):
        response = client.get(LIST_URL)
    assert len(re.findall(r'href="/disagreements/\d+/"', response.content.decode())) == 25


class TestExport:
    def test_csv_holds_what_the_user_may_see(self, area, client_for, two_las):
        response = client_for(area.la_user).get(EXPORT_URL + "?format=csv")
        assert response["Content-Type"].startswith("text/csv")
        body = response.content.decode()
        mine, theirs = two_las
        assert mine.reference in body and theirs.reference not in body
        assert "05/05/2026" in body  # the appeal deadline

    def test_xlsx_is_a_workbook(self, area, client_for, two_las):
        response = client_for(area.dco).get(EXPORT_URL + "?format=xlsx&kind=appeal")
        sheet = load_workbook(io.BytesIO(response.content)).active
        rows = list(sheet.values)
        assert rows[0][0] == "Reference"
        assert len(rows) == 3

    def test_an_unknown_format_is_404(self, area, client_for):
        assert client_for(area.dco).get(EXPORT_URL + "?format=pdf").status_code == 404

    def test_the_export_is_audited(self, area, client_for, two_las):
        client_for(area.dco).get(EXPORT_URL)
        assert AuditLog.objects.filter(object_type="children.Child").count() == 2


def test_old_rows_are_paginated(area, client_for):
    for n in range(26):
        for_la(area.la, registered_on=date(2026, 4, 1) - timedelta(days=n))
    body = client_for(area.dco).get(LIST_URL + "?page=2").content.decode()
    assert "Page 2 of 2" in body


class TestSearchByNhsNumber:
    def test_finds_the_childs_disagreements_by_post(self, area, client_for, two_las):
        mine, _ = two_las
        other = for_la(area.la)
        body = client_for(area.dco).post(LIST_URL, {"nhs_number": mine.child.nhs_number})
        body = body.content.decode()
        assert "Search results" in body
        assert mine.reference in body and other.reference not in body

    def test_another_las_child_is_not_found(self, area, client_for, two_las):
        _, theirs = two_las
        body = client_for(area.la_user).post(LIST_URL, {"nhs_number": theirs.child.nhs_number})
        assert theirs.reference not in body.content.decode()

    def test_an_invalid_number_gets_an_error(self, area, client_for):
        body = client_for(area.dco).post(LIST_URL, {"nhs_number": "12345"}).content.decode()
        assert "There is a problem" in body
        assert "Enter a valid 10-digit NHS number" in body
