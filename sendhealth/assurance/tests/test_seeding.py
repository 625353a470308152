import datetime

from sendhealth.assurance import services
from sendhealth.assurance.models import Audit, AuditRound, AuditStatus, EhcPlanSections
from sendhealth.core import seeding

OPTIONS = seeding.SeedOptions(
    children=200, requests=150, seed=2014, today=datetime.date(2026, 5, 1)
)


def test_the_demo_has_rounds_with_finished_audits_and_wipes_clean(db):
    seeding.seed_area(OPTIONS)
    assert EhcPlanSections.objects.count() >= 10
    assert AuditRound.objects.count() >= 3
    finished = Audit.objects.filter(status=AuditStatus.FINISHED)
    assert finished.exists()
    assert all(a.ratings.exists() for a in finished[:5])
    for audit in Audit.objects.select_related("item", "auditor"):
        assert services.may_see_child(audit.auditor, audit.item.child_id), audit.auditor
    seeding.wipe_area()
    assert not EhcPlanSections.objects.exists() and not AuditRound.objects.exists()
