import datetime

import factory

from sendhealth.assessments.models import Assessment


class AssessmentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Assessment

    local_authority = factory.LazyAttribute(lambda o: o.child.local_authority)
    icb = factory.LazyAttribute(lambda o: o.child.local_authority.parent)
    requests_table_id = factory.Sequence(lambda n: f"R{n}")
    received_on = datetime.date(2025, 9, 1)
