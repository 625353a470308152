"""Blind set 2026-12f: 100 invented, labelled cases of EHC plan health sections and health advice.

Written without reading the checks, from the domain notes and the labelling conventions in
``heldout.py`` (lines 1-40) with the issue tracker's clarifications (see README.md). All
children, clinicians, services, trusts, towns and dates are invented.
"""

from ..cases import Case

BLIND: list[Case] = []

# Part 1: plan cases
BLIND += [
    Case(
        name="jia-morning-stiffness-wrist",
        sections={
            "C": """HEALTH NEEDS
Maisie (age 9, Year 4 at Hollins Lane Primary) has juvenile idiopathic arthritis, a long-term condition in which her joints become swollen, stiff and painful. Her knees and right wrist are most affected. Stiffness is worst in the first hour of the morning and after sitting still for long periods. Writing for more than ten minutes makes her wrist ache.""",
            "E": """By the end of Year 4 (July 2027), Maisie will complete the morning stretching routine with her trained teaching assistant on at least 4 of 5 school days, as recorded in her home-school book.
By February 2027, Maisie will write for 15 minutes using her sloped board and chunky pen without stopping for wrist pain, in 3 out of 4 literacy lessons.""",
            "G": """All provision in this section runs from September 2026 to the annual review in July 2027.
1. A paediatric physiotherapist from the Kestrel Valley Children's Therapy Service will write a daily stretching programme and visit school once every half term for 45 minutes to train staff and check progress.
2. A teaching assistant trained by the physiotherapist will lead the 10-minute stretching routine each morning at 9am.
3. An occupational therapist from the same service will assess Maisie's writing in one 60-minute visit in October 2026 and provide a sloped writing board and chunky pen.
4. Her class teacher will give Maisie a 5-minute movement break after every 20 minutes of seated work.""",
        },
        expected=(),
        kind="plan",
        tags=("clean", "arthritis", "numbered", "one-off-visit"),
    ),
    Case(
        name="chd-table-regular-dietitian",
        sections={
            "C": """Noah is 6 and in Year 1. He was born with congenital heart disease (his heart has only one working pumping chamber) and has had three operations, the last in March 2025. He becomes breathless and blue around the lips when he runs or climbs stairs. He has a poor appetite and is below the expected weight for his age.""",
            "E": """By July 2027, Noah will take part in PE for the whole lesson, with rest stops he chooses, in at least 3 of every 4 lessons.
By the end of Year 1, Noah will eat at least half of his school lunch on 4 out of 5 days, as recorded on his lunch chart.""",
            "G": """All provision is until the end of Year 1 (July 2027).
PROVISION | WHO | HOW OFTEN
PE adapted so Noah can stop and rest when he is breathless | class teacher | every PE lesson
Lift pass for the stairs to the hall | school office | every day
Dietitian review of his weight and lunch plan | paediatric dietitian, Ashworth Children's Hospital | regular
Visit to school to teach staff the warning signs of heart strain | cardiac liaison nurse, Ashworth Children's Hospital | one visit in September 2026""",
        },
        expected=(
            ("unspecified_provision", "G", "regular"),
            (
                "no_frequency",
                "G",
                "Dietitian review of his weight and lunch plan | paediatric dietitian, Ashworth Children's Hospital | regular",
            ),
        ),
        kind="plan",
        tags=("congenital-heart", "table", "vague"),
    ),
    Case(
        name="dialysis-fluid-chart-no-period",
        sections={
            "C": """Kacper (13, Year 8) has end-stage kidney disease and has haemodialysis (a machine cleans his blood) at Brindley Royal Infirmary three afternoons a week, on Monday, Wednesday and Friday, so he misses those afternoons at school. He has a strict fluid limit of 800ml a day and a low-potassium diet. He is often tired and low in mood on dialysis days. He is on the transplant waiting list.""",
            "E": """By the end of Year 8 (July 2027), Kacper will complete catch-up work for at least 80% of the lessons he misses on dialysis days, as checked each half term by his head of year.
By March 2027, Kacper will keep to his fluid limit at school on every day of a 4-week fluid chart.""",
            "G": """1. A teacher from the Brindley Royal Infirmary hospital school will teach Kacper for 1 hour during each dialysis session (three times a week) for the 2026/27 school year.
2. The renal dietitian will train his form tutor and the catering manager in his fluid and potassium limits in one 45-minute meeting in September 2026.
3. His form tutor will check his fluid chart with him every school day.""",
        },
        expected=(
            ("no_duration", "G", "His form tutor will check his fluid chart with him every school day."),
            ("golden_thread", "C", "He is often tired and low in mood on dialysis days."),
        ),
        kind="plan",
        tags=("kidney", "dialysis", "golden-thread-need"),
    ),
    Case(
        name="stoma-trained-tas-may-trip",
        sections={
            "C": """Lily-Rose (11, Year 6, St Anselm's CE Primary) was born with a bowel condition and had surgery as a baby. She now has a stoma (an opening on her tummy where waste leaves her body into a bag). The bag needs emptying at school about twice a day and sometimes leaks. She is embarrassed about the smell and has started to avoid PE and school trips.""",
            "E": """By July 2027, Lily-Rose will empty and check her bag on her own at school, with her trained assistant nearby, on 9 out of 10 occasions recorded on her care log.
By Easter 2027, Lily-Rose will join every PE lesson, and she will go on the Year 6 residential trip in May 2027 with a private changing plan she helped to write.""",
            "G": """All provision below runs until July 2027, when she leaves primary school.
- The Children's Community Nursing team at Pennard Health NHS Trust will train two named teaching assistants in stoma care in one 2-hour session in September 2026, with a 1-hour refresher in January 2027.
- One of the two trained teaching assistants will support Lily-Rose to empty her bag at 10.30am and 1.15pm each school day, and whenever a leak occurs, in the medical room.
- The stoma nurse specialist will meet Lily-Rose and her parents once a term for 30 minutes to plan changing for PE and for the residential trip in May 2027.""",
        },
        expected=(),
        kind="plan",
        tags=("clean", "stoma", "trap-may-month", "bullets"),
    ),
    Case(
        name="mecfs-rest-room-feel-better",
        sections={
            "C": """Ezra (15, Year 10) has myalgic encephalomyelitis / chronic fatigue syndrome (ME/CFS), diagnosed in February 2026 by the Halden Paediatric Fatigue Service. He has very little energy and his symptoms get much worse a day or two after he does too much. He can concentrate for about 20 minutes at a time. He attends mornings only.""",
            "E": """By the end of Year 10 (July 2027), Ezra will attend four mornings a week, for at least 3 hours each morning, with no crash (a day off because of worse symptoms) in the following week, over a 6-week period.
By February 2027, Ezra will complete the written task in 3 of every 4 lessons he attends, working in 20-minute chunks.
Ezra will feel better about school.""",
            "G": """All provision below is for the 2026/27 school year.
- The occupational therapist from the Halden Paediatric Fatigue Service will meet Ezra for 45 minutes every 4 weeks to plan his activity (pacing) and set his weekly timetable.
- A rest room with a reclining chair will be available during every morning break and at 11am.
- His subject teachers will break every lesson he attends into 20-minute chunks with a 5-minute rest in between.""",
        },
        expected=(
            ("outcome_not_smart", "E", "Ezra will feel better about school."),
            (
                "no_provider",
                "G",
                "A rest room with a reclining chair will be available during every morning break and at 11am.",
            ),
        ),
        kind="plan",
        tags=("me-cfs", "passive", "outcome"),
    ),
    Case(
        name="fasd-looked-after-visual-timetable",
        sections={
            "C": """HEALTH
Jayden is 8 and in Year 3 at Orchard Vale Academy. He was diagnosed with fetal alcohol spectrum disorder (FASD) by the Larchfield Neurodevelopmental Team in June 2025. FASD affects how his brain developed before birth. For Jayden this means he forgets instructions within a few minutes, finds it hard to sit still, and has meltdowns when routines change without warning. He is a looked-after child and lives with foster carers.""",
            "E": """By July 2027, Jayden will follow a two-step instruction with a picture card without a reminder on 4 out of 5 occasions, as recorded by his teaching assistant.
By July 2027, Jayden will stay seated for 15 minutes between movement breaks in 3 of every 4 lessons.
By December 2026, Jayden will move to a new activity after a 10-minute warning without a meltdown on at least 8 of 10 recorded changes.""",
            "G": """SECTION G - HEALTH
Provision is from September 2026 until his annual review in September 2027.
A clinical psychologist from the Larchfield Neurodevelopmental Team will advise his class teacher and teaching assistant in three 1-hour consultations (October 2026, January 2027 and April 2027) on a visual timetable and a plan for changes of routine.
Jayden's teaching assistant, who completed the team's FASD training day on 8 July 2026, will show him a visual timetable at the start of each morning and afternoon, give him instructions one step at a time with a picture card, and warn him of any change at least 10 minutes before it happens.
The occupational therapist from the same team will see Jayden in school for 30 minutes every fortnight in the autumn term 2026 to set up a movement and seating plan; from January 2027 his class teacher will give him a 3-minute movement break every 15 minutes.""",
        },
        expected=(),
        kind="plan",
        tags=("clean", "fasd", "looked-after", "paragraphs", "trained-ta"),
    ),
    Case(
        name="22q11-nursery-tod-dental",
        sections={
            "C": """Amelia is 4 and attends Little Acorns Nursery three days a week. She has 22q11.2 deletion syndrome, a genetic condition. She had heart surgery as a baby and is now well from a heart point of view. Amelia has velopharyngeal insufficiency, so air escapes through her nose when she talks and she is hard to understand. She has mild hearing loss in both ears and wears hearing aids.""",
            "E": """By July 2027, Amelia will be understood by nursery staff who know her in 3 out of 4 short sentences, as measured by her speech and language therapist.
By March 2027, Amelia will wear her hearing aids for the whole nursery session on all 3 days she attends each week.""",
            "G": """All provision is until Amelia starts school in September 2027.
- A speech and language therapist from the Westmarsh Cleft Lip and Palate Team will see Amelia at nursery for 30 minutes every 2 weeks and set a home and nursery programme.
- Her nursery key worker, trained by the therapist, will do the 10-minute programme with her on each day she attends.
- The ToD from Westmarsh Sensory Support Service will visit once every half term for 1 hour to check her hearing aids and advise staff on the listening environment.
- The community dental service will check her teeth every 6 months.""",
        },
        expected=(
            ("jargon", "C", "velopharyngeal"),
            ("acronym", "G", "ToD"),
            ("golden_thread", "G", "The community dental service will check her teeth every 6 months."),
        ),
        kind="plan",
        tags=("22q11", "early-years", "golden-thread-provision"),
    ),
    Case(
        name="vi-college-table-habilitation",
        sections={
            "C": """Section C – Health needs
Tariq is 16 and studies Level 2 Business at Greyfriars College. He has optic nerve hypoplasia (his optic nerves did not grow fully before birth), which means he sees very little detail and cannot read standard print. He is registered as severely sight impaired. He uses a long cane but does not yet know the routes around the new college site.""",
            "E": """By December 2026, Tariq will travel on his own with his long cane between the main entrance, his three classrooms and the canteen, with no wrong turns on 3 observed walks.
By June 2027, Tariq will read and complete all his course assignments using screen-reading software on his laptop, handing in every one of them by the deadline.""",
            "G": """Provision | Provided by | Frequency | Duration
Training on routes around the college site | qualified habilitation specialist, Greyfriars Sensory Service | two 1-hour sessions a week | September to December 2026
Training in screen-reading software | qualified teacher of children with vision impairment, Greyfriars Sensory Service | one 1-hour session a week | autumn and spring terms 2026/27
Large-print and electronic copies of all course handouts, sent before each lesson | learning support assistant trained in accessible formats by the sensory service | every lesson | for the 2026/27 academic year""",
        },
        expected=(),
        kind="plan",
        tags=("clean", "visual-impairment", "post-16", "table"),
    ),
    Case(
        name="deafblind-preschool-opportunities-tube",
        sections={
            "C": """Mia (3 years) has CHARGE syndrome, a genetic condition, and is deafblind: she has a severe hearing loss and a coloboma (a gap in part of the eye) in both eyes that limits her vision. She uses touch cues and a few signs to communicate. She is fed through a gastrostomy tube (a tube into her stomach) and does not eat by mouth.""",
            "E": """By August 2027, Mia will use 10 touch cues or signs to ask for things, as recorded by her multi-sensory impairment teacher.
By March 2027, Mia will have all her tube feeds at pre-school on time, with no missed feeds in a 4-week log.""",
            "G": """All provision runs until Mia starts school in September 2027.
1. A qualified teacher of children with multi-sensory impairment from the Fenwick Sensory Team will visit Mia at Puddleducks Pre-school for 1 hour every week.
2. Mia will have opportunities for touch-based play with a trained adult.
3. The Children's Community Nursing team will train her key worker to give tube feeds in one 2-hour session in September 2026 and sign her off as competent.
4. Her trained key worker will give Mia's tube feeds at 10am and 1pm on every day she attends, and the dietitian will review the feed plan as appropriate.""",
        },
        expected=(
            ("unspecified_provision", "G", "opportunities for"),
            ("no_frequency", "G", "Mia will have opportunities for touch-based play with a trained adult."),
            ("unspecified_provision", "G", "as appropriate"),
            (
                "no_frequency",
                "G",
                "Her trained key worker will give Mia's tube feeds at 10am and 1pm on every day she attends, and the dietitian will review the feed plan as appropriate.",
            ),
        ),
        kind="plan",
        tags=("deafblindness", "early-years", "vague", "tube-feeding"),
    ),
    Case(
        name="brain-injury-drugs-in-section-c",
        sections={
            "C": """Since a road traffic collision in October 2025, Callum (14, Year 9) has an acquired brain injury. He has weakness down his left side, tires easily, and has seizures which are controlled with levetiracetam. His rescue medication is buccal midazolam. He has problems with short-term memory and with planning his day.""",
            "E": """By July 2027, Callum will walk between lessons on the ground-floor route, arriving within 5 minutes of the bell, on 9 out of 10 days.
By April 2027, Callum will use his phone planner to arrive at every lesson with the right equipment on 4 days out of 5, as checked by his form tutor.
By July 2027, Callum will attend full days on at least 4 days a week, using a rest break in the library at lunch.
From October 2026, every seizure Callum has at school will be managed by his care plan with no missed steps, as checked on the seizure log each half term.""",
            "G": """All provision until the annual review in October 2027.
- Neurorehabilitation physiotherapist (Coldharbour Brain Injury Service): 45 minutes in school every fortnight to progress his strengthening programme.
- Neuropsychologist (Coldharbour Brain Injury Service): four 1-hour sessions in the autumn term 2026 to set up memory and planning strategies, then one 1-hour review each term.
- Two staff trained in epilepsy and rescue medicine by the epilepsy nurse specialist (one 2-hour session in September 2026, refreshed every 12 months) will follow his seizure care plan whenever he has a seizure.
- A 20-minute rest break in the library at 12.30pm every day, supervised by a trained learning support assistant.""",
        },
        expected=(
            ("drug_name", "C", "levetiracetam"),
            ("drug_name", "C", "midazolam"),
            ("jargon", "C", "buccal"),
        ),
        kind="plan",
        tags=("brain-injury", "epilepsy", "drug-name"),
    ),
    Case(
        name="migraine-card-quiet-room",
        sections={
            "C": """Health needs
Sofia (12, Year 8) has chronic migraine: headaches with sickness and sensitivity to light on more than 15 days a month. Attacks most often start in the afternoon and last 4 to 12 hours. Bright light and missing meals make them more likely. She missed 31 days of Year 7.""",
            "E": """By July 2027, Sofia's attendance will be at least 90% across Year 8, as shown in the school register.
By December 2026, Sofia will use her migraine card to leave class and go to the quiet room within 10 minutes of an attack starting, for every attack logged.""",
            "G": """These arrangements last for the school year 2026/27.
The paediatric headache nurse from Calder Bridge Children's Hospital will write Sofia's migraine plan and review it with her head of year in a 30-minute call each half term.
If Sofia shows her migraine card, her class teacher will let her go straight to the quiet room, where a first aider trained on her migraine plan will follow the plan.
Her head of year will make sure she has a seat away from the windows in every classroom and a snack at 10.45am each day.""",
        },
        expected=(),
        kind="plan",
        tags=("clean", "migraine", "conditional", "section-period"),
    ),
    Case(
        name="hypermobility-should-as-required",
        sections={
            "C": """Ayaan (10, Year 5) has hypermobility spectrum disorder: his joints are very flexible and unstable, which causes pain in his knees, ankles and fingers. He gets tired after walking for more than 10 minutes, and his handwriting becomes slow and messy after a few lines.""",
            "E": """By July 2027, Ayaan will walk to the dining hall and back without stopping, on 4 out of 5 days.
By February 2027, Ayaan will write 8 lines of legible writing in 10 minutes using his pen grip, in 3 out of 4 writing tasks.""",
            "G": """Occupational therapy and physiotherapy from Marlowe Community Children's Services until July 2027:
- The physiotherapist will see Ayaan in school once a half term for 40 minutes to review his strengthening exercises.
- School staff should do his 10-minute exercise programme three times a week.
- The occupational therapist will provide a pen grip and writing slope and review his handwriting as required.""",
        },
        expected=(
            ("unspecified_provision", "G", "should"),
            ("no_provider", "G", "School staff should do his 10-minute exercise programme three times a week."),
            ("unspecified_provision", "G", "as required"),
            (
                "no_frequency",
                "G",
                "The occupational therapist will provide a pen grip and writing slope and review his handwriting as required.",
            ),
        ),
        kind="plan",
        tags=("hypermobility", "vague", "untrained-staff"),
    ),
    Case(
        name="tourette-exams-officer",
        sections={
            "C": """Reuben (13, Year 8) has Tourette syndrome: he has motor tics (sudden movements such as blinking and shoulder shrugging) and vocal tics (sniffing and short shouts). His tics get worse when he is anxious, particularly in exams and when he is asked to read aloud. He is teased about his tics and has started to avoid the canteen.""",
            "E": """By the end of Year 8 (July 2027), Reuben will sit all his end-of-year exams in a separate room with 25% extra time, completing every paper.
By April 2027, Reuben will eat lunch in the canteen with friends on at least 3 days a week, as he reports in his weekly check-in with his form tutor.""",
            "G": """Provision for the 2026/27 school year:
A specialist nurse from the Ravensmoor Tic Clinic will deliver one 1-hour awareness session to his class and one to staff in October 2026.
A clinical psychologist from the Ravensmoor Tic Clinic will see Reuben for 8 weekly 50-minute sessions of behavioural therapy for tics from January 2027.
His form tutor will hold a 10-minute check-in with Reuben every Monday.
His subject teachers will not ask him to read aloud in any lesson unless he volunteers.
The exams officer will book a separate room with 25% extra time for every internal exam.""",
        },
        expected=(),
        kind="plan",
        tags=("clean", "tic-disorder", "trap-admin-role"),
    ),
    Case(
        name="scoliosis-brace-outcomes-vague",
        sections={
            "C": """Grace (15, Year 11) has idiopathic scoliosis (a sideways curve of the spine with no known cause) and wears a back brace for 20 hours a day. She was last reviewed at Stanmoor Orthopaedic Centre in August 2026. The brace makes it hard for her to sit on standard chairs for long, and she has back pain by the end of the school day.""",
            "E": """Grace will be comfortable in lessons.
Grace will be able to sit through a full lesson without pain.
By the end of Year 11, Grace will take a 10-minute brace break in the medical room at lunchtime on every school day and report back pain of 3 or less out of 10 at the end of the day on 4 of 5 days.""",
            "G": """The following is in place for Year 11 (2026/27).
- A high-backed adjustable chair in each classroom, set up by the occupational therapist from Stanmoor Children's Therapy in one visit in September 2026.
- A 10-minute brace break in the medical room every lunchtime, with a first aider trained by the orthotist to help with the straps.
- The orthotist at Stanmoor Orthopaedic Centre will check the fit of the brace every 4 months.""",
        },
        expected=(
            ("outcome_not_smart", "E", "Grace will be comfortable in lessons."),
            ("outcome_not_smart", "E", "Grace will be able to sit through a full lesson without pain."),
        ),
        kind="plan",
        tags=("scoliosis", "outcome"),
    ),
    Case(
        name="dcd-acronyms-ks1",
        sections={
            "C": """Oscar (7, Year 2) was diagnosed with DCD by the community paediatrician in May 2026. He falls often, bumps into things, cannot yet dress himself after PE, and finds holding a pencil tiring.""",
            "E": """By July 2027, Oscar will change for PE on his own within 10 minutes in 4 out of 5 lessons.
By March 2027, Oscar will write his name and a short sentence with an adapted pencil without stopping to rest, in 4 of 5 attempts.
By July 2027, Oscar will fall no more than once a week at school, as recorded in the accident book.""",
            "G": """Until the end of Key Stage 1 (July 2027):
• OT from Brackley Children's Therapy Service: a block of six weekly 45-minute sessions in school in the autumn term 2026, then one review visit each term.
• His teaching assistant, trained by the therapist, will run the 15-minute motor skills group every Tuesday and Thursday, including dressing practice and pencil work.
• The physiotherapist will assess his balance in one visit in October 2026 and write a balance programme for the motor skills group.""",
        },
        expected=(
            ("acronym", "C", "DCD"),
            ("acronym", "G", "OT"),
        ),
        kind="plan",
        tags=("dyspraxia", "acronym", "key-stage-duration"),
    ),
    Case(
        name="leukaemia-remission-office-texts",
        sections={
            "C": """Ella (9, Year 4) had acute lymphoblastic leukaemia (a blood cancer) diagnosed in 2023 and finished treatment in January 2026. She is in remission. Treatment has left her tired in the afternoons and with a weaker memory. Her immunity is still recovering, so she must avoid contact with chickenpox and measles.""",
            "E": """By July 2027, Ella will stay in school for full days on at least 4 days a week, using her afternoon rest, as recorded in the register.
By March 2027, Ella will use her memory checklist to bring the right homework and kit on 4 of 5 days.
From October 2026 to July 2027, Ella will stay safely in school, with her family told on the same day of every chickenpox or measles case in her class (every case, checked on the school log).""",
            "G": """Provision in this section lasts for the 2026/27 school year.
1. The paediatric oncology outreach nurse from Saltmarsh Children's Hospital will visit school once each term for 45 minutes to update staff on late effects (health problems caused by her treatment) and on her infection plan.
2. Her class teacher will give Ella a 20-minute rest in the quiet corner at 1.30pm each day.
3. A clinical psychologist from the Saltmarsh late effects service will assess her memory in one 2-hour appointment in November 2026 and give the school a memory checklist; her class teacher will go through the checklist with her at 3pm every day.
4. The school office will text her parents on the same day whenever a case of chickenpox or measles is reported in her class.""",
        },
        expected=(),
        kind="plan",
        tags=("clean", "cancer-remission", "trap-admin-role"),
    ),
    Case(
        name="self-harm-access-counsellor-sleep",
        sections={
            "C": """Freya (15, Year 11) has been open to the Child and Adolescent Mental Health Service (CAMHS) since March 2026 for low mood and self-harm (cutting her arms). She finds it hard to ask for help in school. She has difficulty sleeping, often not falling asleep until after 2am.""",
            "E": """By February 2027, Freya will use her help card to go to her trusted adult at least once a week when she feels overwhelmed, as she reports at her CAMHS review.
By July 2027, Freya will rate her mood at 6 or more out of 10 on at least 3 days a week, on the mood scale she fills in with her care coordinator.""",
            "G": """1. CAMHS care coordinator (mental health nurse): 50-minute sessions every fortnight until March 2027, then reviewed.
2. Freya will have access to the school counsellor.
3. A trusted adult (the pastoral lead, trained in youth mental health first aid) will meet Freya for 15 minutes every morning at 8.45am for the 2026/27 school year.""",
        },
        expected=(
            ("unspecified_provision", "G", "access to"),
            ("no_frequency", "G", "Freya will have access to the school counsellor."),
            ("no_duration", "G", "Freya will have access to the school counsellor."),
            ("golden_thread", "C", "She has difficulty sleeping, often not falling asleep until after 2am."),
        ),
        kind="plan",
        tags=("self-harm", "mental-health", "vague", "golden-thread-need"),
    ),
    Case(
        name="ptsd-acronym-expanded-later",
        sections={
            "C": """Since the house fire in January 2026, Kai (11, Year 6) has PTSD. He has flashbacks when he smells smoke or hears alarms, is jumpy in the classroom, and finds it hard to concentrate for more than 10 minutes.""",
            "E": """By February 2027, Kai will leave the building calmly with his teaching assistant at every planned fire drill, as recorded by his class teacher.
By July 2027, Kai will have no more than one flashback a week in school, as recorded on his teaching assistant's log.
By July 2027, Kai will finish 3 of every 4 classroom tasks set in 10-minute chunks.""",
            "G": """The provision below runs from September 2026 to July 2027.
- Trauma-focused talking therapy for post-traumatic stress disorder (PTSD) with a clinical psychologist from the Hartcliffe Child Trauma Service: 12 weekly 1-hour sessions starting in September 2026.
- Before every planned fire drill, his class teacher will tell Kai the day before and let him leave the building 2 minutes early with his teaching assistant.
- His teaching assistant, trained by the Hartcliffe Child Trauma Service in calming (grounding) techniques, will do a 5-minute grounding exercise with Kai at the start of each morning, after lunch, and whenever he has a flashback.
- His class teacher will break tasks into 10-minute chunks with a 2-minute break between them in every lesson.""",
        },
        expected=(),
        kind="plan",
        tags=("clean", "ptsd", "trap-acronym-expanded-elsewhere"),
    ),
    Case(
        name="anorexia-college-supervised-may",
        sections={
            "C": """Hannah (17) is in her first year of A levels at Northgate Sixth Form College. She has anorexia nervosa and was an inpatient at Linfield Adolescent Unit from March to June 2026. She now has a meal plan and must eat lunch and a mid-morning snack at college. She worries a great deal about food and her body, and this makes it hard for her to concentrate in lessons.""",
            "E": """By December 2026, Hannah will eat her full meal-plan lunch and snack at college on every college day, as recorded on her meal log.
By June 2027, Hannah will attend at least 90% of her timetabled lessons.""",
            "G": """This provision is agreed until Hannah's next review in June 2027.
1. The Linfield Community Eating Disorders Service will see Hannah and her family weekly for a 1-hour family-based treatment session.
2. Lunch and her snack will be supervised every college day in a quiet room.
3. Her personal tutor may meet her once a fortnight to check how she is managing.""",
        },
        expected=(
            ("no_provider", "G", "Lunch and her snack will be supervised every college day in a quiet room."),
            ("unspecified_provision", "G", "may"),
        ),
        kind="plan",
        tags=("eating-disorder", "post-16", "passive", "vague"),
    ),
    Case(
        name="sma-ventilation-caps-heading",
        sections={
            "C": """Zara (6, Year 1) has spinal muscular atrophy type 1 (a genetic condition that weakens the muscles). She uses a wheelchair. She breathes through a tracheostomy (a breathing tube in her neck) with a ventilator (a machine that helps her breathe), including at school, and needs suction of the tube several times a day. She cannot lift her arms against gravity and needs help with all personal care.""",
            "E": """By July 2027, Zara will tell her carer when she needs suction, using her eye-gaze board, on at least 9 out of 10 occasions.
By March 2027, Zara will use her eye-gaze computer to answer questions in every maths and English lesson.
By July 2027, Zara will choose and direct each step of her personal care using her communication board, in 4 out of 5 recorded care routines.""",
            "G": """HEALTH PROVISION – all provision in this section is for the school year 2026/27.
• A children's nurse, or a carer trained and signed off by the Willowmere Children's Community Nursing team, will be with Zara throughout every school day to manage her tracheostomy and ventilator and to give suction whenever she asks or her breathing sounds wet.
• Two carers trained by the same team will carry out all personal care and hoisting at 10.30am, 12.30pm and 2.30pm each day.
• An occupational therapist from Willowmere Children's Therapy will set up her eye-gaze computer and arm supports in two 1-hour visits in September 2026 and review them once a term for 1 hour.""",
        },
        expected=(),
        kind="plan",
        tags=("clean", "ventilation", "trap-caps-heading"),
    ),
    Case(
        name="epilepsy-g-only-drug-no-period",
        sections={
            "G": """Section G
Epilepsy nurse specialist, Thornbury Community Children's Nursing: trains two staff in his seizure plan and buccal midazolam in one 2-hour session each September while he attends Thornbury Primary.
If a seizure lasts more than 5 minutes, one of the two trained staff will give his rescue medicine and call 999.
His class teacher will record every seizure on the seizure log and send a copy to his parents each Friday.""",
        },
        expected=(
            ("jargon", "G", "buccal"),
            ("drug_name", "G", "midazolam"),
            (
                "no_duration",
                "G",
                "If a seizure lasts more than 5 minutes, one of the two trained staff will give his rescue medicine and call 999.",
            ),
            (
                "no_duration",
                "G",
                "His class teacher will record every seizure on the seizure log and send a copy to his parents each Friday.",
            ),
        ),
        kind="plan",
        tags=("epilepsy", "provision-only", "conditional", "drug-name"),
    ),
    Case(
        name="cp-internship-annual-health-check",
        sections={
            "C": """Marcus (19) is on a supported internship in the catering department of Eastgate Hospital, arranged by Brookhall College. He has cerebral palsy affecting both legs (spastic diplegia): his legs are stiff, and he walks with two crutches for short distances and uses a manual wheelchair for longer ones. He needs help with buttons and zips when he changes into his uniform.""",
            "E": """By April 2027, Marcus will travel between the kitchen, the stores and the staff room in his wheelchair without help, on every shift for 4 weeks, as recorded by his job coach.
By February 2027, Marcus will change into his uniform on his own in under 10 minutes, using adapted fastenings, on 4 of 5 shifts.""",
            "G": """1. Adult community physiotherapist, Eastgate Community Health: a 45-minute review of his walking and wheelchair use every 8 weeks for the length of the internship (September 2026 to July 2027).
2. An occupational therapist from Eastgate Community Health will visit the workplace once in September 2026 to fit magnetic fastenings to his uniform and adapt the staff room.
3. The learning disability nurse will complete an annual health check every year.""",
        },
        expected=(
            ("golden_thread", "G", "The learning disability nurse will complete an annual health check every year."),
            ("no_duration", "G", "The learning disability nurse will complete an annual health check every year."),
        ),
        kind="plan",
        tags=("cerebral-palsy", "supported-internship", "golden-thread-provision"),
    ),
    Case(
        name="diabetes-outcomes-only",
        sections={
            "E": """Outcomes (health)
- For Leah to be more independent with her diabetes.
- By the end of Year 9 (July 2027), Leah will check her own blood glucose before lunch and before PE on every school day, recording it in her app, as checked weekly by her diabetes nurse.
- Leah will improve her confidence.
- By March 2027, Leah will tell an adult every time she feels her blood sugar is low, as shown on her school log.""",
        },
        expected=(
            ("outcome_not_smart", "E", "For Leah to be more independent with her diabetes."),
            ("outcome_not_smart", "E", "Leah will improve her confidence."),
        ),
        kind="plan",
        tags=("diabetes", "outcomes-only", "outcome"),
    ),
    Case(
        name="no-health-needs-section-c-only",
        sections={
            "C": """SECTION C: HEALTH NEEDS RELATED TO SPECIAL EDUCATIONAL NEEDS
Daniel has no health needs related to his special educational needs. He is fit and well, his hearing and vision were checked in June 2026 and are normal, and he is not known to any NHS service apart from his GP.""",
        },
        expected=(),
        kind="plan",
        tags=("clean", "no-health-needs", "trap-caps-heading", "trap-known-acronyms"),
    ),
]
