"""The panel pages: the list, a panel's page, and the DCO team's forms."""

import datetime

import pytest
from django.urls import reverse

from sendhealth.children.tests.factories import ChildFactory
from sendhealth.core.models import AuditAction, AuditLog
from sendhealth.panels.models import CaseDecision, Panel, PanelAttendee, PanelCase
from sendhealth.panels.tests.factories import PanelCaseFactory, PanelFactory
from sendhealth.rules import format_nhs_number

LIST_URL = reverse("panels:list")


def date_data(name, value):
    return {f"{name}_day": value.day, f"{name}_month": value.month, f"{name}_year": value.year}


class TestRecordingAPanel:
    def test_the_dco_team_adds_a_panel_for_one_la(self, area, client_for):
        data = {**date_data("held_on", datetime.date(2026, 3, 10)), "panel_type": "issue",
                "local_authority": area.la.pk, "notes": ""}  # fmt: skip
        response = client_for(area.dco_team).post(reverse("panels:new"), data)
        panel = Panel.objects.get()
        assert response["Location"] == reverse("panels:detail", args=[panel.pk])
        assert (panel.icb, panel.local_authority, panel.created_by) == (
            area.icb,
            area.la,
            area.dco_team,
        )

    def test_missing_answers_show_an_error_summary(self, area, client_for):
        body = client_for(area.dco).post(reverse("panels:new"), {}).content.decode()
        assert "There is a problem" in body
        assert "Enter date of the panel" in body
        assert "Select the type of panel" in body
        assert not Panel.objects.exists()

    def test_an_la_of_another_icb_cannot_be_chosen(self, area, client_for):
        data = {**date_data("held_on", datetime.date(2026, 3, 10)), "panel_type": "issue",
                "local_authority": area.la.pk}  # fmt: skip
        response = client_for(area.outsider_dco).post(reverse("panels:new"), data)
        assert response.status_code == 200
        assert not Panel.objects.exists()

    def test_an_la_user_may_not_add_a_panel(self, area, client_for):
        assert client_for(area.la_user).get(reverse("panels:new")).status_code == 403


class TestAttendeesAndCases:
    def test_an_attendee_by_name(self, area, client_for):
        panel = PanelFactory(icb=area.icb)
        data = {"name": "Sam Jones", "organisation": "Northshire Council", "role": "SEN manager"}
        client_for(area.dco).post(reverse("panels:add_attendee", args=[panel.pk]), data)
        assert PanelAttendee.objects.get().name == "Sam Jones"

    def test_an_attendee_who_is_a_user(self, area, client_for):
        panel = PanelFactory(icb=area.icb)
        data = {"user": area.dco.pk}
        client_for(area.dco).post(reverse("panels:add_attendee", args=[panel.pk]), data)
        attendee = PanelAttendee.objects.get()
        assert (attendee.user, attendee.name) == (area.dco, str(area.dco))

    def test_an_attendee_needs_a_name_organisation_and_role(self, area, client_for):
        panel = PanelFactory(icb=area.icb)
        url = reverse("panels:add_attendee", args=[panel.pk])
        body = client_for(area.dco).post(url, {}).content.decode()
        assert "Enter the attendee&#39;s name" in body
        assert not PanelAttendee.objects.exists()

    def test_a_case_is_added_by_nhs_number(self, area, client_for):
        panel = PanelFactory(icb=area.icb)
        child = ChildFactory(local_authority=area.la)
        data = {"child": child.nhs_number, "question": "Agree to assess?"}
        client_for(area.dco).post(reverse("panels:add_case", args=[panel.pk]), data)
        case = PanelCase.objects.get()
        assert (case.child, case.local_authority) == (child, area.la)

    def test_a_panel_for_one_la_refuses_another_las_child(self, area, client_for):
        panel = PanelFactory(icb=area.icb, local_authority=area.la)
        child = ChildFactory(local_authority=area.other_la)
        data = {"child": child.nhs_number, "question": "Agree to assess?"}
        body = client_for(area.dco).post(reverse("panels:add_case", args=[panel.pk]), data)
        assert "the child belongs to another" in body.content.decode()
        assert not PanelCase.objects.exists()

    def test_a_decision_needs_healths_view_and_who_gave_it(self, area, client_for):
        case = PanelCaseFactory(panel=PanelFactory(icb=area.icb),
                                child=ChildFactory(local_authority=area.la))  # fmt: skip
        url = reverse("panels:case", args=[case.pk])
        client = client_for(area.dco)
        body = client.post(url, {"decision": "agreed"}).content.decode()
        assert "Enter health&#39;s view" in body
        client.post(url, {"decision": "agreed", "health_view": "Health agrees to fund 50%.",
                          "health_view_by": "Dr A Smith, DMO"})  # fmt: skip
        case.refresh_from_db()
        assert case.decision == CaseDecision.AGREED
        assert (case.decided_by, case.health_view_by) == (area.dco, "Dr A Smith, DMO")
        assert case.decided_at is not None


class TestWhatAnLaSees:
    def test_an_la_sees_the_panel_with_only_its_childrens_cases(self, area, client_for):
        panel = PanelFactory(icb=area.icb)
        mine = PanelCaseFactory(
            panel=panel, child=ChildFactory(local_authority=area.la, family_name="Mineham")
        )
        PanelCaseFactory(
            panel=panel, child=ChildFactory(local_authority=area.other_la, family_name="Theirsby")
        )
        client = client_for(area.la_user)
        assert panel.reference in client.get(LIST_URL).content.decode()
        body = client.get(reverse("panels:detail", args=[panel.pk])).content.decode()
        assert "Mineham" in body
        assert "Theirsby" not in body
        assert "Add a case" not in body
        assert AuditLog.objects.filter(action=AuditAction.VIEW, child_id=mine.child_id).exists()

    def test_an_la_does_not_see_a_panel_without_its_children(self, area, client_for):
        panel = PanelFactory(icb=area.icb)
        PanelCaseFactory(panel=panel, child=ChildFactory(local_authority=area.other_la))
        client = client_for(area.la_user)
        assert panel.reference not in client.get(LIST_URL).content.decode()
        assert client.get(reverse("panels:detail", args=[panel.pk])).status_code == 404

    @pytest.mark.parametrize("user", ["provider_user", "board", "sysadmin"])
    def test_providers_board_and_admins_get_403(self, area, client_for, user):
        assert client_for(getattr(area, user)).get(LIST_URL).status_code == 403


class TestTheList:
    def test_filter_by_type(self, area, client_for):
        funding = PanelFactory(icb=area.icb, panel_type="funding")
        assess = PanelFactory(icb=area.icb, panel_type="assess")
        body = client_for(area.dco).get(LIST_URL, {"type": "assess"}).content.decode()
        assert assess.reference in body
        assert funding.reference not in body

    def test_query_count_does_not_grow_with_rows(
        self, area, client_for, django_assert_max_num_queries
    ):
        client = client_for(area.dco)
        for _ in range(3):
            PanelCaseFactory(panel=PanelFactory(icb=area.icb),
                             child=ChildFactory(local_authority=area.la))  # fmt: skip
        client.get(LIST_URL)
        with django_assert_max_num_queries(30) as small:
            client.get(LIST_URL)
        for _ in range(20):
            PanelFactory(icb=area.icb)
        with django_assert_max_num_queries(len(small.captured_queries)):
            assert client.get(LIST_URL).status_code == 200

    def test_the_panel_page_query_count_does_not_grow_with_cases(
        self, area, client_for, django_assert_max_num_queries
    ):
        panel = PanelFactory(icb=area.icb)
        url = reverse("panels:detail", args=[panel.pk])
        client = client_for(area.dco)
        PanelCaseFactory(panel=panel, child=ChildFactory(local_authority=area.la))
        client.get(url)
        with django_assert_max_num_queries(30) as small:
            client.get(url)
        for _ in range(10):
            PanelCaseFactory(panel=panel, child=ChildFactory(local_authority=area.la))
        with django_assert_max_num_queries(len(small.captured_queries)):
            assert client.get(url).status_code == 200


class TestSearchingPanels:
    def test_by_reference_by_post(self, area, client_for):
        wanted, other = PanelFactory(icb=area.icb), PanelFactory(icb=area.icb)
        body = client_for(area.dco).post(LIST_URL, {"query": wanted.reference}).content.decode()
        assert f">{wanted.reference}</a>" in body
        assert f">{other.reference}</a>" not in body

    def test_a_name_is_refused_with_a_clear_message(self, area, client_for):
        body = client_for(area.dco).post(LIST_URL, {"query": "Okafor"}).content.decode()
        assert "Enter a reference like PN-000123" in body


class TestExportingTheCasesHeard:
    def test_the_dco_gets_every_case_and_an_la_only_its_own(self, area, client_for):
        panel = PanelFactory(icb=area.icb)
        mine = PanelCaseFactory(panel=panel, child=ChildFactory(local_authority=area.la))
        theirs = PanelCaseFactory(panel=panel, child=ChildFactory(local_authority=area.other_la))
        url = reverse("panels:export")
        dco_csv = client_for(area.dco).get(url).content.decode()
        la_csv = client_for(area.la_user).get(url).content.decode()
        mine_nhs, theirs_nhs = (format_nhs_number(c.child.nhs_number) for c in (mine, theirs))
        assert mine_nhs in dco_csv and theirs_nhs in dco_csv
        assert mine_nhs in la_csv
        assert theirs_nhs not in la_csv

    def test_as_a_spreadsheet_and_audited(self, area, client_for):
        PanelCaseFactory(
            panel=PanelFactory(icb=area.icb), child=ChildFactory(local_authority=area.la)
        )
        response = client_for(area.dco).get(reverse("panels:export"), {"format": "xlsx"})
        assert response.status_code == 200
        assert response["Content-Type"].startswith("application/vnd.openxmlformats")
        assert AuditLog.objects.filter(action=AuditAction.EXPORT).exists()
