"""Blind set 2026-12d: EHC plan health sections and health advice, labelled by hand.

Written from the domain notes and the labelling conventions only, without reading the
checks. All names, places and details are invented.
"""

from ..cases import Case

BLIND: list[Case] = []

# ---------------------------------------------------------------------------
# Part 1
# ---------------------------------------------------------------------------

BLIND += [
    Case(
        name="epilepsy-trigger-rescue-clean",
        sections={
            "C": """HEALTH NEEDS
Tobias has epilepsy. He has two kinds of seizure: absence seizures (short blank spells of a few seconds, several times a day) and, about once a month, a seizure in which he falls, stiffens and jerks. After a larger seizure he is very tired for the rest of the day and may need to sleep. During absence seizures he misses parts of what the teacher says, so he often loses track of lessons.
He was born at full term and his early development was as expected until his first seizure at the age of 6.""",
            "E": """By July 2027, Tobias will tell an adult he trusts when he feels a seizure coming or has just had one, on every occasion staff see, as recorded on his seizure log.
By July 2027, Tobias will complete at least 8 out of 10 of the catch-up tasks his teacher gives him after absence seizures, as recorded in his class teacher's weekly notes.""",
            "G": """The Children's Epilepsy Nurse Specialist from Ashcombe and Lowfield Community Health Services will train all staff who work with Tobias in recognising his seizures and giving his prescribed rescue medication: one 90-minute session in September 2026, refreshed every 12 months while he attends Marsham Primary School.
If a seizure lasts longer than 5 minutes, a member of staff trained by the epilepsy nurse will give the prescribed rescue medication and call 999.
After a larger seizure, a member of staff trained by the epilepsy nurse will stay with Tobias in the medical room until he is collected or ready to go back to class, each time it happens, for the 2026/27 school year.
After every seizure his class teacher will record it on the seizure log, and the epilepsy nurse will go through the log with the special educational needs coordinator (SENCo) once each half term for the 2026/27 school year.
After each cluster of absence seizures his class teacher will give Tobias a 10-minute recap of what he missed, for the 2026/27 school year.
The community paediatrician will review his epilepsy care plan every 6 months until the end of Key Stage 2.""",
        },
        tags=("clean", "epilepsy", "trigger", "may-in-C"),
    ),
    Case(
        name="asthma-access-to-and-regular",
        sections={
            "C": """Maisie has asthma. Cold air, running and dust make her wheezy and breathless, and she uses a blue reliever inhaler with a spacer.""",
            "E": """Maisie will be able to join in PE.""",
            "G": """Staff will give Maisie access to her reliever inhaler before PE and whenever she is wheezy, for the 2026/27 school year. The school nurse will provide regular asthma reviews.""",
        },
        expected=(
            ("outcome_not_smart", "E", "Maisie will be able to join in PE."),
            ("unspecified_provision", "G", "access to"),
            (
                "no_provider",
                "G",
                "Staff will give Maisie access to her reliever inhaler before PE and whenever she is wheezy, for the 2026/27 school year.",
            ),
            ("unspecified_provision", "G", "regular"),
            ("no_frequency", "G", "The school nurse will provide regular asthma reviews."),
            ("no_duration", "G", "The school nurse will provide regular asthma reviews."),
        ),
        tags=("asthma", "vague", "short"),
    ),
    Case(
        name="cerebral-palsy-flattened-table-clean",
        sections={
            "C": """Aleksander has cerebral palsy affecting both legs. He walks with a frame indoors and uses a wheelchair for longer distances. His leg muscles are tight, which makes standing for long periods tiring and painful. He needs help to move safely around a large secondary school site between lessons.
His vision and hearing were checked in 2025 and are normal.""",
            "E": """By July 2027, Aleksander will walk between his morning lessons on the ground floor with his frame, without adult help, on 4 out of 5 school days, as recorded by his form tutor.
By July 2027, Aleksander will carry out his own daily stretching routine at school with no more than one spoken prompt, on every school day, as recorded by his trained teaching assistant.""",
            "G": """Need | Provision | Who | How often and how long
Tight leg muscles | Physiotherapy review and an updated stretching programme | Paediatric physiotherapist, Kestrel Vale Children's Therapy Service | One 45-minute visit each half term for the 2026/27 school year
Tight leg muscles | Daily 15-minute stretching routine written by the physiotherapist | Teaching assistant trained by the physiotherapist at the September visit | Every school day before lunch, for the 2026/27 school year
Moving round the school site | Use of the lift and leaving each lesson 5 minutes early with a friend | Form tutor arranges it; the office manager keeps the lift key | Every lesson change, for the 2026/27 school year
Wheelchair and frame | Check of fit and condition | Occupational therapist from the Kestrel Vale Wheelchair Service | Every 6 months, until the next annual review""",
        },
        tags=("clean", "cerebral-palsy", "table", "history-not-need"),
    ),
    Case(
        name="diabetes-advice-pump-clean",
        kind="advice",
        sections={
            "needs": """Nadia (11) has type 1 diabetes. Her body does not make the hormone that controls blood sugar, so she wears a pump that gives her diabetes medicine through a small tube under the skin, and a sensor on her arm sends her blood sugar readings to her phone. If her blood sugar goes too low (a "hypo") she becomes shaky, confused and unable to concentrate; if it goes too high she is tired and thirsty. Counting the carbohydrate in her lunch takes her longer than her friends and she often misses the start of afternoon lessons.""",
            "outcomes": """By July 2027, Nadia will tell an adult when she feels low, on every occasion, as recorded on her diabetes log.
By the end of Year 7 (July 2027), Nadia will count the carbohydrate in her school lunch and enter it into her pump herself, with an adult checking, at every lunchtime, as recorded on her diabetes log.
By July 2027, Nadia will arrive for afternoon lessons on time on at least 4 days out of 5, as recorded by her form tutor.""",
            "provision": """This provision is for the 2026/27 school year, Nadia's first year at Greyfriars High School.
1. The diabetes nurse will train two named members of school staff in reading Nadia's sensor, treating a hypo and checking carbohydrate counts: one 2-hour session before she starts in September 2026, then a 1-hour refresher in January 2027.
2. At every lunchtime, a member of staff trained by the diabetes nurse will check Nadia's carbohydrate count before she enters it into her pump.
3. If her sensor reading falls below the level written in her individual healthcare plan, a trained member of staff will give her fast-acting sugar from her hypo box straight away and check her reading again after 15 minutes.
4. Her form tutor will arrange for Nadia to leave lunch 10 minutes early every day so that she reaches afternoon lessons on time.
5. The diabetes team will meet Nadia, her parents and the school's special educational needs coordinator for one hour once a term to update her individual healthcare plan.""",
            "author": """Written by Helen Marchetti, Paediatric Diabetes Specialist Nurse, Larchmont Children's Diabetes Team, Wexcombe Hospitals NHS Trust. Date: 3 November 2026.""",
        },
        tags=("clean", "diabetes", "numbered", "trigger", "period-once"),
    ),
    Case(
        name="adhd-advice-drugs-camhs-should",
        kind="advice",
        sections={
            "needs": """Ellis is 8 and has attention deficit hyperactivity disorder (ADHD), diagnosed by the Fenwick CAMHS team in March 2026. He finds it very hard to stay seated and focused for more than 10 minutes and he often calls out. He takes methylphenidate each school morning, given at home before school, and melatonin at bedtime.""",
            "outcomes": """By the end of Year 4 (July 2027), Ellis will stay on task for 15 minutes in literacy and numeracy lessons on 4 out of 5 days, as recorded on his class teacher's weekly tracker.
Ellis will call out less in class.""",
            "provision": """- His class teacher should give Ellis a 5-minute movement break every 45 minutes, for the 2026/27 school year.
- His class teacher will use a visual timer and a "now and next" board in every literacy and numeracy lesson for the 2026/27 school year.
- The nurse from the same team will review Ellis's medicine and progress with his parents every 6 months while he is on medication, and will send a summary to the school after each review.""",
            "author": """Dr Sunita Varghese, Specialty Doctor in Child Psychiatry, Fenwick Community Child Health. 21 October 2026.""",
        },
        expected=(
            ("acronym", "needs", "CAMHS"),
            ("drug_name", "needs", "methylphenidate"),
            ("drug_name", "needs", "melatonin"),
            ("outcome_not_smart", "outcomes", "Ellis will call out less in class."),
            ("unspecified_provision", "provision", "should"),
        ),
        tags=("adhd", "bullets", "drug", "acronym"),
    ),
    Case(
        name="no-health-needs-stated-clean",
        sections={
            "C": """Section C: Health needs
Ruby has no health needs that relate to her special educational needs. Her hearing and vision were checked by the school nursing team in Reception and were normal. She had her tonsils out in 2024 and has had no problems since.""",
            "E": """There are no health outcomes in this plan.""",
            "G": """No health provision is required.""",
        },
        tags=("clean", "no-needs", "history-not-need"),
    ),
    Case(
        name="dysphagia-nursery-jargon-and-thread",
        sections={
            "C": """Jayden (aged 4) has dysphagia and oral hypotonia. He coughs and splutters when he drinks thin fluids and has had two chest infections this year. He is also very sensitive to noise and covers his ears in busy rooms.""",
            "E": """By July 2027 Jayden will drink his thickened drinks from an open cup at snack and lunch without coughing, on 4 out of 5 days, as recorded by his key worker.""",
            "G": """A speech and language therapist from the Northbrook Children's Therapy Service will train Jayden's key worker and one other nursery practitioner in thickening his drinks to the level on his eating and drinking plan: one 1-hour session in September 2026 and a 30-minute check each term for the 2026/27 school year.
At every snack and meal, his key worker, trained as above, will thicken his drinks and sit with him while he drinks, for the 2026/27 school year.""",
        },
        expected=(
            ("jargon", "C", "dysphagia"),
            ("jargon", "C", "hypotonia"),
            ("golden_thread", "C", "He is also very sensitive to noise and covers his ears in busy rooms."),
        ),
        tags=("dysphagia", "early-years", "jargon", "golden-thread"),
    ),
    Case(
        name="autism-salt-advice-may-month-clean",
        kind="advice",
        sections={
            "needs": """Oscar is 5 and in Reception at Tillingbourne Infant School. He is autistic. He uses about 20 single words, mostly to name things he likes, and does not yet use words or pictures to ask for help. Changes of activity upset him: he drops to the floor or runs from the room several times a day.""",
            "outcomes": """By July 2027, Oscar will use a picture or a word to ask for help, a drink or a break at least 5 times each school day, as recorded by his teaching assistant on his communication log.
By July 2027, Oscar will move from the carpet to the next activity using his visual timetable with no more than one adult prompt, on 4 out of 5 days, as recorded by his class teacher.""",
            "provision": """A speech and language therapist will set up a communication programme for Oscar and train his class teaching assistant to deliver it: a 1-hour training session in September 2026 and a 45-minute visit to school every half term for the 2026/27 school year.
Once trained, his teaching assistant will run the programme with him for 15 minutes every school day for the 2026/27 school year.
His class teacher will give Oscar a visual timetable and a "first and then" card at each change of activity, every school day, for the 2026/27 school year.
The therapist will go through his progress with his parents at a 45-minute meeting in May 2027.""",
            "author": """Advice written by Fionnuala Brereton, Highly Specialist Speech and Language Therapist (registered with the Health and Care Professions Council), Penhallow Children's Therapy Service, 9 September 2026.""",
        },
        tags=("clean", "autism", "may-month", "one-off"),
    ),
    Case(
        name="hearing-qtod-expanded-in-C-clean",
        sections={
            "C": """Leah (14) has a moderate permanent hearing loss in both ears (sensorineural, which means the inner ear does not pass sound on fully). She wears two hearing aids and uses a radio aid, a microphone the teacher wears that sends speech straight to her hearing aids. She is supported by a Qualified Teacher of the Deaf (QToD) from the Sensory Support Service. In noisy classrooms she misses instructions, especially homework set at the end of lessons.""",
            "E": """By July 2027, Leah will use her radio aid in every lesson and tell her teacher when it is not working, on every occasion, as recorded on her weekly equipment check sheet.
By the end of Year 9 (July 2027), Leah will say that she understood the homework instructions in at least 9 out of 10 lessons, checked by her form tutor at the end of each week.""",
            "G": """- The QToD will visit once every half term for a 1-hour session to watch Leah's listening in class, advise her teachers and check her radio aid, for the 2026/27 school year.
- The audiology service at Pellow General Hospital will review her hearing and hearing aids every 6 months until she turns 16.
- Her subject teachers will wear the radio aid microphone in every lesson and write homework on the board, for the 2026/27 school year. The QToD will train them in using it in one 45-minute staff session in September 2026.
- Her form tutor will spend 10 minutes with Leah at the end of each school week checking that she understood her homework, for the 2026/27 school year.
- A teaching assistant trained by the QToD will check her radio aid and hearing aids at the start of each school day, for the 2026/27 school year.""",
        },
        tags=("clean", "hearing", "acronym-expanded-elsewhere", "jargon-explained"),
    ),
    Case(
        name="tracheostomy-period-once-as-appropriate",
        sections={
            "C": """Priya-Mae (6) has a tracheostomy (a breathing tube in the front of her neck) because her airway is narrow. Her tube needs to be cleared with a suction machine, usually 3 to 6 times a day, and it may block or come out, which is an emergency. She cannot speak aloud while the tube is in and communicates with signs.""",
            "E": """By July 2027, Priya-Mae will let an adult know with her sign when she needs suction, on every occasion, as recorded on her suction chart.
By July 2027, Priya-Mae will use at least 30 signs to make requests in class, as counted by her speech and language therapist at the summer-term review.""",
            "G": """All provision below is for the 2026/27 school year at Rowan Hill Primary School.
The Children's Community Nursing team will train three members of staff in suction, changing her tube in an emergency and emergency breathing support: one full-day course before she starts in September 2026 and a 1-hour competency check every 3 months.
One of the three staff trained by the nursing team will be with Priya-Mae at all times in school.
Whenever she signs or sounds as if she needs suction, a member of staff trained by the Children's Community Nursing team will clear her tube.
A speech and language therapist will see Priya-Mae as appropriate to develop her signing.""",
        },
        expected=(
            ("unspecified_provision", "G", "as appropriate"),
            (
                "no_frequency",
                "G",
                "A speech and language therapist will see Priya-Mae as appropriate to develop her signing.",
            ),
        ),
        tags=("tracheostomy", "period-once", "trigger", "vague"),
    ),
    Case(
        name="duchenne-physio-advice-no-name-no-date",
        kind="advice",
        sections={
            "needs": """Corey is 10 and has Duchenne muscular dystrophy, a condition in which his muscles get weaker over time. He tires quickly when walking, finds stairs hard and falls about twice a week at school. His ankles are becoming stiff.""",
            "outcomes": """By July 2027, Corey will do his ankle stretches with his teaching assistant on every school day, as recorded on his stretching chart, and will keep the ankle movement his physiotherapist measured in September 2026.
By July 2027, Corey will move between lessons using the lift and his scooter with no falls in at least 9 weeks out of 10, as recorded on the school falls log.""",
            "provision": """The physiotherapist will visit school once a term for 1 hour to review Corey's stretches, seating and walking, until the next annual review.
A teaching assistant trained by the physiotherapist will do Corey's 10-minute stretching programme with him every school day after lunch, for the 2026/27 school year.
At every lesson change Corey will use the lift and a scooter, for the 2026/27 school year; the office manager keeps the lift key.""",
            "author": """Physiotherapy advice, Children's Therapy Service""",
        },
        expected=(
            ("advice_no_author", "author", "Physiotherapy advice, Children's Therapy Service"),
        ),
        tags=("duchenne", "advice-author"),
    ),
    Case(
        name="anxiety-opportunities-and-support-as-needed",
        sections={
            "C": """Kai (15) has severe anxiety and low mood, assessed by the Child and Adolescent Mental Health Service (CAMHS) in January 2026. He has panic attacks in crowded corridors, and he has attended 48% of school sessions this year.
He self-harmed in 2025; there have been no episodes since he started therapy.""",
            "E": """Kai will feel better about school.
By July 2027, Kai will attend at least 85% of school sessions, as recorded on the school register.
By July 2027, Kai will move between lessons without a panic attack on at least 4 days out of 5, as recorded at his weekly check-in with his head of year.""",
            "G": """CAMHS will provide 12 weekly sessions of cognitive behavioural therapy (a talking therapy), each 50 minutes, from September 2026.
Kai will have opportunities for time out in the school's quiet room, arranged by his head of year, whenever he feels panicky, for the 2026/27 school year.
His head of year will meet Kai for 15 minutes every Monday morning to plan his week, for the 2026/27 school year.
Kai will leave each lesson 3 minutes early to miss the crowded corridors, arranged by his head of year, for the 2026/27 school year.
Staff will support Kai as needed.""",
        },
        expected=(
            ("outcome_not_smart", "E", "Kai will feel better about school."),
            ("unspecified_provision", "G", "opportunities for"),
            ("unspecified_provision", "G", "as needed"),
            ("no_provider", "G", "Staff will support Kai as needed."),
            ("no_frequency", "G", "Staff will support Kai as needed."),
            ("no_duration", "G", "Staff will support Kai as needed."),
        ),
        tags=("mental-health", "vague", "history-not-need"),
    ),
    Case(
        name="down-syndrome-preschool-bullets-clean",
        sections={
            "C": """HEALTH
Freya is 3 and has Down syndrome.
- Her muscles are floppy (low muscle tone), so she tires quickly, is not yet walking on her own and needs a supportive chair to sit at the table.
- She has glue ear in both ears, which comes and goes; when it is bad she hears speech as if through water.
- She uses about 10 signs and a few words; her understanding is ahead of her talking.
Her heart condition was repaired when she was 5 months old and she is now only seen by the heart team once a year. This does not affect her at nursery.""",
            "E": """- By July 2027, Freya will walk 10 metres across the nursery room holding one adult hand, on 3 out of 5 days, as recorded by her key worker.
- By July 2027, Freya will sit in her supportive chair for the whole of snack time (15 minutes) without slipping, every day she attends, as recorded by her key worker.
- By July 2027, Freya will use at least 40 signs or words to ask for things, as counted by her speech and language therapist at the July review.
- By July 2027, Freya will wear her hearing aids for at least 2 hours each nursery session, as recorded on her hearing aid chart.""",
            "G": """- A children's physiotherapist from Oakhurst Children's Therapy Service will visit the nursery for 45 minutes every 4 weeks for the 2026/27 school year, and will show her key worker a walking and standing programme.
- Her key worker, trained by the physiotherapist, will do the 10-minute walking and standing programme with Freya at every nursery session for the 2026/27 school year.
- An occupational therapist from Oakhurst Children's Therapy Service will assess her seating in one 1-hour visit in September 2026 and order a supportive chair.
- A speech and language therapist will see Freya for a 30-minute session every 2 weeks at nursery, for the 2026/27 school year, and will teach her key worker 5 new signs at each visit.
- The audiology service at Oakhurst Community Hospital will check her hearing every 4 months until she starts school, and a Teacher of the Deaf from the Sensory Support Team will visit the nursery for 1 hour each half term for the 2026/27 school year.
- Her key worker will put in and check her hearing aids at the start of every nursery session for the 2026/27 school year, after one 30-minute training session from the Teacher of the Deaf in September 2026.""",
        },
        tags=("clean", "down-syndrome", "early-years", "bullets", "history-not-need"),
    ),
    Case(
        name="continence-advice-ta-and-diary",
        kind="advice",
        sections={
            "needs": """Amira is 7. She wets herself during the school day on most days, which is made worse by constipation. She is upset and embarrassed about it and has started to avoid playtime.""",
            "outcomes": """By July 2027, Amira will be dry during the school day on at least 4 days out of 5, as recorded on her toilet chart.
By the end of the spring term 2027, Amira will go to the toilet by herself when the timer on her watch buzzes, on every school day, as recorded on her toilet chart.""",
            "provision": """The school nursing team will go through Amira's bladder and bowel diary with her parents for the rest of the 2026/27 school year.
A TA will take Amira to the toilet every 90 minutes during the school day for the 2026/27 school year.
Her class teacher will prompt Amira to drink a cup of water at every break and at lunch, for the 2026/27 school year.""",
            "author": """Bethan Llewellyn-Shaw, School Staff Nurse, Hartwell School Nursing Service, Coldmere Community NHS Trust, 12 October 2026""",
        },
        expected=(
            (
                "no_frequency",
                "provision",
                "The school nursing team will go through Amira's bladder and bowel diary with her parents for the rest of the 2026/27 school year.",
            ),
            ("acronym", "provision", "TA"),
            (
                "no_provider",
                "provision",
                "A TA will take Amira to the toilet every 90 minutes during the school day for the 2026/27 school year.",
            ),
        ),
        tags=("continence", "acronym", "untrained-role"),
    ),
    Case(
        name="epilepsy-brand-and-generic-in-plan",
        sections={
            "C": """Section C - Health
Sofia (12) has epilepsy and has tonic-clonic seizures (she falls, stiffens and jerks) about twice a term, mostly when she is tired. She takes levetiracetam twice a day at home. After a seizure she is confused for up to an hour and has a headache.""",
            "E": """By July 2027, Sofia will describe her own seizure warning signs and triggers and tell her form tutor when she is overtired, on every occasion, as recorded on her seizure diary, which she will go through with the epilepsy nurse at each termly review.""",
            "G": """Provision below runs for the 2026/27 school year.
If a seizure lasts 5 minutes, a member of staff trained by the epilepsy nurse will give Buccolam as written in her care plan and call an ambulance.
The Children's Epilepsy Nurse from Dunmore Community Child Health will train six members of staff in a 2-hour session in September 2026 and see Sofia for a 30-minute review once a term.
After every seizure a trained member of staff will stay with Sofia in the medical room until she is no longer confused.""",
        },
        expected=(
            ("drug_name", "C", "levetiracetam"),
            ("drug_name", "G", "Buccolam"),
        ),
        tags=("epilepsy", "drug", "jargon-explained", "period-once"),
    ),
    Case(
        name="hemiplegia-ot-advice-clean",
        kind="advice",
        sections={
            "needs": """Tariq is 16 and starts the Level 2 catering course at Bramwell College in September 2026. He has hemiplegia (weakness down the right side of his body) after a stroke when he was a baby. He cannot use his right hand to hold things steady, so chopping, carrying hot pans and using standard kitchen knives are unsafe for him without adapted equipment. He writes slowly and tires after about 10 minutes of handwriting.""",
            "outcomes": """By the end of the first college term (December 2026), Tariq will use his adapted chopping board and knife to prepare all the vegetables in a practical session safely, without staff help, in every practical session, as recorded by his catering tutor.
By July 2027, Tariq will type his written coursework on a laptop at 20 words a minute, measured by his learning support tutor in the summer term.""",
            "provision": """An occupational therapist from the Bramwell Community Therapy Service will assess Tariq in the college kitchen in one 90-minute visit in September 2026 and supply an adapted chopping board, a rocker knife and a pan handle holder.
The occupational therapist will review his use of the equipment in two 1-hour visits, in November 2026 and March 2027.
His catering tutor will check that he has his adapted equipment at the start of every practical session, for the 2026/27 academic year.
The college's learning support tutor will teach Tariq touch typing for 30 minutes twice a week for the autumn and spring terms of 2026/27.""",
            "author": """Kerry-Ann Osei, Specialist Occupational Therapist (registered with the Health and Care Professions Council), Bramwell Community Therapy Service, 2 July 2026""",
        },
        tags=("clean", "cerebral-palsy", "post-16", "one-off", "jargon-explained"),
    ),
    Case(
        name="nut-allergy-reception-clean",
        sections={
            "C": """Zara (5) has a severe allergy to peanuts and tree nuts. Eating even a small amount could cause anaphylaxis, a severe allergic reaction that makes breathing difficult and can be life-threatening. She carries two allergy pens (auto-injectors) in a bag that goes everywhere with her. She has mild eczema, which is managed at home and does not affect her learning.""",
            "E": """By July 2027, Zara will check with an adult before eating any food that was not brought from home, at every snack and lunch, as recorded by her class teaching assistant.
By the end of Reception (July 2027), Zara will be able to show her teacher where her allergy pen bag is kept, whenever she is asked during the termly check.""",
            "G": """The school nurse from the Elmsted School Nursing Team will train all Reception staff and midday supervisors in recognising a severe allergic reaction and using an allergy pen, in one 1-hour session before Zara starts in September 2026, with a 30-minute refresher each January while she attends Elmsted Primary School.
At every snack and lunch, a member of staff trained by the school nurse will check Zara's food against her allergy list, for the 2026/27 school year.
If Zara shows any sign of a severe reaction, a trained member of staff will use her allergy pen straight away and call 999, as set out in her individual healthcare plan.
Her class teacher will ask Zara to show where her allergy pen bag is once a term, for the 2026/27 school year.""",
        },
        tags=("clean", "allergy", "trigger", "history-not-need", "jargon-explained"),
    ),
    Case(
        name="vision-nystagmus-qtvi",
        sections={
            "C": """Ollie (9) has albinism, which affects his eyes. He has nystagmus and very low vision: he reads print of 24 point size at a close distance and cannot see the whiteboard from his seat. Bright sunlight dazzles him.""",
            "E": """By July 2027, Ollie will read his class texts in 24-point print or on his tablet at the same speed as at his September 2026 assessment or faster, as measured by the QTVI each term.
By July 2027, Ollie will wear his tinted glasses outdoors at every playtime, as recorded by his class teacher on a weekly chart.""",
            "G": """- The QTVI will see Ollie for a 1-hour session every 3 weeks for the 2026/27 school year, to teach him to use his tablet for reading and to check that his work is enlarged correctly.
- His class teacher will give him all printed work in 24-point print and share the whiteboard to his tablet, in every lesson, for the 2026/27 school year.
- His class teacher will remind Ollie to put on his tinted glasses before every outdoor playtime for the 2026/27 school year.
- The children's eye clinic at Greystone Hospital will review his vision every 6 months until the end of Key Stage 2.""",
        },
        expected=(
            ("jargon", "C", "nystagmus"),
            ("acronym", "E", "QTVI"),
        ),
        tags=("vision", "jargon", "acronym", "bullets"),
    ),
    Case(
        name="gastrostomy-feeding-may-month-clean",
        sections={
            "C": """Mason (12) cannot eat or drink safely by mouth because of his condition, so all his food and drink goes through a gastrostomy, a small tube that goes through the skin straight into his stomach. He has two feeds during the school day. Being fed in front of others makes him self-conscious, and he wants to eat lunch with his friends.""",
            "E": """By July 2027, Mason will have his two school feeds on time on every school day, as recorded on his feeding chart.
By July 2027, Mason will spend the lunch break with his friends after his feed on at least 4 days out of 5, as he reports at his weekly check-in with his form tutor.""",
            "G": """The Children's Community Nursing team from Halbury Community Health Trust will train two teaching assistants in giving Mason's feeds and caring for his tube, in one 3-hour session before the start of the 2026/27 school year and a 1-hour competency check every 6 months while he attends Halbury High School.
A teaching assistant trained by the nursing team will give his feed at 10.30am and 12.30pm every school day in the medical room, for the 2026/27 school year.
If his tube comes out, the trained teaching assistant will cover the site with a clean dressing, phone his parents and the Children's Community Nursing team straight away.
His form tutor will meet Mason for 10 minutes every Friday to talk about lunchtimes and friendships, for the 2026/27 school year.
The dietitian will review his feeding plan with his parents and the nursing team in a 1-hour meeting in May 2027.""",
        },
        tags=("clean", "tube-feeding", "may-month", "trigger", "jargon-explained"),
    ),
    Case(
        name="autism-orphan-sleep-provision",
        sections={
            "C": """Health needs
Noah (10) is autistic. He is very sensitive to noise and to the feel of clothes, and in the busy dining hall he covers his ears, shouts and has run out of school twice this year. He eats only six foods, all dry and beige, which his paediatrician has checked and is not worried about at present.""",
            "E": """By July 2027, Noah will eat his lunch in the small dining room without leaving before the end of lunch, on 4 out of 5 days, as recorded by his class teacher.
By July 2027, Noah will use his ear defenders or his "break" card when the noise is too much, instead of running out, on every occasion, as recorded on his class behaviour log.""",
            "G": """An occupational therapist from the Wyndham Children's Therapy Service will carry out a sensory assessment in school in one 2-hour visit in October 2026 and write a sensory plan for his class team.
His class teacher will make sure Noah eats lunch in the small dining room with two friends every day, and has ear defenders and a "break" card on his desk in every lesson, for the 2026/27 school year.
The community paediatrician will prescribe a sleep programme and see Noah every 3 months for the 2026/27 school year to monitor his sleep.""",
        },
        expected=(
            (
                "golden_thread",
                "G",
                "The community paediatrician will prescribe a sleep programme and see Noah every 3 months for the 2026/27 school year to monitor his sleep.",
            ),
        ),
        tags=("autism", "golden-thread", "orphan-provision"),
    ),
    Case(
        name="audiology-letter-undivided-wording",
        kind="advice",
        sections={
            "advice": """Dear Sir/Madam,
Re: Harvey Pemberton, date of birth 14/03/2019
I saw Harvey in the paediatric audiology clinic at Castlebridge Hospital on 28 September 2026. Testing today shows a mild to moderate sensorineural hearing loss in both ears. Hearing aids have been fitted and he should wear them all day. We recommend regular hearing checks and that school consider an FM system, which would be used as required in class. I would be grateful if staff could seat him near the front.
Yours faithfully,
Marguerite Adebayo-Finch, Clinical Scientist (Audiology), Castlebridge Hospital Audiology, 30 September 2026""",
        },
        expected=(
            ("jargon", "advice", "sensorineural"),
            ("acronym", "advice", "FM"),
        ),
        tags=("hearing", "undivided", "letter", "wording-only"),
    ),
    Case(
        name="young-adult-learning-disability-transition-clean",
        sections={
            "C": """Health needs
Bethany is 19 and attends the Pathways course at Moorcroft College. She has a severe learning disability and epilepsy that has been well controlled for 3 years; she has had no seizures since 2023 and needs no emergency medicine plan at college.
- She is anxious about health appointments and has refused blood tests twice.
- She is moving from children's to adult health services: she has left the children's learning disability team and has not yet been seen by the adult team.
- She is overweight, which makes walking between college buildings tiring.""",
            "E": """- By March 2027, Bethany will attend her annual health check at her GP surgery with her support worker and complete it, as recorded by the practice.
- By July 2027, Bethany will have met her adult learning disability nurse at least three times and will say, using her own photo book, who her new health team are, as checked by her college tutor in July 2027.
- By July 2027, Bethany will walk between college buildings for the whole of her timetable without stopping to rest, on 4 out of 5 college days, as recorded by her college tutor.""",
            "G": """1. The learning disability nurse from the Moorcroft Adult Community Learning Disability Team will meet Bethany at college for 1 hour every 4 weeks from September 2026 to July 2027, to prepare her for blood tests and appointments using photos and practice visits.
2. The learning disability nurse will arrange her annual health check with her GP and go with her to it, in one visit between January and March 2027.
3. The transition nurse from Moorcroft Children's Community Health will hold one 90-minute handover meeting with Bethany, her mother and the adult team in September 2026.
4. A dietitian from the adult community dietetics service will see Bethany for 30 minutes every 6 weeks for the 2026/27 academic year, with her mother and her college tutor.
5. Her college tutor will walk with Bethany between buildings at every change of session for the 2026/27 academic year, building up to walking with a friend by Easter 2027.""",
        },
        tags=("clean", "preparing-for-adulthood", "numbered", "history-not-need", "post-16"),
    ),
    Case(
        name="asthma-advice-author-no-date-salbutamol",
        kind="advice",
        sections={
            "needs": """Lily-Rose is 13 and has asthma that has been hard to control this year. She has been admitted to hospital twice since January and has missed 19 days of school. Exercise and cold weather bring on her symptoms.""",
            "outcomes": """By July 2027, Lily-Rose will take part in at least 3 out of 4 PE lessons each half term, using her reliever inhaler before PE, as recorded by her PE teacher.
By July 2027, Lily-Rose's school attendance will be at least 92%, as recorded on the school register.""",
            "provision": """Before every PE lesson Lily-Rose will take 2 puffs of salbutamol, supervised by her PE teacher, for the 2026/27 school year.
The children's asthma nurse from the Kirkby Lane Children's Asthma Service will review her asthma with her and her parents every 3 months for the 2026/27 school year, and will train her PE and form teachers in a 1-hour session in September 2026.
Her form tutor will send home the work she missed on every day she is absent, for the 2026/27 school year.""",
            "author": """Prepared by Jonas Whitcombe, Children's Asthma Nurse Specialist, Kirkby Lane Children's Asthma Service""",
        },
        expected=(
            ("drug_name", "provision", "salbutamol"),
            (
                "advice_no_author",
                "author",
                "Prepared by Jonas Whitcombe, Children's Asthma Nurse Specialist, Kirkby Lane Children's Asthma Service",
            ),
        ),
        tags=("asthma", "drug", "advice-author"),
    ),
    Case(
        name="duchenne-contractures-hydro-regular",
        sections={
            "C": """HEALTH NEEDS (from the muscle team's report, August 2026)
Reuben is 13 and has Duchenne muscular dystrophy. He now uses a powered wheelchair full time. He is developing contractures at his knees and ankles. He needs help to change position in his chair every hour to stay comfortable and protect his skin.""",
            "E": """Reuben will keep his current range of movement in his knees and ankles.
By July 2027, Reuben will ask for a change of position himself at least once an hour on every school day, as recorded on his positioning chart.""",
            "G": """A teaching assistant trained by the physiotherapist will help Reuben to change position every hour, every school day, for the 2026/27 school year.
The physiotherapist from the Harrowgate Children's Muscle Service will visit once a term for 1 hour to review his stretches and positioning, for the 2026/27 school year.
Reuben will have regular hydrotherapy sessions at the Westmarsh Hospital pool with a physiotherapist from the Harrowgate Children's Muscle Service for the 2026/27 school year.""",
        },
        expected=(
            ("jargon", "C", "contractures"),
            ("outcome_not_smart", "E", "Reuben will keep his current range of movement in his knees and ankles."),
            ("unspecified_provision", "G", "regular"),
            (
                "no_frequency",
                "G",
                "Reuben will have regular hydrotherapy sessions at the Westmarsh Hospital pool with a physiotherapist from the Harrowgate Children's Muscle Service for the 2026/27 school year.",
            ),
        ),
        tags=("duchenne", "jargon", "vague", "outcome-no-time"),
    ),
    Case(
        name="adhd-dyspraxia-table-clean",
        sections={
            "C": """Isaac (10) has attention deficit hyperactivity disorder (ADHD) and developmental coordination disorder (dyspraxia), which means planning and carrying out movements is hard for him. He cannot sit still for more than about 10 minutes, loses track of instructions with more than two steps, and his handwriting is slow and hard to read. He takes medicine for his ADHD at home before school; this is managed by his paediatrician and does not need anything from school.""",
            "E": """By July 2027, Isaac will follow a three-step instruction in class without a reminder on 4 out of 5 occasions, as recorded by his class teacher in a weekly check.
By July 2027, Isaac will write a 5-sentence paragraph that an adult who does not know him can read, in a literacy lesson, in at least 3 of 4 half-termly writing samples.""",
            "G": """What | Who | How often | How long
Movement break (5 minutes) | Class teacher | Every 30 minutes in every lesson | 2026/27 school year
Instructions broken into steps, with a written checklist on his desk | Class teacher | Every lesson | 2026/27 school year
Handwriting and fine motor programme | Occupational therapist, Linfield Children's Therapy Service, trains his teaching assistant in a 1-hour session in September 2026 | Teaching assistant trained by the occupational therapist delivers it for 20 minutes three times a week | 2026/27 school year
Review of the handwriting programme | Occupational therapist, Linfield Children's Therapy Service | One 45-minute visit each term | 2026/27 school year
Review of ADHD treatment and progress | Community paediatrician, Linfield Child Development Centre | Every 6 months | Until the end of Key Stage 2""",
        },
        tags=("clean", "adhd", "table", "not-a-need"),
    ),
]
