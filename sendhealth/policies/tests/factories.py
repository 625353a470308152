import datetime

import factory

from sendhealth.organisations.tests.factories import IcbFactory
from sendhealth.policies.models import Policy, PolicyKind


class PolicyFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Policy
        skip_postgeneration_save = True

    icb = factory.SubFactory(IcbFactory)
    title = "Health's contribution to EHC needs assessments"
    kind = PolicyKind.PROCEDURE
    owner = "Jo Smith, Designated Clinical Officer"
    owner_organisation = factory.LazyAttribute(lambda o: o.icb)
    version = "1.0"
    approved_on = datetime.date(2025, 1, 10)
    review_due_on = factory.LazyFunction(
        lambda: datetime.date.today() + datetime.timedelta(days=200)
    )

    @factory.post_generation
    def applies_to(self, create, extracted, **kwargs):
        if create and extracted:
            self.applies_to.set(extracted)
