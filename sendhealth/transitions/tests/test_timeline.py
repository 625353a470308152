from datetime import date

from sendhealth.core.scoping import Scope
from sendhealth.core.timeline import child_timeline
from sendhealth.transitions.tests.factories import AnnualReviewFactory


def test_plans_reviews_and_milestones_are_on_the_childs_timeline(area, young_person):
    young_person.handover_on = date(2026, 1, 5)
    young_person.save()
    AnnualReviewFactory(plan=young_person)
    entries = child_timeline(Scope.for_user(area.dco), young_person.child)
    titles = {e.title for e in entries if e.register == "Preparing for adulthood"}
    assert titles == {
        f"EHC plan issued ({young_person.reference})",
        "Handover to adult services",
        "Annual review",
    }


def test_another_local_authority_sees_none_of_it(area, young_person):
    entries = child_timeline(Scope.for_user(area.other_la_user), young_person.child)
    assert not [e for e in entries if e.register == "Preparing for adulthood"]


def test_the_child_page_links_to_the_transition_page(area, client_for, young_person):
    page = client_for(area.la_user).get(f"/children/{young_person.child_id}/").content.decode()
    assert f"/transitions/plans/{young_person.pk}/" in page
