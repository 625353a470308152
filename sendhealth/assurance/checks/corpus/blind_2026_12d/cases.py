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

# ---------------------------------------------------------------------------
# Part 2
# ---------------------------------------------------------------------------

BLIND += [
    Case(
        name="life-limiting-sanfilippo-palliative-clean",
        sections={
            "C": """HEALTH NEEDS
Ivy is 8 and has Sanfilippo syndrome, a rare inherited condition that slowly damages the brain and is life-limiting. Over the last year she has lost most of her words and now walks unsteadily. She is restless and finds it hard to settle, and she needs drinks offered often because she no longer asks for them. Her family and the hospice team have agreed a care plan that sets out her wishes and what to do if she becomes very unwell at school.""",
            "E": """By July 2027, Ivy will show, by reaching or looking, which of two activities she wants, in at least 3 out of 5 choice times each day, as recorded by her class team.
By July 2027, Ivy will drink at least 3 cups (600 millilitres) during each school day, as recorded on her drinks chart.
By July 2027, Ivy will walk safely from the classroom to the sensory room holding an adult's hand, with no falls, on every school day, as recorded on the falls log.""",
            "G": """All of the following is for the 2026/27 school year at Fernleigh Special School.
- The Children's Palliative Care Nurse from Lark Hill Children's Hospice will meet Ivy's parents and class team for 1 hour each half term to review her care plan, and within 2 school days if her needs change.
- The nurse will train Ivy's class teacher and two teaching assistants in her care plan in one 2-hour session in September 2026.
- A teaching assistant trained by the hospice nurse will offer Ivy a drink every 30 minutes throughout the school day and record it on her drinks chart.
- A speech and language therapist from the Fernleigh Children's Therapy Service will visit for 45 minutes every 3 weeks to set up and update her choice-making with objects and photos.
- A physiotherapist from the same service will see Ivy for 40 minutes every 2 weeks and show her teaching assistants how to walk with her safely.""",
        },
        tags=("clean", "life-limiting", "rare", "bullets", "period-once"),
    ),
    Case(
        name="spina-bifida-catheter-clean",
        sections={
            "C": """Hana (9) has spina bifida. She uses a wheelchair and does not feel when her bladder is full, so her bladder has to be emptied through a thin tube (a catheter) every 3 to 4 hours. She is learning to do this herself. She also needs to change position in her chair to protect her skin.
She had an operation on her back as a newborn baby; this is not a current need.""",
            "E": """By July 2027, Hana will empty her bladder with her catheter herself, with an adult watching, at every planned time in the school day, as recorded on her toileting chart.
By July 2027, Hana will lift herself in her chair to take the pressure off her skin every 30 minutes in class, with no more than one reminder a morning, as recorded by her class teacher.""",
            "G": """The continence nurse from the Pellbrook Children's Bladder and Bowel Service will train two teaching assistants in supervising Hana's catheter routine, in one 2-hour session in September 2026, and will watch each of them once a term for 30 minutes to check their skills, while Hana attends Saxby Lane Primary School.
At 10.30am and 1.30pm every school day, a teaching assistant trained by the continence nurse will take Hana to the accessible toilet and supervise her catheter routine, for the 2026/27 school year.
Her class teacher will prompt Hana to lift herself in her chair every 30 minutes, using a vibrating watch, for the 2026/27 school year.
An occupational therapist from the Pellbrook Children's Therapy Service will check her cushion and chair set-up in one 1-hour visit in October 2026 and again in April 2027.""",
        },
        tags=("clean", "continence", "physical", "history-not-need", "jargon-explained"),
    ),
    Case(
        name="autism-secondary-where-possible",
        sections={
            "C": """Dev (13) is autistic. He finds loud, unpredictable places extremely hard and has shut down (stopped speaking and moving) in the canteen and in assemblies several times this term. He struggles with changes to his timetable. He has a tic disorder which is mild and does not affect his learning.""",
            "E": """By July 2027, Dev will take part in at least 3 out of 4 whole-year assemblies each half term, sitting at the end of a row by the door, as recorded by his head of year.
By July 2027, Dev will cope with a change to his timetable, when warned by 8.45am that day, without shutting down, on at least 4 out of 5 occasions, as recorded by his form tutor.""",
            "G": """His form tutor will tell Dev about any timetable change by 8.45am on the day, where possible, for the 2026/27 school year.
Dev will sit at the end of a row near the door in every assembly, arranged by his head of year.
An occupational therapist from the Ravensmoor Children's Occupational Therapy Service will visit school for one 90-minute observation in October 2026 and write a sensory plan for his teachers.""",
        },
        expected=(
            ("unspecified_provision", "G", "where possible"),
            (
                "no_duration",
                "G",
                "Dev will sit at the end of a row near the door in every assembly, arranged by his head of year.",
            ),
        ),
        tags=("autism", "vague", "not-a-need"),
    ),
    Case(
        name="camhs-low-mood-advice-clean",
        kind="advice",
        sections={
            "needs": """Phoebe is 15 and is in Year 11 at St Aldric's Academy. She has low mood and anxiety, and has been seen by the Child and Adolescent Mental Health Service (CAMHS) since April 2026. She has not been in school for more than two days in a row since February, and when she is in school she finds it very hard to go into lessons with more than 20 students. She wants to sit her GCSE exams in summer 2027.""",
            "outcomes": """By the end of the spring term 2027, Phoebe will attend school for at least 3 full days each week, as recorded on the school register.
By May 2027, Phoebe will attend all her lessons in English, maths and science, in the main classroom or the small study room, on the days she is in school, as recorded by her head of year.
In summer 2027, Phoebe will sit her GCSE exams in the small exam room, with no more than 10 other students.""",
            "provision": """A CAMHS clinical psychologist will see Phoebe for 50 minutes every week for 16 weeks from September 2026, and then every 2 weeks until March 2027, for talking therapy about her anxiety and low mood.
Her head of year, who has completed the county's two-day Youth Mental Health First Aid course, will meet Phoebe for 15 minutes at the start of every school day she attends, for the 2026/27 school year, to agree her plan for the day.
The school's exams officer will book Phoebe a place in the small exam room for every GCSE exam in summer 2027.
The CAMHS clinician will join a 1-hour meeting with Phoebe, her parents and her head of year each half term for the 2026/27 school year.""",
            "author": """Dr Ines Calloway-Grant, Clinical Psychologist (registered with the Health and Care Professions Council), CAMHS, Thornfield Children's Mental Health Services, Brackenridge Partnership NHS Trust. 14 September 2026.""",
        },
        tags=("clean", "mental-health", "exams-admin", "acronym-expanded-elsewhere"),
    ),
    Case(
        name="cp-spasticity-afo-input-from",
        sections={
            "C": """Health needs: Callum (7) has cerebral palsy with spasticity in both legs. He wears AFOs every day and walks with a walker. He falls in the playground about three times a week.""",
            "E": """By July 2027, Callum will walk around the playground with his walker at playtime without falling, on at least 4 out of 5 days, as recorded by the midday supervisors on the falls log.
By July 2027, Callum will put on his own splints each morning with one adult prompt, as recorded by his class teacher.""",
            "G": """Callum will receive input from physiotherapy to help his walking for the 2026/27 school year.
A teaching assistant trained by the physiotherapist will help Callum put on his splints every morning at 9am and check his skin at lunchtime every day, for the 2026/27 school year.
At every playtime a midday supervisor, trained by the physiotherapist in a 30-minute session in September 2026, will stay near Callum in the playground, for the 2026/27 school year.""",
        },
        expected=(
            ("jargon", "C", "spasticity"),
            ("acronym", "C", "AFOs"),
            ("unspecified_provision", "G", "input from"),
            (
                "no_frequency",
                "G",
                "Callum will receive input from physiotherapy to help his walking for the 2026/27 school year.",
            ),
        ),
        tags=("cerebral-palsy", "jargon", "acronym", "vague"),
    ),
    Case(
        name="deaf-bsl-infant-clean",
        sections={
            "C": """Section C
Kofi (6) is profoundly deaf in both ears and uses British Sign Language (BSL) as his first language. He has cochlear implants, but he relies mainly on signing in class. He becomes isolated at playtimes because few children in his class can sign.""",
            "E": """By July 2027, Kofi will follow his class teacher's instructions through a BSL interpreter and respond correctly in at least 4 out of 5 observed lessons, as recorded by the Teacher of the Deaf each half term.
By July 2027, Kofi will play with at least two classmates using simple BSL at playtime on most days, with "most days" meaning 3 or more out of 5, as recorded by the playground supervisor on a weekly chart.""",
            "G": """- A communication support worker qualified to at least Level 3 in BSL will sign for Kofi in every lesson, every school day, for the 2026/27 school year.
- A Teacher of the Deaf from the Kinross Hearing Support Service will visit for 2 hours every fortnight for the 2026/27 school year to teach Kofi and advise his class teacher.
- A Deaf BSL tutor from the same service will run a 30-minute signing club for Kofi and his classmates every Wednesday lunchtime for the 2026/27 school year.
- The cochlear implant team at Greaves Children's Hospital will check his implants every 6 months until he is 8.""",
        },
        tags=("clean", "hearing", "acronym-expanded-elsewhere", "bullets"),
    ),
    Case(
        name="diabetes-brand-insulin-and-an-adult",
        sections={
            "C": """Health needs
Martha (6) has type 1 diabetes. She has NovoRapid by injection before lunch and Levemir at home. She cannot yet tell when her blood sugar is low and she needs an adult to check it.""",
            "E": """By July 2027, Martha will let an adult check her blood sugar before lunch and at afternoon break on every school day, as recorded on her diabetes log.
By July 2027, Martha will tell an adult when she feels "wobbly", on at least 3 out of 4 occasions when her blood sugar is low, as recorded on her diabetes log.""",
            "G": """An adult will check Martha's blood sugar before lunch and at afternoon break every school day for the 2026/27 school year.
The diabetes nurse from the Cresswell Children's Diabetes Team will visit school for 1 hour every half term for the 2026/27 school year to review her diabetes log and teach Martha to recognise low blood sugar.""",
        },
        expected=(
            ("drug_name", "C", "NovoRapid"),
            ("drug_name", "C", "Levemir"),
            (
                "no_provider",
                "G",
                "An adult will check Martha's blood sugar before lunch and at afternoon break every school day for the 2026/27 school year.",
            ),
        ),
        tags=("diabetes", "drug", "untrained-role"),
    ),
    Case(
        name="epilepsy-consultant-advice-no-role",
        kind="advice",
        sections={
            "needs": """Eliza (4) has epilepsy. She has short seizures where her head drops forward, up to 10 times a day, mainly in the first hour after waking. She also has a global developmental delay and her talking is at the level of a 2-year-old.""",
            "outcomes": """By July 2027, Eliza will be kept safe during every seizure at nursery with no injuries, as recorded on her seizure log.
By July 2027, Eliza will use at least 50 words or signs, as counted by her speech and language therapist at the summer review.""",
            "provision": """Nursery staff trained by the epilepsy nurse will record every seizure on her seizure log for the 2026/27 school year, and Eliza will wear her soft helmet during every morning session until the end of the 2026/27 school year.
The epilepsy nurse will train all nursery staff in one 90-minute session in September 2026.
A speech and language therapist from the Wickham Vale Children's Therapy Service will see Eliza for 30 minutes every 2 weeks at nursery for the 2026/27 school year.""",
            "author": """Dr Hamish Torrance, 4 August 2026""",
        },
        expected=(
            ("advice_no_author", "author", "Dr Hamish Torrance, 4 August 2026"),
        ),
        tags=("epilepsy", "early-years", "advice-author"),
    ),
    Case(
        name="down-syndrome-teen-thyroid-jargon-drug",
        sections={
            "C": """Nathan (15) has Down syndrome and hypothyroidism, for which he takes levothyroxine. He is overweight and gets out of breath on stairs. He is starting to want to manage his own medicines and appointments.""",
            "E": """By July 2027, Nathan will walk up the two flights of stairs to his tutor room without stopping, on every school day, as recorded by his form tutor.
By July 2027, Nathan will use his picture checklist to tell the school nurse which medicine he takes and when, at both of his termly check-ins.""",
            "G": """- The school nurse from the Ashgrove School Nursing Team will meet Nathan for 20 minutes once a term, for the 2026/27 school year, to go through his picture checklist.
- His PE teacher will give Nathan an extra 20-minute walking and stairs session every Tuesday and Thursday for the 2026/27 school year, following a plan written by the physiotherapist.
- A community dietitian will see Nathan and his parents at school for 30 minutes every half term for the 2026/27 school year.""",
        },
        expected=(
            ("jargon", "C", "hypothyroidism"),
            ("drug_name", "C", "levothyroxine"),
        ),
        tags=("down-syndrome", "jargon", "drug", "bullets"),
    ),
    Case(
        name="college-mental-health-should-in-C-clean",
        sections={
            "C": """Amaan is 17 and studies on the Level 3 engineering course at Harwick College. He has obsessive compulsive disorder (OCD), which means he has upsetting thoughts that make him repeat checking and washing routines. These routines can take up to an hour, so he is often late for his first session and misses practical work. His psychiatrist advises that he should not be made to stop a routine abruptly, as this raises his anxiety. Amaan says he may want to move to the adult mental health service when he is 18.""",
            "E": """By July 2027, Amaan will arrive on time for his first college session on at least 4 days out of 5, as recorded on the college register.
By July 2027, Amaan will complete all the practical assessments for his first year, as recorded by his course tutor.
By March 2027, Amaan will have met the adult mental health team once and decided with them whether to move to adult services at 18.""",
            "G": """The Child and Adolescent Mental Health Service (CAMHS) psychologist at Harwick Young People's Mental Health Service will see Amaan for 1 hour every week for 20 weeks from September 2026 for exposure and response therapy, a talking therapy that helps him to resist his routines a little at a time.
His course tutor will meet Amaan for 15 minutes every Monday for the 2026/27 academic year to plan his practical work.
The CAMHS psychologist will arrange and attend one 1-hour joint meeting with Amaan and the adult mental health team in January 2027.""",
        },
        tags=("clean", "mental-health", "post-16", "should-in-C", "may-in-C"),
    ),
    Case(
        name="ng-tube-bolus-acronym",
        sections={
            "C": """Scarlett (3) has an NG tube for top-up feeds because she does not take enough by mouth. She has bolus feeds at nursery twice a day. She is learning to eat small amounts of puree.""",
            "E": """By July 2027, Scarlett will eat 5 teaspoons of puree at lunch on 3 out of 5 days, as recorded by her key worker.
By July 2027, Scarlett will have her two nursery tube feeds at the planned times on every day she attends, as recorded on her feeding chart.""",
            "G": """Scarlett's key worker and a second practitioner, both trained by the Children's Community Nursing team in a 2-hour session in September 2026 and checked every 3 months, will give her tube feeds at 10am and 2pm every day she attends, for the 2026/27 school year.
A speech and language therapist specialising in eating and drinking from the Haverleigh Children's Feeding Team will see Scarlett at lunchtime for 45 minutes every 3 weeks, for the 2026/27 school year.""",
        },
        expected=(
            ("acronym", "C", "NG"),
            ("jargon", "C", "bolus"),
        ),
        tags=("tube-feeding", "early-years", "acronym", "jargon"),
    ),
    Case(
        name="restricted-eating-dietitian-advice-clean",
        kind="advice",
        sections={
            "needs": """Theo is 9. He eats a very small range of foods (about eight) and becomes very distressed if other foods are near his plate. This is linked to his autism and his sensitivity to smells and textures. His growth is being watched by his GP and is currently on track. At school he often eats nothing at lunch because the dining hall smells of cooked food.""",
            "outcomes": """By July 2027, Theo will eat his packed lunch on at least 4 out of 5 school days, as recorded by the lunchtime supervisor.
By July 2027, Theo will touch or smell one new food in each weekly food session, as recorded by his teaching assistant on his food chart.""",
            "provision": """- Theo will eat his packed lunch in the library with two friends every school day for the 2026/27 school year; his class teacher will arrange this.
- A teaching assistant, trained by me in one 1-hour session in September 2026, will run a 20-minute "food explorers" session with Theo every Friday for the 2026/27 school year.
- I will visit school for 45 minutes once a term for the 2026/27 school year to review his food chart with his teaching assistant and parents.""",
            "author": """Rosalind Achterberg, Paediatric Dietitian (registered with the Health and Care Professions Council), Whitmore Community Nutrition and Dietetics, Caldbeck Community Health NHS Trust, 19 October 2026""",
        },
        tags=("clean", "autism", "eating", "bullets", "first-person"),
    ),
    Case(
        name="wetting-need-with-no-outcome",
        sections={
            "C": """Health
Lucas (8) has autism and a learning disability. He is not yet toilet trained and wears pads during the day. He also has eczema on his hands, which is treated at home and does not affect school.
He finds it hard to wait his turn and becomes distressed when other children are close to him.""",
            "E": """By July 2027, Lucas will wait for his turn in a small group game of 4 children, with a visual turn card, on 4 out of 5 occasions, as recorded by his class teacher.""",
            "G": """A teaching assistant trained by the Bladder and Bowel Service nurse will take Lucas to the toilet every 2 hours and change his pad if it is wet or soiled, every school day, for the 2026/27 school year.
His class teacher will use a visual turn card in every small group activity for the 2026/27 school year.""",
        },
        expected=(
            ("golden_thread", "C", "He is not yet toilet trained and wears pads during the day."),
        ),
        tags=("continence", "autism", "golden-thread", "history-not-need"),
    ),
    Case(
        name="allergy-asthma-secondary-numbered-clean",
        sections={
            "C": """1. Health needs
Grace (14) has a severe allergy to sesame and to milk, which could cause anaphylaxis (a severe allergic reaction that can stop her breathing). She carries two allergy pens. She also has asthma, which flares in the winter and when she has a cold. Her food technology lessons and school trips carry the highest risk.""",
            "E": """1. By July 2027, Grace will check the ingredients of every food she is given at school, including in food technology lessons, with no accidental exposures, as recorded on her allergy record.
2. By July 2027, Grace will use her reliever inhaler herself before PE and whenever she is wheezy, and take part in at least 9 out of 10 PE lessons, as recorded by her PE teacher.""",
            "G": """1. The school nurse from the Calder Brook School Nursing Team will train all staff who teach Grace, and the catering team, in spotting a severe allergic reaction and using an allergy pen, in a 1-hour session each September while she attends Calder Brook School.
2. Her food technology teacher will give her a sesame-free and milk-free recipe card for every practical lesson, for the 2026/27 school year.
3. For every school trip, the teacher leading the trip will complete an allergy risk assessment with her parents at least one week before, for the 2026/27 school year.
4. If Grace shows signs of a severe reaction, a member of staff trained by the school nurse will give her allergy pen and call 999.
5. Her PE teacher will check that Grace has her reliever inhaler at the start of every PE lesson for the 2026/27 school year.""",
        },
        tags=("clean", "allergy", "asthma", "numbered", "trigger"),
    ),
    Case(
        name="advice-with-no-author-line",
        kind="advice",
        sections={
            "needs": """Rhys is 11 and has a moderate stammer. He avoids speaking in class and has stopped answering the register. He is worried about moving to secondary school.""",
            "outcomes": """By July 2027, Rhys will answer the register every morning and ask or answer at least one question in class each day, as recorded by his class teacher.""",
            "provision": """A speech and language therapist from the Ellerby Community Speech and Language Therapy Service will see Rhys for 45 minutes every week for 10 weeks from September 2026, and then for 45 minutes every half term until July 2027.
His class teacher will give Rhys the chance to answer the register with a "thumbs up" instead of speaking, for the 2026/27 school year, and will not ask him to read aloud unless he offers.""",
        },
        expected=(("advice_no_author", "author", ""),),
        tags=("stammer", "advice-author", "missing-author"),
    ),
    Case(
        name="ventilated-young-person-may-month-clean",
        sections={
            "C": """HEALTH NEEDS
Jamal is 16 and has spinal muscular atrophy, a condition that weakens the muscles used for moving and breathing. He has a tracheostomy (a breathing tube in his neck) and uses a breathing machine (ventilator) overnight and for part of the school day. He needs his tube cleared with a suction machine several times a day. He uses a powered wheelchair and an eye-gaze computer to write.""",
            "E": """By July 2027, Jamal will direct his own care by telling his support worker, using his eye-gaze computer, when he needs suction or a break on the ventilator, on every occasion, as recorded on his care chart.
By May 2027, Jamal will complete his coursework for three GCSE subjects using his eye-gaze computer, as recorded by his subject teachers.""",
            "G": """All provision is for the 2026/27 school year at Lindenbrook School.
A health care support worker employed and trained by the Lindenbrook Children's Complex Care Team will be with Jamal throughout every school day to give his breathing machine and suction care.
The complex care nurse will check the support worker's skills every 3 months in a 1-hour observation.
If his ventilator alarms or his tube blocks, the support worker will follow his emergency plan and call 999.
The assistive technology specialist from the Westbury Communication Aids Service will review his eye-gaze computer in two 2-hour visits, in September 2026 and May 2027.""",
        },
        tags=("clean", "tracheostomy", "may-month", "period-once", "jargon-explained"),
    ),
    Case(
        name="cp-toileting-as-required",
        sections={
            "C": """Evie (5) has cerebral palsy affecting all four limbs. She cannot sit or stand without support, so she needs two adults and a hoist for every change. Her speech is hard to understand.""",
            "E": """By July 2027, Evie will tell an adult when she needs changing, using a picture or a sign, on at least 3 out of 5 occasions, as recorded on her changing chart.
By July 2027, Evie will make 20 different requests using her communication book, as recorded by her speech and language therapist each term.""",
            "G": """Two members of staff trained in moving and handling by the Children's Physiotherapy Service will change Evie using a hoist as required.
A speech and language therapist will see Evie for 30 minutes every fortnight at school to develop her communication book, for the 2026/27 school year.""",
        },
        expected=(
            ("unspecified_provision", "G", "as required"),
            (
                "no_frequency",
                "G",
                "Two members of staff trained in moving and handling by the Children's Physiotherapy Service will change Evie using a hoist as required.",
            ),
            (
                "no_duration",
                "G",
                "Two members of staff trained in moving and handling by the Children's Physiotherapy Service will change Evie using a hoist as required.",
            ),
        ),
        tags=("cerebral-palsy", "vague", "continence"),
    ),
    Case(
        name="toddler-cerebral-visual-impairment-clean",
        sections={
            "C": """Health needs
Aria is 2 years and 8 months old. She was born very early and has cerebral visual impairment, which means her eyes are healthy but her brain has difficulty making sense of what she sees. She sees best when objects are bright, moving and shown one at a time against a plain background. She is not yet walking.""",
            "E": """By July 2027, Aria will reach for and hold a bright toy shown against a plain black background, on at least 4 out of 5 attempts in her daily play session, as recorded by her key worker.
By July 2027, Aria will take 5 steps holding her walker, as measured by her physiotherapist at the summer review.""",
            "G": """A qualified teacher of children with vision impairment from the Greenhithe Sensory Support Service will visit Aria at her childminder's home for 1 hour every 2 weeks, from September 2026 to July 2027, to show her childminder how to set up her play.
Her childminder, trained by the teacher at these visits, will do a 15-minute looking and reaching play session with Aria on every day she attends, for the 2026/27 school year.
A children's physiotherapist from Greenhithe Children's Therapy Service will see Aria for 45 minutes every 3 weeks for the 2026/27 school year.""",
        },
        tags=("clean", "vision", "early-years", "jargon-explained"),
    ),
    Case(
        name="autism-advice-quiet-room-key-worker",
        kind="advice",
        sections={
            "needs": """Sami is 14 and autistic. He finds the noise and crowds of secondary school overwhelming and has walked out of lessons 14 times this term. He has no other health needs.""",
            "outcomes": """By July 2027, Sami will stay in at least 5 out of 6 lessons each day, as recorded on the behaviour log.
By July 2027, Sami will use his time-out card instead of walking out, on at least 4 out of 5 occasions, as recorded by his head of year.""",
            "provision": """Sami will have access to a quiet room.
A key worker will meet Sami for 10 minutes at the start of every school day for the 2026/27 school year to go through his timetable.
His head of year will give Sami a time-out card that lets him leave any lesson for up to 10 minutes, for the 2026/27 school year.""",
            "author": """Dr Colette Rainsford, Consultant Community Paediatrician, Ashby Moor Child Development Centre, 7 November 2026""",
        },
        expected=(
            ("unspecified_provision", "provision", "access to"),
            ("no_provider", "provision", "Sami will have access to a quiet room."),
            ("no_frequency", "provision", "Sami will have access to a quiet room."),
            ("no_duration", "provision", "Sami will have access to a quiet room."),
            (
                "no_provider",
                "provision",
                "A key worker will meet Sami for 10 minutes at the start of every school day for the 2026/27 school year to go through his timetable.",
            ),
        ),
        tags=("autism", "vague", "untrained-role"),
    ),
    Case(
        name="stammer-secondary-advice-clean",
        kind="advice",
        sections={
            "needs": """Ruairi is 12 and has a stammer that has become more noticeable since he started at Carrick Hill School. He gets stuck on the first sound of words, especially his own name, and he avoids reading aloud and answering questions. He says other pupils have copied his speech.""",
            "outcomes": """By July 2027, Ruairi will say his name when asked in a new class, using his easy-start technique, on at least 4 out of 5 occasions, as he records in his own speaking diarry.
By July 2027, Ruairi will answer at least one question out loud in every English lesson, as recorded by his English teacher.
By December 2026, Ruairi will tell his head of year about any teasing on the day it happens, as recorded in his weekly check-in notes.""",
            "provision": """I will see Ruairi at school for 40 minutes every week for 8 weeks from 21 September 2026, to teach him easy-start and slow-speech techniques and to practise them.
After those 8 weeks, I will see him for 40 minutes each half term until July 2027.
I will give a 30-minute talk on stammering to his teachers at a staff meeting in October 2026.
His head of year will check in with Ruairi for 10 minutes every Friday, for the 2026/27 school year, and deal with any teasing under the school's anti-bullying policy.""",
            "author": """Niamh Okafor-Dunne, Specialist Speech and Language Therapist (registered with the Health and Care Professions Council), Carrick Community Children's Services, 15 September 2026""",
        },
        tags=("clean", "stammer", "first-person", "one-off"),
    ),
    Case(
        name="tourette-advice-no-frequency-school-nurse",
        kind="advice",
        sections={
            "needs": """Harry (11) has Tourette syndrome. He has frequent motor tics (blinking, shoulder shrugging, head jerks) and vocal tics (sniffing and short words). His tics are worse when he is anxious or tired and when he tries to hold them in, and he has been sent out of lessons for them. He reports headaches and neck pain by the end of the day.""",
            "outcomes": """By July 2027, Harry will stay in every lesson for the whole lesson, on at least 9 out of 10 school days, as recorded on the school behaviour log.
By July 2027, Harry will use his tic break card when he needs to, and return to class within 10 minutes, on every occasion, as recorded by his form tutor.
By July 2027, Harry will report neck pain at the end of the school day on no more than 1 day a week, in his own weekly diary.""",
            "provision": """All staff who teach Harry will attend one 1-hour training session about Tourette syndrome, given by the specialist nurse from the Dalesford Tic Clinic in September 2026.
His form tutor will give Harry a tic break card that lets him leave any lesson for up to 10 minutes, for the 2026/27 school year.
The school nurse will see Harry about his headaches and neck pain.""",
            "author": """Dr Adaeze Villiers, Consultant Paediatrician, Dalesford Children's Centre, 26 October 2026""",
        },
        expected=(
            ("no_frequency", "provision", "The school nurse will see Harry about his headaches and neck pain."),
            ("no_duration", "provision", "The school nurse will see Harry about his headaches and neck pain."),
        ),
        tags=("tourette", "advice"),
    ),
    Case(
        name="specialist-college-cp-gastrostomy-clean",
        sections={
            "C": """HEALTH
Chloe is 22 and attends Greenvale Specialist College as a residential student. She has cerebral palsy affecting her whole body and uses a tilt-in-space wheelchair. She is fed through a gastrostomy (a tube into her stomach) and has nothing by mouth. She has a curve in her spine which makes sitting for long periods uncomfortable, and she needs to be moved out of her chair for at least an hour in the afternoon. She communicates with eye pointing and a switch.
She has had two hip operations, in 2019 and 2021, and now has no pain in her hips.""",
            "E": """By July 2027, Chloe will use her switch to choose her afternoon activity from three options, every college day, as recorded by her key worker.
By July 2027, Chloe will have both college feeds at the planned times on every college day, with no missed feeds, as recorded on her feeding chart.
By July 2027, Chloe will sit comfortably in her chair for each morning session of up to 2.5 hours, with a pain score of 2 or less on her picture pain scale, as recorded on her care chart.""",
            "G": """This provision runs from September 2026 to July 2027.
- Her feeds will be given at 11am and 3pm every college day by a care worker trained and signed off by the Greenvale Community Nursing Team, with a skills check every 6 months.
- After lunch every college day, two care workers trained in moving and handling will move Chloe onto a padded mat for 1 hour.
- A physiotherapist from the Greenvale Adult Physiotherapy Service will review her seating and her time out of her chair for 1 hour every 6 weeks.
- A speech and language therapist from the college's therapy team will see Chloe for 45 minutes every week to develop her switch use.""",
        },
        tags=("clean", "cerebral-palsy", "tube-feeding", "post-16", "history-not-need", "period-once"),
    ),
    Case(
        name="glue-ear-period-once-one-missing-frequency",
        sections={
            "C": """Mia (5) has glue ear in both ears. It makes her hearing dull and she often mishears instructions. Her speech has some sounds missing. She had grommets put in in 2025 but they have since come out.""",
            "E": """By July 2027, Mia will follow two-step instructions given to the whole class, on at least 4 out of 5 occasions checked by her class teacher each half term.
By July 2027, Mia will say "s" and "f" sounds correctly at the start of words in 8 out of 10 attempts, as measured by her speech and language therapist.""",
            "G": """Provision is for the school year 2026-27.
Her class teacher will seat Mia near the front and check she has understood after every whole-class instruction.
The ENT clinic at Hollingbrook Hospital will review Mia's ears and hearing.
A speech and language therapist from the Hollingbrook Children's Therapy Service will see Mia for 30 minutes every 2 weeks to work on her speech sounds.""",
        },
        expected=(
            ("acronym", "G", "ENT"),
            ("no_frequency", "G", "The ENT clinic at Hollingbrook Hospital will review Mia's ears and hearing."),
        ),
        tags=("hearing", "period-once", "acronym", "history-not-need"),
    ),
    Case(
        name="microcephaly-paediatric-advice-gdd",
        kind="advice",
        sections={
            "needs": """Summary of needs: Adam (3) has microcephaly and GDD. He is not yet walking independently and has no words. He puts everything in his mouth, including small objects. He has frequent colds but these are not a concern.""",
            "outcomes": """By July 2027, Adam will walk 5 metres without holding on, as measured by his physiotherapist at the summer review.
By July 2027, Adam will use 10 signs or words to ask for things, as counted by his speech and language therapist.
By July 2027, Adam will hand over a small object to an adult instead of putting it in his mouth, when asked, on 3 out of 5 occasions, as recorded by his key worker.""",
            "provision": """1. A physiotherapist from the Brightwell Children's Therapy Service will see Adam at nursery for 45 minutes every 3 weeks for the 2026/27 school year.
2. A speech and language therapist from the same service will see him for 30 minutes every 2 weeks for the 2026/27 school year.
3. His key worker, trained by the speech and language therapist, will do a 10-minute signing session with Adam at every nursery session for the 2026/27 school year.
4. His key worker will keep small objects out of reach and do a "swap" game with him for 5 minutes at every nursery session, for the 2026/27 school year.""",
            "author": """Dr Farid Khoury, Consultant Community Paediatrician, Brightwell Child Development Centre, Lowesby Children's Services. 30 September 2026""",
        },
        expected=(
            ("jargon", "needs", "microcephaly"),
            ("acronym", "needs", "GDD"),
        ),
        tags=("early-years", "jargon", "acronym", "numbered"),
    ),
    Case(
        name="autism-special-school-toileting-clean",
        sections={
            "C": """Health needs
Kacper (11) is autistic and has a severe learning disability. He has long-standing constipation, which gives him tummy pain and makes him distressed; when he is in pain he bites his hand. He is not yet using the toilet for a bowel movement and wears pads. He is seen by the Westlea Children's Bladder and Bowel Service.""",
            "E": """By July 2027, Kacper will sit on the toilet for 5 minutes after lunch, using his visual sequence, on at least 4 out of 5 school days, as recorded on his toileting chart.
By July 2027, Kacper will show an adult the "pain" symbol when his tummy hurts, instead of biting his hand, on at least half of the occasions recorded on his behaviour log.""",
            "G": """- A teaching assistant trained by the bladder and bowel nurse will support Kacper to sit on the toilet for 5 minutes after lunch every school day, using a visual sequence, for the 2026/27 school year.
- The bladder and bowel nurse from the Westlea Children's Bladder and Bowel Service will visit school for 45 minutes every half term for the 2026/27 school year to review his toileting chart with his class teacher.
- His class teacher will teach Kacper to use the "pain" symbol in a 10-minute session every day for the 2026/27 school year, using a plan written by the school's speech and language therapist.""",
        },
        tags=("clean", "continence", "autism", "bullets"),
    ),
]

# ---------------------------------------------------------------------------
# Part 3
# ---------------------------------------------------------------------------

BLIND += [
    Case(
        name="epilepsy-key-stage-4-should-in-C-clean",
        sections={
            "C": """Health needs
Owen (15) has epilepsy. His seizures are mostly at night, but tiredness, missed meals and stress before exams make daytime seizures more likely. His hospital doctor says he should not swim or climb without a trained adult close by. He worries that other students will see him have a seizure. He takes his medicine at home and none is needed in school.""",
            "E": """By July 2027, Owen will tell his head of year or the school nurse when he has had a seizure at night or has slept badly, on every occasion, as recorded on his health log.
By July 2027, Owen will take part in every PE and outdoor education activity on his timetable, with the safety plan in place, as recorded by his PE teacher.
By the end of Key Stage 4 (July 2027), Owen will say, in his own words at his review meeting, that he knows what staff will do if he has a seizure and who will be told.""",
            "G": """The epilepsy nurse from the Corringham Children's Epilepsy Service will meet Owen, his parents and his head of year for 45 minutes at the start of each term, for the 2026/27 school year, to update his seizure plan and exam arrangements.
The same nurse will train PE staff and the outdoor education instructors in a 1-hour session in September 2026.
For every swimming or climbing session, a PE teacher trained by the epilepsy nurse will stay within arm's reach of Owen, for the 2026/27 school year.
His head of year will check in with Owen for 10 minutes every Monday morning and on the morning of every mock exam, for the 2026/27 school year.""",
        },
        tags=("clean", "epilepsy", "should-in-C"),
    ),
    Case(
        name="adhd-ritalin-senco-untrained-mentor",
        sections={
            "C": """Jacob (12) has attention deficit hyperactivity disorder (ADHD). He finds it hard to organise himself, forgets equipment and homework and is often in detention. He takes Ritalin at 8am and again at lunchtime, which is kept in the school office.""",
            "E": """By July 2027, Jacob will bring the right equipment to at least 4 out of 5 lessons each day, as checked by his form tutor on his daily card.
By July 2027, Jacob will take his lunchtime medicine at 12.30pm on every school day, as recorded in the office medicine log.""",
            "G": """- The school office manager, trained in giving medicines by the school nurse, will keep Jacob's medicine locked away, give him his dose at 12.30pm and record it, every school day, for the 2026/27 school year.
- A mentor will check Jacob's planner and equipment with him for 10 minutes every morning for the 2026/27 school year.
- The SENCO will review Jacob's daily card with him once a fortnight for the 2026/27 school year.""",
        },
        expected=(
            ("drug_name", "C", "Ritalin"),
            ("acronym", "G", "SENCO"),
            (
                "no_provider",
                "G",
                "A mentor will check Jacob's planner and equipment with him for 10 minutes every morning for the 2026/27 school year.",
            ),
        ),
        tags=("adhd", "drug", "acronym", "untrained-role", "admin-role"),
    ),
    Case(
        name="single-sided-deafness-hearing-normal-left-clean",
        sections={
            "C": """Ethan (8) is completely deaf in his right ear since he had meningitis as a baby. Hearing in his left ear is normal. In a noisy classroom he cannot tell where sounds come from and he misses what is said on his right side, and he is tired by the end of the day from listening hard.""",
            "E": """By July 2027, Ethan will sit where his left ear faces the teacher and ask for repetition when he misses something, in every lesson, as checked by the Teacher of the Deaf at each visit.
By July 2027, Ethan will say he can hear his group in group work on at least 4 out of 5 occasions, in his weekly "listening thermometer" check with his class teacher.""",
            "G": """His class teacher will seat Ethan with his left ear towards the teacher and away from the door and windows, in every lesson, for the 2026/27 school year.
A Teacher of the Deaf from the Hadleigh Sensory Service will visit for one 1-hour session each term for the 2026/27 school year to observe Ethan in class and advise his teacher.
His class teacher will do a 5-minute "listening thermometer" check with Ethan every Friday for the 2026/27 school year.
The audiology service at Hadleigh Community Hospital will test his hearing once a year until he is 11.""",
        },
        tags=("clean", "hearing", "not-a-need"),
    ),
    Case(
        name="asthma-primary-table-clean",
        sections={
            "C": """Asthma
Finley (6) has asthma. Running, cold weather and colds make him cough and wheeze. He is learning to use his reliever inhaler with a spacer but cannot do it on his own yet.""",
            "E": """By July 2027, Finley will use his inhaler and spacer with an adult watching, rather than helping, whenever he needs it, as recorded on his inhaler record.
By July 2027, Finley will join in at least 9 out of 10 PE lessons, as recorded by his class teacher.""",
            "G": """Need | What will be done | By whom | When / how long
Wheeze with exercise | Two puffs of his reliever inhaler with spacer before PE | Teaching assistant trained by the school nurse | Before every PE lesson, 2026/27 school year
Wheeze at other times | Reliever inhaler with spacer, following his asthma plan | Teaching assistant trained by the school nurse | Whenever he coughs or wheezes, 2026/27 school year
Learning to use his inhaler | Training for school staff, and a check of Finley's technique | School nurse, Tamsworth School Nursing Service | One 45-minute session in September 2026, then a 15-minute technique check each half term for the 2026/27 school year""",
        },
        tags=("clean", "asthma", "table", "trigger"),
    ),
    Case(
        name="eating-disorder-may-and-feel-confident",
        sections={
            "C": """Layla (16) has anorexia nervosa and is under the care of the Marsh End Eating Disorders Service. She finds eating in front of others very hard and has been skipping lunch at school.""",
            "E": """By July 2027, Layla will feel more confident about eating at school.
By December 2026, Layla will eat her full planned lunch in the school's quiet room on at least 4 days out of 5, as recorded by her key adult.""",
            "G": """Layla may be offered a meal support plan.
Her key adult, a learning mentor trained by the eating disorders nurse in a 2-hour session in September 2026, will sit with Layla while she eats her lunch in the quiet room every school day for the 2026/27 school year.
The eating disorders nurse will meet Layla's key adult and her parents for 1 hour every half term for the 2026/27 school year.""",
        },
        expected=(
            ("outcome_not_smart", "E", "By July 2027, Layla will feel more confident about eating at school."),
            ("unspecified_provision", "G", "may"),
            ("no_provider", "G", "Layla may be offered a meal support plan."),
            ("no_frequency", "G", "Layla may be offered a meal support plan."),
            ("no_duration", "G", "Layla may be offered a meal support plan."),
        ),
        tags=("mental-health", "vague", "outcome-not-measurable"),
    ),
    Case(
        name="hypermobility-physio-advice-clean",
        kind="advice",
        sections={
            "needs": """Poppy is 10. She has joint hypermobility (her joints bend further than most people's), which makes her knees and wrists ache after walking or writing for long periods. Her handwriting slows down and becomes painful after about 15 minutes. She gets tired by the afternoon and has started to miss afternoon PE.""",
            "outcomes": """By July 2027, Poppy will write for 20 minutes with a pain score of 3 or less on her 0-10 scale, in at least 4 out of 5 writing lessons, as recorded by her class teacher.
By July 2027, Poppy will take part in at least 3 out of 4 PE lessons each half term, with the adjusted activities agreed with her physiotherapist, as recorded by her PE teacher.""",
            "provision": """I will see Poppy at school for a 45-minute session every 4 weeks from September 2026 to July 2027 to teach her strengthening exercises and to review her pain scores.
In September 2026 I will train her class teaching assistant, in one 1-hour session, to do a 10-minute strengthening routine with her, and she will do it with Poppy every Monday, Wednesday and Friday for the 2026/27 school year.
Her class teacher will give Poppy a sloped writing board and a 2-minute hand break every 10 minutes of writing, for the 2026/27 school year.
In October 2026 I will meet her PE teacher for 30 minutes to agree which PE activities to adjust.""",
            "author": """Gwen Tremayne, Highly Specialist Paediatric Physiotherapist (registered with the Health and Care Professions Council), Pendower Children's Physiotherapy, 8 September 2026""",
        },
        tags=("clean", "physical", "first-person", "jargon-explained"),
    ),
    Case(
        name="cystic-fibrosis-clean",
        sections={
            "C": """HEALTH NEEDS
Elsie (7) has cystic fibrosis, an inherited condition that causes thick sticky mucus in her lungs and gut. She needs to do breathing exercises to clear her chest during the school day and must take her digestive capsules with every meal and snack. She catches infections easily, so she must not share water bottles and she needs to wash her hands before eating. She needs to go to the toilet urgently at times.""",
            "E": """By July 2027, Elsie will take her digestive capsules with every meal and snack at school, with an adult checking, as recorded on her medicine chart.
By July 2027, Elsie will do her 15-minute chest clearance routine at lunchtime on every school day, as recorded on her physio chart.
By July 2027, Elsie will wash her hands before every snack and meal and use only her own water bottle, as checked by her class teacher at the end of each week.
By July 2027, Elsie will use her toilet pass to leave class without asking, whenever she needs to, as she reports to her class teacher at the end of each half term.""",
            "G": """The cystic fibrosis nurse from the Merrowdale Children's Cystic Fibrosis Team will train Elsie's class teacher and two teaching assistants in her care plan in one 1-hour session in September 2026, and will phone the school once a half term for the 2026/27 school year to check how things are going.
At every meal and snack a teaching assistant trained by the cystic fibrosis nurse will give Elsie her digestive capsules and record it, for the 2026/27 school year.
A teaching assistant trained by the cystic fibrosis physiotherapist will supervise her 15-minute chest clearance routine in the medical room at 12.15pm every school day, for the 2026/27 school year.
Her class teacher will give Elsie a toilet pass and her own named water bottle, and will make sure she washes her hands before every snack and meal, for the 2026/27 school year.""",
        },
        tags=("clean", "rare", "medicines-no-names"),
    ),
    Case(
        name="sickle-cell-jargon-and-drug",
        sections={
            "C": """Kwame (11) has sickle cell disease. He has had three vaso-occlusive crises this year, two needing hospital admission. He takes hydroxycarbamide daily at home. He must keep warm and drink plenty. He has missed 22 days of school.""",
            "E": """By July 2027, Kwame will drink at least 1 litre of water during the school day, as recorded on his water chart, on at least 4 out of 5 days.
By July 2027, Kwame will wear his coat outdoors or stay indoors at every cold-weather playtime, as recorded by his class teacher.
By July 2027, Kwame's attendance will be at least 90%, as recorded on the school register.""",
            "G": """Kwame will have his own water bottle, refilled by his class teacher at morning break and lunch every day, and will be allowed to wear his coat indoors and stay in at playtime in cold weather, for the 2026/27 school year.
The specialist nurse from the Pennington Children's Red Cell Team will train staff in one 1-hour session in September 2026 and meet his class teacher once a term for the 2026/27 school year.
When Kwame is absent for more than 3 days, his class teacher will send work home every week until he returns, for the 2026/27 school year.""",
        },
        expected=(
            ("jargon", "C", "vaso-occlusive"),
            ("drug_name", "C", "hydroxycarbamide"),
        ),
        tags=("rare", "jargon", "drug", "trigger"),
    ),
    Case(
        name="down-syndrome-year-2-numbered-clean",
        sections={
            "C": """Health needs relating to Alfie's special educational needs
1. Alfie (7) has Down syndrome. He has a mild hearing loss in both ears and wears hearing aids.
2. His speech is hard for people who don't know him to understand.
3. He has low muscle tone, so he tires when sitting on the carpet and his pencil grip is weak.
Alfie had heart surgery as a baby; his heart is now checked once a year and there are no restrictions at school.""",
            "E": """1. By July 2027, Alfie will wear his hearing aids for the whole school day on at least 4 out of 5 days, as recorded on his hearing aid chart.
2. By July 2027, Alfie will be understood by an unfamiliar adult in at least half of his sentences, as measured by his speech and language therapist in June 2027.
3. By July 2027, Alfie will sit on a wedge cushion on the carpet for 15 minutes without slumping, and hold a chunky pencil correctly, in at least 4 out of 5 lessons, as recorded by his class teacher.""",
            "G": """1. His class teacher will check and put in his hearing aids at the start of every school day for the 2026/27 school year, after 30 minutes of training from the Teacher of the Deaf in September 2026. The Teacher of the Deaf from the Tenbury Hearing Support Service will visit for 1 hour every half term for the 2026/27 school year.
2. A speech and language therapist from the Tenbury Children's Therapy Service will see Alfie for 30 minutes every 2 weeks, and will train his teaching assistant to do a 10-minute speech practice with him every school day, for the 2026/27 school year.
3. An occupational therapist from the same service will visit in September 2026 for 1 hour to supply a wedge cushion and chunky pencils, and again in February 2027 for a 45-minute review.""",
        },
        tags=("clean", "down-syndrome", "numbered", "history-not-need"),
    ),
    Case(
        name="sensory-ot-advice-proprioceptive-vestibular",
        kind="advice",
        sections={
            "needs": """Ruby-Jean is 6. She seeks out movement all the time: she spins, crashes into furniture and cannot sit on the carpet for more than 2 minutes. Assessment shows she has proprioceptive and vestibular processing difficulties.""",
            "outcomes": """By July 2027, Ruby-Jean will sit on the carpet for 10 minutes using her wobble cushion, on at least 4 out of 5 days, as recorded by her class teacher.""",
            "provision": """I will write a sensory plan for Ruby-Jean and train her class teacher and teaching assistant in it in one 1-hour session in October 2026.
Her teaching assistant, trained as above, will give Ruby-Jean a 5-minute movement break with heavy work (carrying books, wall push-ups) before every carpet session, for the 2026/27 school year.
I will review her progress with her class teacher in a 30-minute visit each term for the 2026/27 school year.""",
            "author": """Lorna Quigley-Bates, Occupational Therapist (registered with the Health and Care Professions Council), Fallowfield Children's Therapy Service, 12 September 2026""",
        },
        expected=(
            ("jargon", "needs", "proprioceptive"),
            ("jargon", "needs", "vestibular"),
        ),
        tags=("sensory", "jargon", "first-person"),
    ),
    Case(
        name="glasses-need-no-provision",
        sections={
            "C": """Health needs
Tilly (9) has a learning disability and is very long-sighted; she needs to wear her glasses all day to see her work clearly, but she takes them off and hides them.
She also has difficulty with balance and falls on the stairs.""",
            "E": """By July 2027, Tilly will wear her glasses for the whole school day on at least 4 out of 5 days, as recorded on her class chart.
By July 2027, Tilly will walk up and down the school stairs holding the rail without falling, on every school day, as recorded on the falls log.""",
            "G": """A physiotherapist from the Bassingham Children's Therapy Service will see Tilly at school for 40 minutes every 3 weeks for the 2026/27 school year to work on her balance.
A teaching assistant will do a 10-minute stair practice with her every school day for the 2026/27 school year.""",
        },
        expected=(
            (
                "golden_thread",
                "C",
                "Tilly (9) has a learning disability and is very long-sighted; she needs to wear her glasses all day to see her work clearly, but she takes them off and hides them.",
            ),
            (
                "no_provider",
                "G",
                "A teaching assistant will do a 10-minute stair practice with her every school day for the 2026/27 school year.",
            ),
        ),
        tags=("vision", "golden-thread", "untrained-role"),
    ),
    Case(
        name="tracheostomy-may-in-history-clean",
        sections={
            "C": """Section C – Health
Iris (10) has had a tracheostomy (a breathing tube in her neck) since she was a baby, because of a narrow windpipe. In May 2026 her tube was changed to a smaller one with a speaking valve, and she can now speak in short sentences when the valve is on. Her tube needs clearing with a suction machine about twice a school day, and if it blocks or comes out she needs emergency help straight away. She cannot do swimming or messy sand play.""",
            "E": """By July 2027, Iris will wear her speaking valve for all of each lesson and answer questions out loud in class, as recorded by her class teacher in a weekly check.
By July 2027, Iris will tell her trained adult when she needs suction, on every occasion, as recorded on her care chart.
By July 2027, Iris will join in all PE lessons other than swimming, as recorded by her class teacher.""",
            "G": """- The Children's Community Nursing team at Kilmory Community Health Services will train three teaching assistants in suction, valve care, changing her tube in an emergency and emergency breathing support, in one full-day course in September 2026 and a 1-hour skills check every 3 months, while Iris attends Kilmory Primary School.
- One of the three trained teaching assistants will be with Iris throughout every school day, including playtimes and trips, for the 2026/27 school year.
- If her tube blocks or comes out, the trained teaching assistant will follow her emergency plan and call 999.
- Her PE teacher will plan an alternative activity for every swimming lesson and sand play session, for the 2026/27 school year.
- The speech and language therapist from the Kilmory Children's Therapy Service will see Iris for 30 minutes every 3 weeks for the 2026/27 school year to help her use her voice with the valve.""",
        },
        tags=("clean", "tracheostomy", "may-month", "history-not-need", "trigger"),
    ),
    Case(
        name="autism-salt-acronym-opportunities-1to1",
        sections={
            "C": """Communication and interaction: Zain (7) is autistic and has a severe language disorder. He uses 2-word phrases and does not understand questions beginning "why" or "how". He becomes distressed when he cannot make himself understood and has hit other children.""",
            "E": """By July 2027, Zain will use 4-word sentences to ask for things, in at least 3 out of 5 observed sessions, as recorded by his SALT.
By July 2027, Zain will use his "help" card instead of hitting when he is frustrated, on at least 4 out of 5 occasions, as recorded on his behaviour log.""",
            "G": """Zain will be given opportunities for communicating with peers in small groups.
A 1:1 worker will be with Zain at every playtime and lunchtime, for the 2026/27 school year.
A speech and language therapist from the Aldersea Children's Therapy Service will see Zain for 30 minutes every week for the autumn term and every 2 weeks for the spring and summer terms of 2026/27.""",
        },
        expected=(
            ("acronym", "E", "SALT"),
            ("unspecified_provision", "G", "opportunities for"),
            ("no_provider", "G", "Zain will be given opportunities for communicating with peers in small groups."),
            ("no_frequency", "G", "Zain will be given opportunities for communicating with peers in small groups."),
            ("no_duration", "G", "Zain will be given opportunities for communicating with peers in small groups."),
            (
                "no_provider",
                "G",
                "A 1:1 worker will be with Zain at every playtime and lunchtime, for the 2026/27 school year.",
            ),
        ),
        tags=("autism", "acronym", "vague", "untrained-role"),
    ),
    Case(
        name="learning-disability-nurse-advice-young-adult-clean",
        kind="advice",
        sections={
            "needs": """Connor is 18 and attends Ridgeway College. He has a moderate learning disability and autism. He is very frightened of dentists and doctors and has not had a dental check for three years. When he is anxious about an appointment he stops eating and sleeping for several days. He wants to learn to book his own appointments.""",
            "outcomes": """By March 2027, Connor will have attended a dental check-up, as recorded by his dentist.
By July 2027, Connor will book one of his own health appointments by phone using his script, with his tutor nearby, as recorded by his college tutor.
By July 2027, Connor will use his "health passport" to tell a nurse or doctor what helps him, at each appointment he attends, as he reports to his learning disability nurse.""",
            "provision": """I will meet Connor at college for 1 hour every 2 weeks from September 2026 to March 2027 to prepare him for appointments, using photos, a "health passport" and practice visits to the dental clinic.
I will go with Connor to his first dental appointment, at the Ridgeway Community Dental Service, by March 2027, and stay with him for the whole appointment.
His college tutor will practise booking appointments with Connor for 20 minutes every Thursday for the 2026/27 academic year, using the phone script I will write with him.""",
            "author": """Shauna McAllister-Reid, Registered Nurse (Learning Disabilities), Ridgeway Community Learning Disability Team, 1 October 2026""",
        },
        tags=("clean", "preparing-for-adulthood", "first-person", "post-16"),
    ),
    Case(
        name="diabetes-sixth-form-clean",
        sections={
            "C": """Health needs
Ravi (17) has had type 1 diabetes since he was 9. He manages it himself with a pump and a glucose sensor linked to his phone. Stress and late nights before exams make his blood sugar harder to control, and a high or low blood sugar can make it hard to concentrate in an exam.""",
            "E": """By July 2027, Ravi will check his blood sugar before every exam and mock exam and sit the exam only when it is in his target range, or take the agreed action first, as recorded by the exams officer.
By July 2027, Ravi will tell his head of sixth form about any week of poor control so that deadlines can be changed, on every occasion, as recorded at his fortnightly check-in.""",
            "G": """The exams officer will arrange for Ravi to keep his phone, sensor and snacks for low blood sugar with him in every exam and mock exam, and to have up to 20 minutes of rest break time in each exam, for the 2026/27 school year.
The diabetes nurse from the Kellington Young People's Diabetes Team will see Ravi at the diabetes clinic every 3 months for the 2026/27 school year and send a letter to the head of sixth form after each visit.
His head of sixth form will meet Ravi for 15 minutes every other Monday for the 2026/27 school year to review deadlines.""",
        },
        tags=("clean", "diabetes", "post-16", "admin-role"),
    ),
    Case(
        name="epilepsy-fewer-seizures-should",
        sections={
            "C": """Nell (9) has epilepsy with daily absence seizures, in which she stares and stops for about 10 seconds. She misses instructions and parts of lessons.""",
            "E": """Nell will have fewer seizures.
By July 2027, Nell will complete at least 4 out of 5 tasks set in her maths and literacy lessons, as checked by her class teacher each week.""",
            "G": """Her class teacher should repeat instructions after an absence.
Her class teacher will give Nell a written task card in every maths and literacy lesson for the 2026/27 school year.
The epilepsy nurse will see Nell once a term for 30 minutes until July 2027.""",
        },
        expected=(
            ("outcome_not_smart", "E", "Nell will have fewer seizures."),
            ("unspecified_provision", "G", "should"),
            ("no_duration", "G", "Her class teacher should repeat instructions after an absence."),
        ),
        tags=("epilepsy", "vague", "short"),
    ),
    Case(
        name="chronic-fatigue-advice-part-time-clean",
        kind="advice",
        sections={
            "needs": """Megan is 14 and has chronic fatigue syndrome, diagnosed in March 2026. She has very little energy, and doing too much on one day leaves her in bed for the next two or three. She also has trouble concentrating and remembering ("brain fog"). At present she can manage about 2 hours of school a day, 3 days a week.""",
            "outcomes": """By December 2026, Megan will attend school for 2 hours on 3 days every week without a "crash" day afterwards, as recorded in her activity diary.
By July 2027, Megan will attend school for 3 hours on 4 days every week, as recorded on the school register.
By July 2027, Megan will complete her English, maths and science work set for the time she is in school, as recorded by her head of year each half term.""",
            "provision": """The occupational therapist from the Kettlewell Children's Fatigue Service will see Megan for 1 hour every 3 weeks for the 2026/27 school year, to plan her energy use and a gradual increase in her school hours.
Her head of year will agree her timetable with her, her parents and the occupational therapist in a 45-minute meeting every half term for the 2026/27 school year.
Her subject teachers will give Megan printed notes for every lesson in English, maths and science, for the 2026/27 school year.
Megan will be able to rest in the medical room for 15 minutes mid-morning every day she attends, arranged by her head of year, for the 2026/27 school year.""",
            "author": """Dr Rowan Esterhuizen, Consultant Paediatrician, Kettlewell Children's Fatigue Service, Aireborough Hospitals NHS Trust. 2 October 2026.""",
        },
        tags=("clean", "mental-health-adjacent", "acronym-explained", "part-time"),
    ),
    Case(
        name="undivided-advice-letter-clean",
        kind="advice",
        sections={
            "advice": """CHILDREN'S COMMUNITY NURSING ADVICE
Re: Daisy Ferreira-Holt
Daisy is 4 and has a gastrostomy, which is a small feeding tube that goes through her tummy into her stomach. She has most of her food through the tube and a few tastes by mouth. At nursery she needs one tube feed at 11.30am each day she attends. Two members of nursery staff will be trained by our team in a 2-hour session before she starts in January 2027, and we will check their skills every 6 months while she attends. If the tube comes out, staff will cover the site with a clean dressing and phone her parents and our team straight away. We will visit the nursery for 30 minutes once a term, for as long as she attends, to review her care plan with her key worker.
Eleanor Vasquez-Reid, Children's Community Nurse, Marlcombe Children's Community Nursing Team, 11 December 2026""",
        },
        tags=("clean", "undivided", "tube-feeding", "early-years", "jargon-explained"),
    ),
    Case(
        name="cp-baclofen-botox-in-C",
        sections={
            "C": """Health Needs
Oliver (8) has cerebral palsy affecting his right arm and leg. He had Botox injections in his calf in June 2026 and takes baclofen at night. He walks with a limp and tires on long walks. His right hand is weak, so he finds it hard to use scissors and to hold his paper still when writing.""",
            "E": """By July 2027, Oliver will walk with his class to the school hall and back without stopping, on every school day, as recorded by his class teacher.
By July 2027, Oliver will cut along a straight line with spring-loaded scissors and hold his paper still with a weighted ruler, in at least 4 out of 5 art and literacy lessons, as recorded by his teaching assistant.""",
            "G": """A physiotherapist from the Colworth Children's Therapy Service will see Oliver for 45 minutes every 4 weeks for the 2026/27 school year.
An occupational therapist from the same service will provide spring-loaded scissors and a weighted ruler, and train his teaching assistant to use them with him, in one 1-hour visit in September 2026.
His teaching assistant, trained by the occupational therapist, will do a 10-minute hand programme with Oliver every school day for the 2026/27 school year.""",
        },
        expected=(
            ("drug_name", "C", "Botox"),
            ("drug_name", "C", "baclofen"),
        ),
        tags=("cerebral-palsy", "drug"),
    ),
    Case(
        name="prader-willi-food-security-clean",
        sections={
            "C": """HEALTH NEEDS
Jessica (12) has Prader-Willi syndrome, a rare genetic condition. She feels hungry all the time and will take food if it is left out, and she gains weight very easily. She has low muscle tone and tires quickly. She finds changes to routine very upsetting, especially around food and mealtimes.""",
            "E": """By July 2027, Jessica will eat only the food in her planned lunch and snacks on every school day, as recorded by her trained key adult.
By July 2027, Jessica will join in at least 30 minutes of physical activity on every school day, as recorded by her PE teacher.
By July 2027, Jessica will cope with a change to her lunchtime routine, when told in the morning, without distress, on at least 4 out of 5 occasions, as recorded by her key adult.""",
            "G": """1. The dietitian from the Winslow Children's Dietetic Service will write Jessica's school food plan and train her key adult (a teaching assistant) and the catering manager in it, in one 1-hour session in September 2026, and will review the plan with her parents every term for the 2026/27 school year.
2. Her key adult, trained as above, will be with Jessica at every break and lunchtime, and will make sure food is kept out of sight in her classroom, for the 2026/27 school year.
3. Her PE teacher will run a 30-minute activity session with Jessica every school day in addition to PE, for the 2026/27 school year, following a plan written by her physiotherapist.
4. Her key adult will tell Jessica about any change to the lunchtime routine by 9am on the day, using her visual timetable, for the 2026/27 school year.""",
        },
        tags=("clean", "rare", "numbered"),
    ),
    Case(
        name="autism-nursery-missing-durations",
        sections={
            "C": """Health needs
Leo (4) is autistic. He uses no words yet and communicates by taking an adult's hand to what he wants. He is distressed by the noise of the hand dryers and the busy cloakroom.""",
            "E": """By July 2027, Leo will exchange a picture for something he wants at least 10 times each nursery session, as recorded by his key worker.
By July 2027, Leo will use the toilet and cloakroom with his ear defenders and without distress on 4 out of 5 days, as recorded by his key worker.""",
            "G": """A speech and language therapist from the Brackley Children's Therapy Service will set up a picture exchange programme and visit the nursery for 45 minutes every half term.
His key worker, trained by the speech and language therapist, will do picture exchange with Leo at every snack and play session.
His key worker will give Leo his ear defenders before every visit to the toilet or cloakroom, for the 2026/27 school year.""",
        },
        expected=(
            (
                "no_duration",
                "G",
                "A speech and language therapist from the Brackley Children's Therapy Service will set up a picture exchange programme and visit the nursery for 45 minutes every half term.",
            ),
            (
                "no_duration",
                "G",
                "His key worker, trained by the speech and language therapist, will do picture exchange with Leo at every snack and play session.",
            ),
        ),
        tags=("autism", "early-years"),
    ),
    Case(
        name="audiology-advice-author-no-role",
        kind="advice",
        sections={
            "needs": """Iman is 13 and has a moderate hearing loss in both ears. She wears hearing aids but does not like wearing them in school, and she misses a lot of what is said in group work and in noisy classrooms.""",
            "outcomes": """By July 2027, Iman will wear her hearing aids in all lessons on at least 4 out of 5 days, as she records on her weekly check sheet with her form tutor.""",
            "provision": """The audiology service at Renfold General Hospital will check Iman's hearing and hearing aids every 6 months until she is 16.
A Teacher of the Deaf from the Renfold Sensory Support Service will see Iman for 45 minutes every half term for the 2026/27 school year, to talk about how she feels about her hearing aids.
Her form tutor will go through her weekly hearing aid check sheet with Iman for 5 minutes every Friday for the 2026/27 school year.""",
            "author": """Sent by Grace Oyelaran, 2 November 2026""",
        },
        expected=(
            ("advice_no_author", "author", "Sent by Grace Oyelaran, 2 November 2026"),
        ),
        tags=("hearing", "advice-author"),
    ),
    Case(
        name="juvenile-arthritis-clean",
        sections={
            "C": """Harriet (9) has juvenile arthritis, a long-term condition that causes pain and swelling in her knees and fingers. Her joints are stiffest in the morning and after sitting still. On bad days she cannot grip a pencil or manage the stairs.""",
            "E": """By July 2027, Harriet will take part in morning lessons on every school day, using her laptop on bad days, as recorded by her class teacher.
By July 2027, Harriet will move between the ground and first floor using the lift on bad days, with no missed lessons, as recorded by her class teacher.""",
            "G": """A children's arthritis nurse from the Thornbury Children's Arthritis Team will train her class teacher and teaching assistant in her care plan, in one 1-hour session in September 2026.
Her teaching assistant, trained by the arthritis nurse, will do a 10-minute stretching routine with Harriet when she arrives each morning and after lunch every day, for the 2026/27 school year.
On bad days, her class teacher will give Harriet her laptop instead of handwriting and a lift pass for the day, for the 2026/27 school year.
An occupational therapist from the Thornbury Children's Therapy Service will review her writing equipment in one 45-minute visit each term for the 2026/27 school year.""",
        },
        tags=("clean", "physical", "trigger", "jargon-explained"),
    ),
    Case(
        name="lay-and-clinical-golden-thread-swallowing-clean",
        sections={
            "C": """Bella (6) has a condition affecting her brain and nerves that means she has difficulty swallowing safely. Thin drinks can go down the wrong way into her lungs and cause chest infections. She can eat soft, mashed food safely if she is sitting upright and takes small mouthfuls.""",
            "E": """By July 2027, Bella will eat her lunch sitting upright in her supportive chair, taking small mouthfuls at the pace her adult sets, with no coughing episodes on at least 4 out of 5 days, as recorded on her eating and drinking chart.""",
            "G": """A speech and language therapist from the Redmarsh Children's Eating and Drinking Team will write Bella's dysphagia plan (her plan for safe swallowing) and train her teaching assistant and the midday supervisors in it, in one 90-minute session in September 2026, with a 30-minute refresher in January 2027.
At every snack and lunch, a teaching assistant trained by the speech and language therapist will sit with Bella, give her mashed food and thickened drinks, and keep her upright, for the 2026/27 school year.""",
        },
        tags=("clean", "dysphagia", "lay-to-clinical-thread", "jargon-explained"),
    ),
    Case(
        name="adhd-teen-regular-check-ins",
        sections={
            "C": """Sienna (14) has attention deficit hyperactivity disorder. She finds it very hard to start and finish tasks and often leaves lessons. She has been excluded twice this year.""",
            "E": """By July 2027, Sienna will stay in every lesson for the whole lesson on at least 4 days out of 5, as recorded on the school behaviour system.
By July 2027, Sienna will hand in at least 8 out of 10 homework tasks on time, as recorded by her form tutor.""",
            "G": """Sienna will have regular check-ins with her head of year.
Her subject teachers will break each task into steps on a written checklist, in every lesson, for the 2026/27 school year.
The community paediatrician will review her attention difficulties every 6 months until July 2027.""",
        },
        expected=(
            ("unspecified_provision", "G", "regular"),
            ("no_frequency", "G", "Sienna will have regular check-ins with her head of year."),
            ("no_duration", "G", "Sienna will have regular check-ins with her head of year."),
        ),
        tags=("adhd", "vague"),
    ),
]

# ---------------------------------------------------------------------------
# Part 4
# ---------------------------------------------------------------------------

BLIND += [
    Case(
        name="duchenne-primary-table-clean",
        sections={
            "C": """Muscle weakness: Stanley (11) has Duchenne muscular dystrophy, a condition that makes his muscles weaker over time. He can walk short distances but cannot manage stairs or the walk to the playing field, and he gets tired by the afternoon. He needs help to get up from the floor. His heart and breathing are checked at the Hawkridge Children's Hospital muscle clinic every 6 months; these checks have been normal and he needs nothing in school for them.""",
            "E": """By July 2027, Stanley will get to every lesson and activity on time, using the lift or his buggy, on every school day, as recorded by his class teacher.
By July 2027, Stanley will choose a chair activity instead of floor work in every lesson, and need no help to get up from the floor, as recorded by his teaching assistant.
By July 2027, Stanley will take a 15-minute rest in the afternoon and stay in class for the rest of the afternoon, on at least 4 out of 5 days, as recorded by his class teacher.""",
            "G": """Need | Provision | Staff | Frequency | Period
Getting about the site | Powered buggy to the playing field and use of the lift | Teaching assistant trained by the physiotherapist in buggy use | Every trip off the main building | 2026/27 school year
Tiredness | 15-minute rest in the quiet room | Class teacher arranges | Every afternoon at 1.45pm | 2026/27 school year
Getting up from the floor | Chair-based alternatives for all floor work | Class teacher | Every lesson | 2026/27 school year
Overall physical plan | Review of his physical programme and training for staff | Physiotherapist, Hawkridge Children's Therapy Service | 1-hour visit each half term | 2026/27 school year""",
        },
        tags=("clean", "duchenne", "table", "history-not-need"),
    ),
    Case(
        name="hearing-normal-but-audiology-provision",
        sections={
            "C": """Health
Rosie (6) has a speech sound disorder: she leaves off the ends of words and replaces "k" and "g" with "t" and "d", so people who do not know her understand about half of what she says. Her hearing was tested in June 2026 and is normal.""",
            "E": """By July 2027, Rosie will say the ends of words correctly in 8 out of 10 attempts in sentences, as measured by her speech and language therapist.
By July 2027, Rosie will be understood by an unfamiliar adult in at least 3 out of 4 sentences, as measured by her speech and language therapist in July 2027.""",
            "G": """A speech and language therapist from the Castlemere Children's Therapy Service will see Rosie for 30 minutes every 2 weeks for the 2026/27 school year, and will train her teaching assistant to do a 10-minute speech practice with her three times a week for the 2026/27 school year.
The audiology service at Castlemere Hospital will test Rosie's hearing every 6 months for the 2026/27 school year.""",
        },
        expected=(
            (
                "golden_thread",
                "G",
                "The audiology service at Castlemere Hospital will test Rosie's hearing every 6 months for the 2026/27 school year.",
            ),
        ),
        tags=("speech", "golden-thread", "orphan-provision", "not-a-need"),
    ),
    Case(
        name="diabetes-ihcp-hypoglycaemia",
        sections={
            "C": """Health needs
Lewis (9) has type 1 diabetes. He has episodes of hypoglycaemia at school about twice a week, usually before lunch and after PE. He does not always notice them.""",
            "E": """By July 2027, Lewis will have his blood sugar checked before lunch and after PE on every school day, and any low reading treated within 5 minutes, as recorded on his diabetes log.""",
            "G": """The diabetes nurse from the Fernhill Children's Diabetes Team will write his IHCP and train three members of staff in it in a 2-hour session in September 2026, with a 1-hour refresher each term for the 2026/27 school year.
A member of staff trained by the diabetes nurse will check Lewis's blood sugar before lunch and after every PE lesson, every school day, for the 2026/27 school year.
If his blood sugar is low, a trained member of staff will give him his fast-acting sugar and recheck after 15 minutes, following his plan.""",
        },
        expected=(
            ("jargon", "C", "hypoglycaemia"),
            ("acronym", "G", "IHCP"),
        ),
        tags=("diabetes", "jargon", "acronym", "trigger"),
    ),
    Case(
        name="supported-internship-epilepsy-should-clean",
        sections={
            "C": """HEALTH NEEDS
Dominic is 20 and is on a supported internship at the Kelham Bay garden centre through Kelham College. He has a moderate learning disability and epilepsy. He has about one seizure a month, usually when he is tired or has missed his medicine. His consultant says he should not use power tools or work at heights. He wants to travel to his placement on his own by bus.""",
            "E": """By March 2027, Dominic will travel by bus from home to the garden centre on his own, on every placement day, as recorded by his job coach.
By July 2027, Dominic will take his morning medicine before leaving home on every placement day, checked by a tick on his phone app that his job coach looks at weekly.
By July 2027, Dominic will tell his job coach when he is tired or has missed his medicine, on every occasion, as recorded in his placement diary.""",
            "G": """The epilepsy nurse from the Kelham Adult Epilepsy Service will carry out a workplace risk assessment with Dominic and his job coach in one 2-hour visit in September 2026 and train his job coach and supervisor in his seizure plan in the same visit.
His job coach, trained by the Kelham College travel training team, will do travel training with Dominic on every placement day from September to December 2026, then check in with him by phone after each journey until July 2027.
His job coach will look at his medicine app with Dominic for 10 minutes every Friday for the 2026/27 academic year.
If Dominic has a seizure at work, his supervisor, trained by the epilepsy nurse, will follow his seizure plan and phone his mother and the job coach.""",
        },
        tags=("clean", "epilepsy", "preparing-for-adulthood", "should-in-C", "post-16"),
    ),
    Case(
        name="psychology-advice-less-anxious",
        kind="advice",
        sections={
            "needs": """Aisha is 12. She has anxiety, which shows as stomach aches, crying before school and refusing to go into school on about two days a week. She is worried about being away from her mother, who was seriously ill last year.""",
            "outcomes": """By July 2027, Aisha will be less anxious.
By July 2027, Aisha will go into school by 8.50am on at least 4 days out of 5, as recorded on the school register.""",
            "provision": """I will see Aisha for a 50-minute session of talking therapy every week for 12 weeks from 28 September 2026, and then every 3 weeks until July 2027.
Her head of year will meet Aisha at the school gate at 8.40am every school day, for the autumn and spring terms of 2026/27, and walk with her to her form room.
I will meet her head of year and her mother for 45 minutes every half term for the 2026/27 school year.""",
            "author": """Dr Yasmin Borthwick, Clinical Psychologist, Calderton Children's Psychology Service, 30 October 2026""",
        },
        expected=(
            ("outcome_not_smart", "outcomes", "By July 2027, Aisha will be less anxious."),
        ),
        tags=("mental-health", "outcome-not-measurable", "first-person"),
    ),
    Case(
        name="hirschsprung-stoma-clean",
        sections={
            "C": """Health needs
Ellie-Mai (6) has Hirschsprung's disease, a condition she was born with in which part of the bowel does not work properly. She has a stoma (an opening on her tummy where her bowel empties into a bag). Her bag needs emptying or changing during the school day and she needs help to do it. She is worried about other children finding out.""",
            "E": """By July 2027, Ellie-Mai will tell her trained adult when her bag needs emptying, on every occasion, as recorded on her care chart.
By July 2027, Ellie-Mai will empty her bag herself with an adult watching, at her two planned times each day, on at least 4 out of 5 days, as recorded on her care chart.
By July 2027, Ellie-Mai will say she feels her stoma is private at school, when asked by her class teacher at the end of each term.""",
            "G": """The stoma nurse from the Hanbury Children's Surgery Service will train two teaching assistants in emptying and changing Ellie-Mai's bag in a 90-minute session in September 2026 and will check their skills every 6 months while she attends Beechgrove Primary School.
A teaching assistant trained by the stoma nurse will help Ellie-Mai empty her bag at 10.30am and 1.30pm, and change it if it leaks, in the private accessible toilet, every school day for the 2026/27 school year.
Her class teacher will make sure Ellie-Mai can leave class without asking by using a small card, for the 2026/27 school year.""",
        },
        tags=("clean", "continence", "rare", "jargon-explained", "trigger"),
    ),
    Case(
        name="migraine-drug-names",
        sections={
            "C": """Health needs
Toby (13) has migraines about twice a month, lasting several hours, with headache, sickness and sensitivity to light. He takes sumatriptan when a migraine starts and ibuprofen for milder headaches. He misses lessons during migraines and gets behind with his work.""",
            "E": """By July 2027, Toby will tell a member of staff at the start of a migraine and go to the medical room within 10 minutes, on every occasion, as recorded on his health log.
By July 2027, Toby will catch up on the work he misses during migraines within a week, on at least 4 out of 5 occasions, as recorded by his form tutor.""",
            "G": """At the start of a migraine, Toby will go to the medical room, where a first aider trained in giving medicines will give him his prescribed medicine following his health care plan and let him lie down in a darkened room, for the 2026/27 school year.
His form tutor will collect the work Toby missed and give it to him with a catch-up plan within 2 school days of each migraine, for the 2026/27 school year.
The community paediatrician will review his migraines every 6 months until July 2027.""",
        },
        expected=(
            ("drug_name", "C", "sumatriptan"),
            ("drug_name", "C", "ibuprofen"),
        ),
        tags=("drug", "trigger"),
    ),
    Case(
        name="year-8-anxiety-history-of-self-harm-clean",
        sections={
            "C": """Health needs
Maya (12) has anxiety that makes her feel sick and shaky in lessons where she may be asked to speak in front of the class. She avoids these lessons by asking to go to the toilet or to the medical room, and has missed about a third of her English and drama lessons this term.
Maya self-harmed in Year 6. She had support from the school counsellor at her primary school and there has been no self-harm since; this is not a current need.""",
            "E": """By July 2027, Maya will attend at least 9 out of 10 English and drama lessons, as recorded on the lesson register.
By July 2027, Maya will speak in front of a small group of 4 classmates at least once each half term, as recorded by her English teacher.""",
            "G": """A mental health practitioner from the Oakmere Mental Health Support Team will see Maya at school for 45 minutes every week for 8 weeks from October 2026, using guided self-help for anxiety.
After that, the same practitioner will meet Maya for 30 minutes every half term until July 2027.
Her English and drama teachers will give Maya a week's notice of any speaking task and let her present to a small group first, for the 2026/27 school year.""",
        },
        tags=("clean", "mental-health", "history-not-need", "may-in-C"),
    ),
    Case(
        name="fetal-alcohol-paediatric-advice-clean",
        kind="advice",
        sections={
            "needs": """Kayden is 9 and lives with his grandparents. He has fetal alcohol spectrum disorder (FASD), which means his brain was affected by alcohol before he was born. He has trouble remembering instructions, controlling impulses and understanding time and money. He is very active and finds the end of the school day and changes of staff hard, when he can become angry and run off. He sleeps poorly, which his grandparents are getting help with from the sleep clinic, and this has no effect on school.""",
            "outcomes": """By July 2027, Kayden will follow his picture timetable through the school day with no more than two adult reminders each morning and afternoon, on at least 4 out of 5 days, as recorded by his class teacher.
By July 2027, Kayden will stay in the building at the end of the day until his grandparent arrives, on every school day, as recorded by his class teacher.""",
            "provision": """Because of his FASD, Kayden needs short instructions, repeated, and a picture timetable. His class teacher will use both in every lesson for the 2026/27 school year.
A teaching assistant trained by the specialist nurse from the Thornby FASD Clinic (one 2-hour session in September 2026) will meet Kayden at 3pm every day and stay with him until his grandparent arrives, for the 2026/27 school year.
The specialist nurse will review his school plan with his class teacher and grandparents in a 1-hour meeting each term for the 2026/27 school year.""",
            "author": """Dr Olamide Fairweather, Consultant Community Paediatrician, Thornby Children's Centre, Thornby and Wyre Community NHS Trust, 18 September 2026""",
        },
        tags=("clean", "rare", "acronym-expanded-elsewhere", "not-a-need"),
    ),
    Case(
        name="deafblind-msi-acronym",
        sections={
            "C": """Health needs
Halima (12) has MSI: she is deaf and has very little useful vision after being born very early. She communicates with on-body signs and objects of reference, and she needs someone with her to move around safely.""",
            "E": """By July 2027, Halima will use 15 objects of reference to make choices in her school day, as recorded by her intervenor.
By July 2027, Halima will walk with her intervenor from her classroom to the hall, the dining room and the sensory room, using the tactile markers, on every school day.""",
            "G": """An intervenor with the Level 3 qualification in working with deafblind children will be with Halima throughout every school day for the 2026/27 school year.
A Qualified Teacher of the Deaf with vision impairment training, from the Grantley Sensory Service, will visit for 2 hours every fortnight for the 2026/27 school year.
A habilitation specialist from the same service will put tactile markers along her routes and teach her to use them, in six 1-hour sessions in the autumn term of 2026.""",
        },
        expected=(("acronym", "C", "MSI"),),
        tags=("hearing", "vision", "acronym"),
    ),
    Case(
        name="wheelchair-support-as-needed",
        sections={
            "C": """Health needs
Finlay (10) has spinal muscular atrophy, a condition that weakens his muscles. He uses a powered wheelchair and needs a hoist and two adults for every transfer, including toileting. He also needs help getting his equipment out of his bag.""",
            "E": """By July 2027, Finlay will direct his own toileting care by telling his trained adult what to do at each step, as recorded on his care chart.
By July 2027, Finlay will ask a friend or adult for his equipment at the start of every lesson rather than waiting, as recorded by his class teacher.""",
            "G": """Two teaching assistants trained in moving and handling by the Brookfield Children's Physiotherapy Service will help Finlay with toileting using a hoist at 10.30am, 12.30pm and 2.30pm every school day, for the 2026/27 school year.
Mobility support as needed.""",
        },
        expected=(
            ("unspecified_provision", "G", "support as needed"),
            ("no_provider", "G", "Mobility support as needed."),
            ("no_frequency", "G", "Mobility support as needed."),
            ("no_duration", "G", "Mobility support as needed."),
            (
                "golden_thread",
                "C",
                "He also needs help getting his equipment out of his bag.",
            ),
        ),
        tags=("physical", "vague", "golden-thread"),
    ),
    Case(
        name="college-autism-travel-health-clean",
        sections={
            "C": """Health needs
Ben (17) is autistic and has anxiety. He is studying animal care at Highcliff College. Busy buses and crowds make him very anxious, and he has missed about a quarter of his sessions since September because he could not face the journey. He also needs to learn to manage his own health appointments as he moves towards adult services.""",
            "E": """By February 2027, Ben will travel to college on the bus on his own, on every college day, as recorded by his course tutor.
By July 2027, Ben's attendance will be at least 90%, as recorded on the college register.
By July 2027, Ben will have attended one GP appointment on his own, using his health passport, as he reports to his course tutor.""",
            "G": """A clinical psychologist from the Highcliff Young People's Autism Service will see Ben for 1 hour every week for 10 weeks from September 2026 to work on his anxiety about travel, using graded practice.
A travel trainer from Highcliff College, trained in autism awareness, will travel with Ben on the bus for every college journey for the first 6 weeks of the autumn term 2026, and then on Mondays only until February 2027.
His course tutor will go through his health passport with Ben in two 30-minute sessions in January 2027 and help him book a GP appointment.""",
        },
        tags=("clean", "autism", "post-16", "preparing-for-adulthood"),
    ),
    Case(
        name="advice-author-role-no-name",
        kind="advice",
        sections={
            "needs": """Jonah (5) has a severe speech and language delay. He understands simple instructions but uses only single words.""",
            "outcomes": """By July 2027, Jonah will use 2-word phrases to ask for things at least 10 times a day, as recorded by his class teacher.""",
            "provision": """A speech and language therapist from the Ashdown Children's Therapy Service will see Jonah for 30 minutes every 2 weeks for the 2026/27 school year, and will train his teaching assistant to run a 10-minute language group with him every school day for the 2026/27 school year.""",
            "author": """Community Paediatrician, Ashdown Children's Centre, 5 November 2026""",
        },
        expected=(
            ("advice_no_author", "author", "Community Paediatrician, Ashdown Children's Centre, 5 November 2026"),
        ),
        tags=("speech", "advice-author", "short"),
    ),
    Case(
        name="duchenne-teen-cardiomyopathy-should",
        sections={
            "C": """Health Needs
Callan (15) has Duchenne muscular dystrophy and now has cardiomyopathy, found on his last echocardiogram. He uses a powered wheelchair all the time. He tires easily and cannot hold his arms up to write for long.""",
            "E": """By July 2027, Callan will complete his written work for every lesson using speech-to-text software, as recorded by his subject teachers.
By July 2027, Callan will attend all of his GCSE lessons with no more than one rest break a day, on at least 4 days out of 5, as recorded by his form tutor.""",
            "G": """An occupational therapist from the Windmere Children's Therapy Service will set up speech-to-text software and a laptop arm on his wheelchair in one 2-hour visit in September 2026.
His subject teachers should allow Callan to use speech-to-text in every lesson for the 2026/27 school year.
His form tutor will arrange a 20-minute rest break in the medical room when Callan asks for one, for the 2026/27 school year.""",
        },
        expected=(
            ("jargon", "C", "cardiomyopathy"),
            ("jargon", "C", "echocardiogram"),
            ("unspecified_provision", "G", "should"),
        ),
        tags=("duchenne", "jargon", "vague"),
    ),
    Case(
        name="rett-syndrome-eye-gaze-clean",
        sections={
            "C": """HEALTH NEEDS
Lottie (9) has Rett syndrome, a rare genetic condition that affects girls' movement and speech. She has no speech and cannot use her hands to point or hold things, so she communicates with her eyes. She has seizures about once a week and holds her breath at times; breath-holding is part of her condition and does not need treatment. She needs help to eat by mouth and eats slowly.""",
            "E": """By July 2027, Lottie will choose between four pictures on her eye-gaze computer to make a request, at least 10 times each school day, as recorded by her class team.
By July 2027, Lottie will eat her lunch with adult help within 40 minutes, on at least 4 out of 5 days, as recorded on her eating chart.
By July 2027, Lottie will be kept safe during every seizure at school, with each seizure recorded on her seizure log.""",
            "G": """All provision runs for the 2026/27 school year at Silverdale Special School.
- A speech and language therapist from the Silverdale Children's Therapy Service will see Lottie for 45 minutes every week to develop her eye-gaze communication, and will train her class team in one 1-hour session each term.
- At every lunch, a teaching assistant trained by the speech and language therapist in her eating and drinking plan will help Lottie eat, for up to 40 minutes.
- The epilepsy nurse from Silverdale Community Children's Nursing will train her class team in her seizure plan in a 90-minute session in September 2026, with a 30-minute refresher in January 2027.
- If a seizure lasts longer than 5 minutes, a member of her class team trained by the epilepsy nurse will give her prescribed rescue medicine and call 999.""",
        },
        tags=("clean", "rare", "epilepsy", "period-once", "trigger", "not-a-need"),
    ),
    Case(
        name="subheadings-and-table-header-clean",
        sections={
            "C": """SECTION C: HEALTH NEEDS
Physical
Esme (7) has cerebral palsy affecting her left side. Her left hand is weak and she finds it hard to do up buttons, open packets and cut with scissors.
Communication
Esme's speech is clear. There are no speech and language needs.
Emotional wellbeing
Esme gets frustrated when she cannot manage tasks her friends can do and sometimes refuses to try.""",
            "E": """Physical
By July 2027, Esme will open her lunch packets and do up her coat buttons by herself on at least 4 out of 5 days, as recorded by her teaching assistant.
Emotional wellbeing
By July 2027, Esme will try a new hand task with her teaching assistant and say how she feels about it using her feelings scale, at every hand session, as recorded on her session sheet.""",
            "G": """PHYSICAL
Provision | Who | How often | How long
Hand skills programme (15 minutes) | Teaching assistant trained by the occupational therapist | Three times a week | 2026/27 school year
Review of the hand skills programme | Occupational therapist, Eastmere Children's Therapy Service | One 45-minute visit each half term | 2026/27 school year
EMOTIONAL WELLBEING
Provision | Who | How often | How long
Feelings scale check-in during her hand session (5 minutes) | Teaching assistant trained by the occupational therapist | Three times a week | 2026/27 school year""",
        },
        tags=("clean", "cerebral-palsy", "structure", "table", "not-a-need"),
    ),
    Case(
        name="eczema-asthma-emollient-hydrocortisone",
        sections={
            "C": """Health needs
Reggie (5) has severe eczema and asthma. His skin is very itchy and cracks on his hands, which stops him holding a pencil and distracts him in class. He has hydrocortisone cream at home. He needs emollient applied at school.""",
            "E": """By July 2027, Reggie will hold a pencil for 10 minutes without stopping to scratch, in at least 4 out of 5 writing sessions, as recorded by his class teacher.
By July 2027, Reggie will use his reliever inhaler with an adult before PE and take part in every PE lesson, as recorded by his class teacher.""",
            "G": """A teaching assistant trained by the school nurse will put his moisturising cream on his hands at 10.30am, at lunchtime and before home time, every school day, for the 2026/27 school year.
Before every PE lesson, a teaching assistant trained by the school nurse will give Reggie his reliever inhaler through his spacer, for the 2026/27 school year.
The school nurse from the Hollowfield School Nursing Team will train his teaching assistants in one 45-minute session in September 2026.""",
        },
        expected=(
            ("drug_name", "C", "hydrocortisone"),
            ("jargon", "C", "emollient"),
        ),
        tags=("asthma", "eczema", "drug", "jargon", "lay-to-clinical-thread"),
    ),
    Case(
        name="late-talker-two-year-old-advice-clean",
        kind="advice",
        sections={
            "needs": """Arlo is 2 years and 6 months old and goes to Little Acorns Nursery in Westerby three days a week. He says about 5 words and does not yet join words together. He understands familiar words such as "cup", "shoes" and "bath" but not longer instructions. He gets frustrated and bites when he cannot make himself understood. His hearing was checked at the Westerby audiology clinic in August 2026 and is normal.""",
            "outcomes": """By September 2027, Arlo will use at least 50 words, as recorded on the word list kept by his key worker and parents.
By September 2027, Arlo will follow simple two-part instructions, such as "get your shoes and give them to Mummy", on at least 3 out of 4 occasions, as checked by his speech and language therapist.
By September 2027, Arlo will use a word or sign instead of biting when he is frustrated, with no more than one bite a week, as recorded by his key worker.""",
            "provision": """I will see Arlo at nursery for a 40-minute session every 3 weeks from October 2026 to September 2027, with his key worker present.
I will train his key worker in two 1-hour sessions in October 2026 in ways to build his words and his understanding, and she will use them with Arlo in a 10-minute play session every day he attends, from October 2026 to September 2027.
I will run a 6-week "Talking Together" group for his parents, one 90-minute session a week, starting in January 2027.""",
            "author": """Tamsin Achebe-Lowry, Speech and Language Therapist (registered with the Health and Care Professions Council), Westerby Early Years Speech and Language Therapy, 28 September 2026""",
        },
        tags=("clean", "early-years", "speech", "first-person", "not-a-need"),
    ),
    Case(
        name="lunchtime-staff-untrained-long-paragraph",
        sections={
            "C": """Health needs
Ava (8) has cerebral palsy. She has weak hands and cannot cut up her food or open her lunch. She uses a walking frame and moves slowly, and she gets very tired by the afternoon.""",
            "E": """By July 2027, Ava will eat her whole lunch within the lunch break on at least 4 days out of 5, as recorded by her class teacher.
By July 2027, Ava will walk with her frame between her classroom and the hall for every assembly and lunch, as recorded by her teaching assistant.
By July 2027, Ava will rest for 10 minutes after lunch and then join in all afternoon lessons, on at least 4 days out of 5, as recorded by her class teacher.""",
            "G": """The physiotherapist from the Stowbridge Children's Therapy Service will visit every half term for 1 hour for the 2026/27 school year to review her walking and train her teaching assistant, who will walk with Ava and her frame for every trip to the hall, every school day, for the 2026/27 school year. Lunchtime staff will cut up her food and open her packets every day. After lunch, her class teacher will let Ava rest for 10 minutes on the beanbag in the reading corner, every school day, for the 2026/27 school year. The occupational therapist will supply adapted cutlery in one 30-minute visit in September 2026.""",
        },
        expected=(
            ("no_provider", "G", "Lunchtime staff will cut up her food and open her packets every day."),
            ("no_duration", "G", "Lunchtime staff will cut up her food and open her packets every day."),
        ),
        tags=("cerebral-palsy", "paragraph", "untrained-role"),
    ),
    Case(
        name="acquired-brain-injury-clean",
        sections={
            "C": """Health needs
Josh (14) had a brain injury in a road accident in March 2026. He has made a good physical recovery but he now tires very quickly, has headaches when he concentrates for long, and has difficulty remembering new information. He finds it hard to organise his work and his books.""",
            "E": """By July 2027, Josh will attend a full school day on at least 4 days out of 5, as recorded on the school register.
By July 2027, Josh will use his phone planner to record all homework and bring the right books to every lesson on at least 4 days out of 5, as checked by his form tutor.
By July 2027, Josh will report headaches in lessons on no more than 1 day a week, in his own weekly headache diary.""",
            "G": """A clinical psychologist from the Stanmoor Children's Brain Injury Service will assess Josh's memory and concentration in two 2-hour sessions in October 2026 and explain the results to his teachers in a 1-hour meeting in November 2026.
His form tutor will check his phone planner with him for 10 minutes every morning, for the 2026/27 school year.
Josh will have a 10-minute rest break in the library in the middle of every morning and afternoon, arranged by his head of year, for the 2026/27 school year.
The brain injury service's occupational therapist will see Josh in school for 1 hour each half term for the 2026/27 school year to review his fatigue and organisation plan.""",
        },
        tags=("clean", "brain-injury", "history-not-need"),
    ),
    Case(
        name="physio-advice-walk-no-date-gait",
        kind="advice",
        sections={
            "needs": """Kian (7) has cerebral palsy affecting both legs. His gait is crouched and he walks with a frame for short distances. He falls when tired.""",
            "outcomes": """Kian will walk 20 metres with his frame.
By July 2027, Kian will have no more than one fall a week at school, as recorded on the school falls log.""",
            "provision": """A physiotherapist from the Larkfield Children's Therapy Service will see Kian at school for 45 minutes every 3 weeks for the 2026/27 school year.
A teaching assistant trained by the physiotherapist will do a 15-minute walking practice with Kian every school day after lunch for the 2026/27 school year.""",
            "author": """Priyanka Lindholm, Paediatric Physiotherapist, Larkfield Children's Therapy Service, 16 October 2026""",
        },
        expected=(
            ("jargon", "needs", "gait"),
            ("outcome_not_smart", "outcomes", "Kian will walk 20 metres with his frame."),
        ),
        tags=("cerebral-palsy", "outcome-no-time", "jargon"),
    ),
    Case(
        name="young-adult-25-day-college-clean",
        sections={
            "C": """HEALTH NEEDS
Sean is 24 and attends the Meadowside Adult Skills Centre, run by Ashwick College, four days a week. His plan will end in July 2027, at the end of the academic year in which he turns 25. He has a severe learning disability and epilepsy. He has about two short seizures a month at college, when he goes blank and then drops whatever he is holding. He needs to learn to make simple drinks safely for his move to supported living in September 2027.""",
            "E": """By July 2027, Sean will make a cold drink and a hot drink with a one-cup kettle, with an adult nearby but not helping, on every cookery session, as recorded by his tutor.
By July 2027, Sean will be kept safe during every seizure at college, with each seizure recorded and shared with his supported living team before he moves.""",
            "G": """The learning disability nurse from the Ashwick Adult Community Learning Disability Team will train his tutors in his seizure plan in a 1-hour session in September 2026 and will meet his tutor and his supported living manager for 1 hour each term until July 2027.
His cookery tutor, trained by the occupational therapist, will teach Sean to use a one-cup kettle in a 1-hour cookery session every week until July 2027.
An occupational therapist from the Ashwick Adult Community Therapy Team will assess his kitchen safety in one 1-hour visit in October 2026 and again in May 2027.
After every seizure, a trained member of staff will stay with Sean until he has recovered and record the seizure on his seizure chart.""",
        },
        tags=("clean", "preparing-for-adulthood", "epilepsy", "age-25", "may-month"),
    ),
    Case(
        name="need-without-outcome-and-may-lowercase",
        sections={
            "C": """Health
Amelia (11) has hearing loss in both ears and wears hearing aids. She also has a weak bladder and needs to go to the toilet often, and she has had accidents in class.""",
            "E": """By July 2027, Amelia will wear her hearing aids and use her radio aid in every lesson, as recorded on her weekly equipment check.""",
            "G": """Her form tutor will give Amelia a toilet pass that lets her leave any lesson without asking, for the 2026/27 school year.
A Teacher of the Deaf from the Fellside Sensory Service will visit for 1 hour every half term for the 2026/27 school year.
Audiology may review her hearing aids.""",
        },
        expected=(
            (
                "golden_thread",
                "C",
                "She also has a weak bladder and needs to go to the toilet often, and she has had accidents in class.",
            ),
            ("unspecified_provision", "G", "may"),
            ("no_frequency", "G", "Audiology may review her hearing aids."),
            ("no_duration", "G", "Audiology may review her hearing aids."),
        ),
        tags=("hearing", "continence", "golden-thread", "vague"),
    ),
    Case(
        name="undivided-advice-epilim-myoclonic",
        kind="advice",
        sections={
            "advice": """Paediatric Neurology Advice for EHC Needs Assessment
Patient: Maisy Blackwood (10)
Maisy has juvenile myoclonic epilepsy. She has jerks of her arms in the first hour after waking, and occasional larger seizures. She is treated with Epilim. Her seizures are made worse by lack of sleep and by flashing lights. School should be aware that she may drop things in the morning. She does not need rescue medicine at school.
Dr Tobias Eldridge-Mensah, Consultant Paediatric Neurologist, Wrexley Children's Hospital, 24 September 2026""",
        },
        expected=(
            ("acronym", "advice", "EHC"),
            ("jargon", "advice", "myoclonic"),
            ("drug_name", "advice", "Epilim"),
        ),
        tags=("epilepsy", "undivided", "drug", "jargon", "acronym", "wording-only"),
    ),
    Case(
        name="selective-mutism-clean",
        sections={
            "C": """Health needs
Lila (8) has selective mutism, an anxiety condition that means she cannot speak in some places even though she talks freely at home. At school she does not speak to adults or to most children, and she does not ask for help or say when she is hurt or unwell.""",
            "E": """By December 2026, Lila will use her "help" and "hurt" cards to tell her key adult when she needs help or is hurt, on every occasion, as recorded by her key adult.
By July 2027, Lila will speak to her key adult in a small room in school, in at least 3 out of 4 weekly sessions, as recorded on her session sheet.
By July 2027, Lila will speak to one classmate in class, as observed by her class teacher at least once a week.""",
            "G": """A speech and language therapist from the Dunsford Children's Therapy Service will train Lila's key adult, a teaching assistant, in a small-steps programme in one 90-minute session in September 2026, and will review progress in a 45-minute visit every half term for the 2026/27 school year.
Her key adult, trained by the speech and language therapist, will run a 15-minute small-steps session with Lila in a quiet room three times a week for the 2026/27 school year.
Her class teacher will give Lila "help" and "hurt" cards on the first day of term and will not ask her to speak in front of the class, for the 2026/27 school year.""",
        },
        tags=("clean", "mental-health", "speech", "jargon-explained"),
    ),
]
