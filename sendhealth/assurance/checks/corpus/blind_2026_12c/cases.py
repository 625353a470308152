"""Blind set 2026-12c: EHC plan health sections and health advice, labelled by hand.

Written from the domain notes and the labelling conventions only, without reading the
checks. All names, places and details are invented.
"""

from ..cases import Case

BLIND: list[Case] = []

# --- part 1 -------------------------------------------------------------------------------

BLIND += [
    Case(
        name="autism-sensory-and-eating-ks2",
        sections={
            "C": """\
Health needs
Oliver (aged 7) has a diagnosis of autism, made by the Child Development Centre at Harrowfield General Hospital in March 2024. He finds noisy, busy places very hard and becomes overwhelmed in the dinner hall and in assemblies; when this happens he covers his ears, runs to the corridor and cannot return to learning for up to an hour. He is a very selective eater and at present eats only six foods, all dry and beige; his weight is steady and is checked by his GP every six months.
Oliver's hearing and vision were tested in 2025 and are normal.""",
            "E": """\
By the end of Year 3 (July 2027), Oliver will use his ear defenders and his 'time out' card to leave a noisy room calmly and return to his class within 15 minutes, on 4 out of 5 occasions recorded by his class teacher.
By the February 2027 half term, Oliver will try one new food at lunch each week, touching or tasting it, with his tries recorded on his food chart.""",
            "G": """\
Provision for the 2026/27 school year:
- An occupational therapist from the Harrowfield Children's Therapy Service will visit school once each half term (six visits, 45 minutes each) to review Oliver's sensory plan with his class teacher and update it in writing.
- Oliver's teaching assistant, who was trained by the occupational therapist in September 2026, will run a 10-minute calming sensory circuit with him every morning at 9.00 and straight after lunch.
- Oliver will have his ear defenders and time-out card with him in every lesson and assembly; his class teacher will check each Monday that both are in his tray.
- Oliver will eat lunch in the small group room with two chosen friends every school day, supervised by the same trained teaching assistant.
- The dietitian from the Community Paediatric Dietetics team will see Oliver and his parents in clinic three times during the year (October, February and June), 30 minutes each, to plan small food steps that school will follow.""",
        },
        tags=("clean", "autism", "ks2", "bullets"),
    ),
    Case(
        name="cp-diplegia-vague-physio-ks2",
        sections={
            "C": """\
Amelia has cerebral palsy affecting both legs (spastic diplegia). She walks short distances with a walking frame and uses a wheelchair for longer distances. Her muscles are tight and she is at risk of her hips and ankles stiffening. She tires quickly and her handwriting is slow and effortful.""",
            "E": """\
Amelia will be more independent.
By July 2027 Amelia will walk with her frame from the classroom to the dinner hall (about 40 metres) without stopping, on 4 days out of 5.
By the end of Year 6, Amelia will do her stretching routine with an adult every school day and tell them if anything hurts, as recorded on her stretch chart.""",
            "G": """\
Amelia will have access to a physiotherapist.
She should have regular stretches during the school day.
A teaching assistant will support Amelia with moving around the school as required.
Amelia will use a laptop for extended writing in all lessons for the rest of Key Stage 2, set up for her by the class teacher.""",
        },
        expected=(
            ("outcome_not_smart", "E", "Amelia will be more independent."),
            ("golden_thread", "C", "She tires quickly and her handwriting is slow and effortful."),
            ("unspecified_provision", "G", "access to"),
            ("no_frequency", "G", "Amelia will have access to a physiotherapist."),
            ("no_duration", "G", "Amelia will have access to a physiotherapist."),
            ("unspecified_provision", "G", "should"),
            ("unspecified_provision", "G", "regular"),
            ("no_frequency", "G", "She should have regular stretches during the school day."),
            ("no_duration", "G", "She should have regular stretches during the school day."),
            ("no_provider", "G", "She should have regular stretches during the school day."),
            ("unspecified_provision", "G", "as required"),
            ("no_frequency", "G", "A teaching assistant will support Amelia with moving around the school as required."),
            ("no_duration", "G", "A teaching assistant will support Amelia with moving around the school as required."),
            ("no_provider", "G", "A teaching assistant will support Amelia with moving around the school as required."),
        ),
        tags=("cerebral-palsy", "ks2", "vague", "short-lines"),
    ),
    Case(
        name="epilepsy-gcse-flattened-table",
        sections={
            "C": """\
HEALTH
Kai (15) has epilepsy. He has a small number of seizures at school, about one a term, in which he falls, goes stiff and then jerks for one to three minutes. Afterwards he is very sleepy and confused for up to two hours. Late nights and missed meals make seizures more likely. His epilepsy is managed by the paediatric epilepsy nurse specialist at Norbridge Children's Hospital.
Kai has told us he is embarrassed about having seizures in front of his class and worries about his GCSE exams.""",
            "E": """\
By the end of Year 11 (July 2028), Kai will sit all his GCSE exams with his agreed rest-break arrangement in place and will say, at his termly check-in with his head of year, that he feels safe at school.
By Easter 2027, Kai will be able to explain to two friends of his choice what to do if he has a seizure, and will have done so, as recorded by the epilepsy nurse specialist.""",
            "G": """\
Need | Provision | Who | How often / how long
Seizure safety | Follow Kai's individual healthcare plan: time the seizure, keep him safe, put him in the recovery position once the jerking stops, and call 999 if it lasts five minutes | Two named first aiders in each year team, trained in epilepsy care by the epilepsy nurse specialist | Whenever a seizure happens, for Years 10 and 11
Recovery | Quiet room with a bed and a trained first aider checking him every 10 minutes until he is back to his usual self; parents told the same day | Trained first aider | After every seizure, for Years 10 and 11
Exams and worry | 25% rest breaks in exams and a seat near the door; a 20-minute check-in to talk about how school is going | Head of year | Check-in once a term; exam arrangements for all mock and GCSE exams up to July 2028
Telling friends | Two 30-minute sessions with Kai to plan what he will tell his friends and how | Epilepsy nurse specialist, Norbridge Children's Hospital | Twice in the autumn term 2026
Training | Epilepsy awareness session for all staff who teach Kai | Epilepsy nurse specialist | Once each September, 1 hour, in Years 10 and 11""",
        },
        tags=("clean", "epilepsy", "ks4", "table", "trigger", "caps-heading"),
    ),
    Case(
        name="dravet-rescue-medicine-jargon",
        sections={
            "C": """\
Zara has Dravet syndrome, a rare and severe form of epilepsy. She has frequent myoclonic jerks and prolonged tonic-clonic seizures, often triggered by heat or illness.""",
            "E": """\
By July 2027 Zara will take part in outdoor play every day in the summer term, wearing her cooling vest, with no seizure caused by overheating recorded in her seizure diary.
By July 2027 Zara will choose between two activities by eye pointing at least 5 times each day, recorded by class staff.""",
            "G": """\
Zara's class team are all trained in her epilepsy care plan by the Children's Community Nursing Team each September, with a refresher in January.
- If a seizure lasts 5 minutes, a trained member of staff will give buccal midazolam 5mg as set out in her care plan and call 999.
- Zara will wear a cooling vest whenever the classroom or playground is above 24 degrees, put on by her trained 1:1.
- The EPNS will review the care plan with school each term until Zara leaves Brookfield School.""",
        },
        expected=(
            ("jargon", "C", "myoclonic"),
            ("jargon", "C", "tonic-clonic"),
            ("jargon", "G", "buccal"),
            ("drug_name", "G", "midazolam"),
            ("acronym", "G", "EPNS"),
        ),
        tags=("epilepsy", "rare", "special-school", "drug", "trigger"),
    ),
    Case(
        name="type1-diabetes-pump-no-drug-word",
        sections={
            "C": """\
Maya (9) has type 1 diabetes. Her body does not make the hormone that controls blood sugar, so she wears a pump that gives it through a small tube under her skin, and a sensor on her arm that sends her glucose readings to a phone.
Low blood sugar (a 'hypo') makes her shaky, tearful and unable to concentrate; high blood sugar makes her thirsty, tired and need the toilet often.""",
            "E": """\
By the end of Year 5 (July 2027), Maya will tell an adult every time her phone alarm shows a low or high reading and will treat a low herself from her hypo box, checked by the adult, on every occasion recorded in her diabetes log.
By the end of the spring term 2027, Maya will count the carbohydrate in her packed lunch with her teaching assistant checking, and get it right on 8 out of 10 school days.""",
            "G": """\
All of the following is in place from September 2026 until Maya's next annual review.
A teaching assistant, trained and signed off as competent by the Children's Diabetes Nurse Specialist team at Westmoor Hospital, will:
- check Maya's glucose reading on the phone before morning break, before lunch, before PE and before home time every school day;
- if the reading is below 4, give her fast-acting sugar from her hypo box, re-check after 15 minutes and repeat until it is above 4;
- if the reading is above 14, let Maya drink water and go to the toilet whenever she asks, and tell her parents at home time;
- help Maya count the carbohydrate in her lunch and enter it into the pump at lunchtime every day.
The diabetes nurse specialist will visit school at the start of each term (three visits a year, about an hour each) to train new staff and update Maya's healthcare plan.
Maya's class teacher will let her keep her phone and hypo box on her desk in every lesson.""",
        },
        tags=("clean", "diabetes", "ks2", "trigger", "bullets"),
    ),
    Case(
        name="down-syndrome-dysphagia-table-gaps",
        sections={
            "C": """\
Ruby (5) has Down syndrome. She has difficulty swallowing safely (dysphagia) and is at risk of food or drink going into her lungs. She needs all food mashed to a smooth texture and her drinks thickened.
She has glue ear and mild hearing loss in both ears and wears hearing aids.""",
            "E": """\
By July 2027 Ruby will feed herself mashed food with a spoon for the first half of each lunch, with an adult watching, without coughing on more than one day a week.
Ruby will hear better.""",
            "G": """\
Provision for the 2026/27 school year.
Need | Provision | Who | Frequency
Swallowing | Eating and drinking plan written by the speech and language therapist, followed at every meal and snack | Lunchtime staff | Every meal and snack
Swallowing | Review of the eating and drinking plan | Speech and language therapist | Once a term
Hearing | Check hearing aids are working and in | Teaching assistant | -
Hearing | Advice to class teacher on seating and noise | Teacher of the Deaf | -""",
        },
        expected=(
            ("outcome_not_smart", "E", "Ruby will hear better."),
            ("no_provider", "G", "Swallowing | Eating and drinking plan written by the speech and language therapist, followed at every meal and snack | Lunchtime staff | Every meal and snack"),
            ("no_frequency", "G", "Hearing | Check hearing aids are working and in | Teaching assistant | -"),
            ("no_provider", "G", "Hearing | Check hearing aids are working and in | Teaching assistant | -"),
            ("no_frequency", "G", "Hearing | Advice to class teacher on seating and noise | Teacher of the Deaf | -"),
        ),
        tags=("down-syndrome", "dysphagia", "hearing", "ks1", "table"),
    ),
    Case(
        name="cochlear-implants-college-provision-only",
        sections={
            "G": """\
Health provision at Eastfield College, for the academic year 2026/27
Joel has severe to profound deafness in both ears and uses two cochlear implants (hearing devices, fitted in an operation, that send sound signals to the hearing nerve).
1. A clinical scientist from the Regional Cochlear Implant Centre will review Joel's implants and re-tune them twice this year, in November 2026 and May 2027, each appointment lasting about 90 minutes.
2. Joel's college learning support assistant, trained by the Teacher of the Deaf in using the radio aid, will set up the radio aid at the start of every lesson.
3. The Teacher of the Deaf from the county Sensory Support Service will visit the college once every half term for one hour to check the equipment and advise Joel's tutors.""",
        },
        tags=("clean", "hearing", "post-16", "provision-only", "numbered", "month-may"),
    ),
    Case(
        name="ex-prem-tube-fed-nursery",
        sections={
            "C": """\
Isla (3) was born very early, at 26 weeks, and has long-term lung problems as a result. She is fed through a PEG and takes very little by mouth. She has oxygen at night at home, which does not affect her time at nursery.""",
            "E": """\
By her move to Reception in September 2027, Isla will sit at the snack table with the other children and taste a smear of food from a spoon on 3 days a week.
By March 2027 Isla will have all her nursery feeds on time, with no missed or late feeds recorded in her feed log.""",
            "G": """\
Isla will receive bolus feeds via her gastrostomy at 10am and 1pm each nursery day, given by her key worker.
Her key worker has been trained by the Children's Community Nursing Team and is signed off as competent.
A speech and language therapist will see Isla at nursery for 30 minutes every fortnight to work on tasting and mouth play.""",
        },
        expected=(
            ("acronym", "C", "PEG"),
            ("jargon", "G", "bolus"),
            ("jargon", "G", "gastrostomy"),
            ("no_duration", "G", "Isla will receive bolus feeds via her gastrostomy at 10am and 1pm each nursery day, given by her key worker."),
        ),
        tags=("tube-feeding", "early-years", "prematurity"),
    ),
    Case(
        name="adhd-paediatric-advice-complete",
        kind="advice",
        sections={
            "needs": """\
Reason for advice: request for health advice for an education, health and care needs assessment.
I have known Ethan since 2023. He has attention deficit hyperactivity disorder (ADHD), diagnosed by our service in January 2024. In class he struggles to stay in his seat, starts tasks and does not finish them, and calls out. He takes medication for ADHD each morning before school, given at home, which helps in the mornings but wears off by about 2pm, so afternoon lessons are the hardest for him.
He also has trouble getting to sleep, often not until after midnight, which makes mornings difficult.""",
            "outcomes": """\
By the end of Year 8 (July 2027), Ethan will complete at least three quarters of the written work set in afternoon lessons, checked by his form tutor each Friday.
By Christmas 2026, Ethan will be asleep by 10pm on at least five nights a week, recorded in a sleep diary he keeps with his mum.""",
            "provision": """\
For the 2026/27 school year:
- Ethan's form tutor will meet him for 10 minutes every Monday to agree two targets for the week, and review them with him on Friday.
- Ethan will have a movement break of up to five minutes in every afternoon lesson, given by the class teacher using a pass system.
- The Children's Sleep Practitioner (a specialist nurse in our team) will see Ethan and his mum four times, once every three weeks from October 2026, each time for 45 minutes.
- I will review Ethan's medication in the ADHD clinic every six months; any change in timing that affects school will be shared with the school in writing.""",
            "author": "Dr Farah Qureshi, Consultant Community Paediatrician, Redmarsh Child Health Service, 14 October 2026",
        },
        tags=("clean", "adhd", "ks3", "advice", "sleep"),
    ),
    Case(
        name="salt-advice-early-years-acronyms-no-date",
        kind="advice",
        sections={
            "needs": """\
Leo (4) was referred to SLT by his HV at his 2-year check. He finds it very hard to put words together (a severe expressive language delay): he uses about 20 single words and some signs. His understanding of language is better, at about the level of a three-year-old.""",
            "outcomes": """\
Leo will improve his talking.
By the end of Reception (July 2027) Leo will join two words together, such as 'more juice', at least 10 times in a school day, as recorded by his teacher over one week.""",
            "provision": """\
Leo should have opportunities for small group language work.
A speech and language therapist will set up a talking programme and review it with the Reception teacher once every half term, for one hour, until the end of Reception.
Adults in class will use Makaton signs alongside speech throughout the day.""",
            "author": "Hannah Pryce, Highly Specialist Speech and Language Therapist",
        },
        expected=(
            ("acronym", "needs", "SLT"),
            ("acronym", "needs", "HV"),
            ("outcome_not_smart", "outcomes", "Leo will improve his talking."),
            ("unspecified_provision", "provision", "should"),
            ("unspecified_provision", "provision", "opportunities for"),
            ("no_frequency", "provision", "Leo should have opportunities for small group language work."),
            ("no_duration", "provision", "Leo should have opportunities for small group language work."),
            ("no_provider", "provision", "Leo should have opportunities for small group language work."),
            ("no_duration", "provision", "Adults in class will use Makaton signs alongside speech throughout the day."),
            ("no_provider", "provision", "Adults in class will use Makaton signs alongside speech throughout the day."),
            ("advice_no_author", "author", "Hannah Pryce, Highly Specialist Speech and Language Therapist"),
        ),
        tags=("speech-language", "early-years", "advice", "vague"),
    ),
    Case(
        name="autism-continence-programme-ks1",
        sections={
            "C": """\
Health needs
Freya (6) is autistic and has not yet learnt to use the toilet for wees or poos. She wears pull-ups. She may not notice when her pull-up is wet or dirty and does not tell adults.
She has long-standing constipation, treated by her GP with a daily medicine given at home, and she can become very distressed if she is rushed on the toilet.""",
            "E": """\
By the end of Year 2 (July 2027), Freya will sit on the toilet at her five planned times each day for up to two minutes, calmly, on 4 out of 5 school days.
By the end of the spring term 2027, Freya will hand an adult her 'toilet' picture card when her pull-up is wet or dirty at least once a day.""",
            "G": """\
Provision from September 2026 to July 2027 (Year 2)
- A toileting programme written by the Children's Bladder and Bowel Nurse will be followed every school day: two named teaching assistants, both trained by the nurse, will take Freya to the toilet at five set times (arrival, before break, before lunch, after lunch, before home time), without hurrying her, and use her picture sequence.
- The two trained teaching assistants will change Freya in the hygiene room whenever her pull-up is wet or dirty, with two adults present, and note each change on her chart.
- The Bladder and Bowel Nurse will go through the chart with parents and school once each half term (six 30-minute meetings) and change the programme if Freya's constipation or toilet pattern changes.""",
        },
        tags=("clean", "autism", "continence", "ks1", "hedge-in-c"),
    ),
    Case(
        name="anxiety-self-harm-thread-gap-ks4",
        sections={
            "C": """\
Priya (15) has anxiety and low mood and has been seen by CAMHS since March 2026. Her attendance has fallen to 62% this year. She has panic attacks in crowded corridors and before tests.
She self-harmed in the summer term of Year 10.""",
            "E": """\
Priya will feel happier in school.
By the February 2027 half term, Priya's attendance will be at least 85%, measured by the school register.""",
            "G": """\
Priya will have access to a CAMHS practitioner.
The school's qualified counsellor will see Priya weekly.
Priya will have a time-out pass to leave lessons and go to the library for up to 10 minutes whenever she feels panicky, for the rest of Year 11; her head of year will issue the pass and check how it is used each fortnight.
She will leave lessons five minutes early at every lesson change to avoid crowded corridors, agreed by her head of year, until she finishes Year 11.""",
        },
        expected=(
            ("acronym", "C", "CAMHS"),
            ("golden_thread", "C", "She self-harmed in the summer term of Year 10."),
            ("outcome_not_smart", "E", "Priya will feel happier in school."),
            ("unspecified_provision", "G", "access to"),
            ("no_frequency", "G", "Priya will have access to a CAMHS practitioner."),
            ("no_duration", "G", "Priya will have access to a CAMHS practitioner."),
            ("no_duration", "G", "The school's qualified counsellor will see Priya weekly."),
        ),
        tags=("mental-health", "ks4", "golden-thread"),
    ),
    Case(
        name="albinism-vision-long-paragraphs",
        sections={
            "C": """\
Noah (8) has albinism, an inherited condition in which the eyes and skin have little colour and the eyes do not develop full sight. His vision is about a quarter of typical vision even with glasses, and his eyes move from side to side, which makes reading small print and seeing the board hard. Bright sunlight is uncomfortable and he squints and looks down. He also has very pale skin that burns easily.""",
            "E": """\
By the end of Year 4 (July 2027), Noah will read his class reading book in 24-point print at the same speed as his reading group, checked by his class teacher each half term.
By the summer term 2027, Noah will put on his tinted glasses, his sun hat and sun cream before going outside at every break and lunchtime without being reminded, on 4 days out of 5.""",
            "G": """\
Noah's qualified teacher of children with vision impairment, from the Sensory Support Service, will visit every three weeks for one hour throughout 2026/27 to teach him to use his tablet magnifier and to check that his work is enlarged to 24-point print. His class teacher will give him enlarged copies of every worksheet, and the board text on his tablet, in every lesson this school year. The hospital eye clinic will see him once a year while he attends Greenacre Primary and send its report to school. In the summer and autumn terms, a teaching assistant who has completed the school's sun-safety training will help Noah put on sun cream, his hat and his tinted glasses before every break and lunchtime, and his class teacher will seat him out of direct sunlight in every lesson.""",
        },
        tags=("clean", "vision", "ks2", "paragraph", "rare"),
    ),
    Case(
        name="rett-drugs-and-unthreaded-blanket",
        sections={
            "C": """\
Sophie (11) has Rett syndrome, a rare genetic condition. She has lost the use of her hands for purposeful tasks and communicates using eye gaze.
She has breathing irregularities, including breath-holding, and has epilepsy controlled with sodium valproate.
She has a curve in her spine (scoliosis) and sits in a moulded seat.""",
            "E": """\
By July 2027 Sophie will use her eye-gaze device to make a choice in every lesson, with at least 20 choices logged each school day by her teaching assistant.
By the end of Year 7, Sophie will sit in her moulded seat for up to 90 minutes at a time and use her standing frame every day, with no pressure marks on her skin at the weekly skin check.""",
            "G": """\
Provision for 2026/27 at Oakridge Specialist School:
- The speech and language therapist will update Sophie's eye-gaze vocabulary once a month, in a 45-minute session with her class team.
- Sophie's teaching assistants, trained by the physiotherapist in September 2026, will move her between her moulded seat and her standing frame at the times on her postural timetable, every school day.
- Trained staff will follow her epilepsy care plan and give midazolam if a seizure lasts longer than five minutes.
- Sophie will use a weighted blanket for 20 minutes after lunch every day, provided by the occupational therapist.""",
        },
        expected=(
            ("drug_name", "C", "sodium valproate"),
            ("golden_thread", "C", "She has breathing irregularities, including breath-holding, and has epilepsy controlled with sodium valproate."),
            ("drug_name", "G", "midazolam"),
            ("golden_thread", "G", "Sophie will use a weighted blanket for 20 minutes after lunch every day, provided by the occupational therapist."),
        ),
        tags=("rare", "rett", "ks3", "special-school", "drug", "golden-thread"),
    ),
    Case(
        name="cp-hemi-physio-advice-toddler",
        kind="advice",
        sections={
            "needs": """\
About this advice
This advice is for Alfie's education, health and care needs assessment. I saw Alfie at home on 2 September 2026 and at his nursery on 9 September 2026.
What Alfie finds hard
Alfie (2 years 4 months) has cerebral palsy, which affects the left side of his body. He can sit on the floor but topples to the left when he reaches for toys. He is not yet walking; he crawls using mainly his right arm and leg. His left hand is often held in a fist and he does not yet use it to hold toys.""",
            "outcomes": """\
By his third birthday (May 2027), Alfie will sit on a small chair at the nursery table and play with toys in front of him for five minutes without toppling.
By September 2027, Alfie will walk along the furniture from the book corner to the sand tray, holding on, in three sessions in a row, as seen by his key worker.
By September 2027, Alfie will use his left hand to hold a toy steady while his right hand plays, at least three times in each nursery session.""",
            "provision": """\
Alfie's nursery key worker, trained by me in his exercise programme on 16 September 2026, will:
• do his standing and sitting programme with him for 15 minutes every morning session;
• set up his left-hand play activities for 10 minutes every afternoon session.
I will visit the nursery every four weeks for 45 minutes to check the programme and update it, from September 2026 until he starts Reception.
Alfie will have a supportive nursery chair with a seat belt for all table activities until he starts Reception, supplied by the Children's Physiotherapy Service by October 2026.""",
            "author": "Gemma Lowther, Specialist Children's Physiotherapist, Kestrel Community Health Trust, 20 September 2026",
        },
        tags=("clean", "cerebral-palsy", "early-years", "advice", "month-may"),
    ),
    Case(
        name="college-epilepsy-lsa-aln",
        sections={
            "C": """\
Marcus (19) has a moderate learning disability and epilepsy. He has absence seizures, when he stares and stops responding for up to 20 seconds, several times a day, and misses what is said.
He is overweight and his GP has advised him to be more active.""",
            "E": """\
By the end of his second year at college (July 2027), Marcus will go to the college gym twice a week for 30 minutes with a friend, recorded on his gym card.
By March 2027, Marcus will tell his tutor when he has missed part of a lesson because of a seizure, on every occasion.""",
            "G": """\
The following health provision is in place at Fenwick College for the 2026/27 academic year.
- Marcus's LSA will note every absence seizure on his seizure record and repeat any instructions he missed.
- A college fitness instructor with a Level 3 qualification in exercise for disabled people will run a 30-minute gym session with Marcus twice a week.
- The ALN office will send a copy of the seizure record to his epilepsy nurse once a term.""",
        },
        expected=(
            ("acronym", "G", "LSA"),
            ("no_provider", "G", "Marcus's LSA will note every absence seizure on his seizure record and repeat any instructions he missed."),
            ("acronym", "G", "ALN"),
        ),
        tags=("epilepsy", "learning-disability", "post-16", "young-adult"),
    ),
]
