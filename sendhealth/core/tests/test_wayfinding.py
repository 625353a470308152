"""One way up from every page: an NHS.UK breadcrumb to the home page on a top-level page, a
back link to the page's parent below it, never both, never neither (``core.navigation``).
The browser crawl (``test_browser_crawl``) checks the same on every page each demo role
reaches; these check the rule and its parents without a browser."""

import re

import pytest
from django.urls import reverse

from sendhealth.assessments.tests.factories import AssessmentFactory
from sendhealth.children.tests.factories import ChildFactory
from sendhealth.core.navigation import parent_path

BREADCRUMB = re.compile(r'<nav class="nhsuk-breadcrumb\b.*?</nav>', re.DOTALL)
BACK_LINK = re.compile(r'<a\b[^>]*\bclass="nhsuk-back-link\b[^>]*>')
HREF = re.compile(r'href="([^"]*)"')


def ways_up(html: str) -> tuple[int, list[str]]:
    """(breadcrumbs, the hrefs of back links outside a breadcrumb) on a page. (An NHS.UK
    breadcrumb has its own back link, for small screens: it is part of the breadcrumb.)"""
    crumbs = len(BREADCRUMB.findall(html))
    rest = BREADCRUMB.sub("", html)
    return crumbs, [HREF.search(a).group(1) for a in BACK_LINK.findall(rest)]


def one_way_up(html: str) -> str:
    crumbs, backs = ways_up(html)
    assert crumbs + len(backs) == 1, (crumbs, backs)
    return "breadcrumb" if crumbs else backs[0]


def test_a_top_level_page_has_only_the_navigation_a_page_without_a_parent_a_breadcrumb(
    area, client_for
):
    client = client_for(area.users["la_user"])
    assert ways_up(client.get(reverse("children:list")).text) == (0, [])
    assert ways_up(client.get("/", follow=True).text) == (0, [])  # the role's landing page
    assert one_way_up(client.get(reverse("core:messages")).text) == "breadcrumb"


def test_a_record_and_its_forms_have_a_back_link_to_their_parent(area, client_for):
    child = ChildFactory(local_authority=area.la)
    assessment = AssessmentFactory(child=child, local_authority=area.la, icb=area.icb)
    client = client_for(area.users["la_user"])
    page = client.get(reverse("children:detail", args=[child.pk])).text
    assert one_way_up(page) == reverse("children:list")
    steps = client.get(reverse("assessments:steps", args=[assessment.pk])).text
    assert one_way_up(steps) == reverse("assessments:detail", args=[assessment.pk])
    detail = client.get(reverse("assessments:detail", args=[assessment.pk])).text
    assert one_way_up(detail) == reverse("assessments:list")


@pytest.mark.parametrize(
    ("path", "parent"),
    [
        ("/advice/requests/12/chase/", "/advice/requests/12/"),
        ("/nowhere/at/all/", "/"),
    ],
)
def test_the_parent_by_address_is_the_nearest_page_above(area, path, parent):
    assert parent_path(path, area.users["dco"]) in (parent, "/")


def test_the_parent_by_address_skips_a_page_the_user_may_not_open(area):
    # The assurance rounds are the DCO's: a provider's back link never points there.
    assert parent_path("/assurance/rounds/1/x/", area.users["provider_user"]) == "/"
    assert parent_path("/assurance/rounds/1/x/", area.users["dco"]) != "/"


def test_a_services_part_of_a_request_leads_back_to_where_it_was_opened(area, client_for):
    """The service opens its part from its work tray, the DCO from the request's page: the
    address alone (``/advice/assignments/12/``) led the service to a Home breadcrumb."""
    from sendhealth.advice.tests.factories import AdviceAssignmentFactory

    child = ChildFactory(local_authority=area.la)
    assignment = AdviceAssignmentFactory(request__child=child, service=area.salt)
    page = reverse("advice:assignment", args=[assignment.pk])
    request_page = reverse("advice:request", args=[assignment.request_id])
    for user in ("provider_user", "salt_user"):
        assert one_way_up(client_for(area.users[user]).get(page).text) == reverse("advice:tray")
    assert one_way_up(client_for(area.users["dco"]).get(page).text) == request_page
    # The local authority sees where the advice has got to, below its request.
    assert one_way_up(client_for(area.users["la_user"]).get(page).text) == request_page


def test_a_dco_who_opened_a_services_part_from_a_reports_records_goes_back_there(area, client_for):
    """The report's records behind an advice figure link each piece of advice to the service's
    part: back goes to those records (known by the Referer, this site's and that page's only),
    not to the request the DCO never saw."""
    from sendhealth.advice.tests.factories import AdviceAssignmentFactory

    assignment = AdviceAssignmentFactory(
        request__child=ChildFactory(local_authority=area.la), service=area.salt
    )
    page = reverse("advice:assignment", args=[assignment.pk])
    request_page = reverse("advice:request", args=[assignment.request_id])
    records = reverse("reports:figure_records", args=[7, "advice_completed"]) + "?page=2"
    client = client_for(area.users["dco"])

    def back_from(referer):
        return one_way_up(client.get(page, HTTP_REFERER=referer).text)

    assert back_from(f"http://testserver{records}") == records
    for elsewhere in (
        f"http://elsewhere.example{records}",  # another site's address that looks the same
        f"javascript://testserver{records}",
        "http://testserver" + reverse("reports:list"),  # a page of this site, but not records
        "http://testserver/no/such/page/",
        "not a url",
    ):
        assert back_from(elsewhere) == request_page, elsewhere
    # The service's own people still go back to their tray, wherever they came from.
    tray = client_for(area.users["salt_user"]).get(page, HTTP_REFERER=f"http://testserver{records}")
    assert one_way_up(tray.text) == reverse("advice:tray")


def test_a_provision_line_leads_back_to_its_plan(area, client_for):
    """A line is opened from its plan's provision page, which lists the plan's lines: back
    goes there, not to the list of every line (``/provision/``) above it by address."""
    from sendhealth.provision.tests.factories import PlanLineFactory
    from sendhealth.transitions.tests.factories import EhcPlanFactory

    plan = EhcPlanFactory(child=ChildFactory(local_authority=area.la))
    line = PlanLineFactory(plan=plan, service=area.salt)
    page = reverse("provision:line", args=[line.pk])
    for user in ("dco", "la_user", "provider_user"):
        client = client_for(area.users[user])
        assert one_way_up(client.get(page).text) == reverse("provision:plan", args=[plan.pk])
        assert client.get(reverse("provision:plan", args=[plan.pk])).status_code == 200
