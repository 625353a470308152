"""Unseen cases (issue 15). Labels follow ``heldout.py``'s conventions. All invented."""

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


CLEAN = [
    plan(
        "u-cp-long-paragraphs",
        "Mason is 9 and has cerebral palsy affecting both legs (spastic diplegia, which means "
        "his leg muscles are stiff and tight). He walks short distances with a walking frame "
        "and uses a wheelchair for longer distances and on school trips. He tires quickly in "
        "the afternoon and his handwriting slows down. He needs help to get on and off the "
        "toilet and to move between his wheelchair and a classroom chair.",
        "By the end of Year 5, Mason will walk with his frame from the classroom to the hall "
        "for assembly, every school day, as recorded by his teaching assistant.\nBy July 2027 "
        "Mason will move from his wheelchair to a classroom chair with the help of one adult "
        "in 4 out of 5 lessons.",
        "A physiotherapist registered with the HCPC (Health and Care Professions Council) will "
        "visit Mason in school for 45 minutes every half term for the 2026/27 school year, to "
        "review his walking programme and train staff.\nTwo teaching assistants trained by "
        "the physiotherapist in moving and handling will help Mason with toileting and "
        "transfers every time he needs them, throughout the school day, for the 2026/27 "
        "school year.\nA teaching assistant trained by the physiotherapist will take Mason "
        "through his 15-minute stretching programme every school day until the end of Year 5.",
    ),
    plan(
        "u-dysphagia-lay-and-clinical",
        "Ruby (aged 6) has difficulty swallowing safely. Thin drinks can go down the wrong way "
        "into her lungs, and she can choke on crumbly food. She has had two chest infections "
        "this year.",
        "By the end of Year 2 Ruby will eat her lunch with her modified diet, without coughing "
        "or choking, at every school lunch, as recorded by the midday supervisor.",
        "A speech and language therapist will write a dysphagia management plan (a plan for "
        "safe eating and drinking) and train the lunchtime staff and Ruby's teaching "
        "assistant in it, in September 2026 and again in January 2027.\nA teaching assistant "
        "trained by the speech and language therapist will sit with Ruby and supervise her at "
        "every meal and snack in school for the 2026/27 school year.\nThe speech and language "
        "therapist will review the plan once a term until the next annual review.",
    ),
    plan(
        "u-epilepsy-conditional-rescue",
        "Leo has epilepsy. He has tonic-clonic seizures (he falls, stiffens and shakes) about "
        "once a month, often in the morning. After a seizure he is very tired and needs to "
        "sleep for an hour or two.",
        "By the end of Key Stage 2, Leo will tell an adult when he feels a seizure may be "
        "coming, every time he notices the warning feeling.",
        "If a seizure lasts longer than 5 minutes, a member of staff trained by the epilepsy "
        "nurse will give Leo his prescribed rescue medication and call 999, for as long as he "
        "attends the school.\nAfter every seizure, a trained teaching assistant will stay with "
        "Leo in the medical room while he sleeps, for the 2026/27 school year.\nThe epilepsy "
        "nurse will train at least three members of staff in Leo's emergency care plan each "
        "September until the end of Key Stage 2.",
    ),
    plan(
        "u-no-health-needs",
        "Hassan has no health needs that relate to his special educational needs. His hearing "
        "and vision were checked in 2025 and were normal.",
        None,
        "There is no health provision in this plan.",
    ),
    plan(
        "u-asthma-bullets",
        "Health needs:\n- Zara has asthma.\n- She gets wheezy and out of breath with exercise "
        "and in cold air.\n- She has had one hospital admission in the last year.",
        "By the end of Year 3:\n- Zara will tell an adult when her chest feels tight, every "
        "time it happens, as recorded by class staff.",
        "- The school nurse will train Zara's class teacher and teaching assistant in her "
        "asthma plan once each September, for as long as she attends the school.\n- Before PE "
        "and outdoor play in cold weather, her teaching assistant (trained by the school "
        "nurse) will remind Zara to use her blue reliever inhaler, for the 2026/27 school "
        "year.",
    ),
    plan(
        "u-hearing-audiology",
        "Poppy has a moderate hearing loss in both ears and wears two hearing aids. She "
        "misses what is said when there is background noise or when the speaker turns away.",
        "By July 2027 Poppy will ask for something to be repeated when she has not heard it, "
        "in 4 out of 5 lessons, as recorded by her class teacher.",
        "The audiology service will check Poppy's hearing aids and her radio aid every six "
        "months until the next annual review.\nA qualified teacher of the deaf will visit "
        "Poppy's class for one hour every half term for the 2026/27 school year, to advise the "
        "class teacher.\nHer class teacher will wear the radio aid microphone in every lesson "
        "for the 2026/27 school year.",
    ),
    plan(
        "u-diabetes-flattened-table",
        "Need | Detail\nType 1 diabetes | Ibrahim has type 1 diabetes and wears an insulin "
        "pump. His blood sugar can fall quickly after PE and he becomes shaky and confused.",
        "By the end of Year 8, Ibrahim will check his own blood sugar before lunch and before "
        "PE without a reminder, every school day, as recorded by his key worker.",
        "Provision | Who | How often | How long\nTraining for staff in Ibrahim's pump and "
        "hypo care | Children's diabetes specialist nurse | Once each September and January | "
        "While he attends the school\nSupervision of blood sugar checks before lunch and PE | "
        "Key worker trained by the diabetes nurse | Every school day | For the 2026/27 school "
        "year",
    ),
    plan(
        "u-sensory-noise-lay",
        "Theo is autistic. He is very sensitive to noise and finds the dining hall and "
        "assemblies overwhelming; he covers his ears and sometimes runs out of the room.",
        "By the end of Year 4, Theo will stay in assembly for the whole assembly, wearing his "
        "ear defenders, on 3 out of 5 days, as recorded by his teaching assistant.",
        "An occupational therapist will assess Theo's sensory processing and write a sensory "
        "plan for school, in one 90-minute visit in September 2026.\nHis teaching assistant, "
        "trained by the occupational therapist, will offer Theo his ear defenders and a quiet "
        "place to eat before every lunch, for the remainder of Year 4.",
    ),
    plan(
        "u-continence-paeds",
        "Ava is 7 and is not yet dry in the day. She has wetting accidents most days and is "
        "upset by them.",
        "By the end of Year 3, Ava will be dry for the whole school day on 4 out of 5 days, "
        "as recorded in her home-school diary.",
        "The community paediatrician will review Ava's continence every 3 months until the "
        "next annual review.\nA teaching assistant trained by the school nurse will remind Ava "
        "to use the toilet every 90 minutes during the school day, for the 2026/27 school "
        "year.\nThe school nurse will meet Ava's parents and teaching assistant once a term "
        "for the 2026/27 school year to review her toileting plan.",
    ),
    plan(
        "u-mental-health-secondary",
        "Kacper is 14. He has anxiety and low mood, for which he is seen by the local child "
        "and adolescent mental health service. He has missed many mornings at school this "
        "term and finds busy corridors very hard.",
        "By the end of Year 10, Kacper will attend school for at least 9 out of 10 mornings "
        "each fortnight, as recorded in the school register.",
        "A mental health practitioner from the mental health support team will meet Kacper "
        "for a 30-minute session every week for the autumn term 2026.\nHis form tutor will "
        "let Kacper leave each lesson five minutes early to avoid busy corridors, every school "
        "day, until the end of Year 10.",
    ),
    g_only(
        "u-physio-one-off-two-sessions",
        "A paediatric physiotherapist will deliver two 1-hour training sessions for Noah's "
        "teaching assistants in the first half term of 2026/27, on his standing frame and "
        "hoist.\nTwo teaching assistants trained by the physiotherapist will put Noah in his "
        "standing frame for 30 minutes twice a day, every school day, for the 2026/27 school "
        "year.",
    ),
    g_only(
        "u-tube-feeding",
        "Two members of staff trained by the community children's nursing team will give "
        "Isla her gastrostomy feeds (feeds through a tube into her tummy) at 10am and 1pm "
        "every school day, for the 2026/27 school year.\nThe community children's nurse will "
        "check the staff's competence every six months while Isla attends the school.",
    ),
    advice(
        "u-advice-salt-clean",
        "Amelia has a developmental language disorder (DLD), which means she finds it hard to "
        "understand long instructions and to find the words she wants.",
        "By the end of Year 4, Amelia will follow a two-step instruction in class, 4 out of 5 "
        "times, as recorded by her teacher.",
        "A speech and language therapist will see Amelia in school for a 30-minute session "
        "every fortnight for the autumn and spring terms 2026/27, and will set a programme for "
        "her teaching assistant to deliver for 15 minutes three times a week for the same "
        "period.",
        "Written by Hannah Price, Speech and Language Therapist (HCPC registered), 12 October 2026",
    ),
    advice(
        "u-advice-paeds-clean",
        "Jacob has attention deficit hyperactivity disorder (ADHD). He finds it very hard to "
        "sit still and to wait his turn, and he often loses his belongings.",
        "By July 2027, Jacob will stay in his seat for the first 15 minutes of each lesson, "
        "in 4 out of 5 lessons, as recorded by his class teacher.",
        "His class teacher will give Jacob a movement break of 5 minutes every 30 minutes, "
        "in every lesson, for the 2026/27 school year.",
        "Dr Samuel Okafor, Consultant Community Paediatrician, 3 November 2026",
    ),
    plan(
        "u-visual-impairment",
        "Eleanor has a severe visual impairment. She can see large print (size 24) close up "
        "but cannot read the whiteboard.",
        "By the end of Year 6 Eleanor will read her own worksheets in large print without "
        "help in every lesson, as recorded by her qualified teacher of the visually impaired.",
        "A qualified teacher of the visually impaired will visit Eleanor for one hour every "
        "fortnight for the 2026/27 school year, and will advise staff on enlarging her work.\n"
        "Her teaching assistant will enlarge all of Eleanor's worksheets to size 24 print "
        "before every lesson for the 2026/27 school year.",
    ),
    plan(
        "u-allergy-anaphylaxis",
        "Finley has a severe nut allergy and has had anaphylaxis (a severe allergic reaction "
        "that makes breathing hard) twice. He carries two adrenaline pens.",
        "By the end of Year 5, Finley will check with an adult that his food is safe before "
        "eating anything in school, every time, as recorded by lunchtime staff.",
        "The school nurse will train all staff who work with Finley in using his adrenaline "
        "pen every September, for as long as he attends the school.\nIf Finley shows signs of "
        "a severe reaction, a trained member of staff will use his adrenaline pen and call "
        "999.\nLunchtime staff trained by the school nurse will check Finley's food against "
        "his allergy plan at every meal for the 2026/27 school year.",
    ),
    plan(
        "u-typos-clean",
        "Lucas has Down syndrome. He has a mild hearing loss in his left ear and glue ear, "
        "and he tires easily. His speech is hard for unfamiliar adults to understand.",
        "By end of Yr 3, Lucas will use his signs and words to ask for help, in 4 out of 5 "
        "lessons, as recored by his teaching assistant.",
        "A speech and languge therapist will see Lucas in school for 30 minutes every "
        "fortnight for the 2026/27 school year and set targets.\nHis teaching assistant, "
        "trained by the therapist in Makaton (a sign language), will practise his signs with "
        "him for 10 mins every day for the 2026/27 school year.\nThe audiology service will "
        "test Lucas's hearing every 6 months until the next annual review.",
    ),
    plan(
        "u-feeding-and-diabetes-separate",
        "Sofia has type 1 diabetes. She also has a gastrostomy tube because she cannot take "
        "enough food by mouth.",
        "By July 2027 Sofia will tell an adult when she feels low, every time, as recorded by "
        "her key worker.\nBy July 2027 Sofia will take part in her tube feed by holding the "
        "syringe at every feed in school, as recorded by the nurse.",
        "Her key worker, trained by the diabetes nurse, will check Sofia's blood glucose "
        "before lunch and before PE every school day for the 2026/27 school year.\nTwo staff "
        "trained by the community nursing team will give her tube feeds at 12pm every school "
        "day for the 2026/27 school year.",
        ("jargon", "C", "gastrostomy"),
    ),
    g_only(
        "u-named-service-provider",
        "The community paediatrician will review Grace's growth and sleep every six months "
        "until the next annual review.\nThe wheelchair service will check and adjust Grace's "
        "wheelchair once a year while she attends the school.",
    ),
    plan(
        "u-cfs-fatigue",
        "Matilda (15) has chronic fatigue syndrome (also called ME), which means she becomes "
        "exhausted after small amounts of activity and needs rest to recover.",
        "By the end of Year 11, Matilda will attend four lessons a day on 4 out of 5 days, as "
        "recorded in the school register.",
        "Her head of year will agree a timetable of no more than four lessons a day with "
        "Matilda and her parents at the start of each half term, for the 2026/27 school year."
        "\nA quiet room will be available to Matilda for a 20-minute rest after every second "
        "lesson, supervised by a trained teaching assistant, for the 2026/27 school year.",
        ("acronym", "C", "ME"),
    ),
    advice(
        "u-advice-ot-clean",
        "Ollie has dyspraxia (developmental coordination disorder): he finds it hard to plan "
        "and carry out movements, so dressing, handwriting and using cutlery are slow.",
        "By the end of Year 5, Ollie will get changed for PE on his own within 10 minutes, 4 "
        "out of 5 times, as recorded by his class teacher.",
        "An occupational therapist will see Ollie in school for six 45-minute sessions over "
        "the autumn term 2026, and will give his teaching assistant a handwriting programme "
        "to deliver for 10 minutes every day for the rest of Year 5.",
        "Priya Shah, Occupational Therapist (HCPC OT12345), 20 September 2026",
    ),
    plan(
        "u-hypermobility",
        "Charlie has hypermobility (very flexible joints) which causes pain in his knees and "
        "wrists after writing or walking for long.",
        "By the end of Year 6 Charlie will write for 20 minutes without stopping because of "
        "pain, in 4 out of 5 English lessons, as recorded by his class teacher.",
        "Charlie's class teacher will let him use a laptop for any writing longer than one "
        "page, in every lesson, for the 2026/27 school year.\nA physiotherapist will see "
        "Charlie in school for three 40-minute sessions in the autumn term 2026 and set a "
        "home and school exercise programme.",
    ),
    plan(
        "u-speech-stammer",
        "Ella has a stammer. She avoids answering questions in class and reading aloud.",
        "By July 2027 Ella will answer a question in class at least once a day, on 4 out of "
        "5 days, as recorded by her class teacher.",
        "A speech and language therapist will see Ella for a 40-minute session every week for "
        "10 weeks from September 2026, and then every half term until the next annual "
        "review.\nHer class teacher will give Ella extra time to answer and will not ask her "
        "to read aloud unless she volunteers, in every lesson, for the 2026/27 school year.",
    ),
]

PROBLEMS = [
    g_only(
        "u-access-to-salt",
        "Ryan will have access to speech and language therapy.",
        ("unspecified_provision", "G", "access to"),
        ("no_frequency", "G", "Ryan will have access to speech and language therapy."),
        ("no_duration", "G", "Ryan will have access to speech and language therapy."),
        ("no_provider", "G", "Ryan will have access to speech and language therapy."),
    ),
    g_only(
        "u-salt-advice-strategies",
        "SALT to provide advice and strategies to school staff.",
        ("acronym", "G", "SALT"),
        ("no_frequency", "G", "SALT to provide advice and strategies to school staff."),
        ("no_duration", "G", "SALT to provide advice and strategies to school staff."),
    ),
    g_only(
        "u-ongoing-monitoring",
        "Ongoing monitoring by the community paediatrician.",
        ("no_frequency", "G", "Ongoing monitoring by the community paediatrician."),
        ("no_duration", "G", "Ongoing monitoring by the community paediatrician."),
    ),
    g_only(
        "u-toileting-trained-staff",
        "Support with toileting will be provided by trained staff.",
        ("no_frequency", "G", "Support with toileting will be provided by trained staff."),
        ("no_duration", "G", "Support with toileting will be provided by trained staff."),
    ),
    plan(
        "u-need-without-provision",
        "Jayden has asthma and also has eczema (dry, itchy skin) that flares up in hot "
        "weather and makes it hard for him to concentrate.",
        "By the end of Year 4 Jayden will tell an adult when his chest feels tight, every "
        "time, as recorded by his teaching assistant.",
        "The school nurse will train Jayden's class staff in his asthma plan every September "
        "while he attends the school.",
        ("golden_thread", "C", "eczema"),
    ),
    plan(
        "u-outcome-vague",
        "Mia has epilepsy with absence seizures several times a day.",
        "Mia will be happy and safe in school.",
        "The epilepsy nurse will train Mia's class teacher and teaching assistant in her care "
        "plan every September while she attends the school.",
        ("outcome_not_smart", "E", "Mia will be happy and safe in school."),
    ),
    plan(
        "u-outcome-improve",
        "Arlo has low muscle tone and poor balance.",
        "Arlo will improve his balance.",
        "A physiotherapist will see Arlo in school for 30 minutes every half term for the "
        "2026/27 school year and set a balance programme.",
        ("outcome_not_smart", "E", "Arlo will improve his balance."),
    ),
    advice(
        "u-advice-drug-and-jargon",
        "Harrison has ADHD and takes methylphenidate each morning. He has marked "
        "dysdiadochokinesia and emotional dysregulation.",
        "By July 2027 Harrison will stay on task for 10 minutes in 4 out of 5 lessons, as "
        "recorded by his class teacher.",
        "His class teacher will give Harrison a 5-minute movement break every 30 minutes in "
        "every lesson for the 2026/27 school year.",
        "Dr A Khan, Consultant Paediatrician, 1 October 2026",
        ("acronym", "needs", "ADHD"),
        ("drug_name", "needs", "methylphenidate"),
        ("jargon", "needs", "dysdiadochokinesia"),
    ),
    advice(
        "u-advice-no-date",
        "Evie has a moderate hearing loss and wears hearing aids.",
        "By the end of Year 2 Evie will wear her hearing aids all day on every school day, as "
        "recorded by her class teacher.",
        "A qualified teacher of the deaf will visit Evie's class for one hour every half term "
        "for the 2026/27 school year.",
        "Written by Sarah Jones, Audiologist",
        ("advice_no_author", "author", "Written by Sarah Jones, Audiologist"),
    ),
    advice(
        "u-advice-no-author",
        "Freddie has a mild speech sound disorder and is hard for others to understand.",
        "By July 2027 Freddie will say the 'k' sound correctly in single words, 8 times out of "
        "10, as recorded by his teaching assistant.",
        "A speech and language therapist will see Freddie for 30 minutes every fortnight for "
        "the autumn term 2026.",
        "",
        ("advice_no_author", "author", ""),
    ),
    g_only(
        "u-as-required-no-trigger",
        "The physiotherapist will visit school as required to review Oscar's programme.",
        ("unspecified_provision", "G", "as required"),
        ("no_frequency", "G", "The physiotherapist will visit school as required"),
        ("no_duration", "G", "The physiotherapist will visit school as required"),
    ),
    g_only(
        "u-regular-ot",
        "Lily-May will receive regular occupational therapy input in school for the 2026/27 "
        "school year.",
        ("unspecified_provision", "G", "regular"),
        ("no_frequency", "G", "Lily-May will receive regular occupational therapy input"),
        ("no_provider", "G", "Lily-May will receive regular occupational therapy input"),
    ),
    g_only(
        "u-no-provider-sessions",
        "Daniel will have a 30-minute sensory circuit every morning for the 2026/27 school year.",
        ("no_provider", "G", "Daniel will have a 30-minute sensory circuit every morning"),
    ),
    g_only(
        "u-no-duration-weekly",
        "A speech and language therapist will see Reggie every week to work on his "
        "listening skills.",
        ("no_duration", "G", "A speech and language therapist will see Reggie every week"),
    ),
    g_only(
        "u-no-frequency-for-year",
        "A physiotherapist will review Emily's hoisting plan for the 2026/27 school year.",
        ("no_frequency", "G", "A physiotherapist will review Emily's hoisting plan"),
    ),
    plan(
        "u-provision-without-need",
        "Aria is autistic and finds changes to routine very hard; she becomes distressed when "
        "her day changes without warning.",
        "By July 2027 Aria will use her visual timetable to move to the next activity without "
        "distress, in 4 out of 5 changes, as recorded by her key worker.",
        "Her key worker, trained by the specialist teacher for autism, will go through Aria's "
        "visual timetable with her at the start of every school day for the 2026/27 school "
        "year.\nA dietitian will review Aria's diet once a term for the 2026/27 school year.",
        ("golden_thread", "G", "A dietitian will review Aria's diet"),
    ),
    plan(
        "u-jargon-in-c",
        "Tommy has spastic quadriplegia and GORD. He has scoliosis and kyphosis.",
        "By July 2027 Tommy will sit in his supportive chair for a whole lesson in 4 out of 5 "
        "lessons, as recorded by his teaching assistant.",
        "A physiotherapist will review Tommy's seating every half term for the 2026/27 school "
        "year.",
        ("jargon", "C", "spastic quadriplegia"),
        ("acronym", "C", "GORD"),
        ("jargon", "C", "kyphosis"),
        ("golden_thread", "C", "GORD"),
    ),
    g_only(
        "u-should-where-possible",
        "Staff should give Maya movement breaks where possible.",
        ("unspecified_provision", "G", "should"),
        ("unspecified_provision", "G", "where possible"),
        ("no_frequency", "G", "Staff should give Maya movement breaks where possible."),
        ("no_duration", "G", "Staff should give Maya movement breaks where possible."),
        ("no_provider", "G", "Staff should give Maya movement breaks where possible."),
    ),
    plan(
        "u-long-paragraph-mixed",
        "Sebastian is 12 and has Duchenne muscular dystrophy, which means his muscles are "
        "getting weaker over time. He uses a powered wheelchair and cannot lift his arms above "
        "shoulder height. He also has difficulty swallowing safely.",
        "By the end of Year 8, Sebastian will use his laptop with voice typing for all written "
        "work, in every lesson, as recorded by his teaching assistant.",
        "A physiotherapist will visit Sebastian every half term for the 2026/27 school year to "
        "review his stretches. Sebastian will have support with eating from staff as needed.",
        ("unspecified_provision", "G", "as needed"),
        ("no_frequency", "G", "Sebastian will have support with eating from staff as needed."),
        ("no_duration", "G", "Sebastian will have support with eating from staff as needed."),
        ("no_provider", "G", "Sebastian will have support with eating from staff as needed."),
        ("golden_thread", "C", "difficulty swallowing safely"),
    ),
    advice(
        "u-advice-brand-name",
        "Elsie has cystic fibrosis and takes Creon with all meals and snacks.",
        "By the end of Year 3, Elsie will take her enzyme capsules before every meal in "
        "school without a reminder, as recorded by her teaching assistant.",
        "Her teaching assistant, trained by the cystic fibrosis nurse, will supervise Elsie "
        "taking her capsules at every meal and snack for the 2026/27 school year.",
        "Claire Evans, Cystic Fibrosis Clinical Nurse Specialist, 14 October 2026",
        ("drug_name", "needs", "Creon"),
    ),
    g_only(
        "u-opportunities-for-social",
        "Ruby will have opportunities for social interaction with peers at lunchtime, "
        "facilitated by her key worker, every school day for the 2026/27 school year.",
        ("unspecified_provision", "G", "opportunities for"),
        ("no_provider", "G", "Ruby will have opportunities for social interaction"),
    ),
    plan(
        "u-bullets-mixed",
        "- Nathan has type 1 diabetes.\n- He has autism and finds changes very hard.",
        "- By July 2027 Nathan will check his blood sugar before lunch without a reminder "
        "every school day, as recorded by his key worker.\n- Nathan will cope better with "
        "change.",
        "- His key worker, trained by the diabetes nurse, will supervise blood sugar checks "
        "before lunch every school day for the 2026/27 school year.\n- Nathan will be given a "
        "visual timetable.",
        ("outcome_not_smart", "E", "Nathan will cope better with change."),
        ("no_frequency", "G", "Nathan will be given a visual timetable."),
        ("no_duration", "G", "Nathan will be given a visual timetable."),
        ("no_provider", "G", "Nathan will be given a visual timetable."),
    ),
    plan(
        "u-need-no-outcome",
        "Ivy has a hearing loss and wears hearing aids. She also has hypermobility and gets "
        "pain in her hands when writing.",
        "By the end of Year 5, Ivy will wear her hearing aids all day every school day, as "
        "recorded by her class teacher.",
        "The audiology service will check Ivy's hearing aids every six months until the next "
        "annual review.\nAn occupational therapist will see Ivy for three 45-minute sessions "
        "in the autumn term 2026 and give her a pencil grip and a writing slope.",
        ("golden_thread", "C", "hypermobility"),
        ("jargon", "C", "hypermobility"),
    ),
    g_only(
        "u-input-from-paeds",
        "Input from the paediatric team.",
        ("unspecified_provision", "G", "Input from"),
        ("no_frequency", "G", "Input from the paediatric team."),
        ("no_duration", "G", "Input from the paediatric team."),
    ),
    advice(
        "u-advice-acronyms-unexplained",
        "Kai has ASD and SPD and is awaiting an ADOS.",
        "By July 2027, Kai will use his ear defenders when the hall is noisy, every assembly, "
        "as recorded by his key worker.",
        "His key worker will offer Kai ear defenders before every assembly for the 2026/27 "
        "school year.",
        "Jo Baker, Specialist Nurse, 2 December 2026",
        ("acronym", "needs", "ASD"),
        ("acronym", "needs", "SPD"),
        ("acronym", "needs", "ADOS"),
        ("no_provider", "provision", "His key worker will offer Kai ear defenders"),
    ),
    g_only(
        "u-monitor-no-who",
        "Harvey's weight will be monitored.",
        ("no_frequency", "G", "Harvey's weight will be monitored."),
        ("no_duration", "G", "Harvey's weight will be monitored."),
        ("no_provider", "G", "Harvey's weight will be monitored."),
    ),
    plan(
        "u-outcome-no-time",
        "Layla has selective mutism and does not speak in school.",
        "Layla will speak to one adult in school.",
        "A speech and language therapist will see Layla for 30 minutes every week for the "
        "autumn term 2026 and train her key worker in a sliding-in programme.",
        ("outcome_not_smart", "E", "Layla will speak to one adult in school."),
    ),
    plan(
        "u-sounds-ok-but-vague-time",
        "Henry has sickle cell disease and gets painful crises when cold or dehydrated.",
        "By the end of Year 6 Henry will drink a full water bottle each school day, on 4 out "
        "of 5 days, as recorded by his teaching assistant.",
        "Henry's teaching assistant will make sure he drinks regularly.\nThe haematology "
        "nurse will train class staff in Henry's care plan each September while he attends "
        "the school.",
        ("unspecified_provision", "G", "regularly"),
        ("no_frequency", "G", "Henry's teaching assistant will make sure he drinks regularly."),
        ("no_duration", "G", "Henry's teaching assistant will make sure he drinks regularly."),
        ("no_provider", "G", "Henry's teaching assistant will make sure he drinks regularly."),
    ),
]

UNSEEN = CLEAN + PROBLEMS
