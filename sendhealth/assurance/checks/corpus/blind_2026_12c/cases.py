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
Provision for the 2026/27 school year.
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

# --- part 2 -------------------------------------------------------------------------------

BLIND += [
    Case(
        name="duchenne-secondary-subheadings",
        sections={
            "C": """\
Physical health and mobility
Harvey (12) has Duchenne muscular dystrophy, a genetic condition in which the muscles gradually get weaker. He can still walk around the house but uses a powered wheelchair in school since June 2026. Climbing stairs and getting up from the floor are no longer safe for him. He tires during the afternoon and his legs ache after long periods of sitting.
Heart and breathing
His heart and breathing are checked every six months by the neuromuscular team at St Aldric's Children's Hospital. At present neither needs any support in school.
Emotional wellbeing
Harvey has told his parents that he is worried about falling behind his friends and feels left out in PE.""",
            "E": """\
By the end of Year 8 (July 2027), Harvey will move between all his lessons in his powered wheelchair, arriving within five minutes of the start on at least 9 lessons out of 10, recorded in the class registers.
By the end of the spring term 2027, Harvey will take part in adapted PE (boccia, table cricket or swimming) every week and say at his review that he feels part of the class.
By July 2027 Harvey will tell a member of staff when his legs ache and use his standing frame or a change of position, at least once every afternoon.""",
            "G": """\
All provision below runs from September 2026 to the end of the 2026/27 school year.
Moving around school: Harvey will use the lift for every lesson change; the school office keeps the lift key and gives Harvey a copy on the first day of each term. He will leave each lesson three minutes before the bell, agreed by the head of year.
Posture and comfort: his teaching assistant, trained by the children's physiotherapist in September 2026, will help him stand in his standing frame for 20 minutes every afternoon and change his sitting position every hour.
Physiotherapy: the children's physiotherapist from the Neuromuscular Outreach Service will review his stretches and standing programme at school once every half term (one hour each visit).
PE: the PE teacher will plan adapted PE for Harvey's group in every PE lesson, using the written advice the physiotherapist gives each September.
Wellbeing: the school's trained emotional literacy support assistant will see Harvey for a 30-minute session every fortnight.""",
        },
        tags=("clean", "duchenne", "rare", "ks3", "subheadings", "history-not-need"),
    ),
    Case(
        name="moderate-hearing-loss-tod-where-possible",
        sections={
            "C": """\
Ayaan (6) has a moderate permanent hearing loss in both ears and wears two hearing aids. He misses much of what is said in a noisy classroom and often says "what?" or copies other children.""",
            "E": """\
By the end of Year 2 (July 2027), Ayaan will follow a two-step instruction given to the whole class, without copying others, on 4 out of 5 occasions checked by his teacher each half term.""",
            "G": """\
For the 2026/27 school year:
The ToD will visit once a half term for an hour to check Ayaan's hearing aids and radio aid and to advise his class teacher.
Ayaan will sit near the front, where possible, with the teacher on his better side, in every lesson.
Staff will check his hearing aids every morning.""",
        },
        expected=(
            ("acronym", "G", "ToD"),
            ("unspecified_provision", "G", "where possible"),
            ("no_provider", "G", "Ayaan will sit near the front, where possible, with the teacher on his better side, in every lesson."),
            ("no_provider", "G", "Staff will check his hearing aids every morning."),
        ),
        tags=("hearing", "ks1", "hedge"),
    ),
    Case(
        name="psychology-advice-ocd-clean",
        kind="advice",
        sections={
            "needs": """\
Background
Lily is 13 and in Year 9 at Marsh Lane Academy. She was referred to the Children and Young People's Mental Health Service (CAMHS) in February 2026. I have seen her eight times.
Her needs
Lily has obsessive-compulsive disorder (OCD): upsetting thoughts that something bad will happen unless she repeats actions, such as re-reading a line or re-writing a word until it "feels right". In school this means she often does not finish written work and exams, and she is late to lessons because of washing her hands. She is embarrassed and hides it from friends.""",
            "outcomes": """\
By the end of Year 9 (July 2027), Lily will finish at least 8 out of 10 timed written tasks in class within the time given, recorded by her English and science teachers.
By the February 2027 half term, Lily will arrive at lessons within five minutes of the start on 4 days out of 5, recorded on her register.""",
            "provision": """\
From me (CAMHS clinical psychologist): 12 weekly sessions of cognitive behaviour therapy (a talking therapy) of 50 minutes each, starting October 2026, at the clinic.
From school, for the 2026/27 school year: Lily's head of year will meet her for 15 minutes each Friday to go through her week and her worry plan; her subject teachers will give her 25% extra time in all timed tests and exams; she will have a card that lets her go to the head of year's office for up to 10 minutes when her worries are high, which she can use up to twice a day.
I will meet Lily's head of year and parents for one hour at the end of the 12 sessions, in January 2027, to agree what carries on.""",
            "author": "Dr Megan Akhtar, Clinical Psychologist, Children and Young People's Mental Health Service, Southvale, 5 November 2026",
        },
        tags=("clean", "mental-health", "ks3", "advice", "acronym-expanded"),
    ),
    Case(
        name="continence-nurse-advice-drug-and-no-role",
        kind="advice",
        sections={
            "needs": """\
Tommy (8) has soiling most days at school due to long-standing constipation. He often does not notice he has soiled and other children have commented on the smell, which upsets him.""",
            "outcomes": """\
By the end of the spring term 2027 Tommy will go to the toilet after lunch every school day and have no more than one soiling accident a week at school, recorded on his toilet chart.""",
            "provision": """\
Tommy takes Movicol at home each evening; school do not need to give any medicine.
His teaching assistant, who has had bladder and bowel training from our team, will remind him to sit on the toilet for five minutes after lunch every day, for the rest of Year 4.
He will have a spare set of clothes in school and change in the disabled toilet.""",
            "author": "Claire Whitmore, 12 January 2027",
        },
        expected=(
            ("drug_name", "provision", "Movicol"),
            ("no_frequency", "provision", "He will have a spare set of clothes in school and change in the disabled toilet."),
            ("no_duration", "provision", "He will have a spare set of clothes in school and change in the disabled toilet."),
            ("no_provider", "provision", "He will have a spare set of clothes in school and change in the disabled toilet."),
            ("advice_no_author", "author", "Claire Whitmore, 12 January 2027"),
        ),
        tags=("continence", "ks2", "advice", "drug"),
    ),
    Case(
        name="tracheostomy-reception-continuing-care",
        sections={
            "C": """\
Health
Jacob (4) has a tracheostomy: a small breathing tube in the front of his neck, fitted when he was a baby because his airway is narrow. The tube needs clearing with a suction machine when it becomes blocked with mucus, and if it comes out it must be put back in within minutes. He cannot make a voice sound with the tube in place, so he signs and uses a picture book to communicate.
Jacob is otherwise well and has no problems with eating, walking or continence.""",
            "E": """\
By the end of Reception (July 2027), Jacob will show an adult with his 'help' sign or picture when his tube feels blocked, every time, as recorded on his care log.
By the end of Reception, Jacob will use 30 signs or pictures to ask for things and join in with his classmates, counted by his teacher in the summer term.""",
            "G": """\
For the whole of Jacob's time in Reception (September 2026 to July 2027):
- A carer from the Children's Continuing Care Team, trained and assessed as competent in the care of his breathing tube by the Children's Community Nursing Team, will be with Jacob at all times in school, including on trips and in the playground, every day he attends.
- The carer will clear his tube with the suction machine whenever it sounds bubbly or Jacob signs for help, and will change the tube in an emergency following his care plan.
- A second member of staff will also be trained in caring for his breathing tube and in emergency tube changes by the Children's Community Nursing Team, with the training repeated every six months, to cover breaks and absence.
- A speech and language therapist will see Jacob in class for 40 minutes every two weeks to teach him and the class new signs and to add pictures to his book.""",
        },
        tags=("clean", "tracheostomy", "early-years", "reception", "complex-health", "continuing-care"),
    ),
    Case(
        name="sma-life-limiting-bipap-vague",
        sections={
            "C": """\
Rosie (4) has spinal muscular atrophy type 1, a life-limiting condition that makes her muscles very weak. She cannot sit without support, and needs BiPAP when she sleeps and sometimes during the day when she is tired. She is at risk of chest infections. Her parents are supported by Little Lanterns Children's Hospice.""",
            "E": """\
Rosie will be comfortable and happy at nursery.
By July 2027 Rosie will choose a song or story by looking at one of two pictures, at least three times each session, noted by her key worker.""",
            "G": """\
Rosie will be supported by staff who know her well.
This school year, her key worker, trained by the Children's Community Nursing Team and the physiotherapist, will sit her in her specialist seat for every table activity, and put her breathing mask on whenever she falls asleep or shows signs of tiredness, at every nursery session.
The hospice will provide input as appropriate.""",
        },
        expected=(
            ("acronym", "C", "BiPAP"),
            ("golden_thread", "C", "She is at risk of chest infections."),
            ("outcome_not_smart", "E", "Rosie will be comfortable and happy at nursery."),
            ("no_frequency", "G", "Rosie will be supported by staff who know her well."),
            ("no_duration", "G", "Rosie will be supported by staff who know her well."),
            ("no_provider", "G", "Rosie will be supported by staff who know her well."),
            ("unspecified_provision", "G", "as appropriate"),
            ("no_frequency", "G", "The hospice will provide input as appropriate."),
            ("no_duration", "G", "The hospice will provide input as appropriate."),
            ("no_provider", "G", "The hospice will provide input as appropriate."),
        ),
        tags=("life-limiting", "rare", "early-years", "vague"),
    ),
    Case(
        name="sickle-cell-provision-only-triggers",
        sections={
            "G": """\
Health provision (Section G) – Year 9, 2026/27
Kemi has sickle cell disease. Cold, dehydration and tiredness can bring on a painful crisis.
• Kemi will carry a water bottle in every lesson and drink from it whenever she needs; her form tutor will check each morning that she has it filled.
• She will wear her coat and stay indoors at break and lunch on days below 5 degrees, supervised by the duty teacher in the library.
• If Kemi reports pain, a first aider trained by the Sickle Cell Specialist Nurse will give her the pain relief her parents have supplied, as written in her healthcare plan, and phone her parents; if the pain is not better after 30 minutes, or she has a temperature or breathing difficulty, they will call 999.
• The Sickle Cell Specialist Nurse from the Haematology Outreach Team will train the first aiders and PE staff once at the start of the school year (90 minutes) and update the healthcare plan each September until Kemi leaves school.""",
        },
        tags=("clean", "sickle-cell", "ks3", "provision-only", "trigger"),
    ),
    Case(
        name="asthma-provision-only-inhaler-brand",
        sections={
            "G": """\
Health provision
Josh will have access to his inhaler at all times.
Staff should give two puffs of Ventolin if he is wheezy.
Josh's PE teacher will make sure he takes his blue inhaler 15 minutes before every PE lesson, for Years 7 and 8.""",
        },
        expected=(
            ("unspecified_provision", "G", "access to"),
            ("no_duration", "G", "Josh will have access to his inhaler at all times."),
            ("no_provider", "G", "Josh will have access to his inhaler at all times."),
            ("unspecified_provision", "G", "should"),
            ("drug_name", "G", "Ventolin"),
            ("no_duration", "G", "Staff should give two puffs of Ventolin if he is wheezy."),
            ("no_provider", "G", "Staff should give two puffs of Ventolin if he is wheezy."),
        ),
        tags=("asthma", "ks3", "provision-only", "drug", "vague"),
    ),
    Case(
        name="supported-internship-autism-ld-22",
        sections={
            "C": """\
Health and wellbeing
Daniel is 22, autistic, and has a learning disability. He is on a supported internship at Brackley General Hospital's catering department. Daniel finds it hard to know when he is unwell and does not tell anyone; last year a dental abscess went unnoticed for weeks. He also becomes very anxious with changes to his routine, such as a new supervisor or a different shift, and may leave the building when anxious.
Daniel had an operation on his heart as a baby and was discharged from the heart clinic in 2018; this needs no support.""",
            "E": """\
By the end of his internship (July 2027), Daniel will use his 'How I feel' app to tell his job coach if he feels unwell or in pain, at least once a week when asked and on his own when something is wrong, recorded in the app.
By March 2027, Daniel will go to his annual learning disability health check at his GP surgery and his dental check-up, with his job coach or mum, and tell them one thing he wants to ask.
By the end of the internship, Daniel will stay in his workplace and use his quiet break space when he feels anxious, on every occasion recorded by his job coach.""",
            "G": """\
This provision is for the internship year, September 2026 to July 2027.
- Daniel's job coach (trained in autism and in the learning disability health passport by the Community Learning Disability Team) will go through the 'How I feel' app with him for 10 minutes at the start of each shift.
- The community learning disability nurse will meet Daniel and his job coach for an hour once each term to update his health passport and plan for his annual health check and dental visit.
- Any change to Daniel's shift or supervisor will be explained to him by his job coach at least two days in advance, using his visual timetable; his kitchen supervisor will keep a quiet break space free for him on every shift.""",
        },
        tags=("clean", "autism", "learning-disability", "post-19", "preparing-for-adulthood", "hedge-in-c"),
    ),
    Case(
        name="adhd-plan-brand-and-sensory-jargon",
        sections={
            "C": """\
Mia (9) has ADHD (attention deficit hyperactivity disorder). She takes Concerta XL each morning at home. She seeks out movement all day: she rocks on her chair, crashes into others in the line and chews her sleeves, which her occupational therapist describes as proprioceptive seeking.""",
            "E": """\
By the end of Year 4 (July 2027), Mia will stay in her seat for the first 15 minutes of each lesson on 4 days out of 5, using her wobble cushion and chewy tube, as recorded by her class teacher.""",
            "G": """\
Provision for Year 4 (2026/27):
Mia's class teacher will let her use a wobble cushion and a chewy tube in every lesson.
A teaching assistant, trained by the occupational therapist, will take Mia on a five-minute heavy-work job (carrying the register or books) twice each morning.
The occupational therapist will visit at the start of each term to review the sensory diet, for one hour.""",
        },
        expected=(
            ("drug_name", "C", "Concerta"),
            ("jargon", "C", "proprioceptive"),
            ("jargon", "G", "sensory diet"),
        ),
        tags=("adhd", "ks2", "drug", "sensory"),
    ),
    Case(
        name="ot-advice-dcd-clean",
        kind="advice",
        sections={
            "needs": """\
Occupational therapy advice for Reuben, aged 10, Year 5, Linfield Primary School.
Reuben has developmental coordination disorder (sometimes called dyspraxia), diagnosed in 2025. This affects how he plans and carries out movements. He finds handwriting tiring and his writing is hard to read after a few lines. He takes much longer than others to get changed for PE and often puts clothes on back to front. He cannot yet use a knife and fork together.""",
            "outcomes": """\
By the end of Year 5 (July 2027), Reuben will write a paragraph of five sentences that his teacher can read without asking him, in at least 3 pieces of work a week.
By the Easter holidays 2027, Reuben will get changed for PE in under 8 minutes, using his picture checklist, on 4 out of 5 PE days.
By July 2027, Reuben will cut up soft food such as fish fingers with a knife and fork at lunch, on 3 days a week.""",
            "provision": """\
Provision for the 2026/27 school year:
1. A hand skills group run by a teaching assistant trained by occupational therapy, 20 minutes three times a week, following the programme I have written.
2. Reuben will type longer pieces of writing on a laptop in every English and topic lesson; his class teacher will set this up.
3. His teaching assistant will go through his PE picture checklist with him at the start of every PE lesson until he can do it alone, and he will change in the quiet room next to the hall.
4. A lunchtime supervisor trained by me will practise cutting with him for five minutes at lunch on Mondays, Wednesdays and Fridays, using the adapted cutlery I supplied.
5. I will review Reuben's progress in school each term (three visits of one hour) and update the programme.""",
            "author": "Priya Nandakumar, Children's Occupational Therapist, Linfield Community Children's Services, 11 November 2026",
        },
        tags=("clean", "dcd", "ks2", "advice", "numbered"),
    ),
    Case(
        name="audiology-advice-jargon-abr",
        kind="advice",
        sections={
            "needs": """\
Hearing assessment
Amira (2) was referred by the newborn hearing screening programme. ABR testing at 6 weeks showed a bilateral moderate sensorineural hearing loss. She has worn hearing aids since 3 months of age but often pulls them out.""",
            "outcomes": """\
By her third birthday (March 2027), Amira will keep her hearing aids in for the whole of each nursery session on 4 out of 5 days, recorded by her key worker.
By September 2027, Amira will turn to her name called from two metres away in the nursery room, on 4 out of 5 tries.""",
            "provision": """\
Amira's key worker, trained by the Teacher of the Deaf, will check her hearing aids at the start of each session and put them back in each time she pulls them out, for the rest of the 2026/27 nursery year.
The paediatric audiologist will see Amira in clinic every three months to check her hearing and refit her ear moulds, until she starts school.""",
            "author": "Owen Pritchard, Paediatric Audiologist, Holmwood Hospital Audiology Department, 9 December 2026",
        },
        expected=(
            ("acronym", "needs", "ABR"),
            ("jargon", "needs", "bilateral"),
            ("jargon", "needs", "sensorineural"),
        ),
        tags=("hearing", "early-years", "advice", "jargon"),
    ),
    Case(
        name="down-syndrome-year7-history-no-need",
        sections={
            "C": """\
Section C – Health needs
Grace (11) has Down syndrome. She had an operation to repair a hole in her heart when she was four months old and was discharged from the heart clinic in 2022; she has no heart-related needs in school.
Her muscles are floppy (low muscle tone), so she tires walking long distances and finds climbing and balancing activities in PE difficult.
She is short-sighted and wears glasses, and has a mild hearing loss in her right ear, for which she does not need hearing aids but does need to sit where she can see the teacher's face.""",
            "E": """\
By the end of Year 7 (July 2027), Grace will walk between lessons across the school site on her own, arriving with the rest of her class on 4 days out of 5.
By the end of Year 7, Grace will take part in every PE lesson using the adapted activities her physiotherapist has planned, and say she enjoys PE when asked at her review.
By December 2026, Grace will wear her glasses all day and choose a seat near the front with a view of the teacher's face in every lesson, without being reminded on 9 lessons out of 10.""",
            "G": """\
Provision for the 2026/27 school year
Mobility – Grace will have a timetable that keeps her lessons on the ground floor where the school can arrange it; her form tutor will check it is right at the start of each term. The children's physiotherapist from Eastbrook Community Children's Services will visit once a term for an hour to review her walking and stamina.
PE – the physiotherapist will write an adapted PE plan each September and go through it with her PE teachers for 30 minutes; her PE teachers will follow it in every lesson.
Vision and hearing – every class teacher will seat Grace near the front, facing them, in every lesson; her form tutor will check at registration each morning that she has her glasses.""",
        },
        expected=(
            ("unspecified_provision", "G", "where the school can arrange it"),
        ),
        tags=("down-syndrome", "ks3", "history-not-need", "hedge"),
    ),
    Case(
        name="cp-afo-drooling-thread",
        sections={
            "C": """\
Callum (7) has four-limb cerebral palsy (GMFCS level IV). He has spasticity in all four limbs and wears AFOs. He cannot stand or walk without help and uses a wheelchair.
He drools a lot and his clothes get wet, which makes his skin sore.""",
            "E": """\
By July 2027, Callum will stand in his standing frame for 30 minutes twice a day with his splints on, without complaining of pain, on 4 days out of 5.
Callum will be happy in school.""",
            "G": """\
For the 2026/27 school year, Callum's two teaching assistants, trained by his physiotherapist in moving and handling and in his standing programme, will put on his splints each morning and help him stand in his standing frame for 30 minutes twice each day.
The physiotherapist will visit each half term for 45 minutes to update his programme and check his splints still fit.""",
        },
        expected=(
            ("acronym", "C", "GMFCS"),
            ("jargon", "C", "spasticity"),
            ("acronym", "C", "AFOs"),
            ("golden_thread", "C", "He drools a lot and his clothes get wet, which makes his skin sore."),
            ("outcome_not_smart", "E", "Callum will be happy in school."),
        ),
        tags=("cerebral-palsy", "ks1", "golden-thread", "acronym"),
    ),
    Case(
        name="anorexia-sixth-form-meal-support",
        sections={
            "C": """\
Health needs
Ella is 17 and in Year 13. She has anorexia nervosa, diagnosed in May 2026, and is under the Community Eating Disorder Service. She is at a low but stable weight. She needs to eat a planned lunch and morning snack at college and finds eating in front of others very hard. She should not do vigorous exercise until the eating disorder team agree it is safe.""",
            "E": """\
By the end of the spring term 2027, Ella will eat her full planned snack and lunch at college on at least 9 school days out of 10, recorded by her meal support worker.
By the end of Year 13 (July 2027), Ella will sit her A level exams with her agreed breaks for snacks, and tell her tutor she felt able to eat in the exam breaks.""",
            "G": """\
This provision is in place from October 2026 until Ella finishes Year 13 in July 2027, unless her eating disorder team change it in writing.
Meal support: a member of the sixth form pastoral team, trained by the eating disorder dietitian, will sit with Ella in a quiet room for her morning snack (15 minutes) and lunch (30 minutes) every college day and record what she eats on her meal plan sheet.
Exercise: Ella will not take part in PE or sports enrichment; her tutor will agree a different enrichment activity with her each half term.
Review: the eating disorder clinician will speak to the head of sixth form by phone for 20 minutes every two weeks, and attend a meeting each half term, to update the plan.
Exams: the exams officer will arrange a supervised snack break of 10 minutes in every exam longer than 90 minutes.""",
        },
        tags=("clean", "mental-health", "eating-disorder", "post-16", "hedge-in-c"),
    ),
]

# --- part 3 -------------------------------------------------------------------------------

BLIND += [
    Case(
        name="paed-advice-no-health-needs-dyslexia",
        kind="advice",
        sections={
            "needs": """\
I saw Samuel (10) in clinic on 3 November 2026 with his mother, at the request of the local authority. Samuel has dyslexia, assessed by the school's specialist teacher. His growth, hearing, vision and development are otherwise as expected for his age, and his general health is good.
Samuel has no health needs that affect his learning or his time in school.""",
            "outcomes": """\
There are no health outcomes, as Samuel has no health needs.""",
            "provision": """\
No health provision is needed. Samuel has been discharged from the community paediatric clinic; his family can ask his GP to refer him again if anything changes.""",
            "author": "Dr Oluwaseun Bakare, Specialty Doctor in Community Paediatrics, Thornbury Children's Centre, 10 November 2026",
        },
        tags=("clean", "no-health-needs", "ks2", "advice"),
    ),
    Case(
        name="epilepsy-ks1-aware-and-brand",
        sections={
            "C": """\
Jack (6) has epilepsy. He has short seizures in which his eyes flicker and he loses awareness for a few seconds, sometimes many times a day. He takes Epilim twice a day at home.""",
            "E": """\
By July 2027 Jack will join in fully with phonics lessons, and his teacher will repeat any instruction he misses because of a seizure, so that he completes the daily phonics task on 4 days out of 5.""",
            "G": """\
Staff will be aware of Jack's epilepsy.
His class teacher will record any seizures she sees on his seizure chart each day and send the chart home every Friday, for Year 2.
The epilepsy nurse will train the Year 2 staff once, in September 2026, for one hour.""",
        },
        expected=(
            ("drug_name", "C", "Epilim"),
            ("no_frequency", "G", "Staff will be aware of Jack's epilepsy."),
            ("no_duration", "G", "Staff will be aware of Jack's epilepsy."),
            ("no_provider", "G", "Staff will be aware of Jack's epilepsy."),
        ),
        tags=("epilepsy", "ks1", "drug", "short-lines"),
    ),
    Case(
        name="cerebral-visual-impairment-special-school",
        sections={
            "C": """\
Evie is 5 and attends the Reception class at Willowmead Special School. She was born with a brain injury after a difficult birth, and this has caused cerebral visual impairment: her eyes work, but her brain has difficulty making sense of what she sees. She sees best when there is one object at a time against a plain background, and she notices yellow and red things most. She sees movement better than still objects, and her vision gets worse when she is tired or in a cluttered room. She has no other health needs in school.""",
            "E": """\
By the end of Reception (July 2027), Evie will reach for and pick up a familiar object placed against a plain black background, on 4 out of 5 tries in her daily looking session, as recorded by her teacher.
By July 2027 Evie will find her own peg and coat hook, which are marked with yellow tape, on her own at the start of every school day.""",
            "G": """\
For the 2026/27 school year: Evie's class teacher and teaching assistants have been trained by the qualified teacher of children with vision impairment, and will give her a 10-minute looking session every morning, using single high-contrast objects against a black board. Her class teacher will keep her table and wall area plain and uncluttered, and mark her peg, hook, chair and tray with yellow tape. The teacher of children with vision impairment will visit every two weeks for 45 minutes to update the looking programme and model it with staff.""",
        },
        tags=("clean", "vision", "cvi", "early-years", "special-school", "paragraph", "history-not-need"),
    ),
    Case(
        name="diabetes-ks4-brand-dka-support-as-needed",
        sections={
            "C": """\
Lewis (14) has type 1 diabetes and uses NovoRapid injections with meals. His blood sugars have been very high this year and he was admitted to hospital twice with DKA. He is often angry about his diabetes and refuses to check his levels at school.""",
            "E": """\
By the end of the spring term 2027, Lewis will check his blood sugar before lunch on at least 4 school days out of 5, recorded on his phone app and seen by the diabetes nurse each month.
By July 2027 Lewis will have had no hospital admission for very high blood sugar since September 2026.""",
            "G": """\
Lewis will receive support as needed from the pastoral team.
The children's diabetes nurse specialist will meet Lewis in school for 30 minutes once a month for the rest of Year 10 to go through his app and agree a goal.
A first aider trained by the diabetes team will supervise his lunchtime injection every school day in the medical room, for the rest of Year 10.""",
        },
        expected=(
            ("drug_name", "C", "NovoRapid"),
            ("acronym", "C", "DKA"),
            ("unspecified_provision", "G", "support as needed"),
            ("no_frequency", "G", "Lewis will receive support as needed from the pastoral team."),
            ("no_duration", "G", "Lewis will receive support as needed from the pastoral team."),
            ("no_provider", "G", "Lewis will receive support as needed from the pastoral team."),
        ),
        tags=("diabetes", "ks4", "drug", "vague", "emotional"),
    ),
    Case(
        name="deaf-bsl-college-interpreter",
        sections={
            "C": """\
Hearing
Tanvir is 16 and starting a Level 2 catering course at Rowan Vale College. He is profoundly deaf and his first language is British Sign Language (BSL). He does not use hearing aids. He can lip-read a little in quiet one-to-one conversations, but cannot follow spoken teaching in class or safety announcements in the kitchen.""",
            "E": """\
By the end of his first college year (July 2027), Tanvir will follow every practical kitchen lesson through his BSL interpreter and pass all the practical units of his Level 2 course.
By December 2026, Tanvir will know and follow the college fire procedure, including the flashing alarm in the kitchen, and show it correctly in the termly fire drill.""",
            "G": """\
For the 2026/27 college year:
- A registered BSL/English interpreter will interpret in all of Tanvir's taught sessions (16 hours a week in term time), arranged by the college's learning support manager.
- The college estates team will fit a flashing fire alarm beacon in the training kitchen and in the toilets he uses before he starts in September 2026; his personal evacuation plan will be written by his course tutor in his first week and practised in each termly fire drill.
- The Teacher of the Deaf from the Sensory Support Service will meet Tanvir and his tutors for one hour each half term to check that the arrangements are working.""",
        },
        tags=("clean", "hearing", "deaf", "post-16", "bsl", "bullets"),
    ),
    Case(
        name="camhs-advice-cbt-sertraline",
        kind="advice",
        sections={
            "needs": """\
Jasmine is 15. She has been under our team since 2025 with generalised anxiety and a diagnosis of ASD. She has not attended school full time since Year 9. She experiences panic symptoms when leaving the house and on school transport.""",
            "outcomes": """\
By the end of the spring term 2027, Jasmine will attend school for three full mornings a week, travelling in a taxi with the same escort each day, recorded by the school register.
By July 2027, Jasmine will rate her worry about school at 5 or less out of 10 on most days, using the scale she fills in with her care coordinator.""",
            "provision": """\
Jasmine is prescribed sertraline, which she takes at home.
CBT with her CAMHS care coordinator, one hour every week for 16 weeks from September 2026.
Her key adult at school, a learning mentor trained in anxiety support by the CAMHS schools link worker, will meet her at the taxi every morning she attends and spend the first 20 minutes with her in the inclusion room, for the 2026/27 school year.""",
            "author": "Rhiannon Delacroix, CAMHS Care Coordinator (Mental Health Nurse), 20 October 2026",
        },
        expected=(
            ("acronym", "needs", "ASD"),
            ("drug_name", "provision", "sertraline"),
            ("acronym", "provision", "CBT"),
            ("acronym", "provision", "CAMHS"),
        ),
        tags=("mental-health", "ks4", "advice", "drug", "acronym", "school-avoidance"),
    ),
    Case(
        name="cleft-palate-speech-hearing-clean",
        sections={
            "C": """\
Communication and hearing
Ollie (8) was born with a cleft lip and palate (a gap in his top lip and the roof of his mouth), which was repaired in operations when he was a baby. His speech is still hard for unfamiliar people to understand because air escapes through his nose on some sounds. He has glue ear (fluid behind the eardrum), which comes and goes and makes it harder for him to hear in class, especially in winter.
Ollie is also teased about his speech, and he has started to stop answering questions in class.""",
            "E": """\
By July 2027, Ollie will say the sounds 'p', 'b', 't' and 'd' clearly in words, as judged by the cleft speech and language therapist at his summer review, and will answer at least one question in class every day.
By the end of Year 4, Ollie will tell his teacher when he cannot hear properly, using his 'ear' signal, whenever this happens.""",
            "G": """\
Provision for Year 4 (September 2026 to July 2027)
The specialist cleft speech and language therapist from the Regional Cleft Lip and Palate Service will provide a block of 8 weekly 30-minute therapy sessions in school in the autumn term, and another block of 8 in the spring term, and will leave a practice programme.
A teaching assistant, trained by the cleft speech and language therapist, will practise the programme with Ollie for 10 minutes each day on the days therapy does not take place.
His class teacher will seat Ollie near the front, away from the noisy heater, in every lesson, and check he has understood instructions.
The class teacher will run a friendship and kindness circle time with the whole class for 20 minutes each week in the autumn term, and will follow the school's anti-bullying policy whenever Ollie reports teasing.
The Regional Cleft Service audiologist will check Ollie's hearing in clinic twice this year (November 2026 and May 2027) and send the results to school.""",
        },
        tags=("clean", "cleft", "speech", "hearing", "ks2", "month-may"),
    ),
    Case(
        name="quadriplegic-cp-dysphagia-aspiration-iddsi",
        sections={
            "C": """\
Bethany (14) has cerebral palsy affecting all four limbs. She has oropharyngeal dysphagia with a high risk of aspiration, and eats a diet at IDDSI level 4 with level 2 fluids. Meals take up to an hour.""",
            "E": """\
By the end of Year 9 (July 2027), Bethany will finish her lunch within 45 minutes with no coughing or choking episode recorded on at least 4 days a week.""",
            "G": """\
Lunchtime staff will feed Bethany her lunch every school day, following her eating and drinking plan, for the 2026/27 school year.
The speech and language therapist will update the eating and drinking plan each term and train any new staff, in a one-hour session.""",
        },
        expected=(
            ("jargon", "C", "oropharyngeal"),
            ("jargon", "C", "dysphagia"),
            ("jargon", "C", "aspiration"),
            ("acronym", "C", "IDDSI"),
            ("no_provider", "G", "Lunchtime staff will feed Bethany her lunch every school day, following her eating and drinking plan, for the 2026/27 school year."),
        ),
        tags=("cerebral-palsy", "dysphagia", "ks3", "jargon", "acronym"),
    ),
    Case(
        name="cystic-fibrosis-ks3-clean",
        sections={
            "C": """\
Cystic fibrosis
Hannah (13) has cystic fibrosis, an inherited condition that causes thick, sticky mucus in the lungs and gut. She needs to clear her chest with breathing exercises each lunchtime, and take digestive enzyme capsules with every meal and snack so that her body can absorb her food. She catches chest infections easily, so she must not share a room with anyone else who has cystic fibrosis, and must wash her hands often. When she is unwell she can miss several weeks of school, sometimes staying in hospital for treatment through a drip.""",
            "E": """\
By the end of Year 8 (July 2027), Hannah will do her lunchtime chest clearance on her own in the medical room and tell the school nurse she has done it, on every school day.
By the end of Year 8, Hannah will keep up with her classwork during any hospital stay by completing the work sent by her form tutor, at least three pieces a week, so that she is no more than two weeks behind when she returns.
By December 2026, Hannah will use her own hand gel before every meal and after every PE lesson without being reminded, checked by her form tutor each half term.""",
            "G": """\
Provision for the 2026/27 school year:
- Hannah will use the medical room for 20 minutes every lunchtime to do her chest clearance, and the school nurse will check with her each day that it is done.
- Hannah will carry her enzyme capsules and take them with every meal and snack; her form tutor will check each Monday that she has a full supply.
- Hannah will have her own labelled hand gel in every classroom, and the head of year will make sure she is never timetabled with the other pupil in the school who has cystic fibrosis.
- The cystic fibrosis specialist nurse from Ravenscourt Children's Hospital will visit school once a term for an hour to train staff and update her healthcare plan.
- If Hannah is absent for more than five days because of illness, her form tutor will send home work each week and arrange a 30-minute video call with her each week until she returns.""",
        },
        tags=("clean", "cystic-fibrosis", "ks3", "trigger", "bullets"),
    ),
    Case(
        name="autism-y6-sleep-provision-no-need",
        sections={
            "C": """\
Finn (10) is autistic. He finds changes to his routine very difficult and may become distressed, shouting and hiding under tables. He finds it hard to manage his feelings when he loses a game.""",
            "E": """\
Finn will be calmer.
By July 2027, Finn will use his visual timetable to prepare for a change, and stay in class through at least 4 out of 5 changes of routine in a week, as recorded by his teacher.""",
            "G": """\
Provision for Year 6 (2026/27):
His class teacher will show Finn any change to the day on his visual timetable at morning registration every day.
A teaching assistant trained in the Zones of Regulation by the autism outreach team will run a 20-minute emotions group with Finn and two peers each Tuesday and Thursday.
Finn's parents will attend a six-week sleep course run by the Children's Sleep Service in the spring term, each session 90 minutes.""",
        },
        expected=(
            ("outcome_not_smart", "E", "Finn will be calmer."),
            ("golden_thread", "G", "Finn's parents will attend a six-week sleep course run by the Children's Sleep Service in the spring term, each session 90 minutes."),
        ),
        tags=("autism", "ks2", "golden-thread", "hedge-in-c"),
    ),
    Case(
        name="dietetic-advice-gastrostomy-explained",
        kind="advice",
        sections={
            "needs": """\
Dietetic advice for Kacper (7), for his education, health and care needs assessment.
Kacper has a rare genetic condition, 1p36 deletion syndrome. He cannot eat enough by mouth to grow, so most of his food is given as a special milk through a gastrostomy (a feeding tube that goes through the skin straight into his stomach). He can eat small tastes of smooth food for pleasure. He needs a feed in the middle of the school day.""",
            "outcomes": """\
By July 2027 Kacper will have his school feed every day without it being missed or delayed, and his weight will stay on his usual growth line, checked at my clinic each term.
By July 2027, Kacper will sit at the lunch table with his class and enjoy at least three tastes of smooth food each lunchtime, recorded by his teaching assistant.""",
            "provision": """\
Provision for the 2026/27 school year:
• His teaching assistant, trained and signed off as competent in tube feeding by the Children's Community Nursing Team, will give Kacper his 200 ml milk feed through his tube by syringe at 12.30 every school day, taking about 20 minutes, and write it in his feeding record.
• The same trained teaching assistant will offer him three tastes of smooth food from his taste list at every lunchtime, while he sits with his class.
• I will see Kacper in clinic once a term (about 30 minutes) to weigh him and update his feeding plan, and will send a copy of the plan to school each time it changes.""",
            "author": "Isabel Fairweather, Specialist Paediatric Dietitian, Greystone Hospitals NHS Trust, 17 September 2026",
        },
        tags=("clean", "tube-feeding", "rare", "ks1", "advice"),
    ),
    Case(
        name="physio-advice-no-author-line",
        kind="advice",
        sections={
            "needs": """\
Bella (12) has joint hypermobility, which means her joints bend further than usual and can become painful and unstable. Her knees and ankles hurt after walking more than a few minutes, and her hands ache when she writes for longer than 10 minutes.""",
            "outcomes": """\
By July 2027, Bella will walk between lessons with her class and report her knee pain as 3 out of 10 or less at the end of the school day on 4 days out of 5.
By July 2027, Bella will write for 20 minutes with her pen grip and writing slope before needing a rest, in English lessons.""",
            "provision": """\
Provision for Year 7 (2026/27):
- Bella will have a lift pass and leave lessons two minutes early at each lesson change; her head of year will issue the pass in September.
- The children's physiotherapist will see Bella in school for six weekly 30-minute sessions in the autumn term to teach her a strengthening programme, and review it once in the summer term.
- Her English teacher will give her a writing slope and a pen grip, and a one-minute hand rest every 10 minutes of writing, in every English lesson.""",
        },
        expected=(
            ("advice_no_author", "author", ""),
        ),
        tags=("hypermobility", "ks3", "advice", "no-author"),
    ),
    Case(
        name="adhd-autism-y10-mixed-format-clean",
        sections={
            "C": """\
Health needs (from the community paediatrician's advice, September 2026)
Aaron (14) has autism and attention deficit hyperactivity disorder. He has a lot of energy and finds it very hard to sit still for a full lesson; he fidgets, taps and leaves his seat. Loud, unexpected noises such as the fire alarm and the school bell make him panic.
He sleeps poorly, usually getting to sleep after 1am, and arrives tired; this is being managed by his paediatrician at home.
Aaron's physical health is good.""",
            "E": """\
By the end of Year 10 (July 2027):
- Aaron will stay in each lesson for the whole lesson, using his two movement breaks, in at least 4 lessons out of 5 each day, recorded on his daily report card.
- Aaron will go to the safe space and put on his ear defenders when the bell or an alarm upsets him, and be back in class within 10 minutes, on every occasion recorded by his key worker.
- Aaron will arrive at school by 8.45 on at least 4 days a week, recorded in the register, once his sleep routine is in place.""",
            "G": """\
These arrangements are for the 2026/27 school year.
1) Movement: every subject teacher will give Aaron two five-minute movement breaks in each lesson, using his break card.
2) Noise: Aaron will wear ear defenders during bell times and fire drills. His key worker (a learning mentor trained by the autism outreach service) will warn him 10 minutes before every planned fire drill and walk out with him.
3) Sleep: the community paediatrician will see Aaron every three months in clinic to review his sleep plan; his head of year will phone home for five minutes on any day he arrives after 9.15 to agree a plan for the next day.""",
        },
        tags=("clean", "adhd", "autism", "ks4", "numbered", "mixed-format"),
    ),
    Case(
        name="prader-willi-food-may-lock",
        sections={
            "C": """\
Poppy (9) has Prader-Willi syndrome, a rare genetic condition. She feels hungry all the time and will look for food, including in bins and other children's lunch boxes. She has low muscle tone and tires easily. She gains weight very easily and is on a calorie-controlled diet planned by her dietitian.""",
            "E": """\
By July 2027, Poppy will eat only the food in her own lunch box and snack pot on every school day, with no food-seeking incidents recorded in the last half term.
By July 2027, Poppy will take part in a 20-minute active play session every school day.""",
            "G": """\
Staff may need to lock food cupboards and bins.
Her teaching assistant, trained by the dietitian, will supervise Poppy at every snack time and lunchtime for the 2026/27 school year.
Poppy will have a daily 20-minute active play session.""",
        },
        expected=(
            ("unspecified_provision", "G", "may"),
            ("no_frequency", "G", "Staff may need to lock food cupboards and bins."),
            ("no_duration", "G", "Staff may need to lock food cupboards and bins."),
            ("no_provider", "G", "Staff may need to lock food cupboards and bins."),
            ("no_provider", "G", "Poppy will have a daily 20-minute active play session."),
        ),
        tags=("rare", "prader-willi", "ks2", "hedge"),
    ),
    Case(
        name="portage-microcephaly-age3-clean",
        sections={
            "C": """\
Ivy (3) has a small head size (microcephaly) and global developmental delay, which means she is developing more slowly than other children in all areas. She is not yet sitting on her own, does not yet use words, and puts everything in her mouth, so small objects are a choking risk.""",
            "E": """\
By her move to school in September 2028, Ivy will sit on the floor on her own for five minutes while she plays, as seen by her key worker at nursery.
By September 2027, Ivy will make a choice between two toys by reaching or looking, in every nursery session.
By July 2027, Ivy will play safely in the toddler room, with no choking incident recorded, while small objects are kept out of reach.""",
            "G": """\
Provision for the nursery year September 2026 to July 2027:
- Ivy's key worker, trained by the children's physiotherapist, will do her sitting programme with her for 10 minutes in every nursery session (three sessions a week).
- A home visitor from the Portage service will visit Ivy at nursery once every two weeks for one hour, to set small play targets with her key worker, including choice-making.
- The nursery manager will check the toddler room for small objects at the start of every session and keep a choking-risk checklist; all room staff have paediatric first aid training.
- The children's physiotherapist will review Ivy's sitting programme at nursery once a half term for 45 minutes.""",
        },
        tags=("clean", "early-years", "developmental-delay", "bullets"),
    ),
    Case(
        name="young-adult-epilepsy-prn-buccolam",
        sections={
            "C": """\
Luke is 24 and attends Hillside Day Opportunities college programme three days a week. He has a severe learning disability and epilepsy. He has clusters of seizures, usually at the start of the day. His PRN rescue medicine is Buccolam.""",
            "E": """\
To stay safe.
By July 2027 Luke will choose and complete two new activities in his college week, shown in his photo diary.""",
            "G": """\
For the 2026/27 college year, two support workers on each of Luke's college days will be trained in epilepsy care and rescue medicine by the Adult Learning Disability Nursing Team, and one of them will be with him at all times.
If Luke has three seizures within an hour, or one lasting five minutes, a trained support worker will give his rescue medicine as written in his epilepsy care plan and call 999.""",
        },
        expected=(
            ("acronym", "C", "PRN"),
            ("drug_name", "C", "Buccolam"),
            ("outcome_not_smart", "E", "To stay safe."),
        ),
        tags=("epilepsy", "learning-disability", "young-adult", "post-19", "drug", "trigger"),
    ),
    Case(
        name="vns-epilepsy-provision-only-clean",
        sections={
            "G": """\
Health provision – Nadia, Year 5
Nadia has epilepsy and has a vagus nerve stimulator: a small device under the skin of her chest that sends mild pulses to a nerve in her neck to help stop seizures. When a seizure starts, swiping a special magnet over the device can stop it sooner.
From September 2026 until the end of Year 6 (July 2028):
a) Nadia's class teacher and two teaching assistants, trained by the epilepsy nurse specialist, will swipe the magnet over the device as soon as a seizure starts, every time, and swipe again after two minutes if the seizure continues; they will call 999 if it lasts five minutes.
b) The magnet will go with Nadia to every lesson, playtime and trip, carried on her lanyard; her class teacher will check it is there each morning.
c) The epilepsy nurse specialist will train all new staff who work with Nadia within their first week, and refresh training for all her staff every September (one hour).""",
        },
        tags=("clean", "epilepsy", "ks2", "provision-only", "trigger", "lettered"),
    ),
]

# --- part 4 -------------------------------------------------------------------------------

BLIND += [
    Case(
        name="hearing-secondary-as-and-when",
        sections={
            "C": """\
Hussain (12) has a moderate to severe hearing loss in both ears and wears two hearing aids. He uses a radio aid in class. He finds group discussions and practical lessons, where the teacher moves around, very hard to follow. He gets headaches by the end of the day from the effort of listening.""",
            "E": """\
By the end of Year 7 (July 2027), Hussain will use his radio aid in every lesson and tell the teacher when it is not working, on every occasion, as recorded on his equipment log.
By the end of Year 7, Hussain will say, at his review, that he has a listening break on most afternoons and gets headaches on fewer than two days a week, recorded in his wellbeing diary.""",
            "G": """\
Hussain will be given listening breaks as and when required.
Every subject teacher will wear the radio aid transmitter and pass it to other speakers in group work, in every lesson, for the 2026/27 school year.
The Teacher of the Deaf will visit Hussain once a half term for one hour in 2026/27 to check his equipment and advise his teachers.""",
        },
        expected=(
            ("unspecified_provision", "G", "as and when required"),
            ("no_frequency", "G", "Hussain will be given listening breaks as and when required."),
            ("no_duration", "G", "Hussain will be given listening breaks as and when required."),
            ("no_provider", "G", "Hussain will be given listening breaks as and when required."),
        ),
        tags=("hearing", "ks3", "vague"),
    ),
    Case(
        name="school-nurse-advice-diabetes-reception",
        kind="advice",
        sections={
            "needs": """\
School nursing advice
Ava (4) was diagnosed with type 1 diabetes in June 2026 and starts Reception at Fernhill Primary in September 2026. She wears a glucose sensor and a pump. She is too young to notice or tell anyone when her blood sugar is low, so an adult must watch the readings for her. Her blood sugar can drop quickly during active play.""",
            "outcomes": """\
By the end of Reception (July 2027), Ava will come to an adult when her sensor alarm sounds, every time, as recorded in her diabetes log.
By the end of Reception, Ava will take part in every PE lesson and playtime, with her blood sugar checked before each one and no low reading left untreated, as recorded in her diabetes log.""",
            "provision": """\
For Ava's Reception year (September 2026 to July 2027):
- Two teaching assistants will be trained by the Children's Diabetes Nurse Specialist team and signed off as competent before Ava starts; one of them will be with her at all times in school, every day.
- The trained teaching assistant will check Ava's sensor reading before every snack, meal, PE lesson and playtime, and whenever the alarm sounds, and will follow her diabetes care plan for any low or high reading.
- I will meet Ava's class teacher and the trained teaching assistants once each half term for 30 minutes to check that her care plan is working and update it with the diabetes team.""",
            "author": "Joanne Kettleborough, School Nurse (Specialist Community Public Health Nurse), Fernhill and District 0-19 Service, 1 September 2026",
        },
        tags=("clean", "diabetes", "early-years", "reception", "advice"),
    ),
    Case(
        name="paed-advice-melatonin-circadian-no-role",
        kind="advice",
        sections={
            "needs": """\
Noor (7) is autistic. She has severe sleep difficulties with a delayed circadian rhythm: she rarely falls asleep before midnight and is exhausted in class. She has a very restricted diet.""",
            "outcomes": """\
By the end of the spring term 2027 Noor will be asleep by 9.30pm on 5 nights out of 7, recorded on her sleep diary.
By July 2027, Noor will eat at least one food from each of three food groups at lunch every school day, recorded by her teaching assistant.""",
            "provision": """\
Noor takes melatonin at home at bedtime; this needs nothing from school.
The sleep practitioner in our team will see Noor's parents for four 45-minute sessions this school year, one every six weeks, to set up a bedtime routine.
Noor may benefit from a quiet rest space in the afternoon.
The community dietitian will see Noor and her parents three times this school year, for 30 minutes each, and send a written food plan to school; her teaching assistant, trained by the dietitian, will follow it at every lunchtime.""",
            "author": "Dr Parminder Sandhu, 02/02/2027",
        },
        expected=(
            ("jargon", "needs", "circadian"),
            ("drug_name", "provision", "melatonin"),
            ("unspecified_provision", "provision", "may"),
            ("no_frequency", "provision", "Noor may benefit from a quiet rest space in the afternoon."),
            ("no_duration", "provision", "Noor may benefit from a quiet rest space in the afternoon."),
            ("no_provider", "provision", "Noor may benefit from a quiet rest space in the afternoon."),
            ("advice_no_author", "author", "Dr Parminder Sandhu, 02/02/2027"),
        ),
        tags=("autism", "sleep", "ks1", "advice", "drug", "hedge"),
    ),
    Case(
        name="down-syndrome-16-transition-college-clean",
        sections={
            "C": """\
Health needs
Zainab is 16 and moves from Larkspur School to Meadowgate College in September 2026. She has Down syndrome and an underactive thyroid, which is treated with a daily tablet at home and checked with a yearly blood test; it needs nothing from college.
She has a mild hearing loss in both ears and wears hearing aids, which she sometimes forgets to put in.
She is anxious about the move to college and about going to adult health appointments on her own.""",
            "E": """\
By the end of her first college term (December 2026), Zainab will put in her own hearing aids before leaving home every day and keep them in all day, as checked by her tutor at morning registration.
By her 17th birthday in April 2027, Zainab will have her annual learning disability health check with her GP, and will tell the nurse one thing she wants to ask about, with her health passport.
By October 2026, Zainab will travel to college, find her classroom and the student support office on her own, and say she feels settled, at her six-week review.""",
            "G": """\
Provision for the 2026/27 college year:
- Her personal tutor will check at morning registration every day that Zainab has her hearing aids in, and phone home if she has forgotten them.
- The college's learning support assistant, trained by the Teacher of the Deaf in hearing aid care, will change her hearing aid batteries and clean the tubing every Monday.
- The learning disability nurse from the Community Learning Disability Team will meet Zainab at college for an hour, twice in the autumn term, to make her health passport and prepare her for her annual health check; they will go with her to the appointment.
- Two transition visits to Meadowgate College of half a day each, in July 2026, led by her Larkspur class teacher.""",
        },
        tags=("clean", "down-syndrome", "post-16", "preparing-for-adulthood", "history-not-need"),
    ),
    Case(
        name="spina-bifida-cisc-shunt-thread",
        sections={
            "C": """\
Layla (9) has spina bifida. She has a neuropathic bladder and needs CISC every three hours. She uses a wheelchair for all distances. She has a shunt to drain fluid from her brain.""",
            "E": """\
By July 2027, Layla will do her own catheter at school with an adult watching, at every planned time, recorded on her continence chart.
By July 2027 Layla will move around the whole school site in her wheelchair on her own, including to the dinner hall and playground, every school day.""",
            "G": """\
Provision for Year 5 (2026/27):
A teaching assistant, trained and signed off by the Children's Bladder and Bowel Nurse, will supervise Layla's catheter at 10.30, 1.00 and 3.00 every school day in the accessible toilet.
The Bladder and Bowel Nurse will review Layla's progress with her and the teaching assistant in school once a term for 30 minutes.
The occupational therapist will check that every area of the school is wheelchair accessible in a one-off visit in September 2026, and the site manager will make the changes agreed by December 2026.""",
        },
        expected=(
            ("jargon", "C", "neuropathic"),
            ("acronym", "C", "CISC"),
            ("golden_thread", "C", "She has a shunt to drain fluid from her brain."),
        ),
        tags=("spina-bifida", "ks2", "continence", "golden-thread"),
    ),
    Case(
        name="selective-mutism-y3-clean",
        sections={
            "C": """\
Communication and wellbeing
Esme (7) has selective mutism: an anxiety condition in which she speaks freely at home but cannot speak at school, even when she wants to. She communicates at school by nodding, pointing and whispering to one friend. She becomes very anxious when asked a direct question in front of others, and has begun to avoid eating lunch in the dinner hall because adults there talk to her.""",
            "E": """\
By the end of Year 3 (July 2027), Esme will speak to her key adult in a quiet room, in single words or more, in at least 3 of her weekly sessions each half term.
By the end of the spring term 2027, Esme will eat her lunch in the dinner hall with two friends on at least 3 days a week, without being asked questions by adults.""",
            "G": """\
Provision for the 2026/27 school year:
A speech and language therapist from the Oakdene Children's Speech and Language Therapy Service will plan a small-steps talking programme and meet Esme's key adult for an hour, three times in the autumn term and once in each of the spring and summer terms.
Esme's key adult, a teaching assistant trained by the speech and language therapist in the small-steps method, will work with her in a quiet room for 15 minutes, four times a week.
Her class teacher will not ask Esme direct questions in front of the class, and will use thumbs up or down, a whiteboard and a 'pass' card in every lesson instead.
The class teacher will brief all lunchtime supervisors at the start of each term not to ask Esme questions, and will seat her with her chosen friends every lunchtime.""",
        },
        tags=("clean", "mental-health", "selective-mutism", "ks2"),
    ),
    Case(
        name="autism-nursery-table-regular-opportunities",
        sections={
            "C": """\
Ibrahim (3) is autistic. He has no words and leads adults by the hand to what he wants. He becomes very distressed during transitions, such as tidy-up time and going outside, and may hit his head on the floor.""",
            "E": """\
By September 2027, Ibrahim will use a picture to ask for a drink or snack at every snack time, without being prompted, as recorded by his key worker.
By April 2027, Ibrahim will move from one activity to the next using his 'now and next' board, without hitting his head, at least 4 times in every session.""",
            "G": """\
Need | What will be provided | By whom | How often / for how long
Communication | Picture exchange at every snack time and meal | Key worker trained by the speech and language therapist | Every session, for the 2026/27 nursery year
Communication | Opportunities for intensive interaction | Nursery staff | Regular
Transitions | Now and next board used for every change of activity; a timer and a song before tidy-up time | Key worker trained by the autism outreach teacher | Every change of activity, for the 2026/27 nursery year""",
        },
        expected=(
            ("unspecified_provision", "G", "Opportunities for"),
            ("unspecified_provision", "G", "Regular"),
            ("no_frequency", "G", "Communication | Opportunities for intensive interaction | Nursery staff | Regular"),
            ("no_duration", "G", "Communication | Opportunities for intensive interaction | Nursery staff | Regular"),
            ("no_provider", "G", "Communication | Opportunities for intensive interaction | Nursery staff | Regular"),
        ),
        tags=("autism", "early-years", "table", "vague", "hedge-in-c"),
    ),
    Case(
        name="salt-advice-college-autism-clean",
        kind="advice",
        sections={
            "needs": """\
Speech and language therapy advice
Kieran is 17 and in his first year of a Level 1 animal care course. He is autistic. He speaks in full sentences and has a wide vocabulary, but he takes language literally, so he misunderstands jokes, sarcasm and phrases like "hang on a minute". He finds it very hard to start or join a conversation with other students and to ask tutors for help, so he sits on his own and does not ask when he is stuck. He finds it hard to explain what has upset him after a disagreement.""",
            "outcomes": """\
By the end of the college year (July 2027), Kieran will ask a tutor for help at least once in every practical session when he is stuck, recorded by his course tutor.
By the end of the spring term 2027, Kieran will start a conversation with another student at lunchtime at least twice a week, recorded in his social diary.
By July 2027, Kieran will use his 'what happened' comic strip to explain a disagreement to his tutor on every occasion one happens.""",
            "provision": """\
Provision for the 2026/27 college year:
- I will run a 45-minute social communication group with Kieran and three other students every week for 10 weeks in the autumn term, and train his learning support assistant in the approach.
- His learning support assistant, trained by me, will meet Kieran for 20 minutes each Friday to go through his social diary and practise asking for help.
- His course tutor will give instructions in plain, literal words, and check Kieran's understanding by asking him to say back the first step, at the start of every practical session.
- After any disagreement, his trained learning support assistant will help him draw a comic strip about what happened, within the same day.""",
            "author": "Tomasz Wierzbicki, Specialist Speech and Language Therapist (Adolescents), Brookvale Community Services, 7 October 2026",
        },
        tags=("clean", "autism", "post-16", "advice", "speech-language"),
    ),
    Case(
        name="ketogenic-diet-epilepsy-jargon",
        sections={
            "C": """\
Max (6) has a severe epilepsy that did not respond to medicines. He is on a ketogenic diet, a very high-fat, very low-carbohydrate diet prescribed by his epilepsy team, and every meal and snack must be weighed exactly. If he eats anything extra, his seizures increase.""",
            "E": """\
By July 2027, Max will eat only the meals and snacks prepared for his diet at school every day, with no extra food recorded, and will say "not for me" when offered other food, at least once a week, as recorded on his IHP by his teaching assistant.""",
            "G": """\
For the 2026/27 school year:
Max's teaching assistant, trained by the ketogenic dietitian at Northgate Children's Hospital, will supervise every snack and lunch, and check that Max eats all of his weighed food and nothing else.
The ketogenic dietitian will visit school once a term for an hour to update his meal plan and check his blood test records.
If Max's ketones are above the level in his care plan, his trained teaching assistant will phone his parents straight away.""",
        },
        expected=(
            ("acronym", "E", "IHP"),
            ("jargon", "G", "ketones"),
        ),
        tags=("epilepsy", "ks1", "diet", "jargon", "acronym"),
    ),
    Case(
        name="tourette-y9-tics-clean",
        sections={
            "C": """\
Rhys (13) has Tourette syndrome. He has tics: sudden movements and noises he cannot control, including head jerks, throat clearing and, when he is stressed, shouting a word. His tics get worse when he is anxious, tired, or trying to hold them in during quiet lessons and tests. Some students have laughed at him, and he has started to refuse to go to science, where his tics are worst.""",
            "E": """\
By the end of Year 9 (July 2027), Rhys will attend at least 9 out of 10 of his science lessons, using his exit card when he needs it, as shown by the register.
By the end of the spring term 2027, Rhys will sit his end-of-term tests in the small room with no more than three uses of his rest breaks, and say he felt less tense than in the autumn.""",
            "G": """\
Provision for the 2026/27 school year:
- Every one of Rhys's teachers will let him use his exit card to leave the room for up to five minutes, with no questions asked, whenever his tics build up.
- Rhys will sit all internal tests and mock exams in a small room with a trained invigilator and 10 minutes of rest breaks per hour.
- His head of year will deliver a 20-minute talk about Tourette syndrome, planned with Rhys, to his tutor group once in the autumn term, and will follow up any laughing or unkind comments on the same day.
- The Tourette nurse specialist from the Children's Neurology Service will see Rhys in clinic every four months and send advice to school after each visit.""",
        },
        tags=("clean", "tourette", "ks3", "bullets"),
    ),
    Case(
        name="undivided-ot-advice-baclofen-ta",
        kind="advice",
        sections={
            "advice": """\
Advice from Occupational Therapy for Freddie Okonjo, aged 6, Year 1
Freddie has cerebral palsy affecting his right side. He takes baclofen for stiffness. He finds it hard to hold a pencil, do up buttons and open packets at lunch. I recommend that Freddie has a sloped writing board and chunky pencil in every lesson, set up by his class teacher, for the 2026/27 school year. A TA trained by me will do a 15-minute hand programme with Freddie every day this school year. I will review the programme once a term.
By July 2027 Freddie will write his name on his own in every lesson and open his own lunch packets on 4 days out of 5.
Lydia Harrowgate, Children's Occupational Therapist, Pinecroft Children's Services, 4 December 2026""",
        },
        expected=(
            ("drug_name", "advice", "baclofen"),
            ("acronym", "advice", "TA"),
        ),
        tags=("cerebral-palsy", "ks1", "advice", "undivided", "drug"),
    ),
    Case(
        name="charge-syndrome-multisensory-clean",
        sections={
            "C": """\
Health needs
Tobias is 6 and attends Birchwood Special School. He has CHARGE syndrome, a rare genetic condition that in Tobias's case affects his hearing, his vision and his balance.
- Hearing: he has a severe hearing loss and wears a hearing aid on a soft headband, which passes sound through the bone behind his ear.
- Vision: he has a gap in the back of both eyes from birth, so he cannot see things in the top half of what he looks at, and he sees poorly in dim light.
- Balance: his balance organs in the inner ear do not work, so he walks with his feet wide apart, falls easily on uneven ground and finds it hard to walk in the dark.
Tobias was fed through a tube as a baby but now eats and drinks normally; this needs no support.""",
            "E": """\
By July 2027, Tobias will keep his hearing aid on for the whole school day on 4 days out of 5, recorded by his intervener.
By July 2027, Tobias will find his way from the classroom to the hall and the playground using the tactile markers, on his own, every school day.
By July 2027, Tobias will walk on the grass and the playground without falling more than once a week, recorded in his class log.""",
            "G": """\
Provision for 2026/27:
Tobias will have an intervener (a teaching assistant with the Level 3 qualification in working with children who have multi-sensory impairment) with him for the whole school day, every day.
The intervener will check his hearing aid and headband at arrival and after every break, and put it back on whenever it slips.
The qualified teacher of children with multi-sensory impairment will visit every two weeks for one hour to plan his mobility and communication work with his intervener and class teacher.
A habilitation specialist (who teaches children with sight loss to get around safely) from the Sensory Support Service will teach Tobias his routes around school in 30-minute sessions, twice a week in the autumn term and weekly after that; his class teacher will make sure all corridors he uses are well lit and marked with tactile strips by October 2026.
The children's physiotherapist will see Tobias at school once a half term for 45 minutes to review his balance and walking programme, which his intervener will do with him for 10 minutes every day.""",
        },
        tags=("clean", "rare", "multi-sensory", "hearing", "vision", "ks1", "special-school", "history-not-need"),
    ),
    Case(
        name="y12-self-harm-dsh-sertraline-vague-outcome",
        sections={
            "C": """\
Chloe is 16 and in Year 12 at Westfield Sixth Form. She has depression and a history of DSH. She is prescribed sertraline by her psychiatrist. She finds it hard to get up in the mornings and has missed many first lessons.""",
            "E": """\
To improve her mental health.
By the end of the spring term 2027, Chloe will attend at least 8 out of 10 first lessons each fortnight, shown in the register.""",
            "G": """\
Provision for the 2026/27 school year:
- Chloe will meet her sixth form pastoral lead, who is trained in mental health first aid, for 20 minutes every Monday and Thursday to go through her safety plan and her week.
- Her care coordinator from the Children and Young People's Mental Health Service will see her every two weeks for 50 minutes, at school or the clinic, and share changes to her safety plan with the pastoral lead.
- Chloe's first lesson on two days a week will be a supervised study period, agreed by her head of sixth form, so that she can arrive by 10.00 on those days.""",
        },
        expected=(
            ("acronym", "C", "DSH"),
            ("drug_name", "C", "sertraline"),
            ("outcome_not_smart", "E", "To improve her mental health."),
        ),
        tags=("mental-health", "post-16", "drug", "acronym"),
    ),
    Case(
        name="crohns-y11-clean",
        sections={
            "C": """\
Ben (15) has Crohn's disease, a long-term condition that causes inflammation of the gut. When it flares up he has tummy pain and needs to get to the toilet urgently, often several times in a lesson. He feels very tired during flare-ups and has missed 30 days of school this year for hospital appointments and illness. His treatment is given at hospital every eight weeks, on a school day.""",
            "E": """\
By the end of Year 11 (July 2027), Ben will use his toilet pass whenever he needs to, without having to explain in front of the class, and say at his review that he no longer worries about having an accident at school.
By the end of Year 11, Ben will complete and hand in all his GCSE coursework by the deadlines, with catch-up work from any missed days done within two weeks.""",
            "G": """\
For the rest of Year 11 (September 2026 to July 2027):
- Ben will carry a toilet pass that lets him leave any lesson straight away, whenever he needs the toilet; his head of year will give it to him and tell all his teachers at the start of each term.
- Ben will be able to use the accessible toilet near the library whenever he needs it, with a key kept by the school office and given to him each term.
- In all mock and GCSE exams, Ben will sit near the door with supervised toilet breaks; the exams officer will arrange this for each exam.
- After every hospital day or illness absence, his form tutor will send him the missed work within two school days and give him a 30-minute catch-up session in the library each week until it is done.
- The inflammatory bowel disease nurse specialist from the Children's Gastroenterology Service will phone his head of year once a term, and during any flare-up, to update his school health plan.""",
        },
        tags=("clean", "crohns", "ks4", "trigger", "bullets"),
    ),
    Case(
        name="down-syndrome-neck-should-pe",
        sections={
            "C": """\
Sami (5) has Down syndrome. He has atlanto-axial instability and his doctors have said some PE activities are not safe for him. He has low muscle tone and tires easily when walking.""",
            "E": """\
By July 2027, Sami will walk from his classroom to the dining hall without stopping, on 4 days out of 5.
By July 2027, Sami will take part in every PE lesson using the safe activities on his PE plan, with no unsafe neck movements recorded by his PE teacher.""",
            "G": """\
The PE teacher should avoid forward rolls, headstands and trampolining with Sami.
The physiotherapist will write a PE plan for Sami by October 2026 and review it once a term this school year, for 30 minutes with his PE teacher.
Sami will have a rest after lunch.""",
        },
        expected=(
            ("jargon", "C", "atlanto-axial instability"),
            ("unspecified_provision", "G", "should"),
            ("no_frequency", "G", "The PE teacher should avoid forward rolls, headstands and trampolining with Sami."),
            ("no_duration", "G", "The PE teacher should avoid forward rolls, headstands and trampolining with Sami."),
            ("no_duration", "G", "Sami will have a rest after lunch."),
            ("no_provider", "G", "Sami will have a rest after lunch."),
        ),
        tags=("down-syndrome", "ks1", "hedge", "jargon"),
    ),
    Case(
        name="anaphylaxis-provision-only-allergy-pen-clean",
        sections={
            "G": """\
Health provision: severe allergy (Year 8, 2026/27 school year)
Connor has a severe allergy to peanuts and tree nuts that can cause anaphylaxis (a life-threatening allergic reaction).
- Connor will carry two allergy pens in his bag at all times; a further two are kept in the medical room, checked for expiry dates by the school office each half term.
- All staff who teach or supervise Connor are trained each September by the school nurse (one hour) to recognise a severe allergic reaction and use an allergy pen.
- If Connor has signs of a severe reaction, a trained member of staff will use his allergy pen straight away, call 999, and give the second pen after five minutes if he is no better.
- The catering manager, trained by the school nurse in allergen control, will check every meal served to Connor against his allergy card, every school day.""",
        },
        tags=("clean", "allergy", "ks3", "provision-only", "trigger"),
    ),
    Case(
        name="allergy-provision-only-brands-as-required",
        sections={
            "G": """\
Allergy
Staff will give Piriton as required.
If Mason has signs of anaphylaxis a first aider, trained in allergy care by the school nurse, will give his EpiPen and call 999, for as long as he is at the school.""",
        },
        expected=(
            ("drug_name", "G", "Piriton"),
            ("unspecified_provision", "G", "as required"),
            ("no_frequency", "G", "Staff will give Piriton as required."),
            ("no_duration", "G", "Staff will give Piriton as required."),
            ("no_provider", "G", "Staff will give Piriton as required."),
            ("jargon", "G", "anaphylaxis"),
            ("drug_name", "G", "EpiPen"),
        ),
        tags=("allergy", "provision-only", "drug", "vague"),
    ),
    Case(
        name="health-visitor-advice-two-year-old-clean",
        kind="advice",
        sections={
            "needs": """\
Health visiting advice
I am Daisy's health visitor and have known her and her family since she was born. Daisy is 2 years 2 months. At her two-year review in August 2026, she was not yet walking on her own, was using no words, and did not point to show things. She has frequent ear infections, and a hearing test is booked with the audiology clinic for October 2026. She was referred to the community paediatrician in August 2026. Her eating, sleep and growth are all fine.""",
            "outcomes": """\
By her third birthday (June 2027), Daisy will walk on her own across the playroom at her childminder's, as seen at my home visit.
By her third birthday, Daisy will point to show an adult something she wants, at least five times each day, as noted in her childminder's daily diary.
By her third birthday, Daisy will turn to her name when it is called from across the room, on 4 out of 5 tries, as noted by her childminder.""",
            "provision": """\
Provision from September 2026 until Daisy's third birthday (June 2027):
- I will visit Daisy at home every six weeks for an hour to model play and talking activities with her parents and to check on her ear infections and hearing test.
- Daisy's childminder has completed the 'Early Talk' training with the local speech and language therapy team and will do a 10-minute pointing and talking game with Daisy twice every day she attends.
- The children's physiotherapist will see Daisy at her childminder's once a month for 45 minutes to work on walking, and leave a daily exercise plan that her childminder, shown how by the physiotherapist, will do with her for 10 minutes each day she attends.""",
            "author": "Kerry-Ann Baptiste, Health Visitor (Specialist Community Public Health Nurse), Lowfield 0-19 Service, 9 September 2026",
        },
        tags=("clean", "early-years", "developmental-delay", "advice"),
    ),
]

# --- part 5 -------------------------------------------------------------------------------

BLIND += [
    Case(
        name="autism-y8-eczema-unthreaded-pda",
        sections={
            "C": """\
Kian (12) is autistic with a PDA profile: he resists everyday requests, even ones he would enjoy, because they make him feel out of control, and he may walk out of lessons or refuse to start work.
He has eczema, which flares in hot classrooms and makes him itch and scratch until his skin bleeds.""",
            "E": """\
By the end of Year 8 (July 2027), Kian will start at least 3 out of 5 tasks each day when they are offered as choices, as recorded on his daily report by his key adult.""",
            "G": """\
Provision for the 2026/27 school year:
- Every teacher will offer Kian work as a choice of two tasks, in every lesson, using the approach set out by the autism outreach teacher.
- Kian's key adult, a learning mentor trained by the autism outreach teacher, will meet him for 15 minutes at the start of each day to plan his day with him.
- The autism outreach teacher will visit for one hour each half term to review the approach with staff.""",
        },
        expected=(
            ("acronym", "C", "PDA"),
            ("golden_thread", "C", "He has eczema, which flares in hot classrooms and makes him itch and scratch until his skin bleeds."),
        ),
        tags=("autism", "ks3", "golden-thread", "eczema", "hedge-in-c"),
    ),
    Case(
        name="ld-nurse-advice-20-transition-clean",
        kind="advice",
        sections={
            "needs": """\
Advice from the Learning Disability Nursing Team
Sienna is 20 and in her second year at Hollybrook College. She has a severe learning disability and epilepsy. She moves from children's to adult health services this year: her children's epilepsy clinic will stop when she turns 21 in March 2027, and her care will move to the adult neurology clinic and her GP.
Sienna cannot tell people when she feels unwell or has pain; she shows it by pulling at her ears or refusing food. She has seizures about once a month, usually at night, which leave her tired the next day.""",
            "outcomes": """\
By March 2027, Sienna will have met her new adult epilepsy nurse twice, with her mum and her college key worker, and will have a hospital passport that shows how she tells people she is in pain.
By July 2027, Sienna will use her pain picture card to show her key worker where it hurts, on every occasion staff notice signs of pain, as recorded in her college log.
By July 2027, on the day after a night-time seizure, Sienna will join her group's afternoon activity after her morning rest, on at least 3 out of 4 such days, as recorded in her college log.""",
            "provision": """\
Provision from September 2026 to July 2027:
- I will meet Sienna, her mum and her college key worker at college for one hour in October 2026 and again in January 2027 to write her hospital passport and plan the move to adult services.
- I will go with Sienna to her first two adult epilepsy clinic appointments (expected in January and March 2027).
- Her college key worker, trained by me in using the pain picture card and in spotting her signs of pain, will offer her the card whenever she pulls at her ears or refuses food, every college day.
- On the day after a night-time seizure, her key worker will give Sienna a rest period of 30 minutes in the quiet room on arrival, as recorded in her epilepsy care plan.""",
            "author": "Femi Adeyemi-Clarke, Community Learning Disability Nurse, Hollybrook Community Learning Disability Team, 22 September 2026",
        },
        tags=("clean", "learning-disability", "epilepsy", "post-19", "preparing-for-adulthood", "advice"),
    ),
    Case(
        name="physio-advice-botox-jargon-no-name",
        kind="advice",
        sections={
            "needs": """\
Ella-Mae (8) has right hemiplegia. She has tightness in her right gastrocnemius and walks on her toes on the right. She had Botox injections in April 2026. She is on our hip surveillance programme.""",
            "outcomes": """\
By July 2027, Ella-Mae will walk the length of the playground with her right heel touching the ground at each step, wearing her splint, on 4 days out of 5.""",
            "provision": """\
Ella-Mae will wear her right splint all day, every school day, put on each morning by her teaching assistant, who has been trained by the physiotherapist, for the 2026/27 school year.
The physiotherapist will visit school every half term for 30 minutes to check the splint and her walking.""",
            "author": "Paediatric Physiotherapy Team, Harlow Park Children's Centre, 3 March 2027",
        },
        expected=(
            ("jargon", "needs", "hemiplegia"),
            ("jargon", "needs", "gastrocnemius"),
            ("drug_name", "needs", "Botox"),
            ("jargon", "needs", "hip surveillance"),
            ("advice_no_author", "author", "Paediatric Physiotherapy Team, Harlow Park Children's Centre, 3 March 2027"),
        ),
        tags=("cerebral-palsy", "ks2", "advice", "jargon", "drug"),
    ),
    Case(
        name="hydrocephalus-shunt-signs-trigger-clean",
        sections={
            "C": """\
Health needs
Ruairi (9) was born with hydrocephalus, a build-up of fluid in the brain, and has a shunt: a thin tube under his skin that drains the extra fluid from his brain into his tummy. If the shunt blocks, he can become seriously ill within hours, so staff need to know the warning signs (headache, being sick, being very sleepy, or a change in his eyes or behaviour).
Ruairi also has difficulty with his memory and concentration, and he tires by the afternoon.""",
            "E": """\
By July 2027, Ruairi will tell an adult straight away if he has a headache or feels sick, on every occasion, as recorded in his health log.
By the end of Year 5 (July 2027), Ruairi will use his task checklist to complete a three-step task on his own in at least 4 out of 5 lessons a day, recorded by his teaching assistant.""",
            "G": """\
Provision for the 2026/27 school year:
1. The neurosurgical nurse specialist from Redbridge Children's Hospital will train all staff who work with Ruairi in the warning signs that his shunt (the drainage tube) is blocked, for one hour each September and for new staff within their first week.
2. If Ruairi shows any warning sign, a trained member of staff will phone his parents straight away and call 999 if he is very sleepy, confused or being sick, as set out in his healthcare plan.
3. His teaching assistant, trained by the educational psychologist in memory strategies, will make a picture checklist for each lesson and go through it with him at the start of every lesson.
4. Ruairi will have a 15-minute rest in the library beanbag area after lunch every day, supervised by his trained teaching assistant.""",
        },
        tags=("clean", "hydrocephalus", "ks2", "trigger", "numbered"),
    ),
    Case(
        name="gdd-y1-input-from-support",
        sections={
            "C": """\
Poppy-Rose (5) has global developmental delay. She is not yet toilet trained, has unclear speech and falls often when running.""",
            "E": """\
By July 2027, Poppy-Rose will stay dry for the whole school day on 3 days a week, using the toilet at her set times, recorded on her toilet chart.
By July 2027, Poppy-Rose will say three-word sentences that her teacher understands, at least 10 times a day.
By July 2027, Poppy-Rose will run across the playground without falling on 4 days out of 5.""",
            "G": """\
Poppy-Rose will receive input from the speech and language therapy service.
A teaching assistant will support Poppy-Rose with toileting.
The children's physiotherapist will see Poppy-Rose for 30 minutes every three weeks in Year 1 to work on balance and running.""",
        },
        expected=(
            ("unspecified_provision", "G", "input from"),
            ("no_frequency", "G", "Poppy-Rose will receive input from the speech and language therapy service."),
            ("no_duration", "G", "Poppy-Rose will receive input from the speech and language therapy service."),
            ("no_provider", "G", "Poppy-Rose will receive input from the speech and language therapy service."),
            ("no_frequency", "G", "A teaching assistant will support Poppy-Rose with toileting."),
            ("no_duration", "G", "A teaching assistant will support Poppy-Rose with toileting."),
            ("no_provider", "G", "A teaching assistant will support Poppy-Rose with toileting."),
        ),
        tags=("developmental-delay", "ks1", "vague", "short-lines"),
    ),
    Case(
        name="nystagmus-sixth-form-clean",
        sections={
            "C": """\
Vision
Abigail is 17 and in Year 12. She was born with nystagmus, which means her eyes make small, constant movements she cannot control. Her sight is much lower than usual and cannot be corrected with glasses. Reading is slow and tiring, especially after about 30 minutes, and she cannot read the board or standard-size exam papers. She finds her eyes settle best when she tilts her head, so she needs to sit where she can do this.""",
            "E": """\
By the end of Year 12 (July 2027), Abigail will read all her A level texts and past papers in her preferred format (enlarged on her laptop) and complete timed practice papers in the time allowed with her extra time, in every subject.
By December 2026, Abigail will set up her own laptop and screen magnifier at the start of every lesson without help.""",
            "G": """\
Provision for Year 12 (2026/27):
- The qualified teacher of children with vision impairment will see Abigail for one hour every three weeks to teach her keyboard shortcuts and screen magnifier skills, and to check her resources.
- Every subject teacher will send Abigail their slides and handouts electronically before every lesson, so she can enlarge them on her laptop.
- Abigail will sit at the side of the room where she can tilt her head to see the screen, in every lesson, arranged by each subject teacher.
- The exams officer will arrange 25% extra time, a laptop with magnification and a 10-minute rest break per hour in all internal and external exams.""",
        },
        tags=("clean", "vision", "post-16", "bullets"),
    ),
    Case(
        name="fragile-x-hyperarousal-unneeded-salt",
        sections={
            "C": """\
Aiden (10) has fragile X syndrome. He experiences hyperarousal in busy environments and bites his hand when overwhelmed. He avoids eye contact and finds it hard to greet people.""",
            "E": """\
By July 2027, Aiden will use his 'break' card to leave a busy room before he bites his hand, on 4 out of 5 occasions, recorded by his teaching assistant.
By July 2027, Aiden will greet a familiar adult with a wave or a word every morning.""",
            "G": """\
Provision for Year 6 (2026/27):
- His teaching assistant, trained by the clinical psychologist, will watch for his early signs of stress and offer his break card straight away, whenever they appear.
- The speech and language therapist will work with Aiden on his stammer for 30 minutes each week.
- A morning greeting routine with his class teacher at the door every day.""",
        },
        expected=(
            ("jargon", "C", "hyperarousal"),
            ("golden_thread", "G", "The speech and language therapist will work with Aiden on his stammer for 30 minutes each week."),
        ),
        tags=("fragile-x", "rare", "ks2", "golden-thread"),
    ),
    Case(
        name="dysphagia-special-school-provision-only-clean",
        sections={
            "G": """\
Health provision: eating and drinking (Year 4, Hawthorn Special School, 2026/27 school year)
Liam has difficulty chewing and swallowing safely, so food could go down the wrong way into his lungs. His food must be smooth like thick yoghurt, with no lumps, and his drinks thickened to the consistency written on his plan.
• At every snack and meal, one of three named teaching assistants, each trained and signed off by the speech and language therapist in Liam's eating and drinking plan, will sit facing him, give his food on a small spoon at his own pace and stop if he coughs or his breathing sounds wet.
• The same trained staff will thicken every drink he has in school, using the scoop and amount on his plan.
• The speech and language therapist will watch a lunch and review Liam's plan once a term (about 45 minutes), and train any new staff before they feed him.""",
        },
        tags=("clean", "dysphagia", "ks2", "special-school", "provision-only"),
    ),
    Case(
        name="duchenne-y10-deflazacort-cardiomyopathy",
        sections={
            "C": """\
Ethan-James (15) has Duchenne muscular dystrophy. He uses a powered wheelchair full time and drives it around school on his own. He takes deflazacort daily at home. He has early cardiomyopathy, monitored by the cardiac team. He needs help to transfer to the toilet.""",
            "E": """\
Ethan-James will continue to be as independent as possible.
By July 2027 Ethan-James will direct staff in how he wants to be helped with his toilet transfers, every time, as recorded on his personal care plan.""",
            "G": """\
Two teaching assistants, trained by the occupational therapist in using the hoist, will help Ethan-James with every toilet transfer, for the 2026/27 school year.
The occupational therapist will review his hoist and toilet equipment each September and whenever his needs change, while he attends the school.""",
        },
        expected=(
            ("drug_name", "C", "deflazacort"),
            ("jargon", "C", "cardiomyopathy"),
            ("golden_thread", "C", "He has early cardiomyopathy, monitored by the cardiac team."),
            ("outcome_not_smart", "E", "Ethan-James will continue to be as independent as possible."),
        ),
        tags=("duchenne", "rare", "ks4", "drug", "jargon", "golden-thread"),
    ),
    Case(
        name="paed-advice-cp-epilepsy-rescue-medicine-clean",
        kind="advice",
        sections={
            "needs": """\
Community paediatric advice for Zoya (6), Year 2, Ashgrove Primary School
Zoya has cerebral palsy, which mainly affects her legs, and epilepsy. Her seizures are rare (two in the last year, both at home), but when they happen they can last a long time, so she has a rescue medicine in school. She walks with a frame indoors and uses a wheelchair outdoors. She wets herself most days because she cannot get to the toilet quickly enough.""",
            "outcomes": """\
By the end of Year 2 (July 2027), Zoya will walk with her frame to every lesson, to lunch and to the toilet, every school day.
By July 2027, Zoya will stay dry for the school day on at least 4 days out of 5, using the toilet at her planned times, recorded on her toilet chart.
By July 2027, Zoya will take part in every school trip and swimming lesson with her epilepsy care plan in place.""",
            "provision": """\
For the 2026/27 school year:
- Two members of staff in her year group, trained by the Children's Epilepsy Nurse Specialist, will carry Zoya's rescue medicine on every trip and swimming lesson and give it exactly as her epilepsy care plan says if a seizure lasts five minutes, and call 999.
- Her class teacher will give Zoya a seat next to the classroom door and a toilet pass so she can leave any lesson without asking.
- A teaching assistant trained by the children's continence nurse will take Zoya to the toilet at four set times each day.
- The children's physiotherapist will see Zoya in school once a half term for 45 minutes to check her frame and walking programme.
- I will review Zoya in clinic every six months and update her epilepsy care plan.""",
            "author": "Dr Rebecca Lindqvist, Consultant Paediatrician (Neurodisability), Ashgrove Community Child Health, 30 September 2026",
        },
        tags=("clean", "cerebral-palsy", "epilepsy", "continence", "ks1", "advice"),
    ),
    Case(
        name="arfid-y9-acronym-should",
        sections={
            "C": """\
Freddie (14) has ARFID. He eats a very small range of foods and will not eat in front of others. He has lost weight this year and his energy is low by the afternoon. He is anxious in the school canteen.""",
            "E": """\
By the end of Year 9 (July 2027), Freddie will eat his packed lunch in the quiet room every school day, with at least half eaten, recorded by the pastoral assistant.
By July 2027, Freddie's weight will be stable or rising at each monthly check at the eating disorder clinic.""",
            "G": """\
Freddie should be allowed to eat in a quiet room.
A pastoral assistant, trained by the community eating disorder team's dietitian, will sit with Freddie in the quiet room for lunch every school day for the rest of Year 9.
The community eating disorder team dietitian will see Freddie monthly in clinic for 30 minutes until July 2027.""",
        },
        expected=(
            ("acronym", "C", "ARFID"),
            ("unspecified_provision", "G", "should"),
            ("no_frequency", "G", "Freddie should be allowed to eat in a quiet room."),
            ("no_duration", "G", "Freddie should be allowed to eat in a quiet room."),
            ("no_provider", "G", "Freddie should be allowed to eat in a quiet room."),
        ),
        tags=("eating-disorder", "mental-health", "ks3", "acronym", "hedge"),
    ),
    Case(
        name="williams-syndrome-noise-clean",
        sections={
            "C": """\
Health
Harriet (7) has Williams syndrome, a rare genetic condition. She is very sensitive to certain sounds, such as hand dryers, balloons popping and the vacuum cleaner, and she becomes frightened and cries when she hears them. She has a heart condition (a narrowing of a main blood vessel) that is checked yearly by the heart clinic; it does not limit her activity and needs nothing in school.
She is very friendly and will approach and hug strangers, which puts her at risk on trips and in the playground.""",
            "E": """\
By the end of Year 3 (July 2027), Harriet will use her ear defenders and tell an adult when a sound upsets her, calming within five minutes on 4 out of 5 occasions, as noted by her teaching assistant.
By July 2027, Harriet will say which adults are safe to talk to and stay with her group on every school trip, as checked by the trip leader on each trip.""",
            "G": """\
For the 2026/27 school year:
Harriet's teaching assistant (trained by the community paediatric nurse in her healthcare plan) will carry her ear defenders and warn her before any known loud noise, such as the fire alarm test on Monday mornings, every time. The school office will switch off the hand dryer in the Year 3 toilets and provide paper towels from September 2026. Her class teacher will teach a 'safe adults' programme to Harriet and a small group, for 20 minutes each week in the autumn term, and will brief every trip leader before each trip so that a trained adult is with Harriet at all times on the trip.""",
        },
        tags=("clean", "rare", "williams-syndrome", "ks1", "history-not-need", "paragraph"),
    ),
    Case(
        name="orthoptic-advice-convergence-not-smart",
        kind="advice",
        sections={
            "needs": """\
Advice from the eye clinic
Rafael (11) has convergence insufficiency and intermittent exotropia. Reading for more than 10 minutes gives him headaches and blurred vision, and he loses his place on the page.""",
            "outcomes": """\
Rafael will find reading easier.""",
            "provision": """\
Rafael will do his eye exercises at home for 10 minutes every evening, which I will check in clinic every six weeks until March 2027.
His class teacher will give him a reading ruler and a two-minute eye break after every 10 minutes of reading, in every lesson, this school year.""",
            "author": "Lucy Abernathy-Shaw, Orthoptist, Kingsmere Eye Unit, 14 January 2027",
        },
        expected=(
            ("jargon", "needs", "convergence insufficiency"),
            ("jargon", "needs", "intermittent exotropia"),
            ("outcome_not_smart", "outcomes", "Rafael will find reading easier."),
        ),
        tags=("vision", "ks2", "advice", "jargon"),
    ),
    Case(
        name="daytime-wetting-y7-clean",
        sections={
            "C": """\
Continence
Mohammed (11) has an overactive bladder, which means he needs to wee often and urgently and sometimes cannot get to the toilet in time. He has daytime wetting about twice a week at school. He is very embarrassed and has started to avoid drinking during the day, which makes the problem worse.""",
            "E": """\
By the end of the spring term 2027, Mohammed will drink at least six cups of water during the school day and have no more than one wetting accident in a fortnight, recorded on his bladder diary.
By July 2027, Mohammed will use his toilet pass without asking and say at his review that he no longer worries about wetting himself at school.""",
            "G": """\
Provision for Year 7 (2026/27):
- Mohammed will carry a discreet toilet pass that lets him leave any lesson straight away, whenever he needs to; his head of year will tell all his teachers about it at the start of each term.
- He will keep a water bottle on his desk in every lesson, and his form tutor will check at registration each morning that it is filled.
- A spare set of uniform will be kept in the medical room, and the school's first aider, trained in intimate care, will help him change discreetly whenever he has an accident.
- The school nurse, who is trained in bladder and bowel care, will see Mohammed for 20 minutes every two weeks in the autumn term and monthly after that, to go through his bladder diary and drinking plan.""",
        },
        tags=("clean", "continence", "ks3", "bullets", "trigger"),
    ),
]

# --- part 6 -------------------------------------------------------------------------------

BLIND += [
    Case(
        name="cp-aac-y10-regular-eye-gaze",
        sections={
            "C": """\
Communication and physical needs
Niamh (15) has cerebral palsy that affects her whole body, and she cannot speak clearly enough to be understood by people who do not know her. She uses an AAC device with eye gaze access and a paper-based communication book. She cannot hold a pen. She needs to be repositioned in her wheelchair every two hours to avoid sore skin.""",
            "E": """\
By the end of Year 10 (July 2027), Niamh will answer a question in every lesson using her device, and will write a 100-word paragraph for her English coursework by eye gaze each fortnight.
By July 2027, Niamh will have no pressure sores, and will tell staff using her device when she is uncomfortable in her chair.""",
            "G": """\
Provision for 2026/27:
Niamh will have regular speech and language therapy.
Her communication assistant, trained by the speech and language therapist in her device and her communication book, will be with her in every lesson and will add new subject vocabulary to the device each Friday.
Two teaching assistants trained in moving and handling by the school's physiotherapist will reposition Niamh in her wheelchair every two hours, and record it on her positioning chart.""",
        },
        expected=(
            ("acronym", "C", "AAC"),
            ("unspecified_provision", "G", "regular"),
            ("no_frequency", "G", "Niamh will have regular speech and language therapy."),
            ("no_provider", "G", "Niamh will have regular speech and language therapy."),
        ),
        tags=("cerebral-palsy", "aac", "ks4", "vague"),
    ),
    Case(
        name="juvenile-arthritis-y6-clean",
        sections={
            "C": """\
Health needs
Isabella (10) has juvenile idiopathic arthritis, a long-term condition that makes her joints swollen, stiff and painful. It mainly affects her knees, wrists and fingers. She is stiffest first thing in the morning and after sitting still for a long time, and writing by hand for more than a few minutes makes her wrists hurt. During a flare-up she may need to use a wheelchair for a few weeks.""",
            "E": """\
By the end of Year 6 (July 2027), Isabella will complete her written work using her laptop and writing slope, and say her wrists hurt 3 out of 10 or less at the end of each lesson on 4 days out of 5, recorded on her pain scale chart.
By the end of Year 6, Isabella will do her morning stretches in school every day and take part in PE with the adapted activities in her plan.
By July 2027, Isabella will join her class for all lessons during a flare-up, moving around school in her wheelchair.""",
            "G": """\
For Year 6 (September 2026 to July 2027):
- A teaching assistant trained by the children's rheumatology physiotherapist will do a 10-minute stretching routine with Isabella when she arrives every morning.
- Isabella's class teacher will give her a laptop for any writing longer than a few lines, and a writing slope and pen grips, in every lesson.
- Isabella will stand up and move around for two minutes every 20 minutes of sitting, prompted by her class teacher.
- Her PE teacher will follow the adapted PE plan written by the rheumatology physiotherapist in every PE lesson.
- During any flare-up, the rheumatology nurse specialist will tell the school, and the head teacher will arrange a loan wheelchair and move her class to the ground floor until the flare-up settles; her trained teaching assistant will push her between lessons.
- The rheumatology physiotherapist will visit school once a term for an hour to review her routines.""",
        },
        tags=("clean", "arthritis", "ks2", "trigger", "hedge-in-c"),
    ),
    Case(
        name="diabetes-y7-cgm-acronym",
        sections={
            "C": """\
Poppy (11) has type 1 diabetes and wears a CGM. She has just started secondary school and is embarrassed to treat low blood sugars in front of her new classmates.""",
            "E": """\
By Christmas 2026, Poppy will treat every low blood sugar within five minutes of her alarm, going to the medical room if she prefers, as recorded in her diabetes log.""",
            "G": """\
Poppy's form tutor will meet her for 10 minutes every Friday to go through her diabetes log.
All her subject teachers will let her leave class straight away when her alarm sounds, for the whole of Year 7.
The children's diabetes nurse specialist will train Poppy's teachers in September 2026 and once more in January 2027, one hour each time.""",
        },
        expected=(
            ("acronym", "C", "CGM"),
        ),
        tags=("diabetes", "ks3", "acronym"),
    ),
    Case(
        name="psychology-advice-fasd-looked-after-clean",
        kind="advice",
        sections={
            "needs": """\
Clinical psychology advice for Tyler (9), who is looked after by the local authority and lives with long-term foster carers.
Tyler has fetal alcohol spectrum disorder (FASD), a lifelong condition caused by alcohol before birth that affects memory, attention and behaviour. He forgets instructions within a few minutes, acts on impulse (for example running out of class), and does not yet link what he does with what happens next. He had a very unsettled early life and becomes frightened and angry when adults raise their voices.""",
            "outcomes": """\
By the end of Year 5 (July 2027), Tyler will follow a three-step classroom routine using his picture strip, without reminders, in at least 4 out of 5 lessons a day, recorded by his teaching assistant.
By the end of the spring term 2027, Tyler will stay in the classroom or go to his agreed calm space (and not run off site or into corridors) on every occasion he feels upset, recorded on his incident log.""",
            "provision": """\
For the 2026/27 school year:
1. His key adult, a teaching assistant trained by me in the needs of children with FASD and in calm, low-voice approaches, will be with Tyler for all lessons and playtimes, every school day.
2. His key adult will give him instructions one step at a time with a picture strip, in every lesson.
3. A calm space with a beanbag and his sensory box will be set up by his class teacher in the classroom corner by September 2026, and Tyler can go there whenever he feels upset.
4. I will meet Tyler's key adult, class teacher and foster carers once every half term for one hour to review how the plan is working.""",
            "author": "Dr Saoirse Mulvaney, Clinical Psychologist, Children in Care Psychology Team, Eldermoor Health and Care Trust, 15 October 2026",
        },
        tags=("clean", "fasd", "looked-after", "ks2", "advice", "acronym-expanded"),
    ),
    Case(
        name="provision-only-table-hedges",
        sections={
            "G": """\
Need | Provision | Provider | Frequency
Mobility | Physiotherapy programme to maintain range of movement | Physiotherapist | Weekly, 30 minutes, for 2026/27
Mobility | Use of the lift where possible | Pupil | -
Personal care | Changing in the hygiene room as appropriate | Two teaching assistants trained by the school nurse | As appropriate""",
        },
        expected=(
            ("unspecified_provision", "G", "where possible"),
            ("no_frequency", "G", "Mobility | Use of the lift where possible | Pupil | -"),
            ("no_duration", "G", "Mobility | Use of the lift where possible | Pupil | -"),
            ("unspecified_provision", "G", "as appropriate"),
            ("no_frequency", "G", "Personal care | Changing in the hygiene room as appropriate | Two teaching assistants trained by the school nurse | As appropriate"),
            ("no_duration", "G", "Personal care | Changing in the hygiene room as appropriate | Two teaching assistants trained by the school nurse | As appropriate"),
        ),
        tags=("provision-only", "table", "hedge", "personal-care"),
    ),
    Case(
        name="autism-epilepsy-25-final-year-clean",
        sections={
            "C": """\
Health needs
Owen is 24 and in the final year of his plan; he turns 25 in November 2026 and his plan will end at the end of this academic year, in July 2027. He is autistic and has epilepsy. He has about two seizures a month, usually in the morning, lasting one to two minutes, after which he needs to sleep for an hour. He finds new places and new people very stressful and will not go to medical appointments unless he knows in advance exactly what will happen.""",
            "E": """\
By June 2027, Owen will have visited the day service he is moving to four times, with his support worker, and will say he is ready to start there.
By March 2027, Owen will go to his annual learning disability health check and epilepsy review, using his social story, and stay for the whole appointment.
By July 2027, Owen will go to a quiet room to sleep after a seizure and rejoin his activity afterwards, on every occasion, as recorded in his seizure record.""",
            "G": """\
For Owen's final year at Thornfield Specialist College (September 2026 to July 2027):
- His support worker, trained by the Adult Epilepsy Nurse Specialist in his epilepsy care plan, will be with him at all times at college and will take him to the quiet room to sleep after every seizure, checking him every 15 minutes.
- The community learning disability nurse will write a social story for each medical appointment, go through it with Owen for 30 minutes in the week before each appointment, and go with him to his annual health check and epilepsy review.
- His support worker will take Owen to his new day service four times between February and June 2027, for two hours each visit.""",
        },
        tags=("clean", "autism", "epilepsy", "young-adult", "post-19", "preparing-for-adulthood"),
    ),
    Case(
        name="no-health-needs-but-provision",
        sections={
            "C": """\
Oscar has no identified health needs. His hearing and vision were checked in 2025 and are normal.""",
            "E": """\
No health outcomes.""",
            "G": """\
The school nurse will see Oscar once a term for 20 minutes to discuss healthy eating, for the 2026/27 school year.""",
        },
        expected=(
            ("golden_thread", "G", "The school nurse will see Oscar once a term for 20 minutes to discuss healthy eating, for the 2026/27 school year."),
        ),
        tags=("no-health-needs", "golden-thread", "short"),
    ),
    Case(
        name="no-health-needs-all-sections-clean",
        sections={
            "C": """\
Harry does not have any health needs that relate to his special educational needs. He is seen by his GP for routine care only.""",
            "E": """\
There are no health outcomes because Harry has no health needs.""",
            "G": """\
There is no health provision, as Harry has no health needs.""",
        },
        tags=("clean", "no-health-needs", "short"),
    ),
    Case(
        name="salt-advice-dld-receptive",
        kind="advice",
        sections={
            "needs": """\
Speech and language therapy report
Kofi (8) has DLD. His receptive language scores are at the level of a five-year-old. He gets lost when instructions are long or use words like "before", "after" or "unless". He is now reluctant to answer in class.""",
            "outcomes": """\
By the end of Year 4 (July 2027), Kofi will follow two-part instructions that include "before" or "after", given to the whole class, in 4 out of 5 tries, as checked by his teacher each half term.
By July 2027, Kofi will put his hand up to answer a question at least once in every literacy lesson.""",
            "provision": """\
Provision for Year 4 (2026/27):
- A teaching assistant, trained by me in the Language for Understanding programme, will run 20-minute sessions with Kofi three times a week.
- His class teacher will give instructions in short chunks with a visual prompt, in every lesson.
- I will review Kofi's progress in school every half term for 45 minutes and update his targets.""",
            "author": "Bethan Roderick, Speech and Language Therapist, Cwm Valley Children's Therapies, 18 November 2026",
        },
        expected=(
            ("acronym", "needs", "DLD"),
            ("jargon", "needs", "receptive language"),
        ),
        tags=("speech-language", "ks2", "advice", "acronym", "jargon"),
    ),
    Case(
        name="ot-advice-sensory-y9-clean",
        kind="advice",
        sections={
            "needs": """\
Occupational therapy advice
Maisie is 14 and in Year 9 at Brindley High School. She has autism. She is very sensitive to noise, strong smells and being touched unexpectedly. Busy corridors, the canteen and the science labs are the hardest places for her; after time in these places she often shuts down, stops talking and cannot work for the rest of the lesson. She is also very sensitive to the feel of her school uniform, which she says is "scratchy", and this distracts her in the morning.""",
            "outcomes": """\
By the end of Year 9 (July 2027), Maisie will move between lessons using her early-leave pass and be settled and working within five minutes of arriving, in at least 4 out of 5 lessons a day, recorded on her tracking sheet.
By December 2026, Maisie will wear her adapted uniform every day and say at her check-in that it no longer distracts her in the morning.""",
            "provision": """\
For the 2026/27 school year:
- Maisie will leave every lesson three minutes early to avoid busy corridors, using a pass from her head of year.
- She will eat lunch in the library, away from the canteen, every school day, supervised by her teaching assistant, who has had autism training from the outreach team.
- In science practicals, her science teacher will seat her by an open window, away from the main bench, and let her wear her nose clip, in every practical lesson.
- Maisie will wear a soft cotton version of the school uniform without labels every day, agreed by the head of year from September 2026.
- I will meet Maisie and her head of year for 45 minutes once a term to review her sensory plan.""",
            "author": "Yusuf Farah, Children's Occupational Therapist, Brindley Community Therapy Service, 2 October 2026",
        },
        tags=("clean", "autism", "sensory", "ks3", "advice"),
    ),
    Case(
        name="spinal-injury-17-paraplegia-dysreflexia",
        sections={
            "C": """\
Josh (17) had a spinal cord injury in a road accident in 2025. He has T6 paraplegia and uses a manual wheelchair. He is at risk of autonomic dysreflexia. He needs to empty his bladder with a catheter every four hours and needs pressure relief every hour to protect his skin.""",
            "E": """\
Josh will stay healthy at college.
By the end of his first college year (July 2027), Josh will do his own pressure relief every hour without a reminder, recorded on his app.
By December 2026, Josh will empty his bladder at college at his planned times every college day without missing lesson time, recorded in his own log.""",
            "G": """\
For the 2026/27 college year:
- His learning support assistant, trained by the spinal injuries outreach nurse, will remind Josh to do his pressure relief every hour until he does it on his own.
- Josh will use the accessible toilet near his classroom to empty his bladder at 10.00, 14.00 and whenever he needs to.
- The spinal injuries outreach nurse will train his tutors and learning support assistant in the warning signs of a dangerous rise in blood pressure in September 2026 (90 minutes), and again in January 2027.""",
        },
        expected=(
            ("jargon", "C", "T6 paraplegia"),
            ("jargon", "C", "autonomic dysreflexia"),
            ("outcome_not_smart", "E", "Josh will stay healthy at college."),
        ),
        tags=("spinal-injury", "post-16", "jargon", "continence"),
    ),
    Case(
        name="usher-syndrome-y8-clean",
        sections={
            "C": """\
Health needs: hearing and vision
Amina (12) has Usher syndrome, an inherited condition that affects both hearing and sight. She was born with a moderate to severe hearing loss and wears two hearing aids. Her sight is slowly getting worse: she has difficulty seeing in dim light and is losing her side vision, so she bumps into people and objects in crowded corridors and cannot see in the dark parts of the theatre or on winter evenings. She is upset and worried about her sight changing, and has asked to talk to someone about it.""",
            "E": """\
By the end of Year 8 (July 2027), Amina will move between all her lessons using the quieter route planned with her mobility teacher, without bumping into anyone, on 4 days out of 5.
By the end of Year 8, Amina will use her radio aid and sit in her agreed seat in every lesson.
By the end of the spring term 2027, Amina will have met a counsellor for the sessions planned, and will say at her review that she knows who she can talk to about her sight.""",
            "G": """\
Provision for the 2026/27 school year:
1. A habilitation specialist (a mobility teacher for children with sight loss) from the Sensory Support Service will teach Amina safe routes around the school in 30-minute sessions every two weeks in the autumn term and once a month after that.
2. Her teachers will wear her radio aid transmitter in every lesson and seat her with her back to the window and with good lighting, as advised by the qualified teacher of the deaf and the qualified teacher of children with vision impairment, who will each visit once a half term for an hour.
3. Amina will leave lessons five minutes early to avoid crowded corridors, with a pass from her head of year, at every lesson change.
4. A counsellor from the Regional Deafblind Service, who is qualified in counselling young people with sight and hearing loss, will see Amina for six 45-minute sessions in the autumn and spring terms.""",
        },
        tags=("clean", "usher-syndrome", "rare", "multi-sensory", "ks3", "numbered"),
    ),
    Case(
        name="cp-y3-botulinum-should-and-good",
        sections={
            "C": """\
Archie (7) has cerebral palsy affecting his left arm and leg. He had botulinum toxin injections into his calf in May 2026 to reduce tightness. He walks with a limp and falls on uneven ground. He uses mainly his right hand, and needs help to open his lunch and do up his coat.""",
            "E": """\
By July 2027, Archie will walk across the field to the far playground without falling, on 4 days out of 5.
By July 2027, Archie will open his own lunch box and yoghurt and do up his coat zip on his own every day.""",
            "G": """\
For the 2026/27 school year:
A teaching assistant trained by the physiotherapist will do Archie's 15-minute balance and walking programme with him every morning, and put on his splint each day.
The physiotherapist will review his programme at school once every half term.
An adult should help Archie at lunch.
The occupational therapist will give his teaching assistant a written hand-skills programme in September 2026, which the trained teaching assistant will do with him for 10 minutes each afternoon.""",
        },
        expected=(
            ("drug_name", "C", "botulinum toxin"),
            ("unspecified_provision", "G", "should"),
            ("no_provider", "G", "An adult should help Archie at lunch."),
        ),
        tags=("cerebral-palsy", "ks1", "drug", "hedge", "mixed-good-bad", "month-may"),
    ),
    Case(
        name="adhd-y2-medicine-at-school-clean",
        sections={
            "C": """\
Health needs
Jayden (6) has attention deficit hyperactivity disorder (ADHD), diagnosed by the community paediatrician in May 2026. He finds it very hard to sit still, wait his turn and keep his attention on a task for more than two or three minutes. He takes an ADHD medicine each morning and a second dose at lunchtime, which must be given in school.""",
            "E": """\
By July 2027, Jayden will take his lunchtime medicine at the right time every school day, with no missed doses recorded.
By the end of Year 2 (July 2027), Jayden will stay on task for 10 minutes in phonics and maths lessons, with his timer and movement breaks, on 4 days out of 5, recorded by his class teacher.""",
            "G": """\
Provision for Year 2 (2026/27 school year):
- The school's medicines lead, trained by the school nurse in giving medicines, will give Jayden his lunchtime dose at 12.15 every school day and record it on his medicine chart, following the written instructions from the community paediatrician.
- His class teacher will give him a sand timer for each task and a two-minute movement break every 10 minutes in phonics and maths lessons.
- The community paediatrician will review Jayden in clinic every six months and write to school after each appointment with any change to his medicine or the advice for school.""",
        },
        tags=("clean", "adhd", "ks1", "medicine-in-school", "month-may"),
    ),
    Case(
        name="dietetic-advice-empty-author",
        kind="advice",
        sections={
            "needs": """\
Sofia (13) has coeliac disease, so she must not eat any food that contains gluten (found in wheat, barley and rye). Even small amounts make her ill with tummy pain and tiredness for days. She has had several reactions after school cookery lessons and class parties.""",
            "outcomes": """\
By July 2027, Sofia will eat only gluten-free food at school, with no reactions recorded after school meals, cookery lessons or events.""",
            "provision": """\
For the 2026/27 school year:
- The school catering manager, trained by the community dietitian in gluten-free food preparation, will prepare a gluten-free lunch for Sofia every school day.
- Her food technology teacher will provide gluten-free ingredients and separate equipment for Sofia in every cookery lesson.""",
            "author": "",
        },
        expected=(
            ("advice_no_author", "author", ""),
        ),
        tags=("coeliac", "ks3", "advice", "no-author"),
    ),
    Case(
        name="ptsd-looked-after-y7-clean",
        sections={
            "C": """\
Emotional and mental health
Kaya (12) is looked after and has lived with her foster family since March 2025. She has post-traumatic stress disorder, a condition that can follow frightening events: loud voices, slammed doors and being touched from behind bring back memories of her early life, and she freezes or runs. She has nightmares most nights and is often tired in the morning. She is being seen weekly by a therapist from the Children in Care Mental Health Service.""",
            "E": """\
By the end of Year 7 (July 2027), when Kaya feels frightened in school she will use her calm card to go to her safe space, and return to lessons within 15 minutes, on 4 out of 5 occasions, recorded by her key adult.
By the end of the spring term 2027, Kaya will arrive at school on time on at least 4 days out of 5 and say she feels ready to learn at her morning check-in, recorded by her key adult.""",
            "G": """\
Provision for the 2026/27 school year:
- Kaya's key adult, a learning mentor trained by the Children in Care Mental Health Service in supporting children who have been through frightening experiences, will meet her for 10 minutes at the school gate every morning for her check-in, and be her named adult when she needs help.
- All of Kaya's teachers will be briefed by her key adult at the start of each term to avoid raised voices and not to approach her from behind, and will let her use her calm card in every lesson.
- A safe space in the learning support base will be kept free for her use at any time during the school day; the learning support base manager will make sure it is open.
- Her therapist from the Children in Care Mental Health Service will continue weekly 50-minute sessions until at least July 2027, and will meet her key adult and foster carer for an hour each half term.""",
        },
        tags=("clean", "mental-health", "ptsd", "looked-after", "ks3"),
    ),
    Case(
        name="autism-epilepsy-y5-mostly-good-one-hedge-semh",
        sections={
            "C": """\
Health needs
Lucas (9) is autistic and has epilepsy. His seizures are mostly short absences (staring spells of a few seconds), several times a day, and he has had two longer seizures at school this year, where he fell and jerked for about two minutes. He has SEMH needs linked to anxiety about his seizures, and he becomes withdrawn after a seizure.""",
            "E": """\
By July 2027, Lucas will tell his teaching assistant when he has felt 'funny' or lost time, and catch up on what he missed, on every occasion recorded in his seizure diary.
By the end of Year 5 (July 2027), Lucas will take part in his weekly worry group and say at his review that he is less frightened about having a seizure at school.""",
            "G": """\
For the 2026/27 school year:
- His teaching assistant, trained by the epilepsy nurse specialist, will record every absence she sees in his seizure diary, and repeat what he missed.
- If Lucas has a seizure with falling and jerking, a trained member of staff will follow his epilepsy care plan, time the seizure and call 999 if it lasts five minutes.
- Lucas will go to a weekly 30-minute worry group with the trained emotional literacy support assistant.
- After a longer seizure, Lucas will rest in the quiet room where possible, supervised by his trained teaching assistant.""",
        },
        expected=(
            ("acronym", "C", "SEMH"),
            ("unspecified_provision", "G", "where possible"),
        ),
        tags=("autism", "epilepsy", "ks2", "mixed-good-bad", "hedge"),
    ),
]

# --- part 7 -------------------------------------------------------------------------------

BLIND += [
    Case(
        name="epilepsy-nurse-advice-unthreaded-sleep",
        kind="advice",
        sections={
            "needs": """\
Epilepsy nursing advice
Ruby-Jo (13) has a type of epilepsy that mostly affects her in the mornings: she has sudden jerks of her arms, and she drops things; she has had two seizures with falling and shaking at school, both after late nights.
She also has heavy periods that make her very tired and cause her to miss school for two days each month.""",
            "outcomes": """\
By the end of Year 8 (July 2027), Ruby-Jo will tell her form tutor on arrival if she has had jerks that morning, on every occasion, so that she can avoid practical science that day, as recorded on her health log.""",
            "provision": """\
For the 2026/27 school year:
- Two first aiders in her year team, trained by me in her epilepsy care plan, will follow the plan and call 999 if a seizure lasts five minutes.
- Her form tutor will check with Ruby-Jo at registration every morning whether she has had jerks, and tell her science teacher, who will give her a non-practical task that day.
- I will see Ruby-Jo in the epilepsy clinic every four months and update her care plan after each visit.""",
            "author": "Siobhan Tremayne, Children's Epilepsy Nurse Specialist, Castlegate Children's Hospital, 29 October 2026",
        },
        expected=(
            ("golden_thread", "needs", "She also has heavy periods that make her very tired and cause her to miss school for two days each month."),
        ),
        tags=("epilepsy", "ks3", "advice", "golden-thread"),
    ),
    Case(
        name="qtvi-advice-vision-clean",
        kind="advice",
        sections={
            "needs": """\
Advice from the Sensory Support Service (vision)
I am a qualified teacher of children with vision impairment and have worked with Elijah since he was 18 months old.
Elijah (4) has very little sight because the nerves that carry messages from his eyes to his brain did not develop fully. He can see light, and large bright objects close to his face, but not pictures or faces across a room. He explores by touch and sound. He is starting Reception at St Barnabas Primary in September 2026 and does not yet know the building.""",
            "outcomes": """\
By the end of Reception (July 2027), Elijah will find his way from the classroom door to his peg, the toilet and the carpet area on his own, using the touch markers, every school day.
By the end of Reception, Elijah will recognise his name in large braille on his peg, drawer and chair, and find them himself.
By July 2027, Elijah will join in with every group story time using the objects in his story bag.""",
            "provision": """\
Provision for the 2026/27 school year:
- I will visit Elijah in school for one hour every week to teach early braille skills and to show his teaching assistant how to prepare his work.
- His teaching assistant, trained by me in preparing touch resources and guiding, will be with Elijah for all classroom sessions and playtimes, every school day.
- A habilitation specialist (a mobility teacher for children with sight loss) from the Sensory Support Service will teach Elijah his routes around school for 30 minutes twice a week in the first half of the autumn term, then weekly until the end of Reception.
- His class teacher will make a story bag of real objects for every group story, with help from his teaching assistant.""",
            "author": "Marguerite Osei, Qualified Teacher of Children with Vision Impairment, Hartmoor Sensory Support Service, 26 June 2026",
        },
        tags=("clean", "vision", "early-years", "reception", "advice"),
    ),
    Case(
        name="camhs-advice-should-consider-no-frequency",
        kind="advice",
        sections={
            "needs": """\
Mental health advice
Harrison (10) has been seen by the Children and Young People's Mental Health Service since January 2026 because of very angry outbursts at school and at home. We have found no mental illness; his anger is linked to worry about his parents' separation.""",
            "outcomes": """\
By the end of Year 6 (July 2027), Harrison will use his feelings thermometer to tell an adult when he is getting angry, and take a calm break, before an outburst on 4 out of 5 occasions, recorded by his class teacher.""",
            "provision": """\
School should consider a nurture group.
His teaching assistant will use the feelings thermometer with Harrison throughout the day.
Our family therapist will offer Harrison and each parent six sessions of family work, every two weeks, from November 2026, each 60 minutes.""",
            "author": "Dr Gideon Achterberg, Consultant Child and Adolescent Psychiatrist, Children and Young People's Mental Health Service, 6 November 2026",
        },
        expected=(
            ("unspecified_provision", "provision", "should"),
            ("no_frequency", "provision", "School should consider a nurture group."),
            ("no_duration", "provision", "School should consider a nurture group."),
            ("no_provider", "provision", "School should consider a nurture group."),
            ("no_duration", "provision", "His teaching assistant will use the feelings thermometer with Harrison throughout the day."),
            ("no_provider", "provision", "His teaching assistant will use the feelings thermometer with Harrison throughout the day."),
        ),
        tags=("mental-health", "ks2", "advice", "hedge"),
    ),
    Case(
        name="bladder-bowel-advice-clean-18",
        kind="advice",
        sections={
            "needs": """\
Continence advice
Aleksander is 18 and in his first year at Sandhurst Road College on a life skills course. He has cerebral palsy and a learning disability. He is dry during the day with help, but needs to be reminded and helped to use the toilet every three hours, as he does not always notice that he needs to go. He uses a urine bottle because he cannot stand at a urinal, and needs help to adjust his clothes.""",
            "outcomes": """\
By the end of his first college year (July 2027), Aleksander will ask to go to the toilet himself, using his 'toilet' symbol, at least twice each college day, and have no wetting accidents in college in the summer term.""",
            "provision": """\
For the 2026/27 college year:
- His support worker, trained by me in his continence plan and in intimate care, will take Aleksander to the accessible toilet at 10.00, 13.00 and 15.30 every college day, and whenever he uses his 'toilet' symbol, and help him with his urine bottle and clothes.
- I will review his continence plan with Aleksander and his support worker at college once a term, for 45 minutes.""",
            "author": "Hollie Brandreth, Specialist Continence Nurse (Adults and Young People), Sandhurst Community Health Services, 14 September 2026",
        },
        tags=("clean", "continence", "cerebral-palsy", "post-16", "advice"),
    ),
    Case(
        name="hearing-plan-otitis-jargon",
        sections={
            "C": """\
Hearing and communication
Mason (5) had recurrent otitis media with effusion and had grommets (tiny tubes in the eardrums) put in both ears in June 2026. His hearing is now within the normal range, but his speech is behind that of other children his age because he heard poorly for two years; he leaves off the ends of words and is hard for new adults to understand.""",
            "E": """\
By the end of Year 1 (July 2027), Mason will say the last sound in short words (such as 'cat', 'dog', 'bus') clearly in 8 out of 10 tries, as checked by his speech and language therapist each term.""",
            "G": """\
Provision for Year 1 (2026/27):
- A speech and language therapist will see Mason in school for 30 minutes every two weeks in the autumn and spring terms, and set a sound programme.
- His teaching assistant, trained by the speech and language therapist, will do the sound programme with Mason for 10 minutes every day.
- The ear, nose and throat clinic will check his hearing once in the spring term and send the result to school.""",
        },
        expected=(
            ("jargon", "C", "otitis media with effusion"),
        ),
        tags=("hearing", "speech", "ks1", "jargon"),
    ),
]
