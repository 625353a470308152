"""Blind set 2026-12e: EHC plan health sections and health advice, labelled by hand.

Written from the domain notes and the labelling conventions only, without reading the
checks. All names, places and details are invented.
"""

from ..cases import Case

BLIND: list[Case] = []

# Part 1
BLIND += [
    Case(
        name="asd-primary-salt-ot-clean",
        sections={
            "C": """Noah (age 7) is autistic. He was diagnosed by the Ashcombe Child Development Centre in 2023.
Health needs:
1. Noah has delayed speech and language: he uses two- to three-word phrases and finds it hard to follow instructions with more than one step.
2. Noah is very sensitive to noise and to the feel of some clothes and foods, which leaves him distressed several times a day.
Noah had grommets (tiny tubes in the eardrums) fitted in 2022; his hearing was retested in March 2026 and is normal.""",
            "E": """By the end of Year 3 (July 2027), Noah will follow a two-step spoken instruction in class on 4 out of 5 occasions, as recorded by his class teacher.
By the end of the spring term 2027, Noah will use his ear defenders or ask for a break with a picture card, without adult prompting, in 3 out of 4 noisy situations each week.""",
            "G": """SPEECH AND LANGUAGE
A speech and language therapist from the Westmoor Children's Therapy Service will see Noah in school for a 45-minute session once every half term for the 2026/27 school year, to set targets and model strategies to his teaching assistant.
The teaching assistant, trained by the therapist in the first session, will deliver a 15-minute language group with Noah and two peers three times a week for the 2026/27 school year.
SENSORY NEEDS
An occupational therapist from the same service will carry out one 90-minute sensory assessment in school in September 2026 and write a sensory plan for the class.
Noah's class teacher will follow the sensory plan daily, including a 5-minute movement break every hour, for the 2026/27 school year; the occupational therapist will review the plan once in May 2027.""",
        },
        tags=("clean", "autism", "age-7", "headings", "trap-may-month", "trap-history"),
    ),
    Case(
        name="cp-diplegia-access-as-required",
        sections={
            "C": """Amira (9) has cerebral palsy affecting both legs. She walks short distances with a wheeled walking frame and uses a wheelchair for longer distances.
She has hypertonia in both calves and needs daily stretches to keep her ankles moving.
She tires quickly by the afternoon and finds it hard to concentrate after lunch.""",
            "E": """By July 2027 Amira will walk from her classroom to the hall with her walking frame in under 3 minutes on 4 days out of 5.
By July 2027 Amira will keep the movement in her ankles at least at its September 2026 range, measured by her physiotherapist each term.
Amira will manage her tiredness better.""",
            "G": """Amira will have access to the physiotherapist as required.
Her teaching assistant will carry out a 15-minute stretching programme every day for the 2026/27 school year, after being trained by the physiotherapist from Holtby Community Children's Services in September 2026.""",
        },
        expected=(
            ("jargon", "C", "hypertonia"),
            ("golden_thread", "C", "She tires quickly by the afternoon and finds it hard to concentrate after lunch."),
            ("outcome_not_smart", "E", "Amira will manage her tiredness better."),
            ("unspecified_provision", "G", "access to"),
            ("unspecified_provision", "G", "as required"),
            ("no_frequency", "G", "Amira will have access to the physiotherapist as required."),
            ("no_duration", "G", "Amira will have access to the physiotherapist as required."),
        ),
        tags=("cerebral-palsy", "age-9", "mixed-good-bad"),
    ),
    Case(
        name="t1d-secondary-sensor-clean",
        sections={
            "C": """Grace (13) has type 1 diabetes, diagnosed in 2021. She wears a glucose sensor and a pump. Her blood glucose can drop too low (a 'hypo') or run high, which affects her concentration, especially in PE and before lunch.
Grace needs her blood glucose checked and acted on during the school day.
She can miss lessons when her levels are out of range and needs help to catch up.""",
            "E": """By the end of Year 8 (July 2027), Grace will check her own sensor reading before PE and lunch and tell an adult when it is below 4, on every school day, as recorded in her diabetes log.
By Easter 2027, Grace will attend at least 95% of her timetabled lessons, with missed work caught up within a week.""",
            "G": """The Paediatric Diabetes Team at Kestrel Valley Hospital will train three named members of school staff (the school nurse, a learning support assistant and the PE teacher) in one 2-hour session in September 2026, with a 1-hour refresher in January 2027.
One of these trained staff will check Grace's sensor with her before morning break, before lunch and before PE every school day for the 2026/27 school year.
If her reading is below 4, the trained member of staff will give her fast-acting sugar, recheck after 15 minutes and follow the written care plan.
Her form tutor will meet Grace for 15 minutes each Friday for the 2026/27 school year to plan catch-up work for any lessons she has missed.
The diabetes specialist nurse will visit school once a term for the 2026/27 school year to review the care plan with Grace, her parents and the special educational needs co-ordinator (SENCo).""",
        },
        tags=("clean", "diabetes", "age-13", "trap-conditional", "trap-one-off"),
    ),
    Case(
        name="epilepsy-rescue-by-an-adult",
        sections={
            "C": """Leo (6) has epilepsy. Most of his seizures are short staring spells, but about once a month he has a seizure where he falls and shakes all over. His seizures are more likely when he is tired or unwell.
After a big seizure he sleeps for up to two hours and cannot learn for the rest of the day.
As a baby Leo had fits with high temperatures; these stopped when he was 3.""",
            "E": """By July 2027, Leo will tell an adult or show his help card when he feels a seizure starting, on 3 out of 4 occasions recorded in his seizure diary.
By July 2027, Leo will return to his usual learning by the next school day after a seizure on 4 out of 5 occasions.""",
            "G": """All provision runs until the end of Key Stage 1.
If a seizure lasts longer than 5 minutes, an adult will give the prescribed rescue medication and call 999.
After any seizure, Leo will rest in the medical room, and his class teacher will give him a short catch-up task the next morning.
The Epilepsy Specialist Nurse from Brackenfield Children's Hospital will provide training for staff.""",
        },
        expected=(
            ("no_provider", "G", "If a seizure lasts longer than 5 minutes, an adult will give the prescribed rescue medication and call 999."),
            ("no_frequency", "G", "The Epilepsy Specialist Nurse from Brackenfield Children's Hospital will provide training for staff."),
        ),
        tags=("epilepsy", "age-6", "trap-section-period"),
    ),
    Case(
        name="down-syndrome-dysphagia-table-clean",
        sections={
            "C": """Isla (4) has Down syndrome. She has difficulty swallowing safely (dysphagia): thin drinks can go into her airway and make her cough or choke.
She also has low muscle tone, which makes sitting upright at the table tiring.
Isla had heart surgery as a baby; the heart team discharged her in 2024 and this is not a current need.""",
            "E": """By the end of the summer term 2027, Isla will drink thickened drinks from her open cup with no coughing at 9 out of 10 snack and lunch times, as recorded in her eating and drinking log.
By the end of the summer term 2027, Isla will sit at the snack table in her supportive chair for 10 minutes at each snack time.""",
            "G": """Need | Provision | Who | How often
Safe eating and drinking | Assessment of eating and drinking at nursery and a written eating and drinking plan | Speech and language therapist (specialist in eating and drinking), Fernhill Community Health | One 90-minute visit in September 2026, reviewed at a 60-minute visit in February 2027
Safe eating and drinking | Drinks thickened and food prepared as in the plan; Isla supervised throughout every snack and lunch | Her key worker, trained by the speech and language therapist at the September visit | At every snack and meal, until she starts school in September 2027
Sitting and posture | Supportive chair set up and checked; programme of 3 sitting exercises | Children's physiotherapist, Fernhill Community Health | Set up in one visit in September 2026, then a 30-minute review each half term until September 2027
Sitting and posture | Sitting exercises from the programme | Her key worker, trained by the physiotherapist | 10 minutes each morning session, until September 2027""",
        },
        tags=("clean", "down-syndrome", "dysphagia", "age-4", "table", "trap-history", "trap-lay-clinical-thread"),
    ),
    Case(
        name="adhd-advice-brand-and-where-possible",
        kind="advice",
        sections={
            "needs": """Kai is 10 and was diagnosed with ADHD in 2024. He finds it hard to sit still, to wait his turn and to keep his attention on a task for more than a few minutes. He started Equasym in the mornings in January 2026; it helps in the mornings but wears off by early afternoon.""",
            "outcomes": """By the end of Year 6, Kai will complete a 15-minute independent writing task with no more than two reminders, on 4 out of 5 days.
Kai will be able to concentrate better in the afternoons.""",
            "provision": """I recommend that school provide movement breaks where possible.
His class teacher will seat him near the front, away from the door, in every lesson for the rest of Year 6.""",
            "author": """Dr Hannah Oduya, Community Paediatrician, Sallowmere Child Health Service, 12 October 2026""",
        },
        expected=(
            ("acronym", "needs", "ADHD"),
            ("drug_name", "needs", "Equasym"),
            ("outcome_not_smart", "outcomes", "Kai will be able to concentrate better in the afternoons."),
            ("unspecified_provision", "provision", "where possible"),
            ("no_frequency", "provision", "I recommend that school provide movement breaks where possible."),
            ("no_duration", "provision", "I recommend that school provide movement breaks where possible."),
            ("no_provider", "provision", "I recommend that school provide movement breaks where possible."),
        ),
        tags=("adhd", "age-10", "first-person"),
    ),
    Case(
        name="hearing-audiology-advice-clean",
        kind="advice",
        sections={
            "needs": """Maisie is 5. She has a permanent moderate hearing loss in both ears, found at her newborn hearing screen, and wears two hearing aids. In a quiet room she hears speech well with her aids; in a noisy classroom she misses much of what is said, especially from across the room.""",
            "outcomes": """By the end of Year 1 (July 2027), Maisie will put in her own hearing aids and tell an adult if one is not working, every school day, as recorded in her home-school book.
By the end of Year 1, Maisie will repeat back a spoken instruction given from across the classroom correctly on 4 out of 5 checks made by her class teacher.""",
            "provision": """1. The Paediatric Audiology Service at Ravensby General Hospital will see Maisie in clinic every 6 months until she is 7 to check her hearing and adjust her hearing aids.
2. The audiologist will set up a radio aid (a microphone the teacher wears that sends her voice straight to Maisie's hearing aids) in one 1-hour visit to school in September 2026.
3. Her class teacher, shown how to use it at that visit, will wear the radio aid in all teaching sessions for the 2026/27 school year.
4. Her teaching assistant, trained by the audiologist at the same visit, will check her hearing aids and radio aid each morning when she arrives, for the 2026/27 school year.""",
            "author": """Written by Tom Achebe, Clinical Scientist (Audiology), registered with the Health and Care Professions Council, Ravensby General Hospital, 3 November 2026""",
        },
        tags=("clean", "hearing", "age-5", "numbered-list"),
    ),
    Case(
        name="gastrostomy-staff-untrained",
        sections={
            "C": """Ben (11) has a severe learning disability and quadriplegic cerebral palsy. He cannot eat by mouth safely and has all his food and fluids through a gastrostomy (a tube into his stomach).
He often brings up his feeds and can vomit after them.
He cannot change position himself and needs moving every 2 hours to protect his skin.""",
            "E": """By July 2027, Ben will show he is ready for his feed by looking at his feed symbol card, at 3 out of 5 feeds each week.
By July 2027, Ben will have no pressure sores, checked each half term by the school nurse.""",
            "G": """This provision is for the 2026/27 school year.
Staff will give Ben's tube feeds at 10.30 and 12.30 each school day, following the dietitian's feeding plan.
The Children's Community Nursing team will train two named teaching assistants in tube feeding in one 3-hour session in September 2026 and check their competence each term.
Staff will reposition Ben every 2 hours.""",
        },
        expected=(
            ("jargon", "C", "quadriplegic"),
            ("golden_thread", "C", "He often brings up his feeds and can vomit after them."),
            ("no_provider", "G", "Staff will give Ben's tube feeds at 10.30 and 12.30 each school day, following the dietitian's feeding plan."),
            ("no_provider", "G", "Staff will reposition Ben every 2 hours."),
        ),
        tags=("gastrostomy", "cerebral-palsy", "age-11", "trap-section-period"),
    ),
    Case(
        name="asthma-inhaler-clean",
        sections={
            "C": """Theo (8) has asthma. It is usually well controlled, but cold air, exercise and colds can set it off, and he missed 14 school days last year through chest infections.
He needs his reliever inhaler with him in school and may need help to use his spacer correctly when he is breathless.""",
            "E": """By the end of the spring term 2027, Theo will tell an adult when he is wheezy and use his inhaler and spacer correctly without help, on every occasion recorded in the school inhaler log.
By July 2027, Theo's attendance will be at least 93%.""",
            "G": """All provision is for the 2026/27 school year.
The school nurse from the Meadowbank 0-19 Service will train Theo's class teacher and teaching assistant in asthma care and use of the spacer in one 45-minute session in September 2026.
Theo's inhaler and spacer will be kept in his classroom; if he is wheezy, coughing or short of breath, his trained teaching assistant will supervise him taking 2 puffs through the spacer and record it in the inhaler log.
Before PE each week, his class teacher will check with Theo whether his asthma plan says he needs his inhaler first.
The school nurse will review his asthma plan with his parents once in the autumn term and once in May 2027.""",
        },
        tags=("clean", "asthma", "age-8", "trap-may-in-c", "trap-may-month", "trap-section-period"),
    ),
    Case(
        name="sickle-cell-advice-unnamed-author",
        kind="advice",
        sections={
            "needs": """Precious is 12 and has sickle cell disease. She has vaso-occlusive crises, most often after getting cold, not drinking enough or being very tired, and she was admitted to hospital twice this year. She takes hydroxycarbamide daily. She has missed 30 school days since September.""",
            "outcomes": """By the end of Year 7, Precious will drink at least 1.5 litres of water during the school day, checked against her bottle chart, on 4 days out of 5.
Precious will miss less school.""",
            "provision": """All her subject teachers will let Precious carry a water bottle and leave for the toilet without asking, in every lesson, for the 2026/27 school year.
The school will offer support as needed with catch-up work after absences.""",
            "author": """Sickle cell specialist nurse, Orchard Lane Sickle Cell Centre, 20 September 2026""",
        },
        expected=(
            ("jargon", "needs", "vaso-occlusive"),
            ("drug_name", "needs", "hydroxycarbamide"),
            ("outcome_not_smart", "outcomes", "Precious will miss less school."),
            ("unspecified_provision", "provision", "support as needed"),
            ("no_frequency", "provision", "The school will offer support as needed with catch-up work after absences."),
            ("no_duration", "provision", "The school will offer support as needed with catch-up work after absences."),
            ("no_provider", "provision", "The school will offer support as needed with catch-up work after absences."),
            ("advice_no_author", "author", "Sickle cell specialist nurse, Orchard Lane Sickle Cell Centre, 20 September 2026"),
        ),
        tags=("sickle-cell", "age-12"),
    ),
    Case(
        name="dmd-typical-day-paragraph-clean",
        sections={
            "C": """Callum (12) has Duchenne muscular dystrophy, a condition that makes his muscles weaker over time. He uses a powered wheelchair all day. He cannot stand to move in and out of his chair and needs a hoist and two adults for every transfer, including for the toilet.
His hands tire quickly when he writes.
His heart and breathing are checked in hospital by the muscle team at Pendle Cross Hospital every 6 months; these checks are not a need in school.""",
            "E": """By the end of Year 8 (July 2027), Callum will direct the two staff during every hoist transfer, telling them when he is ready and how he wants to be positioned, as recorded in his personal care log.
By the end of the spring term 2027, Callum will produce a full side of writing in English lessons using speech-to-text software, in 3 out of 4 lessons.""",
            "G": """All provision in this section is for the 2026/27 school year. Callum arrives by accessible taxi at 8.40. At every transfer through the day (out of his wheelchair for the toilet at morning break, at lunch and at the end of the day) two learning support assistants, trained in moving and handling by the occupational therapist from Pendle Cross Children's Therapies in one 2-hour session in September 2026, will use the ceiling hoist following his written moving and handling plan. The occupational therapist will review the hoist and his seating once each term. In English, science and humanities lessons Callum will use speech-to-text software on a school laptop, which the occupational therapist will set up in one 1-hour session in September 2026; his subject teachers will give him printed notes in every lesson so that he does not copy from the board.""",
        },
        tags=("clean", "muscular-dystrophy", "age-12", "typical-day-paragraph", "trap-history"),
    ),
    Case(
        name="anxiety-camhs-key-adult",
        sections={
            "C": """Sophie (15) has severe anxiety and low mood. She has been seen by CAMHS since March 2025. She has not attended school for more than half of Year 10 and has panic attacks when she arrives at the gates.
She has eczema on her hands that flares with stress and makes writing painful.""",
            "E": """By February 2027, Sophie will attend school for at least 3 full mornings each week, as recorded on the register.
Sophie will feel more confident.""",
            "G": """A CAMHS clinical psychologist will see Sophie for 50-minute sessions of cognitive behavioural therapy once a week for 12 weeks from October 2026.
Sophie will have a key adult she can go to when she feels anxious.
Sophie will have access to a quiet space.""",
        },
        expected=(
            ("acronym", "C", "CAMHS"),
            ("golden_thread", "C", "She has eczema on her hands that flares with stress and makes writing painful."),
            ("outcome_not_smart", "E", "Sophie will feel more confident."),
            ("no_provider", "G", "Sophie will have a key adult she can go to when she feels anxious."),
            ("no_duration", "G", "Sophie will have a key adult she can go to when she feels anxious."),
            ("unspecified_provision", "G", "access to"),
            ("no_frequency", "G", "Sophie will have access to a quiet space."),
            ("no_duration", "G", "Sophie will have access to a quiet space."),
            ("no_provider", "G", "Sophie will have access to a quiet space."),
        ),
        tags=("anxiety", "low-mood", "age-15", "mixed-good-bad"),
    ),
    Case(
        name="cf-bullets-provider-once-clean",
        sections={
            "C": """Ava (10) has cystic fibrosis. Thick mucus builds up in her lungs, and she needs chest clearance (exercises and breathing techniques to help her cough up mucus) twice a day, one of them in the school day.
She needs to take digestive enzyme capsules with every meal and snack containing fat, or she gets stomach pain and does not gain weight.""",
            "E": """- By the end of Year 6 (July 2027), Ava will do her lunchtime chest clearance routine herself, with an adult watching, on every school day, as recorded in her physiotherapy log.
- By December 2026, Ava will take her enzyme capsules with every snack and lunch without a reminder on 4 days out of 5.""",
            "G": """Provider for all of the following: the Cystic Fibrosis Physiotherapy Team, Harrowgate Royal Children's Hospital.
- Train two named teaching assistants in Ava's chest clearance routine in one 90-minute session in school in September 2026, and check their technique at a 45-minute visit each term for the 2026/27 school year.
- Supervision of Ava's 20-minute chest clearance routine in the medical room after lunch every school day for the 2026/27 school year by one of the two trained teaching assistants.
- The same trained teaching assistants to give Ava her enzyme capsules at morning snack and at lunch every school day for the 2026/27 school year, following the dose chart written by the team's dietitian.""",
        },
        tags=("clean", "cystic-fibrosis", "age-10", "bullets", "trap-provider-once"),
    ),
    Case(
        name="abi-ot-advice-no-author-line",
        kind="advice",
        sections={
            "needs": """Jordan (14) had a brain injury in a cycling accident in January 2026. He now forgets instructions and homework, and he has weakness in his right hand that makes handwriting slow.
He gets headaches by the afternoon.""",
            "outcomes": """By July 2027 Jordan will use a planner app to record all his homework, checked by his form tutor weekly, with fewer than 2 missed homeworks each half term.
By July 2027 Jordan will type at 20 words per minute on a laptop, measured by his occupational therapist each term.""",
            "provision": """- Occupational therapist from the Ashdown Brain Injury Service: one 2-hour school visit in September 2026 to set up his laptop and adapt his timetable, then a 1-hour review each half term for the 2026/27 school year.
- His form tutor will check his planner app with him for 10 minutes every Monday morning for the 2026/27 school year.
- Rest breaks for headaches.""",
        },
        expected=(
            ("golden_thread", "needs", "He gets headaches by the afternoon."),
            ("no_frequency", "provision", "Rest breaks for headaches."),
            ("no_duration", "provision", "Rest breaks for headaches."),
            ("no_provider", "provision", "Rest breaks for headaches."),
            ("advice_no_author", "author", ""),
        ),
        tags=("acquired-brain-injury", "age-14", "bullets"),
    ),
    Case(
        name="albinism-vision-table-clean",
        sections={
            "C": """Ruby (6) has albinism, which affects her eyes. Her eyes make small movements she cannot control (nystagmus), and her sight with glasses is about a quarter of typical sight.
Bright light and glare make it hard for her to see and hurt her eyes.""",
            "E": """By July 2027, Ruby will read 18-point print in her reading book as quickly as she now reads 24-point print, measured by her class teacher each term.
By the end of the autumn term 2026, Ruby will choose a seat away from window glare and put on her tinted glasses outdoors without reminders, on 4 days out of 5.""",
            "G": """Need | Provision | Who | How often / how long
Reduced sight | Eye examination, glasses prescription and low vision assessment, with a written report to school | Children's eye team, Low Vision Clinic, Wellfield Eye Unit | Every 6 months until the end of Key Stage 1
Reduced sight | Large print (18 to 24 point) for all worksheets and books; Ruby seated in the front row | Class teacher | Every lesson, for the 2026/27 school year
Glare | Advice on classroom lighting and blinds, and tinted glasses supplied | Children's eye team, Low Vision Clinic, Wellfield Eye Unit | One 1-hour visit in October 2026""",
        },
        tags=("clean", "vision", "age-6", "table", "trap-key-stage-duration", "trap-one-off"),
    ),
    Case(
        name="continence-regular-toilet-trips",
        sections={
            "C": """Jack is 7. He has not yet learned to stay dry in the day: he wets himself most days and does not notice when he is wet.
His constipation is treated at home by his GP and does not need provision in school.""",
            "E": """By July 2027, Jack will use the toilet when prompted by his timer, with dry pants at 3 of 5 checks each day, as recorded on his toileting chart.
By the end of the spring term 2027, Jack will tell an adult or show his toilet card when he is wet, on 4 out of 5 occasions.""",
            "G": """The Children's Bladder and Bowel Service will assess Jack at home and write a toileting programme for school, in one visit in September 2026 and a review visit in January 2027.
Jack will have regular toilet trips.
His teaching assistant will change him whenever he is wet and record it on his chart.""",
        },
        expected=(
            ("unspecified_provision", "G", "regular"),
            ("no_frequency", "G", "Jack will have regular toilet trips."),
            ("no_duration", "G", "Jack will have regular toilet trips."),
            ("no_provider", "G", "Jack will have regular toilet trips."),
            ("no_duration", "G", "His teaching assistant will change him whenever he is wet and record it on his chart."),
            ("no_provider", "G", "His teaching assistant will change him whenever he is wet and record it on his chart."),
        ),
        tags=("continence", "age-7", "trap-not-a-need"),
    ),
    Case(
        name="tracheostomy-nursery-clean",
        sections={
            "C": """Zara (3) was born at 26 weeks. She has a tracheostomy (a breathing tube in the front of her neck) because her windpipe is narrow. The tube needs clearing of mucus (suction) several times a day, and it could block or come out, which would stop her breathing; this is a risk to her life.
Because of the tube she cannot make voice sounds, and she is learning to sign.""",
            "E": """By her 4th birthday (June 2027), Zara will use 30 signs to ask for things at nursery, counted by her key worker and her speech and language therapist each half term.
By March 2027, Zara will point to her neck or sign 'tube' to tell an adult she needs suction, on 3 out of 4 occasions recorded in her care log.""",
            "G": """BREATHING TUBE
Zara will have one-to-one care from a trained carer for all the hours she attends nursery (15 hours a week, Tuesday to Thursday) until she starts school in September 2028. The carer is a health care assistant employed by the Children's Community Nursing team at Elmhurst Community NHS Trust, trained and signed off as competent in caring for Zara's breathing tube. The carer will suction the tube whenever Zara shows signs of mucus in it (noisy breathing, coughing or her sign for 'tube'), and will change the tube in an emergency following her airway plan. The Children's Community Nursing team will re-check the carer's competence every 3 months.
COMMUNICATION
A speech and language therapist from Elmhurst Children's Therapies will see Zara at nursery for 40 minutes every 2 weeks until September 2027 and will teach her key worker and parents the signs she is learning at each visit.""",
        },
        tags=("clean", "tracheostomy", "life-limiting", "age-3", "headings", "trap-conditional"),
    ),
    Case(
        name="physio-undivided-acronyms",
        kind="advice",
        sections={
            "advice": """PHYSIOTHERAPY ADVICE
Name: Olly Brennan   Date of birth: 04/03/2017   NHS number: 999 123 4567
Olly has a diagnosis of DCD. He has poor core strength and reduced proprioceptive awareness, so he bumps into things and falls more often than his friends.
I recommend a daily 10-minute motor skills programme, led by his TA after training from me, for the 2026/27 school year.
Sasha Kerr, Paediatric Physiotherapist (MCSP), Lindenholme Community Trust, 9 September 2026""",
        },
        expected=(
            ("acronym", "advice", "DCD"),
            ("jargon", "advice", "proprioceptive"),
            ("acronym", "advice", "TA"),
            ("acronym", "advice", "MCSP"),
        ),
        tags=("undivided", "coordination", "age-9"),
    ),
    Case(
        name="down-syndrome-toddler-advice-clean",
        kind="advice",
        sections={
            "needs": """Alfie is 2 years 8 months old and has Down syndrome. His development is about a year behind that of other children his age: he walks with one hand held and uses around 10 words and signs.
He has glue ear (fluid behind the eardrums), which reduces his hearing in both ears at times.
His heart was checked after birth and is normal.""",
            "outcomes": """By his 4th birthday, Alfie will walk across the nursery room and garden without holding a hand, as seen by his physiotherapist at her review.
By his 4th birthday, Alfie will use 50 words or signs to ask for things, counted by his speech and language therapist.
By March 2027, Alfie's hearing will have been tested and, if he is given hearing aids, he will wear them for all his nursery sessions.""",
            "provision": """I recommend the following provision until Alfie starts school in September 2028:
a) A children's physiotherapist from Thornbury Child Development Service to see Alfie at nursery for 30 minutes once a month and set a walking programme.
b) His nursery key worker, trained by the physiotherapist at the first visit, to practise the walking programme with him for 10 minutes at every session he attends.
c) A speech and language therapist from the same service to see Alfie for 45 minutes every 6 weeks and teach his key worker and parents Makaton signs (a simple signing system used alongside speech).
d) The Thornbury Paediatric Audiology Service to test his hearing every 6 months.""",
            "author": """Dr Priya Raman, Consultant Community Paediatrician, Thornbury Child Development Service, 14 October 2026""",
        },
        tags=("clean", "down-syndrome", "hearing", "age-2", "first-person", "trap-history"),
    ),
    Case(
        name="autism-college-salt-should-may",
        kind="advice",
        sections={
            "needs": """Ethan is 17 and autistic. He speaks fluently but takes language literally, and he finds it hard to start and keep up conversations with people he does not know. This affects group work and his work experience at college.""",
            "outcomes": """By the end of his first year at Northgate College (July 2027), Ethan will start and keep up a 3-minute conversation with an unfamiliar adult in 3 out of 4 planned practice sessions.
Ethan will have better social skills.""",
            "provision": """Ethan should attend a social communication group at college.
Staff may use visual timetables as appropriate.
A speech and language therapist from the Northgate Young Adults' Therapy Team will see Ethan for six 45-minute sessions in the autumn term 2026 to prepare him for his work placement.""",
            "author": """Niamh Fallon, Speech and Language Therapist, Northgate Young Adults' Therapy Team, 2 October 2026""",
        },
        expected=(
            ("outcome_not_smart", "outcomes", "Ethan will have better social skills."),
            ("unspecified_provision", "provision", "should"),
            ("no_frequency", "provision", "Ethan should attend a social communication group at college."),
            ("no_duration", "provision", "Ethan should attend a social communication group at college."),
            ("no_provider", "provision", "Ethan should attend a social communication group at college."),
            ("unspecified_provision", "provision", "may"),
            ("unspecified_provision", "provision", "as appropriate"),
            ("no_frequency", "provision", "Staff may use visual timetables as appropriate."),
            ("no_duration", "provision", "Staff may use visual timetables as appropriate."),
            ("no_provider", "provision", "Staff may use visual timetables as appropriate."),
        ),
        tags=("autism", "age-17", "post-16"),
    ),
]

# Part 2
BLIND += [
    Case(
        name="life-limiting-hospice-numbered-clean",
        sections={
            "C": """Evie (9) has a life-limiting condition that affects her brain and is slowly getting worse. Her walking has become unsteady over the last year.
She now has seizures most days, usually short ones.
She tires easily and her energy varies from day to day.
Her family and the hospice team have agreed an advance care plan; it should travel with her on school trips and to respite.""",
            "E": """By the end of the spring term 2027, Evie will walk with her walker and one adult from her classroom to the dining hall at lunch on 4 days out of 5.
By December 2026, Evie will use her 'help' switch to let staff know she feels unwell or a seizure is starting, on 3 out of 4 occasions recorded in her seizure diary.
By July 2027, Evie will take part in at least 4 of her 5 morning sessions each week, with a rest after lunch, as recorded in her daily diary.""",
            "G": """All provision below is for the 2026/27 school year and will be reviewed sooner if Evie's condition changes.
1. The Children's Community Nursing team (Lark Valley Community Health) will train Evie's two one-to-one teaching assistants and her class teacher in her seizure care plan, including rescue medication, in one 3-hour session in September 2026 and a 1-hour update each term.
2. If a seizure lasts longer than 5 minutes, one of the trained staff will give her prescribed rescue medication and follow the plan.
3. Evie will rest on the bed in the sensory room for 45 minutes after lunch every school day, supervised by one of her trained teaching assistants.
4. A children's physiotherapist from Lark Valley Community Health will see Evie in school for 30 minutes every 2 weeks and review her walker and walking plan.
5. Her trained teaching assistants will walk with Evie from her classroom to the dining hall each lunchtime using her walker.
6. The community nurse will meet Evie's parents and class team once each half term to update her care plans as her needs change.""",
        },
        tags=("clean", "life-limiting", "epilepsy", "age-9", "numbered-list", "trap-should-in-c", "trap-section-period", "trap-conditional"),
    ),
    Case(
        name="nut-allergy-brand-pen-adult",
        sections={
            "C": """Harry (5) has a severe allergy to peanuts and tree nuts. In 2025 he had a severe allergic reaction at a birthday party and was treated in hospital. He is at risk of a life-threatening reaction if he eats or touches nuts.
He also has mild eczema, which is managed at home and needs nothing in school.""",
            "E": """By July 2027, Harry will ask an adult "Is this safe for me?" before eating any food not from home, on every occasion observed by his class team.
Harry will understand his allergy.""",
            "G": """The school office manager will keep two auto-injectors in Harry's classroom and check their expiry dates each half term for the 2026/27 school year.
If Harry shows signs of a severe reaction, an adult will use his EpiPen and call 999.
The school nursing team from Colebrook Healthy Child Service will train all staff in his class in allergy awareness and use of the auto-injector in one 1-hour session in September 2026 and again in September 2027.""",
        },
        expected=(
            ("outcome_not_smart", "E", "Harry will understand his allergy."),
            ("drug_name", "G", "EpiPen"),
            ("no_provider", "G", "If Harry shows signs of a severe reaction, an adult will use his EpiPen and call 999."),
            ("no_duration", "G", "If Harry shows signs of a severe reaction, an adult will use his EpiPen and call 999."),
        ),
        tags=("allergy", "age-5", "trap-office-role"),
    ),
    Case(
        name="cochlear-implant-bsl-expanded-later-clean",
        sections={
            "C": """Lewis (14) was born profoundly deaf. He has had cochlear implants in both ears since he was 2 (a cochlear implant is an electronic device that gives a sense of sound through the hearing nerve). He uses spoken English with his implants and BSL with his deaf friends.
In background noise he misses much of what is said, and by the end of the day listening makes him very tired.
Lewis has had no ear infections since 2023.""",
            "E": """By the end of Year 10 (July 2027), Lewis will use his remote microphone in every lesson and tell his teacher when it is not working, as checked by his Teacher of the Deaf each half term.
By the end of Year 10, Lewis will say when he is too tired to listen and use his agreed 10-minute quiet break, rather than leaving lessons, on 4 out of 5 occasions recorded by his form tutor.""",
            "G": """All provision is for the 2026/27 school year.
The Hollins Cross Implant Centre will see Lewis in clinic every 6 months to check and tune his implants, and send a short report to school after each visit.
A clinical scientist from the centre will visit school once in the autumn term to check the classroom acoustics and set up his remote microphone, and will train his teaching assistant and form tutor in one 1-hour session at that visit.
His trained teaching assistant will check his implants and microphone for 5 minutes at the start of each school day.
His form tutor will arrange a 10-minute quiet break for Lewis in the library at the end of period 4 each day.
In drama and PE, a British Sign Language (BSL) interpreter from the Hollins Cross Sensory Support Service will attend every lesson.""",
        },
        tags=("clean", "hearing", "age-14", "trap-acronym-expanded-elsewhere", "trap-history"),
    ),
    Case(
        name="adhd-psychiatry-advice-vague-outcomes",
        kind="advice",
        sections={
            "needs": """Mohammed is 16. He has attention deficit hyperactivity disorder and finds it hard to organise his work, keep track of deadlines and control his temper when frustrated. He has had two fixed-term exclusions this year after arguments with staff.""",
            "outcomes": """Mohammed will get on better with teachers.
By the end of Year 11 (June 2027), Mohammed will hand in at least 8 out of 10 pieces of coursework by the deadline, tracked by his head of year.
By Easter 2027, Mohammed will enjoy at least one lunchtime club a week, attending in 4 out of 5 weeks as recorded by the club lead.
Mohammed will be calmer.""",
            "provision": """From September 2026 to June 2027, his head of year will meet Mohammed for 20 minutes every Monday to plan his week and check his coursework tracker.
A clinical nurse specialist from the Brookvale Child and Adolescent Mental Health Service will see Mohammed for six 1-hour sessions on managing anger, every 2 weeks from October 2026, and share a written plan with school.""",
            "author": """Dr Eleanor Whitcombe, Consultant Child and Adolescent Psychiatrist, Brookvale Child and Adolescent Mental Health Service, 19 November 2026""",
        },
        expected=(
            ("outcome_not_smart", "outcomes", "Mohammed will get on better with teachers."),
            ("outcome_not_smart", "outcomes", "Mohammed will be calmer."),
        ),
        tags=("adhd", "age-16", "trap-odd-verb-measurable"),
    ),
    Case(
        name="epilepsy-college-nurse-advice-clean",
        kind="advice",
        sections={
            "needs": """Chloe is 19 and has epilepsy that is not fully controlled. She has about two seizures a month, mostly in the early morning. In a seizure she loses awareness for 1 to 2 minutes and may wander; afterwards she is confused for about 30 minutes. Tiredness and missed sleep make seizures more likely.
Chloe wants to do the Level 2 catering course at Ferrybridge College, which includes kitchen work.""",
            "outcomes": """By the end of her first college year (July 2027), Chloe will tell her tutor each morning if she has had a seizure or poor sleep, on at least 9 out of 10 college days, recorded in her tutor log.
By December 2026, Chloe will follow her kitchen safety plan (no work at the hob or fryer without a partner) in every practical session, as checked by her catering lecturer.""",
            "provision": """I recommend, for the 2026/27 college year:
- The Ferrybridge Epilepsy Nurse Service to write a seizure care plan and kitchen safety risk assessment with Chloe and the college, in one 90-minute meeting in September 2026, and to review it with her once each college term.
- The epilepsy nurse to train her personal tutor, two catering lecturers and the college first-aid team in her seizure plan in one 1-hour session in September 2026.
- Her personal tutor to check in with Chloe for 5 minutes at the start of each college day.
- If Chloe has a seizure, one of the trained staff to stay with her, keep her away from hazards and let her rest in the first-aid room for 30 minutes before she returns to class.""",
            "author": """Jade Morrow, Epilepsy Specialist Nurse, Ferrybridge Epilepsy Nurse Service, 5 October 2026""",
        },
        tags=("clean", "epilepsy", "age-19", "post-16", "first-person", "bullets", "trap-conditional"),
    ),
    Case(
        name="speech-sounds-orphan-dietitian",
        sections={
            "C": """Finley (8) has a speech sound disorder: many of his words are hard for people who do not know him to understand. He is otherwise well.""",
            "E": """By July 2027, Finley will say words beginning with 's' and 'f' correctly in 8 out of 10 tries in a picture-naming task, tested by his speech and language therapist.""",
            "G": """A speech and language therapist from Ashgrove Children's Speech Service will see Finley in school for 30 minutes every 3 weeks for the 2026/27 school year.
His teaching assistant, trained by the therapist, will practise his speech sounds with him for 10 minutes 4 times a week for the 2026/27 school year.
A dietitian from Ashgrove Community Nutrition will review Finley's diet once a term for the 2026/27 school year.""",
        },
        expected=(
            ("golden_thread", "G", "A dietitian from Ashgrove Community Nutrition will review Finley's diet once a term for the 2026/27 school year."),
        ),
        tags=("speech", "age-8", "orphan-provision"),
    ),
    Case(
        name="no-health-needs-stated-clean",
        sections={
            "C": """Following advice from the community paediatrician (Dr Samuel Ortega, Hartwell Child Health, 2 June 2026), Lily has no health needs that relate to her special educational needs.
Her hearing and vision were tested in May 2026 and are normal.
Lily's needs are set out in Section B.""",
            "E": """There are no health outcomes for Lily.""",
            "G": """No health provision is required.""",
        },
        tags=("clean", "no-health-needs", "age-10", "trap-may-month", "trap-not-a-need"),
    ),
    Case(
        name="hemiplegia-orthoses-jargon",
        sections={
            "C": """Oscar (7) has right hemiplegia from a stroke before he was born. His right hand and leg are weak and stiff, and he wears orthoses on his right foot.
He finds buttons, zips, cutlery and scissors hard.""",
            "E": """By July 2027, Oscar will put on his coat and fasten the zip by himself in under 2 minutes, on 4 out of 5 days.
By July 2027, Oscar will cut along a 10 cm straight line with adapted scissors, staying within 5 mm of the line, in 3 out of 4 tries.
By the end of the spring term 2027, Oscar will put on his own foot splint with no more than one reminder on 4 out of 5 mornings.""",
            "G": """An occupational therapist from Millbrook Children's Therapies will see Oscar in school for 45 minutes once a month from September 2026 to July 2027 and set a hand skills programme.
His teaching assistant, trained by the occupational therapist at the first visit, will carry out the 15-minute hand skills programme with him every day from September 2026 to July 2027.
A children's physiotherapist from Millbrook Children's Therapies will check his foot splint and walking once a term from September 2026 to July 2027.""",
        },
        expected=(
            ("jargon", "C", "hemiplegia"),
            ("jargon", "C", "orthoses"),
        ),
        tags=("cerebral-palsy", "age-7", "wording-only"),
    ),
    Case(
        name="t1d-advice-cgm-brand-hypo",
        kind="advice",
        sections={
            "needs": """Ruby-Mae is 7 and has type 1 diabetes. She wears a CGM on her arm. She has NovoRapid at breakfast and tea at home.
She has frequent hypoglycaemia in the afternoons, when she becomes pale, shaky and tearful.""",
            "outcomes": """By July 2027 Ruby-Mae will tell an adult when her sensor alarm sounds, every time, as recorded in her diabetes log.""",
            "provision": """- The Children's Diabetes Nurses, Swanlea Hospital: train the class teacher and two teaching assistants in one 2-hour session in September 2026 and a 1-hour refresher in February 2027.
- Blood glucose to be checked before lunch and before home time every school day for the 2026/27 school year.
- If her reading is below 4, one of the trained teaching assistants will give her a fast-acting sugary drink and recheck after 15 minutes.""",
            "author": """Kerry Adeyemi, Paediatric Diabetes Specialist Nurse, Swanlea Hospital, 22 September 2026""",
        },
        expected=(
            ("acronym", "needs", "CGM"),
            ("drug_name", "needs", "NovoRapid"),
            ("jargon", "needs", "hypoglycaemia"),
            ("no_provider", "provision", "Blood glucose to be checked before lunch and before home time every school day for the 2026/27 school year."),
            ("no_duration", "provision", "If her reading is below 4, one of the trained teaching assistants will give her a fast-acting sugary drink and recheck after 15 minutes."),
        ),
        tags=("diabetes", "age-7", "bullets"),
    ),
    Case(
        name="ld-anxiety-supported-internship-clean",
        sections={
            "C": """Daniel (22) has a learning disability and long-standing anxiety. His anxiety rises when his routine changes or when he has to use the phone, and he has had panic attacks on the bus to his placement.
He was discharged from the children's mental health service at 18 and is now supported by the Kingsmere Community Learning Disability Team.
He has his yearly learning disability health check with his GP; the last one was in April 2026.""",
            "E": """By the end of his supported internship (July 2027), Daniel will travel to his placement by bus on his own on 4 days out of 5, as recorded by his job coach.
By March 2027, Daniel will use his breathing routine and his 'change card' to manage an unexpected change at work, without leaving the workplace, on 3 out of 4 occasions logged by his job coach.""",
            "G": """Provision from the Kingsmere Community Learning Disability Team, for the length of Daniel's supported internship (September 2026 to July 2027):
A learning disability nurse will see Daniel for 1 hour every 2 weeks, at home or at his placement, to teach and practise his breathing routine and plan for changes.
The learning disability nurse will meet his job coach once in September 2026 for 1 hour to share his anxiety plan and show how to use the change card.
A clinical psychologist from the same team will see Daniel for eight 1-hour sessions of talking therapy for anxiety between October 2026 and February 2027.
The same nurse will travel with Daniel on his bus route for 4 journeys in September and October 2026 to plan how he copes on the bus.""",
        },
        tags=("clean", "anxiety", "learning-disability", "age-22", "post-16", "trap-provider-once", "trap-history"),
    ),
    Case(
        name="arfid-opportunities-for",
        sections={
            "C": """Poppy (11) is autistic and has ARFID. She eats only 6 foods, all dry and beige, and her weight is on the 2nd centile.""",
            "E": """By July 2027, Poppy will touch or taste one new food at least once a week at her lunchtime food group, as recorded by her teaching assistant.
By July 2027, Poppy will eat all of her packed lunch on 4 days out of 5.""",
            "G": """Poppy will have opportunities for food play.
A dietitian from Hawkridge Paediatric Nutrition will see Poppy and her parents for 45 minutes every 6 weeks for the 2026/27 school year and check her weight and growth.
Her teaching assistant, trained by the dietitian in September 2026, will run a 20-minute food exploration group with Poppy and two friends each Wednesday lunchtime for the 2026/27 school year.""",
        },
        expected=(
            ("acronym", "C", "ARFID"),
            ("jargon", "C", "centile"),
            ("unspecified_provision", "G", "opportunities for"),
            ("no_frequency", "G", "Poppy will have opportunities for food play."),
            ("no_duration", "G", "Poppy will have opportunities for food play."),
            ("no_provider", "G", "Poppy will have opportunities for food play."),
        ),
        tags=("autism", "eating", "age-11"),
    ),
    Case(
        name="sickle-cell-secondary-clean",
        sections={
            "C": """Kwame (15) has sickle cell disease. His red blood cells can change shape and block small blood vessels, which causes sudden severe pain (a 'crisis'), most often in his legs and back. Cold, not drinking enough and tiredness can bring on a crisis.
He has missed about 20 school days a year through crises and hospital stays and falls behind with his coursework.""",
            "E": """By the end of Year 11 (June 2027), Kwame will drink a full 1-litre bottle of water in the morning and another in the afternoon on 4 days out of 5, checked on his bottle chart by his form tutor.
By June 2027, Kwame will tell a member of staff within 10 minutes when pain starts, on every occasion recorded in his care log.
By June 2027, Kwame will complete all 5 of his GCSE coursework pieces, using catch-up sessions after any absence.""",
            "G": """All of the following runs for the 2026/27 school year.
The Sickle Cell Nursing Team at Greyfriars Hospital will write Kwame's care plan and train the school's two first aiders and his form tutor in it in one 1-hour session in September 2026, and will review the plan with Kwame each term.
His subject teachers will let Kwame keep a water bottle and his coat with him in every lesson and leave for the toilet without asking.
If Kwame reports pain, a trained first aider will follow his care plan: give his prescribed pain relief, keep him warm in the medical room for up to 30 minutes, and phone his parents if the pain is not easing.
After any absence of 2 days or more, his head of year will arrange three 30-minute catch-up sessions with his subject teachers in the following fortnight.""",
        },
        tags=("clean", "sickle-cell", "age-15", "trap-conditional", "trap-section-period"),
    ),
    Case(
        name="gastrostomy-dietitian-advice-first-person-clean",
        kind="advice",
        sections={
            "needs": """Lucy is 6 and has a genetic condition that affects her muscles and swallowing. She has a gastrostomy (a feeding tube that goes through her tummy wall into her stomach) and has all her food through it. She cannot have anything by mouth, because food and drink could go into her lungs.
At school she needs a 1-hour feed by pump at lunchtime.""",
            "outcomes": """By July 2027, Lucy will gain weight along her growth line, measured by her dietitian each term.
By the end of the spring term 2027, Lucy will help set up her pump by pressing the start button and tell her carer when she feels full, at 4 out of 5 lunchtime feeds.""",
            "provision": """For the 2026/27 school year:
1. I will review Lucy's feeding plan and weight every 3 months and send the updated plan to school.
2. The Children's Community Nursing team, Downs Valley Community Health, will train two named teaching assistants in tube feeding and pump use in one 2-hour session in September 2026, and sign off their competence each term.
3. One of the two trained teaching assistants will give Lucy's 1-hour lunchtime pump feed every school day.
4. If the tube comes out, the trained teaching assistant on duty will cover the site with a clean dressing and phone her parents and the community nursing team straight away.""",
            "author": """Rachel Emery, Paediatric Dietitian, Downs Valley Community Health, 11 September 2026""",
        },
        tags=("clean", "gastrostomy", "age-6", "first-person", "numbered-list", "trap-first-person-provider", "trap-conditional"),
    ),
    Case(
        name="abi-meningitis-headings-clean",
        sections={
            "C": """Aisha (16) had a brain injury after meningitis in 2025. She now has weakness on her left side, which affects her balance and her left arm.
Her speech is slurred and slow, which makes her hard to understand when she is tired.
Her memory for new information is poor.
She had a hearing test after the illness, in November 2025, which was normal.""",
            "E": """By July 2027, Aisha will be understood by an unfamiliar listener first time in 8 out of 10 sentences, measured by her speech and language therapist each term.
By July 2027, Aisha will carry her lunch tray from the counter to a table without spills on 4 days out of 5.
By the end of the spring term 2027, Aisha will use her phone reminders to arrive at every lesson on time, with no more than one late mark a week.""",
            "G": """SPEECH
A speech and language therapist from the Brackley Children's Brain Injury Team will see Aisha for 45 minutes every week in the autumn term 2026 and every 2 weeks from January to July 2027.
Aisha will practise her speech exercises for 10 minutes each morning in tutor time for the 2026/27 school year, supervised by her form tutor, whom the therapist will train in one 30-minute session in September 2026.
BALANCE AND ARM STRENGTH
A children's physiotherapist from the same team will see Aisha in school for 40 minutes every 2 weeks for the 2026/27 school year, working on her balance and left arm strength.
MEMORY
A clinical psychologist from the team will assess Aisha's memory in one 3-hour session in October 2026 and meet her teachers for 1 hour in November 2026 to set up reminders and a memory plan.
Her form tutor will check her phone reminders with her for 5 minutes every Monday for the rest of the 2026/27 school year.""",
        },
        tags=("clean", "acquired-brain-injury", "age-16", "headings", "trap-history", "trap-one-off"),
    ),
    Case(
        name="cvi-eye-clinic-letter-undivided-clean",
        kind="advice",
        sections={
            "advice": """Eye clinic letter for Musa's education, health and care needs assessment
Patient: Musa Bello, age 4
Dear colleagues,
Musa has cerebral visual impairment. This means his eyes are healthy, but the parts of his brain that make sense of what he sees do not work in the usual way. He sees best when things are shown one at a time against a plain background, and he finds busy pictures and crowded rooms hard.
His glasses are for close work only and should be worn for table-top activities.
I have asked our orthoptist (an eye specialist who works with children's sight) to visit his nursery once in the spring term to show staff how to set up his activities.
Yours sincerely,
Dr Ifeoma Hart, Consultant Paediatric Ophthalmologist, Seacombe Eye Hospital, 8 December 2026""",
        },
        tags=("clean", "undivided", "vision", "age-4", "letter"),
    ),
    Case(
        name="spina-bifida-college-no-period",
        sections={
            "C": """Tyler (19) has spina bifida. He cannot feel when his bladder is full and empties it with a thin tube (a catheter) every 3 to 4 hours, including twice during the college day.
He is independent in his own wheelchair.
He has a bowel routine at home each evening, which needs nothing at college.""",
            "E": """By the end of his first college year (July 2027), Tyler will empty his bladder by himself in the accessible toilet at both of his college catheter times, with no leaks, on 9 out of 10 days.
By December 2026, Tyler will order his own catheter supplies each month through the home delivery service without prompting.""",
            "G": """The Spina Bifida and Continence Nurse from Rivermead Adult Community Services will meet Tyler at college for 1 hour in September 2026 to check his technique and the toilet facilities.
A learning support assistant, trained by the continence nurse at that meeting, will check in with Tyler at 11.00 and 14.30 each college day.
The continence nurse will review Tyler's catheter supplies with him each month.""",
        },
        expected=(
            ("no_duration", "G", "A learning support assistant, trained by the continence nurse at that meeting, will check in with Tyler at 11.00 and 14.30 each college day."),
            ("no_duration", "G", "The continence nurse will review Tyler's catheter supplies with him each month."),
        ),
        tags=("continence", "spina-bifida", "age-19", "post-16"),
    ),
    Case(
        name="dmd-physio-advice-undated",
        kind="advice",
        sections={
            "needs": """Isaac is 8 and has Duchenne muscular dystrophy. He walks but falls often and cannot manage stairs.
He gets tired on longer walks, such as to the hall or the field.""",
            "outcomes": """By July 2027, Isaac will move between his classroom and the hall using the ramp and his walking frame, without falling, on 4 days out of 5, as recorded by his teaching assistant.
By July 2027, Isaac will tell an adult when he is too tired to walk and use his wheelchair instead, on 3 out of 4 occasions.""",
            "provision": """- Children's physiotherapist, Grangefield Muscle Service: a 45-minute school visit once each half term for the 2026/27 school year, to review his stretches, walking frame and wheelchair.
- His teaching assistant, trained by the physiotherapist at the first visit, will do his 10-minute stretches with him every afternoon for the 2026/27 school year.
- A manual wheelchair will be supplied by the Grangefield Wheelchair Service at one fitting appointment in October 2026.""",
            "author": """Megan Doyle, Children's Physiotherapist, Grangefield Muscle Service""",
        },
        expected=(
            ("advice_no_author", "author", "Megan Doyle, Children's Physiotherapist, Grangefield Muscle Service"),
        ),
        tags=("muscular-dystrophy", "age-8", "bullets"),
    ),
    Case(
        name="asthma-table-as-required-row",
        sections={
            "C": """Jayden (11) has severe asthma and has been admitted to hospital 3 times in the last year. Exercise and cold weather set off his symptoms.
When his asthma is bad he cannot finish PE lessons, and he misses school.""",
            "E": """By the end of Year 7, Jayden will take part in the whole of at least 3 out of 4 PE lessons each half term, using his inhaler before exercise.
By July 2027, Jayden's attendance will be above 90%.""",
            "G": """Need | Provision | Who | How often
Asthma in school | Individual healthcare plan written and shared with all his teachers | Paediatric asthma nurse, Colverton Children's Respiratory Service | Once in September 2026, reviewed in February 2027
Symptoms during the day | Reliever inhaler given | Staff | As required
Exercise | Inhaler 15 minutes before PE | PE teacher | Before every PE lesson for the 2026/27 school year""",
        },
        expected=(
            ("unspecified_provision", "G", "As required"),
            ("no_frequency", "G", "Symptoms during the day | Reliever inhaler given | Staff | As required"),
            ("no_duration", "G", "Symptoms during the day | Reliever inhaler given | Staff | As required"),
            ("no_provider", "G", "Symptoms during the day | Reliever inhaler given | Staff | As required"),
        ),
        tags=("asthma", "age-11", "table"),
    ),
    Case(
        name="cf-sixth-form-passive-clean",
        sections={
            "C": """Ellie (16) has cystic fibrosis. Her lungs make thick, sticky mucus, and about twice a year she is admitted to hospital for two weeks of treatment through a drip for a chest infection.
She needs treatment for her chest every day, including once in the middle of the school day.
She falls behind with her work when she is in hospital.""",
            "E": """By the end of Year 12 (July 2027), Ellie will complete her midday chest clearance in the medical room and be back in class within 30 minutes, on 9 out of 10 school days, as logged by the school nurse.
By July 2027, Ellie will have completed all set coursework for her three A-level subjects, including work missed during hospital stays, by the deadlines agreed with her tutor.""",
            "G": """All provision is for Year 12 (the 2026/27 school year).
Ellie's midday chest clearance (breathing exercises and a small device that loosens mucus) will be done in the medical room from 12.30 to 13.00 every school day; she does it herself and is supervised by the school nurse, who has been trained by the Brantwood Adolescent Cystic Fibrosis Unit.
The school nurse will be visited by the cystic fibrosis specialist nurse from the unit once a term to update Ellie's care plan.
When Ellie is in hospital, work will be sent to her each week by her tutor, and on her return a 1-hour catch-up session with each subject teacher will be arranged by her tutor within 2 weeks.""",
        },
        tags=("clean", "cystic-fibrosis", "age-16", "passive-voice", "trap-section-period", "trap-conditional"),
    ),
    Case(
        name="down-syndrome-sleep-typos-clean",
        sections={
            "C": """Jamie (17) has Down syndrome and a moderate learning dissability. His breathing stops for short periods when he is asleep (obstructive sleep apnoea), and he uses a breathing mask machine at night (continuous positive airway pressure, or CPAP).
If he has not used the machine he is very sleepy in the mornings and struggles to concentrate at college.
His thyroid is checked by a blood test once a year by his GP; this is not a need at college.""",
            "E": """By July 2027, Jamie will use his CPAP on at least 6 nights out of 7, shown by the machine's record at his sleep clinic reviews.
By July 2027, Jamie will be ready to start his first morning session on time on 4 out of 5 college days, as recorded by his tutor.""",
            "G": """A sleep practitioner from the Northwood Sleep Service will review Jamie's CPAP use and mask fit in clinic every 4 months for the 2026/27 college year, and send a short summary to his tutor.
The sleep practitioner will do one 1-hour session with Jamie and his parents in September 2026 on a bedtime routine and how to look after his mask.
His personal tutor will check in with Jamie for 10 minuts at the start of each college morning for the 2026/27 college year, record if he is too sleepy to start work, and email his parents each week.""",
        },
        tags=("clean", "down-syndrome", "age-17", "post-16", "typos", "trap-acronym-expanded-elsewhere", "trap-history"),
    ),
]

# Part 3
BLIND += [
    Case(
        name="autism-reception-typical-day-mixed",
        sections={
            "C": """Ollie (4) is autistic and has very little spoken language; he uses gestures and leads adults by the hand to show what he wants, and he does not yet respond to his name.
He is not yet toilet trained and wears nappies.""",
            "E": """By July 2027, Ollie will use a picture exchange card to ask for a snack or a toy at least 5 times a day, as counted by his teaching assistant on 3 sample days each half term.
By July 2027, Ollie will sit on the toilet when taken at set times, on 4 out of 5 occasions recorded on his toileting chart.""",
            "G": """Ollie's day in Reception, for the 2026/27 school year. He arrives at 8.50 and is met by his one-to-one teaching assistant, who has been trained in picture exchange by the speech and language therapist from Claybourne Children's Communication Service. The speech and language therapist will visit for 1 hour once each half term to set new targets. Through the day his teaching assistant will use picture exchange with him at snack, in play and at lunch. He will be taken to the toilet at 10.00, 12.00 and 14.00 by his teaching assistant. Staff may also use a visual timetable. The speech and language therapist will give support as needed.""",
        },
        expected=(
            ("unspecified_provision", "G", "may"),
            ("no_frequency", "G", "Staff may also use a visual timetable."),
            ("no_provider", "G", "Staff may also use a visual timetable."),
            ("unspecified_provision", "G", "support as needed"),
            ("no_frequency", "G", "The speech and language therapist will give support as needed."),
        ),
        tags=("autism", "continence", "age-4", "typical-day-paragraph", "mixed-good-bad", "trap-section-period"),
    ),
    Case(
        name="epilepsy-stimulator-specialist-college-clean",
        sections={
            "C": """Marcus (24) has a severe learning disability and epilepsy. He has a vagus nerve stimulator (a small device under the skin of his chest that helps to reduce seizures).
He has about four seizures a week, usually in the afternoon, in which he stiffens and falls, and he wears a soft helmet to protect his head.""",
            "E": """By July 2027, Marcus will wear his helmet for all activities out of his chair at college on 9 days out of 10, as recorded by his support worker.
By July 2027, Marcus will return to his chosen activity within 1 hour after a seizure on 4 out of 5 occasions recorded in his seizure log.""",
            "G": """For Marcus's final year at Oakridge Specialist College (September 2026 to July 2027):
- The Learning Disability Epilepsy Nurse, Fenbrook Adult Community Services, will train his three named support workers in his seizure plan, including use of the magnet for his stimulator, in one 2-hour session in September 2026 and a 1-hour refresher in January 2027.
- At the start of any seizure, a trained support worker will swipe the magnet over his stimulator, time the seizure and follow his seizure plan; if the seizure lasts longer than 5 minutes, they will give his prescribed rescue medication and call 999.
- His trained support worker will check that his helmet is on and fitted before each activity out of his chair.
- The epilepsy nurse will review his seizure log with Marcus's family and the college once each term.""",
        },
        tags=("clean", "epilepsy", "learning-disability", "age-24", "post-16", "bullets", "trap-conditional", "trap-section-period"),
    ),
    Case(
        name="autism-anxiety-psychology-advice-clean",
        kind="advice",
        sections={
            "needs": """Freya is 12 and autistic. Since starting secondary school in September 2025 she has become very anxious in busy places: in corridors between lessons and in the dinner hall her heart races and she freezes or runs out. She is exhausted at home and often cannot get to school on Mondays.
Freya has told me she wants to stay at her school and to go to art club.""",
            "outcomes": """By the end of the spring term 2027, Freya will move between lessons using a 2-minute early release pass and arrive at her next lesson, on 9 out of 10 changes, as recorded on her pass card.
By July 2027, Freya will attend school on at least 3 Mondays out of 4 each half term.
By July 2027, Freya will attend art club on at least 3 out of 4 Thursdays.""",
            "provision": """I recommend:
1. Eight 50-minute sessions of therapy for anxiety, adapted for autistic young people, with me at the Haverleigh Children's Psychology Service, every 2 weeks from October 2026 to February 2027.
2. One 1-hour meeting in October 2026 between me, Freya's head of year and her parents, to agree her early release pass, a quiet place to eat lunch (the library annexe), a Monday morning plan and how she gets to art club.
3. Her head of year to hold a 10-minute check-in with Freya every Monday morning for the rest of the 2026/27 school year.
4. One 1-hour review meeting with the same people in March 2027.""",
            "author": """Dr Ruth Okonkwo, Clinical Psychologist, Haverleigh Children's Psychology Service, 29 September 2026""",
        },
        tags=("clean", "autism", "anxiety", "age-12", "first-person", "numbered-list", "trap-first-person-provider", "trap-one-off"),
    ),
    Case(
        name="dystonia-afo-wording",
        sections={
            "C": """Harvey (13) has cerebral palsy with dystonia. He uses a powered wheelchair and wears AFO splints on both legs.
He needs help with all his personal care, including the toilet.
He uses an eye-gaze device to communicate.""",
            "E": """By July 2027, Harvey will use his eye-gaze device to answer a question in class in 4 out of 5 lessons, as recorded by his teaching assistant.
By July 2027, Harvey will wear his splints for at least 4 hours every school day, as recorded on his splint chart.
By July 2027, Harvey will tell his carers with his eye-gaze device when he needs the toilet, on 3 out of 4 occasions.""",
            "G": """All provision is for the 2026/27 school year.
An occupational therapist from Penwith Road Children's Therapy Centre will review his seating and eye-gaze set-up for 1 hour each half term.
His two personal care assistants, trained in moving and handling by the occupational therapist, will help Harvey with the toilet at 10.30, 12.30 and 14.30 each day and whenever he asks.
His teaching assistant, trained by the speech and language therapist from the centre, will set up his eye-gaze device at the start of every lesson.
His personal care assistants will put on his splints at 9.00 and take them off at 13.00 each day.""",
        },
        expected=(
            ("jargon", "C", "dystonia"),
            ("acronym", "C", "AFO"),
        ),
        tags=("cerebral-palsy", "age-13", "wording-only"),
    ),
    Case(
        name="glue-ear-need-without-outcome",
        sections={
            "C": """Aria (5) has glue ear in both ears (fluid behind the eardrums), which reduces her hearing. She is waiting for grommets (tiny tubes placed in the eardrums to let the fluid drain).
Her speech is delayed: she uses short sentences and drops the ends of words.""",
            "E": """By July 2027, Aria will use 4-word sentences with correct word endings in 8 out of 10 samples taken by her speech and language therapist.""",
            "G": """The Woodhurst Audiology Service will test Aria's hearing every 3 months until her operation, and once 6 weeks after it.
Her class teacher will seat Aria near the front of the class, close to where she teaches from, in every lesson for the 2026/27 school year.
A speech and language therapist from Woodhurst Children's Therapy will see Aria for 30 minutes every 4 weeks for the 2026/27 school year, and her class teacher will use the strategies from each visit daily.""",
        },
        expected=(
            ("golden_thread", "C", "Aria (5) has glue ear in both ears (fluid behind the eardrums), which reduces her hearing."),
        ),
        tags=("hearing", "speech", "age-5", "missing-outcome"),
    ),
    Case(
        name="cf-dietitian-advice-drug-and-jargon",
        kind="advice",
        sections={
            "needs": """Leah is 9 and has cystic fibrosis. She takes Creon with all food that contains fat; without it she gets stomach pain and does not gain weight.
She grew Pseudomonas in her sputum in August 2026 and finished a course of treatment in September.""",
            "outcomes": """By July 2027, Leah will take her enzyme capsules with every snack and lunch without a reminder, on 4 days out of 5, as recorded by her teaching assistant.""",
            "provision": """Her teaching assistant, trained by me in one 1-hour session in September 2026, will give Leah her enzyme capsules at morning snack and at lunch every school day for the 2026/27 school year.
I will see Leah in clinic every 3 months for the 2026/27 school year and tell school about any change to her doses.""",
            "author": """Sian Pritchard, Cystic Fibrosis Specialist Dietitian, Tenby Road Children's Hospital, 16 September 2026""",
        },
        expected=(
            ("drug_name", "needs", "Creon"),
            ("jargon", "needs", "Pseudomonas"),
            ("jargon", "needs", "sputum"),
        ),
        tags=("cystic-fibrosis", "age-9", "first-person", "trap-history"),
    ),
    Case(
        name="no-needs-yet-nurse-review",
        sections={
            "C": """Callie (9) has no health needs related to her special educational needs. She had her tonsils removed in 2024.""",
            "E": """There are no health outcomes.""",
            "G": """The school nurse will see Callie once a term for the 2026/27 school year to check her general health.""",
        },
        expected=(
            ("golden_thread", "G", "The school nurse will see Callie once a term for the 2026/27 school year to check her general health."),
        ),
        tags=("no-health-needs", "age-9", "orphan-provision"),
    ),
    Case(
        name="becker-md-transition-lift-key-clean",
        sections={
            "C": """Reuben (17) has Becker muscular dystrophy, a condition that slowly weakens his muscles. He walks short distances but uses a manual wheelchair around college, and he cannot lift heavy things or climb stairs.
He needs to move from children's to adult health services by his 18th birthday in March 2027.""",
            "E": """By his 18th birthday (March 2027), Reuben will have met his adult muscle specialist and will be able to name his adult team and how to contact them, as checked by his transition nurse.
By July 2027, Reuben will move between all his classes at Castlebrook College within the 10-minute changeover, using the lift and his wheelchair, on 9 days out of 10.""",
            "G": """A transition nurse from the Castlebrook Children's Muscle Service will meet Reuben for 1 hour every 2 months from September 2026 to March 2027 to prepare him for adult services, and will arrange one joint clinic with the adult muscle team in January 2027.
A physiotherapist from the same service will make one 2-hour access visit to the college in September 2026 to assess his routes, the lift and his timetable, and will send a written report to the college within 2 weeks.
The college's learning support manager will keep a lift key for Reuben and give him a copy in September 2026.
The physiotherapist will review Reuben in clinic every 6 months until he transfers to the adult team in March 2027.""",
        },
        tags=("clean", "muscular-dystrophy", "age-17", "post-16", "transition", "trap-office-role", "trap-one-off"),
    ),
    Case(
        name="abi-neurology-letter-undivided",
        kind="advice",
        sections={
            "advice": """Dear Ms Pryce,
Re: Ollie Mensah, age 11
Ollie sustained an ABI in a road traffic collision in March 2026 (GCS 6 on arrival). He now has ataxia and dysarthria. He takes levetiracetam twice a day for seizures that started after the injury.
I would recommend a reduced timetable initially, with rest breaks.
Dr Colin Petrie, Consultant Paediatric Neurologist, Whitstone Children's Hospital, 7 November 2026""",
        },
        expected=(
            ("acronym", "advice", "ABI"),
            ("acronym", "advice", "GCS"),
            ("jargon", "advice", "ataxia"),
            ("jargon", "advice", "dysarthria"),
            ("drug_name", "advice", "levetiracetam"),
        ),
        tags=("undivided", "acquired-brain-injury", "age-11", "letter"),
    ),
    Case(
        name="ocd-low-mood-cbt-clean",
        sections={
            "C": """Mia (14) has obsessive compulsive disorder (OCD). She has frightening thoughts that things are dirty or contaminated and spends a long time washing her hands, sometimes until they bleed. This makes her late for lessons, and she avoids practical subjects.
She also has low mood, and may say she feels hopeless when her OCD is bad.""",
            "E": """By the end of the spring term 2027, Mia will get to her lessons on time after break and lunch in at least 9 out of 10 changeovers, as recorded by her form tutor.
By July 2027, Mia will take part in 3 out of 4 science practicals, using the plan agreed with her therapist.
By February 2027, Mia will rate her mood at least 5 out of 10 on her weekly mood scale in 3 out of 4 weeks, as reviewed with her therapist.""",
            "G": """Twelve 1-hour sessions of cognitive behavioural therapy (CBT, a talking therapy that helps change unhelpful thoughts and habits) with a CBT therapist from the Silverdale Child and Adolescent Mental Health Service, weekly from October 2026 to January 2027, then one follow-up session a month to May 2027.
The therapist will meet Mia's head of year and science teacher for 1 hour in November 2026 to agree a plan for practical lessons and hand-washing breaks.
Her science teacher will follow that plan in every practical lesson for the rest of the 2026/27 school year.
Her form tutor will meet Mia for 10 minutes every Friday for the 2026/27 school year to go through her mood scale and pass any worries to the therapist the same day.""",
        },
        tags=("clean", "anxiety", "low-mood", "age-14", "trap-may-in-c", "trap-may-month", "trap-acronym-expanded"),
    ),
    Case(
        name="t1d-review-with-no-frequency",
        sections={
            "C": """Sam (10) has type 1 diabetes and uses a pump and a sensor. He cannot yet work out the carbohydrate in his lunch on his own.""",
            "E": """By July 2027, Sam will count the carbohydrate in his lunch and tell his trained assistant the total, correct to within 10 grams, on 4 out of 5 days.""",
            "G": """All of the provision below is for the 2026/27 school year.
The Paediatric Diabetes Team at Hillcrest General Hospital will train two teaching assistants in Sam's care in one 2-hour session in September 2026.
One of the trained teaching assistants will check Sam's carbohydrate count and his pump entry with him at lunch every school day.
The diabetes team will review Sam's care plan with school.""",
        },
        expected=(
            ("no_frequency", "G", "The diabetes team will review Sam's care plan with school."),
        ),
        tags=("diabetes", "age-10", "trap-section-period"),
    ),
    Case(
        name="ld-head-hitting-nurse-advice-clean",
        kind="advice",
        sections={
            "needs": """Connor is 20 and has a severe learning disability and autism. He communicates with about 20 signs and some pictures.
Since February 2026 he has hit his head when he is in pain or upset, up to 10 times a day. His GP found he had toothache, which has now been treated, but the head-hitting has carried on at college.""",
            "outcomes": """By April 2027, Connor will use his 'pain' picture or sign to show he is in pain, on 3 out of 4 occasions recorded by his college support workers.
By July 2027, Connor will hit his head no more than twice a day on average, measured over 2 weeks each half term using his behaviour chart.""",
            "provision": """For the 2026/27 college year, the Kingsmead Community Learning Disability Team will provide:
- A learning disability nurse to see Connor at college for 1 hour every 2 weeks, to teach him the 'pain' sign and picture and to see how he is.
- A positive behaviour support plan (a plan that looks at why the head-hitting happens and how to prevent it), written by the team's behaviour specialist after two 2-hour observations in October 2026, and reviewed every 8 weeks.
- Training for his three named college support workers in the plan, in one 2-hour session in November 2026.
- His trained support workers to record every head-hit on his behaviour chart each day and follow the steps in the plan.""",
            "author": """Yvonne Clarke, Registered Learning Disability Nurse, Kingsmead Community Learning Disability Team, 1 October 2026""",
        },
        tags=("clean", "learning-disability", "autism", "age-20", "post-16", "bullets", "trap-provider-once"),
    ),
    Case(
        name="tracheostomy-suction-as-appropriate",
        sections={
            "C": """Noor (7) has a tracheostomy (a breathing tube in her neck) because of breathing problems since birth. She needs suction of her tube several times a day and a trained adult with her at all times.
She wears a speaking valve on her tube for part of the day so that she can use her voice.""",
            "E": """By July 2027, Noor will tell her carer when she needs suction, by signing or pointing, on 4 out of 5 occasions recorded in her care log.
By July 2027, Noor will wear her speaking valve for all of her morning lessons on 4 days out of 5.""",
            "G": """Noor will be accompanied at all times in school by one of two carers, trained and signed off as competent by the Children's Community Nursing team, for the 2026/27 school year.
Suction will be given as appropriate.
The carer will put on her speaking valve at 9.00 and take it off at 12.00 each school day for the 2026/27 school year.""",
        },
        expected=(
            ("unspecified_provision", "G", "as appropriate"),
            ("no_frequency", "G", "Suction will be given as appropriate."),
            ("no_duration", "G", "Suction will be given as appropriate."),
            ("no_provider", "G", "Suction will be given as appropriate."),
        ),
        tags=("tracheostomy", "age-7", "passive-voice"),
    ),
    Case(
        name="milk-egg-allergy-secondary-clean",
        sections={
            "C": """Elijah (13) has a severe allergy to milk and egg. Even a small amount can cause a life-threatening reaction (anaphylaxis: swelling of the throat and difficulty breathing). He carries two allergy pens.
He had asthma as a young child but has needed no treatment for it since 2022.""",
            "E": """By the end of Year 9 (July 2027), Elijah will check the allergy label or ask catering staff before buying any food at school, every time, as observed by his form tutor in termly checks.
By December 2026, Elijah will carry both allergy pens to every lesson and trip, checked at morning registration on 9 days out of 10.""",
            "G": """All provision covers the 2026/27 school year.
The school nurse from the Ashby Vale School Nursing Service will train all of Elijah's teachers, his form tutor and the catering team in recognising a severe reaction and using his allergy pen, in one 1-hour session in September 2026.
If Elijah shows signs of a severe reaction, the nearest trained member of staff will give him his allergy pen straight away and call 999; a second pen will be given after 5 minutes if he is not improving.
The trained catering manager will label all meals containing milk or egg every day and keep a milk-free and egg-free meal for Elijah at lunch.
His form tutor will check that he has both pens at morning registration each day.""",
        },
        tags=("clean", "allergy", "age-13", "trap-history", "trap-conditional", "trap-section-period"),
    ),
    Case(
        name="adhd-bullets-sleep-clean",
        sections={
            "C": """Freddie (9) has attention deficit hyperactivity disorder (ADHD), diagnosed by the community paediatrician in March 2026. He finds it very hard to stay in his seat, wait his turn and finish tasks. He takes medicine for his ADHD before school, which helps until lunchtime.
His sleep is poor: it takes him up to 2 hours to fall asleep.""",
            "E": """- By July 2027, Freddie will finish a 10-minute task at his table in 4 out of 5 lessons, as recorded by his teaching assistant.
- By July 2027, Freddie will wait for his turn in a small group game without leaving the group in 3 out of 4 weekly sessions.
- By April 2027, Freddie will fall asleep within 45 minutes of going to bed on 5 nights out of 7, as shown by his sleep diary.""",
            "G": """- Community paediatrician (Dr Alan Greaves, Sefton Lane Child Health): reviews Freddie's ADHD in clinic every 6 months for the 2026/27 school year and writes to school after each review.
- The paediatrician's ADHD nurse: one 1-hour session with Freddie's parents in October 2026 on a bedtime routine, then a follow-up phone call every 4 weeks until April 2027.
- His class teacher: a 2-minute movement job (taking messages, handing out books) every 30 minutes in lessons, for the 2026/27 school year.
- His teaching assistant, trained in attention strategies by the ADHD nurse in one 1-hour session in September 2026: a 20-minute turn-taking game group with Freddie and three friends twice a week for the 2026/27 school year.""",
        },
        tags=("clean", "adhd", "age-9", "bullets", "trap-acronym-expanded"),
    ),
    Case(
        name="cp-physio-advice-clean",
        kind="advice",
        sections={
            "needs": """Amelia is 5 and has cerebral palsy that mainly affects her legs. She walks with a frame indoors and uses a buggy outdoors.
Her calf muscles are tight, and without daily stretches her ankles will stiffen.
She falls when the classroom floor is crowded.""",
            "outcomes": """By July 2027, Amelia will walk with her frame from the classroom to the toilets and back without stopping, on 4 out of 5 days, as recorded by her teaching assistant.
By July 2027, Amelia will keep the movement in her ankles at least at today's range, measured by her physiotherapist each term.
By December 2026, Amelia will get from the carpet to her table using the clear route with her frame without falling, on 9 out of 10 occasions.""",
            "provision": """I recommend the following until the end of Reception (July 2027):
Physiotherapy review in school: 45 minutes every 4 weeks, by a children's physiotherapist from Brookfield Children's Physiotherapy.
Daily stretches: 10 minutes each morning, by her teaching assistant, whom I will train at the first review.
Walking practice with her frame: 10 minutes each afternoon, by her trained teaching assistant.
One 1-hour visit by me in September 2026 to check the classroom layout, so that there is a clear route for her frame.""",
            "author": """Hollie Grant, Children's Physiotherapist, Brookfield Children's Physiotherapy, 23 October 2026""",
        },
        tags=("clean", "cerebral-palsy", "age-5", "first-person", "trap-one-off"),
    ),
    Case(
        name="swallowing-lay-clinical-thread-clean",
        sections={
            "C": """Tilly (14) has cerebral palsy affecting her whole body. She has difficulty swallowing safely and coughs when she drinks thin liquids, and she is slow to eat.""",
            "E": """By July 2027, Tilly will eat and drink her whole lunch within 40 minutes without coughing, on 4 days out of 5, as recorded on her mealtime chart.
By the end of the spring term 2027, Tilly will tell her assistant, using her communication book, when she wants a break from eating, at every lunch observed by her speech and language therapist.""",
            "G": """Eating and drinking, for the 2026/27 school year:
A speech and language therapist from the Fairholme Children's Therapy Service will write an eating and drinking plan for her dysphagia (difficulty swallowing safely) in one 1-hour assessment at school in September 2026, and review it at a 45-minute lunchtime visit every half term.
Two named teaching assistants, trained by the therapist in one 1-hour session in September 2026, will support Tilly at every snack and lunch following the plan, including thickening her drinks and giving her 40 minutes for lunch.
Lunch will start 10 minutes before the rest of her class, arranged by her form tutor, every school day.""",
        },
        tags=("clean", "dysphagia", "cerebral-palsy", "age-14", "trap-lay-clinical-thread"),
    ),
    Case(
        name="down-syndrome-toddler-advice-no-role",
        kind="advice",
        sections={
            "needs": """Kit is 3 and has Down syndrome. His speech is delayed: he uses about 15 signs and 5 words.
He has low muscle tone and is not yet walking on his own.""",
            "outcomes": """By September 2027, Kit will use 40 signs or words, counted by his speech and language therapist.
By September 2027, Kit will walk 5 metres on his own across the nursery room.""",
            "provision": """A speech and language therapist from Eastholme Children's Services will see Kit at nursery for 30 minutes once a month until September 2027.
Kit will have opportunities for physical play at nursery.
A children's physiotherapist from Eastholme Children's Services will visit nursery once a term until September 2027 to set a walking programme, and his key worker, trained at the first visit, will practise it with him for 10 minutes each session.""",
            "author": """Dr Fiona Marsh, 3 December 2026""",
        },
        expected=(
            ("unspecified_provision", "provision", "opportunities for"),
            ("no_frequency", "provision", "Kit will have opportunities for physical play at nursery."),
            ("no_duration", "provision", "Kit will have opportunities for physical play at nursery."),
            ("no_provider", "provision", "Kit will have opportunities for physical play at nursery."),
            ("advice_no_author", "author", "Dr Fiona Marsh, 3 December 2026"),
        ),
        tags=("down-syndrome", "age-3"),
    ),
    Case(
        name="hearing-aids-should-where-possible",
        sections={
            "C": """Zainab (10) has a severe hearing loss in both ears and wears hearing aids. She relies on lip-reading and misses much of group discussions.
She does not always notice or tell anyone when her hearing aids stop working.""",
            "E": """By July 2027, Zainab will speak at least once in 3 out of 4 group discussions, as recorded by her class teacher.
Zainab will be more independent with her hearing aids.""",
            "G": """The Northfield Paediatric Audiology Service will check her hearing aids in clinic every 6 months for the 2026/27 school year.
Teachers should face Zainab when speaking, where possible.
Her radio aid will be used in all lessons.
Her class teacher will check with Zainab that both hearing aids are working at morning registration every day for the 2026/27 school year.""",
        },
        expected=(
            ("outcome_not_smart", "E", "Zainab will be more independent with her hearing aids."),
            ("unspecified_provision", "G", "should"),
            ("unspecified_provision", "G", "where possible"),
            ("no_duration", "G", "Teachers should face Zainab when speaking, where possible."),
            ("no_provider", "G", "Her radio aid will be used in all lessons."),
            ("no_duration", "G", "Her radio aid will be used in all lessons."),
        ),
        tags=("hearing", "age-10"),
    ),
    Case(
        name="absence-epilepsy-task-card-clean",
        sections={
            "C": """Hana (8) has childhood absence epilepsy: many times a day she stops and stares for up to 10 seconds and does not know what is happening around her. She misses parts of instructions and lessons because of this.
Her hospital doctor expects the seizures to stop as she gets older; they should not cause her lasting harm.""",
            "E": """By July 2027, Hana will check her task card or ask "What do I do?" after a teacher's instruction, in 4 out of 5 lessons, as recorded by her class teacher.
By July 2027, Hana will complete her daily maths task correctly on 4 days out of 5.""",
            "G": """All provision is for the 2026/27 school year.
Hana's class teacher, trained by the Epilepsy Specialist Nurse from Redmarsh Children's Hospital in one 1-hour session in September 2026, will give every instruction to Hana in writing on her task card as well as aloud, in all lessons.
Her class teacher will record any seizures she notices in Hana's seizure diary each day; her parents will take the diary to each 6-monthly clinic review.
The Epilepsy Specialist Nurse will phone the class teacher once a term to go through the diary.""",
        },
        tags=("clean", "epilepsy", "age-8", "trap-should-in-c", "trap-section-period"),
    ),
]

# Part 4
BLIND += [
    Case(
        name="autism-soiling-table-clean",
        sections={
            "C": """Rhys (12) is autistic and has a learning disability. He still soils himself about three times a week, usually in the afternoon, because he holds on and then cannot reach the toilet in time.
He avoids the school toilets because the hand dryers are loud.""",
            "E": """By July 2027, Rhys will use the toilet at his 3 planned times each day on 4 days out of 5, as recorded on his toilet chart.
By the end of the spring term 2027, Rhys will have no more than one soiling accident a fortnight.
By December 2026, Rhys will use the quiet toilet at every planned visit without refusing, on 4 days out of 5.""",
            "G": """Need | What | Who | When and for how long
Soiling | Continence assessment and a written toileting plan for home and school | Specialist nurse, Hartfield Children's Bladder and Bowel Service | One 1-hour home visit and one 1-hour school visit in September 2026; review visits in January and May 2027
Soiling | Planned toilet visits at 10.15, 12.45 and 14.30, using his picture toilet routine | His teaching assistant, trained by the specialist nurse at the September school visit | Every school day, 2026/27 school year
Noise in the toilets | Use of the quiet staff toilet with the dryer switched off, and ear defenders | His trained teaching assistant (as above) | Every toilet visit, 2026/27 school year""",
        },
        tags=("clean", "continence", "autism", "age-12", "table", "trap-may-month"),
    ),
    Case(
        name="tourette-pass-and-weekly-meeting",
        sections={
            "C": """Leon (13) has Tourette syndrome with movement and vocal tics, including coprolalia. His tics get worse when he is anxious or tired.
He has been teased about his tics by other pupils.""",
            "E": """By July 2027, Leon will use his tic break pass when his tics build up and return to the lesson within 10 minutes, on 4 out of 5 occasions logged by his head of year.
By December 2026, Leon will tell his head of year about any teasing within one school day, on every occasion.""",
            "G": """A clinical nurse specialist from the Wyebridge Tic Clinic will see Leon for eight 1-hour sessions of a behavioural therapy for tics between October 2026 and March 2027.
Leon will be able to leave lessons with a tic break pass whenever his tics build up.
His head of year will meet Leon weekly.""",
        },
        expected=(
            ("jargon", "C", "coprolalia"),
            ("no_provider", "G", "Leon will be able to leave lessons with a tic break pass whenever his tics build up."),
            ("no_duration", "G", "Leon will be able to leave lessons with a tic break pass whenever his tics build up."),
            ("no_duration", "G", "His head of year will meet Leon weekly."),
        ),
        tags=("tourette", "anxiety", "age-13"),
    ),
    Case(
        name="sma-ventilation-pha-clean",
        sections={
            "C": """Priya (18) has spinal muscular atrophy, a condition that makes her muscles very weak and is expected to shorten her life. She drives a powered wheelchair with a joystick and needs help with all personal care and with eating.
She uses a breathing machine through a face mask (non-invasive ventilation) at night and during chest infections, and needs a cough-assist machine to clear her chest when she is unwell.
She is studying for A-levels at Kingfisher Sixth Form College.""",
            "E": """By July 2027, Priya will direct her assistants in every personal care routine at college, including hoisting and eating, as recorded in her care log.
By December 2026, Priya will tell her assistant when her chest feels wet or tight so that her cough assist is used within 15 minutes, on every occasion recorded in her care log.""",
            "G": """Provision is for the 2026/27 college year and is funded through Priya's continuing care package.
Two personal assistants employed through her personal health budget, trained by the Chest Physiotherapy Team at Mallory Street Hospital in hoisting, eating support and use of the cough-assist machine in one 4-hour session in August 2026, will be with Priya for all her college hours (9.00 to 15.30, Monday to Thursday).
If Priya's chest sounds wet or she asks for it, one of her trained personal assistants will use the cough-assist machine following her written chest plan and tell her parents the same day.
The chest physiotherapist will review Priya's chest plan and check her assistants' competence once each term.""",
        },
        tags=("clean", "life-limiting", "neuromuscular", "age-18", "post-16", "trap-conditional", "trap-section-period"),
    ),
    Case(
        name="autism-paediatric-summary-undivided-clean",
        kind="advice",
        sections={
            "advice": """HEALTH ADVICE FOR EDUCATION, HEALTH AND CARE NEEDS ASSESSMENT
Young person: Toby Walsh, 15
I saw Toby with his mother at Elmfield Child Development Centre on 4 November 2026.
Toby is autistic. He finds changes to his routine very hard, and when he is overwhelmed he shuts down and cannot speak for up to an hour. He has no other health needs; his growth, hearing and sight are normal.
What would help: a known adult to meet him each morning, a warning of any change a day ahead, and a quiet room he can go to.
Dr Bethany Lowe, Specialty Doctor in Community Paediatrics, Elmfield Child Development Centre, 6 November 2026""",
        },
        tags=("clean", "undivided", "autism", "age-15", "capitals-heading"),
    ),
    Case(
        name="cp-college-passive-no-one",
        sections={
            "C": """Kieran (20) has cerebral palsy affecting his whole body and uses a wheelchair. He cannot change position by himself, and his hips hurt if he sits for more than 2 hours.""",
            "E": """By July 2027, Kieran will spend 30 minutes out of his wheelchair on the physio bed at lunchtime on 4 days out of 5, and rate his hip pain at 3 out of 10 or less at the end of the day on 4 days out of 5.""",
            "G": """Kieran will be hoisted out of his wheelchair onto the physio bed at 12.30 every college day for the 2026/27 college year.
Stretches will be done while he is on the bed.
His seating will be reviewed by the Ravensworth Wheelchair Service every 6 months for the 2026/27 college year.""",
        },
        expected=(
            ("no_provider", "G", "Kieran will be hoisted out of his wheelchair onto the physio bed at 12.30 every college day for the 2026/27 college year."),
            ("no_provider", "G", "Stretches will be done while he is on the bed."),
            ("no_duration", "G", "Stretches will be done while he is on the bed."),
        ),
        tags=("cerebral-palsy", "age-20", "post-16", "passive-voice"),
    ),
    Case(
        name="asthma-advice-brands-as-required",
        kind="advice",
        sections={
            "needs": """Sienna is 6 and has asthma. She uses a brown preventer inhaler (Clenil) morning and evening at home, and a blue reliever inhaler (Ventolin) through a spacer when she is wheezy. Her asthma is worse in winter, and she missed 9 days last term.""",
            "outcomes": """By July 2027, Sienna will tell an adult when her chest feels tight, on every occasion recorded in the school inhaler log.
By July 2027, Sienna will miss no more than 4 school days a term because of her asthma.""",
            "provision": """The school nursing team from Millhaven 0-19 Service will train her class teacher and teaching assistant in her asthma plan in one 45-minute session in September 2026.
Her reliever inhaler should be given as required.""",
            "author": """Gemma Lowry, School Staff Nurse, Millhaven 0-19 Service, 30 September 2026""",
        },
        expected=(
            ("drug_name", "needs", "Clenil"),
            ("drug_name", "needs", "Ventolin"),
            ("unspecified_provision", "provision", "should"),
            ("unspecified_provision", "provision", "as required"),
            ("no_frequency", "provision", "Her reliever inhaler should be given as required."),
            ("no_duration", "provision", "Her reliever inhaler should be given as required."),
            ("no_provider", "provision", "Her reliever inhaler should be given as required."),
        ),
        tags=("asthma", "age-6"),
    ),
    Case(
        name="retinitis-low-mood-clean",
        sections={
            "C": """Nadia (15) has an inherited eye condition that is slowly damaging the back of her eyes (retinitis pigmentosa). She has lost most of her side vision and sees very poorly in dim light, but her central sight is still good.
Since being told her sight will get worse she has felt low and has stopped going out with friends.""",
            "E": """By July 2027, Nadia will use her magnifier and tablet set-up to read exam papers in size 16 print independently in all her mock exams.
By the end of the spring term 2027, Nadia will move around school in dim corridors using her torch, with no trips or bumps reported in 4 out of 5 weeks.
By April 2027, Nadia will go out with a friend at least once a fortnight, as she reports to her counsellor.""",
            "G": """All provision below covers the 2026/27 school year.
The Low Vision Clinic at Saltmarsh Eye Hospital will assess Nadia in one 90-minute appointment in September 2026 and supply a hand magnifier, a tablet set-up for enlarging text and a small torch, with a 1-hour follow-up in February 2027.
The eye clinic liaison officer, a trained counsellor at Saltmarsh Eye Hospital, will see Nadia for six 50-minute sessions every 2 weeks from October 2026 to talk through the changes to her sight and plan ways to keep up with her friends.
Her ophthalmologist (eye doctor) will see her in clinic every 6 months and write to the special educational needs co-ordinator after each visit.""",
        },
        tags=("clean", "vision", "low-mood", "age-15", "trap-section-period", "trap-one-off"),
    ),
    Case(
        name="down-syndrome-outcomes-half-smart",
        sections={
            "C": """Bella (16) has Down syndrome and a mild hearing loss in both ears, for which she wears hearing aids.
She eats very quickly and stuffs her mouth, which makes her choke.""",
            "E": """By July 2027, Bella will be happier at lunchtime.
Bella will eat her lunch taking small mouthfuls with no more than one prompt, on 4 days out of 5.
By December 2026, Bella will wear both hearing aids in all lessons, checked at morning registration on 9 days out of 10.""",
            "G": """For the 2026/27 school year:
A speech and language therapist from the Harbourside Children's Eating and Drinking Service will see Bella at lunch for 45 minutes every 4 weeks and train her lunchtime assistant in her eating plan at the first visit.
Her trained lunchtime assistant will sit with Bella and prompt small mouthfuls at every lunch.
The Harbourside Audiology Service will check her hearing and hearing aids every 6 months, and her form tutor will check that she is wearing both aids at morning registration each day.""",
        },
        expected=(
            ("outcome_not_smart", "E", "By July 2027, Bella will be happier at lunchtime."),
            ("outcome_not_smart", "E", "Bella will eat her lunch taking small mouthfuls with no more than one prompt, on 4 days out of 5."),
        ),
        tags=("down-syndrome", "hearing", "eating", "age-16"),
    ),
    Case(
        name="sickle-cell-apprentice-advice-clean",
        kind="advice",
        sections={
            "needs": """Tobi is 23 and has sickle cell disease. He has pain crises about four times a year, brought on by cold, not drinking enough and over-exertion, and he tires more quickly than other people.
He is on a supported apprenticeship in horticulture at Greenway College, which means outdoor work in all weathers.""",
            "outcomes": """By July 2027, Tobi will follow his warm-and-hydrated plan (thermal layers, a 2-litre water target and indoor breaks in cold weather) on every outdoor work day, as checked each week by his job coach.
By July 2027, Tobi will complete at least 90% of his apprenticeship hours, with any hours lost to crises made up within 4 weeks.""",
            "provision": """I recommend, for the 2026/27 college year:
1. One 1-hour meeting in September 2026 between me, Tobi and his job coach to write his warm-and-hydrated plan and his crisis plan.
2. His job coach, trained by me at that meeting, to give Tobi a 15-minute indoor warm-up break every 2 hours on outdoor days below 10 degrees.
3. I will review Tobi in the adult sickle cell clinic every 6 months and update both plans with him.
4. If Tobi has a crisis at college, his job coach will follow the crisis plan and phone the hospital's sickle cell day unit the same day.""",
            "author": """Abena Owusu, Clinical Nurse Specialist in Sickle Cell, Lakeside University Hospital, 17 October 2026""",
        },
        tags=("clean", "sickle-cell", "age-23", "post-16", "first-person", "numbered-list", "trap-conditional"),
    ),
    Case(
        name="cleft-speech-acronym-expanded-clean",
        sections={
            "C": """Evan (6) was born with a cleft lip and palate (a gap in the lip and the roof of the mouth), which was repaired in 2021. His speech still sounds nasal and some sounds are hard to understand.
He also has glue ear in his left ear, which reduces his hearing on that side.""",
            "E": """By July 2027, Evan will say 'p', 'b', 't' and 'd' correctly in words in 8 out of 10 tries, tested by his cleft speech and language therapist.
By July 2027, Evan will sit with his right (better) ear towards the teacher at carpet time, with no reminders, on 4 days out of 5.""",
            "G": """The Regional Cleft Service, Northgate Children's Hospital (NCH), will provide:
- A specialist cleft speech and language therapist to see Evan in school for 30 minutes every week in the autumn term 2026, then every 2 weeks in the spring and summer terms 2027.
- A 1-hour training visit in September 2026 for his teaching assistant, who will then practise his speech sounds with him for 10 minutes 4 days a week for the 2026/27 school year.
- Hearing tests by the NCH audiology team every 6 months for the 2026/27 school year.
His class teacher will seat Evan with his right ear towards her at every carpet session for the 2026/27 school year.""",
        },
        tags=("clean", "cleft", "speech", "hearing", "age-6", "bullets", "trap-acronym-expanded", "trap-provider-once"),
    ),
    Case(
        name="prader-willi-input-from-dietitian",
        sections={
            "C": """Alex (10) has Prader-Willi syndrome, a genetic condition that causes a constant feeling of hunger. He will take food that is not his if it is left out, and his weight needs careful control.
He has low muscle tone and tires on long walks.""",
            "E": """By July 2027, Alex will keep his weight within 1 kg of the target set by his dietitian, measured each term.
By July 2027, Alex will walk the 800-metre route to the park with his class without stopping, on 3 out of 4 trips.""",
            "G": """Alex will receive input from the dietitian.
All food in his classroom will be kept in a locked cupboard, and his teaching assistant, trained by the Lindford Paediatric Dietetics Service in one 1-hour session in September 2026, will supervise him at every snack and lunch for the 2026/27 school year.
A children's physiotherapist from Lindford Children's Therapies will see Alex for 30 minutes every 4 weeks for the 2026/27 school year and set a stamina programme, which his teaching assistant, trained by the physiotherapist at the first visit, will run with him for 15 minutes every day.""",
        },
        expected=(
            ("unspecified_provision", "G", "input from"),
            ("no_frequency", "G", "Alex will receive input from the dietitian."),
            ("no_duration", "G", "Alex will receive input from the dietitian."),
        ),
        tags=("prader-willi", "age-10", "mixed-good-bad"),
    ),
    Case(
        name="pre-diagnosis-age-2-nursery-clean",
        sections={
            "C": """Ivy (2 years 10 months) is being assessed for autism by the Brookmere Child Development Centre. She has no words yet, and she does not point or bring toys to show adults.
She becomes very distressed at changes, such as arriving at nursery, and cries for up to 30 minutes.""",
            "E": """By her 4th birthday (December 2027), Ivy will use 10 words, signs or pictures to ask for things at nursery, counted by her key worker on one day each half term.
By July 2027, Ivy will settle at nursery within 10 minutes of arriving on 4 out of 5 days, as recorded in her daily diary.""",
            "G": """Until Ivy starts school in September 2028:
- A speech and language therapist from the Brookmere Child Development Centre will see Ivy at nursery for 45 minutes every 4 weeks and coach her key worker in play-based communication strategies at each visit.
- Her key worker, coached by the therapist, will do a 10-minute one-to-one play session with Ivy at every nursery session she attends (3 days a week).
- A clinical psychologist from the centre will meet Ivy's parents and key worker for two 1-hour sessions in October 2026 to plan a settling routine, with a 1-hour review in February 2027.""",
        },
        tags=("clean", "autism", "age-2", "early-years", "bullets", "trap-one-off"),
    ),
    Case(
        name="audiology-advice-department-signoff",
        kind="advice",
        sections={
            "needs": """Ellis is 12 and has a moderate to severe sensorineural hearing loss in both ears. He wears BTE hearing aids. He struggles to follow teachers who move around the room or talk while facing the board.""",
            "outcomes": """By July 2027, Ellis will repeat a spoken instruction given from the front of the classroom correctly on 4 out of 5 checks by his form tutor each half term.""",
            "provision": """I recommend that his teachers use his radio aid.
The Crestwood Paediatric Audiology Service will see Ellis every 6 months until he is 16.""",
            "author": """Audiology, Crestwood Hospital, 3 November 2026""",
        },
        expected=(
            ("jargon", "needs", "sensorineural"),
            ("acronym", "needs", "BTE"),
            ("no_frequency", "provision", "I recommend that his teachers use his radio aid."),
            ("no_duration", "provision", "I recommend that his teachers use his radio aid."),
            ("advice_no_author", "author", "Audiology, Crestwood Hospital, 3 November 2026"),
        ),
        tags=("hearing", "age-12", "first-person"),
    ),
    Case(
        name="hydrocephalus-shunt-advice-clean",
        kind="advice",
        sections={
            "needs": """Ffion is 11 and was born with hydrocephalus (a build-up of fluid in the brain), treated with a shunt (a thin tube that drains the fluid to her tummy). Her shunt is working well.
She has problems with working memory and with planning, which are common with hydrocephalus, and she gets headaches when she is tired.
If her shunt blocks she may have a severe headache, vomiting or drowsiness; this is an emergency.""",
            "outcomes": """By July 2027, Ffion will use her visual checklist to pack her bag and start her morning tasks without adult help on 4 days out of 5, as recorded by her class teacher.
By December 2026, Ffion will tell an adult when she has a headache, on every occasion recorded in her headache diary.
Throughout the 2026/27 school year, every severe headache with vomiting or drowsiness that Ffion has in school will get an emergency response within 5 minutes, as recorded in her care log.""",
            "provision": """For the 2026/27 school year:
- I will review Ffion in clinic every 6 months and write to school after each review.
- Her class teacher will give Ffion a visual checklist for her morning routine and for multi-step tasks in every lesson.
- Her teaching assistant will note any headache in her headache diary and let her rest for 15 minutes in the quiet area.
- The school nurse from Porthlan 0-19 Service will train her class teacher and teaching assistant in the signs of a blocked shunt (drainage tube) in one 30-minute session in September 2026.
- If Ffion has a severe headache with vomiting or drowsiness, the trained member of staff will call 999 and then her parents.""",
            "author": """Dr Kamal Idris, Consultant Community Paediatrician, Porthlan Child Health Service, 10 September 2026""",
        },
        tags=("clean", "hydrocephalus", "age-11", "first-person", "bullets", "trap-conditional", "trap-may-in-needs"),
    ),
    Case(
        name="rett-young-adult-review-no-frequency",
        sections={
            "C": """Hollie (24) has Rett syndrome and is in her final year at Birchfield Specialist College. She has a gastrostomy (a feeding tube into her stomach) for all her drinks and most of her food; she enjoys small tastes of smooth food by mouth, as set out in her eating plan.
She communicates by looking at the picture she wants (eye pointing).""",
            "E": """By July 2027, Hollie will choose her taste of the day by eye pointing between two pictures, at 4 out of 5 lunches, as recorded by her support worker.
By July 2027, Hollie will have all her tube feeds and drinks at college as set out in her feeding plan on every college day, with no missed feeds recorded on her feed chart.""",
            "G": """Until Hollie leaves college in July 2027:
The Adult Community Nursing Team at Birchfield Community Health will train her three named support workers in tube feeding and in giving tastes by mouth safely, in one 3-hour session in September 2026, and will re-check their competence every 6 months.
One of the trained support workers will give her lunchtime tube feed at 12.00 and her water flushes at 10.00 and 14.00 every college day.
A speech and language therapist from the Birchfield Adult Learning Disability Team will review her eating plan and choice pictures.""",
        },
        expected=(
            ("no_frequency", "G", "A speech and language therapist from the Birchfield Adult Learning Disability Team will review her eating plan and choice pictures."),
        ),
        tags=("gastrostomy", "life-limiting", "age-24", "post-16", "trap-section-period"),
    ),
    Case(
        name="implants-nursery-hi-tod",
        sections={
            "C": """Jonah (4) has a profound HI. He has had implants in both ears since 2025 (electronic devices that give a sense of sound). He is learning to listen and talk and uses about 30 spoken words.
He often pulls off the outside parts of his implants (the processors) and leaves them on the floor.""",
            "E": """By July 2027, Jonah will use 100 spoken words, counted by his speech and language therapist at her termly review.
By July 2027, Jonah will bring his processors to an adult when they fall off, on 4 out of 5 occasions recorded by his key worker.""",
            "G": """For the 2026/27 school year:
The Carrowmore Implant Programme will tune Jonah's implants in clinic every 3 months.
A speech and language therapist from the implant programme will see Jonah at nursery for 1 hour every 4 weeks, working jointly with his ToD.
His key worker, trained by the implant programme in one 1-hour session in September 2026, will check his processors when he arrives and after every outdoor play.""",
        },
        expected=(
            ("acronym", "C", "HI"),
            ("acronym", "G", "ToD"),
        ),
        tags=("hearing", "age-4", "early-years", "wording-only"),
    ),
    Case(
        name="selective-mutism-paragraph-clean",
        sections={
            "C": """Rosa (8) has selective mutism, a form of anxiety in which she cannot speak in some places even though she talks freely at home. At school she speaks only to her sister and one friend.
She does not ask for help, even when she is hurt or needs the toilet.""",
            "E": """By July 2027, Rosa will speak to her class teacher in a one-to-one session, in at least 3 sessions in a row, as recorded by her teaching assistant.
By December 2026, Rosa will show her 'help' card to an adult when she needs the toilet or is hurt, on every occasion observed.""",
            "G": """A speech and language therapist from the Gillbrook Children's Therapy Service, who specialises in selective mutism, will see Rosa in school for 45 minutes every 2 weeks from October to December 2026 and then once a month to July 2027. At the first session the therapist will train Rosa's teaching assistant in 'sliding in' (gradually bringing a new person into a session where Rosa already talks). The trained teaching assistant will run a 15-minute talking session with Rosa three times a week for the 2026/27 school year, bringing in her class teacher at the steps set out in the written plan the therapist updates at each visit. Her class teacher will introduce the 'help' card to the class in September 2026 and will check with Rosa at the end of each school day for the 2026/27 school year whether she needed it and was able to use it.""",
        },
        tags=("clean", "anxiety", "selective-mutism", "age-8", "typical-day-paragraph"),
    ),
    Case(
        name="autism-sleep-plan-drug-in-c",
        sections={
            "C": """Arlo (6) is autistic. He wakes 3 to 4 times a night and is tired at school. He takes melatonin at bedtime, prescribed by his paediatrician.
He finds the noise in the hall very hard and covers his ears.""",
            "E": """By July 2027, Arlo will stay in the hall for the whole of a 15-minute assembly, wearing his ear defenders, on 4 out of 5 days.
By April 2027, Arlo will sleep through the night on 4 nights out of 7, as recorded in his sleep diary.""",
            "G": """For the 2026/27 school year:
The Children's Sleep Practitioner from Hazelmere Community Paediatrics will see Arlo's parents for four 1-hour sessions every 3 weeks from October 2026 to set up a sleep plan.
An occupational therapist from Hazelmere Children's Therapies will make one 1-hour visit in September 2026 to advise on his sensitivity to noise, and his class teacher will make sure he has his ear defenders in every assembly and PE lesson in the hall.""",
        },
        expected=(
            ("drug_name", "C", "melatonin"),
        ),
        tags=("autism", "sleep", "age-6", "wording-only"),
    ),
    Case(
        name="brain-tumour-vague-paragraph",
        sections={
            "C": """Kacper (15) was treated for a brain tumour in 2023 and 2024. Since his treatment he has extreme tiredness, slow processing and poor balance.
He also has a hormone problem that is treated by the hormone team at the hospital and needs no provision in school.""",
            "E": """By July 2027, Kacper will attend full school days on at least 4 days a week, as recorded on the register.
By July 2027, Kacper will complete timed tasks using 25% extra time in all his mock exams.
Kacper will have improved balance.""",
            "G": """Kacper will have regular rest breaks and access to a lift pass. A physiotherapist from the Larchmont Children's Cancer Outreach Team will see him where possible. His teachers will give him 25% extra time in all tests and exams for the 2026/27 school year.""",
        },
        expected=(
            ("outcome_not_smart", "E", "Kacper will have improved balance."),
            ("unspecified_provision", "G", "regular"),
            ("unspecified_provision", "G", "access to"),
            ("no_frequency", "G", "Kacper will have regular rest breaks and access to a lift pass."),
            ("no_duration", "G", "Kacper will have regular rest breaks and access to a lift pass."),
            ("no_provider", "G", "Kacper will have regular rest breaks and access to a lift pass."),
            ("unspecified_provision", "G", "where possible"),
            ("no_frequency", "G", "A physiotherapist from the Larchmont Children's Cancer Outreach Team will see him where possible."),
            ("no_duration", "G", "A physiotherapist from the Larchmont Children's Cancer Outreach Team will see him where possible."),
        ),
        tags=("acquired-brain-injury", "age-15", "trap-not-a-need"),
    ),
    Case(
        name="diabetes-coeliac-need-unmet",
        sections={
            "C": """Maya (12) has type 1 diabetes and needs help to check her blood glucose and count the carbohydrate in her lunch.
She also has coeliac disease (her body reacts to gluten, found in wheat, barley and rye) and must eat only gluten-free food.""",
            "E": """By July 2027, Maya will check her glucose and enter her lunch carbohydrate into her pump correctly, with a trained adult checking, on every school day recorded in her diabetes log.
By December 2026, Maya will choose a gluten-free lunch from the labelled options on every school day, checked by the catering manager.""",
            "G": """For the 2026/27 school year:
The Paediatric Diabetes Team, Oldcastle Royal Infirmary, will train two named learning support assistants in Maya's diabetes care in one 2-hour session in September 2026, with a 1-hour refresher in February 2027.
One of the trained learning support assistants will check Maya's glucose and carbohydrate count with her at lunch every school day.""",
        },
        expected=(
            ("golden_thread", "C", "She also has coeliac disease (her body reacts to gluten, found in wheat, barley and rye) and must eat only gluten-free food."),
        ),
        tags=("diabetes", "coeliac", "age-12", "missing-provision"),
    ),
]
