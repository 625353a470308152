import datetime

import factory

from sendhealth.children.tests.factories import ChildFactory
from sendhealth.medicalconditions.models import ConditionArea, HealthcarePlan, SettingType
from sendhealth.medicalconditions.services import ensure_condition_areas
from sendhealth.organisations.tests.factories import ServiceFactory, SettingFactory


def condition_area(name: str = "Epilepsy") -> ConditionArea:
    """One of the areas the data migration adds (put back if a flush removed them)."""
    ensure_condition_areas()
    return ConditionArea.objects.get(name=name)


class HealthcarePlanFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = HealthcarePlan

    child = factory.SubFactory(ChildFactory)
    local_authority = factory.LazyAttribute(lambda o: o.child.local_authority)
    icb = factory.LazyAttribute(lambda o: o.child.local_authority.parent)
    setting = factory.LazyAttribute(lambda o: SettingFactory(parent=o.child.local_authority))
    setting_type = SettingType.PRIMARY
    condition_area = factory.LazyFunction(condition_area)
    emergency_medication = True
    service = factory.SubFactory(ServiceFactory)
    professional = "Sam Patel, school nurse"
    agreed_on = datetime.date(2025, 9, 10)
    review_due_on = datetime.date(2026, 9, 10)
    trained_staff = 3
    trained_on = datetime.date(2025, 9, 20)
    training_delivered_by = "School nursing team"
