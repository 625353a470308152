"""Blind set 2026-12p: EHC plan health sections and health advice, written without the checks.

All people, services, trusts, towns and dates are invented. See README.md.
"""

from ..cases import Case

UP = "unspecified_provision"
NF = "no_frequency"
ND = "no_duration"
NP = "no_provider"
GT = "golden_thread"
OS = "outcome_not_smart"
AC = "acronym"
JA = "jargon"
DN = "drug_name"
NA = "advice_no_author"


def _tags(expected, extra):
    checks = []
    for check, _section, _quote in expected:
        if check not in checks:
            checks.append(check)
    return tuple(checks or ["clean"]) + tuple(extra)


def _plan(name, c, e, g, expected=(), tags=()):
    return Case(
        name=name,
        sections={"C": c, "E": e, "G": g},
        expected=tuple(expected),
        kind="plan",
        tags=_tags(expected, tags),
    )


def _div(name, needs, outcomes, provision, author=None, expected=(), tags=()):
    sections = {"needs": needs, "outcomes": outcomes, "provision": provision}
    if author is not None:
        sections["author"] = author
    return Case(
        name=name,
        sections=sections,
        expected=tuple(expected),
        kind="advice",
        tags=_tags(expected, tags),
    )


def _und(name, advice, expected=(), tags=()):
    return Case(
        name=name,
        sections={"advice": advice},
        expected=tuple(expected),
        kind="advice",
        tags=_tags(expected, tags + ("undivided",)),
    )


def L(*lines):
    return "\n".join(lines)


PLANS = [
    _plan(
        "p-diplegia-frame-and-chair",
        "Oliver has cerebral palsy affecting both legs. He walks with a frame indoors and tires "
        "after about 50 metres, so he uses a wheelchair for longer distances. His hamstrings "
        "(the muscles at the back of the thigh) are tight, which makes sitting on a standard "
        "chair uncomfortable after twenty minutes.",
        L(
            "- By July 2027, I will walk with my frame from my classroom to the hall and back on "
            "at least four days out of five, as recorded by my physiotherapist.",
            "- By July 2027, I will sit in my own chair for a whole 45-minute lesson without "
            "needing to get up, in 8 out of 10 lessons my teacher checks.",
        ),
        L(
            "- A paediatric physiotherapist from Harrowfield Children's Therapy Service will visit "
            "school once every half term for one hour to review Oliver's programme and to train "
            "staff.",
            "- A teaching assistant trained by the physiotherapist will do his stretching "
            "programme with him for 15 minutes every school day.",
            "- An occupational therapist will assess Oliver for an adapted classroom chair and "
            "supply it once, by October 2026.",
            "This provision runs until his annual review in May 2027.",
        ),
        tags=("bullets", "physical"),
    ),
    _plan(
        "p-t1-diabetes-paragraph-clean",
        "Amira (aged 12) has type 1 diabetes, which means her body does not make insulin, the "
        "hormone that controls sugar in the blood. Her blood sugar can drop during PE or before "
        "lunch and, when it is low, she becomes shaky and cannot concentrate. When her sugar is "
        "high she needs the toilet often and feels tired in afternoon lessons.",
        "By the end of Year 8 (July 2027) Amira will check her own blood sugar before every PE "
        "lesson and at lunch, and treat a low herself with staff watching, on 9 out of 10 "
        "school days as shown in her school diabetes log. By July 2027 Amira will leave no more "
        "than one afternoon lesson a week because of high sugar, as recorded on the school "
        "register.",
        "The Paediatric Diabetes Specialist Nurse from Tollbridge Children's Hospital will train "
        "two named members of school staff in blood sugar checks, treating lows and giving "
        "insulin once at the start of each school year and again whenever Amira's treatment "
        "changes. Those two trained staff will supervise Amira's blood sugar check before each "
        "PE lesson and before lunch every school day. If her sugar is low, a trained member of "
        "staff will follow her written care plan straight away. Amira will have a toilet pass "
        "and a water bottle at all times, agreed by her head of year. The diabetes nurse will "
        "review the care plan with the school and family once a term. All of this provision "
        "runs for the school year 2026-27.",
        tags=("paragraph", "medical"),
    ),
    _plan(
        "p-salt-table-gt-missing-outcome",
        L(
            "Need | What this looks like for Reuben",
            "Understanding spoken language | Reuben (5) follows one-step instructions but loses "
            "track of longer ones, especially in a noisy classroom.",
            "Speech sounds | Many of his words are hard for unfamiliar adults to understand "
            "because he swaps sounds at the back of the mouth for ones at the front.",
            "Eating | He is a slow eater and often leaves his lunch unfinished.",
        ),
        L(
            "Outcome | By when | How we will know",
            "I will follow a two-step instruction in class | July 2027 | My teacher sees me do "
            "it in 4 out of 5 tries",
            "Adults who do not know me will understand what I say | July 2027 | Speech therapist "
            "checks a recording: 8 out of 10 of my words understood",
        ),
        L(
            "Provision | Who | How often | How long",
            "Assessment and targets for understanding and speech | Speech and language therapist, "
            "Kelmsworth Community Children's Services | Once a term, one-hour visit | Until the "
            "annual review in June 2027",
            "Language and speech programme set by the therapist | Teaching assistant trained by "
            "the speech and language therapist | Three 15-minute sessions a week | Until the "
            "annual review in June 2027",
            "Lunchtime eating support from a trained member of staff who sits with him | Midday "
            "supervisor trained by the school nurse | Every school lunch | Until the annual "
            "review in June 2027",
        ),
        expected=(
            (
                GT,
                "C",
                "Eating | He is a slow eater and often leaves his lunch unfinished.",
            ),
        ),
        tags=("table",),
    ),
]

PLANS += [
    _plan(
        "p-epilepsy-rescue-clean",
        "Isla has epilepsy. She has short absences (a few seconds where she stops and stares) "
        "several times a day, and misses parts of what the teacher says. About twice a year she "
        "has a longer seizure where she falls and shakes.",
        L(
            "1. By March 2027 I will use my 'say it again' card to ask for anything I missed, in "
            "at least 3 lessons a day, as counted by my teaching assistant for two weeks each term.",
            "2. By March 2027 every long seizure I have at school will be handled by my care plan, "
            "with no missed emergency step, as checked by the epilepsy nurse after each one.",
        ),
        L(
            "1. Her class teacher will repeat key instructions and give them in writing at the "
            "start of every lesson.",
            "2. The epilepsy specialist nurse from Brackley Vale NHS Trust will train all staff "
            "who work with Isla, once in September 2026 and once in January 2027, in her care "
            "plan and emergency medicine.",
            "3. If a seizure lasts five minutes, a trained member of staff will give her emergency "
            "medicine as her care plan says and call 999.",
            "All of section G applies until her annual review in March 2027.",
        ),
        tags=("numbered", "medical"),
    ),
    _plan(
        "p-asd-sensory-access-to",
        "Kai (9) is autistic. Noise in the dinner hall and assembly overwhelms him and he "
        "covers his ears, hides under tables or runs out. He finds changes to the timetable "
        "very hard and needs warning.",
        "By July 2027 Kai will stay in assembly for the whole 20 minutes, with his ear defenders, "
        "on 4 out of 5 days. By July 2027 Kai will move to a new activity after a 5-minute "
        "warning without leaving the room on 8 out of 10 occasions, as logged by his class team.",
        "Kai will have access to a quiet room during the day. An occupational therapist "
        "from Merrow Children's OT will write a sensory plan once in September 2026 and review "
        "it each term until July 2027. His class teacher will show him a visual timetable at the "
        "start of every day and give a 5-minute warning before each change, for the school year "
        "2026-27.",
        expected=(
            (UP, "G", "access to"),
            (NF, "G", "Kai will have access to a quiet room during the day."),
            (ND, "G", "Kai will have access to a quiet room during the day."),
            (NP, "G", "Kai will have access to a quiet room during the day."),
        ),
        tags=("paragraph",),
    ),
]

PLANS += [
    _plan(
        "p-no-health-needs-clean",
        "Section C: Health needs\nThere are no health needs relating to Jodie's special "
        "educational needs. Her hearing and vision were checked in April 2026 and are normal.",
        "No health outcomes are needed.",
        "No health provision is needed.",
        tags=("short",),
    ),
    _plan(
        "p-hi-cochlear-clean",
        L(
            "HEARING",
            "Maya (14) is profoundly deaf and wears two cochlear implants (hearing devices fitted "
            "by surgery, with a processor worn behind each ear). In a noisy room she misses much "
            "of what is said, and she tires by the end of the day from listening.",
        ),
        L(
            "- By Easter 2027 I will use my radio aid in every lesson and tell the teacher if it "
            "stops working, checked by my Teacher of the Deaf on two visits.",
            "- By Easter 2027 I will take a 10-minute listening break in the afternoon and say I "
            "feel less tired on 4 days out of 5 on my own scale.",
        ),
        L(
            "- A Teacher of the Deaf from the Sensory Support Team will visit fortnightly for an "
            "hour to check her equipment, teach her to manage it and advise her teachers.",
            "- The cochlear implant team at Wexcombe University Hospital will review Maya's "
            "processors every six months.",
            "- Her form tutor will agree a quiet place for a 10-minute listening break every "
            "afternoon.",
            "Everything here runs for two school terms from January 2027, then is reviewed.",
        ),
        tags=("bullets", "sensory", "heading"),
    ),
    _plan(
        "p-la-paraphrase-letters-gt-provision-no-need",
        "Following the letter from Dr Okafor (Consultant Paediatrician, 12 March 2026), Ethan is "
        "known to have ADHD (attention deficit hyperactivity disorder). He struggles to sit for "
        "more than 10 minutes. He shouts out in class and this upsets other children. The clinic letter of 3 June 2026 also "
        "notes he is a fussy eater but growth is normal.",
        "By July 2027 Ethan will stay in his seat for a 20-minute task on 4 days out of 5, as "
        "recorded by his teacher on a weekly chart.",
        "Ethan's class teacher will give him a movement break of 5 minutes after every 15 "
        "minutes of seated work, every school day until July 2027. The school nurse will weigh "
        "Ethan once a term until July 2027 and send the results to the paediatrician. The "
        "community paediatrician will review Ethan every six months until July 2027.",
        expected=(
            (
                GT,
                "C",
                "He shouts out in class and this upsets other children.",
            ),
            (
                GT,
                "G",
                "The school nurse will weigh Ethan once a term until July 2027 and send the "
                "results to the paediatrician.",
            ),
        ),
        tags=("la-paraphrase",),
    ),
    _plan(
        "p-regular-physio-dmd",
        "Harvey (10) has Duchenne muscular dystrophy, a condition that weakens muscles over "
        "time. He can no longer manage stairs and falls if he is knocked. His ankles are "
        "stiffening, and he wears night splints.",
        L(
            "By July 2027 I will get between floors using the lift on my own, every day, with no "
            "falls recorded in the school accident book.",
            "By July 2027 I will keep my ankle movement the same as in September 2026, measured "
            "by my physiotherapist at each review.",
        ),
        L(
            "Regular physiotherapy in school.",
            "The school office will hold the lift key and give it to Harvey every morning for the "
            "school year 2026-27.",
            "A physiotherapist from the Neuromuscular Service will review his splints and "
            "stretches every 12 weeks, for the school year 2026-27.",
        ),
        expected=(
            (UP, "G", "Regular"),
            (NF, "G", "Regular physiotherapy in school."),
            (ND, "G", "Regular physiotherapy in school."),
            (NP, "G", "Regular physiotherapy in school."),
        ),
        tags=("lines",),
    ),
]

PLANS += [
    _plan(
        "p-young-person-first-person-clean",
        L(
            "About me and my health",
            "I'm Callum, I'm 17 and I have Crohn's disease, which inflames my gut. When it flares "
            "up I need the toilet urgently and I get really tired, so I miss lectures. I also get "
            "anxious about having an accident in class.",
        ),
        L(
            "- By June 2027 I will attend at least 90% of my college timetable, checked on the "
            "college register each half term.",
            "- By June 2027 I will rate my worry about college as 4 or lower out of 10 on most "
            "weeks, using the scale I agreed with my mentor.",
        ),
        L(
            "- The IBD nurse (inflammatory bowel disease nurse) at Ellingham General Hospital will "
            "phone me every two months and see me in clinic every six months, until June 2027.",
            "- My college learning support tutor will give me a toilet pass and recorded lectures "
            "for every session I miss, for the 2026-27 academic year.",
            "- A college mentor trained in anxiety support will meet me for 30 minutes every "
            "week during term until June 2027.",
        ),
        tags=("first-person", "post-16"),
    ),
    _plan(
        "p-hurried-nurse-careplan-multi",
        L(
            "HEALTH CARE PLAN - school nurse",
            "Lily-Mae yr2 has severe nut allergy and asthma. reacts to peanut + cashew. asthma "
            "worse in cold weather / after running.",
        ),
        L(
            "Lily-Mae will stay safe.",
            "By July 2027 Lily-Mae will tell an adult when she feels wheezy, every time, as "
            "recorded in the class asthma log.",
        ),
        L(
            "- staff to be trained in allergy pen use.",
            "- inhaler to be given before PE as needed.",
            "- School nurse (Holloway Lane School Nursing Team) will review this plan once a "
            "year, next in September 2026.",
        ),
        expected=(
            (OS, "E", "Lily-Mae will stay safe."),
            (NP, "G", "staff to be trained in allergy pen use."),
            (UP, "G", "as needed"),
            (ND, "G", "inhaler to be given before PE as needed."),
            (NP, "G", "inhaler to be given before PE as needed."),
        ),
        tags=("hurried", "typos", "bullets"),
    ),
]

PLANS += [
    _plan(
        "p-tribunal-amended-sld-clean",
        L(
            "AMENDED FINAL PLAN (following the order of the First-tier Tribunal, 14 September 2026)",
            "Section C",
            "Noah (15) has a severe learning disability and epilepsy. He cannot tell adults when he "
            "is in pain and shows it by biting his hand. He needs help with all of his personal "
            "care, including changing, and he drools, which makes his skin around the mouth sore.",
        ),
        L(
            "By July 2027, when Noah is in pain he will point to the 'hurt' symbol on his "
            "communication board, on at least 3 of every 4 occasions staff record.",
            "By July 2027 Noah will have no days off school because of sore skin around his "
            "mouth, as recorded in his care log.",
            "By July 2027 Noah will hold the handrail and step into the changing area himself at "
            "every change, as recorded by his care staff.",
        ),
        L(
            "Section G (as ordered by the Tribunal)",
            "1. A speech and language therapist from Carrow Heath NHS Foundation Trust will "
            "provide a 45-minute session every fortnight for the 2026-27 school year to teach "
            "Noah and staff to use a pain symbol on his communication board.",
            "2. Two teaching assistants trained by the community nursing team in moving and "
            "handling will carry out all of Noah's personal care at every change, throughout "
            "the 2026-27 school year.",
            "3. The community children's nurse will check the skin around his mouth and update "
            "the skin care routine once a half term for the 2026-27 school year; staff trained "
            "by her will apply the barrier cream after every meal.",
            "4. The epilepsy nurse will train staff in his seizure plan once in September 2026.",
        ),
        tags=("tribunal", "numbered", "heading"),
    ),
    _plan(
        "p-health-visitor-toddler-gt",
        "Report from health visitor, summarised by the LA. Aria is 2 years 4 months. She has "
        "about ten words and does not yet put two words together. She is not yet walking "
        "steadily and falls often. She wakes four or five times a night.",
        L(
            "By September 2027 Aria will use 50 single words and some two-word phrases, counted "
            "by her key worker and parents over one week.",
            "By September 2027 Aria will walk across the nursery garden without falling on 4 out "
            "of 5 tries, as seen by her physiotherapist.",
        ),
        L(
            "A speech and language therapist from Ravensholt Early Years Team will see Aria in "
            "nursery for 30 minutes every three weeks until September 2027.",
            "Her key worker, trained by the therapist, will do her words programme for 10 "
            "minutes every day she is at nursery until September 2027.",
            "A paediatric physiotherapist will assess her walking once and then see her every "
            "month until September 2027.",
        ),
        expected=((GT, "C", "She wakes four or five times a night."),),
        tags=("early-years", "health-visitor"),
    ),
    _plan(
        "p-physio-sheet-no-duration",
        L(
            "PHYSIOTHERAPY PROGRAMME - Ruby (8), hypermobility",
            "Ruby's joints are very bendy, and her knees and ankles ache after walking or PE. She "
            "avoids the playground equipment because her legs feel wobbly.",
        ),
        L(
            "- By July 2027 I will walk round the school field (400 m) without stopping, on 3 "
            "out of 4 tries in PE, timed by my teacher.",
            "- By July 2027 I will climb to the top of the climbing frame and down twice a week "
            "at playtime, as seen by my teaching assistant.",
        ),
        L(
            "Exercise | Who | How often",
            "Leg strengthening circuit (wall sits, step-ups, heel raises) | Teaching assistant "
            "shown by the physiotherapist | 10 minutes, three times a week",
            "Balance work on the wobble cushion | Teaching assistant shown by the physiotherapist "
            "| Every school day",
            "Review of the programme | Children's physiotherapist, Orme Valley Community Health | "
            "Once a term until July 2027",
        ),
        expected=(
            (
                ND,
                "G",
                "Balance work on the wobble cushion | Teaching assistant shown by the "
                "physiotherapist | Every school day",
            ),
        ),
        tags=("table", "programme-sheet"),
    ),
]
