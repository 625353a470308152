"""The labelled cases. Each expects every finding it should get, from every check."""

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Case:
    name: str
    sections: dict[str, str]
    expected: tuple[tuple[str, str, str], ...] = ()  # (check, section, quote)
    kind: str = "plan"
    tags: tuple[str, ...] = field(default=())


def _g(text: str, *expected: tuple[str, str]) -> tuple[dict[str, str], tuple]:
    return {"G": text}, tuple((check, "G", quote) for check, quote in expected)


def _all_three(sentence: str) -> list[tuple[str, str]]:
    return [("no_frequency", sentence), ("no_duration", sentence), ("no_provider", sentence)]


def plan_g(name: str, text: str, *expected: tuple[str, str]) -> Case:
    sections, found = _g(text, *expected)
    return Case(name, sections, found)


def plan_one(name: str, key: str, text: str, *expected: tuple[str, str]) -> Case:
    return Case(name, {key: text}, tuple((check, key, quote) for check, quote in expected))


S = "Amir will have access to speech and language therapy."
UNSPECIFIED = [
    plan_g("access-to-therapy", S, ("unspecified_provision", "access to"), *_all_three(S)),
    plan_g(
        "regular-physiotherapy",
        "Chloe will receive regular physiotherapy sessions from an HCPC-registered "
        "physiotherapist.",
        ("unspecified_provision", "regular"),
        ("no_frequency", "Chloe will receive regular physiotherapy sessions"),
        ("no_duration", "Chloe will receive regular physiotherapy sessions"),
    ),
    plan_g(
        "as-required-nursing",
        "The school nursing team will provide support as required.",
        ("unspecified_provision", "as required"),
        ("no_frequency", "The school nursing team will provide support as required."),
        ("no_duration", "The school nursing team will provide support as required."),
    ),
    plan_g(
        "opportunities-for-breaks",
        "Jayden should have opportunities for movement breaks throughout the school day.",
        ("unspecified_provision", "should have"),
        ("unspecified_provision", "opportunities for"),
        ("no_provider", "Jayden should have opportunities for movement breaks"),
    ),
    plan_g(
        "may-benefit-referral",
        "Sophie may benefit from a referral to the community paediatrician.",
        ("unspecified_provision", "may benefit"),
        ("no_frequency", "Sophie may benefit from a referral"),
        ("no_duration", "Sophie may benefit from a referral"),
    ),
    plan_g(
        "as-appropriate-sharing",
        "Oliver's care plan will be shared with staff as appropriate.",
        ("unspecified_provision", "as appropriate"),
        *_all_three("Oliver's care plan will be shared with staff as appropriate."),
    ),
    plan_g(
        "access-to-the-curriculum-is-an-aim",
        "To give Maya access to the curriculum, an occupational therapist registered with the "
        "Health and Care Professions Council (HCPC) will see her in school for a 45-minute "
        "session every half term for the next 12 months.",
    ),
    plan_g(
        "regular-with-a-frequency",
        "Leo will have regular weekly sessions of 30 minutes with a speech and language "
        "therapist for 6 months.",
    ),
    plan_g(
        "support-as-needed",
        "Ava will get support as needed from her teaching assistant.",
        ("unspecified_provision", "support as needed"),
        *_all_three("Ava will get support as needed from her teaching assistant."),
    ),
    plan_one(
        "would-benefit-in-needs-is-not-provision",
        "C",
        "Harry has a diagnosis of asthma. He would benefit from a calm space when wheezy.",
    ),
    plan_g(
        "it-is-recommended",
        "It is recommended that Isla is reviewed by the orthoptist.",
        ("unspecified_provision", "It is recommended"),
        ("no_frequency", "It is recommended that Isla is reviewed by the orthoptist."),
        ("no_duration", "It is recommended that Isla is reviewed by the orthoptist."),
    ),
    plan_g(
        "where-possible",
        "Where possible, staff trained in manual handling will help Noah transfer from his "
        "wheelchair to the toilet at each toilet visit, throughout the school day.",
        ("unspecified_provision", "Where possible"),
    ),
]

FREQUENCY = [
    plan_g(
        "review-without-how-often",
        "A registered dietitian will review Zara's eating plan for the duration of the plan.",
        ("no_frequency", "A registered dietitian will review Zara's eating plan"),
    ),
    plan_g(
        "review-once-a-term",
        "A registered dietitian will review Zara's weight and eating plan once a term, at a "
        "30-minute appointment, until the next annual review.",
    ),
    plan_g(
        "programme-without-how-often",
        "The community physiotherapist will provide a home and school exercise programme for "
        "6 months, with sessions of 40 minutes.",
        ("no_frequency", "The community physiotherapist will provide a home and school"),
    ),
    plan_g(
        "triggered-by-a-seizure",
        "Staff trained by the epilepsy specialist nurse will give emergency medicine when Ruby "
        "has a seizure lasting more than 5 minutes, at all times in school.",
    ),
    plan_g(
        "twice-a-day-toileting",
        "Teaching assistants trained by the children's continence nurse will support Max to "
        "use the toilet twice a day, at 10am and 1pm, for 10 minutes, until he is dry in the "
        "day.",
    ),
    plan_g(
        "hearing-aid-checks-without-how-often",
        "Ben's hearing aids will be checked by a teacher of the deaf for the rest of the "
        "school year.",
        ("no_frequency", "Ben's hearing aids will be checked by a teacher of the deaf"),
    ),
    plan_g(
        "sessions-per-week",
        "A speech and language therapist (HCPC registered) will provide 2 sessions per week of "
        "30 minutes for one term.",
    ),
]

DURATION = [
    plan_g(
        "fortnightly-without-how-long",
        "A clinical psychologist from CAMHS will see Kai fortnightly.",
        ("no_duration", "A clinical psychologist from CAMHS will see Kai fortnightly."),
        ("acronym", "CAMHS"),
    ),
    plan_g(
        "fortnightly-with-how-long",
        "A clinical psychologist from child and adolescent mental health services (CAMHS) "
        "will see Kai fortnightly for 50-minute sessions over 12 weeks.",
    ),
    plan_g(
        "glucose-checks-without-how-long",
        "Staff trained by the diabetes nurse will check Lily's blood glucose before lunch "
        "every day.",
        ("no_duration", "Staff trained by the diabetes nurse will check Lily's blood glucose"),
    ),
    plan_g(
        "until-end-of-year-6",
        "An HCPC-registered occupational therapist will visit school every half term until "
        "the end of Year 6 to adjust Ella's seating.",
    ),
    plan_g(
        "termly-asthma-review",
        "The school nurse will meet Ahmed each term to review his asthma plan.",
        ("no_duration", "The school nurse will meet Ahmed each term to review his asthma plan."),
    ),
]

PROVIDER = [
    plan_g(
        "sensory-circuit-without-who",
        "Freya will have a 20-minute sensory circuit every morning for the school year.",
        ("no_provider", "Freya will have a 20-minute sensory circuit every morning"),
    ),
    plan_g(
        "school-staff-without-training",
        "School staff will support Theo with his feeding plan at every meal for 12 months.",
        ("no_provider", "School staff will support Theo with his feeding plan"),
    ),
    plan_g(
        "trained-and-supervised-assistant",
        "A teaching assistant, trained and supervised by the speech and language therapist, "
        "will deliver Theo's attention and listening programme daily for 15 minutes for two "
        "terms.",
    ),
    plan_g(
        "registered-nurse-trains-staff",
        "A Registered Nurse (Learning Disabilities) will train staff each term for one year.",
    ),
    plan_g(
        "hydrotherapy-without-who",
        "Isaac will receive hydrotherapy weekly for 30 minutes until July 2027.",
        ("no_provider", "Isaac will receive hydrotherapy weekly for 30 minutes until July 2027."),
    ),
    plan_g(
        "background-is-not-provision",
        "Harvey is known to the community paediatric team, who last saw him in January 2026.",
    ),
    plan_g("no-provision-needed", "No health provision is required at this time."),
]

GOLDEN_THREAD = [
    Case(
        "sleep-need-with-nothing",
        {
            "C": "Leah has a diagnosis of asthma and needs her inhaler before PE.\n"
            "Leah has difficulty sleeping and wakes several times each night.",
            "E": "By the end of Year 3, Leah will take her inhaler independently before PE.",
            "G": "Staff trained by the school nurse will supervise Leah's inhaler use before "
            "each PE lesson, for 5 minutes, until the next annual review.",
        },
        (("golden_thread", "C", "Leah has difficulty sleeping and wakes several times"),),
    ),
    Case(
        "physiotherapy-with-no-need",
        {
            "C": "Omar has hearing loss in both ears and wears hearing aids.",
            "E": "By July 2027, Omar will tell an adult when his hearing aids are not working, "
            "4 out of 5 times.",
            "G": "A teacher of the deaf will visit Omar every half term for one hour until the "
            "end of Key Stage 2 and check his hearing aids.\n"
            "An HCPC-registered physiotherapist will deliver a weekly 30-minute session on "
            "balance and coordination for one year.",
        },
        (("golden_thread", "G", "An HCPC-registered physiotherapist will deliver"),),
    ),
    Case(
        "diabetes-thread-complete",
        {
            "C": "Poppy has type 1 diabetes and needs her blood glucose checked before lunch.",
            "E": "By the end of Year 6, Poppy will check her own blood glucose before lunch "
            "with one prompt.",
            "G": "Teaching assistants trained by the paediatric diabetes nurse will supervise "
            "Poppy's blood glucose checks before lunch every day for the whole school year.",
        },
    ),
    Case(
        "stammer-need-handwriting-provision",
        {
            "C": "Finley has a stammer that affects his speech in class.",
            "G": "An HCPC-registered occupational therapist will provide Finley with a "
            "45-minute handwriting session every week for a term.",
        },
        (
            ("golden_thread", "C", "Finley has a stammer that affects his speech in class."),
            ("golden_thread", "G", "45-minute handwriting session"),
        ),
    ),
    Case(
        "no-health-needs-said-clearly",
        {
            "C": "Mia has no health needs related to her special educational needs.",
            "G": "No health provision is required.",
        },
    ),
    Case(
        "anxiety-need-without-provision",
        {
            "C": "Jacob has cerebral palsy affecting his left side and walks with an unsteady "
            "gait.\nHe becomes anxious in busy places.",
            "E": "By the end of Year 8, I will walk between lessons independently using my "
            "stick.\nBy Easter 2027, I will use my calm card to leave a busy room with one "
            "prompt.",
            "G": "An HCPC-registered physiotherapist will see Jacob each half term for 45 "
            "minutes for 12 months to review his walking programme.",
        },
        (("golden_thread", "C", "He becomes anxious in busy places."),),
    ),
    Case(
        "advice-hearing-need-without-outcome",
        {
            "needs": "Rosie has moderate glue ear and her hearing fluctuates.",
            "outcomes": "By the end of Reception, Rosie will follow a two-step instruction in "
            "class 4 out of 5 times.",
            "provision": "A teacher of the deaf will advise staff on seating and sound field "
            "use each term for one year.",
            "author": "Dr Anika Patel, Consultant Community Paediatrician, GMC 7123456, "
            "12 March 2026",
        },
        (("golden_thread", "needs", "Rosie has moderate glue ear"),),
        kind="advice",
    ),
    Case(
        "epilepsy-thread-complete",
        {
            "C": "Aisha has epilepsy with frequent absence seizures.",
            "E": "By July 2027, Aisha will tell an adult when she feels a seizure coming on, "
            "every time.",
            "G": "Staff trained by the epilepsy nurse will follow Aisha's seizure care plan at "
            "all times in school for the life of the plan.",
        },
    ),
]

OUTCOMES = [
    plan_one(
        "improve-communication",
        "E",
        "Jack will improve his communication skills.",
        ("outcome_not_smart", "Jack will improve his communication skills."),
    ),
    plan_one(
        "three-word-sentences-by-year-2",
        "E",
        "By the end of Year 2, Jack will use 3-word sentences to ask for help 4 out of 5 times.",
    ),
    plan_one(
        "dress-without-a-time",
        "E",
        "I will be able to dress myself for PE independently.",
        ("outcome_not_smart", "I will be able to dress myself for PE independently."),
    ),
    plan_one(
        "understand-emotions",
        "E",
        "By July 2027, Sam will understand his emotions.",
        ("outcome_not_smart", "By July 2027, Sam will understand his emotions."),
    ),
    plan_one(
        "lead-in-gives-the-time",
        "E",
        "By the end of Key Stage 2:\n- I will swim 10 metres with a float.\n"
        "- I will use the toilet independently at school.",
    ),
    plan_one(
        "continue-to-make-progress",
        "E",
        "Ruby will continue to make progress with her eating and drinking.",
        ("outcome_not_smart", "Ruby will continue to make progress"),
    ),
    plan_one(
        "sleep-within-6-months",
        "E",
        "Within 6 months, Kacper will sleep through the night on 5 nights out of 7.",
    ),
    plan_one(
        "supported-to-manage",
        "E",
        "Alfie will be supported to manage his anxiety by the end of Year 9.",
        ("outcome_not_smart", "Alfie will be supported to manage his anxiety"),
    ),
    plan_one(
        "stairs-by-secondary",
        "E",
        "By the time she moves to secondary school, Grace will walk up and down stairs safely "
        "holding the rail.",
    ),
    plan_one(
        "good-health",
        "E",
        "To have good health and wellbeing.",
        ("outcome_not_smart", "To have good health and wellbeing."),
    ),
    plan_one(
        "book-gp-appointment",
        "E",
        "Health outcomes\nBy the end of Year 11, I will book my own GP appointment with help "
        "from my parents.",
    ),
]

ACRONYMS = [
    plan_one(
        "two-diagnoses-as-acronyms",
        "C",
        "Ethan has a diagnosis of ADHD and ASD.",
        ("acronym", "ADHD"),
        ("acronym", "ASD"),
    ),
    plan_one(
        "defined-then-used",
        "C",
        "Ethan has attention deficit hyperactivity disorder (ADHD). ADHD makes it hard for him "
        "to sit still in lessons.",
    ),
    plan_one(
        "explained-after",
        "C",
        "Nia is supported by CAMHS (child and adolescent mental health services) for anxiety.",
    ),
    plan_one(
        "defined-too-late",
        "C",
        "Leo sees the SALT team. Speech and language therapy (SALT) has assessed his language.",
        ("acronym", "SALT"),
    ),
    plan_one(
        "capitals-heading",
        "C",
        "SECTION C: HEALTH NEEDS RELATED TO SEN\nMax has a peanut allergy and carries an "
        "adrenaline pen.",
    ),
    plan_g(
        "plural-acronym",
        "Ayaan's AFOs will be checked by an orthotist each term for the next 12 months.",
        ("acronym", "AFO"),
    ),
    Case(
        "defined-in-an-earlier-section",
        {
            "C": "Daisy uses augmentative and alternative communication (AAC).",
            "G": "A speech and language therapist will update Daisy's AAC device each half "
            "term for one year.",
        },
    ),
    plan_one(
        "familiar-acronyms",
        "C",
        "Jake's GP and the NHS wheelchair service are involved; his EHC plan was issued in 2024.",
    ),
    plan_one(
        "senco-defined",
        "C",
        "Ava's special educational needs co-ordinator (SENCO) keeps her care plan.",
    ),
]

JARGON = [
    plan_one(
        "hearing-loss-jargon",
        "C",
        "Tom has bilateral sensorineural hearing loss.",
        ("jargon", "bilateral"),
        ("jargon", "sensorineural"),
    ),
    plan_one(
        "dysphagia-explained",
        "C",
        "Tom has dysphagia (difficulty swallowing) and needs his food mashed.",
    ),
    plan_one(
        "mobility-jargon",
        "C",
        "Zainab is non-ambulant and has hypotonia.",
        ("jargon", "non-ambulant"),
        ("jargon", "hypotonia"),
    ),
    plan_one(
        "plain-words-first",
        "C",
        "Aaron has low muscle tone (hypotonia) which makes him tire easily.",
    ),
    plan_g(
        "prescribing-shorthand",
        "Staff trained by the community nurse will give Arlo's medicine bd, at 9am and 1pm, "
        "for the whole school year.",
        ("jargon", "bd"),
    ),
    plan_one(
        "wetting-jargon",
        "C",
        "Ivy has nocturnal enuresis and sometimes wets in school.",
        ("jargon", "nocturnal"),
        ("jargon", "enuresis"),
    ),
    plan_one(
        "surname-is-not-shorthand",
        "C",
        "Ms Mane, Ivy's mother, says Ivy has difficulty with toileting.",
    ),
    plan_one(
        "autism-jargon",
        "C",
        "Oscar shows echolalia and perseveration on trains.",
        ("jargon", "echolalia"),
        ("jargon", "perseveration"),
    ),
]

DRUGS = [
    plan_one(
        "melatonin",
        "C",
        "Ryan takes melatonin at bedtime for sleep difficulties.",
        ("drug_name", "melatonin"),
    ),
    plan_one(
        "generic-and-brand",
        "C",
        "Hana is prescribed methylphenidate (Concerta) for ADHD.",
        ("drug_name", "methylphenidate"),
        ("drug_name", "Concerta"),
        ("acronym", "ADHD"),
    ),
    plan_one(
        "benzodiazepine-suffix",
        "C",
        "Kian has lorazepam in hospital if his seizures cluster.",
        ("drug_name", "lorazepam"),
    ),
    plan_g(
        "emergency-medicine-named",
        "Staff trained by the epilepsy nurse will give buccal midazolam if Kian has a seizure "
        "lasting more than 5 minutes, at all times in school.",
        ("drug_name", "midazolam"),
        # f15j: the route is jargon too, as every blind set labels it.
        ("jargon", "buccal"),
    ),
    plan_one(
        "inhaler-and-medicine-are-not-names",
        "C",
        "Ellis uses an inhaler for asthma and takes medicine for reflux at home.",
    ),
    plan_one(
        "antidepressant",
        "C",
        "Maddie takes fluoxetine for low mood.",
        ("drug_name", "fluoxetine"),
    ),
    plan_one(
        "medicines-locked-away",
        "C",
        "Her mum is a pharmacist and the family keep medicines locked away.",
    ),
    plan_one(
        "capitalised-drug",
        "C",
        "Salbutamol is kept in the school office.",
        ("drug_name", "Salbutamol"),
    ),
]


def advice_author(name: str, author: str, *expected_quote: str) -> Case:
    return Case(
        name,
        {"author": author},
        tuple(("advice_no_author", "author", quote) for quote in expected_quote),
        kind="advice",
    )


AUTHORS = [
    Case(
        "advice-unsigned",
        {
            "needs": "Noor has a diagnosis of autism and finds loud noise distressing.",
            "outcomes": "By the end of Year 1, Noor will use ear defenders to cope with noise "
            "in assembly without adult help.",
            "provision": "A teaching assistant trained by the occupational therapist will run "
            "a 10-minute sensory programme with Noor every morning for two terms.",
            "author": "",
        },
        (("advice_no_author", "author", ""),),
        kind="advice",
    ),
    advice_author(
        "role-and-date-only",
        "Speech and language therapist, 3 February 2026",
        "Speech and language therapist, 3 February 2026",
    ),
    advice_author("name-and-date-only", "Sarah Okafor, 14/01/2026", "Sarah Okafor, 14/01/2026"),
    advice_author(
        "undated",
        "Dr Tom Hughes, Consultant Paediatrician",
        "Dr Tom Hughes, Consultant Paediatrician",
    ),
    advice_author(
        "fully-signed",
        "Written by Grace Mensah, HCPC-registered Speech and Language Therapist (SL123456), "
        "5 January 2026",
    ),
    advice_author(
        "signed-with-labels",
        "Signed: Dr. Ruth Adeyemi, Community Paediatrician, GMC 7001234. Date: 2 Feb 2026",
    ),
]

WHOLE = [
    Case(
        "autism-adhd-plan",
        {
            "C": "Alfie is 9 and has a diagnosis of autism spectrum condition (ASC) and "
            "attention deficit hyperactivity disorder (ADHD).\n"
            "Alfie finds noisy rooms overwhelming and covers his ears.\n"
            "He has difficulty settling to sleep and takes melatonin.",
            "E": "By the end of Year 5, Alfie will use his ear defenders or ask for a break "
            "when the classroom is noisy, 4 out of 5 times.\nAlfie will sleep better.",
            "G": "An HCPC-registered occupational therapist will write a sensory diet and train "
            "Alfie's teaching assistant, with a 1-hour visit each half term for 12 months.\n"
            "Alfie should have regular movement breaks.\n"
            "Parents will be offered a sleep workshop by the CAMHS learning disability nurse.",
        },
        (
            ("golden_thread", "C", "Alfie is 9 and has a diagnosis of autism"),
            ("drug_name", "C", "melatonin"),
            ("outcome_not_smart", "E", "Alfie will sleep better."),
            ("unspecified_provision", "G", "should have"),
            ("unspecified_provision", "G", "regular"),
            ("no_frequency", "G", "Alfie should have regular movement breaks."),
            ("no_duration", "G", "Alfie should have regular movement breaks."),
            ("no_provider", "G", "Alfie should have regular movement breaks."),
            ("no_frequency", "G", "Parents will be offered a sleep workshop"),
            ("no_duration", "G", "Parents will be offered a sleep workshop"),
            ("acronym", "G", "CAMHS"),
        ),
    ),
    Case(
        "paediatric-advice",
        {
            "needs": "Zoe was born at 26 weeks and has spastic diplegia.\n"
            "She tires easily and has pain in her legs by the afternoon.",
            "outcomes": "By July 2027, Zoe will walk to the dining hall with her walker "
            "without stopping.\nZoe will have less pain.",
            "provision": "Zoe will have access to physiotherapy.\n"
            "A 10-minute rest in the afternoon, every day, supervised by a teaching assistant "
            "trained by the physiotherapist, for the school year.",
            "author": "Dr Helen Marsh, Consultant Community Paediatrician, 10 March 2026",
        },
        (
            ("jargon", "needs", "diplegia"),
            ("outcome_not_smart", "outcomes", "Zoe will have less pain."),
            ("unspecified_provision", "provision", "access to"),
            ("no_frequency", "provision", "Zoe will have access to physiotherapy."),
            ("no_duration", "provision", "Zoe will have access to physiotherapy."),
            ("no_provider", "provision", "Zoe will have access to physiotherapy."),
        ),
        kind="advice",
    ),
    Case(
        "plan-without-outcomes-section",
        {
            "C": "Isabella has Down syndrome and a moderate hearing loss in both ears.\n"
            "She has a heart condition that was repaired in infancy and has no current impact "
            "on her learning.",
            "G": "A teacher of the deaf will visit each half term for an hour, until Isabella "
            "moves to secondary school, to check her hearing aids and advise staff.\n"
            "Isabella's cardiac follow-up with the paediatric cardiologist is annual.",
        },
    ),
    plan_g(
        "vague-bullets",
        "Health provision:\n\u2022 Access to CAMHS.\n"
        "\u2022 Input from the school nurse as and when required.\n"
        "\u2022 OT assessment.\n\u2022 Continued monitoring by paediatrics.",
        ("unspecified_provision", "Access to"),
        *_all_three("Access to CAMHS."),
        ("acronym", "CAMHS"),
        ("unspecified_provision", "Input from"),
        ("unspecified_provision", "as and when required"),
        ("no_frequency", "Input from the school nurse as and when required."),
        ("no_duration", "Input from the school nurse as and when required."),
        ("no_frequency", "OT assessment."),
        ("no_duration", "OT assessment."),
        ("acronym", "OT"),
        *_all_three("Continued monitoring by paediatrics."),
    ),
]

# Written afterwards, in the style of real documents (wrapped PDF lines, tables, labels),
# to test the checks on text they were not written against.
HARDER = [
    plan_g(
        "wrapped-pdf-lines",
        "Kyle will receive speech and language therapy from an HCPC registered speech and\n"
        "language therapist, delivered in school as a 30-minute session each week for the\n"
        "next 12 months, with targets shared with his class teacher.",
    ),
    plan_g(
        "continued-in-next-sentence",
        "Lola will have a programme of occupational therapy to develop her fine motor skills. "
        "This will be delivered by a qualified occupational therapist once every three weeks "
        "for 45 minutes, for two terms.",
    ),
    plan_g(
        "table-cells",
        "Provision\nFrequency\nDelivered by\nSpeech and language therapy programme\n"
        "Weekly, 30 minutes, for 12 months\nHCPC-registered speech and language therapist",
    ),
    plan_one(
        "time-at-the-end",
        "E",
        "I will be able to tell my teacher when I need the toilet by 31 July 2027.",
    ),
    plan_one(
        "improved-confidence",
        "E",
        "By the end of Year 7, Mason will have improved confidence when eating in the dining hall.",
        ("outcome_not_smart", "Mason will have improved confidence"),
    ),
    plan_one(
        "measurable-but-no-time",
        "E",
        "Priya will walk 50 metres with her frame without stopping.",
        ("outcome_not_smart", "Priya will walk 50 metres with her frame without stopping."),
    ),
    plan_one(
        "acronym-with-alternative-name",
        "C",
        "Lucas has a diagnosis of Developmental Coordination Disorder (DCD), sometimes called "
        "dyspraxia.",
    ),
    plan_g(
        "jargon-explained-between-dashes",
        "A nurse will check Amelia's gastrostomy - the feeding tube into her stomach - daily "
        "for the whole school year.",
    ),
    plan_one(
        "brand-name-stimulant",
        "C",
        "Noah has been on Ritalin since Year 2 and it helps him focus.",
        ("drug_name", "Ritalin"),
    ),
    plan_g(
        "regular-texture-is-not-vague",
        "Staff trained by the dietitian will offer Grace a regular-texture snack at morning "
        "break each day for the school year.",
    ),
    Case(
        "kidney-disease-needs-met",
        {
            "C": "Ahmed has chronic kidney disease and needs to drink water regularly and use "
            "the toilet often.",
            "G": "Staff will allow Ahmed a water bottle on his desk and a toilet pass, at all "
            "times, for the duration of the plan.",
        },
        (("no_provider", "G", "Staff will allow Ahmed a water bottle"),),
    ),
    Case(
        "visual-impairment-thread",
        {
            "C": "Evie has a visual impairment and reads large print only.",
            "E": "By the end of Year 4, Evie will read her class texts in 24-point print "
            "independently.",
            "G": "A qualified teacher of the visually impaired (QTVI) will visit Evie each half "
            "term for one hour for the next 12 months to advise on print size.",
        },
    ),
    Case(
        "occupational-therapy-advice",
        {
            "needs": "Jamal had a hypoxic brain injury at birth and has left hemiplegia.",
            "outcomes": "By the end of Year 2, Jamal will put on his coat and fasten the zip "
            "with one prompt.",
            "provision": "An HCPC-registered occupational therapist will see Jamal in school "
            "for 45 minutes every half term for one year, and train his teaching assistant to "
            "run a daily 10-minute dressing programme.",
            "author": "Priya Raman, Occupational Therapist, HCPC OT12345, 4 March 2026",
        },
        (
            ("jargon", "needs", "hypoxic"),
            ("jargon", "needs", "hemiplegia"),
        ),
        kind="advice",
    ),
    plan_g(
        "reviewed-at-each-annual-review",
        "Ruby's health needs will be reviewed at each annual review by the community "
        "paediatrician.",
    ),
    plan_one(
        "outcomes-under-area-headings",
        "E",
        "Communication and interaction\nBy the end of Year 3, Harvey will use his AAC device "
        "to make a request 5 times a day.\nPhysical health\nHarvey will be able to use the "
        "toilet.",
        ("acronym", "AAC"),
        ("outcome_not_smart", "Harvey will be able to use the toilet."),
    ),
    plan_g(
        "termly-training",
        "A Community Paediatric Nurse will train school staff termly to use Jess's suction "
        "machine, for 12 months.",
    ),
    plan_g(
        "pain-relief-as-required",
        "Staff trained by the school nurse will give pain relief as required.",
        ("unspecified_provision", "as required"),
        ("no_frequency", "Staff trained by the school nurse will give pain relief as required."),
        ("no_duration", "Staff trained by the school nurse will give pain relief as required."),
    ),
    Case(
        "needs-as-labelled-lines",
        {
            "C": "Diagnosis: Autism\nSleep: wakes at 3am most nights\n"
            "Feeding: eats only five foods",
            "G": "A registered dietitian will see Lily at home every 6 weeks for an hour, for "
            "one year, to widen the foods she eats.",
        },
        (("golden_thread", "C", "Sleep: wakes at 3am most nights"),),
    ),
]

# Written last, after the checks were tuned: their first scores are in checks/README.md.
HELD_OUT = [
    plan_g(
        "six-monthly-review",
        "Jenson will be seen by the community paediatrician every six months for a "
        "medication review, for the life of this plan.",
    ),
    plan_g(
        "training-without-when",
        "A specialist nurse will provide training to staff on managing Amara's tracheostomy.",
        ("no_frequency", "A specialist nurse will provide training"),
        ("no_duration", "A specialist nurse will provide training"),
    ),
    plan_one(
        "explain-my-condition",
        "E",
        "By the end of Year 10, I will be able to explain my condition to a new member of staff.",
    ),
    plan_one(
        "develop-independence",
        "E",
        "Kofi will develop his independence skills.",
        ("outcome_not_smart", "Kofi will develop his independence skills."),
    ),
    Case(
        "arthritis-thread",
        {
            "C": "Bella was diagnosed with juvenile idiopathic arthritis in 2023 and has "
            "painful, stiff knees on some mornings.",
            "E": "By July 2027, Bella will do her stretching routine on her own before PE every "
            "week.",
            "G": "An HCPC-registered physiotherapist will see Bella for 30 minutes every "
            "fortnight, for 6 months, to teach her a stretching routine.",
        },
        (("jargon", "C", "idiopathic"),),
    ),
    advice_author("doctor-without-role", "Dr Chen, 9 April 2026", "Dr Chen, 9 April 2026"),
    advice_author(
        "signature-block",
        "Laura Bennett\nClinical Lead Speech and Language Therapist\nHCPC SL09876\n22 January 2026",
    ),
    plan_g(
        "continue-to-attend",
        "Liam will continue to attend the CAMHS neurodevelopmental clinic.",
        ("unspecified_provision", "continue to attend"),
        *_all_three("Liam will continue to attend the CAMHS neurodevelopmental clinic."),
        ("acronym", "CAMHS"),
    ),
    Case(
        "eczema-cream",
        {
            "C": "Oliver has eczema on his hands, which gets worse with paint and sand.",
            "G": "Staff will apply Oliver's emollient cream before messy play each day, for "
            "the whole school year, as shown by his parents.",
        },
    ),
    plan_g(
        "trained-adult-at-lunch",
        "Sofia needs one-to-one support from a trained adult at lunchtime each day to eat "
        "safely, for 12 months.",
    ),
    plan_one(
        "need-type-acronym",
        "C",
        "Reggie has a diagnosis of SEMH needs.",
        ("acronym", "SEMH"),
    ),
    plan_one(
        "anti-epileptic-at-home",
        "C",
        "Arthur takes sodium valproate twice a day at home.",
        ("drug_name", "sodium valproate"),
    ),
    plan_g(
        "may-require-occasional",
        "Yusuf may require occasional reviews by the orthoptist.",
        ("unspecified_provision", "may require occasional"),
        ("no_frequency", "Yusuf may require occasional reviews by the orthoptist."),
        ("no_duration", "Yusuf may require occasional reviews by the orthoptist."),
    ),
]

CASES: list[Case] = [
    *UNSPECIFIED,
    *FREQUENCY,
    *DURATION,
    *PROVIDER,
    *GOLDEN_THREAD,
    *OUTCOMES,
    *ACRONYMS,
    *JARGON,
    *DRUGS,
    *AUTHORS,
    *WHOLE,
    *HARDER,
    *HELD_OUT,
]
