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
        tags=_tags(expected, (*tags, "undivided")),
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
            "at least 3 lessons a day, as counted by my teaching assistant for two weeks each "
            "term.",
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
            (AC, "G", "OT"),
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
        "more than 10 minutes. He shouts out in class and this upsets other children. The clinic "
        "letter of 3 June 2026 also "
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
            "- School nurse (Holloway Lane School Nursing Team) will review this plan every "
            "term until July 2027.",
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
            "AMENDED FINAL PLAN (following the order of the First-tier Tribunal, 14 September "
            "2026)",
            "Section C",
            "Noah (15) has a severe learning disability. He cannot tell adults when he "
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
        ),
        tags=("tribunal", "numbered", "heading"),
    ),
    _plan(
        "p-health-visitor-toddler-gt",
        "Report from health visitor, summarised by the local authority. Aria is 2 years 4 months. "
        "She has "
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

PLANS += [
    _plan(
        "p-college-young-adult-sickle-cell",
        L(
            "My health (written with my college key worker)",
            "I'm Deji, I'm 19 and I have sickle cell disease. When I get a pain crisis I can be "
            "in hospital for a week, and I fall behind on my coursework. Cold and not drinking "
            "enough can set off a crisis, and the workshop at college is cold.",
        ),
        L(
            "- By June 2027 I will hand in every assignment by its extended deadline after a "
            "hospital stay, checked by my personal tutor each term.",
            "- By December 2026 I will drink at least 1.5 litres of water each college day, "
            "ticked on my own tracker, on 4 days out of 5.",
            "- By December 2026 I will wear my warm layer in every workshop session, as my "
            "workshop tutor checks each week.",
        ),
        L(
            "- My personal tutor will agree a two-week extension for any assignment due during or "
            "just after a hospital stay, for the whole 2026-27 course.",
            "- The college will let me keep a water bottle and a warm layer with me in every "
            "class, agreed by my course leader for the 2026-27 course.",
            "- The haemoglobinopathy nurse (a specialist nurse for blood conditions) at "
            "Lindenfield Hospital will see me every three months and write to college after any "
            "admission, until June 2027.",
        ),
        tags=("first-person", "post-16", "young-adult"),
    ),
    _plan(
        "p-semh-camhs-acronyms",
        "Freya (13) has been seen by CAMHS since January 2026 for low mood and self-harm. She "
        "finds crowded corridors frightening and has missed 40% of lessons this term. She "
        "struggles to sleep and is very tired in the morning.",
        "By July 2027 Freya will attend at least 85% of her lessons, as shown on the school "
        "register each half term. By July 2027 Freya will get to school for registration at "
        "8:45 on 4 days out of 5, as recorded by her form tutor. By July 2027 Freya will rate "
        "her mood 6 or more out of 10 on most days over a fortnight, on the scale she uses in "
        "her sessions.",
        "A CAMHS practitioner will see Freya for 50 minutes every week until March 2027, then "
        "fortnightly until July 2027, to work on her mood, self-harm and sleep. The school's "
        "ELSA, trained by the educational psychology "
        "service, will meet Freya for 30 minutes twice a week until July 2027. Her head of year "
        "will give her a pass to leave lessons 3 minutes early to avoid crowded corridors, for "
        "every lesson change until July 2027.",
        expected=(
            (AC, "C", "CAMHS"),
            (AC, "G", "ELSA"),
        ),
        tags=("paragraph",),
    ),
    _plan(
        "p-scoliosis-surgery-clean-tricky-duration",
        "Zara (12) had surgery on her spine in April 2026 to correct a curve. Since then she must "
        "not carry heavy bags, and she tires quickly.",
        "By the end of the summer term 2027 I will attend full days at school, five days a week, "
        "as shown by the register. By the end of the autumn term 2026 I will get round school "
        "with my locker and my light bag only, with no help asked for, on every day my form "
        "tutor checks.",
        L(
            "While Zara is recovering from her spinal surgery, and until the surgeon's review in "
            "June 2027:",
            "- the school's site manager will keep a locker on each floor for her books;",
            "- her form tutor will give her a rest pass for the library every afternoon, for her "
            "to use for up to 20 minutes;",
            "- the spinal physiotherapist at Corley Royal Orthopaedic Hospital will see her every "
            "six weeks.",
        ),
        tags=("bullets", "tricky-duration"),
    ),
]

PLANS += [
    _plan(
        "p-cf-brand-name",
        L(
            "- Theo (6) has cystic fibrosis, which makes thick mucus build up in his lungs and "
            "stops him digesting fat properly.",
            "- He coughs a lot after running and needs his chest cleared at lunchtime.",
            "- He must take enzyme capsules with every meal and snack, and cannot yet do this "
            "on his own.",
        ),
        L(
            "- By July 2027 I will do my lunchtime huffing and blowing exercises with my helper "
            "on every school day, ticked on my chart.",
            "- By July 2027 I will ask for my capsules before I eat at every snack and lunch, "
            "on 9 out of 10 days my teaching assistant records.",
        ),
        L(
            "- The cystic fibrosis physiotherapist from Gallowmere Children's Hospital will train "
            "his teaching assistant in his airway clearance routine once in September 2026 and "
            "check it every term until July 2027.",
            "- His trained teaching assistant will do his 15-minute chest clearance routine with "
            "him every lunchtime until July 2027.",
            "- His trained teaching assistant will give him his Creon capsules with every meal "
            "and snack until July 2027.",
        ),
        expected=((DN, "G", "Creon"),),
        tags=("bullets", "medical"),
    ),
    _plan(
        "p-vi-qtvi-expanded-clean",
        "Sofia (7) has albinism, so her eyesight is low and bright light dazzles her. She cannot "
        "read normal-size print or see the board from her table. She is unsteady on steps "
        "because she cannot judge their edges.",
        L(
            "Outcomes for Sofia, to be reached by July 2027:",
            "- I will read my class reader in size 24 print at my own table for 10 minutes, on "
            "4 out of 5 days.",
            "- I will copy from my tablet link to the board without asking for help in 3 lessons "
            "a week.",
            "- I will use the steps in the playground with the yellow edges on my own, every day, "
            "with no falls in the accident book.",
        ),
        L(
            "A Qualified Teacher of Vision Impairment (QTVI) from Hartwell Sensory Service will "
            "visit for one hour every fortnight to teach Sofia to use her tablet and magnifier and "
            "to advise staff on large print. The QTVI will check her lighting and seating once "
            "a term. A habilitation specialist will assess the school site once in September 2026 "
            "and the site manager will paint the step edges yellow by October 2026. All of this "
            "runs for the 2026-27 school year.",
        ),
        tags=("paragraph", "sensory"),
    ),
    _plan(
        "p-dcd-ta-untrained-no-freq",
        "Finlay (10) has developmental coordination disorder (dyspraxia). His handwriting is slow "
        "and hard to read, and he struggles with buttons and laces after PE.",
        "By July 2027 Finlay will write 5 legible sentences in 10 minutes, checked by his teacher "
        "each half term. By July 2027 Finlay will change for PE on his own within 8 minutes, on "
        "4 out of 5 PE days.",
        L(
            "- An occupational therapist from Saltmarsh Children's Therapies will run a block of "
            "six weekly 45-minute sessions in school in the autumn term of 2026.",
            "- The occupational therapist will provide a sloping board, pencil grips and an "
            "elastic-laced pair of PE shoes once.",
            "- A teaching assistant will help him with handwriting until July 2027.",
        ),
        expected=(
            (NF, "G", "A teaching assistant will help him with handwriting until July 2027."),
            (NP, "G", "A teaching assistant will help him with handwriting until July 2027."),
        ),
        tags=("bullets",),
    ),
    _plan(
        "p-outcomes-vague-down-syndrome",
        "Sam (4) has Down syndrome. He has low muscle tone, so he tires sitting on the carpet, "
        "and his speech is hard to understand. He has glue ear, which comes and goes and makes "
        "it harder for him to hear.",
        L(
            "Sam will improve his communication.",
            "Sam will be able to sit better.",
            "By July 2027 Sam will wear his hearing aids all morning in nursery on 4 out of 5 "
            "days, as recorded by his key worker.",
        ),
        L(
            "- A speech and language therapist from Dunmore Early Years SLT will see Sam for 45 "
            "minutes every month and set a Makaton signing and speech programme.",
            "- His key worker, trained by the therapist, will do the programme with him for 10 "
            "minutes every session he attends.",
            "- A physiotherapist will advise on a supportive floor seat, supplied once.",
            "- The audiology service at Dunmore General will check his hearing aids every three "
            "months.",
            "Everything above runs until his transfer to reception in September 2027.",
        ),
        expected=(
            (OS, "E", "Sam will improve his communication."),
            (OS, "E", "Sam will be able to sit better."),
            (AC, "G", "SLT"),
        ),
        tags=("early-years",),
    ),
]

PLANS += [
    _plan(
        "p-gastrostomy-should-hedge",
        "Leo (3) was born very early and has chronic lung disease. He is fed through a tube into "
        "his stomach (a gastrostomy) because swallowing is unsafe for him. He needs oxygen when "
        "he is asleep.",
        L(
            "- By July 2027 Leo will have every nursery feed given safely through his tube, with "
            "no feed missed, as recorded in his feeding log.",
            "- By July 2027 Leo will nap in nursery with his oxygen on every day he attends, with "
            "no alarms unanswered, as recorded by his nurse.",
        ),
        L(
            "- A children's community nurse from Pellham Community Health will train two nursery "
            "staff in tube feeding and oxygen once before he starts and then every six months "
            "until July 2027.",
            "- The two trained staff will give his tube feeds at 10:00 and 12:30 every day he "
            "attends, until July 2027.",
            "- The dietitian should review his feeding plan.",
            "- A trained member of nursery staff will put his oxygen on for every nap, until "
            "July 2027.",
        ),
        expected=(
            (UP, "G", "should"),
            (NF, "G", "The dietitian should review his feeding plan."),
            (ND, "G", "The dietitian should review his feeding plan."),
        ),
        tags=("early-years", "medical"),
    ),
    _plan(
        "p-migraine-where-possible",
        "Chloe (11) has frequent migraines, bad headaches with sickness, about twice a week. "
        "Bright screens and skipping meals bring them on. During a migraine she cannot work and "
        "needs to lie down in a dark room.",
        "By July 2027 Chloe will miss no more than two lessons a month because of migraine, as "
        "recorded on her headache diary and the school register.",
        "Where possible, teachers will reduce screen brightness in her lessons. Her head of "
        "year will make sure she can eat a snack at morning break every day until July 2027. "
        "When a migraine starts, a first-aid trained member of staff will take her to the "
        "medical room to lie down in the dark, until July 2027. Her GP will review her "
        "treatment every three months until July 2027.",
        expected=(
            (UP, "G", "Where possible"),
            (NF, "G", "Where possible, teachers will reduce screen brightness in her lessons."),
            (ND, "G", "Where possible, teachers will reduce screen brightness in her lessons."),
        ),
        tags=("paragraph",),
    ),
    _plan(
        "p-selective-mutism-clean",
        L(
            "Communication and anxiety",
            "Ayesha (6) speaks freely at home but does not speak at school to anyone except one "
            "friend. She freezes when asked a direct question and will not ask to go to the "
            "toilet, so she has had accidents.",
        ),
        L(
            "By the end of the spring term 2027 I will say single words to my key adult in a "
            "small room, in 4 out of 5 of our sessions.",
            "By the end of the spring term 2027 I will show my toilet card to go to the toilet "
            "whenever I need, with no accidents in a month, as recorded by my class teacher.",
        ),
        L(
            "A speech and language therapist from Cornwell Community Children's Services will "
            "train one key adult in a small-steps programme for talking, in a single two-hour "
            "session in September 2026, and review it with her every half term. The trained key "
            "adult will do the programme with Ayesha for 15 minutes, three times a week. Her "
            "class teacher will give her a toilet card on her first day back and will not ask "
            "her direct questions in front of the class. This plan runs until the end of the "
            "spring term 2027.",
        ),
        tags=("paragraph", "heading"),
    ),
    _plan(
        "p-abi-jargon",
        "Since his brain injury in a road accident in February 2026, Jack (14) has left-sided "
        "hemiparesis and a homonymous hemianopia. He has dysphagia with thin drinks. He forgets "
        "what he has been told within minutes.",
        L(
            "By July 2027 I will walk between lessons with my splint and stick, leaving 3 minutes "
            "early, with no falls recorded.",
            "By July 2027 I will find things on the left of my page or desk by turning my head, "
            "in 8 out of 10 tasks my teacher checks.",
            "By July 2027 I will drink only thickened drinks at school, every day, as my care log "
            "records.",
            "By July 2027 I will use my phone reminders to get to every lesson on time in 4 weeks "
            "out of 5.",
        ),
        L(
            "- The neuro-physiotherapist from Ashby Children's Rehabilitation will see Jack every "
            "fortnight for 45 minutes.",
            "- The occupational therapist will teach Jack to scan to his left in six weekly "
            "sessions.",
            "- The speech and language therapist will train kitchen staff in making his "
            "thickened drinks once, and review his swallow every term.",
            "- A teaching assistant trained by the occupational therapist will set up his phone "
            "reminders each morning.",
            "All provision runs until the rehabilitation review in July 2027.",
        ),
        expected=(
            (JA, "C", "hemiparesis"),
            (JA, "C", "homonymous"),
            (JA, "C", "hemianopia"),
            (JA, "C", "dysphagia"),
        ),
        tags=("bullets", "jargon"),
    ),
]

PLANS += [
    _plan(
        "p-continence-clean-table",
        L(
            "Area | Need",
            "Toileting | Jayden (7) is not yet dry in the day and wets himself two or three times "
            "a day, which upsets him.",
            "Constipation | He often goes days without opening his bowels and then soils.",
        ),
        L(
            "What I will do | By when | How we will know",
            "I will go to the toilet at set times and stay dry for the whole morning | February "
            "2027 | Dry on 4 mornings out of 5, on the class toilet chart",
            "I will have no soiling accidents at school | July 2027 | None in a month, on the "
            "class toilet chart",
        ),
        L(
            "What | Who | How often | How long",
            "Toilet timetable: taken to the toilet at set times | Teaching assistant trained by "
            "the school nurse | Every 90 minutes during the school day | Until July 2027",
            "Bowel programme and check of progress | Children's continence nurse, Fernley "
            "Community Health | Every six weeks, in clinic | Until July 2027",
            "Spare clothes kept in school and changing after an accident | Teaching assistant "
            "trained "
            "by the school nurse | After every accident | Until July 2027",
        ),
        tags=("table",),
    ),
    _plan(
        "p-trache-complex-clean",
        "Mia (9) has a tracheostomy (a breathing tube in her neck) because her airway is "
        "narrow. The tube must be cleared of mucus with a suction machine several times a day, "
        "and if it blocks or comes out she cannot breathe. She cannot speak above a whisper.",
        "By July 2027 Mia will tell an adult when her tube needs clearing, using her sign, every "
        "time, as recorded in her care log. By July 2027 Mia will answer questions in class "
        "using her communication aid in 4 out of 5 lessons, as checked by her speech and "
        "language therapist each half term.",
        L(
            "1. A trained carer from the Ridgeway Children's Continuing Care team, who has passed "
            "the trust's tracheostomy competencies, will be with Mia for the whole school day, "
            "every day, for the 2026-27 school year.",
            "2. The trained carer will clear her tube whenever it needs it, and change it in an "
            "emergency, following her care plan, throughout 2026-27.",
            "3. The community children's nurse will check the carer's competencies and Mia's "
            "care plan every three months during 2026-27.",
            "4. A speech and language therapist will see Mia for 45 minutes every fortnight during "
            "2026-27 to teach her to use her communication aid.",
        ),
        tags=("numbered", "medical", "complex"),
    ),
    _plan(
        "p-mixed-good-bad-support-as-needed",
        "Poppy (16) has juvenile arthritis in her knees, wrists and fingers. Writing for long "
        "makes her fingers swell. On bad days she cannot "
        "manage the stairs to the science labs.",
        L(
            "By the end of her GCSE exams (June 2027) Poppy will type all her long answers, in "
            "every exam, with 25% extra time.",
            "By July 2027 Poppy will get to every science lesson, using the lift on bad days, as "
            "recorded on the register.",
        ),
        L(
            "- The paediatric rheumatology nurse at Orrin Park Hospital will see Poppy every "
            "three months and write to school after each visit, until July 2027.",
            "- The exams officer will arrange a laptop and 25% extra time for every exam until "
            "July 2027.",
            "- Support as needed from school staff.",
            "- The school office will give Poppy a lift pass for the 2026-27 school year.",
        ),
        expected=(
            (UP, "G", "Support as needed"),
            (NF, "G", "Support as needed from school staff."),
            (ND, "G", "Support as needed from school staff."),
            (NP, "G", "Support as needed from school staff."),
        ),
        tags=("bullets",),
    ),
]

PLANS += [
    _plan(
        "p-eczema-night-scratching-gt",
        "Ollie (8) has severe eczema on his hands, which cracks and bleeds, so holding a pencil "
        "hurts. He scratches at night and comes to school tired.",
        "By July 2027 Ollie will write for 15 minutes without stopping because of sore hands, in "
        "4 out of 5 writing lessons, as his teacher records.",
        "His class teacher will make sure he puts on his moisturising cream after every "
        "handwash and before writing lessons, and give him a soft-grip pencil, for the school "
        "year 2026-27. The dermatology nurse at Whitcombe Hospital will review his skin every "
        "two months for the school year 2026-27.",
        expected=((GT, "C", "He scratches at night and comes to school tired."),),
        tags=("paragraph", "short"),
    ),
    _plan(
        "p-opportunities-for-social",
        "Bella (12) is autistic and finds unstructured times very hard. At break and lunch she "
        "stays alone and becomes distressed by the noise, and afterwards she cannot settle in "
        "lessons.",
        "By July 2027 Bella will spend lunchtime in the lunch club and return to lessons calmly "
        "on 4 out of 5 days, as recorded by the club lead.",
        "Bella will have opportunities for social interaction at lunchtime. The autism outreach "
        "teacher from the Kingsfold Autism Team will visit every half term until July 2027 to "
        "advise staff. A trained learning mentor will run a lunch club in a quiet room every "
        "lunchtime until July 2027.",
        expected=(
            (UP, "G", "opportunities for"),
            (ND, "G", "Bella will have opportunities for social interaction at lunchtime."),
            (NP, "G", "Bella will have opportunities for social interaction at lunchtime."),
        ),
        tags=("paragraph",),
    ),
    _plan(
        "p-heart-condition-clean-bullets",
        L(
            "Health needs",
            "* Ravi (11) was born with a heart condition and had two operations as a baby.",
            "* He gets breathless quickly, so he cannot run for more than a minute or carry a "
            "heavy bag up stairs.",
            "* He turns blue around the lips when he overdoes it and then needs to rest.",
        ),
        L(
            "* By July 2027 I will join in every PE lesson, doing the parts my cardiac nurse has "
            "agreed, as ticked by my PE teacher.",
            "* By July 2027 I will stop and rest when my lips feel cold or tingly, every time, "
            "and tell an adult, as recorded in my care log.",
        ),
        L(
            "* The cardiac liaison nurse from Broadmere Children's Heart Centre will write a PE "
            "and activity plan once in September 2026 and meet school staff once a term to "
            "update it.",
            "* His PE teacher will follow the plan in every PE lesson.",
            "* The school office will lend him a second set of books so he need not carry a bag "
            "between floors, once at the start of the year.",
            "* If he looks blue or says he is unwell, a first-aid trained member of staff will "
            "sit with him and follow his care plan.",
            "All provision is for the 2026-27 school year.",
        ),
        tags=("bullets", "medical"),
    ),
    _plan(
        "p-hearing-as-required-and-acronym",
        "Eliza (5) has a moderate hearing loss in both ears and wears hearing aids. She misses "
        "instructions given from the back of the room and in the playground.",
        "By July 2027 Eliza will follow instructions given to the whole class, in 4 out of 5 "
        "observations by her ToD.",
        "The ToD will visit as required. Her class teacher will wear the radio aid microphone in "
        "every lesson until July 2027. The audiology service at Marlow Vale Hospital will test "
        "her hearing every six months until July 2027.",
        expected=(
            (AC, "E", "ToD"),
            (UP, "G", "as required"),
            (NF, "G", "The ToD will visit as required."),
            (ND, "G", "The ToD will visit as required."),
        ),
        tags=("paragraph", "short"),
    ),
    _plan(
        "p-pmld-complex-clean",
        "Grace (18) has profound and multiple learning disabilities. She uses a wheelchair and "
        "cannot move herself. She cannot change position, so she gets sore skin and stiff hips "
        "if she sits too long. She eats only pureed food and can choke. She shows pleasure and "
        "distress by sounds and face, and staff need to learn what they mean.",
        L(
            "- By July 2027 Grace will spend at least 40 minutes out of her chair in her standing "
            "frame or on a mat every college day, with no new sore skin, as her care log records.",
            "- By July 2027 Grace will eat her lunch safely with no choking episodes, as recorded "
            "by her trained staff each day.",
            "- By July 2027 Grace will choose between two activities by looking at one, on 3 out "
            "of 4 offers, as her staff note each week.",
        ),
        L(
            "- Two support workers trained in moving and handling by the adult learning disability "
            "physiotherapist will change Grace's position every two hours, during each college "
            "day.",
            "- The physiotherapist from Hestonbury Adult Learning Disability Team will review "
            "her positioning plan every three months.",
            "- A speech and language therapist will write her eating plan once and train her "
            "support workers in it, then check it every term.",
            "- Her support workers will follow the eating plan at every meal.",
            "- The speech and language therapist will make a communication passport for Grace "
            "once by November 2026 and train her support workers in it.",
            "Everything here is for her first year at Linwood College, 2026-27.",
        ),
        tags=("bullets", "post-16", "complex"),
    ),
]

PLANS += [
    _plan(
        "p-la-paraphrase-adhd-drugs",
        "Summary of health information (from clinic letters dated 2 February 2026 and 19 May "
        "2026). Kacper (10) has ADHD (attention deficit hyperactivity disorder) and takes "
        "methylphenidate in the morning and a top-up dose at lunchtime. Without the lunchtime "
        "dose he cannot focus in afternoon lessons. He was also prescribed melatonin for sleep, "
        "which is going well.",
        "By July 2027 Kacper will finish at least 3 out of 4 afternoon tasks each week, as his "
        "class teacher records.",
        "The school office will store his lunchtime tablet in a locked cupboard and a member of "
        "office staff trained in giving medicines will give it to him at 12:15 every school day "
        "until July 2027. The community paediatrician at Selby Moor Children's Centre will "
        "review his medicine every six months until July 2027.",
        expected=(
            (DN, "C", "methylphenidate"),
            (DN, "C", "melatonin"),
        ),
        tags=("la-paraphrase", "paragraph"),
    ),
    _plan(
        "p-gt-provision-meets-no-need-ot",
        "Aiden (6) has global developmental delay. He does not yet understand simple questions "
        "and uses single words. He cannot use the toilet on his own.",
        L(
            "- By July 2027 I will answer 'who' and 'what' questions about a picture, in 4 out "
            "of 5 tries with my speech therapist.",
            "- By July 2027 I will tell an adult when I need the toilet, on 4 days out of 5, "
            "as recorded on my chart.",
        ),
        L(
            "- A speech and language therapist from Pollard Community NHS Trust will see Aiden "
            "every three weeks for 45 minutes until July 2027.",
            "- A teaching assistant trained by the school nurse will take him to the toilet every "
            "hour and praise him for telling, until July 2027.",
            "- An orthoptist will test his eye movements every six months until July 2027.",
        ),
        expected=(
            (
                GT,
                "G",
                "An orthoptist will test his eye movements every six months until July 2027.",
            ),
        ),
        tags=("bullets",),
    ),
    _plan(
        "p-spina-bifida-catheter-clean",
        "Nia (10) has spina bifida. She has no feeling below her waist and uses a wheelchair. "
        "She cannot empty her bladder herself, so a catheter (a thin tube) is passed every three "
        "to four hours to drain it. She is at risk of pressure sores.",
        "By July 2027 I will do my own catheter with my helper watching at every lunchtime, on "
        "9 out of 10 days as recorded in my care log. By July 2027 I will lift myself in my "
        "chair every 30 minutes with a timer, with no red marks found at my skin checks each "
        "term.",
        "A teaching assistant trained and signed off by the Stenfield Children's Bladder and "
        "Bowel Service will help Nia with her catheter at 11:30 and 14:30 every school day. The "
        "bladder and bowel nurse will check the assistant's skills and Nia's progress once a "
        "term. Her class teacher will set her timer for pressure lifts in every lesson. A "
        "community nurse will check her skin once a term. This provision runs for the 2026-27 "
        "school year.",
        tags=("paragraph", "medical"),
    ),
    _plan(
        "p-outcome-no-time-and-no-criterion",
        "Tyler (15) has a stammer. He avoids reading aloud and answering in class, and has "
        "stopped putting his hand up. He gets very anxious before speaking.",
        L(
            "1. Tyler will feel more confident speaking in class.",
            "2. Tyler will read aloud to a small group, in 3 out of 4 English lessons.",
            "3. By July 2027 Tyler will rate his worry before speaking at 4 or less out of 10 "
            "on most days, on the scale he uses with his therapist.",
        ),
        L(
            "1. A speech and language therapist specialising in stammering from the Eldmoor "
            "Stammering Clinic will see Tyler for six weekly 50-minute sessions in the autumn "
            "term of 2026, then for a review once a half term until July 2027.",
            "2. His English teacher will let him read aloud first to one partner, then a small "
            "group, in every English lesson until July 2027.",
        ),
        expected=(
            (OS, "E", "Tyler will feel more confident speaking in class."),
            (
                OS,
                "E",
                "Tyler will read aloud to a small group, in 3 out of 4 English lessons.",
            ),
        ),
        tags=("numbered",),
    ),
    _plan(
        "p-tourettes-first-person-clean",
        L(
            "My health - written by me, Reece, aged 14, with my mum",
            "I have Tourette's. I have tics, which are sounds and movements I can't stop. They "
            "get worse when I'm stressed or trying to hold them in, like in exams or quiet "
            "lessons. Sometimes other kids laugh and then I don't want to come in.",
        ),
        L(
            "- By July 2027 I'll use my exit card to take a 5-minute tic break when I need one, "
            "and come back to the lesson, every time, as my form tutor logs.",
            "- By July 2027 I'll sit my end-of-year exams in a separate room and finish them, "
            "for all of my subjects.",
            "- By July 2027 I'll go to school at least 95% of days, on the register.",
        ),
        L(
            "- My head of year will give me an exit card for all lessons, for the 2026-27 school "
            "year.",
            "- The exams officer will book me a separate room for every exam in 2026-27.",
            "- The Tic Clinic nurse from Barrowdene Children's Hospital will come in once in the "
            "autumn term 2026 to talk to my class, and meet my teachers once a term in 2026-27.",
            "- A school counsellor (a qualified counsellor) will see me for 45 minutes every "
            "fortnight in 2026-27.",
        ),
        tags=("first-person", "bullets"),
    ),
]

PLANS += [
    _plan(
        "p-cp-quad-aac-clean",
        "Jamal (12) has cerebral palsy affecting all four limbs. He cannot speak clearly and uses "
        "an eye-gaze computer (a device he controls by looking at the screen) to talk. He needs "
        "help to eat, drink and go to the toilet, and cannot hold a pen.",
        L(
            "By July 2027, Jamal will:",
            "- use his eye-gaze computer to answer a question in every lesson, on 4 days out of 5, "
            "as his teaching assistant records;",
            "- use his eye-gaze computer to complete one piece of written work a week in English "
            "and maths, marked by his teachers;",
            "- tell staff by eye-gaze when he is hungry, thirsty or needs the toilet, on 4 days "
            "out of 5, as his care log records.",
        ),
        L(
            "- A speech and language therapist from the Eastfield Communication Aid Service will "
            "visit for two hours every month to set up vocabulary and train staff.",
            "- A teaching assistant trained by that service will support Jamal to use his device "
            "in every lesson.",
            "- An occupational therapist will set up his switch access and seating once in "
            "September 2026 and review them once a term.",
            "- Two teaching assistants trained in moving and handling by the physiotherapist will "
            "help him eat, drink and use the toilet at every break, lunch and change.",
            "This provision runs until his annual review in July 2027.",
        ),
        tags=("bullets", "complex"),
    ),
    _plan(
        "p-anxiety-school-nurse-regular-checkins",
        "Hannah (9) has health anxiety: she worries that she is ill and asks to go to the school "
        "office with tummy aches most days. She has missed 25 days this year.",
        "By July 2027 Hannah will stay in class for the whole morning on 4 out of 5 days, as "
        "recorded on her class chart. By July 2027 Hannah's attendance will be at least 92% on "
        "the school register.",
        "The school nurse will have regular check-ins with Hannah until July 2027. The Mental "
        "Health Support Team (MHST) practitioner will see Hannah for eight weekly 40-minute "
        "sessions in the autumn term of 2026 and then once a half term until July 2027.",
        expected=(
            (UP, "G", "regular"),
            (NF, "G", "The school nurse will have regular check-ins with Hannah until July 2027."),
        ),
        tags=("paragraph",),
    ),
    _plan(
        "p-epilepsy-drug-in-g",
        "Sophie (13) has epilepsy. Her seizures happen mostly when she is tired, and she is "
        "sleepy and slow for the rest of the day after one. She has missed practical science "
        "because of safety worries.",
        "By July 2027 Sophie will take part in every practical science lesson with her risk "
        "assessment in place, as recorded by her science teacher. By July 2027 Sophie will go "
        "to the rest room and then return to lessons after a seizure, every time, as recorded "
        "in her care log.",
        L(
            "- The epilepsy specialist nurse from Tarrant Vale Hospital will train science staff "
            "once in September 2026 and write a practical-lesson risk assessment with them.",
            "- If a seizure lasts more than 5 minutes, a trained member of staff will give her "
            "buccal midazolam into the side of her mouth and call 999.",
            "- After a seizure, a first-aid trained member of staff will take her to the rest "
            "room for up to an hour and then back to class.",
            "All of this runs for the 2026-27 school year.",
        ),
        expected=((DN, "G", "midazolam"),),
        tags=("bullets", "medical"),
    ),
    _plan(
        "p-kidney-dialysis-clean",
        "Oscar (15) has kidney failure and goes to hospital for dialysis (a machine that cleans "
        "his blood) three afternoons a week. He misses those lessons and is very tired the "
        "morning after. He must keep to a limit on how much he drinks.",
        "By his GCSE exams in June 2027, Oscar will have caught up every missed lesson through "
        "the online work, with no more than two pieces outstanding at each half-term check by "
        "his form tutor. By July 2027 Oscar will keep a daily drinks tally at school on 9 out of "
        "10 days, checked by the kidney nurse at clinic.",
        "The renal (kidney) team at Harbury Children's Hospital will give dialysis three "
        "afternoons a week throughout the 2026-27 school year, with a hospital teacher for one "
        "hour each session. His form tutor will send home the work from the missed lessons every "
        "week and check it every half term, during 2026-27. His teachers will let him start "
        "lessons at 10:00 on the mornings after dialysis, for the 2026-27 school year. The "
        "kidney nurse will check his drinks tally at each clinic visit, every month during "
        "2026-27.",
        tags=("paragraph", "medical"),
    ),
    _plan(
        "p-prader-willi-gt-weak-muscles",
        "Ellie (8) has Prader-Willi syndrome. She feels hungry all the time and will take food "
        "from other children's lunchboxes. Her muscles are weak and she tires on walks. She has "
        "tantrums when routines change.",
        L(
            "- By July 2027 I will eat only my own lunch and snacks, on every school day, as "
            "recorded by lunchtime staff.",
            "- By July 2027 I will walk to the park and back on class trips without the buggy, "
            "on 3 out of 4 trips.",
            "- By July 2027 I will calm down within 10 minutes after a change of routine, in 4 "
            "out of 5 changes, as my teacher records.",
        ),
        L(
            "- A dietitian from Coldharbour Community NHS Trust will write a food plan once and "
            "review it every term until July 2027.",
            "- A lunchtime supervisor trained by the dietitian will keep lunchboxes out of "
            "Ellie's reach and sit with her at every lunch until July 2027.",
            "- Her class teacher will show her a visual timetable and warn her of any change at "
            "the start of every day until July 2027.",
        ),
        expected=((GT, "C", "Her muscles are weak and she tires on walks."),),
        tags=("bullets",),
    ),
]

PLANS += [
    _plan(
        "p-cvi-acronym-jargon",
        "Lucas (6) has CVI following his premature birth. He has nystagmus and finds busy "
        "pictures and cluttered rooms confusing. He is more tired after a busy morning and "
        "stops looking at all.",
        L(
            "By July 2027 I will pick out my own peg and tray from the others on 4 days out of 5, "
            "as my teaching assistant records.",
            "By July 2027 I will look at and name an object on a plain background in 8 out of 10 "
            "tries, in my sessions with my vision teacher.",
            "By July 2027 I will have a 10-minute rest in the quiet corner after morning break, "
            "every day, and join in again after it.",
        ),
        L(
            "A qualified teacher of children with vision impairment from Holmbrook Sensory "
            "Support will visit every fortnight for an hour, for the 2026-27 school year, to work "
            "with Lucas and show staff how to set out his work on plain backgrounds.",
            "His class teacher will mark his peg and tray in bright yellow and keep his table "
            "area clear, every day of the 2026-27 school year.",
            "A teaching assistant trained by the vision teacher will take him to the quiet "
            "corner for 10 minutes after morning break every day of the 2026-27 school year.",
        ),
        expected=(
            (AC, "C", "CVI"),
            (JA, "C", "nystagmus"),
        ),
        tags=("lines", "sensory"),
    ),
    _plan(
        "p-c-no-needs-g-has-provision",
        "Mason has no health needs related to his special educational needs. He had his "
        "hearing tested in May 2026 and it was normal.",
        "There are no health outcomes.",
        "The school nurse will see Mason once a year until he leaves primary school in July "
        "2028 to check his hearing.",
        expected=(
            (
                GT,
                "G",
                "The school nurse will see Mason once a year until he leaves primary school in "
                "July 2028 to check his hearing.",
            ),
        ),
        tags=("short",),
    ),
    _plan(
        "p-narcolepsy-as-appropriate",
        "Evie (16) has narcolepsy, a condition that makes her fall asleep suddenly in the day. "
        "She nods off in warm classrooms and after lunch, and then misses work. Strong emotions "
        "like laughing can make her legs go weak for a few seconds.",
        L(
            "- By July 2027 I will take two planned 20-minute naps at college every day and stay "
            "awake for the lessons after them, in 4 out of 5 lessons, as my tutor records.",
            "- By July 2027 I will sit down straight away when my legs feel weak, every time, "
            "with no falls recorded.",
        ),
        L(
            "- The sleep nurse from Fordwich Children's Sleep Service will see Evie every three "
            "months until July 2027.",
            "- Her personal tutor will agree a nap room and two 20-minute nap times every college "
            "day until July 2027.",
            "- Staff will make adjustments to her timetable as appropriate.",
            "- Her lecturers will let her sit near the front by the door and not on high stools, "
            "in every lesson until July 2027.",
        ),
        expected=(
            (UP, "G", "as appropriate"),
            (NF, "G", "Staff will make adjustments to her timetable as appropriate."),
            (ND, "G", "Staff will make adjustments to her timetable as appropriate."),
            (NP, "G", "Staff will make adjustments to her timetable as appropriate."),
        ),
        tags=("bullets", "post-16"),
    ),
    _plan(
        "p-late-effects-cancer-clean",
        "Alfie (11) finished treatment for leukaemia in 2026. The treatment has left him with "
        "poor short-term memory and slow processing, so he takes longer to copy and remember "
        "instructions. His immune system is still weak, so infections in school (chickenpox and "
        "measles) are dangerous for him.",
        "By July 2027 Alfie will complete his written work with a printed copy of the board "
        "notes, finishing at least 3 out of 4 tasks in a lesson, as his teachers record. By "
        "July 2027 Alfie will miss no more than 5 school days because of infections caught at "
        "school, as shown on the school register.",
        "His teachers will give Alfie a printed copy of the board notes and instructions at the "
        "start of every lesson, for the 2026-27 school year. The school office will phone his "
        "parents on the same day as any report of chickenpox or measles in his year group, for "
        "the 2026-27 school year. The late-effects clinical nurse specialist from Crossfield "
        "Children's Cancer Centre will meet his teachers once a term in 2026-27 to review how "
        "he is managing.",
        tags=("paragraph", "medical"),
    ),
    _plan(
        "p-passive-moving-handling",
        "Dylan (14) has spinal muscular atrophy, a condition that weakens his muscles. He uses a "
        "powered wheelchair, cannot stand, and needs hoisting for toileting. He gets chest "
        "infections easily and needs chest physiotherapy when he is unwell.",
        L(
            "- By July 2027 I will tell staff the order of my hoisting steps, every time I am "
            "hoisted, as my care log records.",
            "- By July 2027 I will miss no more than 10 school days because of chest infections, "
            "on the school register.",
        ),
        L(
            "- Hoisting will be carried out for every toilet visit during the school day, until "
            "July 2027.",
            "- When Dylan has a chest infection, the community physiotherapist from Pennard "
            "Community NHS Trust will do his chest physiotherapy in school twice a day, until "
            "July 2027.",
            "- The physiotherapist will train staff in moving and handling once in September "
            "2026 and check them every six months until July 2027.",
        ),
        expected=(
            (
                NP,
                "G",
                "Hoisting will be carried out for every toilet visit during the school day, "
                "until July 2027.",
            ),
        ),
        tags=("bullets",),
    ),
]

PLANS += [
    _plan(
        "p-ld-post16-annual-health-check-clean",
        L(
            "Health (Section C)",
            "Kieran (17) has a moderate learning disability and autism. He does not notice when "
            "he is unwell and will not say if he is in pain. He is anxious about doctors and "
            "has refused blood tests. He wants to travel to college on his own next year.",
        ),
        L(
            "1. By June 2027 I will go to my GP annual health check with my support worker and "
            "stay for the whole appointment.",
            "2. By June 2027 I will use my 'how I feel' card to tell a tutor if I feel ill or "
            "hurt, every time, as my tutor records.",
            "3. By June 2027 I will travel on the bus to college on my own 3 days a week, as "
            "agreed with my travel trainer.",
        ),
        L(
            "1. His GP practice, Brookside Surgery, will offer Kieran a learning disability "
            "annual health check once, by March 2027, with a longer appointment and a quiet "
            "waiting room.",
            "2. The learning disability liaison nurse from Tanfield Community Health will meet "
            "Kieran for an hour three times before the check, in January and February 2027, to "
            "prepare him using pictures.",
            "3. His college tutor will go through his 'how I feel' card with him at the start of "
            "every college day in 2026-27.",
            "4. A travel trainer from the council's Independent Travel Team will take the bus "
            "with him twice a week from January to June 2027.",
        ),
        tags=("numbered", "post-16", "transition"),
    ),
    _plan(
        "p-haemophilia-clean-conditional",
        "Ben (7) has severe haemophilia, which means his blood does not clot properly, so he can "
        "bleed into his joints after a knock. A bleed makes the joint hot, swollen and painful "
        "and he cannot use it. He has a preventive injection at home.",
        "By July 2027 Ben will tell an adult straight away after any knock or bump, every time, "
        "as recorded in the school accident book. By July 2027 Ben will take part in PE every "
        "week, with contact games left out, as ticked by his class teacher.",
        "If Ben has a knock to his head or a possible joint bleed, a first-aid trained member "
        "of staff will phone his parents and the Haemophilia Centre at Linstead Royal "
        "Infirmary at once. The haemophilia nurse will train all staff who work with Ben once a "
        "year, in September. His class teacher will adapt PE to non-contact games in every "
        "lesson. This applies throughout the 2026-27 school year.",
        tags=("paragraph", "medical"),
    ),
    _plan(
        "p-deafblind-usher-clean",
        L(
            "What Tilly (13) needs",
            "Tilly has Usher syndrome: she is deaf and wears cochlear implants, and her side "
            "vision is narrowing. In dim light she cannot see where she is going. She finds "
            "lip-reading impossible when a speaker stands against a window.",
        ),
        L(
            "- By July 2027 I will move around school on my own, including the dim corridors, "
            "using my cane, with no bumps or falls reported in a month.",
            "- By July 2027 I will follow what my teachers say in 9 out of 10 lessons, checked by "
            "my multi-sensory teacher each half term.",
        ),
        L(
            "- A habilitation specialist from Ardenmoor Sensory Service will teach Tilly cane "
            "skills for an hour every week in the autumn term 2026 and every fortnight after "
            "that until July 2027.",
            "- A qualified teacher of multi-sensory impairment will visit every fortnight for an "
            "hour until July 2027 to work with Tilly and advise her teachers.",
            "- Her teachers will stand away from windows and face her when they speak, in every "
            "lesson until July 2027.",
            "- The site manager will fit brighter lights in the corridors she uses, once, by "
            "November 2026.",
        ),
        tags=("bullets", "sensory"),
    ),
    _plan(
        "p-fnd-clean-young-person",
        "I'm Lola, I'm 15. I have functional neurological disorder. That means my brain and "
        "body don't always send messages properly, even though nothing is damaged. Sometimes my "
        "legs stop working or I have attacks that look like fits, mostly when I'm stressed. "
        "I've missed a lot of school since March 2026.",
        "By July 2027 I'll be in school for at least 80% of sessions, on the register. By July "
        "2027, when I feel an attack coming I'll go to the calm room and use my grounding plan, "
        "on 4 out of 5 times, as my key worker records. By July 2027 I'll walk between lessons "
        "on my own on 4 days out of 5, as my key worker records.",
        L(
            "What | Who | When",
            "Therapy for FND (functional neurological disorder) | Clinical psychologist, "
            "Glenholme Paediatric Psychology | 50 minutes, every week until July 2027",
            "Physiotherapy for my legs | Physiotherapist, Glenholme Paediatric Psychology and "
            "Therapies | Every fortnight until July 2027",
            "Calm room and grounding plan | My key worker, trained by the psychologist | Every "
            "attack, until July 2027",
            "Part-time timetable building up to full-time | Head of year | Reviewed every "
            "half term until July 2027",
        ),
        tags=("table", "first-person"),
    ),
    _plan(
        "p-ocd-may-hedge",
        "Harry (12) has obsessive-compulsive disorder. He washes his hands many times a lesson "
        "and cannot touch shared equipment. His rituals make him late for lessons most days.",
        "By July 2027 Harry will use shared equipment in science and technology in 3 out of 4 "
        "lessons, as his teachers record. By July 2027 Harry will arrive at lessons on time on "
        "4 days out of 5, as shown on the register.",
        "CAMHS (Child and Adolescent Mental Health Services) will offer Harry twelve weekly "
        "sessions of cognitive behavioural therapy in the autumn term of 2026. The CAMHS "
        "therapist may visit school to advise staff. His form tutor will meet him for 10 minutes "
        "every morning until July 2027 to go through his plan for the day.",
        expected=(
            (UP, "G", "may"),
            (NF, "G", "The CAMHS therapist may visit school to advise staff."),
            (ND, "G", "The CAMHS therapist may visit school to advise staff."),
        ),
        tags=("paragraph",),
    ),
]

PLANS += [
    _plan(
        "p-anaphylaxis-nursery-clean",
        "Rosie (3) has a severe allergy to milk and egg. Even a small amount can make her face "
        "swell and her breathing difficult (anaphylaxis, a life-threatening reaction). She puts "
        "everything in her mouth and cannot yet tell adults what she has eaten.",
        "By July 2027 Rosie will eat only food from her own labelled box at nursery, at every "
        "meal and snack, with no reactions recorded. By July 2027 Rosie will wait for her key "
        "worker's thumbs-up before eating, at 9 out of 10 snack times.",
        L(
            "- The children's allergy nurse from Wendham Hospital will train all nursery staff in "
            "her allergy plan and her allergy pen once in August 2026 and again in February 2027.",
            "- Her key worker, trained by the allergy nurse, will check all food before Rosie "
            "eats it and give the thumbs-up, at every meal and snack.",
            "- If Rosie shows signs of a reaction, a trained member of staff will give her "
            "allergy pen and call 999 at once.",
            "This runs for her nursery year, September 2026 to July 2027.",
        ),
        tags=("early-years", "bullets", "medical"),
    ),
    _plan(
        "p-sensory-feeding-clean-table",
        L(
            "Health need | Detail",
            "Eating | Milo (5) eats only six foods, all dry and beige, and gags on new textures.",
            "Sensory | He cannot bear messy play or wet hands and screams if made to join in.",
        ),
        L(
            "Outcome | By | Measured by",
            "I will touch and smell one new food at lunch | July 2027 | On 3 days out of 5, "
            "recorded by my teaching assistant",
            "I will join in messy play wearing gloves for 5 minutes | July 2027 | In 3 out of 4 "
            "sessions, recorded by my teacher",
        ),
        L(
            "Provision | Provider | Frequency | Duration",
            "Food exploration programme | Teaching assistant trained by the occupational "
            "therapist | Every school lunch | 2026-27 school year",
            "Sensory programme and review | Occupational therapist, Pinmoor Children's Therapy "
            "Service | 45-minute visit every half term | 2026-27 school year",
            "Messy play with gloves, building up time | Class teacher | Twice a week | 2026-27 "
            "school year",
        ),
        tags=("table", "early-years"),
    ),
    _plan(
        "p-lupus-no-duration-rash-gt",
        "Maryam (16) has lupus, which causes joint pain and tiredness. She runs out of energy by "
        "the afternoon and her hands hurt when she writes for long. She gets rashes in sunlight.",
        L(
            "- By June 2027 I will attend all my morning lessons and at least two afternoon "
            "lessons a week, on the college register.",
            "- By June 2027 I will type my notes and coursework on my laptop in every lesson.",
        ),
        L(
            "- The rheumatology nurse will see Maryam every three months.",
            "- The college will give her a laptop once, in September 2026.",
            "- Her personal tutor will agree a reduced afternoon timetable, "
            "reviewed every half term until June 2027.",
        ),
        expected=(
            (ND, "G", "The rheumatology nurse will see Maryam every three months."),
            (GT, "C", "She gets rashes in sunlight."),
        ),
        tags=("bullets", "post-16"),
    ),
    _plan(
        "p-stroke-childhood-clean",
        "Isabelle (9) had a stroke in 2026. Her right arm and hand are weak, so she writes with "
        "her left hand and needs help to cut up food. She gets tired by mid-afternoon and her "
        "words come slowly when she is tired.",
        L(
            "By July 2027, Isabelle will:",
            "- write a full page with her left hand in a 30-minute lesson, on 3 out of 4 tries;",
            "- cut up her own lunch with her special knife on 4 days out of 5;",
            "- take a 10-minute rest at 2 pm and then finish the afternoon lesson, on 4 days "
            "out of 5;",
            "- answer a question in class in a whole sentence, on 4 out of 5 tries checked by "
            "her speech and language therapist.",
        ),
        L(
            "- An occupational therapist from the Hollins Children's Stroke Service will see "
            "Isabelle every fortnight for 45 minutes to work on writing and cutlery, and supply "
            "a rocker knife once.",
            "- A speech and language therapist from the same service will see her once a month "
            "for 45 minutes.",
            "- A teaching assistant trained by the occupational therapist will practise her "
            "hand exercises for 10 minutes every morning and take her for a 10-minute rest at 2 "
            "pm every day.",
            "This plan runs until the stroke team's review in July 2027.",
        ),
        tags=("bullets",),
    ),
]

DIVIDED = [
    _div(
        "d-paediatrician-asd-should",
        "Zain (4) was diagnosed as autistic at our clinic in June 2026. He has very little "
        "spoken language and communicates by leading adults to what he wants. He becomes very "
        "upset by loud noises and changes in routine, and he sleeps poorly.",
        L(
            "- By July 2027 Zain will use a picture card to ask for a snack or toy, at 4 out of 5 "
            "snack times, as his key worker records.",
            "- By July 2027 Zain will stay in the nursery room with ear defenders during noisy "
            "activities for 10 minutes, on 3 out of 4 occasions.",
            "- By March 2027 Zain will sleep for at least 6 hours without waking on 5 nights a "
            "week, recorded in his parents' sleep diary.",
        ),
        L(
            "- A speech and language therapist from Farleigh Early Years Team should see Zain "
            "every month in nursery for 45 minutes until July 2027 and train his key worker in "
            "picture exchange.",
            "- His key worker, once trained, will use picture cards with him at every snack and "
            "play time until July 2027.",
            "- His key worker will offer ear defenders before every noisy activity until July "
            "2027.",
            "- I will see Zain and his parents in clinic every four months until July 2027 to "
            "review his sleep plan.",
        ),
        "Dr Priya Nandakumar, Consultant Community Paediatrician, Farleigh Child Development "
        "Centre, 9 October 2026",
        expected=((UP, "provision", "should"),),
        tags=("bullets",),
    ),
    _div(
        "d-salt-report-clean",
        L(
            "SPEECH AND LANGUAGE THERAPY ADVICE",
            "Findings: Jessica (8) understands language at about the level of a 5-year-old. She "
            "finds it hard to follow stories and instructions with more than two parts, and she "
            "struggles to find the words she wants, so she often says 'that thing'.",
        ),
        L(
            "- By July 2027 Jessica will follow three-part instructions in class on 4 out of 5 "
            "occasions, as her teacher observes.",
            "- By July 2027 Jessica will name 20 new topic words each term and use them in a "
            "sentence, tested by her teaching assistant at the end of each term.",
        ),
        L(
            "I recommend that Jessica has:",
            "- a 45-minute visit from a speech and language therapist from our service once a "
            "term until July 2027, to set targets and train staff;",
            "- three 20-minute small-group language sessions a week from a teaching assistant "
            "trained by the therapist, until July 2027;",
            "- topic word mats from her class teacher at the start of every topic, until July "
            "2027.",
        ),
        "Catriona Bell, Highly Specialist Speech and Language Therapist (registered with the "
        "Health and Care Professions Council), "
        "Weylands Community NHS Trust, 21 November 2026",
        tags=("report", "bullets"),
    ),
    _div(
        "d-ot-no-author-date",
        "Maisie (7) has difficulty with fine motor skills: she grips her pencil in her fist, "
        "cannot use scissors and cannot do up her coat.",
        "By July 2027 Maisie will use a tripod pencil grip for a whole writing task, in 4 out of "
        "5 tasks, and cut along a thick line with scissors, on 3 out of 4 tries, as her teacher "
        "records. By July 2027 Maisie will do up her coat zip on her own at every home time.",
        "Her teaching assistant, trained by me in one session in October 2026, will do a "
        "10-minute hand skills programme with Maisie four times a week until July 2027. I will "
        "review her progress in school once a term until July 2027.",
        "Tom Ashworth, Occupational Therapist, Broadlea Children's Therapy Service",
        expected=(
            (
                NA,
                "author",
                "Tom Ashworth, Occupational Therapist, Broadlea Children's Therapy Service",
            ),
        ),
        tags=("paragraph",),
    ),
    _div(
        "d-physio-no-author-line",
        "Archie (5) has mild cerebral palsy on his left side. He struggles to climb stairs and "
        "loses his balance on them.",
        "By July 2027 Archie will climb the school stairs with one hand on the rail, without "
        "stopping, on 4 out of 5 days, as his class teacher notes.",
        "The physiotherapist from Tennet Vale Children's Physiotherapy will visit every half term "
        "for 45 minutes until July 2027 to review his programme. A teaching assistant trained by "
        "the physiotherapist will do his 15-minute stair and balance programme every day until "
        "July 2027.",
        expected=((NA, "author", ""),),
        tags=("paragraph",),
    ),
    _div(
        "d-camhs-letter-multi",
        L(
            "Dear Ms Hart,",
            "Re: Priya (15). Thank you for the request for advice. Priya has been seen in our "
            "clinic since February 2026 for generalised anxiety disorder. She has panic attacks "
            "in busy places, avoids the canteen and has stopped attending maths, where she "
            "was once laughed at.",
        ),
        L(
            "By July 2027 Priya will eat lunch in school on 4 days out of 5.",
            "Priya will feel less anxious.",
            "By March 2027 Priya will attend every maths lesson in full, as shown on the register.",
        ),
        L(
            "We will offer Priya CBT sessions.",
            "School should provide a safe space.",
            "Her head of year will arrange a return to maths in small steps, starting with 10 "
            "minutes in the lesson and adding 10 minutes each week, from January 2027 until "
            "she is in full lessons.",
        ),
        "Dr Sanjay Mehra, Clinical Psychologist, Oakwell CAMHS, 3 December 2026",
        expected=(
            (OS, "outcomes", "Priya will feel less anxious."),
            (AC, "provision", "CBT"),
            (NF, "provision", "We will offer Priya CBT sessions."),
            (ND, "provision", "We will offer Priya CBT sessions."),
            (UP, "provision", "should"),
            (NF, "provision", "School should provide a safe space."),
            (ND, "provision", "School should provide a safe space."),
            (NP, "provision", "School should provide a safe space."),
            (AC, "author", "CAMHS"),
        ),
        tags=("letter",),
    ),
]

DIVIDED += [
    _div(
        "d-school-nurse-continence-clean",
        "Harley (6) has daytime wetting two or three times a week and is embarrassed when it "
        "happens. He does not drink at school because he thinks it makes him wet.",
        "By March 2027 Harley will drink 6 cups of water during the school day and be dry on 4 "
        "days out of 5, as recorded on his class drinks and toilet chart.",
        "His teaching assistant, trained by me in October 2026, will remind him to drink at "
        "every break and take him to the toilet every two hours, until March 2027. I will visit "
        "school once a half term until March 2027 to check his chart and adjust the programme.",
        "Nadia Osei, School Nurse (Specialist Community Public Health Nurse), Bramcote School "
        "Nursing Service, 6 October 2026",
        tags=("paragraph", "short"),
    ),
    _div(
        "d-audiology-clean-lists",
        L(
            "Audiological findings",
            "- Ruby-Rose (10) has a mild to moderate permanent hearing loss in both ears.",
            "- She hears well in a quiet room with her hearing aids, but misses speech in noisy "
            "classrooms and group work.",
        ),
        L(
            "- By July 2027 I will join in group discussions and repeat back the task correctly "
            "in 4 out of 5 group tasks, as my teacher notes.",
            "- By July 2027 I will check my own hearing aids each morning and tell an adult if "
            "one is not working, every day.",
        ),
        L(
            "- Paediatric audiology at Kestrel Park Hospital will review her hearing and hearing "
            "aids every six months until July 2027.",
            "- A Teacher of the Deaf from the Hearing Support Service will visit once a half term "
            "for an hour until July 2027 to teach her to check her aids and advise staff.",
            "- Her class teacher will seat her away from noise and use the radio aid in every "
            "lesson until July 2027.",
        ),
        "Dr Elin Parry, Clinical Scientist (Audiology), Kestrel Park Hospital, 17 September 2026",
        tags=("bullets", "sensory"),
    ),
    _div(
        "d-dietitian-centile",
        "Oscar (4) has faltering growth and a very limited diet. He is on the 0.4th centile for "
        "weight. He refuses most foods with lumps.",
        "By July 2027 Oscar will eat a lunch with soft lumps at nursery on 3 days out of 5, as "
        "recorded by his key worker. By July 2027 Oscar's weight will have gone up by at least "
        "1 kg, measured in my clinic.",
        "His key worker, trained by me in November 2026, will offer him one bottle of "
        "his prescribed high-energy milkshake at morning snack every nursery day until July 2027. "
        "I will review "
        "his growth in clinic every three months until July 2027. His key worker will offer "
        "one soft lumpy food alongside his safe foods at every lunch until July 2027.",
        "Fiona Grant, Paediatric Dietitian, Northway Community Nutrition Service, 2 November 2026",
        expected=((JA, "needs", "centile"),),
        tags=("paragraph",),
    ),
    _div(
        "d-ot-sensory-clean-numbered",
        "Elliot (11) seeks movement all the time: he rocks on his chair, chews his sleeves and "
        "crashes into others in the line. This is his way of calming himself. He finds a "
        "scratchy school uniform painful.",
        L(
            "1. By July 2027 Elliot will stay seated through a 20-minute task, using his wobble "
            "cushion, in 4 out of 5 tasks his teacher records.",
            "2. By July 2027 Elliot will use a chew tool instead of his sleeves, on every school "
            "day his teaching assistant checks.",
            "3. By October 2026 Elliot will wear his agreed soft uniform every day.",
        ),
        L(
            "1. His teaching assistant, whom I trained in his sensory plan in September 2026, will "
            "take him for a 5-minute movement break (wall push-ups, carrying books) before every "
            "seated lesson.",
            "2. I will give him a wobble cushion and a chew tool once, in September 2026.",
            "3. His head of year has agreed he can wear a soft cotton uniform; this is in place "
            "from September 2026.",
            "4. I will review the plan with school once a term.",
            "All of this applies for the 2026-27 school year.",
        ),
        "Gemma Lowry, Specialist Occupational Therapist, Crane Valley Children's Services, "
        "28 September 2026",
        tags=("numbered",),
    ),
    _div(
        "d-physio-ta-not-trained",
        "Ivy (9) has hypermobility and tires quickly. Her knees hurt after walking more than "
        "about 200 metres, and she falls when she is tired.",
        "By July 2027 Ivy will walk to the hall and the dining room with no falls recorded, "
        "every day. By July 2027 Ivy will do her exercise programme 4 days out of 5, as her "
        "chart records.",
        "A teaching assistant will do her exercise programme with her for 10 minutes every "
        "morning until July 2027. I will see Ivy in clinic every three months until July 2027.",
        "Sean Doyle, Children's Physiotherapist, Ribble Edge Community Trust, 12 January 2027",
        expected=(
            (
                NP,
                "provision",
                "A teaching assistant will do her exercise programme with her for 10 minutes "
                "every morning until July 2027.",
            ),
        ),
        tags=("paragraph",),
    ),
    _div(
        "d-health-visitor-two-gaps",
        L(
            "Health visitor report - Noor, aged 2 years 6 months",
            "Noor has a global delay. She is walking but not yet running, and falls often. She has "
            "no words and does not yet point to show things. She has frequent ear infections. Her "
            "family speak "
            "Urdu and English at home.",
        ),
        L(
            "- By September 2027 Noor will point to show an adult something she wants, in 4 out "
            "of 5 chances at nursery, as her key worker notes.",
            "- By September 2027 Noor will use 20 words or signs in either language, counted by "
            "her parents and key worker over a week.",
        ),
        L(
            "- I have referred Noor to the Early Years Speech and Language Therapy team at "
            "Swanmere Community Health, who will see her every month for 45 minutes until "
            "September 2027.",
            "- Her key worker at Little Acorns nursery, trained by the therapist, will do a "
            "10-minute pointing and words game with her every session until September 2027.",
            "- I have referred her to the GP for her ear infections, for a review once, by "
            "January 2027.",
        ),
        "Anne-Marie Kowalczyk, Health Visitor (Specialist Community Public Health Nurse), "
        "Swanmere 0-19 Service, 5 October 2026",
        expected=(
            (GT, "needs", "She is walking but not yet running, and falls often."),
            (GT, "needs", "She has frequent ear infections."),
        ),
        tags=("health-visitor", "report", "early-years"),
    ),
]

DIVIDED += [
    _div(
        "d-cardiology-clean-letter",
        L(
            "Dear Colleague,",
            "I saw Daniel (13) in the children's heart clinic on 8 October 2026. He has a heart "
            "rhythm problem that can make his heart race suddenly. When this happens he feels "
            "dizzy and must stop and sit down, and it can take 20 minutes to settle. He is "
            "worried about PE and has been avoiding it.",
        ),
        L(
            "By July 2027 Daniel will take part in every PE lesson, stopping when he needs to, as "
            "his PE teacher records.",
            "By July 2027 Daniel will use his 'vagal' breathing trick (blowing into a syringe) "
            "when his heart races and tell an adult, every time, as recorded in his care log.",
        ),
        L(
            "I will see Daniel in clinic every six months until July 2027. Our cardiac nurse "
            "specialist will visit school once, in November 2026, to train PE staff and write his "
            "care plan. If his heart races for more than 20 minutes, a first-aid trained member "
            "of staff will phone 999, as the care plan says. His PE teacher will let him rest at "
            "the side whenever he asks, in every lesson until July 2027.",
        ),
        "Dr Rhiannon Goss, Consultant Paediatric Cardiologist, Thornbury Children's Heart Unit, "
        "12 October 2026",
        tags=("letter",),
    ),
    _div(
        "d-camhs-clean-young-person-view",
        "Aaliyah (16) has an eating disorder and is being treated by our team. At lunch she "
        "finds it very hard to eat in front of others, and after meals she becomes distressed. "
        "She has lost her place in her college course because of missed weeks.",
        L(
            "- By March 2027 I will eat my college lunch in the quiet room with my key worker on "
            "4 days out of 5, as we record together.",
            "- By June 2027 I will be back on my full course timetable, at 90% attendance on the "
            "college register.",
        ),
        L(
            "- Our team (Child and Adolescent Eating Disorder Service, Pelham Heath) will see "
            "Aaliyah and her family every week for an hour until June 2027.",
            "- Her college key worker, trained by our nurse in one session in January 2027, will "
            "sit with her in the quiet room at every college lunch until June 2027, and for 15 "
            "minutes afterwards.",
            "- Her course leader will agree a phased return, adding one day a fortnight, from "
            "January 2027 until she is full time.",
        ),
        "Megan Frost, Clinical Nurse Specialist, Pelham Heath Eating Disorder Service, "
        "14 December 2026",
        tags=("bullets", "post-16"),
    ),
    _div(
        "d-paed-epilepsy-jargon-drugs",
        "Freddie (8) has epilepsy. He has two or three seizures a "
        "week in school, when he stares and fiddles with his clothes for about a minute, and "
        "then he is confused for 20 minutes. He has mild post-ictal headaches.",
        "By July 2027 Freddie will be back at his task within 30 minutes of a seizure, on 4 out "
        "of 5 occasions, as his seizure diary records.",
        "He takes levetiracetam twice a day at home and no medicine is needed in school. If a "
        "seizure lasts more than 5 minutes, a trained member of staff will give buccal "
        "midazolam. Our epilepsy nurse will train staff once in September 2026 and once in "
        "January 2027, and I will review Freddie every four months until July 2027. His "
        "teaching assistant, trained by the epilepsy nurse, will keep his seizure diary and "
        "help him restart his task after every seizure, until July 2027.",
        "Dr Kofi Mensah, Consultant Paediatrician, Elmstead Children's Centre, 30 September 2026",
        expected=(
            (JA, "needs", "post-ictal"),
            (DN, "provision", "levetiracetam"),
            (JA, "provision", "buccal"),
            (DN, "provision", "midazolam"),
            (GT, "needs", "He has mild post-ictal headaches."),
        ),
        tags=("paragraph", "medical"),
    ),
    _div(
        "d-salt-no-role",
        "Kaya (6) stammers, mostly on the first sound of words, and she has started avoiding "
        "talking in class.",
        "By July 2027 Kaya will answer the register and one question a day in class, on 4 days "
        "out of 5, as her teacher records.",
        "I will see Kaya and a parent for six weekly 45-minute sessions in the spring term 2027. "
        "Her class teacher will give her extra time to answer, in every lesson until July 2027.",
        "Laila Hussain, Bramfield Children's Speech and Language Therapy, 4 January 2027",
        expected=(
            (
                NA,
                "author",
                "Laila Hussain, Bramfield Children's Speech and Language Therapy, 4 January 2027",
            ),
        ),
        tags=("paragraph", "short"),
    ),
    _div(
        "d-ot-college-clean",
        "Connor (18) has a brain injury from a fall in 2026. He gets lost between rooms on the "
        "college site, forgets his timetable, and cannot use a knife to make his own lunch "
        "safely in the catering course kitchen.",
        "By June 2027 Connor will get to every lesson on time using his phone map and "
        "reminders, on 4 days out of 5, as his tutor records. By June 2027 Connor will prepare "
        "a simple lunch with a safety knife and only spoken prompts, in 3 out of 4 practical "
        "sessions.",
        "I will meet Connor at college for an hour every fortnight, from September 2026 until "
        "June 2027, to set up his phone reminders and route maps and teach him to use them. "
        "His catering lecturer, after one training session from me in September 2026, will "
        "give him spoken step-by-step prompts in every practical session until June 2027.",
        "Harriet Bloom, Occupational Therapist (Brain Injury), Ashworth Community Neuro "
        "Rehabilitation Team, 7 September 2026",
        tags=("paragraph", "post-16", "young-adult"),
    ),
    _div(
        "d-nurse-care-plan-hurried-no-author",
        L(
            "continence + feeding - school nurse notes",
            "Amelia yr 5 PMLD. gastrostomy fed. needs pad changes x3 daily. at risk of chest "
            "infections if fed lying flat.",
        ),
        L(
            "- Amelia will be comfortable.",
            "- By July 2027 Amelia will be fed sitting up at 45 degrees at every feed, as "
            "recorded on her feeding chart.",
        ),
        L(
            "- tube feeds given sitting up by trained staff at 10.30 and 13.00 each day till July "
            "2027.",
            "- pad changes x3 daily.",
        ),
        expected=(
            (AC, "needs", "PMLD"),
            (JA, "needs", "gastrostomy"),
            (OS, "outcomes", "Amelia will be comfortable."),
            (ND, "provision", "pad changes x3 daily."),
            (NP, "provision", "pad changes x3 daily."),
            (NA, "author", ""),
        ),
        tags=("hurried", "typos", "bullets"),
    ),
]

DIVIDED += [
    _div(
        "d-orthoptics-clean-short",
        "Leah (5) has a squint (one eye turns in) and wears glasses with a patch over her "
        "stronger eye for two hours a day. While patched she sees less well at a distance.",
        "By July 2027 Leah will wear her patch for the full two hours at school on 4 days out "
        "of 5, joining in her close-up activities, as ticked on her patching chart.",
        "Her class teacher will put on her patch at 9:00 and take it off at 11:00 every school "
        "day until July 2027, and give her close-up activities during that time. I will see "
        "Leah in the orthoptic clinic every eight weeks until July 2027.",
        "Sarah Jennings, Orthoptist, Eastholme Hospital Eye Department, 16 September 2026",
        tags=("paragraph", "short", "sensory"),
    ),
    _div(
        "d-salt-post16-clean-table",
        L(
            "Area | Finding",
            "Understanding | Tom (19) understands short sentences but loses track in long "
            "explanations at college.",
            "Social communication | He takes jokes and sayings literally and this causes "
            "arguments with other students.",
        ),
        L(
            "Outcome | By | Measure",
            "I will ask my tutor to say it again or show me when I don't understand | June 2027 "
            "| At least once in every lesson, noted by my tutor",
            "I will check what someone meant before I get cross | June 2027 | In 4 out of 5 "
            "times my mentor sees",
        ),
        L(
            "Provision | Who | How often | Until",
            "Social communication group | Speech and language therapist, Morrow Adult "
            "Learning Disability Service | 1 hour a week | June 2027",
            "Visual notes for every lesson | Each lecturer, shown how by the therapist | Every "
            "lesson | June 2027",
            "Mentoring on what people meant | College mentor trained by the therapist | 30 "
            "minutes a week | June 2027",
        ),
        "Oluwaseun Adeyemi, Speech and Language Therapist, Morrow Adult Learning Disability "
        "Service, 10 October 2026",
        tags=("table", "post-16"),
    ),
    _div(
        "d-paed-adhd-brand-and-outcome",
        "Tommy (11) has ADHD (attention deficit hyperactivity disorder). He finds it hard to "
        "start and finish tasks and loses his equipment. He is impulsive in the playground and "
        "has been in fights.",
        L(
            "- Tommy will be better organised.",
            "- By July 2027 Tommy will go through a whole week of lunchtimes with no incidents, "
            "in 3 weeks out of 4, as recorded by the lunchtime team.",
        ),
        L(
            "- He has started Elvanse, one capsule each morning at home; no dose is needed in "
            "school.",
            "- I will review him in clinic every six months until July 2027.",
            "- His class teacher will give him a checklist for each task and a labelled "
            "equipment box, in every lesson until July 2027.",
            "- A learning mentor, trained by our ADHD nurse, will run a 20-minute lunchtime "
            "games club for him every day until July 2027.",
        ),
        "Dr Beatrice Lang, Consultant Community Paediatrician, Kirkhaven Child Health, "
        "3 November 2026",
        expected=(
            (OS, "outcomes", "Tommy will be better organised."),
            (DN, "provision", "Elvanse"),
        ),
        tags=("bullets",),
    ),
    _div(
        "d-dietitian-coeliac-clean",
        "Evan (7) has coeliac disease, so he must not eat gluten (found in wheat, barley and "
        "rye). Even small amounts make him ill with tummy pain, and he misses school.",
        "By July 2027 Evan will choose gluten-free options at school lunch every day, with no "
        "absences caused by gluten in the school register record.",
        "The school catering manager, trained by me in September 2026, will provide a "
        "gluten-free lunch every school day until July 2027. I will review his diet with his "
        "family every six months until July 2027.",
        "Rachel Tan, Paediatric Dietitian, Fenway Community Health Services, 4 September 2026",
        tags=("paragraph", "short"),
    ),
    _div(
        "d-physio-programme-sheet-as-able",
        L(
            "Physiotherapy programme - Erin (12), after hip surgery",
            "Erin has had an operation on both hips. She needs to build up the strength in her "
            "hip muscles so that she can walk without crutches.",
        ),
        "By April 2027 Erin will walk between lessons without crutches, as checked by me at "
        "her clinic appointments.",
        L(
            "Exercise | How many | When",
            "Side-lying leg lifts | 10 each leg | Once a day at home",
            "Bridges | 10 | Once a day at home",
            "Walking practice without crutches | Up to 10 minutes | In school, as able",
        ),
        "Joanne Pike, Physiotherapist, Marlowe Orthopaedic Hospital, 2 October 2026",
        expected=(
            (ND, "provision", "Side-lying leg lifts | 10 each leg | Once a day at home"),
            (ND, "provision", "Bridges | 10 | Once a day at home"),
            (NP, "provision", "Side-lying leg lifts | 10 each leg | Once a day at home"),
            (NP, "provision", "Bridges | 10 | Once a day at home"),
            (UP, "provision", "as able"),
            (
                NF,
                "provision",
                "Walking practice without crutches | Up to 10 minutes | In school, as able",
            ),
            (
                NP,
                "provision",
                "Walking practice without crutches | Up to 10 minutes | In school, as able",
            ),
        ),
        tags=("table", "programme-sheet"),
    ),
]

UNDIVIDED = [
    _und(
        "u-paed-letter-clean-plain",
        "Dear Mrs Patel, thank you for asking for health advice about Ayaan (6). Ayaan has "
        "cerebral palsy affecting his right side. He walks well but tires on long distances, "
        "and his right hand is weak, so he may need a sloping board and a pencil grip. He "
        "should have access to a rest break after lunch. I will see him again in clinic in "
        "April 2027. Dr Fatima Rahman, Consultant Paediatrician, Eastbrook Child Development "
        "Centre, 11 November 2026.",
        tags=("letter",),
    ),
    _und(
        "u-gp-summary-drugs",
        "GP summary for EHC needs assessment. Patient: Lacey (14). Problems: asthma, eczema, "
        "low mood. Current repeats: Clenil inhaler twice daily, salbutamol inhaler as "
        "needed, Dermol 500 lotion, sertraline 50 mg once daily. Seen by CAMHS, last letter "
        "June 2026. No other concerns. Dr Iain Ross, GP, Millbrook Surgery, 19 October 2026.",
        expected=(
            (AC, "advice", "EHC"),
            (DN, "advice", "Clenil"),
            (DN, "advice", "salbutamol"),
            (DN, "advice", "Dermol"),
            (DN, "advice", "sertraline"),
            (AC, "advice", "CAMHS"),
        ),
        tags=("gp",),
    ),
    _und(
        "u-salt-report-clean-acronyms-expanded",
        L(
            "Speech and Language Therapy report",
            "Name: Darcy (9). Seen: 3 and 10 October 2026 at school.",
            "Darcy has developmental language disorder (DLD), which means she has long-term "
            "difficulty understanding and using language that is not caused by another "
            "condition. Her DLD affects her understanding of longer instructions and her "
            "storytelling. She would benefit from small-group language work and from visual "
            "support in class. I recommend a teaching assistant runs a language group three "
            "times a week, and I will review her progress each term.",
            "Written by Kerry Walsh, Speech and Language Therapist, Dunmere Children's "
            "Therapies, 14 October 2026.",
        ),
        tags=("report",),
    ),
    _und(
        "u-neuro-letter-jargon",
        "Re: Max (10). Max has a diagnosis of Duchenne muscular dystrophy. On examination he "
        "has a positive Gowers sign, bilateral calf pseudohypertrophy and a mild lumbar "
        "lordosis. He is on daily steroids. Heart and breathing checks are in place "
        "through our clinic. From a school point of view he will need a lift pass, a rest "
        "break after PE and an adapted PE programme. Dr Hugh Carrick, Consultant Paediatric "
        "Neurologist, Saltford Children's Hospital, 22 September 2026.",
        expected=(
            (JA, "advice", "Gowers"),
            (JA, "advice", "bilateral"),
            (JA, "advice", "pseudohypertrophy"),
            (JA, "advice", "lumbar"),
            (JA, "advice", "lordosis"),
        ),
        tags=("letter", "jargon"),
    ),
    _und(
        "u-health-visitor-clean",
        "Health visitor advice for Elsie (2 years 9 months). I visited Elsie at home on 2 and "
        "16 September 2026. She is a happy, sociable girl who loves music. She has only a few "
        "words and mostly points and pulls adults to what she wants. She was late to walk and "
        "still falls often. She has had her two-year review and her hearing has been tested "
        "(normal). I have referred her to the speech and language therapy team and to the "
        "children's physiotherapy service. Nursery staff could help by using simple words and "
        "signs alongside speech. Written by Bethan Hughes, Health Visitor, Corrin Vale 0-19 "
        "Service, 20 September 2026.",
        tags=("health-visitor", "early-years"),
    ),
    _und(
        "u-camhs-acronyms",
        "Advice from CAMHS (Child and Adolescent Mental Health Services) for EHCNA. Jordan (13) "
        "has been assessed by our team and meets criteria "
        "for ASD and ADHD. He has had a trial of medication which his family stopped. He "
        "would benefit from an ELSA in school, a quiet space at lunch and clear routines. He "
        "will be offered PBS support for the family by our LD team. Signed Kate Moore, Mental "
        "Health Practitioner, Ridgewell Child and Adolescent Mental Health Service, 1 December "
        "2026.",
        expected=(
            (AC, "advice", "EHCNA"),
            (AC, "advice", "ASD"),
            (AC, "advice", "ADHD"),
            (AC, "advice", "ELSA"),
            (AC, "advice", "PBS"),
            (AC, "advice", "LD"),
        ),
        tags=("acronyms",),
    ),
    _und(
        "u-diabetes-nurse-clean-generic-medicines",
        "Diabetes advice for Noah (9). Noah has type 1 diabetes. He has insulin through a pump "
        "(a small device worn on his tummy that gives insulin all day). He checks his sugar "
        "with a sensor on his arm, which sends readings to a phone. At school he needs a "
        "trained adult to check his readings before lunch and PE and to help him give a "
        "dose from the pump with meals. If his sugar is low he needs a sugary drink or glucose "
        "tablets straight away. Our team will train school staff each September and whenever "
        "his treatment changes. Alison Meyer, Paediatric Diabetes Specialist Nurse, Harwell "
        "General Hospital, 5 September 2026.",
        tags=("medical",),
    ),
    _und(
        "u-ot-report-jargon-explained-and-not",
        L(
            "OCCUPATIONAL THERAPY REPORT",
            "Child: Ruby (7). Date of assessment: 12 November 2026.",
            "Ruby has poor proprioception (her sense of where her body is in space), so she "
            "leans on furniture and presses too hard with her pencil. She also shows "
            "vestibular seeking behaviours and has low tone in her trunk. She would benefit "
            "from a movement break every hour and a wobble cushion.",
            "Gwen Halloran, Occupational Therapist, Penrose Children's Therapy, 18 November 2026",
        ),
        expected=(
            (JA, "advice", "vestibular"),
            (JA, "advice", "tone"),
        ),
        tags=("report", "jargon"),
    ),
    _und(
        "u-audiology-clean-hedges",
        "Audiology report for Kian (4), seen 7 October 2026 at Brennock Hospital. Kian has glue "
        "ear (fluid behind the eardrum) in both ears, giving a mild hearing loss. This often "
        "gets better on its own. Until it does, he may miss what is said from across the room. "
        "Staff should face him when speaking, reduce background noise where possible and check "
        "he has understood. We will see him again in January 2027 and may offer hearing aids "
        "if it has not improved. Yusuf Karim, Senior Audiologist, Brennock Hospital, 7 October "
        "2026.",
        tags=("sensory", "hedges"),
    ),
    _und(
        "u-school-nurse-hurried-drugs-and-acronyms",
        "school nurse info for EHCP - Skye yr 8. asthma (uses ventolin + brown inhaler), hay "
        "fever (cetirizine in summer), period pain - takes ibuprofen. seen at SN drop in x2 "
        "this term re anxiety. no safeguarding concerns. L. Barrett SN 3/12/26",
        expected=(
            (AC, "advice", "EHCP"),
            (DN, "advice", "ventolin"),
            (DN, "advice", "cetirizine"),
            (DN, "advice", "ibuprofen"),
            (AC, "advice", "SN"),
        ),
        tags=("hurried", "typos"),
    ),
]

UNDIVIDED += [
    _und(
        "u-physio-sheet-clean",
        L(
            "Home and school exercise sheet - Oscar (8)",
            "1. Sit-to-stand from a chair, 10 times, once a day.",
            "2. Standing on one leg, hold for 10 seconds, 5 times each leg, once a day.",
            "3. Heel walking along the corridor, twice a day.",
            "Please stop any exercise that causes pain and let me know. I will review these at "
            "his next appointment in February 2027.",
            "Priyanka Shah, Children's Physiotherapist, Carnbrook Community Health, 9 November "
            "2026",
        ),
        tags=("programme-sheet", "numbered"),
    ),
    _und(
        "u-dental-special-care-brand",
        "Community dental service advice. Lewis (12) has a learning disability and sensory "
        "difficulties and finds tooth brushing distressing. He has early decay in two back "
        "teeth. We recommend Duraphat toothpaste twice daily and fluoride varnish at each "
        "visit every three months. A desensitisation programme for brushing can be shared with "
        "school. Hollie Barnes, Dentist, Aldgrove Community Dental Service, 6 January 2027.",
        expected=(
            (DN, "advice", "Duraphat"),
            (JA, "advice", "desensitisation"),
        ),
        tags=("dental",),
    ),
    _und(
        "u-young-person-college-clean",
        "Health advice for Isaac (20), Fairmead College. Isaac has Down syndrome and an "
        "underactive thyroid (his thyroid gland does not make enough of a hormone that controls "
        "energy). He takes a tablet each morning at home, which keeps it well controlled. He "
        "has had his annual health check at Fernside Surgery in November 2026. He wants to "
        "learn to cook simple meals and to travel to college on his own. His hearing should be "
        "checked every year, and he will need help to book and attend appointments as he moves "
        "to adult services. Dr Amara Obi, GP, Fernside Surgery, 30 November 2026.",
        tags=("post-16", "young-adult", "transition"),
    ),
    _und(
        "u-clinic-letter-mixed-jargon",
        "Dear Dr Hale, I reviewed Amber (15) in the rheumatology clinic today. Her JIA is "
        "currently quiescent on subcutaneous methotrexate weekly. There is no active synovitis. "
        "She still has morning stiffness for about 30 minutes and tires easily. For school, she "
        "would benefit from a lift pass, extra time in exams and a laptop for long written "
        "work. Dr Clive Berridge, Consultant Paediatric Rheumatologist, Waverley Hospital, "
        "20 October 2026.",
        expected=(
            (AC, "advice", "JIA"),
            (JA, "advice", "quiescent"),
            (JA, "advice", "subcutaneous"),
            (DN, "advice", "methotrexate"),
            (JA, "advice", "synovitis"),
        ),
        tags=("letter",),
    ),
    _und(
        "u-continence-clean-typos",
        "Bladder and bowel advise for Frankie (6). Frankie has a constipation problem which "
        "is being treated with a daily medicine mixed in a drink at home. He soils sometimes at "
        "school because of it. He needs to sit on the toilet for 5 minutes after lunch each day, "
        "with a foot stool so his knees are above his hips, and be given drinks through the "
        "day. Please keep spare clothes in school. Joanna Price, Childrens Continence Nurse, "
        "Hawley Community Health, 13 Octobr 2026.",
        tags=("typos",),
    ),
    _und(
        "u-ld-nurse-acronym-explained-later",
        "Easy read health advice for Daisy (17). Daisy has a learning disability. She has "
        "epilepsy, which is well controlled. She gets anxious in new places. Daisy will move to "
        "the adult LD team when she is 18. The LD (learning disability) nurse will help Daisy "
        "and her family get ready for this. Daisy should have her annual health check every "
        "year from her GP. Chloe Nwosu, Learning Disability Nurse, Lanford Community Learning "
        "Disability Team, 8 January 2027.",
        tags=("transition", "easy-read"),
    ),
    _und(
        "u-psychiatry-drugs-and-jargon",
        "Psychiatry advice. Niamh (16) has a diagnosis of emerging emotionally unstable "
        "personality traits with comorbid ADHD (attention deficit hyperactivity disorder). She "
        "is prescribed atomoxetine 60 mg and aripiprazole 5 mg. She has been admitted twice "
        "this year following overdoses. She is unsure about school. A reduced timetable and "
        "a named key adult would help. Dr Farid Haq, Consultant Child and Adolescent "
        "Psychiatrist, Greyfield Unit, 17 December 2026.",
        expected=(
            (JA, "advice", "comorbid"),
            (DN, "advice", "atomoxetine"),
            (DN, "advice", "aripiprazole"),
        ),
        tags=("letter",),
    ),
    _und(
        "u-visual-clean-qtvi",
        "Vision advice for Marcus (11), from the Eye Clinic at Fendale Hospital, 3 November 2026. "
        "Marcus has keratoconus, an eye condition where the clear front of the eye becomes cone "
        "shaped, so his sight is blurred even with glasses. He can read size 18 print at a "
        "normal distance and needs to sit near the board. He is waiting for special contact "
        "lenses. A Qualified Teacher of Vision Impairment (QTVI) should assess his classroom "
        "needs; the QTVI may suggest a tablet to enlarge the board. Ruth Appleby, Optometrist, "
        "Fendale Hospital Eye Clinic, 3 November 2026.",
        tags=("sensory",),
    ),
]

PLANS += [
    _plan(
        "p-long-paragraph-four-needs-clean",
        "Section C - Health. Ayodele is 10 and has sickle cell disease and a moderate learning "
        "difficulty. Because of the sickle cell he needs to drink often and use the toilet more "
        "than other children, and cold or tiredness can bring on painful episodes that keep him "
        "off school for days at a time. After a hospital stay he comes back tired and behind with "
        "his reading. He is self-conscious about leaving the class to use the toilet and has "
        "started holding on, which is not safe for him.",
        "By July 2027 Ayodele will keep his water bottle on his desk and finish it twice each "
        "school day, as ticked on his chart. By July 2027 Ayodele will use his toilet pass "
        "whenever he needs to, with no 'holding on' reported by his teacher in any half term. By "
        "July 2027, after any absence of 3 days or more, Ayodele will catch up his reading "
        "within two weeks of returning, as checked on his reading record. By July 2027 "
        "Ayodele will wear his coat and gloves outside at every cold break time, as seen by "
        "playground staff.",
        "His class teacher will give him a toilet pass that he can use without asking and let "
        "him keep water on his desk every day, and will make sure he wears his coat and gloves "
        "at every cold break. After any absence of 3 days or more, a teaching assistant trained "
        "in the school's reading programme will give him 20 minutes of catch-up reading every "
        "day for two weeks. The specialist nurse from the Haemoglobinopathy Team (blood "
        "conditions) at Kingsmere Hospital will train staff once in September 2026 and visit "
        "once a term. All of this provision runs until his annual review in June 2027.",
        tags=("paragraph", "long"),
    ),
    _plan(
        "p-la-officer-vague-and-gt",
        "Health information taken from the paediatric report of 4 March 2026 and the SALT "
        "report of 20 April 2026. Millie (7) has a diagnosis of autism. Millie has difficulty "
        "with her speech and language. She has difficulty with sensory processing. She has "
        "difficulty with sleep.",
        L(
            "Millie will develop her speech and language skills.",
            "By July 2027 Millie will use a three-word sentence to ask for what she wants, on 4 "
            "out of 5 chances, as recorded by her teaching assistant.",
        ),
        L(
            "Millie will receive input from a speech and language therapist.",
            "Millie will have a sensory programme delivered by staff throughout the day.",
        ),
        expected=(
            (AC, "C", "SALT"),
            (GT, "C", "She has difficulty with sensory processing."),
            (GT, "C", "She has difficulty with sleep."),
            (OS, "E", "Millie will develop her speech and language skills."),
            (UP, "G", "input from"),
            (NF, "G", "Millie will receive input from a speech and language therapist."),
            (ND, "G", "Millie will receive input from a speech and language therapist."),
            (
                ND,
                "G",
                "Millie will have a sensory programme delivered by staff throughout the day.",
            ),
            (
                NP,
                "G",
                "Millie will have a sensory programme delivered by staff throughout the day.",
            ),
        ),
        tags=("la-paraphrase", "lines"),
    ),
    _plan(
        "p-hearing-bimodal-clean-numbered",
        "Ibrahim (3) was born with a severe hearing loss. He wears a cochlear implant on the "
        "right and a hearing aid on the left. He is learning to listen and talk, and uses some "
        "British Sign Language (BSL) signs. He pulls his processor off when he is tired.",
        L(
            "1. By July 2027 Ibrahim will keep his processor and hearing aid on for the whole "
            "nursery session on 4 days out of 5, as his key worker records.",
            "2. By July 2027 Ibrahim will use 30 spoken words or BSL signs, counted by his "
            "Teacher of the Deaf each term.",
        ),
        L(
            "1. A Teacher of the Deaf from Orwell Hearing Support will visit nursery for one hour "
            "every week to work with Ibrahim and train his key worker.",
            "2. His key worker, trained by the Teacher of the Deaf, will check his processor and "
            "hearing aid at the start of every session and put them back on whenever he takes "
            "them off.",
            "3. A deaf instructor from the same service will teach BSL signs to Ibrahim and his "
            "key worker for 45 minutes every fortnight.",
            "4. The implant team at Lowmoor Hospital will tune his processor every three months.",
            "This provision runs for his nursery year, September 2026 to July 2027.",
        ),
        tags=("numbered", "early-years", "sensory"),
    ),
]

PLANS += [
    _plan(
        "p-annual-review-amended-clean-terms",
        L(
            "Section C (amended at annual review, 12 January 2027)",
            "Since the last review Luca (13) has been diagnosed with hypermobile Ehlers-Danlos "
            "syndrome. His joints dislocate easily, especially his shoulders, and writing for "
            "more than 10 minutes causes pain in his fingers and wrists. He also faints if he "
            "stands for long.",
        ),
        L(
            "- By the end of the summer term 2027, I will type all extended writing and finish "
            "it in class, in 4 out of 5 lessons.",
            "- By the end of the summer term 2027, I will sit down in assemblies and queues and "
            "have no fainting episodes at school in a half term.",
            "- By the end of the summer term 2027, I will carry only my laptop between lessons, "
            "with my books in lockers, every day.",
        ),
        L(
            "For the spring and summer terms of 2027:",
            "- an occupational therapist from Ferrington Children's Therapies will assess Luca "
            "for a laptop and writing splints once in January 2027, and review them at a visit "
            "once a half term;",
            "- his head of year will arrange a seat at the end of every assembly row and let him "
            "sit in every queue;",
            "- the school office will give him two lockers, one on each floor, once in January "
            "2027;",
            "- his physiotherapist at Ferrington will see him every month for 45 minutes for "
            "shoulder strengthening.",
        ),
        tags=("annual-review", "bullets", "terms"),
    ),
    _plan(
        "p-tics-hedge-typo-no-duration",
        "Zac (8) has tics and ADHD (attention deficit hyperactivity disorder). His tics get "
        "worse when he is told off or tired. He finds it hard to sit still and interupts "
        "others.",
        "By July 2027 Zac will work at his table for 15 minutes with one movement break, in 4 "
        "out of 5 lessons, as his teacher records. By July 2027 Zac will wait for his turn to "
        "speak in carpet time on 3 out of 4 days, using his talk token.",
        L(
            "- His class teacher will give him a movement break every 15 minutes.",
            "- His class teacher will use a talk token at every carpet time until July 2027.",
            "- Staff will ignore his tics and not comment on them, in every lesson until July "
            "2027.",
            "- The community paediatrician will see him every six months until July 2027.",
        ),
        expected=(
            (GT, "C", "His tics get worse when he is told off or tired."),
            (ND, "G", "His class teacher will give him a movement break every 15 minutes."),
            (
                NP,
                "G",
                "Staff will ignore his tics and not comment on them, in every lesson until July "
                "2027.",
            ),
        ),
        tags=("bullets", "typos"),
    ),
    _plan(
        "p-panic-attacks-first-person-clean",
        L(
            "My health",
            "I'm Jasmine. I'm 14. I get panic attacks, mostly in the mornings before school and "
            "in crowded places. My heart races and I feel like I can't breathe. When it happens "
            "at school I leave and go home, so I have missed a lot.",
        ),
        L(
            "By Easter 2027 I will use my breathing plan and my time-out card and stay in school "
            "after a panic attack, on 4 out of 5 times, as my mentor records.",
            "By July 2027 I will be in school at least 90% of the time, on the register.",
        ),
        L(
            "- The Mental Health Support Team practitioner at Highcross School will see me for "
            "40 minutes every week from September 2026 to Easter 2027, and then every fortnight "
            "until July 2027.",
            "- My form tutor will meet me at the side gate at 8:30 every school day until July "
            "2027, so I don't have to go through the crowd.",
            "- My learning mentor, who has been trained by the support team, will be my "
            "time-out person whenever I use my card, until July 2027.",
        ),
        tags=("first-person", "bullets"),
    ),
    _plan(
        "p-feeding-tube-table-no-freq-no-provider",
        L(
            "Need | Description",
            "Feeding | Grace (5) has a tube into her stomach and is fed a special milk by pump.",
            "Swallowing | She can only have tastes of smooth puree because she may choke.",
        ),
        L(
            "Outcome | Date | Measure",
            "I will take 10 teaspoons of puree at lunch | July 2027 | 4 days out of 5, "
            "recorded by my trained assistant",
            "I will have all my tube feeds given safely at school | July 2027 | No missed or "
            "unsafe feeds in my feeding log",
        ),
        L(
            "Provision | Who | How often | Until",
            "Tube feeds by pump | Teaching assistant trained by the community children's nurse "
            "| 11:00 and 13:30 every school day | July 2027",
            "Tastes of puree | Teaching assistant trained by the speech and language therapist "
            "| At lunch | July 2027",
            "Swallow review | Speech and language therapist, Calder Vale Community NHS Trust | "
            "| July 2027",
            "Checking feeding competencies | | Every six months | July 2027",
        ),
        expected=(
            (
                NF,
                "G",
                "Swallow review | Speech and language therapist, Calder Vale Community NHS "
                "Trust | | July 2027",
            ),
            (NP, "G", "Checking feeding competencies | | Every six months | July 2027"),
        ),
        tags=("table",),
    ),
]

DIVIDED += [
    _div(
        "d-neuro-physio-clean-terms",
        "Hugo (11) has hereditary spastic paraplegia, a condition that makes the muscles in his "
        "legs stiff and weak and gets slowly worse. He walks with elbow crutches and tires on "
        "the long walk between the two school buildings.",
        "By the end of the spring term 2027 Hugo will get between the two buildings in the "
        "five-minute changeover using his crutches or his wheelchair, in 9 out of 10 changes, "
        "as his tutor records.",
        "I will see Hugo in school for 45 minutes once every half term during the autumn and "
        "spring terms of 2026-27 to review his stretches and walking aids. His teaching "
        "assistant, whom I trained in October 2026, will do his 15-minute stretching programme "
        "with him every school day in the same period. The wheelchair service at Rowan Hill "
        "will provide a self-propelling wheelchair once, by November 2026.",
        "Ewan Fraser, Specialist Paediatric Physiotherapist, Rowan Hill Community Health, "
        "19 September 2026",
        tags=("paragraph", "terms"),
    ),
    _div(
        "d-school-nurse-asthma-clean-generic",
        "Layla (9) has asthma. Cold air, exercise and colds make her wheezy and she gets "
        "breathless in PE and at outdoor play in winter.",
        "By July 2027 Layla will take part in every PE lesson after using her reliever inhaler "
        "beforehand, with no PE lesson missed because of asthma, as her teacher records.",
        "Her class teacher will make sure Layla uses her reliever inhaler with a spacer 10 "
        "minutes before every PE lesson until July 2027. If she is wheezy, a first-aid trained "
        "member of staff will follow her asthma plan straight away. I will train school staff "
        "in asthma and inhaler use once, in September 2026, and review her asthma plan with her "
        "parents every term until July 2027.",
        "Precious Moyo, School Nurse, Linfield School Nursing Team, 8 September 2026",
        tags=("paragraph", "short"),
    ),
    _div(
        "d-paed-date-missing-and-hedge",
        "Kofi (6) has a genetic condition (22q11 deletion syndrome). He has a soft voice that is "
        "hard to understand because air escapes through his "
        "nose, and he gets frequent ear infections that affect his hearing.",
        "By July 2027 Kofi will be understood by his teacher in 8 out of 10 things he says, as "
        "checked by his speech therapist. By July 2027 Kofi will follow class instructions on "
        "4 out of 5 occasions, as his teacher observes.",
        "A speech and language therapist from the cleft and palate team at Rennick Hospital "
        "will see Kofi every six weeks until July 2027. His class teacher should seat him near "
        "the front. The audiology service will test his hearing every six months until July "
        "2027.",
        "Dr Ama Asante, Consultant Community Paediatrician, Bellbrook Child Health",
        expected=(
            (UP, "provision", "should"),
            (NF, "provision", "His class teacher should seat him near the front."),
            (ND, "provision", "His class teacher should seat him near the front."),
            (
                NA,
                "author",
                "Dr Ama Asante, Consultant Community Paediatrician, Bellbrook Child Health",
            ),
        ),
        tags=("paragraph",),
    ),
    _div(
        "d-ot-arthritis-stool-no-outcome",
        "Nathan (15) has juvenile arthritis in his hips and knees. He cannot get up from a low "
        "chair or the floor. He cannot manage the school's toilet without grab rails.",
        "By January 2027 Nathan will use the accessible toilet on his own, every day, with no "
        "help from staff.",
        "I will visit the school once in October 2026 to assess the accessible toilet, and the "
        "school's site manager will fit two grab rails and a raised toilet seat by December "
        "2026. Nathan will also have a perching stool in every classroom, supplied once by our "
        "service in October 2026. I will review all this once in February 2027.",
        "Imogen Clarke, Occupational Therapist, Hawksmoor Community Children's Services, "
        "1 October 2026",
        expected=((GT, "needs", "He cannot get up from a low chair or the floor."),),
        tags=("paragraph",),
    ),
]

DIVIDED += [
    _div(
        "d-clinical-psych-clean-plain",
        "Ella (10) was born at 26 weeks. She has difficulty holding information in her head "
        "(working memory) and gets overwhelmed by long tasks, which leads to meltdowns at home "
        "after school.",
        "By July 2027 Ella will complete a 20-minute task broken into three steps, using her "
        "step card, in 4 out of 5 lessons, as her teacher records. By July 2027 Ella's parents "
        "will record no more than one after-school meltdown a week, over the last half term.",
        "I will meet Ella's class teacher and teaching assistant for one hour once a half term "
        "until July 2027 to plan how to break tasks down. Her class teacher will give Ella a "
        "step card for every task longer than 10 minutes until July 2027. Her teaching "
        "assistant, trained by me, will give her a 10-minute calm time at the end of every "
        "school day until July 2027.",
        "Dr Naomi Feld, Clinical Psychologist, Marstone Neonatal Follow-up "
        "Service, 26 November 2026",
        tags=("paragraph",),
    ),
    _div(
        "d-salt-aac-acronym-unexplained",
        "Riley (7) has no clear speech because of verbal dyspraxia (difficulty planning the "
        "movements of speech). He uses an AAC device with symbols and is learning Makaton signs.",
        "By July 2027 Riley will use his device to make a two-symbol request, on 4 out of 5 "
        "chances, as recorded by his teaching assistant.",
        "I will visit school for one hour every three weeks until July 2027 to update his "
        "vocabulary and train staff. His teaching assistant, trained by me, will model his "
        "device in every lesson until July 2027.",
        "Hollie Garner, Speech and Language Therapist, Ashcombe Children's Services, 5 October "
        "2026",
        expected=((AC, "needs", "AAC"),),
        tags=("paragraph",),
    ),
    _div(
        "d-continuing-care-physio-no-duration",
        L(
            "Continuing care nursing advice",
            "Kyle (16) has a neuromuscular condition and uses a ventilator (a machine that helps "
            "him breathe) at night and sometimes in the day. He needs a suction machine to clear "
            "his airway, and he cannot cough well on his own. He wants to go to sixth form.",
        ),
        L(
            "By September 2027 Kyle will attend every sixth-form lesson on his timetable with a "
            "trained carer, as his attendance record shows.",
            "By September 2027 Kyle will direct his own care by telling his carer when he needs "
            "suction or his ventilator, every time, as recorded in his care log.",
        ),
        L(
            "A carer from Kentmere Children's Continuing Care Team, trained and signed off in "
            "ventilation, suction and cough assist, will be with Kyle for every hour he is at "
            "school or college, from January 2027 until September 2027. The team's nurse will "
            "check the carer's competencies every three months in that period. The respiratory "
            "physiotherapist at Kentmere Hospital will review his cough assist every six months.",
        ),
        "Marian Doherty, Continuing Care Nurse Assessor (Registered Nurse), Kentmere Children's "
        "Continuing Care Team, 10 December 2026",
        expected=(
            (
                ND,
                "provision",
                "The respiratory physiotherapist at Kentmere Hospital will review his cough "
                "assist every six months.",
            ),
        ),
        tags=("report", "complex"),
    ),
    _div(
        "d-hv-no-author-name",
        "Olly (2 years 2 months) is not yet walking and bottom-shuffles. He is otherwise "
        "well and sociable.",
        "By March 2027 Olly will walk five steps on his own, as seen by his physiotherapist.",
        "I have referred Olly to the Rimbury children's physiotherapy team, who will see him "
        "every month until March 2027. His childminder, shown his exercises by the "
        "physiotherapist, will practise standing and walking with him for 10 minutes every day "
        "he attends until March 2027.",
        "Health Visitor, Rimbury 0-19 Service, 14 September 2026",
        expected=((NA, "author", "Health Visitor, Rimbury 0-19 Service, 14 September 2026"),),
        tags=("health-visitor", "early-years", "short"),
    ),
]

UNDIVIDED += [
    _und(
        "u-ophthalmology-jargon-acronym",
        "Ophthalmology letter. Seen: Aria (8). VA 6/36 R, 6/60 L with correction. Fundoscopy "
        "shows optic nerve hypoplasia bilaterally. Nystagmus present. Will need large print and "
        "support from the VI team. Review 6/12. Mr Oliver Brand, Consultant Ophthalmologist, "
        "Corran Eye Unit, 2 February 2027.",
        expected=(
            (AC, "advice", "VA"),
            (JA, "advice", "Fundoscopy"),
            (JA, "advice", "bilaterally"),
            (JA, "advice", "Nystagmus"),
            (AC, "advice", "VI"),
        ),
        tags=("letter", "clinical-shorthand"),
    ),
    _und(
        "u-gp-clean-no-drugs",
        "Thank you for asking for my advice about Harriet (12). I have known Harriet since she "
        "was a baby. She has mild asthma, which is well controlled with her inhalers and does "
        "not stop her joining in. She has no other health problems that affect her learning. "
        "Her anxiety about school is being seen by the school's counsellor. Dr Lorna Kemp, GP, "
        "Wickford Lane Surgery, 4 November 2026.",
        tags=("gp", "short"),
    ),
    _und(
        "u-physio-report-title-clean",
        L(
            "CHILDREN'S PHYSIOTHERAPY - ADVICE FOR EHC NEEDS ASSESSMENT",
            "Education, health and care (EHC) needs assessment advice for Samuel (4).",
            "Samuel has low muscle tone (his muscles are floppy), so he tires when sitting on the "
            "carpet and falls over easily. He would benefit from a chair with a back and sides "
            "at table times, and short movement games every day. We will visit nursery once a "
            "term to show staff his programme.",
            "Leona Burke, Children's Physiotherapist, Silverdale Community Trust, 7 December 2026",
        ),
        tags=("report", "early-years"),
    ),
    _und(
        "u-cardio-letter-drug-and-jargon",
        "Dear Dr Moss, I reviewed Henry (14) today. He has repaired tetralogy of Fallot. He "
        "remains on aspirin 75 mg daily. Echocardiogram shows moderate pulmonary regurgitation, "
        "which we will keep monitoring. He can take part in all school activities except "
        "competitive endurance sports. Dr Seema Varma, Consultant Paediatric Cardiologist, "
        "Holbeck Children's Heart Centre, 23 October 2026.",
        expected=(
            (DN, "advice", "aspirin"),
            (JA, "advice", "Echocardiogram"),
            (JA, "advice", "pulmonary"),
            (JA, "advice", "regurgitation"),
        ),
        tags=("letter",),
    ),
]

PLANS += [
    _plan(
        "p-college-autism-clean-weekly-termly",
        "Samir (18) is autistic and has anxiety. He finds the college canteen and busy "
        "corridors overwhelming, and when anxious he stops speaking and leaves. He finds it "
        "hard to plan his coursework and misses deadlines.",
        L(
            "- By June 2027 I will stay in every lesson for the whole session, using my quiet "
            "study room at breaks, on 4 out of 5 days, as my tutor records.",
            "- By June 2027 I will hand in 9 out of 10 assignments on time, using my weekly "
            "planner, as my course leader records.",
        ),
        L(
            "- The college's autism specialist mentor (a qualified autism practitioner) will meet "
            "Samir for 45 minutes every week during term time in 2026-27 to plan his coursework "
            "and talk through worries.",
            "- His course leader will give him a key to the quiet study room for every break and "
            "lunch in 2026-27.",
            "- The adult autism and ADHD (attention deficit hyperactivity disorder) service at "
            "Brightholme will offer him six sessions of anxiety therapy, one a fortnight, from "
            "January to March 2027.",
        ),
        tags=("post-16", "bullets", "young-adult"),
    ),
    _plan(
        "p-epilepsy-ketogenic-drug-and-outcome",
        "Poppy (6) has epilepsy that has not been controlled by medicines, so she is on a "
        "ketogenic diet (a special high-fat, low-sugar diet that reduces seizures). She must "
        "not eat any food outside her diet, including treats in class. She has drop seizures "
        "and wears a helmet.",
        L(
            "- Poppy will stay safe at school.",
            "- By July 2027 Poppy will eat only her own prepared food at school, every day, with "
            "no diet mistakes in her food log.",
        ),
        L(
            "- The ketogenic dietitian at Meadowvale Children's Hospital will train her teaching "
            "assistant once in September 2026 and review her food log every month until July "
            "2027.",
            "- Her trained teaching assistant will check all food and drink before Poppy has it, "
            "at every snack and lunch until July 2027.",
            "- If she has a cluster of seizures, a trained member of staff will give her "
            "Epistatus as her care plan says and call her parents.",
            "- Her class teacher will make sure she wears her helmet at every playtime and PE "
            "lesson until July 2027.",
        ),
        expected=(
            (OS, "E", "Poppy will stay safe at school."),
            (DN, "G", "Epistatus"),
            (
                ND,
                "G",
                "If she has a cluster of seizures, a trained member of staff will give her "
                "Epistatus as her care plan says and call her parents.",
            ),
        ),
        tags=("bullets", "medical"),
    ),
    _plan(
        "p-sickle-clean-short-table",
        L(
            "Need | Detail",
            "Hydration | Tolu (7) has sickle cell disease and must drink often; thirst or "
            "holding on to go to the toilet can bring on pain.",
        ),
        L(
            "Outcome | By | Measure",
            "I will drink my whole water bottle twice a day and go to the toilet when I need to "
            "| July 2027 | Ticked on my class chart, 4 days out of 5",
        ),
        L(
            "Provision | Who | How often | Until",
            "Water bottle on desk, refilled, and toilet pass | Class teacher | Every school day "
            "| July 2027",
            "Training on sickle cell for all class staff | Haemoglobinopathy specialist nurse, "
            "Dunford Hospital | Once, September 2026 | -",
        ),
        tags=("table", "short"),
    ),
    _plan(
        "p-clinic-letters-paraphrase-clean",
        "The following is taken from the letters of the Community Paediatrician (Dr Lewin, 6 "
        "May 2026) and the Occupational Therapist (Ms Arkwright, 19 June 2026). Rhys (9) has "
        "developmental coordination disorder and joint hypermobility. He finds handwriting "
        "slow and tiring, and his hands ache after 10 minutes. He falls over more than other "
        "children at playtime and has bruised knees.",
        "By the end of Year 5 (July 2027) Rhys will type his longer pieces of writing at 15 "
        "words a minute, as checked by his teacher each term. By the end of Year 5 (July 2027) "
        "Rhys will have no more than one fall a week recorded at playtime.",
        "An occupational therapist from Greyhaven Children's Therapy will teach Rhys to touch "
        "type in six weekly 30-minute sessions in the autumn term of 2026 and then review him "
        "once a term until July 2027. His class teacher will let him use a laptop for any "
        "writing task of more than 10 minutes, every day until July 2027. A teaching assistant "
        "trained by the occupational therapist will run a 15-minute balance and strength group "
        "three times a week until July 2027.",
        tags=("la-paraphrase", "paragraph"),
    ),
]

BLIND = tuple(PLANS + DIVIDED + UNDIVIDED)
