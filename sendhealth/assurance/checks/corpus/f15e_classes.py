"""Cases written by f15e for the general classes fixed after blind_2026_12c's aggregate
figures (seen text: written with the checks, an upper bound, not an honest measure).

Labelled with ``heldout.py``'s conventions and issue 15's clarification: a named service
("the Sensory Support Team", "the CCN team") or a named profession is a provider;
``no_provider`` is for provision no one delivers or only an unqualified role never said to be
trained; a trigger ("when she is wheezy") or a one-off piece of work ("will carry out a
sensory assessment", "will write a report by December") says how often; sentences that are
not provision (what the child is like or has had, aims, "reviewed at the annual review",
equipment the child has) need nothing. All names and details are invented.
"""

from .cases import Case


def g(name: str, text: str, *expected: tuple[str, str], tags=()) -> Case:
    return Case(
        name,
        {"G": text},
        tuple((check, "G", quote) for check, quote in expected),
        tags=("provision-only", "f15e", *tags),
    )


CLEAN = [
    g(
        "f15e-not-provision-sentences",
        "Noah wears hearing aids in both ears and finds noisy rooms tiring.\n"
        "All staff who work with Noah have had deaf awareness training from the Sensory "
        "Support Team.\n"
        "The aim of this provision is to help Noah follow lessons without tiring.\n"
        "Noah will have ear defenders in every lesson and assembly.\n"
        "A Teacher of the Deaf will see Noah for 45 minutes every fortnight until the end of "
        "Key Stage 2.\n"
        "Noah's provision will be reviewed at the annual review.",
    ),
    g(
        "f15e-triggers-and-one-offs",
        "Ruby will be given her inhaler by a trained member of staff when she is wheezy, for "
        "the 2026/27 school year.\n"
        "If Ruby becomes upset, her class teacher will take her to the quiet room until she "
        "is calm.\n"
        "The occupational therapist will carry out a sensory assessment in the autumn term.\n"
        "The educational psychologist will observe Ruby in class and write a report by "
        "December 2026.\n"
        "The community paediatrician will see Ruby for a review at the annual review.",
    ),
    g(
        "f15e-lead-in-provider-and-trained-staff",
        "Staff will be trained by the epilepsy specialist nurse in Lily's care plan in "
        "September 2026 and each September after while she attends the school.\n"
        # f15k: "an adult" was "a member of staff" before: the blind labels (12e twice, 12g)
        # flag "an adult" even when staff are trained elsewhere in the section.
        "Lily must be supervised by a member of staff at all times near water, for the "
        "2026/27 school year.\n"
        "Until the next annual review, the school nurse will provide:\n"
        "- a toileting plan agreed with parents in September 2026\n"
        "- a review of the plan each term\n"
        "Lily's physiotherapy programme will be carried out by her teaching assistant, who "
        "has been shown the exercises by the physiotherapist, 3 times a week for 20 minutes "
        "until July 2027.",
    ),
    g(
        "f15e-paragraphs-every-occasion-and-relative-training",
        "Amelia has a gastrostomy (a feeding tube into her stomach) and receives top-up "
        "feeds in school. Feeds will be given at 11am and 2pm daily by staff trained by the "
        "Children's Community Nursing team, for the 2026/27 school year. The nursing team "
        "will provide annual update training while she attends the school.\n\n"
        "Amelia requires two trained adults for all transfers, using the hoist, until July "
        "2027.\n\n"
        "Amelia will use her eye-gaze device for 20 minutes each day with her class team, who "
        "will be trained by the speech and language therapist, until July 2027.",
    ),
    g(
        "f15e-need-described-before-and-equipment-supplied",
        "- Jamie wears pads and needs changing at least twice a day. Two members of staff "
        "trained by the continence nurse will carry out each change, for the 2026/27 school "
        "year.\n"
        "- A supportive classroom chair will be supplied by the occupational therapy service "
        "for the 2026/27 school year.",
    ),
]

PROBLEMS = [
    g(
        "f15e-pronoun-carries-on-and-stored-things",
        "The community physiotherapist will visit school every half term until July 2027. "
        "She will update Ruby's programme and show staff any new exercises at each visit.\n"
        "Ruby will use the lift every day until July 2027. She will be accompanied by a "
        "trained adult.\n"
        "Her rescue medication will be stored in the medical room and will go with her on "
        "school trips.\n"
        "Ruby's 1:1 will accompany her at all times during the school day, for the 2026/27 "
        "school year.",
        (
            "no_provider",
            "Ruby's 1:1 will accompany her at all times during the school day, for the "
            "2026/27 school year.",
        ),
    ),
    g(
        "f15e-named-services-and-professions-elsa",
        "The Children's Community Nursing team will change Ruby's gastrostomy button (her "
        "feeding tube) every 3 months, for as long as she needs it.\n"
        "The Sensory Support Team will visit school once in the autumn term to check the "
        "classroom acoustics.\n"
        "Ruby's hearing will be tested by the audiology service once a year, while she "
        "attends the school.\n"
        "Ruby will have three 30-minute sessions a week with her ELSA until July 2027.\n"
        "Dr Patel, consultant neurologist, will see Ruby every 6 months until she is 16.",
        ("acronym", "ELSA"),
    ),
    g(
        "f15e-untrained-adult-among-named-services",
        "The Sensory Support Team will visit school once in the autumn term.\n"
        "An adult will sit with Noah at lunchtime every day until July 2027.",
        ("no_provider", "An adult will sit with Noah at lunchtime every day until July 2027."),
    ),
    g(
        "f15e-vague-when-is-not-a-trigger",
        "The school nurse will check Ava's blood glucose when needed, until July 2027.",
        ("unspecified_provision", "when needed"),
        (
            "no_frequency",
            "The school nurse will check Ava's blood glucose when needed, until July 2027.",
        ),
    ),
    g(
        "f15e-clinical-word-by-its-form",
        "Sam has a craniotomy scar and hyperkalaemia.\n"
        "The dietitian will see Sam every half term for 30 minutes until July 2027.",
        ("jargon", "craniotomy"),
        ("jargon", "hyperkalaemia"),
    ),
    g(
        "f15e-equipment-not-activity",
        "Daniel will have a 20-minute movement break every morning until July 2027.",
        (
            "no_provider",
            "Daniel will have a 20-minute movement break every morning until July 2027.",
        ),
    ),
]

PLANS = [
    Case(
        "f15e-outcome-records-and-wellbeing-roles",
        {
            "C": "Oscar has a mild hearing loss in his left ear and finds it hard to follow "
            "instructions in a noisy classroom.\nOscar becomes anxious and worries about "
            "falling in front of his friends.",
            "E": "Outcome: Oscar will follow a two-step instruction in class without a repeat.\n"
            "By when: July 2027\n"
            "How we will know: teacher observation, recorded weekly.\n\n"
            "Outcome: Oscar will name two things that help him feel calm when he is worried.\n"
            "By when: end of Year 5\n"
            "How we will know: his ELSA's session notes.",
            "G": "A Teacher of the Deaf will see Oscar for 45 minutes every half term and advise "
            "his class teacher, until July 2027.\n"
            "An ELSA trained by the educational psychologist will see Oscar for 30 minutes "
            "every week for the 2026/27 school year.",
        },
        (("acronym", "E", "ELSA"),),
        tags=("plan", "f15e"),
    ),
    Case(
        "f15e-outcome-record-without-a-date",
        {
            "C": "Priya has daytime wetting and needs changing at school.",
            "E": "Outcome: Priya will tell an adult when she needs the toilet.\n"
            "By when: TBC\n"
            "How we will know: fewer than 2 accidents a week on the school's toileting chart.",
            "G": "A teaching assistant trained by the continence nurse will take Priya to the "
            "toilet every 2 hours for the 2026/27 school year.",
        },
        (
            (
                "outcome_not_smart",
                "E",
                "Outcome: Priya will tell an adult when she needs the toilet.",
            ),
        ),
        tags=("plan", "f15e"),
    ),
]

PLANS += [
    Case(
        "f15e-another-need-met-only-through-a-lay-word",
        {
            "C": "Isla is 12 and has severe asthma. She gets breathless after exercise and in "
            "cold weather.\nIsla also has anxiety, particularly about her breathing, and avoids "
            "PE.",
            "E": "By July 2027, Isla will take part in at least 3 out of 4 PE lessons each half "
            "term, using her inhaler before she starts.",
            "G": "The school nurse will train staff in Isla's asthma care plan each September "
            "while she attends the school.\nA trained member of staff will remind Isla to use "
            "her reliever inhaler before every PE lesson, until July 2027.",
        },
        (
            (
                "golden_thread",
                "C",
                "Isla also has anxiety, particularly about her breathing, and avoids PE.",
            ),
        ),
        tags=("plan", "f15e"),
    ),
    Case(
        "f15e-another-need-managed-at-home",
        {
            "C": "Oscar has Duchenne muscular dystrophy and tires quickly when walking.\n"
            "Oscar also has constipation, which is managed with daily medication at home, and "
            "he sometimes needs to use the toilet urgently.",
            "E": "By July 2027, Oscar will walk to the hall with his frame without stopping, on "
            "4 out of 5 days.\nBy July 2027, Oscar will tell an adult when he needs the toilet "
            "and get there in time, on 9 out of 10 occasions.",
            "G": "A teaching assistant trained by the physiotherapist will do Oscar's stretches "
            "for 20 minutes every day, until July 2027.\nOscar will have a toilet pass and use "
            "of the accessible toilet, until July 2027.",
        },
        (),
        tags=("plan", "f15e"),
    ),
]

PLANS.append(
    Case(
        "f15e-lines-about-outcomes",
        {
            "C": "Maya has asthma and gets breathless in PE and in cold weather.",
            "E": "The outcomes below were agreed with Maya and her parents on 3 June 2026.\n"
            "Maya's aspiration is to become a vet.\n"
            'Maya said: "I want to do PE with my friends."\n'
            "Progress towards these outcomes will be reviewed termly by her class teacher.\n"
            "By July 2027, Maya will take part in 3 out of 4 PE lessons each half term, using "
            "her inhaler before she starts, as recorded by her PE teacher.",
            "G": "A trained member of staff will remind Maya to use her reliever inhaler before "
            "every PE lesson, until July 2027; the school nurse trains all staff in her asthma "
            "plan each September.",
        },
        (),
        tags=("plan", "f15e"),
    )
)

F15E_CASES = CLEAN + PROBLEMS + PLANS
