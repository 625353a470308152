import factory

from sendhealth.organisations.models import Organisation, OrganisationKind, Service, Specialty


class IcbFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Organisation

    kind = OrganisationKind.ICB
    name = factory.Sequence(lambda n: f"NHS Test {n} Integrated Care Board")
    code = factory.Sequence(lambda n: f"Q{n:03d}")


class LocalAuthorityFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Organisation

    kind = OrganisationKind.LOCAL_AUTHORITY
    name = factory.Sequence(lambda n: f"Testshire {n} Council")
    code = factory.Sequence(lambda n: f"{800 + n}")
    parent = factory.SubFactory(IcbFactory)


class ProviderFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Organisation

    kind = OrganisationKind.PROVIDER
    name = factory.Sequence(lambda n: f"Test {n} NHS Trust")
    code = factory.Sequence(lambda n: f"R{n:02d}")
    parent = factory.SubFactory(IcbFactory)
    email = factory.Sequence(lambda n: f"trust{n}@nhs.invalid")


class SettingFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Organisation

    kind = OrganisationKind.SETTING
    name = factory.Sequence(lambda n: f"Test {n} Primary School")
    code = factory.Sequence(lambda n: f"{100000 + n}")
    parent = factory.SubFactory(LocalAuthorityFactory)


class ServiceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Service

    provider = factory.SubFactory(ProviderFactory)
    name = factory.Sequence(lambda n: f"Test service {n}")
    specialty = Specialty.SALT
    email = factory.Sequence(lambda n: f"service{n}@nhs.invalid")
