"""Recording, changing and reading a disagreement: validation, the appeal deadline shown as the
statutory rule gives it (Christmas and August end to end), the enquiry prefill, and who may
do what."""

from datetime import date

import pytest
from django.apps import apps
from django.urls import reverse
from django.utils import timezone

from sendhealth.children.tests.factories import ChildFactory
from sendhealth.core.models import AuditLog
from sendhealth.disagreements.models import Disagreement, Kind
from sendhealth.disagreements.tests.factories import (
    DisagreementFactory,
    TribunalRecommendationFactory,
)
from sendhealth.disagreements.tests.helpers import date_post, on
from sendhealth.rules import tribunal_appeal_deadline

NEW_URL = reverse("disagreements:new")
TODAY = date(2026, 6, 20)


@pytest.fixture
def child(area):
    return ChildFactory(
        local_authority=area.la, nhs_number="9434765919", given_name="Ada", family_name="Testchild"
    )


def new_post(**overrides):
    data = {
        "nhs_number": "943 476 5919",
        "kind": "appeal",
        "issues": "Whether SALT is specified in section F.",
        "health_position": "",
        "health_evidence": "",
        "outcome": "",
        **date_post("decision_letter_on", date(2026, 3, 2)),
        **date_post("mediation_certificate_on", None),
        **date_post("registered_on", date(2026, 4, 1)),
        **date_post("hearing_on", None),
        **date_post("outcome_on", None),
    }
    for name, value in overrides.items():
        if name.endswith("_on"):
            data.update(date_post(name, value))
        else:
            data[name] = value
    return data


class TestRecordingADisagreement:
    def test_the_dco_records_an_appeal_and_sees_its_deadline(self, area, client_for, child):
        client = client_for(area.dco)
        with on(TODAY):
            response = client.post(NEW_URL, new_post())
        disagreement = Disagreement.objects.get()
        assert response.status_code == 302
        assert disagreement.child == child
        assert disagreement.local_authority == area.la and disagreement.icb == area.icb
        assert disagreement.appeal_deadline == tribunal_appeal_deadline(date(2026, 3, 2))
        body = client.get(response["Location"]).content.decode()
        assert "5 May 2026" in body
        assert AuditLog.objects.filter(action="create", child_id=child.pk).exists()

    @pytest.mark.parametrize(
        ("letter", "certificate", "deadline"),
        [
            (date(2025, 10, 25), None, "2 January 2026"),  # 25 December: after New Year
            (date(2025, 6, 15), None, "1 September 2025"),  # August: after 31 August
            (date(2025, 6, 2), date(2025, 7, 20), "1 September 2025"),  # certificate + 1 month
        ],
    )
    def test_christmas_and_august_deadlines_end_to_end(
        self, area, client_for, child, letter, certificate, deadline
    ):
        client = client_for(area.dco)
        data = new_post(
            decision_letter_on=letter,
            mediation_certificate_on=certificate,
            registered_on=date(2025, 11, 1),
        )
        with on(TODAY):
            response = client.post(NEW_URL, data)
            body = client.get(response["Location"]).content.decode()
        expected = tribunal_appeal_deadline(letter, certificate)
        assert Disagreement.objects.get().appeal_deadline == expected
        assert deadline in body

    def test_a_hearing_before_the_decision_letter_is_refused(self, area, client_for, child):
        with on(TODAY):
            response = client_for(area.dco).post(NEW_URL, new_post(hearing_on=date(2026, 2, 1)))
        body = response.content.decode()
        assert response.status_code == 200
        assert "There is a problem" in body
        assert "Hearing date must be after the decision letter" in body
        assert 'href="#id_hearing_on_day"' in body
        assert not Disagreement.objects.exists()

    def test_an_appeal_without_a_decision_letter_is_refused(self, area, client_for, child):
        with on(TODAY):
            response = client_for(area.dco).post(NEW_URL, new_post(decision_letter_on=None))
        assert "Enter the date of the decision letter for an appeal" in response.content.decode()

    def test_every_error_is_shown_at_once(self, area, client_for, child):
        data = new_post(nhs_number="123", kind="", issues="", registered_on=None)
        body = client_for(area.dco).post(NEW_URL, data).content.decode()
        for message in (
            "Enter a valid 10-digit NHS number",
            "Select the type of disagreement",
            "Enter the health issues in dispute",
            "Enter the date registered or received",
        ):
            assert message in body

    def test_a_child_outside_the_area_is_not_found(self, area, client_for, child):
        body = client_for(area.outsider_dco).post(NEW_URL, new_post()).content.decode()
        assert "No child with this NHS number is in your area" in body
        assert not Disagreement.objects.exists()

    @pytest.mark.parametrize("user", ["la_user", "provider_user", "board"])
    def test_other_roles_may_not_record(self, area, client_for, child, user):
        assert client_for(getattr(area, user)).post(NEW_URL, new_post()).status_code == 403

    def test_a_child_link_prefills_the_nhs_number(self, area, client_for, child):
        body = client_for(area.dco).get(f"{NEW_URL}?child={child.pk}").content.decode()
        assert 'value="943 476 5919"' in body

    def test_another_areas_child_is_not_prefilled(self, area, client_for, child):
        body = client_for(area.outsider_dco).get(f"{NEW_URL}?child={child.pk}").content.decode()
        assert "943 476 5919" not in body and "Testchild" not in body

    def test_nonsense_in_the_query_is_ignored(self, area, client_for):
        response = client_for(area.dco).get(f"{NEW_URL}?enquiry=abc&child=x")
        assert response.status_code == 200


@pytest.mark.skipif(
    not apps.is_installed("sendhealth.enquiries"), reason="the enquiries register is not installed"
)
class TestFromAnEnquiry:
    def enquiry(self, icb, child):
        from sendhealth.enquiries.models import Enquiry

        return Enquiry.objects.create(
            icb=icb,
            source="la",
            topic="complaint",
            child=child,
            summary="Parent disputes the OT provision in section G.",
            opened_at=timezone.now(),
        )

    def test_the_child_and_issues_come_from_the_enquiry(self, area, client_for, child):
        enquiry = self.enquiry(area.icb, child)
        body = client_for(area.dco).get(f"{NEW_URL}?enquiry={enquiry.pk}").content.decode()
        assert 'value="943 476 5919"' in body
        assert "Parent disputes the OT provision in section G." in body
        assert "Testchild" in body

    def test_the_disagreement_records_its_enquiry_and_the_enquiry_shows_it(
        self, area, client_for, child
    ):
        enquiry = self.enquiry(area.icb, child)
        client = client_for(area.dco)
        form = client.get(f"{NEW_URL}?enquiry={enquiry.pk}").content.decode()
        assert f'name="enquiry" value="{enquiry.pk}"' in form
        response = client.post(NEW_URL, {**new_post(), "enquiry": enquiry.pk})
        assert response.status_code == 302
        disagreement = Disagreement.objects.get()
        assert disagreement.enquiry == enquiry
        page = client.get(reverse("enquiries:detail", args=[enquiry.pk])).content.decode()
        assert f">{disagreement.reference}</a>" in page

    def test_another_icbs_enquiry_is_never_recorded(self, area, client_for, child):
        enquiry = self.enquiry(area.icb, child)
        other = ChildFactory(local_authority=area.la)
        client = client_for(area.outsider_dco)
        client.post(NEW_URL, {**new_post(nhs_number=other.nhs_number), "enquiry": enquiry.pk})
        assert not Disagreement.objects.filter(enquiry=enquiry).exists()

    def test_another_icbs_enquiry_is_ignored(self, area, client_for, child):
        enquiry = self.enquiry(area.icb, child)
        body = client_for(area.outsider_dco).get(f"{NEW_URL}?enquiry={enquiry.pk}").content.decode()
        assert "Parent disputes" not in body and "943 476 5919" not in body


class TestChangingADisagreement:
    def test_the_outcome_and_hearing_are_recorded_and_the_deadline_follows(
        self, area, client_for, child
    ):
        disagreement = DisagreementFactory(child=child)
        data = new_post(
            decision_letter_on=date(2025, 10, 25),
            hearing_on=date(2026, 5, 1),
            outcome="partly_upheld",
            outcome_on=date(2026, 5, 20),
            registered_on=date(2025, 12, 1),
        )
        with on(TODAY):
            response = client_for(area.dco).post(
                reverse("disagreements:edit", args=[disagreement.pk]), data
            )
        assert response.status_code == 302
        disagreement.refresh_from_db()
        assert disagreement.outcome == "partly_upheld"
        assert disagreement.appeal_deadline == date(2026, 1, 2)
        assert AuditLog.objects.filter(action="update", child_id=child.pk).exists()

    def test_resolved_at_mediation_is_refused_for_an_appeal(self, area, client_for, child):
        disagreement = DisagreementFactory(child=child)
        data = new_post(outcome="resolved", outcome_on=date(2026, 5, 20))
        with on(TODAY):
            body = (
                client_for(area.dco)
                .post(reverse("disagreements:edit", args=[disagreement.pk]), data)
                .content.decode()
            )
        assert "is an outcome of mediation only" in body

    def test_the_form_shows_the_current_values(self, area, client_for, child):
        disagreement = DisagreementFactory(child=child)
        body = (
            client_for(area.dco)
            .get(reverse("disagreements:edit", args=[disagreement.pk]))
            .content.decode()
        )
        assert disagreement.issues in body
        assert 'name="decision_letter_on_year" type="text" value="2026"' in body or "2026" in body


class TestTheDisagreementPage:
    def test_the_la_reads_health_position_and_responses_but_cannot_change(
        self, area, client_for, child
    ):
        disagreement = DisagreementFactory(child=child)
        TribunalRecommendationFactory(
            disagreement=disagreement,
            response="not_agree",
            reasons="Audiology was assessed in March.",
            responded_on=date(2026, 6, 5),
            sent_to_parent=True,
            sent_to_la=True,
        )
        url = reverse("disagreements:detail", args=[disagreement.pk])
        body = client_for(area.la_user).get(url).content.decode()
        assert disagreement.health_position in body
        assert "Do not agree" in body and "Audiology was assessed in March." in body
        assert "Answered on time" in body
        assert "Change disagreement" not in body and "Record the ICB" not in body
        assert AuditLog.objects.filter(action="view", child_id=child.pk).exists()

    def test_another_la_gets_404(self, area, client_for, child):
        disagreement = DisagreementFactory(child=child)
        url = reverse("disagreements:detail", args=[disagreement.pk])
        assert client_for(area.other_la_user).get(url).status_code == 404

    def test_a_complaint_has_no_recommendations_section(self, area, client_for, child):
        disagreement = DisagreementFactory(
            child=child, kind=Kind.COMPLAINT, decision_letter_on=None
        )
        body = (
            client_for(area.dco)
            .get(reverse("disagreements:detail", args=[disagreement.pk]))
            .content.decode()
        )
        assert "Tribunal health recommendations" not in body
        assert "Appeal deadline" not in body
