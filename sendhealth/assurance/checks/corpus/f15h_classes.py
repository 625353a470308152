"""Cases written by f15h for the classes of error the lead named from a blind set (missed
problems 1-12, false alarms 13-24), with a clean case and a still-flagged case per class
(seen text: written with the checks, an upper bound, not an honest measure).

Labelled with ``heldout.py``'s conventions and issue 15's clarification. Every example is
invented for these cases; none is taken from a blind set or from the lead's illustrations.
All names and details are invented.
"""

from .cases import Case


def g(name: str, text: str, *expected: tuple[str, str], tags=()) -> Case:
    return Case(
        name,
        {"G": text},
        tuple((check, "G", quote) for check, quote in expected),
        tags=("provision-only", "f15h", *tags),
    )


def plan(name: str, c: str, e: str | None, g_text: str, *expected, tags=()) -> Case:
    sections = {"C": c, "G": g_text} if e is None else {"C": c, "E": e, "G": g_text}
    return Case(name, sections, tuple(expected), tags=("plan", "f15h", *tags))


def advice(name: str, sections: dict[str, str], *expected, tags=()) -> Case:
    return Case(name, sections, tuple(expected), kind="advice", tags=("advice", "f15h", *tags))


_SIGNED = "Grace Mensah, Paediatric Occupational Therapist (HCPC OT246810), 2 February 2026"

CLEAN = [
    # 1. A trigger with a trained provider and a period.
    g(
        "f15h-trigger-with-trained-provider",
        "If Priya feels faint, a first aider will sit her down and give her a drink of water, "
        "until July 2027.\n"
        "When Priya's lips go blue, a member of staff trained by the cardiac nurse will call "
        "999 and stay with her until the ambulance arrives, until July 2027.",
    ),
    # 2. The child as subject with a deliverer, a frequency and a period.
    g(
        "f15h-child-subject-with-deliverer",
        "Ruby will have a 10-minute sensory break with the occupational therapist every "
        "Wednesday until July 2027.\n"
        "Ruby will have sand and water play led by her nursery teacher every morning for "
        "20 minutes until July 2027.",
    ),
    # 3. Passives with their agent, or with the section's provider.
    g(
        "f15h-passives-with-agents",
        "Her splints will be put on each morning by the physiotherapist's trained "
        "assistant, until July 2027.\n"
        "Her blood sugar to be checked by the school nurse before lunch every school day "
        "until July 2027.",
    ),
    # 4. "Should" and "may" that are not hedges: a condition, a month.
    g(
        "f15h-condition-not-hedge",
        "Should Kai become breathless in PE, a first aider trained by the asthma nurse will "
        "let him rest and give him his inhaler, until July 2027.\n"
        "The physiotherapist will see Kai every week from May 2027 to July 2027.",
    ),
    # 5. Recommendations with how often and how long; the author's own provision.
    advice(
        "f15h-recommendation-specified",
        {
            "needs": "Kofi finds it hard to hold a pencil and tires when he writes.",
            "provision": "I recommend that his class teacher gives him a pencil grip and "
            "a sloped board in every writing lesson until July 2027.\n"
            "I will see Kofi in school every half term until July 2027.",
            "author": _SIGNED,
        },
    ),
    # 6. "as needed" with its trigger stated.
    g(
        "f15h-as-needed-with-trigger",
        "If Ellie is coughing or wheezy, a first aider trained by the school nurse will give "
        "her reliever inhaler as needed, until July 2027.",
    ),
    g(
        "f15h-as-required-with-a-trigger-in-a-record",
        "Provision: Reliever inhaler when wheezy\n"
        "Who: First aider trained by the school nurse\n"
        "How often: As required\n"
        "How long: Until July 2027",
    ),
    # 7. A delay and a duration both given.
    g(
        "f15h-delay-and-duration",
        "When Ben's blood glucose is below 4, a member of staff trained by the diabetes "
        "nurse will give him glucose gel and check his level again after 15 minutes, until "
        "July 2027.",
    ),
    # 8. A named reviewer with a when.
    g(
        "f15h-reviewer-with-when",
        "A dietitian from the community nutrition team will review Oli's eating plan once a "
        "term until July 2027.",
    ),
    # 9. Provision with a need behind it.
    plan(
        "f15h-provision-with-need",
        "Isla has asthma and needs her inhaler before exercise.",
        None,
        "A first aider trained by the school nurse will give Isla her inhaler before PE "
        "until July 2027.",
    ),
    # 10. Lay reflux and vomiting words meet feeding provision.
    plan(
        "f15h-lay-reflux-met",
        "Leo spits up his milk after most feeds and is sometimes sick afterwards.",
        None,
        "His key worker, trained by the health visitor, will keep Leo upright for 20 minutes "
        "after every feed until July 2027.",
    ),
    # 11. An author line with a name.
    advice(
        "f15h-author-line-with-name",
        {
            "needs": "Amir has asthma.",
            "author": "Sara Okoro, Children's Respiratory Nurse, Hillside Hospital, "
            "9 February 2026",
        },
    ),
    # 12. Growth-chart words and germs explained.
    advice(
        "f15h-growth-and-germs-explained",
        {
            "needs": "Her weight is on the 2nd percentile (the line on her growth chart that "
            "only 2 in 100 girls her age are below).\n"
            "Her chest infections are caused by a germ called Pseudomonas (a bacterium that "
            "lives in water).",
            "author": _SIGNED,
        },
    ),
    # 13. Outcomes measurable by a criterion and a time.
    plan(
        "f15h-outcomes-criterion-and-time",
        "Omar has asthma, which often keeps him off school.",
        "By July 2027, Omar will miss no more than 3 school days a term because of asthma, as "
        "recorded by the school office.\n"
        "By Easter 2027 his attendance will be at least 92%.\n"
        "By the end of Year 5 he will have taken part in every PE lesson.",
        "A first aider trained by the asthma nurse will give Omar his inhaler before PE until "
        "July 2027.",
    ),
    # 14. A section-level provider statement.
    g(
        "f15h-section-provider-statement",
        "Provider for all of the provision below: the Community Children's Nursing Team\n"
        "Her feeding tube site will be cleaned and checked every morning until July 2027.\n"
        "Her feeds will be given at 10am and 2pm every school day until July 2027.",
    ),
    g(
        "f15h-all-of-the-following-delivered-by",
        "All of the following is delivered by the Children's Diabetes Team.\n"
        "His blood glucose will be checked before lunch every school day until July 2027.\n"
        "His insulin pump will be reviewed once a term until July 2027.",
    ),
    # 15. Proper-named organisations as providers.
    g(
        "f15h-named-organisations",
        "The Northgate Cochlear Implant Centre will check his processors every 6 months until "
        "July 2028.\n"
        "The Harbour Children's Hospice will offer the family a short break each month until "
        "July 2028.\n"
        "Area | Provision | By whom | When\n"
        "Sight | Check his magnifier | Eastwood Low Vision Clinic | Every 6 months until July "
        "2028",
    ),
    # 16. Anaphoric providers.
    g(
        "f15h-anaphoric-providers",
        "The speech and language therapist and the occupational therapist will see Ada "
        "together every half term until July 2027.\n"
        "Both therapists will write a joint report each term until July 2027.\n"
        "They will also meet her parents once a term until July 2027.\n"
        "The same people will train her teaching assistant in September 2026.",
    ),
    # 17. Care roles, "trained <role>", administrative tasks.
    g(
        "f15h-care-roles-and-admin",
        "Her personal care assistant will help her dress after every swimming lesson until "
        "July 2027.\n"
        "The trained midday supervisor will cut up her food at every lunch until July 2027.\n"
        "The school business manager will order her continence pads each term until July "
        "2027.",
    ),
    # 18. Frequency forms.
    g(
        "f15h-frequency-forms",
        "The college nurse will check his blood pressure each college day until July 2027.\n"
        "The school nurse will give his tablets at 9.15 and 13.30 each school day until July "
        "2027.\n"
        "The orthotist will fit his new splints over 2 visits in October and November 2026.\n"
        "At the first session the speech and language therapist will assess his swallow.\n"
        "His class teacher will note any nosebleed and tell his parents the same day, until "
        "July 2027.\n"
        "His teachers will face him when giving instructions, until July 2027.",
    ),
    # 19. Duration forms and a period for the whole section.
    g(
        "f15h-duration-forms",
        "The learning support tutor will meet Dan every Monday for 20 minutes for the "
        "2026/27 college year.\n"
        "His job coach will go with him to work every Tuesday for the rest of his "
        "placement.\n"
        "His key worker, trained by the head of year, will greet him at the gate every "
        "morning while he attends nursery.\n"
        "His head of year will meet his parents each half term until he moves to secondary "
        "school.",
    ),
    g(
        "f15h-period-for-the-whole-section",
        "All the provision below runs until Dan moves to secondary school.\n"
        "His head of year will meet his parents each half term.\n"
        "The school nurse will check his height and weight each term.",
    ),
    # 20. Header rows of any header words.
    g(
        "f15h-header-rows-any-words",
        "Area | Help given | Person | How often, how long\n"
        "Breathing | Inhaler when wheezy | First aider | When wheezy, until July 2027\n\n"
        "Topic | Action | Carried out by | Timing\n"
        "Feeding | Check tube site | School nurse | Every morning until July 2027",
    ),
    g(
        "f15h-header-rows-of-other-label-words",
        "Need identified | Provision to meet need | Who will provide | How often and how long\n"
        "Sleep | Sleep diary with his parents | School nurse | Each week until July 2027\n\n"
        "Presenting need | Intervention | Practitioner | Regularity\n"
        "Asthma | Reliever inhaler | First aider trained by the school nurse | When wheezy, "
        "until July 2027",
    ),
    # 21. Absence from school is not an absence seizure; hospital stays are not movement.
    plan(
        "f15h-absences-and-stays-not-epilepsy-or-movement",
        "Tom has sickle cell disease and has had many absences from school this year, with "
        "three hospital stays for pain crises.",
        None,
        "The school nurse, with the haematology team, will write a pain plan for Tom in "
        "September 2026 and review it each term until July 2027.",
    ),
    # 22. Links by a shared specific noun and a defined acronym.
    plan(
        "f15h-links-by-shared-nouns-and-acronyms",
        "Mia has cystic fibrosis and must take enzyme capsules whenever she eats.\n\n"
        "Mia uses a machine at night that keeps her airway open (bilevel positive airway "
        "pressure, BiPAP).",
        None,
        "A teaching assistant trained by the cystic fibrosis nurse will give Mia her enzyme "
        "capsules with every meal and snack until July 2027.\n"
        "The community nurse will check the fit of her BiPAP mask every month until July "
        "2027.",
    ),
    # 23. Strengths, independence and resolved history are not needs.
    plan(
        "f15h-strengths-and-resolved-history",
        "Ava walks independently and manages stairs.\n\n"
        "She had asthma as a toddler but has needed no inhaler since 2022.\n\n"
        "Ava has type 1 diabetes.",
        None,
        "A teaching assistant trained by the diabetes nurse will check Ava's blood glucose "
        "before lunch every school day until July 2027.",
    ),
    # 24. A lay explanation before the term; an acronym expanded with a comma.
    advice(
        "f15h-explanations-before-the-term",
        {
            "needs": "His upper back is rounded forward (kyphosis).\n"
            "His breathing stops for a few seconds at a time in his sleep (obstructive sleep "
            "apnoea).\n"
            "At night he uses a mask and pump (bilevel positive airway pressure, BiPAP).",
            "author": _SIGNED,
        },
    ),
]

PROBLEMS = [
    # 1. A trigger does not excuse an untrained provider or a missing period.
    g(
        "f15h-trigger-untrained-provider",
        "If Priya feels faint, an adult will sit her down and give her a drink of water.",
        (
            "no_provider",
            "If Priya feels faint, an adult will sit her down and give her a drink of water.",
        ),
        (
            "no_duration",
            "If Priya feels faint, an adult will sit her down and give her a drink of water.",
        ),
    ),
    # 2. The child as subject with no deliverer and a vague frequency.
    g(
        "f15h-child-subject-no-deliverer",
        "Ruby will have regular sensory breaks in class.",
        ("no_provider", "Ruby will have regular sensory breaks in class."),
        ("no_frequency", "Ruby will have regular sensory breaks in class."),
        ("no_duration", "Ruby will have regular sensory breaks in class."),
        ("unspecified_provision", "regular"),
    ),
    # 3. Agentless passives.
    g(
        "f15h-agentless-passives",
        "Her splints will be put on each morning until July 2027.\n"
        "Blood sugar to be checked before lunch every school day until July 2027.",
        ("no_provider", "Her splints will be put on each morning until July 2027."),
        (
            "no_provider",
            "Blood sugar to be checked before lunch every school day until July 2027.",
        ),
    ),
    # 4. Hedged provision is still checked.
    g(
        "f15h-hedged-still-checked",
        "His teachers might offer him a seat near the door.",
        ("no_frequency", "His teachers might offer him a seat near the door."),
        ("no_duration", "His teachers might offer him a seat near the door."),
        ("unspecified_provision", "might"),
    ),
    # 5. A recommendation with no how often or how long.
    advice(
        "f15h-recommendation-unspecified",
        {
            "needs": "Kofi finds it hard to hold a pencil and tires when he writes.",
            "provision": "I recommend that his class teacher gives him a pencil grip and "
            "a sloped board.",
            "author": _SIGNED,
        },
        (
            "no_frequency",
            "provision",
            "I recommend that his class teacher gives him a pencil grip and a sloped board.",
        ),
        (
            "no_duration",
            "provision",
            "I recommend that his class teacher gives him a pencil grip and a sloped board.",
        ),
    ),
    # 6. "as needed" with no trigger.
    g(
        "f15h-as-needed-without-trigger",
        "The school nurse will give Ellie her reliever inhaler as needed.",
        ("no_frequency", "The school nurse will give Ellie her reliever inhaler as needed."),
        ("no_duration", "The school nurse will give Ellie her reliever inhaler as needed."),
        ("unspecified_provision", "as needed"),
    ),
    g(
        "f15h-as-required-in-a-table-cell",
        "Need | Provision | Who | How often\n"
        "Asthma | Reliever inhaler | First aider trained by the school nurse | As required",
        (
            "no_frequency",
            "Asthma | Reliever inhaler | First aider trained by the school nurse | As required",
        ),
        (
            "no_duration",
            "Asthma | Reliever inhaler | First aider trained by the school nurse | As required",
        ),
        ("unspecified_provision", "As required"),
    ),
    g(
        "f15h-as-required-in-a-record-without-a-trigger",
        "Provision: Reliever inhaler\n"
        "Who: First aider trained by the school nurse\n"
        "How often: As required\n"
        "How long: Until July 2027",
        ("no_frequency", "Provision: Reliever inhaler"),
        ("unspecified_provision", "As required"),
    ),
    # 7. A delay is not a duration.
    g(
        "f15h-delay-not-duration",
        "When Ben's blood glucose is below 4, a member of staff trained by the diabetes "
        "nurse will give him glucose gel and check his level again after 15 minutes.",
        (
            "no_duration",
            "When Ben's blood glucose is below 4, a member of staff trained by the diabetes "
            "nurse will give him glucose gel and check his level again after 15 minutes.",
        ),
    ),
    # 8. A named reviewer with no when.
    g(
        "f15h-reviewer-without-when",
        "A dietitian from the community nutrition team will review Oli's eating plan until "
        "July 2027.",
        (
            "no_frequency",
            "A dietitian from the community nutrition team will review Oli's eating plan "
            "until July 2027.",
        ),
    ),
    # 9. Provision with no need behind it.
    plan(
        "f15h-provision-without-need",
        "Isla has no health needs.",
        None,
        "A first aider trained by the school nurse will give Isla her inhaler before PE until "
        "July 2027.",
        (
            "golden_thread",
            "G",
            "A first aider trained by the school nurse will give Isla her inhaler before PE "
            "until July 2027.",
        ),
    ),
    # 10. A lay reflux need with no provision.
    plan(
        "f15h-lay-reflux-unmet",
        "Leo cannot yet sit without support.\n\n"
        "Leo spits up his milk after most feeds and is sometimes sick afterwards.",
        None,
        "The physiotherapist will help Leo practise sitting every week for 30 minutes until "
        "July 2027.",
        (
            "golden_thread",
            "C",
            "Leo spits up his milk after most feeds and is sometimes sick afterwards.",
        ),
    ),
    # 11. An author line with no name.
    advice(
        "f15h-author-line-without-name",
        {
            "needs": "Amir has asthma.",
            "author": "Children's Respiratory Nurse, Kings Mead Clinic, 9 February 2026",
        },
        (
            "advice_no_author",
            "author",
            "Children's Respiratory Nurse, Kings Mead Clinic, 9 February 2026",
        ),
    ),
    # 12. Growth-chart words and germs unexplained.
    advice(
        "f15h-growth-and-germs-unexplained",
        {
            "needs": "Her weight has fallen to the 2nd percentile.\n"
            "Her chest infections grow Pseudomonas.",
            "author": _SIGNED,
        },
        ("jargon", "needs", "percentile"),
        ("jargon", "needs", "Pseudomonas"),
    ),
    # 13. An outcome with no criterion or time.
    plan(
        "f15h-outcome-no-criterion",
        "Omar has asthma, which often keeps him off school.",
        "Omar will be healthier and happier.",
        "A first aider trained by the asthma nurse will give Omar his inhaler before PE until "
        "July 2027.",
        ("outcome_not_smart", "E", "Omar will be healthier and happier."),
    ),
    # 14. A section provider that is not a provider.
    g(
        "f15h-section-provider-not-qualified",
        "All of the following is delivered by the school:\n"
        "Her feeds will be given at 10am and 2pm every school day until July 2027.",
        (
            "no_provider",
            "Her feeds will be given at 10am and 2pm every school day until July 2027.",
        ),
    ),
    # 15. A person from an organisation who is not qualified.
    g(
        "f15h-volunteer-from-organisation",
        "A volunteer from the Harbour Children's Hospice will sit with him every Friday for "
        "an hour until July 2028.",
        (
            "no_provider",
            "A volunteer from the Harbour Children's Hospice will sit with him every Friday "
            "for an hour until July 2028.",
        ),
    ),
    # 16. A pronoun with no provider before it.
    g(
        "f15h-pronoun-without-antecedent",
        "They will check her splints every week until July 2027.",
        ("no_provider", "They will check her splints every week until July 2027."),
    ),
    # 17. An untrained care role doing care.
    g(
        "f15h-untrained-care-role",
        "A midday supervisor will cut up her food at every lunch until July 2027.",
        (
            "no_provider",
            "A midday supervisor will cut up her food at every lunch until July 2027.",
        ),
    ),
    # 18. No frequency at all.
    g(
        "f15h-frequency-missing",
        "The college nurse will check his blood pressure until July 2027.",
        ("no_frequency", "The college nurse will check his blood pressure until July 2027."),
    ),
    # 19. No period in the line or the section.
    g(
        "f15h-duration-missing",
        "His head of year will meet his parents each half term.",
        ("no_duration", "His head of year will meet his parents each half term."),
    ),
    # 20. A data row under an unusual header is still checked.
    g(
        "f15h-row-under-unusual-header",
        "Topic | Action | Carried out by | Timing\nFeeding | Check tube site | School nurse | -",
        ("no_frequency", "Feeding | Check tube site | School nurse | -"),
        ("no_duration", "Feeding | Check tube site | School nurse | -"),
    ),
    g(
        "f15h-header-names-a-profession-not-the-provider",
        "Presenting need | Intervention | Practitioner | Regularity\n"
        "Sleep | Sleep diary | Teaching assistant | -",
        ("no_frequency", "Sleep | Sleep diary | Teaching assistant | -"),
        ("no_duration", "Sleep | Sleep diary | Teaching assistant | -"),
        ("no_provider", "Sleep | Sleep diary | Teaching assistant | -"),
    ),
    # 21. Real absence seizures with no provision.
    plan(
        "f15h-absence-seizures-unmet",
        "Tom has absence seizures several times a day.\n\nTom has eczema on his hands.",
        None,
        "The school nurse will put cream on Tom's hands at lunchtime every school day until "
        "July 2027.",
        ("golden_thread", "C", "Tom has absence seizures several times a day."),
    ),
    # 22. A need with no shared noun or concept in the provision.
    plan(
        "f15h-shared-noun-absent",
        "Mia has cystic fibrosis and must take enzyme capsules whenever she eats.\n\n"
        "Mia wears glasses for reading.",
        None,
        "The optometrist will check Mia's glasses every 6 months until July 2027.",
        (
            "golden_thread",
            "C",
            "Mia has cystic fibrosis and must take enzyme capsules whenever she eats.",
        ),
    ),
    # 23. A current need beside a strength is still a need.
    plan(
        "f15h-need-beside-strength",
        "Ava walks independently and manages stairs.\n\nAva has type 1 diabetes.",
        None,
        "The optometrist will check Ava's glasses every 6 months until July 2027.",
        ("golden_thread", "C", "Ava has type 1 diabetes."),
        (
            "golden_thread",
            "G",
            "The optometrist will check Ava's glasses every 6 months until July 2027.",
        ),
    ),
    # 24. A term with no explanation.
    advice(
        "f15h-term-unexplained",
        {"needs": "He has kyphosis.", "author": _SIGNED},
        ("jargon", "needs", "kyphosis"),
    ),
]

F15H_CASES = CLEAN + PROBLEMS
