"""Blind set 12i: 100 labelled cases written without seeing the checks (see README.md)."""
# ruff: noqa: E501

from textwrap import dedent

from ..cases import Case


def _t(text: str) -> str:
    """The section text without the indentation of this file and its outer blank lines."""
    return dedent(text).strip("\n")


BLIND = [
    # 1
    Case(
        name="epilepsy-absences-table-clean",
        sections={
            "C": _t("""
                Health needs
                Maisie (age 7) has epilepsy. She has seizures where she stares and stops responding, about three times a week, and occasionally seizures where she falls and shakes.
                After a seizure she is tired and needs to rest before she can learn again.
                Her vision and hearing were checked in 2026 and are normal.
            """),
            "E": _t("""
                - By July 2027, Maisie will tell an adult or show her picture card when she feels a seizure coming, on 4 out of 5 occasions recorded in her seizure diary.
                - By the end of Year 3, Maisie will return to her class work within 30 minutes after 8 out of 10 recorded seizures.
            """),
            "G": _t("""
                Provision | Provided by | How often | How long
                Training for all staff in Maisie's class on her epilepsy care plan, including recognising seizures and first aid | Epilepsy Specialist Nurse, Calderbrook Children's Epilepsy Service | Once a year and when a new adult joins the class | For the 2026/27 and 2027/28 school years
                Her emergency medicine given by a member of staff trained by the Epilepsy Specialist Nurse if a seizure lasts more than 5 minutes, and 999 called | Trained school staff | Each time a seizure lasts more than 5 minutes | While Maisie attends Ryeford Primary School
                A quiet space to rest after a seizure, supervised by her teaching assistant | Teaching assistant trained in her epilepsy care plan | After every seizure, for up to 30 minutes | While Maisie attends Ryeford Primary School
                Review of her epilepsy care plan with her parents and school | Epilepsy Specialist Nurse | Every 6 months | For the 2026/27 and 2027/28 school years
            """),
        },
        tags=("clean", "table", "conditional", "epilepsy"),
    ),
    # 2
    Case(
        name="diabetes-worry-need-without-provision",
        sections={
            "C": _t("""
                Oliver is 11 and has type 1 diabetes, diagnosed in 2026. His blood sugar can go too low or too high during the school day, which makes him shaky, tired and unable to concentrate. Oliver also worries a lot about injections and has become anxious about eating in front of other pupils.
            """),
            "E": _t("""
                By the end of Year 7 (July 2027), Oliver will check his own blood sugar before lunch and before PE on 9 out of 10 school days, with an adult checking the reading.
                By Easter 2027, Oliver will eat his lunch in the dining hall with his friends on at least 3 days a week.
            """),
            "G": _t("""
                Provision for the 2026/27 school year:
                1. The Ashcombe Paediatric Diabetes Nurse Specialist will train two named teaching assistants to check Oliver's blood sugar, give his diabetes medicine through his pump and treat a low blood sugar, in one 2-hour session in September 2026 with a refresher each term.
                2. A trained teaching assistant will supervise Oliver's blood sugar checks before lunch and before PE every school day.
                3. If Oliver's blood sugar is below 4, a trained teaching assistant will give him his treatment for a low blood sugar following his care plan and stay with him until it is above 4.
            """),
        },
        expected=(
            (
                "golden_thread",
                "C",
                "Oliver also worries a lot about injections and has become anxious about eating in front of other pupils.",
            ),
        ),
        tags=("golden_thread", "need-no-provision", "diabetes", "paragraph"),
    ),
    # 3
    Case(
        name="salt-advice-nursery-divided-clean",
        kind="advice",
        sections={
            "needs": _t("""
                Ruby is 4 years old and attends Little Acorns Nursery in Marlstone. She understands short everyday instructions but finds it hard to follow longer ones with two or more steps. She speaks in two- or three-word phrases and many of her words are hard for unfamiliar adults to understand. Ruby gets upset and sometimes hits out when other children do not understand her.
            """),
            "outcomes": _t("""
                - By the end of her Reception year (July 2027), Ruby will follow two-step instructions in class, such as 'get your coat and line up', on 8 out of 10 occasions.
                - By July 2027, Ruby will use sentences of four or more words to ask for help or to join a game, at least 5 times in a session as recorded by nursery staff.
                - By July 2027, Ruby will use her words or her picture board instead of hitting when she is not understood, on 4 out of 5 occasions recorded by her key worker.
            """),
            "provision": _t("""
                I recommend the following for the 2026/27 school year:
                - A speech and language therapist from the Marlstone Children's Speech and Language Therapy Service will visit the setting once each half term for 60 minutes to set Ruby's targets, model activities and review her progress.
                - Her key worker, trained by the speech and language therapist at the first visit, will run a 15-minute language group with Ruby and two other children four times a week.
                - Her key worker will use a visual timetable and a picture choice board with Ruby throughout each nursery session, so she can show what she wants when her words are not understood.
                - The speech and language therapist will give one 45-minute training session on supporting children's talking to all nursery staff in the autumn term of 2026.
            """),
            "author": "Rhiannon Gale, Highly Specialist Speech and Language Therapist, Marlstone Children's Speech and Language Therapy Service, 3 November 2026",
        },
        tags=("clean", "advice-divided", "first-person", "communication", "early-years"),
    ),
    # 4
    Case(
        name="cp-physio-regular-and-as-required",
        sections={
            "C": _t("""
                Health needs
                Jayden is 9 and has cerebral palsy affecting both legs. His legs are stiff and he walks with a walking frame for short distances in school and uses a wheelchair for longer distances.
            """),
            "E": _t("""
                - By July 2027, Jayden will walk with his frame from his classroom to the dining hall (about 40 metres) without stopping, on 4 out of 5 days.
                - By the end of Year 5, Jayden will move himself safely from his wheelchair to a chair in class with one adult standing by, every time, as recorded by his physiotherapist.
            """),
            "G": _t("""
                Physiotherapy provision for the 2026/27 school year
                - A paediatric physiotherapist from Brackenmoor Children's Therapy Service will see Jayden in school once every half term for 45 minutes to review his stretching programme and walking.
                - Jayden will have regular stretches in school from a teaching assistant.
                - The physiotherapist will provide advice to school as required about his equipment.
            """),
        },
        expected=(
            ("unspecified_provision", "G", "regular"),
            (
                "no_frequency",
                "G",
                "Jayden will have regular stretches in school from a teaching assistant.",
            ),
            (
                "no_provider",
                "G",
                "Jayden will have regular stretches in school from a teaching assistant.",
            ),
            ("unspecified_provision", "G", "as required"),
            (
                "no_frequency",
                "G",
                "The physiotherapist will provide advice to school as required about his equipment.",
            ),
        ),
        tags=(
            "unspecified_provision",
            "no_frequency",
            "no_provider",
            "cerebral-palsy",
            "section-period",
        ),
    ),
    # 5
    Case(
        name="autism-sleep-letter-undivided-faults",
        kind="advice",
        sections={
            "advice": _t("""
                Dear Ms Okafor,

                Re: Health advice for an education, health and care needs assessment

                I saw Theo (age 6) in clinic at Fenwick Down Child Development Centre on 12 January 2027 with his mother. Theo has a diagnosis of autism, made in 2026, and severe sleep difficulties. He takes a long time to settle and wakes for two or three hours most nights. He currently takes melatonin, which has helped him to fall asleep but not to stay asleep. His mother reports that he is often exhausted at school.

                Theo has hypotonia in his hands which makes holding a pencil tiring. I have referred him to the OT service.

                Theo's hearing was tested in 2026 and was normal.

                Yours sincerely,

                Dr Samuel Achebe
                Consultant Community Paediatrician
                Fenwick Down Child Development Centre
                19 January 2027
            """),
        },
        expected=(
            ("drug_name", "advice", "melatonin"),
            ("jargon", "advice", "hypotonia"),
            ("acronym", "advice", "OT"),
        ),
        tags=("drug_name", "jargon", "acronym", "advice-undivided", "letter", "autism", "sleep"),
    ),
    # 6
    Case(
        name="asthma-pe-teacher-clean",
        sections={
            "C": _t("""
                Priya (age 13) has asthma. Her asthma is triggered by cold air and exercise, and she sometimes needs her reliever inhaler during PE and at break times.
                Priya has no other health needs.
            """),
            "E": _t("""
                By July 2027, Priya will take her reliever inhaler before PE without being reminded, in 9 out of 10 lessons recorded by her PE teacher.
            """),
            "G": _t("""
                The following provision applies until Priya's next annual review.
                - Priya's PE teacher, trained in asthma care by the Westerleigh School Nursing Team, will make sure she takes her inhaler before every PE lesson and will stop the activity if she becomes breathless.
                - Priya's form tutor will check at registration each morning that she has her reliever inhaler with her for break times and lessons.
                - The Westerleigh School Nursing Team will deliver one 1-hour asthma awareness session to all PE staff in September 2026 and update Priya's individual healthcare plan with her parents once each term.
            """),
        },
        tags=("clean", "section-period", "asthma", "teacher-provider"),
    ),
    # 7
    Case(
        name="gastrostomy-feed-no-period-passive",
        sections={
            "C": _t("""
                Health needs
                Amara is 5 and has a gastrostomy, a feeding tube that goes directly into her stomach, because she cannot swallow safely. All her food and drink go through the tube. She also has reflux (stomach contents coming back up) and can be sick after feeds.
            """),
            "E": _t("""
                - By July 2027, Amara will sit calmly for her lunchtime tube feed in the school medical room and then join her friends in the playground on 4 out of 5 school days.
                - By the end of Reception, Amara will be sick at school no more than once a week, as recorded in her feeding chart.
            """),
            "G": _t("""
                - The Oakhurst Children's Community Nursing Team will train two named teaching assistants in Amara's tube feeding and care of the skin around her feeding tube, with a 2-hour session in September 2026 and a refresher every six months until July 2028.
                - A trained teaching assistant will give Amara's tube feed at lunchtime every school day.
                - Amara will be kept upright for 30 minutes after every feed.
            """),
        },
        expected=(
            (
                "no_duration",
                "G",
                "A trained teaching assistant will give Amara's tube feed at lunchtime every school day.",
            ),
            ("no_provider", "G", "Amara will be kept upright for 30 minutes after every feed."),
        ),
        tags=("no_duration", "no_provider", "gastrostomy", "bullets"),
    ),
    # 8
    Case(
        name="dmd-physio-advice-no-author-line",
        kind="advice",
        sections={
            "needs": _t("""
                Leo is 16 and has Duchenne muscular dystrophy, a condition that makes his muscles weaker over time. He now uses a powered wheelchair all the time. He cannot stand to transfer and needs a hoist and two adults to move him from his wheelchair to the toilet or a changing bed. His arms tire quickly when writing.
            """),
            "outcomes": _t("""
                - By July 2027, Leo will direct the two adults who help him with the hoist, telling them each step, on every transfer recorded in his care log.
                - By the end of Year 12, Leo will produce at least 80% of his written coursework by speaking to voice-recognition software.
            """),
            "provision": _t("""
                - A paediatric physiotherapist from Greyhaven Neuromuscular Physiotherapy Service will train the staff who hoist Leo, in a 90-minute session at the start of each term for the 2026/27 school year.
                - Two adults trained in moving and handling by the physiotherapist will hoist Leo for every transfer while he attends Greyhaven Sixth Form.
                - An occupational therapist from Greyhaven Children's Occupational Therapy Service will set up voice-recognition software with Leo in two 1-hour sessions in September 2026 and review its use once a term until July 2027.
            """),
        },
        expected=(("advice_no_author", "author", ""),),
        tags=("advice_no_author", "advice-divided", "neuromuscular", "young-person"),
    ),
    # 9
    Case(
        name="autism-sensory-eating-lay-clinical-clean",
        sections={
            "C": _t("""
                Kacper is 8 and is autistic. Loud, busy places such as assembly and the dinner hall are very hard for him: he covers his ears, hides under tables and sometimes runs out of the room. He only eats a small number of dry foods.
            """),
            "E": _t("""
                1. By July 2027, Kacper will stay in the dinner hall for his whole lunch, using his ear defenders, on 4 out of 5 days.
                2. By July 2027, Kacper will have added three new foods to the ones he eats at school, as recorded by his parents and class teacher.
            """),
            "G": _t("""
                All provision below is for the 2026/27 school year.
                1. An occupational therapist from the Pelham Cross Sensory Processing Service will assess Kacper's sensory processing (how his brain handles sounds, touch and movement) in school in one 2-hour visit in September 2026 and write a sensory plan.
                2. Kacper's class teacher and teaching assistant, trained by the occupational therapist in a 1-hour session after the assessment, will follow his sensory plan every school day, including ear defenders and a quiet exit route from the hall.
                3. A dietitian from the Pelham Cross Children's Feeding Clinic will see Kacper and his parents for 45 minutes once every 8 weeks to widen the range of foods he eats at home and at school.
            """),
        },
        tags=("clean", "lay-clinical", "autism", "numbered", "section-period"),
    ),
    # 10
    Case(
        name="hearing-aids-nursery-table-one-off-clean",
        sections={
            "C": _t("""
                Health needs
                Freya (age 3) has a permanent moderate hearing loss in both ears and wears hearing aids. Without her hearing aids she misses most speech. She is not yet using words to ask for things and relies on pointing.
            """),
            "E": _t("""
                By her move to Reception in September 2027, Freya will wear her hearing aids for the whole nursery session on 9 out of 10 days.
                By July 2027, Freya will use at least 20 single words or signs to ask for things at nursery, as recorded by her key worker.
            """),
            "G": _t("""
                Provision | Who | How often | For how long
                A visit to Sunbeams Nursery to check the listening environment and show staff how to check and fit her hearing aids | Paediatric audiologist, Kingsmere Children's Hearing Service | Once, in October 2026 | One 90-minute visit
                A check that her hearing aids work and are worn, by her key worker trained at the audiologist's visit | Key worker | Every morning on arrival | Until Freya starts school
                Home and nursery visits to develop her words and signs | Qualified Teacher of the Deaf, Kingsmere Sensory Support Service | Every 2 weeks, 1 hour | For the 2026/27 school year
            """),
        },
        tags=("clean", "table", "one-off", "hearing", "early-years"),
    ),
    # 11
    Case(
        name="tracheostomy-dietitian-meets-no-need",
        sections={
            "C": _t("""
                Health needs
                Ibrahim is 4 and has a tracheostomy, a small tube in the front of his neck that he breathes through. The tube can block with mucus and needs suction (clearing the tube with a small pump) several times a day. If the tube comes out or blocks fully, he cannot breathe and needs an emergency tube change.
            """),
            "E": _t("""
                - By July 2027, Ibrahim will tell or sign to an adult when his tube feels blocked, on 4 out of 5 occasions recorded in his care log.
                - By the end of his Reception year, Ibrahim will play outdoors every day with his trained carer close by, on 4 out of 5 days recorded by his class teacher.
            """),
            "G": _t("""
                - A carer from the Stanmoor Children's Complex Care Team, trained and signed off as competent by the Children's Community Nursing Team, will be with Ibrahim for the whole school day, every school day for the 2026/27 school year.
                - The trained carer will suction Ibrahim's tube whenever it sounds bubbly or he signs that it feels blocked, following his care plan, for the 2026/27 school year.
                - The Stanmoor Children's Community Nursing Team will check the carer's competence in emergency tube changes every 3 months for the 2026/27 school year.
                - A dietitian from Stanmoor Community Nutrition Service will review Ibrahim's weight and diet once a term for the 2026/27 school year.
            """),
        },
        expected=(
            (
                "golden_thread",
                "G",
                "A dietitian from Stanmoor Community Nutrition Service will review Ibrahim's weight and diet once a term for the 2026/27 school year.",
            ),
        ),
        tags=("golden_thread", "provision-no-need", "tracheostomy", "conditional"),
    ),
    # 12
    Case(
        name="dcd-ot-advice-first-person-clean",
        kind="advice",
        sections={
            "needs": _t("""
                I assessed Nathan (age 12) at Calderbrook Academy on 4 February 2027. Nathan has developmental coordination disorder (DCD), which means his brain finds it hard to plan and organise movements. His handwriting is slow and hard to read, and he cannot keep up with copying from the board. He is very slow changing for PE and is often late for the lesson, which upsets him.
            """),
            "outcomes": _t("""
                - By July 2027, Nathan will type his longer pieces of work on a laptop at 20 words per minute, as measured by his form tutor in a timed test.
                - By July 2027, Nathan will be changed and ready for PE on time in 4 out of 5 lessons.
            """),
            "provision": _t("""
                For the 2026/27 and 2027/28 school years I recommend:
                - Nathan will use a school laptop in every lesson that needs more than half a page of writing; his form tutor will check each Monday that it is charged and working.
                - A teaching assistant trained by me in teaching touch-typing will run a 20-minute touch-typing session with Nathan three times a week in the autumn and spring terms.
                - His PE teacher will let Nathan start changing in the accessible changing room 5 minutes before the rest of the class, before each PE lesson.
                - I will review Nathan's progress in one 1-hour school visit each term.
            """),
            "author": "Hannah Ferreira, Children's Occupational Therapist, Calderbrook Children's Therapy Service, 11 February 2027",
        },
        tags=("clean", "advice-divided", "first-person", "coordination", "acronym-expanded"),
    ),
    # 13
    Case(
        name="low-mood-outcomes-not-measurable",
        sections={
            "C": _t("""
                Section C: Health needs
                Skye is 15. Since 2026 she has had periods of very low mood and has self-harmed. She is under the care of the Ryeford Child and Adolescent Mental Health Service. Skye finds crowded corridors and unstructured times very stressful, and her attendance has fallen to 60%.
            """),
            "E": _t("""
                - Skye will feel happier and more confident in school.
                - By the end of the spring term 2027, Skye will attend at least 85% of her timetabled lessons, as recorded on the school register.
                - Skye will manage her emotions better.
            """),
            "G": _t("""
                Provision for the 2026/27 school year
                - A mental health practitioner from the Ryeford Child and Adolescent Mental Health Service will see Skye for 50-minute sessions of cognitive behavioural therapy (a talking therapy that looks at how thoughts affect feelings) every week for 12 weeks from October 2026, then every 2 weeks.
                - Skye's head of year will meet her for 15 minutes at the start of every school day to plan her day.
                - Her head of year will give Skye a pass to leave each lesson 5 minutes early to avoid crowded corridors.
            """),
        },
        expected=(
            ("outcome_not_smart", "E", "Skye will feel happier and more confident in school."),
            ("outcome_not_smart", "E", "Skye will manage her emotions better."),
        ),
        tags=("outcome_not_smart", "mental-health", "section-period"),
    ),
    # 14
    Case(
        name="down-syndrome-capital-headings-clean",
        sections={
            "C": _t("""
                SECTION C - HEALTH NEEDS
                HARRY'S HEALTH
                Harry is 10 and has Down syndrome. He has a mild hearing loss in both ears from glue ear (fluid behind the eardrum) and wears a hearing aid in his left ear. Harry gets frequent chest infections in winter and missed about 15 days of school last year because of them. Harry's thyroid gland is underactive; this is treated at home and does not affect his school day.
            """),
            "E": _t("""
                OUTCOMES
                - By July 2027, Harry will tell an adult when his hearing aid is whistling or not working, on 4 out of 5 occasions recorded by his teaching assistant.
                - By the end of Year 6, Harry will blow his nose and wash his hands without prompting after every break on 4 out of 5 days, as recorded on his daily chart.
            """),
            "G": _t("""
                HEALTH PROVISION (FOR THE 2026/27 AND 2027/28 SCHOOL YEARS)
                - A paediatric audiologist from the Elsworth Vale Children's Hearing Service will test Harry's hearing and check his hearing aid every 6 months.
                - Harry's teaching assistant, trained by the Qualified Teacher of the Deaf, will check his hearing aid every morning and change the battery when it is flat.
                - The Elsworth Vale School Nursing Team will teach Harry a hand-washing and nose-blowing routine in three 20-minute sessions in the autumn term of 2026, and his teaching assistant will practise it with him after every break.
                - The school nurse will meet Harry's parents once each term to review his chest infections and school absence.
            """),
        },
        tags=("clean", "capital-headings", "down-syndrome", "section-period"),
    ),
    # 15
    Case(
        name="prader-willi-dietitian-access-to",
        kind="advice",
        sections={
            "needs": _t("""
                Sophie is 14 and has Prader-Willi syndrome, a rare genetic condition that makes her feel hungry all the time. She will look for food in school and has taken food from other pupils' bags. Her weight has gone up by 6 kg in the last year.
            """),
            "outcomes": _t("""
                - By July 2027, Sophie will follow her lunch plan and not take food from others, with no more than one incident a half term recorded by her form tutor.
                - By July 2027, Sophie will keep her weight within 2 kg of her September 2026 weight, checked each term by the school nurse.
            """),
            "provision": _t("""
                - Sophie will have access to a dietitian.
                - A paediatric dietitian from Marlstone Community Nutrition Service will meet Sophie and her parents every 3 months for 45 minutes for the 2026/27 school year to set her meal plan.
                - A member of staff will supervise Sophie at break and lunch every school day for the 2026/27 school year, and food will be stored out of sight as appropriate.
            """),
            "author": "Megan Lloyd, Specialist Paediatric Dietitian, Marlstone Community Nutrition Service, 2 March 2027",
        },
        expected=(
            ("unspecified_provision", "provision", "access to"),
            ("no_frequency", "provision", "Sophie will have access to a dietitian."),
            ("no_duration", "provision", "Sophie will have access to a dietitian."),
            (
                "no_provider",
                "provision",
                "A member of staff will supervise Sophie at break and lunch every school day for the 2026/27 school year, and food will be stored out of sight as appropriate.",
            ),
            ("unspecified_provision", "provision", "as appropriate"),
        ),
        tags=(
            "unspecified_provision",
            "no_frequency",
            "no_duration",
            "no_provider",
            "advice-divided",
            "rare-condition",
        ),
    ),
    # 16
    Case(
        name="sight-impairment-cane-braille-clean",
        sections={
            "C": _t("""
                Health needs
                Esme is 12 and is severely sight impaired because of a condition affecting her retinas (the light-sensitive layer at the back of the eye). She can see large shapes and bright colours but cannot read normal print. She is learning to use a long cane to get around safely.
            """),
            "E": _t("""
                - By the end of Year 8 (July 2027), Esme will travel on her own with her long cane between her form room, the dining hall and the library, as checked by her habilitation specialist each half term.
                - By July 2027, Esme will read braille at 40 words per minute, as measured by her Qualified Teacher of Children with Vision Impairment.
            """),
            "G": _t("""
                Provision from September 2026 to July 2027:
                - A habilitation specialist from the Kingsmere Sensory Support Service will teach Esme long-cane and route skills in school for 1 hour each week.
                - A Qualified Teacher of Children with Vision Impairment from the Kingsmere Sensory Support Service will teach Esme braille for 2 hours each week.
                - A consultant ophthalmologist (eye doctor) from Kingsmere Eye Clinic will review Esme's vision once, in January 2027, and send a written report on print size and lighting to school.
            """),
        },
        tags=("clean", "sight", "one-off", "section-period"),
    ),
    # 17
    Case(
        name="continence-plan-follow-no-how-often",
        sections={
            "C": _t("""
                Health needs
                Mason is 7 and has autism and a learning disability. He is not yet toilet trained in the day and wears pads. He does not show when he is wet or soiled.
            """),
            "E": _t("""
                By July 2027, Mason will sit on the toilet when taken at set times and pass urine on the toilet at least twice a day, as recorded on his toileting chart.
                By the end of Year 3, Mason will show his 'toilet' picture card to an adult when he needs changing, on 3 out of 5 occasions.
            """),
            "G": _t("""
                - The Fenwick Down Children's Continence Service will assess Mason at home and school in one 1-hour visit in October 2026 and write a toileting plan.
                - Mason's teaching assistant, trained by the continence nurse in his toileting plan, will follow the plan with Mason in school.
                - The Fenwick Down Children's Continence Service will supply 4 pads a day for school use until the next annual review.
            """),
        },
        expected=(
            (
                "no_frequency",
                "G",
                "Mason's teaching assistant, trained by the continence nurse in his toileting plan, will follow the plan with Mason in school.",
            ),
            (
                "no_duration",
                "G",
                "Mason's teaching assistant, trained by the continence nurse in his toileting plan, will follow the plan with Mason in school.",
            ),
        ),
        tags=("no_frequency", "no_duration", "continence", "autism"),
    ),
    # 18
    Case(
        name="heart-clinic-letter-undivided-hedges-clean",
        kind="advice",
        sections={
            "advice": _t("""
                Health advice: heart (cardiology)

                I am writing about Grace, who is 9, following her review in the children's heart clinic at Harrowfield Children's Hospital on 8 March 2027.

                Grace was born with a heart condition called tetralogy of Fallot (four linked problems in the structure of the heart) and had an operation to repair it when she was a baby. Her heart now works well. She can take part in all school activities including PE and swimming, but she may get tired sooner than her friends, and she should be allowed to stop and rest when she asks.

                She does not need any medicine in school and has no other health needs that affect her learning.

                I will see Grace again in clinic in a year's time.

                Dr Eleanor Whitcombe
                Consultant Paediatric Cardiologist
                Harrowfield Children's Hospital NHS Foundation Trust
                15 March 2027
            """),
        },
        tags=("clean", "advice-undivided", "letter", "hedges-outside-provision", "heart"),
    ),
    # 19
    Case(
        name="night-seizures-should-where-possible",
        sections={
            "C": _t("""
                Health needs
                Noah (age 14) has epilepsy with seizures mainly at night and in the early morning. On mornings after a night seizure he is very drowsy and cannot concentrate until late morning.
            """),
            "E": _t("""
                - By July 2027, Noah will use his rest card to go to the learning base for a 20-minute rest on mornings after a night seizure, on every occasion recorded by his head of year.
                - By July 2027, Noah will catch up on missed morning work within one week, on 4 out of 5 occasions, checked by his form tutor.
            """),
            "G": _t("""
                All provision is for the 2026/27 school year.
                - On mornings after a night seizure, reported by his parents by phone, Noah should be allowed a 20-minute rest in the learning base supervised by the learning base manager, trained in epilepsy first aid by the Stanmoor Epilepsy Nursing Team.
                - Noah's form tutor will give him copies of missed morning notes each Friday where possible.
                - The Stanmoor Epilepsy Nursing Team will train all staff who teach Noah in epilepsy awareness and first aid in one 1-hour session in September 2026.
            """),
        },
        expected=(
            ("unspecified_provision", "G", "should"),
            ("unspecified_provision", "G", "where possible"),
        ),
        tags=("unspecified_provision", "epilepsy", "conditional", "section-period"),
    ),
    # 20
    Case(
        name="scoliosis-brace-table-clean",
        sections={
            "C": _t("""
                Health needs
                Lola is 13 and has scoliosis (a sideways curve of the spine) linked to her cerebral palsy. She wears a back brace during the school day. The brace rubs her skin and she needs help to take it off and put it on. She cannot sit on a standard chair for more than 20 minutes without pain.
            """),
            "E": _t("""
                - By July 2027, Lola will tell an adult when her brace is rubbing or sore, every time, as recorded in her brace log.
                - By the end of Year 9, Lola will sit through a full 50-minute lesson in her adapted chair without asking to stop because of pain, on 4 out of 5 days.
            """),
            "G": _t("""
                Provision | Provider | Frequency | Duration
                Training for two named teaching assistants to take off, check and refit Lola's brace and check her skin | Orthotist (brace specialist), Calderbrook Orthotics Service | One 1-hour session in September 2026, then once a term | 2026/27 school year
                Removing and refitting the brace for PE and whenever Lola reports rubbing | Teaching assistant trained by the orthotist | Before and after every PE lesson and each time she reports rubbing | 2026/27 school year
                Assessment for and supply of an adapted classroom chair | Occupational therapist, Calderbrook Children's Therapy Service | One assessment visit in October 2026, with a review once a term | 2026/27 school year
            """),
        },
        tags=("clean", "table", "conditional", "scoliosis"),
    ),
    # 21
    Case(
        name="adhd-paediatric-advice-drug-and-acronym",
        kind="advice",
        sections={
            "needs": _t("""
                Reece is 10 and was diagnosed with ADHD in 2026. He finds it very hard to stay in his seat, waits for his turn with difficulty and loses focus after a few minutes of a task. He is taking methylphenidate each morning, which helps him to focus until early afternoon. His appetite at lunchtime is poor because of his medicine.
            """),
            "outcomes": _t("""
                - By July 2027, Reece will stay on a set task for 10 minutes with one reminder, in 4 out of 5 lessons, as recorded by his class teacher.
                - By July 2027, Reece will eat at least half of his lunch on 4 out of 5 days, as recorded by his class teacher.
            """),
            "provision": _t("""
                - Reece's class teacher will give him a 5-minute movement break after every 15 minutes of seated work, every school day for the 2026/27 school year.
                - I will review Reece in the community paediatric clinic every 6 months for the 2026/27 and 2027/28 school years, including his weight and appetite.
                - Reece's class teacher will give him a mid-morning snack sent from home at 10:30 every school day for the 2026/27 school year.
            """),
            "author": "Dr Tomasz Wielgosz, Specialty Doctor in Community Paediatrics, Oakhurst Community Child Health, 21 April 2027",
        },
        expected=(
            ("acronym", "needs", "ADHD"),
            ("drug_name", "needs", "methylphenidate"),
        ),
        tags=("acronym", "drug_name", "advice-divided", "adhd", "first-person"),
    ),
    # 22
    Case(
        name="smith-magenis-sleep-chewy-clean",
        sections={
            "C": _t("""
                Health needs
                Alfie is 6 and has Smith-Magenis syndrome, a rare genetic condition. His body clock is reversed, so he is sleepy in the day and awake for long periods at night. He often falls asleep in class after lunch. When very tired, he bites his hand.
            """),
            "E": _t("""
                By July 2027, Alfie will stay awake and take part in afternoon lessons on 3 out of 5 days, as recorded on his sleep and alertness chart.
                By July 2027, Alfie will use his chewy toy or ask for a break instead of biting his hand, in 4 out of 5 recorded incidents.
            """),
            "G": _t("""
                For the school year 2026-27:
                - A sleep practitioner from the Ryeford Children's Sleep Service will work with Alfie's parents in six 1-hour home visits, one every 2 weeks from September 2026, to build a bedtime routine.
                - Alfie's class teacher will plan a 15-minute movement and outdoor break after lunch every school day.
                - An occupational therapist from Ryeford Children's Therapy Service will provide a chewy toy and show his teaching assistant how to offer it when he starts to bite, in one 1-hour visit in September 2026, with a review visit in January 2027.
                - His teaching assistant, trained by the occupational therapist, will offer the chewy toy each time Alfie starts to bite his hand.
            """),
        },
        tags=("clean", "rare-condition", "sleep", "conditional", "section-period"),
    ),
    # 23
    Case(
        name="cp-eating-drinking-advice-jargon",
        kind="advice",
        sections={
            "needs": _t("""
                Ella is 17 and has cerebral palsy. Her videofluoroscopy in January 2027 showed silent aspiration of thin fluids. She has dysarthria, so unfamiliar people find her speech hard to understand, and she uses a communication aid for longer messages.
            """),
            "outcomes": _t("""
                - By July 2027, Ella will have only thickened drinks at college, made up to her plan, on every day recorded in her drinks log.
                - By the end of her first college year (July 2027), Ella will use her communication aid to order her lunch in the college canteen on 4 out of 5 days.
            """),
            "provision": _t("""
                For the 2026/27 college year:
                - A speech and language therapist from the Westerleigh Young People's Therapy Service will train Ella's college support workers to thicken her drinks and help her to drink safely, in one 1-hour session in September 2026 and a refresher in January 2027.
                - Her support workers, trained by the speech and language therapist, will make up and supervise every drink Ella has at college.
                - The speech and language therapist will see Ella at college for 45 minutes every month to develop her use of her communication aid.
            """),
            "author": "Joanne Pryce, Specialist Speech and Language Therapist (Eating and Drinking), Westerleigh Young People's Therapy Service, 2 February 2027",
        },
        expected=(
            ("jargon", "needs", "videofluoroscopy"),
            ("jargon", "needs", "aspiration"),
            ("jargon", "needs", "dysarthria"),
        ),
        tags=("jargon", "advice-divided", "dysphagia", "cerebral-palsy", "young-person"),
    ),
    # 24
    Case(
        name="nut-allergy-passive-pen-lines",
        sections={
            "C": _t("""
                Health needs
                Zara is 5 and has a severe allergy to peanuts and tree nuts. Eating or touching even a small amount could cause anaphylaxis, a severe allergic reaction that can stop her breathing.
            """),
            "E": _t("""
                By July 2027, Zara will ask an adult 'Does this have nuts?' before eating any food that is not from home, on every occasion observed by her class teacher.
            """),
            "G": _t("""
                Provision until the end of Reception (July 2027):
                - The Greyhaven School Nursing Team will train all staff in Zara's class and the lunchtime team in using her allergy pen and her allergy action plan, in one 1-hour session in September 2026 and again in January 2027.
                - Two allergy pens will be kept in her classroom at all times and taken on every trip.
                - If Zara shows any sign of a reaction, her allergy pen will be used and 999 called at once.
            """),
        },
        expected=(
            (
                "no_provider",
                "G",
                "Two allergy pens will be kept in her classroom at all times and taken on every trip.",
            ),
            (
                "no_provider",
                "G",
                "If Zara shows any sign of a reaction, her allergy pen will be used and 999 called at once.",
            ),
        ),
        tags=("no_provider", "anaphylaxis", "conditional", "passive", "section-period"),
    ),
    # 25
    Case(
        name="one-sided-hearing-advice-author-no-date",
        kind="advice",
        sections={
            "needs": _t("""
                Oscar is 8 and has a mild to moderate hearing loss in his right ear only, found at his hearing test on 14 September 2026. He can hear well in quiet places, but in a noisy classroom he misses what is said, especially when the speaker is on his right.
            """),
            "outcomes": _t("""
                By July 2027, Oscar will repeat back class instructions correctly on 4 out of 5 checks made by his class teacher in a normal lesson.
            """),
            "provision": _t("""
                - Oscar's class teacher will seat him near the front with his left (better) ear towards the teacher in every lesson for the 2026/27 school year.
                - A paediatric audiologist from the Kingsmere Children's Hearing Service will retest Oscar's hearing every 6 months until July 2028.
                - A Qualified Teacher of the Deaf from Kingsmere Sensory Support Service will visit school once, in October 2026, for 1 hour to check how noisy the classroom is and advise staff.
            """),
            "author": "Aoife Brennan, Paediatric Audiologist, Kingsmere Children's Hearing Service",
        },
        expected=(
            (
                "advice_no_author",
                "author",
                "Aoife Brennan, Paediatric Audiologist, Kingsmere Children's Hearing Service",
            ),
        ),
        tags=("advice_no_author", "advice-divided", "hearing", "one-off"),
    ),
]
