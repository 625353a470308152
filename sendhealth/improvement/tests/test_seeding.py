"""The demo's self-evaluations and plan: four quarters co-signed by the forum, actions in every
state, and wiped."""

import re

import pytest
from django.utils import timezone

from sendhealth.core import seeding
from sendhealth.improvement import seeding as improvement_seeding
from sendhealth.improvement.models import Action, ActionStatus, SelfEvaluation

TINY = seeding.SeedOptions(children=120, requests=40)


@pytest.fixture
def seeded(db):
    return seeding.seed_area(TINY)


def test_four_quarters_co_signed_and_a_plan_with_actions_in_every_state(seeded):
    evaluations = SelfEvaluation.objects.all()
    assert evaluations.count() == 4
    assert all(e.forum_signed_at for e in evaluations)
    assert all(r.level_id for e in evaluations for r in e.ratings.all())
    statuses = set(Action.objects.values_list("status", flat=True))
    assert statuses == set(ActionStatus.values)
    today = timezone.localdate()
    assert Action.objects.filter(due_on__lt=today).exclude(status=ActionStatus.DONE).exists()
    assert Action.objects.exclude(rag_override="").exists()


def test_wiping_the_area_removes_them(seeded):
    icb = SelfEvaluation.objects.first().icb
    improvement_seeding.wipe(icb)
    assert not SelfEvaluation.objects.filter(icb=icb).exists()
    assert not Action.objects.filter(priority__plan__icb=icb).exists()


@pytest.mark.parametrize("username", ["board", "la.north", "provider.salt", "dco"])
def test_every_improvement_page_a_demo_role_reaches_answers(seeded, client_for, username):
    """A small crawl of the register's own pages in the demo: every link to them a page shows
    opens (no 403 or 404 behind a link), for each kind of reader."""
    from sendhealth.accounts.models import User

    client = client_for(User.objects.get(username=username))
    seen, queue = set(), ["/improvement/"]
    while queue and len(seen) < 80:
        path = queue.pop(0)
        if path in seen:
            continue
        seen.add(path)
        response = client.get(path)
        assert response.status_code == 200, (username, path, response.status_code)
        if "html" not in response["Content-Type"]:
            continue
        for link in re.findall(r'href="(/improvement/[^"#?]*)', response.content.decode()):
            if link not in seen:
                queue.append(link)
    assert len(seen) > 2
