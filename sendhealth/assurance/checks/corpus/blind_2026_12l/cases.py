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
            "E": 'By July 2027 Ella will have eaten only food that has been checked and labelled for her at every meal and snack, with no allergic reactions in nursery, as recorded in the nursery incident log.\nBy the time she moves to the pre-school room in September 2027, Ella will say "Is it safe for me?" before taking food from anyone, on 4 out of 5 occasions.',
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

# Plan cases (C, E, G), part 3.
BLIND += [
    Case(
        name="ventilation-post19-headed-lists-line-up",
        sections={
            "C": "Breathing\nDaniel is 20 and has spinal cord damage from an injury when he was small. He uses a ventilator (a breathing machine) through a mask every night and for part of each afternoon.\n\nCommunication\nWhen he is tired his voice is very quiet and unfamiliar people cannot hear him.\n\nIndependence\nDaniel wants to direct his own care so that he can live in supported housing after college.",
            "E": "Breathing\nBy July 2027 Daniel will use his ventilator for his afternoon rest at college without being reminded, on at least 9 days out of 10, as recorded in his care notes.\n\nCommunication\nBy the end of his first college year (July 2027) I will use my voice amplifier to answer in every class discussion I choose to join.\n\nIndependence\nBy July 2028 Daniel will give a new carer step-by-step instructions for his whole evening routine, checked by his college key worker once a term.",
            "G": "Breathing\nTwo personal assistants trained and signed off by the adult long-term ventilation nurse will set up his ventilator at 1.30pm every college day and stay with him during his 45-minute rest, from September 2026 to July 2028. The ventilation nurse will check the assistants' competence at the college once a term, from September 2026 to July 2028.\n\nCommunication\nA speech and language therapist from the adult community team will set up a voice amplifier and train Daniel and his tutors in one 90-minute session in September 2026, then review its use for 30 minutes once a term until July 2027.\n\nIndependence\nAn occupational therapist will work with Daniel on directing his own care in a one-hour session every fortnight, from September 2026 to July 2028.",
        },
        tags=("clean",),
    ),
    Case(
        name="becker-headed-lists-independence-no-outcome",
        sections={
            "C": "Mobility\nKai is 15 and has Becker muscular dystrophy. He can walk short distances but falls on stairs and when the corridors are crowded.\n\nFatigue\nBy period 5 he is often too tired to write.\n\nEmotional wellbeing\nKai has become low in mood since he was told his walking will get worse, and he has stopped going out with friends.",
            "E": "Mobility\nBy July 2027 Kai will move between lessons with no falls, leaving each lesson 5 minutes early, as recorded by his head of year each half term.\n\nFatigue\nBy the end of Year 10 Kai will complete the written work in period 5 on at least 4 days out of 5, using his laptop.",
            "G": "Mobility\nHis subject teachers will let Kai leave every lesson 5 minutes early with a friend, for the school year 2026-27. The school's site manager will give him a lift pass in September 2026 for the school year 2026-27.\n\nFatigue\nHis form tutor will give Kai a laptop for period 5 every day for the school year 2026-27.\n\nEmotional wellbeing\nA clinical psychologist from the neuromuscular team will see Kai for six weekly 50-minute sessions in the spring term 2027.",
        },
        expected=(
            (
                "golden_thread",
                "C",
                "Kai has become low in mood since he was told his walking will get worse, and he has stopped going out with friends.",
            ),
        ),
        tags=("golden_thread",),
    ),
    Case(
        name="cp-secondary-regular-physio-review",
        sections={
            "C": "Sam (Year 8) has cerebral palsy affecting his left side. His left hand is weak and he needs his splint on to do practical work in technology and art. His left leg gets stiff and he needs daily stretches to stay comfortable and able to walk around school.",
            "E": "By July 2027 Sam will put on his hand splint himself before every technology and art lesson, as recorded by his teaching assistant.\nBy the end of Year 8 Sam will walk from the bus to his form room in under 4 minutes, as timed by his physiotherapist each term.",
            "G": "A teaching assistant trained by the children's occupational therapist will help Sam with his hand splint before every technology and art lesson, for the school year 2026-27. The same trained assistant will do a 15-minute stretching programme with Sam at 8.45am every school day, for the school year 2026-27. The children's physiotherapist will provide regular review of Sam's stretching programme in school, for the school year 2026-27.",
        },
        expected=(
            ("unspecified_provision", "G", "regular"),
            (
                "no_frequency",
                "G",
                "The children's physiotherapist will provide regular review of Sam's stretching programme in school, for the school year 2026-27.",
            ),
        ),
        tags=("unspecified_provision", "no_frequency"),
    ),
    Case(
        name="attachment-trauma-arrival-check-in-passive",
        sections={
            "C": "Kacey is seven and has lived with foster carers since she was four. Because of her early experiences she finds it hard to trust adults and is often very unsettled when she arrives at school. Changes such as a new teacher or a school trip can lead to her hiding or running out of the classroom.",
            "E": "By July 2027 Kacey will come into class and start her morning task within 10 minutes of arriving on at least 4 days out of 5, as recorded by her class teacher.\nBy the end of Year 3 Kacey will stay with her group for the whole of every school trip, as shown in the trip records.",
            "G": "Kacey will have a 10-minute check-in with a familiar adult when she arrives every school day, for the school year 2026-27. Her class teacher, who has had attachment and trauma training from the virtual school's educational psychologist, will tell Kacey about any change of adult or any trip with a picture story at least a week before, for the school year 2026-27.",
        },
        expected=(
            (
                "no_provider",
                "G",
                "Kacey will have a 10-minute check-in with a familiar adult when she arrives every school day, for the school year 2026-27.",
            ),
        ),
        tags=("no_provider",),
    ),
    Case(
        name="life-limiting-comfortable-and-happy",
        sections={
            "C": "Amir is 11 and attends a special school. He has a life-limiting condition that affects his muscles and breathing, and he is supported by the children's hospice and the children's palliative care team. He cannot speak but he chooses by looking at pictures. He needs to change position every two hours to stay comfortable.",
            "E": "Amir will be comfortable and happy at school.\nBy July 2027 Amir will choose his music or story by looking at one of two pictures on at least 3 out of 4 occasions each week, as recorded by his class teacher.",
            "G": "Two classroom assistants trained by the children's palliative care nurse will change Amir's position every two hours through the school day, following his positioning chart, for the school year 2026-27. A speech and language therapist will set up an eye-pointing board and train his class team in a one-hour session in September 2026, then review it for 30 minutes every half term for the school year 2026-27.",
        },
        expected=(("outcome_not_smart", "E", "Amir will be comfortable and happy at school."),),
        tags=("outcome_not_smart",),
    ),
    Case(
        name="adhd-year8-dietitian-meets-no-need",
        sections={
            "C": "Marcus is in Year 8 and has attention deficit hyperactivity disorder. He finds it very hard to stay on task in lessons longer than half an hour, and he often loses his books and equipment. He has been given detentions for calling out.",
            "E": "By July 2027 Marcus will stay on task for the first 30 minutes of each hour-long lesson in at least 4 lessons out of 5, as checked by a weekly observation.\nBy the end of Year 8 Marcus will have the right books and equipment for every lesson on at least 4 days out of 5, as checked by his form tutor.\nBy July 2027 Marcus will have no more than one detention a half term for calling out.",
            "G": "His subject teachers will split every hour-long lesson into two halves with a 2-minute standing task between them, for the school year 2026-27. His form tutor will check his bag against a picture checklist at registration every morning, for the school year 2026-27. The dietitian will see Marcus once in November 2026, for 45 minutes, to plan snacks that keep his weight up. His teachers will give Marcus a mini whiteboard in every lesson to write down his answers instead of calling out, for the school year 2026-27.",
        },
        expected=(
            (
                "golden_thread",
                "G",
                "The dietitian will see Marcus once in November 2026, for 45 minutes, to plan snacks that keep his weight up.",
            ),
        ),
        tags=("golden_thread",),
    ),
    Case(
        name="cp-quadriplegia-table-peg-acronym",
        sections={
            "C": "Need | What this means for Jude\nEating and drinking | Jude (Year 1) has cerebral palsy and cannot swallow safely, so all his food and drink go through a tube into his stomach.\nPosture | He needs to be moved out of his wheelchair into a side-lying position twice a day to protect his hips.",
            "E": "Outcome | By when\nJude will show he is ready for his lunch feed by looking at his lunch picture on 4 days out of 5 | July 2027\nJude will lie in his side-lying position for 20 minutes without crying on at least 8 out of 10 occasions | July 2027",
            "G": "What | Who | How often | How long\nA PEG feed at 12 noon, following the dietitian's feeding plan | A teaching assistant trained by the children's community nursing team | Every school day | School year 2026-27\nSide-lying on his wedge for 20 minutes | Two teaching assistants trained by the children's physiotherapist | At 10.30am and 2pm every school day | School year 2026-27\nReview of the feeding plan and the assistants' training | Children's community nurse | Once a term | September 2026 to July 2027",
        },
        expected=(("acronym", "G", "PEG"),),
        tags=("acronym",),
    ),
    Case(
        name="gdd-paragraph-toileting-no-provision",
        sections={
            "C": "Rosie is four and has global developmental delay. She understands simple instructions with one key word but does not yet use words herself; she points and pulls adults to what she wants. She is not yet toilet trained and is upset by wet nappies. She is unsteady on her feet and falls several times a day, especially outside on the grass.",
            "E": "By July 2027 Rosie will use five signs or picture cards to ask for things at snack and play times, as recorded by her key person each week.\nBy the time she starts school in September 2027 Rosie will sit on the toilet at set times each day, staying for a minute, on 4 days out of 5.\nBy July 2027 Rosie will walk across the grass to the climbing frame without falling on 4 out of 5 occasions.",
            "G": "Her key person, trained by the speech and language therapist, will use the five signs and picture cards with Rosie at every snack and play time, every nursery day until she leaves in July 2027. The speech and language therapist will visit for 45 minutes every month to add new signs and check progress, until July 2027. The children's physiotherapist will give her key person a 10-minute daily walking and balance programme in October 2026, which the key person will follow with Rosie every nursery day until July 2027.",
        },
        expected=(
            ("golden_thread", "C", "She is not yet toilet trained and is upset by wet nappies."),
        ),
        tags=("golden_thread",),
    ),
    Case(
        name="sickle-cell-year5-rests-and-fluids-clean",
        sections={
            "C": "Tobi (Year 5) has sickle cell anaemia. He needs to drink plenty and keep warm to avoid painful crises, which are sudden attacks of severe pain. He is more likely to pick up infections, and a high temperature is an emergency for him. After a crisis he is often away for several days and comes back tired.",
            "E": "By July 2027 Tobi will fill and finish his water bottle twice during each school day, on 4 days out of 5, as recorded on his class chart.\nBy July 2027 Tobi will tell an adult when he feels hot or unwell on every occasion, as recorded in the office log.\nWithin a week of each return after a crisis, Tobi will be back to his full timetable, as recorded by his class teacher, throughout Year 5.",
            "G": "His class teacher will remind Tobi to drink at the start of every lesson and will refill his bottle at morning break and lunch every school day, for the school year 2026-27. Whenever Tobi says he feels unwell, a first aider trained by the school nurse will take his temperature and phone his parents and the haematology ward if it is 38 degrees or above, for the school year 2026-27. After each return from a crisis, his class teacher will agree a part-time timetable for up to five school days with his parents and the children's haemoglobinopathy nurse, for the school year 2026-27. He will stay indoors in the library with a member of staff at every break when it is below 5 degrees; the member of staff will be one of the two teaching assistants trained by the haemoglobinopathy nurse, for the school year 2026-27.",
        },
        tags=("clean",),
    ),
    Case(
        name="anaphylaxis-food-tech-before-each-lesson",
        sections={
            "C": "Imogen is in Year 9 and has a severe allergy to tree nuts and sesame. She carries two allergy pens (auto-injectors that give emergency medicine into the thigh). She is anxious in food technology lessons and at lunch, and she has started skipping lunch.",
            "E": "By the end of Year 9 Imogen will eat a lunch in the dining hall on at least 4 days out of 5, as recorded by her form tutor.\nBy July 2027 Imogen will check the ingredients of each food technology recipe herself with her teacher before each lesson, in every lesson, as signed on her recipe sheet.",
            "G": "Her food technology teacher will check each recipe with Imogen and remove nuts and sesame before every food technology lesson, for the school year 2026-27. The school nurse will train all staff who teach Imogen to use her allergy pens in a one-hour session at the start of each term, from September 2026 to July 2027. Her form tutor will meet Imogen for 10 minutes every Monday lunchtime and go with her to the dining hall, where the catering manager will show her the allergen-free counter, for the autumn term 2026 and then fortnightly until July 2027.",
        },
        tags=("clean",),
    ),
    Case(
        name="t1-diabetes-college-first-half-term",
        sections={
            "C": "Bethany is 16 and has just started a childcare course at college. She has type 1 diabetes and uses a pump. She manages it well but has had two very low blood sugars this year during placements, when she was busy and missed her snack. She is nervous about telling new staff about her diabetes.",
            "E": "Within the first half term of college (by October 2026) Bethany will tell her placement supervisor about her diabetes and show them her box of sugary snacks, as recorded in her placement file.\nBy July 2027 Bethany will have no low blood sugars at placement that need another person to help her, as recorded in her placement log.",
            "G": "Her personal tutor will meet Bethany in the first week of term (September 2026) for 30 minutes to agree what she wants to tell placement staff, and will check in with her for 10 minutes every fortnight for the rest of the college year 2026-27. The young people's diabetes nurse specialist will give a 30-minute training session to each placement supervisor at the start of each placement, for the college year 2026-27. Bethany will set alarms for a snack at 10.30am and 3pm on every placement day; her placement supervisor, once trained, will check she has eaten at those times, for the college year 2026-27.",
        },
        tags=("clean",),
    ),
    Case(
        name="cochlear-toddler-nursery-daily-listening",
        sections={
            "C": "Freddie is two and a half and had cochlear implants fitted at 14 months. He is just starting to use words. Background noise in the nursery makes it hard for him to hear his key person. He sometimes pulls off his processors, and then he hears nothing.",
            "E": "By his third birthday in spring 2027, Freddie will turn to his key person when she calls his name in the playroom on 4 out of 5 occasions, and will use at least 20 words, as counted by his teacher of the deaf.\nBy July 2027 Freddie will keep his processors on for the whole nursery session on 4 days out of 5, as recorded in his home-nursery book.",
            "G": "A qualified teacher of the deaf will visit Freddie at nursery for an hour every fortnight, to model language and advise his key person, until he moves to pre-school in September 2027. His key person, trained by the teacher of the deaf, will do a 10-minute listening game with Freddie in the quiet room twice every nursery day, until September 2027. His key person will check his processors are on and working at the start of each session and after every nappy change, until September 2027. The nursery manager will fit soft panels in the toddler room once, by October 2026, to cut background noise.",
        },
        tags=("clean",),
    ),
    Case(
        name="vi-braille-year8-glossary-line",
        sections={
            "C": "Hana is in Year 8 and has been blind since birth. She reads and writes braille and uses a screen reader on her laptop. She has started to get lost on the new science corridor and walks with her arm out to avoid bumping into people. She has no health needs beyond her vision.",
            "E": "By July 2027 Hana will read braille at 80 words a minute, as measured by her qualified teacher of the visually impaired each term.\nBy the end of Year 8 I will walk from my form room to every science lab with my long cane and without help, as checked by my habilitation specialist.",
            "G": "A qualified teacher of the visually impaired will teach Hana braille and screen reader skills in a 50-minute lesson twice a week, for the school year 2026-27. A habilitation specialist will teach Hana routes around school with her long cane in 45-minute sessions once a week in the autumn term 2026, then once a fortnight until July 2027. A braillist will transcribe all her class materials into braille at least a week before each lesson, for the school year 2026-27.\nGlossary: braillist - a member of staff trained to turn print into braille; habilitation specialist - a person qualified to teach blind children to move around safely and look after themselves.",
        },
        tags=("clean",),
    ),
    Case(
        name="down-syndrome-college-travel-and-thyroid",
        sections={
            "C": "Tom is 18 and has Down syndrome. He is at a further education college on a supported internship. He has an underactive thyroid, which is treated with a daily tablet at home and checked every year at his GP practice; it does not affect his learning. He finds it hard to judge the time and is often late for his placement. He wants to travel to his placement alone by bus.",
            "E": "By the end of the first term of his internship (December 2026) Tom will arrive at his placement on time on at least 4 days out of 5, as recorded by his job coach.\nBy July 2027 I will travel to my placement on my own by bus, three days a week, with no missed stops.",
            "G": "His job coach will set Tom's phone alarms for leaving home and leaving college on the first day of his internship and check them for 5 minutes every Monday until July 2027. The job coach, who holds a travel training qualification, will travel with Tom on the bus twice a week for the autumn term 2026, then follow him at a distance once a week until he travels alone, and at the latest until July 2027.",
        },
        tags=("clean",),
    ),
    Case(
        name="spina-bifida-year8-tables-clean",
        sections={
            "C": "Need | What this means for Sophie\nBladder | Sophie (Year 8) has spina bifida and is learning to empty her bladder herself with a catheter (a thin tube passed into the bladder); she wants to do this without an adult.\nSkin | She uses a wheelchair and cannot feel her legs, so she is at risk of pressure sores - sore skin from sitting in one position too long.",
            "E": "Outcome | By when | How we will know\nSophie will empty her bladder herself at each of her three set times in school, with her assistant waiting outside, on 9 days out of 10 | July 2027 | Her care log\nSophie will lift herself in her chair for a pressure relief break every 30 minutes, using her watch reminder, in 4 out of 5 lessons | End of Year 8 | A weekly check by her form tutor",
            "G": "Provision | Who | How often | How long\nWaiting outside the accessible toilet while Sophie uses her catheter | A teaching assistant trained by the bladder and bowel nurse | 10.45am, 12.45pm and 2.45pm every school day | School year 2026-27\nChecking her catheter technique, 30 minutes at school | The bladder and bowel nurse | Once a half term | School year 2026-27\nA 1-minute pressure relief lift | Her subject teachers | Every 30 minutes in every lesson | School year 2026-27\nChecking her cushion and seating | The school's occupational therapist | Once a term | School year 2026-27",
        },
        tags=("clean",),
    ),
    Case(
        name="continence-year1-after-each-break",
        sections={
            "C": "Alfie is in Year 1 and has autism. He does not notice when he needs the toilet and wets himself most days, which upsets him. He becomes distressed in the busy toilet block at playtimes.",
            "E": "By July 2027 Alfie will be dry for the whole school day on at least 4 days out of 5, as recorded on his toilet chart.\nBy the end of Year 1 Alfie will use the staff toilet near his classroom calmly, with no distress, on 9 out of 10 visits.",
            "G": "His teaching assistant, trained by the school nursing team's bladder and bowel nurse, will take Alfie to the toilet at set times: on arrival, after morning break, before lunch, after lunch and before home time, every school day for the school year 2026-27. The headteacher will give Alfie a key card for the staff toilet near his classroom in September 2026, for him to use on each of the visits above, for the school year 2026-27. The bladder and bowel nurse will review his toilet chart with his parents and teaching assistant for 30 minutes once a half term, for the school year 2026-27.",
        },
        tags=("clean",),
    ),
    Case(
        name="hydrocephalus-shunt-fatigue-opportunities-for-rest",
        sections={
            "C": "Jess (Year 5) has hydrocephalus, which means there is too much fluid around her brain; a tube called a shunt drains it. She tires quickly and by the afternoon struggles to concentrate. A headache with sickness can mean the shunt is blocked, which is an emergency.",
            "E": "By July 2027 Jess will complete her afternoon tasks on at least 4 days out of 5, as recorded by her class teacher.\nBy the end of Year 5 Jess will tell an adult straight away when she has a headache, on every occasion, as recorded in the office log.",
            "G": "Her teaching assistant, trained by the children's neurosurgery nurse specialist, will give Jess opportunities for rest in the library for 10 minutes after lunch every school day, for the school year 2026-27. If Jess has a headache with sickness or unusual sleepiness, the school office manager will call 999 and then her parents, for the school year 2026-27.",
        },
        expected=(("unspecified_provision", "G", "opportunities for"),),
        tags=("unspecified_provision",),
    ),
    Case(
        name="autism-sensory-jargon-and-regulated",
        sections={
            "C": "Ben is in Year 2 and is autistic. He seeks proprioceptive input by crashing into furniture and other children. He covers his ears and runs out of assembly and the dining hall because of the noise.",
            "E": "Ben will be more regulated.\nBy July 2027 Ben will stay in assembly for the whole 15 minutes wearing his ear defenders, on 4 out of 5 occasions.",
            "G": "His teaching assistant, trained by the children's occupational therapist, will take Ben for a 5-minute heavy work activity (carrying the PE mats, pushing a loaded trolley) at 9.15am, 11am and 1.30pm every school day, for the school year 2026-27. His class teacher will give Ben ear defenders and a seat at the end of a row in every assembly and at every lunch, for the school year 2026-27.",
        },
        expected=(
            ("jargon", "C", "proprioceptive"),
            ("outcome_not_smart", "E", "Ben will be more regulated."),
        ),
        tags=("jargon", "outcome_not_smart"),
    ),
    Case(
        name="cf-numbered-extra-provision-meets-no-need",
        sections={
            "C": "1. Lucas (Year 9) has cystic fibrosis and needs to clear his chest with physiotherapy twice during the school day.\n2. He needs to take enzyme capsules at every meal and snack.\n3. He has to avoid sitting near anyone with a cough or cold because he picks up chest infections easily.",
            "E": "1. By July 2027 Lucas will do his own chest clearance at lunchtime and after PE without prompting on 9 days out of 10.\n2. By the end of Year 9 Lucas will take his capsules at every meal and snack without reminders, as recorded on his check sheet.\n3. By July 2027 Lucas will miss no more than 10 school days for chest infections, as recorded in the register.",
            "G": "1. A teaching assistant trained by the cystic fibrosis physiotherapist will supervise Lucas's 20-minute chest clearance at 12.30pm and after every PE lesson, for the school year 2026-27.\n2. The same trained assistant will check that Lucas takes his capsules at break and lunch every day, for the school year 2026-27.\n3. His subject teachers will seat him away from anyone with a cough or cold in every lesson, for the school year 2026-27.\n4. The cystic fibrosis dietitian will meet Lucas at school once a term for 30 minutes to plan a high-calorie packed lunch, from September 2026 to July 2027.",
        },
        expected=(
            (
                "golden_thread",
                "G",
                "The cystic fibrosis dietitian will meet Lucas at school once a term for 30 minutes to plan a high-calorie packed lunch, from September 2026 to July 2027.",
            ),
        ),
        tags=("golden_thread",),
    ),
    Case(
        name="cochlear-year10-no-frequency-no-duration",
        sections={
            "C": "Priya is in Year 10 and has a cochlear implant in her right ear and a hearing aid in her left. In practical lessons and group work she cannot follow what other students say. She is worried about the listening parts of her GCSE French.",
            "E": "By July 2027 Priya will take part in group work and report back on what her group said, correctly, in 4 out of 5 lessons observed by her teacher of the deaf.\nBy the end of Year 10 Priya will score at least a grade 5 on a French listening mock paper using her wireless listening device.",
            "G": "Her subject teachers will pass the roving microphone to each student who speaks in group work, in every lesson for the school year 2026-27. A qualified teacher of the deaf will work with Priya and her French teacher on listening practice with her wireless listening device, for the school year 2026-27. The children's audiologist will check her implant and hearing aid at the hospital clinic twice a year.",
        },
        expected=(
            (
                "no_frequency",
                "G",
                "A qualified teacher of the deaf will work with Priya and her French teacher on listening practice with her wireless listening device, for the school year 2026-27.",
            ),
            (
                "no_duration",
                "G",
                "The children's audiologist will check her implant and hearing aid at the hospital clinic twice a year.",
            ),
        ),
        tags=("no_frequency", "no_duration"),
    ),
    Case(
        name="gdd-table-c-row-no-provision",
        sections={
            "C": "Area | What we know about Leo\nCommunication | Leo (age 4, nursery) says about ten words and does not yet put two words together.\nPhysical | He cannot yet climb stairs or use a cup without a lid.\nSleep | Leo wakes several times a night and is often too tired to play in the mornings.",
            "E": "Area | Outcome\nCommunication | By July 2027 Leo will put two words together to ask for things at least 5 times a day, as counted by his key person one day each week.\nPhysical | By the time he starts school in September 2027 Leo will walk up the nursery stairs holding the rail, with an adult beside him, and drink from an open cup without spilling, on 4 out of 5 tries.\nSleep | By July 2027 Leo will join in play from the start of the morning on at least 3 days out of 5.",
            "G": "What | Who | How often | How long\nTalking games from the speech and language therapy programme | His key person, trained by the speech and language therapist | 10 minutes twice every nursery day | Until he leaves in July 2027\nStairs and cup practice | His key person, trained by the children's physiotherapist and occupational therapist | 10 minutes every nursery day | Until July 2027\nReview of both programmes | Speech and language therapist, physiotherapist and occupational therapist | Once every half term, 45 minutes each | Until July 2027",
        },
        expected=(
            (
                "golden_thread",
                "C",
                "Sleep | Leo wakes several times a night and is often too tired to play in the mornings.",
            ),
        ),
        tags=("golden_thread",),
    ),
]

# Plan cases (C, E, G), part 4.
BLIND += [
    Case(
        name="cp-long-paragraph-four-needs-one-no-outcome",
        sections={
            "C": "Isla is in Year 4 and has cerebral palsy affecting all four limbs, and she uses a wheelchair that she pushes herself over short distances. Her speech is slow and takes a lot of effort, so she often gives up before she has finished what she wants to say, and other children talk for her. She cannot grip a pencil and gets cross when she cannot record her ideas in writing. Her hips have started to ache after she has been sitting for a long time, and she shifts about in her chair and loses track of the lesson. She cannot manage the toilet on her own and is embarrassed when an adult she does not know helps her.",
            "E": "By July 2027 Isla will say a sentence of at least five words in class discussions without being interrupted, in 4 out of 5 discussions observed by her class teacher.\nBy the end of Year 4 Isla will record a paragraph of her own ideas using her eye-gaze computer in 4 out of 5 writing lessons.\nBy July 2027 Isla will sit comfortably for a whole 45-minute lesson on at least 4 days out of 5, changing position at her planned times.",
            "G": "A speech and language therapist will see Isla in school for 40 minutes every fortnight and train her class to wait for her to finish, with a refresher for the class each half term, for the school year 2026-27. An occupational therapist will set up her eye-gaze computer in September 2026 and train her teaching assistant in two one-hour sessions, then visit for an hour once a half term to review it, for the school year 2026-27. Two teaching assistants trained by the children's physiotherapist will move Isla into her standing frame for 20 minutes at 10.30am and onto a floor cushion for 20 minutes at 2pm every school day, for the school year 2026-27. Two named teaching assistants trained in moving and handling will help Isla with the toilet at 10am, 12.15pm and 2.15pm every school day, always the same two, for the school year 2026-27.",
        },
        expected=(
            (
                "golden_thread",
                "C",
                "She cannot manage the toilet on her own and is embarrassed when an adult she does not know helps her.",
            ),
        ),
        tags=("golden_thread",),
    ),
    Case(
        name="migraine-numbered-need-without-provision-and-vague-outcome",
        sections={
            "C": "1. Noor (Year 7) has migraines, usually one or two a week, that begin with flashing lights and then a severe headache.\n2. She finds the bright lights in the main hall bring on a migraine, so she avoids assemblies and exams in the hall.\n3. She is falling behind in maths because she often misses the last lesson of the day.",
            "E": "1. By July 2027 Noor will go home with a migraine no more than twice a half term, as recorded by the school office.\n2. By the end of Year 7 Noor will sit every school exam in a room with soft lighting, finishing each paper.\n3. Noor will do better in maths.",
            "G": "1. At the first sign of flashing lights, Noor will go to the medical room, where a first aider trained by the school nurse will let her rest in a dark room for up to 30 minutes before phoning her parents, for the school year 2026-27.\n2. The school's exams officer will book a room with soft lighting for every exam she sits in Year 7, for the school year 2026-27.",
        },
        expected=(
            (
                "golden_thread",
                "C",
                "She is falling behind in maths because she often misses the last lesson of the day.",
            ),
            ("outcome_not_smart", "E", "Noor will do better in maths."),
        ),
        tags=("golden_thread", "outcome_not_smart"),
    ),
    Case(
        name="epilepsy-headed-swimming-meets-no-need",
        sections={
            "C": "Seizures\nOwen (Year 3) has epilepsy with seizures in his sleep and occasionally during the day. His daytime seizures are short but he falls and can hurt himself.\n\nLearning after seizures\nOn days after a night-time seizure he is slow to take in new learning and forgets what he was taught.",
            "E": "Seizures\nBy July 2027 Owen will have no injuries from falls during seizures at school, as recorded in the accident book.\n\nLearning after seizures\nBy July 2027 Owen will keep up with his class in reading and maths, staying within his reading band on every termly check.",
            "G": "Seizures\nTwo teaching assistants trained by the epilepsy specialist nurse will stay within reach of Owen in every lesson and at every break, and will follow his seizure plan whenever he has a seizure, for the school year 2026-27. Owen will wear a soft helmet in PE and at playtimes, which his trained teaching assistants will put on him every day, for the school year 2026-27.\n\nLearning after seizures\nOn any day after a night-time seizure, his class teacher will repeat the previous day's key teaching for him in a 15-minute group, for the school year 2026-27.\n\nSwimming\nA swimming teacher trained by the epilepsy nurse will give Owen a one-to-one 30-minute swimming lesson every Wednesday, for the summer term 2027.",
        },
        expected=(
            (
                "golden_thread",
                "G",
                "A swimming teacher trained by the epilepsy nurse will give Owen a one-to-one 30-minute swimming lesson every Wednesday, for the summer term 2027.",
            ),
        ),
        tags=("golden_thread",),
    ),
    Case(
        name="autism-sixth-form-anxiety-no-outcome",
        sections={
            "C": "Jamal is 17 and in Year 12 at a school sixth form. He is autistic and has anxiety. He has panic attacks on busy days and then cannot get into lessons. He finds the change from one teacher to another hard, because each has different rules. He has not been eating at school because the canteen is too loud.",
            "E": "By February 2027 Jamal will use his breathing routine and get back to the lesson within 15 minutes after a panic attack, on 4 out of 5 occasions, as recorded by his sixth form mentor.\nBy July 2027 Jamal will eat lunch at school in the quiet room on at least 4 days out of 5.",
            "G": "A psychological wellbeing practitioner from the children and young people's mental health service will see Jamal for eight weekly 45-minute sessions in the autumn term 2026 to teach him a breathing routine. His sixth form mentor, trained by the school's autism specialist teacher, will meet Jamal for 15 minutes every Monday, for the school year 2026-27, to go through a one-page summary of each teacher's rules. His head of sixth form will open the quiet room for lunch every day, supervised by his trained mentor, for the school year 2026-27.",
        },
        expected=(
            (
                "golden_thread",
                "C",
                "He finds the change from one teacher to another hard, because each has different rules.",
            ),
        ),
        tags=("golden_thread",),
    ),
    Case(
        name="hearing-loss-reception-climbing-need-with-neither",
        sections={
            "C": "Ruby is five and in Reception. She has permanent moderate hearing loss and wears two hearing aids. She often takes her hearing aids out when she is tired, and then she misses what is said. She has also started to be unsteady on the climbing frame and has fallen twice this term.",
            "E": "By July 2027 Ruby will keep her hearing aids in for the whole school day on 4 days out of 5, as recorded in her home-school book.",
            "G": "Her class teacher will check Ruby's hearing aids are in and working at the start of each morning and afternoon session, for the school year 2026-27. A qualified teacher of the deaf will visit for an hour once a month to check her aids and advise the class team, for the school year 2026-27.",
        },
        expected=(
            (
                "golden_thread",
                "C",
                "She has also started to be unsteady on the climbing frame and has fallen twice this term.",
            ),
        ),
        tags=("golden_thread",),
    ),
    Case(
        name="allergy-year4-as-required-and-movement-break-meets-no-need",
        sections={
            "C": "Arlo (Year 4) has severe allergies to milk and peanuts and has eczema (dry, itchy, cracked skin). He scratches his arms until they bleed, which stops him concentrating in lessons.",
            "E": "By July 2027 Arlo will have had no allergic reactions at school, as recorded in the school's medical log.\nBy the end of Year 4 Arlo will work through a whole lesson without scratching until his skin bleeds, in 4 out of 5 lessons.",
            "G": "The school cook, trained by the children's allergy nurse, will prepare a milk-free and peanut-free meal for Arlo every school lunch, for the school year 2026-27. A teaching assistant trained by the school nurse will put on his skin cream as required, for the school year 2026-27. His class teacher will give Arlo a 5-minute movement break before every maths lesson in the summer term 2027.",
        },
        expected=(
            ("unspecified_provision", "G", "as required"),
            (
                "no_frequency",
                "G",
                "A teaching assistant trained by the school nurse will put on his skin cream as required, for the school year 2026-27.",
            ),
            (
                "golden_thread",
                "G",
                "His class teacher will give Arlo a 5-minute movement break before every maths lesson in the summer term 2027.",
            ),
        ),
        tags=("unspecified_provision", "no_frequency", "golden_thread"),
    ),
    Case(
        name="down-syndrome-nursery-feeding-no-provision",
        sections={
            "C": "Mia is three and has Down syndrome. She is learning to sign and uses about 15 signs. She coughs and splutters when she drinks from an open cup and sometimes chokes on lumpy food. She is not yet walking on her own.",
            "E": "By July 2027 Mia will use 30 signs to make choices at snack time and in play, as recorded by her key person.\nBy the time she starts school in September 2027 Mia will eat a mashed lunch and drink from a lidded cup without coughing on 4 days out of 5.\nBy July 2027 Mia will walk ten steps on her own across the playroom.",
            "G": "Her key person, trained by the speech and language therapist, will use signs with Mia throughout every nursery session and teach her two new signs each week, until she leaves in July 2027. The children's physiotherapist will visit the nursery for 45 minutes every three weeks and give her key person a walking programme to do with Mia for 10 minutes every day, until July 2027.",
        },
        expected=(
            (
                "golden_thread",
                "C",
                "She coughs and splutters when she drinks from an open cup and sometimes chokes on lumpy food.",
            ),
        ),
        tags=("golden_thread",),
    ),
    Case(
        name="tics-numbered-exam-need-no-outcome",
        sections={
            "C": "1. Ethan (Year 11) has a chronic tic disorder with loud vocal tics.\n2. He is worried that his tics will disturb other students in his GCSE exams.\n3. Holding in his tics in lessons gives him headaches and neck pain.",
            "E": "1. By July 2027 Ethan will use his tic break card in lessons instead of holding in tics, in at least 4 out of 5 lessons, as recorded on his weekly card.",
            "G": "1. The school's exams officer will arrange a separate room and an invigilator for every GCSE and mock exam Ethan sits in the school year 2026-27.\n2. His subject teachers will accept his tic break card and let him leave for up to 5 minutes whenever he shows it, in every lesson for the school year 2026-27.\n3. The children's neurology nurse will meet Ethan for three 45-minute sessions in the autumn term 2026 to teach him a tic management technique.",
        },
        expected=(
            (
                "golden_thread",
                "C",
                "He is worried that his tics will disturb other students in his GCSE exams.",
            ),
        ),
        tags=("golden_thread",),
    ),
    Case(
        name="eating-disorder-should-encourage-staff",
        sections={
            "C": "Holly is 15 (Year 10) and is recovering from anorexia with the community eating disorders service. She must eat a mid-morning snack and lunch at school, and she finds this very hard in front of others.",
            "E": "By the end of the spring term 2027 Holly will eat her full snack and lunch on at least 9 school days out of 10, as recorded on her meal sheet.",
            "G": "Staff should encourage Holly to finish her snack and lunch at every break and lunchtime, for the school year 2026-27. The eating disorders nurse will meet Holly and her head of year at school for 30 minutes every fortnight to go through her meal sheet, for the school year 2026-27.",
        },
        expected=(
            ("unspecified_provision", "G", "should"),
            (
                "no_provider",
                "G",
                "Staff should encourage Holly to finish her snack and lunch at every break and lunchtime, for the school year 2026-27.",
            ),
        ),
        tags=("unspecified_provision", "no_provider"),
    ),
    Case(
        name="dyspraxia-dressing-support-as-needed",
        sections={
            "C": "Archie (Year 2) has developmental coordination disorder, which means his body finds it hard to plan and carry out movements. He takes so long to change for PE that he misses half of each lesson. He cannot yet do up buttons or tie his shoes.",
            "E": "By July 2027 Archie will change for PE in under 8 minutes, as timed by his teaching assistant each week.\nBy the end of Year 2 Archie will do up three buttons on his shirt on his own, on 4 out of 5 tries.",
            "G": "A teaching assistant trained by the children's occupational therapist will give support as needed with dressing for PE, for the school year 2026-27. The same assistant will do a 10-minute buttons and laces programme with Archie every morning at 9am, for the school year 2026-27. The occupational therapist will review the programme with the assistant for 30 minutes once a term, for the school year 2026-27.",
        },
        expected=(
            ("unspecified_provision", "G", "support as needed"),
            (
                "no_frequency",
                "G",
                "A teaching assistant trained by the children's occupational therapist will give support as needed with dressing for PE, for the school year 2026-27.",
            ),
        ),
        tags=("unspecified_provision", "no_frequency"),
    ),
    Case(
        name="muscular-dystrophy-where-possible-hoisting",
        sections={
            "C": "Reggie is 13 and has Duchenne muscular dystrophy. He can no longer stand and needs to be hoisted (lifted with a sling and a hoist machine) for the toilet and for changing position. He wants to be with his friends at lunch rather than in the medical room.",
            "E": "By July 2027 Reggie will be hoisted safely by his two trained assistants for every toilet visit, with no incidents, as recorded in his care log.\nBy the end of Year 8 Reggie will eat lunch in the dining hall with his friends on at least 4 days out of 5.",
            "G": "Two teaching assistants trained in moving and handling by the children's occupational therapist will hoist Reggie for the toilet at 10.30am, 12.30pm and 2.30pm every school day, for the school year 2026-27. Where possible, a trained assistant will help Reggie eat his lunch in the dining hall every school day.",
        },
        expected=(
            ("unspecified_provision", "G", "Where possible"),
            (
                "no_duration",
                "G",
                "Where possible, a trained assistant will help Reggie eat his lunch in the dining hall every school day.",
            ),
        ),
        tags=("unspecified_provision", "no_duration"),
    ),
    Case(
        name="vi-year6-one-to-one-walks-no-duration",
        sections={
            "C": "Kit (Year 6) has a visual impairment from optic nerve damage and sees only shapes and bright colours. He needs to learn the route to his new secondary school and around its buildings before he starts there in September 2027. He uses a tablet to enlarge text and cannot read the board.",
            "E": "By the end of Year 6 Kit will walk from the school gate to his new form room at his secondary school without help, as checked by his habilitation officer in July 2027.\nBy July 2027 Kit will read the board from his tablet's camera in every lesson, copying at least three lines, as checked by his class teacher each half term.",
            "G": "His 1:1 will walk the routes of his new secondary school with him every Friday afternoon. His class teacher will send the board slides to his tablet at the start of every lesson, for the school year 2026-27.",
        },
        expected=(
            (
                "no_provider",
                "G",
                "His 1:1 will walk the routes of his new secondary school with him every Friday afternoon.",
            ),
            (
                "no_duration",
                "G",
                "His 1:1 will walk the routes of his new secondary school with him every Friday afternoon.",
            ),
        ),
        tags=("no_provider", "no_duration"),
    ),
    Case(
        name="fasd-lunch-supervisor-and-happier-outcome",
        sections={
            "C": "Jack is nine and has fetal alcohol spectrum disorder. At lunch and break he gets into fights because he misreads other children's play. He finds it hard to remember the steps of a task and often gives up.",
            "E": "Jack will be happier at playtimes.\nBy July 2027 Jack will complete a four-step task using his task strip in 4 out of 5 lessons, as recorded by his class teacher.",
            "G": "A lunchtime supervisor will stay near Jack at every break and lunchtime and help him join a game, for the school year 2026-27. His class teacher will give Jack a task strip with picture steps for every task, in every lesson, for the school year 2026-27.",
        },
        expected=(
            ("outcome_not_smart", "E", "Jack will be happier at playtimes."),
            (
                "no_provider",
                "G",
                "A lunchtime supervisor will stay near Jack at every break and lunchtime and help him join a game, for the school year 2026-27.",
            ),
        ),
        tags=("outcome_not_smart", "no_provider"),
    ),
    Case(
        name="cp-dysphagia-jargon-and-improve-outcome",
        sections={
            "C": "Ava (Year 1) has cerebral palsy. Her dysphagia means she needs her drinks thickened and her food mashed. She cannot feed herself with a spoon yet.",
            "E": "By July 2027 Ava will drink her thickened drinks at every break and lunch without coughing, as recorded on her eating and drinking chart.\nAva's spoon skills will improve.",
            "G": "A teaching assistant trained by the children's speech and language therapist in eating and drinking will thicken her drinks and mash her food at every snack and lunch, for the school year 2026-27. The children's occupational therapist will give the same assistant a 10-minute spoon programme to do with Ava at every lunch, and will review it for 30 minutes every half term, for the school year 2026-27.",
        },
        expected=(
            ("jargon", "C", "dysphagia"),
            ("outcome_not_smart", "E", "Ava's spoon skills will improve."),
        ),
        tags=("jargon", "outcome_not_smart"),
    ),
    Case(
        name="autism-sleep-melatonin-and-engage-outcome",
        sections={
            "C": "Leon is eight and is autistic. He takes melatonin at bedtime but still wakes at 4am most days, and he is exhausted by mid-morning. He finds group work very hard and usually works alone.",
            "E": "By July 2027 Leon will stay awake and join in with every morning lesson on at least 4 days out of 5, as recorded by his class teacher.\nLeon will engage more with his peers.",
            "G": "His class teacher will give Leon a 10-minute quiet rest in the book corner at 10.30am every school day, for the school year 2026-27. The school nurse will meet Leon's parents for 45 minutes in October 2026 and again in January 2027 to review his sleep diary. A teaching assistant trained in autism by the specialist teaching service will run a 20-minute social skills group for Leon and two friends every Tuesday and Thursday, for the school year 2026-27.",
        },
        expected=(
            ("drug_name", "C", "melatonin"),
            ("outcome_not_smart", "E", "Leon will engage more with his peers."),
        ),
        tags=("drug_name", "outcome_not_smart"),
    ),
    Case(
        name="cp-year9-slt-acronym-no-duration",
        sections={
            "C": "Connor (Year 9) has cerebral palsy and uses a talking computer (a communication aid) to speak. He cannot yet use it quickly enough to answer questions in class. His wheelchair seating no longer fits him and he slumps by the afternoon.",
            "E": "By July 2027 Connor will answer at least one question in every lesson using his communication aid, as recorded on his weekly tracker.\nBy the end of Year 9 Connor will sit upright through every afternoon lesson on at least 4 days out of 5.",
            "G": "The SLT will see Connor at school every fortnight to add vocabulary to his communication aid for each subject. The wheelchair service will measure Connor and fit new seating in one appointment in November 2026, then check it once a term until July 2027.",
        },
        expected=(
            ("acronym", "G", "SLT"),
            (
                "no_duration",
                "G",
                "The SLT will see Connor at school every fortnight to add vocabulary to his communication aid for each subject.",
            ),
        ),
        tags=("acronym", "no_duration"),
    ),
]

# Plan cases (C, E, G), part 5: clean.
BLIND += [
    Case(
        name="down-syndrome-post19-each-change-of-setting",
        sections={
            "C": "Mason is 21 and has Down syndrome and a learning disability. He attends an adult learning centre three days a week and a day service two days a week. He finds changes of place and staff hard and can refuse to get off the minibus. He has started to lose his hearing, and now misses instructions in noisy rooms.",
            "E": "By July 2027 Mason will get off the minibus and go into each setting within 5 minutes of arriving on at least 9 days out of 10, as recorded in his travel log.\nBy the end of his course in July 2027 Mason will follow two-step instructions in the workshop on 4 out of 5 occasions, wearing his hearing aids, as recorded by his tutor.",
            "G": "His key worker at the learning centre, trained by the community learning disability nurse, will meet Mason off the minibus at each change of setting with his photo card showing where he is and who he will see, on every attendance day until July 2027. The community learning disability nurse will review the plan with both settings for an hour once a term, until July 2027. The adult audiology service will fit hearing aids in October 2026 and check them at six and twelve months; his tutor, trained by the audiologist in a 30-minute session in October 2026, will check the aids are in and working at the start of each session until July 2027.",
        },
        tags=("clean",),
    ),
    Case(
        name="tourettes-year5-cbit-expanded",
        sections={
            "C": "Freya is in Year 5 and has Tourette's syndrome. Her tics include blinking, shoulder shrugs and a sniffing sound. She is embarrassed when other children copy her tics and she has stopped putting her hand up in class.",
            "E": "By July 2027 Freya will put her hand up to answer a question at least once a day, on 4 days out of 5, as recorded by her class teacher.\nBy the end of the 8 weeks of therapy (March 2027) Freya will use her competing response (a movement that makes the tic hard to do) for her shoulder tic on at least half of the occasions she feels it coming, as she records in her session diary.",
            "G": "A clinical psychologist from the children's neurodevelopmental service will see Freya for comprehensive behavioural intervention for tics (CBIT) - a talking and practice therapy that teaches her to notice a tic coming and do another movement instead - in 8 weekly 50-minute sessions in the spring term 2027. Her class teacher, with the psychologist's help, will give a 20-minute talk about tics to Freya's class once in October 2026 and again in April 2027, with Freya's agreement. A teaching assistant trained by the psychologist will meet Freya for 10 minutes every Friday to talk about how the week went, for the school year 2026-27.",
        },
        tags=("clean",),
    ),
    Case(
        name="cp-spasticity-dashes-and-assistant-rota",
        sections={
            "C": "Lewis (Year 6) has cerebral palsy with spasticity - stiff, tight muscles that pull his arms and legs into bent positions. He needs daily stretches and splints to stop his muscles getting shorter. He uses a walker at school but gets tired on the long corridor to the hall.",
            "E": "By July 2027 Lewis will wear his leg splints for at least 4 hours every school day, as recorded on his splint chart.\nBy the end of Year 6 Lewis will walk with his walker to the hall for assembly and lunch every day, taking no more than 5 minutes each way.",
            "G": "The three teaching assistants on the weekly rota, each trained by the children's physiotherapist, will do Lewis's 20-minute stretching programme at 9am and put on his leg splints after it, every school day for the school year 2026-27. The physiotherapist will visit for 45 minutes every half term to review the programme and retrain any new assistant on the rota, for the school year 2026-27. A trained assistant on the rota will walk with Lewis to the hall and back, with a rest on the chair placed half way, every morning and lunchtime, for the school year 2026-27.",
        },
        tags=("clean",),
    ),
    Case(
        name="adhd-expanded-only-in-outcomes",
        sections={
            "C": "Daisy (Year 9) has ADHD. She finds it hard to start written tasks and often sits without starting for most of the lesson. She loses track of homework deadlines. She says her mind races at night and she cannot get to sleep until after midnight.",
            "E": "By July 2027 I will start each written task within 5 minutes in 4 out of 5 lessons, using my task planner, as checked by my teachers on my weekly attention deficit hyperactivity disorder (ADHD) tracker.\nBy the end of Year 9 I will hand in at least 9 out of 10 pieces of homework on time, as shown on the school's homework system.\nBy July 2027 I will be asleep by 10.30pm on at least 5 nights a week, as recorded in my sleep diary.",
            "G": "Her subject teachers will give Daisy a printed task planner with the first step written in for every written task, in every lesson for the school year 2026-27. Her form tutor will go through her homework deadlines with her for 10 minutes every Monday morning, for the school year 2026-27. The children's ADHD nurse will see Daisy in clinic for 30 minutes once a month from October 2026 to January 2027 to work through a sleep plan with her, then every three months until July 2027.",
        },
        tags=("clean",),
    ),
    Case(
        name="cochlear-college-glossary-acronym",
        sections={
            "C": "Nathan is 17 and has bilateral CIs. In large workshop rooms with machines running he cannot follow spoken instructions. He also relies on lip-reading, which is hard when tutors face the board.",
            "E": "By the end of the first term of his engineering course (December 2026) Nathan will follow workshop safety briefings fully, as shown by passing every safety check first time.\nBy July 2027 Nathan will understand at least 90% of each theory lesson, as measured by his end-of-lesson quiz scores.",
            "G": "His college learning support assistant, qualified as a communication support worker, will give Nathan a written summary of every workshop briefing and sit with him in every workshop session, for the college year 2026-27. His tutors will face the class when speaking and wear his radio aid microphone in every theory lesson, for the college year 2026-27. The college's qualified teacher of the deaf will observe one lesson each half term and give tutors feedback, for the college year 2026-27.\nGlossary: CI - cochlear implant, a hearing device placed under the skin behind the ear; bilateral - in both ears.",
        },
        tags=("clean",),
    ),
    Case(
        name="lennox-gastaut-special-school-vns-magnet",
        sections={
            "C": "Amelia is 12 and attends a special school. She has Lennox-Gastaut syndrome, a severe epilepsy. She has several tonic seizures a day - her whole body goes stiff for a few seconds - and she can fall and hurt herself. She has a vagus nerve stimulator (a small device under the skin of her chest that can stop a seizure when a magnet is swiped over it). Her seizures leave her drowsy and she misses learning.",
            "E": "By July 2027 Amelia will have no injuries from seizure falls at school, as recorded in the school's accident log.\nBy July 2027 Amelia will take part in at least two of her three morning learning sessions each day, on 4 days out of 5, as recorded on her class chart.",
            "G": "Two teaching assistants trained by the epilepsy specialist nurse will stay with Amelia at all times during the school day and swipe the magnet over her stimulator whenever a seizure starts, for the school year 2026-27. A physiotherapist from the children's therapy service will fit her with a protective helmet once in September 2026 and check the fit every term, for the school year 2026-27. Her class teacher will plan her learning in short 15-minute blocks across three morning sessions and repeat a block she misses after a seizure, every school day for the school year 2026-27.",
        },
        tags=("clean",),
    ),
    Case(
        name="chronic-fatigue-phased-timetable-12-weeks",
        sections={
            "C": "Ayesha (Year 7) has had chronic fatigue since a viral illness last year. She can manage a morning in school but crashes if she does a full day, and then misses the next few days. Because she missed much of Year 6, she is anxious about making friends.",
            "E": "By the end of the 12-week return plan (December 2026) Ayesha will attend every morning and two full days a week, with no more than one missed day each fortnight.\nBy July 2027 I will have two friends I sit with at lunch, as I will tell my head of year at our termly review.",
            "G": "Her head of year will follow this timetable for a 12-week phased return starting on 7 September 2026: weeks 1-4 mornings only; weeks 5-8 mornings and one full day; weeks 9-12 mornings and two full days. The children's fatigue service physiotherapist will meet Ayesha for 45 minutes every fortnight during the 12 weeks, then once a month until July 2027, to plan her energy use. Her head of year will set up a lunchtime club with three other Year 7 pupils that Ayesha will join every Tuesday and Thursday for the autumn and spring terms 2026-27.",
        },
        tags=("clean",),
    ),
    Case(
        name="sickle-cell-college-while-at-college",
        sections={
            "C": "Samuel is 18 and studying plumbing at college. He has sickle cell disease and gets painful episodes when he is cold, dehydrated or overtired. He has missed practical assessments because of hospital stays and needs to make them up. He works on building sites in winter for his placement.",
            "E": "By July 2027 Samuel will have completed every practical assessment for his first year, including any made up after an absence, as shown on his course tracker.\nBy the end of his placement in March 2027 Samuel will have worked every placement day in winter without a pain episode caused by cold, as recorded in his placement diary.",
            "G": "His course tutor will rebook each missed practical assessment within four weeks of his return, every time he misses one, while he is at college. The college's placement officer will agree with the placement employer, in writing in October 2026, that Samuel works indoors when it is below 5 degrees and has a hot drink break every two hours, for the whole placement until March 2027. The haemoglobinopathy clinical nurse specialist will meet Samuel and his course tutor for 30 minutes once a term while he is at college, to review his plan.",
        },
        tags=("clean",),
    ),
    Case(
        name="spina-bifida-nursery-each-nappy-change",
        sections={
            "C": "Evelyn is two and a half and has spina bifida. She has no feeling below her waist and cannot tell when her skin is rubbed or hurt. Her feet turn inwards and she wears boots with supports at all times. She cannot sit on the floor without falling sideways.",
            "E": "By the time she starts Reception in September 2028, Evelyn will sit on the floor at carpet time for 10 minutes without support, as recorded by her key person.\nBy July 2027 Evelyn will have had no skin sores at nursery, as recorded on her skin check chart.\nBy July 2027 Evelyn will wear her boots for the whole nursery day with no red marks when they come off, on 9 days out of 10.",
            "G": "Her key person, trained by the children's community nurse, will check Evelyn's skin and her boots for rubbing at each nappy change, every nursery day until she leaves in July 2028. The children's physiotherapist will visit once a month for 45 minutes and show her key person sitting games that the key person will do with her for 10 minutes twice each day, until July 2028. The orthotist - the specialist who makes her boots and supports - will check the fit at the hospital clinic every three months until July 2028.",
        },
        tags=("clean",),
    ),
    Case(
        name="gdd-gastrostomy-bracketed-special-school",
        sections={
            "C": "Kayden is six and attends a special school. He has global developmental delay and is fed through a gastrostomy (a tube that goes through his tummy wall into his stomach). He pulls at the tube when he is bored. He does not yet use any words and communicates by crying and reaching.",
            "E": "By July 2027 Kayden will keep his hands away from his tube during every lunchtime feed, holding a sensory toy instead, on 4 days out of 5.\nBy the end of Year 1 Kayden will choose between two objects of reference to ask for food or play, on 4 out of 5 occasions, as recorded on his communication chart.",
            "G": "Two classroom assistants trained and signed off by the children's community nursing team will give his tube feeds at 10am and 12.30pm every school day and give him a sensory toy to hold during each feed, for the school year 2026-27. A children's community nurse will check the assistants' competence every six months, in September 2026 and March 2027. A speech and language therapist will set up objects of reference (real objects that stand for an activity, such as a spoon for lunch) with his class team in a one-hour session in September 2026 and review them for 30 minutes every half term, for the school year 2026-27.",
        },
        tags=("clean",),
    ),
    Case(
        name="autism-school-avoidance-attendance-measured",
        sections={
            "C": "Lottie is 14 (Year 9) and is autistic. Since the spring she has been unable to get into school most days because of high anxiety - her school calls this emotionally based school avoidance (EBSA). When she is in school, corridors at changeover are the hardest time for her.",
            "E": "By the end of the spring term 2027 Lottie will attend at least 60% of sessions, as measured by the school register each half term.\nBy July 2027 Lottie will move between lessons using the staff corridor, arriving at each lesson within 5 minutes of it starting, on 4 days out of 5.",
            "G": "A mental health practitioner from the child and adolescent mental health service will see Lottie for 50 minutes every week, for 12 weeks from October 2026, then every fortnight until July 2027. Her key adult, a learning mentor trained in anxiety by the school's educational psychologist, will meet Lottie at the gate at 8.40am on every day she attends and agree that day's timetable with her, for the school year 2026-27. Her head of year will give her a pass to use the staff corridor at every lesson change, for the school year 2026-27.",
        },
        tags=("clean",),
    ),
    Case(
        name="arfid-year4-at-every-meal",
        sections={
            "C": "Harry (Year 4) has avoidant restrictive food intake disorder (ARFID): he eats only a small number of foods and becomes very anxious when new foods are near him. He eats very little at school and is tired and irritable in the afternoons. The hospital dietitian already keeps a check on his weight.",
            "E": "By July 2027 Harry will eat his full packed lunch on at least 4 days out of 5, as recorded by his teaching assistant.\nBy the end of Year 4 Harry will sit at a table where other children have school dinners, for the whole lunchtime, at least twice a week.",
            "G": "A teaching assistant trained by the paediatric dietitian will sit with Harry at every meal in school, including snack time, and record what he eats, for the school year 2026-27. The same assistant will follow the dietitian's plan for sitting near new foods, moving Harry's seat one table closer each half term, for the school year 2026-27. The paediatric dietitian will see Harry in clinic every eight weeks and send the school an updated plan after each appointment, until the annual review in June 2027.",
        },
        tags=("clean",),
    ),
    Case(
        name="t1-diabetes-year2-hypoglycaemia-which-means",
        sections={
            "C": "Rory (Year 2) has type 1 diabetes and uses a pump and a blood sugar sensor. He is at risk of hypoglycaemia, which means his blood sugar drops too low and he can become shaky, pale and confused. He is too young to recognise this himself. He gets upset when he has to leave class for checks.",
            "E": 'By July 2027 Rory will say "I feel funny" to an adult when he feels shaky, on at least 3 out of 4 occasions, as recorded in his diabetes log.\nBy the end of Year 2 Rory will have his sensor checked in class without leaving the room on every school day.',
            "G": "Two teaching assistants trained by the children's diabetes nurse will check his sensor on their phone at 9am, 10.15am, 11.45am, 1pm and 2.30pm every school day, in the classroom, for the school year 2026-27. If his reading is below 4 or he looks pale or shaky, a trained assistant will give him the fast-acting sugar from his emergency sugar box and recheck after 15 minutes, as set out in his care plan, for the school year 2026-27. The diabetes nurse will update the care plan and retrain the assistants once a term, in a one-hour visit, for the school year 2026-27.",
        },
        tags=("clean",),
    ),
    Case(
        name="myotonic-dystrophy-every-science-practical",
        sections={
            "C": "Ellie is 16 and in the first year of sixth form. She has myotonic dystrophy, a muscle condition that makes her hand muscles slow to relax after gripping and tires her easily. She cannot handle glassware safely in science practicals. She falls asleep in afternoon lessons.",
            "E": "By July 2027 Ellie will complete every required chemistry practical, directing a lab partner where needed, as recorded in her practical endorsement log.\nBy the end of Year 12 Ellie will stay awake through every afternoon lesson on at least 4 days out of 5, as recorded by her sixth form tutor.",
            "G": "A science technician trained by the school's occupational therapist will act as Ellie's hands, following her instructions, in every chemistry and biology practical, for the school year 2026-27. Her head of sixth form will put her study periods at 1pm on three days a week, when she can rest in the sixth form quiet room for 30 minutes, for the school year 2026-27. The neuromuscular care advisor will meet Ellie and her tutor for 45 minutes once a term, for the school year 2026-27, to review her fatigue.",
        },
        tags=("clean",),
    ),
    Case(
        name="no-health-needs-said-clearly",
        sections={
            "C": "Tilly has no health needs relating to her special educational needs. She was seen by the community paediatrician in March 2026, who found her general health, growth, hearing and vision to be normal.",
            "E": "No health outcomes are needed.",
            "G": "No health provision is needed.",
        },
        tags=("clean",),
    ),
    Case(
        name="trauma-year10-camhs-expanded-later",
        sections={
            "C": "Reece (Year 10) is looked after by the local authority and has had many moves. CAMHS have diagnosed post-traumatic stress disorder after what happened to him before he came into care. He has flashbacks in lessons when there is shouting or a sudden bang, and then he leaves the room. He is not sleeping well and is late most mornings.",
            "E": "By July 2027 Reece will use his grounding card (a card with steps to calm himself) and go to the agreed room, rather than leaving the building, whenever he has a flashback, on every occasion, as recorded by his key adult.\nBy the end of Year 10 Reece will arrive by 8.45am on at least 4 days out of 5, as shown in the register.",
            "G": "A clinical psychologist from the child and adolescent mental health services (CAMHS) looked-after children's team will see Reece for trauma-focused therapy in 50-minute sessions every week from October 2026 to March 2027. His key adult, a pastoral manager trained by the CAMHS psychologist in a two-hour session in September 2026, will meet him for 10 minutes at the start of every school day and be on call for him whenever he has a flashback, for the school year 2026-27. His foster carers and the CAMHS psychologist will agree a bedtime plan at his first session in October 2026 and review it every six weeks until March 2027.",
        },
        tags=("clean",),
    ),
    Case(
        name="asthma-nursery-before-outdoor-play",
        sections={
            "C": "Zac is three and has severe asthma. Cold air and running about outdoors can bring on coughing and wheezing, and he then needs his reliever inhaler with a spacer (a plastic tube that helps him breathe in the medicine). He has been admitted to hospital twice this year.",
            "E": 'By July 2027 Zac will play outdoors for the whole of every outdoor session with no asthma attack needing an ambulance, as recorded in the nursery\'s medicine log.\nBy the time he moves to the pre-school room in September 2027 Zac will tell an adult "my chest is tight" when he is wheezy, on 3 out of 4 occasions.',
            "G": "His key person, trained by the children's respiratory nurse, will give Zac two puffs of his reliever inhaler through his spacer 15 minutes before each outdoor play session in cold weather (below 8 degrees), and whenever he coughs or wheezes, until he moves rooms in September 2027. The children's respiratory nurse will train all room staff once a term, for 45 minutes, from September 2026 to July 2027. His key person will practise the words \"my chest is tight\" with Zac in a picture book at every morning circle time, until September 2027.",
        },
        tags=("clean",),
    ),
    Case(
        name="tracheostomy-year4-headed-line-up",
        sections={
            "C": "Breathing safely\nNiamh (Year 4) has had a tracheostomy - a tube in her neck that she breathes through - since she was a baby. Her tube can block and she may need suction or an emergency tube change.\n\nSpeaking\nShe uses a speaking valve (a small cap on her tube that lets her use her voice) for part of the day, but her voice is quiet.\n\nJoining in\nShe cannot swim or play in the sandpit because water or sand must not get into her tube, and she feels left out.",
            "E": "Breathing safely\nBy July 2027 Niamh will tell an adult whenever her tube feels blocked, on every occasion, as recorded in her care log.\n\nSpeaking\nBy July 2027 Niamh will read aloud to her class with her speaking valve and a small amplifier, being heard at the back of the room, in 4 out of 5 reading sessions.\n\nJoining in\nBy the end of Year 4 Niamh will take part in a water-free alternative during every swimming and sand activity, choosing it herself.",
            "G": "Breathing safely\nOne of three carers trained and signed off by the children's community nursing team will be with Niamh at all times in school and on trips, giving suction or changing her tube whenever it blocks, for the school year 2026-27.\n\nSpeaking\nA speech and language therapist will fit and check her speaking valve and amplifier in school for 30 minutes every half term, for the school year 2026-27.\n\nJoining in\nHer class teacher will plan a water-free alternative (for example, coaching from the poolside or a dry sensory tray) for every swimming lesson and sand activity, for the school year 2026-27.",
        },
        tags=("clean",),
    ),
]

# Divided advice (needs, outcomes, provision, author), part 1: faulty.
BLIND += [
    Case(
        name="advice-physio-cp-no-author-no-frequency",
        kind="advice",
        sections={
            "needs": "Mohammed (Year 3) has cerebral palsy affecting his legs. He walks with sticks and tires on long distances. His calf muscles are tight and he needs stretching to keep his ankles moving.",
            "outcomes": "By July 2027 Mohammed will walk from his classroom to the dining hall with his sticks, without stopping, on 4 days out of 5.\nBy the end of Year 3 Mohammed will keep his ankles bending to the angle set by his physiotherapist, as measured at his termly review.",
            "provision": "A teaching assistant trained by the children's physiotherapist will do a 15-minute stretching programme with Mohammed, for the school year 2026-27. The children's physiotherapist will review his walking and stretches in school for 45 minutes once a term, for the school year 2026-27.",
        },
        expected=(
            (
                "no_frequency",
                "provision",
                "A teaching assistant trained by the children's physiotherapist will do a 15-minute stretching programme with Mohammed, for the school year 2026-27.",
            ),
            ("advice_no_author", "author", ""),
        ),
        tags=("no_frequency", "advice_no_author"),
    ),
    Case(
        name="advice-paediatrician-no-date-continence-no-provision",
        kind="advice",
        sections={
            "needs": "Sienna is six and has Down syndrome. She is not yet dry in the day and becomes upset when she has an accident at school. She also has constipation, which gives her tummy pain and makes her grumpy in the afternoons. Her speech is unclear to people who do not know her.",
            "outcomes": "By July 2027 Sienna will be dry at school on 3 days out of 5, as recorded on her toilet chart.\nBy July 2027 Sienna will have no more than one afternoon a week when tummy pain stops her joining in, as recorded by her class teacher.\nBy the end of Year 2 Sienna will be understood by a new adult in 3 out of 4 short conversations.",
            "provision": "A teaching assistant trained by the bladder and bowel nurse will take Sienna to the toilet after every break and lunch, every school day for the school year 2026-27. The speech and language therapist will see Sienna in school for 30 minutes every fortnight for the school year 2026-27, and will give her teaching assistant a 10-minute daily programme.",
            "author": "Dr Olivia Marsh, consultant community paediatrician, Larchfield Child Development Centre",
        },
        expected=(
            (
                "golden_thread",
                "needs",
                "She also has constipation, which gives her tummy pain and makes her grumpy in the afternoons.",
            ),
            (
                "advice_no_author",
                "author",
                "Dr Olivia Marsh, consultant community paediatrician, Larchfield Child Development Centre",
            ),
        ),
        tags=("golden_thread", "advice_no_author"),
    ),
    Case(
        name="advice-ot-name-only-no-duration",
        kind="advice",
        sections={
            "needs": "Bella (Year 5) has hypermobility and developmental coordination disorder. Her fingers bend back when she writes, and her hand hurts after five minutes of handwriting. She cannot keep up with copying in lessons.",
            "outcomes": "By July 2027 Bella will write for 15 minutes without pain, using her pencil grip and sloping board, as she tells her teaching assistant at the end of each lesson.\nBy July 2027 Bella will complete copying tasks using a printed sheet or photo on her tablet in every lesson.",
            "provision": "Her class teacher will give her a printed copy of any text on the board, or let her photograph it, in every lesson for the school year 2026-27. A teaching assistant trained by me will do a 10-minute hand strengthening programme with Bella three times a week.",
            "author": "Megan Price, 9 November 2026",
        },
        expected=(
            (
                "no_duration",
                "provision",
                "A teaching assistant trained by me will do a 10-minute hand strengthening programme with Bella three times a week.",
            ),
            ("advice_no_author", "author", "Megan Price, 9 November 2026"),
        ),
        tags=("no_duration", "advice_no_author"),
    ),
    Case(
        name="advice-team-signature-passive-provision",
        kind="advice",
        sections={
            "needs": "Josh is 15 and has Duchenne muscular dystrophy. He cannot lift his arms above shoulder height and needs help to eat lunch and to put on his coat. He finds being helped in front of friends embarrassing.",
            "outcomes": "By July 2027 Josh will eat his lunch using his arm support and adapted cutlery, needing help only to cut up food, on 4 days out of 5.\nBy July 2027 Josh will direct his assistant to help him with his coat in the quiet area by the lift at every home time.",
            "provision": "Adapted cutlery and an arm support will be set up at every lunchtime, for the school year 2026-27. A teaching assistant trained by the occupational therapist will help Josh with his coat in the quiet area by the lift at the end of every school day, for the school year 2026-27.",
            "author": "Children's occupational therapy team, 20 October 2026",
        },
        expected=(
            (
                "no_provider",
                "provision",
                "Adapted cutlery and an arm support will be set up at every lunchtime, for the school year 2026-27.",
            ),
            (
                "advice_no_author",
                "author",
                "Children's occupational therapy team, 20 October 2026",
            ),
        ),
        tags=("no_provider", "advice_no_author"),
    ),
    Case(
        name="advice-audiology-no-author-better-hearing-outcome",
        kind="advice",
        sections={
            "needs": "Oscar is four and has a moderate hearing loss in both ears. He wears two hearing aids. In nursery he often pulls them out during outdoor play, and then he cannot hear his name called.",
            "outcomes": "Oscar will hear better at nursery.\nBy July 2027 Oscar will keep his hearing aids in throughout outdoor play on 4 days out of 5, with a clip and cord, as recorded by his key person.",
            "provision": "His key person, trained by the teacher of the deaf, will check his hearing aids at the start of every nursery session and after every outdoor play, until he starts school in September 2027. The paediatric audiologist will test his hearing and adjust his aids at the hospital clinic every four months until September 2027.",
        },
        expected=(
            ("outcome_not_smart", "outcomes", "Oscar will hear better at nursery."),
            ("advice_no_author", "author", ""),
        ),
        tags=("outcome_not_smart", "advice_no_author"),
    ),
    Case(
        name="advice-salt-regular-review-no-date",
        kind="advice",
        sections={
            "needs": "Lola (Year 1) has a severe speech sound difficulty. Adults outside her family understand very little of what she says, and she has started to go quiet in class.",
            "outcomes": "By July 2027 Lola will be understood by her class teacher in at least half of what she says during news time, as recorded on a termly recording.\nBy the end of Year 1 Lola will answer a question in front of the class at least once a day, on 4 days out of 5.",
            "provision": "I will see Lola in school for 30 minutes every two weeks for the school year 2026-27, and set targets for her teaching assistant. Her teaching assistant, trained by me, will give regular practice of her speech sounds, for the school year 2026-27. Her class teacher will give Lola a picture card to hold up when she wants to answer, in every lesson for the school year 2026-27.",
            "author": "Chloe Adeyemi, speech and language therapist",
        },
        expected=(
            ("unspecified_provision", "provision", "regular"),
            (
                "no_frequency",
                "provision",
                "Her teaching assistant, trained by me, will give regular practice of her speech sounds, for the school year 2026-27.",
            ),
            ("advice_no_author", "author", "Chloe Adeyemi, speech and language therapist"),
        ),
        tags=("unspecified_provision", "no_frequency", "advice_no_author"),
    ),
    Case(
        name="advice-epilepsy-nurse-no-role-acronym",
        kind="advice",
        sections={
            "needs": "Zain (Year 7) has juvenile myoclonic epilepsy. He has sudden jerks of his arms in the morning, especially when he is tired, and he can drop things. He has had two tonic-clonic seizures (when he falls, goes stiff and shakes) at home and could have one at school. Flashing lights on screens can set off his seizures.",
            "outcomes": "By July 2027 Zain will have had no injuries from dropped equipment in science and technology, as recorded in the school's accident log.\nBy July 2027 Zain will use his screen filter in every computing lesson, as checked by his computing teacher each half term.\nBy July 2027 Zain will carry his seizure card in his blazer every school day, as checked by his form tutor each Monday.",
            "provision": "His science and technology teachers will give Zain plastic equipment in place of glass and keep him away from hot liquids in every practical lesson, for the school year 2026-27. His computing teacher will fit a screen filter and set his screen to a low brightness at the start of every computing lesson, for the school year 2026-27. Two first aiders trained by the ESN will follow his seizure plan whenever he has a seizure, for the school year 2026-27.",
            "author": "Grace Tan, 2 December 2026",
        },
        expected=(
            ("acronym", "provision", "ESN"),
            ("advice_no_author", "author", "Grace Tan, 2 December 2026"),
        ),
        tags=("acronym", "advice_no_author"),
    ),
    Case(
        name="advice-respiratory-no-author-jargon",
        kind="advice",
        sections={
            "needs": "Ada is 10 and has cystic fibrosis. She needs to clear mucus from her chest with airway clearance exercises twice in the school day. Her oxygen saturations drop when she has an infection, and she becomes breathless on stairs.",
            "outcomes": "By July 2027 Ada will do her airway clearance at 10.30am and 1.30pm on 9 school days out of 10, as recorded on her chart.\nBy the end of Year 6 Ada will get to every upstairs lesson using the lift when she is breathless, arriving on time, as checked by her class teacher.",
            "provision": "A teaching assistant trained by the cystic fibrosis physiotherapist will supervise Ada's 20-minute airway clearance at 10.30am and 1.30pm every school day, for the school year 2026-27. Her class teacher will give Ada a lift pass in September 2026 for the school year 2026-27.",
        },
        expected=(
            ("jargon", "needs", "saturations"),
            ("advice_no_author", "author", ""),
        ),
        tags=("jargon", "advice_no_author"),
    ),
    Case(
        name="advice-adhd-clinic-no-date-brand-name",
        kind="advice",
        sections={
            "needs": "Tyler (Year 4) has attention deficit hyperactivity disorder. He takes Medikinet before school, which helps in the mornings but wears off after lunch. In the afternoons he leaves his seat often and does little work.",
            "outcomes": "By July 2027 Tyler will finish at least half of each afternoon task on 4 days out of 5, as recorded by his class teacher.",
            "provision": "His class teacher will give Tyler a 3-minute movement job (taking the register to the office, handing out books) at 1.30pm and 2.15pm every afternoon, for the school year 2026-27. I will review his medicine and his school's report in clinic every three months until July 2027.",
            "author": "Dr Ben Carter, consultant paediatrician (neurodevelopment)",
        },
        expected=(
            ("drug_name", "needs", "Medikinet"),
            (
                "advice_no_author",
                "author",
                "Dr Ben Carter, consultant paediatrician (neurodevelopment)",
            ),
        ),
        tags=("drug_name", "advice_no_author"),
    ),
    Case(
        name="advice-dietitian-no-author-extra-provision",
        kind="advice",
        sections={
            "needs": "Leah is 12 and has cerebral palsy. She is underweight because eating takes her a long time and she runs out of time at lunch.",
            "outcomes": "By July 2027 Leah will finish a full school lunch within her extended lunchtime on at least 4 days out of 5, as recorded by her teaching assistant.",
            "provision": "Her head of year will let Leah start lunch 15 minutes early and take up to 45 minutes, every school day for the school year 2026-27, with a teaching assistant trained by the speech and language therapist sitting with her. A physiotherapist will give Leah a 30-minute swimming session every Wednesday, for the school year 2026-27.",
        },
        expected=(
            (
                "golden_thread",
                "provision",
                "A physiotherapist will give Leah a 30-minute swimming session every Wednesday, for the school year 2026-27.",
            ),
            ("advice_no_author", "author", ""),
        ),
        tags=("golden_thread", "advice_no_author"),
    ),
    Case(
        name="advice-team-signature-staff-support",
        kind="advice",
        sections={
            "needs": "Harrison is 16 and at college. He has spina bifida and needs to use a catheter (a thin tube to empty his bladder) four times a day. He can do this himself but needs a clean private place.",
            "outcomes": "By the end of the autumn term 2026 Harrison will use his catheter by himself at every set time during college, as he records on his app.",
            "provision": "Staff will make sure the accessible toilet in the engineering block is kept clean and free at his set times.",
            "author": "Bladder and bowel service, Brackenfield Community Trust, 5 October 2026",
        },
        expected=(
            (
                "no_provider",
                "provision",
                "Staff will make sure the accessible toilet in the engineering block is kept clean and free at his set times.",
            ),
            (
                "no_duration",
                "provision",
                "Staff will make sure the accessible toilet in the engineering block is kept clean and free at his set times.",
            ),
            (
                "advice_no_author",
                "author",
                "Bladder and bowel service, Brackenfield Community Trust, 5 October 2026",
            ),
        ),
        tags=("no_provider", "no_duration", "advice_no_author"),
    ),
    Case(
        name="advice-camhs-worker-friendships-no-outcome",
        kind="advice",
        sections={
            "needs": "Maryam (Year 6) is autistic and has high anxiety about moving to secondary school. She has started biting her nails until they bleed. She has no close friends and plays alone at break.",
            "outcomes": "By the start of Year 7 in September 2027 Maryam will have visited her new school at least three times and will rate her worry about moving as 5 or less out of 10.\nBy July 2027 Maryam will use her fidget toy instead of biting her nails in at least 4 out of 5 lessons, as recorded by her teaching assistant.",
            "provision": "I will see Maryam for six 45-minute sessions every fortnight in the spring term 2027 to work on her worries about moving schools. Her class teacher will arrange three visits to her new school, with her teaching assistant, in May, June and July 2027. Her teaching assistant, trained by me in a one-hour session in January 2027, will give her a fidget toy at the start of every lesson and run a 15-minute lunchtime games club with two classmates every Monday and Wednesday, for the school year 2026-27.",
            "author": "Fatima Hussain, mental health practitioner, children and young people's mental health service, 18 December 2026",
        },
        expected=(
            ("golden_thread", "needs", "She has no close friends and plays alone at break."),
        ),
        tags=("golden_thread",),
    ),
    Case(
        name="advice-orthoptist-reading-need-with-neither",
        kind="advice",
        sections={
            "needs": "Riley (Year 2) has a squint and wears glasses with a patch over his stronger eye for two hours each day. While he wears the patch, he finds it hard to see the board and bumps into things. He has fallen behind with reading and mixes up letters.",
            "outcomes": "Riley will be happy to wear his patch.\nBy July 2027 Riley will wear his patch for two hours every school day, as recorded on his patch chart.",
            "provision": "His class teacher will put Riley's patch on at 9am and take it off at 11am every school day, and will seat him at the front and give him printed copies of board work while he wears it, for the school year 2026-27. The orthoptist will check his eyes at the hospital clinic every eight weeks until July 2027.",
            "author": "Kirsty Lane, orthoptist, Hollins Vale Hospital eye clinic, 7 October 2026",
        },
        expected=(
            ("outcome_not_smart", "outcomes", "Riley will be happy to wear his patch."),
            ("golden_thread", "needs", "He has fallen behind with reading and mixes up letters."),
        ),
        tags=("outcome_not_smart", "golden_thread"),
    ),
    Case(
        name="advice-sickle-cell-may-need-breaks",
        kind="advice",
        sections={
            "needs": "Daniel (Year 10) has sickle cell disease. He gets tired easily because of his anaemia (fewer red blood cells than usual), and he gets pain in his legs when he is cold or dehydrated.",
            "outcomes": "By July 2027 Daniel will attend at least 95% of his lessons, as measured by the school register each half term.\nBy July 2027 Daniel will drink a full 750ml bottle of water before lunch every school day, as he records on his phone.",
            "provision": "He may have a rest in the library, for the school year 2026-27. His form tutor, trained by the haemoglobinopathy nurse, will check his water bottle at registration and after period 3 every school day, for the school year 2026-27.",
            "author": "Aisha Bello, haemoglobinopathy clinical nurse specialist, 11 November 2026",
        },
        expected=(
            ("unspecified_provision", "provision", "may"),
            (
                "no_frequency",
                "provision",
                "He may have a rest in the library, for the school year 2026-27.",
            ),
            (
                "no_provider",
                "provision",
                "He may have a rest in the library, for the school year 2026-27.",
            ),
        ),
        tags=("unspecified_provision", "no_frequency", "no_provider"),
    ),
    Case(
        name="advice-physio-input-from",
        kind="advice",
        sections={
            "needs": "Owen is eight and has spinal muscular atrophy, a condition that weakens his muscles. He uses a powered wheelchair and cannot change position himself. He gets stiff and sore if he sits in one position all day.",
            "outcomes": "By July 2027 Owen will spend 30 minutes out of his wheelchair in his standing frame or on his side-lying wedge every school day, as recorded on his positioning chart.",
            "provision": "Owen will receive input from the children's physiotherapy team for the school year 2026-27. Two teaching assistants trained by the children's physiotherapist will move Owen into his standing frame for 15 minutes at 10am and onto his wedge for 15 minutes at 2pm every school day, for the school year 2026-27.",
            "author": "Callum Evans, children's physiotherapist, 23 September 2026",
        },
        expected=(
            ("unspecified_provision", "provision", "input from"),
            (
                "no_frequency",
                "provision",
                "Owen will receive input from the children's physiotherapy team for the school year 2026-27.",
            ),
        ),
        tags=("unspecified_provision", "no_frequency"),
    ),
    Case(
        name="advice-dietitian-weekly-weighing-no-duration",
        kind="advice",
        sections={
            "needs": "Harper (Year 8) has coeliac disease and must not eat any gluten. She has lost weight and feels left out at school events with food.",
            "outcomes": "Harper will feel included.\nBy July 2027 Harper will eat a gluten-free school lunch from the canteen on at least 4 days out of 5, as recorded by the catering manager.",
            "provision": "The catering manager, trained by the paediatric dietitian, will prepare a gluten-free lunch for Harper every school day and gluten-free food for every school event with food. The school nurse will weigh Harper at school once a month and send the weight to the dietitian, for the school year 2026-27.",
            "author": "Nadia Rossi, paediatric dietitian, 30 September 2026",
        },
        expected=(
            ("outcome_not_smart", "outcomes", "Harper will feel included."),
            (
                "no_duration",
                "provision",
                "The catering manager, trained by the paediatric dietitian, will prepare a gluten-free lunch for Harper every school day and gluten-free food for every school event with food.",
            ),
        ),
        tags=("outcome_not_smart", "no_duration"),
    ),
    Case(
        name="advice-ld-nurse-helper-no-frequency",
        kind="advice",
        sections={
            "needs": "Alex is 20, uses they/them, and has a learning disability and autism. They attend a college course for young adults. They do not recognise when they are unwell and did not tell anyone about a toothache for weeks. They find medical appointments frightening.",
            "outcomes": "By July 2027 Alex will use their health passport to tell a college tutor when something hurts, on every occasion, as recorded in their college health log.\nBy July 2027 Alex will attend their annual health check and a dental check-up, staying for the whole of each appointment.",
            "provision": "A college support worker will go through the body-map pain chart with Alex for the college year 2026-27. I will work with Alex and their tutor on a health passport in two one-hour sessions in October 2026, and I will go with Alex to their annual health check and dental check-up in early 2027, preparing them with a photo story beforehand.",
            "author": "Jo Whitfield, community learning disability nurse, 8 September 2026",
        },
        expected=(
            (
                "no_provider",
                "provision",
                "A college support worker will go through the body-map pain chart with Alex for the college year 2026-27.",
            ),
            (
                "no_frequency",
                "provision",
                "A college support worker will go through the body-map pain chart with Alex for the college year 2026-27.",
            ),
        ),
        tags=("no_provider", "no_frequency"),
    ),
    Case(
        name="advice-ot-sensory-acronym-no-duration",
        kind="advice",
        sections={
            "needs": "Noah (Year 3) has a diagnosis of ASD. He is very sensitive to touch and noise and becomes distressed in the dinner hall and at PE changing time.",
            "outcomes": "By July 2027 Noah will eat his lunch in the dinner hall, at the end table with ear defenders, on at least 3 days out of 5.\nBy July 2027 Noah will change for PE in the quiet room within 10 minutes, on 4 out of 5 occasions.",
            "provision": "His teaching assistant, trained by me, will take him to the quiet room to change before every PE lesson. His class teacher will give him ear defenders and a seat at the end table at every lunchtime, for the school year 2026-27.",
            "author": "Sunita Rao, children's occupational therapist, 14 January 2027",
        },
        expected=(
            ("acronym", "needs", "ASD"),
            (
                "no_duration",
                "provision",
                "His teaching assistant, trained by me, will take him to the quiet room to change before every PE lesson.",
            ),
        ),
        tags=("acronym", "no_duration"),
    ),
    Case(
        name="advice-paed-dravet-jargon-drug-passive",
        kind="advice",
        sections={
            "needs": "Erin is five and has Dravet syndrome. She has frequent febrile seizures and episodes of status epilepticus. She is on stiripentol and clobazam, given at home.",
            "outcomes": "By July 2027 Erin will join in every outdoor play session with her trained adult, as recorded in her home-school book.",
            "provision": "Her rescue medicine will be given if a seizure lasts five minutes, for the school year 2026-27. Her class teacher will check the classroom temperature at 9am, 11am and 1pm every school day and keep it below 22 degrees, for the school year 2026-27.",
            "author": "Dr Ruth Okonkwo, consultant paediatric neurologist, 4 November 2026",
        },
        expected=(
            ("jargon", "needs", "febrile"),
            ("jargon", "needs", "epilepticus"),
            ("drug_name", "needs", "stiripentol"),
            ("drug_name", "needs", "clobazam"),
            (
                "no_provider",
                "provision",
                "Her rescue medicine will be given if a seizure lasts five minutes, for the school year 2026-27.",
            ),
        ),
        tags=("jargon", "drug_name", "no_provider"),
    ),
    Case(
        name="advice-ot-fatigue-unnamed-duration-and-outcome",
        kind="advice",
        sections={
            "needs": "Iris (Year 9) has chronic fatigue syndrome. She can only manage half days and gets very tired carrying her books between lessons.",
            "outcomes": "Iris will manage her energy better.\nBy July 2027 Iris will attend every morning session on at least 4 days out of 5, as measured by the school register.",
            "provision": "Someone will carry Iris's books between lessons every day. Her head of year will agree a half-day timetable with Iris in September 2026 and review it with her and with me for 30 minutes every half term, for the school year 2026-27.",
            "author": "Laura Green, paediatric occupational therapist, fatigue service, 16 September 2026",
        },
        expected=(
            ("outcome_not_smart", "outcomes", "Iris will manage her energy better."),
            (
                "no_provider",
                "provision",
                "Someone will carry Iris's books between lessons every day.",
            ),
            (
                "no_duration",
                "provision",
                "Someone will carry Iris's books between lessons every day.",
            ),
        ),
        tags=("outcome_not_smart", "no_provider", "no_duration"),
    ),
]

# Divided advice (needs, outcomes, provision, author), part 2: clean.
BLIND += [
    Case(
        name="advice-tod-cochlear-every-phonics-lesson",
        kind="advice",
        sections={
            "needs": "Elsie is in Year 1 and has had cochlear implants since she was one. She hears well in a quiet room but in whole-class phonics she mixes up similar sounds (such as f and th). Her spoken vocabulary is about a year behind her classmates'.",
            "outcomes": "By July 2027 Elsie will tell apart the sound pairs on her phonics list correctly in 8 out of 10 tries, as checked by me each half term.\nBy the end of Year 1 Elsie will know and use 50 new topic words, as counted on her word list.",
            "provision": "Her class teacher will wear the radio aid microphone in every phonics lesson and repeat each new sound face to face with Elsie, for the school year 2026-27. A teaching assistant trained by me will pre-teach the week's topic words in a 15-minute session every Monday, Wednesday and Friday, for the school year 2026-27. I will visit school for an hour every three weeks to check her equipment, observe a lesson and update her word list, for the school year 2026-27.",
            "author": "Rachel Dunmore, qualified teacher of the deaf, sensory support service, 6 October 2026",
        },
        tags=("clean",),
    ),
    Case(
        name="advice-epilepsy-nurse-focal-swimming",
        kind="advice",
        sections={
            "needs": "Poppy (Year 8) has focal epilepsy, which means her seizures start in one part of her brain. Her seizures start with a strange taste and a feeling of fear; she then stops responding for about a minute and may wander. She is tired and muddled for up to an hour afterwards. She loves swimming and wants to carry on in PE.",
            "outcomes": "By July 2027 Poppy will tell an adult when she gets her warning taste, on at least 4 out of 5 occasions, as recorded in her seizure diary.\nBy the end of Year 8 I will take part in every swimming lesson with my own trained watcher on the side.\nBy July 2027 Poppy will return to lessons within an hour after a seizure on 4 out of 5 occasions.",
            "provision": "Two staff in her year team, trained by me in a one-hour session each September and January, will stay with Poppy during any seizure, guide her away from danger and take her to the medical room afterwards to rest for up to an hour, for the school year 2026-27. At every swimming lesson, a swimming teacher trained by me will watch Poppy from the poolside and stay no more than an arm's reach from her in the water, for the school year 2026-27. I will meet Poppy and her head of year for 30 minutes each term to review her seizure diary, for the school year 2026-27.",
            "author": "Written by Mark Ellison, children's epilepsy specialist nurse, on 21 September 2026",
        },
        tags=("clean",),
    ),
    Case(
        name="advice-cf-nurse-first-half-term-college",
        kind="advice",
        sections={
            "needs": "Callum is 16 and starting a sports science course at college. He has cystic fibrosis. He needs to do his chest clearance twice a day, once at college. He takes his enzyme capsules himself whenever he eats, with no help. He is at risk of infection from other students with coughs and colds and from stagnant water in sports equipment.",
            "outcomes": "Within the first half term of college (by October 2026) Callum will have agreed a private room and time for his lunchtime chest clearance and used it every college day.\nBy July 2027 Callum will have missed no more than 10 college days for chest infections, as recorded by his personal tutor.",
            "provision": "His personal tutor will book the first aid room for 30 minutes at 12.30pm every college day from September 2026 for the college year 2026-27. The college sports technician, trained by me in a 30-minute session in September 2026, will empty and dry the water bottles and hoses in the sports lab after every practical session, for the college year 2026-27. I will meet Callum at college for 30 minutes in the first week of term and then once a term, for the college year 2026-27.",
            "author": "Siobhan Kerr, cystic fibrosis clinical nurse specialist, 1 September 2026",
        },
        tags=("clean",),
    ),
    Case(
        name="advice-diabetes-nurse-before-each-pe",
        kind="advice",
        sections={
            "needs": "Kieran (Year 7) has type 1 diabetes and uses a pump. Exercise makes his blood sugar fall. If it falls too far he has a hypo. A hypo is when blood sugar drops below 4 and he becomes sweaty, pale and unable to think clearly. He is embarrassed to check his levels in front of friends.",
            "outcomes": "By July 2027 Kieran will check his blood sugar on his phone before each PE lesson and eat a snack if it is below 7, on every occasion, as recorded in his pump app.\nBy the end of Year 7 Kieran will have had no hypo during PE that needed help from another person.\nBy July 2027 Kieran will check his levels at every set time, choosing the medical room when he wants privacy, as recorded in his pump app.",
            "provision": "Before each PE lesson, his PE teacher, trained by me, will check that Kieran has looked at his reading and had a snack if it is below 7, for the school year 2026-27. Two first aiders trained by me will treat a hypo with fast sugar whenever he needs it, following his care plan, for the school year 2026-27. His head of year will give Kieran a medical room pass in September 2026 for the school year 2026-27, and I will review his care plan with the school for an hour once a term over the same year.",
            "author": "Hannah Ward, children's diabetes nurse specialist - 15 September 2026",
        },
        tags=("clean",),
    ),
    Case(
        name="advice-salt-down-syndrome-signing",
        kind="advice",
        sections={
            "needs": "1. Grace (Year 3) has Down syndrome and uses single words and signs.\n2. She does not follow instructions with more than two key words.\n3. She is hard to understand when she tells news to the class.",
            "outcomes": "1. By July 2027 Grace will use three-word sentences, spoken or signed, to ask for help on 4 out of 5 occasions.\n2. By July 2027 Grace will follow a three-key-word instruction in class on 4 out of 5 occasions, with a picture prompt.\n3. By the end of Year 3 Grace will tell a short piece of news to her class, using a photo, that her class teacher can understand, every Monday.",
            "provision": "1. I will see Grace in school for 30 minutes every fortnight and set her sentence targets, for the school year 2026-27.\n2. Her teaching assistant, who I will train in October 2026, will practise instructions with pictures for 15 minutes every day, for the school year 2026-27.\n3. Her class teacher will ask Grace's parents to send in a photo every Friday and will let her tell her news with it every Monday, for the school year 2026-27.",
            "author": "Priya Mistry, highly specialist speech and language therapist, 29 September 2026",
        },
        tags=("clean",),
    ),
    Case(
        name="advice-physio-spina-bifida-transfers",
        kind="advice",
        sections={
            "needs": "Jacob (Year 11) has spina bifida and uses a manual wheelchair. He moves himself from his chair to a toilet or a seat using a sliding board, but he has begun to slip during transfers when he is tired. His shoulders ache from pushing his chair between buildings.",
            "outcomes": "By July 2027 Jacob will make every transfer at school safely, with no slips, as recorded in his care log.\nBy the end of Year 11 Jacob will move between buildings using his power-assist wheels and report shoulder pain no more than once a week in his weekly check-in.",
            "provision": "A teaching assistant trained by me in safe transfers will stand by during each of his toilet transfers (about three a day) in the afternoon, for the school year 2026-27. I will fit power-assist wheels to his chair at the wheelchair clinic in October 2026, one appointment, and show him how to use them. His form tutor will check in with Jacob for 5 minutes every Friday about his shoulders and tell me if he reports pain more than once a week, for the school year 2026-27.",
            "author": "Tom Hadley, paediatric physiotherapist, 12 October 2026",
        },
        tags=("clean",),
    ),
    Case(
        name="advice-camhs-adhd-tics-glossary",
        kind="advice",
        sections={
            "needs": 'Ollie (Year 9) has ADHD and a tic disorder. He is often in trouble for calling out, and some of these are vocal tics (sounds he cannot control) rather than choices. He loses track in long lessons. He has said he feels he is "always the bad one".',
            "outcomes": "By July 2027 Ollie will have no sanctions for vocal tics, as shown in the behaviour log each half term.\nBy July 2027 Ollie will complete the main task in at least 4 out of 5 lessons, using his task checklist.\nBy the end of Year 9 Ollie will score his view of himself at 6 or more out of 10 on the scale he filled in with me, at our last session.",
            "provision": "His head of year will tell all his teachers in writing in September 2026 that vocal tics are not to be sanctioned, and will check the behaviour log with Ollie for 15 minutes every half term, for the school year 2026-27. His subject teachers will give Ollie a three-step task checklist in every lesson, for the school year 2026-27. I will see Ollie at CAMHS for 45 minutes every fortnight from October 2026 to March 2027 to work on how he sees himself.\nGlossary: ADHD - attention deficit hyperactivity disorder; CAMHS - child and adolescent mental health services.",
            "author": "Dr Naomi Fraser, clinical psychologist, CAMHS, 3 October 2026",
        },
        tags=("clean",),
    ),
    Case(
        name="advice-paediatrician-fasd-first-person",
        kind="advice",
        sections={
            "needs": "Ruby is six and has fetal alcohol spectrum disorder. She forgets routines from one day to the next and needs the same steps shown to her every time. She is small for her age and eats little at lunch.",
            "outcomes": "By July 2027 Ruby will follow her morning routine using her picture strip, with one prompt or fewer, on 4 days out of 5.\nBy the end of Year 2 Ruby will eat at least half of her school lunch on 4 days out of 5, as recorded by her teaching assistant.",
            "provision": "Her teaching assistant, trained by the specialist teaching service in FASD, will go through her picture strip with Ruby when she arrives and after every break, every school day, for the school year 2026-27. The same assistant will sit with Ruby at every lunch and give her food on a small-portion plate, for the school year 2026-27. I will see Ruby in clinic every six months to check her growth, until the annual review in June 2027.",
            "author": "Dr Samir Gupta, community paediatrician, 26 September 2026 (FASD: fetal alcohol spectrum disorder)",
        },
        tags=("clean",),
    ),
    Case(
        name="advice-dietitian-pku-at-every-meal",
        kind="advice",
        sections={
            "needs": "Maisie (Year 5) has phenylketonuria (PKU), a condition where her body cannot break down part of the protein in food. She must follow a strict low-protein diet and drink a protein substitute three times a day, one of them at school. She is starting to refuse her substitute at school because friends comment on it.",
            "outcomes": "By July 2027 Maisie will drink her protein substitute at lunch on every school day, as recorded on her chart.\nBy July 2027 Maisie will eat only the low-protein foods on her school menu at every meal and snack, as recorded by the catering manager.",
            "provision": "The school cook, trained by me, will serve Maisie a low-protein meal from her agreed menu at every lunch and check her snacks at every break, for the school year 2026-27. A teaching assistant trained by me will give Maisie her protein substitute in a plain bottle in the quiet room at 12.15pm every school day, for the school year 2026-27. I will update her menu with the cook once a term, for the school year 2026-27.",
            "author": "Helen Barker, specialist metabolic dietitian, 17 September 2026",
        },
        tags=("clean",),
    ),
    Case(
        name="advice-continence-nursery-nappy-changes",
        kind="advice",
        sections={
            "needs": "Jude is three and a half, attends nursery five mornings a week and is autistic. He is not yet aware of when he is wet or soiled. He screams when taken into the nursery toilets because of the hand dryers.",
            "outcomes": "By July 2027 Jude will sit on the toilet for one minute at each of his set times on 4 days out of 5.\nBy the time he starts school in September 2027 Jude will go into the nursery toilets calmly, with the dryers switched off, on 9 out of 10 visits.",
            "provision": "His key person, trained by me, will change Jude and sit him on the toilet for one minute at set times: on arrival, after snack and before home time, every nursery morning until he leaves in July 2027. The nursery manager will switch off the toilet hand dryers during the morning session from September 2026, until Jude leaves in July 2027. I will meet his key person and parents for 30 minutes once a half term, until July 2027, to review his toilet chart.",
            "author": "Julie Marsh, paediatric continence nurse, 10 September 2026",
        },
        tags=("clean",),
    ),
    Case(
        name="advice-palliative-nurse-carer-rota",
        kind="advice",
        sections={
            "needs": "Finn is ten and attends a special school. He has a life-limiting neurological condition and is supported by the children's hospice. He has periods of pain and distress that he shows by grimacing and crying. He has secretions (saliva that collects in his throat) that need suction. He enjoys music and stories but often misses class sessions because of his care.",
            "outcomes": "By July 2027 Finn will be repositioned or given comfort measures within 5 minutes of showing pain, on every occasion, as recorded on his pain chart.\nBy July 2027 Finn will join his class for music and sensory story every week, staying for at least 20 minutes each time.",
            "provision": "The three nurses on the school's nursing rota, each trained by me in his care plan, will check Finn's comfort every 30 minutes using his pain chart, reposition him or use his comfort measures whenever he shows pain, and suction his secretions whenever they gurgle, every school day for the school year 2026-27. His class teacher will plan a 20-minute place for Finn in music and sensory story each week, for the school year 2026-27. I will visit the school for an hour every month to update his care plan, for the school year 2026-27.",
            "author": "Lucy Armstrong, children's palliative care nurse specialist, 5 October 2026",
        },
        tags=("clean",),
    ),
    Case(
        name="advice-eating-disorders-until-review",
        kind="advice",
        sections={
            "needs": "Amara (Year 11) is in treatment for anorexia with the community eating disorders service. She needs to eat a snack at break and a full lunch every school day. She becomes very distressed if food or weight is discussed in lessons. She is not safe to do PE at present.",
            "outcomes": "By the end of the spring term 2027 Amara will eat her full snack and lunch at school on 9 out of 10 days, as recorded on her meal sheet.\nBy July 2027 Amara will stay in every lesson where food is a topic, using a pre-agreed alternative task if she needs it.\nBy July 2027 Amara will attend every PE lesson as a scorer or timer until we say she can exercise again.",
            "provision": "Her learning mentor, trained by me, will sit with Amara in a quiet room at every break and lunch and fill in her meal sheet, until the review by our service in February 2027. Her teachers will give her notice of any lesson that includes food or weight a week before and provide an alternative task, for the school year 2026-27. Her PE teacher will give Amara a scoring or timing role in every PE lesson until I write to say she can exercise again.",
            "author": "Chris O'Neill, eating disorders nurse practitioner, 14 October 2026",
        },
        tags=("clean",),
    ),
    Case(
        name="advice-ot-post19-cp-while-at-college",
        kind="advice",
        sections={
            "needs": "Zoe is 19 and has cerebral palsy. She is on a two-year independent living course at a specialist college. She wants to make her own hot drinks and simple meals but cannot carry a full kettle or cup safely. She tires when she writes with a pen.",
            "outcomes": "By July 2027 Zoe will make a hot drink using her tipping kettle and a cup holder on her wheelchair tray, safely and without help, on 4 out of 5 occasions.\nBy the end of her course in July 2028 Zoe will prepare a simple two-step meal on her own, as assessed by her course tutor.\nBy December 2026 Zoe will complete every written assignment using voice typing, as recorded by her course tutor.",
            "provision": "I will provide a kettle tipper and a wheelchair tray cup holder in one visit in September 2026. Her support worker, trained by me in two one-hour sessions in September 2026, will practise kitchen tasks with Zoe in a 45-minute session every Tuesday and Thursday, while she is at college. I will review her progress and equipment for an hour once a term while she is at college. The college will give Zoe a laptop with voice typing for every written task, set up by the college's assistive technology lead in September 2026, for as long as she is on the course.",
            "author": "Dr Kate Reeves, occupational therapist, adult neurological rehabilitation team, 2 September 2026",
        },
        tags=("clean",),
    ),
    Case(
        name="advice-qtvi-cvi-reception-expanded",
        kind="advice",
        sections={
            "needs": "Jasmine is four and in Reception. She has cerebral visual impairment (CVI): her eyes work but her brain finds it hard to make sense of what she sees, especially in cluttered places. She finds her coat peg and tray hard to spot and becomes upset at busy tidy-up times.",
            "outcomes": "By July 2027 Jasmine will find her own peg and tray without help on 4 days out of 5.\nBy the end of Reception Jasmine will pick out a named toy from a plain tray of five toys, on 4 out of 5 tries, as checked by me each half term.",
            "provision": "Her class teacher will mark her peg and tray with a bright yellow star and keep the wall around them plain, from the first day of term in September 2026 for the school year 2026-27. A teaching assistant trained by me will do a 10-minute looking game with Jasmine on a plain black tray every morning, for the school year 2026-27. As her qualified teacher of the visually impaired (QTVI), I will visit for an hour every fortnight to advise staff about CVI, for the school year 2026-27.",
            "author": "Anna Kowalski, QTVI, sensory support service, 19 September 2026",
        },
        tags=("clean",),
    ),
    Case(
        name="advice-allergy-nurse-trips-each-setting",
        kind="advice",
        sections={
            "needs": "Leo (Year 2) has a severe allergy to milk, egg and sesame and carries two allergy pens. He goes to breakfast club, school and an after-school club run on site by a different provider. He is too young to manage his own pens.",
            "outcomes": 'By July 2027 Leo will have had no allergic reactions in any setting, as recorded in each setting\'s medicine log.\nBy the end of Year 2 Leo will ask "Has this been checked for me?" before eating food he is given, on 4 out of 5 occasions.',
            "provision": 'I will train the staff of all three settings to spot a reaction and use his allergy pens in one 90-minute joint session in September 2026, with a 30-minute refresher each January until July 2027. At each change of setting (breakfast club to class, class to after-school club), the adult handing over, who will be one of the staff I have trained, will pass his pens and his food box to the next trained adult and sign the handover sheet, every school day until July 2027. His class teacher will practise the question "Has this been checked for me?" with Leo before every snack time, for the school year 2026-27.',
            "author": "Sophie Grant, paediatric allergy nurse specialist, 8 September 2026",
        },
        tags=("clean",),
    ),
]

# Undivided advice (advice), labelled for acronym, jargon and drug_name only.
BLIND += [
    Case(
        name="undivided-paed-gdd-mdt-hypotonia",
        kind="advice",
        sections={
            "advice": "Dear colleague,\n\nI saw Lily-Mae (aged 3) with her mother at the Child Development Centre on 12 October 2026 for her education, health and care needs assessment. Lily-Mae has global developmental delay. On examination she has marked hypotonia, walks with her feet wide apart and tires quickly when walking. She understands simple words in context and uses about ten single words. She was discussed at our MDT meeting on 20 October, and we agreed that she should have physiotherapy and speech and language therapy in nursery. Her hearing and vision were checked in September 2026 and are normal. She would benefit from an adult trained by her therapists to carry out short daily programmes, and from a quiet space for one-to-one work.\n\nDr Helena Ross, consultant community paediatrician, 28 October 2026",
        },
        expected=(
            ("jargon", "advice", "hypotonia"),
            ("acronym", "advice", "MDT"),
        ),
        tags=("jargon", "acronym"),
    ),
    Case(
        name="undivided-neurology-brand-buccal-vns",
        kind="advice",
        sections={
            "advice": "Summary of epilepsy advice for school\n\nArjun (Year 6) has epilepsy with seizures that start in one part of his brain and sometimes spread to become convulsive (shaking all over). He takes Epilim twice daily at home. If a convulsive seizure lasts five minutes, trained staff should give buccal medicine following his care plan and call 999. Arjun had a VNS fitted in May 2026; staff should swipe the magnet over it at the start of any seizure. After a seizure he needs to rest for about an hour and may not remember what he learned that morning. He can take part in all lessons, including PE and swimming with a trained watcher.\n\nNeil Foster, epilepsy specialist nurse, 3 November 2026",
        },
        expected=(
            ("drug_name", "advice", "Epilim"),
            ("jargon", "advice", "buccal"),
            ("acronym", "advice", "VNS"),
        ),
        tags=("drug_name", "jargon", "acronym"),
    ),
    Case(
        name="undivided-respiratory-salbutamol-tachypnoea",
        kind="advice",
        sections={
            "advice": "Respiratory advice: Ivy, Year 4, seen 6 January 2027.\n\nIvy has severe asthma and has been admitted to hospital three times in the past year. When her asthma is getting worse she develops tachypnoea and a cough, especially after running in cold air. She should use salbutamol 15 minutes before PE and whenever she is wheezy, with an adult who knows her asthma plan. She also takes a preventer inhaler morning and evening at home. Ivy has missed about a fifth of her school days this year, and she worries about having an attack in front of her class. She would benefit from catch-up teaching and from a named adult she can go to when her chest feels tight.\n\nMaria Lopez, children's asthma nurse specialist, 6 January 2027",
        },
        expected=(
            ("jargon", "advice", "tachypnoea"),
            ("drug_name", "advice", "salbutamol"),
        ),
        tags=("jargon", "drug_name"),
    ),
    Case(
        name="undivided-adhd-table-methylphenidate-cdc",
        kind="advice",
        sections={
            "advice": "Health advice for EHC needs assessment\n\nChild: Caleb, Year 5\nDiagnosis | attention deficit hyperactivity disorder, confirmed June 2026\nMedicine | methylphenidate, slow release, taken at home before school\nEffect in school | settles well in the morning; more restless after 1pm as the medicine wears off\nSleep | falls asleep late; a sleep plan has been given to parents\n\nCaleb learns best with short tasks, movement breaks every 20 minutes and instructions given one at a time. He responds well to praise and to a visual timetable. I have no concerns about his hearing or vision.\n\nDr Amira Khalil, specialty doctor, CDC, 19 November 2026",
        },
        expected=(
            ("acronym", "advice", "EHC"),
            ("drug_name", "advice", "methylphenidate"),
            ("acronym", "advice", "CDC"),
        ),
        tags=("acronym", "drug_name"),
    ),
    Case(
        name="undivided-salt-dysarthria-aac",
        kind="advice",
        sections={
            "advice": "Speech and language therapy advice\n\nMilo is 13 and has cerebral palsy. He has severe dysarthria, so his speech is understood only by people who know him well. He is a clever boy with good understanding of language, and he gets frustrated when people guess at what he is saying. He has been assessed for a high-tech AAC device, which has now arrived and is mounted on his wheelchair. He needs his teachers to give him time to answer and to accept answers given on his device. A teaching assistant will need training to add vocabulary for each subject. I will visit school once every half term during 2026-27 to support this.\n\nSimone Clarke, specialist speech and language therapist, 24 September 2026",
        },
        expected=(
            ("jargon", "advice", "dysarthria"),
            ("acronym", "advice", "AAC"),
        ),
        tags=("jargon", "acronym"),
    ),
    Case(
        name="undivided-haematology-hydroxycarbamide-vaso-occlusive",
        kind="advice",
        sections={
            "advice": "Haematology advice for Precious (Year 9)\n\nPrecious has sickle cell disease. She has had four vaso-occlusive crises this year, two needing admission to hospital. She now takes hydroxycarbamide every day at home, which we hope will reduce these. Her triggers are cold, dehydration, tiredness and stress. In school she needs to drink at least a litre and a half of water a day, to use the toilet whenever she needs to, to stay indoors at break in cold weather and to keep her coat on if the classroom is cold. She should be allowed to rest and not be pushed to run in PE. She has missed a good deal of learning and will need help to catch up.\n\nDr Kofi Mensah, consultant paediatric haematologist, 13 October 2026",
        },
        expected=(
            ("jargon", "advice", "vaso-occlusive"),
            ("drug_name", "advice", "hydroxycarbamide"),
        ),
        tags=("jargon", "drug_name"),
    ),
    Case(
        name="undivided-neurosurgery-vp-shunt-ventriculomegaly",
        kind="advice",
        sections={
            "advice": "Neurosurgical nurse advice\n\nRosa (Year 2) was born with hydrocephalus and has had a VP shunt (a thin tube that drains extra fluid from her brain to her tummy) since she was six weeks old. Her most recent scan showed stable ventriculomegaly and the shunt is working well. Signs that the shunt may be blocked are headache, sickness, unusual sleepiness and a change in behaviour; if staff see these, they should call her parents straight away, and call 999 if she is very drowsy. Rosa can take part in all activities, including PE, but should avoid heading a football. She tires more quickly than her classmates and may need a short rest in the afternoon. She has some difficulty with attention and memory, and she would benefit from instructions being repeated.\n\nClaire Whitlock, paediatric neurosurgery clinical nurse specialist, 2 December 2026",
        },
        expected=(
            ("acronym", "advice", "VP"),
            ("jargon", "advice", "ventriculomegaly"),
        ),
        tags=("acronym", "jargon"),
    ),
    Case(
        name="undivided-continence-movicol-encopresis",
        kind="advice",
        sections={
            "advice": "Bladder and bowel advice: Theo, Year 3\n\nTheo has long-standing constipation with encopresis. He has a daily dose of Movicol at home, and his parents are adjusting the dose with our team's help. At school he needs to sit on the toilet for five minutes after lunch every day, with a footstool, because this is when his bowel is most likely to work. He is very embarrassed about soiling and needs a discreet way to leave class and a spare set of clothes in school. Staff who help him should be trained and should not comment on accidents in front of other children. He should have free access to water and to the toilet.\n\nPaula Reid, specialist continence nurse, 16 November 2026",
        },
        expected=(
            ("jargon", "advice", "encopresis"),
            ("drug_name", "advice", "Movicol"),
        ),
        tags=("jargon", "drug_name"),
    ),
    Case(
        name="undivided-autism-echolalia-asc-risperidone",
        kind="advice",
        sections={
            "advice": "Community paediatric advice\n\nHarley is seven and has a diagnosis of ASC, made in our clinic in March 2026. His speech is mainly echolalia, and he uses it to ask for things. He becomes very distressed by loud noise and by changes to his routine, and at these times he may hit out. He has recently started risperidone, prescribed by me, to help with his distress; his parents give it at home. He eats a narrow range of foods and should be offered his preferred foods at lunch. He needs a predictable routine with a visual timetable, warnings before changes, and a calm space he can go to.\n\nDr Lucy Chen, consultant community paediatrician, 11 September 2026",
        },
        expected=(
            ("acronym", "advice", "ASC"),
            ("jargon", "advice", "echolalia"),
            ("drug_name", "advice", "risperidone"),
        ),
        tags=("acronym", "jargon", "drug_name"),
    ),
    Case(
        name="undivided-camhs-sertraline-circadin-cbt",
        kind="advice",
        sections={
            "advice": "Child and adolescent mental health services (CAMHS) advice\n\nJess is 15 and has been seen by our service since May 2026 for anxiety and low mood. She has started sertraline, and she also takes Circadin at bedtime because she has trouble getting to sleep. She has begun a course of CBT with our team, one session a week until February 2027. In school, she finds crowded corridors and being asked to read aloud very hard, and she has missed many lessons this term. She would benefit from a named member of staff to check in with each morning, a pass to leave lessons for a few minutes, and a reduced timetable that builds back up as she feels able.\n\nDr Paul Newman, consultant child and adolescent psychiatrist, CAMHS, 20 October 2026",
        },
        expected=(
            ("drug_name", "advice", "sertraline"),
            ("drug_name", "advice", "Circadin"),
            ("acronym", "advice", "CBT"),
        ),
        tags=("drug_name", "acronym"),
    ),
]

# Undivided advice (advice), part 2: clean.
BLIND += [
    Case(
        name="undivided-audiology-ci-expanded-teen",
        kind="advice",
        sections={
            "advice": "Audiology advice\n\nSeen: 4 November 2026. Ben (Year 10) has profound deafness in both ears and has used cochlear implants (CIs) since he was two. His CIs are working well, and in a quiet room he hears speech clearly. In a classroom, background noise and distance make it much harder for him to follow, especially in group discussion and in practical subjects. He benefits from his radio aid, from teachers facing him when they speak, and from subtitles on all videos. He should sit where he can see the teacher's face and the class. His implant processors should be checked at the start of each day by someone trained by his teacher of the deaf. He will need extra time and a separate quiet room for listening tests in his GCSE languages.\n\nEmma Stirling, clinical scientist (audiology), cochlear implant programme, 4 November 2026",
        },
        tags=("clean",),
    ),
    Case(
        name="undivided-epilepsy-tonic-clonic-explained",
        kind="advice",
        sections={
            "advice": "Dear SEND caseworker - that is, special educational needs and disabilities caseworker,\n\nThank you for asking for advice about Sofia (Year 4). Sofia has epilepsy. She has tonic-clonic seizures, in which she loses consciousness, stiffens and then shakes all over, about once a month, usually in the morning. If a seizure lasts five minutes, she needs emergency medicine given into the side of her mouth by a trained adult, and an ambulance. She takes two daily medicines at home, and these do not need to be given in school. After a seizure she is very sleepy and may be confused for two to three hours; she will need to rest and may go home. Her memory for new learning is weaker than that of her classmates, and she benefits from repetition and written reminders. She can join all activities, but she needs a trained adult watching her in water and at heights.\n\nYours sincerely,\nDr Irene Walsh, consultant paediatrician with expertise in epilepsy, 7 October 2026",
        },
        tags=("clean",),
    ),
    Case(
        name="undivided-diabetes-hypoglycaemia-brackets",
        kind="advice",
        sections={
            "advice": "Diabetes team advice for Noah, Reception\n\nNoah was diagnosed with type 1 diabetes in August 2026. He wears a pump that gives him small amounts of his diabetes medicine all day, and a sensor that shows his blood sugar on a phone. Young children cannot tell when they have hypoglycaemia (low blood sugar), so adults need to check his readings at set times and before and after play. When his reading is low he needs a sugary drink and a recheck after 15 minutes. When it is high, his pump may need an extra dose, which trained staff give by pressing buttons on the pump. He needs an adult trained by our team with him at every meal and snack to count the carbohydrate and enter it into the pump. With this support he can take part in everything in Reception.\n\nFrancesca Doyle, paediatric diabetes specialist nurse, 14 September 2026",
        },
        tags=("clean",),
    ),
    Case(
        name="undivided-physio-dmd-contractures-dashes",
        kind="advice",
        sections={
            "advice": "Physiotherapy report\n\nLuca, Year 5. Diagnosis: Duchenne muscular dystrophy (DMD). Luca is still walking, but he is slower than his friends, falls more often and finds stairs and getting up from the floor hard. Boys with DMD develop contractures - tightening of the muscles and tendons that stops joints moving fully - and Luca's ankles are beginning to tighten. He wears night splints at home and needs a stretching programme every day, which can be done in school by a trained adult. He should not be asked to sit on the floor; a chair at the side of the carpet is better. He tires easily and should be allowed to use the lift and to have a rest between activities in PE. He will need a wheelchair for long distances on trips.\n\nOwen Pritchard, highly specialist paediatric physiotherapist, neuromuscular service, 30 September 2026",
        },
        tags=("clean",),
    ),
    Case(
        name="undivided-ot-proprioception-which-is",
        kind="advice",
        sections={
            "advice": "Occupational therapy advice\n\nI assessed Maya (Year 1) at school on 9 October 2026. Maya is autistic. She has difficulty with proprioception, which is the body's sense of where it is and how hard it is pushing, so she often presses too hard with her pencil, breaks things by accident and bumps into other children. She seeks out strong movement such as jumping and crashing. Short bursts of heavy work - carrying, pushing and pulling - before sitting tasks help her to settle. She is sensitive to noise and finds the hall at lunch difficult; ear defenders and a quieter place to eat help. Her fine motor skills (small hand movements, like using scissors) are about a year behind, and she would benefit from a daily hand skills programme.\n\nBethan Lloyd, children's occupational therapist, 16 October 2026",
        },
        tags=("clean",),
    ),
    Case(
        name="undivided-dietitian-cf-enzymes-generic",
        kind="advice",
        sections={
            "advice": "Dietetic advice: Freddie, Year 8, cystic fibrosis (CF)\n\nPeople with CF cannot digest fat properly without help. Freddie takes digestive enzyme capsules every time he eats anything containing fat, including snacks, and he needs to be able to take them without fuss in the dining hall or classroom. He needs a high-energy diet and should not be limited to healthy-eating rules that restrict fat or portion size. He loses a lot of salt when he sweats, so he needs extra salty snacks and drinks on hot days and after PE. He is a little underweight at present, and we are reviewing his diet every three months. He is keen to manage all of this himself, and I would encourage school to let him.\n\nLaura Kemp, specialist cystic fibrosis dietitian, 22 September 2026",
        },
        tags=("clean",),
    ),
    Case(
        name="undivided-psychology-dysregulated-following-sentence",
        kind="advice",
        sections={
            "advice": "Clinical psychology advice\n\nSummer is eight and lives with her special guardian, her grandmother, after early neglect. When Summer is dysregulated, she cannot think, listen or learn. By dysregulated I mean that her feelings take over her body and she cannot calm herself down without an adult's help. This happens most at transitions, such as the start of the day, after lunch and at the end of the day, and when an adult she does not know is in charge. She needs one or two key adults who know her well, a predictable routine, and warning of any change. A calm, quiet space she can go to with her key adult helps her recover. Sanctions that send her away from adults tend to make things worse. Her key adults would benefit from training in attachment and trauma, which our team can provide.\n\nDr Joanna Price, clinical psychologist, children in care health team, 28 October 2026",
        },
        tags=("clean",),
    ),
    Case(
        name="undivided-school-nurse-anaphylaxis-antihistamine",
        kind="advice",
        sections={
            "advice": "School nurse advice: Imran, Year 3\n\nImran has a severe allergy to peanuts, tree nuts and kiwi. He has had anaphylaxis (a severe allergic reaction that affects breathing and can be life-threatening) twice, the last time in 2026. He carries two allergy pens in a red bag, which must go with him everywhere, including PE, trips and after-school clubs. Mild reactions such as an itchy mouth or a few hives are treated with an antihistamine syrup kept in the office. Any sign of breathing difficulty, a hoarse voice or collapse means his allergy pen must be used at once and 999 called. All staff who work with Imran need training from our team each year. He is anxious about food and may need reassurance at lunch.\n\nKaren Obi, school nurse (specialist community public health nurse), 1 October 2026",
        },
        tags=("clean",),
    ),
    Case(
        name="undivided-orthoptist-amblyopia-lazy-eye",
        kind="advice",
        sections={
            "advice": "Orthoptic report\n\nEva (Reception) has amblyopia (lazy eye) in her left eye and wears glasses all day. She also wears a patch over her right eye for two hours each day to make the left eye work harder; her parents do this at home at weekends, and we have asked school to help on weekdays. While the patch is on, her sight is poorer, so she needs large, clear materials, to sit near the front and to have help on stairs and outdoors. Her vision with both eyes open and her glasses on is good enough for normal classroom work. Her glasses should be cleaned each morning. We will review her in clinic every three months.\n\nDeborah Sinclair, orthoptist, children's eye service, 2 November 2026",
        },
        tags=("clean",),
    ),
    Case(
        name="undivided-paed-no-health-needs",
        kind="advice",
        sections={
            "advice": "Health advice for an education, health and care needs assessment\n\nI saw Oliver (Year 3) with his father on 15 October 2026. Oliver's school has asked for an assessment because of difficulties with reading, spelling and maths. I found no health problems that affect his learning. His growth, hearing and vision are normal, he sleeps well and he has no long-term illness. He does not take any regular medicine. I have no health provision to recommend. If his family or school become concerned about his health in future, they can ask his GP to refer him back to us.\n\nDr Sanjay Patel, community paediatrician, 22 October 2026",
        },
        tags=("clean",),
    ),
]
