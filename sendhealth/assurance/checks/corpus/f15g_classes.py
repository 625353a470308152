"""Cases written by f15g for the classes of false alarm the lead named from blind_2026_12d
(seen text: written with the checks, an upper bound, not an honest measure).

Labelled with ``heldout.py``'s conventions and issue 15's clarification. Each class has a
clean case and a case that must still be flagged. Every example is invented for these cases;
none is taken from a blind set. All names and details are invented.
"""

from .cases import Case


def g(name: str, text: str, *expected: tuple[str, str], tags=()) -> Case:
    return Case(
        name,
        {"G": text},
        tuple((check, "G", quote) for check, quote in expected),
        tags=("provision-only", "f15g", *tags),
    )


def plan(name: str, c: str, e: str | None, g_text: str, *expected, tags=()) -> Case:
    sections = {"C": c, "G": g_text} if e is None else {"C": c, "E": e, "G": g_text}
    return Case(name, sections, tuple(expected), tags=("plan", "f15g", *tags))


def advice(name: str, sections: dict[str, str], *expected, tags=()) -> Case:
    return Case(name, sections, tuple(expected), kind="advice", tags=("advice", "f15g", *tags))


_SIGNED = "Dr Helen Price, Consultant Community Paediatrician (GMC 7654321), 4 May 2026"

CLEAN = [
    # 1. Headings and ordinary words in capitals are not acronyms.
    advice(
        "f15g-capital-headings",
        {
            "needs": "HEALTH NEEDS\nIbrahim has asthma, which is worse in cold weather.\n"
            "MEDICAL AND PHYSICAL NEEDS\nHe tires when he walks a long way and must NOT "
            "run in PE when he is wheezy.",
            "author": _SIGNED,
        },
    ),
    # 2. Undivided advice gets the wording checks only.
    advice(
        "f15g-undivided-advice-no-author-line",
        {
            "advice": "Ffion has mild glue ear in both ears, which comes and goes. She hears "
            "well in a quiet room. Her teacher should sit her near the front of the class."
        },
    ),
    # 3. A named service whose noun phrase continues; a discipline as the agent.
    g(
        "f15g-service-noun-phrases-and-disciplines",
        "The audiology service at Westbrook Hospital will check Oscar's hearing aids every "
        "6 months until July 2028.\n"
        "The children's eye clinic at the Riverside Centre will check his glasses every 6 "
        "months until July 2028.\n"
        "The ear, nose and throat (ENT) clinic at Westbrook will review his ears once a year "
        "until July 2028.\n"
        "Audiology will replace his ear moulds every 3 months until July 2028.\n"
        "Oscar will have advice from physiotherapy once a term until July 2028.",
    ),
    # 4. First person in advice is the author, a professional.
    advice(
        "f15g-first-person-advice",
        {
            "needs": "Ellis has cerebral palsy affecting his legs. His muscles are tight.",
            "provision": "I will see Ellis in school every half term until July 2027.\n"
            "I will train his teaching assistant in his stretches in September 2026, and she "
            "will do them with Ellis every morning for 15 minutes until July 2027.",
            "author": "Priya Shah, Specialist Paediatric Physiotherapist (HCPC PH123456), "
            "12 June 2026",
        },
    ),
    # 5. Education and college roles are teachers or hold their own qualification.
    g(
        "f15g-education-and-college-roles",
        "Her college tutor will check in with Leah every Monday for 10 minutes for the "
        "2026/27 academic year.\n"
        "The learning support tutor will meet Leah weekly for 30 minutes until July 2027.\n"
        "The head of sixth form will meet Leah and her parents once a term for 30 minutes "
        "until July 2027.\n"
        "Her job coach will go with Leah to her placement every Tuesday for 3 hours until "
        "July 2027.\n"
        "A Qualified Teacher of the Deaf (QToD) will see Leah every fortnight for 45 minutes "
        "until July 2027.\n"
        "The office manager will keep the key to the lift for the 2026/27 school year, and "
        "give it to Leah at the start of each day.",
    ),
    # 6. Training stated on the role is a qualification.
    g(
        "f15g-trained-in-on-the-role",
        "Two care workers trained in moving and handling will move Maisie with the hoist at "
        "every change until July 2027.\n"
        "A first aider trained in giving medicines will give Maisie her inhaler when she is "
        "wheezy, until July 2027.\n"
        "A travel trainer, trained in autism awareness, will go with Maisie on the bus twice "
        "a week for 1 hour until July 2027.",
    ),
    # 7. Table header rows are structure.
    g(
        "f15g-table-header-rows",
        "Need | What will be done | By whom | When / how long\n"
        "Asthma | Give inhaler when wheezy | Trained first aider | When wheezy, until July "
        "2027\n\n"
        "Need | Provision | Staff | Frequency | Period\n"
        "Hearing | Check hearing aids | Teacher of the Deaf | Every half term | Until July "
        "2027",
    ),
    # 8. A statement of need inside the provision section.
    g(
        "f15g-need-statement-in-provision",
        "Because of his fetal alcohol spectrum disorder (FASD), Kian needs short "
        "instructions, repeated, and a picture "
        "timetable.\n"
        "His class teacher will give him a picture timetable every morning for 5 minutes "
        "until July 2027.",
    ),
    # 9. Occasions and triggers.
    g(
        "f15g-occasions-and-triggers",
        "His class teacher will use visual prompts in every literacy and numeracy lesson "
        "until July 2027.\n"
        "The speech and language therapist will see him every other Monday for 30 minutes "
        "until July 2027.\n"
        "His class teacher will take him to the quiet room at the start of a migraine, until "
        "July 2027.\n"
        "The school nurse will phone his parents within 2 school days of each migraine, "
        "until July 2027.\n"
        "His form tutor will email his parents by 8.30am on the day of any change to his "
        "timetable, until July 2027.\n"
        "His English teacher will give him a week's notice of any speaking task until July "
        "2027.",
    ),
    # 10. Standing arrangements with a period.
    g(
        "f15g-standing-arrangements",
        "His subject teachers will make sure he can leave class without asking, for the "
        "2026/27 school year.\n"
        "His teachers will not ask him to read aloud in class, for the 2026/27 school year.\n"
        "His teachers will let him present to a small group first, until July 2027.",
    ),
    # 11. One-off within a window.
    g(
        "f15g-one-off-between-months",
        "The occupational therapist will assess Nia's handwriting in one visit between "
        "January and March 2027.",
    ),
    # 12. Not outcomes; time frames; a criterion recorded.
    plan(
        "f15g-outcome-time-frames-and-records",
        "Rosa has epilepsy with absence seizures most days.",
        "There are no other health outcomes in this plan.\n"
        "In summer 2027, Rosa will tell an adult when she feels unwell after a seizure.\n"
        "By July 2027, Rosa will rest after each seizure, with each seizure recorded and "
        "shared with her parents.",
        "A member of staff trained by the epilepsy nurse will record each seizure in her "
        "seizure diary and tell her parents the same day, until July 2027.",
    ),
    # 13. Golden thread: negatives, lay and clinical links, coordination.
    plan(
        "f15g-thread-negatives-lay-links-coordination",
        "There are no speech and language needs.\n\n"
        "Theo has constipation and has wetting and soiling accidents at school.\n\n"
        "He had two operations on his hip in 2023 and now has no pain.\n\n"
        "Theo finds it hard to eat with a knife and fork.",
        None,
        "The school nurse will keep a bladder and bowel diary with Theo's parents every day "
        "until July 2027.\n"
        "The occupational therapist will supply adapted cutlery in September 2026.\n"
        "The continence nurse will meet Theo, his parents and his teacher to agree a toilet "
        "timetable in September 2026.",
    ),
]

PROBLEMS = [
    # 1. A real unexplained acronym in a capitalised sentence is still flagged.
    advice(
        "f15g-acronym-still-flagged-beside-capitals",
        {
            "needs": "HEALTH NEEDS\nSeren has CP and walks with a frame. She must NOT carry "
            "heavy bags.",
            "author": _SIGNED,
        },
        ("acronym", "needs", "CP"),
    ),
    # 2. Divided advice with no author line is still flagged.
    advice(
        "f15g-divided-advice-without-author",
        {
            "needs": "Alfie has asthma.",
            "provision": "A first aider trained in asthma care will give Alfie his inhaler "
            "when he is wheezy, until July 2027.",
        },
        ("advice_no_author", "author", ""),
    ),
    # 3-6. No provider still flagged: a clinic the child attends, untrained staff, a plan to
    # train staff.
    g(
        "f15g-provider-still-missing",
        "Zac will attend the hospital clinic every 6 months until July 2028.\n"
        "A teaching assistant will check in with Zac every Monday for 10 minutes until July "
        "2028.\n"
        "Staff will be trained in Zac's care plan and will give his medicine at lunchtime "
        "every day until July 2028.",
        ("no_provider", "Zac will attend the hospital clinic every 6 months until July 2028."),
        (
            "no_provider",
            "A teaching assistant will check in with Zac every Monday for 10 minutes until "
            "July 2028.",
        ),
        (
            "no_provider",
            "Staff will be trained in Zac's care plan and will give his medicine at lunchtime "
            "every day until July 2028.",
        ),
    ),
    advice(
        "f15g-first-person-but-untrained-assistant",
        {
            "needs": "Bea has cerebral palsy and tight muscles in her legs.",
            "provision": "I will see Bea every half term until July 2027, and a teaching "
            "assistant will do her stretches every day for 10 minutes until July 2027.",
            "author": "Tom Reid, Paediatric Physiotherapist (HCPC PH654321), 1 June 2026",
        },
        (
            "no_provider",
            "provision",
            "I will see Bea every half term until July 2027, and a teaching assistant will do "
            "her stretches every day for 10 minutes until July 2027.",
        ),
    ),
    # 7-8. A data row after a header row is still checked.
    g(
        "f15g-table-row-still-checked",
        "Need | Provision | Who | How often and how long\n"
        "Asthma | Inhaler to be given | Trained first aider | -\n",
        ("no_frequency", "Asthma | Inhaler to be given | Trained first aider | -"),
        ("no_duration", "Asthma | Inhaler to be given | Trained first aider | -"),
    ),
    # 9-10. No frequency still flagged: ongoing work with no occasion.
    g(
        "f15g-frequency-still-missing",
        "His teacher will support his reading until July 2027.\n"
        "His teacher will let him know about changes to his day until July 2027.",
        ("no_frequency", "His teacher will support his reading until July 2027."),
        (
            "no_frequency",
            "His teacher will let him know about changes to his day until July 2027.",
        ),
    ),
    # 11. A one-off with no window is still missing how long? (one-off: nothing) - a
    # recurring visit with no period still needs how long.
    g(
        "f15g-duration-still-missing",
        "The occupational therapist will visit Nia every half term.",
        ("no_duration", "The occupational therapist will visit Nia every half term."),
    ),
    # 12. An outcome with no time frame is still flagged.
    plan(
        "f15g-outcome-still-not-smart",
        "Rosa has epilepsy with absence seizures most days.",
        "Rosa will feel happier in school.",
        "A member of staff trained by the epilepsy nurse will record each seizure in her "
        "seizure diary, until July 2027.",
        ("outcome_not_smart", "E", "Rosa will feel happier in school."),
    ),
    # 13. A need with no provision is still flagged beside a negative.
    plan(
        "f15g-thread-need-still-unmet",
        "There are no speech and language needs.\n\nJude has severe eczema on his hands.",
        None,
        "The dietitian will see Jude every term until July 2027 to plan his diet.",
        ("golden_thread", "C", "Jude has severe eczema on his hands."),
        (
            "golden_thread",
            "G",
            "The dietitian will see Jude every term until July 2027 to plan his diet.",
        ),
    ),
]

F15G_CASES = CLEAN + PROBLEMS
