"""Commissioning gaps: demand against capacity by service and local authority, ranked, with
the JSNA extract; small numbers suppressed for the board; a fixed number of queries."""

import io
from datetime import timedelta
from decimal import Decimal

from django.urls import reverse
from django.utils import timezone
from hypothesis import given
from hypothesis import strategies as st
from openpyxl import load_workbook

from sendhealth.advice.tests.factories import AdviceAssignmentFactory, AdviceRequestFactory
from sendhealth.children.tests.factories import ChildFactory
from sendhealth.transitions.tests.factories import EhcPlanFactory
from sendhealth.waitingtimes import domain
from sendhealth.waitingtimes.tests.factories import ServicePositionFactory

capacities = st.builds(
    domain.Capacity,
    requests=st.integers(0, 500),
    requests_before=st.integers(0, 500),
    plans=st.integers(0, 500),
    referrals=st.none() | st.integers(0, 500),
    caseload=st.none() | st.integers(0, 900),
    waiting=st.none() | st.integers(0, 900),
    p92_weeks=st.none() | st.decimals(0, 104, places=1),
    target_weeks=st.none() | st.integers(1, 52),
)


@given(st.lists(capacities, min_size=2, max_size=12))
def test_every_service_over_its_target_ranks_above_every_service_within_it(found):
    ranked = sorted(found, key=domain.gap_order)
    groups = [
        0 if (r := domain.wait_ratio(c)) is not None and r > 1 else 1 if r is None else 2
        for c in ranked
    ]
    assert groups == sorted(groups)
    over = [domain.wait_ratio(c) for c, g in zip(ranked, groups, strict=True) if g == 0]
    assert over == sorted(over, reverse=True)


@given(capacities)
def test_a_service_over_target_always_says_so_in_words(c):
    ratio = domain.wait_ratio(c)
    said = " ".join(domain.gap_reasons(c))
    assert ("against a target of" in said) == (ratio is not None and ratio > 1)


def _demand(area, n_requests, n_plans, la):
    today = timezone.localdate()
    for i in range(n_requests):
        request = AdviceRequestFactory(
            child=ChildFactory(local_authority=la), health_received_on=today - timedelta(days=i)
        )
        AdviceAssignmentFactory(request=request, service=area.salt)
    for _ in range(n_plans):
        EhcPlanFactory(child=ChildFactory(local_authority=la, primary_need="SLCN"))


def test_the_dco_sees_each_service_ranked_with_its_demand_and_capacity(area, client_for):
    _demand(area, 6, 7, area.la)
    ServicePositionFactory(service=area.salt, p92_wait_weeks=Decimal("30.0"), target_weeks=18)
    page = client_for(area.dco).get(reverse("waitingtimes:gaps")).content.decode()
    assert "Services ranked by gap" in page
    first = page.index("Children&#39;s SALT")
    assert first < page.index("Children&#39;s OT")  # over target ranks first
    assert "92nd percentile wait 30.0 weeks against a target of 18" in page
    assert reverse("waitingtimes:service", args=[area.salt.pk]) in page  # the evidence
    assert "<summary" in page and "How plans are matched to services" in page


def test_the_board_sees_small_numbers_suppressed_on_the_page_and_in_the_extract(area, client_for):
    _demand(area, 3, 2, area.la)
    _demand(area, 9, 8, area.other_la)
    client = client_for(area.board)
    page = client.get(reverse("waitingtimes:gaps")).content.decode()
    assert "fewer than 5" in page
    response = client.get(reverse("waitingtimes:gaps_export"))
    sheet = load_workbook(io.BytesIO(response.content)).active
    rows = [[c.value for c in row] for row in sheet.iter_rows()]
    salt_north = next(r for r in rows if r[0] == "Children's SALT" and r[3] == area.la.name)
    assert salt_north[4] == "fewer than 5" and salt_north[6] == "fewer than 5"
    dco_rows = load_workbook(
        io.BytesIO(client_for(area.dco).get(reverse("waitingtimes:gaps_export")).content)
    ).active
    values = [[c.value for c in row] for row in dco_rows.iter_rows()]
    assert any(r[0] == "Children's SALT" and r[3] == area.la.name and r[4] == 3 for r in values)


def test_the_page_takes_the_same_queries_for_many_rows(
    area, client_for, django_assert_max_num_queries
):
    client = client_for(area.dco)
    _demand(area, 2, 2, area.la)
    client.get(reverse("waitingtimes:gaps"))
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as few:
        client.get(reverse("waitingtimes:gaps"))
    _demand(area, 20, 20, area.other_la)
    with django_assert_max_num_queries(len(few)):
        client.get(reverse("waitingtimes:gaps"))


def test_the_board_sees_a_services_small_counts_suppressed_and_the_dco_sees_them(area, client_for):
    ServicePositionFactory(service=area.salt, referrals_received=3, caseload=250)
    board = client_for(area.board).get(reverse("waitingtimes:list")).content.decode()
    dco = client_for(area.dco).get(reverse("waitingtimes:list")).content.decode()
    assert "fewer than 5" in board and "fewer than 5" not in dco
    detail = client_for(area.board).get(reverse("waitingtimes:service", args=[area.salt.pk]))
    assert "fewer than 5" in detail.content.decode()


def test_the_api_gives_a_board_viewer_small_counts_as_null_and_the_dco_every_count(
    area, client_for
):
    ServicePositionFactory(service=area.salt, referrals_received=3, caseload=250)
    board = client_for(area.board).get("/api/waiting-times").json()
    (salt,) = [p for p in board if p["service_id"] == area.salt.pk]
    assert salt["small_numbers_suppressed"] is True and salt["referrals_received"] is None
    assert salt["service"] == area.salt.name
    (salt,) = client_for(area.dco).get("/api/waiting-times").json()
    assert salt["referrals_received"] == 3 and salt["caseload"] == 250
    assert salt["small_numbers_suppressed"] is False
