import datetime

import factory

from sendhealth.children.tests.factories import ChildFactory
from sendhealth.notifications.models import Section23Notification
from sendhealth.organisations.tests.factories import ServiceFactory


class Section23NotificationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Section23Notification

    child = factory.SubFactory(ChildFactory, date_of_birth=datetime.date(2023, 6, 1))
    local_authority = factory.SelfAttribute("child.local_authority")
    icb = factory.SelfAttribute("child.local_authority.parent")
    service = factory.SubFactory(ServiceFactory)
    provider = factory.SelfAttribute("service.provider")
    opinion_on = datetime.date(2026, 1, 5)
    needs = factory.LazyFunction(lambda: ["SLCN"])
    parent_told_on = datetime.date(2026, 1, 6)
    discussion_offered_on = datetime.date(2026, 1, 6)
    notified_on = datetime.date(2026, 1, 7)
