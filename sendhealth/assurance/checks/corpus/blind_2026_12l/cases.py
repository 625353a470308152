"""Blind set 2026-12l: cases written without seeing the checks (see README.md)."""

from ..cases import Case

BLIND: list[Case] = []

# Plan cases (C, E, G), part 1.
BLIND += [
    Case(
        name="dravet-hot-days-and-tired-afternoons",
        sections={
            "C": "Aisha is seven and has Dravet syndrome, a rare epilepsy that began when she was a baby. She has seizures most weeks and some of them need emergency medicine. Her seizures are more likely when she gets hot, for example in a warm classroom or after running about. After a seizure she sleeps for several hours and misses the rest of the day's learning.",
            "E": "By July 2027 Aisha will tell an adult when she feels too hot on at least 4 out of 5 occasions, as recorded on her class log.\nBy the end of Year 3 (July 2027) Aisha will take part in every class trip with her trained adult, as shown in the trips register.\nBy July 2027 Aisha will catch up on the learning she missed after a seizure within two school days on 8 out of 10 occasions, as checked by her class teacher.",
            "G": "Two teaching assistants trained by the epilepsy specialist nurse will be with Aisha throughout every school day, on trips as well, and will give her emergency medicine if a seizure lasts five minutes, for the school year 2026-27. The epilepsy specialist nurse from the children's community nursing team will retrain both assistants once a term in a one-hour session from September 2026 to July 2027. Her class teacher will check the classroom temperature at 9am, 11am and 1.30pm each day and move Aisha to a cooler place if it is above 22 degrees, for the school year 2026-27. After any seizure her class teacher will plan a 20-minute catch-up session on each of the following two afternoons, for the school year 2026-27.",
        },
        tags=("clean",),
    ),
    Case(
        name="cf-enzymes-at-every-meal-numbered",
        sections={
            "C": "1. Oliver has cystic fibrosis, which makes thick mucus build up in his lungs and gut. He needs to take digestive enzyme capsules every time he eats so that he can take in his food.\n2. He needs physiotherapy to clear his chest every school day.\n3. He tires quickly and finds it hard to keep up in PE.",
            "E": "1. By the end of Year 5 (July 2027) Oliver will take his enzyme capsules by himself at every meal and snack, with an adult only checking, on 9 days out of 10.\n2. By July 2027 Oliver will do his lunchtime chest clearance routine with less prompting, needing one reminder or fewer on 4 days out of 5.\n3. By July 2027 Oliver will take part in at least 40 minutes of each 60-minute PE lesson, as recorded by his PE teacher.",
            "G": "1. A teaching assistant trained by the cystic fibrosis specialist nurse will give Oliver his enzyme capsules at every meal and snack in school, including breakfast club, for the school year 2026-27.\n2. The same trained teaching assistant will supervise a 20-minute chest clearance routine at 12.30pm every school day, following the programme written by the cystic fibrosis physiotherapist, for the school year 2026-27. The physiotherapist will review the programme and train the assistant once a term, in a 45-minute visit, from September 2026 to July 2027.\n3. His PE teacher will plan a rest break of 5 minutes in every PE lesson and a shorter version of each activity, for the school year 2026-27.",
        },
        tags=("clean",),
    ),
    Case(
        name="sickle-cell-water-and-warmth-no-outcome",
        sections={
            "C": "Kemi has sickle cell disease. When she is cold or does not drink enough, she can get sudden pain in her arms, legs and back, and on those days she cannot concentrate. She misses about one day of school a month because of pain or hospital appointments, and has gaps in her maths.",
            "E": "By the end of Year 8 (July 2027) Kemi will drink at least 1.5 litres of water during each school day, as recorded on her water bottle chart on 4 days out of 5.",
            "G": "Kemi's form tutor, who has had sickle cell awareness training from the haemoglobinopathy nurse specialist, will check her water chart at registration and at the start of period 5 every school day for the school year 2026-27. Kemi will have a pass to go to the toilet in any lesson and to stay inside at break when it is below 8 degrees, which her form tutor will issue in September 2026 for the school year 2026-27. A maths teacher will give Kemi a 30-minute catch-up session once a week in the week after any day she misses, for the school year 2026-27.",
        },
        expected=(
            (
                "golden_thread",
                "C",
                "She misses about one day of school a month because of pain or hospital appointments, and has gaps in her maths.",
            ),
        ),
        tags=("golden_thread",),
    ),
    Case(
        name="t1-diabetes-pump-set-times",
        sections={
            "C": "Jayden is nine and has type 1 diabetes. He wears a pump that gives him the medicine his body no longer makes, and a sensor on his arm that sends his blood sugar to a phone. If his blood sugar drops too low he becomes shaky and confused and needs a sugary drink straight away. He cannot yet work out how much carbohydrate is in his lunch.",
            "E": "By July 2027 Jayden will tell an adult when he feels shaky on every occasion, as recorded in his diabetes diary.\nBy the end of Year 5, Jayden will count the carbohydrate in his school lunch himself, with his adult checking, getting it within 10 grams on 8 out of 10 days.",
            "G": "Two teaching assistants trained by the children's diabetes nurse specialist will check the sensor readings on the phone at 10.30am, 12.15pm and 2.45pm every school day and before each PE lesson, and will give him a sugary drink if a reading is below 4, for the school year 2026-27. One of the trained assistants will sit with Jayden at every school lunch to help him count carbohydrate and enter it in the pump, for the school year 2026-27. The diabetes nurse specialist will visit once a term for an hour to train the assistants and check his care plan, from September 2026 to July 2027.",
        },
        tags=("clean",),
    ),
    Case(
        name="duchenne-lift-key-and-stretches",
        sections={
            "C": "Ravi (Year 10) has Duchenne muscular dystrophy and uses a powered wheelchair all day. His legs and ankles get tight, which causes pain if he is not stretched. He cannot reach the upper floor of the school without the lift. He writes far more slowly than his classmates and his hand tires within ten minutes.",
            "E": "By the end of Year 11 (July 2028) Ravi will have no more than one day a half term when pain stops him joining a lesson, as recorded by his head of year.\nBy July 2027, Ravi will get to every lesson on the upper floor on time, as shown by his attendance record.\nBy the end of Year 10, Ravi will complete his class work on a laptop with speech-to-text software at a rate of at least 15 words a minute, as measured by his English teacher each half term.",
            "G": "A teaching assistant trained by the children's physiotherapist will carry out a 20-minute stretching programme with Ravi in the medical room at 1pm every school day, from September 2026 to July 2028. The physiotherapist will review the programme and retrain the assistant once every half term, in a one-hour visit, from September 2026 to July 2028. The school office manager will keep the lift key and give it to Ravi's assistant at the start of each school day, for as long as he attends the school. The school's specialist teacher for physical disability will teach Ravi to use speech-to-text software in a 30-minute session twice a week for the autumn term 2026, then once a week until July 2027.",
        },
        tags=("clean",),
    ),
    Case(
        name="spina-bifida-continence-vague-access",
        sections={
            "C": "Maisie has spina bifida and hydrocephalus (a build-up of fluid around the brain, drained by a tube called a shunt). She does not feel when her bladder is full and needs a thin tube called a catheter passed at set times to empty it. She can become very tired and get headaches, which can be a sign of a problem with her shunt.",
            "E": "By July 2027 Maisie will tell an adult when it is time for her catheter on at least 4 days out of 5, using the timer on her watch.\nBy the end of Reception (July 2027) Maisie will tell an adult straight away when she has a headache, on every occasion, as recorded in her home-school book.",
            "G": "A teaching assistant trained by the continence nurse will help her with her catheter at 10am, 12.30pm and 2.30pm every school day for the school year 2026-27, and will give her access to the private accessible toilet next to her classroom each time. Her class teacher will ring her parents and record it in the home-school book if Maisie has a headache and is sleepy, being sick or not herself, for the school year 2026-27.",
        },
        expected=(("unspecified_provision", "G", "access to"),),
        tags=("unspecified_provision",),
    ),
    Case(
        name="cochlear-implant-radio-aid-every-lesson",
        sections={
            "C": "Harvey has profound hearing loss in both ears and has two cochlear implants (hearing devices placed under the skin behind each ear, with a processor worn outside). In a noisy classroom he misses much of what the teacher says. His new vocabulary is behind that of children his age, particularly subject words in science and humanities.",
            "E": "By July 2027 Harvey will follow a class discussion and answer a question about it correctly on at least 3 out of 4 occasions in a lesson observed by his teacher of the deaf.\nBy the end of Year 7, I will know and use at least 80% of the key words for each science topic, as checked in my end-of-topic quiz.",
            "G": "Harvey's subject teachers will wear his radio aid microphone in every lesson, for the school year 2026-27. The qualified teacher of the deaf from the sensory support service will visit once a fortnight for an hour to check the equipment, observe a lesson and advise his teachers, from September 2026 to July 2027. A teaching assistant trained by the teacher of the deaf will pre-teach him the key words for each science and humanities topic in a 20-minute session three times a week, for the school year 2026-27. The children's audiologist will check his implants and processors at the hospital clinic every six months until the annual review in June 2027.",
        },
        tags=("clean",),
    ),
    Case(
        name="vi-nystagmus-large-print-jargon",
        sections={
            "C": "Lily has albinism, and her eyes make small constant movements, so she cannot see print or the board clearly. She has marked photophobia, which gives her headaches by the end of the morning. She moves around school confidently but cannot recognise friends' faces across the playground.",
            "E": "By the end of Year 4 (July 2027) Lily will read 18-point print at 70 words a minute, as measured each term by her qualified teacher of the visually impaired.\nBy July 2027 Lily will go through a full school day with no more than one headache a week, as recorded in her home-school diary.\nBy July 2027 Lily will find and join a friend at break on at least 4 days out of 5, as noted by the playground staff each day.",
            "G": "Her class teacher will give Lily all printed work enlarged to 18-point on matt paper in every lesson, for the school year 2026-27. The qualified teacher of the visually impaired will visit twice a half term for an hour to teach Lily to use her magnifier and tablet and to advise staff, from September 2026 to July 2027. Lily will wear a cap with a peak and sit away from the windows in every lesson, which her class teacher will arrange from the first day of the autumn term 2026 for the school year 2026-27. At every break, a lunchtime supervisor trained by the teacher of the visually impaired will walk with Lily to the friendship bench where her friends wear a coloured band, for the school year 2026-27.",
        },
        expected=(("jargon", "C", "photophobia"),),
        tags=("jargon",),
    ),
    Case(
        name="adhd-movement-breaks-on-timetable",
        sections={
            "C": "Finley has attention deficit hyperactivity disorder (ADHD). He finds it very hard to sit still for more than ten minutes and often leaves his seat. He forgets what he has been asked to do when instructions have several steps. His ADHD medicine wears off by early afternoon, and afternoons are harder for him.",
            "E": "By July 2027 Finley will stay in his seat for at least 15 minutes at a time in four lessons out of five, as measured by a weekly observation by the SENCo.\nBy July 2027 I will finish a three-step task from my task card on my own in 4 out of 5 lessons.\nBy the end of Year 6, Finley will be in class for every afternoon lesson on at least 9 days out of 10, as shown in the class register.",
            "G": "Finley's class teacher will give him a 3-minute movement break, following the timetable on his desk (9.40am, 10.50am, 1.45pm and 2.30pm), every school day for the school year 2026-27. The special educational needs coordinator (SENCo) will make Finley a task card with each instruction as a picture at the start of each week and check that he uses it in one lesson each week, for the school year 2026-27. His class teacher will put his hardest learning in the morning and his practical work in the afternoon every day for the school year 2026-27. The children's ADHD nurse will see Finley and his parents in clinic every three months to review his medicine and send a letter to the school after each visit, until the annual review in May 2027.",
        },
        tags=("clean",),
    ),
    Case(
        name="autism-anxiety-numbered-missing-outcome",
        sections={
            "C": "1. Zara is autistic and becomes very anxious when her routine changes, for example when there is a supply teacher. She may hide under a table or leave the room.\n2. She finds the noise of the dining hall overwhelming and eats very little at lunch.\n3. She does not sleep well and often arrives at school tired.",
            "E": "1. By July 2027 Zara will use her calm card to ask to go to her quiet space, rather than leaving the room, on at least 4 out of 5 occasions when she is anxious.\n2. By July 2027 Zara will eat at least half of her lunch on 4 days out of 5, in the small lunch room, as recorded by her key adult.",
            "G": "1. Her key adult, a teaching assistant trained in autism and anxiety by the CAMHS learning disability team, will show Zara a visual timetable at the start of each day and tell her about any change of teacher before registration, every school day for the school year 2026-27.\n2. Zara will eat in a small lunch room with two friends every school day, supervised by her key adult, for the school year 2026-27.\n3. The school nurse will meet Zara's parents once in October 2026 for 45 minutes to go through a bedtime plan, and again for 30 minutes in January 2027 to review it.",
        },
        expected=(
            ("golden_thread", "C", "She does not sleep well and often arrives at school tired."),
            ("acronym", "G", "CAMHS"),
        ),
        tags=("golden_thread", "acronym"),
    ),
]

# Plan cases (C, E, G), part 2.
BLIND += [
    Case(
        name="cp-nursery-standing-frame-each-room-move",
        sections={
            "C": "Poppy is three and has cerebral palsy affecting both legs. She cannot yet stand without support and spends most of the nursery day sitting on the floor, so her hips and ankles are getting stiff. She gets frustrated when she cannot follow her friends from the playroom to the garden.",
            "E": "By the time she starts Reception in September 2027, Poppy will stand in her standing frame for 30 minutes a day while she plays at the sand tray or easel, as recorded in her nursery diary.\nBy July 2027 Poppy will move herself from the playroom to the garden in her walker, with one adult beside her, on at least 3 days out of 5.",
            "G": "Her key person, trained by the children's physiotherapist, will put Poppy in her standing frame for two 15-minute spells each nursery day (after snack and after lunch) until she leaves the nursery in July 2027. At each move between rooms her key person will help Poppy use her walker rather than carrying her, every nursery day until July 2027. The children's physiotherapist will visit the nursery for an hour once every six weeks to check the frame and walker and update the programme, until July 2027.",
        },
        tags=("clean",),
    ),
    Case(
        name="down-syndrome-hearing-check-meets-no-need",
        sections={
            "C": "Noah is in Year 2 and has Down syndrome. His speech is hard for adults outside his family to understand, and he often uses single words instead of sentences. He has low muscle tone in his hands, so holding a pencil tires him quickly.",
            "E": "By July 2027 Noah will use three-word sentences to ask for what he wants at snack time on 4 days out of 5, as recorded by his class teacher.\nBy the end of Year 2 Noah will write his first name with a chunky pencil, with every letter readable, in 4 out of 5 attempts.",
            "G": "A speech and language therapist will see Noah in school for 30 minutes every fortnight and set a programme that a trained teaching assistant will follow with him for 15 minutes every school day, for the school year 2026-27. The children's audiologist will test Noah's hearing at the hospital clinic every six months until the annual review in March 2027. An occupational therapist will assess his grip in school in October 2026 and give his teaching assistant a 10-minute daily hand exercise programme, which the assistant will follow every school day until July 2027.",
        },
        expected=(
            (
                "golden_thread",
                "G",
                "The children's audiologist will test Noah's hearing at the hospital clinic every six months until the annual review in March 2027.",
            ),
        ),
        tags=("golden_thread",),
    ),
    Case(
        name="tracheostomy-reception-suction-trigger",
        sections={
            "C": "Theo is five and has a tracheostomy - a small breathing tube in the front of his neck. The tube can get blocked with mucus, and he needs it cleared straight away with a suction machine. He cannot use his voice much while the tube is in, so he finds it hard to join in with group talk and songs.",
            "E": "By July 2027 Theo will show an adult by tapping his neck whenever his tube feels blocked, on every occasion, as recorded in his care log.\nBy the end of Reception Theo will take part in group time by signing or pressing his talking button at least three times in each session, on 4 days out of 5.",
            "G": "One of two carers trained and signed off by the children's community nursing team will be within arm's reach of Theo throughout every school day, on school trips and on the school bus, and will suction his tube whenever his breathing sounds bubbly or he taps his neck, for the school year 2026-27. A children's community nurse will check the carers' skills once a month, for 30 minutes, from September 2026 to July 2027. A speech and language therapist will see Theo in class for 40 minutes every week in term time to teach signs and set up his talking button, until the annual review in June 2027.",
        },
        tags=("clean",),
    ),
    Case(
        name="fasd-handwriting-sessions-no-frequency",
        sections={
            "C": "Tia is in Year 4 and has fetal alcohol spectrum disorder (FASD). She finds handwriting tiring and her letters are large and uneven. Loud and busy rooms overwhelm her and she then cannot settle to work for the rest of the lesson.",
            "E": "By July 2027 Tia will write three sentences in a lesson with letters of an even size, as checked in her English book each half term.\nBy the end of Year 4 Tia will use her ear defenders or ask for her quiet corner when a room is too loud, rather than leaving, on 4 out of 5 occasions.",
            "G": "The occupational therapist will work with Tia on her handwriting in school in 30-minute sessions for the spring and summer terms of 2027. Her class teacher will keep ear defenders and a quiet corner ready in every lesson and remind Tia she can use them at the start of each lesson, for the school year 2026-27.",
        },
        expected=(
            (
                "no_frequency",
                "G",
                "The occupational therapist will work with Tia on her handwriting in school in 30-minute sessions for the spring and summer terms of 2027.",
            ),
        ),
        tags=("no_frequency",),
    ),
    Case(
        name="migraine-headache-diary-no-duration",
        sections={
            "C": "Leah is in Year 9 and has migraines about twice a month. A migraine starts with blurred vision and then a bad headache and sickness, and she often has to go home. She has missed parts of her science course because of this.",
            "E": "By the end of Year 9 (July 2027) Leah will go home with a migraine no more than once a month, as recorded by the school office.\nBy July 2027 Leah will have caught up all missed science practicals, as shown in her science practical log.",
            "G": "At the first sign of a migraine Leah will go to the medical room, where a first aider trained by the school nurse will let her lie down in the dark for up to 45 minutes before deciding with her parents whether she goes home, for the school year 2026-27. The school nurse will meet Leah every half term to go through her headache diary. Her science teacher will run a catch-up practical for Leah in the science club after school on Thursdays, each session an hour, for the spring term 2027.",
        },
        expected=(
            (
                "no_duration",
                "G",
                "The school nurse will meet Leah every half term to go through her headache diary.",
            ),
        ),
        tags=("no_duration",),
    ),
    Case(
        name="anaphylaxis-nursery-pen-passive",
        sections={
            "C": "Ella is two and has a severe allergy to peanuts and egg. If she eats even a tiny amount she could have a serious reaction that affects her breathing. She is too young to know which foods are safe.",
            "E": "By July 2027 Ella will have eaten only food that has been checked and labelled for her at every meal and snack, with no allergic reactions in nursery, as recorded in the nursery incident log.\nBy the time she moves to the pre-school room in September 2027, Ella will say \"Is it safe for me?\" before taking food from anyone, on 4 out of 5 occasions.",
            "G": "Ella's allergy pen will be taken with her on every outing and into the dining room at every meal, for the nursery year 2026-27. Her key person, trained by the children's allergy nurse to use the allergy pen, will check every food label and serve Ella's food on her purple plate at every meal and snack, for the nursery year 2026-27. Her key person will practise the question \"Is it safe for me?\" with Ella at every snack time, for the nursery year 2026-27.",
        },
        expected=(
            (
                "no_provider",
                "G",
                "Ella's allergy pen will be taken with her on every outing and into the dining room at every meal, for the nursery year 2026-27.",
            ),
        ),
        tags=("no_provider",),
    ),
    Case(
        name="chronic-fatigue-feel-less-tired",
        sections={
            "C": "Evie is in Year 11 and has chronic fatigue syndrome. She can manage about three hours of school a day before she is exhausted, and if she does more she needs several days in bed. She is worried about her GCSE English and maths.",
            "E": "Evie will feel less tired and enjoy school more.\nBy the end of the spring term 2027 Evie will sit her GCSE English and maths mock papers in a quiet room with 25% extra time and rest breaks, completing both papers.",
            "G": "Her head of year will agree a timetable of three hours a day (9am to 12 noon) in September 2026 and review it with Evie and the paediatric fatigue service every half term, for the school year 2026-27. The paediatric fatigue service occupational therapist will see Evie once a month, for 45 minutes by video call, to plan her activity and rest, until July 2027. The school's exams officer will arrange a quiet room, 25% extra time and rest breaks for every mock and GCSE exam in the school year 2026-27.",
        },
        expected=(("outcome_not_smart", "E", "Evie will feel less tired and enjoy school more."),),
        tags=("outcome_not_smart",),
    ),
    Case(
        name="tics-teasing-at-break-no-provision",
        sections={
            "C": "Callum is in Year 8 and has Tourette's syndrome. His tics (sudden movements and sounds he cannot control) get much worse when he is anxious, especially before tests. He is often teased about his tics at break and lunchtime. He finds it hard to hold in his tics in silent lessons and is exhausted afterwards.",
            "E": "By July 2027 Callum will sit each end-of-unit test in the small exam room, finishing every paper, as recorded by his head of year.\nBy July 2027 Callum will report no more than one teasing incident a half term, as recorded by his head of year.\nBy the end of Year 8 Callum will use his exit card to take a 5-minute tic break in silent lessons, rather than holding in his tics, in at least 4 out of 5 such lessons.",
            "G": "The school's exams officer will book the small exam room for every end-of-unit test for the school year 2026-27. The children's neurology nurse will teach Callum a relaxing breathing routine in three 30-minute sessions at school in October and November 2026. His form tutor will give him an exit card in September 2026 and check in with him for 10 minutes every Monday about how he is using it, for the school year 2026-27.",
        },
        expected=(
            ("golden_thread", "C", "He is often teased about his tics at break and lunchtime."),
        ),
        tags=("golden_thread",),
    ),
    Case(
        name="eating-disorder-sixth-form-supervised-lunch",
        sections={
            "C": "Grace is 17 and is in the first year of sixth form. She is being treated by the community eating disorders service for anorexia. She needs to eat a snack at morning break and a full lunch at school, and she finds eating in front of others very hard. She is not allowed to exercise at the moment because her heart is under strain.",
            "E": "By February 2027 Grace will eat her full snack and lunch at school on at least 9 days out of 10, as recorded on the meal sheet her sixth form mentor keeps.\nBy February 2027 Grace will take part in every games lesson in a non-active role, as recorded by her PE teacher.",
            "G": "Her sixth form mentor, trained by the eating disorders nurse, will sit with Grace in a quiet room at every morning break and every lunch to support her meal plan, until the review by the eating disorders service in February 2027. Her PE teacher will give Grace a non-active role, such as scoring or umpiring, in every games lesson until the eating disorders service writes to say she can exercise again, and at the latest until the review in February 2027.",
        },
        tags=("clean",),
    ),
    Case(
        name="absence-epilepsy-two-drug-names",
        sections={
            "C": "Maya (Year 6) has childhood absence epilepsy. She has many short absences a day, when she stares for a few seconds and misses what is being said. She takes levetiracetam twice a day at home. She has had two longer seizures this year.",
            "E": "By July 2027 Maya will check with a partner or her teacher after an absence and carry on with her task, on 4 out of 5 occasions observed by her teaching assistant.\nBy the end of Year 6 Maya will take part in the residential trip in June 2027 with her trained adult, as shown in the trip register.",
            "G": "Her class teacher will give Maya written steps for every task and pair her with a learning partner in every lesson, for the school year 2026-27. Two teaching assistants trained by the epilepsy specialist nurse will give her emergency medicine (midazolam, into the cheek) if a seizure lasts five minutes, and one of them will go with her on the June 2027 residential trip, for the school year 2026-27. The epilepsy specialist nurse will retrain both assistants once a term in a one-hour session, for the school year 2026-27.",
        },
        expected=(
            ("drug_name", "C", "levetiracetam"),
            ("drug_name", "G", "midazolam"),
        ),
        tags=("drug_name",),
    ),
]
