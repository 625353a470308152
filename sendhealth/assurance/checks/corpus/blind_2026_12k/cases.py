from ..cases import Case

BLIND = [
    # ---- plan cases, clean: complete thread, different words on each side ----
    Case(
        name="jia-morning-stiffness-bullets-clean",
        sections={
            "C": "Maisie has arthritis in her knees and right wrist, which makes her joints stiff and slow in the mornings. Writing for more than ten minutes makes her wrist ache.",
            "E": "- By July 2027, Maisie will be ready to start work within five minutes of the first lesson on four mornings out of five.\n- By July 2027, Maisie will finish a one-page written task by typing, without stopping because of wrist pain, in 4 out of 5 lessons.",
            "G": "- A paediatric physiotherapist from the Kelmoor Children's Rheumatology Service will see Maisie in school once each half term for 45 minutes to review her joint exercises, for the 2026/27 school year.\n- A teaching assistant trained by the physiotherapist will lead a 10-minute warm-up of Maisie's knees and hands at the start of every school day, for the 2026/27 school year.\n- The class teacher will let Maisie type instead of handwriting any task longer than ten minutes, in every lesson, for the 2026/27 school year.",
        },
        tags=("clean", "lay-clinical", "bullets"),
    ),
    Case(
        name="crohns-toilet-fatigue-paragraph-clean",
        sections={
            "C": "Idris has Crohn's disease, a long-term condition that inflames his gut. He needs to reach a toilet quickly and without having to ask, and on bad days he is too tired to manage a full timetable.",
            "E": "By the end of the spring term 2027, Idris will leave any lesson to use the toilet without asking, using his exit card, every time he needs to. By July 2027, Idris will attend at least 90% of his timetabled lessons, with a planned rest in the library on no more than one afternoon a week.",
            "G": "The head of year will give Idris an exit card and a key to the accessible toilet next to his form room on his first day back in September 2026, and will check with him once each half term that both still work for him, until the annual review in 2027. The Children's Inflammatory Bowel Disease nurse specialist from Ravensholm Hospital will meet Idris and his form tutor once a term for 30 minutes to agree a rest plan for tiring days, for the 2026/27 school year. The form tutor will follow that rest plan whenever Idris reports a flare-up, for the 2026/27 school year.",
        },
        tags=("clean", "lay-clinical", "paragraph", "trigger"),
    ),
    Case(
        name="dialysis-three-days-table-clean",
        sections={
            "C": "Kwame has kidney failure and has dialysis (a machine cleans his blood) at Ravensholm Hospital on Monday, Wednesday and Friday mornings. He misses those mornings at school and falls behind in maths and English. He has to limit how much he drinks each day.",
            "E": "By July 2027, Kwame will be working at the expected level for his age in maths and English, measured by his school's summer assessments.\nBy the end of the autumn term 2026, Kwame will keep to his daily drinks limit at school on every school day, checked with his drinks chart.",
            "G": "Provision | Who | How often | How long\nCatch-up teaching in maths and English for the lessons missed on dialysis mornings | Qualified teacher from the Ravensholm Hospital School outreach team | Three 45-minute sessions a week on the hospital ward | 2026/27 school year\nDrinks chart and measured water bottle, checked at lunch and at home time | School nurse, trained by the kidney dietitian | Every school day | 2026/27 school year\nOne training session for Kwame's class staff on his drinks limit and signs that he has drunk too much | Paediatric kidney dietitian, Ravensholm Hospital | Once, in September 2026 | 90 minutes",
        },
        tags=("clean", "table", "one-off", "explained-jargon"),
    ),
    Case(
        name="heart-breathless-stairs-clean",
        sections={
            "C": "Ruby gets breathless climbing the stairs and needs to stop and rest on the way to lessons on the first floor. She tires by the afternoon and finds PE hard to keep up with.",
            "E": "- By December 2026, Ruby will get to every first-floor lesson on time, using the lift, on every school day.\n- By July 2027, Ruby will take part in at least half of each PE lesson, with rest breaks she chooses herself, in 4 out of 5 lessons.",
            "G": "- The site manager will give Ruby a lift pass and show her how to use the lift on her first day in September 2026; the pass lasts until she leaves the school.\n- The PE teacher will follow the exercise plan written by the cardiac nurse specialist from the Ashcombe Children's Heart Centre in every PE lesson, for the 2026/27 school year.\n- The cardiac nurse specialist will update the exercise plan after each of Ruby's clinic appointments, twice a year, until Ruby moves to secondary school.",
        },
        tags=("clean", "lay-clinical", "one-off", "admin-role"),
    ),
    Case(
        name="brain-injury-fatigue-memory-numbered-clean",
        sections={
            "C": "1. Since his brain injury in a road accident in 2026, Oskar forgets instructions given to the whole class.\n2. He becomes exhausted after about 40 minutes of concentrated work, and then becomes irritable.\n3. His balance is poor on uneven ground and on stairs.",
            "E": "1. By July 2027, Oskar will follow a three-step class instruction, using his written checklist, in 4 out of 5 lessons.\n2. By July 2027, Oskar will take a planned rest break before he becomes upset, in 9 out of 10 school days recorded in his log.\n3. By April 2027, Oskar will move between lessons and across the playground without a fall for a whole half term.",
            "G": "1. The class teacher will give Oskar each instruction in writing as a short checklist, in every lesson, for the 2026/27 school year.\n2. A teaching assistant trained by the Wexford Park Brain Injury Service will give Oskar a 10-minute rest break in a quiet room after every 35 minutes of work, for the 2026/27 school year.\n3. A children's physiotherapist from the Wexford Park Brain Injury Service will see Oskar in school every fortnight for 30 minutes to work on his balance and stairs, from September 2026 to July 2027.",
        },
        tags=("clean", "numbered", "lay-clinical"),
    ),
    Case(
        name="cancer-remission-infection-risk-clean",
        sections={
            "C": "Leila finished treatment for leukaemia in 2026 and is in remission. Her body is still slow to fight infections, so she must be told quickly if there is chickenpox or measles in school. Her treatment left her with patchy memory for new facts.",
            "E": "By the end of the autumn term 2026, Leila and her parents will have been told of every case of chickenpox or measles in her year group on the same day it is reported.\nBy July 2027, Leila will recall the key facts from each new science topic, scoring at least 7 out of 10 in her end-of-topic quizzes.",
            "G": "The school office manager will text Leila's parents on the same day any case of chickenpox or measles is reported in her year group, for the 2026/27 school year.\nThe class teacher will give Leila a one-page summary of key facts at the start of every new topic, in science and humanities, for the 2026/27 school year.\nThe oncology outreach nurse from Ashcombe Children's Hospital will visit the school once a term for 45 minutes to review the infection plan with the office manager and class teacher, until Leila's annual review in 2027.",
        },
        tags=("clean", "admin-role", "lay-clinical"),
    ),
    Case(
        name="prader-willi-food-access-clean",
        sections={
            "C": "Theo has Prader-Willi syndrome. He is always hungry and will take food from bags and bins if he can, which puts his health at risk. His muscles are weak, so he tires on long walks.",
            "E": "- By July 2027, Theo will eat only his planned meals and snacks at school on every day recorded in his food diary.\n- By July 2027, Theo will walk with his class to the local park and back, about 800 metres, without needing the buggy, on 3 out of 4 trips.",
            "G": "- The school business manager will fit locks on the staff room fridge and the food bins in Theo's classroom before September 2026.\n- Theo's 1:1 teaching assistant, trained by the Morrow Vale dietitian, will supervise every snack and lunch and keep his food diary, for the 2026/27 school year.\n- A dietitian from Morrow Vale Community Health will meet the teaching assistant and parents once a term for 45 minutes to review the food diary, for the 2026/27 school year.\n- A children's physiotherapist from Morrow Vale Community Health will set a walking programme and review it every 6 weeks in school for 30 minutes, for the 2026/27 school year; the teaching assistant will do the walks with Theo three times a week.",
        },
        tags=("clean", "one-off", "named-service"),
    ),
    Case(
        name="rett-hand-use-eye-gaze-clean",
        sections={
            "C": "Amelia has Rett syndrome. She does not speak and cannot use her hands to point, but she can choose between pictures by looking at them. She has breathing pauses when she is excited or upset.",
            "E": "By July 2027, Amelia will choose her snack, activity and song each day by looking at pictures on her eye-gaze device, on 4 out of 5 school days.\nBy July 2027, Amelia will return to her activity within five minutes after 9 out of 10 breathing pauses, as recorded on her chart.",
            "G": "A speech and language therapist from the Morrow Vale Communication Aids Service will set up Amelia's eye-gaze computer and train her class staff in one 2-hour session in September 2026.\nThe speech and language therapist will then visit once a month for 45 minutes to add vocabulary, for the 2026/27 school year.\nClass staff trained in her breathing plan by the Children's Community Nursing Team will stay with Amelia and follow the plan each time she has a breathing pause, for the 2026/27 school year.",
        },
        tags=("clean", "one-off", "trigger", "lay-clinical"),
    ),
    Case(
        name="selective-mutism-speaking-clean",
        sections={
            "C": "Hana has selective mutism: she speaks freely at home but cannot speak at school, even when she wants to. She does not ask for help and goes without lunch rather than asking.",
            "E": "- By December 2026, Hana will say one word to her key adult in a quiet room, on 3 out of 5 days.\n- By July 2027, Hana will answer the register aloud in class on most days, recorded as at least 4 days in 5.\n- By December 2026, Hana will get her lunch every day, using her picture card at the counter.",
            "G": "- A speech and language therapist from Ashcombe Children's Speech and Language Therapy will train Hana's key adult in a small-steps speaking programme in one 90-minute session in September 2026.\n- The key adult, a teaching assistant trained in that programme, will do a 10-minute talking session with Hana four times a week, for the 2026/27 school year.\n- The speech and language therapist will review progress with the key adult every half term for 30 minutes, for the 2026/27 school year.\n- The class teacher will give Hana a picture card to show at the lunch counter and tell the kitchen staff about it on the first day of the autumn term 2026; the card stays in use while she attends the school.",
        },
        tags=("clean", "one-off", "explained-jargon"),
    ),
    Case(
        name="tourettes-tics-exams-clean",
        sections={
            "C": "Fin has Tourette's syndrome. He has loud vocal tics and jerking movements that get worse when he is stressed, and he worries about disturbing other students in exams.",
            "E": "By June 2027, Fin will sit all his mock exams in a separate room with no more than one break in each paper for his tics.\nBy July 2027, Fin will tell us he feels calm in lessons, scoring 7 or more out of 10 on his weekly check-in scale on 8 of 10 weeks.",
            "G": "The exams officer will book a separate room and a 25% rest-break allowance for Fin in every mock and public exam from November 2026 to June 2028.\nThe school counsellor, a registered member of the British Association for Counselling and Psychotherapy, will see Fin weekly for 40 minutes to practise a tic-managing breathing routine, for 12 weeks from September 2026.\nThe form tutor will hold a 5-minute check-in with Fin every Friday and record his score, for the 2026/27 school year.",
        },
        tags=("clean", "admin-role", "lay-clinical"),
    ),
    Case(
        name="fnd-sudden-weakness-college-clean",
        sections={
            "C": "Sam (they/them) has functional neurological disorder. Their legs can suddenly become weak, and they sometimes have episodes where they stop responding for a few minutes. These episodes are frightening but not dangerous.",
            "E": "By July 2027, Sam will attend at least 85% of their timetabled college hours.\nBy December 2026, Sam will go to the quiet room and use their calming plan at the first warning sign of an episode, on 4 out of 5 occasions recorded by their learning support worker.",
            "G": "Sam's learning support worker, trained by the Westbrook Neuropsychiatry Team, will follow Sam's episode plan every time they have an episode in college, for the 2026/27 academic year.\nA clinical psychologist from the Westbrook Neuropsychiatry Team will see Sam fortnightly for 50 minutes, for 20 sessions from September 2026.\nThe college's additional learning support manager will give Sam a ground-floor timetable and a wheelchair for weak days, from the start of the 2026/27 academic year until they leave the college.",
        },
        tags=("clean", "post-16", "gender-neutral", "trigger"),
    ),
    Case(
        name="cvi-cluttered-pictures-clean",
        sections={
            "C": "Eli has cerebral visual impairment (his eyes are healthy but his brain has difficulty making sense of what he sees). He cannot find things on a busy page or in a cluttered room, and he misses steps and kerbs.",
            "E": "- By July 2027, Eli will find his named peg, tray and chair on his own, every morning for a whole half term.\n- By July 2027, Eli will read a page of his reading book printed with one picture and large spaced text, with 9 in 10 words right.\n- By April 2027, Eli will step up and down the edge of the playground without tripping, on 4 out of 5 days.",
            "G": "- A qualified teacher of children with vision impairment from the Morrow Vale Sensory Support Service will visit every three weeks for one hour to adapt Eli's books and worksheets, for the 2026/27 school year.\n- The class teacher will keep Eli's table, peg and tray clear of clutter and marked with his yellow symbol, every day, for the 2026/27 school year.\n- A mobility and independence specialist from the Sensory Support Service will teach Eli to find steps and edges in six weekly 40-minute sessions in the autumn term 2026.",
        },
        tags=("clean", "explained-jargon", "school-terms"),
    ),
    Case(
        name="deafblind-intervener-early-years-clean",
        sections={
            "C": "Nia is 3 and is deafblind: she has a severe hearing loss and very little sight. She learns through touch and needs the same adult close to her to feel safe. She cannot yet find her way round the nursery room.",
            "E": "By July 2027, Nia will use four object cues (cup, coat, nappy, book) to show what she wants, on most days, counted as 4 days in 5.\nBy July 2027, Nia will move from the door to her chair and to the sand tray on her own, on 3 out of 5 mornings.",
            "G": "An intervener (a nursery practitioner trained in deafblind support by the Kelbridge Deafblind Outreach Team) will work with Nia for all her 15 funded hours each week, for the 2026/27 nursery year.\nA qualified teacher of multi-sensory impaired children from the Kelbridge Sensory Team will visit every fortnight for one hour to set her object cues and routes, for the 2026/27 nursery year.\nThe audiologist at Kelbridge Children's Hearing Centre will check her hearing aids every three months, until she starts school.",
        },
        tags=("clean", "early-years", "school-terms"),
    ),
    Case(
        name="post19-learning-disability-health-check-clean",
        sections={
            "C": "Josh is 20 and has a learning disability. He does not tell anyone when he is in pain or unwell, so health problems are found late. He wants to go to his own doctor's appointments without his mum.",
            "E": "By July 2027, Josh will tell his tutor or use his pain card every time he feels unwell in college, recorded in his daily log.\nBy March 2027, Josh will go into his annual health check with a college worker, not his mum, and tell the nurse one thing about his health.",
            "G": "Josh's key worker, trained in the pain card by the Kelbridge Community Learning Disability Nurse, will go through the card with Josh every Monday for 15 minutes, for the 2026/27 college year.\nThe Community Learning Disability Nurse will meet Josh and his key worker twice before his annual health check in February 2027, for one hour each, to practise what he wants to say.\nJosh's GP practice will offer his annual health check once a year, with an easy-read invitation, for as long as he is on the learning disability register.",
        },
        tags=("clean", "post-19", "named-service"),
    ),
    Case(
        name="cant-sit-still-movement-breaks-clean",
        sections={
            "C": "Tomasz cannot sit still through a lesson. After about ten minutes he starts rocking, tapping and leaving his seat, and then he misses what the teacher says.",
            "E": "By July 2027, Tomasz will stay on task for 20 minutes at a time in 4 out of 5 lessons, with one movement break in between.",
            "G": "The occupational therapist from Kelbridge Children's Therapies will write a sensory diet (a timetable of short movement activities) and train the class teacher and teaching assistant in one 60-minute session in September 2026.\nThe trained teaching assistant will give Tomasz a 3-minute movement break every 20 minutes in lessons, for the 2026/27 school year.\nThe occupational therapist will review the sensory diet once a term for 30 minutes, for the 2026/27 school year.",
        },
        tags=("clean", "lay-clinical", "explained-jargon"),
    ),
    Case(
        name="haemophilia-bleeds-pe-clean",
        sections={
            "C": "Arlo has severe haemophilia A, so his blood does not clot properly and a knock can cause bleeding into a joint. He has to avoid contact sports and needs a bleed to be treated within an hour.",
            "E": "By December 2026, Arlo will tell an adult straight away about every knock or bleed in school, and each one will be reported to his parents and the haemophilia team within one hour, checked against the incident log.\nBy July 2027, Arlo will take part in every PE lesson using the non-contact activities his plan lists.",
            "G": "If Arlo knocks a joint or says he has a bleed, the school nurse will phone his parents and the Ravensholm Haemophilia Centre at once and record it, for the 2026/27 school year.\nThe haemophilia nurse specialist from the Ravensholm Haemophilia Centre will train the school nurse, PE teacher and class teacher in one 90-minute session in September 2026.\nThe PE teacher will plan a non-contact activity for Arlo in every PE lesson, for the 2026/27 school year.",
        },
        tags=("clean", "trigger", "one-off"),
    ),
    Case(
        name="hypermobility-handwriting-flattened-table-clean",
        sections={
            "C": "Grace's joints are very bendy (hypermobility), so her fingers ache after a few lines of handwriting and her knees hurt after standing for more than ten minutes.",
            "E": "By July 2027, Grace will write a full paragraph with her pen grip and sloped board without stopping for pain, in 4 out of 5 English lessons.\nBy July 2027, Grace will sit, not stand, for assemblies and lining up, every day, and report knee pain of 3 or less out of 10 at the end of the school day on 4 days in 5.",
            "G": "Provision | Provider | How often | How long\nPen grip, sloped writing board and 5-minute hand exercises | Teaching assistant trained by the occupational therapist | Every school day | Autumn and spring terms 2026/27\nA chair for assemblies and lining up | Class teacher | Every school day | 2026/27 school year\nReview of hand exercises and equipment | Occupational therapist, Kelbridge Children's Therapies | Once each term, 30 minutes | 2026/27 school year",
        },
        tags=("clean", "table", "school-terms", "explained-jargon"),
    ),
    Case(
        name="narcolepsy-sleep-attacks-clean",
        sections={
            "C": "Priya falls asleep suddenly during the day, often in the afternoon, because of narcolepsy. When she laughs, her legs can give way for a few seconds.",
            "E": "- By July 2027, Priya will stay awake through every afternoon lesson after her planned nap, on 4 out of 5 days.\n- By December 2026, Priya will sit down or hold on at the first sign of her legs giving way, and have no falls in school in the spring term 2027.",
            "G": "- The head of year will give Priya a 20-minute nap in the medical room at the start of lunch every school day, for the 2026/27 school year.\n- The sleep nurse specialist from Ashcombe Children's Sleep Service will visit once in September 2026 for one hour to explain Priya's leg weakness to her teachers.\n- The sleep nurse specialist will phone the head of year once each half term to review the nap plan, for the 2026/27 school year.",
        },
        tags=("clean", "lay-clinical", "one-off"),
    ),
    Case(
        name="cleft-palate-speech-clean",
        sections={
            "C": "Zainab was born with a cleft palate, which was repaired when she was a baby. Her speech is still hard for unfamiliar people to understand, and she is teased about it.",
            "E": "By July 2027, Zainab will say the sounds p, b, t and d correctly in words, in 8 out of 10 tries with her speech and language therapist.\nBy April 2027, Zainab will say she feels safe from teasing, scoring 4 or 5 on her termly wellbeing check.",
            "G": "A specialist speech and language therapist from the Regional Cleft Team at Ravensholm Hospital will see Zainab in school for a block of eight weekly 30-minute sessions in the autumn term 2026 and again in the summer term 2027.\nA teaching assistant trained by the therapist will practise her speech sounds with her for 10 minutes, three times a week, for the 2026/27 school year.\nThe class teacher will run the school's anti-teasing circle time with Zainab's class once a fortnight for 20 minutes, for the autumn and spring terms 2026/27.",
        },
        tags=("clean", "school-terms", "history-sentence"),
    ),
    Case(
        name="spinal-muscular-atrophy-posture-college-clean",
        sections={
            "C": "Ollie is 17 and has spinal muscular atrophy, a condition that weakens his muscles over time. He uses a powered wheelchair, cannot lift his arms above shoulder height and needs help to move from his chair.",
            "E": "By July 2027, Ollie will complete all his college assignments on his laptop with a joystick mouse, meeting every hand-in date.\nBy December 2026, Ollie will come out of his wheelchair twice a day with the hoist, safely and in comfort, with no injuries or missed moves recorded.",
            "G": "The college's assistive technology officer will set up a joystick mouse and voice typing on Ollie's laptop in the first week of the 2026/27 academic year.\nTwo learning support workers trained in moving and handling by the Kelbridge Community Physiotherapy Team will move Ollie with the hoist at 11am and 2pm every college day, for the 2026/27 academic year.\nA physiotherapist from the Kelbridge Community Physiotherapy Team will review his seating and hoisting plan once a term for 45 minutes, for the 2026/27 academic year.",
        },
        tags=("clean", "post-16", "one-off", "admin-role"),
    ),
    Case(
        name="epilepsy-alternative-absences-headed-clean",
        sections={
            "C": "HEALTH NEEDS\nDylan has many short absence seizures each day, when he stares blankly for a few seconds and misses what is said.",
            "E": "OUTCOMES\nBy July 2027, Dylan will catch up on what he missed after a blank spell by checking his lesson card, in 4 out of 5 lessons observed by his teacher.",
            "G": "PROVISION\nThe class teacher will give Dylan a lesson card with the main instructions written down, in every lesson, for the 2026/27 school year.\nThe epilepsy nurse specialist from Kelbridge Children's Epilepsy Service will train all staff who teach Dylan in one 60-minute session in September 2026 and again in September 2027.",
        },
        tags=("clean", "capitalised-headings", "one-off"),
    ),
    Case(
        name="lupus-sun-fatigue-first-person-clean",
        sections={
            "C": "I have lupus. The sun makes my skin and joints flare up, and I get very tired. I want to keep doing Art and Geography fieldwork.",
            "E": "By July 2027, I will go on every Geography field trip, wearing my sun protection and resting in the shade every hour.\nBy July 2027, I will hand in all my Art coursework on time, using my agreed rest days.",
            "G": "The Geography teacher will plan a shaded rest stop every hour and remind me about sun cream and my hat on every field trip, for the 2026/27 school year.\nThe Art teacher will agree two coursework rest days with me each half term, for the 2026/27 school year.\nThe paediatric rheumatology nurse from Ashcombe Children's Hospital will send the school a written update on my sun and tiredness plan after each clinic visit, twice a year, until I finish Year 11.",
        },
        tags=("clean", "first-person", "trigger"),
    ),
    Case(
        name="chronic-pain-attendance-long-paragraph-clean",
        sections={
            "C": "Ava has had widespread pain for two years. Her pain specialists have found no damage in her body, and they explain that her nervous system has become oversensitive. She has missed a third of the last school year, mostly in the mornings, and she now finds it frightening to come back into a full classroom.",
            "E": "By December 2026, Ava will attend every afternoon of her part-time timetable.\nBy July 2027, Ava will attend full days on at least four days a week and say she can cope in class, scoring 6 or more out of 10 on her weekly check-in.",
            "G": "A clinical psychologist from the Morrow Vale Children's Pain Service will see Ava weekly for 50 minutes for 16 weeks from September 2026, to help her manage pain and get back to school. A physiotherapist from the Pain Service will set a graded activity plan and review it with Ava in school every fortnight for 30 minutes, for the autumn and spring terms 2026/27. The head of year will agree a part-time timetable with Ava that adds one lesson a week, and will check it with her every Friday, for the 2026/27 school year.",
        },
        tags=("clean", "long-paragraph", "lay-clinical", "history-sentence"),
    ),
    Case(
        name="heart-blue-lips-rest-clean",
        sections={
            "C": "Benji was born with a complex heart condition and has had three operations. His lips turn blue when he is cold or has been running, and he needs to warm up and rest.",
            "E": "By July 2027, Benji will tell an adult and go to his warm rest corner whenever his lips turn blue, on every occasion logged by staff.",
            "G": "Benji's teaching assistant, trained by the Ashcombe Children's Heart Centre nurse specialist, will check his lip colour after every playtime and PE lesson and follow his heart care plan, for the 2026/27 school year.\nThe heart centre nurse specialist will update the care plan and retrain staff once a year in September, for as long as Benji attends the school.",
        },
        tags=("clean", "history-sentence", "lay-clinical"),
    ),
    Case(
        name="stroke-one-sided-weakness-numbered-clean",
        sections={
            "C": "Freya had a stroke as a baby. The right side of her body is weak, so she struggles with cutting, dressing for PE and carrying a lunch tray.",
            "E": "1. By July 2027, Freya will change for PE on her own within ten minutes, in 4 out of 5 PE lessons.\n2. By July 2027, Freya will cut out a simple shape and carry her lunch tray to her table without help, on 4 out of 5 days.",
            "G": "1. An occupational therapist from Kelbridge Children's Therapies will see Freya in school every fortnight for 40 minutes to practise dressing, cutting and carrying, for the autumn and spring terms 2026/27.\n2. The teaching assistant, trained by the occupational therapist, will practise the same tasks with Freya for 10 minutes on three mornings a week, for the 2026/27 school year.\n3. The SEN coordinator (special educational needs coordinator) will buy spring-loaded scissors and a non-slip tray mat for Freya before September 2026.",
        },
        tags=("clean", "numbered", "lay-clinical"),
    ),
    Case(
        name="fragile-x-anxiety-noise-section-period-clean",
        sections={
            "C": "Louis has fragile X syndrome. He covers his ears and runs out of the hall when it is noisy, and he becomes very anxious when his day changes without warning.",
            "E": "By July 2027, Louis will stay in the hall for the whole of a school assembly, wearing his ear defenders, once a week.\nBy July 2027, Louis will look at his visual timetable and accept a change to his day without leaving the room, on 4 out of 5 occasions.",
            "G": "All of the following is for the 2026/27 school year.\n- The class teacher will show Louis his visual timetable at the start of every morning and warn him of any change 15 minutes before it happens.\n- Louis's teaching assistant, trained by the Kelbridge Autism and Learning Disability Team, will give him ear defenders before every assembly and sit with him by the door.\n- A clinical psychologist from the Kelbridge Autism and Learning Disability Team will meet the class team once each half term for 45 minutes to review his anxiety plan.",
        },
        tags=("clean", "section-period", "lay-clinical"),
    ),
    Case(
        name="ocd-checking-homework-college-clean",
        sections={
            "C": "Jordan (they/them) is 18 and has obsessive-compulsive disorder. They check and re-check their work and cannot hand in assignments on time.",
            "E": "By July 2027, Jordan will hand in every assignment by its deadline, with no more than two checks before submitting.",
            "G": "A cognitive behavioural therapist (a registered psychological therapist) from Westbrook Young People's Mental Health Service will see Jordan weekly for 50 minutes, for 14 sessions from September 2026.\nJordan's personal tutor will meet them for 15 minutes every Monday to plan the week's assignments, for the 2026/27 academic year.",
        },
        tags=("clean", "post-16", "gender-neutral"),
    ),
    Case(
        name="williams-syndrome-stranger-danger-clean",
        sections={
            "C": "Mia has Williams syndrome. She is very friendly and will go off with people she does not know. She is very frightened by sudden loud sounds such as hand dryers and fire alarms.",
            "E": "- By July 2027, Mia will stay with her group and tell an adult when a stranger talks to her, on every school trip.\n- By April 2027, Mia will leave the building calmly during a fire drill, holding her buddy's hand, with ear defenders on.",
            "G": "- The class teacher will teach Mia's stranger safety story in a 15-minute lesson every week, for the autumn and spring terms 2026/27.\n- A named teaching assistant will stay with Mia on every school trip and out-of-school visit, for the 2026/27 school year; the teaching assistant has been trained in her safety plan by the Kelbridge Learning Disability Team.\n- The special educational needs coordinator will warn Mia's class teacher before every planned fire drill so Mia can wear ear defenders, for the 2026/27 school year.",
        },
        tags=("clean", "trained-elsewhere-in-section"),
    ),
    Case(
        name="achondroplasia-toileting-reach-clean",
        sections={
            "C": "Reuben has achondroplasia (a type of restricted growth). His arms are short, so he cannot reach to wipe himself after using the toilet, and his legs tire on long walks.",
            "E": "By July 2027, Reuben will use the toilet on his own, with his long-handled wiping aid, every time he goes.\nBy July 2027, Reuben will get to the lunch hall and back without asking to be carried, every school day.",
            "G": "An occupational therapist from the Morrow Vale Children's Therapy Service will supply a wiping aid and a step and teach Reuben to use them in four weekly 30-minute sessions in September 2026.\nThe class teacher will give Reuben a scooter board for the lunch hall corridor, to use every day until he leaves the school; his teaching assistant, trained by the occupational therapist, will check it each week.",
        },
        tags=("clean", "explained-jargon", "lay-clinical"),
    ),
    Case(
        name="kidney-transplant-college-handwash-clean",
        sections={
            "C": "Kai is 19 and had a kidney transplant in spring 2026. He must take his anti-rejection medicine at 8am and 8pm, so he cannot miss the 8pm dose on evening placements, and he has to avoid catching infections.",
            "E": "By July 2027, Kai will take both his daily doses on time on every college day and placement day, recorded on his phone app.\nBy July 2027, Kai will finish his catering placement with no time off for infections caught at work.",
            "G": "Kai's placement coordinator will set an evening break at 8pm on every evening placement shift, for the 2026/27 academic year.\nThe transplant nurse specialist from Ravensholm Hospital will visit the placement kitchen once, in September 2026, for one hour to agree glove, handwashing and food safety rules for Kai, and will review them by phone every term for the 2026/27 academic year.",
        },
        tags=("clean", "post-16", "one-off", "medicine-not-named"),
    ),
    Case(
        name="stammer-oral-presentations-clean",
        sections={
            "C": "Noah has a stammer. He avoids speaking in class and will not read aloud or give a presentation.",
            "E": "By July 2027, Noah will give a two-minute talk to a small group in English, using his smooth-speech techniques.",
            "G": "A speech and language therapist from the Ashcombe Stammering Service will see Noah for six weekly 45-minute sessions in the spring term 2027.\nHis English teacher will let him present to a group of four before the whole class, in every speaking assessment, for the 2026/27 school year.",
        },
        tags=("clean", "school-terms"),
    ),
    # ---- plan cases, golden thread faults ----
    Case(
        name="crohns-eating-in-front-of-others-no-provision",
        sections={
            "C": "Harvey has Crohn's disease, which inflames his gut. He is often too tired to walk between the two school buildings at lunchtime. He is embarrassed about his weight loss and will not eat in the dining hall in front of others. He needs to use the toilet urgently, sometimes several times in a lesson.",
            "E": "By December 2026, Harvey will have all his lessons in one building and arrive on time to 9 out of 10 lessons.\nBy April 2027, Harvey will eat a full lunch at school on four days out of five, recorded by his form tutor.\nBy December 2026, Harvey will leave lessons to use the toilet with his exit card whenever he needs to, without being asked why.",
            "G": "The timetable manager will place all of Harvey's lessons in the main building from September 2026 until he leaves the school.\nThe head of year will give Harvey an exit card and a key to the accessible toilet on his first day back in September 2026, and will check with him every half term that they work, for the 2026/27 school year.\nThe inflammatory bowel disease nurse specialist from Ravensholm Hospital will send the school an updated fatigue plan after each clinic visit, three times a year, for the 2026/27 school year.",
        },
        expected=(
            (
                "golden_thread",
                "C",
                "He is embarrassed about his weight loss and will not eat in the dining hall in front of others.",
            ),
        ),
        tags=("golden_thread", "need-no-provision", "several-needs-paragraph", "lay-clinical"),
    ),
    Case(
        name="tourettes-cannot-sit-still-no-outcome-numbered",
        sections={
            "C": "1. Kieran has Tourette's syndrome with frequent head-jerking and throat-clearing tics.\n2. He cannot sit still through a lesson and needs to move every quarter of an hour.\n3. He is worried that other children laugh at his tics.",
            "E": "1. By July 2027, Kieran will tell us that he feels comfortable in class, scoring 7 or more out of 10 on his fortnightly check-in, on 4 out of 5 check-ins.\n2. By April 2027, Kieran will explain his tics to his class in a short talk he has planned with his nurse.",
            "G": "1. The Tourette's nurse specialist from the Westbrook Children's Neurology Service will meet Kieran three times in the autumn term 2026, for 45 minutes each, to plan a talk to his class about his tics.\n2. The class teacher will give Kieran a job that involves moving around the room every 15 minutes in every lesson, for the 2026/27 school year.\n3. The form tutor will hold a 10-minute check-in with Kieran every other Monday and record his score, for the 2026/27 school year.",
        },
        expected=(
            (
                "golden_thread",
                "C",
                "He cannot sit still through a lesson and needs to move every quarter of an hour.",
            ),
        ),
        tags=("golden_thread", "need-no-outcome", "numbered", "lay-clinical"),
    ),
    Case(
        name="dialysis-dietitian-weight-provision-no-need",
        sections={
            "C": "Bella has kidney disease and has dialysis (a machine cleans her blood) at home overnight. She is very tired in the mornings and often arrives late. Her bones ache if she stands for long.",
            "E": "- By July 2027, Bella will arrive at school by 9:30am on at least 4 days in 5.\n- By December 2026, Bella will sit on her perching stool in science practicals and assemblies, and say her bones ache less, scoring 3 or under out of 10 after each practical.",
            "G": "- The head of year will agree a 9:30am start with Bella and her family and review it with them every half term, for the 2026/27 school year.\n- The science technician will put a perching stool out for Bella before every science practical, for the 2026/27 school year.\n- The kidney dietitian from Ravensholm Hospital will meet Bella in school once a month for 30 minutes to plan meals that help her gain weight, for the 2026/27 school year.",
        },
        expected=(
            (
                "golden_thread",
                "G",
                "The kidney dietitian from Ravensholm Hospital will meet Bella in school once a month for 30 minutes to plan meals that help her gain weight, for the 2026/27 school year.",
            ),
        ),
        tags=("golden_thread", "provision-no-need", "bullets"),
    ),
    Case(
        name="heart-table-needs-row-no-provision",
        sections={
            "C": "Area of need | What this means for Jayden\nMoving around school | Jayden gets breathless climbing stairs and walking fast between lessons.\nTiredness | By the afternoon he is too tired to concentrate in lessons.\nInfections | A cold can make him seriously ill, so his parents need to know about outbreaks in school.",
            "E": "Outcome | By when\nJayden will get to every lesson on time without stopping to rest on the way | December 2026\nJayden will complete his afternoon work in 4 out of 5 lessons after his rest break | July 2027\nJayden and his parents will be told about every outbreak of flu or stomach bug in his class on the same day | December 2026",
            "G": "Provision | Who | How often | How long\nLift pass and leaving lessons two minutes early | Head of year | Every lesson change | 2026/27 school year\nA 15-minute rest in the library after lunch | Teaching assistant trained by the cardiac nurse specialist | Every school day | 2026/27 school year",
        },
        expected=(
            (
                "golden_thread",
                "C",
                "Infections | A cold can make him seriously ill, so his parents need to know about outbreaks in school.",
            ),
        ),
        tags=("golden_thread", "need-no-provision", "table"),
    ),
    Case(
        name="brain-injury-headaches-no-provision-no-outcome",
        sections={
            "C": "Since her brain injury in 2026, Lottie has been slower to process what she hears and needs instructions repeated. She gets bad headaches in bright, noisy rooms, and then has to go home. She finds it hard to start a task on her own.",
            "E": "By July 2027, Lottie will complete a two-step instruction after hearing it once, with a written prompt, in 4 out of 5 lessons.\nBy July 2027, Lottie will start her independent work within two minutes, using her task board, in 4 out of 5 lessons.",
            "G": "The class teacher will give every instruction slowly, once, and then point to a written prompt, in every lesson, for the 2026/27 school year.\nA teaching assistant trained by the Wexford Park Brain Injury Service will set up Lottie's task board at the start of every independent task, for the 2026/27 school year.\nAn educational psychologist from the Wexford Park Brain Injury Service will review Lottie's progress with the class teacher once a term for one hour, for the 2026/27 school year.",
        },
        expected=(
            (
                "golden_thread",
                "C",
                "She gets bad headaches in bright, noisy rooms, and then has to go home.",
            ),
        ),
        tags=("golden_thread", "need-no-provision", "need-no-outcome", "several-needs-paragraph"),
    ),
    Case(
        name="deafblind-nursery-physio-provision-no-need",
        sections={
            "C": "Otis is 2 and has a severe hearing loss and sight in one eye only. He communicates by touching objects and by a few signs on the body. He becomes very distressed when adults he does not know handle him.",
            "E": "By July 2027, Otis will use six touch cues to ask for food, drink, outside, nappy, cuddle and music, on most days, counted as 4 days in 5.\nBy April 2027, Otis will accept care from his two named key workers without crying, on 9 out of 10 nursery sessions.",
            "G": "Otis will have two named key workers, trained in touch cues and on-body signing by the Kelbridge Deafblind Outreach Team, for every nursery session in the 2026/27 nursery year.\nA qualified teacher of multi-sensory impaired children from the Kelbridge Sensory Team will visit every fortnight for one hour to add new touch cues, for the 2026/27 nursery year.\nA children's physiotherapist from Kelbridge Children's Therapies will see Otis in nursery every week for 30 minutes to work on his sitting balance and crawling, for the 2026/27 nursery year.",
        },
        expected=(
            (
                "golden_thread",
                "G",
                "A children's physiotherapist from Kelbridge Children's Therapies will see Otis in nursery every week for 30 minutes to work on his sitting balance and crawling, for the 2026/27 nursery year.",
            ),
        ),
        tags=("golden_thread", "provision-no-need", "early-years"),
    ),
    Case(
        name="rett-curved-spine-change-position-no-provision",
        sections={
            "C": "- Layla has Rett syndrome and does not use words; she shows what she wants with her eyes.\n- Her spine is curved, so she needs to change position out of her wheelchair every hour to stay comfortable.\n- She grinds her teeth and wrings her hands when she is bored or anxious.",
            "E": "- By July 2027, Layla will choose between two activities by looking at a picture, in 8 out of 10 choices offered.\n- By July 2027, Layla will spend at least 20 minutes of every hour out of her wheelchair in her standing frame or side-lying, recorded on her positioning chart.\n- By April 2027, Layla will take part in a 15-minute group music session with her hands free, on 3 out of 4 sessions.",
            "G": "- A speech and language therapist from the Morrow Vale Communication Aids Service will visit every month for one hour to update Layla's choice boards, for the 2026/27 school year.\n- The music teacher will run a 15-minute music group with Layla and three classmates every Tuesday and Thursday, for the 2026/27 school year.",
        },
        expected=(
            (
                "golden_thread",
                "C",
                "Her spine is curved, so she needs to change position out of her wheelchair every hour to stay comfortable.",
            ),
        ),
        tags=("golden_thread", "need-no-provision", "bullets", "lay-clinical"),
    ),
    Case(
        name="fnd-college-crowded-corridors-no-outcome",
        sections={
            "C": "Rowan (they/them) is 17 and has functional neurological disorder, with shaking episodes that can last up to 20 minutes. They panic in crowded corridors, which often sets off an episode. They miss lectures after episodes and fall behind with assignments.",
            "E": "By July 2027, Rowan will hand in all assignments by their deadline, using recorded lectures for any sessions they miss.\nBy July 2027, Rowan will return to class within 30 minutes of 4 out of 5 episodes, with their support worker following their plan.",
            "G": "Rowan's learning support worker, trained by the Westbrook Neuropsychiatry Team, will follow Rowan's episode plan every time they have an episode, for the 2026/27 academic year.\nThe curriculum manager will make sure every lecture on Rowan's course is recorded and shared on the same day, for the 2026/27 academic year.\nRowan's personal tutor will give them a pass to move between rooms five minutes before other students, for every lesson change in the 2026/27 academic year.",
        },
        expected=(
            (
                "golden_thread",
                "C",
                "They panic in crowded corridors, which often sets off an episode.",
            ),
        ),
        tags=("golden_thread", "need-no-outcome", "post-16", "gender-neutral"),
    ),
    Case(
        name="prader-willi-skin-picking-no-provision",
        sections={
            "C": "Jude has Prader-Willi syndrome. He thinks about food all the time and will take it from other children's lunch boxes. He picks at sores on his arms until they bleed, especially when he is anxious. He gets upset and angry when routines change.",
            "E": "1. By July 2027, Jude will eat only his own packed lunch, with no food taken from others, on every day recorded in his food log.\n2. By July 2027, Jude will have no open sores on his arms at his termly skin check with the school nurse.\n3. By April 2027, Jude will accept a change to his timetable calmly, after seeing it on his visual timetable, on 4 out of 5 occasions.",
            "G": "1. Jude's 1:1 teaching assistant, trained by the Morrow Vale dietitian, will supervise every snack time and lunch and keep his food log, for the 2026/27 school year.\n2. The class teacher will show Jude his visual timetable every morning and mark any change on it before it happens, for the 2026/27 school year.\n3. The class teacher will keep the lunch boxes of Jude's class in a locked cupboard every school day, for the 2026/27 school year.",
        },
        expected=(
            (
                "golden_thread",
                "C",
                "He picks at sores on his arms until they bleed, especially when he is anxious.",
            ),
        ),
        tags=("golden_thread", "need-no-provision", "several-needs-paragraph"),
    ),
    Case(
        name="jia-college-counselling-provision-no-need",
        sections={
            "C": "Tegan is 16 and has arthritis in her hips and hands. She cannot sit for more than 30 minutes without her hips stiffening, and her hands are too painful to write for long in exams.",
            "E": "By June 2027, Tegan will sit her college exams using a laptop, with a 5-minute stand-up break every 30 minutes.\nBy December 2026, Tegan will stay to the end of every two-hour lecture, standing to stretch every half hour.",
            "G": "The exams officer will arrange a laptop and supervised rest breaks for every college exam from January 2027 to June 2028.\nTegan's lecturers will let her stand and stretch for two minutes every 30 minutes in every lecture, as advised by her physiotherapist at the Kelmoor Children's Rheumatology Service, for the 2026/27 academic year.\nA college counsellor, registered with the British Association for Counselling and Psychotherapy, will see Tegan weekly for 45 minutes for 10 weeks from September 2026 to help with low mood.",
        },
        expected=(
            (
                "golden_thread",
                "G",
                "A college counsellor, registered with the British Association for Counselling and Psychotherapy, will see Tegan weekly for 45 minutes for 10 weeks from September 2026 to help with low mood.",
            ),
        ),
        tags=("golden_thread", "provision-no-need", "post-16"),
    ),
    Case(
        name="cvi-lost-in-corridors-no-provision-no-outcome",
        sections={
            "C": "Rafi has cerebral visual impairment, which means his brain struggles to make sense of what his eyes see. He cannot pick out a face in a crowd, so he does not know who is talking to him. He gets lost in busy corridors. He cannot read normal-size print on the board.",
            "E": "- By July 2027, Rafi will greet by name the five adults who work with him most, after they say their name first, on 4 out of 5 days.\n- By July 2027, Rafi will read all class text from his own tablet, enlarged to his size, in every lesson.",
            "G": "- Every adult who works with Rafi will say their name when they speak to him, as trained by the qualified teacher of vision impairment from the Morrow Vale Sensory Support Service, for the 2026/27 school year.\n- The class teacher will send the board text to Rafi's tablet at the start of every lesson, for the 2026/27 school year.\n- The qualified teacher of vision impairment will visit every three weeks for one hour to check Rafi's tablet and train new staff, for the 2026/27 school year.",
        },
        expected=(("golden_thread", "C", "He gets lost in busy corridors."),),
        tags=("golden_thread", "need-no-provision", "need-no-outcome", "explained-jargon"),
    ),
    Case(
        name="adhd-forgets-equipment-no-outcome-long-paragraph",
        sections={
            "C": "Connor cannot sit still through a lesson: he tips his chair, hums and gets up to wander after a few minutes. He forgets his pencil case, his PE kit and his reading book most days, which leads to detentions. He is impulsive in the playground and gets into fights when games do not go his way.",
            "E": "By July 2027, Connor will stay in his seat, or at his standing desk, for 15 minutes at a time in 4 out of 5 lessons. By April 2027, Connor will have no more than one playground incident a month, recorded on the school's behaviour log.",
            "G": "The class teacher will let Connor use a standing desk and a wobble cushion and give him a 2-minute errand every 15 minutes in every lesson, for the 2026/27 school year. A teaching assistant trained by the Kelbridge Children's Attention and Hyperactivity Nurse Team will check Connor's equipment list with him every morning at 8:50am, for the 2026/27 school year. A lunchtime supervisor trained by the same nurse team will run a structured game with Connor and four friends every lunchtime, for the 2026/27 school year.",
        },
        expected=(
            (
                "golden_thread",
                "C",
                "He forgets his pencil case, his PE kit and his reading book most days, which leads to detentions.",
            ),
        ),
        tags=("golden_thread", "need-no-outcome", "long-paragraph", "lay-clinical"),
    ),
    Case(
        name="kidney-early-years-wet-nappies-no-provision",
        sections={
            "C": "Evie is 3 and has a kidney condition that makes her pass a lot of urine. She needs her nappy changed every hour. She gets thirsty quickly and needs drinks often. She tires easily and needs a sleep after lunch.",
            "E": "By December 2026, Evie will have her nappy changed at least once an hour at nursery, with no sore skin at her monthly check by her health visitor.\nBy July 2027, Evie will drink from her open cup whenever she is thirsty and finish at least six cups a day.\nBy December 2026, Evie will have a sleep after lunch and join the afternoon activities, on 4 out of 5 days.",
            "G": "Evie's key worker will offer her a drink from her own cup every 30 minutes and record it on her drinks chart, at every nursery session in the 2026/27 nursery year; the key worker has been trained by the kidney nurse specialist from Ravensholm Hospital.\nThe nursery manager will set aside a cot in the quiet room for Evie's sleep after lunch every day, for the 2026/27 nursery year.",
        },
        expected=(("golden_thread", "C", "She needs her nappy changed every hour."),),
        tags=("golden_thread", "need-no-provision", "early-years"),
    ),
    Case(
        name="remission-hearing-loss-no-provision",
        sections={
            "C": "Isla finished treatment for a brain tumour in early 2026 and is in remission. The treatment damaged her hearing, so she misses what is said when there is background noise. She tires very easily and needs a rest in the afternoon. She has had no seizures since then.",
            "E": "By July 2027, Isla will repeat back the main instruction in 4 out of 5 lessons, in the class's usual noise.\nBy July 2027, Isla will attend full days on four days a week, with a 20-minute afternoon rest.",
            "G": "A teaching assistant trained by the oncology outreach nurse from Ashcombe Children's Hospital will take Isla for a 20-minute rest in the medical room at 1:30pm every school day, for the 2026/27 school year.\nThe oncology outreach nurse will visit once a term for 45 minutes to review her fatigue plan with the class teacher, for the 2026/27 school year.",
        },
        expected=(
            (
                "golden_thread",
                "C",
                "The treatment damaged her hearing, so she misses what is said when there is background noise.",
            ),
        ),
        tags=("golden_thread", "need-no-provision", "history-sentence", "not-a-need-sentence"),
    ),
    Case(
        name="crohns-stoma-provision-no-need",
        sections={
            "C": "Maya has Crohn's disease. When it flares up she has stomach pain and needs to lie down, and she misses lessons.",
            "E": "By July 2027, Maya will return to class within 30 minutes of lying down in the medical room, on 4 out of 5 occasions.\nBy July 2027, Maya will catch up on missed work using the online lesson notes within one week of any absence.",
            "G": "If Maya has stomach pain, the school's first aider will take her to lie down in the medical room and check on her every 10 minutes, for the 2026/27 school year.\nThe class teacher will post lesson notes online after every lesson, for the 2026/27 school year.\nThe stoma nurse from Ravensholm Hospital will train two staff to help Maya change her stoma bag (the bag that collects waste from an opening in her tummy), in one 60-minute session in September 2026.",
        },
        expected=(
            (
                "golden_thread",
                "G",
                "The stoma nurse from Ravensholm Hospital will train two staff to help Maya change her stoma bag (the bag that collects waste from an opening in her tummy), in one 60-minute session in September 2026.",
            ),
        ),
        tags=("golden_thread", "provision-no-need", "trigger", "one-off"),
    ),
    Case(
        name="turner-two-needs-no-provision",
        sections={
            "C": "Poppy has Turner syndrome. She finds maths very hard, especially anything to do with space and shape. She has a mild hearing loss in both ears and wears hearing aids. She finds it hard to read other children's feelings and is often left out.",
            "E": "By July 2027, Poppy will solve one-step shape problems with concrete equipment, getting 7 out of 10 right in her end-of-term test.\nBy July 2027, Poppy will hear and follow class instructions, with her radio aid, in 4 out of 5 lessons.\nBy July 2027, Poppy will join a game with two friends at playtime on at least three days a week.",
            "G": "A qualified teacher of the deaf from the Kelbridge Sensory Team will visit once a half term for one hour to check Poppy's hearing aids and radio aid and advise staff, for the 2026/27 school year.\nThe class teacher will wear the radio aid transmitter in every lesson, for the 2026/27 school year.",
        },
        expected=(
            (
                "golden_thread",
                "C",
                "She finds maths very hard, especially anything to do with space and shape.",
            ),
            (
                "golden_thread",
                "C",
                "She finds it hard to read other children's feelings and is often left out.",
            ),
        ),
        tags=("golden_thread", "need-no-provision", "several-needs-paragraph"),
    ),
    # ---- plan cases, outcomes not SMART ----
    Case(
        name="jia-outcome-more-confident",
        sections={
            "C": "Sienna has arthritis in her ankles and knees. She cannot walk the distance to the playing field, and she feels left out when her friends go there.",
            "E": "- Sienna will be more confident and happy at break times.\n- By July 2027, Sienna will get to the playing field in her push wheelchair and join a game with her friends on at least three lunchtimes a week.",
            "G": "- A teaching assistant trained by the Kelmoor Children's Rheumatology physiotherapist will push Sienna to the playing field every lunchtime, for the 2026/27 school year.\n- The lunchtime supervisor will set up a seated game for Sienna and three friends every Monday, Wednesday and Friday lunchtime, for the 2026/27 school year; the supervisor has been trained in inclusive play by the same physiotherapist.",
        },
        expected=(
            ("outcome_not_smart", "E", "Sienna will be more confident and happy at break times."),
        ),
        tags=("outcome_not_smart", "bullets"),
    ),
    Case(
        name="selective-mutism-outcome-time-no-criterion",
        sections={
            "C": "Lily does not speak at school or to any adult outside her family, and she freezes when asked a question.",
            "E": "By July 2027, Lily will make progress with her talking at school.",
            "G": "A speech and language therapist from Ashcombe Children's Speech and Language Therapy will train Lily's key adult, a teaching assistant, in a one-hour session in September 2026, and will review progress with her once a half term for 30 minutes for the 2026/27 school year.\nThe trained key adult will run a 10-minute talking game with Lily four times a week, for the 2026/27 school year.",
        },
        expected=(
            (
                "outcome_not_smart",
                "E",
                "By July 2027, Lily will make progress with her talking at school.",
            ),
        ),
        tags=("outcome_not_smart", "time-no-criterion", "lay-clinical"),
    ),
    Case(
        name="tics-outcome-manage-better-numbered",
        sections={
            "C": "1. Ibrahim's tics are worse when he is tired and anxious, and he tries to hide them, which gives him headaches.\n2. His handwriting is slow because of hand and arm tics.",
            "E": "1. Ibrahim will manage his tics better.\n2. By July 2027, Ibrahim will type his English and history work, producing at least one page in a 45-minute lesson.",
            "G": "1. A clinical psychologist from the Westbrook Children's Neurology Service will see Ibrahim for eight weekly 50-minute sessions of tic therapy in the autumn term 2026.\n2. The head of year will give Ibrahim a laptop for every English and history lesson from September 2026 until he leaves the school.",
        },
        expected=(("outcome_not_smart", "E", "Ibrahim will manage his tics better."),),
        tags=("outcome_not_smart", "numbered"),
    ),
    Case(
        name="college-first-person-outcome-feel-happier",
        sections={
            "C": "I am 18 and I have Crohn's disease. I get very tired on days when it is bad and I need to use the toilet quickly.",
            "E": "I will feel happier at college.\nBy July 2027, I will use my toilet pass whenever I need to and stay in college for at least 90% of my timetable.",
            "G": "My personal tutor will give me a toilet pass and a key to the staff toilet on my first day in September 2026, to use until I finish my course.\nThe inflammatory bowel disease nurse from Ravensholm Hospital will send my tutor a tiredness plan after every clinic visit, three times a year, for the 2026/27 academic year, and my tutor will follow it every day I say is a bad day.",
        },
        expected=(("outcome_not_smart", "E", "I will feel happier at college."),),
        tags=("outcome_not_smart", "first-person", "post-16"),
    ),
    Case(
        name="heart-outcome-access-curriculum",
        sections={
            "C": "Jacob was born with half a working heart and has had three operations. He gets tired walking up hills and cannot run.",
            "E": "To access the full curriculum.\nBy July 2027, Jacob will walk to the sports hall and back within 10 minutes, on 4 out of 5 school days.",
            "G": "The PE teacher will follow the exercise plan from the cardiac nurse specialist at the Ashcombe Children's Heart Centre in every PE lesson, for the 2026/27 school year.\nThe class teacher will let Jacob leave each lesson three minutes early to walk to the next one, for the 2026/27 school year.",
        },
        expected=(("outcome_not_smart", "E", "To access the full curriculum."),),
        tags=("outcome_not_smart", "history-sentence"),
    ),
    Case(
        name="epilepsy-outcome-about-staff",
        sections={
            "C": "Noor has tonic-clonic seizures (she falls, goes stiff and jerks) about once a month, usually in the morning.",
            "E": "Staff will understand Noor's epilepsy and know what to do.\nBy July 2027, Noor will be back in class within one hour after 4 out of 5 seizures, with her rest plan followed.",
            "G": "The epilepsy nurse specialist from the Kelbridge Children's Epilepsy Service will train Noor's class team in her seizure plan in one 90-minute session in September 2026.\nIf Noor has a seizure, a member of the trained class team will follow her seizure plan and stay with her until she has recovered, for the 2026/27 school year.",
        },
        expected=(
            (
                "outcome_not_smart",
                "E",
                "Staff will understand Noor's epilepsy and know what to do.",
            ),
        ),
        tags=("outcome_not_smart", "trigger", "explained-jargon"),
    ),
    Case(
        name="feeding-outcome-over-time-independent",
        sections={
            "C": "Sami has cerebral palsy and cannot hold a spoon steadily, so an adult feeds him at lunch.",
            "E": "Over time, Sami will become more independent with his feeding.",
            "G": "An occupational therapist from Kelbridge Children's Therapies will provide an angled spoon and a suction bowl and show Sami's parents how to use them in one 45-minute session at home in September 2026.\nSami's lunchtime helper will practise spoon-feeding skills with him for 10 minutes at the start of every lunch, for the 2026/27 school year.",
        },
        expected=(
            (
                "outcome_not_smart",
                "E",
                "Over time, Sami will become more independent with his feeding.",
            ),
            (
                "no_provider",
                "G",
                "Sami's lunchtime helper will practise spoon-feeding skills with him for 10 minutes at the start of every lunch, for the 2026/27 school year.",
            ),
        ),
        tags=("outcome_not_smart", "no_provider", "one-off"),
    ),
    Case(
        name="attendance-outcome-more-often-two-faults",
        sections={
            "C": "Zoe has had long-term tiredness since a virus in early 2026. She wakes exhausted and misses two or three days of school a week.",
            "E": "1. Zoe will attend school more often.\n2. By the end of the spring term 2027, Zoe will be less tired.",
            "G": "1. A paediatrician from the Morrow Vale Fatigue Service will see Zoe in clinic every eight weeks for 30 minutes, for 12 months from September 2026.\n2. An occupational therapist from the Fatigue Service will agree a part-time timetable and activity plan with Zoe and her head of year and review it every three weeks for 30 minutes, for the autumn and spring terms 2026/27.",
        },
        expected=(
            ("outcome_not_smart", "E", "Zoe will attend school more often."),
            (
                "outcome_not_smart",
                "E",
                "By the end of the spring term 2027, Zoe will be less tired.",
            ),
        ),
        tags=("outcome_not_smart", "numbered", "school-terms"),
    ),
    # ---- plan cases, provision wording faults ----
    Case(
        name="jia-access-to-quiet-room-only-vague",
        sections={
            "C": "Alfie has arthritis in his hips. Pain builds up through the morning and he needs somewhere calm to stretch.",
            "E": "By July 2027, Alfie will do his stretching routine at morning break and report pain of 4 or less out of 10 at lunchtime, on 4 days in 5.",
            "G": "The form tutor will give Alfie access to the quiet room at every morning break to do his stretches, for the 2026/27 school year.\nA physiotherapist from the Kelmoor Children's Rheumatology Service will review the stretches with Alfie in school once a term for 30 minutes, for the 2026/27 school year.",
        },
        expected=(("unspecified_provision", "G", "access to"),),
        tags=("unspecified_provision",),
    ),
    Case(
        name="heart-regular-reviews-no-frequency",
        sections={
            "C": "Harriet has a heart condition that makes her tire quickly, and she needs to pace herself in PE and on school trips.",
            "E": "By July 2027, Harriet will take part in every PE lesson and school trip, taking the rest breaks in her activity plan.",
            "G": "The cardiac nurse specialist from the Ashcombe Children's Heart Centre will provide regular reviews of Harriet's activity plan with the PE teacher, for the 2026/27 school year.\nThe PE teacher will follow the activity plan in every PE lesson and on every school trip, for the 2026/27 school year.",
        },
        expected=(
            ("unspecified_provision", "G", "regular"),
            (
                "no_frequency",
                "G",
                "The cardiac nurse specialist from the Ashcombe Children's Heart Centre will provide regular reviews of Harriet's activity plan with the PE teacher, for the 2026/27 school year.",
            ),
        ),
        tags=("unspecified_provision", "no_frequency"),
    ),
    Case(
        name="diabetes-type-1-as-required-checks-table",
        sections={
            "C": "Callum has type 1 diabetes. His blood sugar can drop quickly after exercise, and he needs help to check it and to work out his lunchtime injection dose.",
            "E": "By July 2027, Callum will check his own blood sugar before lunch and after PE and tell an adult the number, on every school day.",
            "G": "Provision | Who | How often | How long\nBlood sugar checks | Teaching assistant trained by the Children's Diabetes Nurse Team, Westbrook | As required | 2026/27 school year\nWorking out and giving his lunchtime injection | Teaching assistant trained by the Children's Diabetes Nurse Team, Westbrook | Every school day at 12:15pm | 2026/27 school year",
        },
        expected=(
            ("unspecified_provision", "G", "As required"),
            (
                "no_frequency",
                "G",
                "Blood sugar checks | Teaching assistant trained by the Children's Diabetes Nurse Team, Westbrook | As required | 2026/27 school year",
            ),
        ),
        tags=("unspecified_provision", "no_frequency", "table"),
    ),
    Case(
        name="brain-injury-should-only",
        sections={
            "C": "Since his brain injury, Ezra loses his temper quickly when he is tired, usually after lunch.",
            "E": "By April 2027, Ezra will ask for his calm-down time before he loses his temper, on 4 out of 5 afternoons recorded by his teaching assistant.",
            "G": "Ezra's teaching assistant, trained by the Wexford Park Brain Injury Service, should take him for 10 minutes of calm-down time straight after every lunch, for the 2026/27 school year.\nA clinical psychologist from the Wexford Park Brain Injury Service will review his calm-down plan with the teaching assistant once a half term for 45 minutes, for the 2026/27 school year.",
        },
        expected=(("unspecified_provision", "G", "should"),),
        tags=("unspecified_provision", "hedge"),
    ),
    Case(
        name="selective-mutism-opportunities-for-bullets",
        sections={
            "C": "Ayesha speaks only to her sister in school and cannot answer the register.",
            "E": "- By July 2027, Ayesha will answer the register with a word or a nod, on 4 out of 5 days.",
            "G": "- Ayesha's key adult, a teaching assistant trained by a speech and language therapist from Ashcombe Children's Speech and Language Therapy, will give her opportunities for speaking in a small group with her sister for 15 minutes, three times a week, for the 2026/27 school year.\n- The speech and language therapist will review the small-group plan every half term for 30 minutes, for the 2026/27 school year.",
        },
        expected=(("unspecified_provision", "G", "opportunities for"),),
        tags=("unspecified_provision", "bullets"),
    ),
    Case(
        name="crohns-support-as-needed-no-frequency",
        sections={
            "C": "Ben has Crohn's disease and sometimes has pain and urgent trips to the toilet during lessons.",
            "E": "By December 2026, Ben will leave lessons using his exit card whenever he needs to, and return within 15 minutes on 4 out of 5 occasions.",
            "G": "The school nurse will give Ben support as needed with pain and toilet trips, for the 2026/27 school year.\nThe head of year will give Ben an exit card on his first day in September 2026, which he will keep until he leaves the school.",
        },
        expected=(
            ("unspecified_provision", "G", "support as needed"),
            (
                "no_frequency",
                "G",
                "The school nurse will give Ben support as needed with pain and toilet trips, for the 2026/27 school year.",
            ),
        ),
        tags=("unspecified_provision", "no_frequency"),
    ),
    Case(
        name="tourettes-where-possible",
        sections={
            "C": "Maddie's vocal tics are worse in silent rooms, and she is anxious about exams.",
            "E": "By June 2027, Maddie will sit every end-of-year exam in a small room, finishing each paper in the time allowed.",
            "G": "The exams officer will, where possible, book Maddie a small room with quiet background music for every exam from January 2027 to July 2027.\nThe school counsellor, a registered member of the British Association for Counselling and Psychotherapy, will see Maddie weekly for 30 minutes to plan for exams, for six weeks before the summer exams in 2027.",
        },
        expected=(("unspecified_provision", "G", "where possible"),),
        tags=("unspecified_provision", "hedge", "admin-role"),
    ),
    Case(
        name="cerebral-palsy-hydrotherapy-no-frequency",
        sections={
            "C": "Lucas has cerebral palsy affecting both legs. His muscles are tight, and walking is slow and tiring.",
            "E": "By July 2027, Lucas will walk from his classroom to the hall with his walker in under four minutes, on 4 out of 5 days.",
            "G": "A children's physiotherapist from Morrow Vale Children's Therapy Service will give Lucas hydrotherapy (exercise in a warm pool) at the Morrow Vale pool, for the 2026/27 school year.\nHis teaching assistant, trained by the physiotherapist, will do a 15-minute stretching programme with him every morning, for the 2026/27 school year.",
        },
        expected=(
            (
                "no_frequency",
                "G",
                "A children's physiotherapist from Morrow Vale Children's Therapy Service will give Lucas hydrotherapy (exercise in a warm pool) at the Morrow Vale pool, for the 2026/27 school year.",
            ),
        ),
        tags=("no_frequency", "explained-jargon"),
    ),
    Case(
        name="deafblind-no-duration-two-sentences",
        sections={
            "C": "Kit has Usher syndrome, so he is deaf and is slowly losing his sight, especially in the dark and at the edges of his vision. He misses signs from people standing to his side.",
            "E": "By July 2027, Kit will follow signed lessons from his front-row seat with his interpreter facing him, answering 4 out of 5 comprehension questions.\nBy April 2027, Kit will move around school in dim corridors using his cane, with no bumps recorded in a half term.",
            "G": "A qualified British Sign Language interpreter will sign every lesson for Kit, standing in front of him in good light.\nA mobility and independence specialist from the Kelbridge Sensory Team will teach Kit to use a long cane in weekly sessions.\nThe class teacher will seat Kit in the front row, facing away from the windows, in every lesson, for the 2026/27 school year.",
        },
        expected=(
            (
                "no_duration",
                "G",
                "A qualified British Sign Language interpreter will sign every lesson for Kit, standing in front of him in good light.",
            ),
            (
                "no_duration",
                "G",
                "A mobility and independence specialist from the Kelbridge Sensory Team will teach Kit to use a long cane in weekly sessions.",
            ),
        ),
        tags=("no_duration",),
    ),
    Case(
        name="kidney-passive-no-provider",
        sections={
            "C": "Safiya has kidney disease and must drink at least 1.5 litres of water during the school day.",
            "E": "By December 2026, Safiya will drink at least 1.5 litres during every school day, recorded on her drinks chart.",
            "G": "Safiya's water bottle will be refilled and her drinks chart filled in at every break and lunchtime, for the 2026/27 school year.\nThe kidney nurse specialist from Ravensholm Hospital will check the drinks chart with Safiya's parents once a month.",
        },
        expected=(
            (
                "no_provider",
                "G",
                "Safiya's water bottle will be refilled and her drinks chart filled in at every break and lunchtime, for the 2026/27 school year.",
            ),
            (
                "no_duration",
                "G",
                "The kidney nurse specialist from Ravensholm Hospital will check the drinks chart with Safiya's parents once a month.",
            ),
        ),
        tags=("no_provider", "no_duration", "passive"),
    ),
    Case(
        name="rett-an-adult-no-provider",
        sections={
            "C": "Georgia has Rett syndrome and cannot use her hands to feed herself. She is at risk of choking if she eats too fast.",
            "E": "By July 2027, Georgia will eat her lunch at her own pace, with no choking episodes recorded in the spring term 2027.",
            "G": "An adult will feed Georgia her lunch every day, one small spoonful at a time, for the 2026/27 school year.\nA speech and language therapist from the Morrow Vale Eating and Drinking Team will write Georgia's eating plan and review it once a term.",
        },
        expected=(
            (
                "no_provider",
                "G",
                "An adult will feed Georgia her lunch every day, one small spoonful at a time, for the 2026/27 school year.",
            ),
            (
                "no_duration",
                "G",
                "A speech and language therapist from the Morrow Vale Eating and Drinking Team will write Georgia's eating plan and review it once a term.",
            ),
        ),
        tags=("no_provider", "no_duration"),
    ),
    Case(
        name="anxiety-staff-no-provider-and-acronym",
        sections={
            "C": "Owen has severe anxiety after a car crash in 2026. He panics in the car on the way to school and arrives too upset to go into class.",
            "E": "By April 2027, Owen will go into class within 15 minutes of arriving, on 4 out of 5 mornings.",
            "G": "Staff will meet Owen at the gate and take him to a quiet room for 10 minutes every morning, for the 2026/27 school year.\nA CAMHS clinical psychologist will see Owen weekly for 50 minutes for 12 weeks from September 2026, for talking therapy about the crash.",
        },
        expected=(
            (
                "no_provider",
                "G",
                "Staff will meet Owen at the gate and take him to a quiet room for 10 minutes every morning, for the 2026/27 school year.",
            ),
            ("acronym", "G", "CAMHS"),
        ),
        tags=("no_provider", "acronym"),
    ),
    Case(
        name="cerebral-palsy-jargon-and-drug",
        sections={
            "C": "Eddie has cerebral palsy with dysarthria, so his speech is slow and hard for new people to understand. He takes baclofen three times a day, which makes him sleepy in the afternoon.",
            "E": "By July 2027, Eddie will use his communication app to answer a question in class, in 4 out of 5 lessons.\nBy July 2027, Eddie will stay alert in afternoon lessons, with a 10-minute rest after lunch, on 4 days in 5.",
            "G": "A speech and language therapist from Kelbridge Children's Therapies will set up Eddie's communication app and see him every fortnight.\nThe class teacher will give Eddie a 10-minute rest in the reading corner after every lunch, for the 2026/27 school year.",
        },
        expected=(
            ("jargon", "C", "dysarthria"),
            ("drug_name", "C", "baclofen"),
            (
                "no_duration",
                "G",
                "A speech and language therapist from Kelbridge Children's Therapies will set up Eddie's communication app and see him every fortnight.",
            ),
        ),
        tags=("jargon", "drug_name", "no_duration"),
    ),
    Case(
        name="stroke-acronym-ot-and-jargon-hemiplegia",
        sections={
            "C": "Ruairi has a right hemiplegia after a stroke when he was a toddler. He cannot do up buttons or tie laces.",
            "E": "By July 2027, Ruairi will get changed for PE on his own, using his adapted kit, in 4 out of 5 lessons.",
            "G": "The OT from Morrow Vale Children's Therapy Service will teach Ruairi one-handed dressing in six weekly 30-minute sessions in the autumn term 2026.\nThe class teacher will let Ruairi wear Velcro-fastening PE kit and shoes every PE lesson, for the 2026/27 school year.",
        },
        expected=(
            ("jargon", "C", "hemiplegia"),
            ("acronym", "G", "OT"),
        ),
        tags=("jargon", "acronym"),
    ),
    Case(
        name="digestion-creon-brand-drug-name-no-duration",
        sections={
            "C": "Imogen has a condition that means her body cannot digest fat without help. She has to take Creon capsules with every meal and snack, and she is embarrassed to do it in front of friends.",
            "E": "By December 2026, Imogen will take her capsules with every meal and snack at school, in the medical room or at her table as she chooses.",
            "G": "The school nurse will keep Imogen's capsules in the medical room and hand them to her before every meal and snack.\nThe school nurse will meet Imogen once a half term for 15 minutes to check she is happy with where she takes them, for the 2026/27 school year.",
        },
        expected=(
            ("drug_name", "C", "Creon"),
            (
                "no_duration",
                "G",
                "The school nurse will keep Imogen's capsules in the medical room and hand them to her before every meal and snack.",
            ),
        ),
        tags=("drug_name", "no_duration", "brand"),
    ),
    # ---- divided advice, clean ----
    Case(
        name="advice-rheumatology-letter-clean",
        kind="advice",
        sections={
            "needs": "I saw Maryam in the children's arthritis clinic on 2 February 2027. Her knees and ankles swell and stiffen after sitting still, so she is slow and sore when she stands up at the end of a lesson. She cannot manage the long walk to the sports field.",
            "outcomes": "By July 2027, Maryam will stand and walk to her next lesson within two minutes of the bell, in 4 out of 5 lesson changes.\nBy April 2027, Maryam will get to the sports field with her class, using the school's electric buggy, for every games lesson.",
            "provision": "Maryam's class teacher will let her stretch her legs for two minutes at the end of every lesson, for the 2026/27 school year.\nThe PE teacher will drive Maryam to the sports field in the electric buggy for every games lesson, for the 2026/27 school year.\nA physiotherapist from the Kelmoor Children's Rheumatology Service will see Maryam in school once a term for 45 minutes to update her stretches, for the 2026/27 school year.",
            "author": "Dr Ruth Adeyemi, Consultant Paediatric Rheumatologist, Kelmoor Children's Hospital, 9 February 2027",
        },
        tags=("clean", "first-person", "history-sentence"),
    ),
    Case(
        name="advice-dialysis-nurse-bullets-clean",
        kind="advice",
        sections={
            "needs": "- Tobias has dialysis (his blood is cleaned by a machine) three afternoons a week at Ravensholm Hospital, so he misses every Monday, Wednesday and Friday afternoon at school.\n- He has a tube in his chest for dialysis that must stay dry and must not be knocked.",
            "outcomes": "- By July 2027, Tobias will keep up with his class in maths and English, reaching the expected standard in his summer tests.\n- By December 2026, Tobias will take part in every PE lesson in a non-contact role, with no knocks to his chest tube recorded.",
            "provision": "- A qualified teacher from the Ravensholm Hospital School will teach Tobias maths and English on the dialysis unit for one hour on each dialysis afternoon, for the 2026/27 school year.\n- The PE teacher will give Tobias a non-contact role (timekeeper, scorer or coach) in every PE lesson, for the 2026/27 school year.\n- The children's kidney nurse specialist will train the PE teacher and class teacher in looking after the chest tube in one 45-minute session in September 2026.",
            "author": "Grace Mbatha, Children's Kidney Nurse Specialist, Ravensholm Hospital NHS Trust, 21 September 2026",
        },
        tags=("clean", "bullets", "one-off", "explained-jargon"),
    ),
    Case(
        name="advice-cardiology-table-clean",
        kind="advice",
        sections={
            "needs": "Freddie has a heart condition that makes him tire and get short of breath on stairs and in running games. His heart can beat too fast at times, and when it does he feels dizzy and must sit down.",
            "outcomes": "By December 2026, Freddie will get to his lessons on time using the lift, every school day.\nBy July 2027, Freddie will sit down and tell an adult every time he feels dizzy, recorded on his care plan log.",
            "provision": "What | Who | How often | How long\nLift pass and a named buddy for lesson changes | Head of year | Every lesson change | 2026/27 school year\nFollow Freddie's fast-heartbeat care plan when he feels dizzy | Teaching assistant trained by the heart nurse specialist | Each time he feels dizzy | 2026/27 school year\nTraining for class staff on the care plan | Heart nurse specialist, Ashcombe Children's Heart Centre | Once, in September 2026 | 60 minutes",
            "author": "Dr Kamal Haidari, Consultant Paediatric Cardiologist, Ashcombe Children's Heart Centre, 14 July 2026",
        },
        tags=("clean", "table", "trigger", "one-off"),
    ),
    Case(
        name="advice-neuropsychology-brain-injury-clean",
        kind="advice",
        sections={
            "needs": "Since his brain injury in 2026, Luca tires mentally after 30 minutes of lessons and then stops taking in new information. He has trouble remembering what he learned the day before.",
            "outcomes": "By July 2027, Luca will work for 30 minutes, take his rest break, and return to work within five minutes, in 4 out of 5 lessons.\nBy July 2027, Luca will recall three key points from the previous lesson, using his memory book, in 4 out of 5 lessons.",
            "provision": "Luca's teaching assistant, trained by the Wexford Park Brain Injury Service, will give him a 5-minute rest break after every 30 minutes of lesson time, for the 2026/27 school year.\nThe class teacher will write three key points in Luca's memory book at the end of every lesson, for the 2026/27 school year.\nI will review Luca's progress with the school once a term for one hour, for the 2026/27 school year.",
            "author": "Dr Hannah Lowther, Consultant Clinical Neuropsychologist, Wexford Park Brain Injury Service, 30 October 2026",
        },
        tags=("clean", "first-person", "lay-clinical"),
    ),
    Case(
        name="advice-oncology-remission-numbered-clean",
        kind="advice",
        sections={
            "needs": "1. Amira finished her cancer treatment in 2026 and has been well since.\n2. Her treatment has left her with weak legs, so she cannot run or climb the wall bars.\n3. She becomes very tired and needs to go home early on some days.",
            "outcomes": "1. By July 2027, Amira will take part in every PE lesson using the adapted activities in her plan.\n2. By July 2027, Amira will attend at least 90% of full school days.",
            "provision": "1. A children's physiotherapist from Ashcombe Children's Hospital will give the PE teacher a written list of adapted activities and review it with her once a term for 30 minutes, for the 2026/27 school year.\n2. The head of year will let Amira rest in the medical room for 20 minutes whenever she says she is tired, and phone home only if she is still too tired after that, for the 2026/27 school year.",
            "author": "Sister Joanne Pike, Paediatric Oncology Outreach Nurse, Ashcombe Children's Hospital, 2 December 2026",
        },
        tags=("clean", "numbered", "trigger", "history-sentence"),
    ),
    Case(
        name="advice-prader-willi-dietitian-clean",
        kind="advice",
        sections={
            "needs": "Callie has Prader-Willi syndrome, which makes her feel hungry all the time. She needs all food in school to be planned and out of sight, or she will eat too much and put her health at risk.",
            "outcomes": "By July 2027, Callie will eat only her planned meals and snacks at school on every day recorded in her food diary, and keep within her healthy weight range at her termly clinic weigh-in.",
            "provision": "Callie's 1:1 teaching assistant, trained by me, will serve her planned snack and lunch and keep her food diary every school day, for the 2026/27 school year.\nThe school business manager will lock the classroom food cupboard and the staff fridge by the start of the autumn term 2026.\nI will review the food diary with Callie's parents and the teaching assistant once a term for 45 minutes, for the 2026/27 school year.",
            "author": "Bethany Coles, Specialist Paediatric Dietitian (registered with the Health and Care Professions Council), Morrow Vale Community Health, 11 June 2026",
        },
        tags=("clean", "first-person", "one-off", "admin-role"),
    ),
    Case(
        name="advice-salt-selective-mutism-clean",
        kind="advice",
        sections={
            "needs": "Keira talks at home but is unable to speak at nursery. She shows what she wants by pointing, and she becomes very still and tearful if an adult waits for her to answer.",
            "outcomes": "By December 2026, Keira will point to a picture to show her choices at snack time, every session.\nBy July 2027, Keira will whisper a word to her key person in a quiet corner, on 3 out of 5 sessions.",
            "provision": "Keira's key person, an early years practitioner trained by me in the sliding-in technique (building up speaking one person at a time), will spend 10 minutes with her in a quiet corner at every nursery session, for the 2026/27 nursery year.\nThe key person will offer a picture choice board at every snack time and will not wait for Keira to answer aloud, for the 2026/27 nursery year.\nI will visit the nursery every half term for 45 minutes to review progress, until Keira starts school in September 2027.",
            "author": "Fiona Grantham, Highly Specialist Speech and Language Therapist, Ashcombe Children's Speech and Language Therapy, 5 October 2026",
        },
        tags=("clean", "early-years", "explained-jargon"),
    ),
    Case(
        name="advice-fnd-physio-college-clean",
        kind="advice",
        sections={
            "needs": "Alex (they/them) is 18 and has functional neurological disorder. Their legs sometimes give way without warning, and they struggle to walk between the college's buildings on those days.",
            "outcomes": "By December 2026, Alex will get to every timetabled session on their weak-leg days, using a wheelchair, and arrive within five minutes of the start.\nBy July 2027, Alex will walk between buildings on at least 3 college days out of 5, recorded in their diary.",
            "provision": "A physiotherapist from the Westbrook Neuropsychiatry Team will see Alex weekly for 45 minutes for 12 weeks from September 2026, to retrain their walking.\nThe college's learning support manager will keep a wheelchair for Alex at reception for every college day in the 2026/27 academic year.\nAlex's learning support worker, trained by the physiotherapist, will practise their walking routine with them for 15 minutes on three days a week, for the 2026/27 academic year.",
            "author": "Dr Sunil Raman, Consultant Paediatric Neurologist, Westbrook Children's Neurology Service, 3 August 2026",
        },
        tags=("clean", "post-16", "gender-neutral"),
    ),
    Case(
        name="advice-vi-cvi-qtvi-clean",
        kind="advice",
        sections={
            "needs": "Ethan has cerebral visual impairment (CVI): his eyes work, but his brain struggles to process what he sees. He cannot find an object against a busy background, and he often trips on steps he has not noticed.",
            "outcomes": "By July 2027, Ethan will find his own coat, bag and lunchbox on a plain shelf without help, every day.\nBy April 2027, Ethan will go up and down the hall steps without tripping, on every occasion for a half term.",
            "provision": "The class teacher will keep Ethan's coat, bag and lunchbox on a plain, uncluttered shelf every day, for the 2026/27 school year.\nThe site manager will paint yellow edges on all the hall steps by the start of the autumn term 2026.\nA qualified teacher of children with vision impairment from the Morrow Vale Sensory Support Service will visit every month for one hour to check the CVI strategies with staff, for the 2026/27 school year.",
            "author": "Dr Olamide Fashola, Consultant Paediatric Ophthalmologist, Morrow Vale Eye Unit, 18 May 2026",
        },
        tags=("clean", "acronym-expanded-then-used", "one-off", "admin-role"),
    ),
    Case(
        name="advice-deafblind-intervener-clean",
        kind="advice",
        sections={
            "needs": "Hamza is 4 and has both a profound hearing loss and very limited sight. He learns by touch and cannot yet tell adults what he wants.",
            "outcomes": "By July 2027, Hamza will use five object cues to ask for food, drink, toilet, outdoor play and a favourite toy, on 4 out of 5 days.",
            "provision": "An intervener (a support worker trained in deafblind support by the Kelbridge Deafblind Outreach Team) will work alongside Hamza for every hour he is at school, for the 2026/27 school year.\nA qualified teacher of multi-sensory impaired children from the Kelbridge Sensory Team will visit every fortnight for one hour to introduce new object cues, for the 2026/27 school year.",
            "author": "Dr Lorna Featherstone, Consultant Community Paediatrician, Kelbridge Child Development Centre, 26 January 2027",
        },
        tags=("clean", "early-years"),
    ),
    Case(
        name="advice-tourettes-letter-section-period-clean",
        kind="advice",
        sections={
            "needs": "Thank you for asking for my advice about Ben. Ben's tics are loud and frequent, and they get worse when he is stressed, especially in tests. He is teased about them at break times.",
            "outcomes": "By June 2027, Ben will sit all his end-of-year tests in a small room and finish each one in the time allowed.\nBy April 2027, Ben will say he feels safe at break times, scoring 4 or 5 out of 5 on his half-termly survey.",
            "provision": "Everything below is for the 2026/27 school year.\nThe exams officer will book a small room and rest breaks for Ben in every test and exam.\nThe head of year will run a 30-minute session about tics with Ben's form group once each term, with Ben's agreement.\nThe nurse specialist from the Westbrook Children's Tic Clinic will see Ben once a term for 45 minutes to review his tic-calming routine.",
            "author": "Nathan Oduya, Clinical Nurse Specialist, Westbrook Children's Tic Clinic, 12 September 2026",
        },
        tags=("clean", "section-period", "first-person", "admin-role"),
    ),
    Case(
        name="advice-crohns-gastro-capitalised-clean",
        kind="advice",
        sections={
            "needs": "HEALTH NEEDS\nAoife has Crohn's disease. She may need to rush to the toilet with little warning, and on bad days she has stomach pain that stops her concentrating.",
            "outcomes": "OUTCOMES\nBy December 2026, Aoife will use her toilet pass whenever she needs it, without having to explain.\nBy July 2027, Aoife will complete the work she missed during pain episodes within one week, using the online lesson notes.",
            "provision": "PROVISION\nThe head of year will give Aoife a toilet pass and a key to the accessible toilet on her first day in September 2026, to keep until she leaves the school.\nEach subject teacher will post lesson notes online after every lesson, for the 2026/27 school year.\nThe inflammatory bowel disease nurse specialist from Ravensholm Hospital will meet Aoife and her head of year once a term for 30 minutes, for the 2026/27 school year.",
            "author": "Lindiwe Sibanda, Paediatric Inflammatory Bowel Disease Nurse Specialist, Ravensholm Hospital, 7 July 2026",
        },
        tags=("clean", "capitalised-headings", "hedge-outside-provision"),
    ),
    Case(
        name="advice-post19-learning-disability-nurse-clean",
        kind="advice",
        sections={
            "needs": "Kerry is 21 and has a learning disability and epilepsy. She does not always recognise when she is about to have a seizure, and she is afraid of going to hospital appointments on her own.",
            "outcomes": "By July 2027, Kerry will tell her support worker when she feels a warning sign, before 3 out of 5 seizures, recorded in her seizure diary.\nBy March 2027, Kerry will attend her next epilepsy clinic appointment with her support worker and answer two questions herself.",
            "provision": "Kerry's support worker at Kelbridge Adult Learning Centre, trained by me in her seizure plan, will go through her warning-sign card with her every Monday for 15 minutes, for the 2026/27 academic year.\nI will meet Kerry and her support worker twice before her epilepsy clinic appointment in February 2027, for one hour each, to practise what she wants to say.",
            "author": "Colette Arnold, Community Learning Disability Nurse (registered nurse, learning disabilities), Kelbridge Community Learning Disability Team, 15 September 2026",
        },
        tags=("clean", "post-19", "first-person"),
    ),
    # ---- divided advice, faulty ----
    Case(
        name="advice-physio-no-author-passive-no-frequency",
        kind="advice",
        sections={
            "needs": "Jonah has cerebral palsy and tight calf muscles, so he walks on his toes and falls often.",
            "outcomes": "By July 2027, Jonah will walk the length of the school corridor with his heels down and no falls, on 4 out of 5 days.",
            "provision": "Jonah's calf stretches will be done at school, for the 2026/27 school year.\nA children's physiotherapist from Kelbridge Children's Therapies will see Jonah in school once a half term for 30 minutes, for the 2026/27 school year.",
        },
        expected=(
            ("advice_no_author", "author", ""),
            (
                "no_provider",
                "provision",
                "Jonah's calf stretches will be done at school, for the 2026/27 school year.",
            ),
            (
                "no_frequency",
                "provision",
                "Jonah's calf stretches will be done at school, for the 2026/27 school year.",
            ),
        ),
        tags=("advice_no_author", "no_provider", "no_frequency", "passive"),
    ),
    Case(
        name="advice-ot-author-no-date-vague-outcome",
        kind="advice",
        sections={
            "needs": "Phoebe has hypermobile joints. Her hands ache after a few minutes of writing, and she drops her pencil often.",
            "outcomes": "Phoebe will find writing easier.",
            "provision": "A teaching assistant trained by the occupational therapist will do 5 minutes of hand-strengthening games with Phoebe before every writing lesson.",
            "author": "Laura Keating, Children's Occupational Therapist, Morrow Vale Children's Therapy Service",
        },
        expected=(
            (
                "advice_no_author",
                "author",
                "Laura Keating, Children's Occupational Therapist, Morrow Vale Children's Therapy Service",
            ),
            ("outcome_not_smart", "outcomes", "Phoebe will find writing easier."),
        ),
        tags=("advice_no_author", "outcome_not_smart", "session-length-counts"),
    ),
    Case(
        name="advice-author-no-role-untrained-staff-no-duration",
        kind="advice",
        sections={
            "needs": "Kofi has sickle cell disease. He gets painful episodes if he gets cold or does not drink enough, and then he needs to go home.",
            "outcomes": "By July 2027, Kofi will drink at least six cups of water in every school day and keep warm at break, with no more than one pain episode in school each term.",
            "provision": "Staff will remind Kofi to drink and to wear his coat at every break.\nThe sickle cell nurse specialist from Ravensholm Hospital will train Kofi's class teacher in his pain plan in one 45-minute session in September 2026.",
            "author": "Nadia Osei, 4 September 2026",
        },
        expected=(
            ("advice_no_author", "author", "Nadia Osei, 4 September 2026"),
            (
                "no_provider",
                "provision",
                "Staff will remind Kofi to drink and to wear his coat at every break.",
            ),
            (
                "no_duration",
                "provision",
                "Staff will remind Kofi to drink and to wear his coat at every break.",
            ),
        ),
        tags=("advice_no_author", "no_provider", "no_duration"),
    ),
    Case(
        name="advice-author-no-name-no-frequency-no-duration",
        kind="advice",
        sections={
            "needs": "Elsie has a stammer that is worse when she is rushed, and she now avoids answering questions in class.",
            "outcomes": "By July 2027, Elsie will answer at least one question aloud in class in 4 out of 5 lessons.",
            "provision": "A speech and language therapist from the Ashcombe Stammering Service will work with Elsie on her speech.\nThe class teacher will give Elsie extra time to answer in every lesson, without finishing her sentences for her, for the 2026/27 school year.",
            "author": "Speech and Language Therapist, Ashcombe Stammering Service, 22 March 2027",
        },
        expected=(
            (
                "advice_no_author",
                "author",
                "Speech and Language Therapist, Ashcombe Stammering Service, 22 March 2027",
            ),
            (
                "no_frequency",
                "provision",
                "A speech and language therapist from the Ashcombe Stammering Service will work with Elsie on her speech.",
            ),
            (
                "no_duration",
                "provision",
                "A speech and language therapist from the Ashcombe Stammering Service will work with Elsie on her speech.",
            ),
        ),
        tags=("advice_no_author", "no_frequency", "no_duration"),
    ),
    Case(
        name="advice-epilepsy-no-author-drug-and-no-provider",
        kind="advice",
        sections={
            "needs": "Harley has epilepsy. His seizures usually stop on their own within two minutes, but if one lasts five minutes he needs emergency medicine into his cheek.",
            "outcomes": "By December 2026, every seizure Harley has in school will be timed and recorded, and any seizure lasting five minutes will be treated within one minute of that point, checked against his seizure log.",
            "provision": "If a seizure lasts five minutes, midazolam will be given into Harley's cheek, for the 2026/27 school year.\nThe epilepsy nurse specialist from the Kelbridge Children's Epilepsy Service will train three named staff in giving the emergency medicine in one 2-hour session in September 2026; these trained staff will time and record every seizure, for the 2026/27 school year.",
        },
        expected=(
            ("advice_no_author", "author", ""),
            ("drug_name", "provision", "midazolam"),
            (
                "no_provider",
                "provision",
                "If a seizure lasts five minutes, midazolam will be given into Harley's cheek, for the 2026/27 school year.",
            ),
        ),
        tags=("advice_no_author", "drug_name", "no_provider", "trigger"),
    ),
    Case(
        name="advice-author-no-date-acronym-no-frequency",
        kind="advice",
        sections={
            "needs": "Lola has a hearing loss in both ears and wears hearing aids. She misses what is said in noisy rooms and when the teacher turns to the board.",
            "outcomes": "By July 2027, Lola will follow class instructions with her radio aid, answering 4 out of 5 questions about them correctly.",
            "provision": "The class teacher will wear the radio aid transmitter in every lesson and face the class when speaking, for the 2026/27 school year.\nThe ToD from the Kelbridge Sensory Team will check Lola's hearing aids and radio aid in school, for the 2026/27 school year.",
            "author": "Marcus Healey, Paediatric Audiologist, Kelbridge Children's Hearing Centre",
        },
        expected=(
            (
                "advice_no_author",
                "author",
                "Marcus Healey, Paediatric Audiologist, Kelbridge Children's Hearing Centre",
            ),
            ("acronym", "provision", "ToD"),
            (
                "no_frequency",
                "provision",
                "The ToD from the Kelbridge Sensory Team will check Lola's hearing aids and radio aid in school, for the 2026/27 school year.",
            ),
        ),
        tags=("advice_no_author", "acronym", "no_frequency"),
    ),
    Case(
        name="advice-author-no-name-need-no-provision",
        kind="advice",
        sections={
            "needs": "Bilal has juvenile arthritis in his hands and feet. Long periods of handwriting cause pain in his fingers. He cannot stand in the lunch queue for long because his feet hurt. He gets upset that he cannot play football with his friends.",
            "outcomes": "By July 2027, Bilal will complete written work by typing, with no pain above 3 out of 10, in 4 out of 5 lessons.\nBy December 2026, Bilal will use his lunch pass to go to the front of the queue every day.\nBy April 2027, Bilal will take part in walking football with his friends at least once a week.",
            "provision": "The class teacher will let Bilal type any piece of writing longer than half a page, in every lesson, for the 2026/27 school year.\nThe head of year will give Bilal a lunch pass on the first day of the autumn term 2026, to use every day until the end of the school year.",
            "author": "Paediatric Rheumatology Team, Kelmoor Children's Hospital, 19 November 2026",
        },
        expected=(
            (
                "advice_no_author",
                "author",
                "Paediatric Rheumatology Team, Kelmoor Children's Hospital, 19 November 2026",
            ),
            (
                "golden_thread",
                "needs",
                "He gets upset that he cannot play football with his friends.",
            ),
        ),
        tags=("advice_no_author", "golden_thread", "need-no-provision"),
    ),
    Case(
        name="advice-author-no-role-may-hedge",
        kind="advice",
        sections={
            "needs": "Ruby-Mae has a learning disability and struggles to chew and swallow safely, so she coughs and chokes on hard or mixed textures.",
            "outcomes": "By July 2027, Ruby-Mae will eat her lunch at the texture in her eating plan, with no choking episodes recorded in the summer term 2027.",
            "provision": "The school cook, trained in texture-modified meals by the Morrow Vale Eating and Drinking Team, will prepare Ruby-Mae's lunch at the texture in her eating plan every school day, for the 2026/27 school year.\nA speech and language therapist from the Morrow Vale Eating and Drinking Team may train the lunchtime staff in her eating plan in one 60-minute session in September 2026.",
            "author": "Priti Sharma, 2 June 2026",
        },
        expected=(
            ("advice_no_author", "author", "Priti Sharma, 2 June 2026"),
            ("unspecified_provision", "provision", "may"),
        ),
        tags=("advice_no_author", "unspecified_provision", "hedge"),
    ),
    Case(
        name="advice-no-author-no-duration-no-frequency-two-sentences",
        kind="advice",
        sections={
            "needs": "Jasmine has Crohn's disease and tires quickly, especially in the afternoon. She needs to use the toilet urgently at times.",
            "outcomes": "By July 2027, Jasmine will attend all her afternoon lessons on at least 4 days a week.\nBy December 2026, Jasmine will leave class with her toilet card whenever she needs to, without being asked why.",
            "provision": "The head of year will arrange a rest in the library for Jasmine every day after lunch.\nThe class teacher will check in with Jasmine about how her toilet card is working, for the 2026/27 school year.",
        },
        expected=(
            ("advice_no_author", "author", ""),
            (
                "no_duration",
                "provision",
                "The head of year will arrange a rest in the library for Jasmine every day after lunch.",
            ),
            (
                "no_frequency",
                "provision",
                "The class teacher will check in with Jasmine about how her toilet card is working, for the 2026/27 school year.",
            ),
        ),
        tags=("advice_no_author", "no_duration", "no_frequency", "two-sentences"),
    ),
    Case(
        name="advice-author-no-date-jargon-no-frequency",
        kind="advice",
        sections={
            "needs": "Reggie has hypotonia, so he slumps in his chair and tires when sitting at a desk.",
            "outcomes": "By July 2027, Reggie will sit upright in his supportive chair for the whole of a 30-minute lesson, in 4 out of 5 lessons.",
            "provision": "An occupational therapist from Kelbridge Children's Therapies will review Reggie's supportive chair and footrest in school, for the 2026/27 school year.\nThe class teacher will give Reggie a 2-minute movement break every 15 minutes in every lesson, for the 2026/27 school year.",
            "author": "Samira Qureshi, Children's Occupational Therapist, Kelbridge Children's Therapies",
        },
        expected=(
            (
                "advice_no_author",
                "author",
                "Samira Qureshi, Children's Occupational Therapist, Kelbridge Children's Therapies",
            ),
            ("jargon", "needs", "hypotonia"),
            (
                "no_frequency",
                "provision",
                "An occupational therapist from Kelbridge Children's Therapies will review Reggie's supportive chair and footrest in school, for the 2026/27 school year.",
            ),
        ),
        tags=("advice_no_author", "jargon", "no_frequency"),
    ),
    Case(
        name="advice-service-author-no-name-lsa-no-provider-no-duration",
        kind="advice",
        sections={
            "needs": "Darcy has Down syndrome and cannot yet use the toilet on her own; she needs reminders and help with wiping and washing.",
            "outcomes": "By July 2027, Darcy will go to the toilet when reminded and wash her hands on her own, with no accidents on 4 days in 5.",
            "provision": "Her 1:1 will take Darcy to the toilet every 90 minutes and help her to wipe and wash.\nThe continence nurse from Morrow Vale Community Health will review Darcy's toilet plan with her parents once a term for 30 minutes, for the 2026/27 school year.",
            "author": "Children's Continence Service, Morrow Vale Community Health, 10 October 2026",
        },
        expected=(
            (
                "advice_no_author",
                "author",
                "Children's Continence Service, Morrow Vale Community Health, 10 October 2026",
            ),
            (
                "no_provider",
                "provision",
                "Her 1:1 will take Darcy to the toilet every 90 minutes and help her to wipe and wash.",
            ),
            (
                "no_duration",
                "provision",
                "Her 1:1 will take Darcy to the toilet every 90 minutes and help her to wipe and wash.",
            ),
        ),
        tags=("advice_no_author", "no_provider", "no_duration"),
    ),
    Case(
        name="advice-provision-meets-no-need-sleep",
        kind="advice",
        sections={
            "needs": "Frankie has Rett syndrome and cannot use her hands to play or to feed herself. She is learning to make choices by looking at pictures.",
            "outcomes": "By July 2027, Frankie will choose between three pictures by looking at one, in 8 out of 10 choices offered.\nBy July 2027, Frankie will eat a two-course lunch with help, at her own pace, within 40 minutes on 4 days in 5.",
            "provision": "A speech and language therapist from the Morrow Vale Communication Aids Service will see Frankie every fortnight for 45 minutes to build her choice-making, for the 2026/27 school year.\nFrankie's teaching assistant, trained by the Morrow Vale Eating and Drinking Team, will help her eat at every lunch, for the 2026/27 school year.\nThe Children's Sleep Service will run four 1-hour sessions with Frankie's parents in the autumn term 2026 on settling her at night.",
            "author": "Dr Imran Talbot, Consultant Community Paediatrician, Morrow Vale Child Development Centre, 8 July 2026",
        },
        expected=(
            (
                "golden_thread",
                "provision",
                "The Children's Sleep Service will run four 1-hour sessions with Frankie's parents in the autumn term 2026 on settling her at night.",
            ),
        ),
        tags=("golden_thread", "provision-no-need", "named-service"),
    ),
    Case(
        name="advice-need-no-outcome-bullets",
        kind="advice",
        sections={
            "needs": "- Ollie has a heart condition he was born with and gets breathless after short bursts of running.\n- He falls asleep in lessons after lunch on most days.\n- He is anxious about his next heart operation, planned for spring 2027.",
            "outcomes": "- By July 2027, Ollie will take part in every PE lesson, taking rests when his breathlessness card shows he needs them.\n- By April 2027, Ollie will stay awake through afternoon lessons on 4 days in 5, after a 15-minute rest at lunch.",
            "provision": "- The PE teacher will use Ollie's breathlessness card and let him rest whenever he shows it, in every PE lesson, for the 2026/27 school year.\n- The head of year will give Ollie a 15-minute rest in the library at the end of every lunch, for the 2026/27 school year.\n- The psychologist from the Ashcombe Children's Heart Centre will see Ollie for four 45-minute sessions before his operation in spring 2027.",
            "author": "Dr Esther Mukasa, Consultant Paediatric Cardiologist, Ashcombe Children's Heart Centre, 4 November 2026",
        },
        expected=(
            (
                "golden_thread",
                "needs",
                "He is anxious about his next heart operation, planned for spring 2027.",
            ),
        ),
        tags=("golden_thread", "need-no-outcome", "bullets"),
    ),
    Case(
        name="advice-outcome-not-smart-untrained-helper",
        kind="advice",
        sections={
            "needs": "Nell has a severe learning disability and no sense of danger; she runs towards roads and open gates.",
            "outcomes": "Nell will be kept safe.",
            "provision": "A helper will hold Nell's hand whenever she is outside the classroom, for the 2026/27 school year.\nThe site manager will fit a high latch on the playground gate before September 2026.",
            "author": "Dr Veronica Hale, Consultant Community Paediatrician, Kelbridge Child Development Centre, 17 June 2026",
        },
        expected=(
            ("outcome_not_smart", "outcomes", "Nell will be kept safe."),
            (
                "no_provider",
                "provision",
                "A helper will hold Nell's hand whenever she is outside the classroom, for the 2026/27 school year.",
            ),
        ),
        tags=("outcome_not_smart", "no_provider", "trigger"),
    ),
    Case(
        name="advice-as-required-and-vague-outcome",
        kind="advice",
        sections={
            "needs": "Ciara has asthma that flares up with cold air and exercise, and she needs her inhaler quickly when it does.",
            "outcomes": "Ciara's asthma will be well controlled in school.",
            "provision": "Ciara's class teacher, trained in asthma first aid by the school nurse, will give her the reliever inhaler as required, for the 2026/27 school year.\nThe school nurse will check Ciara's inhaler technique and expiry date once a term, for the 2026/27 school year.",
            "author": "Andrea Flynn, Children's Respiratory Nurse Specialist, Westbrook Community Health, 29 August 2026",
        },
        expected=(
            ("outcome_not_smart", "outcomes", "Ciara's asthma will be well controlled in school."),
            ("unspecified_provision", "provision", "as required"),
            (
                "no_frequency",
                "provision",
                "Ciara's class teacher, trained in asthma first aid by the school nurse, will give her the reliever inhaler as required, for the 2026/27 school year.",
            ),
        ),
        tags=("outcome_not_smart", "unspecified_provision", "no_frequency"),
    ),
    Case(
        name="advice-adhd-drug-untrained-mentor-no-duration",
        kind="advice",
        sections={
            "needs": "Mason finds it hard to concentrate in lessons and loses his belongings. He takes methylphenidate every morning at home, which wears off by 2pm.",
            "outcomes": "By July 2027, Mason will finish his afternoon classwork in 4 out of 5 lessons, using his checklist.\nBy April 2027, Mason will arrive at every lesson with his planner and pencil case.",
            "provision": "The class teacher will give Mason a written checklist for every afternoon lesson, for the 2026/27 school year.\nHis mentor will check his bag with him every morning.",
            "author": "Dr Rachel Unwin, Consultant Community Paediatrician, Westbrook Child Development Centre, 13 January 2027",
        },
        expected=(
            ("drug_name", "needs", "methylphenidate"),
            ("no_provider", "provision", "His mentor will check his bag with him every morning."),
            ("no_duration", "provision", "His mentor will check his bag with him every morning."),
        ),
        tags=("drug_name", "no_provider", "no_duration"),
    ),
    Case(
        name="advice-jargon-acronym-access-to",
        kind="advice",
        sections={
            "needs": "Riley has enuresis and has to rush to the toilet during the day, and he is very worried that other children will notice.",
            "outcomes": "By December 2026, Riley will go to the toilet at each planned time and say he feels less worried, scoring 3 or under out of 10 on his weekly worry scale.",
            "provision": "The class teacher will give Riley access to the staff toilet at 10:30am, 12:15pm and 2pm every school day, for the 2026/27 school year.\nThe school nurse will see Riley once a fortnight for 20 minutes to review his toilet diary, as agreed with the CCN team, for the 2026/27 school year.",
            "author": "Sophie Warrender, Children's Continence Nurse, Morrow Vale Community Health, 3 October 2026",
        },
        expected=(
            ("jargon", "needs", "enuresis"),
            ("acronym", "provision", "CCN"),
            ("unspecified_provision", "provision", "access to"),
        ),
        tags=("jargon", "acronym", "unspecified_provision"),
    ),
    # ---- undivided advice, clean (wording checks only) ----
    Case(
        name="undivided-rheumatology-clinic-letter-clean",
        kind="advice",
        sections={
            "advice": "Dear colleague,\n\nI saw Nathan in the children's arthritis clinic on 15 January 2027 with his mother. Nathan has arthritis in his knees, ankles and jaw. He has a weekly injection of medicine at home to calm his immune system, and this is working well. His knees are stiff in the mornings and after sitting for a long time, and his jaw aches if he chews tough food.\n\nIn school, Nathan will need to move about every 30 minutes, to sit at the end of a row so he can stretch his legs, and to have softer food options at lunch. He should be allowed to use the lift. He may miss some school for clinic appointments, about four mornings a year.\n\nI am happy to discuss this further.\n\nDr Jennifer Osei-Bonsu\nConsultant Paediatric Rheumatologist, Kelmoor Children's Hospital\n22 January 2027",
        },
        tags=("clean", "letter", "medicine-not-named", "hedge-in-undivided"),
    ),
    Case(
        name="undivided-dialysis-report-clean",
        kind="advice",
        sections={
            "advice": "Health advice for Zeynep's education, health and care (EHC) needs assessment\n\nZeynep has kidney failure and has dialysis (a machine that does the work of her kidneys) at Ravensholm Hospital for four hours on three afternoons each week. She is on the waiting list for a kidney transplant. She is often very tired after dialysis and on the following morning.\n\nZeynep has to keep to a daily drinks limit and a diet low in salt and some fruits. School staff will need to know her drinks limit and help her keep a record. She has a tube in her chest for dialysis, which must be kept dry and protected from knocks, so she cannot swim or take part in contact sports.\n\nThe hospital school teaches Zeynep during dialysis sessions, and we would support close links between her school and the hospital school so that her EHC plan reflects both.\n\nGrace Mbatha, Children's Kidney Nurse Specialist, Ravensholm Hospital NHS Trust, 3 March 2027",
        },
        tags=("clean", "acronym-expanded-then-used", "explained-jargon"),
    ),
    Case(
        name="undivided-heart-surgery-early-years-clean",
        kind="advice",
        sections={
            "advice": "Poppy is 3 and was born with a serious heart condition. She had open-heart surgery as a baby and again in 2026. Her heart now works well enough for everyday play, but she tires more quickly than other children and her lips may look a little blue when she is cold or has been running around.\n\nAt nursery she will need rest times, a warm coat outdoors and an adult who knows to let her sit down when she is tired. She does not need any medicine at nursery. Her parents have a care plan from our team, which the nursery can copy.\n\nPlease contact me if you have any questions.\nKatie Laverne, Children's Heart Nurse Specialist, Ashcombe Children's Heart Centre, 5 August 2026",
        },
        tags=("clean", "early-years", "vague-words-not-labelled"),
    ),
    Case(
        name="undivided-brain-injury-neuropsychology-clean",
        kind="advice",
        sections={
            "advice": "NEUROPSYCHOLOGY REPORT\n\nReason for referral: Jamal had a serious brain injury when he fell from a climbing frame in March 2026. He spent six weeks in hospital and has returned to school part time.\n\nFindings: Jamal's thinking speed is slower than before, and his short-term memory (holding information in mind while using it) is weak. He tires mentally after about 30 minutes and then becomes irritable. His reading and vocabulary are close to what they were before the injury.\n\nRecommendations: short instructions, written reminders, a rest break every 30 minutes, extra time in tests, and a gradual return to a full timetable over the autumn term. I would be pleased to meet his teachers.\n\nDr Hannah Lowther, Consultant Clinical Neuropsychologist, Wexford Park Brain Injury Service, 18 September 2026",
        },
        tags=("clean", "capitalised-headings", "explained-jargon"),
    ),
    Case(
        name="undivided-prader-willi-paediatrician-clean",
        kind="advice",
        sections={
            "advice": "Harriet has Prader-Willi syndrome, a genetic condition. Children with this condition feel hungry all the time and do not feel full after eating, so food must be supervised and kept out of reach. Harriet also has low muscle tone, which means her muscles are floppy and she tires on long walks, and she can have outbursts when routines change unexpectedly. She has daily injections at home to help her grow, given by her parents; none are needed in school.\n\nI would recommend a 1:1 adult at snack and meal times, locked food storage, a visual timetable, and a daily walking programme. Her weight will be checked in my clinic every three months.\n\nDr Lorna Featherstone, Consultant Community Paediatrician, Kelbridge Child Development Centre, 9 December 2026",
        },
        tags=("clean", "explained-jargon", "medicine-not-named"),
    ),
    Case(
        name="undivided-selective-mutism-salt-bullets-clean",
        kind="advice",
        sections={
            "advice": "Speech and language therapy advice for Maisy\n\nWhat we found:\n- Maisy understands and uses language at the level expected for her age, according to her parents and to recordings made at home.\n- She does not speak at school. This is selective mutism, an anxiety about speaking in certain places, and it is not her choice.\n\nWhat helps:\n- Do not ask Maisy direct questions in front of others or praise her for speaking in front of the class.\n- Give her ways to answer without speaking, such as pointing or thumbs up.\n- A key adult should work with her in small steps, from being in the same room, to games without talking, to single words.\n\nFiona Grantham, Highly Specialist Speech and Language Therapist\nAshcombe Children's Speech and Language Therapy\n14 October 2026",
        },
        tags=("clean", "bullets", "explained-jargon"),
    ),
    Case(
        name="undivided-tourettes-camhs-expanded-clean",
        kind="advice",
        sections={
            "advice": "I am a clinical psychologist in the Child and Adolescent Mental Health Services (CAMHS) team at Westbrook. I have seen Dylan for six sessions about his tics and his anxiety. Dylan has Tourette's syndrome. His tics include blinking, sniffing, shoulder shrugging and sometimes shouting single words. Tics are not done on purpose; asking him to stop them makes them worse.\n\nDylan is learning a technique to replace a tic with a less noticeable movement. CAMHS will continue to see him fortnightly until Easter 2027. School can help by allowing him to leave the room for a few minutes when his tics build up and by explaining tics to his class with his permission.\n\nDr Paul Ferreira, Clinical Psychologist, 2 November 2026",
        },
        tags=("clean", "acronym-expanded-then-used", "first-person"),
    ),
    Case(
        name="undivided-fnd-college-gender-neutral-clean",
        kind="advice",
        sections={
            "advice": "Re: Jesse (they/them), aged 19, Ashcombe College\n\nJesse has functional neurological disorder. This is a real and common condition in which the brain has trouble sending and receiving messages to the body, although the brain itself is not damaged. For Jesse, this causes episodes of shaking and blackouts that last a few minutes, and days when their legs are weak.\n\nDuring an episode, staff should keep Jesse safe, time the episode, speak calmly and not call an ambulance unless Jesse is injured or the episode lasts more than 30 minutes. On weak-leg days Jesse may need a wheelchair.\n\nI would welcome a call from Jesse's learning support manager.\n\nDr Sunil Raman, Consultant Neurologist, Westbrook Neuropsychiatry Team, 12 August 2026",
        },
        tags=("clean", "post-19", "gender-neutral", "explained-jargon"),
    ),
    Case(
        name="undivided-cvi-ophthalmology-typos-clean",
        kind="advice",
        sections={
            "advice": "Eye clinic report for Ameila\n\nAmeila's eyes are healthy and her glases correct her short sight well. However, she has cerebral visual impairment, which means the parts of her brain that make sense of what she sees do not work as well as they should. She sees better when things are simple, large and uncluttered, and she may not see things to her right side.\n\nIn class she should sit with the board to her left, have worksheets with one task per page, and be warned before people approach her from the right. The qualified teacher of children with vision impairment from the Morrow Vale Sensory Support Service will advice the school further.\n\nDr Olamide Fashola, Consultant Paediatric Ophthalmologist, Morrow Vale Eye Unit, 30 June 2026",
        },
        tags=("clean", "typos", "explained-jargon"),
    ),
    Case(
        name="undivided-deafblind-nursery-advice-clean",
        kind="advice",
        sections={
            "advice": "Summary of health advice\n\nAyaan is 2 and was born deafblind after his mother caught rubella (German measles) in pregnancy. He has a severe hearing loss, poor sight in both eyes, weak muscles and difficulty with swallowing. He is fed through a tube into his stomach for most of his food and takes small tastes by mouth.\n\nHe will need a key person trained in his tube feeding and in touch-based communication, and visits from the sensory team. His feeding plan is written by the children's dietitian and our community nursing team, who will train nursery staff before he starts.\n\nTanya Rhodes, Children's Community Nurse, Kelbridge Community Health, 28 April 2027",
        },
        tags=("clean", "early-years", "explained-jargon"),
    ),
    Case(
        name="undivided-crohns-adolescent-gastro-letter-clean",
        kind="advice",
        sections={
            "advice": "To the special educational needs caseworker,\n\nThank you for your request for advice about Kyle. Kyle has Crohn's disease, which causes inflammation (swelling and soreness) in his gut. He has an infusion of medicine through a drip every eight weeks at Ravensholm Hospital, and he will miss that day of school.\n\nWhen his disease is active Kyle has tummy pain, tiredness and needs to use the toilet urgently. He needs free access to a toilet, a rest space and understanding about missed work. His Crohn's disease does not affect his learning directly.\n\nDr Andrew Nkemelu, Consultant Paediatric Gastroenterologist, Ravensholm Hospital, 20 May 2027",
        },
        tags=("clean", "letter", "explained-jargon", "medicine-not-named"),
    ),
    # ---- undivided advice, faulty ----
    Case(
        name="undivided-jia-methotrexate-uveitis-acronym",
        kind="advice",
        sections={
            "advice": "Summary: Evan has JIA affecting his knees, wrists and ankles. He also has uveitis, so he has eye checks every three months. He takes methotrexate once a week and has had joint injections.\n\nIn school he needs to move about every half hour, to type rather than write long pieces, and to sit out of contact sports when his joints are sore.\n\nDr Ruth Adeyemi, Consultant Paediatric Rheumatologist, Kelmoor Children's Hospital, 11 March 2027",
        },
        expected=(
            ("acronym", "advice", "JIA"),
            ("jargon", "advice", "uveitis"),
            ("drug_name", "advice", "methotrexate"),
        ),
        tags=("acronym", "jargon", "drug_name"),
    ),
    Case(
        name="undivided-crohns-adalimumab-acronym",
        kind="advice",
        sections={
            "advice": "Lucy has IBD (Crohn's disease) diagnosed in 2026. She has adalimumab injections every two weeks at home. When her disease flares she needs urgent toilet access and rest, and she may miss school. Please make sure staff know that she can leave lessons without asking.\n\nHeather Doyle, IBD Nurse Specialist, Ravensholm Hospital, 7 October 2026",
        },
        expected=(
            ("acronym", "advice", "IBD"),
            ("drug_name", "advice", "adalimumab"),
        ),
        tags=("acronym", "drug_name", "bracket-not-expansion"),
    ),
    Case(
        name="undivided-kidney-jargon-and-drugs",
        kind="advice",
        sections={
            "advice": "Oscar has nephrotic syndrome, which has relapsed four times in the last year. He is currently on prednisolone and tacrolimus. During relapses he develops oedema around his eyes and ankles and tires easily. He should avoid contact with chickenpox, and his parents should be told of any cases in his class.\n\nDr Meera Chaudhary, Consultant Paediatric Nephrologist, Ravensholm Hospital, 25 November 2026",
        },
        expected=(
            ("jargon", "advice", "nephrotic"),
            ("jargon", "advice", "oedema"),
            ("drug_name", "advice", "prednisolone"),
            ("drug_name", "advice", "tacrolimus"),
        ),
        tags=("jargon", "drug_name"),
    ),
    Case(
        name="undivided-sleep-melatonin-acronym-asd",
        kind="advice",
        sections={
            "advice": "Noah is 9 and has ASD and very poor sleep. He takes a long time to fall asleep and wakes for two or three hours most nights. He has been prescribed melatonin, which has helped a little. He is very tired in the mornings and may arrive late.\n\nWe recommend that school allows a later start on difficult days and keeps the morning routine calm and predictable.\n\nDr Olu Bamgbose, Consultant Community Paediatrician, Westbrook Child Development Centre, 16 February 2027",
        },
        expected=(
            ("acronym", "advice", "ASD"),
            ("drug_name", "advice", "melatonin"),
        ),
        tags=("acronym", "drug_name"),
    ),
    Case(
        name="undivided-rett-clinical-summary-jargon-drug-acronym",
        kind="advice",
        sections={
            "advice": "CLINICAL SUMMARY\nMolly (age 7) has Rett syndrome, confirmed by a genetic test. She has breath-holding episodes, bruxism and stereotypies of the hands. She has epilepsy, well controlled on levetiracetam. She is fed by mouth and by PEG for top-up fluids.\n\nShe communicates with eye pointing and would benefit from an eye-gaze device.\n\nDr Imran Talbot, Consultant Community Paediatrician, Morrow Vale Child Development Centre, 1 July 2026",
        },
        expected=(
            ("acronym", "advice", "PEG"),
            ("jargon", "advice", "bruxism"),
            ("jargon", "advice", "stereotypies"),
            ("drug_name", "advice", "levetiracetam"),
        ),
        tags=("acronym", "jargon", "drug_name", "capitalised-headings"),
    ),
    Case(
        name="undivided-tourettes-clonidine-jargon",
        kind="advice",
        sections={
            "advice": "Sam has Tourette's syndrome with movement tics and phonic tics, and coprolalia at times of stress. He also has obsessive-compulsive features. He started clonidine in September 2026, which has reduced his tics a little but makes him drowsy. Teachers should not draw attention to his tics.\n\nDr Paul Ferreira, Clinical Psychologist, Westbrook Children's Neurology Service, 9 January 2027",
        },
        expected=(
            ("jargon", "advice", "phonic"),
            ("jargon", "advice", "coprolalia"),
            ("drug_name", "advice", "clonidine"),
        ),
        tags=("jargon", "drug_name"),
    ),
    Case(
        name="undivided-cancer-remission-late-effects-all-three",
        kind="advice",
        sections={
            "advice": "Alfie completed treatment for ALL in 2026 and remains in remission. Late effects of treatment include neuropathy in both feet, which affects his balance, and reduced concentration. He received vincristine during treatment, which is the likely cause of the foot symptoms. He is no longer on any treatment.\n\nHe would benefit from extra time in tests and from PE adapted to his balance.\n\nSister Joanne Pike, Paediatric Oncology Outreach Nurse, Ashcombe Children's Hospital, 23 April 2027",
        },
        expected=(
            ("acronym", "advice", "ALL"),
            ("jargon", "advice", "neuropathy"),
            ("drug_name", "advice", "vincristine"),
        ),
        tags=("acronym", "jargon", "drug_name", "past-medicine"),
    ),
    Case(
        name="undivided-cvi-acronyms-and-jargon",
        kind="advice",
        sections={
            "advice": "Leo has CVI secondary to periventricular leukomalacia, with a left homonymous hemianopia. His visual acuity is 6/18 with glasses. He will need support from a QTVI in school and large-print materials.\n\nDr Olamide Fashola, Consultant Paediatric Ophthalmologist, Morrow Vale Eye Unit, 6 May 2027",
        },
        expected=(
            ("acronym", "advice", "CVI"),
            ("acronym", "advice", "QTVI"),
            ("jargon", "advice", "periventricular"),
            ("jargon", "advice", "leukomalacia"),
            ("jargon", "advice", "homonymous"),
            ("jargon", "advice", "hemianopia"),
            ("jargon", "advice", "acuity"),
        ),
        tags=("acronym", "jargon"),
    ),
    Case(
        name="undivided-coordination-physio-drug-acronym-jargon",
        kind="advice",
        sections={
            "advice": "Ruby has DCD and very bendy joints. She has poor proprioception, so she bumps into things and misjudges steps. She takes ibuprofen at home for leg pains in the evening. She would benefit from a sloped writing board, a wobble cushion and extra time to change for PE.\n\nAmy Castellano, Children's Physiotherapist, Kelbridge Children's Therapies, 19 October 2026",
        },
        expected=(
            ("acronym", "advice", "DCD"),
            ("jargon", "advice", "proprioception"),
            ("drug_name", "advice", "ibuprofen"),
        ),
        tags=("acronym", "jargon", "drug_name"),
    ),
]
