"""Synthetic Local Offer entries for the demo and the benchmark (see ``core.seeding``).

Every health service of the area is described in plain words and published, with a place and
opening times; a few were last checked more than 12 months ago (stale, flagged and reminded);
one has changes awaiting publication. The taxonomies (SEN2 needs, service types) are shared by
every ICB and made once. ``make bench`` (scale above 10) adds synthetic services up to 2,000
so the ORUK list endpoints are timed at that size. Written in bulk."""

from __future__ import annotations

import uuid
from datetime import time, timedelta

from sendhealth.children.models import NeedType
from sendhealth.core.bulk import write_rows
from sendhealth.localoffer.models import (
    DirectoryService,
    Location,
    Publication,
    Taxonomy,
    TaxonomyTerm,
)
from sendhealth.organisations.models import Specialty

NEEDS_TAXONOMY = "SEND needs (SEN2 primary need)"
TYPES_TAXONOMY = "Health service types"
BENCH_SERVICES = 2000
STALE = 3  # demo services last checked over a year ago

WORDS = {
    Specialty.PAEDIATRICS: (
        "Doctors who specialise in children's development and health assess children who may "
        "have a developmental delay, a disability or a long-term condition, and agree a plan "
        "of care with the family and school.",
        "Children and young people aged 0 to 18 registered with a GP in the area, with "
        "concerns about development, learning, movement or behaviour.",
        "By a GP, health visitor, school nurse or another health professional.",
        ("ASD", "MLD", "SLD", "PMLD", "DS"),
    ),
    Specialty.SALT: (
        "Speech and language therapists help children who find it hard to understand or use "
        "words, to speak clearly, or to eat, drink and swallow safely. They work with families "
        "and schools so help happens every day.",
        "Children and young people up to 19 with speech, language, communication or swallowing "
        "needs.",
        "Parents and carers can refer themselves using the online form, or a GP, health "
        "visitor or school SENCo can refer.",
        ("SLCN", "ASD"),
    ),
    Specialty.OT: (
        "Occupational therapists help children do everyday things: dressing, eating, writing "
        "and playing, with advice, equipment and activities for home and school.",
        "Children and young people up to 19 whose physical, sensory or coordination needs make "
        "daily activities hard.",
        "By a GP, paediatrician, school SENCo or another therapist.",
        ("PD", "SPLD"),
    ),
    Specialty.PHYSIO: (
        "Physiotherapists help children move, sit, stand and walk, with exercises, equipment "
        "and advice for families and schools.",
        "Children and young people up to 19 with movement difficulties or a physical disability.",
        "By a GP, paediatrician or health visitor; families already known to us can contact us "
        "directly.",
        ("PD", "PMLD"),
    ),
    Specialty.CAMHS: (
        "Help with emotional wellbeing and mental health: talking therapies, assessment and "
        "support for children, young people and their families.",
        "Children and young people up to 18 with emotional, behavioural or mental health "
        "difficulties, including those with a learning disability.",
        "Young people and families can refer themselves by phone; schools and GPs can refer.",
        ("SEMH", "ASD"),
    ),
    Specialty.AUDIOLOGY: (
        "Hearing tests and hearing aids for babies, children and young people, with support "
        "for families and schools.",
        "Babies, children and young people up to 18 with a possible or known hearing loss.",
        "By a GP, health visitor or school nurse, or after newborn hearing screening.",
        ("HI", "MSI"),
    ),
    Specialty.NURSING: (
        "Nurses care for children with complex health needs at home and at school, and train "
        "school staff to support them safely.",
        "Children and young people up to 19 with complex or long-term health needs.",
        "By a paediatrician, GP or hospital team.",
        ("PMLD", "PD", "OTH"),
    ),
}
LANGUAGES = (["English"], ["English", "Urdu", "Polish"], ["English", "British Sign Language"])


def taxonomies() -> tuple[dict[str, TaxonomyTerm], dict[str, TaxonomyTerm]]:
    """The shared taxonomies and their terms, made once (idempotent)."""
    needs, _ = Taxonomy.objects.get_or_create(
        name=NEEDS_TAXONOMY,
        defaults={
            "description": "The primary types of special educational need used in the SEN2 "
            "return (Department for Education).",
            "uri": "https://www.gov.uk/government/collections/statistics-special-educational-needs-sen",
            "version": "2025",
        },
    )
    types, _ = Taxonomy.objects.get_or_create(
        name=TYPES_TAXONOMY,
        defaults={"description": "The kinds of NHS service for children and young people."},
    )
    need_terms = {}
    for need in NeedType:
        need_terms[need.value], _ = TaxonomyTerm.objects.get_or_create(
            taxonomy=needs,
            code=need.value,
            defaults={"name": need.label, "description": f"SEN2 primary need: {need.label}"},
        )
    type_terms = {}
    for specialty in Specialty:
        type_terms[specialty.value], _ = TaxonomyTerm.objects.get_or_create(
            taxonomy=types,
            code=specialty.value,
            defaults={"name": specialty.label, "description": specialty.label},
        )
    return need_terms, type_terms


def seed(area) -> None:
    need_terms, type_terms = taxonomies()
    fake, rng = area.fake, area.rng
    entries, locations, links = [], [], []
    for n, service in enumerate(area.services):
        words = WORDS.get(service.specialty, WORDS[Specialty.PAEDIATRICS])
        stale = n < STALE
        checked = area.today - timedelta(
            days=rng.randint(400, 700) if stale else rng.randint(5, 300)
        )
        entry = DirectoryService(
            id=uuid.uuid5(uuid.NAMESPACE_URL, f"sendhealth-demo-{area.icb.pk}-{service.pk}"),
            icb=area.icb,
            health_service=service,
            organization_id=uuid.uuid5(uuid.NAMESPACE_DNS, f"{service.provider.code}.ods"),
            organization_name=service.provider.name,
            name=service.name,
            description=words[0],
            who_for=words[1],
            minimum_age=0,
            maximum_age=18 if service.specialty in (Specialty.CAMHS, Specialty.AUDIOLOGY) else 19,
            self_referral="refer themselves" in words[2],
            referral=words[2],
            typical_wait=f"About {rng.randint(4, 30)} weeks from referral to first appointment",
            phone=f"0300 555 {rng.randint(1000, 9999)}",
            email=service.email,
            languages=LANGUAGES[n % len(LANGUAGES)],
            accessibility="Step-free access, accessible toilet, quiet waiting room on request.",
            status="active",
            assured_date=checked,
            assurer_email="dco.team@nhs.invalid",
            publication=Publication.PUBLISHED,
            published_at=area.at(checked),
        )
        entries.append(entry)
        locations.append(
            Location(
                service=entry,
                name=f"{fake.last_name()} Children's Centre",
                address_1=fake.street_address().replace("\n", ", "),
                city=fake.city(),
                postcode=fake.postcode(),
                byday="MO,TU,WE,TH,FR",
                opens_at=time(9),
                closes_at=time(17 if n % 2 else 16, 30 if n % 3 else 0),
                accessibility="Step-free access",
            )
        )
        if n % 3 == 0:  # some services are delivered in more than one place
            first = locations[-1]
            locations.append(
                Location(
                    service=entry,
                    name=f"{first.city} Health Centre",
                    address_1=f"{n + 2} Station Road",
                    city=first.city,
                    postcode=first.postcode,
                    byday="WE",
                    opens_at=time(13),
                    closes_at=time(16),
                    accessibility="Step-free access",
                )
            )
        for code in words[3]:
            links.append((entry, need_terms[code]))
        links.append((entry, type_terms[service.specialty]))
    if area.scale > 10:
        for n in range(max(0, BENCH_SERVICES - len(entries))):
            entry = DirectoryService(
                icb=area.icb,
                organization_id=uuid.uuid5(uuid.NAMESPACE_DNS, f"bench-{n % 20}.invalid"),
                organization_name=f"Bench provider {n % 20}",
                name=f"Bench service {n:04d}",
                description="A synthetic service for timing the Open Referral UK feed.",
                minimum_age=n % 5,
                maximum_age=16 + n % 4,
                status="active",
                assured_date=area.today - timedelta(days=n % 500),
                publication=Publication.PUBLISHED,
                published_at=area.now,
            )
            entries.append(entry)
            locations.append(
                Location(
                    service=entry,
                    name=f"Bench clinic {n}",
                    address_1=f"{n} Bench Road",
                    city="Benchton",
                    postcode="BE1 1NC",
                    byday="MO,WE,FR",
                    opens_at=time(9),
                    closes_at=time(17),
                )
            )
            links.append((entry, type_terms[Specialty.OTHER]))
    write_rows(DirectoryService, entries, batch_size=area.batch_size)
    write_rows(Location, locations, batch_size=area.batch_size)
    through = DirectoryService.terms.through
    through.objects.bulk_create(
        [through(directoryservice_id=e.pk, taxonomyterm_id=t.pk) for e, t in links],
        batch_size=area.batch_size,
    )
    # One service has changes awaiting publication (its draft, as a provider would leave it).
    if len(area.services) > STALE:
        from sendhealth.localoffer.services import current_draft, jsonable

        pending = entries[STALE]
        draft = jsonable(current_draft(pending))
        draft["typical_wait"] = "About 8 weeks from referral to first appointment"
        DirectoryService.objects.filter(pk=pending.pk).update(
            draft=draft, publication=Publication.CHANGED
        )


def wipe(icb) -> None:
    DirectoryService.objects.filter(icb=icb).delete()
