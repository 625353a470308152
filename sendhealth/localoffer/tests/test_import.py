"""Reading another publisher's ORUK 3.0 feed: tested against sendhealth's own feed served by a
live server (not a mock): every page read, every record checked, all or nothing."""

from __future__ import annotations

import pytest

from sendhealth.core.audit import Auditor
from sendhealth.core.models import AuditLog
from sendhealth.localoffer import services
from sendhealth.localoffer.models import DirectoryService
from sendhealth.localoffer.tests.factories import (
    DirectoryServiceFactory,
    LocationFactory,
    TaxonomyTermFactory,
)
from sendhealth.organisations.tests.factories import IcbFactory


@pytest.fixture
def council_feed(transactional_db, live_server):
    """Five published services on sendhealth's own feed, served live."""
    term = TaxonomyTermFactory(name="Short breaks")
    for n in range(5):
        service = DirectoryServiceFactory(name=f"Council service {n}")
        service.terms.add(term)
        LocationFactory(service=service, byday="TU,TH")
    return live_server.url + "/openreferral"


def test_a_whole_feed_is_read_page_by_page_and_shown_beside_healths(
    council_feed, client, django_user_model
):
    icb = IcbFactory()
    user = django_user_model.objects.create_user("importer", password="x")
    result = services.import_feed(council_feed, icb, auditor=Auditor(user=user), per_page=2)
    assert result.services == 5
    imported = DirectoryService.objects.filter(icb=icb, source_feed=council_feed)
    assert imported.count() == 5
    one = imported.get(name="Council service 3")
    assert one.locations.get().byday == "TU,TH"
    assert [t.name for t in one.terms.all()] == ["Short breaks"]
    assert AuditLog.objects.filter(object_type="localoffer.Feed").exists()
    # Shown on the public pages beside health's, as a council service
    page = client.get("/local-offer/", {"q": "Council service 3"}).content.decode()
    assert "Council service 3" in page and "Council service" in page
    # ...but not republished in our own feed
    own = client.get("/openreferral/services", {"per_page": 200}).json()
    assert own["total_items"] == 5


def test_importing_again_replaces_what_was_read_before(council_feed, django_user_model):
    icb = IcbFactory()
    auditor = Auditor(user=django_user_model.objects.create_user("importer", password="x"))
    services.import_feed(council_feed, icb, auditor=auditor)
    DirectoryService.objects.filter(source_feed="", name="Council service 0").update(
        published_at=None
    )
    result = services.import_feed(council_feed, icb, auditor=auditor)
    assert (result.services, result.replaced) == (4, 5)
    assert DirectoryService.objects.filter(icb=icb, source_feed=council_feed).count() == 4


def test_a_feed_with_an_invalid_record_imports_nothing(council_feed, django_user_model):
    icb = IcbFactory()
    auditor = Auditor(user=django_user_model.objects.create_user("importer", password="x"))
    services.import_feed(council_feed, icb, auditor=auditor)
    bad = DirectoryService.objects.filter(source_feed="").order_by("name").last()
    DirectoryService.objects.filter(pk=bad.pk).update(email="not an email")
    with pytest.raises(services.FeedError, match="not valid ORUK"):
        services.import_feed(council_feed, icb, auditor=auditor)
    # what was read before is still there, untouched
    assert DirectoryService.objects.filter(icb=icb, source_feed=council_feed).count() == 5


def test_an_address_that_is_not_a_feed_imports_nothing(
    live_server, transactional_db, django_user_model
):
    icb = IcbFactory()
    auditor = Auditor(user=django_user_model.objects.create_user("importer", password="x"))
    with pytest.raises(services.FeedError):
        services.import_feed(live_server.url + "/nowhere", icb, auditor=auditor)
    with pytest.raises(services.FeedError, match="http"):
        services.import_feed("file:///etc/passwd", icb, auditor=auditor)
    assert not DirectoryService.objects.filter(icb=icb).exists()
