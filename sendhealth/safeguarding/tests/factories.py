import datetime

import factory

from sendhealth.children.tests.factories import ChildFactory
from sendhealth.safeguarding.models import Origin, Recipient, SafeguardingReferral


class SafeguardingReferralFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = SafeguardingReferral

    child = factory.SubFactory(ChildFactory)
    local_authority = factory.LazyAttribute(lambda o: o.child.local_authority)
    icb = factory.LazyAttribute(lambda o: o.child.local_authority.parent)
    origin = Origin.MADE_BY_DCO
    made_to = Recipient.CHILDRENS_SOCIAL_CARE
    made_to_detail = "Northshire children's services front door"
    referred_on = datetime.date(2026, 2, 2)
    reason = "Concern raised at a clinic appointment."
    follow_up_due_on = datetime.date(2026, 2, 16)
