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
                Leo is 16 and has Duchenne muscular dystrophy, a condition that makes his muscles weaker over time. He now uses a powered wheelchair all the time and cannot stand to transfer, so he needs a hoist and two adults to move him from his wheelchair to the toilet or a changing bed. His arms tire quickly when writing.
            """),
            "outcomes": _t("""
                - By July 2027, Leo will direct the two adults who help him with the hoist, telling them each step, on every transfer recorded in his care log.
                - By the end of Year 12, Leo will produce at least 80% of his written coursework by speaking to voice-recognition software.
            """),
            "provision": _t("""
                - A paediatric physiotherapist from Greyhaven Children's Muscle Conditions Physiotherapy Service will train the staff who hoist Leo, in a 90-minute session at the start of each term for the 2026/27 school year.
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
                - By the end of Year 8 (July 2027), Esme will travel on her own with her long cane between her form room, the dining hall and the library, as checked by her mobility teacher each half term.
                - By July 2027, Esme will read braille at 40 words per minute, as measured by her Qualified Teacher of Children with Vision Impairment.
            """),
            "G": _t("""
                Provision from September 2026 to July 2027:
                - A habilitation specialist (a mobility teacher for children with sight loss) from the Kingsmere Sensory Support Service will teach Esme long-cane and route skills in school for 1 hour each week.
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
                Consultant Paediatric Cardiologist (heart doctor)
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
                Training for two named teaching assistants to take off, check and refit Lola's brace and check her skin | Orthotist (brace specialist), Calderbrook Children's Brace Service | One 1-hour session in September 2026, then once a term | 2026/27 school year
                Removing and refitting the brace for PE and whenever Lola reports rubbing | Teaching assistant trained by the brace specialist | Before and after every PE lesson and each time she reports rubbing | 2026/27 school year
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
    # 26
    Case(
        name="diabetes-pump-college-table-clean",
        sections={
            "C": _t("""
                Health needs
                Daniel is 18 and has type 1 diabetes, which he manages with a pump and a sensor on his arm that reads his blood sugar. He manages most of his care himself. His blood sugar can drop during practical sessions in the college kitchen, and when it is low he becomes confused and cannot work safely.
            """),
            "E": _t("""
                By July 2027, Daniel will check his sensor before and halfway through every practical kitchen session and treat a low blood sugar himself, on 9 out of 10 sessions recorded by his tutor.
            """),
            "G": _t("""
                What | Who | When | How long
                Training for Daniel's catering tutors in spotting and treating a low blood sugar and in his diabetes care plan | Paediatric Diabetes Specialist Nurse, Fenwick Down Young Adult Diabetes Service | One 1-hour session in September 2026 and one in January 2027 | 2026/27 college year
                Checking that Daniel has looked at his sensor before and halfway through each practical session | Catering tutor trained by the diabetes nurse | Every practical session | 2026/27 college year
                Review of Daniel's diabetes care plan with Daniel | Paediatric Diabetes Specialist Nurse | Every 3 months, 30 minutes | Until Daniel moves to the adult diabetes clinic in September 2027
            """),
        },
        tags=("clean", "table", "diabetes", "young-person", "post-16"),
    ),
    # 27
    Case(
        name="adhd-impulsive-road-need-no-outcome",
        sections={
            "C": _t("""
                Section C
                Kai is 9. He has attention deficit hyperactivity disorder (ADHD), diagnosed by the Oakhurst community paediatric team in 2026.
                - Kai finds it very hard to sit still and to listen for more than a few minutes.
                - Kai acts before he thinks, and has run out of the school gate towards the road twice this year.
            """),
            "E": _t("""
                By July 2027, Kai will stay in his seat and listen for 10 minutes in 4 out of 5 whole-class lessons, with a movement break after each, as recorded by his class teacher.
            """),
            "G": _t("""
                Provision for the 2026/27 school year
                - Kai's class teacher will give him a 3-minute movement job after every 10 minutes of carpet time, every school day.
                - A teaching assistant trained in the school's ADHD strategies by the Oakhurst community paediatric nurse will walk with Kai between the classroom, the playground and the gate at every break, lunch and home time.
                - The Oakhurst community paediatric nurse will give a 1-hour training session on ADHD strategies to all staff who work with Kai in September 2026.
            """),
        },
        expected=(
            (
                "golden_thread",
                "C",
                "Kai acts before he thinks, and has run out of the school gate towards the road twice this year.",
            ),
        ),
        tags=("golden_thread", "need-no-outcome", "adhd", "bullets", "section-period"),
    ),
    # 28
    Case(
        name="camhs-letter-acronyms-expanded-clean",
        kind="advice",
        sections={
            "advice": _t("""
                Child and Adolescent Mental Health Services (CAMHS)
                Westerleigh Community Hub

                To: Special Educational Needs Casework Team, Westerleigh Council

                Re: Lily, age 16 - advice for education, health and care (EHC) needs assessment

                Lily has been open to CAMHS since March 2026 with anxiety and obsessive compulsive disorder (OCD). Her OCD means she feels she must repeat checking and washing routines, and this makes her late for lessons and unable to use the school toilets. She is working with me in weekly sessions and is making steady progress.

                In school, Lily is helped most by a key adult she trusts, a plan agreed with her for using a separate toilet, and warning before any change of room or teacher. She would like her teachers to know that she is not being rude when she is late.

                I am happy to attend Lily's review meeting if invited.

                Tom Adeyemi
                Clinical Psychologist, Westerleigh CAMHS
                6 May 2027
            """),
        },
        tags=("clean", "advice-undivided", "letter", "mental-health", "acronym-expanded"),
    ),
    # 29
    Case(
        name="dravet-nurse-advice-brand-and-no-role",
        kind="advice",
        sections={
            "needs": _t("""
                Erin is 11 and has Dravet syndrome, a rare and severe form of epilepsy. She has long seizures, often set off by getting too hot or by illness. If a seizure lasts more than 5 minutes she needs her rescue medicine, Buccolam, which is given into the side of her mouth. After a long seizure she sleeps for several hours.
            """),
            "outcomes": _t("""
                - By July 2027, Erin will tell an adult when she feels too hot, on 4 out of 5 occasions, as recorded by her teaching assistant.
                - By July 2027, Erin will go home safely with her parents after every seizure that needed rescue medicine, as recorded in her seizure log.
            """),
            "provision": _t("""
                - An epilepsy specialist nurse from the Pelham Cross Children's Epilepsy Service will train two named staff to give Erin's rescue medicine, in one 2-hour session in September 2026 and a refresher in March 2027.
                - One of the trained staff will be with Erin at all times in school, every school day for the 2026/27 school year, and will give her rescue medicine if a seizure lasts more than 5 minutes.
                - Her class teacher will keep the classroom below 22 degrees and let Erin sit by the window with a fan, every school day for the 2026/27 school year.
                - After any seizure that needed rescue medicine, her trained staff member will stay with Erin in the medical room until a parent collects her, for the 2026/27 school year.
            """),
            "author": "Caroline Mbeki, Pelham Cross Children's Epilepsy Service, 14 July 2026",
        },
        expected=(
            ("drug_name", "needs", "Buccolam"),
            (
                "advice_no_author",
                "author",
                "Caroline Mbeki, Pelham Cross Children's Epilepsy Service, 14 July 2026",
            ),
        ),
        tags=(
            "drug_name",
            "advice_no_author",
            "advice-divided",
            "epilepsy",
            "rare-condition",
            "conditional",
        ),
    ),
    # 30
    Case(
        name="gastrostomy-residential-college-conditional-clean",
        sections={
            "C": _t("""
                Health needs
                Bethany is 19 and has a severe learning disability and does not use speech. She has a gastrostomy (a feeding tube into her stomach) and has all her feeds, water and medicines through it. She cannot tell staff when she is in pain or unwell, and shows it by crying and pulling at her tube.
            """),
            "E": _t("""
                - By July 2027, Bethany will tolerate her midday tube feed sitting in the common room with her friends on 4 out of 5 college days, as recorded on her feeding chart.
                - By July 2027, Bethany will use her 'pain' symbol card to show staff when she is uncomfortable on at least 3 recorded occasions each half term.
            """),
            "G": _t("""
                Health provision while Bethany attends Ashcombe Residential College (September 2026 to July 2028)
                1. The Ashcombe Community Nursing Team will train named college support workers in tube feeding, care of the skin around the tube and what to do if the tube comes out, in a 3-hour session each September and a 1-hour refresher each January.
                2. A trained support worker will give Bethany's feeds, water and medicines through her tube at the times on her feeding plan every day.
                3. If Bethany's tube comes out, a trained support worker will cover the opening with a clean dressing and take her to the Ashcombe Community Nursing Team clinic or emergency department within 1 hour.
                4. A speech and language therapist from the Ashcombe Adult Learning Disability Team will teach staff and Bethany to use her pain symbol card, in six 45-minute sessions, one every fortnight in the autumn term of 2026.
                5. The Ashcombe Community Nursing Team will check Bethany's tube and the skin around it once a month.
            """),
        },
        tags=(
            "clean",
            "numbered",
            "conditional",
            "gastrostomy",
            "young-person",
            "learning-disability",
        ),
    ),
    # 31
    Case(
        name="hypermobility-pain-outcome-vague-and-no-period",
        sections={
            "C": _t("""
                Health needs
                Maya (age 12) has hypermobile Ehlers-Danlos syndrome, a condition that makes her joints very loose so they can slip out of place. Her knees and hips hurt after walking for more than 10 minutes and after climbing stairs. Her fingers tire and hurt when she writes for long.
            """),
            "E": _t("""
                - Maya will have less pain in school.
                - By July 2027, Maya will write for 20 minutes without stopping because of hand pain in 4 out of 5 lessons, using her writing slope and chunky pen, as recorded by her English teacher.
            """),
            "G": _t("""
                - An occupational therapist from the Harrowfield Children's Therapy Service will assess Maya's writing and provide a writing slope and pen grips in one 1-hour school visit in September 2026.
                - A paediatric physiotherapist from the Harrowfield Children's Therapy Service will see Maya for 30 minutes every 2 weeks to teach her joint-strengthening exercises, from September 2026 to July 2027.
                - Maya's head of year will give her a lift pass to use for every change of lesson between floors.
            """),
        },
        expected=(
            ("outcome_not_smart", "E", "Maya will have less pain in school."),
            (
                "no_duration",
                "G",
                "Maya's head of year will give her a lift pass to use for every change of lesson between floors.",
            ),
        ),
        tags=("outcome_not_smart", "no_duration", "hypermobility", "rare-condition"),
    ),
    # 32
    Case(
        name="toddler-low-tone-physio-advice-clean",
        kind="advice",
        sections={
            "needs": _t("""
                Ayaan is 2 years and 6 months old and attends Busy Bees Nursery in Calderbrook three days a week. He has low muscle tone (his muscles feel floppy and tire easily) linked to a rare chromosome condition. He can sit on his own but is not yet standing or walking. He falls sideways when he reaches for toys, and he gets tired after about 20 minutes of active play.
            """),
            "outcomes": _t("""
                - By September 2027, Ayaan will stand holding on to furniture for 1 minute, on 4 out of 5 attempts seen by his key worker.
                - By March 2027, Ayaan will sit on the floor and reach for toys on both sides without falling, on 4 out of 5 attempts.
            """),
            "provision": _t("""
                My recommendations cover the time until Ayaan starts school in September 2027.
                - A paediatric physiotherapist from the Calderbrook Children's Physiotherapy Service will visit the nursery every 6 weeks for 45 minutes to show staff Ayaan's exercises and update his programme.
                - Ayaan's key worker, trained by the physiotherapist at the first visit, will do his 10-minute standing and sitting exercises with him twice during each nursery day.
                - His key worker will give Ayaan a 10-minute rest on a beanbag after every 20 minutes of active play.
                - The physiotherapist will provide a supportive floor seat for the nursery at the first visit in October 2026.
            """),
            "author": "Niamh Kowalczyk, Senior Paediatric Physiotherapist, Calderbrook Children's Physiotherapy Service, 28 September 2026",
        },
        tags=(
            "clean",
            "advice-divided",
            "first-person",
            "early-years",
            "rare-condition",
            "section-period",
        ),
    ),
    # 33
    Case(
        name="autism-salt-letter-acronyms-and-echolalia",
        kind="advice",
        sections={
            "advice": _t("""
                Speech and Language Therapy report

                Name: Harvey, age 5
                Seen at: Ryeford Infant School, 9 November 2026

                Harvey has a diagnosis of ASD. He uses lots of echolalia, repeating whole sentences from television programmes, and rarely starts a conversation himself. He understands single words and very short phrases when they are supported by pictures. He becomes very distressed when the daily routine changes.

                Harvey will benefit from SALT input in school focusing on attention and understanding, and from a visual timetable used consistently by all adults.

                Aisha Rahman
                Speech and Language Therapist, Ryeford Community Children's Services
                16 November 2026
            """),
        },
        expected=(
            ("acronym", "advice", "ASD"),
            ("jargon", "advice", "echolalia"),
            ("acronym", "advice", "SALT"),
        ),
        tags=("acronym", "jargon", "advice-undivided", "autism", "communication"),
    ),
    # 34
    Case(
        name="provision-only-named-services-clean",
        sections={
            "G": _t("""
                Section G: Health provision
                All health provision in this section is for the 2026/27 school year unless stated otherwise.
                - The Kingsmere Children's Community Nursing Team will train Jack's teaching assistant and class teacher in his continence care in one 1-hour session in September 2026.
                - Jack's teaching assistant, trained by the Children's Community Nursing Team, will help Jack to use the toilet at morning break, after lunch and before home time every school day.
                - A paediatric dietitian from Kingsmere Community Nutrition Service will see Jack and his parents every 3 months for 30 minutes.
                - The community paediatrician at Kingsmere Child Development Centre will review Jack once, in March 2027, and send a letter to school and his parents.
            """),
        },
        tags=(
            "clean",
            "provision-only",
            "continence",
            "named-services",
            "one-off",
            "section-period",
        ),
    ),
    # 35
    Case(
        name="continence-bowel-programme-meets-no-need",
        sections={
            "C": _t("""
                Health needs
                Amelia is 8 and has spina bifida, a condition where the spine did not form fully before birth. She cannot feel when her bladder is full, so she needs her bladder emptied with a thin tube (a catheter) four times a day, including twice in school.
            """),
            "E": _t("""
                - By the end of Year 4 (July 2027), Amelia will tell her teaching assistant when it is time for her catheter, using her watch alarm, on 9 out of 10 school days.
                - By July 2028, Amelia will do her own catheter with one adult watching, on 4 out of 5 occasions recorded by the school nurse.
            """),
            "G": _t("""
                Health provision for the 2026/27 and 2027/28 school years
                - A children's continence nurse from Brackenmoor Children's Continence Service will train two named teaching assistants in Amelia's catheter care in a 2-hour session in September 2026, and check their competence every 6 months.
                - A trained teaching assistant will help Amelia with her catheter at 10:30 and 13:30 every school day in the accessible toilet.
                - The school nurse will teach Amelia to do her own catheter in 20-minute sessions once a week from January 2027.
                - The Brackenmoor Children's Continence Service will run a bowel management programme with Amelia's teaching assistant, reviewed every 3 months.
            """),
        },
        expected=(
            (
                "golden_thread",
                "G",
                "The Brackenmoor Children's Continence Service will run a bowel management programme with Amelia's teaching assistant, reviewed every 3 months.",
            ),
        ),
        tags=("golden_thread", "provision-no-need", "continence", "spina-bifida", "section-period"),
    ),
    # 36
    Case(
        name="no-health-needs-stated-clean",
        sections={
            "C": _t("""
                Health needs
                Tyler has no health needs related to his special educational needs. His hearing and vision were checked by the school nursing team in October 2026 and are normal. He is seen by his GP for occasional hay fever, which does not affect his learning.
            """),
            "G": _t("""
                Health provision
                No health provision is required.
            """),
        },
        tags=("clean", "no-health-needs"),
    ),
    # 37
    Case(
        name="health-visitor-advice-author-no-name",
        kind="advice",
        sections={
            "needs": _t("""
                Rosie is 22 months old. She was born 10 weeks early and spent 8 weeks in hospital. She is not yet walking and has only two words. She was referred to the Child Development Centre in November 2026. Rosie is a poor sleeper and wakes four or five times a night, which is leaving her very tired at nursery.
            """),
            "outcomes": _t("""
                - By her second birthday review in April 2027, Rosie will say or sign 10 words, as recorded by her parents and key worker.
                - By June 2027, Rosie will sleep through from 7pm to 5am on at least 4 nights a week, as recorded in her sleep diary.
                - By September 2027, Rosie will walk five steps on her own, seen by her key worker.
            """),
            "provision": _t("""
                - The health visitor will visit Rosie at home every 4 weeks for 45 minutes until she is assessed at the Child Development Centre, to support her parents with a sleep routine and with play to develop her words.
                - A community nursery nurse from the Elsworth Vale Health Visiting Team, trained in infant sleep, will run six weekly 1-hour sleep sessions with her parents from January 2027.
                - A paediatric physiotherapist from Elsworth Vale Child Development Centre will see Rosie for 45 minutes every month from February 2027 until she starts school.
            """),
            "author": "Specialist Community Public Health Nurse (Health Visitor), Elsworth Vale Health Visiting Team, 7 December 2026",
        },
        expected=(
            (
                "advice_no_author",
                "author",
                "Specialist Community Public Health Nurse (Health Visitor), Elsworth Vale Health Visiting Team, 7 December 2026",
            ),
        ),
        tags=("advice_no_author", "advice-divided", "early-years", "premature", "sleep"),
    ),
    # 38
    Case(
        name="continence-nurse-advice-wetting-clean",
        kind="advice",
        sections={
            "needs": _t("""
                I met Callum (age 10) and his father in the continence clinic on 2 October 2026. Callum has autism and wets himself during the day two or three times a week, usually when he is absorbed in a task and does not notice his bladder is full. He is embarrassed and has started refusing to go on school trips.
            """),
            "outcomes": _t("""
                - By April 2027, Callum will use the toilet at his set times without reminders and stay dry at school on at least 4 out of 5 days, as recorded on his toilet chart.
                - By July 2027, Callum will go on every class trip, as recorded by his class teacher.
            """),
            "provision": _t("""
                For the 2026/27 school year:
                - Our service will supply Callum with a vibrating watch in October 2026, set to remind him to go to the toilet every 2 hours during the school day.
                - His class teacher will let Callum leave the room to use the toilet at each watch reminder, without having to ask.
                - I will review Callum's toilet chart with him and his parents in a 30-minute clinic appointment every 8 weeks.
                - Before every school trip, his class teacher will agree a toilet plan with Callum and make sure a spare set of clothes goes with him.
            """),
            "author": "Gemma Oduya, Children's Continence Nurse Specialist, Stanmoor Community Children's Services, 9 October 2026",
        },
        tags=("clean", "advice-divided", "first-person", "continence", "autism", "conditional"),
    ),
    # 39
    Case(
        name="cp-peer-play-opportunities-for",
        sections={
            "C": _t("""
                Health needs
                Ruben is 6 and has cerebral palsy affecting the left side of his body. His left hand is weak and tight, so he finds it hard to hold his plate, do up buttons and join in with ball games in the playground.
            """),
            "E": _t("""
                - By July 2027, Ruben will hold his plate steady with his left hand while he eats with his right, at 4 out of 5 lunches, as recorded by lunchtime staff.
                - By the end of Year 2, Ruben will do up three large buttons on his coat by himself at home time on 4 out of 5 days.
                - By July 2027, Ruben will join a ball game with his friends at lunchtime at least twice a week, as recorded by his teaching assistant.
            """),
            "G": _t("""
                For the 2026/27 school year:
                - An occupational therapist from Stanmoor Children's Therapy Service will see Ruben in school for 45 minutes every half term to set and review his hand programme.
                - Ruben's teaching assistant, trained by the occupational therapist, will do his 15-minute hand programme with him every morning.
                - Ruben's teaching assistant will give him opportunities for ball games in the playground.
            """),
        },
        expected=(
            ("unspecified_provision", "G", "opportunities for"),
            (
                "no_frequency",
                "G",
                "Ruben's teaching assistant will give him opportunities for ball games in the playground.",
            ),
        ),
        tags=("unspecified_provision", "no_frequency", "cerebral-palsy", "section-period"),
    ),
    # 40
    Case(
        name="migraine-may-month-in-provision-clean",
        sections={
            "C": _t("""
                Health needs
                Ruth is 15 and has frequent migraines (severe headaches with sickness and sensitivity to light), on about two school days a month. During a migraine she cannot read or look at screens and needs to lie down in a dark room.
            """),
            "E": _t("""
                By the end of May 2027, Ruth will recognise the early signs of a migraine and ask for her rest card at the start, on 4 out of 5 occasions recorded by the school nurse.
            """),
            "G": _t("""
                - The school nurse, trained by the Harrowfield Paediatric Headache Clinic, will follow Ruth's migraine plan with her each time she reports the early signs of a migraine, from September 2026 until the end of May 2027.
                - The school nurse will let Ruth rest in the darkened medical room for up to 1 hour whenever she has a migraine, from September 2026 until the end of May 2027.
                - A specialist nurse from the Harrowfield Paediatric Headache Clinic will meet Ruth and the school nurse once, in May 2027, for 45 minutes to review her plan before her exams.
            """),
        },
        tags=("clean", "month-may", "conditional", "one-off", "migraine"),
    ),
    # 41
    Case(
        name="asthma-letter-undivided-two-drug-names",
        kind="advice",
        sections={
            "advice": _t("""
                Dear Sir or Madam,

                I am the children's asthma nurse for Jamal, who is 7. Jamal has severe asthma and has been admitted to Harrowfield Children's Hospital three times in the last year. He uses a preventer inhaler twice a day at home and salbutamol when he is wheezy. After his last admission he needed a course of prednisolone for five days.

                At school, Jamal needs his reliever inhaler and spacer (a plastic tube that fits on the inhaler) with him at all times, including in PE and on trips. Staff need to know the signs of an asthma attack and what to do. Cold air and dust make his asthma worse, so he should stay inside at break on very cold days.

                Jamal missed 21 school days last year because of his asthma and needs help to catch up.

                Yours faithfully,

                Patrick Doyle
                Children's Asthma Nurse Specialist
                Harrowfield Children's Hospital NHS Foundation Trust
                3 March 2027
            """),
        },
        expected=(
            ("drug_name", "advice", "salbutamol"),
            ("drug_name", "advice", "prednisolone"),
        ),
        tags=("drug_name", "advice-undivided", "letter", "asthma"),
    ),
    # 42
    Case(
        name="tracheostomy-ventilation-long-table-clean",
        sections={
            "C": _t("""
                HEALTH NEEDS
                Josh is 14. He has a muscle-weakening condition that affects his breathing muscles. He has a tracheostomy (a breathing tube in his neck) and uses a ventilator (a machine that helps him breathe) at night at home. In school he breathes on his own but needs his tube cleared of mucus, on average four times a day. He cannot cough strongly enough to clear chest infections and has had two hospital stays this year.
            """),
            "E": _t("""
                OUTCOMES
                - By July 2027, Josh will tell his carer each time his tube needs clearing, using his voice or his tablet, on every occasion recorded in his care log.
                - By July 2027, Josh will attend at least 90% of school days, as recorded on the school register.
                - By the end of Year 10, Josh will direct his carer through his daily tube care routine step by step, on 4 out of 5 days.
            """),
            "G": _t("""
                HEALTH PROVISION
                Provision | Provider | How often | How long
                A carer with Josh for the whole school day, including transport, trips and after-school clubs | Carer from Pelham Cross Complex Care Team, trained and signed off by the Children's Community Nursing Team | Every school day | 2026/27 and 2027/28 school years
                Clearing his tube with a suction machine when he asks or his breathing sounds wet | The trained carer | Each time he asks or his breathing sounds wet, about four times a day | 2026/27 and 2027/28 school years
                Chest physiotherapy (exercises and a cough machine to clear his chest) in the medical room | Carer trained by the Pelham Cross Children's Chest Physiotherapy Team | Twice a school day, 20 minutes each | 2026/27 and 2027/28 school years
                Check of the carer's competence, including emergency tube change | Pelham Cross Children's Community Nursing Team | Every 3 months | 2026/27 and 2027/28 school years
                Catch-up teaching after any absence of 3 days or more | Josh's form tutor | After each such absence, 1 hour a week for 4 weeks | 2026/27 and 2027/28 school years
            """),
        },
        tags=("clean", "table", "tracheostomy", "conditional", "capital-headings", "neuromuscular"),
    ),
    # 43
    Case(
        name="glue-ear-lay-need-without-provision",
        sections={
            "C": _t("""
                Health needs
                Poppy is 6 and has Down syndrome.
                - She often cannot hear well, especially when she has a cold, and then misses what her teacher says.
                - She has low muscle tone (floppy muscles), which makes it hard for her to hold a pencil and climb stairs.
            """),
            "E": _t("""
                - By July 2027, Poppy will follow a two-part instruction from her class teacher in a whole-class lesson on 4 out of 5 checks.
                - By the end of Year 2, Poppy will write her first name with a pencil grip, and climb the stairs to the library holding the rail, every week, as recorded by her teaching assistant.
            """),
            "G": _t("""
                Provision for the 2026/27 school year
                - A paediatric occupational therapist from Marlstone Children's Therapy Service will visit school for 1 hour each half term to set Poppy's hand skills programme and provide a pencil grip.
                - Poppy's teaching assistant, trained by the occupational therapist, will do a 15-minute hand and pencil programme with her four times a week.
                - A paediatric physiotherapist from Marlstone Children's Therapy Service will visit school once a term for 45 minutes to teach staff how to help Poppy with stairs and climbing.
            """),
        },
        expected=(
            (
                "golden_thread",
                "C",
                "She often cannot hear well, especially when she has a cold, and then misses what her teacher says.",
            ),
        ),
        tags=("golden_thread", "need-no-provision", "down-syndrome", "hearing", "lay-clinical"),
    ),
    # 44
    Case(
        name="chronic-fatigue-part-time-timetable-clean",
        sections={
            "C": _t("""
                Health needs
                Imogen is 16 and has chronic fatigue syndrome, a long-term illness that causes extreme tiredness which does not get better with rest. She can manage about 3 hours of activity a day at present. Her concentration and memory are worse when she is tired, and she cannot manage a full school day.
            """),
            "E": _t("""
                - By the end of the spring term 2027, Imogen will attend three mornings a week and complete the set work in at least two GCSE subjects, as recorded by her head of year.
                - By July 2027, Imogen will use her energy diary to plan her week and keep to her plan on 3 out of 4 weeks, checked with her occupational therapist.
            """),
            "G": _t("""
                All provision below runs from September 2026 until Imogen's annual review in July 2027.
                - An occupational therapist from the Greyhaven Chronic Fatigue Service will see Imogen for 1 hour every 2 weeks, at home or online, to plan her activity and rest.
                - Her head of year will agree a part-time timetable with Imogen and her occupational therapist each half term and share it with her teachers.
                - Her subject teachers will give Imogen a printed summary of each missed lesson by the end of the week.
                - The school will provide a rest room with a reclining chair, and her head of year will make sure she can use it for 20 minutes in every morning she attends.
            """),
        },
        tags=("clean", "section-period", "chronic-fatigue", "young-person"),
    ),
    # 45
    Case(
        name="sleep-clinic-advice-outcome-vague-acronym",
        kind="advice",
        sections={
            "needs": _t("""
                Ben is 13. He has obstructive sleep apnoea (his breathing stops for short times while he sleeps) and now sleeps with a mask that blows air to keep his airway open. Before he had the mask he was very sleepy in class. He still takes a long time to fall asleep.
            """),
            "outcomes": _t("""
                - By April 2027, Ben will wear his mask for at least 6 hours on 5 nights out of 7, as recorded by the machine.
                - Ben will be more alert in class.
                - By April 2027, Ben will fall asleep within 45 minutes of going to bed on 5 nights out of 7, as recorded in his sleep diary.
            """),
            "provision": _t("""
                - The Ryeford Children's Sleep Service will review Ben's mask fit and use every 3 months in a 30-minute clinic appointment until July 2028.
                - A sleep practitioner from the Ryeford Children's Sleep Service will meet Ben's parents for 1 hour every 2 weeks for 12 weeks from January 2027 to build a calm bedtime routine.
                - Ben's class teacher will record his alertness on a daily chart for the 2026/27 school year and share it with the sleep service at each CPAP review.
            """),
            "author": "Dr Farah Siddiqui, Consultant in Paediatric Sleep Medicine, Ryeford Children's Sleep Service, 19 November 2026",
        },
        expected=(
            ("outcome_not_smart", "outcomes", "Ben will be more alert in class."),
            ("acronym", "provision", "CPAP"),
        ),
        tags=("outcome_not_smart", "acronym", "advice-divided", "sleep"),
    ),
    # 46
    Case(
        name="dietitian-letter-undivided-plain-clean",
        kind="advice",
        sections={
            "advice": _t("""
                Health advice from the Children's Dietitian Service, Oakhurst Community Health

                Freddie is 4. He has a cows' milk allergy, which means milk and foods made with milk give him a rash, a runny nose and tummy pain. It is not a life-threatening allergy, and he has never needed emergency treatment.

                At nursery, Freddie needs milk-free meals and snacks, and he must not share other children's food. I have given his nursery a list of safe foods and foods to avoid, and a simple recipe sheet for the cook. Freddie is growing well.

                I will review Freddie in clinic in 6 months and will write to the nursery if anything changes.

                Lucy Whitfield
                Paediatric Dietitian
                22 January 2027
            """),
        },
        tags=("clean", "advice-undivided", "allergy", "early-years"),
    ),
    # 47
    Case(
        name="autism-meltdown-an-adult-no-period",
        sections={
            "C": _t("""
                Health needs
                Ava is 11 and is autistic. When she is overwhelmed she cannot speak, covers her head and sometimes bangs it against the wall.
                Ava has a diagnosed anxiety disorder and is seen by the Calderbrook Child and Adolescent Mental Health Service.
            """),
            "E": _t("""
                - By July 2027, Ava will use her 'time out' card to leave the room before she becomes overwhelmed, on 3 out of 5 occasions recorded by her class teacher.
                - By July 2027, Ava will use one of her three calming strategies when anxious, on at least 4 out of 5 occasions recorded in her anxiety diary.
            """),
            "G": _t("""
                - A clinical psychologist from the Calderbrook Child and Adolescent Mental Health Service will see Ava for 50 minutes every fortnight for 20 sessions from October 2026, to teach her calming strategies.
                - An adult will stay with Ava in the calm room each time she uses her 'time out' card, and keep her safe from hurting her head.
                - Ava's class teacher will check in with her for 5 minutes every morning.
            """),
        },
        expected=(
            (
                "no_provider",
                "G",
                "An adult will stay with Ava in the calm room each time she uses her 'time out' card, and keep her safe from hurting her head.",
            ),
            (
                "no_duration",
                "G",
                "An adult will stay with Ava in the calm room each time she uses her 'time out' card, and keep her safe from hurting her head.",
            ),
        ),
        tags=("no_provider", "no_duration", "autism", "mental-health", "conditional"),
    ),
    # 48
    Case(
        name="cp-swallowing-need-without-outcome",
        sections={
            "C": _t("""
                Health needs
                Mohammed is 8 and has cerebral palsy affecting all four limbs. He uses a wheelchair and needs adults to move him. He has dysphagia (difficulty swallowing safely) and must have his food mashed and his drinks thickened.
            """),
            "E": _t("""
                - By July 2027, Mohammed will stand in his standing frame for 30 minutes every school day without discomfort, on 4 out of 5 days recorded by his teaching assistant.
                - By July 2027, Mohammed will move from his wheelchair to his standing frame with two adults, helping by taking weight through his legs, on 4 out of 5 transfers.
            """),
            "G": _t("""
                Health provision for the 2026/27 school year
                - A paediatric physiotherapist from the Greyhaven Children's Therapy Service will review Mohammed's seating and standing frame in school for 1 hour every half term.
                - His teaching assistant, trained by the physiotherapist, will help him into his standing frame for 30 minutes every school day.
                - A speech and language therapist from the Greyhaven Children's Eating and Drinking Team will train all staff who feed Mohammed in a 90-minute session in September 2026 and review his eating and drinking plan every term.
                - Trained staff will give Mohammed his mashed lunch and thickened drinks following his eating and drinking plan at every meal and snack.
            """),
        },
        expected=(
            (
                "golden_thread",
                "C",
                "He has dysphagia (difficulty swallowing safely) and must have his food mashed and his drinks thickened.",
            ),
        ),
        tags=("golden_thread", "need-no-outcome", "cerebral-palsy", "dysphagia", "section-period"),
    ),
    # 49
    Case(
        name="sensory-ot-advice-jargon-no-author",
        kind="advice",
        sections={
            "needs": _t("""
                Lucas is 7 and autistic. He seeks proprioceptive input all the time: he crashes into furniture, pushes other children and chews his sleeves. He finds handwriting tiring and his letters are very large.
            """),
            "outcomes": _t("""
                - By July 2027, Lucas will use his movement breaks and stop pushing other children, with no more than one incident a week recorded by his class teacher.
                - By March 2027, Lucas will use his chew tool instead of his sleeves on 4 out of 5 days, as recorded by his teaching assistant.
                - By July 2027, Lucas will write a sentence of 6 words with his letters on the line, in 4 out of 5 attempts.
            """),
            "provision": _t("""
                For the 2026/27 school year:
                - An occupational therapist from the Harrowfield Children's Occupational Therapy Service will visit school for 1 hour each half term to set and review Lucas's sensory diet (a planned set of movement activities through the day).
                - Lucas's teaching assistant, trained by the occupational therapist, will take him for a 5-minute movement break (wall push-ups, carrying the register box, trampette) every hour.
                - The occupational therapist will give Lucas a chew tool at the first visit in September 2026, and his teaching assistant will offer it whenever he starts to chew his sleeves.
                - His teaching assistant will do a 10-minute handwriting programme with Lucas four times a week.
            """),
        },
        expected=(
            ("jargon", "needs", "proprioceptive"),
            ("advice_no_author", "author", ""),
        ),
        tags=("jargon", "advice_no_author", "advice-divided", "autism", "sensory"),
    ),
    # 50
    Case(
        name="feeding-clinic-letter-tube-acronyms-drug",
        kind="advice",
        sections={
            "advice": _t("""
                Children's Feeding Clinic, Harrowfield Children's Hospital

                Re: Isla, age 3

                Isla was fed through an NG tube from birth until March 2027, when she had a PEG placed. She now has all her milk feeds through the PEG and is starting to taste small amounts of puree by mouth with her speech and language therapist. She takes omeprazole for reflux (milk coming back up).

                Isla will need staff at nursery to be trained to give her feeds and to look after the tube.

                Dr Kwame Asante
                Consultant Paediatrician
                11 April 2027
            """),
        },
        expected=(
            ("acronym", "advice", "NG"),
            ("acronym", "advice", "PEG"),
            ("drug_name", "advice", "omeprazole"),
        ),
        tags=("acronym", "drug_name", "advice-undivided", "gastrostomy", "early-years"),
    ),
    # 51
    Case(
        name="cochlear-implant-outcomes-feelings",
        sections={
            "C": _t("""
                Health needs
                Leah is 9 and is profoundly deaf. She has a cochlear implant (a device that sends sound straight to the hearing nerve) on her right side. She hears speech well in quiet rooms but struggles in groups and noisy places, and she is tired by the end of the day from listening.
            """),
            "E": _t("""
                - Leah will be more confident in group work.
                - By July 2027, Leah will be happier.
                - By the end of Year 5, Leah will use her radio aid in every lesson and tell her teacher when it is not working, on 9 out of 10 checks by her Teacher of the Deaf.
                - By July 2027, Leah will ask for a listening break when she is tired, at least once a day on 4 out of 5 days, as recorded by her teaching assistant.
            """),
            "G": _t("""
                Provision for the 2026/27 school year
                - A Qualified Teacher of the Deaf from the Fenwick Down Sensory Support Service will visit Leah in school for 1 hour every 2 weeks.
                - Leah's class teacher will use a radio aid microphone in every lesson, set up each morning by her teaching assistant, who is trained by the Teacher of the Deaf.
                - Her teaching assistant will give Leah a 10-minute quiet listening break every afternoon.
                - The Fenwick Down Cochlear Implant Centre will review and tune Leah's implant every 6 months.
            """),
        },
        expected=(
            ("outcome_not_smart", "E", "Leah will be more confident in group work."),
            ("outcome_not_smart", "E", "By July 2027, Leah will be happier."),
        ),
        tags=("outcome_not_smart", "hearing", "section-period"),
    ),
    # 52
    Case(
        name="crohns-nurse-support-as-needed",
        sections={
            "C": _t("""
                Health needs
                Samuel (age 17) has Crohn's disease, a long-term condition that causes swelling and soreness of the gut. He needs to use the toilet urgently and often, and during flare-ups he misses college.
            """),
            "E": _t("""
                - By July 2027, Samuel will attend at least 85% of his college sessions, as recorded on the college register.
                - By July 2027, Samuel will keep up with his course, handing in at least 9 out of 10 assignments by the deadline, as recorded by his personal tutor.
            """),
            "G": _t("""
                - Samuel's personal tutor will give him a toilet pass in September 2026 that lets him leave any lesson at once, for the 2026/27 college year.
                - The bowel nurse specialist from Harrowfield Children's Hospital will provide support as needed to Samuel and his tutors.
                - His tutors will send Samuel the notes and tasks from any lesson he misses because of his condition within 2 days, for the 2026/27 college year.
            """),
        },
        expected=(
            ("unspecified_provision", "G", "support as needed"),
            (
                "no_frequency",
                "G",
                "The bowel nurse specialist from Harrowfield Children's Hospital will provide support as needed to Samuel and his tutors.",
            ),
            (
                "no_duration",
                "G",
                "The bowel nurse specialist from Harrowfield Children's Hospital will provide support as needed to Samuel and his tutors.",
            ),
        ),
        tags=(
            "unspecified_provision",
            "no_frequency",
            "no_duration",
            "young-person",
            "post-16",
            "bowel",
        ),
    ),
    # 53
    Case(
        name="stroke-advice-psychology-meets-no-need-undated",
        kind="advice",
        sections={
            "needs": _t("""
                Chloe is 14 and had a stroke in 2026, which has left her right arm and leg weak. She walks with a stick and tires on long walks around the school site. She now writes with her left hand, slowly.
            """),
            "outcomes": _t("""
                - By July 2027, Chloe will move between lessons within the 5-minute changeover on 4 out of 5 days.
                - By July 2027, Chloe will type her homework one-handed at 15 words per minute, as measured by her form tutor.
            """),
            "provision": _t("""
                - An occupational therapist from Marlstone Children's Therapy Service will teach Chloe one-handed typing in 30-minute sessions once a week from October 2026 to March 2027.
                - Chloe's form tutor will give her an early-leave pass to leave each lesson 3 minutes early, for the 2026/27 school year.
                - A clinical psychologist from the Marlstone Paediatric Psychology Service will see Chloe for 50 minutes every 2 weeks for 10 sessions from October 2026 to help her with her worries about returning to netball.
            """),
            "author": "Dr Ffion Hughes, Consultant Paediatrician, Marlstone Children's Hospital",
        },
        expected=(
            (
                "golden_thread",
                "provision",
                "A clinical psychologist from the Marlstone Paediatric Psychology Service will see Chloe for 50 minutes every 2 weeks for 10 sessions from October 2026 to help her with her worries about returning to netball.",
            ),
            (
                "advice_no_author",
                "author",
                "Dr Ffion Hughes, Consultant Paediatrician, Marlstone Children's Hospital",
            ),
        ),
        tags=("golden_thread", "provision-no-need", "advice_no_author", "advice-divided", "stroke"),
    ),
    # 54
    Case(
        name="makaton-constipation-need-without-provision",
        sections={
            "C": _t("""
                Health needs
                Archie is 10 and has autism and a severe learning disability. He does not speak and uses some Makaton signs (a sign language for people with learning disabilities). He has long-term constipation and sometimes soils himself at school, which upsets him.
            """),
            "E": _t("""
                - By July 2027, Archie will use 10 Makaton signs to make requests at snack time and in class, as recorded by his teaching assistant.
                - By July 2027, Archie will be clean at school on at least 4 out of 5 days, as recorded on his toileting chart.
            """),
            "G": _t("""
                All provision is for the 2026/27 school year.
                - A speech and language therapist from the Oakhurst Children's Learning Disability Team will visit school for 1 hour each month to teach staff new Makaton signs and update Archie's communication plan.
                - Archie's teaching assistant, trained in Makaton by the speech and language therapist, will use Makaton signs with him throughout every lesson.
                - Archie's class teacher will share his communication plan with his parents at the end of each half term.
            """),
        },
        expected=(
            (
                "golden_thread",
                "C",
                "He has long-term constipation and sometimes soils himself at school, which upsets him.",
            ),
        ),
        tags=("golden_thread", "need-no-provision", "autism", "learning-disability", "continence"),
    ),
    # 55
    Case(
        name="constipation-nurse-advice-brand-and-team-initials",
        kind="advice",
        sections={
            "needs": _t("""
                Jacob is 6 and has long-term constipation linked to his autism. He takes Movicol every day at home. He sometimes soils at school and does not tell adults, and he will only use the toilet at home.
            """),
            "outcomes": _t("""
                - By July 2027, Jacob will sit on the school toilet for 5 minutes after lunch on 4 out of 5 days, as recorded on his toilet chart.
                - By July 2027, Jacob will show his 'help' card to an adult when he has soiled, on 4 out of 5 occasions.
            """),
            "provision": _t("""
                For the 2026/27 school year:
                - The CCN team will train Jacob's teaching assistant in his toilet routine and in changing him with dignity, in one 1-hour session in September 2026.
                - Jacob's teaching assistant, trained as above, will take him to the toilet for 5 minutes after lunch every school day and check him at every break.
                - His teaching assistant will teach Jacob to use his 'help' card in a 10-minute session twice a week in the autumn term.
            """),
            "author": "Sian Roberts, Children's Nurse, Brackenmoor Community Children's Services, 5 October 2026",
        },
        expected=(
            ("drug_name", "needs", "Movicol"),
            ("acronym", "provision", "CCN"),
        ),
        tags=("drug_name", "acronym", "advice-divided", "continence", "autism"),
    ),
    # 56
    Case(
        name="epilepsy-wandering-1to1-and-input-from",
        sections={
            "C": _t("""
                Health needs
                Finley is 12 and has a learning disability and epilepsy. His seizures are mostly short and happen a few times a month in school. He can wander off and does not understand danger.
            """),
            "E": _t("""
                - By July 2027, Finley will stay with his group on every school trip, as recorded by his class teacher.
                - By July 2027, Finley will go back to class within 20 minutes after 4 out of 5 seizures, as recorded in his seizure log.
            """),
            "G": _t("""
                Provision for the 2026/27 school year
                - The Kingsmere Epilepsy Nursing Team will train Finley's class teacher in his seizure care plan in a 1-hour session each September.
                - His 1:1 will stay within arm's reach of Finley at all times out of the classroom, every school day.
                - Finley will have input from the epilepsy nurse for his seizure care plan.
                - After each seizure, his class teacher will let Finley rest in the quiet room for up to 20 minutes before returning to class.
            """),
        },
        expected=(
            (
                "no_provider",
                "G",
                "His 1:1 will stay within arm's reach of Finley at all times out of the classroom, every school day.",
            ),
            ("unspecified_provision", "G", "input from"),
            (
                "no_frequency",
                "G",
                "Finley will have input from the epilepsy nurse for his seizure care plan.",
            ),
        ),
        tags=(
            "no_provider",
            "unspecified_provision",
            "no_frequency",
            "epilepsy",
            "learning-disability",
        ),
    ),
    # 57
    Case(
        name="albinism-eye-letter-jargon-and-vi",
        kind="advice",
        sections={
            "advice": _t("""
                Eye clinic advice for an education, health and care needs assessment

                Child: Evie, age 4
                Seen: Kingsmere Eye Clinic, 3 February 2027

                Evie has albinism, which affects the colour of her skin, hair and eyes and how her eyes developed. She has nystagmus and marked photophobia. Her vision with glasses is about a quarter of normal, so she needs large, clear pictures and print, and she will struggle to see the board or faces across a room.

                I recommend a referral to the VI team for support in nursery and at school. She should wear a hat with a brim and sunglasses outdoors.

                Miss Harriet Cole
                Consultant Ophthalmologist (eye doctor)
                Kingsmere Eye Clinic
                10 February 2027
            """),
        },
        expected=(
            ("jargon", "advice", "nystagmus"),
            ("jargon", "advice", "photophobia"),
            ("acronym", "advice", "VI"),
        ),
        tags=("jargon", "acronym", "advice-undivided", "sight", "rare-condition", "early-years"),
    ),
    # 58
    Case(
        name="splints-physio-advice-vague-outcome-undated",
        kind="advice",
        sections={
            "needs": _t("""
                Zoe is 10 and has cerebral palsy affecting both legs. She wears splints on her lower legs (ankle-foot orthoses) every day to help her walk. She trips often on uneven ground and finds the playground and field difficult.
            """),
            "outcomes": _t("""
                - Zoe will walk more safely.
                - By July 2027, Zoe will walk across the school field to the sports pitch with her splints on, without falling, on 4 out of 5 occasions.
            """),
            "provision": _t("""
                - A paediatric physiotherapist from Pelham Cross Children's Therapy Service will see Zoe in school for 45 minutes every half term for the 2026/27 school year, to review her walking and exercises.
                - Zoe's teaching assistant, trained by the physiotherapist, will do her 15-minute balance exercises with her three times a week for the 2026/27 school year.
                - The Pelham Cross Children's Splint Service will check the fit of Zoe's splints every 4 months and replace them when she outgrows them, for the 2026/27 and 2027/28 school years.
            """),
            "author": "Grace Oyelaran, Highly Specialist Paediatric Physiotherapist, Pelham Cross Children's Therapy Service",
        },
        expected=(
            ("outcome_not_smart", "outcomes", "Zoe will walk more safely."),
            (
                "advice_no_author",
                "author",
                "Grace Oyelaran, Highly Specialist Paediatric Physiotherapist, Pelham Cross Children's Therapy Service",
            ),
        ),
        tags=("outcome_not_smart", "advice_no_author", "advice-divided", "cerebral-palsy"),
    ),
    # 59
    Case(
        name="young-adult-travel-anxiety-need-nothing",
        sections={
            "C": _t("""
                Health needs
                Kieran is 24 and is on a supported internship with Brackenmoor College. He has Down syndrome.
                - Kieran has sleep apnoea (his breathing stops for short periods while he sleeps) and uses a breathing mask at night; without it he is very sleepy at work in the mornings.
                - Kieran is anxious about travelling to his placement by bus on his own and has missed days because of this.
            """),
            "E": _t("""
                - By June 2027, Kieran will wear his mask for at least 5 hours a night on 6 nights out of 7, as recorded by his machine, and will be awake and ready for work at 9am on 4 out of 5 days, as recorded by his job coach.
            """),
            "G": _t("""
                Health provision from September 2026 to July 2027
                - The Brackenmoor Adult Sleep Service will review Kieran's mask and machine data every 3 months in a 30-minute appointment.
                - A community learning disability nurse from the Brackenmoor Community Learning Disability Team will meet Kieran for 45 minutes every month to help him with his mask routine at home.
            """),
        },
        expected=(
            (
                "golden_thread",
                "C",
                "Kieran is anxious about travelling to his placement by bus on his own and has missed days because of this.",
            ),
        ),
        tags=(
            "golden_thread",
            "need-no-provision",
            "need-no-outcome",
            "young-person",
            "down-syndrome",
            "sleep",
        ),
    ),
    # 60
    Case(
        name="camhs-psychiatry-advice-drug-and-eczema-gap",
        kind="advice",
        sections={
            "needs": _t("""
                Hamza is 15 and has autism and anxiety. He has been taking sertraline since 2026, prescribed by his psychiatrist, and his anxiety is a little better. He finds the noise and crowds in the canteen very hard and has not eaten lunch in school this term. The eczema on his hands cracks and bleeds when it flares, and then he cannot hold a pen for more than a few minutes.
            """),
            "outcomes": _t("""
                - By July 2027, Hamza will eat his lunch in the library lunch club on at least 4 days a week, as recorded by the club supervisor.
                - By July 2027, Hamza will use a laptop for written work on every day his eczema flares, as recorded by his form tutor.
                - By May 2027, Hamza will use one of his anxiety strategies to stay in a lesson he finds hard, on 3 out of 5 occasions recorded in his mood diary.
            """),
            "provision": _t("""
                - A mental health practitioner from Westerleigh Child and Adolescent Mental Health Service will see Hamza for 50 minutes every 2 weeks for the 2026/27 school year to work on his anxiety.
                - His head of year will give Hamza a pass to the library lunch club every school day for the 2026/27 school year.
            """),
            "author": "Dr Olumide Bankole, Consultant Child and Adolescent Psychiatrist, Westerleigh Child and Adolescent Mental Health Service, 30 January 2027",
        },
        expected=(
            ("drug_name", "needs", "sertraline"),
            (
                "golden_thread",
                "needs",
                "The eczema on his hands cracks and bleeds when it flares, and then he cannot hold a pen for more than a few minutes.",
            ),
        ),
        tags=(
            "drug_name",
            "golden_thread",
            "need-no-provision",
            "advice-divided",
            "mental-health",
            "autism",
        ),
    ),
    # 61
    Case(
        name="sickle-cell-table-conditional-clean",
        sections={
            "C": _t("""
                Health needs
                Adaeze is 7 and has sickle cell disease, an inherited blood condition. She can have sudden severe pain (a pain crisis) when she is cold, thirsty or very tired. She needs to drink plenty and to use the toilet often.
            """),
            "E": _t("""
                - By July 2027, Adaeze will drink her full 1-litre water bottle during the school day on 4 out of 5 days, as recorded on her drinks chart.
                - By July 2027, Adaeze will tell an adult when she starts to feel pain or cold, on every occasion recorded in her health log.
            """),
            "G": _t("""
                Provision | By whom | How often | Until
                Training for all adults in Adaeze's class on keeping her warm, giving her drinks and what to do in a pain crisis | Sickle cell specialist nurse, Harrowfield Children's Sickle Cell Service | One 1-hour session each September | July 2028
                Reminding Adaeze to drink and refilling her water bottle | Her teaching assistant, trained by the specialist nurse | Every hour in class and at every break | July 2028
                A toilet pass so she can leave class without asking | Class teacher | Every lesson | July 2028
                Keeping Adaeze indoors at break when it is below 5 degrees outside | Class teacher | Every cold break time | July 2028
                Calling her parents and following her pain plan if Adaeze reports pain | Trained teaching assistant | Each time she reports pain | July 2028
            """),
        },
        tags=("clean", "table", "conditional", "sickle-cell"),
    ),
    # 62
    Case(
        name="cochlear-implant-advice-one-off-visit-clean",
        kind="advice",
        sections={
            "needs": _t("""
                Nia is 5 and was born profoundly deaf. She had cochlear implants (devices that send sound directly to the hearing nerve) fitted in both ears when she was 1. She now hears most speech in quiet, but her implants need to be worn all day and checked daily. In a noisy classroom she finds it hard to follow what is said.
            """),
            "outcomes": _t("""
                - By July 2027, Nia will wear both implants for the whole school day, every day, as recorded on her daily check sheet.
                - By July 2027, Nia will follow instructions given to the whole class on 4 out of 5 checks by her class teacher, using her radio aid.
            """),
            "provision": _t("""
                For the 2026/27 school year:
                - An audiologist from the Stanmoor Cochlear Implant Programme will visit school once, in September 2026, for 90 minutes to train Nia's class teacher and teaching assistant to check and charge her implants and radio aid.
                - Nia's teaching assistant, trained at that visit, will check both implants and the radio aid each morning on arrival.
                - Nia's class teacher will wear the radio aid microphone in every lesson.
                - A Qualified Teacher of the Deaf from the Stanmoor Sensory Support Service will visit Nia for 1 hour every 2 weeks.
            """),
            "author": "Ravi Menon, Clinical Scientist in Audiology, Stanmoor Cochlear Implant Programme, 25 August 2026",
        },
        tags=("clean", "advice-divided", "hearing", "one-off", "section-period"),
    ),
    # 63
    Case(
        name="eczema-creams-gloves-clean",
        sections={
            "C": _t("""
                Health needs
                Theo is 6 and has severe eczema (dry, itchy, cracked skin) on his arms, hands and legs. When it is itchy he scratches until his skin bleeds and cannot concentrate. He needs moisturising cream put on during the school day, and he cannot do messy play with paint or sand without gloves.
            """),
            "E": _t("""
                - By July 2027, Theo will put on his own moisturising cream at lunchtime with one adult watching, on 4 out of 5 days.
                - By July 2027, Theo will use his 'itchy' card and cool pack instead of scratching, on 3 out of 5 occasions recorded by his teaching assistant.
                - By July 2027, Theo will join every messy play session wearing his cotton gloves, as recorded by his class teacher.
            """),
            "G": _t("""
                - A children's skin nurse from Calderbrook Children's Skin Clinic will train Theo's teaching assistant in applying his creams and using cool packs, in one 45-minute session in September 2026.
                - Theo's teaching assistant, trained by the skin nurse, will help him apply his moisturising cream at morning break and lunchtime every school day for the 2026/27 school year.
                - His teaching assistant will give Theo cotton gloves before every messy play session for the 2026/27 school year.
                - His teaching assistant will give Theo a cool pack each time he shows his 'itchy' card, for the 2026/27 school year.
            """),
        },
        tags=("clean", "skin", "conditional", "one-off"),
    ),
    # 64
    Case(
        name="outcomes-only-nursery-clean",
        sections={
            "E": _t("""
                Outcomes (health)
                - By July 2027, Sami will drink from an open cup without spilling at 4 out of 5 snack times, as recorded by his key worker.
                - By July 2027, Sami will walk from the nursery door to the garden with his walker without help, on 4 out of 5 days.
                - By his move to Reception in September 2027, Sami will use 30 signs or symbols to make choices, as recorded by his speech and language therapist.
            """),
        },
        tags=("clean", "outcomes-only", "early-years"),
    ),
    # 65
    Case(
        name="paediatric-letter-asd-adhd-expanded-clean",
        kind="advice",
        sections={
            "advice": _t("""
                Community Paediatrics, Greyhaven Child Health Centre

                To whom it may concern,

                I have known Mia, who is 8, since 2026. She has a diagnosis of autism spectrum disorder (ASD) and attention deficit hyperactivity disorder (ADHD), both confirmed after a team assessment in my clinic in October 2026.

                Mia's ASD affects how she communicates and how she copes with change and noise. Her ADHD makes it very hard for her to sit still and focus, and she is often impulsive. She may need movement breaks and a quiet space. She sleeps poorly and is often tired in the mornings.

                Mia has no other medical conditions, and her growth, hearing and vision are normal.

                Dr Helen Achterberg
                Consultant Community Paediatrician
                18 January 2027
            """),
        },
        tags=("clean", "advice-undivided", "letter", "acronym-expanded", "autism", "adhd"),
    ),
    # 66
    Case(
        name="cystic-fibrosis-numbered-clean",
        sections={
            "C": _t("""
                Health needs
                Harvey is 12 and has cystic fibrosis, an inherited condition that makes thick, sticky mucus build up in his lungs and gut. He needs to take digestive enzyme capsules with every meal and snack, and he needs physiotherapy exercises to clear his chest. He catches infections easily, so he must not share water bottles or sit next to someone who is unwell.
            """),
            "E": _t("""
                - By July 2027, Harvey will take his enzyme capsules with every meal and snack at school without reminders, on 9 out of 10 days recorded by his form tutor.
                - By the end of Year 8, Harvey will do his own 20-minute chest clearance exercises at lunchtime with one adult nearby, on 4 out of 5 days.
                - By July 2027, Harvey will use only his own water bottle and clean his hands before eating, on every check made by his form tutor each half term.
            """),
            "G": _t("""
                For the 2026/27 and 2027/28 school years:
                1. A specialist nurse from the Ashcombe Children's Cystic Fibrosis Team will train Harvey's form tutor and a named teaching assistant in his care plan in one 1-hour session each September.
                2. Harvey's form tutor, trained by the specialist nurse, will keep his enzyme capsules and check he has taken them at every morning break and lunch.
                3. A specialist physiotherapist from the Ashcombe Children's Cystic Fibrosis Team will see Harvey in school for 45 minutes once a term to review his chest clearance routine.
                4. The named teaching assistant, trained by the specialist nurse, will supervise Harvey's 20-minute chest clearance exercises in the medical room every lunchtime.
                5. Harvey's form tutor will seat him away from any pupil who is coughing or unwell in every lesson, and remind his class each half term not to share bottles.
            """),
        },
        tags=("clean", "numbered", "cystic-fibrosis", "section-period"),
    ),
    # 67
    Case(
        name="young-adult-epilepsy-transition-clean",
        sections={
            "C": _t("""
                Health needs
                Owen is 23 and is in his final year at Lowther Bridge College. He is autistic and has epilepsy, with about two tonic-clonic seizures (seizures where he falls, stiffens and jerks) a month, mostly in the afternoon. He finds it very hard to cope with new places and people, and he moves from children's to adult health services this year.
            """),
            "E": _t("""
                - By July 2027, Owen will have met his new adult epilepsy nurse twice and will be able to tell her his seizure warning signs, as recorded in his transition plan.
                - By July 2027, Owen will go to the college quiet room with his support worker when he feels a seizure may be coming, on 4 out of 5 occasions recorded in his seizure log.
                - By July 2027, Owen will visit each new room or meet each new person after looking at their photo first, with no more than one refusal a half term, as recorded by his support worker.
            """),
            "G": _t("""
                Provision for the 2026/27 college year
                - The Lowther Bridge Adult Epilepsy Service will train Owen's two support workers in his seizure plan and rescue medicine in one 2-hour session in September 2026.
                - One of the trained support workers will be with Owen for every college session and will follow his seizure plan each time he has a seizure.
                - A nurse from the Lowther Bridge Adult Epilepsy Service will meet Owen with his children's epilepsy nurse at college twice, in October 2026 and January 2027, for 45 minutes each, to plan his move to adult services.
                - His support workers will show Owen photos of any new room or person at least one day before each change.
            """),
        },
        tags=("clean", "young-person", "epilepsy", "autism", "transition", "conditional"),
    ),
    # 68
    Case(
        name="eating-disorder-advice-clean",
        kind="advice",
        sections={
            "needs": _t("""
                Harriet is 15. Since the summer of 2026 she has had an eating disorder called anorexia nervosa, in which she restricts what she eats because of an intense fear of gaining weight. She is underweight. She finds eating in front of others very hard. She is not well enough to do PE at present.
            """),
            "outcomes": _t("""
                - By February 2027, Harriet will eat her planned snack and lunch at school in a quiet room with a trusted adult on 5 out of 5 school days, as recorded on her meal plan sheet.
                - By July 2027, Harriet will take part in at least one PE lesson a week, once her care team agree it is safe, as recorded by her PE teacher.
            """),
            "provision": _t("""
                - A therapist from the Westerleigh Children's Eating Disorder Service will see Harriet and her family for 1 hour every week from October 2026 to March 2027, then every 2 weeks until July 2027.
                - Her head of year, trained by the Eating Disorder Service in one 1-hour session in October 2026, will sit with Harriet for her snack and lunch in a quiet room every school day until July 2027.
                - Her PE teacher will give Harriet a theory task in place of every PE lesson for the autumn and spring terms of 2026/27, or until the Eating Disorder Service writes to school to say she can return.
            """),
            "author": "Dr Naomi Fairclough, Consultant Child and Adolescent Psychiatrist, Westerleigh Children's Eating Disorder Service, 12 October 2026",
        },
        tags=("clean", "advice-divided", "mental-health", "eating-disorder"),
    ),
    # 69
    Case(
        name="arthritis-table-clean",
        sections={
            "C": _t("""
                Health needs
                Jessica is 9 and has juvenile idiopathic arthritis (long-term swelling and pain in her joints that started in childhood). Her knees, wrists and fingers are stiff and painful in the mornings and after sitting still. Writing for more than 10 minutes hurts her wrists.
            """),
            "E": _t("""
                - By July 2027, Jessica will write for 15 minutes using her wide-grip pen and writing slope without stopping for pain, in 4 out of 5 lessons.
                - By July 2027, Jessica will take part in at least one PE lesson a week with adapted activities, as recorded by her class teacher.
                - By July 2027, Jessica will do her stretches after lunch without reminders on 4 out of 5 days.
            """),
            "G": _t("""
                Provision | Provider | How often | Duration
                Assessment of Jessica's writing and seating, with a writing slope and wide-grip pens | Occupational therapist, Lowther Bridge Children's Joint Clinic | One visit in September 2026 and a review in February 2027 | 2026/27 school year
                A 10-minute stretching routine after lunch | Teaching assistant trained by the Joint Clinic's physiotherapist | Every school day | 2026/27 school year
                An adapted PE plan, shared with her class teacher | Physiotherapist, Lowther Bridge Children's Joint Clinic | Written once in September 2026, reviewed each term | 2026/27 school year
                Letting Jessica move around for 2 minutes after every 20 minutes of sitting | Class teacher | Every lesson | 2026/27 school year
            """),
        },
        tags=("clean", "table", "arthritis", "one-off"),
    ),
    # 70
    Case(
        name="down-syndrome-sub-headings-clean",
        sections={
            "C": _t("""
                Health needs
                1. Breathing at night
                Lily-Mae is 5 and has Down syndrome. She has obstructive sleep apnoea (her breathing stops for short periods in her sleep) and is waiting to see the sleep team. She is very tired at school, especially in the afternoons.
                2. Eating
                Lily-Mae has a small mouth and weak chewing muscles, and she can choke on hard or chunky food.
            """),
            "E": _t("""
                Breathing at night
                - By July 2027, Lily-Mae will take part in afternoon activities for at least 30 minutes without falling asleep, on 4 out of 5 days recorded by her teaching assistant.
                Eating
                - By July 2027, Lily-Mae will eat her lunch of soft, bite-sized food without choking on every day recorded in her eating log.
            """),
            "G": _t("""
                Breathing at night
                - A sleep practitioner from the Kingsmere Children's Sleep Service will assess Lily-Mae at home and send a report to school, in one 2-hour visit in November 2026.
                - Her class teacher will offer Lily-Mae a 20-minute rest on the reading cushion after lunch every school day for the 2026/27 school year.
                Eating
                - A speech and language therapist from the Kingsmere Children's Eating and Drinking Team will write Lily-Mae's eating plan and train the lunchtime staff who help her, in one 1-hour session in September 2026 and again in January 2027.
                - A lunchtime supervisor trained by the speech and language therapist will cut Lily-Mae's food into small, soft pieces and sit with her at every lunch for the 2026/27 school year.
            """),
        },
        tags=("clean", "sub-headings", "down-syndrome", "sleep", "dysphagia", "one-off"),
    ),
    # 71
    Case(
        name="brain-injury-advice-clean",
        kind="advice",
        sections={
            "needs": _t("""
                Ethan is 13. In March 2026 he had a serious head injury in a road accident. He has made a good physical recovery but now has problems with his memory, gets tired easily and gets headaches when he is tired. He can become frustrated and angry quickly, which he did not do before his injury.
            """),
            "outcomes": _t("""
                - By July 2027, Ethan will use his planner and phone reminders to bring the right books to every lesson on 4 out of 5 days, as checked by his form tutor.
                - By July 2027, Ethan will use his rest pass when he feels tired or has a headache, and return to lessons within 20 minutes on 4 out of 5 occasions.
                - By July 2027, Ethan will use his agreed calming plan instead of shouting or walking out, with no more than two incidents a half term recorded by his head of year.
            """),
            "provision": _t("""
                For the 2026/27 school year:
                - A clinical neuropsychologist (a psychologist who specialises in how the brain affects learning and behaviour) from the Harrowfield Children's Brain Injury Service will assess Ethan in one 3-hour appointment in October 2026 and send a written report to school.
                - An occupational therapist from the Harrowfield Children's Brain Injury Service will visit school for 1 hour each half term to set up and review his memory aids.
                - His form tutor will check Ethan's planner with him for 10 minutes at registration every morning.
                - His head of year will give Ethan a rest pass to use the quiet room for up to 20 minutes whenever he is tired or has a headache.
                - A psychologist from the Harrowfield Children's Brain Injury Service will see Ethan for 50 minutes every 2 weeks from November 2026 to March 2027 to make and practise his calming plan.
            """),
            "author": "Dr Alisha Kapoor, Consultant Paediatrician, Harrowfield Children's Brain Injury Service, 21 September 2026",
        },
        tags=("clean", "advice-divided", "brain-injury", "one-off", "conditional"),
    ),
    # 72
    Case(
        name="cp-eye-gaze-positioning-clean",
        sections={
            "C": _t("""
                Health needs
                Fatima is 11 and has cerebral palsy affecting her whole body. She cannot speak clearly and uses an eye-gaze communication aid (a computer she controls by looking at the screen). She needs to be moved in and out of her wheelchair every 2 hours to protect her skin and her hips.
            """),
            "E": _t("""
                - By July 2027, Fatima will use her communication aid to answer questions in lessons at least 5 times a day, as recorded by her teaching assistant.
                - By July 2027, Fatima will tell staff with her aid when she is uncomfortable and wants to move, on 3 out of 5 occasions recorded on her positioning chart.
            """),
            "G": _t("""
                All provision in this section applies for the 2026/27 and 2027/28 school years.
                Communication
                - A speech and language therapist from the Elsworth Vale Children's Communication Aids Service will visit school for 90 minutes every half term to add vocabulary to Fatima's aid and train staff.
                - Fatima's teaching assistant, trained by the speech and language therapist, will set up her communication aid at the start of every lesson.
                Positioning
                - A paediatric physiotherapist from Elsworth Vale Children's Therapy Service will write Fatima's positioning plan and train two named teaching assistants in one 2-hour session each September.
                - Two trained teaching assistants will move Fatima between her wheelchair, standing frame and side-lying position every 2 hours of the school day, following her positioning plan.
            """),
        },
        tags=("clean", "sub-headings", "cerebral-palsy", "communication", "section-period"),
    ),
    # 73
    Case(
        name="asthma-nut-allergy-typos-clean",
        sections={
            "C": _t("""
                Health needs
                Kayden is 14 and has sever asthma and a nut alergy. His asthma is worse in the winter and after PE, and he has been in hospital twice this year. He can have a serious allergic reaction (anaphylaxis) if he eats nuts.
            """),
            "E": _t("""
                - By July 2027 Kayden will take his inhaler before PE and carry it with him at all times, checked by his PE teacher in 9 out of 10 lessons.
                - By July 2027, Kayden will check food labels and ask staff about nuts before eating any food not from home, on every ocasion observed by the canteen manager.
            """),
            "G": _t("""
                For the 2026/27 school year:
                - The Pelham Cross School Nursing Team will train all PE staff and canteen staff in asthma and allergy care, including using his inhaler and allergy pen, in one 1-hour session in Septmber 2026.
                - Kayden's PE teacher, trained by the school nursing team, will make sure he takes his inhaler before every PE lesson and will stop the lesson for him if he is wheezy.
                - The canteen manager, trained by the school nursing team, will check the ingredients of every meal Kayden chooses and label nut-free options each day.
                - If Kayden has signs of a serious allergic reaction, a trained member of staff will use his allergy pen at once and call 999.
            """),
        },
        tags=("clean", "typos", "asthma", "anaphylaxis", "conditional"),
    ),
    # 74
    Case(
        name="orthoptist-squint-letter-clean",
        kind="advice",
        sections={
            "advice": _t("""
                Dear Mrs Pennington,

                Thank you for asking for health advice about Noor, who is 6. I am the orthoptist (a specialist in eye movements and children's vision) who sees Noor at Calderbrook Eye Clinic.

                Noor has a squint, where one eye turns in, and her left eye has weaker vision. She wears glasses all day and a patch over her right eye for 2 hours a day at home to make her left eye work harder. At school, she needs to sit near the front and may need larger print when her patch is on, but she can read normal-size print with her glasses.

                Her vision is improving and I will see her again every 3 months.

                Kind regards,

                Joanna Lim
                Orthoptist, Calderbrook Eye Clinic
                4 December 2026
            """),
        },
        tags=("clean", "advice-undivided", "letter", "sight"),
    ),
    # 75
    Case(
        name="tourette-exams-officer-clean",
        sections={
            "C": _t("""
                Health needs
                Charlie is 13 and has Tourette syndrome, a condition that causes tics (sudden movements or sounds he cannot control). His tics get worse when he is stressed or tired, and loud tics in quiet lessons and tests make him embarrassed and anxious.
            """),
            "E": _t("""
                - By July 2027, Charlie will use his exit card to take a tic break when he needs one, and return to the lesson within 10 minutes on 4 out of 5 occasions.
                - By the end of Year 9, Charlie will sit all his end-of-year tests in a separate room and complete every one, as recorded by the exams officer.
            """),
            "G": _t("""
                Provision for the 2026/27 school year
                - A specialist nurse from the Lowther Bridge Tic Clinic will give a 1-hour talk on Tourette syndrome to all staff who teach Charlie in September 2026.
                - Charlie's head of year will give him an exit card to use in every lesson, letting him take a tic break of up to 10 minutes in the learning base.
                - The exams officer will book a separate room for Charlie for every test and exam.
                - A psychologist from the Lowther Bridge Tic Clinic will teach Charlie ways to manage his tics and his worry in eight weekly 1-hour sessions from October 2026.
            """),
        },
        tags=("clean", "tourette", "admin-role", "one-off", "section-period"),
    ),
    # 76
    Case(
        name="angelman-table-without-how-long",
        sections={
            "C": _t("""
                Health needs
                Dylan is 4 and has a rare genetic condition called Angelman syndrome. He has seizures several times a week. He is unsteady on his feet and falls often.
            """),
            "E": _t("""
                - By July 2027, Dylan will walk from the classroom to the playground holding an adult's hand without falling, on 4 out of 5 days.
                - By July 2027, Dylan will be back at play within 30 minutes after 4 out of 5 seizures, as recorded in his seizure log.
            """),
            "G": _t("""
                Provision | Provider | How often
                Training for nursery staff in Dylan's seizure plan and emergency medicine | Epilepsy nurse specialist, Ashcombe Children's Epilepsy Service | Once, in September 2026 (one 2-hour session)
                Following his seizure plan and giving his emergency medicine if a seizure lasts over 5 minutes | Key worker trained by the epilepsy nurse specialist | Each time he has a seizure
                Review of his walking and a walking programme for nursery | Paediatric physiotherapist, Ashcombe Children's Therapy Service | Every half term
                His walking programme | Key worker trained by the physiotherapist | Twice a day
            """),
        },
        expected=(
            (
                "no_duration",
                "G",
                "Following his seizure plan and giving his emergency medicine if a seizure lasts over 5 minutes | Key worker trained by the epilepsy nurse specialist | Each time he has a seizure",
            ),
            (
                "no_duration",
                "G",
                "Review of his walking and a walking programme for nursery | Paediatric physiotherapist, Ashcombe Children's Therapy Service | Every half term",
            ),
            (
                "no_duration",
                "G",
                "His walking programme | Key worker trained by the physiotherapist | Twice a day",
            ),
        ),
        tags=("no_duration", "table", "rare-condition", "epilepsy", "early-years", "one-off"),
    ),
    # 77
    Case(
        name="cp-stiffness-advice-drug-author-no-role",
        kind="advice",
        sections={
            "needs": _t("""
                Kofi is 12 and has cerebral palsy with very stiff muscles in his legs. He takes baclofen to reduce the stiffness, and he had an operation on his hips in 2026. He uses a wheelchair in school and stands in a standing frame. His legs become painful if he sits in one position for too long.
            """),
            "outcomes": _t("""
                - By July 2027, Kofi will stand in his standing frame for 40 minutes a day on 4 out of 5 school days, as recorded by his teaching assistant.
                - By July 2027, Kofi will ask to change position when his legs hurt, on 4 out of 5 occasions recorded on his positioning chart.
            """),
            "provision": _t("""
                For the 2026/27 school year:
                - A paediatric physiotherapist from the Stanmoor Children's Therapy Service will visit school for 1 hour every half term to review Kofi's standing frame, seating and stretches.
                - Kofi's teaching assistant, trained by the physiotherapist, will help him into his standing frame for 40 minutes every school day.
                - His teaching assistant will help Kofi to change position every hour, and whenever he asks.
            """),
            "author": "Amrit Sandhu, Stanmoor Children's Therapy Service, 14 May 2027",
        },
        expected=(
            ("drug_name", "needs", "baclofen"),
            (
                "advice_no_author",
                "author",
                "Amrit Sandhu, Stanmoor Children's Therapy Service, 14 May 2027",
            ),
        ),
        tags=("drug_name", "advice_no_author", "advice-divided", "cerebral-palsy"),
    ),
    # 78
    Case(
        name="noonan-eye-check-meets-no-need",
        sections={
            "C": _t("""
                Health needs
                Henry is 7 and has Noonan syndrome, a genetic condition. He finds it hard to chew and swallow lumpy food and can cough and gag at mealtimes. He tires quickly in PE.
            """),
            "E": _t("""
                - By July 2027, Henry will eat a soft school lunch within 30 minutes without gagging, on 4 out of 5 days recorded by lunchtime staff.
                - By July 2027, Henry will take part in the whole of every PE lesson with rest breaks, as recorded by his class teacher.
            """),
            "G": _t("""
                Provision for the 2026/27 school year
                - A speech and language therapist from the Lowther Bridge Children's Eating and Drinking Team will write Henry's eating plan, covering safe food textures (how soft or lumpy his food is), in one 1-hour visit in September 2026, and review it each term.
                - A lunchtime supervisor trained by the speech and language therapist will sit with Henry and follow his eating plan at every lunch.
                - Henry's class teacher will let him take a 2-minute rest after every 10 minutes of activity in PE.
                - An orthoptist (a specialist in eye movements) from the Lowther Bridge Eye Clinic will check Henry's eye movements and squint once a term.
            """),
        },
        expected=(
            (
                "golden_thread",
                "G",
                "An orthoptist (a specialist in eye movements) from the Lowther Bridge Eye Clinic will check Henry's eye movements and squint once a term.",
            ),
        ),
        tags=("golden_thread", "provision-no-need", "rare-condition", "dysphagia", "lay-clinical"),
    ),
    # 79
    Case(
        name="sma-hydrotherapy-passive-no-frequency",
        sections={
            "C": _t("""
                Health needs
                Alice is 15 and has spinal muscular atrophy, a condition that weakens the muscles. She uses a powered wheelchair and has weak arms. Her joints are getting stiffer as she grows.
            """),
            "E": _t("""
                - By July 2027, Alice will keep the movement in her knees and elbows at her September 2026 level or better, as measured by her physiotherapist each term.
                - By July 2027, Alice will use her arm supports to feed herself her whole lunch on 4 out of 5 days.
            """),
            "G": _t("""
                - A physiotherapist from the Greyhaven Children's Muscle Conditions Service will see Alice in school for 1 hour every half term for the 2026/27 school year to review her stretches and arm supports.
                - Alice's teaching assistant, trained by the physiotherapist, will do her 20-minute stretching programme with her every school day for the 2026/27 school year.
                - Hydrotherapy (exercise in a warm pool) will be provided for the 2026/27 school year.
            """),
        },
        expected=(
            (
                "no_provider",
                "G",
                "Hydrotherapy (exercise in a warm pool) will be provided for the 2026/27 school year.",
            ),
            (
                "no_frequency",
                "G",
                "Hydrotherapy (exercise in a warm pool) will be provided for the 2026/27 school year.",
            ),
        ),
        tags=("no_provider", "no_frequency", "passive", "neuromuscular", "young-person"),
    ),
    # 80
    Case(
        name="diabetes-panic-outcome-missing-and-vague",
        sections={
            "C": _t("""
                Health needs
                Emily is 10 and has type 1 diabetes. She needs her blood sugar checked before lunch and before PE, and she needs help to work out her diabetes medicine dose from the carbohydrate in her lunch. She has been having panic attacks in class since her diagnosis.
            """),
            "E": _t("""
                - Emily will be more independent with her diabetes.
                - By July 2027, Emily will check her own blood sugar before PE on every PE day, with an adult checking the reading, as recorded in her diabetes log.
            """),
            "G": _t("""
                For the 2026/27 school year:
                - The Fenwick Down Paediatric Diabetes Team will train two named teaching assistants in Emily's care plan, blood sugar checks and dose calculation, in a 2-hour session in September 2026 and a 1-hour refresher each term.
                - A trained teaching assistant will check Emily's blood sugar and work out her dose with her before lunch and before PE every school day.
                - A practitioner from the Fenwick Down Mental Health Support Team will see Emily for 30 minutes every week for 8 weeks from October 2026 to help with her panic attacks.
            """),
        },
        expected=(
            (
                "golden_thread",
                "C",
                "She has been having panic attacks in class since her diagnosis.",
            ),
            ("outcome_not_smart", "E", "Emily will be more independent with her diabetes."),
        ),
        tags=("golden_thread", "need-no-outcome", "outcome_not_smart", "diabetes", "mental-health"),
    ),
    # 81
    Case(
        name="physio-letter-undivided-hemiplegia-brand",
        kind="advice",
        sections={
            "advice": _t("""
                Health advice - children's physiotherapy

                I have worked with Jack (age 8) since 2026. Jack has right hemiplegia and walks with his right foot turned in. In March 2027 he had Botox injections into his calf muscles to reduce the tightness, and he now wears a night splint on his right leg.

                In school Jack needs a daily stretching programme, extra time to get around the building, and help with activities that need two hands, such as cutting and opening containers.

                Rachel Okonjo
                Clinical Specialist Physiotherapist, Marlstone Children's Therapy Service
                2 May 2027
            """),
        },
        expected=(
            ("jargon", "advice", "hemiplegia"),
            ("drug_name", "advice", "Botox"),
        ),
        tags=("jargon", "drug_name", "advice-undivided", "cerebral-palsy"),
    ),
    # 82
    Case(
        name="cleft-palate-advice-may-and-no-author",
        kind="advice",
        sections={
            "needs": _t("""
                Ivy is 3 and has a cleft palate (a gap in the roof of her mouth) that was repaired in 2026. Her speech is hard to understand because air escapes through her nose when she talks. She has had many ear infections and has fluid in her ears, which makes her hearing dull.
            """),
            "outcomes": _t("""
                - By July 2027, Ivy will say the sounds p, b, t and d clearly in single words in 8 out of 10 tries, as checked by her speech and language therapist.
                - By April 2027, Ivy will turn to her name called from across the room at nursery on 4 out of 5 tries, as recorded by her key worker.
            """),
            "provision": _t("""
                - A specialist speech and language therapist from the Harrowfield Cleft Lip and Palate Service will see Ivy for 45 minutes every 2 weeks from September 2026 to July 2027.
                - Her key worker, trained by the speech and language therapist, will practise Ivy's sound games with her for 10 minutes three times a week until July 2027.
                - A paediatric audiologist from the Harrowfield Children's Hearing Service will test Ivy's hearing every 3 months until July 2027, and she may be fitted with hearing aids.
            """),
        },
        expected=(
            ("unspecified_provision", "provision", "may"),
            ("advice_no_author", "author", ""),
        ),
        tags=(
            "unspecified_provision",
            "advice_no_author",
            "advice-divided",
            "cleft",
            "hearing",
            "early-years",
        ),
    ),
    # 83
    Case(
        name="absences-notes-no-period-screens-no-frequency",
        sections={
            "C": _t("""
                Health needs
                Riya is 16 and has epilepsy with absence seizures (short blank spells of a few seconds) many times a day. She misses parts of lessons and instructions during them. Flickering screens and lights can set off seizures.
            """),
            "E": _t("""
                - By July 2027, Riya will use her lesson notes to catch up on what she missed, completing 9 out of 10 classwork tasks, as recorded by her form tutor.
                - By July 2027, Riya will tell her teacher when a screen or light is flickering, on every occasion recorded in her seizure diary.
            """),
            "G": _t("""
                - Riya's subject teachers will give her printed notes and instructions for every lesson.
                - An epilepsy nurse specialist from the Oakhurst Young People's Epilepsy Service will train Riya's teachers to recognise her absence seizures in one 1-hour session in September 2026.
                - Riya's form tutor will check that classroom screens and lights in her rooms do not flicker, for the 2026/27 school year.
            """),
        },
        expected=(
            (
                "no_duration",
                "G",
                "Riya's subject teachers will give her printed notes and instructions for every lesson.",
            ),
            (
                "no_frequency",
                "G",
                "Riya's form tutor will check that classroom screens and lights in her rooms do not flicker, for the 2026/27 school year.",
            ),
        ),
        tags=("no_duration", "no_frequency", "epilepsy", "young-person", "one-off"),
    ),
    # 84
    Case(
        name="insoles-toileting-need-without-provision",
        sections={
            "C": _t("""
                Health needs
                Mila is 6 and has a learning disability. Her feet turn in and she trips often when she walks or runs. She cannot yet tell when she needs the toilet and has accidents at school most days.
            """),
            "E": _t("""
                - By July 2027, Mila will walk the length of the playground without tripping on 4 out of 5 tries, wearing her insoles.
                - By July 2027, Mila will stay dry at school on at least 3 out of 5 days, as recorded on her toilet chart.
            """),
            "G": _t("""
                Provision until July 2027:
                - A podiatrist (a foot specialist) from Westerleigh Children's Podiatry Service will assess Mila's feet and provide orthotic insoles (shaped shoe inserts) in one 45-minute appointment in September 2026, with a review in March 2027.
                - Mila's teaching assistant, trained by the podiatrist, will check each morning that her insoles are in her shoes.
            """),
        },
        expected=(
            (
                "golden_thread",
                "C",
                "She cannot yet tell when she needs the toilet and has accidents at school most days.",
            ),
        ),
        tags=(
            "golden_thread",
            "need-no-provision",
            "lay-clinical",
            "continence",
            "learning-disability",
        ),
    ),
    # 85
    Case(
        name="multiple-allergies-nurse-advice-staff-untrained",
        kind="advice",
        sections={
            "needs": _t("""
                Logan is 9 and has severe food allergies to egg, milk and sesame. He has had anaphylaxis (a severe allergic reaction) twice, most recently in April 2027. He also has asthma, which makes a reaction more dangerous.
            """),
            "outcomes": _t("""
                - By July 2028, Logan will name his allergens and ask 'Is this safe for me?' before eating any food at school, on every occasion observed by his class teacher.
                - By July 2028, Logan will carry his inhaler and allergy pens in his bag to every lesson and trip, checked each week by his class teacher.
            """),
            "provision": _t("""
                - The Brackenmoor School Nursing Team will train Logan's class teacher and the school cook in his allergy action plan and allergy pens in a 1-hour session each September until July 2028.
                - Staff will check every food label before Logan eats anything at school, including on trips, until July 2028.
                - Logan's class teacher will check at registration each morning that his two allergy pens and inhaler are in his bag.
            """),
            "author": "Eilidh Mackay, School Nurse, Brackenmoor School Nursing Team, 20 May 2027",
        },
        expected=(
            (
                "no_provider",
                "provision",
                "Staff will check every food label before Logan eats anything at school, including on trips, until July 2028.",
            ),
            (
                "no_duration",
                "provision",
                "Logan's class teacher will check at registration each morning that his two allergy pens and inhaler are in his bag.",
            ),
        ),
        tags=("no_provider", "no_duration", "advice-divided", "anaphylaxis", "asthma"),
    ),
    # 86
    Case(
        name="selective-mutism-outcome-without-time",
        sections={
            "C": _t("""
                Health needs
                Aisha is 8 and has selective mutism, a form of anxiety in which she cannot speak in some places, such as school, although she talks freely at home. She becomes frozen and tearful when asked direct questions in class.
            """),
            "E": _t("""
                - Aisha will use her communication book to ask an adult for help on 4 out of 5 occasions.
                - By July 2027, Aisha will answer the register with a nod or a card every morning, and say one word aloud to her key adult on at least 3 days a week, as recorded by her teaching assistant.
            """),
            "G": _t("""
                For the 2026/27 school year:
                - A speech and language therapist from Calderbrook Children's Speech and Language Therapy Service will visit school for 1 hour each half term to plan Aisha's small steps to talking and train her key adult.
                - Her key adult, a teaching assistant trained by the speech and language therapist, will play a 15-minute talking game with Aisha in a quiet room four times a week.
                - Aisha's class teacher will not ask her direct questions in front of the class, and will give her a communication book to use in every lesson.
            """),
        },
        expected=(
            (
                "outcome_not_smart",
                "E",
                "Aisha will use her communication book to ask an adult for help on 4 out of 5 occasions.",
            ),
        ),
        tags=("outcome_not_smart", "mental-health", "communication", "section-period"),
    ),
    # 87
    Case(
        name="focal-seizures-nurse-advice-postictal-cns",
        kind="advice",
        sections={
            "needs": _t("""
                Tegan is 13 and has epilepsy. She has focal seizures, where she stops, looks confused and picks at her clothes for about a minute, two or three times a week. She is postictal for up to an hour afterwards and cannot take in new learning.
            """),
            "outcomes": _t("""
                - By July 2027, Tegan will rest in the medical room after a seizure and return to class within 1 hour on 4 out of 5 occasions, as recorded in her seizure log.
                - By July 2027, Tegan will catch up on work missed after seizures within one week on 4 out of 5 occasions, checked by her form tutor.
            """),
            "provision": _t("""
                For the 2026/27 school year:
                - I will train all staff who teach Tegan to recognise her seizures and follow her care plan, in one 1-hour session in September 2026.
                - After every seizure, a member of staff trained in her care plan will take Tegan to the medical room and stay with her until she is ready to return to class.
                - Tegan's form tutor will give her copies of notes from any lesson she misses after a seizure by the end of the same week.
            """),
            "author": "Laura Finch, Epilepsy CNS, Kingsmere Young People's Epilepsy Service, 8 September 2026",
        },
        expected=(
            ("jargon", "needs", "postictal"),
            ("acronym", "author", "CNS"),
        ),
        tags=(
            "jargon",
            "acronym",
            "advice-divided",
            "epilepsy",
            "first-person",
            "acronym-in-author",
        ),
    ),
    # 88
    Case(
        name="low-mood-access-to-otherwise-specified",
        sections={
            "C": _t("""
                Health needs
                Zainab is 14. She has low mood and worries a lot about friendships, and because of this she has missed school on about one day a week since January 2027.
            """),
            "E": _t("""
                - By July 2027, Zainab will attend at least 95% of school days in the summer term, as recorded on the register.
                - By July 2027, Zainab will use two of the ways she has learned to manage worry, recording them in her diary at least 3 times a week.
            """),
            "G": _t("""
                - Zainab will have access to a mental health practitioner from the Ryeford Mental Health Support Team for 40 minutes every week for the 2026/27 school year.
                - Zainab's head of year will meet her for 10 minutes every Monday morning for the 2026/27 school year to plan her week.
            """),
        },
        expected=(("unspecified_provision", "G", "access to"),),
        tags=("unspecified_provision", "mental-health"),
    ),
    # 89
    Case(
        name="pmld-complex-table-clean",
        sections={
            "C": _t("""
                Health needs
                Noah is 16 and has profound and multiple learning disabilities, caused by a brain injury at birth. He cannot move himself, does not speak and communicates with sounds, smiles and eye pointing. He has a gastrostomy (a feeding tube into his stomach) for all his food, drinks and medicines. He has epilepsy with seizures most days. His chest gets congested easily, so he needs his chest cleared and his position changed every hour.
            """),
            "E": _t("""
                - By July 2027, Noah will use eye pointing to choose between two objects in 4 out of 5 sessions, as recorded by his class team.
                - By July 2027, Noah will have his midday tube feed sitting with his class at lunch on 4 out of 5 days.
                - By July 2027, Noah will be settled and comfortable within 30 minutes after 4 out of 5 seizures, as recorded in his seizure log.
                - By July 2027, Noah will attend at least 90% of school days without a chest infection keeping him at home, as recorded on the register.
            """),
            "G": _t("""
                Provision | Provider | How often | How long
                Tube feeds, water and medicines through his feeding tube, following his feeding plan | Two named teaching assistants trained and signed off by the Harrowfield Children's Community Nursing Team | At the times on his feeding plan, every school day | 2026/27 school year
                Following his seizure plan, including emergency medicine if a seizure lasts over 5 minutes | Teaching assistants trained by the Harrowfield Children's Epilepsy Nurse | Each time he has a seizure | 2026/27 school year
                Chest clearance and changes of position | Teaching assistants trained by the Harrowfield Children's Chest Physiotherapy Team | Position changed every hour; chest clearance twice a day for 15 minutes | 2026/27 school year
                Eye-pointing communication programme | Speech and language therapist, Harrowfield Children's Learning Disability Team | 1 hour every half term, with his class team practising it daily | 2026/27 school year
                Competence checks of the trained teaching assistants | Harrowfield Children's Community Nursing Team | Every 6 months | 2026/27 school year
            """),
        },
        tags=("clean", "table", "complex-needs", "gastrostomy", "epilepsy", "conditional"),
    ),
    # 90
    Case(
        name="ld-nurse-advice-periods-health-check-clean",
        kind="advice",
        sections={
            "needs": _t("""
                Ellie is 17 and has a moderate learning disability. She has recently started her periods and finds managing them at college very hard; she becomes upset and sometimes leaves lessons. She has not yet had her annual learning disability health check with her GP.
            """),
            "outcomes": _t("""
                - By July 2027, Ellie will use her picture guide to change her pad on her own at college, on 4 out of 5 occasions recorded by her support worker.
                - By January 2027, Ellie will have had her annual learning disability health check with her GP, and her health action plan will be shared with college.
            """),
            "provision": _t("""
                - I will see Ellie at college for six 45-minute sessions, one every 2 weeks from October 2026, to teach her how to manage her periods using a picture guide.
                - Ellie's support worker, trained by me in the first session, will remind Ellie to check her pad at every break for the 2026/27 college year.
                - I will help Ellie and her mother to book and attend her annual health check with her GP by January 2027, in one 1-hour home visit in November 2026.
            """),
            "author": "Bernadette Quinn, Community Learning Disability Nurse, Stanmoor Community Learning Disability Team, 22 September 2026",
        },
        tags=(
            "clean",
            "advice-divided",
            "first-person",
            "young-person",
            "learning-disability",
            "one-off",
        ),
    ),
    # 91
    Case(
        name="usher-deafblind-intervenor-clean",
        sections={
            "C": _t("""
                Health needs
                Leo is 9 and has Usher syndrome, a rare genetic condition. He has severe hearing loss in both ears and his sight is getting worse, so he is deafblind. He uses touch, objects and some signs to communicate. He also has balance problems and falls easily in unfamiliar places.
            """),
            "E": _t("""
                - By July 2027, Leo will use 15 object cues or touch signs to make choices during the school day, as recorded by his intervenor (his specially trained support worker).
                - By July 2027, Leo will move between his classroom, the hall and the toilet holding his support worker's arm, without falling, on 4 out of 5 days.
            """),
            "G": _t("""
                For the 2026/27 school year:
                - An intervenor (a support worker trained in deafblindness by the Kingsmere Multi-Sensory Impairment Service) will work with Leo for the whole school day, every school day.
                - A qualified teacher of children with multi-sensory impairment from the Kingsmere Multi-Sensory Impairment Service will visit school for 2 hours every 2 weeks to plan Leo's communication and mobility programme.
                - A paediatric audiologist from the Kingsmere Children's Hearing Service will check Leo's hearing and hearing aids every 6 months.
                - A habilitation specialist (a mobility teacher for children with sight loss) from the Kingsmere Sensory Support Service will teach Leo routes around school in 1-hour sessions once a week in the autumn term of 2026.
            """),
        },
        tags=("clean", "deafblind", "rare-condition", "hearing", "sight", "section-period"),
    ),
    # 92
    Case(
        name="genetics-letter-williams-clean",
        kind="advice",
        sections={
            "advice": _t("""
                Clinical Genetics Service, Harrowfield

                Dear Mr and Mrs Baptiste,

                I am writing with the health advice you asked for about Toby, who is 7. Toby has Williams syndrome, a rare genetic condition. Children with Williams syndrome are usually very sociable and chatty, but often find number work, drawing and judging distances hard, and they can be very anxious and sensitive to sudden loud noises.

                Toby also has a narrowing of one of the large blood vessels near his heart. This is checked every year by his heart doctor and does not limit what he can do at school.

                I will see Toby again in 2028.

                With best wishes,

                Dr Marcus Feld
                Consultant in Clinical Genetics
                27 February 2027
            """),
        },
        tags=("clean", "advice-undivided", "letter", "rare-condition"),
    ),
    # 93
    Case(
        name="provision-only-key-stage-table-clean",
        sections={
            "G": _t("""
                Section G - health provision
                Provision | Provided by | Frequency | Duration
                Speech and language therapy sessions on understanding and using words | Speech and language therapist, Lowther Bridge Children's Speech and Language Therapy Service | 30 minutes every week | Until the end of Key Stage 1
                A language group run in class | Teaching assistant trained by the speech and language therapist | 20 minutes, three times a week | Until the end of Key Stage 1
                Review of targets with parents and class teacher | Speech and language therapist | Once a term | Until the end of Key Stage 1
            """),
        },
        tags=("clean", "provision-only", "table", "key-stage", "communication"),
    ),
    # 94
    Case(
        name="diabetes-while-attends-conditional-clean",
        sections={
            "C": _t("""
                Health needs
                Sienna is 7 and has type 1 diabetes. She wears a pump and a sensor. She cannot yet recognise when her blood sugar is low, and she needs an adult to check her sensor and give her dose at lunch.
            """),
            "E": _t("""
                - By July 2027, Sienna will tell an adult when she feels shaky or wobbly, on 3 out of 5 low blood sugar episodes recorded in her diabetes log.
                - By July 2027, Sienna will press the buttons on her pump for her lunch dose herself, with an adult checking, on 4 out of 5 days.
            """),
            "G": _t("""
                All provision below applies while Sienna attends Elsworth Vale Primary School.
                - The Elsworth Vale Paediatric Diabetes Team will train three named teaching assistants in Sienna's care plan, sensor alarms and pump, in a 2-hour session each September and a 1-hour refresher each January.
                - A trained teaching assistant will stay within sight of Sienna and carry her sensor receiver at all times during the school day.
                - If Sienna's sensor alarms for a low blood sugar, a trained teaching assistant will give her fast-acting sugar following her care plan and recheck after 15 minutes.
                - A trained teaching assistant will help Sienna work out and give her lunch dose on her pump every school day.
            """),
        },
        tags=("clean", "diabetes", "conditional", "section-period", "while-attends"),
    ),
    # 95
    Case(
        name="stammering-salt-advice-clean",
        kind="advice",
        sections={
            "needs": _t("""
                Arlo is 9 and stammers. He repeats sounds and gets stuck on words, especially when he is asked questions in front of the class or has to read aloud. He has started to avoid putting his hand up and says he hates talking at school.
            """),
            "outcomes": _t("""
                - By July 2027, Arlo will answer at least one question in front of the class each day, on 4 out of 5 days, as recorded by his class teacher.
                - By July 2027, Arlo will rate how he feels about talking at school as 6 or more out of 10, up from 2 in September 2026.
            """),
            "provision": _t("""
                I recommend the following for the 2026/27 school year:
                - I will see Arlo in school for six 45-minute sessions, one every 2 weeks in the autumn term, to teach him and his class teacher ways to make talking easier.
                - His class teacher will give Arlo time to finish what he says, without finishing words for him, in every lesson.
                - His class teacher will agree with Arlo before each lesson whether he wants to read aloud, and let him read with a partner if he prefers.
                - I will review Arlo's progress with him, his parents and his class teacher in a 1-hour meeting in March 2027.
            """),
            "author": "Sophie Laurent, Specialist Speech and Language Therapist, Oakhurst Children's Speech and Language Therapy Service, 14 September 2026",
        },
        tags=("clean", "advice-divided", "first-person", "communication", "one-off"),
    ),
    # 96
    Case(
        name="heart-pacemaker-long-paragraphs-clean",
        sections={
            "C": _t("""
                Section C: Health needs
                Marcus is a 12-year-old young man who lives with his grandparents in Stanmoor and attends Stanmoor High School, where he is in Year 8. Marcus was born with a heart condition and had several operations when he was younger. He gets breathless on stairs and in PE. He also has a pacemaker (a small device under the skin that keeps his heart beating steadily), so he must avoid contact sports and strong magnets.
            """),
            "E": _t("""
                By the end of Year 8 in July 2027, Marcus will take part in every PE lesson at an adapted level, stopping to rest when he needs to, as recorded by his PE teacher. By July 2027, Marcus will use his lift pass to get to upstairs lessons on time on 4 out of 5 days, as recorded by his form tutor.
            """),
            "G": _t("""
                All health provision in this section is for the 2026/27 school year. The heart nurse specialist from Harrowfield Children's Heart Centre will meet Marcus's PE teacher and form tutor once, in September 2026, for 1 hour to agree his adapted PE plan and explain his pacemaker. Marcus's PE teacher, trained by the heart nurse specialist, will follow his adapted PE plan in every PE lesson, keeping him out of contact sports. Marcus's form tutor will give him a lift pass in September 2026 and check each half term that it still works for his timetable. The heart nurse specialist will review the PE plan with Marcus, his grandparents and his PE teacher by phone once a term for 30 minutes.
            """),
        },
        tags=("clean", "paragraphs", "heart", "one-off", "section-period"),
    ),
    # 97
    Case(
        name="adhd-teen-office-keeps-medicine-clean",
        sections={
            "C": _t("""
                Health needs
                Jade is 15 and has attention deficit hyperactivity disorder (ADHD). Her ADHD medicine wears off by early afternoon, after which she finds it very hard to concentrate and often leaves lessons without permission. She forgets homework and equipment most days.
            """),
            "E": _t("""
                - By July 2027, Jade will take her lunchtime dose of medicine from the school office at 12:30 without a reminder on 9 out of 10 school days.
                - By July 2027, Jade will stay in afternoon lessons for the whole lesson on 4 out of 5 days, using her movement card when she needs a break, as recorded by her head of year.
                - By July 2027, Jade will bring the right equipment for every lesson on 4 out of 5 days, checked by her form tutor.
            """),
            "G": _t("""
                Provision for the 2026/27 school year
                - The school office administrator will keep Jade's medicine locked in the office and record each lunchtime dose she takes, every school day.
                - A community paediatric nurse from Ryeford Community Child Health will review Jade's medicine and how she is managing in a 30-minute meeting once a term.
                - Jade's head of year will give her a movement card allowing one 5-minute break in every afternoon lesson.
                - Jade's form tutor will check her equipment and planner for 5 minutes at registration every morning.
            """),
        },
        tags=("clean", "adhd", "admin-role", "acronym-expanded", "section-period"),
    ),
    # 98
    Case(
        name="toddler-global-delay-home-visits-clean",
        sections={
            "C": _t("""
                Health needs
                Mateo is 2 and is behind in all areas of his development: he is learning to sit, is not yet crawling, and is not yet babbling or using words. He has repeated ear infections, and a hearing test in October 2026 showed mild, temporary hearing loss in both ears.
            """),
            "E": _t("""
                - By his third birthday in August 2027, Mateo will crawl across the room to reach a toy, as seen by his physiotherapist.
                - By August 2027, Mateo will babble using at least four different sounds and use one word or sign to ask for 'more', as recorded by his parents.
                - By April 2027, Mateo will turn to his name called from 2 metres away on 4 out of 5 tries, as checked by his audiologist.
            """),
            "G": _t("""
                Provision until Mateo starts nursery in September 2027:
                - A paediatric physiotherapist from the Brackenmoor Child Development Centre will see Mateo at home every 4 weeks for 45 minutes to set his movement activities.
                - A speech and language therapist from the Brackenmoor Child Development Centre will run a 1-hour early communication group for Mateo and his mother every 2 weeks.
                - A paediatric audiologist from the Brackenmoor Children's Hearing Service will retest Mateo's hearing every 3 months and refer him to the ear, nose and throat clinic if his hearing has not improved by April 2027.
            """),
        },
        tags=("clean", "early-years", "hearing", "section-period"),
    ),
    # 99
    Case(
        name="spinal-surgery-physio-advice-clean",
        kind="advice",
        sections={
            "needs": _t("""
                Amber is 15. She had an operation in July 2027 to straighten her spine, which had a severe curve (scoliosis). She is recovering well, but until February 2028 she must not bend, twist or lift more than 2 kg, and she cannot sit for longer than 40 minutes without pain.
            """),
            "outcomes": _t("""
                - By February 2028, Amber will carry only her light day bag on every school day, with her books kept in a locker on each floor, as checked by her form tutor.
                - By February 2028, Amber will stay in every lesson without leaving because of pain on 4 out of 5 days, standing to stretch after 30 minutes of sitting.
            """),
            "provision": _t("""
                From September 2027 to February 2028:
                - Amber's form tutor will give her two lockers, one on each floor, and a lift pass, in her first week back in September 2027.
                - Her subject teachers will let Amber stand at the back of the room to stretch for 2 minutes after every 30 minutes of sitting, in every lesson.
                - A paediatric physiotherapist from the Harrowfield Spinal Service will see Amber for 45 minutes every 4 weeks to progress her exercises.
                - Amber's PE teacher will give her a non-active PE role, such as scoring or timing, in every PE lesson.
            """),
            "author": "Olivia Brandt, Clinical Specialist Physiotherapist, Harrowfield Spinal Service, 1 September 2027",
        },
        tags=("clean", "advice-divided", "scoliosis", "section-period", "one-off"),
    ),
    # 100
    Case(
        name="depression-safety-plan-college-clean",
        sections={
            "C": _t("""
                Health needs
                Nathaniel is 17 and attends Westerleigh Sixth Form College. He has depression and has self-harmed in the past year. He sometimes has thoughts of ending his life, and he has a safety plan agreed with the Westerleigh Child and Adolescent Mental Health Service. When his mood is low he cannot get up in the morning and misses college.
            """),
            "E": _t("""
                - By July 2027, Nathaniel will use his safety plan and tell his named tutor when he feels unsafe, on every occasion, as recorded in his safety plan log.
                - By July 2027, Nathaniel will attend at least 80% of his college sessions, as recorded on the college register.
            """),
            "G": _t("""
                For the 2026/27 college year:
                - A mental health practitioner from the Westerleigh Child and Adolescent Mental Health Service will see Nathaniel for 50 minutes every week from September 2026 to December 2026, then every 2 weeks.
                - His named tutor, trained in his safety plan by the mental health practitioner, will meet Nathaniel for 15 minutes every Monday and Thursday.
                - If Nathaniel tells his named tutor or any of his subject teachers that he feels unsafe, that teacher will stay with him and contact the college safeguarding lead at once, following his safety plan.
                - His named tutor will agree a later start time of 10am with his subject teachers, for every day he attends.
            """),
        },
        tags=("clean", "mental-health", "young-person", "conditional", "post-16"),
    ),
]
