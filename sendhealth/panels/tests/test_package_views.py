"""The package pages: the list, reviews due, proposing, changing, approving, exporting."""

import datetime
from decimal import Decimal as D
from unittest.mock import patch

import pytest
from django.urls import reverse

from sendhealth.accounts.models import Role
from sendhealth.accounts.tests.factories import MembershipFactory, UserFactory
from sendhealth.children.tests.factories import ChildFactory
from sendhealth.core.models import AuditAction, AuditLog
from sendhealth.panels.models import Package, PackageApproval, PackageStatus
from sendhealth.panels.tests.factories import PackageFactory

TODAY = datetime.date(2026, 3, 2)
LIST_URL = reverse("panels:packages")
NEW_URL = reverse("panels:package_new")


@pytest.fixture(autouse=True)
def _fixed_today():
    with patch("django.utils.timezone.localdate", return_value=TODAY):
        yield


def date_data(name, value):
    return {f"{name}_day": value.day, f"{name}_month": value.month, f"{name}_year": value.year}


def form_data(child, **extra):
    return {
        "child": child.nhs_number,
        "kind": "joint_placement",
        "description": "Residential placement.",
        **date_data("starts_on", datetime.date(2026, 4, 1)),
        **date_data("review_on", datetime.date(2027, 4, 1)),
        "cost_per_year": "£60,000",
        "split_as": "amounts",
        "health_share": "20000",
        "education_share": "30000",
        "social_care_share": "10000",
        **extra,
    }


def package_for(la, **kwargs):
    return PackageFactory(child=ChildFactory(local_authority=la), **kwargs)


class TestProposingAPackage:
    def test_the_dco_team_proposes_a_package_found_by_nhs_number(self, area, client_for):
        child = ChildFactory(local_authority=area.la)
        response = client_for(area.dco_team).post(NEW_URL, form_data(child))
        package = Package.objects.get()
        assert response["Location"] == reverse("panels:package", args=[package.pk])
        assert package.status == PackageStatus.PROPOSED
        assert package.cost_per_year == D("60000")
        assert (package.icb, package.local_authority) == (area.icb, area.la)
        assert package.approvals_needed == 2
        assert AuditLog.objects.filter(
            action=AuditAction.CREATE, object_type="panels.Package", child_id=child.pk
        ).exists()

    def test_percentages_are_turned_into_amounts(self, area, client_for):
        child = ChildFactory(local_authority=area.la)
        data = form_data(
            child,
            cost_per_year="1000",
            split_as="percentages",
            health_share="50",
            education_share="25",
            social_care_share="25",
        )
        client_for(area.dco).post(NEW_URL, data)
        package = Package.objects.get()
        assert (package.health_amount, package.education_amount) == (D("500"), D("250"))

    def test_a_split_that_does_not_add_up_is_refused_with_an_error_summary(self, area, client_for):
        child = ChildFactory(local_authority=area.la)
        response = client_for(area.dco).post(NEW_URL, form_data(child, social_care_share="5000"))
        body = response.content.decode()
        assert response.status_code == 200
        assert "There is a problem" in body
        assert "The shares must add up to the cost per year, £60,000.00, not £55,000.00" in body
        assert 'href="#id_health_share"' in body
        assert not Package.objects.exists()

    def test_a_review_before_the_start_is_refused(self, area, client_for):
        child = ChildFactory(local_authority=area.la)
        data = form_data(child, **date_data("review_on", datetime.date(2026, 3, 1)))
        body = client_for(area.dco).post(NEW_URL, data).content.decode()
        assert "Review date must be after the start date" in body
        assert not Package.objects.exists()

    def test_a_child_of_another_area_is_not_found(self, area, client_for):
        child = ChildFactory(local_authority=area.la)
        body = client_for(area.outsider_dco).post(NEW_URL, form_data(child)).content.decode()
        assert "No child with this NHS number is registered in your area" in body
        assert not Package.objects.exists()

    def test_the_nhs_number_is_never_in_the_url(self, area, client_for):
        child = ChildFactory(local_authority=area.la)
        response = client_for(area.dco).post(NEW_URL, form_data(child))
        assert child.nhs_number not in response["Location"]

    @pytest.mark.parametrize("user", ["la_user", "provider_user", "board", "sysadmin"])
    def test_other_roles_may_not_propose(self, area, client_for, user):
        assert client_for(getattr(area, user)).get(NEW_URL).status_code == 403


class TestApprovingAPackage:
    def approve(self, client, package):
        return client.post(reverse("panels:package_approve", args=[package.pk]))

    def test_a_dco_approves_a_package_at_the_limit(self, area, client_for):
        package = package_for(
            area.la,
            cost_per_year=D("50000"),
            health_amount=D("20000"),
            education_amount=D("20000"),
            social_care_amount=D("10000"),
        )
        response = self.approve(client_for(area.dco), package)
        assert response.status_code == 302
        package.refresh_from_db()
        assert package.status == PackageStatus.APPROVED

    def test_above_the_limit_the_page_asks_for_a_second_approver(self, area, client_for):
        package = package_for(area.la, cost_per_year=D("90000"), health_amount=D("90000"),
                              education_amount=D(0), social_care_amount=D(0))  # fmt: skip
        client = client_for(area.dco)
        self.approve(client, package)
        body = client.get(reverse("panels:package", args=[package.pk])).content.decode()
        assert "A second, different approver is needed" in body
        assert "Approve this package" not in body
        assert "1 of 2 approvals" in body

    def test_approving_twice_is_refused_with_a_message(self, area, client_for):
        package = package_for(area.la, cost_per_year=D("90000"), health_amount=D("90000"),
                              education_amount=D(0), social_care_amount=D(0))  # fmt: skip
        client = client_for(area.dco)
        self.approve(client, package)
        response = self.approve(client, package)
        assert response.status_code == 302
        body = client.get(response["Location"]).content.decode()
        assert "You have already approved this package" in body
        assert PackageApproval.objects.filter(package=package).count() == 1

    def test_a_second_dco_completes_the_approval(self, area, client_for):
        other = UserFactory(username="dco2", full_name="Dr Second Approver")
        MembershipFactory(user=other, organisation=area.icb, role=Role.DCO)
        package = package_for(area.la, cost_per_year=D("90000"), health_amount=D("90000"),
                              education_amount=D(0), social_care_amount=D(0))  # fmt: skip
        self.approve(client_for(area.dco), package)
        self.approve(client_for(other), package)
        package.refresh_from_db()
        assert package.status == PackageStatus.APPROVED
        body = client_for(area.la_user).get(reverse("panels:package", args=[package.pk]))
        assert "Dr Second Approver" in body.content.decode()

    def test_the_dco_team_may_not_approve(self, area, client_for):
        package = package_for(area.la)
        assert self.approve(client_for(area.dco_team), package).status_code == 403

    def test_a_get_is_not_allowed(self, area, client_for):
        package = package_for(area.la)
        url = reverse("panels:package_approve", args=[package.pk])
        assert client_for(area.dco).get(url).status_code == 405


class TestChangingAPackage:
    def test_the_status_can_be_set_to_declined(self, area, client_for):
        package = package_for(area.la)
        data = form_data(package.child, cost_per_year="40000", health_share="10000",
                         education_share="20000", social_care_share="10000",
                         status="declined")  # fmt: skip
        del data["child"]
        response = client_for(area.dco).post(
            reverse("panels:package_edit", args=[package.pk]), data
        )
        assert response.status_code == 302
        package.refresh_from_db()
        assert package.status == PackageStatus.DECLINED

    def test_approved_is_not_a_status_the_form_offers_a_proposed_package(self, area, client_for):
        package = package_for(area.la)
        data = form_data(package.child, cost_per_year="40000", health_share="10000",
                         education_share="20000", social_care_share="10000",
                         status="approved")  # fmt: skip
        response = client_for(area.dco).post(
            reverse("panels:package_edit", args=[package.pk]), data
        )
        assert response.status_code == 200
        package.refresh_from_db()
        assert package.status == PackageStatus.PROPOSED

    def test_an_la_user_may_not_change(self, area, client_for):
        package = package_for(area.la)
        url = reverse("panels:package_edit", args=[package.pk])
        assert client_for(area.la_user).get(url).status_code == 403


class TestTheList:
    def test_an_la_user_sees_only_its_childrens_packages_with_the_split(self, area, client_for):
        mine = PackageFactory(child=ChildFactory(local_authority=area.la, family_name="Mineham"))
        theirs = PackageFactory(
            child=ChildFactory(local_authority=area.other_la, family_name="Theirsby")
        )
        client = client_for(area.la_user)
        body = client.get(LIST_URL).content.decode()
        assert "Mineham" in body
        assert "Theirsby" not in body
        detail = client.get(reverse("panels:package", args=[mine.pk])).content.decode()
        assert "£20,000.00 (50%)" in detail  # the education share
        assert "Approve this package" not in detail
        assert client.get(reverse("panels:package", args=[theirs.pk])).status_code == 404

    def test_providers_get_403(self, area, client_for):
        assert client_for(area.provider_user).get(LIST_URL).status_code == 403

    def test_filters_narrow_the_list(self, area, client_for):
        declined = package_for(area.la, status=PackageStatus.DECLINED)
        proposed = package_for(area.la)
        body = client_for(area.dco).get(LIST_URL, {"status": "declined"}).content.decode()
        assert declined.reference in body
        assert proposed.reference not in body

    def test_every_child_shown_is_audited(self, area, client_for):
        package = package_for(area.la)
        client_for(area.dco).get(LIST_URL)
        assert AuditLog.objects.filter(action=AuditAction.VIEW, child_id=package.child_id).exists()

    def test_query_count_does_not_grow_with_rows(
        self, area, client_for, django_assert_max_num_queries
    ):
        client = client_for(area.dco)
        for _ in range(3):
            package_for(area.la)
        client.get(LIST_URL)
        with django_assert_max_num_queries(30) as small:
            client.get(LIST_URL)
        for _ in range(20):
            package_for(area.other_la)
        with django_assert_max_num_queries(len(small.captured_queries)):
            assert client.get(LIST_URL).status_code == 200


class TestReviewsDue:
    URL = reverse("panels:package_reviews")

    def test_reviews_within_30_days_or_passed_show_with_a_due_phrase(self, area, client_for):
        soon = package_for(area.la, status=PackageStatus.APPROVED,
                           review_on=TODAY + datetime.timedelta(days=12))  # fmt: skip
        late = package_for(area.la, status=PackageStatus.APPROVED,
                           review_on=TODAY - datetime.timedelta(days=3))  # fmt: skip
        later = package_for(area.la, status=PackageStatus.APPROVED,
                            review_on=TODAY + datetime.timedelta(days=31))  # fmt: skip
        proposed = package_for(area.la, review_on=TODAY)
        body = client_for(area.dco).get(self.URL).content.decode()
        assert soon.reference in body and "due in 12 days" in body
        assert late.reference in body and "3 days overdue" in body
        assert later.reference not in body
        assert proposed.reference not in body
        assert body.index(late.reference) < body.index(soon.reference)

    def test_query_count_does_not_grow_with_rows(
        self, area, client_for, django_assert_max_num_queries
    ):
        client = client_for(area.la_user)
        for _ in range(2):
            package_for(area.la, status=PackageStatus.APPROVED, review_on=TODAY)
        client.get(self.URL)
        with django_assert_max_num_queries(30) as small:
            client.get(self.URL)
        for _ in range(15):
            package_for(area.la, status=PackageStatus.APPROVED, review_on=TODAY)
        with django_assert_max_num_queries(len(small.captured_queries)):
            assert client.get(self.URL).status_code == 200


class TestExport:
    URL = reverse("panels:package_export")

    def test_csv_has_the_split_and_only_the_users_packages(self, area, client_for):
        mine = package_for(area.la)
        theirs = package_for(area.other_la)
        response = client_for(area.la_user).get(self.URL, {"format": "csv"})
        text = response.content.decode()
        assert response["Content-Type"].startswith("text/csv")
        assert mine.reference in text and "20000.00" in text
        assert theirs.reference not in text
        assert AuditLog.objects.filter(action=AuditAction.EXPORT).exists()

    def test_xlsx(self, area, client_for):
        package_for(area.la)
        response = client_for(area.dco).get(self.URL, {"format": "xlsx"})
        assert response.content[:2] == b"PK"

    def test_an_unknown_format_is_404(self, area, client_for):
        assert client_for(area.dco).get(self.URL, {"format": "pdf"}).status_code == 404


class TestSearchingPackages:
    def test_by_nhs_number_by_post(self, area, client_for):
        wanted = PackageFactory(child=ChildFactory(local_authority=area.la))
        other = PackageFactory(child=ChildFactory(local_authority=area.la))
        response = client_for(area.dco).post(LIST_URL, {"query": wanted.child.nhs_number})
        body = response.content.decode()
        assert wanted.reference in body
        assert other.reference not in body

    def test_an_la_never_finds_another_las_package(self, area, client_for):
        other = PackageFactory(child=ChildFactory(local_authority=area.other_la))
        body = client_for(area.la_user).post(LIST_URL, {"query": other.reference}).content.decode()
        assert f">{other.reference}</a>" not in body
