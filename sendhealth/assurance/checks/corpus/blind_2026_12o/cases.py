"""Blind set 2026-12o: health sections of EHC plans and health advice, labelled by hand.

Written from the domain notes' standard alone, without reading the checks. Every person,
service, trust, town and date is invented.
"""

from sendhealth.assurance.checks.corpus.cases import Case


def _tags(expected):
    checks = sorted({check for check, _section, _quote in expected})
    return tuple(checks) if checks else ("clean",)


def _plan(name, c, e, g, expected=()):
    expected = tuple(expected)
    return Case(
        name=name,
        sections={"C": c, "E": e, "G": g},
        expected=expected,
        kind="plan",
        tags=_tags(expected),
    )


def _div(name, needs, outcomes, provision, author=None, expected=()):
    expected = tuple(expected)
    sections = {"needs": needs, "outcomes": outcomes, "provision": provision}
    if author is not None:
        sections["author"] = author
    return Case(
        name=name,
        sections=sections,
        expected=expected,
        kind="advice",
        tags=_tags(expected),
    )


def _und(name, advice, expected=()):
    expected = tuple(expected)
    return Case(
        name=name,
        sections={"advice": advice},
        expected=expected,
        kind="advice",
        tags=_tags(expected),
    )


UP = "unspecified_provision"
NF = "no_frequency"
ND = "no_duration"
NP = "no_provider"
GT = "golden_thread"
OS = "outcome_not_smart"
AC = "acronym"
JA = "jargon"
DN = "drug_name"
NA = "advice_no_author"

PLANS_A = [
    _plan(
        "cp-year3-frame-walker-paragraphs",
        """Oliver is 8 and has cerebral palsy affecting both legs. He walks with a frame in school and tires quickly, so he cannot get from his classroom to the hall without stopping. The muscles at the back of his calves are tight, and standing for more than a few minutes makes his legs ache.""",
        """- By the end of Year 3 (July 2027), Oliver will walk with his frame from his classroom to the hall without stopping to rest on 4 out of 5 school days.
- By July 2027, Oliver will stand at the art table for 10 minutes at a time, three times a week, without telling an adult that his legs hurt.""",
        """All provision in this section runs until Oliver's annual review in March 2027.
A children's physiotherapist from Harrowfield Children's Therapy Service will see Oliver in school for 45 minutes every half term to check his walking and update his exercise programme. A teaching assistant, trained by the physiotherapist at the start of each term, will carry out his stretching programme with him for 15 minutes every school day. The physiotherapist will fit night splints for his calves and check the fit every 3 months.""",
    ),
    _plan(
        "autism-year6-toileting-no-provision",
        """Section C: Health needs
Amara is 10 and was diagnosed with autism by the Eastmere Child Development Centre in 2026. Loud, busy places such as the dinner hall overwhelm her and she covers her ears, hides under tables or runs out of the room. She does not yet recognise when she needs the toilet and has two or three wetting accidents a week at school. She eats a very narrow range of foods, mostly dry and beige, and often takes nothing from her lunchbox.""",
        """1. By July 2027, Amara will eat her lunch in the small dining room with two friends on 4 out of 5 days without leaving the room.
2. By the end of the spring term 2027, Amara will take herself to the toilet when her visual timer prompts her, with no more than one accident a fortnight.
3. By July 2027, Amara will try one new food from her taste chart each week and will have added 5 foods she eats at home or school.""",
        """- An occupational therapist from Eastmere Children's Occupational Therapy will visit school once a half term for one hour until July 2027 to set up Amara's sensory plan for lunchtimes and train the staff who support her.
- Amara's teaching assistant, once trained by the occupational therapist, will use the sensory plan with her every lunchtime until July 2027.
- A dietitian from the Eastmere Community Nutrition Team will meet Amara and her parents for 40 minutes every 8 weeks until July 2027 to run a food-tasting plan, and will send the taste chart to school each half term.""",
        [
            (
                GT,
                "C",
                "She does not yet recognise when she needs the toilet and has two or three wetting accidents a week at school.",
            ),
        ],
    ),
    _plan(
        "epilepsy-table-clean-trigger",
        """Need | What this means for Kwame
Seizures | Kwame has epilepsy. He has about one seizure a month, usually in the morning, where he falls and shakes all over for one to two minutes.
Tiredness after a seizure | After a seizure he sleeps for up to two hours and then finds it hard to concentrate for the rest of the day.
Safety in practical lessons | Because a seizure can start without warning, he is at risk in science, design and technology and swimming.""",
        """Outcome | By when | How we will know
Kwame will take part in every science and design lesson with his risk assessment followed | July 2027 | his form tutor's termly check shows no lessons missed because of seizure risk
Kwame will return to lessons within one day of a seizure and catch up on missed work within one week | end of Year 8 (July 2027) | his catch-up log shows work completed within a week after 9 out of 10 seizures
Kwame will swim with his class each week with a trained adult on the poolside | July 2027 | swimming register shows attendance at 90% of sessions""",
        """Provision | Who | How often | How long
Written seizure care plan, including emergency medicine, agreed with school | Epilepsy specialist nurse, Kingsbrook Children's Epilepsy Service | reviewed once a term | until the annual review in February 2027
Training in first aid for seizures and giving emergency medicine for 6 named staff | Epilepsy specialist nurse | once at the start of the school year, with a 1-hour refresher in January | school year 2026-27
Emergency medicine given if a seizure lasts 5 minutes, and an ambulance called | one of the 6 trained staff | at every seizure lasting 5 minutes | while Kwame attends Kingsbrook Academy
Rest in the medical room after a seizure, then a phone call home | one of the 6 trained staff | after every seizure | while Kwame attends Kingsbrook Academy
Risk assessment for science, design and technology and swimming | Kwame's head of year with the epilepsy specialist nurse | written in September 2026, reviewed each term | school year 2026-27
One-to-one supervision on the poolside | a swimming teacher trained in seizure first aid by the nurse | every swimming lesson | school year 2026-27""",
    ),
    _plan(
        "downs-syndrome-hearing-regular-review",
        """Maisie is 6 and has Down's syndrome. She has glue ear (sticky fluid behind the eardrums) in both ears, which comes and goes and makes it hard for her to hear speech in a noisy classroom. She also has low muscle tone, so she sits slumped at her table and tires when writing.""",
        """- By July 2027, Maisie will follow a two-step instruction given to the whole class on 8 out of 10 occasions, as recorded by her teacher.
- By July 2027, Maisie will sit upright on her wedge cushion and write her name and a short sentence on 4 days out of 5.""",
        """Maisie will have regular hearing tests at the Sallowby Children's Hearing Service.
Her class teacher will wear a radio aid microphone during every lesson for the school year 2026-27, after training from a teacher of the deaf.
An occupational therapist from Sallowby Community Children's Services will assess Maisie's seating and writing once in the autumn term 2026, provide a wedge cushion and a sloping board, and visit school once each term until July 2027 to review them.""",
        [
            (UP, "G", "regular"),
            (
                NF,
                "G",
                "Maisie will have regular hearing tests at the Sallowby Children's Hearing Service.",
            ),
            (
                ND,
                "G",
                "Maisie will have regular hearing tests at the Sallowby Children's Hearing Service.",
            ),
        ],
    ),
    _plan(
        "adhd-year9-first-person-clean",
        """About me and my health
I'm Callum, I'm 14 and I have attention deficit hyperactivity disorder (ADHD). I find it really hard to sit still in lessons longer than about 20 minutes and I get told off for fidgeting and shouting out. I take medicine every morning before school which helps, but it wears off by about 2 o'clock so afternoons are harder. I don't sleep until really late, usually after midnight, so I'm tired in the morning.""",
        """- By the end of Year 9 (July 2027), I will stay in my seat for a whole 50-minute lesson with two planned movement breaks, in 4 out of 5 afternoon lessons.
- By Easter 2027, I will be asleep by 11pm on at least 5 nights a week, which I will record on my sleep app and show my nurse.
- By July 2027, I will get fewer than 2 behaviour points a week for shouting out.""",
        """For the school year 2026-27:
- The ADHD nurse from Brackenford Child Health Service will see me at clinic every 3 months for 30 minutes to check how my medicine is working, my sleep and my weight.
- The ADHD nurse will run a sleep programme with me and my mum, with 4 sessions of 45 minutes, one every 2 weeks, starting in October 2026.
- My form tutor will agree two movement breaks in every afternoon lesson with my teachers and check the plan with me every Monday.
- The school nurse will train my form tutor and my heads of subject in what ADHD is and how it affects me, once in September 2026.""",
    ),
    _plan(
        "cf-college-physio-as-required",
        """Health needs
Priya is 17 and studies Level 3 Business at Thornleigh College. She has cystic fibrosis, which causes thick mucus in her lungs and affects her digestion. She needs to clear her chest twice a day and once during the college day, which takes about 30 minutes. She takes tablets with every meal and snack to help digest her food. She gets chest infections two or three times a year and misses up to two weeks of college each time.""",
        """By the end of her first year (June 2027), Priya will attend at least 90% of her timetabled sessions, outside hospital stays.
By June 2027, Priya will do her lunchtime chest clearance in the college medical room every college day without missing the start of her afternoon class.
By June 2027, Priya will take her digestive tablets with every meal and snack at college without a reminder from staff, on at least 9 days out of 10, as she records in her app.
By June 2027, Priya will catch up on work missed during hospital stays within 3 weeks of coming back, with all assignments submitted by the extended deadlines.""",
        """The Thornleigh Cystic Fibrosis Team will provide a physiotherapy review as required.
The college will keep the medical room free for Priya for 30 minutes every lunchtime for the academic year 2026-27, and the student services officer will hold the key.
Priya's learning support tutor will meet her for 20 minutes every week for the academic year 2026-27 to plan catch-up work and agree extended deadlines after any hospital stay.
The cystic fibrosis specialist nurse will give the college's first aid staff a 1-hour session on Priya's condition and her digestive tablets once in September 2026.""",
        [
            (UP, "G", "as required"),
            (
                NF,
                "G",
                "The Thornleigh Cystic Fibrosis Team will provide a physiotherapy review as required.",
            ),
            (
                ND,
                "G",
                "The Thornleigh Cystic Fibrosis Team will provide a physiotherapy review as required.",
            ),
        ],
    ),
    _plan(
        "slcn-nursery-outcome-vague",
        """Jayden is 3 and attends Little Acorns Nursery in Marrowdale. He uses single words and a few two-word phrases, well below what is expected at his age. Adults who do not know him understand about half of what he says. He gets frustrated when he is not understood and sometimes bites.""",
        """- Jayden will improve his talking.
- By July 2027, Jayden will use 3-word phrases such as "more juice please" at snack time on 4 days out of 5, as recorded by his key person.
- By July 2027, Jayden will have no more than one biting incident a month, as recorded in the nursery incident log.""",
        """A speech and language therapist from Marrowdale Children's Speech and Language Therapy will see Jayden at nursery for 30 minutes every 3 weeks until July 2027, and set targets for his key person.
His key person, who has completed the service's Early Talk training, will do a 10-minute language activity with him every nursery session until July 2027.
The speech and language therapist will give his parents a 1-hour home session once each term until July 2027.
His key person will use a picture board with him at every snack time and whenever he shows frustration, until July 2027, so he can point to what he wants.""",
        [
            (OS, "E", "Jayden will improve his talking."),
        ],
    ),
    _plan(
        "t1-diabetes-year5-list-clean",
        """- Sophie is 9 and has type 1 diabetes. Her body does not make the hormone that controls blood sugar, so she wears a pump that gives her this hormone and a sensor that reads her blood sugar.
- Her blood sugar can drop low during PE and playtime. When it is low she goes pale, shaky and confused and needs a sugary drink straight away.
- She needs an adult to count the carbohydrate (starchy and sugary food) in her lunch and enter it into her pump every day.""",
        """- By July 2027, Sophie will tell an adult herself when she feels low on at least 9 out of 10 occasions, as recorded on her school diabetes log.
- By the end of Year 5 (July 2027), Sophie will enter her lunch into her pump herself, with an adult checking, on 4 days out of 5.
- By July 2027, Sophie will take part in every PE lesson, with her blood sugar checked before and after.""",
        """This provision is for the school year 2026-27.
1. The children's diabetes specialist nurse from Kingsbrook Children's Diabetes Team will write Sophie's individual healthcare plan in September 2026 and review it each term.
2. The diabetes specialist nurse will train three named teaching assistants in checking blood sugar, treating a low and using Sophie's pump, in a 2-hour session in September 2026 and a 1-hour refresher in January 2027.
3. One of the three trained teaching assistants will check Sophie's blood sugar before and after every PE lesson and every playtime.
4. One of the three trained teaching assistants will count the carbohydrate in her lunch with her and check what she enters into her pump every school day.
5. A trained teaching assistant will give a sugary drink and recheck after 15 minutes whenever her sensor alarms low.""",
    ),
    _plan(
        "semh-year10-camhs-opportunities",
        """Health needs
Ellie is 15. She has had anxiety and low mood since Year 8 and was seen by the child and adolescent mental health service (CAMHS) in 2026. She has panic attacks in crowded corridors and busy classrooms, up to three a week. Since the spring she has been missing about two days of school a week, mostly on Mondays. She has lost weight this year because she skips lunch when the canteen is busy.""",
        """- By the end of the spring term 2027, Ellie will attend school on at least 4 days a week for 6 weeks in a row.
- By July 2027, Ellie will use her exit card and breathing routine during a panic attack and return to class within 20 minutes on 3 out of 4 occasions, as she records in her journal.""",
        """- A CAMHS clinical psychologist will see Ellie for 50 minutes of cognitive behavioural therapy (a talking therapy that helps with anxious thoughts) every week for 12 weeks from October 2026.
- Ellie's head of year will give her an exit card and a leave-lessons-early pass, agreed in September 2026 and reviewed each half term until July 2027.
- Ellie will have opportunities for catch-up sessions with the school's attendance mentor.""",
        [
            (UP, "G", "opportunities for"),
            (
                NF,
                "G",
                "Ellie will have opportunities for catch-up sessions with the school's attendance mentor.",
            ),
            (
                ND,
                "G",
                "Ellie will have opportunities for catch-up sessions with the school's attendance mentor.",
            ),
            (
                NP,
                "G",
                "Ellie will have opportunities for catch-up sessions with the school's attendance mentor.",
            ),
            (
                GT,
                "C",
                "She has lost weight this year because she skips lunch when the canteen is busy.",
            ),
        ],
    ),
    _plan(
        "pmld-special-school-gastrostomy-clean",
        """Health
Reuben is 12 and attends Brackenford Park School. He has profound and multiple learning disabilities and severe epilepsy. He cannot eat safely by mouth because food and drink can go into his lungs, so he is fed through a tube into his stomach (a gastrostomy). He cannot change position by himself and gets sore skin and stiff joints if he stays in one position for more than two hours. He has seizures most days, usually short ones where he stares and his arms jerk.""",
        """By July 2027, Reuben will have no chest infections caused by food or drink going into his lungs at school, as recorded in his health log.
By July 2027, Reuben will have no pressure sores, and will show he is comfortable (smiling, relaxed hands) in at least 3 different positions during the school day, as recorded on his positioning chart.
By July 2027, every seizure Reuben has at school will be recorded on his seizure chart and any seizure lasting 5 minutes will be treated within 1 minute, as checked each term by his epilepsy nurse.""",
        """Until Reuben's annual review in May 2027:
- The special school nursing team at Brackenford Park School will give his tube feeds at 10am and 1pm every school day and train the class team in tube care each September.
- A trained member of his class team will change his position every 2 hours through the school day using his positioning chart, which his physiotherapist writes and updates each term.
- The children's physiotherapist from Brackenford Community Children's Services will visit for 1 hour every 4 weeks to review his positioning, standing frame and stretches.
- The school nurse will give emergency medicine if a seizure lasts 5 minutes and call an ambulance, and will record every seizure on his chart; the epilepsy specialist nurse will review the chart once a term.""",
    ),
    _plan(
        "hearing-impaired-year1-bilateral-jargon",
        """Zainab is 5. She has a bilateral sensorineural hearing loss, moderate in both ears, and wears two hearing aids. Without her aids she hears very little speech. Her speech is less clear than her classmates' and she often misses what other children say in group work.""",
        """1. By July 2027, Zainab will wear both hearing aids all day in school on 9 out of 10 days, as recorded by her teaching assistant.
2. By July 2027, Zainab will answer a question from a classmate in a group of four on 4 out of 5 occasions in her teacher's weekly observation.
3. By July 2027, Zainab will say the sounds s, f and sh clearly in words, with her speech and language therapist scoring 80% correct.""",
        """For the school year 2026-27:
- A qualified teacher of the deaf from the Kingsbrook Sensory Support Service will visit school for 1 hour every fortnight to check her hearing aids and radio aid, advise her teacher and work with Zainab.
- Her class teacher will use the radio aid microphone in every lesson and seat Zainab near the front with her back to the window.
- A speech and language therapist from Kingsbrook Children's Therapies will see Zainab for 30 minutes every 2 weeks for a block of 10 sessions in the autumn term, then review.
- The teaching assistant, trained by the teacher of the deaf, will check her hearing aids are working at the start of every school day.""",
        [
            (JA, "C", "bilateral"),
            (JA, "C", "sensorineural"),
        ],
    ),
    _plan(
        "dcd-year4-ot-clean-termly-blocks",
        """Noah is 9 and has developmental coordination disorder, which means his brain finds it hard to plan and organise movements. His handwriting is slow and hard to read, and he writes about a third as much as his classmates in a lesson. He struggles with buttons, zips and shoelaces, so changing for PE takes him 15 minutes. He bumps into things and falls more than other children in the playground.""",
        """- By July 2027, Noah will type a short paragraph of 60 words in 15 minutes using a laptop, in 3 out of 4 literacy lessons.
- By Easter 2027, Noah will change for PE on his own in under 7 minutes, timed by his teaching assistant each week.
- By July 2027, Noah will catch a large ball thrown from 2 metres on 7 out of 10 throws during his movement group.""",
        """1. An occupational therapist from Eastmere Children's Occupational Therapy will give Noah two blocks of 6 weekly 40-minute sessions in school, one in the autumn term 2026 and one in the spring term 2027.
2. The occupational therapist will set up a touch-typing programme which Noah will do for 15 minutes, 3 times a week, until July 2027, with his teaching assistant, who has been trained in the programme by the therapist.
3. His teaching assistant, trained by the occupational therapist, will practise dressing skills with him for 10 minutes before every PE lesson until Easter 2027.
4. Noah will join the school's movement group, run by a PE teacher using the occupational therapist's programme, for 30 minutes twice a week for the school year 2026-27.""",
    ),
    _plan(
        "sickle-cell-year8-missing-outcome",
        """Daniel is 13 and has sickle cell disease. He gets painful crises when he is cold, dehydrated or overtired, and misses around 15 days of school a year because of them. He needs to drink plenty of water and use the toilet more often than other pupils. He becomes very tired after a crisis and finds it hard to concentrate for a week or two.""",
        """By July 2027, Daniel will drink at least 6 cups of water during the school day, ticking off his bottle chart, on 4 days out of 5.
By July 2027, Daniel will have no crisis that starts at school from getting cold or dehydrated, as recorded in his healthcare plan log.""",
        """Until July 2027:
- The haemoglobinopathy nurse specialist (a nurse for inherited blood conditions) from the Sallowby Red Cell Service will write Daniel's healthcare plan and train his head of year and form tutor in it for 1 hour in September 2026.
- Daniel's form tutor will make sure he has a full water bottle at the start of every school day and holds a toilet pass he can use in any lesson.
- His head of year will meet him for 20 minutes in the first week back after every absence to plan catch-up work.
- He will stay indoors at break on days below 5 degrees, supervised by the trained head of year or form tutor.""",
        [
            (
                GT,
                "C",
                "He becomes very tired after a crisis and finds it hard to concentrate for a week or two.",
            ),
        ],
    ),
    _plan(
        "asd-college-19-transition-clean",
        """My health
My name is Tom and I am 19. I am autistic and I have a learning disability. I get very anxious about changes to my routine, and when I'm anxious I pace and sometimes hit my head. I am moving from the children's learning disability team to the adult team this year.""",
        """- By July 2027, I will use my visual timetable and a 10-minute warning to move between activities at college without hitting my head, on 9 out of 10 changes, as logged by my support worker.
- By March 2027, I will have met my new adult learning disability nurse twice and will know her name and how to contact her.""",
        """For my time at Marrowdale College, academic year 2026-27:
- A learning disability nurse from the Marrowdale Community Learning Disability Team (Children) will see me every 6 weeks for 45 minutes until I move to the adult team, and will hold a handover meeting with the adult team in January 2027.
- A learning disability nurse from the Marrowdale Adult Learning Disability Team will meet me at college for 45 minutes in January and March 2027 and then every 2 months.
- My support worker, trained by the learning disability nurse in my positive behaviour support plan, will give me a 10-minute warning and go through my visual timetable before every change of activity.""",
    ),
    _plan(
        "juvenile-arthritis-year7-access-to-lift",
        """Grace is 11 and has juvenile idiopathic arthritis (long-term swelling in her joints with no known cause), mainly in her knees and wrists. On bad days her knees are stiff in the morning and stairs hurt. Writing for more than 10 minutes makes her wrists ache.""",
        """- By July 2027, Grace will arrive on time to at least 95% of her lessons, including those upstairs.
- By July 2027, Grace will complete written work in every lesson using her laptop or a scribe, with no lost work because of wrist pain, as checked by her tutor each half term.""",
        """Grace will have access to the lift.
A paediatric physiotherapist from the Kingsbrook Children's Rheumatology Team will see Grace every 8 weeks for 45 minutes for the school year 2026-27 to review her exercises and joint protection.
Her form tutor will arrange a laptop in every lesson and a scribe for tests and exams for the school year 2026-27, after a joint-protection briefing from the rheumatology nurse in September 2026.""",
        [
            (UP, "G", "access to"),
            (NF, "G", "Grace will have access to the lift."),
            (ND, "G", "Grace will have access to the lift."),
            (NP, "G", "Grace will have access to the lift."),
        ],
    ),
    _plan(
        "anxiety-year5-play-therapy-should",
        """Health needs: Leon is 9. His parents separated in 2026 and since then he has been very anxious at separation from his mum in the mornings, sometimes crying for 30 minutes before he will come into class. He has had stomach aches most school mornings; his GP has found no physical cause.""",
        """By the February half term 2027, Leon will come into class within 10 minutes of arriving, on 4 mornings out of 5, as recorded by his teacher.
By July 2027, Leon will tell his teacher about a worry using his feelings fan at least once a week, and stomach aches at school will be down to fewer than one a week.""",
        """A play therapist registered with the British Association of Play Therapists, commissioned through the Sallowby Children's Emotional Wellbeing Service, will see Leon weekly for 45 minutes for 12 weeks from October 2026.
His class teacher should greet him at the gate and give him a job to do in the first 10 minutes of every school day.
The school's emotional literacy support assistant, trained by the educational psychology service, will see him for 30 minutes every week until July 2027 to work with his feelings fan and his worries.""",
        [
            (UP, "G", "should"),
            (
                ND,
                "G",
                "His class teacher should greet him at the gate and give him a job to do in the first 10 minutes of every school day.",
            ),
        ],
    ),
]

PLANS_B = [
    _plan(
        "albinism-year2-vision-clean",
        """Ruby is 7 and has albinism, which affects her eyesight. She sees print clearly only when it is large (at least size 24) and held close, and she cannot read the board from her table. Bright light dazzles her, so she struggles outside and near windows. She is not yet confident finding her way round the school on her own and stays close to an adult at playtime.""",
        """- By July 2027, Ruby will read her own enlarged copy of what is on the board in every lesson, without asking an adult to read it to her, on 4 out of 5 days.
- By July 2027, Ruby will walk on her own from her classroom to the hall, the toilets and the playground, using the routes she has practised, as checked by her habilitation specialist each term.
- By July 2027, Ruby will join in a playground game with other children at least 3 times a week, wearing her tinted glasses and cap.""",
        """Provision runs for the school year 2026-27.
- A qualified teacher of children with vision impairment from the Eastmere Sensory Service will visit school for 1 hour every 3 weeks to work with Ruby, advise staff and check her materials.
- Her teaching assistant, trained by the teacher of children with vision impairment, will prepare enlarged copies of all board work and worksheets for every lesson.
- A habilitation specialist (someone trained to teach children with sight loss to move around safely and independently) from the Eastmere Sensory Service will give Ruby 8 weekly sessions of 45 minutes in the autumn term and 4 follow-up sessions in the summer term.
- Her class teacher will seat her with her back to the windows and make sure she wears her tinted glasses and cap at every outdoor playtime.""",
    ),
    _plan(
        "spina-bifida-year4-catheter-passive",
        """Health needs
Hana is 9 and has spina bifida. She uses a wheelchair and cannot feel when her bladder is full, so her bladder has to be emptied with a catheter (a thin tube) three times during the school day. She has weak muscles in her legs and needs to stand in a standing frame every day to keep her bones and hips healthy. She is starting to want to do her own personal care.""",
        """By July 2027, Hana will be dry between catheter times on 9 days out of 10, as recorded on her continence chart.
By July 2027, Hana will do the first four steps of her catheter routine herself, with an adult checking, as recorded by the children's community nurse each term.
By July 2027, Hana will stand in her standing frame for 40 minutes every school day while doing table work with her group.""",
        """Until Hana's annual review in April 2027:
Her bladder will be emptied with a catheter at 10am, 12.30pm and 2.30pm every school day.
A children's community nurse from the Kingsbrook Children's Community Nursing Team will train two teaching assistants in the catheter routine in September 2026 and check their competence every 6 months, and will teach Hana the steps of the routine in school for 30 minutes every fortnight.
One of the two trained teaching assistants will put Hana into her standing frame for 40 minutes every school day, using the plan written by her physiotherapist from Kingsbrook Children's Therapies, who will review it each half term.""",
        [
            (
                NP,
                "G",
                "Her bladder will be emptied with a catheter at 10am, 12.30pm and 2.30pm every school day.",
            ),
        ],
    ),
    _plan(
        "stammer-year8-clean-own-words",
        """Communication and health
Ibrahim is 12 and has a stammer. He gets stuck on words, especially at the start of sentences, and he avoids putting his hand up or answering the register. He has told his tutor that he dreads reading aloud and presentations and sometimes stays off on days when he has one.""",
        """- By July 2027, Ibrahim will answer the register by saying his name on 4 mornings out of 5, using his easy-start technique.
- By July 2027, Ibrahim will give a 2-minute presentation to a group of five classmates in English, with no absences on presentation days in the summer term.""",
        """A specialist speech and language therapist from the Marrowdale Children's Stammering Service will see Ibrahim in school for 45 minutes every fortnight in the autumn term 2026 and then every 4 weeks until July 2027.
The speech and language therapist will give his form tutor and English teacher a 1-hour session on stammering and how to support him in October 2026.
His form tutor will hold a 10-minute practice with him every Monday morning until July 2027, going through any reading or speaking he has that week and agreeing which he will do.
His English teacher will let him present first to a small group, rather than the whole class, for every presentation in the school year 2026-27.""",
    ),
    _plan(
        "tourettes-year10-feel-confident",
        """Zac is 15 and has Tourette's syndrome. He has motor tics (sudden movements he cannot control) in his neck and shoulders, and vocal tics such as sniffing and short shouts, which get worse when he is stressed or tired. He finds it hard to hold the tics back in quiet lessons and exams, and this leaves him exhausted. Some pupils copy his tics and he has been in two fights this term.""",
        """- Zac will feel more confident about his tics.
- By the end of Year 11 mocks (January 2028), Zac will sit every mock exam in a separate room with rest breaks, finishing each paper.
- By Easter 2027, there will be no more than one reported incident a half term of pupils copying or mocking Zac's tics, as recorded by his head of year.""",
        """From September 2026 to July 2027:
- A clinical nurse specialist from the Sallowby Paediatric Neurology Tics Clinic will see Zac every 4 months for 30 minutes to review his tics and give advice to school.
- A CAMHS practitioner will offer Zac 8 sessions of comprehensive behavioural intervention for tics (a therapy that teaches ways to manage the urge to tic), weekly for 1 hour from January 2027.
- His head of year will arrange a separate room with rest breaks for all tests, mocks and exams, and a time-out card he can use in any lesson.
- His head of year will deliver a 20-minute talk to his tutor group about Tourette's, agreed with Zac, once in September 2026, and follow up every report of mocking within one school day.""",
        [
            (OS, "E", "Zac will feel more confident about his tics."),
            (AC, "G", "CAMHS"),
        ],
    ),
    _plan(
        "brain-injury-year11-clean-fatigue",
        """Health needs
Kiera is 16. In March 2026 she was hurt in a road accident and had a serious head injury. She has made a good recovery in her walking, but she now gets very tired in the afternoons and her memory for new information is poor. She gets headaches if she works on a screen for more than 20 minutes. She has become irritable and low in mood since the accident and says she has lost touch with her friends.""",
        """1. By July 2027, Kiera will attend a shortened timetable of mornings plus two afternoons a week, building to full days by the summer term, with attendance above 90%.
2. By July 2027, Kiera will use her memory app and planner to record every homework task, handing in at least 8 out of 10 on time.
3. By July 2027, Kiera will meet a friend outside school at least once a fortnight and will score her mood at 6 out of 10 or higher on most weeks, as she records with her psychologist.""",
        """1. A clinical neuropsychologist from the Kingsbrook Children's Brain Injury Service will see Kiera for 1 hour every 2 weeks from October 2026 until July 2027 for therapy on mood and memory.
2. The brain injury service's occupational therapist will agree a graded timetable with her head of year in September 2026 and review it with them every half term until July 2027.
3. Her head of year will give her a rest room she can use for 15 minutes at the end of every morning and a screen break every 20 minutes in computer-based lessons, until July 2027.
4. Her form tutor will check her planner and memory app with her for 10 minutes every day at afternoon registration until July 2027.""",
    ),
    _plan(
        "nut-allergy-nursery-epipen",
        """Health needs
Felix is 3 and has a severe allergy to peanuts and tree nuts, which has caused a life-threatening reaction. He is also autistic and puts objects and food in his mouth, so he may eat something he has picked up from the floor or from another child's plate.""",
        """By July 2027, Felix will have no contact with nuts at nursery, with no allergic reactions, as recorded in the nursery's incident log.
By July 2027, Felix will eat only from his own named plate at every snack and mealtime, prompted by a picture card.""",
        """Until Felix leaves Little Acorns Nursery in July 2027:
- The children's allergy nurse from the Eastmere Children's Allergy Clinic will write Felix's allergy action plan and train all nursery staff to spot a reaction and use his EpiPen, once in September 2026 and again in February 2027.
- A trained member of staff will sit with Felix at every snack and mealtime and check that his food is from home or from the nut-free menu.
- His key person, trained by the allergy nurse and the area special educational needs coordinator, will use a picture card to remind him to eat only from his own plate at every snack and meal.""",
        [
            (DN, "G", "EpiPen"),
        ],
    ),
    _plan(
        "duchenne-year9-clean-respiratory",
        """Health needs
Harvey is 14 and has Duchenne muscular dystrophy, a condition in which the muscles slowly get weaker. He now uses a powered wheelchair all day. He cannot lift his arms above shoulder height and tires when writing. His breathing muscles are getting weaker, and he now needs a machine to help him cough when he has a cold. He takes a daily medicine that protects his muscles and can make him hungrier and moodier.""",
        """- By July 2027, Harvey will use voice-typing software to complete his written work in every lesson, with his teachers judging it of the same quality as his spoken answers.
- By July 2027, Harvey will miss no more than 5 days of school through chest infections.
- By July 2027, Harvey will tell a trusted adult when he feels angry or low, at least once a week, using his check-in sheet with his form tutor.""",
        """For the school year 2026-27:
- A children's physiotherapist from Brackenford Neuromuscular Service will visit school every 6 weeks for 1 hour to review his stretches, seating and positioning.
- An occupational therapist from the same service will set up voice-typing software and an arm support on his wheelchair in September 2026 and review them every term.
- The respiratory physiotherapist will train two teaching assistants to use his cough assist machine, for 2 hours in September 2026, with competence rechecked each term; a trained teaching assistant will use the machine with Harvey whenever he has a cold and his chest sounds wet.
- His form tutor will meet him for a 10-minute check-in every Monday and Thursday, with advice from the neuromuscular care adviser on the side effects of his daily medicine given once each term.""",
    ),
    _plan(
        "weight-review-meets-no-need",
        """Lucas is 6 and has global developmental delay. He walks with his feet wide apart, is unsteady and falls several times a day, and he cannot yet climb the steps to the slide. He has no words yet and communicates by pulling adults to what he wants.""",
        """By July 2027, Lucas will walk from the classroom to the playground without falling on 4 days out of 5.
By July 2027, Lucas will use 10 signs or pictures to ask for things he wants, as recorded by his speech and language therapist.""",
        """Until July 2027:
A children's physiotherapist from Sallowby Community Children's Services will see Lucas in school every 3 weeks for 45 minutes and write a daily walking programme, which his teaching assistant, trained by the physiotherapist, will do with him for 10 minutes every school day.
A speech and language therapist from Sallowby Children's Speech and Language Therapy will see him for 30 minutes every 2 weeks to teach signs and a picture exchange system to Lucas and his class team.
A paediatric dietitian will weigh Lucas and review his diet every 3 months.""",
        [
            (
                GT,
                "G",
                "A paediatric dietitian will weigh Lucas and review his diet every 3 months.",
            ),
        ],
    ),
    _plan(
        "selective-mutism-year1-clean",
        """Mia is 5 and has selective mutism, an anxiety condition in which a child can speak freely in some places but cannot speak in others. She talks at home with her family but has not said a word at school since she started in Reception. She does not ask to go to the toilet and has had wetting accidents because of this. She freezes and looks down when an adult she does not know speaks to her.""",
        """1. By July 2027, Mia will speak to her key adult in school in a quiet room, at least once a week, as recorded in her sliding-in log.
2. By Easter 2027, Mia will show her toilet card to ask to go, with no more than one wetting accident a month.
3. By July 2027, Mia will nod or point to answer a question from a new adult on 3 out of 5 occasions, as recorded by her key adult.""",
        """1. A speech and language therapist from Harrowfield Children's Speech and Language Therapy will see Mia and her key adult in school for 45 minutes every 3 weeks from October 2026 to July 2027, using a small-steps "sliding-in" programme.
2. Her key adult, a teaching assistant trained by the speech and language therapist, will do the sliding-in programme with her for 15 minutes three times a week from October 2026 to July 2027.
3. Her class teacher will give Mia a toilet card she can show without speaking, and will tell all adults who work in the class about it, from September 2026 to July 2027.
4. The speech and language therapist will give a 1-hour talk to all staff at Harrowfield Primary School on selective mutism, once in the autumn term 2026.""",
    ),
    _plan(
        "adhd-odd-year6-acronym",
        """Health needs
Tyler is 11 and has attention deficit hyperactivity disorder (ADHD) and ODD. He leaves his seat many times a lesson and struggles to wait his turn. When he is told no, he argues, refuses and sometimes throws equipment. He takes medicine for ADHD before school.""",
        """- By July 2027, Tyler will stay on task for 15 minutes with one movement break in 4 out of 5 lessons, as recorded by his teacher.
- By July 2027, Tyler will have no more than one incident a fortnight of throwing equipment, as recorded on the school's behaviour log.""",
        """From September 2026 to July 2027:
- A specialist nurse from the Eastmere Community Paediatric ADHD Service will review Tyler's medicine and his progress at clinic every 4 months for 30 minutes, and send a letter to school after each visit.
- His class teacher will give him a movement break every 15 minutes in lessons, using a timer on his desk.
- His parents will be offered an 8-week group parenting course, 2 hours each week, run by the service's family support worker, who is trained in the course, starting in January 2027.
- His class teacher will use the calm-down plan written by the ADHD nurse whenever he refuses or starts to throw things.""",
        [
            (AC, "C", "ODD"),
        ],
    ),
    _plan(
        "salt-ot-acronyms-year3",
        """Jack is 8 and has a developmental language disorder. He understands short instructions but gets lost in longer ones, and he finds it hard to find the words he wants. He also finds tasks that need small, careful hand movements, such as using scissors and doing up buttons, difficult.""",
        """- By July 2027, Jack will follow a three-part classroom instruction on 8 out of 10 occasions without a reminder, as recorded by his teaching assistant.
- By July 2027, Jack will use his word map to describe a picture with 3 details in 4 out of 5 weekly sessions.
- By Easter 2027, Jack will cut along a curved line and fasten his coat buttons by himself every day.""",
        """For the school year 2026-27:
1. SALT to see Jack for 30 minutes every 3 weeks in school and set targets for his teaching assistant.
2. His teaching assistant, trained by the therapist in September 2026, will deliver a 20-minute language group 3 times a week.
3. OT to run a 6-week block of 30-minute hand-skills sessions in the autumn term and set a daily 10-minute programme for the teaching assistant to do with him.""",
        [
            (AC, "G", "SALT"),
            (AC, "G", "OT"),
        ],
    ),
    _plan(
        "trache-reception-clean-carers",
        """Health needs
Elijah is 4 and starts Reception at Kingsbrook Infant School in September 2026. He has a tracheostomy (a breathing tube in the front of his neck), which needs suctioning (clearing with a thin tube attached to a small pump) when it becomes blocked with mucus, sometimes several times an hour. He cannot make a sound, so he cannot call for help. He is at risk of the tube coming out, which is an emergency.""",
        """- By July 2027, Elijah will attend school full time with every suctioning and tube emergency handled safely, as checked each half term by the children's community nursing team.
- By July 2027, Elijah will use 20 signs and his call button to get an adult's attention, as recorded by his speech and language therapist.""",
        """This provision runs until Elijah's annual review in July 2027.
- Elijah will have a carer with him at all times in school, one of three health care assistants employed by the Kingsbrook Children's Community Nursing Team and trained and signed off as competent in tracheostomy care.
- A children's community nurse will supervise the carers in school once a month and repeat their competency checks every 6 months.
- The children's community nurse will train his class teacher and two teaching assistants in emergency tube changes, for 3 hours before he starts and a 1-hour refresher each term.
- A speech and language therapist from Kingsbrook Children's Therapies will see Elijah for 30 minutes every 2 weeks to teach signing and set up a call button, and will train his class team in signing for 1 hour each half term.""",
    ),
    _plan(
        "aac-year7-outcome-no-time",
        """Lily is 12 and has cerebral palsy affecting her whole body. She cannot speak clearly enough for most people to understand and uses an eye-gaze communication aid (a computer she controls by looking at the screen). She needs the aid set up and positioned correctly every time she moves rooms. She has difficulty swallowing thin drinks and coughs when drinking from an open cup.""",
        """- Lily will be able to use her communication aid to ask for things and answer questions.
- By July 2027, Lily will drink from her lidded cup with thickened drinks at every meal at school without coughing, as recorded on her eating and drinking log.""",
        """Provision from September 2026 to July 2027:
- A speech and language therapist from the Brackenford Augmentative and Alternative Communication Service will see Lily in school for 1 hour every 4 weeks and update her vocabulary on the aid.
- Her teaching assistant, trained by the speech and language therapist, will set up and position her aid at the start of every lesson.
- A speech and language therapist from Brackenford Children's Dysphagia Service (for children who have difficulty swallowing) will review her eating and drinking plan once a term and train her lunchtime staff in it in September 2026.
- A trained teaching assistant will give Lily her thickened drinks in a lidded cup at every meal and snack, following her eating and drinking plan.""",
        [
            (
                OS,
                "E",
                "Lily will be able to use her communication aid to ask for things and answer questions.",
            ),
        ],
    ),
    _plan(
        "college-cp-personal-care-clean",
        """Health and care needs
Amelia is 18 and studies Level 2 Art and Design at Thornleigh College. She has cerebral palsy and uses a wheelchair. She needs two people and a hoist to move from her chair to the toilet or a changing bed. She gets pain in her hips if she sits in the same position for more than two hours. She wants to learn to direct her own care, telling staff what she needs rather than waiting to be asked.""",
        """1. By the end of the academic year (June 2027), Amelia will go to the toilet at college at a time she chooses, with a wait of no more than 10 minutes, on 9 out of 10 occasions.
2. By June 2027, Amelia will change position at least once every 2 hours at college and will report hip pain of 3 out of 10 or less on most days, as she records in her pain diary.
3. By June 2027, Amelia will give her carers every instruction for her hoist transfer herself, as recorded on her care log.""",
        """For the academic year 2026-27:
1. Two personal care assistants, trained in moving and handling and in Amelia's hoist by the Thornleigh Adult Community Physiotherapy Team, will help her with every toilet visit and transfer during the college day.
2. The community physiotherapist will review her moving and handling plan and positioning every 3 months, and retrain new carers within one week of their starting.
3. A trained personal care assistant will help Amelia change position every 2 hours, or sooner when she asks.
4. The college's learning support manager will meet Amelia for 30 minutes every half term to check that her care is being given the way she directs it.""",
    ),
    _plan(
        "autism-year2-support-as-needed",
        """Health needs
Oscar is 7 and is autistic. He finds changes to routine very distressing and will lie on the floor and scream for up to 20 minutes. He seeks movement all the time, spinning and climbing on furniture. He is sensitive to noise and to the feel of some clothes, and often takes his shoes and socks off in class.""",
        """- By July 2027, Oscar will move between activities using his now-and-next board with no more than one meltdown a week, as recorded on his behaviour log.
- By July 2027, Oscar will stay in his seat for 10 minutes of carpet time, with a wobble cushion, on 4 days out of 5.
- By July 2027, Oscar will keep his shoes on in class for the whole morning on 4 days out of 5.""",
        """Until July 2027:
- An occupational therapist from Sallowby Children's Occupational Therapy will assess Oscar's sensory needs in school in October 2026 and write a sensory diet (a timetable of movement and calming activities), reviewing it every term.
- His teaching assistant, trained by the occupational therapist, will carry out his sensory diet with him 4 times a day.
- Oscar will receive support as needed from staff during transitions.""",
        [
            (UP, "G", "support as needed"),
            (NF, "G", "Oscar will receive support as needed from staff during transitions."),
            (NP, "G", "Oscar will receive support as needed from staff during transitions."),
        ],
    ),
    _plan(
        "eczema-year3-where-possible",
        """Noor is 8 and has severe eczema (dry, itchy, broken skin) on her hands, arms and legs. The itch keeps her awake at night so she is tired at school, and she scratches in lessons until her skin bleeds. Her hands are often too sore to hold a pencil for long.""",
        """By July 2027, Noor will have moisturiser put on at school twice a day on 9 days out of 10, as recorded on her skin chart.
By July 2027, Noor will write for 15 minutes at a time with her cotton gloves and a pencil grip on 4 days out of 5.
By July 2027, Noor will fall asleep within 30 minutes on 5 nights a week, as recorded by her parents in her sleep diary.""",
        """For the school year 2026-27:
- The children's dermatology nurse from Marrowdale Hospital will train her teaching assistant to apply her moisturising cream in September 2026, and will see Noor and her parents in clinic every 3 months for 20 minutes.
- The trained teaching assistant will apply her cream at morning break and after lunch every school day, and let her wear cotton gloves in class where possible.
- The dermatology nurse will give Noor's parents a 45-minute sleep and itch session at clinic once in the autumn term and once in the spring term.""",
        [
            (UP, "G", "where possible"),
        ],
    ),
    _plan(
        "physio-may-visit-hypermobility",
        """Health needs
Ava is 13 and has hypermobility spectrum disorder, which means her joints are very bendy and easily strained. She gets pain in her knees and ankles after walking between lessons and often sprains her ankle in PE. She gets tired by the afternoon and her handwriting gets slower and messier.""",
        """- By July 2027, Ava will take part in at least 3 out of 4 PE lessons each half term, doing the adapted activities in her physiotherapy plan.
- By July 2027, Ava will report knee and ankle pain of 3 out of 10 or less at the end of the school day on 4 days out of 5, in her pain diary.
- By July 2027, Ava will use a laptop for extended writing in every lesson that needs more than 20 minutes of writing.""",
        """- The physiotherapist may visit school to advise staff on exercises Ava can do in PE.
- Her head of year will give her a lift pass and a leave-5-minutes-early pass for all lessons from September 2026 to July 2027.
- Her head of year will arrange a laptop for extended writing in every lesson from September 2026 to July 2027.""",
        [
            (UP, "G", "may"),
            (
                NF,
                "G",
                "The physiotherapist may visit school to advise staff on exercises Ava can do in PE.",
            ),
            (
                ND,
                "G",
                "The physiotherapist may visit school to advise staff on exercises Ava can do in PE.",
            ),
        ],
    ),
    _plan(
        "no-health-needs-clean",
        """Ethan has no health needs that relate to his special educational needs. His hearing and eyesight were checked by the school nursing team in October 2026 and are normal. He is seen by his GP for ordinary childhood illnesses only.""",
        """There are no health outcomes in this plan, because Ethan has no health needs that relate to his special educational needs.""",
        """No health provision is needed. If Ethan's health changes, his parents or school can ask the Harrowfield school nursing team for a review.""",
    ),
    _plan(
        "no-health-needs-but-provision",
        """Section C
Chloe has no identified health needs. Her special educational needs are in literacy and are described in section B.""",
        """Section E
No health outcomes.""",
        """Section G
The school nurse will check Chloe's height and weight once a term until July 2027.""",
        [
            (
                GT,
                "G",
                "The school nurse will check Chloe's height and weight once a term until July 2027.",
            ),
        ],
    ),
    _plan(
        "hypotonia-jargon-year1",
        """Health needs
Alfie is 6. He has hypotonia and joint laxity, so he sits in a W position on the carpet and slumps at his table. He seeks proprioceptive input by crashing into furniture and other children. He cannot yet hop or climb the frame.""",
        """By July 2027, Alfie will sit cross-legged or on his chair with his feet flat for 10 minutes of carpet time on 4 days out of 5.
By July 2027, Alfie will have no more than two incidents a week of crashing into other children, as recorded by his teacher.
By July 2027, Alfie will hop 5 times on each foot and climb to the top of the low frame by himself.""",
        """From September 2026 to July 2027:
An occupational therapist from Eastmere Children's Occupational Therapy will see Alfie in school every 4 weeks for 45 minutes and write a programme of heavy work (pushing, pulling and carrying jobs) for his class team.
His teaching assistant, trained by the occupational therapist, will do the heavy-work programme with him for 10 minutes 3 times a day.
A children's physiotherapist will give Alfie a 6-week block of weekly 30-minute sessions in the spring term 2027 to work on balance, hopping and climbing.
His class teacher will give him a chair with a footrest and a move-and-sit cushion for every table lesson.""",
        [
            (JA, "C", "hypotonia"),
            (JA, "C", "laxity"),
            (JA, "C", "proprioceptive"),
        ],
    ),
]

PLANS_C = [
    _plan(
        "me-cfs-year12-sixth-form-clean",
        """Health needs
Freya is 16 and in Year 12 at Kingsbrook Sixth Form. She has myalgic encephalomyelitis (ME), also called chronic fatigue syndrome: her energy is very limited, and if she does too much one day she can be in bed for the next two or three. She has trouble concentrating and remembering what she has read, which she calls "brain fog". She has not managed a full week in school since January 2026.""",
        """- By the end of the spring term 2027, Freya will attend her agreed timetable of 3 mornings a week for 6 weeks in a row without a crash (a day in bed afterwards), as recorded in her activity diary.
- By July 2027, Freya will complete at least 2 of her 3 A-level courses' coursework to the deadlines agreed with her tutors.
- By July 2027, Freya will use her recorded lessons and notes to revise, and will score at least 50% in her end-of-year tests.""",
        """For the school year 2026-27:
- An occupational therapist from the Kingsbrook Paediatric Fatigue Service will see Freya every 4 weeks for 1 hour, alternating home and school, to plan her activity and rest (pacing) and grade up her timetable.
- Her sixth form tutor will meet her for 15 minutes every Monday she is in school to agree the week's work with her, and will arrange recordings and notes of every lesson she misses.
- Her head of sixth form will give her a rest room she can use at any point in the school day, and will agree extended coursework deadlines with each subject teacher at the start of each term.""",
    ),
    _plan(
        "looked-after-input-from",
        """Health needs
Kacey is 10 and is in foster care. She has had several moves of placement and school. She finds it very hard to trust adults, and when she is frightened she becomes angry, runs off site or hides. She wets the bed most nights and is embarrassed about this on school residential trips. Her last health assessment for children in care found that she is behind with her vaccinations.""",
        """- By July 2027, Kacey will stay on the school site every day, with no running off in the summer term, as recorded in the school's incident log.
- By July 2027, Kacey will name two adults in school she trusts and go to one of them when she feels frightened, on 3 out of 4 occasions.
- By May 2027, Kacey will be dry on at least 4 nights a week, as recorded by her foster carer, so that she can go on the Year 6 residential.
- By December 2026, Kacey will have caught up with all her missed vaccinations.""",
        """- Kacey will receive input from the Looked After Children's Health Team to help her and her foster carer with her fears and trust.
- The school's learning mentor, trained in attachment and trauma by the Eastmere Virtual School, will meet Kacey for 20 minutes every morning and at the end of every lunchtime until July 2027.
- A school nurse from the Eastmere 0-19 Service will run the bedwetting programme with Kacey and her foster carer, seeing them every 4 weeks for 30 minutes from October 2026 to May 2027.
- Her GP practice, Millbrook Medical Centre, will give her catch-up vaccinations in two appointments in October and November 2026.""",
        [
            (UP, "G", "input from"),
            (
                NF,
                "G",
                "Kacey will receive input from the Looked After Children's Health Team to help her and her foster carer with her fears and trust.",
            ),
            (
                ND,
                "G",
                "Kacey will receive input from the Looked After Children's Health Team to help her and her foster carer with her fears and trust.",
            ),
        ],
    ),
    _plan(
        "autism-sleep-table-clean",
        """Health need | Impact in school
Kai is autistic and finds it hard to get to sleep and stay asleep; he often sleeps only 5 hours a night | He arrives tired and irritable and falls asleep in afternoon lessons about twice a week
Kai finds noisy, crowded places very stressful | He cannot manage the lunch hall and has left the building twice this term
Kai eats a limited diet and sometimes eats nothing all day at school | He has headaches and becomes distressed by mid-afternoon""",
        """Outcome | By when | Measured by
Kai will sleep at least 7 hours a night on 5 nights a week | by Easter 2027 | his parents' sleep diary, reviewed by the sleep practitioner
Kai will eat his lunch in the small-group room on 4 days out of 5 and not leave the building | by July 2027 | the lunchtime log kept by his key worker
Kai will eat at least two items from his lunchbox every day | by July 2027 | the lunchtime log""",
        """Provision | Provider | Frequency | Duration
Sleep programme with Kai's parents, then a review of whether sleep medicine is needed | Sleep practitioner, Sallowby Community Paediatric Sleep Service | 6 sessions of 45 minutes, one every 2 weeks | autumn term 2026, then a review in February 2027
Small-group lunch room with a trained key worker (trained in autism by the Sallowby Autism Outreach Team) | Kai's key worker | every school day | school year 2026-27
Lunch plan with safe foods, and advice to parents | Paediatric dietitian, Sallowby Community Nutrition Team | 3 appointments of 30 minutes, one each term | school year 2026-27""",
    ),
    _plan(
        "table-row-blank-frequency",
        """Health needs
Sami is 7 and has cerebral palsy affecting the right side of his body. He uses his left hand for almost everything and finds tasks that need two hands, such as cutting food or opening packets, very hard. He walks with a splint on his right leg and trips on uneven ground.""",
        """Outcome | By when
Sami will open his lunch packets and cut soft food on his own every day | July 2027
Sami will walk around the playground and field without falling on 4 days out of 5 | July 2027""",
        """What | Who | How often | How long
Two-handed skills programme in class | Teaching assistant trained by the occupational therapist | 10 minutes every school day | school year 2026-27
Block of occupational therapy for two-handed skills | Occupational therapist, Harrowfield Children's Therapy Service | 6 weekly sessions of 40 minutes | autumn term 2026
Review of leg splint and walking | Children's physiotherapist, Harrowfield Children's Therapy Service |  | until the annual review in May 2027""",
        [
            (
                NF,
                "G",
                "Review of leg splint and walking | Children's physiotherapist, Harrowfield Children's Therapy Service |  | until the annual review in May 2027",
            ),
        ],
    ),
    _plan(
        "typos-adhd-outcome-missing",
        """Helath needs
Reece is 12 and was diagnosed with attention deficit hyperactivity disorder (ADHD) in 2026 by the Marrowdale Community Paediatric team. He finds it very hard to concentrate and his work is often unfinished. He is impulsive and often calls out or leaves his seat without permision. He has lost weight since starting his medicine and eats very little at lunch.""",
        """By July 2027 Reece will complete the main task in at least 3 out of 5 lessons each day, as recorded on his daily report card.
By July 2027 Reece will have fewer than 3 behaviour points a week for calling out or leaving his seat.""",
        """Untill July 2027:
- A community paediatrician at Marrowdale Child Health Centre will review Reece's medicine, weight and growth every 4 months for 30 mins.
- His form tutor will check his daily report card with him at the end of every school day and agree one target for the next day.
- His form tutor will give him a meal card for a free snack at morning break every day, agreed with his parents after the paediatrician's advice.
- His subject teachers will give him a movement job every lesson, agreed with the SENCo once at the start of the year.""",
        [
            (
                GT,
                "C",
                "He has lost weight since starting his medicine and eats very little at lunch.",
            ),
            (AC, "G", "SENCo"),
        ],
    ),
    _plan(
        "cochlear-implants-year12-clean",
        """Hearing
Josh is 17 and profoundly deaf. He has two cochlear implants (hearing devices fitted by an operation, with a part worn behind each ear). In quiet rooms with one speaker he follows well, but in group discussions and noisy workshops he misses a lot. He gets tired by the end of the day from the effort of listening.""",
        """1. By June 2027, Josh will follow group discussions in his engineering classes using his radio aid, saying he has understood at least 8 out of 10 points in his weekly check with the teacher of the deaf.
2. By June 2027, Josh will have no missed lessons because of faults with his implants or radio aid, as recorded by his learning support tutor.
3. By June 2027, Josh will rate his listening tiredness at the end of the college day at 5 out of 10 or lower on 4 days out of 5, in his weekly check with the teacher of the deaf.""",
        """For the academic year 2026-27:
1. A qualified teacher of the deaf from the Marrowdale Sensory Support Service will see Josh for 45 minutes every fortnight at college and give all his lecturers a 1-hour deaf awareness session in September 2026.
2. Every lecturer will use the radio aid microphone in every session, and his learning support tutor will check the radio aid with him at the start of each college day.
3. The Marrowdale Cochlear Implant Centre will see Josh twice during the year for 1-hour reviews and replace any faulty part within 3 working days.
4. Josh's learning support tutor will give him a 15-minute listening break in a quiet room every afternoon.""",
    ),
    _plan(
        "constipation-movicol-drug-name",
        """Health needs
Bella is 6 and is autistic. She has long-term constipation and has soiling accidents at school about three times a week. She does not like the school toilets because of the noise of the hand dryers and will not use them. She takes a daily medicine for constipation, Movicol, at home.""",
        """- By July 2027, Bella will sit on the toilet in the quiet staff toilet after lunch every day, as recorded on her toilet chart.
- By July 2027, Bella will have no more than one soiling accident a fortnight at school.""",
        """Until July 2027:
- The school nurse from the Kingsbrook 0-19 Service will see Bella and her parents every 6 weeks for 30 minutes to run her bowel and toileting programme, and will write the school's part of it in September 2026.
- Her teaching assistant, trained by the school nurse, will take her to the quiet staff toilet for 5 minutes after lunch every day and help her change after any accident.""",
        [
            (DN, "C", "Movicol"),
        ],
    ),
    _plan(
        "nursery-visual-impairment-portage-clean",
        """Health and development
Rosa is 2 and attends Sunflowers Day Nursery in Brackenford for 3 days a week. She was born 12 weeks early. She has very poor eyesight and her development is delayed: she is not yet walking, and she does not yet reach for toys unless they make a sound or she is touching them.""",
        """By her third birthday, Rosa will walk holding one hand along the nursery corridor, as recorded by her key person.
By July 2027, Rosa will reach for and pick up a sound-making or brightly lit toy held 30 centimetres away, on 4 out of 5 tries, as recorded by her Portage home visitor.""",
        """Until Rosa moves to school in September 2027:
- A qualified teacher of children with vision impairment from the Brackenford Sensory Support Service will visit Rosa at nursery for 1 hour every fortnight and leave a play plan for her key person.
- A Portage home visitor, trained in the Portage model of home teaching, will visit Rosa at home for 1 hour every week.
- A children's physiotherapist from Brackenford Community Children's Services will see Rosa for 30 minutes every 3 weeks at nursery and show her key person how to help her stand and walk.
- Her key person, trained by the physiotherapist and the teacher of children with vision impairment, will do her walking and reaching practice for 10 minutes every nursery session.""",
    ),
    _plan(
        "melatonin-drug-and-no-duration",
        """Health needs
Harley is 9 and has autism and a learning disability. He finds it hard to fall asleep and often does not sleep until after midnight, so he is exhausted at school and falls asleep in class several times a week. He needs a visual timetable to cope with the school day.""",
        """By April 2027, Harley will fall asleep by 9.30pm on at least 5 nights a week, as recorded in his parents' sleep diary.
By July 2027, Harley will follow his visual timetable through the school day without needing an adult to take him to each activity, on 4 days out of 5.""",
        """The community paediatrician at Harrowfield Child Development Centre will prescribe melatonin and review it every 6 months.
A sleep practitioner from the Harrowfield Sleep Service will run 5 fortnightly sessions of 45 minutes with Harley's parents in the autumn term 2026.
His class teacher will set up a visual timetable for him every morning and go through it with him, for the school year 2026-27.""",
        [
            (DN, "G", "melatonin"),
            (
                ND,
                "G",
                "The community paediatrician at Harrowfield Child Development Centre will prescribe melatonin and review it every 6 months.",
            ),
        ],
    ),
    _plan(
        "ocd-year10-clean-expanded",
        """Health needs
Matteo is 15 and has obsessive compulsive disorder (OCD). He has frightening thoughts that his hands are contaminated and washes them until they crack and bleed, often missing the first 15 minutes of a lesson after break. He rewrites work over and over until it looks "right", so he rarely finishes a piece of writing. He is working with the Marrowdale child and adolescent mental health service (CAMHS).""",
        """- By July 2027, Matteo will be in class by the start of every lesson after break on 4 days out of 5, as recorded on the register.
- By July 2027, Matteo will hand in at least 3 pieces of extended writing a week without rewriting them more than once, as checked by his head of year.""",
        """From September 2026 to July 2027:
- A CAMHS clinical psychologist will give Matteo 16 weekly sessions of 50 minutes of cognitive behavioural therapy (CBT, a talking therapy that includes slowly facing the fear without washing or checking), starting in October 2026, and a review every 6 weeks after that.
- The psychologist will meet his head of year for 30 minutes once a half term to agree how school can support the OCD plan.
- His head of year will agree with Matteo a "good enough" rule for writing and a time limit for each task, checked with him every Friday for 10 minutes.""",
    ),
    _plan(
        "eating-disorder-healthy-weight",
        """Health needs
Isla is 16 and has anorexia nervosa, an eating disorder. She is under the care of the Eastmere Children and Young People's Eating Disorder Service. She must eat a supervised snack at morning break and a supervised lunch in school. She becomes very anxious before meals and in lessons where food or bodies are discussed.""",
        """- Isla will maintain a healthy weight.
- By July 2027, Isla will eat her full snack and lunch in school on every school day, as recorded on her meal log.
- By July 2027, Isla will stay in every lesson, using her agreed exit card no more than twice a week.""",
        """Until July 2027:
- A trained member of the pastoral team, trained in meal support by the eating disorder service, will sit with Isla for her snack at morning break and her lunch every school day.
- The eating disorder service's nurse will meet the pastoral team for 30 minutes every 4 weeks to review her meal plan.
- Her head of year will give her an exit card and warn her in advance of lessons on food or bodies, checking in with her every Friday.""",
        [
            (OS, "E", "Isla will maintain a healthy weight."),
        ],
    ),
    _plan(
        "supported-internship-autism-epilepsy-clean",
        """My health
I'm Jordan, I'm 20, and I'm doing a supported internship at Kingsbrook General Hospital's stores department with Kingsbrook College. I'm autistic and I have epilepsy. I have seizures about once every two months, mostly when I'm tired. After a seizure I'm confused for about an hour. New places and people make me anxious, and I find it hard to ask for help at work.""",
        """- By June 2027, I will travel to my placement on my own on the bus every day, with no missed days because of seizure worries, as logged by my job coach.
- By June 2027, I will ask my supervisor for help at least once a day using my help card, as logged by my job coach.
- By June 2027, I will miss no more than the rest of the day after any seizure at work, going back the next working day, as logged by my job coach.""",
        """For my internship, September 2026 to June 2027:
- The adult epilepsy nurse specialist from Kingsbrook Neurology Service will write my seizure plan and train my job coach and work supervisor in seizure first aid for 1 hour in September 2026, and will see me in clinic every 6 months.
- My job coach, who is trained in autism and in supported employment, will be with me at my placement for 3 days a week in the autumn term and 1 day a week from January 2027, and will practise my help card with me at the start of every placement day.
- If I have a seizure at work, my trained job coach or supervisor will follow my seizure plan and stay with me until I'm no longer confused, then call my mum to take me home.""",
    ),
    _plan(
        "specialist-college-chest-no-provision",
        """Health needs
Demi is 20 and attends Oakfield Specialist College. She has profound and multiple learning disabilities and uses a wheelchair. She has had four chest infections in the last year, each needing a hospital stay. She cannot change her own position and needs to be moved every 2 hours. She communicates with facial expressions and sounds, which familiar staff understand.""",
        """1. By July 2027, Demi will have no more than one chest infection needing a hospital stay, as recorded in her health log.
2. By July 2027, Demi will be comfortable and pain-free in her positions, shown by relaxed hands and smiling, on her positioning chart every day.
3. By July 2027, Demi will show yes and no with her eye pointing to new staff in 4 out of 5 tries, as recorded in her communication passport.""",
        """Until July 2027:
1. Two care assistants, trained in moving and handling by the Oakfield College therapy team, will change Demi's position every 2 hours using her positioning chart.
2. A speech and language therapist from the Oakfield College therapy team will see Demi every 4 weeks for 45 minutes to update her communication passport and train new staff.""",
        [
            (
                GT,
                "C",
                "She has had four chest infections in the last year, each needing a hospital stay.",
            ),
        ],
    ),
    _plan(
        "fasd-acronym-year7",
        """Health needs
Connor is 11 and has FASD, diagnosed by the Sallowby Community Paediatric Service in 2026. He forgets instructions quickly and struggles to plan his day. He finds changes of room and teacher in secondary school very hard.""",
        """- By the end of the autumn term 2026, Connor will find his way to all his lessons using his colour-coded timetable, arriving within 5 minutes of the start on 4 days out of 5.
- By July 2027, Connor will use his instruction card in every lesson and complete the first task without asking again on 3 out of 5 occasions.""",
        """From September 2026 to July 2027:
- A community paediatrician from the Sallowby Community Paediatric Service will see Connor every 6 months for 30 minutes and write to school after each visit.
- His mentor, a teaching assistant trained in Connor's condition by the Sallowby Virtual School, will meet him at the gate every morning and go through his colour-coded timetable.
- All his subject teachers will give him a written instruction card at the start of every lesson.""",
        [
            (AC, "C", "FASD"),
        ],
    ),
    _plan(
        "hemiplegia-year4-clean-explained",
        """Health needs
Ayaan is 9 and had a stroke before he was born, which has left him with hemiplegia (weakness and stiffness down one side of his body, in his case the left). He holds his left hand in a fist and uses it only to steady things. He runs and walks with a limp and tires on long walks such as school trips. He has occasional seizures, about once a term, which are short.""",
        """By July 2027, Ayaan will use his left hand to hold his paper still while he writes, in every lesson, as recorded weekly by his teaching assistant.
By July 2027, Ayaan will walk the 1-kilometre route to the local park and back with his class without needing the buggy, on every class trip.
By July 2027, every seizure Ayaan has at school will be managed by his seizure plan, with no missed lessons other than the rest time the plan sets out.""",
        """For the school year 2026-27:
- An occupational therapist from Kingsbrook Children's Therapies will see Ayaan for 45 minutes every 3 weeks and make him a hand splint to wear for 2 hours each afternoon.
- His teaching assistant, trained by the occupational therapist, will run a 10-minute two-hands practice every school day.
- A children's physiotherapist from Kingsbrook Children's Therapies will see him every 6 weeks for 45 minutes and set a weekly walking programme for his class PE teacher.
- The epilepsy specialist nurse from Kingsbrook Children's Epilepsy Service will write his seizure plan in September 2026 and train his class team in it for 1 hour each term.""",
    ),
    _plan(
        "an-adult-stretches",
        """Health needs
Jamie is 10 and has spastic diplegia, a type of cerebral palsy that makes both legs stiff. The muscles behind his knees are getting tighter and he has early equinus at both ankles. He uses a walker for longer distances.""",
        """By July 2027, Jamie will walk with his heels on the ground for the length of the school corridor, as measured by his physiotherapist each term.
By July 2027, Jamie will walk with his walker from his classroom to the dining hall in under 3 minutes.""",
        """A children's physiotherapist from Marrowdale Children's Therapy Service will see Jamie every 4 weeks for 45 minutes until July 2027.
An adult will help Jamie with his stretches for 10 minutes every day until July 2027.
The physiotherapist will review his walker and splints once a term until July 2027.""",
        [
            (
                NP,
                "G",
                "An adult will help Jamie with his stretches for 10 minutes every day until July 2027.",
            ),
            (JA, "C", "equinus"),
        ],
    ),
    _plan(
        "salt-every-2-weeks-no-duration",
        """Health needs
Poppy is 5. She has a speech sound disorder: she replaces many sounds with "t" and "d", so strangers understand very little of what she says. She becomes upset and stops talking when she is not understood.""",
        """- By July 2027, Poppy will say words starting with "k" and "g" correctly in 8 out of 10 tries in her practice sessions.
- By July 2027, Poppy will repeat herself or use a gesture, rather than stop talking, when an adult has not understood her, on 4 out of 5 occasions.""",
        """- A speech and language therapist from the Eastmere Children's Speech and Language Therapy Service will see Poppy every 2 weeks for therapy.
- Her teaching assistant, trained by the speech and language therapist, will practise her sounds with her for 10 minutes every day until July 2027.
- Her class teacher will use the "say it again, show me" strategy in every lesson until July 2027.""",
        [
            (
                ND,
                "G",
                "A speech and language therapist from the Eastmere Children's Speech and Language Therapy Service will see Poppy every 2 weeks for therapy.",
            ),
        ],
    ),
    _plan(
        "ot-review-seating-no-frequency",
        """Health needs
Bilal is 8 and has a developmental coordination disorder. He cannot sit still on a normal chair and slides off it, and his handwriting is very slow. He struggles to use a knife and fork.""",
        """- By July 2027, Bilal will sit on his adapted chair for the whole of a 30-minute lesson on 4 out of 5 days.
- By July 2027, Bilal will copy 3 lines from the board in 10 minutes in literacy lessons.
- By July 2027, Bilal will cut his own food at lunch every day, with his adapted cutlery.""",
        """- The occupational therapist from Brackenford Children's Occupational Therapy will review Bilal's seating until July 2027.
- His teaching assistant, trained by the occupational therapist, will do a 15-minute handwriting programme with him 4 times a week until July 2027.
- A lunchtime supervisor trained by the occupational therapist will help Bilal use his adapted cutlery every lunchtime until July 2027.""",
        [
            (
                NF,
                "G",
                "The occupational therapist from Brackenford Children's Occupational Therapy will review Bilal's seating until July 2027.",
            ),
        ],
    ),
    _plan(
        "la-prose-epilepsy-ld-year11-clean",
        """Ryan is 16 and attends the Sallowby Hub, a resourced provision at Sallowby Academy. He has a moderate learning disability and epilepsy. His seizures are mostly at night but he has one or two a term in the school day, when he falls to the floor and shakes. He has trouble remembering to take his lunchtime medicine, and he finds it hard to understand what his epilepsy means for his plans after school, such as learning to drive or working with machines.""",
        """By July 2027, Ryan will go back to his lessons within 2 hours after any seizure in the school day, following his seizure plan, as recorded by the Hub staff. By July 2027, Ryan will take his lunchtime medicine on time every school day, with an alarm on his phone and the school office checking, as recorded on the medicine record. By July 2027, Ryan will be able to tell his careers adviser three things his epilepsy means for his choices after Year 11, and will have chosen a college course with that in mind.""",
        """Until Ryan leaves Sallowby Academy in July 2027, the epilepsy specialist nurse from Sallowby Children's Epilepsy Service will see him at school once a term for 45 minutes to talk about his epilepsy and his future, and will train six named staff in seizure first aid and emergency medicine each September. Any of the six trained staff will give emergency medicine if a seizure lasts 5 minutes and call an ambulance. The school office administrator will keep his lunchtime medicine and check it off the medicine record every day at 12.30pm. The school's careers adviser will meet him for 30 minutes twice a term to plan his next step, using the nurse's advice.""",
    ),
    _plan(
        "regular-breaks-staff",
        """Health needs
Logan is 13 and has autism and ADHD. He finds it very hard to sit through a full lesson and becomes restless and disruptive after about 15 minutes. He is sensitive to noise and wears ear defenders in the corridors.""",
        """- By July 2027, Logan will stay in his lessons for the full hour, with his movement breaks, on 4 out of 5 days, as recorded on his report card.
- By July 2027, Logan will move between lessons in the 5 minutes before the bell with his ear defenders, with no incidents in the corridors.""",
        """- Staff will give Logan regular movement breaks.
- His head of year will give him an early-leave pass and make sure he has his ear defenders every day from September 2026 to July 2027.
- A specialist nurse from Eastmere Community Paediatrics will review his attention deficit hyperactivity disorder (ADHD) every 6 months for 30 minutes until July 2027.""",
        [
            (UP, "G", "regular"),
            (NF, "G", "Staff will give Logan regular movement breaks."),
            (ND, "G", "Staff will give Logan regular movement breaks."),
            (NP, "G", "Staff will give Logan regular movement breaks."),
        ],
    ),
    _plan(
        "frequency-shorthand-clean",
        """Health needs
Esme is 11 and has a severe speech and language disorder and mild cerebral palsy affecting her hands. She understands simple sentences but cannot follow lessons without pictures. Her speech is hard to understand and she uses a communication app on a tablet. She struggles to hold a pencil and to use a computer mouse.""",
        """1. By July 2027, Esme will answer a "who", "what" or "where" question about a story, using her app or speech, in 4 out of 5 tries.
2. By July 2027, Esme will use her app to start a conversation with a classmate at least once every day, as recorded by her teaching assistant.
3. By July 2027, Esme will write her name and a short sentence using her adapted keyboard within 5 minutes.""",
        """Provision for two terms (September 2026 to March 2027), then reviewed at her annual review:
1. Speech and language therapy from Harrowfield Children's Speech and Language Therapy: fortnightly 45-minute sessions in school with the therapist.
2. Language group with a teaching assistant trained by the speech and language therapist: 3 x 20 minutes per week.
3. Occupational therapy from Harrowfield Children's Occupational Therapy: assessment in September, then half-termly 40-minute visits to set up and adjust her adapted keyboard and pencil grips.
4. Keyboard practice with her trained teaching assistant: daily, 10 minutes.""",
    ),
    _plan(
        "unusual-outcome-wording-clean",
        """Health needs
Ollie is 7 and has coeliac disease: gluten (found in wheat, barley and rye) damages his gut, so he must eat a strict gluten-free diet. When he eats gluten by mistake he has stomach pain and diarrhoea for several days and misses school. He is also anxious about eating anything at school that was not made at home, and often does not eat at parties and on trips.""",
        """In 12 months' time (by December 2027), Ollie will have had no school absences caused by eating gluten at school, as shown on the attendance record.
Before the end of Year 3, Ollie will eat the gluten-free school lunch on at least 3 days a week, which his lunchtime records will show.
At every class party and trip in the school year 2026-27, Ollie will eat safe food alongside his friends, as his parents and teacher report at each termly meeting.""",
        """From September 2026 to December 2027:
- The paediatric dietitian from Kingsbrook Children's Nutrition Service will meet the school cook for 1 hour in September 2026 to set up a gluten-free menu, and check it every 6 months.
- The school cook, trained by the dietitian, will make Ollie's gluten-free lunch every school day.
- His class teacher will check all food for class parties and trips against the dietitian's list before every event.
- The dietitian will see Ollie and his parents at clinic every 6 months for 30 minutes, including to help with his worries about food at school.""",
    ),
    _plan(
        "levetiracetam-drug-year5",
        """Health needs
Evie is 10 and has epilepsy. She has absence seizures (brief blank spells when she stops and stares), up to 20 a day, and misses parts of lessons without realising. She takes levetiracetam twice a day. She is tired in the mornings and slow to start work.""",
        """By July 2027, Evie will catch up on anything she missed during an absence seizure, using her buddy's notes and a check-in with her teacher, in every lesson.
By July 2027, Evie will start her morning work within 5 minutes of the lesson starting on 4 days out of 5.""",
        """For the school year 2026-27:
- The epilepsy specialist nurse from Eastmere Children's Epilepsy Service will train her class teacher in spotting absence seizures for 1 hour in September 2026 and review her care plan every term.
- Her class teacher will record every seizure seen on her seizure chart and give her a recap of instructions after each one.
- Her teaching assistant will give her a 5-minute settling routine at the start of every morning.""",
        [
            (DN, "C", "levetiracetam"),
            (
                NP,
                "G",
                "Her teaching assistant will give her a 5-minute settling routine at the start of every morning.",
            ),
        ],
    ),
    _plan(
        "migraine-no-outcome",
        """Health needs
Theo is 14 and has a chromosome condition that affects his learning; his learning needs are set out in section B. He is short-sighted and often forgets to wear his glasses, so he cannot see the board. He also gets migraines (severe headaches with sickness and sensitivity to light) about twice a month, which usually start in the afternoon.""",
        """- By July 2027, Theo will wear his glasses in every lesson on 4 days out of 5, as checked by his form tutor at registration.""",
        """For the school year 2026-27:
- The school nurse from the Brackenford 0-19 Service will write a migraine plan with Theo and his parents in September 2026 and review it every term.
- His form tutor will check that Theo has his glasses on at registration every morning, and keep a spare pair in the classroom.
- When Theo has a migraine at school, a first-aider trained in the migraine plan will take him to the medical room, give his migraine medicine from his plan and phone his parents.""",
        [
            (
                GT,
                "C",
                "He also gets migraines (severe headaches with sickness and sensitivity to light) about twice a month, which usually start in the afternoon.",
            ),
        ],
    ),
    _plan(
        "as-appropriate-physio",
        """Health needs
Millie is 4 and has a genetic condition that causes low muscle tone and delayed development. She can sit on her own but cannot yet stand without holding on. She tires quickly and needs a rest after 20 minutes of activity.""",
        """- By July 2027, Millie will stand holding a table for 2 minutes while she plays, as recorded by her key person.
- By July 2027, Millie will take part in every nursery session, with planned rest times, without falling asleep.""",
        """- A children's physiotherapist from the Marrowdale Children's Therapy Service will visit Millie at nursery once a month until July 2027 and give her key person a standing programme.
- Her key person, trained by the physiotherapist, will do the standing programme with her for 10 minutes every session, increasing the time as appropriate, until July 2027.
- Her key person will give her a 10-minute rest on a beanbag after every 20 minutes of activity until July 2027.""",
        [
            (UP, "G", "as appropriate"),
        ],
    ),
    _plan(
        "phase-transfer-year6-clean",
        """Health needs
Marcus is 11 and moves from Kingsbrook Primary School to Kingsbrook Academy in September 2027. He has type 1 diabetes and autism. He can check his own blood sugar but forgets to when he is busy or upset, and he does not yet notice when his blood sugar is going low. Changes of routine, such as a new school, make him very anxious.""",
        """- By December 2027 (his first term at Kingsbrook Academy), Marcus will check his blood sugar before lunch and before PE every day, with a phone alarm, as recorded in his sensor app.
- By October 2027, Marcus will know his way around his new school and name the two members of staff who will help with his diabetes, after his transition visits.""",
        """From June 2027 to his annual review in March 2028:
- The children's diabetes specialist nurse from Kingsbrook Children's Diabetes Team will train three named staff at Kingsbrook Academy for 2 hours before he starts in September 2027, and write his new individual healthcare plan.
- One of the three trained staff will check his sensor app with him before lunch and before every PE lesson.
- His primary school's special educational needs coordinator and his new head of year will arrange 4 transition visits of 1 hour in June and July 2027, and his head of year will meet him every week for 15 minutes in his first term.""",
    ),
    _plan(
        "toilet-outcome-no-time-la-template",
        """Health need 1: Kai is 5 and autistic. He is not yet toilet trained in the day and wears pull-ups at school.
Health need 2: Kai eats only a few foods and often will not eat lunch at school.""",
        """Outcome for need 1: Kai will be able to tell staff when he needs the toilet on 4 out of 5 occasions.
Outcome for need 2: By July 2027, Kai will eat at least half of his lunch on 4 days out of 5, as recorded on his food diary.""",
        """Provision for need 1: His teaching assistant, trained in the toileting programme by the Sallowby Children's Continence Service, will take him to the toilet every 90 minutes through the school day until July 2027.
Provision for need 2: The paediatric dietitian from the Sallowby Community Nutrition Team will see Kai and his parents for 40 minutes every 6 weeks until July 2027 to widen the foods he eats.""",
        [
            (
                OS,
                "E",
                "Outcome for need 1: Kai will be able to tell staff when he needs the toilet on 4 out of 5 occasions.",
            ),
        ],
    ),
    _plan(
        "peg-acronym-passive-feed",
        """Health needs
Hollie is 8 and has a rare genetic condition with severe learning disability. She cannot take enough food by mouth and is fed through a PEG. She dribbles a lot, which makes her clothes wet and her skin sore.""",
        """By July 2027, Hollie will have all her school feeds on time with no missed feeds, as recorded on her feeding chart.
By July 2027, Hollie will wear dry clothes all day, with her clothes and bib changed when wet, and no sore skin on her chin, as recorded on her care chart.""",
        """Until Hollie's annual review in March 2027:
- Her feeds will be given at 11am and 2pm each school day.
- The children's community nursing team will train two teaching assistants in her tube feeding and in caring for the skin around her mouth in September 2026, and recheck their competence every 6 months.
- One of the two trained teaching assistants will change her bib and wipe her chin every hour and change her clothes when wet.""",
        [
            (AC, "C", "PEG"),
            (NP, "G", "Her feeds will be given at 11am and 2pm each school day."),
        ],
    ),
    _plan(
        "young-adult-mental-health-college-clean",
        """Health needs
Ben is 22 and studies Level 2 Horticulture at Thornleigh College. He has a mild learning disability and has had two periods of severe depression since he was 18, the last with a stay in hospital in spring 2026. He finds it hard to get up in the mornings and misses early starts. When his mood drops he stops eating properly and stops answering messages from his tutor.""",
        """- By June 2027, Ben will attend at least 85% of his timetabled sessions, including those starting at 9am, as recorded on the college register.
- By June 2027, Ben will tell his tutor or care coordinator within one day if his mood is dropping, using the traffic-light plan he has agreed, on every occasion.""",
        """For the academic year 2026-27:
- His care coordinator (a named mental health nurse who organises his care) from the Thornleigh Community Mental Health Team will see him every 2 weeks for 45 minutes and review his traffic-light plan with his tutor each half term.
- His learning support tutor will phone him at 8am on any day he has a 9am start and will meet him for 20 minutes every Monday.
- If Ben's tutor sees signs from his traffic-light plan, such as missed days or not eating, the tutor will contact his care coordinator the same day.""",
    ),
]

PLANS_D = [
    _plan(
        "anxiety-supported-to-manage-outcome",
        """Health needs
Nadia is 12 and has an anxiety disorder. She worries constantly about getting things wrong, and before tests and new situations she feels sick and cannot eat. She has started picking the skin around her nails until it bleeds.""",
        """- By July 2027, Nadia will be supported to manage her anxiety.
- By July 2027, Nadia will eat her lunch on at least 4 days out of 5, including test days, as recorded by her form tutor.
- By July 2027, Nadia will use her fidget tool instead of picking her skin in lessons, with the skin around her nails healed, as checked by the school nurse each half term.""",
        """From September 2026 to July 2027:
- A psychological wellbeing practitioner from the Sallowby Mental Health Support Team in schools will see Nadia for 8 weekly sessions of 45 minutes in the autumn term, teaching her ways to manage her worries, with a review session each half term after that.
- Her form tutor, trained by the practitioner, will check in with her for 10 minutes before every test and at the start of every lunchtime.
- The school nurse will give her a fidget tool and check the skin around her nails once each half term.""",
        [
            (OS, "E", "By July 2027, Nadia will be supported to manage her anxiety."),
        ],
    ),
    _plan(
        "college-sight-loss-clean",
        """Health needs
Jamal is 18 and studies Level 1 Catering at Marrowdale College. He has retinitis pigmentosa, an inherited condition in which sight slowly narrows from the edges. He cannot see well in dim light or to the sides, so he bumps into people and equipment in busy kitchens. He reads large print with a magnifier but tires after 15 minutes.""",
        """1. By June 2027, Jamal will move around the college training kitchen safely, using his agreed routes and marked edges, with no accidents recorded in the kitchen log.
2. By June 2027, Jamal will read recipes on his tablet with enlarged text and speech, finishing every practical task in the time set.""",
        """For the academic year 2026-27:
1. A qualified habilitation specialist from the Marrowdale Sensory Support Service will give Jamal 6 weekly sessions of 1 hour in the autumn term to learn routes around the college and the training kitchen, and review them once each term after that.
2. The college's estates team will fit high-contrast tape to the edges of kitchen worktops and steps in September 2026 and check it every half term.
3. A qualified teacher of children and young people with vision impairment will set up his tablet with enlarged text and speech in September 2026 and train his catering lecturers in using it for 1 hour.
4. His catering lecturer will give him recipes on his tablet before every practical lesson.""",
    ),
    _plan(
        "cp-year5-continence-clean-numbered",
        """Health needs
1. Sienna is 10 and has cerebral palsy affecting both legs and her right arm. She walks short distances with sticks and uses a wheelchair for longer ones.
2. She needs help in the toilet because she cannot balance while managing her clothes.
3. Her right hand is weak, so she writes slowly and cannot hold a ruler still.""",
        """1. By July 2027, Sienna will walk with her sticks between her classroom and the hall every day, and use her wheelchair only for trips out of school.
2. By July 2027, Sienna will manage her clothes in the toilet herself using the grab rails, with an adult only waiting outside, on 4 days out of 5.
3. By July 2027, Sienna will use a non-slip ruler and a pen grip to complete her maths work in the time given, in 4 out of 5 lessons.""",
        """Provision until Sienna's annual review in February 2027:
1. A children's physiotherapist from Eastmere Children's Therapy Service will see Sienna in school for 45 minutes every 4 weeks and set a daily walking and balance programme.
2. Her teaching assistant, trained by the physiotherapist, will do the walking and balance programme with her for 15 minutes every school day.
3. An occupational therapist from Eastmere Children's Therapy Service will assess the school toilet in September 2026, arrange grab rails, and see Sienna for 30 minutes every 6 weeks to work on toileting and writing.
4. Her teaching assistant, trained by the occupational therapist, will wait outside the toilet and help only when asked at every toilet visit, and will set out her non-slip ruler and pen grip in every maths lesson.""",
    ),
]

PLANS = PLANS_A + PLANS_B + PLANS_C + PLANS_D
DIVIDED_A = [
    _div(
        "div-community-paeds-letter-clean",
        """Thank you for asking for health advice for Aisha, who is 6. I saw her with her mother at Eastmere Child Development Centre on 12 January 2027.
Aisha has autism and a global developmental delay (she is behind in all areas of development, not just one). She speaks in single words and short phrases. She is not yet dry in the day. She is very sensitive to noise and becomes distressed in assemblies and the dinner hall. Her hearing and eyesight were tested in 2026 and are normal.""",
        """- By July 2027, Aisha will use a picture or a two-word phrase to ask for what she wants at snack time on 4 days out of 5.
- By July 2027, Aisha will use the toilet when taken at set times, with no more than two wetting accidents a week.
- By July 2027, Aisha will stay in the dinner hall for her whole lunch, wearing ear defenders and sitting at the quiet end, on 4 days out of 5.""",
        """I recommend the following for the school year 2026-27:
- A speech and language therapist from Eastmere Children's Speech and Language Therapy to see Aisha in school for 30 minutes every 3 weeks and set a picture-exchange programme for her class team.
- The school nursing team from the Eastmere 0-19 Service to set up a toileting programme with school and home in October 2026 and review it every 6 weeks.
- Her teaching assistant, once trained by the speech and language therapist and the school nurse, to carry out the picture-exchange and toileting programmes every school day.
- Her class teacher to give her ear defenders and a seat at the quiet end of the dinner hall every lunchtime.""",
        "Dr Hannah Okafor, Consultant Community Paediatrician, Eastmere Child Development Centre, 19 January 2027",
    ),
    _div(
        "div-salt-report-no-date",
        """Speech and language therapy report
Finley (8) has a developmental language disorder. On testing in December 2026 his understanding of spoken language was well below his age, and he had particular difficulty with longer sentences and words about time and position (before, after, under, behind). He finds it hard to retell a story in order and his sentences are often muddled.""",
        """1. By July 2027, Finley will follow 2-part instructions that include a position word (for example "put the book under the chair") in 8 out of 10 tries.
2. By July 2027, Finley will retell a 4-picture story in the right order using "first", "then" and "last", in 4 out of 5 tries.""",
        """For the school year 2026-27, I recommend:
1. Direct therapy from a speech and language therapist from Sallowby Children's Speech and Language Therapy, 30 minutes every 2 weeks, in school.
2. A language group run by a teaching assistant trained by the speech and language therapist, 3 times a week for 20 minutes.
3. A visual timeline and position-word cards for every lesson, set up by the class teacher.""",
        "Laura Pemberton, Specialist Speech and Language Therapist, Sallowby Children's Speech and Language Therapy",
        [
            (
                NA,
                "author",
                "Laura Pemberton, Specialist Speech and Language Therapist, Sallowby Children's Speech and Language Therapy",
            ),
        ],
    ),
    _div(
        "div-ot-report-hcpc-author",
        """Occupational therapy assessment, Harrowfield Children's Occupational Therapy
Reason for assessment: difficulties with dressing, handwriting and sitting still in class.
Findings: Harry is 7. He has weak core muscles (the muscles of his tummy and back that keep him upright), so he leans on the table or slides to the floor during carpet time. He holds his pencil in his fist and presses very hard, and he tires after writing two lines. He needs help with buttons and with putting on his coat and shoes.""",
        """1. By July 2027, Harry will sit upright on a chair with a footrest for the whole of a 20-minute lesson, on 4 days out of 5.
2. By July 2027, Harry will write 4 lines with a tripod grip (holding the pencil between thumb and two fingers) using his pencil grip, without stopping to rest.
3. By Easter 2027, Harry will put on his coat and shoes (with Velcro fastenings) without help, every home time.""",
        """Recommendations, September 2026 to July 2027:
1. I will provide a chair with a footrest and a sloping board in October 2026, and review them each term.
2. His teaching assistant, whom I will train in October 2026, will carry out a 10-minute core strength programme with Harry every morning.
3. His teaching assistant will do a 10-minute handwriting warm-up with him before every literacy lesson.
4. His teaching assistant will practise putting on his coat and shoes with him every home time until he can do it alone.
5. I will see Harry in school for 45 minutes every 6 weeks to review his progress and update the programme.""",
        "Sophie Marsh, Children's Occupational Therapist (HCPC registered), Harrowfield Children's Occupational Therapy, 3 October 2026",
        [
            (AC, "author", "HCPC"),
        ],
    ),
    _div(
        "div-camhs-letter-clean",
        """I am writing as Jess's clinician in the Kingsbrook child and adolescent mental health service (CAMHS). Jess is 14. She has been seen by our team since May 2026 for anxiety and self-harm. She cuts her arms when overwhelmed, most often after difficult days at school. She finds group work and unstructured times (break and lunch) the hardest, and has missed about one day a week of school this term.""",
        """By July 2027, Jess will use her safety plan and tell a named adult in school when she has urges to self-harm, on every occasion she reports to her clinician.
By July 2027, Jess will attend school on at least 9 days out of 10, as shown by the school register.
By July 2027, Jess will spend break and lunch in the library club on 4 days out of 5, rather than alone.""",
        """From September 2026 to July 2027:
- I will see Jess for 50 minutes every week for dialectical behaviour therapy skills (a talking therapy that teaches ways to cope with very strong feelings), and review her safety plan with her and her parents every 6 weeks.
- Her head of year, as the named adult, will meet her for 15 minutes every Monday and Thursday and know her safety plan; I will give her head of year a 1-hour session on self-harm in September 2026.
- Her head of year will arrange a place in the library club at every break and lunch.""",
        "Dr Martin Adeyemi, Clinical Psychologist, Kingsbrook CAMHS, 22 September 2026",
    ),
    _div(
        "div-physio-vague-and-role",
        """Physiotherapy report
Joel is 5 and has a condition that causes his joints to be stiff from birth (arthrogryposis). He walks short distances with splints on both legs. He cannot get up from the floor without help and he falls on uneven ground.""",
        """- By July 2027, Joel will get up from sitting on the carpet to standing using a chair, without adult help, on 4 out of 5 tries.
- By July 2027, Joel will walk on the school field with his splints without falling, at every outdoor PE lesson.""",
        """- I will review Joel at school every 6 weeks for 45 minutes until July 2027 and update his programme.
- Staff will practise getting up from the floor with him daily until July 2027.
- Joel should have opportunities to walk on uneven ground.""",
        "Kate Hollis, Children's Physiotherapist, Brackenford Children's Therapy Service, 11 November 2026",
        [
            (
                NP,
                "provision",
                "Staff will practise getting up from the floor with him daily until July 2027.",
            ),
            (UP, "provision", "should"),
            (UP, "provision", "opportunities to"),
            (NF, "provision", "Joel should have opportunities to walk on uneven ground."),
            (ND, "provision", "Joel should have opportunities to walk on uneven ground."),
            (NP, "provision", "Joel should have opportunities to walk on uneven ground."),
        ],
    ),
    _div(
        "div-school-nurse-no-author",
        """Health needs: Lexi is 9. She has asthma, which is worse in cold weather and after running. She carries a blue reliever inhaler. She has had two attacks in school this year that needed her parents to collect her.""",
        """By July 2027, Lexi will take part in every PE lesson after using her reliever inhaler beforehand, with no attacks that mean she has to go home.""",
        """For the school year 2026-27, the school nurse from the Harrowfield 0-19 Service will write Lexi's asthma plan in September 2026 and train the school's first-aiders in it for 30 minutes. A first-aider trained by the school nurse will make sure she uses her reliever inhaler before every PE lesson and whenever she is wheezy, following the plan.""",
        None,
        [
            (NA, "author", ""),
        ],
    ),
    _div(
        "div-dietitian-clean-own-voice",
        """Dietetic advice
Seren is 12 and has cerebral palsy and difficulty chewing. She is underweight for her height and gets tired eating, so she often leaves most of her lunch. She needs soft, moist food cut into small pieces and extra calories in her snacks.""",
        """- By July 2027, Seren will eat at least three quarters of her school lunch on 4 days out of 5, as recorded on her food chart.
- By July 2027, Seren's weight will have risen to at least the 9th centile line on her growth chart (the line that 9 in 100 girls her age are below), as measured at her clinic visits.""",
        """For the school year 2026-27:
- I will write a school meal plan with the catering manager in September 2026 and review it every term.
- The school catering team, trained by me in September 2026, will prepare soft, moist food cut into small pieces for every lunch.
- Her teaching assistant, trained in her eating and drinking plan by the speech and language therapist, will give her a high-calorie snack at morning and afternoon break every day and fill in her food chart.
- I will see Seren in clinic every 3 months for 30 minutes to weigh her and adjust her plan.""",
        "Rachel Dunn, Paediatric Dietitian, Kingsbrook Children's Nutrition Service, 14 September 2026",
    ),
    _div(
        "div-audiology-jargon",
        """Audiology report
Theo is 4. Hearing tests in our clinic in November 2026 showed a mild conductive hearing loss in both ears caused by otitis media with effusion. His tympanometry was flat on both sides. He is missing speech in the nursery and his speech is unclear.""",
        """By July 2027, Theo will respond to his name called from 3 metres in the nursery on 4 out of 5 occasions, as recorded by his key person.
By July 2027, Theo will join in a small-group story time and answer one question, on 4 out of 5 occasions.""",
        """Until July 2027:
- The audiologist will fit a bone-conduction hearing aid (one that passes sound through the bone behind the ear) on a soft headband in January 2027 and review it every 3 months.
- A qualified teacher of the deaf from Marrowdale Sensory Support Service will visit nursery for 1 hour every 4 weeks to advise his key person.
- His key person, trained by the teacher of the deaf, will check his hearing aid every morning and sit him near her at every story time.""",
        "Priya Chandran, Senior Paediatric Audiologist, Marrowdale Children's Hearing Service, 2 December 2026",
        [
            (JA, "needs", "conductive"),
            (JA, "needs", "otitis"),
            (JA, "needs", "effusion"),
            (JA, "needs", "tympanometry"),
        ],
    ),
    _div(
        "div-nursing-care-plan-clean",
        """Children's community nursing care plan (education)
Maya is 7 and has a heart condition she was born with, repaired by operations when she was a baby and a toddler, and a small tube-shaped device under the skin of her chest that measures her heart rhythm. She tires easily, becomes breathless climbing stairs and needs to rest during PE. Her lips can look blue when she is cold or unwell, and she must be kept warm. She takes medicine twice a day at home, not at school.""",
        """1. By July 2027, Maya will take part in every PE lesson at her own pace, stopping to rest when she needs to, as recorded by her PE teacher.
2. By July 2027, Maya will use the lift to reach upstairs classrooms on every occasion, arriving on time.
3. By July 2027, Maya will tell an adult when she feels cold or unwell on every occasion, and her care plan will be followed each time.""",
        """Until Maya's annual review in June 2027:
1. The children's community nurse from Harrowfield Children's Community Nursing will write Maya's healthcare plan in September 2026, train her class team and PE teacher in it for 1 hour, and review it every term.
2. Her PE teacher, trained by the nurse, will let her rest on the bench whenever she is breathless and will adapt every PE lesson to her plan.
3. The site manager will give Maya and a friend a lift key for every school day.
4. Her class teacher will make sure she wears her coat at every outdoor playtime from October to April and will follow her care plan whenever her lips look blue.""",
        "Angela Morris, Children's Community Nurse, Harrowfield Children's Community Nursing, 8 October 2026",
    ),
    _div(
        "div-paeds-drug-names-acronyms",
        """Summary: Ruben is 10 and has ADHD and a tic disorder. His attention is much better on Equasy XL, which he takes every morning, and his tics are milder on clonidine at night. He still struggles with organisation and forgets equipment and homework.""",
        """- By July 2027, Ruben will bring the right equipment for every lesson on 4 days out of 5, using his checklist.
- By July 2027, Ruben will hand in at least 8 out of 10 homework tasks on time, tracked on his planner.""",
        """- His class teacher to go through his checklist and planner with him for 5 minutes at the end of every school day, for the school year 2026-27.
- I will review Ruben in clinic every 6 months until July 2027 and write to school after each review.""",
        "Dr Samuel Greer, Consultant Community Paediatrician, Sallowby Child Health Centre, 4 February 2027",
        [
            (AC, "needs", "ADHD"),
            (DN, "needs", "Equasy"),
            (DN, "needs", "clonidine"),
        ],
    ),
    _div(
        "div-salt-outcomes-vague",
        """Speech and language therapy advice
Arlo is 3 years 10 months. He uses around 20 single words and some signs, and understands simple instructions in familiar routines. He plays alongside other children but does not yet join their play. He is not yet able to tell adults when he is hurt or upset.""",
        """- Arlo will develop his communication skills.
- Arlo will play with other children more.
- By July 2027, Arlo will use 50 words or signs, as recorded on his word list by his key person.""",
        """Until Arlo starts school in September 2027:
- A speech and language therapist from Eastmere Children's Speech and Language Therapy will see him at nursery for 30 minutes every 4 weeks.
- His key person, trained by the speech and language therapist, will do a 10-minute play-based language session with him every nursery day, and join him in one play activity with another child every session.
- His key person will teach him signs for "hurt", "sad" and "help" and use them with him every day.""",
        "Naomi Fairweather, Speech and Language Therapist, Eastmere Children's Speech and Language Therapy, 21 October 2026",
        [
            (OS, "outcomes", "Arlo will develop his communication skills."),
            (OS, "outcomes", "Arlo will play with other children more."),
            (GT, "needs", "He is not yet able to tell adults when he is hurt or upset."),
        ],
    ),
    _div(
        "div-continence-nurse-clean",
        """Continence assessment
Ellis is 8 and has autism. He is dry in the day at home but wets most days at school, usually because he does not stop what he is doing to go. He drinks very little at school, which makes the problem worse. He is upset by wet clothes but does not tell adults.""",
        """By July 2027, Ellis will drink 5 cups of water during the school day on 4 days out of 5, ticked on his bottle chart.
By July 2027, Ellis will go to the toilet when his vibrating watch reminds him every 2 hours, with no more than one wetting accident a week.
By July 2027, Ellis will show his "change" card to an adult whenever his clothes are wet, on every occasion.""",
        """From October 2026 to July 2027:
- I will see Ellis and his parents every 6 weeks for 30 minutes to review his bladder diary and adjust his plan.
- His teaching assistant, whom I will train in October 2026, will check his bottle chart at break and lunch every day, take him to the toilet when his watch goes off, and help him change using his "change" card whenever he is wet.
- I will provide a vibrating reminder watch in October 2026.""",
        "Sarah Bell, Paediatric Continence Nurse Specialist, Kingsbrook Children's Continence Service, 2 October 2026",
    ),
    _div(
        "div-author-no-role",
        """Ava is 15 and has type 1 diabetes. She has had several high blood sugar readings at school because she skips checks when with friends. She is embarrassed to check her blood sugar in front of others and wants somewhere private to do it.""",
        """By July 2027, Ava will check her blood sugar before lunch every school day and act on the result, as recorded in her sensor app and reviewed at her clinic visits.""",
        """For the school year 2026-27, the children's diabetes specialist nurse will meet Ava in school for 30 minutes every half term and will train two named staff in her care plan in September 2026. One of the two trained staff will remind her to check her sensor before lunch every school day.""",
        "Claire Wu, 16 September 2026",
        [
            (NA, "author", "Claire Wu, 16 September 2026"),
            (
                GT,
                "needs",
                "She is embarrassed to check her blood sugar in front of others and wants somewhere private to do it.",
            ),
        ],
    ),
    _div(
        "div-ld-nurse-easy-read-clean",
        """Community learning disability nursing advice
Callie is 17 and attends Marrowdale College. She has Down's syndrome and a moderate learning disability. She has an underactive thyroid (a gland in the neck that controls energy) and takes one tablet every morning at home. She has put on a lot of weight this year and gets out of breath walking between college buildings. She would like to understand her own health better and go to appointments with less help from her mum.""",
        """- By June 2027, Callie will walk between the two college buildings without stopping, on every college day.
- By June 2027, Callie will go to her GP's annual health check and say one thing about her health herself, using her easy-read health passport.
- By June 2027, Callie will choose the healthy option at the college canteen on 3 days out of 5, as recorded by her support worker.""",
        """For the academic year 2026-27:
- I will meet Callie at college for 45 minutes every 4 weeks to work on her easy-read health passport, healthy eating and exercise.
- Her college support worker, who I will train in her health plan in September 2026, will walk with her between buildings every college day and help her with her canteen choice every lunchtime.
- I will go with Callie to her annual health check at her GP practice once during the year.""",
        "Jon Edwards, Community Learning Disability Nurse, Marrowdale Community Learning Disability Team, 28 August 2026",
    ),
    _div(
        "div-ot-no-frequency-no-duration",
        """Occupational therapy advice
Kofi is 13 and has dyspraxia (developmental coordination disorder). He cannot keep up with note-taking and his handwriting is hard to read. He struggles to organise his bag and equipment and often arrives without what he needs. He has difficulty using equipment in food technology and science practicals.""",
        """By July 2027, Kofi will type his notes and written work on a laptop in every lesson, at 20 words a minute.
By July 2027, Kofi will arrive with the right equipment for 4 out of 5 lessons, using his colour-coded bag system.
By July 2027, Kofi will complete practical tasks in food technology and science safely with adapted equipment, as judged by his teachers each term.""",
        """1. A laptop for use in all lessons, with touch-typing practice.
2. His form tutor will check his colour-coded bag system with him every morning at registration, for the school year 2026-27.
3. I will provide adapted equipment for food technology and science and visit once in the autumn term 2026 to show his teachers how to use it.""",
        "Grace Lindqvist, Children's Occupational Therapist, Thornleigh Children's Therapies, 17 June 2026",
        [
            (NF, "provision", "A laptop for use in all lessons, with touch-typing practice."),
            (ND, "provision", "A laptop for use in all lessons, with touch-typing practice."),
            (NP, "provision", "A laptop for use in all lessons, with touch-typing practice."),
        ],
    ),
    _div(
        "div-physio-clean-blocks",
        """Physiotherapy advice
Niamh is 10 and had an operation on both legs in summer 2026 to lengthen tight muscles and correct the shape of her hips. She is now back on her feet and walking with crutches, but her legs are weak and she cannot yet manage stairs or the playground safely. She needs to do her exercises every day to regain strength.""",
        """1. By December 2026, Niamh will walk around school with one crutch, and by April 2027 with none, as measured by her physiotherapist.
2. By April 2027, Niamh will climb the stairs to the upstairs classrooms using the rail, on every school day.
3. By July 2027, Niamh will play outside at break with her friends on the playground, with no falls, as recorded by her class teacher.""",
        """Until July 2027:
1. I will see Niamh in school for 45 minutes every week in the autumn term, then every 3 weeks from January 2027.
2. Her teaching assistant, trained by me in September 2026, will do 15 minutes of strengthening exercises with her every school day.
3. Until she can manage stairs, her class teacher will arrange for her lessons to be downstairs and will practise the stairs with her at the end of every school day, following my programme.
4. At every break until April 2027, her teaching assistant will stay with her on the playground.""",
        "Tom Reilly, Highly Specialist Children's Physiotherapist, Kingsbrook Children's Therapies, 5 September 2026",
    ),
    _div(
        "div-health-visitor-age2-regular",
        """Health visiting advice
Kian is 2 years 4 months and attends Rainbow Pre-school in Thornleigh. He has a speech delay and says about 10 words. He has frequent ear infections and his mum thinks he does not always hear. He is not yet walking steadily and falls several times a day.""",
        """- By July 2027, Kian will use 30 words, as recorded by his key person and his mum.
- By April 2027, Kian will have had a hearing test, and any hearing loss will have a plan.
- By July 2027, Kian will walk across the pre-school room without falling, on 4 days out of 5.""",
        """- I have referred Kian to the Thornleigh Children's Hearing Service for a hearing test, which will be done by March 2027.
- Kian will have regular reviews of his development with the health visiting team.
- A children's physiotherapist from Thornleigh Community Children's Services will assess Kian at pre-school in January 2027 and then see him every 4 weeks for 30 minutes until July 2027.
- His key person, trained in the Thornleigh Early Talk programme, will do a 10-minute talking activity with him every pre-school session until July 2027.""",
        "Helen Carver, Health Visitor, Thornleigh 0-19 Service, 9 November 2026",
        [
            (UP, "provision", "regular"),
            (
                NF,
                "provision",
                "Kian will have regular reviews of his development with the health visiting team.",
            ),
            (
                ND,
                "provision",
                "Kian will have regular reviews of his development with the health visiting team.",
            ),
        ],
    ),
]

DIVIDED_B = [
    _div(
        "div-adult-ld-psychology-college-clean",
        """Psychology advice for the education, health and care needs assessment
Dylan is 19 and attends Brackenford College's supported learning course. He is autistic and has a mild learning disability. When he is overwhelmed, usually by noise or by changes he did not expect, he shouts, swears and sometimes throws things. Since January 2026 there have been about two incidents a month at college. He can usually tell staff afterwards what upset him, but not at the time.""",
        """- By June 2027, Dylan will use his "time out" card to leave a noisy room before he becomes overwhelmed, on at least 3 out of 4 occasions, as recorded by his support worker.
- By June 2027, there will be no more than one incident a term of shouting or throwing things at college, as recorded in the college incident log.""",
        """For the academic year 2026-27:
- I will write a positive behaviour support plan (a plan that sets out what helps Dylan stay calm and what to do when he is not) with Dylan, his family and college staff in September 2026, and review it with them every 8 weeks.
- His support worker, trained by me in the plan in September 2026, will give him a 10-minute warning of every change to his timetable and go through his "time out" card with him every morning.
- I will meet Dylan for 45 minutes every 4 weeks to help him recognise the early signs that he is becoming overwhelmed.""",
        "Dr Leah Moran, Clinical Psychologist, Brackenford Adult Learning Disability Service, 25 September 2026",
    ),
    _div(
        "div-orthoptist-clean",
        """Orthoptic advice
Isaac is 6. He has a squint (his left eye turns in) and reduced sight in his left eye. He wears glasses all day and a patch over his right eye for 2 hours each day to make the left eye work harder. He finds it hard to copy from the board, and he dislikes wearing the patch at school.""",
        """By July 2027, Isaac will wear his glasses all day and his patch for 2 hours every school day, as recorded on his patching chart.
By July 2027, Isaac will copy a short sentence from a sheet on his desk, rather than from the board, in every literacy lesson.
By July 2027, the sight in Isaac's left eye will have improved by at least two lines on the eye chart, as measured at his eye clinic visits.""",
        """For the school year 2026-27:
- The orthoptist (an eye specialist who treats squints and lazy eye) from the Kingsbrook Children's Eye Clinic will see Isaac in clinic every 8 weeks for 20 minutes and send a patching chart to school each term.
- His teaching assistant, trained by the orthoptist to fit the patch in September 2026, will put his patch on at 9am and take it off at 11am every school day, and give him a sticker for each day he keeps it on.
- His class teacher will give him a copy of board work on his desk in every lesson and seat him at the front on the left side.""",
        "Beth Ainsworth, Orthoptist, Kingsbrook Children's Eye Clinic, 6 September 2026",
    ),
    _div(
        "div-epilepsy-nurse-trigger-clean",
        """Epilepsy nursing advice
Olivia is 12 and has epilepsy with two types of seizure. Most are short (under a minute) with jerking of her right arm and confusion afterwards. About twice a year she has a longer seizure where she falls and shakes all over, which has needed emergency medicine. She often feels drowsy after a seizure and misses the rest of the lesson.""",
        """1. By July 2027, every seizure Olivia has at school will be recorded and handled by her seizure care plan, with emergency medicine given within 5 minutes when the plan says so, as checked each term by her epilepsy nurse.
2. By July 2027, Olivia will go back to class within an hour after a short seizure, on at least 4 out of 5 occasions.""",
        """For the school year 2026-27:
1. I will write Olivia's seizure care plan in September 2026 and review it every term.
2. I will train at least four named staff in seizure first aid and in giving her emergency medicine, in a 2-hour session in September 2026 and a 1-hour refresher in February 2027.
3. If a seizure lasts 5 minutes, one of the trained staff will give her emergency medicine and call an ambulance.
4. After every seizure, a trained member of staff will stay with her in the medical room until she is no longer drowsy, and then take her back to class.""",
        "Gemma Stokes, Children's Epilepsy Specialist Nurse, Sallowby Children's Epilepsy Service, 10 September 2026",
    ),
    _div(
        "div-physio-team-no-name",
        """Physiotherapy advice
Lewis is 8 and has cerebral palsy. He walks with a frame and has tight muscles in both legs. He needs to stand in a standing frame each day to stretch his muscles and help his hips.""",
        """By July 2027, Lewis will stand in his standing frame for 45 minutes every school day, as recorded on his standing chart.
By July 2027, Lewis will walk with his frame from the classroom to the playground without stopping.""",
        """Until July 2027:
- A children's physiotherapist will see Lewis in school for 45 minutes every 4 weeks.
- His teaching assistant, trained by the physiotherapist, will put him in his standing frame for 45 minutes every school day and walk with him to the playground at every break.""",
        "Brackenford Children's Physiotherapy Team, 12 March 2027",
        [
            (NA, "author", "Brackenford Children's Physiotherapy Team, 12 March 2027"),
        ],
    ),
    _div(
        "div-salt-secondary-first-person-clean",
        """I have known Yusuf, who is 13, since he was 5. He has a developmental language disorder: his understanding of spoken language and his vocabulary are well below those of his classmates. In secondary school he struggles with subject words (such as "photosynthesis" or "equation") and with long spoken explanations. He has told me he pretends to understand so he does not stand out.""",
        """- By July 2027, Yusuf will explain the meaning of 8 out of 10 key words from each science topic, using his word maps, at the end of each topic.
- By July 2027, Yusuf will ask a teacher to repeat or explain something at least once a lesson in 3 out of 5 lessons, as recorded on his lesson card.""",
        """From September 2026 to July 2027:
- I will see Yusuf in school for 45 minutes every 3 weeks to teach him how to learn new words and ask for help.
- I will train his teaching assistant in word mapping in September 2026; his teaching assistant will pre-teach the key words for each science and maths topic with him for 20 minutes twice a week.
- I will give all his teachers a 30-minute briefing in October 2026 on giving short, chunked instructions with a written summary, which they will give in every lesson.""",
        "Amira Haddad, Highly Specialist Speech and Language Therapist, Marrowdale Children's Speech and Language Therapy, 30 September 2026",
    ),
    _div(
        "div-dysarthria-dysphagia-jargon",
        """Speech and language therapy advice
Macy is 11 and has cerebral palsy. She has dysarthria, so strangers find it hard to understand her. She also has oropharyngeal dysphagia and is at risk of aspiration with thin fluids.""",
        """- By July 2027, Macy will use her communication app to repeat anything a new adult has not understood, on 4 out of 5 occasions.
- By July 2027, Macy will drink thickened drinks at every meal and snack at school, with no chest infections linked to drinking, as recorded in her health log.""",
        """For the school year 2026-27:
- I will see Macy in school for 45 minutes every 4 weeks to set targets for her speech and app use.
- I will train her teaching assistant and the lunchtime staff in her eating and drinking plan for 1 hour in September 2026; a trained adult will prepare her thickened drinks and sit with her at every meal and snack.""",
        "Ruth Ogunleye, Speech and Language Therapist, Harrowfield Children's Therapies, 15 September 2026",
        [
            (JA, "needs", "dysarthria"),
            (JA, "needs", "oropharyngeal"),
            (JA, "needs", "dysphagia"),
            (JA, "needs", "aspiration"),
        ],
    ),
    _div(
        "div-wheelchair-service-clean",
        """Posture and mobility advice
Precious is 15 and has a muscle-wasting condition. She uses a powered wheelchair that she drives herself. She cannot sit upright for long without her back support, and her back has begun to curve. She needs to use a sling and hoist for all transfers.""",
        """- By July 2027, Precious will drive her wheelchair to all her lessons on her own, arriving within 5 minutes of the start, on 4 days out of 5.
- By July 2027, Precious will sit comfortably in her chair all school day, reporting back pain of no more than 3 out of 10 on most days in her diary.
- By July 2027, Precious will go to the toilet at school whenever she asks, waiting no more than 10 minutes for her hoist transfer, on 9 out of 10 occasions.""",
        """From September 2026 to July 2027:
- The Kingsbrook Posture and Mobility Service will review Precious's wheelchair and seating every 6 months and repair faults within 5 working days of being told.
- Two teaching assistants, trained in moving and handling and in Precious's hoist by the Kingsbrook children's occupational therapist, will carry out every transfer at school.
- The children's occupational therapist will recheck her moving and handling plan once a term.""",
        "Anil Varma, Clinical Scientist in Rehabilitation Engineering, Kingsbrook Posture and Mobility Service, 7 July 2026",
    ),
    _div(
        "div-orthotics-meets-no-need",
        """Physiotherapy advice
Eva is 6 and has Down's syndrome. She has low muscle tone and her balance is poor, so she falls more often than other children, especially on the stairs and in the playground. She cannot yet jump with both feet together.""",
        """1. By July 2027, Eva will walk up and down the school stairs holding the rail, with no falls, as recorded by her teaching assistant.
2. By July 2027, Eva will jump with both feet together 3 times in a row in PE.""",
        """For the school year 2026-27:
1. I will see Eva in school for 30 minutes every 4 weeks and give her teaching assistant a balance and jumping programme.
2. Her teaching assistant, trained by me, will do the programme with her for 10 minutes every school day and walk with her on the stairs.
3. I will refer Eva to the orthotics service for hand splints to wear at night.""",
        "Mark Foley, Children's Physiotherapist, Sallowby Children's Therapy Service, 19 September 2026",
        [
            (
                GT,
                "provision",
                "I will refer Eva to the orthotics service for hand splints to wear at night.",
            ),
        ],
    ),
    _div(
        "div-neonatal-follow-up-clean",
        """Neonatal follow-up advice
Aria is 2 years 6 months. She was born 14 weeks early and spent 3 months in the neonatal unit (the special care unit for newborn babies). She now has mild cerebral palsy affecting her legs and is not yet walking on her own. Her speech is delayed: she uses about 15 words. She gets very tired and needs a sleep in the middle of the day.""",
        """By July 2027, Aria will walk across the nursery room holding one hand, as recorded by her key person.
By July 2027, Aria will use 50 words and some two-word phrases, as recorded on her word list.
By July 2027, Aria will have a sleep after lunch every nursery day and stay settled in the afternoon.""",
        """Until Aria starts school in September 2028:
- A children's physiotherapist from Harrowfield Children's Therapies will see Aria at nursery for 30 minutes every 3 weeks and show her key person how to help her walk.
- A speech and language therapist from Harrowfield Children's Therapies will see her for 30 minutes every 6 weeks and give her key person a word-building plan, which her key person, trained by the therapist, will use for 10 minutes every nursery session.
- Her key person will settle her for a sleep in the quiet room after lunch every nursery day.""",
        "Dr Imogen Clark, Consultant Neonatologist, Harrowfield Hospital, 3 November 2026",
    ),
    _div(
        "div-ot-dress-no-time",
        """Occupational therapy advice
Sam is 9 and is autistic. He cannot dress himself after PE and takes most of the next lesson to get changed. He is very sensitive to certain fabrics and labels.""",
        """Sam will be able to dress himself independently.""",
        """For the school year 2026-27:
- I will see Sam for 4 sessions of 45 minutes in the autumn term to teach him a dressing routine, using a picture sequence.
- His teaching assistant, whom I will train in the routine, will practise it with him at every PE lesson.
- His class teacher will agree with his parents that he can wear label-free, soft clothes for PE every week.""",
        "Hayley Brooks, Children's Occupational Therapist, Thornleigh Children's Therapies, 8 September 2026",
        [
            (OS, "outcomes", "Sam will be able to dress himself independently."),
            (GT, "needs", "He is very sensitive to certain fabrics and labels."),
        ],
    ),
    _div(
        "div-camhs-ld-pbs-clean",
        """Advice from the Kingsbrook Child and Adolescent Mental Health Service, Learning Disability Team
Nathan is 10 and has autism and a severe learning disability. He does not use words, and communicates by leading adults and with some pictures. When he is in pain or cannot make himself understood, he bites his hand and bangs his head. His parents report this happens several times a day at home and it has begun at school.""",
        """By July 2027, Nathan will use a picture to ask for a break or for help at least 3 times a day at school, as recorded by his class team.
By July 2027, Nathan's episodes of biting or head-banging at school will have dropped to fewer than 3 a week, as recorded on his behaviour chart.""",
        """For the school year 2026-27:
- I will observe Nathan at school and home in September 2026 and write a positive behaviour support plan (what helps him stay calm, and what to do when he is distressed) by October 2026, then review it with school and family every 6 weeks.
- His class team, trained by me in his plan in October 2026 and again in January 2027, will use his pictures with him throughout every school day and follow the plan whenever he bites or bangs his head.
- I will ask the community paediatrician to check Nathan for any causes of pain (such as teeth, ears or constipation) in October 2026, and will build their findings into the plan.""",
        "Joanna Price, Learning Disability Nurse, Kingsbrook Child and Adolescent Mental Health Service, 1 September 2026",
    ),
    _div(
        "div-author-name-only",
        """Emily is 14 and has a bleeding disorder (her blood does not clot properly). She bruises easily and bleeds for a long time after cuts or knocks, so contact sports such as rugby and hockey are not safe for her. Heavy periods make her very tired for several days each month.""",
        """By July 2027, Emily will take part in every PE lesson in the non-contact activity agreed in her plan.
By July 2027, Emily will miss no lessons because of heavy periods, using her toilet pass and rest plan.""",
        """For the school year 2026-27, the haemophilia nurse specialist from the Marrowdale Haemophilia Centre will write Emily's care plan and train her PE teachers and the school's first-aiders in it for 1 hour in September 2026. Her PE teachers will set a non-contact activity for her in every PE lesson. Her head of year will give her a toilet pass and a rest space she can use in any lesson.""",
        "Dr A. Patel",
        [
            (NA, "author", "Dr A. Patel"),
        ],
    ),
    _div(
        "div-lac-nurse-clean",
        """Health advice from the Looked After Children's Health Team
Tia is 9 and has been in foster care since March 2026. At her health assessment in June 2026 she was found to have tooth decay needing treatment, and she had not had her eyesight checked for several years. She has nightmares most nights and is tired and tearful at school. She is behind with her childhood vaccinations.""",
        """- By December 2026, Tia will have had her dental treatment and an eye test, and will wear glasses in class every day if she needs them.
- By April 2027, Tia will sleep through the night on at least 4 nights a week, as recorded by her foster carer, and will be tearful at school no more than once a week, as recorded by her teacher.
- By December 2026, Tia will be up to date with her vaccinations.""",
        """From September 2026 to July 2027:
- I will arrange a dentist appointment and an eye test for Tia in September 2026 and check with her foster carer every month until both are done.
- Her GP practice, Thornleigh Health Centre, will give her catch-up vaccinations in October and November 2026.
- A clinical psychologist from the Thornleigh Children in Care Psychology Service will see Tia and her foster carer every 2 weeks for 1 hour to help with her nightmares and worries.""",
        "Lorna Fitch, Specialist Nurse for Looked After Children, Thornleigh Looked After Children's Health Team, 14 July 2026",
    ),
    _div(
        "div-buccolam-as-required",
        """Epilepsy advice
Charlie is 7 and has epilepsy with long seizures. If a seizure lasts more than 5 minutes he needs emergency medicine. He is sleepy and unsteady for the rest of the day after a seizure.""",
        """By July 2027, every long seizure Charlie has at school will be treated with emergency medicine within 5 minutes, as checked each term by his epilepsy nurse.
By July 2027, Charlie will rest safely in the medical room after every seizure, with no falls afterwards.""",
        """- Buccolam to be given by trained staff as required.
- I will train 6 named staff in giving his emergency medicine and in seizure first aid in September 2026, with a refresher in January 2027.
- After every seizure, one of the trained staff will stay with him in the medical room until he is awake and steady, for the school year 2026-27.""",
        "Zoe Whitfield, Epilepsy Specialist Nurse, Eastmere Children's Epilepsy Service, 2 September 2026",
        [
            (DN, "provision", "Buccolam"),
            (UP, "provision", "as required"),
            (NF, "provision", "Buccolam to be given by trained staff as required."),
            (ND, "provision", "Buccolam to be given by trained staff as required."),
        ],
    ),
    _div(
        "div-special-school-physio-clean",
        """Physiotherapy advice for annual review
Oliwia is 16 and attends Sallowby Park School. She has cerebral palsy affecting all four limbs and uses a manual wheelchair pushed by an adult. Her hips and knees are getting stiffer and she has pain when she sits for a long time. She is moving to Sallowby College in September 2027.""",
        """1. By July 2027, Oliwia will spend at least 30 minutes a day out of her wheelchair, in her standing frame or on the floor mat, and report pain of 3 out of 10 or less on most days.
2. By July 2027, Oliwia will have visited the Sallowby College therapy room twice and met the physiotherapist who will work with her there.""",
        """From September 2026 to July 2027:
- I will see Oliwia at school for 45 minutes every 3 weeks to stretch her hips and knees and update her positioning programme.
- Two teaching assistants, trained by me in moving and handling and in her programme, will move her into her standing frame or onto the floor mat for 30 minutes every school day.
- I will meet the Sallowby College therapy team once in the spring term and once in the summer term 2027 to hand over her plan, and go with Oliwia on both college visits.""",
        "Hannah Lyle, Children's Physiotherapist, Sallowby Community Children's Services, 10 October 2026",
    ),
    _div(
        "div-hearing-secondary-clean",
        """Advice from the Thornleigh Sensory Support Service (hearing)
Leah is 14 and has a moderate hearing loss in both ears, for which she wears two hearing aids. In class she misses what is said by other pupils and anything said when the teacher has their back to her. She finds listening tiring and has headaches by the end of the day. She does not like to use her radio aid in front of friends.""",
        """By July 2027, Leah will use her radio aid in at least 4 out of 5 lessons, as recorded on her weekly check sheet.
By July 2027, Leah will say she followed class discussions in at least 4 out of 5 lessons, in her weekly check with her teacher of the deaf.
By July 2027, Leah will report headaches at the end of the school day on no more than one day a week.""",
        """For the school year 2026-27:
- A qualified teacher of the deaf from the Thornleigh Sensory Support Service will see Leah for 45 minutes every 2 weeks and give all her teachers a 30-minute deaf awareness briefing in September 2026.
- Each of her teachers will wear the radio aid microphone, pass it to pupils who answer, and face the class when speaking, in every lesson.
- Her form tutor will arrange a 10-minute quiet break for her in the library at lunchtime every day.""",
        "Mrs Fiona Kerr, Qualified Teacher of the Deaf, Thornleigh Sensory Support Service, 18 September 2026",
    ),
    _div(
        "div-one-to-one-untrained",
        """Community paediatric advice
Jacob is 6 and has Prader-Willi syndrome. He is always hungry and will take food from other children and from bins. He has low muscle tone and tires quickly on walks.""",
        """By July 2027, Jacob will eat only his own lunch and snack at school, with no food taken from others or from bins, as recorded by his class team.
By July 2027, Jacob will walk to the school field and back without stopping to rest.""",
        """Until July 2027:
- He will be supervised by his 1:1 at every snack and lunchtime and in the playground.
- A children's physiotherapist from Kingsbrook Children's Therapies will see him every 6 weeks for 45 minutes and give his class team a walking programme, which a teaching assistant trained by the physiotherapist will do with him every school day.
- I will see Jacob in clinic every 6 months for 30 minutes and check his weight.""",
        "Dr Ravi Menon, Consultant Community Paediatrician, Kingsbrook Child Health Centre, 13 October 2026",
        [
            (
                NP,
                "provision",
                "He will be supervised by his 1:1 at every snack and lunchtime and in the playground.",
            ),
        ],
    ),
]

DIVIDED_C = [
    _div(
        "div-paeds-no-date-outcome-happier",
        """Community paediatric advice
Kayla is 9 and has autism. She has a very restricted diet and will eat only six foods, all at home. She does not eat at school and by the afternoon she is tired and irritable. She also wakes at 4am most mornings.""",
        """- By July 2027, Kayla will be happier at school.
- By July 2027, Kayla will eat at least one of her safe foods from her lunchbox at school on 4 days out of 5, as recorded by her teaching assistant.""",
        """For the school year 2026-27:
- A paediatric dietitian from the Harrowfield Community Nutrition Team will see Kayla and her parents every 6 weeks for 40 minutes to agree her safe foods and a plan for school.
- Her teaching assistant, trained by the dietitian, will sit with her in a quiet room at every lunchtime.
- A sleep practitioner from the Harrowfield Sleep Service will run 5 fortnightly sessions of 45 minutes with her parents in the spring term 2027.""",
        "Dr Nadia Rahman, Consultant Community Paediatrician, Harrowfield Child Health Centre",
        [
            (
                NA,
                "author",
                "Dr Nadia Rahman, Consultant Community Paediatrician, Harrowfield Child Health Centre",
            ),
            (OS, "outcomes", "By July 2027, Kayla will be happier at school."),
            (GT, "needs", "She also wakes at 4am most mornings."),
        ],
    ),
    _div(
        "div-salt-young-person-college-clean",
        """Speech and language therapy advice
Owen is 17 and about to start a Level 2 computing course at Brackenford College. He is autistic. He takes what people say literally and often misses jokes, hints and sarcasm, which has led to arguments with other students. He finds it hard to start conversations or to ask tutors for help, and he says he feels lonely at lunchtimes.""",
        """1. By June 2027, Owen will ask his tutor for help at least once a week, using the phrases he has practised, as recorded on his learning plan.
2. By June 2027, Owen will join the college gaming club at lunchtime at least twice a week and will name one student there he calls a friend.
3. By June 2027, Owen will have had no more than one reported argument a term caused by a misunderstanding, as recorded by his learning support tutor.""",
        """For the academic year 2026-27:
1. I will see Owen at college for 45 minutes every 3 weeks to work on what people mean when they do not say it directly, and on starting conversations.
2. I will give his tutors and learning support tutor a 1-hour session in September 2026 on speaking plainly and checking he has understood.
3. His learning support tutor will meet him for 15 minutes every Monday to practise asking for help and to go over anything that confused him the week before, and will go with him to the gaming club for its first 4 sessions.""",
        "Megan Lloyd, Speech and Language Therapist, Brackenford Adult Speech and Language Therapy, 4 July 2026",
    ),
]

DIVIDED = DIVIDED_A + DIVIDED_B + DIVIDED_C
UNDIVIDED = [
    _und(
        "und-paeds-clinic-letter-send-acronym",
        """Eastmere Child Development Centre
Health advice for an education, health and care needs assessment
Dear Ms Hart (SEND caseworker, Eastmere Council),
Re: Mason, aged 5
I saw Mason with his father on 9 February 2027. Mason has autism and a speech and language delay. He says a few single words and uses gestures. He is very active and finds it hard to stay with an activity for more than a minute or two. He eats a narrow range of foods but is growing well. His hearing was tested in January 2027 and is normal.
In school Mason will need a visual timetable, short activities with movement breaks, and a speech and language therapist's programme delivered by trained staff. I have referred him to Eastmere Children's Speech and Language Therapy, who will write separately.
I will see Mason again in clinic in 6 months.
Dr Oluwaseun Bello, Consultant Community Paediatrician, 16 February 2027""",
        [
            (AC, "advice", "SEND"),
        ],
    ),
    _und(
        "und-camhs-letter-acronyms",
        """Kingsbrook CAMHS
Re: Aimee, 13
Aimee was referred by her GP in March 2026 with low mood and school avoidance. She was assessed by our team and has started a course of CBT with one of our clinicians. She has been offered a follow-up at 12 weeks. School may wish to consider a reduced timetable and a key adult. We would also support an EHCNA.
Dr Karen Lowe, Consultant Child and Adolescent Psychiatrist, 3 November 2026""",
        [
            (AC, "advice", "CAMHS"),
            (AC, "advice", "CBT"),
            (AC, "advice", "EHCNA"),
        ],
    ),
    _und(
        "und-ot-report-clean-vague-words",
        """Occupational therapy report, Thornleigh Children's Therapies, 4 December 2026
Author: Natalie Ross, Children's Occupational Therapist
Rosie is 10 and has developmental coordination disorder (a condition that makes it hard to plan and carry out movements). She struggles with handwriting, cutting and dressing, and gets tired quickly when writing.
Recommendations: Rosie would benefit from regular access to a laptop for longer pieces of writing, and opportunities to practise dressing skills at PE times. Staff may wish to use a sloping board and a pencil grip as appropriate. I will review Rosie in school in the spring term.""",
    ),
    _und(
        "und-salt-jargon-heavy",
        """Speech and Language Therapy Report
Name: Oscar, age 7. Assessed 18 January 2027 at Marrowdale Children's Speech and Language Therapy.
Oscar presents with phonological processes of fronting and stopping, with reduced intelligibility in connected speech. His receptive language is within normal limits; expressive language shows reduced morphosyntax.
Recommendations: 6 sessions of 30 minutes in school in the spring term, with a home programme.
Ben Carter, Speech and Language Therapist, 25 January 2027""",
        [
            (JA, "advice", "phonological"),
            (JA, "advice", "fronting"),
            (JA, "advice", "stopping"),
            (JA, "advice", "intelligibility"),
            (JA, "advice", "receptive"),
            (JA, "advice", "expressive"),
            (JA, "advice", "morphosyntax"),
        ],
    ),
    _und(
        "und-school-nurse-clean-medicines-generic",
        """School nursing advice, Harrowfield 0-19 Service, 2 October 2026
By Jade Thornton, School Nurse (Specialist Community Public Health Nurse)
Kayden is 11 and has asthma and a severe allergy to eggs. He carries a blue reliever inhaler and two allergy pens (emergency injections for a serious allergic reaction). His asthma is well controlled at the moment; he uses his preventer inhaler morning and night at home.
I have written his healthcare plan with his mum and trained the school's first-aiders in his allergy and asthma care. I will review the plan with school every September and after any reaction. He should be allowed to carry his inhaler and one of his pens with him at all times, and the second pen should be kept in the school office.""",
    ),
    _und(
        "und-adhd-medicine-names",
        """Re: Harrison, 9 years, reviewed in the ADHD clinic, 7 December 2026
Harrison's attention deficit hyperactivity disorder (ADHD) is now better controlled on lisdexamfetamine, which he takes at 7.30am. His appetite is reduced at lunchtime and his weight has dropped slightly, so I have advised a large breakfast and a snack after school. He also takes melatonin at bedtime for sleep.
In class he still needs short tasks, movement breaks and a visual checklist.
Dr Catherine Fry, Specialty Doctor in Community Paediatrics, Brackenford Child Health Centre""",
        [
            (DN, "advice", "lisdexamfetamine"),
            (DN, "advice", "melatonin"),
        ],
    ),
    _und(
        "und-physio-clean-explained",
        """Children's physiotherapy advice, Sallowby Children's Therapy Service
Written by Kerry Shaw, Children's Physiotherapist, 21 October 2026
Adam is 8 and has cerebral palsy affecting both legs (diplegia). His calf muscles are tight, so he walks on his toes, and he wears ankle-foot orthoses (plastic splints that go inside his shoes and hold his ankles at a right angle) every day. He falls more than other children, especially when he is tired or on uneven ground.
In school Adam needs his splints on all day, a daily 10-minute stretching programme done by a trained adult, and a seat at the end of a row so he can get up easily. I will visit school every half term to review his programme and train new staff.""",
    ),
    _und(
        "und-neurology-jargon-drugs",
        """Paediatric Neurology Clinic, Kingsbrook Children's Hospital
Re: Lola, 12
Lola has a genetic epilepsy with myoclonic jerks on waking and occasional tonic-clonic seizures. Her EEG showed spike-wave activity. She has been changed from Epilim to levetiracetam because of weight gain. Rescue medication (buccal midazolam) is prescribed for seizures over 5 minutes.
Her learning should be assessed by an educational psychologist.
Dr Michael Burns, Consultant Paediatric Neurologist, 15 March 2027""",
        [
            (JA, "advice", "myoclonic"),
            (JA, "advice", "tonic-clonic"),
            (AC, "advice", "EEG"),
            (JA, "advice", "spike-wave"),
            (DN, "advice", "Epilim"),
            (DN, "advice", "levetiracetam"),
            (JA, "advice", "buccal"),
            (DN, "advice", "midazolam"),
        ],
    ),
    _und(
        "und-dietitian-clean",
        """Dietetic advice for Zara, aged 4
Zara has a milk allergy and eats a limited range of foods because of her autism. She is growing along her expected line. At nursery she needs milk-free meals and snacks and should be offered her safe foods alongside one new food at each meal, without pressure to eat it. Her key person can use the food chart I have provided to record what she eats.
I will see Zara and her parents in clinic every 3 months.
Holly Grant, Paediatric Dietitian, Eastmere Community Nutrition Team, 6 January 2027""",
    ),
    _und(
        "und-health-visitor-acronyms",
        """Health visiting summary, Thornleigh 0-19 Service, 12 November 2026
Written by: Lisa Moore, Health Visitor
Finn is 2 years 3 months. At his 2-year review, his ASQ scores were below the expected range in communication and personal-social skills. He has no words and limited eye contact. I have referred him to the community paediatric team for assessment and to SALT. Parents have been signposted to the local Portage service and the Thornleigh Stay and Play group.""",
        [
            (AC, "advice", "ASQ"),
            (AC, "advice", "SALT"),
        ],
    ),
    _und(
        "und-college-ld-nurse-clean",
        """Health advice from the Marrowdale Community Learning Disability Team, 19 May 2027
Author: Abdul Rahman, Community Learning Disability Nurse
Kelsey is 18 and has a moderate learning disability and epilepsy. She is starting at Marrowdale College in September 2027. Her seizures are well controlled; she has had none in the last year. She takes her tablets at home, morning and evening, and does not need medicine at college.
At college Kelsey needs a seizure care plan (which I will write with her and share with the college before she starts), staff who know what to do if she has a seizure, and help to understand her timetable in easy-read form. She would like to travel to college on her own and I will work with her on this over the summer, meeting her every week for 6 weeks.""",
    ),
    _und(
        "und-cardiology-jargon",
        """Paediatric Cardiology, Harrowfield Hospital
Re: Noah, 9
Noah had a Fontan procedure in infancy for hypoplastic left heart syndrome. He has reduced exercise tolerance and his saturations are typically 92%. He should avoid competitive sport but can take part in PE at his own pace. He takes aspirin and enalapril daily.
Dr Julia Marsh, Consultant Paediatric Cardiologist, 4 March 2027""",
        [
            (JA, "advice", "saturations"),
            (DN, "advice", "aspirin"),
            (DN, "advice", "enalapril"),
        ],
    ),
    _und(
        "und-camhs-report-clean-expanded",
        """Report from the Sallowby Child and Adolescent Mental Health Service (CAMHS), 20 January 2027
Author: Dr Elena Petrova, Clinical Psychologist
Ruby is 15. She has been seen by CAMHS since October 2026 for obsessive compulsive disorder (OCD). She has upsetting thoughts that something bad will happen unless she does things in a certain way, so she taps, checks and repeats actions. This makes her late for lessons and slow to finish tests.
She is having cognitive behavioural therapy (CBT), a talking therapy, with me every week. In school, it would help if she is given extra time in tests and is not rushed between lessons. I will update school after her 12th session.""",
    ),
    _und(
        "und-ot-acronym-sensory",
        """OT advice
Ezra is 6 and has ASC. He has sensory processing differences: he is over-responsive to sound and touch and seeks vestibular input, spinning and rocking throughout the day. He would benefit from a sensory diet (planned movement and calming activities through the day) delivered by trained staff and a quiet space.
Lauren Tate, Occupational Therapist, Brackenford Children's Occupational Therapy, 9 October 2026""",
        [
            (AC, "advice", "OT"),
            (AC, "advice", "ASC"),
            (JA, "advice", "vestibular"),
        ],
    ),
    _und(
        "und-audiology-clean",
        """Audiology advice, Kingsbrook Children's Hearing Service, 30 November 2026
From: Chloe Evans, Paediatric Audiologist
Marley is 7. His hearing test shows a mild to moderate hearing loss in both ears that is permanent. He has been fitted with two hearing aids, which he should wear all day at school. He will hear best if he sits near the front, away from noisy equipment, and if the teacher faces him when talking. A teacher of the deaf from the Kingsbrook Sensory Support Service will visit school to advise staff. I will see Marley every 6 months to check his hearing and his hearing aids.""",
    ),
    _und(
        "und-gastro-drug-brand-and-generic",
        """Paediatric Gastroenterology, Sallowby General Hospital
Re: Kit, 10
Kit has long-term constipation with soiling, which is linked to holding on because of sensory issues with school toilets. He takes Movicol daily and senna at weekends. He needs to sit on the toilet for 5 minutes after lunch each day in a quiet toilet, with a footstool.
Dr Paul Ahmed, Consultant Paediatric Gastroenterologist, 11 February 2027""",
        [
            (DN, "advice", "Movicol"),
            (DN, "advice", "senna"),
        ],
    ),
    _und(
        "und-physio-letter-clean-typos",
        """Brackenford Childrens Therapy Service
To the SEN team (special educational needs team), Brackenford Council
Re: Jasmine, age 13, physiotherapy advice
Jasmine has juvenile arthritis (long-term joint swelling) in her knees, ankles and wrists. On bad days she is stiff in the mornings and struggles with stairs, long walks between buildings and writing for long periods. She has a flare-up (a period when her joints are more swollen and painful) about once a term.
She will need a lift pass, extra time to move between lessons, a laptop for longer writing and a modified PE programme. I will see her every 6 weeks in clinc and visit school once a term.
Amy Doherty, Childrens Physiotherapist, 14 January 2027""",
    ),
    _und(
        "und-endocrine-drug-and-acronym",
        """Paediatric Endocrinology, Eastmere Hospital
Re: Faith, aged 12
Faith has congenital adrenal hyperplasia and takes hydrocortisone three times a day, including a lunchtime dose at school. If she is unwell or injured she needs extra doses as per her sick day rules, and in an emergency an IM injection. School should hold her emergency kit.
Dr Simone Harris, Consultant Paediatric Endocrinologist, 27 September 2026""",
        [
            (DN, "advice", "hydrocortisone"),
            (AC, "advice", "IM"),
        ],
    ),
    _und(
        "und-community-paeds-clean-table",
        """Community paediatric advice, Kingsbrook Child Health Centre, 8 March 2027
Author: Dr Fatima Noor, Consultant Community Paediatrician
Child: Leo, aged 9
Area | What I found | What helps
Learning | Leo has a moderate learning disability; he is working at about the level of a 5-year-old | small-step teaching with lots of repetition
Attention | He can attend for about 5 minutes | short tasks and movement breaks
Toileting | He is dry in the day but needs reminders | a toilet reminder every 2 hours
Sleep | He wakes most nights | his parents have been referred to the Kingsbrook Sleep Service
I will review Leo in clinic in 12 months.""",
    ),
    _und(
        "und-respiratory-jargon-and-brand",
        """Respiratory Clinic, Marrowdale Children's Hospital
Re: Isaiah, 6
Isaiah has poorly controlled asthma with nocturnal symptoms and frequent exacerbations, three needing admission this year. He is on a Clenil inhaler twice daily and Ventolin as needed. Spacer technique was reviewed in clinic.
Dr Owen Price, Consultant Paediatrician, 5 February 2027""",
        [
            (JA, "advice", "nocturnal"),
            (JA, "advice", "exacerbations"),
            (DN, "advice", "Clenil"),
            (DN, "advice", "Ventolin"),
        ],
    ),
    _und(
        "und-young-person-transition-clean",
        """Health advice for Aaron's annual review, 10 June 2027
From: Maria Lopes, Transition Nurse, Harrowfield Children's Community Nursing
Aaron is 17 and has Duchenne muscular dystrophy (a condition in which the muscles slowly weaken). He uses a powered wheelchair and a breathing machine at night. He is moving from children's to adult health services over the next year and has chosen to go to Harrowfield College in September 2027.
At college Aaron will need help from two trained carers with the hoist and personal care, a rest room he can use during the day, and a plan for what to do if he gets a chest infection. I will meet Aaron and the college every term this year to plan his move, and he will meet his adult neuromuscular team for the first time in November 2027.""",
    ),
    _und(
        "und-eye-clinic-clean",
        """Eye clinic advice, Thornleigh Hospital, 22 October 2026
From: Dr Sunita Rao, Consultant Paediatric Ophthalmologist (children's eye doctor)
Max is 5 and has nystagmus (his eyes make small, constant movements that he cannot control), which reduces his eyesight. He sees best when he tilts his head, and this should not be corrected. He needs large print, good lighting and extra time to look at pictures and text. A qualified teacher of children with vision impairment will advise his school. I will see him in clinic once a year.""",
    ),
    _und(
        "und-wheelchair-ot-letter-clean",
        """Brackenford Children's Occupational Therapy
To: Maple Class, Brackenford Primary School
Date: 9 September 2026
Re: Leo, 8, seating and access at school
Leo has spina bifida and uses a manual wheelchair, which he pushes himself. He needs a height-adjustable table so his wheelchair fits under it, and a transfer board (a smooth board he slides across) to move from his chair to the toilet. He gets pressure marks (red areas on the skin from sitting too long) if he does not lift himself off his seat every 30 minutes.
I will visit school in September to check the table and the toilet and to show his teaching assistant how to help with the transfer board, and I will come back each term.
Jenny Holt, Children's Occupational Therapist""",
    ),
]

BLIND = tuple(PLANS + DIVIDED + UNDIVIDED)
