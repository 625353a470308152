"""The panels and packages API: scoping, validation and the approval rule."""

import json
from decimal import Decimal as D

from sendhealth.accounts.models import Role
from sendhealth.accounts.tests.factories import MembershipFactory, UserFactory
from sendhealth.children.tests.factories import ChildFactory
from sendhealth.panels.models import Package, PackageStatus
from sendhealth.panels.tests.factories import PackageFactory, PanelCaseFactory, PanelFactory


def post(client, path, body=None):
    return client.post(path, json.dumps(body or {}), content_type="application/json")


def package_body(child, **extra):
    return {
        "nhs_number": child.nhs_number, "kind": "continuing_care", "description": "Care.",
        "starts_on": "2026-04-01", "review_on": "2027-04-01", "cost_per_year": "60000",
        "health_amount": "60000", "education_amount": "0", "social_care_amount": "0", **extra,
    }  # fmt: skip


class TestPackages:
    def test_a_split_that_does_not_add_up_is_a_422_on_health_amount(self, area, client_for):
        child = ChildFactory(local_authority=area.la)
        response = post(
            client_for(area.dco), "/api/packages", package_body(child, health_amount="100")
        )
        assert response.status_code == 422
        assert "health_amount" in response.json()["errors"]
        assert not Package.objects.exists()

    def test_two_approvers_above_the_limit_and_409_for_the_same_one_twice(self, area, client_for):
        child = ChildFactory(local_authority=area.la)
        client = client_for(area.dco)
        created = post(client, "/api/packages", package_body(child))
        assert created.status_code == 201
        package_id = created.json()["id"]
        assert created.json()["approvals_needed"] == 2
        first = post(client, f"/api/packages/{package_id}/approve")
        assert first.json()["status"] == PackageStatus.PROPOSED
        again = post(client, f"/api/packages/{package_id}/approve")
        assert again.status_code == 409
        other = UserFactory(username="dco2")
        MembershipFactory(user=other, organisation=area.icb, role=Role.DCO)
        second = post(client_for(other), f"/api/packages/{package_id}/approve")
        assert second.json()["status"] == PackageStatus.APPROVED
        assert len(second.json()["approvals"]) == 2

    def test_an_la_lists_only_its_childrens_packages(self, area, client_for):
        mine = PackageFactory(child=ChildFactory(local_authority=area.la))
        PackageFactory(child=ChildFactory(local_authority=area.other_la))
        items = client_for(area.la_user).get("/api/packages").json()["items"]
        assert [item["id"] for item in items] == [mine.pk]
        assert items[0]["education_amount"] == "20000.00"

    def test_a_provider_gets_403(self, area, client_for):
        assert client_for(area.provider_user).get("/api/packages").status_code == 403

    def test_an_la_reading_another_las_package_gets_404(self, area, client_for):
        theirs = PackageFactory(child=ChildFactory(local_authority=area.other_la))
        assert client_for(area.la_user).get(f"/api/packages/{theirs.pk}").status_code == 404

    def test_a_cost_of_exactly_the_limit_needs_one_approver(self, area, client_for):
        package = PackageFactory(child=ChildFactory(local_authority=area.la),
                                 cost_per_year=D("50000"), health_amount=D("50000"),
                                 education_amount=D(0), social_care_amount=D(0))  # fmt: skip
        response = post(client_for(area.dco), f"/api/packages/{package.pk}/approve")
        assert response.json()["status"] == PackageStatus.APPROVED


class TestPanels:
    def test_an_la_reads_a_panel_with_only_its_childrens_cases(self, area, client_for):
        panel = PanelFactory(icb=area.icb)
        mine = PanelCaseFactory(panel=panel, child=ChildFactory(local_authority=area.la))
        PanelCaseFactory(panel=panel, child=ChildFactory(local_authority=area.other_la))
        body = client_for(area.la_user).get(f"/api/panels/{panel.pk}").json()
        assert [case["id"] for case in body["cases"]] == [mine.pk]

    def test_the_dco_records_a_panel(self, area, client_for):
        response = post(client_for(area.dco), "/api/panels",
                        {"held_on": "2026-03-10", "panel_type": "assess"})  # fmt: skip
        assert response.status_code == 201
        assert response.json()["local_authority"] is None
