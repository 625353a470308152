"""Blind labelled set 2026-12g: written from the guidance alone, without reading the checks.

All people, services, trusts, towns and dates are invented. See README.md.
"""

from ..cases import Case

BLIND: list[Case] = [
    # ------------------------------------------------------------------ clean plans
    Case(
        name="g-rett-eye-gaze-paragraphs",
        sections={
            "C": (
                "Isla is 9 and has Rett syndrome, a rare genetic condition that affects her "
                "movement and speech. Isla cannot yet use her hands to hold a cup or a spoon. "
                "She communicates by looking at words on an eye-gaze computer, which she "
                "controls with her eyes."
            ),
            "E": (
                "By July 2027, I will hold a two-handled cup and drink from it, with one adult "
                "steadying my elbow, at three snack times in a row.\n"
                "By July 2027, I will choose my lunch from six pictures on my eye-gaze computer "
                "every school day for a week."
            ),
            "G": (
                "An occupational therapist from Pellingham Children's Therapy Service will set a "
                "hand-use programme and visit school once every half term for 45 minutes to "
                "update it, for the 2026/27 school year. A teaching assistant trained by the "
                "occupational therapist will run the hand-use programme with Isla for 15 minutes "
                "each school day until July 2027. A speech and language therapist from "
                "Pellingham Children's Therapy Service will add new words to Isla's eye-gaze "
                "computer and coach her classroom staff for one hour every three weeks until "
                "July 2027."
            ),
        },
        tags=("clean", "rare-disease", "paragraphs", "age-9"),
    ),
    Case(
        name="g-spinal-surgery-recovery-table",
        sections={
            "C": (
                "Callum (13) had an operation in March 2026 to straighten a sideways curve in "
                "his spine. He cannot sit on a hard chair for longer than 30 minutes without "
                "pain. He must not carry his school bag for the next year."
            ),
            "E": (
                "By December 2026, I will sit through a full 50-minute lesson on my cushioned "
                "chair without asking to stand because of pain, in four lessons out of five.\n"
                "By December 2026, I will get through every school day without carrying "
                "anything heavier than my pencil case."
            ),
            "G": (
                "Provision | Who | How often | How long\n"
                "Cushioned chair with back support in each of his classrooms, checked for fit | "
                "Occupational therapist, Brackwater Community Children's Services | once every "
                "half term | until July 2027\n"
                "Second set of textbooks kept in school so that Callum carries nothing heavy | "
                "Head of Year 9 | set up once in September 2026 and checked each term | until "
                "July 2027"
            ),
        },
        tags=("clean", "post-surgery", "table", "age-13"),
    ),
    Case(
        name="g-type1-diabetes-bullets-age7",
        sections={
            "C": (
                "- Priya is 7 and has type 1 diabetes. Her blood sugar can drop or rise quickly "
                "during the school day.\n"
                "- Priya cannot yet check her own blood sugar or tell an adult when she feels "
                "unwell."
            ),
            "E": (
                "- By July 2027, I will tell an adult when I feel shaky or sleepy, every time, "
                "as recorded in my diabetes diary.\n"
                "- By July 2027, I will do my own finger-prick blood sugar check before lunch, "
                "with an adult watching, on four days out of five."
            ),
            "G": (
                "- Two members of school staff trained by the Children's Diabetes Team at "
                "Kilnworth Hospital will check Priya's blood sugar before morning break, before "
                "lunch and before home time, every school day, for the 2026/27 school year.\n"
                "- If Priya's blood sugar is below the level in her care plan, a trained member "
                "of staff will give her a sugary drink straight away and check again after 15 "
                "minutes, until the end of the 2026/27 school year.\n"
                "- A children's diabetes nurse from Kilnworth Hospital will train the school "
                "staff once a term, in sessions of 90 minutes, until July 2027.\n"
                "- A trained member of staff will teach Priya to do her own finger-prick check "
                "for 10 minutes before lunch each school day, until July 2027."
            ),
        },
        tags=("clean", "diabetes", "bullets", "age-7"),
    ),
    Case(
        name="g-no-health-needs-c-only",
        sections={
            "C": (
                "Mateo has no health needs that relate to his special educational needs. His "
                "hearing and vision were checked in June 2026 and are normal."
            ),
        },
        tags=("clean", "no-health-needs", "age-11"),
    ),
    Case(
        name="g-neonatal-history-feeding-numbered",
        sections={
            "C": (
                "1. Ruby was born at 26 weeks and spent four months in the special care baby unit "
                "at "
                "Stenford General Hospital.\n"
                "2. Ruby, now 3, eats only smooth foods and gags on lumpy foods.\n"
                "3. Ruby is small for her age and her weight is checked by her health visitor."
            ),
            "E": (
                "1. By March 2027, I will eat a mashed meal with soft lumps at nursery on three "
                "days a week without gagging.\n"
                "2. By March 2027, I will stay on the same growth line on my weight chart at "
                "each of my three-monthly weigh-ins."
            ),
            "G": (
                "1. A speech and language therapist from the Stenford Children's Feeding Team "
                "will visit nursery once a month for 45 minutes to move Ruby on to lumpier "
                "foods, from September 2026 until March 2027.\n"
                "2. Ruby's key worker, trained by the feeding team, will follow Ruby's written "
                "eating plan at every meal and snack at nursery until March 2027.\n"
                "3. A children's dietitian from Stenford General Hospital will weigh Ruby and "
                "review her food plan every three months until she starts school in September "
                "2027."
            ),
        },
        tags=("clean", "neonatal", "feeding", "numbered", "age-3"),
    ),
    Case(
        name="g-duchenne-explained-long",
        sections={
            "C": (
                "Owen is 10 and has Duchenne muscular dystrophy, a genetic condition that makes "
                "his muscles weaker over time. Owen now uses a powered wheelchair for the whole "
                "school day and cannot stand up from the floor. His hands tire quickly when he "
                "writes, and after ten minutes his writing becomes hard to read."
            ),
            "E": (
                "By July 2027, I will type a half-page piece of writing on my laptop in 20 "
                "minutes without needing a rest.\n"
                "By July 2027, I will move around every part of the school in my wheelchair on "
                "my own, including the lift to the first floor."
            ),
            "G": (
                "A physiotherapist from the Wexcombe Children's Muscle Service will visit school "
                "once a term for one hour to check Owen's seating, his wheelchair routes and his "
                "stretches, for the 2026/27 school year. A teaching assistant trained by the "
                "physiotherapist will do Owen's stretching programme with him for 20 minutes "
                "after lunch every school day until July 2027. An occupational therapist from "
                "the same service will set up a laptop with typing software and a light "
                "keyboard in September 2026, and will check it with Owen once every half term "
                "until July 2027. The school business manager will keep the lift key and make "
                "sure the lift is working at the start of each school day until July 2027."
            ),
        },
        tags=("clean", "rare-disease", "neuromuscular", "paragraphs", "age-10"),
    ),
    Case(
        name="g-g-only-epilepsy-rescue",
        sections={
            "G": (
                "Provision for the 2026/27 school year:\n"
                "- Three members of staff trained by the epilepsy nurse from Marbury Children's "
                "Hospital will be in school every day Aisha attends.\n"
                "- If a seizure lasts more than 5 minutes, a trained member of staff will give "
                "Aisha her rescue medicine as written in her care plan and call 999.\n"
                "- The epilepsy nurse from Marbury Children's Hospital will train new staff and "
                "refresh the training of the others once a term, for two hours."
            ),
        },
        tags=("clean", "epilepsy", "g-only", "bullets", "age-8"),
    ),
    Case(
        name="g-e-only-smart-outcomes",
        sections={
            "E": (
                "By the end of Year 5 (July 2027), I will use my communication book to ask for "
                "help in class at least twice a day.\n"
                "By the end of Year 5 (July 2027), I will take part in a 20-minute group game in "
                "the playground on three lunchtimes a week."
            ),
        },
        tags=("clean", "e-only", "autism", "age-9"),
    ),
    Case(
        name="g-autism-sensory-bullets-age6",
        sections={
            "C": (
                "- Zain is 6 and is autistic.\n"
                "- Loud, busy places such as the hall and the dinner queue make Zain very "
                "upset, and he covers his ears and runs off.\n"
                "- Zain does not yet use words to tell adults what he needs; he leads them by "
                "the hand."
            ),
            "E": (
                "- By July 2027, I will eat my lunch in the dinner hall, wearing my ear "
                "defenders, on four days a week.\n"
                "- By July 2027, I will use a picture card to ask for a drink, the toilet or a "
                "break, at least five times each school day."
            ),
            "G": (
                "- An occupational therapist from Tollerby Children's Community Therapy will "
                "write a sensory plan for Zain and visit school for one hour in September 2026 "
                "and once each term after that, until July 2027.\n"
                "- Zain's teaching assistant, trained by the occupational therapist, will give "
                "Zain a 10-minute quiet break in the calm room before lunch every school day "
                "until July 2027.\n"
                "- A speech and language therapist from Tollerby Children's Community Therapy "
                "will set up a picture card system and coach Zain's class team for 40 minutes "
                "every fortnight for the 2026/27 school year."
            ),
        },
        tags=("clean", "autism", "sensory", "bullets", "age-6"),
    ),
    Case(
        name="g-deaf-bsl-expanded",
        sections={
            "C": (
                "Freya is 12 and is profoundly deaf in both ears. She uses British Sign "
                "Language (BSL) as her first language and wears cochlear implants (hearing "
                "devices fitted inside the ear by an operation) for some sounds. Freya misses "
                "spoken information in lessons unless it is signed."
            ),
            "E": (
                "By July 2027, I will follow every lesson through my BSL interpreter and answer "
                "at least one question in each lesson.\n"
                "By July 2027, I will change the batteries in my implants by myself every "
                "morning."
            ),
            "G": (
                "A qualified BSL interpreter, employed by the school, will sign every lesson "
                "for Freya for the 2026/27 school year. An audiologist from the Ashby Vale "
                "Implant Centre will check Freya's implants in school once a term, for one hour, "
                "until July 2027. A teacher of the deaf from the Ashby Vale sensory support "
                "team will teach Freya to look after her implants for 30 minutes every week in "
                "the autumn term 2026."
            ),
        },
        tags=("clean", "sensory", "deaf", "acronym-expanded", "paragraphs", "age-12"),
    ),
    Case(
        name="g-continence-toileting-age5",
        sections={
            "C": (
                "Hannah is 5 and is not yet dry in the day. She does not notice when she needs "
                "the toilet and has two or three accidents each school day."
            ),
            "E": (
                "By April 2027, I will sit on the toilet when an adult reminds me and stay dry "
                "for a whole morning on four days a week."
            ),
            "G": (
                "A bladder and bowel nurse from the Fenwick Community Children's Nursing team "
                "will write a toilet-training plan and meet Hannah's class teacher and teaching "
                "assistant for 45 minutes once every half term, from September 2026 until "
                "April 2027.\n"
                "Hannah's teaching assistant, trained by the bladder and bowel nurse, will take "
                "Hannah to the toilet every 90 minutes during the school day until April 2027."
            ),
        },
        tags=("clean", "continence", "paragraphs", "age-5"),
    ),
    Case(
        name="g-sleep-and-fatigue-young-person",
        sections={
            "C": (
                "Kwame is 17 and has a rare sleep condition that makes him fall asleep suddenly "
                "in the day. He falls asleep in morning lessons most days and misses what is "
                "taught."
            ),
            "E": (
                "By June 2027, I will stay awake for a whole 90-minute morning session at "
                "college on four days a week, as recorded by my tutor."
            ),
            "G": (
                "Kwame's personal tutor will set a college timetable that starts at 10am and "
                "includes a planned 20-minute nap in the student support room at 12:30pm every "
                "college day, agreed with the "
                "sleep specialist nurse at Orchard Lane Hospital, for the 2026/27 college year. "
                "The sleep specialist nurse at Orchard Lane Hospital will review the plan with "
                "Kwame and his personal tutor by video call for 30 minutes once a term until "
                "June 2027."
            ),
        },
        tags=("clean", "sleep", "young-person", "paragraphs", "age-17"),
    ),
    Case(
        name="g-mental-health-anxiety-table",
        sections={
            "C": (
                "Ellie is 14 and has severe anxiety. She has attended school for fewer than "
                "half of the days since January 2026. She finds it very hard to walk into a "
                "full classroom."
            ),
            "E": (
                "By February 2027, I will attend school for at least 8 out of every 10 "
                "mornings.\n"
                "By February 2027, I will walk into my form room with my friend at the start of "
                "the day on three days a week."
            ),
            "G": (
                "What | Who | When | Until\n"
                "One-to-one talking therapy for anxiety, 50 minutes | Clinical psychologist, "
                "Marlpit Young People's Mental Health Service | every week | February 2027\n"
                "Planned arrival through the side door and 10 minutes with a trusted adult "
                "before lessons | Head of Year 9, trained by the psychologist | every school day "
                "| February 2027\n"
                "Meeting with Ellie, her parents and school to check progress, one hour | "
                "Clinical psychologist | once every half term | February 2027"
            ),
        },
        tags=("clean", "mental-health", "table", "age-14"),
    ),
    Case(
        name="g-palliative-care-age4",
        sections={
            "C": (
                "Noah is 4 and has a life-limiting condition that affects his breathing and "
                "his swallowing. He is fed through a tube into his stomach. He tires quickly "
                "and can attend nursery only in the mornings."
            ),
            "E": (
                "By December 2026, I will join in with the nursery song time, using my "
                "hands or my eyes to choose a song, at every morning session I attend.\n"
                "By December 2026, I will have all my tube feeds at nursery safely and on time, "
                "every morning I attend."
            ),
            "G": (
                "The Hazelbrook Nursery manager will arrange Noah's place from 9am to 12 noon, "
                "five mornings a week, "
                "from September 2026 until the end of the spring term 2027. A children's "
                "community nurse from the Larkhollow Children's Community Nursing team will "
                "train two nursery staff in Noah's tube feeding and breathing care in September "
                "2026 and refresh their training every three months until March 2027. One of "
                "the two trained nursery staff will give Noah his tube feed at 10am every "
                "morning he attends, until March 2027. A music therapist from Larkhollow "
                "Children's Hospice will run a 30-minute song session at nursery with Noah and "
                "his group once a week until March 2027."
            ),
        },
        tags=("clean", "palliative", "feeding", "paragraphs", "age-4"),
    ),
    Case(
        name="g-hemiplegia-explained-bullets",
        sections={
            "C": (
                "- Jacob is 8 and has hemiplegia (weakness down one side of his body), on his "
                "right side, after a stroke when he was a baby.\n"
                "- He cannot use his right hand to hold paper still while he writes or cuts."
            ),
            "E": (
                "- By July 2027, I will hold my paper still with my right hand while I write "
                "a sentence, in three out of four writing lessons."
            ),
            "G": (
                "- An occupational therapist from the Brindley Children's Therapy Service will "
                "set a two-handed activity programme and visit school for 45 minutes once a "
                "month for the 2026/27 school year.\n"
                "- Jacob's teaching assistant, trained by the occupational therapist, will do "
                "the programme with Jacob for 15 minutes every school day until July 2027."
            ),
        },
        tags=("clean", "cerebral-palsy", "jargon-explained", "bullets", "age-8"),
    ),
    Case(
        name="g-g-only-post-16-transition",
        sections={
            "G": (
                "For the college year 2026/27 at Quenby College:\n"
                "1. A learning disability nurse from the Quenby Adult Learning Disability Team "
                "will meet Sian and her family for one hour once a term to plan her move to "
                "adult health services.\n"
                "2. Sian's GP will carry out her annual health check once in the year, in "
                "October 2026.\n"
                "3. Sian's personal tutor, trained by the learning disability nurse, will go "
                "through Sian's health passport with her for 20 minutes every half term."
            ),
        },
        tags=("clean", "g-only", "preparing-for-adulthood", "numbered", "age-19"),
    ),
    Case(
        name="g-cystic-fibrosis-physio-long",
        sections={
            "C": (
                "Maya is 11 and has cystic fibrosis, a condition in which thick mucus builds up "
                "in her lungs and makes it hard to breathe. She needs to clear her chest twice "
                "a day, and one of these sessions falls in the school day. She misses school "
                "for hospital stays of about two weeks, two or three times a year."
            ),
            "E": (
                "By July 2027, I will do my lunchtime chest clearance by myself, in the medical "
                "room, with an adult nearby, every school day.\n"
                "By July 2027, I will keep up with my maths and English work during hospital "
                "stays, completing at least three pieces of set work each week I am in hospital."
            ),
            "G": (
                "A chest physiotherapist from the Kellaby Children's Cystic Fibrosis "
                "Service will train two members of school staff in Maya's chest clearance in "
                "September 2026 and update the training once a term until July 2027. One of the "
                "trained staff will supervise Maya's 20-minute chest clearance in the medical "
                "room after lunch every school day until July 2027. During each hospital stay, "
                "a teacher from the Kellaby Hospital School will teach Maya for one hour every "
                "weekday, for the 2026/27 school year."
            ),
        },
        tags=("clean", "respiratory", "paragraphs", "age-11"),
    ),
    # ------------------------------------------------------------------ faulty plans
    Case(
        name="g-cp-access-to-as-required",
        sections={
            "C": (
                "Leo is 5 and has cerebral palsy affecting both legs. He walks with a frame for "
                "short distances and uses a wheelchair outdoors."
            ),
            "E": (
                "By July 2027, I will walk with my frame from my classroom to the dinner hall, "
                "about 20 metres, without stopping."
            ),
            "G": (
                "Leo will have access to a physiotherapist as required. A teaching assistant "
                "trained by the physiotherapist will help Leo into his standing frame for 30 "
                "minutes every morning until July 2027."
            ),
        },
        expected=(
            ("unspecified_provision", "G", "access to"),
            ("unspecified_provision", "G", "as required"),
            ("no_frequency", "G", "Leo will have access to a physiotherapist as required"),
            ("no_duration", "G", "Leo will have access to a physiotherapist as required"),
        ),
        tags=("cerebral-palsy", "paragraphs", "age-5"),
    ),
    Case(
        name="g-epilepsy-buccal-drug-name",
        sections={
            "C": (
                "Amara is 12 and has epilepsy. She has seizures about once a month, and after a "
                "seizure she is very sleepy for the rest of the day."
            ),
            "E": (
                "By July 2027, I will go back to my lessons the day after a seizure and catch up "
                "on the work I missed within one week, every time."
            ),
            "G": (
                "Provision for the 2026/27 school year:\n"
                "- Two members of staff trained by the epilepsy nurse at Dunmore Children's "
                "Hospital will be on site every day Amara attends.\n"
                "- If a seizure lasts more than 5 minutes, a trained member of staff will give "
                "buccal midazolam and call 999.\n"
                "- After a seizure, Amara will rest in the medical room with a trained member of "
                "staff until her parent collects her.\n"
                "- Amara's form tutor will give her a catch-up pack of the work she missed on "
                "the day she returns after each seizure."
            ),
        },
        expected=(
            ("jargon", "G", "buccal"),
            ("drug_name", "G", "midazolam"),
        ),
        tags=("epilepsy", "bullets", "age-12"),
    ),
    Case(
        name="g-autism-regular-opportunities-unsmart",
        sections={
            "C": (
                "Tomasz is 7 and autistic. He finds changes to his day very hard and hits out "
                "when the timetable changes without warning. He cannot sit still on the carpet "
                "for more than two minutes."
            ),
            "E": (
                "Tomasz will be happier when his day changes.\n"
                "By July 2027, I will sit on the carpet for the 10-minute class story on four "
                "days a week."
            ),
            "G": (
                "Tomasz will have regular opportunities for movement breaks. His class teacher "
                "will show him a picture timetable at the start of each school day and warn him "
                "of any change at least 10 minutes before it happens, for the 2026/27 school "
                "year."
            ),
        },
        expected=(
            ("outcome_not_smart", "E", "Tomasz will be happier when his day changes"),
            ("unspecified_provision", "G", "regular"),
            ("unspecified_provision", "G", "opportunities for"),
            ("no_frequency", "G", "Tomasz will have regular opportunities for movement breaks"),
            ("no_duration", "G", "Tomasz will have regular opportunities for movement breaks"),
            ("no_provider", "G", "Tomasz will have regular opportunities for movement breaks"),
        ),
        tags=("autism", "paragraphs", "age-7"),
    ),
    Case(
        name="g-arthritis-eczema-need-unthreaded",
        sections={
            "C": (
                "Sofia is 10 and has juvenile arthritis, which makes her wrists stiff and "
                "painful in the mornings. She also has severe eczema on her legs, which itches "
                "so badly at night that she sleeps badly and is tired at school."
            ),
            "E": (
                "By July 2027, I will write for 15 minutes in a morning lesson, using my pen "
                "grip and wrist supports, without stopping because of pain."
            ),
            "G": (
                "An occupational therapist from Harrowden Children's Therapy will provide a pen "
                "grip and wrist supports and check them with Sofia for 30 minutes once a term, "
                "for the 2026/27 school year."
            ),
        },
        expected=(
            (
                "golden_thread",
                "C",
                "She also has severe eczema on her legs, which itches so badly at night that "
                "she sleeps badly and is tired at school",
            ),
        ),
        tags=("rheumatology", "skin", "paragraphs", "age-10"),
    ),
    Case(
        name="g-tourette-provision-without-need",
        sections={
            "C": (
                "Daniel is 15 and has Tourette syndrome, which causes sudden movements and "
                "sounds (tics) that he cannot control. His tics are worse when he is under "
                "pressure, and he finds it hard to sit exams in the main hall."
            ),
            "E": (
                "By the end of my mock exams in January 2027, I will sit every exam in a small "
                "room with no more than four other students and finish every paper."
            ),
            "G": (
                "- For the 2026/27 school year, the exams officer will arrange a separate small "
                "room for every internal and external exam Daniel sits.\n"
                "- A speech and language therapist from Corbridge Community Therapies will work "
                "on Daniel's vocabulary for 30 minutes every week until July 2027."
            ),
        },
        expected=(
            (
                "golden_thread",
                "G",
                "A speech and language therapist from Corbridge Community Therapies will work "
                "on Daniel's vocabulary for 30 minutes every week until July 2027",
            ),
        ),
        tags=("neurology", "bullets", "age-15"),
    ),
    Case(
        name="g-dcd-ot-acronyms",
        sections={
            "C": (
                "Chloe is 6 and has DCD, which makes it hard for her to plan and coordinate her "
                "movements. She falls often in the playground and in PE."
            ),
            "E": (
                "By July 2027, I will climb the steps to the playground slide and come down by "
                "myself on three playtimes a week."
            ),
            "G": (
                "The OT from Lindenfield Children's Therapy will run a movement group for Chloe "
                "and three other children for 30 minutes once a week for the 2026/27 school "
                "year."
            ),
        },
        expected=(
            ("acronym", "C", "DCD"),
            ("acronym", "G", "OT"),
        ),
        tags=("coordination", "paragraphs", "age-6"),
    ),
    Case(
        name="g-dysphagia-aspiration-jargon",
        sections={
            "C": (
                "Ibrahim is 9 and has cerebral palsy. He has dysphagia and is at risk of "
                "aspiration when he drinks thin fluids."
            ),
            "E": (
                "By July 2027, I will drink my thickened drinks at lunch from my cup, without "
                "coughing, on four days a week."
            ),
            "G": (
                "A speech and language therapist from the Oakworth Children's Eating and "
                "Drinking Service will write an eating and drinking plan and train the "
                "lunchtime staff for one hour every term, for the 2026/27 school year. A "
                "lunchtime supervisor trained by the speech and language therapist will make up "
                "Ibrahim's thickened drinks and sit with him at every meal in school until July "
                "2027."
            ),
        },
        expected=(
            ("jargon", "C", "dysphagia"),
            ("jargon", "C", "aspiration"),
        ),
        tags=("cerebral-palsy", "feeding", "paragraphs", "age-9"),
    ),
    Case(
        name="g-hypermobility-table-ta-where-possible",
        sections={
            "C": (
                "Grace is 13 and has hypermobility syndrome, which means her joints are very "
                "loose and move further than usual. Her wrists hurt after 10 minutes of "
                "writing. Climbing stairs more than twice a day makes her knees hurt."
            ),
            "E": (
                "By July 2027, I will type my longer pieces of work on a laptop and finish them "
                "in the lesson time, in four lessons out of five.\n"
                "By July 2027, I will get to all my lessons on time using the lift."
            ),
            "G": (
                "Provision | Provider | Frequency | Duration\n"
                "Laptop for all extended writing, set up with Grace | Occupational therapist, "
                "Fellgate Children's Therapy Service | set up once in September 2026 | "
                "2026/27 school year\n"
                "Lift pass and timetable with lessons on the ground floor where possible | Head "
                "of Year 8 | every school day | 2026/27 school year\n"
                "Joint-protection exercises | a TA | three times a week | 2026/27 school year"
            ),
        },
        expected=(
            ("unspecified_provision", "G", "where possible"),
            ("acronym", "G", "TA"),
            (
                "no_provider",
                "G",
                "Joint-protection exercises | a TA | three times a week | 2026/27 school year",
            ),
        ),
        tags=("hypermobility", "table", "age-13"),
    ),
    Case(
        name="g-adhd-brand-and-generic-in-c",
        sections={
            "C": (
                "Ethan is 9 and has ADHD (attention deficit hyperactivity disorder). He takes "
                "Equasym each morning for his ADHD and melatonin at night. He finds it hard to "
                "stay in his seat for more than five minutes in lessons."
            ),
            "E": (
                "By July 2027, I will stay in my seat and work for 15 minutes at a time in three "
                "lessons a day."
            ),
            "G": (
                "Ethan's class teacher will give him a planned two-minute movement job every 15 "
                "minutes in lessons, for the 2026/27 school year. A children's nurse from the "
                "Ashgrove ADHD Service will review Ethan's plan with his teacher and parents for "
                "30 minutes once a term until July 2027."
            ),
        },
        expected=(
            ("drug_name", "C", "Equasym"),
            ("drug_name", "C", "melatonin"),
        ),
        tags=("adhd", "paragraphs", "age-9"),
    ),
    Case(
        name="g-spina-bifida-physio-no-duration",
        sections={
            "C": (
                "- Ava is 4 and has spina bifida (a condition where the spine did not form "
                "properly before birth).\n"
                "- She uses a wheelchair and cannot move from her wheelchair to the floor on her "
                "own.\n"
                "- Ava needs her bladder emptied with a thin tube (a catheter) three times a "
                "day."
            ),
            "E": (
                "- By July 2027, I will move from my wheelchair to the carpet with one adult "
                "helping, at story time every day.\n"
                "- By July 2027, I will help with my catheter by holding the equipment and "
                "washing my hands each time."
            ),
            "G": (
                "- A physiotherapist from Wrenbury Children's Physiotherapy will visit nursery "
                "once a month to teach staff how to move Ava safely.\n"
                "- Two nursery staff trained by the Wrenbury Children's Community Nursing team "
                "will empty Ava's bladder with a catheter at 10am, 12 noon and 2pm every day "
                "she attends, until she starts school in September 2027."
            ),
        },
        expected=(
            (
                "no_duration",
                "G",
                "A physiotherapist from Wrenbury Children's Physiotherapy will visit nursery "
                "once a month to teach staff how to move Ava safely",
            ),
        ),
        tags=("spina-bifida", "continence", "bullets", "age-4"),
    ),
    Case(
        name="g-speech-sounds-no-frequency",
        sections={
            "C": (
                "Leila is 5 and has a severe speech sound difficulty: most adults outside her "
                "family cannot understand her."
            ),
            "E": (
                "By July 2027, I will say the sounds k and g correctly in single words in 8 out "
                "of 10 tries."
            ),
            "G": (
                "A speech and language therapist from the Eastmere Children's Speech Service "
                "will work with Leila in school in 30-minute sessions until July 2027. Leila's "
                "teaching assistant, trained by the speech and language therapist, will "
                "practise Leila's sound games with her for 10 minutes every school day until "
                "July 2027."
            ),
        },
        expected=(
            (
                "no_frequency",
                "G",
                "A speech and language therapist from the Eastmere Children's Speech Service "
                "will work with Leila in school in 30-minute sessions until July 2027",
            ),
        ),
        tags=("speech", "paragraphs", "age-5"),
    ),
    Case(
        name="g-crohns-passive-no-provider",
        sections={
            "C": (
                "Reuben is 16 and has Crohn's disease, a long-term condition that inflames his "
                "gut. He needs to reach a toilet quickly and without asking, and he misses "
                "school when his symptoms flare up."
            ),
            "E": (
                "By July 2027, I will leave any lesson to use the toilet, using my exit card, "
                "and miss no more than 10 minutes each time.\n"
                "By July 2027, I will catch up on work I miss through illness within two weeks, "
                "every time."
            ),
            "G": (
                "Reuben will be given an exit card and a key to the accessible toilet near his "
                "form room, from September 2026 until July 2027. Work missed through illness "
                "will be sent home each week he is off, for the 2026/27 school year. Reuben's "
                "head of year will check with him for 15 minutes once a fortnight how he is "
                "managing, until July 2027."
            ),
        },
        expected=(
            (
                "no_provider",
                "G",
                "Reuben will be given an exit card and a key to the accessible toilet near his "
                "form room, from September 2026 until July 2027",
            ),
            (
                "no_provider",
                "G",
                "Work missed through illness will be sent home each week he is off, for the "
                "2026/27 school year",
            ),
        ),
        tags=("gastro", "paragraphs", "age-16"),
    ),
    Case(
        name="g-heart-outcomes-not-smart-numbered",
        sections={
            "C": (
                "1. Kai is 8 and had heart surgery as a baby for a heart condition he was born "
                "with.\n"
                "2. He gets out of breath quickly when he runs and must rest when he does."
            ),
            "E": ("1. Kai will be able to join in with PE.\n2. Kai will get fitter."),
            "G": (
                "1. Kai's PE teacher, trained by the heart nurse specialist from Redmoor "
                "Children's Heart Unit, will give Kai a rest of at least 5 minutes whenever he is "
                "out of breath in PE or at playtime, for the 2026/27 school year.\n"
                "2. The heart nurse specialist from Redmoor Children's Heart Unit will visit "
                "school once a term for 45 minutes to advise staff, until July 2027."
            ),
        },
        expected=(
            ("outcome_not_smart", "E", "Kai will be able to join in with PE"),
            ("outcome_not_smart", "E", "Kai will get fitter"),
        ),
        tags=("cardiac", "numbered", "age-8"),
    ),
    Case(
        name="g-poor-sight-should-may",
        sections={
            "C": (
                "Bethany is 11 and has very poor sight: she can read only large print held "
                "close to her eyes."
            ),
            "E": (
                "By July 2027, I will read all my worksheets in size 24 print and finish them in "
                "the lesson time, in four lessons out of five."
            ),
            "G": (
                "All worksheets should be enlarged to size 24 print. A qualified teacher of "
                "the visually impaired from the Harrowgate Sensory Support Service may visit to "
                "advise staff once a term for one hour during the 2026/27 school year."
            ),
        },
        expected=(
            ("unspecified_provision", "G", "should"),
            ("unspecified_provision", "G", "may"),
            ("no_provider", "G", "All worksheets should be enlarged to size 24 print"),
            ("no_duration", "G", "All worksheets should be enlarged to size 24 print"),
        ),
        tags=("sensory", "vision", "paragraphs", "age-11"),
    ),
    Case(
        name="g-low-mood-support-as-needed",
        sections={
            "C": (
                "Jonah is 15 and has low mood and has harmed himself in the past year. He finds "
                "it hard to tell adults when he is struggling."
            ),
            "E": (
                "By March 2027, I will tell my form tutor when I am struggling, using my "
                "traffic-light card, at least once a week."
            ),
            "G": (
                "Jonah will receive support as needed from the school counsellor. A mental "
                "health practitioner from the Brookvale Mental Health Support Team will see "
                "Jonah for 45 minutes every week for 12 weeks from September 2026. His form "
                "tutor will check his traffic-light card with him at registration every school "
                "day until March 2027."
            ),
        },
        expected=(
            ("unspecified_provision", "G", "support as needed"),
            (
                "no_frequency",
                "G",
                "Jonah will receive support as needed from the school counsellor",
            ),
            (
                "no_duration",
                "G",
                "Jonah will receive support as needed from the school counsellor",
            ),
        ),
        tags=("mental-health", "paragraphs", "age-15"),
    ),
    Case(
        name="g-whole-body-cp-gastrostomy-mixed",
        sections={
            "C": (
                "Poppy is 6 and has cerebral palsy affecting her whole body, and epilepsy. She "
                "is fed through a gastrostomy. She cannot sit up without support. Her seizures "
                "mostly happen when she is tired, and she has about two a week at school."
            ),
            "E": (
                "By July 2027, I will sit in my supported chair for a whole 20-minute group "
                "session on four days a week.\n"
                "Poppy will be safe when she has seizures."
            ),
            "G": (
                "A physiotherapist from Halden Children's Physiotherapy will review Poppy's "
                "seating for 45 minutes once a term, for the 2026/27 school year. Poppy's 1:1, "
                "trained by the Halden Children's Community Nursing team, will give her tube "
                "feeds at 10am and 1pm every school day until July 2027. If Poppy has a "
                "seizure, staff will follow her care plan."
            ),
        },
        expected=(
            ("jargon", "C", "gastrostomy"),
            ("golden_thread", "C", "She is fed through a gastrostomy"),
            ("outcome_not_smart", "E", "Poppy will be safe when she has seizures"),
            ("no_provider", "G", "If Poppy has a seizure, staff will follow her care plan"),
            ("no_duration", "G", "If Poppy has a seizure, staff will follow her care plan"),
        ),
        tags=("cerebral-palsy", "epilepsy", "feeding", "paragraphs", "good-and-bad", "age-6"),
    ),
    Case(
        name="g-anxiety-camhs-acronym",
        sections={
            "C": (
                "Felix is 12 and autistic, with high anxiety. He has been seen by CAMHS since "
                "March 2026. He cannot eat in the busy canteen and often goes without lunch."
            ),
            "E": (
                "By July 2027, I will eat my lunch in the library lunch club on four days a "
                "week.\n"
                "By March 2027, I will use two calming strategies from my sessions when I feel "
                "anxious in class, as noted by my form tutor each week."
            ),
            "G": (
                "Felix's form tutor will take him to the library lunch club, a quiet room with "
                "six students and a trained teaching assistant, every lunchtime for the 2026/27 "
                "school year. A practitioner from CAMHS will meet Felix for 50 minutes every "
                "fortnight until March 2027 to work on his anxiety."
            ),
        },
        expected=(("acronym", "C", "CAMHS"),),
        tags=("autism", "mental-health", "paragraphs", "age-12"),
    ),
    Case(
        name="g-down-syndrome-typos-as-appropriate",
        sections={
            "C": (
                "Mia is 7 and has Down syndrome. She has glue ear and her hearing is reduced in "
                "both ears. She finds it hard to follow instuctions given to the whole class."
            ),
            "E": (
                "By July 2027, I will follow a two-step instruction given to the whole class, "
                "in 4 out of 5 tries."
            ),
            "G": (
                "Mias class teacher will give instructions in short steps, facing Mia, and "
                "check she has understood, in every lesson for the 2026/27 school year. An "
                "audiologist from Sedgeley Childrens Hearing Service will review Mia's hearing "
                "and advise school as appropriate."
            ),
        },
        expected=(
            ("unspecified_provision", "G", "as appropriate"),
            (
                "no_frequency",
                "G",
                "An audiologist from Sedgeley Childrens Hearing Service will review Mia's "
                "hearing and advise school as appropriate",
            ),
            (
                "no_duration",
                "G",
                "An audiologist from Sedgeley Childrens Hearing Service will review Mia's "
                "hearing and advise school as appropriate",
            ),
        ),
        tags=("down-syndrome", "hearing", "typos", "paragraphs", "age-7"),
    ),
    Case(
        name="g-diabetes-concentration-no-outcome",
        sections={
            "C": (
                "Lucas is 14 and has type 1 diabetes. He forgets to check his blood sugar before "
                "lunch. When his blood sugar is high he gets headaches and cannot concentrate in "
                "afternoon lessons."
            ),
            "E": (
                "By December 2026, I will check my blood sugar before lunch without a reminder "
                "on every school day for four weeks in a row."
            ),
            "G": (
                "- His form tutor, trained by the Tarnwick Children's Diabetes Team, will send "
                "Lucas a reminder on his phone at 12:15pm every school day until December 2026.\n"
                "- If Lucas's blood sugar is high, a trained first aider will let him rest in "
                "the medical room and follow his care plan, for the 2026/27 school year."
            ),
        },
        expected=(
            (
                "golden_thread",
                "C",
                "When his blood sugar is high he gets headaches and cannot concentrate in "
                "afternoon lessons",
            ),
        ),
        tags=("diabetes", "bullets", "age-14"),
    ),
    Case(
        name="g-ex-prem-laryngomalacia-jargon",
        sections={
            "C": (
                "Alfie is 2 and was born at 24 weeks. He has laryngomalacia and catches chest "
                "infections easily. He is not yet walking and pulls himself along on his tummy."
            ),
            "E": (
                "By September 2027, I will walk five steps holding on to furniture at my "
                "childminder's house.\n"
                "By September 2027, I will go to my childminder's on at least 8 out of 10 "
                "planned days."
            ),
            "G": (
                "A physiotherapist from Wendlebury Community Children's Services will visit "
                "Alfie at his childminder's house for 45 minutes every fortnight until September "
                "2027. His childminder, trained by the children's community nurse, will follow "
                "Alfie's breathing care plan and wash his hands and toys every day to reduce "
                "infections, until September 2027."
            ),
        },
        expected=(("jargon", "C", "laryngomalacia"),),
        tags=("neonatal", "respiratory", "early-years", "paragraphs", "age-2"),
    ),
    Case(
        name="g-reflux-baby-drugs-and-jargon",
        sections={
            "C": (
                "Evie is 1 and was born at 30 weeks. She has severe gastro-oesophageal reflux "
                "and brings up most feeds. She is on omeprazole and Gaviscon. She is not gaining "
                "weight as she should."
            ),
            "E": (
                "By June 2027, I will keep down at least three out of four milk feeds at "
                "nursery and stay on the same line of my growth chart at each monthly weigh-in."
            ),
            "G": (
                "A children's dietitian from Holloway Cross Hospital will weigh Evie and review "
                "her feeding plan for 30 minutes every month until June 2027. Evie's key worker "
                "at Little Acorns Nursery, trained by the dietitian, will give her feeds sitting "
                "upright at each feed time until June 2027."
            ),
        },
        expected=(
            ("jargon", "C", "gastro-oesophageal"),
            ("drug_name", "C", "omeprazole"),
            ("drug_name", "C", "Gaviscon"),
        ),
        tags=("neonatal", "feeding", "early-years", "paragraphs", "age-1"),
    ),
    Case(
        name="g-pmld-scoliosis-bullets",
        sections={
            "C": (
                "- Rosa is 15 and has PMLD.\n"
                "- She has scoliosis and sits in a moulded wheelchair seat all day.\n"
                "- She communicates with sounds, smiles and looking at what she wants."
            ),
            "E": (
                "- By July 2027, I will choose between two objects by looking at one for three "
                "seconds, in 8 out of 10 tries.\n"
                "- By July 2027, I will come out of my wheelchair for a 30-minute stretch and "
                "change of position twice every school day without distress."
            ),
            "G": (
                "- A physiotherapist from the Corley Community Children's Physiotherapy team "
                "will set a positioning programme and check it once a half term for one hour, "
                "for the 2026/27 school year.\n"
                "- Two members of class staff trained by the physiotherapist will move Rosa out "
                "of her wheelchair onto her mat for 30 minutes twice a day until July 2027.\n"
                "- A speech and language therapist from the Corley team will set up an "
                "object-choice programme and review it with Rosa's teacher for 45 minutes once a "
                "half term until July 2027."
            ),
        },
        expected=(
            ("acronym", "C", "PMLD"),
            ("jargon", "C", "scoliosis"),
        ),
        tags=("complex-needs", "bullets", "age-15"),
    ),
    Case(
        name="g-nut-allergy-an-adult",
        sections={
            "C": (
                "Theo is 9 and has a severe nut allergy. He could have a serious allergic "
                "reaction if he eats anything with nuts in it."
            ),
            "E": (
                "By July 2027, I will check with an adult before I eat anything that is not from "
                "home or the school kitchen, every time."
            ),
            "G": (
                "An adult will check all of Theo's food before he eats it at every meal and "
                "snack in school, for the 2026/27 school year. If Theo has a serious allergic "
                "reaction, a member of staff trained by the school nurse from Gilmorton Healthy "
                "Schools Service will use his allergy pen and call 999, until July 2027."
            ),
        },
        expected=(
            (
                "no_provider",
                "G",
                "An adult will check all of Theo's food before he eats it at every meal and "
                "snack in school, for the 2026/27 school year",
            ),
        ),
        tags=("allergy", "paragraphs", "age-9"),
    ),
    Case(
        name="g-prader-willi-table-staff-regular",
        sections={
            "C": (
                "Harvey is 10 and has Prader-Willi syndrome, a rare genetic condition that makes "
                "him feel hungry all the time. He takes food from other children's lunch boxes "
                "and from bins if he is not supervised. He has weak muscles and tires easily on "
                "long walks."
            ),
            "E": (
                "By July 2027, I will eat only my own lunch and snacks at school every day, as "
                "recorded in my home-school book.\n"
                "By July 2027, I will walk to the local park with my class, about 800 metres, "
                "and back without needing to use my buggy."
            ),
            "G": (
                "Provision | Who | How often | How long\n"
                "Supervision at all times when food is out, and lunch boxes kept in a locked "
                "cupboard | Staff | every school day | 2026/27 school year\n"
                "Walking and stamina programme | Physiotherapist, Norwell Children's Therapy "
                "Service | regular | 2026/27 school year\n"
                "Review of Harvey's food plan | Children's dietitian, Norwell Children's "
                "Hospital | once a term | 2026/27 school year"
            ),
        },
        expected=(
            (
                "no_provider",
                "G",
                "Supervision at all times when food is out, and lunch boxes kept in a locked "
                "cupboard | Staff | every school day | 2026/27 school year",
            ),
            ("unspecified_provision", "G", "regular"),
            (
                "no_frequency",
                "G",
                "Walking and stamina programme | Physiotherapist, Norwell Children's Therapy "
                "Service | regular | 2026/27 school year",
            ),
        ),
        tags=("rare-disease", "table", "age-10"),
    ),
    Case(
        name="g-smith-magenis-sleep-unthreaded",
        sections={
            "C": (
                "- Lily is 6 and has Smith-Magenis syndrome, a rare genetic condition.\n"
                "- Lily wakes several times every night and is very tired at school, often "
                "falling asleep after lunch.\n"
                "- She has outbursts when she is tired, and has hurt other children."
            ),
            "E": (
                "- By July 2027, I will use my calm box instead of hitting when I feel cross, "
                "on four days out of five."
            ),
            "G": (
                "- Lily's teaching assistant, trained by the Aldwick Children's Learning "
                "Disability Team, will use the calm box with Lily and record outbursts every "
                "school day for the 2026/27 school year."
            ),
        },
        expected=(
            (
                "golden_thread",
                "C",
                "Lily wakes several times every night and is very tired at school, often "
                "falling asleep after lunch",
            ),
        ),
        tags=("rare-disease", "sleep", "bullets", "age-6"),
    ),
    Case(
        name="g-g-only-three-vague-bullets",
        sections={
            "G": (
                "- Access to a quiet space.\n"
                "- Regular input from the speech and language therapist.\n"
                "- Sensory breaks as required."
            ),
        },
        expected=(
            ("unspecified_provision", "G", "Access to"),
            ("no_frequency", "G", "Access to a quiet space"),
            ("no_duration", "G", "Access to a quiet space"),
            ("no_provider", "G", "Access to a quiet space"),
            ("unspecified_provision", "G", "Regular"),
            ("unspecified_provision", "G", "input from"),
            ("no_frequency", "G", "Regular input from the speech and language therapist"),
            ("no_duration", "G", "Regular input from the speech and language therapist"),
            ("unspecified_provision", "G", "as required"),
            ("no_frequency", "G", "Sensory breaks as required"),
            ("no_duration", "G", "Sensory breaks as required"),
            ("no_provider", "G", "Sensory breaks as required"),
        ),
        tags=("g-only", "bullets", "all-vague"),
    ),
    Case(
        name="g-sickle-cell-may-and-unsmart",
        sections={
            "C": (
                "Samira is 16 and has sickle cell disease, a blood condition that causes attacks "
                "of severe pain. Cold weather and not drinking enough can start a pain attack."
            ),
            "E": (
                "I will drink plenty of water at school.\n"
                "By July 2027, I will tell a member of staff within 10 minutes when I feel a "
                "pain attack starting, every time."
            ),
            "G": (
                "Samira's form tutor will make sure she has a water bottle and can leave lessons "
                "to refill it, every school day for the 2026/27 school year. Samira may stay "
                "indoors at break in cold weather. If Samira has a pain attack, a first aider "
                "trained by the Wilmcote Sickle Cell Nursing Service will follow her care plan "
                "and call her parents, until July 2027."
            ),
        },
        expected=(
            ("outcome_not_smart", "E", "I will drink plenty of water at school"),
            ("unspecified_provision", "G", "may"),
            ("no_provider", "G", "Samira may stay indoors at break in cold weather"),
            ("no_duration", "G", "Samira may stay indoors at break in cold weather"),
        ),
        tags=("haematology", "paragraphs", "age-16"),
    ),
    Case(
        name="g-dyspraxia-aac-acronym-salt-expanded",
        sections={
            "C": (
                "Dev is 7 and has verbal dyspraxia (his brain has difficulty planning the mouth "
                "movements for speech). He has been seen by SALT since he was 3. Most people "
                "outside his family cannot understand his speech."
            ),
            "E": (
                "By July 2027, I will use my AAC device to ask for help or a break at least "
                "three times a day."
            ),
            "G": (
                "A speech and language therapist (SALT) from Pendle Brook Children's Speech "
                "Service will see Dev in school for 30 minutes every week for the 2026/27 school "
                "year. Dev's teaching assistant, trained by the therapist, will show him words "
                "on his talking tablet for 10 minutes three times a day until July 2027."
            ),
        },
        expected=(("acronym", "E", "AAC"),),
        tags=("speech", "acronym-expanded-later", "paragraphs", "age-7"),
    ),
    Case(
        name="g-g-only-seizure-brand-jargon",
        sections={
            "G": (
                "For the 2026/27 school year:\n"
                "1. If Oliver has a tonic-clonic seizure lasting more than 5 minutes, a trained "
                "member of staff will give him Buccolam and call 999.\n"
                "2. The epilepsy nurse from Ferncastle Children's Hospital will train four "
                "members of staff once a term for two hours."
            ),
        },
        expected=(
            ("jargon", "G", "tonic-clonic"),
            ("drug_name", "G", "Buccolam"),
        ),
        tags=("epilepsy", "g-only", "numbered", "age-10"),
    ),
    Case(
        name="g-hemiplegia-stretches-where-possible",
        sections={
            "C": (
                "Zara is 12 and has cerebral palsy on her left side. Her left ankle is getting "
                "tight, and she wears a splint on that leg."
            ),
            "E": (
                "By July 2027, I will walk across the school field in my splint without "
                "tripping, in three PE lessons out of four."
            ),
            "G": (
                "Zara's stretching programme will be done by a teaching assistant trained by "
                "the physiotherapist, where possible three times a week for 20 minutes, for the "
                "2026/27 school year. The Brayford Splint Clinic will check and replace Zara's "
                "splint every six months until July 2027."
            ),
        },
        expected=(("unspecified_provision", "G", "where possible"),),
        tags=("cerebral-palsy", "paragraphs", "age-12"),
    ),
    Case(
        name="g-hearing-aids-visit-unquantified",
        sections={
            "C": (
                "Archie is 4 and has a moderate hearing loss in both ears. He wears hearing aids "
                "but often pulls them out."
            ),
            "E": (
                "By July 2027, I will keep my hearing aids in for the whole nursery session on "
                "four days out of five."
            ),
            "G": (
                "A teacher of the deaf from the Coldharbour Sensory Support Service will visit "
                "nursery to show staff how to check and fit Archie's hearing aids. Archie's key "
                "worker, trained by the teacher of the deaf, will check that his hearing aids "
                "are in and working at the start of each session and after outdoor play, until "
                "July 2027."
            ),
        },
        expected=(
            (
                "no_frequency",
                "G",
                "A teacher of the deaf from the Coldharbour Sensory Support Service will visit "
                "nursery to show staff how to check and fit Archie's hearing aids",
            ),
            (
                "no_duration",
                "G",
                "A teacher of the deaf from the Coldharbour Sensory Support Service will visit "
                "nursery to show staff how to check and fit Archie's hearing aids",
            ),
        ),
        tags=("sensory", "hearing", "early-years", "paragraphs", "age-4"),
    ),
    Case(
        name="g-young-adult-outcome-third-person-vague",
        sections={
            "C": (
                "Imogen is 19 and has a learning disability. She moved from school to Marsh End "
                "College in September 2026 and needs to learn to manage her own health "
                "appointments."
            ),
            "E": (
                "Imogen will become more independent with her health.\n"
                "By July 2027, I will book my own GP appointment by phone, with my support "
                "worker next to me, at least once."
            ),
            "G": (
                "A learning disability nurse from the Marsh End Adult Learning Disability Team "
                "will meet Imogen for one hour once a month for the 2026/27 college year to "
                "practise booking and going to health appointments."
            ),
        },
        expected=(
            ("outcome_not_smart", "E", "Imogen will become more independent with her health"),
        ),
        tags=("learning-disability", "preparing-for-adulthood", "paragraphs", "age-19"),
    ),
    Case(
        name="g-ataxia-nystagmus-jargon",
        sections={
            "C": (
                "Nathan is 11 and has a rare inherited condition that affects his balance and "
                "his eyes. He has ataxia and nystagmus. He walks unsteadily, falls often and "
                "cannot read print smaller than size 18."
            ),
            "E": (
                "By July 2027, I will move between lessons using the handrail and my walker "
                "without falling, every day for a whole term.\n"
                "By July 2027, I will read my size 18 worksheets and finish them in the lesson "
                "time in four lessons out of five."
            ),
            "G": (
                "A physiotherapist from Harlow Gate Children's Physiotherapy will visit school "
                "once every half term for 45 minutes to check Nathan's walker and his routes "
                "around school, for the 2026/27 school year. The school's resources assistant "
                "will enlarge all of Nathan's worksheets to size 18 before each lesson, until "
                "July 2027."
            ),
        },
        expected=(
            ("jargon", "C", "ataxia"),
            ("jargon", "C", "nystagmus"),
        ),
        tags=("rare-disease", "sensory", "paragraphs", "age-11"),
    ),
    Case(
        name="g-autism-restricted-eating-arfid",
        sections={
            "C": (
                "Wren is 8 and autistic. She eats only five foods, all of them dry and beige, "
                "and has ARFID. Her weight is low for her height."
            ),
            "E": (
                "By July 2027, I will touch and smell one new food at lunchtime on three days a "
                "week.\n"
                "By July 2027, I will keep my weight on the same line of my growth chart at each "
                "three-monthly check."
            ),
            "G": (
                "A clinical psychologist from the Dunholme Children's Eating Service will see "
                "Wren for 50 minutes every fortnight for 6 months from September 2026. Wren's "
                "teaching assistant, trained by the psychologist, will run a 10-minute food play "
                "session with Wren before lunch every school day until July 2027. A children's "
                "dietitian from Dunholme Children's Hospital will weigh Wren every three months "
                "until July 2027."
            ),
        },
        expected=(("acronym", "C", "ARFID"),),
        tags=("autism", "feeding", "paragraphs", "age-8"),
    ),
    Case(
        name="g-chromosome-mouthing-his-1to1",
        sections={
            "C": (
                "Rory is 6 and has a rare chromosome disorder. He puts objects in his mouth and "
                "has choked twice on small toys."
            ),
            "E": (
                "By July 2027, I will swap an object for my chewy toy when an adult asks, in 9 "
                "out of 10 tries."
            ),
            "G": (
                "His 1:1 will watch him closely at all times and swap mouthed objects for his "
                "chewy toy, every school day until July 2027. An occupational therapist from "
                "Farleigh Children's Therapy will review his mouthing plan with school staff for "
                "30 minutes once a term until July 2027."
            ),
        },
        expected=(
            (
                "no_provider",
                "G",
                "His 1:1 will watch him closely at all times and swap mouthed objects for his "
                "chewy toy, every school day until July 2027",
            ),
        ),
        tags=("rare-disease", "paragraphs", "age-6"),
    ),
    Case(
        name="g-teen-diabetes-many-faults",
        sections={
            "C": (
                "Kiera is 15 and has T1DM. She has had three episodes of very low blood sugar "
                "at school since September 2026."
            ),
            "E": ("Kiera will manage her diabetes well."),
            "G": (
                "Her form tutor will make sure Kiera has her NovoRapid pen and a sugary snack "
                "with her at the start of every school day, for the 2026/27 school year. A "
                "member of staff trained by the Linbury Children's Diabetes Team will help "
                "Kiera as needed."
            ),
        },
        expected=(
            ("acronym", "C", "T1DM"),
            ("outcome_not_smart", "E", "Kiera will manage her diabetes well"),
            ("drug_name", "G", "NovoRapid"),
            ("unspecified_provision", "G", "as needed"),
            (
                "no_frequency",
                "G",
                "A member of staff trained by the Linbury Children's Diabetes Team will help "
                "Kiera as needed",
            ),
            (
                "no_duration",
                "G",
                "A member of staff trained by the Linbury Children's Diabetes Team will help "
                "Kiera as needed",
            ),
        ),
        tags=("diabetes", "paragraphs", "good-and-bad", "age-15"),
    ),
    Case(
        name="g-cleft-both-thread-directions",
        sections={
            "C": (
                "Benji is 3 and was born with a cleft palate (a gap in the roof of his mouth) "
                "that was repaired in January 2026. His speech is hard to understand. He also "
                "has frequent ear infections."
            ),
            "E": (
                "By July 2027, I will say the p and b sounds clearly in words, so that my "
                "nursery key worker understands me in 8 out of 10 tries."
            ),
            "G": (
                "A speech and language therapist from the Harwick Cleft Team will see Benji at "
                "nursery for 30 minutes every fortnight until July 2027. A physiotherapist from "
                "Harwick Children's Therapy will check Benji's walking once a term until July "
                "2027."
            ),
        },
        expected=(
            ("golden_thread", "C", "He also has frequent ear infections"),
            (
                "golden_thread",
                "G",
                "A physiotherapist from Harwick Children's Therapy will check Benji's walking "
                "once a term until July 2027",
            ),
        ),
        tags=("cleft", "early-years", "paragraphs", "age-3"),
    ),
    # ------------------------------------------------------------------ more clean plans
    Case(
        name="g-shunt-explained-headache-plan",
        sections={
            "C": (
                "Oscar is 10. He was born with hydrocephalus (too much fluid around the brain) "
                "and has a shunt, a thin tube under the skin that drains the fluid to his "
                "tummy. If the shunt blocks he can get headaches, sickness and sleepiness, which "
                "need to be spotted quickly. He tires easily and cannot concentrate for more "
                "than 15 minutes at a time."
            ),
            "E": (
                "By July 2027, I will tell an adult straight away when I have a headache or feel "
                "sick, every time, as recorded in my school health log.\n"
                "By July 2027, I will work on a task for 15 minutes, take a short break and go "
                "back to the task without reminders, in three lessons a day."
            ),
            "G": (
                "The specialist nurse from Kestleigh Children's Hospital will train "
                "Oscar's class teacher and teaching assistant to spot the signs of a blocked "
                "tube in one 90-minute session in September 2026, and refresh the training in "
                "January 2027. If Oscar has a headache with sickness or sleepiness, his trained "
                "teaching assistant will follow his care plan and phone his parents straight "
                "away, for the 2026/27 school year. His class teacher will give him a two-minute "
                "break after every 15 minutes of work in lessons until July 2027."
            ),
        },
        tags=("clean", "neurosurgery", "jargon-explained", "paragraphs", "age-10"),
    ),
    Case(
        name="g-tracheostomy-explained-numbered",
        sections={
            "C": (
                "1. Amelie is 5 and breathes through a tracheostomy, a small tube in the front of "
                "her neck.\n"
                "2. The tube must be cleared of mucus with a suction machine several times a "
                "day, and it could block at any time.\n"
                "3. Amelie cannot use her voice while the tube is in, so she signs."
            ),
            "E": (
                "1. By July 2027, I will sign to an adult when my tube needs clearing, every "
                "time.\n"
                "2. By July 2027, I will use 50 signs in class to ask for things and answer "
                "questions, as counted by my teacher in the summer term."
            ),
            "G": (
                "1. A children's community nurse from the Dunsford Children's Community Nursing "
                "team will train and sign off three school staff in caring for Amelie's breathing "
                "tube, for three hours in August 2026 and for one hour every term after that, "
                "until July 2027.\n"
                "2. One of the three trained staff will be with Amelie at all times in school, "
                "and will clear her tube whenever she signs for it or it sounds blocked, for the "
                "2026/27 school year.\n"
                "3. A speech and language therapist from Dunsford Children's Therapy will teach "
                "Amelie and her class new signs for 30 minutes every week until July 2027."
            ),
        },
        tags=("clean", "complex-health", "jargon-explained", "numbered", "age-5"),
    ),
    Case(
        name="g-kidney-dialysis-timetable",
        sections={
            "C": (
                "Tobias is 13 and has kidney failure. He has dialysis, a treatment in which a "
                "machine cleans his blood, at Wymondley Hospital on three afternoons a week, so "
                "he misses those lessons. He is limited in how much he can drink each day."
            ),
            "E": (
                "By July 2027, I will complete the maths and science work from the afternoons I "
                "miss within one week, nine times out of ten.\n"
                "By July 2027, I will keep to my daily drinks limit at school on every school "
                "day, using my marked water bottle."
            ),
            "G": (
                "Tobias's head of year will arrange a teacher from the Wymondley Hospital School "
                "to teach him for one hour during each hospital treatment session, three times a "
                "week, "
                "for the 2026/27 school year. His form tutor, trained by the kidney nurse "
                "specialist at Wymondley Hospital, will fill his marked water bottle to the "
                "agreed level at registration every school day until July 2027. The kidney "
                "nurse specialist will meet his form tutor for 30 minutes once a term until July "
                "2027 to update the drinks plan."
            ),
        },
        tags=("clean", "renal", "paragraphs", "age-13"),
    ),
    Case(
        name="g-selective-mutism-bullets-age8",
        sections={
            "C": (
                "- Hana is 8 and has selective mutism, a type of anxiety in which a child cannot "
                "speak in some places, such as school, even though she talks freely at home.\n"
                "- Hana does not speak to any adult at school."
            ),
            "E": (
                "- By July 2027, I will say at least one word to my teaching assistant in our "
                "small-step sessions on four days out of five."
            ),
            "G": (
                "- A speech and language therapist from Fernholt Children's Speech Service will "
                "write a small-step talking plan and train Hana's teaching assistant for one "
                "hour in September 2026, then review the plan for 30 minutes every half term "
                "until July 2027.\n"
                "- Hana's teaching assistant, trained by the therapist, will do a 10-minute "
                "small-step session with Hana in a quiet room every school day until July 2027."
            ),
        },
        tags=("clean", "mental-health", "speech", "bullets", "age-8"),
    ),
    Case(
        name="g-c-only-no-health-needs-history-may",
        sections={
            "C": (
                "Elliot has no health needs relating to his special educational needs. He had "
                "his tonsils out in 2026 and has fully recovered. His parents may contact his GP "
                "if anything changes."
            ),
        },
        tags=("clean", "no-health-needs", "hedge-outside-g", "age-9"),
    ),
    Case(
        name="g-limb-loss-prosthesis-table",
        sections={
            "C": (
                "Marnie is 11. Her right leg was removed below the knee after a serious infection "
                "in 2026, and she now walks with an artificial leg. Her stump (the end of her "
                "leg) gets sore if she walks or stands for more than 20 minutes. She should "
                "not take part in contact sports until her surgeon agrees."
            ),
            "E": (
                "By July 2027, I will walk between all my lessons with my artificial leg and "
                "without crutches, on five days a week.\n"
                "By July 2027, I will take part in a full PE lesson, doing an activity agreed "
                "with my physiotherapist, in every PE lesson."
            ),
            "G": (
                "Provision | Who | How often | How long\n"
                "Walking and balance programme in school, 30 minutes | Physiotherapist, Tarrant "
                "Vale Limb Centre | every fortnight | until July 2027\n"
                "A seat near the door in every classroom so Marnie can rest her leg, and leaving "
                "each lesson 5 minutes early to avoid crowds | Head of Year 7 | every lesson | "
                "until "
                "July 2027\n"
                "Plan of PE activities agreed with the physiotherapist and updated | PE teacher | "
                "once every half term | until July 2027"
            ),
        },
        tags=("clean", "post-surgery", "limb-loss", "table", "hedge-outside-g", "age-11"),
    ),
    Case(
        name="g-brain-tumour-recovery-long",
        sections={
            "C": (
                "Seren is 14 and finished treatment for a brain tumour in June 2026. The "
                "treatment has left her very tired and her memory is weaker than before: she "
                "forgets instructions within a few minutes. She also has weakness in her left "
                "hand and cannot write quickly."
            ),
            "E": (
                "By July 2027, I will follow my written checklist to get ready for each lesson, "
                "without help, on four days out of five.\n"
                "By July 2027, I will attend school for at least 80 out of every 100 sessions.\n"
                "By July 2027, I will type my answers in all written tests and finish them in "
                "the time allowed."
            ),
            "G": (
                "Seren will attend school for mornings only from September to December 2026, "
                "then for full days from January 2027 if the Children's Cancer Outreach Nurse from "
                "Pellbrook Children's Cancer Centre agrees at her review in December 2026; her "
                "form tutor will plan the timetable with her each half term. Her teaching "
                "assistant, trained by the Pellbrook clinical psychologist, will go through "
                "Seren's written checklist with her for 5 minutes at the start of each lesson "
                "until July 2027. An occupational therapist from Pellbrook Children's Cancer "
                "Centre will set up a laptop for her tests and written work in September 2026 "
                "and check it with her once a term until July 2027."
            ),
        },
        tags=("clean", "oncology", "paragraphs", "age-14"),
    ),
    Case(
        name="g-g-only-bedwetting-older-child",
        sections={
            "G": (
                "Provision for the school residential trip, 12 to 16 April 2027:\n"
                "- The school nurse from the Calderwick School Nursing Service will meet Jude "
                "and his parents for 30 minutes once in March 2027 to plan for night-time "
                "wetting on the trip.\n"
                "- Jude's form tutor, trained by the school nurse, will wake Jude at 11pm and "
                "2am each night of the trip and keep his spare bedding private."
            ),
        },
        tags=("clean", "g-only", "continence", "bullets", "age-11"),
    ),
    Case(
        name="g-looked-after-attachment",
        sections={
            "C": (
                "Kacey is 9 and is a looked-after child living with foster carers in Hadley "
                "Moss. After a very difficult early life she finds it hard to trust adults and "
                "becomes very upset when her teacher is away. When she is upset she runs out of "
                "the classroom."
            ),
            "E": (
                "By July 2027, I will go to my safe space with my key adult instead of running "
                "out of class, four times out of five, as recorded by my key adult.\n"
                "By July 2027, I will stay in class on days when my teacher is away, with my "
                "key adult nearby, every time."
            ),
            "G": (
                "A clinical psychologist from the Hadley Moss Children in Care Health Team will "
                "meet Kacey's key adult and class teacher for one hour every month for the "
                "2026/27 school year to plan how to help Kacey feel safe. Kacey's key adult, a "
                "teaching assistant trained by the psychologist, will greet Kacey at the gate "
                "and check in with her for 10 minutes every morning, and will stay with her on "
                "any day her teacher is away, until July 2027."
            ),
        },
        tags=("clean", "looked-after", "mental-health", "paragraphs", "age-9"),
    ),
    Case(
        name="g-williams-syndrome-may-month",
        sections={
            "C": (
                "Ruben is 7 and has Williams syndrome, a rare genetic condition. He is very "
                "sensitive to loud noises such as hand dryers and the fire bell, and he screams "
                "and hides when he hears them."
            ),
            "E": (
                "By May 2027, I will stay in the hall for a whole 20-minute assembly wearing my "
                "ear defenders, on four days out of five."
            ),
            "G": (
                "From September 2026 to the end of May 2027, an occupational therapist from "
                "Stowbridge Children's Therapy will visit school once every half term for 45 "
                "minutes to update Ruben's noise plan. Ruben's teaching assistant, trained by "
                "the occupational therapist, will warn him before fire drills, give him his "
                "ear defenders and sit with him in every assembly until the end of May 2027."
            ),
        },
        tags=("clean", "rare-disease", "sensory", "month-may", "paragraphs", "age-7"),
    ),
    Case(
        name="g-e-only-young-person-college",
        sections={
            "E": (
                "- By June 2027, I will travel by bus from home to Ebbmoor College on my own, "
                "five days a week, and tell my tutor if anything goes wrong.\n"
                "- By June 2027, I will order my own repeat prescription from my GP using the "
                "app, each month, without help."
            ),
        },
        tags=("clean", "e-only", "preparing-for-adulthood", "bullets", "age-18"),
    ),
    Case(
        name="g-anorexia-return-to-school",
        sections={
            "C": (
                "Isobel is 15 and has anorexia nervosa, an eating disorder in which she eats too "
                "little and fears gaining weight. She was in Greyfriars Adolescent Unit from "
                "March to August 2026. She must eat a planned snack and lunch at school, and "
                "finds eating in front of others very hard."
            ),
            "E": (
                "By February 2027, I will eat my full planned snack and lunch at school on every "
                "school day for four weeks in a row, as recorded by my supervising adult."
            ),
            "G": (
                "A nurse from the Greyfriars Community Eating Disorders Service will train two "
                "named members of staff in supervising Isobel's meals, for 90 minutes in "
                "September 2026 and for 30 minutes every half term until February 2027. One of "
                "the two trained staff will sit with Isobel in a quiet room for her morning "
                "snack and for her lunch every school day until February 2027."
            ),
        },
        tags=("clean", "mental-health", "eating-disorder", "paragraphs", "age-15"),
    ),
    Case(
        name="g-achondroplasia-access-reach",
        sections={
            "C": (
                "- Finn is 6 and has achondroplasia, a genetic condition that means he is much "
                "shorter than other children and has short arms and legs.\n"
                "- Finn cannot reach the toilet, the sinks or the coat pegs by himself.\n"
                "- Sitting on a standard chair with his feet not touching the floor makes his "
                "back ache."
            ),
            "E": (
                "- By December 2026, I will use the toilet and wash my hands by myself, using my "
                "step, every time.\n"
                "- By December 2026, I will sit at my table with my feet on my footrest for a "
                "whole lesson without back pain, every day."
            ),
            "G": (
                "- An occupational therapist from Ravensworth Children's Therapy will assess the "
                "classroom and toilets in one two-hour visit in September 2026 and provide a "
                "step, a low coat peg and a chair with a footrest.\n"
                "- The occupational therapist will check the equipment with Finn for 30 minutes "
                "once a term until July 2027."
            ),
        },
        tags=("clean", "rare-disease", "jargon-explained", "bullets", "age-6"),
    ),
    Case(
        name="g-brain-injury-fatigue-young-person",
        sections={
            "C": (
                "Jamal is 17 and had a serious head injury in a road accident in February 2026. "
                "He now gets headaches and very tired after about two hours of study. He "
                "forgets what he has planned for the day."
            ),
            "E": (
                "By June 2027, I will study for two 50-minute blocks with a 20-minute rest "
                "between them, on four college days a week, without a headache stopping me.\n"
                "By June 2027, I will check my phone planner at the start of each college day "
                "and arrive at all my sessions on time in nine weeks out of ten."
            ),
            "G": (
                "An occupational therapist from the Beckhampton Children's Brain Injury Service "
                "will agree a study-and-rest timetable with Jamal and his personal tutor in one "
                "90-minute meeting in September 2026, and review it for 30 minutes every half "
                "term until June 2027. Jamal's personal tutor will check his phone planner with "
                "him for 10 minutes at the start of every college day until June 2027."
            ),
        },
        tags=("clean", "brain-injury", "young-person", "paragraphs", "age-17"),
    ),
    Case(
        name="g-vision-cane-long-cane-training",
        sections={
            "C": (
                "Aarav is 12 and is blind in both eyes. He is starting at Kittering Secondary "
                "School in September 2026 and does not yet know the building."
            ),
            "E": (
                "By December 2026, I will walk to all my classrooms, the canteen and the "
                "toilets with my long cane, on my own, every day."
            ),
            "G": (
                "A qualified mobility officer from the Kittering Sensory Support Service will "
                "teach Aarav his routes around the new school with his long cane for one hour "
                "twice a week from September to December 2026, and once a fortnight from "
                "January to July 2027."
            ),
        },
        tags=("clean", "sensory", "vision", "paragraphs", "age-12"),
    ),
    Case(
        name="g-chronic-fatigue-numbered-typo",
        sections={
            "C": (
                "Declan is 10 and has chronic fatigue syndrome, a long-term illness that causes "
                "extreme tiredness that does not get better with rest. He can manage about "
                "three hours of school a day. He gets very tired after walking between "
                "classrooms on the top floor."
            ),
            "E": (
                "1. By July 2027, I will attend school for three hours every weekday, and four "
                "hours on two days a week by the summer term.\n"
                "2. By July 2027, I will get to all my lessons without needing to rest on the "
                "way."
            ),
            "G": (
                "Provision for the 2026/27 school year:\n"
                "1. A paediatrician from the Ivelbury Childrens Fatigue Service will agree "
                "Declan's part-time timetable with school and his parents, and review it for 45 "
                "minutes once every half term.\n"
                "2. Declan's class teacher will move all his lessons to the ground floor from "
                "September 2026.\n"
                "3. Declan's teaching assistant, trained by the fatigue service, will give him a "
                "15-minute rest in the quiet room half way through each school day."
            ),
        },
        tags=("clean", "fatigue", "numbered", "typos", "age-10"),
    ),
    # ------------------------------------------------------------------ divided advice, clean
    Case(
        name="a-paediatrician-epilepsy-learning",
        kind="advice",
        sections={
            "needs": (
                "I saw Layla, aged 6, with her mother at Brackley Lane Child Development Centre "
                "on 14 October 2026. Layla has epilepsy. Her seizures are short staring spells "
                "of a few seconds, many times a day, and she misses what is said while they "
                "happen."
            ),
            "outcomes": (
                "By July 2027, I will follow a two-step instruction in class, with the adult "
                "repeating it after a staring spell, in 8 out of 10 tries."
            ),
            "provision": (
                "Layla's class teacher, trained by the children's epilepsy nurse from Brackley "
                "Lane Child Development Centre, will repeat any instruction Layla has missed "
                "during a staring spell and record the spells on a chart every school day, for "
                "the 2026/27 school year. The children's epilepsy nurse will visit school once a "
                "term for 45 minutes to review the chart with the class teacher until July 2027."
            ),
            "author": (
                "Dr Imogen Fairclough-Dyer, Consultant Community Paediatrician, Brackley Lane "
                "Child Development Centre, 21 October 2026"
            ),
        },
        tags=("clean", "epilepsy", "paediatrics", "age-6"),
    ),
    Case(
        name="a-physio-cp-teenager-walking",
        kind="advice",
        sections={
            "needs": (
                "Marcus is 14 and has cerebral palsy affecting both legs. He walks with two "
                "sticks indoors. His hamstrings (the muscles at the back of his thighs) are "
                "tight, which makes his steps shorter and tires him by the end of the day."
            ),
            "outcomes": (
                "By July 2027, I will walk from the main building to the science block, about "
                "150 metres, with my sticks in under four minutes, three times a week."
            ),
            "provision": (
                "- A physiotherapist from Garnet Hill Children's Physiotherapy will see Marcus "
                "in school for 45 minutes every fortnight for the 2026/27 school year.\n"
                "- A teaching assistant trained by the physiotherapist will supervise Marcus's "
                "15-minute stretching programme in the PE changing room every school day until "
                "July 2027."
            ),
            "author": (
                "Tomos Ridgeway-Pratt, Children's Physiotherapist, Garnet Hill Children's "
                "Physiotherapy, 2 November 2026"
            ),
        },
        tags=("clean", "cerebral-palsy", "physiotherapy", "jargon-explained", "age-14"),
    ),
    Case(
        name="a-salt-stammer-age9",
        kind="advice",
        sections={
            "needs": (
                "Bilal is 9 and has a stammer: he repeats and gets stuck on sounds, especially "
                "when he is asked to speak in front of the class. He now avoids answering "
                "questions in class."
            ),
            "outcomes": (
                "By July 2027, I will answer at least one question in front of the class every "
                "day, using my easy-start technique."
            ),
            "provision": (
                "A speech and language therapist from Ottersley Children's Speech Service will "
                "run six 45-minute sessions, one a week, with Bilal and his parents at Ottersley "
                "Clinic from January 2027, then see Bilal in school for 30 minutes once a "
                "half term until July 2027. Bilal's class teacher will give him extra time "
                "to answer and will not ask him to read aloud without warning, in every lesson "
                "until July 2027."
            ),
            "author": (
                "Rhiannon Appleby, Specialist Speech and Language Therapist, Ottersley "
                "Children's Speech Service, 9 December 2026"
            ),
        },
        tags=("clean", "speech", "age-9"),
    ),
    Case(
        name="a-dietitian-pku-expanded",
        kind="advice",
        sections={
            "needs": (
                "Anya, aged 8, has phenylketonuria (PKU), a rare inherited condition in which "
                "the body cannot break down part of the protein in food. She must follow a "
                "strict low-protein diet at every meal, including school lunches."
            ),
            "outcomes": (
                "By July 2027, I will choose the right low-protein lunch from the school menu by "
                "myself, using my PKU food card, on five days a week."
            ),
            "provision": (
                "A children's dietitian from the Harrowfield Children's Special Diets Team "
                "will meet the school cook and Anya's teaching assistant for one hour in "
                "September 2026 and for 30 minutes each term after that, until July 2027. The "
                "school cook, trained by the dietitian, will prepare Anya's low-protein lunch "
                "every school day until July 2027."
            ),
            "author": (
                "Hollie Marchetti, Children's Dietitian, Harrowfield Children's Special Diets "
                "Team, 30 September 2026"
            ),
        },
        tags=("clean", "rare-disease", "feeding", "acronym-expanded", "age-8"),
    ),
    Case(
        name="a-psychologist-ocd-spelled-out",
        kind="advice",
        sections={
            "needs": (
                "Jasper, aged 13, has obsessive compulsive disorder. He spends up to 20 minutes "
                "washing his hands after touching shared equipment, and this makes him late for "
                "his next lesson most days."
            ),
            "outcomes": (
                "By April 2027, I will wash my hands for less than two minutes after practical "
                "lessons and arrive at my next lesson on time on four days out of five."
            ),
            "provision": (
                "A clinical psychologist from the Lowfield Young People's Mental Health Service "
                "will give Jasper 50-minute talking therapy sessions every week for 16 weeks "
                "from October 2026. Jasper's head of year, trained by the psychologist, will "
                "meet him for 10 minutes every Monday until April 2027 to check his weekly "
                "practice goals."
            ),
            "author": (
                "Dr Saoirse Lindqvist, Clinical Psychologist, Lowfield Young People's Mental "
                "Health Service, 5 October 2026"
            ),
        },
        tags=("clean", "mental-health", "age-13"),
    ),
    Case(
        name="a-audiologist-one-sided-hearing-loss",
        kind="advice",
        sections={
            "needs": (
                "Callie is 5 and has no hearing in her left ear. She misses what is said on her "
                "left side and in noisy rooms."
            ),
            "outcomes": (
                "By July 2027, I will follow what my teacher says on the carpet, sitting on my "
                "teacher's left so my right ear is towards her, in 8 out of 10 carpet sessions."
            ),
            "provision": (
                "Callie's class teacher will seat her with her right ear towards the teacher and "
                "away from the door in every lesson, for the 2026/27 school year. A teacher of "
                "the deaf from the Ashcott Sensory Support Service will visit school once a term "
                "for one hour to check the seating and the classroom noise, until July 2027."
            ),
            "author": (
                "Neil Okonkwo, Children's Audiologist, Ashcott Community Hearing Service, 16 "
                "November 2026"
            ),
        },
        tags=("clean", "sensory", "hearing", "age-5"),
    ),
    Case(
        name="a-nurse-stoma-after-surgery",
        kind="advice",
        sections={
            "needs": (
                "Eddie is 7 and has Hirschsprung disease, a condition he was born with in which "
                "part of the bowel does not work. After an operation in June 2026 he has a "
                "stoma, an opening on his tummy where his poo goes into a bag. The bag needs "
                "emptying at school once or twice a day, and Eddie cannot yet do this himself."
            ),
            "outcomes": (
                "By July 2027, I will empty my own bag in the accessible toilet, with an adult "
                "checking, at least once every school day."
            ),
            "provision": (
                "A specialist nurse from Cheltham Children's Hospital will train two members of "
                "school staff to empty and change Eddie's bag in one two-hour session in "
                "September 2026, and refresh the training every term until July 2027. One of "
                "the two trained staff will help Eddie empty his bag in the accessible toilet "
                "at lunchtime and whenever it is half full, and will teach him to do it himself, "
                "every school day until July 2027."
            ),
            "author": (
                "Bryony Castellano, Children's Specialist Nurse, Cheltham Children's "
                "Hospital, 8 September 2026"
            ),
        },
        tags=("clean", "post-surgery", "continence", "jargon-explained", "age-7"),
    ),
    Case(
        name="a-ot-sensory-preschool",
        kind="advice",
        sections={
            "needs": (
                "Idris is 4 and autistic. He cannot stay at the nursery table for more than one "
                "minute and spends most of each session running and spinning."
            ),
            "outcomes": (
                "By July 2027, I will sit at the nursery table for a five-minute activity with "
                "my wobble cushion on four days a week."
            ),
            "provision": (
                "An occupational therapist from Kinver Heath Children's Therapy will write a "
                "movement plan for Idris and show his key worker how to use it, in one 90-minute "
                "visit in October 2026 and a 45-minute visit each half term until July 2027. "
                "Idris's key worker, trained by the occupational therapist, will give him a "
                "five-minute movement session before each table activity, every session he "
                "attends, until July 2027."
            ),
            "author": (
                "Greta Holmfirth, Children's Occupational Therapist, Kinver Heath Children's "
                "Therapy, 1 October 2026"
            ),
        },
        tags=("clean", "autism", "sensory", "early-years", "age-4"),
    ),
    Case(
        name="a-health-visitor-toddler-development",
        kind="advice",
        sections={
            "needs": (
                "Maisie is 2 years and 3 months old. She is not yet saying any words and points "
                "to show what she wants. She is not yet walking without holding on."
            ),
            "outcomes": (
                "By September 2027, I will use ten words or signs at my nursery to ask for food, "
                "toys and help.\n"
                "By September 2027, I will walk across the nursery room without holding on."
            ),
            "provision": (
                "A speech and language therapist from the Wellsby Early Years Speech Service "
                "will see Maisie and her key worker at nursery for 30 minutes every fortnight "
                "until September 2027. A physiotherapist from Wellsby Children's Physiotherapy "
                "will see Maisie at home for 45 minutes every month until September 2027. Her "
                "key worker, trained by both therapists, will practise words, signs and walking "
                "with Maisie for 10 minutes each session she attends until September 2027."
            ),
            "author": (
                "Paula Brightwell, Health Visitor, Wellsby Health Visiting Team, 3 June 2027"
            ),
        },
        tags=("clean", "early-years", "development", "age-2"),
    ),
    Case(
        name="a-ld-nurse-angelman-sleep-young-adult",
        kind="advice",
        sections={
            "needs": (
                "Harriet is 21 and has Angelman syndrome, a rare genetic condition that causes "
                "severe learning disability. She sleeps only four to five hours a night and is "
                "too tired to take part in the morning sessions at Hollybank College."
            ),
            "outcomes": (
                "By July 2028, I will take part in at least three of the five morning sessions "
                "at college each week."
            ),
            "provision": (
                "A learning disability nurse from the Hollybank Community Learning Disability "
                "Team will work with Harriet's family on a bedtime routine in 45-minute home "
                "visits every fortnight from January to June 2027. Harriet's support worker at "
                "Hollybank College, trained by the nurse, will record her alertness each morning "
                "session and send the record to the nurse every week until July 2028."
            ),
            "author": (
                "Joel Fennimore, Learning Disability Nurse, Hollybank Community Learning "
                "Disability Team, 11 December 2026"
            ),
        },
        tags=("clean", "rare-disease", "sleep", "young-person", "age-21"),
    ),
    Case(
        name="a-epilepsy-nurse-absence-explained",
        kind="advice",
        sections={
            "needs": (
                "Tallulah is 15 and has absence seizures (short blank spells lasting a few "
                "seconds, when she is not aware of what is happening). They happen up to ten "
                "times a day, and she misses parts of lessons and instructions in exams."
            ),
            "outcomes": (
                "By July 2027, I will have a copy of the main points of every lesson so that I "
                "can catch up on anything I missed during a blank spell, in all my subjects."
            ),
            "provision": (
                "Tallulah's subject teachers will give her a printed summary of each lesson at "
                "the end of the lesson, in every lesson for the 2026/27 school year. The "
                "children's epilepsy nurse from Fothergill Hospital will meet Tallulah and her "
                "head of year for 30 minutes once a term, until July 2027, to review the plan "
                "and her exam arrangements."
            ),
            "author": (
                "Priyanka Waddell, Children's Epilepsy Nurse Specialist, Fothergill Hospital, "
                "19 October 2026"
            ),
        },
        tags=("clean", "epilepsy", "jargon-explained", "age-15"),
    ),
    # ------------------------------------------------------------------ divided advice, faulty
    Case(
        name="a-no-author-line-otherwise-clean",
        kind="advice",
        sections={
            "needs": (
                "Reggie is 10 and wets himself in the day two or three times a week because he "
                "leaves it too late to go to the toilet."
            ),
            "outcomes": (
                "By April 2027, I will stay dry at school for four weeks in a row, using my "
                "watch alarm."
            ),
            "provision": (
                "Reggie's teaching assistant, trained by the school nurse from the Thorncombe "
                "School Nursing Service, will remind him to go to the toilet when his watch "
                "alarm goes off every two hours, every school day until April 2027."
            ),
        },
        expected=(("advice_no_author", "author", ""),),
        tags=("continence", "no-author", "age-10"),
    ),
    Case(
        name="a-author-missing-date",
        kind="advice",
        sections={
            "needs": (
                "Ciara, aged 12, has a condition that makes her bones break easily. She has had "
                "four broken bones in two years and cannot take part in contact games."
            ),
            "outcomes": (
                "By July 2027, I will take part in every PE lesson doing a safe activity from my "
                "PE plan."
            ),
            "provision": (
                "A physiotherapist from the Hollins Park Children's Therapy team will write a "
                "safe PE plan with Ciara's PE teacher in one 60-minute meeting in September 2026 "
                "and review it for 30 minutes every term until July 2027."
            ),
            "author": "Kate Brennock, Children's Physiotherapist, Hollins Park Children's Therapy",
        },
        expected=(
            (
                "advice_no_author",
                "author",
                "Kate Brennock, Children's Physiotherapist, Hollins Park Children's Therapy",
            ),
        ),
        tags=("rare-disease", "bones", "age-12"),
    ),
    Case(
        name="a-author-missing-name",
        kind="advice",
        sections={
            "needs": (
                "Rowan is 6 and was born with a cleft lip and palate (a gap in the lip and the "
                "roof of the mouth) that were repaired when he was a baby. His speech is nasal and "
                "hard to understand."
            ),
            "outcomes": (
                "By July 2027, I will say the s sound clearly at the start of words in 8 out of "
                "10 tries."
            ),
            "provision": (
                "A speech and language therapist from the Moorgate Cleft Team will see Rowan in "
                "school for 30 minutes every fortnight for the 2026/27 school year."
            ),
            "author": ("Speech and Language Therapist, Moorgate Cleft Team, 3 November 2026"),
        },
        expected=(
            (
                "advice_no_author",
                "author",
                "Speech and Language Therapist, Moorgate Cleft Team, 3 November 2026",
            ),
        ),
        tags=("cleft", "speech", "age-6"),
    ),
    Case(
        name="a-author-missing-role",
        kind="advice",
        sections={
            "needs": (
                "Nia is 16 and has type 1 diabetes. She often misses her lunchtime blood sugar "
                "check because she does not want to leave her friends."
            ),
            "outcomes": (
                "By March 2027, I will do my lunchtime blood sugar check on every school day "
                "for a month."
            ),
            "provision": (
                "A children's diabetes nurse from the Amberwell Diabetes Team will meet Nia for "
                "30 minutes every month until March 2027 to plan her checks. Her head of year "
                "will let Nia use the medical room with one friend at lunchtime every school "
                "day until March 2027."
            ),
            "author": "Dr Philippa Amadi, Amberwell Diabetes Team, 12 October 2026",
        },
        expected=(
            (
                "advice_no_author",
                "author",
                "Dr Philippa Amadi, Amberwell Diabetes Team, 12 October 2026",
            ),
        ),
        tags=("diabetes", "age-16"),
    ),
    Case(
        name="a-paediatrician-asd-hypotonia",
        kind="advice",
        sections={
            "needs": (
                "Yusuf is 5 and was diagnosed with ASD in May 2026. He has hypotonia and tires "
                "quickly when sitting on the carpet. He does not yet respond to his name in "
                "class."
            ),
            "outcomes": (
                "By July 2027, I will sit on my supportive chair for a 10-minute carpet session "
                "on four days a week.\n"
                "By July 2027, I will look up or come over when my teacher calls my name, in 8 "
                "out of 10 tries."
            ),
            "provision": (
                "An occupational therapist from Thistlecombe Children's Therapy will provide a "
                "supportive chair for carpet time and check it once a term, for the 2026/27 "
                "school year. Yusuf's teaching assistant, trained by the Thistlecombe autism "
                "outreach team, will practise name games with him for 10 minutes every school "
                "day until July 2027."
            ),
            "author": (
                "Dr Cormac Adeyemi, Consultant Paediatrician, Thistlecombe Child Development "
                "Centre, 4 September 2026"
            ),
        },
        expected=(
            ("acronym", "needs", "ASD"),
            ("jargon", "needs", "hypotonia"),
        ),
        tags=("autism", "paediatrics", "age-5"),
    ),
    Case(
        name="a-neurologist-drug-names-list",
        kind="advice",
        sections={
            "needs": (
                "Kezia is 11 and has epilepsy that is hard to control. Her current medicines "
                "are lamotrigine and Keppra. She is drowsy in the first two lessons of the day "
                "and finds it hard to take in new learning then."
            ),
            "outcomes": (
                "By July 2027, I will have maths and English after 11am on four days a week and "
                "finish the set work in 8 out of 10 of those lessons."
            ),
            "provision": (
                "Kezia's head of year will arrange her timetable so that maths and English are "
                "taught after 11am on at least four days a week, for the 2026/27 school year. "
                "The children's epilepsy nurse from Haverleigh Hospital will review the "
                "timetable with her head of year once a term for 30 minutes until July 2027."
            ),
            "author": (
                "Dr Anselm Brookfield, Consultant Paediatric Neurologist, Haverleigh Hospital, "
                "28 September 2026"
            ),
        },
        expected=(
            ("drug_name", "needs", "lamotrigine"),
            ("drug_name", "needs", "Keppra"),
        ),
        tags=("epilepsy", "age-11"),
    ),
    Case(
        name="a-ot-would-benefit-access-where-possible",
        kind="advice",
        sections={
            "needs": (
                "Oliwia is 7 and finds it very hard to hold a pencil and to do up buttons and "
                "zips, so she takes much longer than her classmates to write and to change for "
                "PE."
            ),
            "outcomes": (
                "By July 2027, I will write my name and a short sentence that my teacher can "
                "read, in 4 out of 5 tries.\n"
                "By July 2027, I will change for PE by myself in 10 minutes or less."
            ),
            "provision": (
                "Oliwia would benefit from access to an occupational therapist where possible. "
                "Her teaching assistant, trained by the occupational therapist, will practise "
                "pencil grip and dressing skills with her for 15 minutes every school day for "
                "the 2026/27 school year."
            ),
            "author": (
                "Sunita Varley-Hume, Children's Occupational Therapist, Pennard Community "
                "Children's Therapy, 7 October 2026"
            ),
        },
        expected=(
            ("unspecified_provision", "provision", "would benefit from"),
            ("unspecified_provision", "provision", "access to"),
            ("unspecified_provision", "provision", "where possible"),
            (
                "no_frequency",
                "provision",
                "Oliwia would benefit from access to an occupational therapist where possible",
            ),
            (
                "no_duration",
                "provision",
                "Oliwia would benefit from access to an occupational therapist where possible",
            ),
        ),
        tags=("coordination", "age-7"),
    ),
    Case(
        name="a-physio-need-without-provision",
        kind="advice",
        sections={
            "needs": (
                "- Eli is 9 and has muscular weakness from a rare muscle condition.\n"
                "- He cannot climb the stairs to the first-floor classrooms.\n"
                "- He gets pain in his hips after sitting on the floor for assembly."
            ),
            "outcomes": (
                "- By July 2027, I will get to every first-floor lesson on time using the lift."
            ),
            "provision": (
                "- The school business manager will give Eli and one friend a lift key and check "
                "the lift works at the start of each school day, for the 2026/27 school year."
            ),
            "author": (
                "Lorna Pettigrew, Children's Physiotherapist, Abbotsmere Children's Muscle "
                "Service, "
                "25 September 2026"
            ),
        },
        expected=(
            (
                "golden_thread",
                "needs",
                "He gets pain in his hips after sitting on the floor for assembly",
            ),
        ),
        tags=("neuromuscular", "bullets", "age-9"),
    ),
    Case(
        name="a-nurse-outcomes-not-smart",
        kind="advice",
        sections={
            "needs": (
                "Saffron is 13 and has severe asthma. She misses about one day of school in "
                "every five because of her asthma, and she avoids PE because it makes her "
                "breathless."
            ),
            "outcomes": ("Saffron will attend school more.\nSaffron will feel confident in PE."),
            "provision": (
                "The school nurse from the Marrowby School Nursing Service will check Saffron's "
                "inhaler technique and asthma plan with her for 20 minutes every half term, for "
                "the 2026/27 school year. Her PE teacher, trained by the school nurse, will make "
                "sure Saffron uses her inhaler before every PE lesson and rests whenever she is "
                "breathless, until July 2027."
            ),
            "author": (
                "Amira Castlemaine, School Nurse, Marrowby School Nursing Service, 13 November 2026"
            ),
        },
        expected=(
            ("outcome_not_smart", "outcomes", "Saffron will attend school more"),
            ("outcome_not_smart", "outcomes", "Saffron will feel confident in PE"),
        ),
        tags=("respiratory", "age-13"),
    ),
    Case(
        name="a-passive-should-daily-exercises",
        kind="advice",
        sections={
            "needs": (
                "Barnaby is 8 and has a tight left calf after an operation on his foot in July "
                "2026. He walks on his toes on that side and trips often."
            ),
            "outcomes": (
                "By March 2027, I will walk with my whole foot on the floor from my classroom to "
                "the playground without tripping, on four days a week."
            ),
            "provision": (
                "A programme of calf stretches should be carried out daily in school. A "
                "physiotherapist from Winterbourne Children's Physiotherapy will review the "
                "programme in school for 30 minutes once a month until March 2027."
            ),
            "author": (
                "Ffion Harcourt, Children's Physiotherapist, Winterbourne Children's "
                "Physiotherapy, 18 September 2026"
            ),
        },
        expected=(
            ("unspecified_provision", "provision", "should"),
            (
                "no_provider",
                "provision",
                "A programme of calf stretches should be carried out daily in school",
            ),
            (
                "no_duration",
                "provision",
                "A programme of calf stretches should be carried out daily in school",
            ),
        ),
        tags=("post-surgery", "orthopaedics", "age-8"),
    ),
    Case(
        name="a-no-author-acronym-and-brand",
        kind="advice",
        sections={
            "needs": (
                "Leon is 12 and has ADHD. He sleeps only four hours most nights. He takes "
                "Xaggitin in the morning. He cannot stay on task for more than five minutes in "
                "lessons."
            ),
            "outcomes": (
                "By July 2027, I will finish a 15-minute task in class with one reminder, in "
                "three lessons a day."
            ),
            "provision": (
                "Leon's form tutor will give him a task checklist at the start of every lesson "
                "and check it with him at the end of each school day, for the 2026/27 school "
                "year. A nurse from the Coppice Lane ADHD Service will review Leon's plan with "
                "his form tutor for 30 minutes every term until July 2027."
            ),
        },
        expected=(
            ("acronym", "needs", "ADHD"),
            ("drug_name", "needs", "Xaggitin"),
            ("golden_thread", "needs", "He sleeps only four hours most nights"),
            ("advice_no_author", "author", ""),
        ),
        tags=("adhd", "no-author", "good-and-bad", "age-12"),
    ),
    Case(
        name="a-nurse-visits-unquantified",
        kind="advice",
        sections={
            "needs": (
                "Ezra is 3 and has a rare heart and lung condition. He needs breathing support "
                "through a mask when he sleeps at nursery, and his breathing must be watched "
                "closely while he naps."
            ),
            "outcomes": (
                "By July 2027, I will have my nap at nursery every day I attend with my mask "
                "fitted correctly and a trained adult with me."
            ),
            "provision": (
                "A children's community nurse from the Ormsby Fold Children's Community Nursing "
                "team will visit nursery to train staff. Ezra's key worker, trained by the "
                "children's community nurse, will fit his mask and stay with him for every nap "
                "at nursery until he starts school in September 2027."
            ),
            "author": (
                "Delyth Marchbank, Children's Community Nurse, Ormsby Fold Children's Community "
                "Nursing, 6 January 2027"
            ),
        },
        expected=(
            (
                "no_frequency",
                "provision",
                "A children's community nurse from the Ormsby Fold Children's Community Nursing "
                "team will visit nursery to train staff",
            ),
            (
                "no_duration",
                "provision",
                "A children's community nurse from the Ormsby Fold Children's Community Nursing "
                "team will visit nursery to train staff",
            ),
        ),
        tags=("complex-health", "early-years", "age-3"),
    ),
    Case(
        name="a-enuresis-jargon-author-no-date",
        kind="advice",
        sections={
            "needs": (
                "Ayesha is 11 and has enuresis at night. She is very worried about the school's "
                "two-night residential trip in June 2027 and says she will not go."
            ),
            "outcomes": (
                "By June 2027, I will go on the school residential trip and stay both nights."
            ),
            "provision": (
                "The school nurse from the Greyhollow School Nursing Service will meet Ayesha and "
                "her parents for 30 minutes every month from January to May 2027 to plan for "
                "the trip. Her class teacher, trained by the school nurse, will wake her once "
                "each night of the trip and keep spare bedding private."
            ),
            "author": "Moira Quennell, School Nurse, Greyhollow School Nursing Service",
        },
        expected=(
            ("jargon", "needs", "enuresis"),
            (
                "advice_no_author",
                "author",
                "Moira Quennell, School Nurse, Greyhollow School Nursing Service",
            ),
        ),
        tags=("continence", "age-11"),
    ),
    # ------------------------------------------------------------------ undivided advice
    Case(
        name="u-paediatric-letter-clean",
        kind="advice",
        sections={
            "advice": (
                "Dear Ms Halloran,\n\n"
                "Thank you for asking for health advice about Jonty, aged 6. I saw Jonty and his "
                "father at Fenmoor Child Development Centre on 3 November 2026. Jonty has a "
                "rare condition called Sotos syndrome, which means he is tall for his age and "
                "his learning and coordination are behind those of other children. He is "
                "otherwise well. He has his hearing and eyes checked once a year, and both "
                "were normal in October 2026. His class teacher may find it helpful to give "
                "him instructions one step at a time, and a physiotherapist will see him as "
                "required.\n\n"
                "Dr Lucinda Marwood, Consultant Community Paediatrician, 10 November 2026"
            ),
        },
        tags=("clean", "undivided", "rare-disease", "vague-but-undivided", "age-6"),
    ),
    Case(
        name="u-salt-report-clean-expanded",
        kind="advice",
        sections={
            "advice": (
                "Speech and language therapy advice for Poppy-Mae, aged 4.\n"
                "Poppy-Mae has developmental language disorder (DLD): she understands far less "
                "of what is said to her than other children of her age, and she uses short "
                "sentences of two or three words. At nursery she follows routines by watching "
                "other children. I recommend that her key worker uses short sentences and "
                "pictures, and that I see her at nursery for 30 minutes every fortnight until "
                "she starts school. DLD is lifelong, but children make good progress with the "
                "right help.\n"
                "Written by Magda Ellingworth, Speech and Language Therapist, Larchfield "
                "Children's Speech Service, 22 February 2027."
            ),
        },
        tags=("clean", "undivided", "speech", "acronym-expanded", "age-4"),
    ),
    Case(
        name="u-camhs-letter-clean-plain",
        kind="advice",
        sections={
            "advice": (
                "Health advice for Kit, aged 16, from the Saltash Vale Young People's Mental "
                "Health Service.\n"
                "Kit has been seeing me for low mood and worry since September 2026. Kit "
                "finds crowded corridors and the canteen very stressful and has missed many "
                "lessons this term. Kit should be allowed to leave lessons five minutes early "
                "and to eat lunch in the library. I will continue to see Kit every fortnight "
                "until the end of March 2027.\n"
                "Esme Dunsford-Reid, Mental Health Practitioner, 8 December 2026."
            ),
        },
        tags=("clean", "undivided", "mental-health", "hedge-outside-divided", "age-16"),
    ),
    Case(
        name="u-letter-acronyms-and-drug",
        kind="advice",
        sections={
            "advice": (
                "Re: Jayden, aged 9\n"
                "Jayden is known to the CDC with a diagnosis of ASD and ADHD. He takes "
                "guanfacine each evening. He struggles in busy, noisy spaces and needs a quiet "
                "place to calm. He would benefit from OT input. He is otherwise fit and well.\n"
                "Dr Rafael Underhill, Associate Specialist in Community Paediatrics, 2 October "
                "2026"
            ),
        },
        expected=(
            ("acronym", "advice", "CDC"),
            ("acronym", "advice", "ASD"),
            ("acronym", "advice", "ADHD"),
            ("drug_name", "advice", "guanfacine"),
            ("acronym", "advice", "OT"),
        ),
        tags=("undivided", "autism", "adhd", "age-9"),
    ),
    Case(
        name="u-clinic-letter-jargon-heavy",
        kind="advice",
        sections={
            "advice": (
                "Clinic letter copied as health advice.\n"
                "Seen with mum. Ffion, aged 12, has spastic diplegia secondary to "
                "periventricular leukomalacia. On examination she has bilateral equinus and "
                "reduced hip abduction. She mobilises with a posterior walker indoors. Plan: "
                "continue physiotherapy and review in my clinic in six months.\n"
                "Mr Gideon Ashworth, Consultant Surgeon, Kelderby Hospital, 15 "
                "January 2027"
            ),
        },
        expected=(
            ("jargon", "advice", "spastic"),
            ("jargon", "advice", "diplegia"),
            ("jargon", "advice", "periventricular"),
            ("jargon", "advice", "leukomalacia"),
            ("jargon", "advice", "bilateral"),
            ("jargon", "advice", "equinus"),
            ("jargon", "advice", "abduction"),
            ("jargon", "advice", "mobilises"),
            ("jargon", "advice", "posterior"),
        ),
        tags=("undivided", "cerebral-palsy", "clinic-letter", "age-12"),
    ),
    Case(
        name="u-feeding-letter-lowercase-brand",
        kind="advice",
        sections={
            "advice": (
                "Feeding advice for Sami, aged 3, who has a rare genetic condition and weak "
                "swallowing. Sami's drinks must be thickened to a syrup-like thickness with the "
                "thickener his GP prescribes. He has laxido each morning for constipation and "
                "lansoprazole for tummy acid. His key "
                "worker at Bramble Lane Nursery has been trained to feed him upright, one small "
                "spoonful at a time, and I will review this at nursery every two months until "
                "he starts school.\n"
                "Orla Pennington, Speech and Language Therapist, Bramble Lane Children's "
                "Eating and Drinking Service, 26 April 2027"
            ),
        },
        expected=(
            ("drug_name", "advice", "laxido"),
            ("drug_name", "advice", "lansoprazole"),
        ),
        tags=("undivided", "feeding", "typos", "age-3"),
    ),
]
