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
Noah had grommets fitted in 2022; his hearing was retested in March 2026 and is normal.""",
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
            "C": """Amira (9) has cerebral palsy affecting both legs. She walks short distances with a rollator and uses a wheelchair for longer distances.
She has hypertonia in both calves and needs daily stretches to keep her ankles moving.
She tires quickly by the afternoon and finds it hard to concentrate after lunch.""",
            "E": """By July 2027 Amira will walk from her classroom to the hall with her rollator in under 3 minutes on 4 days out of 5.
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
            "needs": """Kai is 10 and was diagnosed with ADHD in 2024. He finds it hard to sit still, to wait his turn and to keep his attention on a task for more than a few minutes. He started Equasym XL 20 mg in the mornings in January 2026; it helps in the mornings but wears off by early afternoon.""",
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
            "author": """Sickle cell specialist nurse, Orchard Lane Haemoglobinopathy Centre, 20 September 2026""",
        },
        expected=(
            ("jargon", "needs", "vaso-occlusive"),
            ("drug_name", "needs", "hydroxycarbamide"),
            ("outcome_not_smart", "outcomes", "Precious will miss less school."),
            ("unspecified_provision", "provision", "support as needed"),
            ("no_frequency", "provision", "The school will offer support as needed with catch-up work after absences."),
            ("no_duration", "provision", "The school will offer support as needed with catch-up work after absences."),
            ("no_provider", "provision", "The school will offer support as needed with catch-up work after absences."),
            ("advice_no_author", "author", "Sickle cell specialist nurse, Orchard Lane Haemoglobinopathy Centre, 20 September 2026"),
        ),
        tags=("sickle-cell", "age-12"),
    ),
    Case(
        name="dmd-typical-day-paragraph-clean",
        sections={
            "C": """Callum (12) has Duchenne muscular dystrophy, a condition that makes his muscles weaker over time. He uses a powered wheelchair all day. He cannot stand to move in and out of his chair and needs a hoist and two adults for every transfer, including for the toilet.
His hands tire quickly when he writes.
His heart and breathing are checked in hospital by the neuromuscular team at Pendle Cross Hospital every 6 months; these checks are not a need in school.""",
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
            "provision": """- Occupational therapist from the Ashdown Neurorehabilitation Service: one 2-hour school visit in September 2026 to set up his laptop and adapt his timetable, then a 1-hour review each half term for the 2026/27 school year.
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
Reduced sight | Eye examination, glasses prescription and low vision assessment, with a written report to school | Orthoptist and optometrist, Low Vision Clinic, Wellfield Eye Unit | Every 6 months until the end of Key Stage 1
Reduced sight | Large print (18 to 24 point) for all worksheets and books; Ruby seated in the front row | Class teacher | Every lesson, for the 2026/27 school year
Glare | Advice on classroom lighting and blinds, and tinted glasses supplied | Orthoptist, Low Vision Clinic, Wellfield Eye Unit | One 1-hour visit in October 2026""",
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
