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
By March 2027, Kacper will keep to his fluid limit and choose low-potassium lunches at school on every day of a 4-week chart.""",
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
            "C": """Lily-Rose (11, Year 6, St Anselm's Church of England Primary) was born with a bowel condition and had surgery as a baby. She now has a stoma (an opening on her tummy where waste leaves her body into a bag). The bag needs emptying at school about twice a day and sometimes leaks. She is embarrassed about the smell and has started to avoid PE and school trips.""",
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
            "E": """By July 2027, Jayden will follow a two-step instruction with a picture card without a reminder on 4 out of 5 occassions, as recorded by his teaching assistant.
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
Training on routes around the college site | qualified mobility and independence specialist, Greyfriars Sensory Service | two 1-hour sessions a week | September to December 2026
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
            "C": """Mia (3 years) has a rare genetic condition and is deafblind: she has a severe hearing loss and a coloboma (a gap in part of the eye) in both eyes that limits her vision. She uses touch cues and a few signs to communicate. She is fed through a gastrostomy tube (a tube into her stomach) and does not eat by mouth.""",
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
By December 2026, every seizure Callum has at school will be managed by his care plan with no missed steps, as checked on the seizure log each half term.""",
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
The exams officer will book a seperate room with 25% extra time for every internal exam.""",
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
            "C": """Ella (9, Year 4) had acute lymphoblastic leukaemia (a blood cancer) diagnosed in 2023 and finished treatment in January 2026. She is in remission (there is no sign of the cancer). Treatment has left her tired in the afternoons and with a weaker memory. Her immunity is still recovering, so she must avoid contact with chickenpox and measles.""",
            "E": """By July 2027, Ella will stay in school for full days on at least 4 days a week, using her afternoon rest, as recorded in the register.
By March 2027, Ella will use her memory checklist to bring the right homework and kit on 4 of 5 days.
From October 2026 to July 2027, Ella will stay safely in school, with her family told on the same day of every chickenpox or measles case in her class (every case, checked on the school log).""",
            "G": """Provision in this section lasts for the 2026/27 school year.
1. The children's cancer outreach nurse from Saltmarsh Children's Hospital will visit school once each term for 45 minutes to update staff on late effects (health problems caused by her treatment) and on her infection plan.
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

# Part 2: plan cases
BLIND += [
    Case(
        name="cf-airway-clearance-enzymes",
        sections={
            "C": """Health needs
Rosie (12, Year 7, Kingsmead Academy) has cystic fibrosis, an inherited condition that makes thick, sticky mucus build up in her lungs and gut. She needs airway clearance (breathing exercises and chest physiotherapy to clear the mucus) twice a day, and one of these sessions falls in the school day. She takes enzyme capsules with every meal and snack to help her digest food. She picks up chest infections easily and missed 22 days of school last year.""",
            "E": """By December 2026, Rosie will do her lunchtime airway clearance on her own in the medical room, taking 20 minutes, on every school day, as logged by the member of staff who supervises her.
By July 2027, Rosie will take her enzyme capsules before every lunch and snack at school without a reminder, on 19 out of 20 recorded days.
By July 2027, Rosie's attendance will be at least 92%, as shown in the school register.""",
            "G": """All provision runs for the 2026/27 school year.
1. The cystic fibrosis physiotherapist from Thamesfield Children's Hospital will train Rosie and two members of staff in her airway clearance routine in one 90-minute visit in September 2026, and will return once a term for 45 minutes to check her technique.
2. One of the two trained staff members will supervise her 20-minute airway clearance session in the medical room at 12.30pm each school day.
3. Her form tutor will remind her to take her enzyme capsules before break and lunch each day until she meets her outcome.
4. The cystic fibrosis nurse specialist will send the school an infection control plan in September 2026 and phone her head of year for 20 minutes each half term to check it is followed; when Rosie is absent for more than 3 days, her head of year will send work home on the same day.""",
        },
        expected=(),
        kind="plan",
        tags=("clean", "cystic-fibrosis", "trap-medicine-class-not-name"),
    ),
    Case(
        name="sickle-cell-where-possible-tires",
        sections={
            "C": """Kwame is 10 and in Year 5. He has sickle cell disease. He has painful vaso-occlusive crises about once a month, when he needs to go to hospital. He must drink plenty of water and keep warm. He tires easily.""",
            "E": """By July 2027, Kwame will drink at least 1.5 litres of water during the school day on 4 out of 5 days, using his marked bottle.
By July 2027, Kwame will use a rest pass to take a 10-minute break when he is tired, and stay in lessons for the rest of the day, on 9 out of 10 occasions.
By March 2027, Kwame will tell an adult within 5 minutes when pain starts, on every episode recorded.""",
            "G": """Provision until the annual review in July 2027:
- The specialist sickle cell nurse from Southvale Sickle Cell Centre will train his class teacher and teaching assistant on his care plan in one 1-hour session in September 2026.
- Kwame will keep a water bottle on his desk, and his class teacher will let him go to the toilet whenever he asks.
- He will stay indoors at break times when it is below 5°C, where possible.
- If he has pain, his teaching assistant will phone his parents and follow his care plan.""",
        },
        expected=(
            ("jargon", "C", "vaso-occlusive"),
            ("unspecified_provision", "G", "where possible"),
            ("no_provider", "G", "He will stay indoors at break times when it is below 5°C, where possible."),
            ("golden_thread", "C", "He tires easily."),
        ),
        kind="plan",
        tags=("sickle-cell", "passive", "vague", "golden-thread-need"),
    ),
    Case(
        name="duchenne-table-what-who-when-until",
        sections={
            "C": """Harvey (13, Year 8) has Duchenne muscular dystrophy, a genetic condition in which the muscles get weaker over time. He now uses a powered wheelchair all day. He cannot lift his arms above shoulder height and gets tired writing by hand. He needs help to use the toilet and to move in and out of his wheelchiar. His heart and breathing are checked at Northfleet Children's Hospital every 6 months; they are stable and need no support in school.""",
            "E": """By December 2026, Harvey will drive his powered wheelchair between all his lessons on his own, arriving on time for 9 out of 10 lessons.
By March 2027, Harvey will produce his written work using voice-typing software on his laptop, completing 4 of every 5 written tasks in the time given.
By July 2027, Harvey will tell staff how he wants to be helped at each toilet visit, using his own care plan, on every recorded visit.""",
            "G": """What | Who | When | Until
Wheelchair skills session around the school site | wheelchair therapist, Northfleet Wheelchair Service | one 1-hour session in September 2026 and one in January 2027 | January 2027
Voice-typing set-up and training | occupational therapist, Northfleet Children's Therapy Service | four weekly 45-minute sessions from October 2026 | November 2026
Toilet visits and transfers with a ceiling hoist | two teaching assistants trained in moving and handling by the occupational therapist | 11am, 1pm and 2.45pm each day | July 2027
Hoist and sling check | occupational therapist, Northfleet Children's Therapy Service | every 6 months | July 2027""",
        },
        expected=(),
        kind="plan",
        tags=("clean", "muscular-dystrophy", "table", "trap-stable-not-a-need"),
    ),
    Case(
        name="anaphylaxis-reception-brand-names",
        sections={
            "C": """Aria (4, Reception, Brookfield Infant School) has a severe allergy to peanuts and tree nuts and has had anaphylaxis (a life-threatening allergic reaction) twice. She also has eczema on her hands, which flares when she uses paint and play dough.""",
            "E": """By July 2027, Aria will eat only food from her named lunch box or the nut-free menu, with no allergic reactions at school, as recorded on the incident log.
By March 2027, Aria will wear cotton gloves for painting and play dough in every session, and her hands will have no cracked skin at the end of the week on 4 of 5 Fridays, as checked by her parents.""",
            "G": """All provision until the end of Reception (July 2027).
1. The paediatric allergy nurse from Medway Vale Hospital will train all Reception staff to use her allergy pen (EpiPen) in one 1-hour session in September 2026 and once a year after that.
2. If Aria shows signs of a serious reaction, a trained member of staff will give the pen in her outer thigh and call 999.
3. The school cook, trained by the allergy nurse, will prepare her nut-free lunch each day.
4. Her class teacher will give her cotton gloves for every painting and play dough session and put hydrocortisone cream on any red patches after each session.""",
        },
        expected=(
            ("drug_name", "G", "EpiPen"),
            ("drug_name", "G", "hydrocortisone"),
        ),
        kind="plan",
        tags=("allergy", "early-years", "drug-name", "trap-allergy-pen"),
    ),
    Case(
        name="cochlear-implants-tod-expanded",
        sections={
            "C": """Health needs
Ibrahim (7, Year 2) was born profoundly deaf and has had bilateral cochlear implants since he was 2 (one implant in each ear, each with a sound processor worn behind the ear). With his processors working he hears speech well in quiet rooms but misses a lot in noisy places such as the hall and the playground. His processors sometimes run out of charge or stop working during the day.""",
            "E": """By July 2027, Ibrahim will repeat back a short instruction given in the hall at lunchtime correctly on 4 out of 5 tries, as checked by his Teacher of the Deaf each term.
By December 2026, Ibrahim will tell an adult within 5 minutes every time a processor stops working, as recorded on his processor log.""",
            "G": """All provision is for the 2026/27 school year.
- A Teacher of the Deaf (ToD) from Ashvale Hearing Support Service will visit school for 1 hour every 4 weeks to check his listening, advise his class teacher and check the classroom sound levels.
- The ToD will train his teaching assistant to check and charge his processors in one 45-minute session in September 2026.
- His trained teaching assistant will do a listening check on both processors at 8.50am each day and change the batteries whenever one stops working.
- His class teacher will use the remote microphone (radio aid) in every lesson and assembly.
- The cochlear implant team at Ashvale Royal Hospital will service the processors every 6 months.""",
        },
        expected=(),
        kind="plan",
        tags=("clean", "hearing-impairment", "trap-acronym-expanded"),
    ),
    Case(
        name="spina-bifida-ta-catheter",
        sections={
            "C": """Leo (9, Year 5) has spina bifida (his spine did not form properly before birth) and hydrocephalus (extra fluid on the brain), treated in 2017 with a shunt (a thin tube that drains the fluid). He uses a wheelchair, has no feeling below the waist and cannot feel when his bladder is full, so he needs a catheter passed to empty his bladder at school. He gets pressure sores if he sits in the same position for too long.""",
            "E": """By July 2027, Leo will pass his own catheter at school with supervision, on 9 out of 10 recorded occasions.
By December 2026, Leo will shift his weight in his chair every 30 minutes using his timer watch on 4 of 5 days, and he will have no new pressure sores by July 2027.
By July 2027, Leo will move around the whole school site in his wheelchair on his own, reaching every lesson on time on 9 of 10 days.""",
            "G": """This section covers the 2026/27 school year.
1. The Children's Continence Service will teach Leo to pass his own catheter in six weekly 30-minute sessions in school from September 2026.
2. He will be catheterised by a TA at 10.30am, 12.30pm and 2.30pm until he can do it himself.
3. His class teacher will remind him to shift his weight every 30 minutes.
4. His class teacher will arrange for all his lessons to be on the ground floor where possible.""",
        },
        expected=(
            ("no_provider", "G", "He will be catheterised by a TA at 10.30am, 12.30pm and 2.30pm until he can do it himself."),
            ("acronym", "G", "TA"),
            ("unspecified_provision", "G", "where possible"),
        ),
        kind="plan",
        tags=("spina-bifida", "continence", "untrained-staff", "acronym"),
    ),
    Case(
        name="autism-nursery-toileting-missing",
        sections={
            "C": """Ruby (3 years 10 months) attends Sunnyside Day Nursery. She was diagnosed with autism by the Pemberton Child Development Centre in April 2026. She is very sensitive to noise and covers her ears and screams when the room is loud. She eats only five foods, all beige and crunchy. She is not yet toilet trained and shows no signs of knowing when she is wet.""",
            "E": """By April 2027, Ruby will stay in the main room during group singing for 5 minutes, wearing her ear defenders, on 3 out of 4 days.
By July 2027, Ruby will touch or taste one new food at nursery lunch on at least 2 days a week, as recorded by her key worker.""",
            "G": """All provision until she starts school in September 2027.
• An occupational therapist from the Pemberton Child Development Centre will assess Ruby's sensory needs at nursery in one 90-minute visit in October 2026 and write a sensory plan.
• Her key worker, who has completed the centre's autism training, will follow the sensory plan and offer ear defenders before every loud activity.
• Feeding support as needed from the community dietitian.""",
        },
        expected=(
            ("golden_thread", "C", "She is not yet toilet trained and shows no signs of knowing when she is wet."),
            ("unspecified_provision", "G", "support as needed"),
            ("no_frequency", "G", "Feeding support as needed from the community dietitian."),
        ),
        kind="plan",
        tags=("autism", "early-years", "golden-thread-need", "vague"),
    ),
    Case(
        name="down-syndrome-reception-five-strands",
        sections={
            "C": """Alfie is 5 and in Reception at Meadowbank Primary. He has Down syndrome. He has glue ear (sticky fluid behind the eardrum), which gives him a mild hearing loss, and he wears glasses for long sight. His muscles are floppy (low muscle tone), so he tires when walking and finds climbing steps hard. He uses about 30 signs and a few single words.""",
            "E": """By July 2027, Alfie will wear his glasses for the whole school day on 4 out of 5 days.
By July 2027, Alfie will use 60 signs or words, as counted by his speech and language therapist in June 2027.
By March 2027, Alfie will climb the 6 steps to the hall holding the rail, without help, on 4 of 5 tries.
By December 2026, Alfie will sit at the front for every carpet session and respond to his name said at normal volume on 4 of 5 occasions.""",
            "G": """The following provision runs from September 2026 to July 2027.
1. A speech and language therapist from Meadowbank Children's Therapy Team will see Alfie in school for 45 minutes every 3 weeks and set a signing and talking programme.
2. His teaching assistant, trained by the therapist and on a Makaton signing course in September 2026, will run his 15-minute programme daily.
3. A paediatric physiotherapist from the same team will visit once each half term for 45 minutes and set a step and walking programme, which his trained teaching assistant will do with him for 10 minutes each afternoon.
4. The audiology service at Meadowbank Community Hospital will check his hearing every 4 months, and his class teacher will seat him at the front for every carpet session.
5. His class teacher will put his glasses on him at the start of each day and after PE.""",
        },
        expected=(),
        kind="plan",
        tags=("clean", "down-syndrome", "early-years", "numbered"),
    ),
    Case(
        name="crohns-infusion-drug-and-jargon",
        sections={
            "C": """Maya (14, Year 9) has Crohn's disease, a long-term inflammation of the gut. She has infliximab infusions at Riverside Children's Hospital every 8 weeks, which means a full day off school. During exacerbations she needs to use the toilet urgently up to 10 times a day and has tummy pain and tiredness.""",
            "E": """By July 2027, Maya will leave any lesson to use the toilet by showing her toilet pass, without having to ask, on every occasion.
By July 2027, Maya will catch up on the work from every infusion day within one week, as checked by her head of year.
By April 2027, Maya will use the rest room for up to 20 minutes when she has pain or is tired, and return to lessons on 4 of 5 occasions.""",
            "G": """Provision for the 2026/27 school year:
- Her head of year will give Maya a toilet pass and a key to the accessible toilet in September 2026, and her subject teachers will let her leave any lesson when she shows the pass.
- Her head of year will email all the work from each infusion day to Maya by the end of that day.
- The inflammatory bowel disease nurse specialist from Riverside Children's Hospital will meet her head of year for 30 minutes once a term.
- When Maya has pain or is tired, her subject teacher will let her use the rest room for up to 20 minutes.""",
        },
        expected=(
            ("drug_name", "C", "infliximab"),
            ("jargon", "C", "exacerbations"),
        ),
        kind="plan",
        tags=("crohns", "drug-name", "jargon"),
    ),
    Case(
        name="narcolepsy-college-may-in-needs",
        sections={
            "C": """Chloe (16) studies art and photography at Westbrook College. She has narcolepsy with cataplexy: she is very sleepy during the day and may fall asleep suddenly in lessons, and strong emotions such as laughing can make her muscles go weak for a few seconds.""",
            "E": """By February 2027, Chloe will take her two planned 20-minute naps at college, at 10.30am and 1.30pm, on every college day, as recorded on her timetable.
By June 2027, Chloe will complete all practical sessions in the photography darkroom and studio with no falls, as recorded by her course tutor.""",
            "G": """All provision in this section is for the academic year 2026/27.
The sleep nurse specialist at Westbrook General Hospital will write Chloe's college sleep plan and train her course tutor and learning support assistant in one 1-hour session in September 2026.
Chloe will have a 20-minute nap in the college wellbeing room at 10.30am and 1.30pm each day, with a member of the wellbeing team trained by the sleep nurse waking her at the end.
Her learning support assistant, trained by the sleep nurse, will stay with her throughout every darkroom and studio session and help her sit down if her muscles go weak.""",
        },
        expected=(),
        kind="plan",
        tags=("clean", "narcolepsy", "post-16", "trap-hedge-outside-provision"),
    ),
    Case(
        name="pmld-sixth-form-acronyms-dystonia",
        sections={
            "C": """Ethan is 17 and attends the sixth form at Hillcrest Special School. He has PMLD and cerebral palsy with dystonia. He is fed through a PEG and has nothing by mouth. He communicates through facial expression, vocal sounds and eye pointing.""",
            "E": """By July 2027, Ethan will choose between two activities by eye pointing on 8 out of 10 opportunities, as recorded by his class team.
By March 2027, Ethan will have every tube feed at school on time, with no missed feeds in a 4-week feed chart.
By July 2027, Ethan will spend 30 minutes a day in his standing frame on 4 out of 5 days, as recorded in his physiotherapy log.""",
            "G": """Provision is from September 2026 to the end of the academic year in July 2027.
1. Ethan's class team, all trained in tube feeding by the Hillside Children's Community Nursing team, will give his feeds at 10am, 12pm and 2pm each day.
2. A speech and language therapist from Hillside Community Health will see Ethan in class for 45 minutes every 4 weeks and set up an eye-pointing board.
3. A physiotherapist from Hillside Community Health will review his standing frame and stretches once each half term for 1 hour, and his trained class team will put him in the standing frame for 30 minutes each day.""",
        },
        expected=(
            ("acronym", "C", "PMLD"),
            ("jargon", "C", "dystonia"),
            ("acronym", "C", "PEG"),
        ),
        kind="plan",
        tags=("pmld", "post-16", "acronym", "trap-opportunities-in-outcome"),
    ),
    Case(
        name="selective-mutism-key-adult",
        sections={
            "C": """Poppy (6, Year 1) has selective mutism, an anxiety condition: she talks freely at home but has not spoken at school since she started in Reception. She freezes and goes pale when she is asked a direct question in front of others.""",
            "E": """By December 2026, Poppy will speak one-to-one to her key adult in a quiet room on 3 of 5 days, as recorded in the key adult's diary.
By July 2027, Poppy will answer the register out loud or with a recorded message on 4 out of 5 days.""",
            "G": """Provision is for the 2026/27 school year.
- A speech and language therapist from Castlebrook Children's Speech and Language Therapy will train Poppy's key adult (her teaching assistant) in a small-steps talking programme in two 1-hour sessions in September 2026, and will reveiw progress for 30 minutes every half term.
- Her trained key adult will do a 10-minute small-steps session with Poppy in the quiet room every school day.
- Her class teacher will not ask Poppy direct questions in front of the class in any lesson, and will accept a thumbs-up, a nod or a recorded message at every register.""",
        },
        expected=(),
        kind="plan",
        tags=("clean", "selective-mutism", "anxiety"),
    ),
    Case(
        name="adhd-brand-generic-review-no-period",
        sections={
            "C": """Tyler (9, Year 4) has attention deficit hyperactivity disorder (ADHD), diagnosed by the community paediatrician in January 2026. He finds it very hard to stay in his seat and to focus for more than 5 minutes, and he often calls out. He takes Equasym before school and methylphenidate at lunchtime.""",
            "E": """By July 2027, Tyler will stay on task for 10 minutes with a timer in 3 out of 4 lessons, as recorded by his class teacher.
By March 2027, Tyler will put his hand up instead of calling out in at least 4 out of 5 whole-class discussions.""",
            "G": """• The school nurse will train two first aiders on his medicine plan in one 30-minute session in September 2026.
• A first aider trained by the school nurse will give his lunchtime medicine at 12.15pm each day for the 2026/27 school year.
• His class teacher will use a 10-minute visual timer, a hand-up reminder card and a movement break card in every lesson until July 2027.
• The ADHD nurse from the community paediatric service will review how school is going every 6 months.""",
        },
        expected=(
            ("drug_name", "C", "Equasym"),
            ("drug_name", "C", "methylphenidate"),
            (
                "no_duration",
                "G",
                "The ADHD nurse from the community paediatric service will review how school is going every 6 months.",
            ),
        ),
        kind="plan",
        tags=("adhd", "drug-name", "sentence-period"),
    ),
    Case(
        name="brittle-bones-leading-pipes-table",
        sections={
            "C": """Isla (7, Year 3) has osteogenesis imperfecta (brittle bone disease): her bones break easily, and she has had 14 fractures (broken bones), most recently her left arm in May 2026. She is small for her age, walks short distances and uses a lightweight wheelchair outside. Crowded corridors and the playground at busy times put her at risk of being knocked over.""",
            "E": """By July 2027, Isla will move between her classroom, the hall and the dining room with no falls or knocks that cause injury, as recorded on the incident log.
By March 2027, Isla will push her own wheelchair around the playground and join at least two playground games a week with a friend, as recorded by her teaching assistant.""",
            "G": """All provision until July 2027.
| Provision | By whom | Frequency |
| Safe handling and fracture emergency training for all staff who work with Isla | children's orthopaedic nurse specialist, Coldwater Hospital | one 1-hour session in September 2026 |
| Leave lessons 5 minutes early to move around school before the corridors fill | her teaching assistant, trained by the orthopaedic nurse | at every change of lesson |
| Playground games in a quieter zone | her trained teaching assistant | every lunchtime |
| Review of wheelchair and walking | paediatric physiotherapist, Coldwater Children's Therapy | once a term, 45 minutes |""",
        },
        expected=(),
        kind="plan",
        tags=("clean", "osteogenesis-imperfecta", "table"),
    ),
    Case(
        name="rett-breathing-episodes-unthreaded",
        sections={
            "C": """Sophie (11) is in Year 6 at Greenhill Special School. She has Rett syndrome, a genetic condition. She has lost the use of her hands for purposeful tasks and makes constant hand-wringing movements. She has episodes of holding her breath and then breathing very fast, several times an hour, which sometimes make her faint. She walks a few steps with help and uses a wheelchair.""",
            "E": """By July 2027, Sophie will use her eye-gaze device to choose her snack and activity on 4 out of 5 days.
To continue to walk with support.
By July 2027, Sophie will take 10 steps with one adult holding her hands, on 3 out of 5 tries, as recorded in her physiotherapy log.""",
            "G": """This provision is for the 2026/27 school year.
- An occupational therapist from Greenhill Children's Therapy will set up her eye-gaze device and hand splints in two 1-hour visits in September 2026 and review them once a term for 45 minutes.
- A paediatric physiotherapist from Greenhill Children's Therapy will see Sophie once every 3 weeks for 45 minutes and train her class team in a 15-minute walking practice.
- Her trained class team will do the walking practice with her each morning.""",
        },
        expected=(
            (
                "golden_thread",
                "C",
                "She has episodes of holding her breath and then breathing very fast, several times an hour, which sometimes make her faint.",
            ),
            ("outcome_not_smart", "E", "To continue to walk with support."),
        ),
        kind="plan",
        tags=("rett", "golden-thread-need", "outcome"),
    ),
    Case(
        name="haemophilia-bleeding-plan",
        sections={
            "C": """Ben (12, Year 7) has severe haemophilia A, an inherited condition in which his blood does not clot properly, so he bleeds for longer than usual and can bleed into his joints. He has his treatment at home every other day before school. A knock to the head, or any swelling or pain in a joint, needs urgent action. His right ankle is stiff after a bleed in 2025 and he cannot run far.""",
            "E": """By July 2027, Ben will tell a member of staff within 5 minutes of any knock or joint pain, on every occasion recorded in his bleeding log.
By April 2027, Ben will take part in every PE lesson using the non-contact activities set by his physiotherapist.""",
            "G": """These arrangements apply for the school year 2026/27.
1. The haemophilia nurse specialist from Eastleigh Haemophilia Centre will train his form tutor, his PE teachers and two first aiders on his bleeding plan in one 1-hour session in September 2026.
2. If Ben has a knock to the head, or a swollen or painful joint, a trained first aider will phone his parents and the Eastleigh Haemophilia Centre at once and follow the bleeding plan.
3. The haemophilia physiotherapist will set a non-contact PE plan and ankle exercises in one 45-minute visit in October 2026 and review the plan with his PE teacher for 30 minutes each term.
4. His PE teacher will follow the non-contact plan in every PE lesson.""",
        },
        expected=(),
        kind="plan",
        tags=("clean", "haemophilia", "conditional"),
    ),
    Case(
        name="crps-input-from-allodynia",
        sections={
            "C": """Nadia (16) is in Year 12 at St Clement's Sixth Form. She has complex regional pain syndrome in her right foot after a sprain in 2025: the foot is very painful, and she has allodynia, so even a sock or a light touch hurts. She uses crutches and cannot wear a normal shoe. Pain wakes her at night and she is often exhausted in the morning.""",
            "E": """By March 2027, Nadia will walk between her lessons with one crutch, arriving on time for at least 9 of 10 lessons.
By June 2027, Nadia will attend all morning lessons on 4 out of 5 days, starting at 10am on the days after a bad night.""",
            "G": """All of the following until June 2027.
1. The paediatric pain management team at Kingsbridge Hospital will see Nadia for a 1-hour physiotherapy and psychology session every 2 weeks.
2. Input from the occupational therapist on managing fatigue.
3. A lift pass and permission to leave lessons 5 minutes early, given by her head of year in September 2026.
4. A later start of 10am after any night when pain has woken her, agreed by her head of year.""",
        },
        expected=(
            ("jargon", "C", "allodynia"),
            ("unspecified_provision", "G", "Input from"),
            ("no_frequency", "G", "Input from the occupational therapist on managing fatigue."),
        ),
        kind="plan",
        tags=("chronic-pain", "post-16", "vague", "jargon"),
    ),
    Case(
        name="asthma-g-only-service-table",
        sections={
            "G": """Service | What they will do | How often | Until
School nursing team, Harrowdene Community Health | train all class staff in Finn's asthma plan and the use of his reliever inhaler and spacer | one 1-hour session in September 2026 | once only
Finn's class teacher (trained by the school nursing team) | give two puffs of his blue reliever inhaler through his spacer when he coughs, wheezes or is short of breath, and call his parents if he needs it again within 4 hours | each time he has these symptoms | the end of Year 6 (July 2027)
PE teacher (trained by the school nursing team) | give two puffs of his reliever inhaler 15 minutes before every PE lesson and cross-country run | every PE lesson | the end of Year 6 (July 2027)""",
        },
        expected=(),
        kind="plan",
        tags=("clean", "asthma", "provision-only", "table", "trap-inhaler"),
    ),
    Case(
        name="outcomes-only-unusual-verbs",
        sections={
            "E": """HEALTH OUTCOMES
In 12 months' time (by November 2027): walking 100 metres with her walking frame in under 3 minutes, measured by her physiotherapist.
By the summer half term 2027, Megan's aim is to feed herself a full school lunch with her adapted spoon on 4 out of 5 days, as recorded by her teaching assistant.
Megan would like to be able to tell her teacher when she needs the toilet, using her symbol card, every time, by the end of the spring term 2027.""",
        },
        expected=(),
        kind="plan",
        tags=("clean", "outcomes-only", "trap-outcome-without-will"),
    ),
    Case(
        name="limb-difference-one-to-one-dietitian",
        sections={
            "C": """Jamal (10, Year 5) was born without his left hand and forearm. He has a new myoelectric arm (a prosthetic arm worked by signals from his muscles), fitted in August 2026, and is learning to use it. Without it he finds it hard to hold paper still, to cut, and to carry a tray.""",
            "E": """By March 2027, Jamal will wear his prosthetic arm for the whole school day on 4 out of 5 days.
By July 2027, Jamal will cut out a shape and carry his lunch tray on his own, using his prosthetic arm, on 4 of 5 tries.""",
            "G": """Provision for the 2026/27 school year
- An occupational therapist from the Sandford Limb Centre will visit school for 1 hour every 4 weeks to practise everyday tasks with his prosthetic arm.
- His 1:1 will help him put on and charge his arm every morning.
- A dietitian from Sandford Community Health will review his diet each term.""",
        },
        expected=(
            ("no_provider", "G", "His 1:1 will help him put on and charge his arm every morning."),
            ("golden_thread", "G", "A dietitian from Sandford Community Health will review his diet each term."),
        ),
        kind="plan",
        tags=("limb-difference", "untrained-staff", "golden-thread-provision"),
    ),
    Case(
        name="hearing-loss-young-adult-first-person",
        sections={
            "C": """My health needs (written with Precious, age 20)
I have a moderate to severe hearing loss in both ears and wear hearing aids. I am on the Level 3 Health and Social Care course at Marston College. I miss what people say in group work and when the lecturer turns to the board. I get very tired by the afternoon from concentrating on listening.""",
            "E": """By January 2027, I will use my remote microphone in every lesson and tell the lecturer when it is not working, as recorded on my support log.
By June 2027, I will take a 15-minute listening break in the quiet study room each afternoon and finish every afternoon session, on 4 out of 5 college days.""",
            "G": """All support below is for the 2026/27 academic year.
- A qualified Teacher of the Deaf from the Marston Sensory Support Service will meet me for 1 hour every half term to check my equipment and my support plan.
- A qualified note-taker will take notes for me in every lesson with group work.
- The Marston Audiology Department will check my hearing aids every 6 months.
- My course tutor will let me take a 15-minute listening break at 2pm on each college day.""",
        },
        expected=(),
        kind="plan",
        tags=("clean", "hearing-impairment", "post-16", "first-person"),
    ),
    Case(
        name="tsc-seizure-plan-ta-timetable",
        sections={
            "C": """Yusuf (8, Year 3) has TSC, a genetic condition that causes growths in the brain and other organs. He has epilepsy; his seizures happen mostly in the morning and are controlled with vigabatrin. After a seizure he sleeps for 1 to 2 hours. His autism means he needs a visual timetable and a quiet space to go to.""",
            "E": """By July 2027, Yusuf will return to class within 2 hours after a seizure on 4 of 5 occasions, as recorded on his seizure log.
By March 2027, Yusuf will follow his visual timetable and go to his quiet space on his own when he feels overwhelmed, on 3 of 4 occasions.""",
            "G": """1. The epilepsy nurse specialist from Brookmere Children's Hospital will train three staff in his seizure plan in one 2-hour session in September 2026, refreshed each September while he is at the school.
2. If Yusuf has a seizure, one of the three trained staff will stay with him, time it and follow his seizure plan, and he will sleep in the medical room afterwards with a trained adult watching him.
3. His teaching assistant will update his visual timetable and show him his quiet space.
4. The community paediatrician will review him every 6 months until July 2027.""",
        },
        expected=(
            ("acronym", "C", "TSC"),
            ("drug_name", "C", "vigabatrin"),
            (
                "no_duration",
                "G",
                "If Yusuf has a seizure, one of the three trained staff will stay with him, time it and follow his seizure plan, and he will sleep in the medical room afterwards with a trained adult watching him.",
            ),
            ("no_provider", "G", "His teaching assistant will update his visual timetable and show him his quiet space."),
            ("no_frequency", "G", "His teaching assistant will update his visual timetable and show him his quiet space."),
            ("no_duration", "G", "His teaching assistant will update his visual timetable and show him his quiet space."),
        ),
        kind="plan",
        tags=("tuberous-sclerosis", "epilepsy", "autism", "conditional", "untrained-staff"),
    ),
    Case(
        name="prader-willi-food-security",
        sections={
            "C": """Evie (12, Year 7) has Prader-Willi syndrome, a genetic condition. She is always hungry and does not feel full, so she will take food if it is left out, and she must not gain more weight. She has low muscle tone and tires on stairs. Changes to routine make her very anxious and can lead to long outbursts.""",
            "E": """By July 2027, Evie will eat only her planned snack and school lunch on every school day, with no food taken from others, as recorded on her food log.
By March 2027, Evie will climb the stairs to the first-floor science rooms with a rest on the landing, arriving within 5 minutes of the bell for 4 of 5 lessons.
By February 2027, Evie will check her visual timetable when a change is announced and stay calm (no outburst) on 4 of 5 recorded changes.""",
            "G": """All provision below runs from September 2026 to July 2027.
1. The paediatric dietitian from Ashgrove Children's Services will set Evie's school food plan in one 1-hour meeting in September 2026 and review it for 30 minutes each term.
2. Her key worker (a teaching assistant trained by the dietitian and by the Ashgrove learning disability nurse) will supervise her at every snack time and lunch and keep food out of sight in her classrooms.
3. A paediatric physiotherpist from Ashgrove Children's Services will set a stair plan and strengthening exercises in one 45-minute visit in October 2026; her trained key worker will do the 10-minute exercises with her every Monday, Wednesday and Friday.
4. The Ashgrove learning disability nurse will help her head of year set up a visual timetable and a change-warning plan in one 1-hour meeting in September 2026; her trained key worker will go through the timetable with her at the start of each school day and tell her about any change as soon as it is known.""",
        },
        expected=(),
        kind="plan",
        tags=("clean", "prader-willi", "long-numbered"),
    ),
    Case(
        name="heart-transplant-passive-temperature",
        sections={
            "C": """Kieran (15, Year 10) had a heart transplant in December 2025 at Pentland Children's Hospital. He takes tacrolimus twice a day and is immunosuppressed, so infections can make him very ill. He is still building up his stamina and tires after 20 minutes of walking.""",
            "E": """By July 2027, Kieran will attend school on at least 90% of days, as shown in the register.
By April 2027, Kieran will walk between all his lessons without needing a rest, on 4 out of 5 days.""",
            "G": """This provision is for the 2026/27 school year.
• The transplant nurse specialist from Pentland Children's Hospital will meet his head of year once a term for 45 minutes to update his infection plan.
• His temperature will be checked if he feels unwell.
• His form tutor will let him leave lessons 3 minutes early at every change of lesson, to avoid crowded corridors, and the school office will keep a lift key for him.""",
        },
        expected=(
            ("drug_name", "C", "tacrolimus"),
            ("jargon", "C", "immunosuppressed"),
            ("no_provider", "G", "His temperature will be checked if he feels unwell."),
        ),
        kind="plan",
        tags=("heart-transplant", "passive", "drug-name"),
    ),
]

# Part 3: plan cases
BLIND += [
    Case(
        name="absence-epilepsy-task-card",
        sections={
            "C": """Health needs
Amir (10, Year 5) has childhood absence epilepsy. Many times a day he stares blankly for 5 to 10 seconds and misses what is said; he does not know it has happened. His seizures have been less frequent since treatment started in March 2026 but still happen up to 20 times a day, more when he is tired.""",
            "E": """By July 2027, Amir will check the written task card on his desk after an absence and restart the task correctly on 4 of 5 occasions, as recorded by his teaching assistant.
By December 2026, Amir will ask for an instruction to be repeated when he realises he has missed it, on 3 of 4 occasions.""",
            "G": """The following provision runs for the 2026/27 school year.
The epilepsy nurse specialist from Lindford Children's Epilepsy Service will train his class teacher and teaching assistant to recognise absences in one 1-hour session in September 2026, and will review his seizure log with his class teacher for 20 minutes each half term.
His teaching assistant, trained by the epilepsy nurse, will put a written task card on his desk at the start of each task and repeat any instruction he has missed whenever she sees an absence.
His class teacher will record every absence seen in class on his seizure log.""",
        },
        expected=(),
        kind="plan",
        tags=("clean", "epilepsy", "prose"),
    ),
    Case(
        name="arthrogryposis-improved-skills-outcome",
        sections={
            "C": """Lucas is 5 and in Reception at Parkside Primary. He has arthrogryposis (his joints were stiff and bent from birth), mainly affecting his wrists, fingers and knees. He finds it hard to hold a pencil, a spoon or a cup, and he walks with ankle-foot splints.""",
            "E": """Lucas to have improved fine motor skills by July 2027.
By July 2027, Lucas will feed himself his school lunch with his adapted spoon, spilling no more than twice, on 4 of 5 days.
By March 2027, Lucas will walk from his classroom to the hall in his splints without help, on every day of a 2-week record.""",
            "G": """All provision until July 2027, the end of Reception.
- An occupational therapist from Parkside Children's Therapy will see Lucas in school for 45 minutes every 3 weeks and provide an adapted spoon, cup and pencil grips.
- His teaching assistant, trained by the occupational therapist, will do a 10-minute hand programme with him every morning.
- The orthotist at Brightwater Hospital will check and replace his ankle-foot splints every 4 months, and a physiotherapist from Parkside Children's Therapy will visit once a half term for 30 minutes to check his walking.""",
        },
        expected=(("outcome_not_smart", "E", "Lucas to have improved fine motor skills by July 2027."),),
        kind="plan",
        tags=("arthrogryposis", "early-years", "outcome-time-no-criterion"),
    ),
    Case(
        name="burns-pressure-garment-should-in-needs",
        sections={
            "C": """Rhys (8, Year 4) was badly burned in a kitchen accident in 2024 and has thick scars on his chest, right arm and hand. His doctors say he should keep his scars out of the sun. He wears a pressure garment (a tight elastic sleeve and vest that flattens the scars) for 23 hours a day, which makes him hot and itchy, and his right hand is stiff.""",
            "E": """By July 2027, Rhys will wear his pressure garment all day at school and use his cooling spray when he is itchy, on 4 of 5 days, as recorded by his teaching assistant.
By March 2027, Rhys will write a full page with his right hand in 20 minutes using his adapted pen.
By July 2027, Rhys will put on his sun hat and long sleeves before every outdoor break from April, with no reminders on 4 of 5 days.""",
            "G": """Provision for the 2026/27 school year:
1. The burns and scar therapist from Highgate Burns Unit will visit school for 1 hour in September 2026 to train his teaching assistant in garment care and hand stretches, and then for 45 minutes every term.
2. His trained teaching assistant will do his 10-minute hand stretches each morning, help him use his cooling spray, and re-fit his garment after every PE lesson.
3. His class teacher will check his sun hat and long sleeves before every outdoor break from April 2027 and keep him in the shade.
4. An occupational therapist from Highgate Burns Unit will assess his writing in one 45-minute visit in October 2026 and give him an adapted pen.""",
        },
        expected=(),
        kind="plan",
        tags=("clean", "burns", "trap-hedge-outside-provision"),
    ),
    Case(
        name="stammer-iep-hearing-check",
        sections={
            "C": """Owen (14, Year 9) has a severe stammer. He blocks on words, especially his name and words starting with 'p' and 'b', and avoids speaking in class and on the phone. He has said he does not want to go on to sixth form because of group presentations.""",
            "E": """By July 2027, Owen will answer at least one question out loud in 3 of his 5 weekly English lessons, as recorded by his English teacher.
By March 2027, Owen will give a 2-minute talk to a small group using his speech techniques, as recorded on his IEP.""",
            "G": """Provision for Year 9 (2026/27)
- A specialist speech and language therapist from the Tidewater Stammering Service will see Owen for 8 weekly 45-minute sessions from October 2026, then for 45 minutes once a half term.
- His English teacher will let him choose to present to the teacher alone or to a small group, for every presentation.
- The school nurse will check his hearing and eyesight each year.""",
        },
        expected=(
            ("acronym", "E", "IEP"),
            ("golden_thread", "G", "The school nurse will check his hearing and eyesight each year."),
        ),
        kind="plan",
        tags=("stammer", "acronym", "golden-thread-provision"),
    ),
    Case(
        name="cvi-toddler-looking-programme",
        sections={
            "C": """Noor is 2 years 6 months and attends Honeybee Nursery two days a week. She has cerebral visual impairment (her eyes work, but her brain has difficulty making sense of what she sees) after a brain injury at birth. She sees best when objects are bright, close and shown one at a time against a plain background. She is unsettled in busy, cluttered rooms.""",
            "E": """By July 2027, Noor will reach for and pick up a familiar toy shown against a plain black background on 4 out of 5 tries, as recorded by her key worker.
By February 2027, Noor will settle within 10 minutes of arrival in the quiet corner on 3 of every 4 nursery days.""",
            "G": """All provision is until Noor's next review in August 2027.
- A qualified teacher of children with vision impairment from the Redbrook Sensory Support Service will visit Noor at nursery for 1 hour every 2 weeks and show her key worker a looking programme.
- Her key worker, trained by that teacher, will do 10 minutes of the looking programme with Noor on each nursery day.
- Her key worker will set up a quiet corner with a plain black screen and settle Noor there on arrival every nursery day.""",
        },
        expected=(),
        kind="plan",
        tags=("clean", "visual-impairment", "early-years"),
    ),
    Case(
        name="biliary-atresia-sentence-period-only",
        sections={
            "C": """Sienna (6, Year 2) was born with biliary atresia (the tubes that carry bile from her liver were blocked) and had a liver transplant in 2023. She gets tired in the afternoons, is smaller than her classmates and has a poor appetite. She must avoid people with chickenpox.""",
            "E": """By July 2027, Sienna will stay in class for the whole afternoon on 4 out of 5 days, using her 15-minute rest.
By March 2027, Sienna will eat her morning snack and at least half of her lunch on 4 out of 5 days, as recorded on her food chart.
By December 2026, Sienna's parents will be told on the same day about every chickenpox case in her class, as checked on the school's infection log each half term.""",
            "G": """1. Her class teacher will give Sienna a 15-minute rest on the beanbag at 1.45pm each day until July 2027.
2. The liver dietitian from St Aldhelm's Children's Hospital will see Sienna for 30-minute reviews of her growth and food plan.
3. Her teaching assistant, trained by the dietitian, will sit with her at snack time and lunch each day.
4. The school office will phone her parents on the same day about any case of chickenpox in her class.""",
        },
        expected=(
            (
                "no_frequency",
                "G",
                "The liver dietitian from St Aldhelm's Children's Hospital will see Sienna for 30-minute reviews of her growth and food plan.",
            ),
            ("no_duration", "G", "Her teaching assistant, trained by the dietitian, will sit with her at snack time and lunch each day."),
            ("no_duration", "G", "The school office will phone her parents on the same day about any case of chickenpox in her class."),
        ),
        kind="plan",
        tags=("liver-disease", "sentence-period", "session-length"),
    ),
    Case(
        name="hemiplegia-prose-provision-gcse",
        sections={
            "C": """Ruth is 15 and in Year 10 at Abbeyfield School. She has right-sided hemiplegia (weakness on the right side of her body) from a stroke she had as a baby. Her right hand can hold things still but cannot do fine movements, so she types rather than writes. She walks on her own but tires over long distances, and her right foot catches on uneven ground. She wants to do her GCSE food preparation course, which needs two-handed cooking.""",
            "E": """By July 2027, Ruth will type all her coursework and exam answers at 30 words a minute, as tested by her occupational therapist in June 2027.
By April 2027, Ruth will prepare a two-course practical dish in her food lesson using one-handed equipment, within the lesson time, on 3 of 4 practical days.
By December 2026, Ruth will walk to and from the sports field without tripping, wearing her new foot splint, in every PE lesson for 4 weeks.""",
            "G": """Ruth's health provision is for the 2026/27 school year. An occupational therapist from the Abbeyfield Community Children's Therapy Team will visit once each half term for 1 hour to review her typing, her laptop set-up and her food room equipment; at the first visit, in September 2026, the therapist will also provide one-handed kitchen equipment and teach her food teacher how to use it with her. Her food teacher will set out the one-handed equipment for her at every practical lesson. A paediatric physiotherapist from the same team will see Ruth in school for 45 minutes every 6 weeks to review her walking and her stretches, and the orthotist at Brackenhurst Hospital will fit a new foot splint in one appointment in October 2026 and check it every 6 months. The exams officer will arrange a laptop for every internal and external exam.""",
        },
        expected=(),
        kind="plan",
        tags=("clean", "cerebral-palsy", "prose", "trap-known-acronyms"),
    ),
    Case(
        name="constipation-periodic-review-laxatives",
        sections={
            "C": """Theo (7, Year 2) has long-term constipation with soiling. He does not always feel when he needs to open his bowels and has accidents at school about three times a week. He is teased and hides in the toilets. He takes Movicol every morning and senna at night.""",
            "E": """By July 2027, Theo will sit on the toilet after lunch for 5 minutes every school day, using his timer, as recorded on his toilet chart.
By March 2027, Theo will have no more than one accident a week at school, for 4 weeks in a row.
By July 2027, Theo will go back into the classroom with his class at the end of lunchtime, instead of hiding, on 9 out of 10 days.""",
            "G": """Until the end of Key Stage 1 (July 2027).
- The school nurse from Hallam Vale Community Health will set up a toileting plan in one 45-minute meeting with Theo and his parents in September 2026, and will make periodic reviews of the plan.
- His teaching assistant, trained by the school nurse, will remind him to sit on the toilet for 5 minutes after lunch every day and help him change discretely after any accident, using spare clothes kept in the medical room.
- His teaching assistant will have a 10-minute check-in with Theo every Monday and Friday morning.""",
        },
        expected=(
            ("drug_name", "C", "Movicol"),
            ("drug_name", "C", "senna"),
            ("unspecified_provision", "G", "periodic"),
            (
                "no_frequency",
                "G",
                "The school nurse from Hallam Vale Community Health will set up a toileting plan in one 45-minute meeting with Theo and his parents in September 2026, and will make periodic reviews of the plan.",
            ),
        ),
        kind="plan",
        tags=("continence", "drug-name", "vague-unusual"),
    ),
    Case(
        name="tetraplegia-internship-ventilator",
        sections={
            "C": """Jordan (22) is on a supported internship at Hartwell Library, arranged by Hartwell College. He has a spinal cord injury from a diving accident at 16 and is tetraplegic (he cannot move his arms or legs). He breathes with a ventilator (a breathing machine) through a tracheostomy (a tube in his neck) and needs suction several times a day. He uses a chin-controlled powered wheelchair and voice-controlled software to use a computer.""",
            "E": """By March 2027, Jordan will direct his personal assistant through every step of his suction and ventilator checks, on every recorded occasion.
By July 2027, Jordan will process 40 book returns an hour using voice-controlled software at the library desk, as measured by his job coach.
By January 2027, Jordan will move between the library desk, the lift and the staff room in his wheelchair without help, on every shift for 2 weeks.""",
            "G": """All provision below is for the length of the internship, September 2026 to July 2027.
1. A personal assistant trained and signed off by the Hartwell Adult Home Ventilation Team will be with Jordan for every internship shift to manage his ventilator, and will give suction whenever Jordan asks or his alarm sounds.
2. An occupational therapist from Hartwell Community Health will set up his voice-controlled software and desk in two 1-hour visits in September 2026 and review them for 1 hour each term.
3. The wheelchair service at Hartwell General Hospital will check his chair controls every 3 months.
4. The ventilation nurse specialist will visit the library once in September 2026 for 90 minutes to go through the emergency plan with his line manager and job coach.""",
        },
        expected=(),
        kind="plan",
        tags=("clean", "ventilation", "spinal-injury", "supported-internship"),
    ),
    Case(
        name="arfid-acronyms-try-new-foods",
        sections={
            "C": """Lottie (10, Year 5) has ARFID. She eats only 8 foods, gags at new textures and is underweight. She becomes very anxious at lunch in the noisy dining hall.""",
            "E": """Lottie will try new foods.
By July 2027, Lottie will eat her packed lunch in the quiet room, finishing at least three-quarters of it, on 4 out of 5 days.
By April 2027, Lottie will gain 2kg, as measured by her dietitian.""",
            "G": """All provision for the 2026/27 school year.
• A paediatric dietitian from Coxwell Children's Hospital will review her weight and food plan for 30 minutes every 6 weeks.
• A clinical psychologist from Coxwell CAMHS will see Lottie for 10 weekly 50-minute sessions from October 2026 to help with her fear of new foods.
• Her teaching assistant, trained by the dietitian, will eat lunch with her in the quiet room every day.""",
        },
        expected=(
            ("acronym", "C", "ARFID"),
            ("outcome_not_smart", "E", "Lottie will try new foods."),
            ("acronym", "G", "CAMHS"),
        ),
        kind="plan",
        tags=("eating-disorder", "acronym", "outcome"),
    ),
    Case(
        name="ptsd-asylum-an-adult-leg-fracture",
        sections={
            "C": """Dawit (16) arrived in England from Eritrea in 2025 as an unaccompanied asylum-seeking child and is in Year 11 at Fairmead Academy. He has post-traumatic stress disorder after his journey. He startles at sudden noises and leaves the room when doors bang. He has a healed fracture of his left leg from the journey that still hurts on stairs, and he cannot run.""",
            "E": """By March 2027, Dawit will stay in the classroom for the whole lesson on 4 of 5 days, using his exit card for a 5-minute break when he needs it.
By July 2027, Dawit will attend at least 90% of school days.""",
            "G": """This provision is for the 2026/27 school year.
- A clinical psychologist from the Fairmead Refugee Health Team will see Dawit weekly for 50 minutes, with an interpreter, for trauma-focused therapy.
- An adult will go with him when he uses his exit card.
- His subject teachers will seat him away from the door and accept his exit card in every lesson.""",
        },
        expected=(
            (
                "golden_thread",
                "C",
                "He has a healed fracture of his left leg from the journey that still hurts on stairs, and he cannot run.",
            ),
            ("no_provider", "G", "An adult will go with him when he uses his exit card."),
        ),
        kind="plan",
        tags=("ptsd", "golden-thread-need", "untrained-staff"),
    ),
    Case(
        name="dermatomyositis-wheeled-bag",
        sections={
            "C": """Hafsa (11, Year 6) has juvenile dermatomyositis, a rare condition in which her immune system attacks her muscles and skin. Her thigh and shoulder muscles are weak, so she struggles to get up from the floor and to carry her bag. Sunlight makes her rash worse.""",
            "E": """By July 2027, Hafsa will get up from sitting on the carpet without help on 4 of 5 tries, as checked by her physiotherapist each term.
By March 2027, Hafsa will carry her own things between the gate and the classroom using a wheeled bag, every day for 2 weeks.
By July 2027, Hafsa will wear her sun hat and sun cream at every outdoor break from April 2027, as recorded by her class teacher.""",
            "G": """Provision until the end of Year 6 (July 2027).
1. A physiotherapist from the Broadwater Children's Rheumatology Team will see Hafsa in school for 45 minutes every 4 weeks and set a strengthening programme.
2. Her teaching assistant, trained by the physiotherapist, will do the 15-minute programme with her every Monday, Wednesday and Friday, and will give her a chair instead of the carpet in every carpet session.
3. Her class teacher will give her a wheeled bag in September 2026, and will make sure she puts on her sun hat and sun cream before every outdoor break from April 2027.
4. The rheumatology nurse specialist will update staff on her care plan in one 30-minute call each term.""",
        },
        expected=(),
        kind="plan",
        tags=("clean", "dermatomyositis", "numbered"),
    ),
    Case(
        name="usher-syndrome-safe-kitchen-back-pain",
        sections={
            "C": """Liam (18) is in his second year of a catering course at Ridgeway College. He has Usher syndrome, a genetic condition that causes deafness and a gradual loss of sight. He has a cochlear implant, and his side vision is narrowing, so he bumps into people and objects in the busy college kitchen and cannot see well in dim light.""",
            "E": """Liam will be safe in the kitchen.
By June 2027, Liam will use his cochlear implant with the remote microphone in every theory lesson and record that he followed the lesson on 4 out of 5 days in his log.""",
            "G": """Provision for the 2026/27 academic year.
- A qualified mobility and independence specialist from the Ridgeway Sensory Team will teach Liam safe routes and working positions in the training kitchen in six weekly 1-hour sessions from September 2026.
- The college estates team will fit brighter lighting over his workstation in one visit in October 2026.
- His course tutor will use the remote microphone in every theory lesson.
- A physiotherapist from Ridgeway Community Health will assess his back pain in one 1-hour visit in November 2026.""",
        },
        expected=(
            ("outcome_not_smart", "E", "Liam will be safe in the kitchen."),
            (
                "golden_thread",
                "G",
                "A physiotherapist from Ridgeway Community Health will assess his back pain in one 1-hour visit in November 2026.",
            ),
        ),
        kind="plan",
        tags=("deafblindness", "post-16", "golden-thread-provision", "outcome"),
    ),
    Case(
        name="diabetes-g-only-receptionist-conditional",
        sections={
            "G": """HEALTH PROVISION (SECTION G)
The provision in this section runs from 1 September 2026 to 31 August 2027.
The diabetes nurse specialist from Elmhurst Children's Diabetes Team will train three named staff in Amelie's diabetes care plan in one 2-hour session on 3 September 2026.
One of the three trained staff will check Amelie's blood glucose before morning break, before lunch and before PE each day, and will follow her care plan.
If her reading is below 4, a trained member of staff will give her a sugary drink, stay with her and recheck after 15 minutes.
The school receptionist will keep her spare kit in the office and tell her parents by 3pm each Friday when supplies are running low.""",
        },
        expected=(),
        kind="plan",
        tags=("clean", "diabetes", "provision-only", "conditional", "trap-admin-role"),
    ),
    Case(
        name="g-only-ongoing-basis-opportunity",
        sections={
            "G": """Provision in Section G
1. A paediatric physiotherapist from Kingsway Community Children's Services will review Theo's standing frame on an ongoing basis.
2. His class teacher will offer him the opportunity to use the sensory room.
3. The physiotherapist will train two teaching assistants in his stretches in one 1-hour session in September 2026.
4. The two trained teaching assistants will do his stretches for 15 minutes each morning and afternoon until July 2027.""",
        },
        expected=(
            ("unspecified_provision", "G", "on an ongoing basis"),
            (
                "no_frequency",
                "G",
                "A paediatric physiotherapist from Kingsway Community Children's Services will review Theo's standing frame on an ongoing basis.",
            ),
            (
                "no_duration",
                "G",
                "A paediatric physiotherapist from Kingsway Community Children's Services will review Theo's standing frame on an ongoing basis.",
            ),
            ("unspecified_provision", "G", "the opportunity to"),
            ("no_frequency", "G", "His class teacher will offer him the opportunity to use the sensory room."),
            ("no_duration", "G", "His class teacher will offer him the opportunity to use the sensory room."),
        ),
        kind="plan",
        tags=("provision-only", "vague-unusual"),
    ),
    Case(
        name="no-health-needs-all-three-sections",
        sections={
            "C": """Health needs
Section C: Kofi has no health needs that relate to his special educational needs. He has mild asthma, which is well controlled by his GP and does not affect his learning.""",
            "E": """No health outcomes are set, as there are no health needs in Section C.""",
            "G": """No health provision is required. Section C records no health needs.""",
        },
        expected=(),
        kind="plan",
        tags=("clean", "no-health-needs", "trap-statement-not-provision"),
    ),
    Case(
        name="tourette-ocd-two-vague-outcomes",
        sections={
            "C": """Jasper (12, Year 7) has Tourette syndrome and obsessive-compulsive disorder (OCD). He has coprolalia, which upsets him and other pupils. He spends a long time checking and re-checking his work and often does not finish tasks.""",
            "E": """Jasper to be less anxious.
Jasper will manage his tics.
By July 2027, Jasper will hand in 4 out of 5 homework tasks on time, keeping to the limit of one check per page agreed with his psychologist.""",
            "G": """All provision for the 2026/27 school year.
1. A clinical psychologist from the Beckfield OCD and Tic Service will see Jasper for 12 weekly 1-hour sessions of exposure and response prevention (a talking therapy for OCD) from September 2026.
2. A specialist nurse from the same service will deliver one 1-hour tic awareness session to his form group in October 2026.
3. His form tutor will meet him for 10 minutes every Monday to plan his homework.""",
        },
        expected=(
            ("jargon", "C", "coprolalia"),
            ("outcome_not_smart", "E", "Jasper to be less anxious."),
            ("outcome_not_smart", "E", "Jasper will manage his tics."),
        ),
        kind="plan",
        tags=("tic-disorder", "ocd", "outcome", "jargon"),
    ),
    Case(
        name="kidney-transplant-preschool-dietitian-review",
        sections={
            "C": """Archie is 4 and attends Tiddlers Pre-school. He had a kidney transplant in April 2026. He must drink 1 litre of water during the pre-school day to protect his new kidney, and he takes prednisolone at lunchtime. He catches infections easily.""",
            "E": """By March 2027, Archie will drink from his marked cup at every snack and meal, reaching 1 litre by home time on 4 of 5 days, as recorded on his drinks chart.
By July 2027, Archie will take his lunchtime medicine from a trained member of staff on every pre-school day, with no missed doses on the medicine record.
From December 2026 until he starts school, Archie's parents will be told on the same day of every infectious illness in his room, as recorded by the pre-school manager.""",
            "G": """All provision until he starts school in September 2027.
- The renal nurse specialist from Cedarwood Children's Kidney Unit will train his key worker and the pre-school manager in his care plan and medicine in one 1-hour session in September 2026.
- His trained key worker will give him a drink at every snack and meal and his lunchtime medicine at 12 noon each day.
- The pre-school manager will tell his parents on the same day whenever there is infectious illness in his room.
- The renal dietitian will review his drinks chart.""",
        },
        expected=(
            ("drug_name", "C", "prednisolone"),
            ("no_frequency", "G", "The renal dietitian will review his drinks chart."),
        ),
        kind="plan",
        tags=("kidney", "early-years", "drug-name"),
    ),
    Case(
        name="pacemaker-sixth-form-magnet-rule",
        sections={
            "C": """Mohammed (16) is studying A levels in biology and chemistry at Stourbridge Road Sixth Form. He has congenital complete heart block (his heart's electrical signals do not pass through properly) and has had a pacemaker since he was 9. He must keep his phone and other magnets at least 15cm from the pacemaker and must not go near the strong magnets in the physics store. He gets breathless on long walks between buildings.""",
            "E": """By December 2026, Mohammed will complete every chemistry practical using his agreed lab plan, with no breaches of his magnet rule, as checked by his lab technician each half term.
By June 2027, Mohammed will travel between his two teaching buildings in the 10 minutes allowed, using the lift, on every day of a 4-week record.""",
            "G": """The following provision is for the 2026/27 academic year.
- The cardiac physiologist from the Stourbridge Pacing Clinic will write a short safety plan for the college and go through it with his science teachers in one 30-minute meeting in September 2026.
- His science teachers will follow the safety plan in every practical lesson and keep him away from the physics store.
- The student services office will give him a lift pass and a 5-minute early release card in September 2026.""",
        },
        expected=(),
        kind="plan",
        tags=("clean", "congenital-heart", "post-16"),
    ),
    Case(
        name="self-harm-pastoral-base-clean",
        sections={
            "C": """Maddie (13, Year 8) has been seen by the Child and Adolescent Mental Health Service (CAMHS) since January 2026 for anxiety and self-harm. She self-harms when she feels overwhelmed, most often after unstructured times such as lunch. She finds it hard to go into the busy canteen.""",
            "E": """By April 2027, Maddie will use her safety plan and go to the pastoral base at lunchtime on at least 4 out of 5 days, as recorded by the pastoral lead.
By July 2027, Maddie will have at least 3 weeks in a row with no self-harm, as recorded in the weekly diary she keeps with her CAMHS practitioner.
By December 2026, Maddie will collect her lunch from the canteen before it gets busy on 4 of 5 days, as recorded by her form tutor.""",
            "G": """All provision in this section is for the 2026/27 school year.
• A CAMHS practitioner (a mental health nurse) will see Maddie for 50 minutes every week until March 2027 and then every fortnight.
• The pastoral lead, trained in self-harm awareness by CAMHS, will keep the pastoral base open for Maddie every lunchtime and check in with her for 10 minutes each time she goes there.
• Her form tutor will let her leave lessons 5 minutes early every day to collect her lunch before the canteen is busy.""",
        },
        expected=(),
        kind="plan",
        tags=("clean", "self-harm", "mental-health", "trap-acronym-expanded"),
    ),
    Case(
        name="vestibular-migraine-photophobia-dietitian",
        sections={
            "C": """Evan (9, Year 4) has vestibular migraine: attacks of dizziness and feeling sick lasting 1 to 4 hours, about twice a month, with photophobia. Screens and busy patterned displays can bring on an attack.""",
            "E": """By July 2027, Evan will tell an adult and go to the quiet room within 10 minutes of an attack starting, on every attack recorded.
By March 2027, Evan will use his screen filter and take a 5-minute screen break every 20 minutes in computing lessons, in 4 of 5 lessons.""",
            "G": """Provision for the 2026/27 school year:
- The paediatric neurology nurse from Wrexford Children's Hospital will write Evan's migraine plan and train his class teacher and teaching assistant in one 45-minute session in September 2026.
- When Evan has an attack, his trained teaching assistant will take him to the darkened quiet room and phone his parents.
- His class teacher will fit a screen filter and set a 20-minute screen timer in every computing lesson.
- The dietitian from Wrexford Community Health will give advice on a healthy lunch in one visit in October 2026.""",
        },
        expected=(
            ("jargon", "C", "photophobia"),
            (
                "golden_thread",
                "G",
                "The dietitian from Wrexford Community Health will give advice on a healthy lunch in one visit in October 2026.",
            ),
        ),
        kind="plan",
        tags=("migraine", "jargon", "golden-thread-provision", "trap-jargon-explained"),
    ),
    Case(
        name="dcd-internship-organised-physio-programme",
        sections={
            "C": """Kayla (18) is on a supported internship in the stores at Fenton Engineering, through Fenton College. She has developmental coordination disorder (difficulty planning and coordinating movement) and hypermobility. She drops things, finds it hard to use a tape gun and a scanner at the same time, and gets pain in her wrists and knees by the end of a shift.""",
            "E": """Kayla will be more organised at work.
By April 2027, Kayla will pack and label 20 orders an hour using her adapted scanner holder, as measured by her job coach.
By June 2027, Kayla will finish her shifts with wrist and knee pain no higher than 3 out of 10, on 4 of 5 shifts.""",
            "G": """All provision below is for the internship year, September 2026 to July 2027.
1. An occupational therapist from Fenton Adult Community Therapy will assess her workstation in one 90-minute visit in September 2026 and provide an adapted scanner holder and a lighter tape gun.
2. A physiotherapist from Fenton Adult Community Therapy will give Kayla a wrist and knee exercise programme and check it.
3. Her job coach, trained by the occupational therapist in her workstation plan, will set up her workstation at the start of every shift.""",
        },
        expected=(
            ("outcome_not_smart", "E", "Kayla will be more organised at work."),
            (
                "no_frequency",
                "G",
                "A physiotherapist from Fenton Adult Community Therapy will give Kayla a wrist and knee exercise programme and check it.",
            ),
        ),
        kind="plan",
        tags=("dyspraxia", "hypermobility", "supported-internship", "outcome"),
    ),
]

# Part 4: divided health advice
BLIND += [
    Case(
        name="advice-physio-jia-split-site",
        sections={
            "needs": """I saw Oliwia (13, Year 8, Brackenfield High School) in the rheumatology physiotherapy clinic on 4 November 2026 with her mother. Oliwia has juvenile idiopathic arthritis (a long-term condition causing painful, swollen joints), which mainly affects her ankles and knees. Her joints stiffen after sitting, and walking between lessons on the split-site campus takes her twice as long as her friends. She misses some PE because of pain.""",
            "outcomes": """By July 2027, Oliwia will get from one site to the other within the 8 minutes allowed, on 4 of 5 days, using the shortcut route and her lift pass.
By April 2027, Oliwia will join at least 3 of every 4 PE lessons, doing the adapted activities in her PE plan.
By December 2026, Oliwia will use her stretch break in every lesson longer than 40 minutes, on 4 of 5 days, as she records in her planner.""",
            "provision": """I recommend the following for the 2026/27 school year:
1. A paediatric physiotherapist from the Lowmoor Children's Rheumatology Service will see Oliwia in school for 45 minutes once every half term to update her exercise and PE plan.
2. Her PE teacher will follow the adapted PE plan in every PE lesson.
3. Her form tutor will give her a lift pass and a 5-minute early leaving card in September 2026, and her subject teachers will let her stand and stretch for 2 minutes after every 20 minutes of sitting.""",
            "author": """Hannah Okafor, Highly Specialist Paediatric Physiotherapist (registered with the Health and Care Professions Council), Lowmoor Children's Rheumatology Service, 12 November 2026""",
        },
        expected=(),
        kind="advice",
        tags=("clean", "arthritis", "first-person"),
    ),
    Case(
        name="advice-salt-nursery-no-author-aac",
        sections={
            "needs": """Reason for referral: advice for an education, health and care needs assessment.
Joshua is 4 years old and attends Bluebell Nursery. He has a severe speech sound disorder and very little clear speech; unfamiliar adults understand less than a quarter of what he says. He becomes frustrated and hits out when he is not understood.""",
            "outcomes": """By July 2027, Joshua will use his communication book or 20 clear words to ask for help, food and toys, as recorded by his key worker.
By April 2027, Joshua will show his communication book instead of hitting out when he is not understood, on 4 out of 5 recorded occasions.""",
            "provision": """Provision is recommended until Joshua starts school in September 2027.
- A speech and language therapist from the Calderbrook Children's Speech and Language Therapy Service will see Joshua at nursery for 30 minutes every 2 weeks.
- The therapist will set up a low-tech AAC book in one 1-hour visit in October 2026 and train his key worker to use it.
- His key worker, once trained, will use the AAC book with him in every nursery session and do 10 minutes of speech practice with him each day.""",
        },
        expected=(
            ("acronym", "provision", "AAC"),
            ("advice_no_author", "author", ""),
        ),
        kind="advice",
        tags=("speech", "early-years", "no-author", "acronym"),
    ),
    Case(
        name="advice-dietitian-gastrostomy-tasters",
        sections={
            "needs": """Dietetic advice
I have known Tobias (7) since 2022. He has cerebral palsy affecting all four limbs and has a gastrostomy (a feeding tube that goes directly into his stomach). He has 2 feeds and 2 water flushes during the school day. He can manage small tastes of smooth puréed food by mouth for pleasure, but lumpy textures could go into his lungs.""",
            "outcomes": """By March 2027, Tobias will have every school feed and water flush on time, with no missed feeds on his 4-week feed chart.
By July 2027, Tobias will enjoy a smooth taster at snack time on 4 of 5 days, with no coughing or choking recorded on his eating plan.""",
            "provision": """For the school year 2026/27 I advise:
• The Children's Community Nursing team will train two teaching assistants to give gastrostomy feeds and flushes in one 2-hour session in September 2026 and check their skills every 6 months.
• One of the two trained teaching assistants will give his feeds at 10.30am and 1pm and his water flushes at 12 noon and 2.30pm each school day.
• A speech and language therapist from the Fairbourne Children's Eating and Drinking Team will write his eating and drinking plan in one 1-hour visit in September 2026 and review it for 30 minutes each term; a trained teaching assistant will offer smooth tasters following the plan at every morning snack.""",
            "author": """Author: Rebecca Hale, Specialist Paediatric Dietitian, Fairbourne Community Health, 19 October 2026""",
        },
        expected=(),
        kind="advice",
        tags=("clean", "cerebral-palsy", "tube-feeding"),
    ),
    Case(
        name="advice-paediatrician-sleep-undated",
        sections={
            "needs": """Clinic summary – Community Paediatrics
Marley (6) has autism and a severe sleep problem: he settles at 11pm and wakes for 2 hours most nights. He is prescribed melatonin at bedtime. In school he is often tired and irritable in the mornings. His hearing test in August 2026 was normal.""",
            "outcomes": """By April 2027, Marley will be asleep by 8.30pm on 5 nights out of 7, as recorded in the sleep diary his parents keep.
By July 2027, Marley will join the morning carpet session calmly on 4 out of 5 days, as recorded by his class teacher.""",
            "provision": """The provision below is for September 2026 to July 2027.
1. A specialist nurse from the Sunfield Sleep Service will see Marley's parents for four 1-hour sessions between October and December 2026, then for 30 minutes once a term.
2. His class teacher will give him a 10-minute quiet start in the book corner each morning before he joins the carpet.""",
            "author": """Dr Peter Lansbury, Consultant Community Paediatrician, Sunfield Child Development Centre""",
        },
        expected=(
            ("drug_name", "needs", "melatonin"),
            (
                "advice_no_author",
                "author",
                "Dr Peter Lansbury, Consultant Community Paediatrician, Sunfield Child Development Centre",
            ),
        ),
        kind="advice",
        tags=("autism", "sleep", "drug-name", "author-no-date"),
    ),
    Case(
        name="advice-psychologist-fasd-i-will-see",
        sections={
            "needs": """I am writing following my assessment of Keira (12, Year 7) at Westcombe Academy on 2 and 9 October 2026. Keira has fetal alcohol spectrum disorder, or FASD (a lifelong condition caused by alcohol exposure before birth). She has difficulty remembering a sequence of instructions, she takes things literally, and she is easily led by older pupils at unstructured times.""",
            "outcomes": """By March 2027, Keira will follow her written checklist to pack her bag for the next day, getting everything right on 4 of 5 days, as checked by her key worker.
By July 2027, Keira will spend every lunchtime in the supervised lunch club, with no incidents with older pupils recorded in the summer term.
By December 2026, Keira will ask her teacher what a phrase means when she is unsure, at least once a week, as recorded by her key worker.""",
            "provision": """I recommend the following until Keira's annual review in October 2027.
- Her key worker (a teaching assistant trained in FASD by our team in September 2026) will go through her written checklist with her for 10 minutes at the end of each school day.
- Her teachers will give her instructions one at a time, written on a card, in every lesson, and explain any figure of speech they use.
- Her key worker will run the supervised lunch club for Keira and a small group of friends every lunchtime.
- I will see Keira and her key worker for a 1-hour review once a term (December 2026, April 2027 and July 2027).""",
            "author": """Dr Simone Achterberg, Clinical Psychologist, Westcombe Neurodevelopmental Service, 20 October 2026""",
        },
        expected=(),
        kind="advice",
        tags=("clean", "fasd", "first-person", "trap-author-as-provider", "trap-acronym-expanded"),
    ),
    Case(
        name="advice-ot-dcd-regular-should",
        sections={
            "needs": """OCCUPATIONAL THERAPY ADVICE
Dexter (8, Year 3) has developmental coordination disorder (a condition that affects planning and coordinating movement). His handwriting is slow and hard to read, he cannot yet do up buttons or tie laces, and he becomes overwhelmed and fidgety after lunch.""",
            "outcomes": """By July 2027, Dexter will copy 3 lines from the board legibly in 5 minutes, on 4 of 5 attempts.
By March 2027, Dexter will change for PE on his own, including buttons, within 10 minutes.
By February 2027, Dexter will settle back to work within 5 minutes after lunch on 4 of 5 days, as recorded by his class teacher.""",
            "provision": """Recommended for the 2026/27 school year:
1. Regular occupational therapy reviews in school by the Ridgemont Children's Occupational Therapy Service.
2. Sensory circuits (a short set of movement activities) should be run for 10 minutes after lunch each day.
3. His teaching assistant, trained by me in September 2026, will run a 20-minute handwriting and dressing group every Tuesday and Thursday.""",
            "author": """Gemma Rowntree, Occupational Therapist, Ridgemont Children's Occupational Therapy Service, 30 September 2026""",
        },
        expected=(
            ("unspecified_provision", "provision", "Regular"),
            (
                "no_frequency",
                "provision",
                "Regular occupational therapy reviews in school by the Ridgemont Children's Occupational Therapy Service.",
            ),
            ("unspecified_provision", "provision", "should"),
            ("no_provider", "provision", "Sensory circuits (a short set of movement activities) should be run for 10 minutes after lunch each day."),
        ),
        kind="advice",
        tags=("dyspraxia", "vague", "passive"),
    ),
    Case(
        name="advice-ccn-ileostomy-private-toilet",
        sections={
            "needs": """Advice from the Children's Community Nursing team for an education, health and care needs assessment
Samir (15, Year 10) has had an ileostomy (a stoma, or opening, on his tummy with a bag that collects waste from his small bowel) since surgery for ulcerative colitis (a long-term inflammation of the bowel) in June 2026. He needs to empty the bag 3 to 4 times during the school day and needs a private toilet with a sink. He is worried about leaks in PE and about other pupils finding out.""",
            "outcomes": """By December 2026, Samir will empty and change his bag on his own in the private toilet, with no leaks onto his clothing, on 9 of 10 school days.
By April 2027, Samir will take part in every PE lesson, using the private changing room and his stoma support belt.""",
            "provision": """We advise the following for the 2026/27 school year.
A nurse from the Children's Community Nursing team will meet Samir and his head of year for 1 hour in September 2026 to agree his stoma care plan, and then for 30 minutes once each term.
His head of year will give him a key to the accessible toilet and an exit card in September 2026, and his subject teachers will let him leave any lesson to use it.
His PE teacher will open the private changing room for him at every PE lesson.""",
            "author": """Written by Jo Abernethy, Children's Community Nurse (registered children's nurse), Greywell Community Health, 7 December 2026""",
        },
        expected=(),
        kind="advice",
        tags=("clean", "stoma", "paragraphs"),
    ),
    Case(
        name="advice-orthoptist-patching-no-role",
        sections={
            "needs": """Orthoptic and eye clinic advice
Freddie (5, Reception) has a squint and amblyopia (a lazy eye) in his left eye. He wears glasses all the time and a patch over his right eye for 2 hours each day, one hour of which is in school. He also has a mild hearing loss in his right ear.""",
            "outcomes": """By July 2027, Freddie will wear his patch for the full hour at school on 4 out of 5 days, as recorded on his patch chart.
By March 2027, Freddie will wear his glasses all day at school on every day of a 2-week record.""",
            "provision": """Provision until July 2027:
- His class teacher will put on his patch at 9.15am and take it off at 10.15am each school day, and record it on his patch chart.
- The orthoptist at Bramley Eye Clinic will see Freddie every 3 months to check his vision and his patching plan.
- His class teacher will check he is wearing his glasses at the start of each morning and afternoon.""",
            "author": """Written by Sarah Quint, 4 February 2027""",
        },
        expected=(
            ("golden_thread", "needs", "He also has a mild hearing loss in his right ear."),
            ("advice_no_author", "author", "Written by Sarah Quint, 4 February 2027"),
        ),
        kind="advice",
        tags=("visual-impairment", "early-years", "golden-thread-need", "author-no-role"),
    ),
    Case(
        name="advice-psychiatrist-ptsd-college",
        sections={
            "needs": """I am a consultant child and adolescent psychiatrist in the Rowanbank Child and Adolescent Mental Health Service (CAMHS). I have seen Amara (17) six times since April 2026. She has post-traumatic stress disorder (PTSD) after an assault in 2025. She has panic attacks in crowded corridors, and she finds it hard to concentrate in lessons after a poor night's sleep. She takes medication I prescribe, which does not need to be given at college.""",
            "outcomes": """By March 2027, Amara will move between lessons using the quiet route and early release, arriving at every lesson without a panic attack on 4 of 5 days.
By June 2027, Amara will hand in 90% of her set coursework by the deadlines, as recorded by her personal tutor.""",
            "provision": """I recommend the following for the 2026/27 academic year:
- A clinical psychologist from Rowanbank CAMHS will see Amara for 12 weekly 1-hour sessions of trauma-focused therapy from October 2026, then for 1 hour once a month.
- Her personal tutor will give her an early release card in September 2026 so that she can leave each lesson 5 minutes early.
- Her personal tutor will meet her for 20 minutes every Monday to plan her coursework, and will agree an extension of up to one week for any piece of work affected by a poor night's sleep.""",
            "author": """Dr Lucian Farrow, Consultant Child and Adolescent Psychiatrist, Rowanbank CAMHS, 15 September 2026""",
        },
        expected=(),
        kind="advice",
        tags=("clean", "ptsd", "post-16", "trap-medication-word"),
    ),
    Case(
        name="advice-epilepsy-nurse-two-drugs-supervisor",
        sections={
            "needs": """Epilepsy nursing advice
Priya (10, Year 5) has epilepsy. Her seizures start with a funny taste, then she loses awareness and fiddles with her clothes for about 1 minute. She has 1 or 2 seizures a month, mostly when she is tired. She takes lamotrigine and sodium valproate twice a day at home. After a seizure she is sleepy and confused for up to an hour.""",
            "outcomes": """By December 2026, every seizure Priya has at school will be timed and recorded on her seizure chart by a trained adult, with none missed in a term.
By July 2027, Priya will return to her class within 1 hour after a seizure on 4 of 5 occasions.""",
            "provision": """For the 2026/27 school year:
1. I will train her class teacher and two teaching assistants in her seizure plan in one 1-hour session in September 2026.
2. During a seizure, one of the trained staff will stay with her, keep her safe and time it.
3. After a seizure, a lunchtime supervisor will let her rest in the medical room until she is back to her usual self.
4. I will review her seizure chart with her class teacher for 20 minutes each half term.""",
            "author": """Meera Shah, Epilepsy Nurse Specialist, Thornfield Children's Hospital, 23 September 2026""",
        },
        expected=(
            ("drug_name", "needs", "lamotrigine"),
            ("drug_name", "needs", "valproate"),
            (
                "no_provider",
                "provision",
                "After a seizure, a lunchtime supervisor will let her rest in the medical room until she is back to her usual self.",
            ),
        ),
        kind="advice",
        tags=("epilepsy", "drug-name", "untrained-staff"),
    ),
    Case(
        name="advice-dietitian-anorexia-learning-mentor",
        sections={
            "needs": """Dietetic advice – Eastmoor Community Eating Disorders Service
I have been seeing Isabella (14, Year 9) since May 2026 for anorexia nervosa. She is now at a safe weight but still needs to eat three meals and three snacks a day. At school she needs to eat a mid-morning snack and lunch. She finds it hard to eat in front of others.""",
            "outcomes": """By December 2026, Isabella will eat her full snack and lunch at school on every school day, as recorded on her meal plan sheet.
By April 2027, Isabella will eat lunch in the dining hall with one friend on at least 2 days a week.""",
            "provision": """The following is advised from September 2026 to July 2027:
• Her learning mentor, trained by our service in one 1-hour session in September 2026, will supervise her snack at 10.40am and her lunch at 12.30pm each day in the pastoral room.
• From January 2027, her learning mentor will sit with her and one friend in the dining hall for lunch on Tuesdays and Thursdays.
• I will meet her learning mentor for 30 minutes once each half term to review the meal plan sheet.""",
            "author": """Laura Mbeki, Specialist Dietitian, Eastmoor Community Eating Disorders Service, 2 October 2026""",
        },
        expected=(),
        kind="advice",
        tags=("clean", "eating-disorder", "trap-may-month"),
    ),
    Case(
        name="advice-audiology-hear-better-no-author",
        sections={
            "needs": """Audiology report
Kai-Lee (9, Year 4) has a moderate permanent hearing loss in both ears, confirmed at Harbourne Audiology on 10 September 2026. Hearing aids were fitted on 24 September 2026. She misses instructions in noisy rooms and finds it tiring to listen all day.""",
            "outcomes": """Kai-Lee will hear better in class.
By March 2027, Kai-Lee will wear both hearing aids for the whole school day on 4 of 5 days, as recorded by her teaching assistant.
By July 2027, Kai-Lee will follow a 2-step instruction given in the hall on 4 of 5 tries, as checked by her Teacher of the Deaf.""",
            "provision": """Provision for the 2026/27 school year:
- The Harbourne Audiology Department will review her hearing aids every 6 months.
- A Teacher of the Deaf from the Harbourne Hearing Support Service will visit school every half term for 1 hour to advise staff and check the classroom acoustics.
- Her teaching assistant, trained by the Teacher of the Deaf, will check her hearing aids at 8.50am each day.
- Her class teacher will use a radio aid in every lesson, and her trained teaching assistant will give her a 10-minute quiet break each afternoon.""",
        },
        expected=(
            ("outcome_not_smart", "outcomes", "Kai-Lee will hear better in class."),
            ("advice_no_author", "author", ""),
        ),
        kind="advice",
        tags=("hearing-impairment", "no-author", "outcome"),
    ),
]

# Part 5: more divided health advice
BLIND += [
    Case(
        name="advice-cardiac-nurse-letter-fallot",
        sections={
            "needs": """Dear colleague,
Re: Ethan Marsh (8), Year 3, Harwood Primary School
I am Ethan's cardiac nurse specialist. Ethan has tetralogy of Fallot (a heart condition he was born with), which was repaired in 2019. He is well, but he tires more quickly than other children in PE and on long walks, and he must not do competitive running races or heavy lifting.""",
            "outcomes": """By April 2027, Ethan will take part in every PE lesson using his adapted PE plan, with rest breaks he chooses.
By July 2027, Ethan will complete the class walk to the local park (1 km) with two planned rest stops, on every trip in the summer term.""",
            "provision": """Recommended for the 2026/27 school year:
1. I will meet his class teacher and PE teacher for 45 minutes in September 2026 to agree his adapted PE plan, and will phone the class teacher for 15 minutes each term to review it.
2. His PE teacher will follow the adapted PE plan in every PE lesson and let him rest whenever he asks.
3. On every school trip that involves walking, his class teacher will plan two rest stops and bring a wheelchair for him to use if he is too tired.""",
            "author": """Yours sincerely,
Siobhan Carey, Paediatric Cardiac Nurse Specialist, Calverton Children's Heart Unit, 9 October 2026""",
        },
        expected=(),
        kind="advice",
        tags=("clean", "congenital-heart", "clinic-letter", "trap-two-line-author"),
    ),
    Case(
        name="advice-physio-scoliosis-no-name",
        sections={
            "needs": """Physiotherapy advice
Nia (13, Year 8) has scoliosis (a curve of the spine) caused by her cerebral palsy, with a thoracolumbar curve of 38 degrees. She sits in a moulded seat in a manual wheelchair and cannot sit without support. She gets back pain if she stays in her chair for more than 2 hours.""",
            "outcomes": """By December 2026, Nia will come out of her wheelchair into her standing frame or lying on her side for 30 minutes twice a day, on 4 of 5 days, as recorded by her class team.
By July 2027, Nia will report back pain of 2 or less out of 10 at the end of the school day on 4 of 5 days.""",
            "provision": """Recommended for the 2026/27 school year:
- A paediatric physiotherapist from Brampton Children's Centre will see Nia in school for 45 minutes every 4 weeks.
- Two teaching assistants trained in moving and handling by the physiotherapist will move her from her wheelchair into her standing frame at 10.30am and onto her side on a mat at 1.30pm, for 30 minutes each time, every school day.
- The Brampton Wheelchair Service will check her moulded seat every 6 months.""",
            "author": """Paediatric Physiotherapist, Brampton Children's Centre, 3 March 2027""",
        },
        expected=(
            ("jargon", "needs", "thoracolumbar"),
            ("advice_no_author", "author", "Paediatric Physiotherapist, Brampton Children's Centre, 3 March 2027"),
        ),
        kind="advice",
        tags=("scoliosis", "cerebral-palsy", "jargon", "author-no-name"),
    ),
    Case(
        name="advice-renal-nurse-peritoneal-dialysis",
        sections={
            "needs": """Renal nurse specialist advice
Tyrone (16) is in Year 12 at Castlemead Sixth Form. He has kidney failure and has peritoneal dialysis (a type of dialysis done at home overnight through a tube in his tummy), so he does not need dialysis at college. He must limit his fluids to 1 litre a day, and he tires easily. He is on the waiting list for a kidney transplant and may be called for surgery at any time.""",
            "outcomes": """By December 2026, Tyrone will keep to his college fluid allowance of 400ml on every college day, as recorded in his own fluid diary.
By June 2027, Tyrone will attend at least 90% of his timetabled lessons, using his study periods to rest.
By January 2027, Tyrone will have a written plan for keeping up with his courses during a transplant admission, agreed with every subject teacher.""",
            "provision": """The following is advised for the 2026/27 academic year.
1. I will train his personal tutor on his care plan and fluid limit in one 45-minute meeting in September 2026.
2. His personal tutor will check his fluid diary with him for 5 minutes every Friday.
3. His personal tutor will timetable his study periods as rest periods in the library quiet room every day, starting in September 2026.
4. His personal tutor will write his transplant learning plan with all his subject teachers in one 1-hour meeting in November 2026; when he is admitted for his transplant, his subject teachers will send work every week for as long as he is in hospital.""",
            "author": """Grace Adeyemi, Paediatric Renal Nurse Specialist, Castlemead Children's Kidney Centre, 21 September 2026""",
        },
        expected=(),
        kind="advice",
        tags=("clean", "kidney", "dialysis", "post-16", "trap-hedge-outside-provision"),
    ),
    Case(
        name="advice-neurology-mdt-knee-pain-undated",
        sections={
            "needs": """Neurology advice
I reviewed Ruby-Mae (14, Year 9) in the paediatric headache clinic at Linthorpe General Hospital in October 2026. She has daily headaches caused by taking painkillers too often, and they are improving since she stopped them. She finds it hard to concentrate when she has a headache, and her attendance has fallen to 82%.""",
            "outcomes": """By March 2027, Ruby-Mae's attendance will be at least 92%, as shown in the register.
By July 2027, Ruby-Mae will use her headache card to take a 10-minute break and return to the lesson on 4 of 5 occasions.""",
            "provision": """Recommended for the 2026/27 school year:
- Her head of year will give her a headache card in September 2026, and her subject teachers will let her take a 10-minute break in the library whenever she shows it.
- The headache nurse will discuss her progress at the MDT meeting every 3 months.
- A physiotherapist from Linthorpe Community Health will see Ruby-Mae for 6 weekly 45-minute sessions to treat her knee pain.""",
            "author": """Dr Faisal Rahman, Consultant Paediatric Neurologist, Linthorpe General Hospital""",
        },
        expected=(
            ("acronym", "provision", "MDT"),
            (
                "golden_thread",
                "provision",
                "A physiotherapist from Linthorpe Community Health will see Ruby-Mae for 6 weekly 45-minute sessions to treat her knee pain.",
            ),
            ("advice_no_author", "author", "Dr Faisal Rahman, Consultant Paediatric Neurologist, Linthorpe General Hospital"),
        ),
        kind="advice",
        tags=("migraine", "acronym", "golden-thread-provision", "author-no-date", "trap-painkillers"),
    ),
    Case(
        name="advice-ot-mecfs-pacing-first-person",
        sections={
            "needs": """I am Ollie's occupational therapist in the Greystone Paediatric Fatigue Service. Ollie (11, Year 6) has chronic fatigue syndrome, also called myalgic encephalomyelitis (a long-term illness that causes extreme tiredness that does not go away with rest). He is in school for three mornings a week. If he does too much one day, he is unwell and in bed for the next two or three days. He finds noise and bright light draining.""",
            "outcomes": """By February 2027, Ollie will attend his three mornings a week with no 'crash' days (days in bed after doing too much) over 4 weeks, as recorded in his activity diary.
By July 2027, Ollie will attend four mornings a week for 3 weeks in a row, as recorded in the register.
By December 2026, Ollie will use the quiet room for a 10-minute rest from noise and light at 10.30am on every morning he attends.""",
            "provision": """I advise the following from September 2026 untill his move to secondary school in September 2027.
• I will see Ollie and his parents for 45 minutes every 3 weeks to plan his activity and rest (pacing), and visit school once each half term for 30 minutes to advise his class teacher.
• His class teacher will give him a 10-minute rest in the quiet room, with the lights dimmed, at 10.30am on every morning he attends.
• His class teacher will add one extra morning to his timetable in April 2027 if his activity diary shows no crash days in the previous 4 weeks.""",
            "author": """Tamsin Blackwood, Paediatric Occupational Therapist, Greystone Paediatric Fatigue Service, 6 November 2026""",
        },
        expected=(),
        kind="advice",
        tags=("clean", "me-cfs", "first-person", "trap-author-as-provider"),
    ),
    Case(
        name="advice-gdd-as-appropriate-no-author",
        sections={
            "needs": """Community paediatric advice
Finlay (3 years 6 months) attends Rainbow Corner Nursery. He has global developmental delay: his walking, play and talking are all at about the level of an 18-month-old. He is not yet drinking from an open cup.""",
            "outcomes": """By July 2027, Finlay will walk across the nursery garden holding one hand, on 4 of 5 tries.
By April 2027, Finlay will use 10 signs or words to make choices, as counted by his key worker.
By July 2027, Finlay will drink from an open cup with help, spilling less than half, at every snack time for 2 weeks.""",
            "provision": """Provision until Finlay starts school in September 2027:
- A paediatric physiotherapist from the Hollybush Child Development Centre will see Finlay at nursery for 30 minutes every 4 weeks.
- A speech and language therapist from the Hollybush Child Development Centre will give advice on his talking, play and drinking as appropriate.
- His key worker, trained by both therapists, will do his walking, signing and cup-drinking practice for 15 minutes each nursery day.""",
        },
        expected=(
            ("unspecified_provision", "provision", "as appropriate"),
            (
                "no_frequency",
                "provision",
                "A speech and language therapist from the Hollybush Child Development Centre will give advice on his talking, play and drinking as appropriate.",
            ),
            ("advice_no_author", "author", ""),
        ),
        kind="advice",
        tags=("developmental-delay", "early-years", "no-author", "vague"),
    ),
    Case(
        name="advice-neuropsychologist-brain-injury-college",
        sections={
            "needs": """Neurorehabilitation advice
I have worked with Bethany (19) since her brain injury in a fall in January 2026. She is now studying Level 2 Animal Care at Fairhaven College. Her brain injury has left her with a poor short-term memory; she tires mentally after about 45 minutes of study and can become irritable when tired.""",
            "outcomes": """By December 2026, Bethany will use her phone calendar and checklist to arrive at every lesson on time with the right equipment, on 9 of 10 days.
By June 2027, Bethany will study in 40-minute blocks with a 10-minute break and complete every practical session, as recorded by her course tutor.""",
            "provision": """Recommended for the 2026/27 academic year:
1. An occupational therapist from the Fairhaven Community Brain Injury Team will see Bethany at college for 1 hour every 2 weeks until December 2026, then for 1 hour once a month, to set up and review her memory aids.
2. Her learning support assistant, trained by the occupational therapist in her memory aids and fatigue plan, will meet her for 10 minutes at the start of each college day to go through her calendar and checklist.
3. Her course tutor will build a 10-minute break into every 40 minutes of teaching and let her use the quiet room during each break.""",
            "author": """Dr Marcus Tierney, Clinical Neuropsychologist, Fairhaven Community Brain Injury Team, 14 October 2026""",
        },
        expected=(),
        kind="advice",
        tags=("clean", "brain-injury", "post-16"),
    ),
    Case(
        name="advice-neurodisability-an-adult-undated",
        sections={
            "needs": """Consultant advice
Harrison (7, Year 2) has cerebral palsy affecting his left arm and leg. He walks with a splint on his left leg and falls on uneven ground and in crowded spaces. He has difficulty using his left hand to hold paper still and to open containers at lunch.""",
            "outcomes": """By July 2027, Harrison will walk around the playground at break with no more than one fall a week, as recorded by his class teacher.
By March 2027, Harrison will open all the containers in his lunch box on his own on 4 of 5 days.""",
            "provision": """1. A paediatric physiotherapist from Oakhurst Children's Therapy will see Harrison in school for 45 minutes every 6 weeks until July 2027.
2. An adult will open his lunch containers and help him practise each lunchtime.
3. An occupational therapist from Oakhurst Children's Therapy will provide a non-slip mat and easy-open containers and review his hand use every term.""",
            "author": """Dr Ama Boateng, Consultant in Paediatric Neurodisability, Oakhurst Child Development Centre""",
        },
        expected=(
            ("no_provider", "provision", "An adult will open his lunch containers and help him practise each lunchtime."),
            ("no_duration", "provision", "An adult will open his lunch containers and help him practise each lunchtime."),
            (
                "no_duration",
                "provision",
                "An occupational therapist from Oakhurst Children's Therapy will provide a non-slip mat and easy-open containers and review his hand use every term.",
            ),
            (
                "advice_no_author",
                "author",
                "Dr Ama Boateng, Consultant in Paediatric Neurodisability, Oakhurst Child Development Centre",
            ),
        ),
        kind="advice",
        tags=("cerebral-palsy", "untrained-staff", "sentence-period", "author-no-date"),
    ),
    Case(
        name="advice-orthoptist-nystagmus-explained",
        sections={
            "needs": """Orthoptic advice
Zain (6, Year 1) has nystagmus (his eyes make constant small, fast, side-to-side movements that he cannot control). His vision is reduced in both eyes. He sees best when he tilts his head to the left and when print is large and close. He takes longer than others to find things on a busy page.""",
            "outcomes": """By March 2027, Zain will read his school reading book in 24-point print, finding the next line without losing his place, in 4 of 5 reading sessions.
By July 2027, Zain will find a named picture on a worksheet with 6 pictures within 30 seconds, on 4 of 5 tries.""",
            "provision": """I recommend, for the 2026/27 school year:
- His class teacher will seat him on the right of the class so he can look with his head tilted to the left, and will give him all printed work in 24-point print on uncluttered pages, in every lesson.
- A qualified teacher of children with vision impairment from the Lakeside Sensory Support Service will visit once a half term for 1 hour to advise on print size and layout.
- I will review his vision in the eye clinic every 6 months and send the results to his class teacher.""",
            "author": """Kerry-Ann Doyle, Senior Orthoptist, Lakeside Eye Clinic, 11 November 2026""",
        },
        expected=(),
        kind="advice",
        tags=("clean", "visual-impairment", "trap-jargon-explained"),
    ),
    Case(
        name="advice-ld-nurse-healthier-ahc",
        sections={
            "needs": """Learning disability nursing advice
Sophie-Ann (24) is in the final year of her plan, on a supported internship at Greenway Garden Centre. She has a moderate learning disability, and epilepsy that is well controlled and needs nothing at work. She has gained 12kg in the past year and is at risk of health problems linked to her weight. She needs help to understand health appointments and letters.""",
            "outcomes": """Sophie-Ann will be healthier.
By June 2027, Sophie-Ann will take her easy-read health passport to her GP appointments and tell the GP her main worry, at every appointment recorded.""",
            "provision": """For the last year of her plan, September 2026 to July 2027:
- I will see Sophie-Ann at the garden centre for 1 hour every month to work on healthy eating and activity, using easy-read materials.
- I will complete her AHC with her GP practice in one 1-hour appointment in October 2026 and make an easy-read health passport with her.
- Her job coach, trained by me in easy-read health information, will go through any health letter with her within 2 working days of it arriving.""",
            "author": """Marianne Oduya, Community Learning Disability Nurse, Greenway Adult Learning Disability Team, 1 September 2026""",
        },
        expected=(
            ("outcome_not_smart", "outcomes", "Sophie-Ann will be healthier."),
            ("acronym", "provision", "AHC"),
        ),
        kind="advice",
        tags=("learning-disability", "supported-internship", "outcome", "acronym"),
    ),
    Case(
        name="advice-salt-22q11-dysphagia-explained",
        sections={
            "needs": """Speech and language therapy advice
Orla (7, Year 2) has 22q11.2 deletion syndrome, a genetic condition. She has dysphagia (difficulty swallowing safely): thin drinks go the wrong way and make her cough. She also has a mild language delay and finds it hard to follow instructions with more than two parts.""",
            "outcomes": """By December 2026, Orla will drink her thickened drinks at every snack and lunch at school, with no coughing episodes recorded for 4 weeks.
By July 2027, Orla will follow a three-part classroom instruction on 4 of 5 tries, as checked by her speech and language therapist.""",
            "provision": """I recommend the following from September 2026 to July 2027.
1. I will train her teaching assistant and the lunchtime staff who serve her in her eating and drinking plan in one 1-hour session in September 2026, with a 30-minute refresher in January 2027.
2. Her trained teaching assistant or a trained member of the lunchtime staff will thicken all her drinks to the level in her plan at every snack and lunch.
3. I will see Orla in school for 40 minutes every 4 weeks to work on following instructions, and her trained teaching assistant will do 10 minutes of practice with her each day.""",
            "author": """Ceri Pugh, Specialist Speech and Language Therapist, Glanmor Children's Therapy Service, 18 September 2026""",
        },
        expected=(),
        kind="advice",
        tags=("clean", "22q11", "dysphagia", "trap-jargon-explained"),
    ),
    Case(
        name="advice-dravet-brand-name-only-author",
        sections={
            "needs": """Advice from the Children's Epilepsy Service
Alfie-James (12, Year 7) has Dravet syndrome (a severe form of epilepsy that starts in babyhood). He has long seizures several times a term, often when he is hot or unwell, and he is very tired after a seizure.""",
            "outcomes": """By December 2026, every seizure at school lasting more than 5 minutes will be treated within 1 minute by a trained member of staff, as checked on his seizure record each term.
By July 2027, Alfie-James will go back to his lessons within 2 hours after a seizure on 3 of 4 occasions.""",
            "provision": """Recommended for the 2026/27 school year:
- The epilepsy nurse specialist will train four staff in his seizure plan and in giving Buccolam in one 2-hour session in September 2026.
- If a seizure lasts more than 5 minutes, one of the four trained staff will give his rescue medicine and call 999.
- After a seizure, one of the four trained staff will stay with him in the medical room while he sleeps, and he will return to class when he wakes.
- His class teacher will keep his classroom cool and let him use a desk fan in every lesson in hot weather.""",
            "author": """Claire Morton""",
        },
        expected=(
            ("drug_name", "provision", "Buccolam"),
            ("advice_no_author", "author", "Claire Morton"),
        ),
        kind="advice",
        tags=("epilepsy", "drug-name", "author-name-only"),
    ),
]

# Part 6: undivided health advice (wording checks only)
BLIND += [
    Case(
        name="undivided-physio-letter-vague-words-ignored",
        sections={
            "advice": """Children's Physiotherapy Service, Marshfield Community Health

15 October 2026

Re: Ellie Brennan, born 2 March 2019

Thank you for asking for physiotherapy advice for Ellie's education, health and care needs assessment. I saw Ellie (7) at Marshfield Primary School on 8 October 2026. Ellie has hypermobility (very flexible joints) and gets tired, sore legs after walking and standing. She should have access to regular movement breaks and may benefit from a wobble cushion as required. I would suggest support as needed in PE. I will review her in the spring.

Yours sincerely,
Andrew Lyle
Paediatric Physiotherapist""",
        },
        expected=(),
        kind="advice",
        tags=("clean", "undivided", "hypermobility", "trap-vague-in-undivided"),
    ),
    Case(
        name="undivided-salt-report-four-acronyms",
        sections={
            "advice": """SALT REPORT
Name: Kacey Doherty   Age: 5 years 2 months   School: St Bede's Catholic Primary
Kacey has a diagnosis of ASD made by the CDC in June 2026. On assessment she showed marked echolalia. Her understanding of spoken language is well below that of other children her age. I recommend a visual timetable, a Now/Next board and small-group language work three times a week. Review in 6 months.
F. Nwosu, Specialist SLT, 3 November 2026""",
        },
        expected=(
            ("acronym", "advice", "SALT"),
            ("acronym", "advice", "ASD"),
            ("acronym", "advice", "CDC"),
            ("jargon", "advice", "echolalia"),
            ("acronym", "advice", "SLT"),
        ),
        kind="advice",
        tags=("undivided", "autism", "acronym", "jargon"),
    ),
    Case(
        name="undivided-paediatrician-inhalers-allergy-pens",
        sections={
            "advice": """Community Paediatrics, Westgate Children's Centre
20 January 2027

Dear Ms Halloran,

Health advice for Noah Pritchard (age 11)

Noah has asthma and a severe allergy to peanuts. He carries a blue reliever inhaler and two allergy pens, and uses a preventer inhaler at home morning and evening. He needs no medication at school other than his reliever inhaler and, in an emergency, his allergy pen. His asthma is well controlled and does not affect his learning. School staff who supervise him at lunch and on trips need training from the school nursing team each September in his allergy action plan.

Yours sincerly,

Dr Imogen Welsby
Specialty Doctor in Community Paediatrics""",
        },
        expected=(),
        kind="advice",
        tags=("clean", "undivided", "allergy", "asthma", "trap-inhaler", "trap-allergy-pen"),
    ),
    Case(
        name="undivided-psychiatrist-two-medicines",
        sections={
            "advice": """To whom it may concern,
I am writing as Jessica's consultant psychiatrist at the Rivermead Child and Adolescent Mental Health Service. Jessica (15) has obsessive-compulsive disorder and depression. She takes sertraline each morning and was started on aripiprazole in August 2026. She may feel drowsy in the first lesson of the day. Her hand-washing rituals take up to 20 minutes, and she is often late to lessons. I would recommend a late pass and a named member of staff she can go to.
Dr Oluwaseun Adebayo, Consultant Child and Adolescent Psychiatrist, 28 September 2026""",
        },
        expected=(
            ("drug_name", "advice", "sertraline"),
            ("drug_name", "advice", "aripiprazole"),
        ),
        kind="advice",
        tags=("undivided", "mental-health", "drug-name"),
    ),
    Case(
        name="undivided-cleft-team-acronyms-expanded",
        sections={
            "advice": """Health advice – Cleftwater Cleft Lip and Palate Team
Date: 5 December 2026
Author: Nadia Kowalczyk, Specialist Speech and Language Therapist (SLT)

Maisie (4) was born with a cleft palate (a gap in the roof of her mouth), which was repaired in 2023. Her speech sounds very nasal because too much air escapes through her nose when she talks, so people outside her family find her hard to understand. She also has glue ear and wears hearing aids, which are checked by her Teacher of the Deaf (ToD).

As her SLT, I will see Maisie at nursery every 4 weeks for 30 minutes until she starts school in September 2027, and the ToD will visit once each half term. Her key worker at nursery will do 10 minutes of speech practice with her each day. We will review Maisie at the multidisciplinary team (MDT) clinic in June 2027; the MDT includes a surgeon, an SLT, an audiologist and a psychologist.""",
        },
        expected=(),
        kind="advice",
        tags=("clean", "undivided", "cleft", "trap-acronym-expanded"),
    ),
    Case(
        name="undivided-rheumatology-clinic-letter-terse",
        sections={
            "advice": """Paediatric Rheumatology Clinic letter – 12 March 2027
Diagnosis: JIA (oligoarticular), left knee and right ankle.
Issues: persistent synovitis of the left knee with a fixed flexion deformity of 10 degrees. Morning stiffness 45 minutes.
Plan: continue current treatment; physiotherapy in school once a fortnight; occupational therapy review of writing.
Dr Helena Strand, Consultant Paediatric Rheumatologist""",
        },
        expected=(
            ("acronym", "advice", "JIA"),
            ("jargon", "advice", "oligoarticular"),
            ("jargon", "advice", "synovitis"),
            ("jargon", "advice", "flexion"),
        ),
        kind="advice",
        tags=("undivided", "arthritis", "clinic-letter", "jargon", "acronym"),
    ),
]
