"""f15m: the plan page says the golden thread is checked only in part, and what it cannot
judge, beside the explained links."""

import html

from django.urls import reverse

from sendhealth.assurance.tests.factories import EhcPlanSectionsFactory
from sendhealth.children.tests.factories import ChildFactory


def test_the_plan_page_says_the_thread_is_checked_only_in_part(area, client_for):
    plan = EhcPlanSectionsFactory(child=ChildFactory(local_authority=area.la))
    body = client_for(area.la_user).get(reverse("assurance:plan", args=[plan.pk]))
    assert body.status_code == 200
    text = html.unescape(body.content.decode())
    assert "The golden thread is checked only in part" in text
    assert "cannot judge whether provision that shares words with a need really meets it" in text
