"""Blind cases (issue 15): written from the domain notes and the labelling conventions only, without reading the checks. All invented."""

from ..cases import Case

E = tuple[str, str, str]


def plan(name: str, c: str, e: str | None, g: str, *expected: E, tags=()) -> Case:
    sections = {"C": c, "G": g} if e is None else {"C": c, "E": e, "G": g}
    return Case(name, sections, tuple(expected), tags=("plan", *tags))


def g_only(name: str, g: str, *expected: E, tags=()) -> Case:
    return Case(name, {"G": g}, tuple(expected), tags=("provision-only", *tags))


def advice(name: str, needs: str, outcomes: str, provision: str, author: str, *expected: E):
    sections = {"needs": needs, "outcomes": outcomes, "provision": provision, "author": author}
    return Case(name, sections, tuple(expected), kind="advice", tags=("advice",))


# ---------------------------------------------------------------- clean plans

C01 = plan(
    "b-clean-autism-salt-primary",
    "Amira has autism. She finds it hard to understand spoken instructions with more than two "
    "key words and she communicates mostly in single words.",
    "By the end of Year 3 Amira will follow an instruction with three key words in class on 4 out "
    "of 5 occasions, as recorded by her class teacher.",
    "A speech and language therapist from the Children's Speech and Language Therapy Service will "
    "work with Amira for 30 minutes once a week for 12 months, and will show her teaching "
    "assistant the activities to use.",
    tags=("clean",),
)

C02 = plan(
    "b-clean-epilepsy-trigger",
    "Josh has epilepsy. He has seizures about twice a month, usually in the morning, and is "
    "tired afterwards.",
    None,
    "Provision:\n"
    "- The epilepsy nurse from Northvale Children's Hospital will train two named teaching "
    "assistants in Josh's seizure care plan once a year, in a 90-minute session, while he "
    "attends the school.\n"
    "- If a seizure lasts five minutes, one of the two trained teaching assistants will give his "
    "rescue medication and call 999, for the school year 2026-27.\n"
    "- After every seizure a trained teaching assistant will let Josh rest in the medical room "
    "for up to one hour, for the school year 2026-27.",
    tags=("clean", "tricky"),
)

C03 = plan(
    "b-clean-cp-physio-table",
    "Need | Detail\n"
    "Mobility | Leo has cerebral palsy affecting both legs. He walks with a frame for short "
    "distances and uses a wheelchair outdoors.\n"
    "Posture | He gets stiff and sore if he sits in one position for more than an hour.",
    "Outcome | By July 2027 Leo will walk with his frame from the classroom to the hall (about "
    "40 metres) without stopping, on 3 days out of 5.\n"
    "Outcome | By July 2027 Leo will tell an adult when he needs to change position, at least "
    "once every morning, as recorded by his class teacher.",
    "Provision | A paediatric physiotherapist (HCPC registered) will see Leo in school for 45 "
    "minutes once every 4 weeks for 12 months to set and review his walking programme.\n"
    "Provision | A teaching assistant trained by the physiotherapist will do Leo's walking "
    "programme with him for 20 minutes every school day for 12 months.\n"
    "Provision | A teaching assistant trained by the physiotherapist will help Leo change "
    "position every hour throughout the school day for 12 months.",
    tags=("clean", "table"),
)

C04 = plan(
    "b-clean-no-health-needs",
    "Maya has no health needs that relate to her special educational needs. Her hearing and "
    "vision were checked in 2025 and are normal.",
    None,
    "There is no health provision because Maya has no health needs related to her special "
    "educational needs.",
    tags=("clean", "tricky"),
)

C05 = plan(
    "b-clean-diabetes-ccn",
    "Oliver (Year 8) has type 1 diabetes. His blood sugar can go too low (hypoglycaemia - when "
    "he becomes shaky, pale and confused) or too high, which affects his concentration in lessons.",
    "By the end of Year 9 Oliver will check his own blood sugar before lunch and before PE on "
    "every school day, with a staff member watching, as recorded in his diabetes diary.",
    "The Children's Diabetes Nurse Specialist team will train three named staff members in "
    "Oliver's care plan in a 2-hour session at the start of each term, for as long as he attends "
    "the school. One of these trained staff members will supervise Oliver's blood sugar check "
    "before lunch and before PE, every school day, for the school year 2026-27. If Oliver's blood "
    "sugar is below 4, a trained staff member will give him a sugary drink straight away and "
    "stay with him for at least 15 minutes until it is above 4, for the school year 2026-27.",
    tags=("clean", "tricky"),
)

C06 = plan(
    "b-clean-hearing-totd",
    "Ruby has a moderate hearing loss in both ears and wears two hearing aids. She misses what "
    "is said in noisy rooms.",
    None,
    "A Qualified Teacher of the Deaf (ToD) from the Sensory Support Service will visit Ruby in "
    "school for one hour every half term, for 12 months, to check her hearing aids and her radio "
    "aid and advise her class teacher. The ToD will train her teaching assistant to check the "
    "hearing aids in a 1-hour session once a year. The teaching assistant trained by the ToD will "
    "check Ruby's hearing aids for 5 minutes at the start of every school day for 12 months.",
    tags=("clean", "tricky"),
)

C07 = plan(
    "b-clean-asthma-no-drug",
    "Kai has severe asthma. Cold air, exercise and colds make him wheezy and short of breath, "
    "and he has missed 20 days of school this year because of it.",
    "By the end of Year 5 Kai will tell an adult when he is wheezy and use his inhaler with his "
    "spacer correctly on every occasion, as checked by the school nurse each term.",
    "The school nurse will train Kai's class teacher and two teaching assistants in his asthma "
    "plan in a 1-hour session every September for as long as he attends the school. When Kai is "
    "wheezy, a trained adult will supervise him using his blue inhaler with his spacer (a plastic tube that helps the medicine reach his lungs), "
    "each time it happens, for the school year 2026-27. The school nurse will meet Kai for "
    "20 minutes once a term for 12 months to check his inhaler technique.",
    tags=("clean", "tricky"),
)

C08 = plan(
    "b-clean-down-syndrome-ot-bullets",
    "Health needs\n"
    "* Down syndrome, with low muscle tone in his hands, which makes holding a pencil and doing up buttons hard.\n"
    "* Glue ear in the past; his hearing was tested in May 2026 and is now normal.",
    "* By July 2027 Finn will do up three large buttons on his coat without help on 3 mornings "
    "out of 5, as recorded by his teaching assistant.",
    "* An occupational therapist from Riverside Children's Therapy will see Finn for 40 minutes "
    "every 3 weeks for 12 months and will write a hand-skills programme.\n"
    "* His teaching assistant, trained by the occupational therapist, will do the hand-skills "
    "programme with Finn for 15 minutes, 4 times a week, for 12 months.",
    tags=("clean", "bullets", "tricky"),
)

C09 = plan(
    "b-clean-camhs-expanded",
    "Zara (15) has anxiety. She has panic attacks (sudden fear with a racing heart and fast "
    "breathing) before tests and has stopped going into her maths lessons.",
    "By Easter 2027 Zara will attend all her maths lessons for 4 weeks in a row, as recorded on "
    "the school register.",
    "A clinical psychologist from the Child and Adolescent Mental Health Service (CAMHS) will "
    "give Zara 12 sessions of cognitive behavioural therapy (a talking therapy that helps with worried thoughts), one 50-minute session every week, "
    "starting in January 2027. After these sessions CAMHS will hold a 1-hour review with Zara, "
    "her parents and her form tutor once a term until the next annual review.",
    tags=("clean", "tricky"),
)

C10 = plan(
    "b-clean-gastrostomy-ccnt",
    "Ella has a gastrostomy (a feeding tube that goes through her tummy into her stomach). She "
    "cannot eat or drink safely by mouth and gets all her food through the tube.",
    None,
    "The Children's Community Nursing Team will train two named teaching assistants in Ella's "
    "tube feeding in a 3-hour session before she starts, and will check their skills every 6 "
    "months, for as long as she attends Oakfield School. At every lunchtime, one of these two "
    "trained teaching assistants will give Ella her feed through the tube over 45 minutes, for "
    "the school year 2026-27. A nurse from the Children's Community Nursing Team will visit "
    "school for 30 minutes once a month for 12 months to check the tube site.",
    tags=("clean", "tricky"),
)

C11 = plan(
    "b-clean-vision-qtvi",
    "Sami has a severe visual impairment from a condition of the nerve that carries messages from his eyes to his brain. He can read "
    "print of 24 point size at a close distance.",
    "By the end of Year 7 Sami will read his own timetable in 24 point print and arrive at the "
    "right room for every lesson for 2 weeks in a row, as recorded by his form tutor.",
    "A qualified teacher of children with vision impairment from the Sensory Support Service "
    "will teach Sami for 1 hour every week for 12 months. The same teacher will show his form "
    "tutor and subject teachers how to enlarge his work, in a 1-hour session once a term, for "
    "the school year 2026-27.",
    tags=("clean",),
)

C12 = plan(
    "b-clean-continence-pdf-wrapped",
    "Noah (age 7) is not yet dry in the day. He has a\nwetting accident most days and does not "
    "always notice\nwhen he needs the toilet.",
    None,
    "The school nurse from the 0-19 Public Health Nursing\nService will set up a toileting plan "
    "with Noah's\nparents and class teacher in a 45-minute meeting\nonce a term for 12 months. "
    "Noah's teaching assistant,\ntrained by the school nurse, will take him to the\ntoilet every "
    "90 minutes during the school day, for 12 months.",
    tags=("clean", "pdf-wrapped"),
)

C13 = plan(
    "b-clean-sleep-no-provision-needed-tricky",
    "Health history: Lily was born at 30 weeks and spent 6 weeks in hospital. She has no "
    "current health needs that affect her learning.\n"
    "Lily finds it hard to get to sleep and is often tired in the morning.",
    None,
    "The Sleep Practitioner from the Children's Sleep Service will meet Lily's parents for "
    "1 hour every 2 weeks, 6 times in total, from September 2026, to put a bedtime routine in "
    "place. Her class teacher will note on a tiredness chart each morning how alert she is, for "
    "the first half of the autumn term 2026.",
    tags=("clean", "tricky"),
)

C14 = plan(
    "b-clean-tracheostomy",
    "Theo has a tracheostomy (a tube in the front of his neck that he breathes through). The tube "
    "needs suction (clearing out with a thin tube and a pump) when it fills with mucus, and he "
    "needs a trained adult near him at all times.",
    None,
    "The Children's Community Nursing Team will train three named teaching assistants in Theo's "
    "tracheostomy care in a 2-day course before he starts and will reassess them every 3 months "
    "for as long as he attends the school. One of these trained teaching assistants will be "
    "within arm's reach of Theo for the whole school day, every school day, for 12 months. A "
    "trained teaching assistant will suction his tube whenever it rattles or he coughs and cannot "
    "clear it, for 12 months.",
    tags=("clean", "tricky"),
)

C15 = g_only(
    "b-clean-g-only-admin",
    "The school office manager will email Aisha's medicines record to her parents every Friday "
    "for the school year 2026-27. A speech and language therapist from the Community Children's "
    "Service will see Aisha for 30 minutes every 2 weeks for 6 months to work on her speech "
    "sounds.",
    tags=("clean", "tricky"),
)

C16 = plan(
    "b-clean-adhd-expanded",
    "Ibrahim has attention deficit hyperactivity disorder (ADHD). He finds it hard to stay in his "
    "seat for more than 5 minutes and to finish written tasks.",
    "By the end of the spring term 2027 Ibrahim will stay on a written task for 10 minutes, with "
    "one movement break, in 4 out of 5 English lessons, as recorded by his class teacher.",
    "A paediatrician from the Community Paediatric Service will review Ibrahim's ADHD in a "
    "30-minute clinic appointment every 6 months for 12 months. The SENCo (special educational "
    "needs coordinator) will plan two 3-minute movement breaks into every lesson with his class "
    "teacher, who will give him the breaks every lesson for the school year 2026-27.",
    tags=("clean", "tricky"),
)

C17 = g_only(
    "b-clean-g-only-ventilation",
    "The Long Term Ventilation Team at St Brigid's Children's Hospital will train two named "
    "nursing assistants in Kieran's ventilator care in a 3-day course before he starts and will "
    "update their training every 6 months while he attends the school. One of these two trained "
    "nursing assistants will be with Kieran for the whole school day, every day he attends, for "
    "12 months.",
    tags=("clean",),
)

C18 = plan(
    "b-clean-eating-disorder-secondary",
    "Hannah (16) has anorexia nervosa - an eating disorder in which she restricts what she eats. "
    "She is at a low weight, tires easily and finds lunchtimes very stressful.",
    "By the end of the autumn term 2026 Hannah will eat her full packed lunch in the pastoral "
    "room on 4 days out of 5, as recorded by her key worker.",
    "A dietitian from the Community Eating Disorders Service will meet Hannah for 45 minutes "
    "every 2 weeks for 6 months. Her key worker, trained by the Community Eating Disorders "
    "Service, will sit with her at every lunchtime for 30 minutes for the autumn and spring "
    "terms 2026-27.",
    tags=("clean", "tricky"),
)

C19 = plan(
    "b-clean-allergy-pen",
    "Rosa has a severe allergy to peanuts and tree nuts. If she eats them she can have a "
    "serious reaction that makes it hard to breathe.",
    None,
    "The school nurse will train all staff who work with Rosa in using her allergy pen in a "
    "1-hour session every September, while she attends the school. If Rosa shows signs of a "
    "serious reaction, a trained member of staff will give her allergy pen straight away and "
    "call 999, for the school year 2026-27.",
    tags=("clean", "tricky"),
)

C20 = plan(
    "b-clean-rare-syndrome-multi",
    "Evie has Rett syndrome - a rare genetic condition. She cannot use her hands to point or sign "
    "and communicates with her eyes. She also has a curve in her spine and needs her position "
    "changed to stay comfortable.",
    "By July 2027 Evie will choose between two pictures with her eye gaze on 8 out of 10 "
    "occasions in a 10-minute session, as recorded by her teaching assistant.\n"
    "By July 2027 Evie will sit in her supportive chair for a whole 50-minute lesson without "
    "signs of discomfort on 4 days out of 5, as recorded by her class teacher.",
    "- A speech and language therapist will set up and review Evie's eye gaze system for 1 hour "
    "every 4 weeks for 12 months.\n"
    "- Her teaching assistant, trained by the speech and language therapist, will practise "
    "choosing with her for 10 minutes twice a day for 12 months.\n"
    "- A physiotherapist from the Children's Physiotherapy Service will review her seating and "
    "positioning for 45 minutes every 6 weeks for 12 months.\n"
    "- A teaching assistant trained by the physiotherapist will change Evie's position every "
    "50 minutes during the school day for 12 months.",
    tags=("clean",),
)

C21 = advice(
    "b-clean-advice-salt",
    "Tom (age 5) has a language disorder. He understands fewer words than other children his age "
    "and uses short sentences of two or three words.",
    "By July 2027 Tom will use sentences of four words to tell an adult what he needs, on 3 "
    "occasions in a school day, as noted by his class teacher.",
    "A speech and language therapist will see Tom in school for 30 minutes every week for two "
    "terms (20 sessions). His teaching assistant, trained by the speech and language therapist, "
    "will do his language activities with him for 10 minutes every day for 12 months.",
    "Grace Okafor, Speech and Language Therapist (HCPC SL12345), 14 October 2026",
)

C22 = advice(
    "b-clean-advice-paediatrician",
    "Maisie has Down syndrome and a mild hearing loss in her left ear, so she misses "
    "instructions given from across the room.",
    "By July 2027 Maisie will sit at the front of the class and repeat back a two-part "
    "instruction on 4 out of 5 occasions, as recorded by her teacher.",
    "Her class teacher will seat Maisie near the front with her right ear towards the teacher in "
    "every lesson for the school year 2026-27. An audiologist from the Children's Hearing "
    "Service will test her hearing in a 45-minute appointment every 6 months for 12 months.",
    "Dr Ananya Rao, Consultant Community Paediatrician (GMC 7012345), 3 November 2026",
)

C23 = advice(
    "b-clean-advice-ot",
    "Jayden has developmental coordination disorder - he finds it hard to plan and "
    "carry out movements. Handwriting is slow and tiring for him.",
    "By the end of Year 5 Jayden will type a 100-word piece of writing in 15 minutes, as "
    "checked by his class teacher each half term.",
    "An occupational therapist will see Jayden for 45 minutes every 2 weeks for one term "
    "(6 sessions) to start a typing programme. His teaching assistant, trained by the "
    "occupational therapist, will run the typing programme for 15 minutes 3 times a week "
    "for the school year 2026-27.",
    "Priya Desai, Occupational Therapist, HCPC OT67890, 21/09/2026",
)

C24 = advice(
    "b-clean-advice-school-nurse-continence",
    "Bella (age 9) has daytime wetting. She has an overactive bladder (her bladder squeezes "
    "before it is full) and needs to use the toilet often.",
    "By the end of Year 5 Bella will be dry during the school day on 4 days out of 5, as "
    "recorded on her toilet chart.",
    "Bella's class teacher will let her leave class to use the toilet whenever she asks, for "
    "the school year 2026-27. The school nurse will review her toilet chart with her in a "
    "20-minute meeting every half term for 12 months.",
    "Karen Bright, School Nurse (NMC 12A3456E), Westbrook 0-19 Service, 2 December 2026",
)

C25 = advice(
    "b-clean-advice-no-health-needs",
    "I saw Harley in clinic on 1 October 2026. He has no health needs that relate to his "
    "special educational needs. His growth, hearing and vision are normal.",
    "No health outcomes are needed.",
    "No health provision is needed.",
    "Dr Samuel Hart, Specialty Doctor in Community Paediatrics (GMC 7234567), 5 October 2026",
)

C26 = advice(
    "b-clean-advice-dietitian",
    "Isla has cerebral palsy and finds chewing hard, so she eats slowly and does not eat enough "
    "to grow well. Her weight has dropped from the 25th to the 9th centile (her weight compared "
    "with other girls her age) in a year.",
    "By July 2027 Isla will eat a full school lunch of soft, mashed food within 40 minutes on "
    "4 days out of 5, as recorded by her lunchtime assistant.",
    "A paediatric dietitian will review Isla's weight and diet in a 30-minute appointment every "
    "3 months for 12 months. Her lunchtime assistant, trained by the dietitian, will give her "
    "a high-energy snack at every morning break for the school year 2026-27.",
    "Olivia Chen, Paediatric Dietitian (HCPC DT034567), 11 January 2027",
)

C27 = plan(
    "b-clean-physio-wheelchair-secondary",
    "Musa (13) has muscular dystrophy - a condition that slowly weakens his muscles. He now uses "
    "a powered wheelchair all the time and cannot stand to transfer.",
    "By the end of Year 9 Musa will direct staff through each step of his hoist transfer, "
    "at every transfer, as recorded by his key worker.",
    "A physiotherapist from the Neuromuscular Service will review Musa's seating and stretches "
    "for 1 hour once a term for 12 months. The physiotherapist will train two named teaching "
    "assistants in safe hoisting in a 2-hour session once a year while he attends the school. "
    "Two of these trained teaching assistants will transfer Musa with the hoist at every toilet "
    "visit for the school year 2026-27.",
    tags=("clean",),
)

C28 = g_only(
    "b-clean-g-only-mental-health-mhst",
    "A practitioner from the Mental Health Support Team (MHST) will see Ayo for 8 sessions of "
    "45 minutes, one a week, from January 2027. His form tutor will meet him for 10 minutes "
    "every Monday morning for the spring term 2027 to check how his week is going.",
    tags=("clean",),
)

C29 = plan(
    "b-clean-absences-night-wetting-not-sen",
    "Georgia has epilepsy with absence seizures (brief blank spells of a few seconds) many times "
    "a day, so she misses parts of lessons. She is also still wet at night, which does not affect "
    "her learning and needs no support in school.",
    None,
    "Her class teacher will repeat key instructions to Georgia after each blank spell, in every "
    "lesson, for the school year 2026-27. The epilepsy nurse will train her class teacher to "
    "recognise blank spells in a 1-hour session once a year while she attends the school.",
    tags=("clean", "tricky"),
)

# ---------------------------------------------------------------- cases with problems

P01 = plan(
    "b-autism-sleep-missing-staff-untrained",
    "Sofia has autism. She has very limited spoken language and uses about 20 single words. She "
    "also has severe difficulty sleeping and wakes 3 or 4 times a night.",
    None,
    "A speech and language therapist will see Sofia for 30 minutes every 2 weeks for 12 months. "
    "Staff will use a visual timetable with her every day for the school year 2026-27.",
    ("golden_thread", "C", "She also has severe difficulty sleeping and wakes 3 or 4 times a night."),
    ("no_provider", "G", "Staff will use a visual timetable with her every day for the school year 2026-27."),
)

P02 = plan(
    "b-lgs-drugs-buccal",
    "Callum has Lennox-Gastaut syndrome (a rare, severe type of epilepsy). He has seizures most "
    "days and takes sodium valproate twice a day.",
    None,
    "If a seizure lasts 5 minutes, a teaching assistant trained by the epilepsy nurse will give "
    "buccal midazolam, every time it happens, for the school year 2026-27.",
    ("drug_name", "C", "sodium valproate"),
    ("drug_name", "G", "midazolam"),
    ("jargon", "G", "buccal"),
)

P03 = g_only(
    "b-quiet-room-as-required-camhs",
    "Jamal will have access to a quiet room as required, supervised by his key worker, who has "
    "been trained by the CAMHS Learning Disability Team, for the school year 2026-27.",
    ("unspecified_provision", "G", "access to"),
    ("unspecified_provision", "G", "as required"),
    ("no_frequency", "G", "Jamal will have access to a quiet room as required, supervised by his key worker, who has been trained by the CAMHS Learning Disability Team, for the school year 2026-27."),
    ("acronym", "G", "CAMHS"),
)

P04 = plan(
    "b-hypermobility-improve-low-mood-no-outcome",
    "Priya has hypermobility - her joints bend further than usual - which makes her hands tire "
    "quickly when writing. She also has low mood and has told staff she feels lonely at "
    "breaktimes.",
    "Priya's handwriting will improve.\n"
    "By July 2027 Priya will write for 15 minutes without stopping on 4 out of 5 occasions, as "
    "recorded by her English teacher.",
    "An occupational therapist will see Priya for 45 minutes every 4 weeks for 6 months. The "
    "school counsellor, registered with the British Association for Counselling and "
    "Psychotherapy, will see her for 50 minutes every week for 12 weeks.",
    ("outcome_not_smart", "E", "Priya's handwriting will improve."),
    ("golden_thread", "C", "She also has low mood and has told staff she feels lonely at breaktimes."),
)

P05 = g_only(
    "b-physio-once-a-month-no-length",
    "A physiotherapist from the Children's Physiotherapy Service will see Daniel in school once a "
    "month to review his standing frame programme. A teaching assistant trained by the "
    "physiotherapist will put Daniel in his standing frame for 30 minutes twice a day for 12 "
    "months.",
    ("no_duration", "G", "A physiotherapist from the Children's Physiotherapy Service will see Daniel in school once a month to review his standing frame programme."),
)

P06 = plan(
    "b-salt-acronym",
    "Ben has a speech sound disorder; people who do not know him understand about half of what "
    "he says.",
    None,
    "SALT will see Ben for 30 minutes every week for 10 weeks, then his teaching assistant, "
    "trained by SALT, will practise his sounds with him for 10 minutes every day until the next "
    "annual review.",
    ("acronym", "G", "SALT"),
)

P07 = plan(
    "b-melatonin-methylphenidate",
    "Aaron has autism and ADHD (attention deficit hyperactivity disorder). He takes melatonin "
    "for sleep and methylphenidate in the morning to help him concentrate.",
    None,
    "A clinical nurse specialist from the Community Paediatric Service will review Aaron's sleep "
    "and concentration in a 30-minute appointment every 6 months for 12 months.",
    ("drug_name", "C", "melatonin"),
    ("drug_name", "C", "methylphenidate"),
)

P08 = g_only(
    "b-the-school-will",
    "The school will give Mia a 10-minute movement break every hour for the school year 2026-27. "
    "An occupational therapist will review her sensory plan for 1 hour every half term for 12 "
    "months.",
    ("no_provider", "G", "The school will give Mia a 10-minute movement break every hour for the school year 2026-27."),
)

P09 = plan(
    "b-dysphagia-aspiration-jargon",
    "Ollie has dysphagia and is at risk of aspiration when he drinks thin fluids.",
    None,
    "A speech and language therapist will review Ollie's eating and drinking for 45 minutes every "
    "6 weeks for 12 months. His lunchtime assistant, trained by the speech and language "
    "therapist, will thicken all his drinks at every meal and drink for the school year 2026-27.",
    ("jargon", "C", "dysphagia"),
    ("jargon", "C", "aspiration"),
)

P10 = advice(
    "b-advice-author-no-date",
    "Freya has cerebral palsy affecting her right arm and leg (hemiplegia - weakness down one "
    "side). She trips often and cannot use her right hand to hold paper still.",
    "By July 2027 Freya will hold her paper still with her right hand while writing in 4 out of 5 "
    "lessons, as recorded by her teacher.\n"
    "By July 2027 Freya will walk around the playground for a whole breaktime without falling on "
    "4 days out of 5, as recorded by the staff on duty.",
    "An occupational therapist will see Freya for 45 minutes every 3 weeks for 12 months. A "
    "physiotherapist will see her for 45 minutes every 6 weeks for 12 months to work on her "
    "balance and walking.",
    "Dr Helen Marsh, Consultant Paediatrician",
    ("advice_no_author", "author", "Dr Helen Marsh, Consultant Paediatrician"),
)

P11 = advice(
    "b-advice-no-author-regular-reviews",
    "Leon has asthma that is poorly controlled, and he misses about one day of school every "
    "fortnight.",
    "By the end of Year 4 Leon will miss no more than 2 days of school in a term because of "
    "asthma, as shown on the register.",
    "The school nurse will carry out regular reviews of Leon's asthma plan for 12 months.",
    "",
    ("advice_no_author", "author", ""),
    ("unspecified_provision", "provision", "regular"),
    ("no_frequency", "provision", "The school nurse will carry out regular reviews of Leon's asthma plan for 12 months."),
)

P12 = advice(
    "b-advice-author-no-role",
    "Arlo has a moderate learning disability and is not yet toilet trained at age 6.",
    "By July 2027 Arlo will sit on the toilet when taken, on 4 out of 5 occasions, as recorded on "
    "his toilet chart.",
    "His teaching assistant, trained by the Community Continence Nurse, will take Arlo to the "
    "toilet every 2 hours for the school year 2026-27. The Community Continence Nurse will review "
    "his chart with his parents and teacher for 30 minutes every 3 months for 12 months.",
    "Sarah Finch, 12/10/2026",
    ("advice_no_author", "author", "Sarah Finch, 12/10/2026"),
)

P13 = plan(
    "b-physio-with-no-need",
    "Nia has a moderate hearing loss and wears hearing aids. She cannot follow group "
    "discussions.",
    None,
    "A Qualified Teacher of the Deaf will see Nia for 1 hour every half term for 12 months to "
    "check her hearing aids and advise her teachers on group work. A physiotherapist will see "
    "Nia for 30 minutes every month for 6 months to improve her balance.",
    ("golden_thread", "G", "A physiotherapist will see Nia for 30 minutes every month for 6 months to improve her balance."),
)

P14 = plan(
    "b-outcome-no-time",
    "Jack has autism and becomes very distressed at changes in routine, which leads to him "
    "hitting out.",
    "Jack will use his visual timetable to prepare for changes in his day, on 4 out of 5 "
    "occasions, as recorded by his teacher.",
    "A clinical psychologist from the Child and Adolescent Mental Health Service (CAMHS) Learning "
    "Disability team will meet Jack's parents and teacher for 1 hour every 4 weeks for 6 months "
    "to write a positive behaviour plan. His teaching assistant, trained by the clinical "
    "psychologist, will go through his visual timetable with him for 5 minutes at the start of "
    "each morning and afternoon for the school year 2026-27.",
    ("outcome_not_smart", "E", "Jack will use his visual timetable to prepare for changes in his day, on 4 out of 5 occasions, as recorded by his teacher."),
)

P15 = g_only(
    "b-ot-sensory-advice-no-freq-no-dur",
    "An occupational therapist from the Children's Therapy Team will provide sensory advice to "
    "school. A teaching assistant trained by the occupational therapist will run Lucas's "
    "10-minute sensory circuit every morning for the school year 2026-27.",
    ("no_frequency", "G", "An occupational therapist from the Children's Therapy Team will provide sensory advice to school."),
    ("no_duration", "G", "An occupational therapist from the Children's Therapy Team will provide sensory advice to school."),
)

P16 = plan(
    "b-concerta-brand",
    "Tyler (14) has ADHD (attention deficit hyperactivity disorder). He takes Concerta each "
    "morning, which wears off by mid-afternoon, and he finds afternoon lessons very hard.",
    None,
    "His form tutor will check in with Tyler for 5 minutes after lunch every school day for the "
    "school year 2026-27. A paediatrician will review his treatment in a 30-minute appointment "
    "every 6 months for 12 months.",
    ("drug_name", "C", "Concerta"),
)

P17 = plan(
    "b-peg-bolus",
    "Layla has a PEG and has reflux (food coming back up), and she vomits after large feeds.",
    None,
    "Two teaching assistants trained by the Children's Community Nursing Team will give Layla "
    "her bolus feeds at 10am and 1pm every school day for the school year 2026-27.",
    ("acronym", "C", "PEG"),
    ("jargon", "G", "bolus"),
)

P18 = g_only(
    "b-should-may",
    "Kacper should have a 20-minute session with a speech and language therapist every week for "
    "12 months. A teaching assistant trained by the speech and language therapist may run a "
    "30-minute social skills group for him once a week for the spring term 2027.",
    ("unspecified_provision", "G", "should"),
    ("unspecified_provision", "G", "may"),
)

P20 = plan(
    "b-swallowing-no-outcome",
    "Harvey has cerebral palsy and uses a wheelchair. He has difficulty swallowing - food can go "
    "down the wrong way into his lungs - and needs his food mashed.",
    "By July 2027 Harvey will push his wheelchair from class to the dinner hall on his own, on 4 "
    "days out of 5, as recorded by his teaching assistant.",
    "A physiotherapist will see Harvey for 45 minutes every 4 weeks for 12 months. A speech and "
    "language therapist will review his eating and drinking for 30 minutes every 6 weeks for 12 "
    "months, and his lunchtime assistant, trained by the speech and language therapist, will "
    "mash his food at every meal for 12 months.",
    ("golden_thread", "C", "He has difficulty swallowing - food can go down the wrong way into his lungs - and needs his food mashed."),
)

P21 = plan(
    "b-dmd-prednisolone-dietitian-no-need",
    "Ethan has Duchenne muscular dystrophy - a condition that weakens his muscles over time. He "
    "takes prednisolone every day. His calf muscles are tight and he cannot walk more than 50 "
    "metres.",
    None,
    "A physiotherapist will see Ethan for 1 hour every 6 weeks for 12 months to review his "
    "stretches. A teaching assistant trained by the physiotherapist will do his stretches with "
    "him for 15 minutes every school day for 12 months. A dietitian will see Ethan for 30 "
    "minutes every 3 months for 12 months.",
    ("drug_name", "C", "prednisolone"),
    ("golden_thread", "G", "A dietitian will see Ethan for 30 minutes every 3 months for 12 months."),
)

P22 = plan(
    "b-diabetes-anxiety-missing",
    "Rhys (15) has type 1 diabetes, which he manages himself with a pump. Since his diagnosis he "
    "has become very anxious about lessons and has missed 30% of school this term.",
    None,
    "The Children's Diabetes Nurse Specialist will meet Rhys and his head of year for 30 minutes "
    "once a term for 12 months to review his diabetes care plan.",
    ("golden_thread", "C", "Since his diagnosis he has become very anxious about lessons and has missed 30% of school this term."),
)

P23 = plan(
    "b-squint-weight-bullets",
    "- Squint (her eyes do not line up) - she wears glasses and a patch on one eye.\n"
    "- Slow weight gain.",
    None,
    "- An orthoptist will see Bea in the eye clinic for 30 minutes every 3 months for 12 months.\n"
    "- Her teaching assistant, trained by the orthoptist, will check she is wearing her patch for "
    "2 hours every morning for 12 months.",
    ("golden_thread", "C", "Slow weight gain."),
    tags=("bullets",),
)

P24 = plan(
    "b-trachy-hearing-missing",
    "Ada has a tracheostomy (a breathing tube in her neck). She also has a severe hearing loss "
    "and uses British Sign Language (BSL).",
    "By July 2027 Ada will tell a trained adult, using a sign, when her tube needs clearing, "
    "every time, as recorded on her care log.",
    "Three teaching assistants trained by the Children's Community Nursing Team will stay with "
    "Ada throughout every school day for 12 months and clear her tube whenever she signs that it "
    "needs clearing.",
    ("golden_thread", "C", "She also has a severe hearing loss and uses British Sign Language (BSL)."),
)

P25 = plan(
    "b-ot-acronym-height-weight-no-need",
    "Oscar has autism and finds noisy places overwhelming. He covers his ears and runs out of the "
    "dinner hall.",
    None,
    "An OT will write a sensory plan for Oscar in two 1-hour visits in the autumn term 2026. His "
    "key worker, trained by the OT, will take him to eat in a quiet room at every lunchtime for "
    "the school year 2026-27. The school nurse will check his height and weight once a year for "
    "12 months.",
    ("acronym", "G", "OT"),
    ("golden_thread", "G", "The school nurse will check his height and weight once a year for 12 months."),
)

P26 = advice(
    "b-advice-adhd-sleep-no-provision",
    "Kofi has ADHD (attention deficit hyperactivity disorder). He cannot sit still in class. He "
    "has trouble getting to sleep and often sleeps only 6 hours a night.",
    "By the end of Year 4 Kofi will stay seated for 10 minutes at carpet time on 4 days out of 5, "
    "as recorded by his teacher.\n"
    "By the end of Year 4 Kofi will be asleep by 9pm on 5 nights out of 7, as recorded by his "
    "parents in a sleep diary.",
    "His class teacher will give Kofi a 2-minute movement job every 15 minutes in lessons for the "
    "school year 2026-27.",
    "Dr Femi Adeyemi, Consultant Community Paediatrician, GMC 6123456, 9 October 2026",
    ("golden_thread", "needs", "He has trouble getting to sleep and often sleeps only 6 hours a night."),
)

P27 = advice(
    "b-advice-cf-creon-salt-no-need",
    "Poppy has cystic fibrosis - a condition causing thick mucus in her lungs and gut. She needs "
    "exercises to clear her chest every day and takes Creon capsules with every meal and snack.",
    "By July 2027 Poppy will take her capsules herself at lunch on every school day, as recorded "
    "by her teaching assistant.\n"
    "By July 2027 Poppy will lead her own lunchtime chest clearance exercises on 4 days out of "
    "5, as recorded by her teaching assistant.",
    "A physiotherapist from the Cystic Fibrosis Team will train her teaching assistant in chest "
    "clearance in a 1-hour session each term for 12 months. The trained teaching assistant will "
    "do chest clearance with Poppy for 20 minutes every lunchtime for 12 months. The trained "
    "teaching assistant will remind her to take her capsules at every meal and snack for 12 "
    "months. A speech and language therapist will see Poppy for 30 minutes every 2 weeks for 12 "
    "months.",
    "Rachel Moore, Cystic Fibrosis Nurse Specialist (NMC 98K7654E), 1 December 2026",
    ("drug_name", "needs", "Creon"),
    ("golden_thread", "provision", "A speech and language therapist will see Poppy for 30 minutes every 2 weeks for 12 months."),
)

P29 = plan(
    "b-smith-magenis-sleep-pdf",
    "Reggie has Smith-Magenis syndrome - a rare\ngenetic condition. He wakes most nights at 3am\n"
    "and is very sleepy in class. He has outbursts\nwhen he is tired or hungry.",
    None,
    "A clinical psychologist from the\nLearning Disability Team will meet his parents\nand class "
    "teacher for 1 hour every month for\n6 months to write a behaviour support plan.",
    ("golden_thread", "C", "He wakes most nights at 3am\nand is very sleepy in class."),
    tags=("pdf-wrapped",),
)

P30 = g_only(
    "b-trained-adult-by-whom",
    "A trained adult will give Amelia her rescue medication if a seizure lasts 5 minutes, for the "
    "school year 2026-27.",
    ("no_provider", "G", "A trained adult will give Amelia her rescue medication if a seizure lasts 5 minutes, for the school year 2026-27."),
)

P31 = plan(
    "b-ta-untrained-hearing",
    "Luca has Down syndrome and a mild hearing loss; he finds it hard to hear the teacher in a "
    "busy classroom.",
    None,
    "A teaching assistant will sit next to Luca and repeat instructions in every lesson for the "
    "school year 2026-27. An audiologist will test his hearing for 30 minutes every 6 months for "
    "12 months.",
    ("no_provider", "G", "A teaching assistant will sit next to Luca and repeat instructions in every lesson for the school year 2026-27."),
)

P32 = g_only(
    "b-passive-stretching",
    "Mohammed's stretching programme will be carried out for 20 minutes every day for 12 months. "
    "A physiotherapist will review the programme for 45 minutes every half term for 12 months.",
    ("no_provider", "G", "Mohammed's stretching programme will be carried out for 20 minutes every day for 12 months."),
)

P33 = g_only(
    "b-health-will-provide",
    "Health will provide 6 sessions of 1 hour of parent training on managing Lenny's behaviour, "
    "one every 2 weeks, from January 2027.",
    ("no_provider", "G", "Health will provide 6 sessions of 1 hour of parent training on managing Lenny's behaviour, one every 2 weeks, from January 2027."),
)

P34 = g_only(
    "b-one-to-one-ng-ccnt",
    "A 1:1 support worker will be with Elsie at all times during the school day for 12 months. "
    "Her feeds will be given through her NG tube at 12pm every school day by staff trained by the "
    "CCNT, for 12 months.",
    ("no_provider", "G", "A 1:1 support worker will be with Elsie at all times during the school day for 12 months."),
    ("acronym", "G", "NG"),
    ("acronym", "G", "CCNT"),
)

P35 = g_only(
    "b-input-from-team",
    "Jenny will receive input from the Children's Speech and Language Therapy Team for 30 minutes "
    "each week for 12 months.",
    ("unspecified_provision", "G", "input from"),
    tags=("tricky",),
)

P36 = advice(
    "b-advice-staff-hearing-aids",
    "Rowan has a severe hearing loss in both ears and wears two hearing aids. He does not always "
    "tell anyone when they stop working.",
    "By the end of Year 2 Rowan will tell an adult when his hearing aids are not working, every "
    "time, as recorded by his class teacher.",
    "Staff will check Rowan's hearing aids for 5 minutes every morning for the school year "
    "2026-27. A Qualified Teacher of the Deaf will visit for 1 hour every half term for 12 "
    "months.",
    "Joanne Platt, Qualified Teacher of the Deaf, Sensory Support Service, 17 November 2026",
    ("no_provider", "provision", "Staff will check Rowan's hearing aids for 5 minutes every morning for the school year 2026-27."),
)

P38 = plan(
    "b-lunchtime-supervisor-choking",
    "Sienna has a high risk of choking because she does not chew her food well.",
    None,
    "A speech and language therapist will assess her eating for 45 minutes every 6 weeks for 12 "
    "months. A lunchtime supervisor will cut up Sienna's food into small pieces at every "
    "lunchtime for 12 months.",
    ("no_provider", "G", "A lunchtime supervisor will cut up Sienna's food into small pieces at every lunchtime for 12 months."),
)

P39 = g_only(
    "b-ta-bullets-acronym",
    "Provision:\n"
    "- Physiotherapist to see Freddie 45 mins every 6 weeks for 12 months\n"
    "- TA to do leg exercises 10 mins daily for 12 months",
    ("acronym", "G", "TA"),
    ("no_provider", "G", "- TA to do leg exercises 10 mins daily for 12 months"),
    tags=("bullets",),
)

P40 = plan(
    "b-adrenal-office-staff-hydrocortisone",
    "Grace has adrenal insufficiency - her body does not make enough of a stress hormone - and "
    "needs a tablet every day at lunchtime. If she is ill or injured she may need an emergency "
    "injection.",
    None,
    "Office staff will give Grace her hydrocortisone at 12 noon every school day for the school "
    "year 2026-27. If she is ill or injured, a member of staff trained by the Children's Hormone "
    "Nurse will give her emergency injection and call 999, for the school year 2026-27.",
    ("drug_name", "G", "hydrocortisone"),
    ("no_provider", "G", "Office staff will give Grace her hydrocortisone at 12 noon every school day for the school year 2026-27."),
    tags=("tricky",),
)

P41 = plan(
    "b-ventolin-salbutamol",
    "Ivy has asthma and needs her ventolin inhaler before PE, or she becomes too breathless to "
    "join in.",
    None,
    "The school nurse will train Ivy's PE teacher to help with her inhaler in a 30-minute session "
    "every September while she attends the school. Her PE teacher will supervise Ivy taking 2 "
    "puffs of salbutamol 15 minutes before every PE lesson for the school year 2026-27.",
    ("drug_name", "C", "ventolin"),
    ("drug_name", "G", "salbutamol"),
)

P42 = plan(
    "b-movicol-soiling",
    "Alfie (8) has long-standing constipation and soiling accidents at school. He takes Movicol "
    "every day.",
    None,
    "The school nurse will review Alfie's toileting plan with him and his parents for 30 minutes "
    "every half term for 12 months. His teaching assistant, trained by the school nurse, will "
    "take him to the toilet for 10 minutes after lunch every school day for 12 months.",
    ("drug_name", "C", "Movicol"),
)

P43 = plan(
    "b-spastic-diplegia-botox",
    "Mila has spastic diplegia. She had Botox injections in her calves in March 2026. She tires "
    "walking between lessons and falls on stairs.",
    "By July 2027 Mila will walk between her lessons using her lift pass and arrive within 5 "
    "minutes, every day, as recorded by her form tutor.",
    "A physiotherapist will see Mila for 45 minutes every 4 weeks for 12 months. Her form tutor "
    "will give her a lift pass and let her leave each lesson 3 minutes early, every lesson, for "
    "the school year 2026-27.",
    ("jargon", "C", "spastic diplegia"),
    ("drug_name", "C", "Botox"),
)

P44 = advice(
    "b-advice-fluoxetine",
    "Esme (15) has depression. She sleeps badly, struggles to concentrate and has missed two "
    "weeks of school this term. She started fluoxetine in October 2026.",
    "By Easter 2027 Esme will attend at least 9 out of 10 school days each fortnight, as shown on "
    "the register.",
    "A CAMHS (Child and Adolescent Mental Health Services) psychologist will see Esme for 50 "
    "minutes every week for 16 weeks. Her head of year will meet her for 15 minutes every "
    "Monday for the spring term 2027 to plan her week.",
    "Dr Tom Whitley, Consultant Child and Adolescent Psychiatrist (GMC 4567890), 8 December 2026",
    ("drug_name", "needs", "fluoxetine"),
)

P45 = plan(
    "b-baclofen-glycopyrronium",
    "Ruben has cerebral palsy affecting all four limbs. He takes baclofen for stiffness and "
    "glycopyrronium for drooling. He drools heavily and his clothes become wet.",
    None,
    "His teaching assistant, trained by the Children's Community Nursing Team, will wipe his chin "
    "and change his bib every hour for the school year 2026-27. A physiotherapist will review his "
    "stretches and seating for 1 hour every 6 weeks for 12 months.",
    ("drug_name", "C", "baclofen"),
    ("drug_name", "C", "glycopyrronium"),
)

P46 = plan(
    "b-epipen-piriton",
    "Sam has a severe milk allergy. He carries two EpiPens and Piriton in his bag.",
    None,
    "The school nurse will train all staff who teach Sam in his allergy plan in a 1-hour session "
    "every September while he attends the school. If Sam has a serious reaction, a trained member "
    "of staff will use his allergy pen and call 999, for the school year 2026-27.",
    ("drug_name", "C", "EpiPen"),
    ("drug_name", "C", "Piriton"),
)

P47 = advice(
    "b-advice-circadin",
    "Tilly has autism and severe difficulty getting to sleep; she often falls asleep after "
    "midnight and is too tired to learn in the morning.",
    "By July 2027 Tilly will be asleep by 9.30pm on 5 nights out of 7, as recorded in her sleep "
    "diary.",
    "Her paediatrician will review her Circadin in a 20-minute phone appointment every 3 months "
    "for 12 months. A sleep practitioner from the Children's Sleep Service will meet her parents "
    "for 1 hour every 2 weeks, 6 times in total, from January 2027.",
    "Dr Lucy Banerjee, Community Paediatrician (GMC 7345678), 30 November 2026",
    ("drug_name", "provision", "Circadin"),
)

P48 = g_only(
    "b-opportunities-for",
    "Khalid will have opportunities for movement breaks during lessons. A physiotherapist will "
    "review his core strength programme for 45 minutes every 6 weeks for 12 months.",
    ("unspecified_provision", "G", "opportunities for"),
    ("no_frequency", "G", "Khalid will have opportunities for movement breaks during lessons."),
    ("no_duration", "G", "Khalid will have opportunities for movement breaks during lessons."),
    ("no_provider", "G", "Khalid will have opportunities for movement breaks during lessons."),
)

P49 = advice(
    "b-advice-support-as-needed",
    "Darcy has juvenile arthritis (inflammation of the joints), which makes her knees and wrists "
    "painful and stiff in the mornings.",
    "By the end of Year 6 Darcy will write for 20 minutes with her writing slope and pen grip, "
    "in 4 out of 5 lessons, as recorded by her teacher.",
    "Darcy's class teacher will give support as needed in the mornings. An occupational "
    "therapist will provide a writing slope and pen grip and review them for 30 minutes every "
    "term for 12 months.",
    "Nadia Hussein, Paediatric Rheumatology Nurse Specialist, NMC 07B1234E, 2 November 2026",
    ("unspecified_provision", "provision", "support as needed"),
    ("no_frequency", "provision", "Darcy's class teacher will give support as needed in the mornings."),
    ("no_duration", "provision", "Darcy's class teacher will give support as needed in the mornings."),
)

P50 = g_only(
    "b-as-appropriate",
    "The school nurse will review Ayesha's continence care plan with her parents as appropriate. "
    "Her teaching assistant, trained by the school nurse, will change her pad for 10 minutes "
    "after morning break and after lunch every school day for 12 months.",
    ("unspecified_provision", "G", "as appropriate"),
    ("no_frequency", "G", "The school nurse will review Ayesha's continence care plan with her parents as appropriate."),
    ("no_duration", "G", "The school nurse will review Ayesha's continence care plan with her parents as appropriate."),
)

P51 = advice(
    "b-advice-hypotonia-asd",
    "Reuben has ASD and hypotonia. He slumps in his chair and tires after 10 minutes of sitting.",
    "By July 2027 Reuben will sit upright on his wobble cushion for a 20-minute carpet session on "
    "4 days out of 5, as recorded by his teaching assistant.",
    "A physiotherapist will see Reuben for 45 minutes every 4 weeks for 12 months. His teaching "
    "assistant, trained by the physiotherapist, will do his core exercises with him for 10 "
    "minutes every day for 12 months.",
    "Mark Ellis, Paediatric Physiotherapist (HCPC PH456789), 19 October 2026",
    ("acronym", "needs", "ASD"),
    ("jargon", "needs", "hypotonia"),
)

P52 = plan(
    "b-will-understand",
    "Dylan has Tourette syndrome - tics (sudden movements and sounds he cannot control). His "
    "tics interrupt his written work and he is upset by them.",
    "By July 2027 Dylan will understand his tics better.",
    "A clinical nurse specialist from the Tic Clinic will see Dylan for 1 hour every month for 6 "
    "months to teach him ways to manage his tics.",
    ("outcome_not_smart", "E", "By July 2027 Dylan will understand his tics better."),
)

P53 = plan(
    "b-happier-no-time-two-outcomes",
    "Lottie (12) has anxiety and panic attacks (sudden strong fear with a racing heart) at "
    "lunchtime in the busy canteen. She has also lost weight because she skips lunch.",
    "Lottie will feel happier at lunchtime.\n"
    "By the end of Year 8 Lottie will eat lunch in the canteen with a friend on 3 days out of 5, "
    "as recorded by her key worker.",
    "A practitioner from the Mental Health Support Team will see Lottie for 45 minutes every week "
    "for 8 weeks. Her key worker, trained by the Mental Health Support Team, will eat lunch with "
    "her in a quiet room every school day for the autumn term 2026, then in the canteen for the "
    "spring term 2027.",
    ("outcome_not_smart", "E", "Lottie will feel happier at lunchtime."),
)

P54 = advice(
    "b-advice-no-name",
    "Kit uses a communication aid (a tablet that speaks the words he chooses) because he has "
    "very little speech.",
    "By July 2027 Kit will use his communication aid to ask for a drink or a break, 3 times a "
    "day, as recorded by his teaching assistant.",
    "A speech and language therapist will see Kit for 45 minutes every 3 weeks for 12 months. "
    "His teaching assistant, trained by the speech and language therapist, will model words on "
    "the communication aid for 10 minutes 3 times a day for 12 months.",
    "Speech and Language Therapist, Brookside Community Trust, 4 November 2026",
    ("advice_no_author", "author", "Speech and Language Therapist, Brookside Community Trust, 4 November 2026"),
)


BLIND = [
    C01,
    C02,
    C03,
    C04,
    C05,
    C06,
    C07,
    C08,
    C09,
    C10,
    C11,
    C12,
    C13,
    C14,
    C15,
    C16,
    C17,
    C18,
    C19,
    C20,
    C21,
    C22,
    C23,
    C24,
    C25,
    C26,
    C27,
    C28,
    C29,
    P01,
    P02,
    P03,
    P04,
    P05,
    P06,
    P07,
    P08,
    P09,
    P10,
    P11,
    P12,
    P13,
    P14,
    P15,
    P16,
    P17,
    P18,
    P20,
    P21,
    P22,
    P23,
    P24,
    P25,
    P26,
    P27,
    P29,
    P30,
    P31,
    P32,
    P33,
    P34,
    P35,
    P36,
    P38,
    P39,
    P40,
    P41,
    P42,
    P43,
    P44,
    P45,
    P46,
    P47,
    P48,
    P49,
    P50,
    P51,
    P52,
    P53,
    P54,
]
