"""Figures for the DCO and the board (never a child), and the organisations a caller may pick."""

import datetime

from sendhealth.advice.models import AssignmentStatus
from sendhealth.advice.tests.factories import AdviceAssignmentFactory
from sendhealth.children.tests.factories import ChildFactory
from sendhealth.core.models import AuditLog


def completed(area, service, *, la=None, received, completed_on, exception=False):
    received = datetime.date.fromisoformat(received)
    return AdviceAssignmentFactory(
        request__child=ChildFactory(local_authority=la or area.la),
        service=service,
        received_on=received,
        due_on=received + datetime.timedelta(weeks=6),
        status=AssignmentStatus.ACCEPTED,
        completed_on=datetime.date.fromisoformat(completed_on),
        has_exception=exception,
    )


class TestTimeliness:
    PERIOD = {"start": "2026-01-01", "end": "2026-06-30"}

    def test_it_counts_on_time_late_and_late_with_exception_by_provider_and_service(
        self, api_as, area
    ):
        completed(area, area.salt, received="2026-01-05", completed_on="2026-02-10")
        completed(area, area.salt, received="2026-01-05", completed_on="2026-03-10")
        completed(area, area.ot, received="2026-01-05", completed_on="2026-03-10", exception=True)
        completed(area, area.camhs, received="2025-01-05", completed_on="2025-02-01")  # before
        body = api_as(area.dco).get("/api/insight/timeliness", **self.PERIOD).json()
        assert body["small_numbers_suppressed"] is False
        total = body["total"]
        assert (
            total["completed"],
            total["on_time"],
            total["late"],
            total["late_with_exception"],
        ) == (3, 1, 1, 1)
        assert total["rate_including_exceptions"] == 1 / 3
        assert total["rate_excluding_exceptions"] == 1 / 2
        assert [row["provider"] for row in body["by_provider"]] == [area.provider.name]
        salt = next(r for r in body["by_service"] if r["service"] == area.salt.name)
        assert (salt["on_time"], salt["late"]) == (1, 1)

    def test_a_board_viewer_gets_small_numbers_and_their_rates_as_null(self, api_as, area):
        """Issue 12.5, as on the dashboard: 3 completed, 1 on time: fewer than 5."""
        completed(area, area.salt, received="2026-01-05", completed_on="2026-02-10")
        completed(area, area.salt, received="2026-01-05", completed_on="2026-03-10")
        completed(area, area.ot, received="2026-01-05", completed_on="2026-03-10", exception=True)
        body = api_as(area.board).get("/api/insight/timeliness", **self.PERIOD).json()
        assert body["small_numbers_suppressed"] is True
        for row in [body["total"], *body["by_provider"], *body["by_service"]]:
            assert row["completed"] is None and row["on_time"] is None
            assert row["rate_including_exceptions"] is None
        assert [row["provider"] for row in body["by_provider"]] == [area.provider.name]

    def test_it_never_names_a_child_and_is_not_audited(self, api_as, area):
        assignment = completed(area, area.salt, received="2026-01-05", completed_on="2026-02-10")
        response = api_as(area.dco).get("/api/insight/timeliness", **self.PERIOD)
        child = assignment.request.child
        assert child.family_name.encode() not in response.content
        assert child.nhs_number.encode() not in response.content
        assert not AuditLog.objects.exists()

    def test_it_may_be_narrowed_to_one_local_authority(self, api_as, area):
        completed(area, area.salt, received="2026-01-05", completed_on="2026-02-10")
        completed(
            area, area.salt, la=area.other_la, received="2026-01-05", completed_on="2026-02-10"
        )
        body = (
            api_as(area.dco)
            .get("/api/insight/timeliness", local_authority=area.la.pk, **self.PERIOD)
            .json()
        )
        assert body["total"]["completed"] == 1

    def test_a_dco_of_another_icb_sees_only_their_own_area(self, api_as, area):
        completed(area, area.salt, received="2026-01-05", completed_on="2026-02-10")
        body = api_as(area.outsider_dco).get("/api/insight/timeliness", **self.PERIOD).json()
        assert body["total"]["completed"] == 0
        assert body["by_provider"] == []

    def test_a_local_authority_outside_the_area_is_refused(self, api_as, area):
        response = api_as(area.outsider_dco).get(
            "/api/insight/timeliness", local_authority=area.la.pk
        )
        assert response.status_code == 422
        assert response.json()["errors"]["local_authority"]

    def test_a_period_that_ends_before_it_starts_is_refused(self, api_as, area):
        response = api_as(area.dco).get(
            "/api/insight/timeliness", start="2026-06-01", end="2026-01-01"
        )
        assert response.status_code == 422
        assert response.json()["errors"]["start"] == [
            "The start of the period must be on or before the end"
        ]

    def test_the_default_period_is_the_last_12_months(self, api_as, area):
        body = api_as(area.dco).get("/api/insight/timeliness", end="2026-03-02").json()
        assert (body["start"], body["end"]) == ("2025-03-03", "2026-03-02")


class TestOrganisations:
    def names(self, response) -> set[str]:
        assert response.status_code == 200, response.content
        return {row["name"] for row in response.json()["items"]}

    def test_an_la_user_sees_only_their_local_authority(self, api_as, area):
        response = api_as(area.la_user).get("/api/organisations/local-authorities")
        assert self.names(response) == {area.la.name}

    def test_the_dco_sees_every_local_authority_of_the_area(self, api_as, area):
        response = api_as(area.dco).get("/api/organisations/local-authorities")
        assert self.names(response) == {area.la.name, area.other_la.name}

    def test_the_dco_sees_every_service_it_may_route_to(self, api_as, area):
        response = api_as(area.dco).get("/api/organisations/services")
        assert self.names(response) == {area.salt.name, area.ot.name, area.camhs.name}

    def test_a_service_user_sees_only_the_services_they_act_for(self, api_as, area):
        response = api_as(area.salt_user).get("/api/organisations/services")
        assert self.names(response) == {area.salt.name}
        row = response.json()["items"][0]
        assert row["provider"] == {"id": area.provider.pk, "name": area.provider.name}
        assert row["specialty_label"] == "Speech and language therapy"

    def test_a_dco_of_another_icb_sees_none_of_this_area(self, api_as, area):
        response = api_as(area.outsider_dco).get("/api/organisations/services")
        assert self.names(response) == set()
