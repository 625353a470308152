"""Blind set 2026-12q, written without seeing the checks. All people, services and places are invented."""

from textwrap import dedent

from ..cases import Case


def _t(text):
    return dedent(text).strip()


def _tags(expected):
    if not expected:
        return ("clean",)
    return tuple(sorted({check for check, _, _ in expected}))


def _plan(name, c, e, g, expected=()):
    expected = tuple(expected)
    sections = {"C": _t(c), "E": _t(e), "G": _t(g)}
    return Case(name, sections, expected, "plan", _tags(expected))


def _div(name, needs, outcomes, provision, author=None, expected=()):
    expected = tuple(expected)
    sections = {"needs": _t(needs), "outcomes": _t(outcomes), "provision": _t(provision)}
    if author is not None:
        sections["author"] = _t(author)
    return Case(name, sections, expected, "advice", _tags(expected))


def _und(name, advice, expected=()):
    expected = tuple(expected)
    return Case(name, {"advice": _t(advice)}, expected, "advice", _tags(expected))


BLIND = [
    # ---------------------------------------------------------------- plans
    _plan(
        "cp-diplegia-year3-frame-clean",
        """
        Ellis is 8 and has cerebral palsy, which affects the muscles in both of his legs. He walks with a frame indoors and uses a wheelchair for longer distances. His calf muscles get tight, so standing at his table or the whiteboard tires him by the afternoon. He cannot yet get on and off the toilet on his own.
        """,
        """
        - By July 2027, Ellis will walk with his frame from his classroom to the hall and back without stopping on 4 out of 5 days, as recorded by his physiotherapist.
        - By July 2027, Ellis will stand at his table for 10 minutes during afternoon lessons on 4 out of 5 days.
        - By July 2027, Ellis will get on and off the toilet using one grab rail without adult help on 9 out of 10 occasions.
        """,
        """
        All provision in this section is for 12 months from the date of this plan.
        - A paediatric physiotherapist from Harrowfield Children's Therapy Service will see Ellis in school once every half term to review his walking, his frame and his stretching programme, and will update the programme in writing.
        - A teaching assistant trained by the physiotherapist will do Ellis's calf stretches with him for 15 minutes every school day after lunch.
        - An occupational therapist from Harrowfield Children's Therapy Service will visit once in the autumn term 2026 to assess the school toilets and advise on rails and a step.
        - A teaching assistant trained in moving and handling will stay close by each time Ellis uses the toilet.
        """,
    ),
    _plan(
        "t1-diabetes-year7-regular-checks",
        """
        Amira has type 1 diabetes. Her blood sugar needs checking before lunch, before PE and whenever she feels shaky or unwell. When her sugar is low she cannot concentrate and may become tearful, and she has missed parts of lessons while it recovers.
        """,
        """
        By the end of Year 7 (July 2027), Amira will check her own blood sugar before lunch and before PE on 19 out of 20 school days, with an adult watching, as recorded in her diabetes diary.
        By July 2027, Amira will return to her lesson within 20 minutes of treating a low blood sugar on 9 out of 10 occasions.
        """,
        """
        Everything below applies for as long as Amira attends Carrow Vale Academy.
        The Redbourne Hospital children's diabetes nurse will train two named members of staff in blood sugar checks and treating low blood sugar once at the start of each school year.
        Trained staff will supervise Amira's blood sugar checks before lunch and before PE every school day.
        The diabetes nurse will make regular visits to school to review the care plan.
        If Amira's blood sugar is low, a trained member of staff will give her fast-acting sugar and stay with her until it has come back up, following her care plan.
        """,
        expected=[
            ("unspecified_provision", "G", "regular"),
            (
                "no_frequency",
                "G",
                "The diabetes nurse will make regular visits to school to review the care plan.",
            ),
        ],
    ),
]

BLIND += [
    _plan(
        "autism-reception-table-clean",
        """
        Need | How it affects Noah
        Communication | Noah is 4 and autistic. He uses single words and gestures and does not yet put two words together.
        Sensory | Loud rooms upset him and he covers his ears and runs out of the hall at assembly and lunch.
        Eating | He eats only five foods and will not try new food at school.
        """,
        """
        Outcome | By when | How we will know
        Noah will use two-word phrases to ask for help or for a toy at least 10 times a day | July 2027 | speech and language therapist's review
        Noah will stay in the hall for the whole of assembly, wearing ear defenders if he wants, on 3 out of 5 days | July 2027 | class teacher's record
        Noah will touch or taste one new food at lunch at least twice a week | July 2027 | lunch record kept by his key worker
        """,
        """
        Provision | Who | How often | How long
        Speech and language therapy assessment and a written communication programme | speech and language therapist, Lindley Community Children's Services | one assessment, then a review every term | Reception year 2026-27
        Communication programme delivered in small group | teaching assistant trained by the speech and language therapist | 20 minutes, 4 times a week | Reception year 2026-27
        Sensory assessment and advice on the hall, ear defenders and a quiet space | occupational therapist, Lindley Community Children's Services | once in the autumn term 2026, review once in the summer term 2027 | Reception year 2026-27
        Food play and tasting sessions following the occupational therapist's plan | key worker trained by the occupational therapist | 10 minutes every lunchtime | Reception year 2026-27
        """,
    ),
    _plan(
        "epilepsy-year5-where-possible",
        """
        Freya (aged 10) has epilepsy. She has absence seizures, where she stares blankly for a few seconds and misses what is being said, several times a day. She also has occasional longer seizures where she falls and shakes. After a longer seizure she is very tired for the rest of the day.
        """,
        """
        By the end of Year 5 (July 2027), Freya will catch up on missed instructions by using her task checklist in 8 out of 10 lessons, as recorded by her class teacher.
        By July 2027, Freya will take part in the afternoon after a seizure by resting in the quiet room and then rejoining her class for at least the last lesson on 3 out of 4 occasions.
        By July 2027, Freya will tell an adult when she feels a longer seizure coming on every occasion she notices one, as recorded in her seizure diary.
        """,
        """
        This provision is for 12 months and will be reviewed at the annual review.
        1. The children's epilepsy nurse from Wexcombe NHS Trust will train all adults in Freya's class on her seizure plan, including emergency medicine, once at the start of the school year and again if the plan changes.
        2. Her class teacher will check Freya has understood each instruction and repeat it where possible.
        3. If a seizure lasts five minutes, a member of staff trained by the epilepsy nurse will give her emergency medicine and call 999.
        4. After a longer seizure, a teaching assistant trained in her seizure plan will stay with Freya in the quiet room until she is ready to go back to class.
        """,
        expected=[
            ("unspecified_provision", "G", "where possible"),
        ],
    ),
    _plan(
        "dcd-year9-handwriting-clean",
        """
        Kai is 14 and has developmental coordination disorder (DCD), which means his brain finds it hard to plan and coordinate movement. His handwriting is slow and hard to read, and he cannot finish written work in lessons. He drops and spills things and is embarrassed in food technology. He gets tired quickly in PE and often avoids it.
        """,
        """
        - By the end of Year 9 (July 2027), I will type my written work at 25 words a minute and hand in finished work in 4 out of 5 lessons.
        - By Easter 2027, I will carry a tray and pour drinks in food technology without spilling in 3 out of 4 lessons.
        - By July 2027, I will take part in the whole of at least one PE lesson every week.
        """,
        """
        All of this runs from September 2026 to July 2027.
        - An occupational therapist from Ashby Vale Children's Therapy Team will assess Kai once in September 2026 and write a programme for typing, food technology and PE.
        - The SENCo (special educational needs coordinator) will make sure Kai has a laptop in every lesson and will arrange a touch-typing course for him, 20 minutes three times a week in form time.
        - A teaching assistant trained by the occupational therapist will work with Kai on the food technology tasks from his programme for 15 minutes in each food technology lesson.
        - His PE teacher will follow the occupational therapist's adapted PE programme in every PE lesson.
        - The occupational therapist will review progress with school once a term.
        """,
    ),
    _plan(
        "asthma-eczema-year2-no-thread-sleep",
        """
        Ruby is 7. She has severe asthma and uses a reliever inhaler, sometimes several times a day in winter. Her eczema is itchy at night. She often arrives at school tired after poor sleep, which affects her learning in the mornings. She needs help to apply her moisturising cream at lunchtime.
        """,
        """
        By July 2027, Ruby will tell an adult when she is wheezy and take her reliever inhaler with a spacer correctly on every occasion, as recorded on her inhaler log.
        By July 2027, Ruby will put on her moisturising cream at lunchtime herself, with an adult watching, on 4 out of 5 days.
        """,
        """
        From September 2026 until the annual review in 2027:
        - The school nurse from Marlow Brook Community Health will train Ruby's class teacher and teaching assistant in her asthma plan and spacer use once in September 2026.
        - Her teaching assistant, trained by the school nurse, will supervise her inhaler whenever she is wheezy or before PE, and record it on her inhaler log.
        - Her teaching assistant will supervise Ruby applying her moisturising cream for 5 minutes every lunchtime.
        """,
        expected=[
            (
                "golden_thread",
                "C",
                "She often arrives at school tired after poor sleep, which affects her learning in the mornings.",
            ),
        ],
    ),
    _plan(
        "hearing-loss-year4-soundfield-clean",
        """
        Oliver has a moderate hearing loss in both ears and wears two hearing aids. In a noisy classroom he misses much of what is said, especially when the teacher turns away or other children answer from behind him. He often says he has understood when he has not.
        """,
        """
        By the end of Year 4 (July 2027), Oliver will repeat back the main instruction in 9 out of 10 lessons when checked by his teacher.
        By July 2027, Oliver will ask for something to be repeated at least once in every lesson where he has missed it, as recorded by his teaching assistant on 5 observed days each half term.
        """,
        """
        Provision for the school year 2026-27:
        - A radio aid, supplied and checked once a half term by the teacher of the deaf from Kingsmere Sensory Support Service.
        - The teacher of the deaf will visit school twice a term to observe Oliver in class and give his teachers written advice.
        - The audiologist at Kingsmere Children's Hearing Clinic will check his hearing and hearing aids every 6 months.
        - His class teacher will check his understanding of the main instruction in every lesson.
        """,
    ),
    _plan(
        "downs-year1-access-to-salt",
        """
        Isla is 6 and has Down's syndrome. Her speech is hard for adults outside her family to understand, and she uses some Makaton signs (a simple signing system used with speech). Her muscles are floppy (low muscle tone), so she tires sitting on the carpet and has difficulty with buttons and zips. She has glasses for long sight and needs to wear them all day.
        """,
        """
        By July 2027, Isla will use 30 Makaton signs or words to make choices in class, counted by her teaching assistant over one week each half term.
        By July 2027, Isla will sit on a wedge cushion through the whole 15-minute carpet session on 4 out of 5 days.
        By July 2027, Isla will do up and undo the zip on her coat by herself at home time on 4 out of 5 days.
        By July 2027, Isla will wear her glasses for the whole school day on 9 out of 10 days, as recorded by her class teacher.
        """,
        """
        This provision is for the school year 2026-27.
        Isla will have access to speech and language therapy.
        A teaching assistant trained in Makaton will sign with Isla throughout every school day.
        A paediatric occupational therapist from Penrose Community Health will assess Isla's sitting and dressing once in the autumn term and give the school a programme, which her teaching assistant will practise with her for 10 minutes each day.
        Her class teacher will remind Isla to put her glasses on at the start of each morning and afternoon session.
        """,
        expected=[
            ("unspecified_provision", "G", "access to"),
            ("no_frequency", "G", "Isla will have access to speech and language therapy."),
            ("no_provider", "G", "Isla will have access to speech and language therapy."),
        ],
    ),
    _plan(
        "anxiety-year10-camhs-unexplained",
        """
        Since Year 9, Leah has had severe anxiety. She has panic attacks on the bus and in crowded corridors and has missed about a third of her school days this year. She finds it hard to eat in the canteen and has lost weight.
        """,
        """
        By February 2027, I will be in school for at least 80% of days, as recorded on the school register.
        By July 2027, I will use my breathing plan and the pass to leave class early to get through a panic attack in school without going home, on 4 out of 5 occasions.
        By July 2027, I will eat lunch in school, in the library room, on 4 out of 5 days.
        """,
        """
        All provision below is for 12 months from the date of this plan.
        - A CAMHS clinician at the Moorgate Young People's Service will see Leah for cognitive behavioural therapy (a talking therapy that helps her understand and change anxious thoughts), 50 minutes every two weeks.
        - The school's mental health practitioner, a trained counsellor, will meet Leah for 30 minutes every week to practise her breathing plan.
        - Her head of year will give Leah a pass to leave every lesson 5 minutes early and will check in with her each morning.
        - A lunchtime supervisor trained in anxiety support by the mental health practitioner will be in the library room every lunchtime.
        """,
        expected=[("acronym", "G", "CAMHS")],
    ),
    _plan(
        "cf-year6-physio-clean",
        """
        Tomas is 11 and has cystic fibrosis, a condition that makes thick mucus build up in his lungs and affects how he digests food. He needs to clear his chest twice a day and takes tablets with every meal and snack to help him digest his food. He catches infections easily and has had hospital stays, missing 4 weeks of school last year.
        """,
        """
        By July 2027, Tomas will do his lunchtime chest clearance with his breathing device by himself in the medical room on 4 out of 5 days, as recorded in his log.
        By July 2027, Tomas will take his digestive tablets before every meal and snack in school without being reminded, on 9 out of 10 days.
        By the end of Year 6 (July 2027), Tomas will complete all the work set during any hospital stay and catch up within two weeks of coming back, as checked by his class teacher.
        """,
        """
        Until the annual review in 2027:
        1. The cystic fibrosis physiotherapist from Brantwell Children's Hospital will train a named teaching assistant in Tomas's chest clearance once at the start of the school year and visit school once a term to review it.
        2. The trained teaching assistant will supervise his chest clearance in the medical room for 20 minutes every lunchtime.
        3. The trained teaching assistant will remind and check that Tomas takes his digestive tablets before every meal and snack.
        4. During any hospital stay, his class teacher will send work to the hospital school each week.
        """,
    ),
    _plan(
        "adhd-year8-bullets-no-duration",
        """
        - Zac is 13 and has ADHD (attention deficit hyperactivity disorder).
        - He cannot stay seated for a whole lesson and leaves his seat or calls out many times an hour.
        - He forgets homework and equipment and falls behind.
        - He finds it hard to fall asleep and is often tired in the morning.
        """,
        """
        - By July 2027, Zac will stay in his seat or in his agreed movement area for 20-minute stretches in 4 out of 5 lessons, as recorded on his report card.
        - By July 2027, Zac will bring the right equipment and hand in homework on time in 8 out of 10 subjects each week.
        - By Easter 2027, Zac will be at his first lesson on time and ready to learn on 4 out of 5 days, after a better bedtime routine.
        """,
        """
        - Zac's form tutor will check his planner and equipment with him every morning.
        - Teachers will let Zac take a short movement break every 20 minutes in every lesson.
        - The ADHD nurse from Fernleigh Community Paediatrics will review Zac's sleep and medication every 3 months and give his parents a written bedtime plan.
        """,
        expected=[
            (
                "no_duration",
                "G",
                "Zac's form tutor will check his planner and equipment with him every morning.",
            ),
            (
                "no_duration",
                "G",
                "Teachers will let Zac take a short movement break every 20 minutes in every lesson.",
            ),
            (
                "no_duration",
                "G",
                "The ADHD nurse from Fernleigh Community Paediatrics will review Zac's sleep and medication every 3 months and give his parents a written bedtime plan.",
            ),
        ],
    ),
]

BLIND += [
    _plan(
        "college-19-autism-pfa-clean",
        """
        Section C: Health needs

        Jordan is 19 and autistic. They find new places and changes of routine very hard and can shut down, stop speaking and leave the building when stressed. They have a learning disability and find it hard to understand letters about health appointments. They have had no annual health check yet.
        """,
        """
        By July 2027, Jordan will follow their college timetable, including one planned change each week, without leaving the building, on 4 out of 5 days, as recorded by their tutor.
        By March 2027, Jordan will go to their learning disability annual health check at their GP practice with their support worker and say afterwards what was agreed.
        By July 2027, Jordan will use their communication card to tell staff they need a break in 9 out of 10 stressful moments, as recorded by their tutor.
        """,
        """
        For the academic year 2026-27 at Sorrelby College:
        - The college's autism specialist tutor will give Jordan a visual timetable and meet them for 15 minutes at the start of every college day to go through any changes.
        - The learning disability liaison nurse from Sorrelby Community Learning Disability Team will meet Jordan and their support worker once in the autumn term to explain the annual health check in easy read, and will send easy read letters for every health appointment.
        - Dr Patel's practice, Orchard Lane Surgery, will offer Jordan a learning disability annual health check once, by March 2027, in a quiet room with a longer appointment.
        - The autism specialist tutor will teach Jordan to use a communication card in one 30-minute session each week in the autumn term.
        """,
    ),
    _plan(
        "sickle-cell-year11-opportunities",
        """
        Malik is 16 and has sickle cell disease. He gets painful crises, often after getting cold, dehydrated or very tired, and has missed 20 days of school this year. He needs to drink water and use the toilet often. He is worried about keeping up with his GCSE courses.
        """,
        """
        By his GCSE exams in summer 2027, Malik will have caught up all work missed through illness, as checked by his head of year every half term.
        By July 2027, Malik will drink at least 1.5 litres of water during the school day on 4 out of 5 days, keeping his own record.
        """,
        """
        For the school year 2026-27, and updated at the annual review:
        - Malik will carry a water bottle and a toilet pass in all lessons, issued by the SENCo.
        - His head of year will meet him for 20 minutes every two weeks to plan catch-up work.
        - Malik will be given opportunities for rest breaks.
        - Staff will keep him indoors at break time in cold weather.
        """,
        expected=[
            ("unspecified_provision", "G", "opportunities for"),
            ("no_frequency", "G", "Malik will be given opportunities for rest breaks."),
            ("no_provider", "G", "Malik will be given opportunities for rest breaks."),
            ("no_provider", "G", "Staff will keep him indoors at break time in cold weather."),
            ("acronym", "G", "SENCo"),
        ],
    ),
    _plan(
        "nursery-3-global-delay-clean",
        """
        Alfie is 3 and attends Little Acorns Nursery for five mornings a week. He has global developmental delay: he is developing more slowly than other children in all areas. He is not yet walking on his own and pulls to stand on furniture. He says no words yet but smiles, points and reaches for what he wants. He is still in nappies and needs to be changed during the session.
        """,
        """
        By the end of the summer term 2027, Alfie will walk 5 steps between two adults without holding on, on most days, as recorded by his physiotherapist at each visit.
        By July 2027, Alfie will use 10 signs, pictures or words to ask for food, drink, more or help, counted by his key worker over one week each half term.
        By July 2027, Alfie will stand holding the rail for his nappy change on 4 out of 5 changes.
        """,
        """
        Provision for the nursery year 2026-27:
        - A children's physiotherapist from Brockwell Community Children's Services will visit nursery every 6 weeks to set and review a standing and walking programme.
        - His key worker, trained by the physiotherapist, will do the programme with Alfie for 10 minutes every morning session.
        - A speech and language therapist from Brockwell Community Children's Services will see Alfie at nursery once a month and set up signs and pictures for him.
        - His key worker will use the signs and pictures with him throughout every session, after training from the speech and language therapist in September 2026.
        - His key worker will change Alfie standing at the rail at each nappy change, following the physiotherapist's advice.
        """,
    ),
    _plan(
        "tourette-year9-title-golden-thread-provision",
        """
        HEALTH NEEDS
        Ben is 14 and has Tourette's syndrome. He has tics: sudden movements of his head and shoulders and noises he cannot control. His tics get worse when he is anxious or tired and he has been sent out of lessons for them. Writing is slow because of shoulder tics.
        """,
        """
        HEALTH OUTCOMES
        By July 2027, Ben will stay in every lesson for the whole lesson, using his time-out card when his tics are bad, on 9 out of 10 school days, as recorded by his form tutor.
        By July 2027, Ben will complete written work on a laptop with at least 80% of tasks finished in lessons, checked by his subject teachers each half term.
        """,
        """
        HEALTH PROVISION
        This provision runs for 12 months from the date of the plan.
        - The clinical psychologist at Amberfield Child Development Centre will give Ben comprehensive behavioural intervention for tics (a therapy that teaches him to notice a tic coming and do a different movement), 8 sessions of 1 hour every two weeks.
        - The clinical psychologist will deliver one training session of one hour to all of Ben's teachers in September 2026 on Tourette's and how to respond to tics.
        - His form tutor will give Ben a time-out card and check in with him for 5 minutes every morning.
        - The SENCo (special educational needs coordinator) will provide a laptop for every lesson that involves writing.
        - The school nurse will see Ben once a term to check his weight and blood pressure.
        """,
        expected=[
            (
                "golden_thread",
                "G",
                "The school nurse will see Ben once a term to check his weight and blood pressure.",
            ),
        ],
    ),
    _plan(
        "scoliosis-year12-sixth-form-outcome-vague",
        """
        Priya is 17 and has scoliosis (a sideways curve of the spine). She wears a back brace for 20 hours a day, including at school. Sitting for long periods is painful, and carrying heavy bags makes her pain worse.
        """,
        """
        Priya will feel more comfortable in lessons.
        By July 2027, Priya will use her locker and her lesson books kept in each classroom so that she carries no more than one light bag, on every school day, as checked by her head of sixth form each term.
        """,
        """
        For the school year 2026-27:
        - A physiotherapist from Harlow Heath Hospital spinal team will give Priya a stretching programme once in September 2026 and review it once in the spring term.
        - Her subject teachers will let her stand up and stretch for 2 minutes every 30 minutes in every lesson.
        - The head of sixth form will give Priya a locker near her classrooms and a set of textbooks to keep in each classroom from September 2026.
        - The school's exams officer will arrange a chair with back support and rest breaks of 5 minutes every hour in all exams.
        """,
        expected=[("outcome_not_smart", "E", "Priya will feel more comfortable in lessons.")],
    ),
    _plan(
        "selective-mutism-year2-long-paragraph-clean",
        """
        Grace is 6 and has selective mutism, a type of anxiety where she cannot speak in some places even though she talks well at home. At school she has not spoken to any adult since she started, and she whispers to one friend. She freezes when asked a question in front of the class and sometimes wets herself because she cannot ask to go to the toilet.
        """,
        """
        By the end of the spring term 2027, Grace will say single words to her teaching assistant in their planned sessions, in 3 out of 4 sessions, as recorded by the speech and language therapist.
        By July 2027, Grace will answer the register by speaking, nodding or holding up her name card every day.
        By December 2026, Grace will use her toilet card to go to the toilet without asking out loud, with no accidents in school for 4 weeks.
        """,
        """
        From September 2026 to July 2027, a speech and language therapist from Fenwick Community Therapy, who specialises in selective mutism, will visit school once every half term to plan a small-steps programme with Grace's teaching assistant, and her teaching assistant will carry out the programme with Grace for 15 minutes three times a week in a quiet room; over the same period her class teacher will let Grace answer the register in any way she chooses and will not ask her questions in front of the class, and the class teacher will give her a toilet card to use at any time from the first day of term.
        """,
    ),
    _plan(
        "visual-impairment-year6-qtvi-acronym",
        """
        Hannah has a severe visual impairment caused by albinism. She reads print at 24 point at a distance of about 10 cm and cannot see the board. Bright light dazzles her.
        """,
        """
        By July 2027, Hannah will read her enlarged text and board work on her tablet in every lesson, keeping up with her class in 4 out of 5 lessons, as recorded by her QTVI.
        By July 2027, Hannah will choose her own seat away from the window and tell staff when the light is too bright, on every occasion.
        """,
        """
        For the school year 2026-27:
        - A QTVI from Castlebury Sensory Service will visit once a month to advise teachers and teach Hannah to use her tablet camera.
        - A teaching assistant trained by the QTVI will enlarge all written materials to 24 point before every lesson.
        - Her class teacher will seat Hannah away from the window and fit blinds in her classroom in September 2026.
        """,
        expected=[("acronym", "E", "QTVI")],
    ),
    _plan(
        "spina-bifida-year3-catheter-clean",
        """
        Zara is 8 and has spina bifida. She uses a wheelchair and cannot feel her legs or her bottom, so she can get pressure sores if she sits in one position for too long. She cannot empty her bladder by herself and needs a catheter (a thin tube passed into the bladder to drain urine) four times a day, twice at school.
        """,
        """
        By July 2027, Zara will shift her weight in her wheelchair every 30 minutes when reminded by her timer watch, on 4 out of 5 days, with no pressure sores recorded at her skin checks.
        By July 2027, Zara will do parts of her own catheter routine, washing her hands and getting her equipment ready, at both school catheter times on 9 out of 10 days.
        """,
        """
        Everything below is for 12 months from the date of this plan.
        - The children's community nurse from Wyedale Community Children's Nursing will train two named teaching assistants in Zara's catheter routine and pressure care in September 2026 and check their skills once a term.
        - A trained teaching assistant will carry out Zara's catheter at 10:30 and 14:00 every school day in the accessible toilet.
        - A trained teaching assistant will remind Zara to shift her weight every 30 minutes and check her skin once a day.
        - The paediatric occupational therapist from Wyedale Children's Therapy will review Zara's wheelchair cushion and seating once a term.
        """,
    ),
    _plan(
        "crohns-year10-numbered-no-provider",
        """
        1. Daniel is 15 and has Crohn's disease, which causes swelling and soreness in his gut. He needs to use the toilet urgently, sometimes many times a day.
        2. He is often tired and has stomach pain during flare-ups, when he may miss school for several days.
        3. He has an infusion (medicine given through a drip) at hospital every 8 weeks and misses that school day.
        """,
        """
        1. By July 2027, Daniel will leave any lesson to use the staff toilet without having to ask, using his pass, with no lost learning time beyond 10 minutes, on 9 out of 10 occasions.
        2. By July 2027, Daniel will catch up on work missed during flare-ups and infusion days within two weeks of returning, as checked by his head of year each half term.
        """,
        """
        For the school year 2026-27:
        1. Daniel will have a toilet pass for every lesson and a key to the staff toilet near his form room.
        2. His head of year will meet Daniel for 20 minutes every two weeks to plan catch-up work.
        3. On infusion days and during flare-ups, Daniel's subject teachers will put the work on the school's online learning page on the same day.
        """,
        expected=[
            (
                "no_provider",
                "G",
                "Daniel will have a toilet pass for every lesson and a key to the staff toilet near his form room.",
            ),
        ],
    ),
]

BLIND += [
    _plan(
        "salt-year1-dld-typos-clean",
        """
        Mason is 5 and has developmental langauge disorder, which means he has difficulty understanding and using spoken language. He understands short instructions but gets lost when there are two or more steps, and he uses short sentences of 3-4 words with words missing. Other children sometimes cannot understand him and he gets frustrated and hits out at playtime.
        """,
        """
        By the end of Year 1 (July 2027) Mason will follow two-step instructions in class in 8 out of 10 tries, when checked by his teacher.
        By July 2027, Mason will use sentences of 5 words or more to tell an adult about his weekend on Monday mornings, in 3 out of 4 weeks.
        By July 2027, Mason will use his "help" card or tell an adult when he is cross at playtime instead of hitting, with no more than one incident a half term, as recorded in the behaviour log.
        """,
        """
        This provision is in place for the 2026-27 school year.
        - Speech and langauge therapist (Tollbridge Children's Speech and Language Therapy) to assess Mason at the start of the year and write targets, then review them every half term in school.
        - Teaching assistant trained in the Tollbridge language programme to work with Mason for 20 mins, 3 x per week, on his targets.
        - Class teacher to break instructions into single steps and use pictures to show them in every lesson.
        - The speech and language therapist will show playground staff how to use Mason's "help" card in one 30-minute session in September 2026, and the trained playground staff will prompt him to use it at every playtime.
        """,
    ),
    _plan(
        "hypermobility-year8-pain-no-outcome",
        """
        Sofia is 12 and has hypermobility syndrome: her joints bend further than usual and are easily strained. Her knees hurt after walking between buildings. Her wrists hurt after writing for more than 10 minutes.
        """,
        """
        By July 2027, Sofia will use her lift pass and leave lessons 3 minutes early to move between buildings, with her knee pain at 3 out of 10 or lower on 4 out of 5 days, using her pain scale.
        """,
        """
        From September 2026 to July 2027:
        - A physiotherapist from Ivybridge Children's Musculoskeletal Service will see Sofia every 4 weeks for a strengthening programme.
        - The school office will issue Sofia a lift pass once, in September 2026.
        - Her form tutor will give her a pass to leave every lesson 3 minutes early.
        - An occupational therapist from Ivybridge Children's Therapy will assess her handwriting once in the autumn term and provide a sloping board and chunky pens.
        - Her subject teachers will let her type or use a scribe for any written task longer than 10 minutes.
        """,
        expected=[
            ("golden_thread", "C", "Her wrists hurt after writing for more than 10 minutes."),
        ],
    ),
    _plan(
        "brain-injury-year7-jargon",
        """
        Lewis is 12. He had a brain injury in a road accident in 2026 and was in hospital for three months. He now has left-sided hemiparesis and problems with executive function. He tires easily and gets headaches by the afternoon.
        """,
        """
        By July 2027, Lewis will use his planner and phone reminders to arrive at the right lesson with the right equipment on 4 out of 5 days, as recorded by his key adult.
        By July 2027, Lewis will carry his lunch tray with both hands and cut his food on 4 out of 5 days.
        By July 2027, Lewis will attend a full school day, with one planned rest of 20 minutes, on 4 out of 5 days.
        """,
        """
        For 12 months from the date of this plan:
        - The children's neuropsychologist at Saltmarsh Children's Brain Injury Service will see Lewis once a term and give school written strategies for planning, memory and organising himself.
        - His key adult, a teaching assistant trained by the neuropsychology service, will go through his planner with him for 10 minutes every morning.
        - A paediatric occupational therapist from Saltmarsh Children's Brain Injury Service will work with Lewis on using his left arm and hand for 45 minutes every two weeks in school.
        - His key adult will take him to the quiet room for a 20-minute rest every day after lunch.
        """,
        expected=[("jargon", "C", "hemiparesis"), ("jargon", "C", "executive function")],
    ),
    _plan(
        "epilepsy-college-drug-name",
        """
        Chloe is 18 and studying animal care at Westmere College. She has epilepsy with tonic-clonic seizures (she falls, stiffens and shakes) about once a month, usually when she is tired. She takes buccal midazolam as her emergency medicine. She cannot work alone with large animals or near water.
        """,
        """
        By July 2027, Chloe will complete all the practical units of her course with another trained person present, as recorded by her course tutor each term.
        By July 2027, Chloe will keep a sleep and seizure diary and share it with her epilepsy nurse at every review, showing at least 5 weeks out of 6 completed.
        """,
        """
        For the academic year 2026-27:
        - The adult epilepsy nurse specialist from Westmere Neurology Service will train Chloe's course tutor and two named technicians in her seizure plan once in September 2026.
        - A technician trained in Chloe's seizure plan will be with her for every practical session with large animals or near water.
        - The epilepsy nurse specialist will review Chloe's seizure diary with her every 3 months, in clinic or by video call.
        """,
        expected=[("drug_name", "C", "midazolam"), ("jargon", "C", "buccal")],
    ),
    _plan(
        "lupus-year9-no-frequency-no-duration",
        """
        Ayesha is 14 and has lupus, a condition where her immune system attacks her own body. She has painful, stiff joints in the mornings, and sunlight can bring on a rash and make her unwell. She often feels exhausted and has missed some school.
        """,
        """
        By July 2027, Ayesha will arrive for period 2 or earlier on 9 out of 10 school days, as recorded on the register.
        By July 2027, Ayesha will wear her hat and sunscreen for every outdoor lesson and trip, checked by her teachers, with no sun-related flare reported by her rheumatology team.
        By July 2027, Ayesha will attend at least 90% of her timetabled lessons.
        """,
        """
        - Ayesha's head of year will agree a later start time, arriving for period 2, on days when her joints are stiff, for the school year 2026-27.
        - Her PE teacher will let her do PE indoors in summer and will remind her to use sunscreen before every outdoor lesson, for the school year 2026-27.
        - The paediatric rheumatology nurse at Glenholt Children's Hospital will give school a written plan for flare-ups and update it every 6 months.
        - Her head of year will arrange a rest space she can use.
        """,
        expected=[
            (
                "no_duration",
                "G",
                "The paediatric rheumatology nurse at Glenholt Children's Hospital will give school a written plan for flare-ups and update it every 6 months.",
            ),
            ("no_frequency", "G", "Her head of year will arrange a rest space she can use."),
            ("no_duration", "G", "Her head of year will arrange a rest space she can use."),
        ],
    ),
    _plan(
        "no-health-needs-year4-clean",
        """
        Thomas has no health needs that relate to his special educational needs. His needs are with reading and spelling and are set out in Section B. His hearing and vision were checked in 2026 and are normal.
        """,
        """
        There are no health outcomes, as Thomas has no health needs.
        """,
        """
        No health provision is needed. If new health needs arise, the school will ask his GP or the school nursing team for advice.
        """,
    ),
    _plan(
        "feeding-tube-reception-table-clean",
        """
        Need | Detail
        Eating and drinking | Ivy is 4 and has a gastrostomy, a feeding tube that goes through her tummy into her stomach. She has all her milk feeds through the tube and eats small tastes of puree by mouth.
        Swallowing | She can choke on lumpy food and must only have smooth food by mouth.
        Communication | She uses sounds, eye pointing and a few signs and is learning to use a picture board.
        """,
        """
        Outcome | Measure | Date
        Ivy will have her lunchtime tube feed at school safely and then join her friends at the table for tastes of smooth food | every school day, recorded in her feed chart | July 2027
        Ivy will eat 10 teaspoons of smooth food by mouth at lunch without coughing or choking | on 4 out of 5 days | July 2027
        Ivy will use her picture board to choose a snack, an activity and a friend to play with | 3 choices every day | July 2027
        """,
        """
        Provision | Provider | Frequency and length
        Training of two named staff in tube feeding and care of the tube, with competency checks | children's community nurse, Harrowby Community Children's Nursing | once in September 2026, then every 6 months until July 2027
        Lunchtime tube feed given by trained staff | teaching assistant trained by the children's community nurse | every school day, reception year 2026-27
        Eating and drinking plan for smooth food, written and reviewed | speech and language therapist, Harrowby Children's Eating and Drinking Team | written in September 2026, reviewed every half term until July 2027
        Tastes of smooth food given at lunch following the plan | teaching assistant trained by the speech and language therapist | every school day, reception year 2026-27
        Picture board made and used throughout the day | speech and language therapist to set up once a term; teaching assistant trained in its use to use it every day | reception year 2026-27
        """,
    ),
    _plan(
        "obesity-pws-year5-support-as-needed",
        """
        Maya is 10 and has Prader-Willi syndrome. She feels hungry all the time and will take food from other children's lunch boxes and from bins. Her muscles are weak, so she tires on walks and in PE. She has a learning disability and finds changes to her routine upsetting.
        """,
        """
        By July 2027, Maya will eat only her own planned lunch and snacks in school on 5 out of 5 days, as recorded by her teaching assistant.
        By July 2027, Maya will walk the 800-metre school route to the park and back without stopping, every week, as recorded by her PE teacher.
        By July 2027, Maya will follow her visual timetable through any planned change of routine without upset on 4 out of 5 occasions.
        """,
        """
        For the school year 2026-27:
        - A dietitian from Lowther Children's Nutrition Service will give the school a written food plan in September 2026 and review it once a term.
        - A teaching assistant trained by the dietitian will supervise Maya at every snack time and lunch and make sure food is locked away.
        - Her PE teacher will follow an exercise plan from the children's physiotherapist for 20 minutes in every PE lesson.
        - Support as needed will be given when her routine changes.
        """,
        expected=[
            ("unspecified_provision", "G", "Support as needed"),
            ("no_provider", "G", "Support as needed will be given when her routine changes."),
        ],
    ),
]

BLIND += [
    _plan(
        "young-person-voice-year11-autism-clean",
        """
        What I want you to know about my health (in my own words, written with my keyworker):
        I am autistic and I find noise and crowds really hard. When the corridors are packed I get overwhelmed and sometimes I just walk out of school. I don't sleep well, maybe 5 hours a night, and then I can't think in the mornings.
        """,
        """
        - By July 2027, I will use the early-leave pass to move between lessons before the corridors fill up, and I will not walk out of school on more than one day a half term.
        - By April 2027, I will sleep at least 7 hours on 5 nights a week, which I will record on my sleep app and show the school nurse.
        """,
        """
        From September 2026 to the end of Year 11 (July 2027):
        - My form tutor will give me an early-leave pass so I can leave every lesson 3 minutes before the bell.
        - The school nurse from Holmesdale School Nursing Service will meet me for 30 minutes every 3 weeks to work on a sleep plan with me.
        - The autism advisory teacher from Holmesdale Inclusion Service will visit school once a half term to help my teachers plan for my sensory needs, and will meet me for 15 minutes each visit.
        """,
    ),
    _plan(
        "global-delay-year2-passive-provision",
        """
        Harry is 7 and has a rare genetic condition that causes learning disability, epilepsy and poor balance. He falls often on uneven ground and in the playground. He cannot dress himself and needs help to change for PE and swimming.
        """,
        """
        By July 2027, Harry will walk across the playground to the lunch hall holding one hand, with no more than one fall a week, as recorded by his teaching assistant.
        By July 2027, Harry will take off his jumper and shoes by himself when changing for PE on 4 out of 5 occasions.
        Harry will be safe when he has a seizure.
        """,
        """
        For the 2026-27 school year:
        - A balance and walking programme will be done every day.
        - An occupational therapist from Tennant Community Children's Services will visit once a term to teach Harry and his teaching assistant a dressing routine.
        - His teaching assistant, trained by the occupational therapist, will practise the dressing routine with him for 10 minutes before every PE and swimming lesson.
        - The epilepsy nurse from Tennant Children's Epilepsy Service will update Harry's seizure plan every 6 months and train his class staff in it once each term.
        """,
        expected=[
            ("no_provider", "G", "A balance and walking programme will be done every day."),
            ("outcome_not_smart", "E", "Harry will be safe when he has a seizure."),
        ],
    ),
    _plan(
        "deaf-bsl-year5-paragraphs-clean",
        """
        Elsie is 9 and profoundly deaf. She has a cochlear implant on her right side, which is a hearing device fitted by surgery, and she uses British Sign Language (BSL) and spoken English. She relies on lipreading and sign in class and misses what other children say in group work. She gets very tired from listening by the end of the day.
        """,
        """
        By July 2027, Elsie will take part in group work by asking her communication support worker or her group to repeat, and she will give at least one answer in every group task, as recorded by her class teacher once a week.
        By July 2027, Elsie will use her quiet listening break in the afternoon and complete the last lesson of the day in 4 out of 5 days.
        """,
        """
        All of the following applies for the school year 2026-27.

        A communication support worker with BSL level 3 will support Elsie in every lesson.

        A teacher of the deaf from Kelsey Sensory Support Service will visit Elsie at school every 2 weeks to check her implant is working, work with her on listening skills for 45 minutes, and advise staff.

        The cochlear implant team at Ravensmoor Hospital will see Elsie twice in the year to check and tune her implant.

        Her class teacher will give Elsie a 10-minute quiet listening break every afternoon.
        """,
    ),
    _plan(
        "mental-health-post16-eating-disorder-jargon",
        """
        Phoebe is 17 and attends Hartside Sixth Form College. She has anorexia nervosa and is under the Hartside Eating Disorders Service. She has bradycardia and must not do strenuous exercise until her heart rate improves. She finds eating in front of others very hard and skips lunch at college.
        """,
        """
        By April 2027, Phoebe will eat her planned lunch and snack at college in the wellbeing room on 4 out of 5 days, as she records on her meal plan.
        By July 2027, Phoebe will take part in her sport course in a non-physical role, such as coaching or scoring, for all practical sessions until her doctor says she can exercise again.
        """,
        """
        For the academic year 2026-27:
        - A therapist from Hartside Eating Disorders Service will see Phoebe for family-based treatment, one hour every week, at the service.
        - The college's wellbeing lead, a trained mental health first aider, will sit with her at lunch in the wellbeing room every college day.
        - Her sport tutor will give Phoebe a non-physical role in every practical session until the eating disorders service confirms in writing that she can exercise.
        """,
        expected=[("jargon", "C", "bradycardia")],
    ),
    _plan(
        "allergy-nursery-2-clean",
        """
        Oscar is 2 and has a severe allergy to peanuts, tree nuts and egg. If he eats any of these he can have a serious reaction (anaphylaxis), where his throat swells and he cannot breathe. He also has speech delay and says about 10 words.
        """,
        """
        By July 2027, Oscar will eat only food checked against his allergy list at every snack and meal at nursery, with no accidental exposures recorded.
        By July 2027, Oscar will use 50 words and join two words together, for example "more milk", as measured by his speech and language therapist at review.
        """,
        """
        For the nursery year 2026-27:
        - The children's allergy nurse from Pellingham Hospital will train all nursery staff in Oscar's allergy action plan and how to use his allergy pen once in September 2026 and again in March 2027.
        - Oscar's key worker, trained by the allergy nurse, will check every food and drink against his allergy list before he has it.
        - If Oscar shows signs of a serious reaction, a member of staff trained by the allergy nurse will use his allergy pen straight away and call 999.
        - A speech and language therapist from Pellingham Community Children's Therapy will see Oscar at nursery once a month and give his key worker activities to do with him for 10 minutes every day.
        """,
    ),
    _plan(
        "heart-condition-year6-vague-hedges",
        """
        Noah is 11 and was born with a heart condition. He has had three operations and has a pacemaker. He gets breathless and tired on exertion and cannot keep up in PE or on long walks. He has missed school for hospital appointments.
        """,
        """
        By July 2027, Noah will take part in every PE lesson using his adapted PE plan, resting when he needs to, as recorded by his PE teacher.
        By July 2027, Noah will catch up on any work missed for hospital appointments within one week, as checked by his class teacher.
        """,
        """
        For the school year 2026-27:
        - The cardiac nurse from Hallam Children's Heart Unit will give the school a written adapted PE plan in September 2026 and review it once a term.
        - His PE teacher should follow the adapted PE plan and may let Noah rest as appropriate.
        - His class teacher will set catch-up work within a week of each hospital appointment.
        """,
        expected=[
            ("unspecified_provision", "G", "should"),
            ("unspecified_provision", "G", "may"),
            ("unspecified_provision", "G", "as appropriate"),
            (
                "no_frequency",
                "G",
                "His PE teacher should follow the adapted PE plan and may let Noah rest as appropriate.",
            ),
            ("jargon", "C", "exertion"),
        ],
    ),
    _plan(
        "cp-quadriplegia-year10-special-school-clean",
        """
        Sami is 15 and attends Fairholme Special School. He has cerebral palsy affecting all four limbs and uses a powered wheelchair. He cannot change position on his own and gets stiff and sore if he sits for more than two hours. He eats by mouth but is slow and needs food cut small, and he sometimes coughs on thin drinks. He communicates with an eye-gaze computer, which he controls by looking at the screen.
        """,
        """
        By July 2027, Sami will spend 30 minutes out of his wheelchair in his standing frame or on the mat at least twice every school day, with no sore skin recorded.
        By July 2027, Sami will finish his lunch within 40 minutes, without coughing on drinks, on 4 out of 5 days, using thickened drinks as his eating and drinking plan says.
        By July 2027, Sami will use his eye-gaze computer to start a conversation with a friend or staff member at least 5 times a day, as recorded by his class team.
        """,
        """
        Provision from September 2026 until the annual review in July 2027:
        - A physiotherapist from the Fairholme Children's Therapy Team will set Sami's postural care plan (how he is positioned through the day to protect his body shape and comfort) in September 2026 and review it every half term.
        - Two teaching assistants trained in moving and handling and his postural care plan will move Sami into his standing frame or onto the mat twice a day for 30 minutes.
        - A speech and language therapist from the same team will write Sami's eating and drinking plan in September 2026 and review it every term; a teaching assistant trained in the plan will sit with him at every lunch.
        - A speech and language therapist will work with Sami and his class team on his eye-gaze vocabulary for 45 minutes every week.
        """,
    ),
    _plan(
        "asd-year3-golden-thread-outcome-missing",
        """
        Aria is 8 and autistic. She has meltdowns when routines change, about three times a week. She only uses the toilet at home and holds on all day, which gives her tummy pain. She finds it hard to join in with other children's games.
        """,
        """
        By July 2027, Aria will move from one activity to another using her visual timetable, with no more than one meltdown a week, as recorded by her class teacher.
        By July 2027, Aria will join a structured playground game with two other children at least twice a week, as recorded by her playtime buddy adult.
        """,
        """
        For the school year 2026-27:
        - Her class teacher will go through Aria's visual timetable with her at the start of every morning and afternoon.
        - A school nurse from Cresswell School Nursing will assess Aria's toileting once in the autumn term and give a written toileting plan; her teaching assistant, trained by the school nurse, will follow it every school day.
        - A teaching assistant trained in play skills will run a small group game with Aria for 15 minutes three lunchtimes a week.
        """,
        expected=[
            (
                "golden_thread",
                "C",
                "She only uses the toilet at home and holds on all day, which gives her tummy pain.",
            ),
        ],
    ),
    _plan(
        "migraine-year9-two-missing",
        """
        Eliza is 13 and has chronic migraine. She has headaches on about half of school days and needs to lie down in a dark room when a migraine starts. Screens and bright lights make her headaches worse. She has fallen behind in several subjects because of missed lessons.
        """,
        """
        By July 2027, Eliza will use her headache card to go to the medical room when a migraine starts, and return to lessons within an hour on 3 out of 4 occasions.
        Eliza will have fewer headaches caused by screens.
        By July 2027, Eliza will have caught up the missed work in all her subjects, as checked by her form tutor each half term.
        """,
        """
        - A named member of the office staff will open the medical room for Eliza whenever she shows her headache card, for the school year 2026-27.
        - Her subject teachers will give her printed copies of slides in every lesson for the school year 2026-27.
        - Her form tutor will meet Eliza every week to help her plan catch-up work.
        """,
        expected=[
            ("outcome_not_smart", "E", "Eliza will have fewer headaches caused by screens."),
            (
                "no_duration",
                "G",
                "Her form tutor will meet Eliza every week to help her plan catch-up work.",
            ),
        ],
    ),
]

BLIND += [
    _plan(
        "la-template-year4-adhd-sleep-clean",
        """
        Health needs identified in the advice of Dr R. Okafor, Community Paediatrician, dated 14 October 2026:
        Ravi (9) has attention deficit hyperactivity disorder (ADHD). He finds it very hard to keep his attention on a task for more than a few minutes and is easily distracted by noise and movement. He takes tablets for ADHD each morning at home, which help him focus until early afternoon; after that he is restless and impulsive, for example shouting out and grabbing equipment. It takes him up to two hours to fall asleep.
        """,
        """
        By July 2027, Ravi will work on a task for 10 minutes at a time, using his timer, in 4 out of 5 afternoon lessons, as recorded by his class teacher.
        By July 2027, Ravi will wait for his turn and put his hand up rather than shouting out in 4 out of 5 afternoon lessons.
        By March 2027, Ravi will be asleep within 45 minutes of going to bed on 5 nights out of 7, as recorded in the sleep diary his parents keep.
        """,
        """
        All provision below runs until the annual review in November 2027.
        - Dr Okafor's clinic at Kestrel Road Child Development Centre will review Ravi's ADHD and medicine every 6 months.
        - The ADHD nurse from the same clinic will run the four-session parent sleep workshop with his parents once in the spring term 2027, 90 minutes per session.
        - His class teacher will give Ravi a timer and a chunked task list in every afternoon lesson.
        - A teaching assistant trained in the school's ADHD strategies course will sit with Ravi for the first 10 minutes of every afternoon lesson to get him started.
        """,
    ),
    _plan(
        "dmd-year6-wheelchair-no-provider-jargon",
        """
        Finley is 11 and has Duchenne muscular dystrophy, a condition in which his muscles get weaker over time. He now uses a wheelchair for most of the day and can stand only for short transfers. He has weak hands and tires when writing. He takes steroid tablets every day. He is starting to have nocturnal hypoventilation.
        """,
        """
        By July 2027, Finley will move between all his lessons in his powered wheelchair by himself, arriving on time on 4 out of 5 days.
        By July 2027, Finley will use voice typing for all written work of more than five sentences, finishing 80% of his work in class.
        By July 2027, Finley will transfer from his wheelchair to the toilet with the hoist and two trained adults at every visit, with no falls.
        """,
        """
        For 12 months from the date of this plan:
        - The neuromuscular physiotherapist from Brayford Children's Hospital will review Finley's seating, stretches and transfers every 3 months.
        - Finley will be hoisted for all transfers.
        - An occupational therapist from Brayford Community Children's Therapy will set up voice typing on his laptop in September 2026 and review it once a term.
        - A teaching assistant trained by the physiotherapist will do his stretches with him for 20 minutes every day.
        """,
        expected=[
            ("jargon", "C", "nocturnal hypoventilation"),
            ("golden_thread", "C", "He is starting to have nocturnal hypoventilation."),
            ("no_provider", "G", "Finley will be hoisted for all transfers."),
        ],
    ),
    _plan(
        "year1-constipation-continence-clean",
        """
        Poppy is 5. She has long-term constipation and soils herself at school most days. She does not always feel when she needs to go and is upset when other children notice the smell. She needs to sit on the toilet after lunch every day as part of her toilet plan.
        """,
        """
        By Easter 2027, Poppy will sit on the toilet for 5 minutes after lunch every school day, with a sticker chart, on 5 out of 5 days.
        By July 2027, Poppy will have no more than one soiling accident a week at school, as recorded on her toilet chart.
        By July 2027, Poppy will change into clean clothes with one adult helping, privately, every time she has an accident, and go back to class within 15 minutes.
        """,
        """
        From September 2026 to July 2027:
        - The children's continence nurse from Middlebrook Community Health will write Poppy's toilet plan, train her teaching assistant in it once in September 2026, and review it with school and parents every 8 weeks.
        - Her teaching assistant, trained by the continence nurse, will take Poppy to the toilet after lunch every day and keep her toilet chart.
        - The same teaching assistant will help Poppy change privately in the accessible toilet whenever she has an accident, using the spare clothes kept in school.
        """,
    ),
    _plan(
        "cancer-late-effects-year9-paragraph-drug",
        """
        Jacob is 14. He was treated for a brain tumour when he was 9, with surgery, chemotherapy and radiotherapy, and has been in remission for four years. The treatment has left him taking longer to take in and respond to information, with poor short-term memory and tiredness. He takes hydrocortisone daily and needs extra if he is unwell or injured, as his body does not make enough of a stress hormone.
        """,
        """
        By July 2027, Jacob will complete homework using his homework planner and checklist, handing in 8 out of 10 pieces on time.
        By July 2027, Jacob will use a rest break of 10 minutes in the library each afternoon and attend all lessons on 4 out of 5 days.
        By July 2027, Jacob will tell a member of staff straight away if he is unwell or injured on every occasion, so his emergency plan can be followed.
        """,
        """
        For the school year 2026-27:
        - The clinical nurse specialist from Northam Children's Oncology Late Effects Clinic will train the school's first aiders in Jacob's emergency steroid plan once in September 2026.
        - If Jacob is unwell or injured, a first aider trained in his plan will give him his extra medicine and phone his parents.
        - His SENCo (special educational needs coordinator) will give him a homework planner and checklist, and check it with him for 10 minutes every Friday.
        - His form tutor will give him a library pass for a 10-minute rest every afternoon.
        """,
        expected=[("drug_name", "C", "hydrocortisone")],
    ),
    _plan(
        "mental-health-year8-self-harm-regular",
        """
        Lily (aged 13) has low mood and has self-harmed by cutting. She is seen by the Aldercombe Child and Adolescent Mental Health Service. She finds it hard to talk to adults about how she feels and often hides in the toilets at break.
        """,
        """
        By July 2027, Lily will tell her trusted adult when she is having urges to self-harm, using her safety plan, on every occasion she can, and record it in her journal.
        By Easter 2027, Lily will spend break times in the art room club on 3 out of 5 days, as recorded by the club leader.
        """,
        """
        Provision for the school year 2026-27:
        - A mental health practitioner from Aldercombe Child and Adolescent Mental Health Service will see Lily for 45 minutes each week for 12 weeks, then every two weeks.
        - Her trusted adult, the school's pastoral lead who is trained in mental health first aid, will have regular check-ins with Lily.
        - The art teacher will run an art room club every break time.
        """,
        expected=[
            ("unspecified_provision", "G", "regular"),
            (
                "no_frequency",
                "G",
                "Her trusted adult, the school's pastoral lead who is trained in mental health first aid, will have regular check-ins with Lily.",
            ),
        ],
    ),
    _plan(
        "visual-impairment-college-23-clean",
        """
        Health needs

        Tamsin is 23 and attends a supported internship with Riverbank College at Allerton Hospital's catering department. She has a visual impairment from a childhood eye condition: she has no vision on her left side and blurred sight on her right side. She finds new routes, steps and busy areas hard and has tripped on stairs. She has diabetes and manages it herself with a pump; she needs a break to eat when her sugar is low.
        """,
        """
        Health outcomes (what Tamsin wants to achieve)
        By July 2027, I will travel on my own from the bus stop to the hospital kitchen and to the staff canteen using my cane, every working day, without needing a guide.
        By July 2027, I will tell my supervisor when my sugar is low and take a break to treat it on every occasion, so that I can finish my shift on 4 out of 5 days.
        """,
        """
        Health provision (academic year 2026-27)
        - A habilitation specialist (someone trained to teach people with sight loss to move around safely) from Riverbank Sensory Service will teach Tamsin her routes in 6 sessions of an hour in September and October 2026, then once a term to check new routes.
        - Her job coach from Riverbank College, trained in sight loss awareness, will walk the new routes with her every working day for her first two weeks.
        - The diabetes specialist nurse from Allerton Adult Diabetes Service will give her workplace supervisor a written plan for low blood sugar once in September 2026 and review it once in March 2027.
        """,
    ),
    _plan(
        "autism-year5-long-paragraph-golden-thread-two",
        """
        Leo is 10 and was diagnosed as autistic in 2026. He is very sensitive to noise, smells and the feel of some clothes, and he will not wear the school jumper or go into the lunch hall. He is often constipated and has tummy aches in the afternoons. He has difficulty sleeping and comes to school tired. He finds it hard to write and his pencil grip is weak.
        """,
        """
        By July 2027, Leo will eat his lunch in a small group room with two friends on 4 out of 5 days.
        By July 2027, Leo will write three sentences independently using his pencil grip in 3 out of 4 literacy lessons.
        By July 2027, Leo will wear the agreed alternative uniform every day without distress.
        """,
        """
        For the school year 2026-27:
        - An occupational therapist from Dunmore Children's Therapy will complete a sensory assessment once in the autumn term and write a sensory plan, including clothing and lunchtime, reviewed once in the summer term.
        - A teaching assistant trained in the sensory plan will eat with Leo in the small group room every lunchtime.
        - The occupational therapist will give school a handwriting programme, which his teaching assistant will do with him for 15 minutes three times a week.
        """,
        expected=[
            (
                "golden_thread",
                "C",
                "He is often constipated and has tummy aches in the afternoons.",
            ),
            ("golden_thread", "C", "He has difficulty sleeping and comes to school tired."),
        ],
    ),
    _plan(
        "hearing-glue-ear-nursery-clean",
        """
        Rosie is 3 and has glue ear, a build-up of sticky fluid behind both eardrums which makes her hearing muffled. She wears hearing aids while she waits for a review at the ear, nose and throat clinic. Her talking is behind other children of her age and she does not respond when called from across the room.
        """,
        """
        By July 2027, Rosie will turn to her name when called from across the nursery room on 4 out of 5 tries, as recorded by her key worker.
        By July 2027, Rosie will use sentences of three words, measured by her speech and language therapist at the summer review.
        By July 2027, Rosie will wear her hearing aids for the whole nursery session on 4 out of 5 days.
        """,
        """
        For the nursery year 2026-27:
        - The teacher of the deaf from Sandown Sensory Support Service will visit nursery twice a term to check Rosie's hearing aids and show staff how to look after them.
        - Her key worker, trained by the teacher of the deaf, will put in and check her hearing aids at the start of every session and use her name before speaking to her.
        - A speech and language therapist from Sandown Community Therapy will see Rosie once a month in nursery and give her key worker a 10-minute daily language activity, which her key worker will do with her every session.
        """,
    ),
    _plan(
        "asthma-year10-in-line-vague-and-no-provider",
        """
        Kacper is 15 and has brittle asthma. He has had four hospital admissions this year, two of them to intensive care, and has missed 30 school days. Cold air, dust and exercise can set off an attack. He has fallen behind in science and maths.
        """,
        """
        By July 2027, Kacper will use his inhaler before PE and when he starts to wheeze, on every occasion, as recorded on his inhaler log.
        By July 2027, Kacper will have caught up all missed coursework in science and maths, as checked by his head of year at each half term.
        """,
        """
        For the school year 2026-27:
        - The school nurse from Durrant Vale School Nursing Service will train all PE staff and his form tutor in Kacper's asthma plan once in September 2026.
        - Kacper will be allowed to use his inhaler as required.
        - Catch-up sessions for science and maths will be provided after school twice a week.
        """,
        expected=[
            ("unspecified_provision", "G", "as required"),
            ("no_provider", "G", "Kacper will be allowed to use his inhaler as required."),
            ("no_frequency", "G", "Kacper will be allowed to use his inhaler as required."),
            (
                "no_provider",
                "G",
                "Catch-up sessions for science and maths will be provided after school twice a week.",
            ),
            ("jargon", "C", "brittle asthma"),
        ],
    ),
]

BLIND += [
    _plan(
        "ot-salt-year2-acronyms-termly",
        """
        Jack is 7 and has a diagnosis of autism and a speech sound disorder, so many of his words are hard to understand. He avoids messy play and noisy spaces and struggles with cutting, drawing and fastenings.
        """,
        """
        By July 2027, Jack will say the "s" and "k" sounds correctly in single words in 8 out of 10 tries, as checked by his SALT.
        By July 2027, Jack will cut along a thick line and fasten his coat zip on his own on 4 out of 5 tries.
        By July 2027, Jack will join a messy play or art activity for 10 minutes once a week.
        """,
        """
        For the school year 2026-27:
        - SALT from Broadoak Children's Therapies: assessment and programme termly; the programme to be delivered by a trained TA for 15 minutes, three times weekly.
        - OT from Broadoak Children's Therapies: sensory and fine motor assessment in the autumn term and termly review; fine motor group with a trained TA for 20 minutes twice weekly.
        - Class teacher to offer a short messy play activity in a quiet corner once a week, following the OT's sensory advice.
        """,
        expected=[
            ("acronym", "E", "SALT"),
            ("acronym", "G", "TA"),
            ("acronym", "G", "OT"),
            ("jargon", "G", "fine motor"),
        ],
    ),
    _plan(
        "melatonin-year4-sleep-drug-name",
        """
        Ada is 9, autistic, and has trouble getting to sleep; she often sleeps only 6 hours a night. Her paediatrician has prescribed melatonin, which she takes at home at bedtime. When she is tired she finds it hard to cope with change and has meltdowns in the afternoon.
        """,
        """
        By April 2027, Ada will sleep at least 8 hours on 5 out of 7 nights, as recorded in the sleep diary her parents keep.
        By July 2027, Ada will use her calm box and ask for a break in the afternoon, with no more than one meltdown a week, as recorded by her class teacher.
        """,
        """
        From September 2026 until the annual review in 2027:
        - The community paediatrician at Wexley Child Development Centre will review Ada's sleep and her sleep medicine every 6 months.
        - The school nurse from Wexley School Nursing will meet Ada's parents for 45 minutes once a month for four months to work through a bedtime routine.
        - Her class teacher will set up a calm box and let Ada take a 10-minute break with it every afternoon.
        """,
        expected=[("drug_name", "C", "melatonin")],
    ),
    _plan(
        "cerebral-palsy-year12-college-outcomes-vague",
        """
        Ethan is 17 and has cerebral palsy affecting his right side. He walks independently but is unsteady on stairs and in crowds. His right hand is weak and he types with his left hand only. He wants to learn to cook for himself before he moves into supported living.
        """,
        """
        Ethan will be more independent.
        Ethan will improve his cooking skills.
        By July 2027, Ethan will use the lift and leave lessons 5 minutes early to move around college safely, with no falls recorded.
        """,
        """
        For the academic year 2026-27 at Lanford College:
        - An occupational therapist from Lanford Adult Community Therapy will assess Ethan in the college training kitchen once in September 2026 and provide adapted kitchen equipment and a written plan.
        - His course tutor, trained by the occupational therapist in his kitchen plan, will support him in a one-hour cooking session every week.
        - His course tutor will give him a lift pass and let him leave every lesson 5 minutes early.
        """,
        expected=[
            ("outcome_not_smart", "E", "Ethan will be more independent."),
            ("outcome_not_smart", "E", "Ethan will improve his cooking skills."),
            ("golden_thread", "C", "His right hand is weak and he types with his left hand only."),
        ],
    ),
    _plan(
        "sensory-processing-year3-clean-frequency-words",
        """
        Evie is 8. She has sensory processing differences: she seeks movement all the time and finds it hard to sit still on the carpet or at her table. She chews her sleeves and pencils. She is clumsy and bumps into other children in the line.
        """,
        """
        By July 2027, Evie will stay seated on her move-and-sit cushion for a 15-minute carpet session on 4 out of 5 days.
        By July 2027, Evie will use her chew tool instead of her sleeves or pencils in 4 out of 5 lessons, as checked by her teaching assistant.
        By July 2027, Evie will walk in the line to the hall and back without bumping into others on 4 out of 5 days.
        """,
        """
        For the school year 2026-27:
        - An occupational therapist from Greystone Children's Therapy will write a sensory diet (a plan of movement activities spread through the day) in September 2026 and review it termly.
        - A teaching assistant trained by the occupational therapist will lead Evie's movement breaks of 5 minutes, morning and afternoon, daily.
        - Her class teacher will give her a move-and-sit cushion for carpet time and a chew tool every day.
        - A teaching assistant trained by the occupational therapist will practise line walking and balance games with Evie in a small group fortnightly for 20 minutes.
        """,
    ),
    _plan(
        "diabetes-year12-pump-clean",
        """
        Isaac is 16 and has type 1 diabetes, which he manages with a pump and a sensor that shows his blood sugar on his phone. He manages most of his care himself but his sugar sometimes goes high during exams and stress, and it drops during sport. He needs to keep his phone with him in all lessons and exams.
        """,
        """
        By the summer exams in 2027, Isaac will check his sensor and treat any low or high sugar himself during every exam, with his results kept in range for at least 70% of the time, as shown in his clinic download.
        By July 2027, Isaac will eat a snack before every sport session and have no lows that stop him finishing the session, as recorded by him in his phone app.
        """,
        """
        For the academic year 2026-27 at Brentwater Sixth Form:
        - The exams officer will arrange for Isaac to keep his phone, snacks and water with him in every exam and to sit near the door.
        - The children's diabetes specialist nurse from Brentwater Hospital will meet Isaac once a term, in clinic or by video, to review his readings and plan for exams and sport.
        - His PE teacher, trained by the diabetes nurse in September 2026, will remind him to have his snack before every sport session.
        """,
    ),
    _plan(
        "post-19-pmld-day-centre-clean",
        """
        Callum is 21 and has profound and multiple learning disabilities. He cannot move himself and uses a tilt-in-space wheelchair. He is fed through a tube into his stomach and has nothing by mouth. He has frequent chest infections. He communicates through facial expression, vocalising and body movement.
        """,
        """
        By July 2027, Callum will be out of his wheelchair and on his sleep system or the therapy mat for two 30-minute sessions every college day, as recorded on his positioning chart.
        By July 2027, Callum will stay settled and comfortable through his tube feeds at college, with no signs of distress on his feeding chart on 9 out of 10 days.
        By July 2027, Callum will make choices between two activities by looking or smiling, at least 3 times a day, as recorded by his tutor.
        By July 2027, Callum will miss no more than 5 college days through chest infections, as recorded on the college register.
        """,
        """
        Provision at Oakhurst Specialist College for the academic year 2026-27:
        - The adult learning disability physiotherapist from Oakhurst Community Learning Disability Team will write his positioning and chest care plan in September 2026 and review it once a term.
        - Two support workers trained in moving and handling will move Callum out of his chair twice a day for 30 minutes.
        - The adult community nursing team will train named support workers in tube feeding in September 2026 and check their competence every 6 months.
        - Support workers trained in tube feeding will give his feeds and water at the times in his feeding plan every college day.
        - A speech and language therapist from the Oakhurst Community Learning Disability Team will set up a choice board using objects of reference (real objects that stand for each activity) and review it once a term; his tutor will offer choices with it at least 3 times every day.
        """,
    ),
    _plan(
        "year7-epilepsy-golden-provision-unmatched",
        """
        Ruby-Mae is 11 and has epilepsy with focal seizures, where one part of her brain is affected and she loses awareness for about a minute. She has about two a week. Afterwards she is confused and cannot remember what happened in the lesson.
        """,
        """
        By July 2027, Ruby-Mae will catch up on lesson content missed during seizures using the class notes, checked by her form tutor every Friday.
        By July 2027, Ruby-Mae will have her seizure plan followed every time, recorded in her seizure log, with her aware of what to do and telling staff when she has had one on 9 out of 10 occasions.
        """,
        """
        For the school year 2026-27:
        - The epilepsy nurse from Halstow Children's Neurology will train all of Ruby-Mae's teachers in her seizure plan once in September 2026.
        - Her subject teachers will email her the lesson notes every time she has a seizure in class.
        - The physiotherapist from Halstow Children's Therapy will see Ruby-Mae every two weeks to work on her core strength.
        """,
        expected=[
            (
                "golden_thread",
                "G",
                "The physiotherapist from Halstow Children's Therapy will see Ruby-Mae every two weeks to work on her core strength.",
            ),
        ],
    ),
    _plan(
        "fragile-x-year6-list-clean",
        """
        1. Hamza is 11 and has fragile X syndrome and a learning disability.
        2. He becomes very anxious in new situations and flaps his hands, covers his ears and bites his hand.
        3. He avoids eye contact and finds it hard to join conversations with other children.
        4. He will move to Ashgrove Secondary School in September 2027 and is worried about the change.
        """,
        """
        1. By July 2027, Hamza will use his calm-down plan (breathing, headphones, a quiet space) without biting his hand in 4 out of 5 anxious moments, as recorded by his teaching assistant.
        2. By July 2027, Hamza will take part in a 10-minute group conversation game with two other children once a week.
        3. By July 2027, Hamza will visit Ashgrove Secondary School at least four times and tell his teaching assistant three things he knows about his new school.
        """,
        """
        All provision below is for the school year 2026-27.
        1. A clinical psychologist from Fenbridge Learning Disability CAMHS (Child and Adolescent Mental Health Services) will give school a written calm-down plan in September 2026 and review it once a term.
        2. His teaching assistant, trained in the calm-down plan, will practise it with him for 10 minutes every morning.
        3. A speech and language therapist from Fenbridge Community Therapy will set up a social communication group, run by the teaching assistant once a week for 10 minutes, and review it once a term.
        4. His class teacher and the Year 7 lead at Ashgrove will plan four transition visits in the summer term 2027, with a social story (a short picture story explaining what will happen) made by his teaching assistant before each visit.
        """,
    ),
    _plan(
        "hearing-year9-table-no-duration-row",
        """
        Need | Details
        Hearing | Mia is 14 and has a severe hearing loss in both ears. She wears hearing aids and uses a radio aid.
        Listening in noisy rooms | She misses what is said in practical lessons, assemblies and group work.
        Tiredness | Concentrating on listening leaves her exhausted by the end of the day.
        """,
        """
        Outcome | Date
        Mia will follow spoken instructions in practical lessons using her radio aid and ask for repetition when needed, in 4 out of 5 lessons, as checked by her teacher of the deaf | July 2027
        Mia will use a 10-minute quiet break at lunchtime and stay for the whole of her last lesson on 4 out of 5 days | July 2027
        """,
        """
        Provision | Who | How often | How long
        Radio aid checked and staff trained to use it | teacher of the deaf, Millbrook Sensory Service | twice a term | school year 2026-27
        Hearing aids reviewed | audiologist, Millbrook Children's Audiology | every 6 months | school year 2026-27
        Quiet break room at lunch | head of year | every day |
        """,
        expected=[("no_duration", "G", "Quiet break room at lunch | head of year | every day |")],
    ),
    _plan(
        "cleft-palate-year2-clean-hidden-acronym-expanded",
        """
        Tilly is 6 and was born with a cleft lip and palate (a gap in the lip and the roof of the mouth), which was repaired when she was a baby. Her speech still sounds nasal and some sounds are hard to understand. She has had glue ear and her hearing is checked every 6 months.
        """,
        """
        By July 2027, Tilly will say "p", "b", "t" and "d" clearly in sentences in 8 out of 10 tries, as measured by her speech and language therapist.
        By July 2027, Tilly will repeat back instructions correctly in class on 4 out of 5 checks, as recorded by her teacher.
        """,
        """
        For the school year 2026-27:
        - A specialist speech and language therapist (SLT) from the Harbourne Cleft Lip and Palate Service will assess Tilly at the cleft clinic every 6 months and send a programme to school.
        - Her local SLT from Harbourne Community Therapy will visit school once every half term to show her teaching assistant the programme.
        - Her teaching assistant, trained by the SLT, will practise her sounds with her for 10 minutes four times a week.
        - The audiologist at Harbourne Children's Hearing Service will test her hearing every 6 months and send results to school; her class teacher will seat her near the front and check instructions with her in every lesson.
        """,
    ),
]

BLIND += [
    # ---------------------------------------------------------------- divided advice
    _div(
        "paed-letter-autism-adhd-hedges",
        """
        I saw Kieran (aged 8) in clinic with his mother on 3 November 2026. Kieran is autistic and has ADHD (attention deficit hyperactivity disorder). In class he finds it hard to stay on task for more than five minutes and leaves his seat often. He becomes distressed in the dinner hall because of the noise and has not eaten lunch at school most days this term. He takes a long-acting tablet for ADHD before school; his mother gives it at home.
        """,
        """
        By July 2027, Kieran will work on an adult-led task for 10 minutes with one prompt, in 4 out of 5 lessons.
        By the end of the spring term 2027, Kieran will eat his lunch in a quieter room on 4 out of 5 days, as recorded by school staff.
        """,
        """
        I will review Kieran in the Rowanfield Community Paediatric Clinic every 6 months for the next 2 years, to monitor his ADHD treatment, growth and blood pressure.
        A teaching assistant, trained in the school's attention and listening programme, should work with Kieran for 15 minutes every day in a small group, for the school year 2026-27.
        Kieran would benefit from eating lunch in a quieter room, supervised by a member of staff trained in his sensory plan, every day for the school year 2026-27.
        """,
        """
        Dr Miriam Achebe, Consultant Community Paediatrician, Rowanfield Community Paediatric Clinic, 10 November 2026
        """,
        expected=[
            ("unspecified_provision", "provision", "should"),
            ("unspecified_provision", "provision", "would benefit from"),
        ],
    ),
    _div(
        "salt-report-dld-year3-clean",
        """
        Summary of speech, language and communication needs:
        Ayaan has a developmental language disorder, which means he has long-term difficulty understanding and using language. He understands about half of what is said to him in class. He struggles to learn new topic words and to retell events in order. He is aware of his difficulties and has become reluctant to answer in class.
        """,
        """
        By July 2027, Ayaan will learn and use 5 new topic words each half term, checked by his teacher using his word map.
        By July 2027, Ayaan will retell a short story in order using a four-picture strip in 4 out of 5 tries.
        By July 2027, Ayaan will answer one question in front of the class at least once a day, using his visual prompt.
        """,
        """
        Speech and language therapy from Canonbury Children's Speech and Language Therapy Service for the school year 2026-27:
        - A speech and language therapist will visit school every half term to set targets and show staff how to work on them.
        - A teaching assistant trained by the therapist will work with Ayaan on vocabulary and story retelling for 20 minutes, three times a week.
        - His class teacher will pre-teach topic words to Ayaan in a 5-minute session before each new topic and give him a visual prompt to answer one question every day.
        """,
        """
        Lauren Greaves, Highly Specialist Speech and Language Therapist, Canonbury Children's Speech and Language Therapy Service, 2 December 2026
        """,
    ),
    _div(
        "physio-report-no-author-date",
        """
        Megan is 12 and has juvenile idiopathic arthritis, which causes pain, stiffness and swelling in her knees and ankles. Her joints are stiff first thing in the morning and after sitting for a long time. She cannot walk long distances and finds stairs painful during flare-ups.
        """,
        """
        By July 2027, Megan will use the lift and her stretches to get to all her lessons on time on 4 out of 5 days.
        By July 2027, Megan will stand and stretch every 30 minutes during lessons, with her pain score at 4 out of 10 or less, on 4 out of 5 days.
        """,
        """
        For 12 months from the date of this report:
        - I will see Megan in the Ridgeway Children's Rheumatology Physiotherapy Clinic every 6 weeks to review her exercise programme.
        - Her subject teachers will allow her to stand and stretch every 30 minutes in every lesson.
        - The school office will give Megan a lift pass in September 2026.
        """,
        """
        Tom Hassan, Paediatric Physiotherapist, Ridgeway Children's Rheumatology Service
        """,
        expected=[
            (
                "advice_no_author",
                "author",
                "Tom Hassan, Paediatric Physiotherapist, Ridgeway Children's Rheumatology Service",
            ),
        ],
    ),
    _div(
        "camhs-letter-no-author",
        """
        Thank you for asking for advice for Sienna's education, health and care needs assessment. Sienna (14) has been known to the Larchmont Child and Adolescent Mental Health Service (CAMHS) since March 2026. She experiences severe social anxiety and avoids speaking in class. She has not attended school for more than half of days since January 2026. She has panic attacks on the way to school.
        """,
        """
        By July 2027, Sienna will attend school for at least 70% of sessions, as shown on the school register.
        By July 2027, Sienna will use her grounding techniques to manage a panic attack and stay in school on 3 out of 4 occasions.
        By July 2027, Sienna will give a written or spoken answer in at least 3 lessons a week, as recorded by her form tutor.
        """,
        """
        For the school year 2026-27:
        - A CAMHS practitioner from Larchmont Child and Adolescent Mental Health Service will see Sienna for cognitive behavioural therapy (a talking therapy about thoughts, feelings and actions), one hour every week for 16 weeks.
        - A member of staff trained in emotional support by the school's mental health team will meet Sienna at the school gate every morning.
        - Her teachers will not ask her to speak in front of the class and will let her answer in writing in every lesson.
        """,
        expected=[("advice_no_author", "author", "")],
    ),
    _div(
        "ot-report-dcd-year5-untrained-ta",
        """
        Reason for referral: difficulties with handwriting and dressing.
        Findings: Noor (aged 10) has developmental coordination disorder. Her handwriting is slow (about 6 words a minute) and hard to read. She takes a long time to change for PE and often cannot do up buttons. She bumps into furniture and drops equipment.
        """,
        """
        By July 2027, Noor will write at 10 words a minute with letters that others can read, measured by her teacher each term.
        By July 2027, Noor will change for PE within 8 minutes on 4 out of 5 occasions.
        By July 2027, Noor will carry equipment across the classroom without dropping it in 4 out of 5 tries.
        """,
        """
        For the school year 2026-27:
        - I will visit school once a term to review Noor's programme and train staff.
        - A TA will do a 15-minute handwriting programme with Noor four times a week.
        - Her TA will give her extra time and help with buttons when she changes for PE.
        - Her class teacher will keep a clear path between her table and the door and give her a tray to carry equipment in every lesson.
        """,
        """
        Ella Morrow, Children's Occupational Therapist, Brinsley Children's Therapy Service, 19 October 2026
        """,
        expected=[
            ("acronym", "provision", "TA"),
            (
                "no_provider",
                "provision",
                "A TA will do a 15-minute handwriting programme with Noor four times a week.",
            ),
            (
                "no_provider",
                "provision",
                "Her TA will give her extra time and help with buttons when she changes for PE.",
            ),
        ],
    ),
    _div(
        "audiology-report-clean-normal-hearing",
        """
        Hearing assessment: Jayden's hearing was tested on 22 September 2026 and is within normal limits in both ears. He has no hearing needs that affect his learning. His speech difficulties are not caused by a hearing loss.
        """,
        """
        No health outcomes are needed for hearing.
        """,
        """
        No hearing provision is needed. If his family or school have new concerns about his hearing, his GP can refer him back to us.
        """,
        """
        Priya Naidoo, Senior Paediatric Audiologist, Calderbrook Children's Hearing Service, 23 September 2026
        """,
    ),
    _div(
        "nursing-care-plan-epilepsy-drug-frequency",
        """
        Care needs:
        Lucas is 6 and has epilepsy. He has tonic-clonic seizures (he stiffens, falls and jerks) about once a month and they can last more than five minutes. He takes levetiracetam twice a day at home. He needs his emergency medicine given if a seizure lasts five minutes.
        """,
        """
        Lucas will be kept safe during seizures at school.
        By July 2027, Lucas will take part in swimming lessons with a trained adult in the water beside him in every lesson.
        """,
        """
        From September 2026 for 12 months:
        - The children's epilepsy nurse specialist from Thornley Children's Community Nursing will train named school staff in Lucas's seizure care plan and emergency medicine once in September 2026.
        - If a seizure lasts five minutes, a member of staff trained by the epilepsy nurse will give his emergency medicine and call an ambulance.
        - In every swimming lesson, a swimming teacher trained in his seizure plan will be in the water beside him.
        """,
        """
        Rachel Dunmore, Epilepsy Nurse Specialist (RGN, RSCN), Thornley Children's Community Nursing, 7 October 2026
        """,
        expected=[
            ("drug_name", "needs", "levetiracetam"),
            ("outcome_not_smart", "outcomes", "Lucas will be kept safe during seizures at school."),
            ("acronym", "author", "RGN"),
            ("acronym", "author", "RSCN"),
        ],
    ),
]

BLIND += [
    _div(
        "dietitian-advice-tube-fed-clean",
        """
        Nutrition and feeding:
        Esme is 5 and has cerebral palsy. She is fed through a gastrostomy (a tube into her stomach) and has only small tastes of smooth food by mouth for pleasure. She needs a planned amount of feed and water at set times during the school day to grow and stay well. Her weight has been steady this year.
        """,
        """
        By July 2027, Esme will have all her planned school feeds and water on every school day, so that she keeps growing along her expected growth line, checked by the dietitian every 3 months.
        By July 2027, Esme will enjoy tastes of smooth food at snack time with her classmates on 4 out of 5 days, as recorded by her teaching assistant.
        """,
        """
        From September 2026 for 12 months:
        - I will review Esme's growth and feeding plan every 3 months in the Aldgrove Children's Nutrition Clinic and send the updated plan to school each time.
        - Her teaching assistant, trained in tube feeding by the Aldgrove Children's Community Nursing team, will give her feeds at 10:00 and 12:30 every school day.
        - Her teaching assistant will offer tastes of smooth food at snack time every day, following the speech and language therapist's safe swallowing plan.
        """,
        """
        Hannah Lowe, Specialist Paediatric Dietitian, Aldgrove Children's Nutrition Service, 16 October 2026
        """,
    ),
    _div(
        "school-nurse-advice-continence-as-required",
        """
        Health needs:
        Archie is 9 and has daytime wetting. He has an overactive bladder, which means he needs to pass urine often and urgently. He has accidents at school two or three times a week.
        """,
        """
        By July 2027, Archie will use the toilet every 90 minutes with his vibrating watch reminder and have no more than one accident a fortnight, as recorded on his toilet chart.
        """,
        """
        - Archie will have access to the toilet as required.
        - His class teacher will let him leave the classroom without asking, using his toilet card, in every lesson for the school year 2026-27.
        - I will see Archie and his parents in school every 6 weeks for 6 months to review his bladder diary and drinking plan.
        """,
        """
        Gemma Price, School Nurse (Specialist Community Public Health Nurse), Holbrook School Nursing Service, 4 November 2026
        """,
        expected=[
            ("unspecified_provision", "provision", "access to"),
            ("unspecified_provision", "provision", "as required"),
            ("no_frequency", "provision", "Archie will have access to the toilet as required."),
            ("no_duration", "provision", "Archie will have access to the toilet as required."),
            ("no_provider", "provision", "Archie will have access to the toilet as required."),
        ],
    ),
    _div(
        "clinical-psychology-report-clean",
        """
        Summary of psychological needs
        Bethany is 15. She has a learning disability and has experienced several traumatic events in her early childhood. She finds it hard to manage big feelings: when she is upset she shouts, runs out of class and sometimes hurts herself by scratching her arms. She finds it hard to trust new adults.
        """,
        """
        By July 2027, Bethany will use her feelings thermometer and take a planned break with her key adult, instead of running out of class, on 4 out of 5 occasions when she is upset.
        By July 2027, Bethany will tell her key adult when she wants to scratch herself, and use her safe alternatives, on at least 3 out of 4 occasions, recorded in her safety plan.
        By July 2027, Bethany will have built a trusting relationship with two named adults, shown by going to them for help at least once a week.
        """,
        """
        For the school year 2026-27:
        - I will meet Bethany for 50 minutes every two weeks in school to work on understanding and managing her feelings.
        - I will give her key adult and form tutor a 90-minute training session on responding to trauma in September 2026 and meet them every half term to review her plan.
        - Her key adult, a learning mentor trained in the school's emotional coaching approach, will check in with Bethany for 10 minutes at the start and end of every school day.
        """,
        """
        Dr Owen Faraday, Clinical Psychologist, Hillcrest Children's Learning Disability Team, 27 November 2026
        """,
    ),
    _div(
        "paed-advice-downs-thyroid-acronyms",
        """
        Findings at review on 5 October 2026:
        Lola is 4 and has Down's syndrome. She has an underactive thyroid, which is treated and well controlled, and has her blood tested once a year. She has OSA and snores loudly and wakes often, so she is tired in the mornings. She has moderate hearing loss from glue ear and wears hearing aids. She has delayed gross motor skills and is not yet jumping or climbing stairs.
        """,
        """
        By July 2027, Lola will take part in the whole morning session at nursery without falling asleep on 4 out of 5 days.
        By July 2027, Lola will wear her hearing aids for the whole nursery session on 4 out of 5 days.
        By July 2027, Lola will climb the nursery stairs holding the rail, one foot per step, on 4 out of 5 tries.
        """,
        """
        For the nursery year 2026-27:
        - I will refer Lola to the ENT team at Stanmoor Hospital for a review of her tonsils and sleep; they will see her once before March 2027.
        - A teacher of the deaf from Stanmoor Sensory Service will visit nursery twice a term to check her hearing aids and train her key worker.
        - A physiotherapist from Stanmoor Children's Therapy will see Lola at nursery every 6 weeks and leave a programme, which her key worker, trained by the physiotherapist, will do with her for 10 minutes every session.
        - Her key worker will let her rest in the quiet corner for 15 minutes each morning if she is tired.
        """,
        """
        Dr Sanjay Rao, Consultant Paediatrician, Stanmoor Children's Centre, 12 October 2026
        """,
        expected=[
            ("acronym", "needs", "OSA"),
            ("jargon", "needs", "gross motor"),
            ("acronym", "provision", "ENT"),
        ],
    ),
    _div(
        "ot-advice-sensory-year1-fragments",
        """
        Oscar (5) has sensory differences linked to his autism. He is overwhelmed by noise in the classroom and hall and covers his ears and hides under tables. He refuses to wear socks and shoes for more than an hour.
        """,
        """
        Oscar to be calmer.
        Improved tolerance of footwear.
        """,
        """
        For the school year 2026-27:
        - I will visit school once a half term to review Oscar's sensory plan with his class teacher.
        - His teaching assistant, trained by me in his sensory plan, will take him for a 5-minute movement break in the sensory room three times a day.
        - His class teacher will give him ear defenders to use in the hall for every assembly and let him wear soft slippers indoors every day.
        """,
        """
        Alex Kaur, Occupational Therapist, Bramhope Children's Therapy Service, 8 December 2026
        """,
        expected=[
            ("outcome_not_smart", "outcomes", "Oscar to be calmer."),
            ("outcome_not_smart", "outcomes", "Improved tolerance of footwear."),
        ],
    ),
    _div(
        "physio-advice-cp-clean-dates-in-sessions",
        """
        Assessment on 14 September 2026:
        Reuben is 7 and has cerebral palsy affecting his legs. He walks with two sticks indoors and uses a wheelchair outdoors. The muscles at the back of his thighs and his calves are tight, which makes his walking slower and more tiring. He falls about twice a week at school, mostly in the playground.
        """,
        """
        By July 2027, Reuben will walk with his sticks from his classroom to the dining hall (about 40 metres) in under 3 minutes on 4 out of 5 days.
        By July 2027, Reuben will have no more than one fall a fortnight at school, as recorded in the school's accident book.
        """,
        """
        Physiotherapy provision for the school year 2026-27:
        1. I will see Reuben in school for a 45-minute session every 4 weeks, to update his stretching and strengthening programme.
        2. A teaching assistant I have trained will do his stretches with him for 15 minutes every school day.
        3. At break and lunch, a lunchtime supervisor trained by me in his walking plan will walk beside him in the playground every day.
        4. I will review his splints (supports for his ankles) and sticks once a term and order new ones when he outgrows them.
        """,
        """
        Sophie Marsh, Highly Specialist Paediatric Physiotherapist, Linwood Children's Physiotherapy, 21 September 2026
        """,
    ),
    _div(
        "camhs-adhd-advice-brand-name",
        """
        Reason for this advice: Aidan (13) was diagnosed with ADHD (attention deficit hyperactivity disorder) at our clinic in June 2026 and started Elvanse in September 2026. His concentration in the morning has improved, but he still struggles after lunch when the medicine wears off. He finds it hard to organise himself and loses equipment and homework daily.
        """,
        """
        By July 2027, Aidan will bring the right equipment to 9 out of 10 lessons, checked by his form tutor every Friday.
        By July 2027, Aidan will complete at least 75% of set classwork in afternoon lessons, as recorded on his report card.
        """,
        """
        For the school year 2026-27:
        - The ADHD nurse at Kingsford CAMHS will review Aidan's medicine, growth and blood pressure every 3 months.
        - His form tutor will check his equipment and planner with him for 5 minutes every morning.
        - His afternoon subject teachers will give him a task checklist and a 2-minute movement break every 20 minutes.
        """,
        """
        Nadia Fenwick, ADHD Nurse Specialist, Kingsford Children's Mental Health Team, 1 December 2026
        """,
        expected=[("drug_name", "needs", "Elvanse"), ("acronym", "provision", "CAMHS")],
    ),
]

BLIND += [
    _div(
        "community-nursing-advice-trach-clean",
        """
        Nursing needs:
        Felix is 3 and has a tracheostomy, a small tube in the front of his neck that he breathes through. The tube can become blocked with mucus and needs clearing with a suction machine several times a day. If the tube comes out or blocks and cannot be cleared, he cannot breathe and it must be changed straight away. He cannot make sounds with the tube in and communicates with signs.
        """,
        """
        By July 2027, Felix will attend nursery for five morning sessions a week with a trained carer, with no sessions missed because trained staff are not available.
        By July 2027, Felix will use 40 signs to ask for things and talk about what he is doing, counted by his speech and language therapist at the summer review.
        """,
        """
        For the nursery year 2026-27:
        - A nursery nurse trained and signed off as competent in Felix's tracheostomy care by the Fairburn Children's Community Nursing Team will be with him for every minute of every nursery session.
        - The children's community nurse will check the carer's competence every 3 months and retrain after any change to his care.
        - The trained nursery nurse will clear his tube with the suction machine whenever it sounds blocked, and change it in an emergency following his care plan.
        - A speech and language therapist from Fairburn Community Therapy will see Felix at nursery every 2 weeks to teach him and his carer new signs.
        """,
        """
        Joanne Pike, Children's Community Nurse Team Leader, Fairburn Children's Community Nursing Team, 2 November 2026
        """,
    ),
    _div(
        "paed-advice-epilepsy-jargon-and-no-thread",
        """
        Clinical summary: Ella (aged 12) has juvenile myoclonic epilepsy. She has myoclonic jerks in the morning, usually within an hour of waking, and has dropped things and spilled drinks at breakfast club. She has had two generalised seizures this year, both after late nights. Her EEG showed changes typical of this type of epilepsy. She is worried that other pupils will find out.
        """,
        """
        By July 2027, Ella will keep to her sleep plan, with 8 hours' sleep on at least 5 nights a week, recorded in her sleep diary.
        By July 2027, Ella will carry hot drinks only in a lidded cup at breakfast club, every day.
        """,
        """
        For 12 months:
        - I will see Ella in the Eastwell Paediatric Epilepsy Clinic every 6 months.
        - The breakfast club leader, trained by the epilepsy nurse in September 2026, will give Ella a lidded cup every morning.
        - The epilepsy nurse from Eastwell Children's Epilepsy Service will meet Ella for 30 minutes once a month for 6 months to work on her sleep plan.
        """,
        """
        Dr Ruth Adeyemi, Consultant Paediatrician with expertise in epilepsy, Eastwell Children's Hospital, 17 November 2026
        """,
        expected=[
            ("jargon", "needs", "myoclonic"),
            ("jargon", "needs", "generalised"),
            ("acronym", "needs", "EEG"),
            ("golden_thread", "needs", "She is worried that other pupils will find out."),
        ],
    ),
    _div(
        "salt-advice-stammer-year8-clean",
        """
        Communication needs:
        Kai is 13 and stammers. His stammering is worse when he is put on the spot, such as reading aloud or answering the register. He avoids speaking in class and has started avoiding ordering food in the canteen. He says that he wants to be able to talk in class without people finishing his words.
        """,
        """
        By July 2027, Kai will answer at least one question a day in class in the way he chooses (spoken or written), as recorded on his communication card.
        By April 2027, Kai will order his own lunch in the canteen on 3 out of 5 days.
        By July 2027, Kai will give a 2-minute talk to a small group of friends in his English class, with his speech and language therapist's strategies, on one occasion.
        """,
        """
        For the school year 2026-27:
        - I will see Kai for 45 minutes every two weeks in school for the autumn term, then every four weeks, to work on his confidence and speaking strategies.
        - I will deliver one 60-minute training session for his teachers in September 2026 on how to support a pupil who stammers.
        - His form tutor will let him answer the register with a hand signal and check his communication card with him every Friday.
        """,
        """
        Fiona Baxter, Specialist Speech and Language Therapist (stammering), Wrenfield Speech and Language Therapy Service, 28 September 2026
        """,
    ),
    _div(
        "vision-advice-cvi-year2-missing-name",
        """
        Visual needs:
        Rosa is 6 and has cerebral visual impairment, which means that her eyes work but her brain has difficulty making sense of what she sees. She finds it hard to pick out one object from a busy background and to find her peg, her coat or her friends in the playground. Her vision is worse when she is tired.
        """,
        """
        By July 2027, Rosa will find her peg, coat and tray by herself using her coloured markers on 4 out of 5 days.
        By July 2027, Rosa will find a named friend in the playground using her buddy's bright cap on 3 out of 4 tries.
        """,
        """
        For the school year 2026-27:
        - The qualified teacher of vision impairment will visit school once a month to advise staff and check her markers.
        - Her class teacher will keep worksheets clear of clutter, one task per page, in every lesson.
        - Her teaching assistant, trained by the qualified teacher of vision impairment, will practise finding her things with her for 10 minutes every morning.
        """,
        """
        Qualified Teacher of Vision Impairment, Pinewood Sensory Support Service, 13 October 2026
        """,
        expected=[
            (
                "advice_no_author",
                "author",
                "Qualified Teacher of Vision Impairment, Pinewood Sensory Support Service, 13 October 2026",
            ),
        ],
    ),
    _div(
        "ld-nurse-advice-post16-health-check-clean",
        """
        Health needs related to learning:
        Marcus is 17 and has a moderate learning disability and autism. He has not had an annual health check and finds GP appointments frightening. He has put on 12 kg in a year and says he wants to be healthier. He does not understand written health letters.
        """,
        """
        By March 2027, Marcus will go to his annual health check at his GP practice with his support worker and come out with a health action plan he can read.
        By July 2027, Marcus will choose a healthy lunch option in the college canteen on 3 out of 5 days and walk for 20 minutes at lunchtime twice a week, as he records in his picture diary.
        By July 2027, Marcus will read his own appointment letters in easy read, with help, and tell his support worker the date and place.
        """,
        """
        For the academic year 2026-27:
        - I will meet Marcus at college for 45 minutes once a month to prepare for his health check, using pictures and a visit to the surgery.
        - I will ask his GP practice, Hollins Road Surgery, to send all his letters in easy read and book a double appointment for his health check.
        - His college tutor, trained by me in his healthy lifestyle plan, will go through healthy lunch choices with him every Monday and walk with his group for 20 minutes twice a week.
        """,
        """
        Stacey Hill, Learning Disability Nurse, Marsden Community Learning Disability Team, 3 November 2026
        """,
    ),
    _div(
        "paed-advice-no-provider-staff-untrained",
        """
        Jasmine is 10 and has Rett syndrome. She cannot use her hands purposefully and has stereotypical hand movements (wringing and clapping). She has breath-holding episodes when excited. She needs to be repositioned regularly and cannot walk without support.
        """,
        """
        By July 2027, Jasmine will make choices by eye pointing from two photos at least 5 times a day, as recorded by her class team.
        By July 2027, Jasmine will walk 10 metres with her walker and one adult supporting her, three times a day.
        """,
        """
        For the school year 2026-27:
        - Staff will change Jasmine's position every hour.
        - An adult will walk with her in her walker three times a day.
        - A speech and language therapist from Orland Community Therapy will set up an eye-pointing board and review it every half term.
        """,
        """
        Dr Imran Sheikh, Consultant Paediatric Neurologist, Orland Children's Hospital, 6 November 2026
        """,
        expected=[
            ("golden_thread", "needs", "She has breath-holding episodes when excited."),
            ("no_provider", "provision", "Staff will change Jasmine's position every hour."),
            (
                "no_provider",
                "provision",
                "An adult will walk with her in her walker three times a day.",
            ),
        ],
    ),
    _div(
        "hearing-advice-unilateral-no-date-role",
        """
        Jude is 11 and has a permanent hearing loss in his left ear; his right ear hears normally. He finds it hard to hear when people speak on his left side and in noisy places, and he cannot tell where sounds come from.
        """,
        """
        By July 2027, Jude will choose a seat with his right ear towards the teacher in every lesson.
        By July 2027, Jude will ask for repetition when he has missed something in at least 4 out of 5 lessons, as recorded by his teaching assistant once a week.
        """,
        """
        For the school year 2026-27:
        - A teacher of the deaf from Tarrant Sensory Service will visit Jude once a term to advise teachers and review his seating.
        - His class teachers will seat him with his right ear towards the front and repeat answers from other pupils, in every lesson.
        - The audiologist at Tarrant Children's Audiology will test his hearing once a year.
        """,
        """
        Karen Shaw
        """,
        expected=[("advice_no_author", "author", "Karen Shaw")],
    ),
    _div(
        "physio-advice-no-duration-and-vague",
        """
        Leon (aged 6) has hypotonia, which I explain to families as floppy, low-tone muscles. He tires quickly and sits in a slumped position at his table. He falls over more than other children of his age, particularly on stairs.
        """,
        """
        By July 2027, Leon will sit upright on his wedge cushion for a whole 20-minute table task on 4 out of 5 days.
        By July 2027, Leon will walk up and down the school stairs holding the rail without falling, on every occasion it is checked by his teaching assistant once a week.
        """,
        """
        For the school year 2026-27:
        - I will provide a wedge cushion and a footstool for Leon's table in September 2026.
        - A teaching assistant trained by me will do a 10-minute core strength programme with Leon every day.
        - He should practise stairs when possible.
        - I will review Leon in school once a term.
        """,
        """
        Chloe Abbott, Paediatric Physiotherapist, Sandridge Children's Therapy, 19 October 2026
        """,
        expected=[
            ("unspecified_provision", "provision", "should"),
            ("unspecified_provision", "provision", "when possible"),
            ("no_frequency", "provision", "He should practise stairs when possible."),
            ("no_provider", "provision", "He should practise stairs when possible."),
        ],
    ),
]

BLIND += [
    _div(
        "ot-advice-college-wheelchair-clean",
        """
        Occupational therapy needs:
        Nadia is 18 and has spinal muscular atrophy, a condition that weakens her muscles. She uses a powered wheelchair and has limited strength in her arms, so she cannot lift her laptop, open heavy doors or reach the top shelves in the college library. She tires when typing for more than 20 minutes.
        """,
        """
        By December 2026, Nadia will move around all the college buildings she uses independently, using automatic doors and the accessible lift, every day.
        By July 2027, Nadia will type or dictate her coursework for up to 2 hours a day with planned rests, handing in all assignments on time.
        """,
        """
        For the academic year 2026-27 at Greyfriars College:
        - I will complete an access visit of the buildings she uses once in September 2026 and give the college a written report on doors, lifts and shelving.
        - I will set up voice recognition software and a laptop mount on her wheelchair in October 2026 and review them once a term.
        - Her learning support assistant, trained by me in her equipment and rest plan, will set up her laptop mount at the start of every lesson and remind her to rest for 5 minutes every 20 minutes of typing.
        """,
        """
        Ravi Chandran, Occupational Therapist, Greyfriars Adult Community Therapy, 29 September 2026
        """,
    ),
    _div(
        "paed-advice-adhd-drug-names-two",
        """
        Marley is 9 and has ADHD (attention deficit hyperactivity disorder) and a sleep problem. He takes methylphenidate in the morning and melatonin at bedtime. Without support he cannot sit for more than 3 minutes and disrupts the class. He has a poor appetite at lunchtime because of his medicine and loses weight easily.
        """,
        """
        By July 2027, Marley will stay on task for 10 minutes with one reminder in 4 out of 5 lessons.
        By July 2027, Marley will eat at least half of his lunch and an afternoon snack on 4 out of 5 days, as recorded by the lunchtime supervisor.
        """,
        """
        For 12 months from this advice:
        - I will review Marley's medicine, weight, height and blood pressure in the Arnside Community Paediatric Clinic every 3 months.
        - His teaching assistant, trained in ADHD strategies, will give him a 2-minute movement break every 15 minutes in every lesson.
        - The school will offer Marley a high-energy snack at 2pm every day, given by his teaching assistant.
        """,
        """
        Dr Helen Marsh, Community Paediatrician, Arnside Community Paediatric Clinic, 24 November 2026
        """,
        expected=[("drug_name", "needs", "methylphenidate"), ("drug_name", "needs", "melatonin")],
    ),
    _div(
        "salt-advice-eating-drinking-clean-eyes",
        """
        Eating, drinking and swallowing:
        Theo is 8 and has cerebral palsy. His swallow is not safe for thin drinks, which can go down the wrong way into his lungs and cause chest infections. He eats soft, mashed food and needs an adult to feed him, as he cannot bring a spoon to his mouth.
        """,
        """
        By July 2027, Theo will drink thickened drinks from his cut-away cup at every snack and lunch, with no more than one chest infection in the school year.
        By July 2027, Theo will use his adapted spoon with hand-over-hand help to take 5 spoonfuls himself at lunch on 4 out of 5 days.
        """,
        """
        For the school year 2026-27:
        - I will write Theo's eating and drinking plan in September 2026, train two named teaching assistants in it, and review it every half term.
        - A teaching assistant trained by me will feed Theo following his plan at every snack and lunch.
        - An occupational therapist from Millford Children's Therapy will provide an adapted spoon and cut-away cup in September 2026 and review them once a term.
        """,
        """
        Aisha Begum, Specialist Speech and Language Therapist (eating and drinking), Millford Children's Therapy, 18 September 2026
        """,
    ),
    _div(
        "camhs-advice-ocd-clean",
        """
        Summary of needs:
        Harvey is 12 and has obsessive compulsive disorder (OCD), a condition where unwanted worrying thoughts lead him to do things over and over to feel safe. At school he washes his hands many times an hour and rewrites work until it feels "right", so he rarely finishes tasks. He is often late to lessons because of checking rituals at his locker.
        """,
        """
        By April 2027, Harvey will wash his hands no more than before lunch, after the toilet and after practical lessons, on 4 out of 5 days, as recorded in his own tracker.
        By July 2027, Harvey will hand in first drafts of work without rewriting them in 3 out of 4 lessons.
        By July 2027, Harvey will arrive at lessons on time on 9 out of 10 occasions.
        """,
        """
        For the school year 2026-27:
        - A cognitive behavioural therapist from Pendle Hill Child and Adolescent Mental Health Service will see Harvey for 12 weekly one-hour sessions of therapy for OCD, starting in October 2026, then every month until July 2027.
        - The therapist will meet his head of year and form tutor once a term to share his plan.
        - His form tutor, trained by the therapist in September 2026, will meet Harvey for 10 minutes every morning to go through his daily goals.
        - His subject teachers will accept first drafts in every lesson.
        """,
        """
        Dr Leila Osei, Clinical Psychologist, Pendle Hill Child and Adolescent Mental Health Service, 9 September 2026
        """,
    ),
    _div(
        "enuresis-advice-clean-nurse-drink-plan",
        """
        Isabelle is 7 and wets herself in the daytime. She does not drink enough at school, which makes her bladder more irritable, and she waits too long to go to the toilet.
        """,
        """
        By April 2027, Isabelle will drink 6 cups of water during the school day on 4 out of 5 days, as recorded on her drinks chart.
        By July 2027, Isabelle will use the toilet at break, lunch and the end of the day, and be dry all day at school on 4 out of 5 days.
        """,
        """
        From October 2026 to July 2027:
        - I will see Isabelle and her parents at the Corby Lane Children's Bladder Clinic every 8 weeks.
        - Her class teacher will remind her to drink from her water bottle at the start of every lesson and to use the toilet at break, lunch and the end of the day.
        """,
        """
        Nicola Grant, Children's Continence Nurse Specialist, Corby Lane Community Health, 2 October 2026
        """,
    ),
    _div(
        "dietitian-advice-arfid-no-provider",
        """
        Sami is 10 and has avoidant restrictive food intake disorder, which means he eats a very small range of foods because of how they look, smell and feel, not because of worries about his weight. He is underweight. At school he eats only dry crackers and will not sit in the dining hall.
        """,
        """
        By July 2027, Sami will eat his packed lunch, including one food from his "try" list, in a quiet room on 4 out of 5 days.
        By July 2027, Sami will gain weight in line with his growth plan, checked by me every 3 months.
        """,
        """
        For the school year 2026-27:
        - I will see Sami and his family every 6 weeks at the Hadley Children's Nutrition Clinic.
        - Sami will eat lunch in a quiet room every day.
        - A lunchtime assistant will offer him one food from his "try" list each day.
        """,
        """
        Laura Finch, Paediatric Dietitian, Hadley Children's Nutrition Service, 11 November 2026
        """,
        expected=[
            ("no_provider", "provision", "Sami will eat lunch in a quiet room every day."),
            (
                "no_provider",
                "provision",
                'A lunchtime assistant will offer him one food from his "try" list each day.',
            ),
        ],
    ),
]

BLIND += [
    _div(
        "physio-advice-post-surgery-clean-weeks",
        """
        Chantelle is 13 and has cerebral palsy. She had surgery on both legs in July 2026 to lengthen tight muscles and straighten her feet. She is now relearning to walk with a frame and cannot yet manage stairs or walk further than 50 metres. She needs her leg splints on during the school day.
        """,
        """
        By February 2027, Chantelle will walk with her frame from the school entrance to her form room (about 80 metres) without a rest, as measured by her physiotherapist.
        By July 2027, Chantelle will climb one flight of stairs with the rail and an adult beside her on 4 out of 5 tries.
        By December 2026, Chantelle will put on her own splints at the start of the school day with one adult checking them, every day.
        """,
        """
        Physiotherapy after surgery, September 2026 to July 2027:
        - I will see Chantelle in school for one hour twice a week for the first 12 weeks, then once a week until July 2027.
        - A teaching assistant trained by me in her walking and splint plan will walk with her between lessons every day and check her splints each morning.
        - Her timetable will be moved to ground-floor rooms by the school's timetabling officer until she can manage stairs.
        """,
        """
        Maria Santos, Highly Specialist Paediatric Physiotherapist, Quarry Hill Children's Therapy, 7 September 2026
        """,
    ),
    _div(
        "school-nurse-advice-anaphylaxis-eczema-clean",
        """
        Oliver is 6 and has a severe allergy to milk and eggs, which can cause anaphylaxis (a life-threatening reaction). He also has eczema on his hands, which cracks and bleeds in cold weather and makes holding a pencil painful.
        """,
        """
        By July 2027, Oliver will check with an adult before eating anything at school, on every occasion, as recorded by his class teacher.
        By March 2027, Oliver will put on his hand cream himself, with an adult reminding him, before writing tasks on 4 out of 5 days.
        """,
        """
        For the school year 2026-27:
        - I will train all staff in Oliver's class and the kitchen staff in his allergy plan and allergy pen in September 2026.
        - The school cook, trained by me, will prepare a milk-free and egg-free lunch for him every day.
        - His teaching assistant, trained by me, will remind him to put on his hand cream before every writing task.
        """,
        """
        Joy Adeleke, School Nurse, Whitmore School Nursing Team, 22 September 2026
        """,
        expected=[],
    ),
    _div(
        "paed-advice-cerebral-palsy-drug-injection",
        """
        Samuel is 6 and has cerebral palsy affecting his right arm and leg. His calf is tight and he walks on his toes, and he has botulinum toxin injections into his calf every 6 months at Kirkham Children's Hospital, followed by a course of physiotherapy. He trips often and finds it hard to use his right hand to hold his paper still.
        """,
        """
        By July 2027, Samuel will walk with his heel down for the length of the playground on 4 out of 5 tries.
        By July 2027, Samuel will use his right hand to hold his paper still while writing in 4 out of 5 lessons.
        """,
        """
        For 12 months from this advice:
        - The physiotherapist from Kirkham Children's Therapy will see Samuel in school weekly for 6 weeks after each injection, then monthly.
        - His teaching assistant, trained by the occupational therapist, will practise two-handed activities with him for 10 minutes every day.
        - An occupational therapist from Kirkham Children's Therapy will see him once a term.
        """,
        """
        Dr Peter Lund, Consultant Paediatrician, Kirkham Children's Hospital, 30 October 2026
        """,
        expected=[("drug_name", "needs", "botulinum toxin")],
    ),
    _div(
        "salt-advice-aac-clean-long",
        """
        Communication:
        Lara is 11 and has cerebral palsy affecting her speech muscles. She understands everything said to her but her speech can only be understood by people who know her well. She has a communication aid, a tablet that speaks the words she chooses, and is learning to use it in lessons. She becomes frustrated and tearful when people do not wait for her to answer.
        """,
        """
        By July 2027, Lara will use her communication aid to answer a question in at least 3 lessons a day, as recorded by her teaching assistant on 2 days each week.
        By July 2027, Lara will use her communication aid to ask a friend to play at break at least twice a week.
        By July 2027, Lara will tell an adult when she is frustrated by choosing "I need more time" on her aid, on 3 out of 4 occasions.
        """,
        """
        Provision for the school year 2026-27:
        - I will see Lara in school every 3 weeks for 45 minutes to add vocabulary to her aid and practise with her.
        - I will give one 60-minute training session on her aid to her class team, including lunchtime supervisors, in September 2026 and again in January 2027.
        - Her teaching assistant, trained by me, will prepare topic vocabulary on her aid before each new topic and support her to use it in every lesson.
        - Her class teacher will give her at least 20 seconds to answer every time she is asked a question.
        """,
        """
        Mairead O'Connell, Specialist Speech and Language Therapist, Clayfield Children's Communication Aids Service, 1 October 2026
        """,
    ),
    _div(
        "ot-advice-toileting-no-date",
        """
        Bilal is 8 and has spina bifida. He uses a wheelchair and needs help to transfer on and off the toilet. He wants to be more private when changing.
        """,
        """
        By July 2027, Bilal will transfer from his wheelchair to the toilet using the grab rails with one adult standing by, on 9 out of 10 occasions.
        """,
        """
        For the school year 2026-27:
        - I will assess the accessible toilet in September 2026 and recommend rails, a changing bench and a privacy screen.
        - A teaching assistant trained by me in moving and handling will stand by at every transfer and help him only if he loses his balance.
        - I will review his transfers once a term.
        """,
        """
        Rhys Morgan, Occupational Therapist, Pennant Children's Therapy
        """,
        expected=[
            (
                "advice_no_author",
                "author",
                "Rhys Morgan, Occupational Therapist, Pennant Children's Therapy",
            ),
            ("golden_thread", "needs", "He wants to be more private when changing."),
        ],
    ),
]

BLIND += [
    # ---------------------------------------------------------------- undivided advice
    _und(
        "und-paed-clinic-letter-clean",
        """
        Kestrel Road Child Development Centre
        Community Paediatric Clinic letter, 12 October 2026

        Dear Parent and special educational needs caseworker,

        I saw Oscar (aged 6) with his father today. Oscar is autistic and has a learning disability. He is physically well, growing along his expected line and has no other medical conditions. He sleeps poorly, taking up to two hours to settle, and I have given his father a sleep pack and will review this in 3 months.

        At school Oscar needs a predictable routine, a visual timetable and a quiet space to go to when he is overwhelmed. He would benefit from speech and language therapy and occupational therapy assessments, which I have requested from Kestrel Road Children's Therapies.

        I will see Oscar again in clinic in April 2027.

        Dr Grace Ellison, Specialty Doctor in Community Paediatrics
        """,
    ),
    _und(
        "und-salt-report-jargon-terms",
        """
        Speech and Language Therapy Report - Zoe (aged 4), Harbour Lane Nursery, 5 November 2026

        Zoe was seen at nursery for assessment. Her receptive language is at around a 2-year level and her expressive language is limited to single words. She shows echolalia, repeating phrases she has heard rather than using them to communicate. Her play is mainly sensory and she does not yet engage in pretend play.

        Recommendations: use short sentences, show her objects and pictures as you name them, and give her time to respond. I will visit every 6 weeks to set targets.

        Ruth Parkes, Speech and Language Therapist, Harbour Lane Community Therapy
        """,
        expected=[
            ("jargon", "advice", "receptive"),
            ("jargon", "advice", "expressive"),
        ],
    ),
    _und(
        "und-camhs-letter-acronyms",
        """
        Private and confidential

        Re: Tyler (aged 15), Year 10, Ravenswood Academy

        Tyler was referred to us by his GP in February 2026 with low mood and school refusal. He has been assessed by our team and was offered CBT, which he attended for 8 sessions. His mood has improved, but he is still anxious about attending school and has not been in for more than 3 days a week this term. We have discussed a referral to the EWMHS outreach team, and his school SENCO is aware.

        We recommend a gradual return to school with a key adult, a safe space to go to and a reduced timetable reviewed every 2 weeks.

        Yours sincerely,
        Dr Alice Brennan, Clinical Psychologist, Ravenswood Child and Adolescent Mental Health Service, 3 December 2026
        """,
        expected=[
            ("acronym", "advice", "CBT"),
            ("acronym", "advice", "EWMHS"),
            ("acronym", "advice", "SENCO"),
        ],
    ),
    _und(
        "und-school-nurse-health-summary-clean",
        """
        School Nursing Health Summary for Education, Health and Care Needs Assessment

        Name: Ellie, Year 4, St Bride's Primary
        Date: 30 September 2026

        Ellie has asthma, which is well controlled with a brown preventer inhaler at home morning and evening and a blue reliever inhaler that she keeps in school. She has an asthma plan in school, last updated in September 2026. She has had no hospital visits for asthma in the last year. Her vision and hearing were checked at school entry and were normal. There are no other health needs that affect her learning.

        Completed by: Sarah Whitfield, School Nurse, Wyvern Community School Nursing Service
        """,
    ),
    _und(
        "und-neurology-letter-drugs-and-jargon",
        """
        Department of Paediatric Neurology, Brackenbury Children's Hospital
        15 October 2026

        Dear Dr Hughes,

        Thank you for asking me to review Noah, aged 9. His epilepsy remains well controlled on sodium valproate 400 mg twice daily and he has had no seizures since March 2026. His mother reports that he is more tired in the afternoons and his teachers have noticed he is slower to process instructions. I wonder whether this is a side effect of his medicine, and I plan to reduce the dose slowly and add lamotrigine. He should continue to carry his rescue medicine to school. His recent MRI showed no change.

        Dr Sunil Varma, Consultant Paediatric Neurologist
        """,
        expected=[
            ("drug_name", "advice", "sodium valproate"),
            ("drug_name", "advice", "lamotrigine"),
            ("acronym", "advice", "MRI"),
        ],
    ),
    _und(
        "und-physio-discharge-clean",
        """
        Physiotherapy discharge summary, 8 December 2026

        Ruby (aged 11) was referred to Tanfield Children's Physiotherapy because of knee pain when running. We have seen her six times since June 2026. Her pain has settled with a home exercise programme and she now runs and takes part in PE without pain. She has no physical needs that affect her learning and does not need any physiotherapy provision in school. We have discharged her to the care of her GP; her family can refer her back to us within 12 months if the pain returns.

        Dan Whitaker, Paediatric Physiotherapist, Tanfield Children's Physiotherapy
        """,
    ),
    _und(
        "und-ot-report-bullets-jargon",
        """
        OCCUPATIONAL THERAPY ASSESSMENT - Finn, Year 2, 23 October 2026
        Assessed by Emma Clarke, Children's Occupational Therapist, Riverside Children's Therapy

        Findings:
        - Finn has difficulties with proprioception (knowing where his body is without looking), so he leans on furniture and other children.
        - His bilateral coordination is weak.
        - He holds his pencil in a fisted grip and presses very hard.
        - He is sensitive to noise and labels in his clothes.

        Recommendations:
        - Movement breaks before table work.
        - A pencil grip and a sloping board for writing.
        - Ear defenders for assembly.
        """,
        expected=[("jargon", "advice", "bilateral coordination")],
    ),
    _und(
        "und-diabetes-clinic-letter-brand-insulin",
        """
        Children's Diabetes Team, Meadowfield Hospital - clinic letter, 19 November 2026

        Summer (aged 8) has type 1 diabetes and was reviewed in clinic with her mother. She uses a NovoRapid pen at meals and Lantus at bedtime. Her last HbA1c was 62, which is above her target, because her sugars run high in the afternoons at school. We have asked school to check her blood sugar before afternoon play and to make sure her lunchtime dose is given 15 minutes before she eats. Our diabetes nurse will visit school in January 2027 to update training.

        Lucy Ambrose, Paediatric Diabetes Specialist Nurse
        """,
        expected=[
            ("drug_name", "advice", "NovoRapid"),
            ("drug_name", "advice", "Lantus"),
            ("acronym", "advice", "HbA1c"),
        ],
    ),
    _und(
        "und-ld-team-report-clean-easy-words",
        """
        Health advice from the Community Learning Disability Team, Oakhurst, 11 November 2026

        About Priya: Priya is 19 and has a severe learning disability and epilepsy. She takes medicine for her epilepsy twice a day at home and has a rescue medicine that staff at college are trained to give. She has had two seizures at college this year. She needs a calm, quiet room at lunchtime and help with eating, as she eats very quickly and can choke.

        What we will do: Our nurse will update her epilepsy plan every 6 months and train new college staff. Our speech and language therapist will write a mealtime plan by January 2027.

        Written by Farah Qureshi, Learning Disability Nurse
        """,
    ),
    _und(
        "und-audiology-report-jargon-db",
        """
        Audiology report - Milo (aged 7), Hearing Assessment Clinic, Wensley Children's Hospital, 20 October 2026

        Milo has a bilateral sensorineural hearing loss, moderate in the right ear (average 50 dB) and moderately severe in the left (average 60 dB). He wears two hearing aids. Tympanometry was normal in both ears. He should be seated near the teacher and away from noise, and he would benefit from a radio aid in class. He will be reviewed every 6 months.

        Sanjit Gill, Clinical Scientist (Audiology)
        """,
        expected=[
            ("jargon", "advice", "bilateral"),
            ("jargon", "advice", "sensorineural"),
            ("acronym", "advice", "dB"),
            ("jargon", "advice", "Tympanometry"),
        ],
    ),
]

BLIND += [
    _und(
        "und-health-visitor-toddler-clean",
        """
        Health Visiting advice for Early Years, 14 September 2026

        I am the health visitor for Amelia, who is 2 years and 6 months old. At her two-year review she was not yet saying any words, did not point to show things and did not respond to her name. She plays alongside other children but not with them. Her hearing test at the children's hearing clinic in August 2026 was normal. She has been referred to the community paediatrician and to speech and language therapy, and the wait for both is about 18 weeks. Her parents would welcome a nursery place with a key worker who can use pictures and simple signs with her.

        Bethan Lloyd, Health Visitor (Specialist Community Public Health Nurse), Oakmere Health Visiting Team
        """,
    ),
    _und(
        "und-orthotics-letter-clean-typo",
        """
        Orthotics clinic, Hillbrook Hospital, 27 October 2026

        Jamal (aged 10) was fitted today with new ankle-foot splints for both legs, which hold his ankles at a right angle to help him walk. He should wear them for most of the school day and take them off for PE and at lunch if his skin is red. Staff helping him put them on should check his skin for red marks when they come off. He has been shown how to put them on himself and can do this with a little help. He will be reveiwed in 6 months or sooner if they rub.

        Mark Fisher, Orthotist (a specialist who makes splints and supports), Hillbrook Hospital
        """,
    ),
    _und(
        "und-continuing-care-nurse-acronyms-jargon",
        """
        Children's Continuing Care - health summary for EHC needs assessment, 4 November 2026

        Maisie is 7 and has a complex neurological condition. She has a PEG for all her feeds and fluids and a VP shunt. She has frequent dystonic spasms which are painful and disturb her sleep. She needs two carers for all transfers and is hoisted. Her package of care includes 3 nights a week of overnight support at home.

        Written by Claire Ndlovu, Children's Continuing Care Nurse Assessor, Whitcombe Integrated Care Board, 4 November 2026
        """,
        expected=[
            ("acronym", "advice", "EHC"),
            ("acronym", "advice", "PEG"),
            ("acronym", "advice", "VP"),
            ("jargon", "advice", "shunt"),
            ("jargon", "advice", "dystonic"),
        ],
    ),
    _und(
        "und-young-person-own-words-clean",
        """
        My health - written by me, Kyle (aged 17), with my college nurse, 16 October 2026

        I have Crohn's disease, which means my gut gets sore and swollen. When I have a flare I need the toilet a lot and I feel really tired. I have a medicine drip at the hospital every 8 weeks, so I miss college that day. I would like my tutors to put work online so I can catch up, and I need a pass to use the toilet without asking. I don't want everyone in my class to know about my condition.

        Checked and agreed by Jo Redfern, College Nurse, Castlegate College, 16 October 2026
        """,
    ),
    _und(
        "und-eye-clinic-letter-jargon",
        """
        Paediatric Ophthalmology, Seaforth Eye Unit - 2 November 2026

        Amir (aged 5) has nystagmus (his eyes make constant small wobbling movements) and optic nerve hypoplasia in both eyes (the nerves that carry messages from his eyes to his brain have not fully developed). His corrected visual acuity is 6/36 in both eyes. He holds books very close and tilts his head to see best, and he should be allowed to do this. He should be referred to the local sensory support service for a teacher of children with vision impairment, and large, bold print will help him.

        Dr Rebecca Hale, Consultant Paediatric Ophthalmologist
        """,
        expected=[
            ("jargon", "advice", "visual acuity"),
        ],
    ),
    _und(
        "und-community-paed-report-headed-clean",
        """
        Community Paediatric Report for Education, Health and Care Needs Assessment
        Child: Lily-Rose, aged 9
        Date seen: 21 September 2026; report written 24 September 2026

        Background: Lily-Rose was born 10 weeks early and spent 6 weeks in the baby unit. She has mild cerebral palsy affecting both legs and walks without aids, but she falls more than her friends and tires on long walks.

        Learning: Her teachers report she has difficulty remembering instructions and is working below the level expected for her age in reading and maths.

        Health needs relevant to her education: she needs rest breaks after PE and on school trips, a seat at the end of a row so she can get in and out easily, and extra time to move between classrooms. I do not think she needs any nursing care in school. She is known to the Brindle Children's Physiotherapy service, who will send their own advice.

        Signed: Dr Matthew Cole, Community Paediatrician, Brindle Child Development Centre
        """,
    ),
    _und(
        "und-dietitian-note-clean-food-words",
        """
        Dietitian's advice - Jonah, aged 12, 9 December 2026

        Jonah has coeliac disease, which means he becomes unwell if he eats gluten, a protein found in wheat, barley and rye. Even a small crumb can make him ill, with tummy pain and diarrhoea for several days, and he has missed school because of this. He needs a gluten-free lunch prepared separately in the school kitchen, and gluten-free options for food technology lessons, cookery clubs and school trips. I have sent the school caterer a written guide.

        Kate Robertson, Paediatric Dietitian, Ellerby Children's Nutrition Service
        """,
    ),
    _und(
        "und-gp-letter-drug-name-clean-otherwise",
        """
        Hollins Road Surgery - 28 November 2026

        To whom it may concern,

        I confirm that Aaliyah (aged 14) is a patient at this practice. She has severe hay fever and asthma. In the summer term her symptoms are often bad enough to disturb her sleep and affect her concentration in exams. She takes cetirizine each morning and uses her inhalers as prescribed. I would support her being allowed to sit exams in a room away from open windows.

        Dr Paul Okonjo, GP
        """,
        expected=[("drug_name", "advice", "cetirizine")],
    ),
    _und(
        "und-wheelchair-service-clean",
        """
        Wheelchair Service letter, 6 October 2026

        Ava (aged 13) has been assessed by the Ferndale Wheelchair Service and has been issued a new powered wheelchair with a tilting seat, so she can change her position during the day. She has been trained to drive it safely indoors and outdoors. The school should make sure there is space to charge it overnight and that ramps and lifts are in working order. We will review her chair every 12 months, or sooner if her needs change.

        Leanne Cartwright, Clinical Lead Occupational Therapist, Ferndale Wheelchair Service
        """,
    ),
    _und(
        "und-sleep-clinic-letter-clean-no-names",
        """
        Children's Sleep Service - clinic letter, 10 December 2026

        Dear Mr and Mrs Shah,

        Thank you for bringing Daniel (aged 11) to the sleep clinic. Daniel has narcolepsy, a condition in which the brain cannot control sleeping and waking properly, so he falls asleep suddenly in the day. He has started a tablet in the morning to help him stay awake. At school he will need two planned naps of 15 minutes, one mid-morning and one after lunch, in a quiet room, and his teachers should know that falling asleep in lessons is part of his condition, not laziness. We will see him again in March 2027.

        Dr Nia Rowlands, Consultant in Paediatric Sleep Medicine, Tavistock Road Children's Hospital
        """,
    ),
]

BLIND += [
    # ---------------------------------------------------------------- more plans
    _plan(
        "year13-autism-anxiety-uni-prep-clean",
        """
        Zainab is 18 and in Year 13 at Whitebeam Sixth Form. She is autistic and has generalised anxiety, which means she worries most of the time about many different things. She has panic attacks before tests and has not sat a mock exam this year. She finds it hard to make phone calls and to arrange her own health appointments, which she will need to do at university.
        """,
        """
        By the summer exams in 2027, I will sit all my A level papers in a small room, using my calming plan, with no more than one paper missed.
        By May 2027, I will book and go to one GP appointment and one dental appointment by myself, using online booking, and tell my mentor how it went.
        """,
        """
        For the school year 2026-27:
        - A psychological wellbeing practitioner from Whitebeam Talking Therapies for Young People will see me for 6 one-hour sessions on exam anxiety in the autumn term 2026, then one review session each half term.
        - The exams officer will arrange for me to sit all mock and final exams in a small room with no more than 8 students.
        - My sixth form mentor, trained in the school's autism course, will meet me for 30 minutes every week to practise booking and preparing for appointments.
        """,
    ),
    _plan(
        "pda-year5-acronym-in-c",
        """
        Finley is 10 and autistic with a PDA profile. He resists everyday demands, such as being asked to sit down or start work, because they make him very anxious. When he feels under pressure he hides, shouts or runs out of the classroom, several times a week.
        """,
        """
        By July 2027, Finley will start a task offered as a choice within 5 minutes in 4 out of 5 lessons.
        By July 2027, Finley will use his "time out" card and go to his safe space instead of running out of the classroom, with no more than one run-out a fortnight.
        """,
        """
        For the school year 2026-27:
        - A clinical psychologist from Ashmead Neurodevelopmental Service will train all staff who teach Finley in low-demand approaches in one 2-hour session in September 2026 and review his plan with them once a term.
        - His class teacher will offer his tasks as choices, in every lesson.
        - His teaching assistant, trained in low-demand approaches, will be in the safe space with him whenever he uses his card.
        """,
        expected=[("acronym", "C", "PDA")],
    ),
    _plan(
        "haemophilia-year4-clean",
        """
        Joseph is 9 and has severe haemophilia, a condition where his blood does not clot properly, so he bleeds for longer and can bleed into his joints after a knock. He has injections of clotting medicine at home three times a week. He must not take part in contact sports and needs any knock to his head or joints to be reported to his parents straight away.
        """,
        """
        By July 2027, Joseph will take part in every PE lesson using the non-contact activities in his PE plan, as recorded by his PE teacher.
        By July 2027, Joseph will tell an adult about every knock or fall straight away, on every occasion, as recorded in the school's accident log.
        """,
        """
        For the school year 2026-27:
        - The haemophilia nurse specialist from Thorncliffe Children's Haemophilia Centre will train all staff in Joseph's class and his PE teacher in his care plan once in September 2026 and write his PE plan.
        - His PE teacher will follow the PE plan in every PE lesson.
        - If Joseph has a knock to his head or a joint, a first aider trained by the haemophilia nurse will check him, phone his parents and follow his care plan.
        """,
    ),
    _plan(
        "year6-table-c-golden-thread-row",
        """
        Area | Need
        Physical | Lottie (10) has juvenile arthritis in her wrists and knees; she cannot hold a pencil for more than 10 minutes.
        Emotional | Lottie feels left out because she cannot play running games at break.
        Sleep | Pain wakes her most nights and she is very tired in the mornings.
        """,
        """
        Outcome | Date
        Lottie will write for 20 minutes with her pencil grip and sloping board, with pain 3 out of 10 or less | July 2027
        Lottie will play a seated or walking game with friends at break on 3 out of 5 days | July 2027
        """,
        """
        Provision | Who | How often | How long
        Hand splints and writing equipment assessment | occupational therapist, Marsh End Children's Therapy | once in autumn 2026, review in spring 2027 | school year 2026-27
        Structured break-time games club | teaching assistant trained in inclusive play | 3 break times a week | school year 2026-27
        """,
        expected=[
            (
                "golden_thread",
                "C",
                "Sleep | Pain wakes her most nights and she is very tired in the mornings.",
            ),
        ],
    ),
    _plan(
        "year9-epilepsy-vns-clean-explained",
        """
        Caleb is 14 and has epilepsy that has not been controlled by medicines. He has a vagus nerve stimulator, a small device under the skin of his chest that sends regular pulses to a nerve in his neck to reduce seizures. If he has a seizure, staff can swipe a magnet over the device to help stop it. He has about four seizures a month and is tired and muddled for several hours afterwards.
        """,
        """
        By July 2027, Caleb will rest in the medical room after a seizure and return to lessons once recovered, with work he missed sent to him the same day, on every occasion.
        By July 2027, Caleb will keep his own seizure diary on his phone and share it with his epilepsy nurse at each review, with at least 90% of seizures recorded.
        """,
        """
        For the school year 2026-27:
        - The epilepsy nurse specialist from Norbury Children's Epilepsy Service will train named staff in Caleb's seizure plan and use of the magnet once in September 2026, and again if the plan changes.
        - At every seizure, a member of staff trained by the epilepsy nurse will swipe the magnet, time the seizure and follow his seizure plan.
        - After each seizure, a trained teaching assistant will stay with Caleb in the medical room until he is ready to return, and his form tutor will email him the missed work the same day.
        - The epilepsy nurse will review his seizure diary with him every 3 months.
        """,
    ),
    _plan(
        "year10-outcomes-no-time",
        """
        Georgia is 15 and has chronic fatigue syndrome. She can manage about four hours of activity a day before she needs to rest, and if she does more she is exhausted for several days afterwards. She attends school for mornings only.
        """,
        """
        Georgia will build up her school attendance.
        Georgia will attend 3 afternoon lessons a week, with her energy diary showing no crash afterwards.
        """,
        """
        For the school year 2026-27:
        - An occupational therapist from the Ridley Children's Fatigue Service will see Georgia every 4 weeks to plan her activity and rest, and will review her timetable with school once a half term.
        - Her head of year will agree a timetable of morning lessons and a rest room she can use for 20 minutes at break every day.
        """,
        expected=[
            ("outcome_not_smart", "E", "Georgia will build up her school attendance."),
            (
                "outcome_not_smart",
                "E",
                "Georgia will attend 3 afternoon lessons a week, with her energy diary showing no crash afterwards.",
            ),
        ],
    ),
    _plan(
        "reception-hearing-bilateral-aids-clean-termly",
        """
        Amelia is 4 and started Reception in September 2026. She was born with a moderate hearing loss in both ears and wears two hearing aids. She is still learning to listen to speech through her hearing aids and often misses what is said at carpet time. Her talking is about a year behind.
        """,
        """
        By July 2027, Amelia will respond to her name and a simple instruction at carpet time in 4 out of 5 tries, as recorded by her teacher of the deaf.
        By July 2027, Amelia will use sentences of four words or more with her class teacher, as measured by her speech and language therapist.
        """,
        """
        For the Reception year 2026-27:
        - A teacher of the deaf from Yarwell Sensory Service will visit termly for a half day to assess her listening, check her hearing aids and give staff a listening programme.
        - Her teaching assistant, trained by the teacher of the deaf, will do the listening programme with her for 10 minutes daily and check her hearing aids every morning.
        - A speech and language therapist from Yarwell Community Therapy will see Amelia in school every 6 weeks.
        """,
    ),
    _plan(
        "year2-autism-no-frequency-period-only",
        """
        Theo is 7 and autistic. He cannot tell adults when he needs help and becomes distressed, hitting out at others. He eats very little at lunchtime because of the noise of the dining hall.
        """,
        """
        By July 2027, Theo will use his "help" picture card to ask an adult for help in 4 out of 5 situations where he needs it.
        By July 2027, Theo will eat at least half of his packed lunch in the small hall on 4 out of 5 days.
        """,
        """
        - A speech and language therapist from Cobham Children's Therapy will teach Theo and his teaching assistant to use a picture card system during the school year 2026-27.
        - His teaching assistant, trained by the speech and language therapist, will eat lunch with him in the small hall every day for the school year 2026-27.
        """,
        expected=[
            (
                "no_frequency",
                "G",
                "A speech and language therapist from Cobham Children's Therapy will teach Theo and his teaching assistant to use a picture card system during the school year 2026-27.",
            ),
        ],
    ),
    _plan(
        "nursery-sickle-cell-clean-named-nurse",
        """
        Kofi is 3 and has sickle cell disease. He can become very unwell quickly if he gets cold, dehydrated or has a temperature, and he can have painful episodes in his hands and feet. He needs to drink plenty of water and be kept warm when playing outside.
        """,
        """
        By July 2027, Kofi will drink from his water cup at least 6 times during each nursery session, as recorded on his drinks chart.
        By July 2027, Kofi will wear his coat, hat and gloves whenever he plays outside in cold weather, every time, as checked by his key worker.
        """,
        """
        For the nursery year 2026-27:
        - The specialist sickle cell nurse from Brookfield Sickle Cell and Thalassaemia Team will train all nursery staff in Kofi's care plan once in September 2026, including the signs of a painful episode and when to call 999.
        - His key worker, trained by the sickle cell nurse, will offer him a drink every 30 minutes and check his clothes before every outdoor play.
        - If Kofi has a temperature or shows signs of pain, his key worker will phone his parents straight away and follow his care plan.
        """,
    ),
    _plan(
        "year8-cp-hemiplegia-clean-paragraphs",
        """
        Alisha is 13 and has cerebral palsy on her left side (her left arm and leg are weaker and stiffer than her right). She walks independently but tires after long distances and can trip on uneven ground. She uses her right hand for most tasks and finds it hard to hold a ruler or open packaging with two hands. She is self-conscious about her hand and does not want adults helping her in front of her friends.
        """,
        """
        By July 2027, Alisha will use her ruler holder and non-slip mat to draw and measure independently in all maths and science lessons, with no adult help needed, as recorded by her teaching assistant once a fortnight.
        By July 2027, Alisha will walk between lessons on the main site on time on 4 out of 5 days and use the lift pass for the upper floors.
        By July 2027, Alisha will tell her key adult privately when she needs help, using their agreed signal, on every occasion.
        """,
        """
        For the school year 2026-27:
        - An occupational therapist from Kelso Children's Therapy will see Alisha in school once a half term to provide and review equipment for one-handed tasks, including a ruler holder, non-slip mat and adapted scissors.
        - A physiotherapist from Kelso Children's Therapy will review her walking and give her a home and school exercise plan once a term.
        - Her key adult, a teaching assistant trained by the occupational therapist, will check in with her privately for 5 minutes at the start of every maths and science lesson.
        - Her head of year will give her a lift pass for the whole school year.
        """,
    ),
]

BLIND += [
    _div(
        "salt-advice-input-from-no-duration",
        """
        Ibrahim is 9 and has a severe speech sound disorder; many of his words are hard for unfamiliar listeners to understand. He has started refusing to read aloud and has become withdrawn in class discussions.
        """,
        """
        By July 2027, Ibrahim will say "s", "f" and "sh" correctly at the start of words in 8 out of 10 tries in his therapy sessions.
        By July 2027, Ibrahim will read aloud to his teaching assistant in a small group at least twice a week, as recorded in his reading record.
        """,
        """
        - Ibrahim will receive input from a speech and language therapist at Pelham Community Therapy.
        - His teaching assistant, trained by the speech and language therapist, will practise his sound targets with him for 10 minutes every day.
        - His teaching assistant will hear him read aloud in a group of three pupils twice a week.
        """,
        """
        Helen Varga, Speech and Language Therapist, Pelham Community Therapy, 14 October 2026
        """,
        expected=[
            ("unspecified_provision", "provision", "input from"),
            (
                "no_frequency",
                "provision",
                "Ibrahim will receive input from a speech and language therapist at Pelham Community Therapy.",
            ),
            (
                "no_duration",
                "provision",
                "Ibrahim will receive input from a speech and language therapist at Pelham Community Therapy.",
            ),
            (
                "no_duration",
                "provision",
                "His teaching assistant will hear him read aloud in a group of three pupils twice a week.",
            ),
        ],
    ),
]
