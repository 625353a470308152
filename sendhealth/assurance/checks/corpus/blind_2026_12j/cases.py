"""Blind set 2026-12j: 100 labelled cases written without seeing the checks (see README.md)."""

from ..cases import Case

BLIND = [
    Case(
        name="epilepsy-plan-rescue-trigger-section-period",
        kind="plan",
        sections={
            "C": """Amara (Year 3) has epilepsy. She has seizures where she falls and shakes, usually two or three times a month. After a seizure she is very tired for the rest of the day and finds it hard to concentrate in lessons.""",
            "E": """- By July 2027, Amara will tell an adult when she feels a seizure coming on, on every occasion recorded in her seizure diary.
- By the end of Year 3 (July 2027), Amara will go back to her lessons on the day after a seizure, using a rest plan she has helped to write, on at least 4 out of 5 occasions.""",
            "G": """All provision below is for the 2026/27 school year.
- If a seizure lasts more than 5 minutes, a member of staff trained by the Harrowmere Children's Epilepsy Nurse Service will give Amara her rescue medication and call 999.
- The epilepsy nurse specialist from the Harrowmere Children's Epilepsy Nurse Service will train six named members of school staff in seizure first aid and rescue medication once each term.
- After any seizure, Amara's class teacher will put her rest plan in place for the rest of that day.""",
        },
        tags=("clean", "conditional", "section-period", "epilepsy"),
    ),
    Case(
        name="diabetes-plan-eating-anxiety-no-provision",
        kind="plan",
        sections={
            "C": """Theo (Year 8) has type 1 diabetes. He needs his blood sugar checked before lunch and before PE. He is also very anxious about eating in front of other pupils and often skips lunch.""",
            "E": """- By July 2027, Theo will check his own blood sugar before lunch and before PE on every school day, with an adult watching.
- By the end of Year 8 (July 2027), Theo will eat his lunch in the dining hall on at least 4 days a week.""",
            "G": """Provision for the 2026/27 school year:
- Before lunch and before each PE lesson, a teaching assistant trained by the Kelsby Children's Diabetes Team will watch Theo check his blood sugar and record the reading.
- The children's diabetes nurse specialist from the Kelsby Children's Diabetes Team will visit school once a term to update the teaching assistant's training and review Theo's diabetes care plan.""",
        },
        expected=(
            (
                "golden_thread",
                "C",
                "He is also very anxious about eating in front of other pupils and often skips lunch.",
            ),
        ),
        tags=("golden_thread", "need-no-provision", "diabetes"),
    ),
    Case(
        name="salt-advice-nursery-clean",
        kind="advice",
        sections={
            "needs": """Leo (aged 4) attends Poppyfield Nursery. His speech is very hard to understand for people who do not know him well. He mostly uses single words and pointing to ask for things.""",
            "outcomes": """- By July 2027, Leo will use two-word phrases to ask for what he wants at nursery at least 10 times a day, counted by his key worker over one week.
- By July 2027, adults who do not know Leo will understand at least half of what he says in a five-minute chat, checked by his speech and language therapist.""",
            "provision": """- A speech and language therapist from the Dunmoor Children's Speech and Language Therapy Service will see Leo at nursery for a 30-minute session every two weeks from September 2026 to July 2027, working on the sounds he leaves out of words.
- Leo's key worker, trained by the speech and language therapist in September 2026, will practise two-word phrases with him for 10 minutes every nursery day until July 2027.""",
            "author": """Rachel Penhaligon, Highly Specialist Speech and Language Therapist, Dunmoor Children's Speech and Language Therapy Service, 9 September 2026""",
        },
        tags=("clean", "divided", "early-years", "speech"),
    ),
    Case(
        name="paediatric-letter-undivided-vague-words-ok",
        kind="advice",
        sections={
            "advice": """Dear Ms Okoro,

Thank you for asking me for health advice for Jayden's education, health and care needs assessment. I saw Jayden (aged 7) with his mother in my clinic at Caldbrook Child Development Centre on 2 November 2026.

Jayden has cerebral palsy, a condition that affects how his muscles move, mainly in his legs. He walks with a frame indoors and uses a wheelchair for longer distances. He gets tired by the afternoon and his mother says his legs ache at night. His understanding and learning seem in line with his age.

I would recommend that he has access to physiotherapy as required and regular opportunities for movement breaks in class. School may wish to think about where he sits so that he can get in and out easily. I have referred him back to the children's physiotherapy team and they should contact school directly.

Please contact me if you need anything further.

Yours sincerely,
Dr Helena Marsh
Consultant Community Paediatrician
Caldbrook Child Development Centre
5 November 2026""",
        },
        tags=("clean", "undivided", "letter", "vague-words-not-checked", "cerebral-palsy"),
    ),
    Case(
        name="asthma-plan-inhaler-generic-name",
        kind="plan",
        sections={
            "C": """Isla (Year 5) has asthma. Cold air and running games can make her chest tight, and she has missed lunchtime play because of this.""",
            "E": """- By July 2027, Isla will tell an adult when her chest feels tight and use her inhaler with them, on every occasion recorded in her asthma diary.""",
            "G": """This provision is for the 2026/27 school year.
- If Isla is wheezy, coughing or says her chest is tight, a member of staff trained by the Brackenfield School Nursing Team will help her take two puffs of her salbutamol inhaler through her spacer (the plastic tube that fits on the inhaler) and write it in her asthma diary.
- A school nurse from the Brackenfield School Nursing Team will train all staff who supervise Isla's class in asthma first aid once in September 2026 and again in January 2027.""",
        },
        expected=(("drug_name", "G", "salbutamol"),),
        tags=("drug_name", "asthma", "conditional"),
    ),
    Case(
        name="cerebral-palsy-plan-table-clean",
        kind="plan",
        sections={
            "C": """Jacob (aged 12, Year 7) has cerebral palsy, which affects the muscles in his legs and makes his walking slow and unsteady. The muscles in his calves get tight and sore. He gets very tired walking between lessons in a large secondary school. He cannot write for long because his hands get stiff.""",
            "E": """- By July 2027, Jacob will do his own daily stretches with no more than one reminder from an adult, on every school day.
- By July 2027, Jacob will arrive at all of his lessons on time on at least 4 days out of 5, using his early-leaving plan.
- By the end of Year 7 (July 2027), Jacob will write for 20 minutes without stopping, or type a full page on his laptop, in English lessons.""",
            "G": """Health provision | Who provides it | How often | How long
Stretching programme for his legs, to stop his calf muscles getting tight | Children's physiotherapist, Caldbrook Children's Therapy Service | One 45-minute session in school every half term | 2026/27 school year
Daily stretches from the physiotherapist's programme | Teaching assistant trained by the physiotherapist | Every school day, 15 minutes | 2026/27 school year
Leaving each lesson 5 minutes early to walk between classrooms before the corridors fill | Teaching assistant trained by the physiotherapist | Every lesson change | 2026/27 school year
Assessment for writing tools and a laptop, and a hand exercise programme | Occupational therapist, Caldbrook Children's Therapy Service | One school visit in October 2026, then a review once a term | 2026/27 school year""",
        },
        tags=("clean", "table", "cerebral-palsy"),
    ),
    Case(
        name="autism-plan-outcome-feel-calmer",
        kind="plan",
        sections={
            "C": """Ruby (Year 2) is autistic. Loud noises such as the hand dryer and the school bell make her cover her ears and run out of the room. She eats only a few foods and often goes all day at school without eating.""",
            "E": """- Ruby will feel calmer at school.
- By July 2027, Ruby will eat at least part of her packed lunch on 4 out of 5 school days.""",
            "G": """- An occupational therapist from the Wexcombe Children's Occupational Therapy Service will visit school once in September 2026 to write a plan for noisy places, and will review it with Ruby's class teacher once each term for the 2026/27 school year.
- Ruby's class teacher will give her ear defenders before assembly and before she uses the toilets, every school day, for the 2026/27 school year.
- A dietitian from the Wexcombe Children's Dietetic Service will see Ruby and her parents for a 45-minute appointment once every half term until July 2027, to widen the foods she will eat.""",
        },
        expected=(("outcome_not_smart", "E", "Ruby will feel calmer at school."),),
        tags=("outcome_not_smart", "autism", "sensory"),
    ),
    Case(
        name="ot-advice-author-no-role",
        kind="advice",
        sections={
            "needs": """Maisie (aged 9) finds it hard to plan and coordinate her movements. Dressing and undressing for PE takes her much longer than other children. Her handwriting is hard to read, even for her.""",
            "outcomes": """- By July 2027, Maisie will change for PE within 10 minutes without adult help on at least 3 out of 4 occasions.
- By the end of Year 5 (July 2027), Maisie will write a short paragraph that her teacher can read all of, in 3 out of 5 pieces of work.""",
            "provision": """- An occupational therapist from the Ashingley Children's Therapy Service will set a dressing and handwriting programme at one school visit in September 2026 and review it once each term until July 2027.
- A teaching assistant trained by the occupational therapist will practise the programme with Maisie for 15 minutes three times a week until July 2027.""",
            "author": """Sanjay Mehta, 12 January 2027""",
        },
        expected=(("advice_no_author", "author", "Sanjay Mehta, 12 January 2027"),),
        tags=("advice_no_author", "divided", "coordination"),
    ),
    Case(
        name="plan-c-only-no-health-needs",
        kind="plan",
        sections={
            "C": """Oliver has no health needs that relate to his special educational needs. His hearing and vision were checked in March 2026 and are normal.""",
        },
        tags=("clean", "no-health-needs"),
    ),
    Case(
        name="continence-g-only-access-as-required",
        kind="plan",
        sections={
            "G": """Provision for the 2026/27 school year.
- Harvey will have access to the school nurse as required.
- The school nurse from the Pellbury School Health Service will meet Harvey and his parents once a term to review his bladder and bowel care plan.""",
        },
        expected=(
            ("unspecified_provision", "G", "access to"),
            ("unspecified_provision", "G", "as required"),
            ("no_frequency", "G", "Harvey will have access to the school nurse as required."),
        ),
        tags=("unspecified_provision", "no_frequency", "g-only", "continence"),
    ),
    Case(
        name="gastrostomy-plan-explained-clean",
        kind="plan",
        sections={
            "C": """Sofia (aged 5, Reception) has a gastrostomy, a small tube through her tummy into her stomach, because she cannot swallow enough food safely. She can safely eat small tastes of smooth food, and is learning to take more.""",
            "E": """- By the end of Reception (July 2027), Sofia will sit calmly for her tube feeds at school, without pulling at the tube, on every school day recorded in her feeding log.
- By July 2027, Sofia will eat five teaspoons of smooth food at lunchtime on 4 out of 5 school days.""",
            "G": """- The Saltmarch Children's Community Nursing Team will train two named teaching assistants in tube feeding and care of the tube site in August 2026, and will check their skills once each term for the 2026/27 school year.
- A teaching assistant trained by the Children's Community Nursing Team will give Sofia her tube feed at 10:00 and 13:00 every school day for the 2026/27 school year.
- A speech and language therapist from the Saltmarch Children's Speech and Language Therapy Service will write an eating and drinking plan for smooth tastes and review it in school once every half term for the 2026/27 school year.
- A teaching assistant trained by the speech and language therapist will give Sofia her smooth tastes at lunchtime every school day, following the plan, for the 2026/27 school year.""",
        },
        tags=("clean", "gastrostomy", "explained-term"),
    ),
    Case(
        name="undivided-advice-two-acronyms",
        kind="advice",
        sections={
            "advice": """Health advice for Ellis Hallam (aged 11)

I am the nurse for looked-after children in Kelsby and I have known Ellis since he came into care in 2026. Ellis is a friendly boy who likes football. He has had a lot of changes of home and school. He is on the waiting list for CAMHS because of nightmares and angry outbursts at home and at school. His foster carer has asked for an OT assessment because he cannot tie laces or use a knife and fork.

Ellis has had his annual health assessment, his teeth were checked in September 2026 and his immunisations are up to date.

Bethan Carew, Specialist Nurse for Looked-After Children, Kelsby Community Health, 18 November 2026""",
        },
        expected=(
            ("acronym", "advice", "CAMHS"),
            ("acronym", "advice", "OT"),
        ),
        tags=("acronym", "undivided", "looked-after"),
    ),
    Case(
        name="hearing-plan-clinical-need-lay-provision",
        kind="plan",
        sections={
            "C": """Ava (Year 1) has a moderate sensorineural hearing loss in both ears, which means the inner part of her ears does not pass sound on fully. She wears two hearing aids. In a noisy classroom she misses much of what is said to the whole class.""",
            "E": """- By July 2027, Ava will tell an adult when a hearing aid is not working, on every occasion recorded in her hearing aid log.
- By the end of Year 1 (July 2027), Ava will follow a two-step instruction given to the whole class on 4 out of 5 tries, using her radio aid (a microphone the teacher wears that sends her voice straight to Ava's hearing aids).""",
            "G": """- An audiologist from the Fennimore Paediatric Audiology Service will check Ava's hearing and her hearing aids, and renew her ear moulds, every six months until July 2027.
- A teaching assistant trained by the audiology service will check that both hearing aids and the radio aid work at the start of every school day for the 2026/27 school year.
- The Fennimore Paediatric Audiology Service will fit Ava's radio aid at one 60-minute school visit in September 2026.""",
        },
        tags=("clean", "hearing", "lay-clinical", "explained-term", "one-off"),
    ),
    Case(
        name="adhd-plan-movement-break-passive",
        kind="plan",
        sections={
            "C": """Kian (Year 4) has attention deficit hyperactivity disorder (ADHD). He finds it very hard to sit still for more than 20 minutes and leaves his seat often. His parents say he is often awake until after 11pm, and he is very tired in morning lessons.""",
            "E": """- By July 2027, Kian will stay in his seat for 20 minutes at a time in 3 out of 5 lessons, using his planned movement breaks.
- By the end of the autumn term 2026, Kian will be asleep by 9pm on at least 5 nights a week, as recorded in his parents' sleep diary.""",
            "G": """- Kian will have a movement break every 30 minutes during lessons for the 2026/27 school year.
- A nurse from the Oakhurst Vale ADHD Nurse Service will run four 45-minute sleep sessions with Kian's parents, one every fortnight, in the autumn term 2026.""",
        },
        expected=(
            (
                "no_provider",
                "G",
                "Kian will have a movement break every 30 minutes during lessons for the 2026/27 school year.",
            ),
        ),
        tags=("no_provider", "adhd", "sleep", "passive"),
    ),
    Case(
        name="physio-advice-numbered-muscular-dystrophy-clean",
        kind="advice",
        sections={
            "needs": """Noah (aged 15) has Duchenne muscular dystrophy, a condition that makes his muscles weaker over time. The muscles around his ankles and knees are getting tight, which is painful. He needs two adults and a hoist to move from his wheelchair to the toilet or a changing bed.""",
            "outcomes": """1. By July 2027, Noah will keep the movement in his ankles and knees at least as good as it was in September 2026, measured by his physiotherapist each term.
2. By the end of Year 10 (July 2027), Noah will tell staff how he wants to be moved, using his moving and handling plan, at every transfer.""",
            "provision": """1. A physiotherapist from the Thistleby Neuromuscular Physiotherapy Service will review Noah's stretches and splints in school once every half term until July 2027.
2. Two teaching assistants trained by the physiotherapist will do Noah's stretches with him for 20 minutes every school day until July 2027.
3. An occupational therapist from the Thistleby Children's Occupational Therapy Service will write a moving and handling plan at one 90-minute school visit in September 2026 and train the two teaching assistants in using the hoist at the same visit.
4. The two teaching assistants trained in using the hoist will move Noah with it for every transfer to the toilet or changing bed until July 2027.""",
            "author": """Grace Anand, Clinical Specialist Physiotherapist, Thistleby Neuromuscular Physiotherapy Service, 30 September 2026""",
        },
        tags=("clean", "divided", "numbered", "rare-condition", "one-off"),
    ),
    Case(
        name="dysphagia-plan-two-jargon-words",
        kind="plan",
        sections={
            "C": """Mohammed (aged 10) has dysphagia and is at risk of aspiration when he drinks thin liquids. He needs all his drinks thickened and must sit upright to eat and drink.""",
            "E": """- By July 2027, Mohammed will drink his thickened drinks sitting upright at every break and meal, with no coughing recorded in his eating and drinking log on at least 4 out of 5 days.""",
            "G": """- A speech and language therapist from the Lowther Vale Children's Speech and Language Therapy Service will write an eating and drinking plan in September 2026 and review it in school once a term for the 2026/27 school year.
- A teaching assistant trained by the speech and language therapist will thicken Mohammed's drinks and sit with him at every break and meal for the 2026/27 school year.""",
        },
        expected=(
            ("jargon", "C", "dysphagia"),
            ("jargon", "C", "aspiration"),
        ),
        tags=("jargon", "dysphagia"),
    ),
    Case(
        name="camhs-letter-undivided-expanded-clean",
        kind="advice",
        sections={
            "advice": """Re: Mia Castellano, Year 10, Ashingley Academy

Dear colleague,

Mia has been seen by the Child and Adolescent Mental Health Service (CAMHS) since June 2026. She has anxiety and low mood. She finds crowded places very hard, and on bad days she cannot get into school at all. When she does attend she often needs to leave lessons.

Mia is working with one of our therapists every week on ways to manage worry. CAMHS would suggest a quiet place she can go to when needed and a key adult she trusts. School may want to think about a reduced timetable for a short time, with a plan to build back up.

We will keep working with Mia and her family and will share any changes with school, with Mia's agreement.

Kind regards,
Dr Tobias Fenwick
Clinical Psychologist, Ashingley Child and Adolescent Mental Health Service
20 October 2026""",
        },
        tags=("clean", "undivided", "letter", "mental-health", "vague-words-not-checked"),
    ),
    Case(
        name="down-syndrome-plan-low-tone-no-outcome",
        kind="plan",
        sections={
            "C": """Freya (aged 6) has Down syndrome. She has glue ear, where sticky fluid builds up behind the eardrum, so her hearing goes up and down. Her thyroid gland does not make enough hormone; this is treated by her GP and does not affect her at school. She has low muscle tone and gets tired walking long distances, such as to the school field.""",
            "E": """- By July 2027, Freya will look at the speaker and answer when her name is called in a group, on 4 out of 5 tries, checked by her class teacher each half term.""",
            "G": """- An audiologist from the Dunmoor Paediatric Audiology Service will test Freya's hearing every four months until July 2027 and send the results to her class teacher.
- Freya's class teacher will seat her near the front, facing the teacher, in every lesson for the 2026/27 school year.
- A children's physiotherapist from the Dunmoor Children's Therapy Service will set a walking and strength programme at one school visit in September 2026 and review it once each term for the 2026/27 school year.
- A teaching assistant trained by the physiotherapist will do the programme with Freya for 15 minutes three times a week for the 2026/27 school year.""",
        },
        expected=(
            (
                "golden_thread",
                "C",
                "She has low muscle tone and gets tired walking long distances, such as to the school field.",
            ),
        ),
        tags=("golden_thread", "need-no-outcome", "down-syndrome", "non-need-sentence"),
    ),
    Case(
        name="continence-advice-no-duration",
        kind="advice",
        sections={
            "needs": """Ellie (aged 8) is autistic and is not yet dry in the day. She has two or three wetting accidents at school most days and does not tell adults when she needs the toilet.""",
            "outcomes": """- By July 2027, Ellie will use the toilet at her planned times and have no more than one accident a week at school, as recorded in her toilet chart.""",
            "provision": """- The school nurse from the Lowther Vale School Health Team will meet Ellie and her parents once a month to review her toileting plan.
- A teaching assistant trained by the school nurse will take Ellie to the toilet every 90 minutes during the school day for the 2026/27 school year, using her picture timetable.""",
            "author": """Nadia Brookes, School Staff Nurse, Lowther Vale School Health Team, 2 October 2026""",
        },
        expected=(
            (
                "no_duration",
                "provision",
                "The school nurse from the Lowther Vale School Health Team will meet Ellie and her parents once a month to review her toileting plan.",
            ),
        ),
        tags=("no_duration", "divided", "continence", "autism"),
    ),
    Case(
        name="anaphylaxis-plan-explained-allergy-pen-clean",
        kind="plan",
        sections={
            "C": """Ethan (Year 9) has a severe nut allergy and has twice had anaphylaxis, a severe allergic reaction that can stop him breathing. He must have his two allergy pens with him at all times.""",
            "E": """- By July 2027, Ethan will carry both of his allergy pens to every lesson, club and trip, checked by his form tutor each morning, on every school day.""",
            "G": """- If Ethan shows any sign of a severe allergic reaction, a member of staff trained by the Ravensholt School Nursing Team will use his allergy pen straight away and call 999, for the 2026/27 school year.
- A school nurse from the Ravensholt School Nursing Team will train all staff who teach Ethan in allergy first aid once a term for the 2026/27 school year.
- Ethan's form tutor will check each morning that he has both allergy pens with him, for the 2026/27 school year.""",
        },
        tags=("clean", "anaphylaxis", "conditional", "explained-term"),
    ),
    Case(
        name="tracheostomy-plan-nursery-clean",
        kind="plan",
        sections={
            "C": """Lily (aged 3) attends Brightwater Nursery. She has a tracheostomy, a tube in the front of her neck that she breathes through. The tube can get blocked with mucus and must be cleared with a suction machine straight away. She cannot make voice sounds while the tube is in, so she uses signs and pictures to communicate.""",
            "E": """- By the time she starts school in September 2027, Lily will let an adult know when her tube needs clearing, by signing or tapping her neck, on every occasion recorded in her care log.
- By September 2027, Lily will use 30 signs or pictures to tell adults what she wants, counted by her key worker.""",
            "G": """This provision runs until Lily starts school in September 2027.
- A nurse from the Harrowmere Children's Community Nursing Team will train and sign off two named nursery staff in caring for her breathing tube, clearing it and changing it in an emergency, and will check their skills once every three months.
- One of the two trained staff will be with Lily at every nursery session.
- If Lily's tube becomes blocked, the trained staff member with her will clear it with the suction machine straight away, following her care plan.
- A speech and language therapist from the Harrowmere Children's Speech and Language Therapy Service will see Lily at nursery for a 40-minute session every three weeks to build her signing and picture use.""",
        },
        tags=(
            "clean",
            "tracheostomy",
            "early-years",
            "conditional",
            "section-period",
            "explained-term",
        ),
    ),
    Case(
        name="mental-health-plan-should-see",
        kind="plan",
        sections={
            "C": """Zainab (Year 11) has low mood and panic attacks, which have led her to miss about a third of her lessons since September 2026.""",
            "E": """- By Easter 2027, Zainab will attend at least 90% of her lessons, as shown on the school register.
- By the end of the spring term 2027, Zainab will use one of two calming techniques she has chosen when she feels a panic attack starting, on at least 3 out of 4 occasions recorded in her mood diary.""",
            "G": """All provision is until the end of Year 11 (July 2027).
- Zainab should see a mental health practitioner from the Kelsby Mental Health Support Team for a 50-minute session each week.
- Zainab's head of year will meet her every Monday morning for 10 minutes to agree a plan for the week's lessons.""",
        },
        expected=(("unspecified_provision", "G", "should"),),
        tags=("unspecified_provision", "mental-health", "section-period"),
    ),
    Case(
        name="epilepsy-advice-brand-names-in-needs-and-provision",
        kind="advice",
        sections={
            "needs": """Poppy (aged 13) has epilepsy. She has seizures where she goes stiff and then jerks, about once a month, mostly in the mornings. She takes Keppra twice a day at home. She is sleepy and muddled for about an hour after a seizure.""",
            "outcomes": """- By July 2027, Poppy will rest in the medical room and return to lessons within two hours after a seizure, on every occasion recorded in her seizure log.
- By July 2027, Poppy will explain her seizure plan to a new member of staff in her own words, checked once a term by the school nurse.""",
            "provision": """- If a seizure lasts more than 5 minutes, a member of staff trained by the Pellbury Epilepsy Nurse Service will give Buccolam as set out in her care plan and call 999, for the 2026/27 school year.
- After any seizure, a trained member of staff will stay with Poppy in the medical room until she is ready to return to lessons, for the 2026/27 school year.
- The epilepsy nurse from the Pellbury Epilepsy Nurse Service will train staff and go through the plan with Poppy once a term for the 2026/27 school year.""",
            "author": """Joanna Reyes, Epilepsy Nurse Specialist, Pellbury Epilepsy Nurse Service, 7 October 2026""",
        },
        expected=(
            ("drug_name", "needs", "Keppra"),
            ("drug_name", "provision", "Buccolam"),
        ),
        tags=("drug_name", "divided", "epilepsy", "conditional"),
    ),
    Case(
        name="sight-plan-table-rare-condition-clean",
        kind="plan",
        sections={
            "C": """Callum (Year 6) has a severe sight impairment caused by a rare eye condition he was born with, which means he can see only light and large shapes. He finds moving around school on his own hard, and has bumped into doorframes and fallen on the stairs twice this term. Bright sunlight and glare from the whiteboard hurt his eyes.""",
            "E": """- By July 2027, Callum will walk on his own with his cane from his classroom to the dining hall and to the playground on every school day.
- By the end of Year 6 (July 2027), Callum will tell his teacher when glare is hurting his eyes and move to his agreed seat, on every occasion his teacher records.""",
            "G": """What | Who | How often | How long
Learning routes around school with a long cane | Children's mobility specialist, Northfold Sensory Support Service | One 45-minute session each week | Autumn and spring terms 2026/27
Check of his tinted glasses, and advice to school on lighting and where he sits | Optometrist, Northfold Children's Hospital Eye Clinic | One 60-minute school visit | October 2026""",
        },
        tags=("clean", "table", "sight", "one-off"),
    ),
    Case(
        name="scoliosis-plan-dietitian-meets-no-need",
        kind="plan",
        sections={
            "C": """Hannah (aged 14) has a curve in her spine (scoliosis) and wears a back brace for 20 hours a day. She needs to take the brace off for PE and put it back on afterwards, which she cannot do by herself.""",
            "E": """- By July 2027, Hannah will take off and put on her brace for PE with one adult helping, in a private room, for every PE lesson.""",
            "G": """- An orthotist (the specialist who makes and fits braces) from the Pellbury Children's Orthotics Service will check the fit of Hannah's brace every three months for the 2026/27 school year.
- A teaching assistant trained by the orthotist will help Hannah take off and put on her brace in a private room before and after every PE lesson for the 2026/27 school year.
- A dietitian from the Pellbury Children's Dietetic Service will review Hannah's diet once a term for the 2026/27 school year.""",
        },
        expected=(
            (
                "golden_thread",
                "G",
                "A dietitian from the Pellbury Children's Dietetic Service will review Hannah's diet once a term for the 2026/27 school year.",
            ),
        ),
        tags=("golden_thread", "provision-no-need", "scoliosis", "explained-term"),
    ),
    Case(
        name="learning-disability-plan-sleep-hormone-named",
        kind="plan",
        sections={
            "C": """Reuben (aged 9) has a severe learning disability and is autistic. He wakes most nights between 2am and 4am and does not settle again. He takes melatonin at bedtime, but his parents say it helps him get to sleep and not to stay asleep. By the afternoon at school he is often too tired to join in and falls asleep in class.""",
            "E": """- By the end of the spring term 2027, Reuben will sleep through until at least 5am on 4 nights out of 7, as recorded in his family's sleep diary.
- By July 2027, Reuben will stay awake and join in with afternoon activities on at least 4 out of 5 school days, as recorded by his class teacher.""",
            "G": """- A learning disability nurse from the Wexcombe Children's Learning Disability Nursing Team will meet Reuben's parents at home for a one-hour session every two weeks from September 2026 to March 2027 to put a sleep plan in place.
- The same nurse will meet Reuben's class teacher once each half term until March 2027 to plan a quiet afternoon routine that matches the sleep plan.""",
        },
        expected=(("drug_name", "C", "melatonin"),),
        tags=("drug_name", "sleep", "learning-disability", "autism"),
    ),
    Case(
        name="diabetes-advice-college-hypo-explained-clean",
        kind="advice",
        sections={
            "needs": """Keira (aged 17) has type 1 diabetes and is in her first year at Ravensholt College. She uses a pump that gives her diabetes medicine through a small tube under her skin. Her blood sugar sometimes drops too low (a "hypo"), which makes her shaky and confused, and she cannot always treat it on her own. She has not yet told her tutors about her diabetes and finds it embarrassing to check her blood sugar in class.""",
            "outcomes": """- By July 2027, Keira will treat a low blood sugar herself and tell a member of staff, on every occasion recorded in her college diabetes log.
- By the end of the autumn term 2026, Keira will have met each of her tutors and explained her diabetes plan to them, with her diabetes nurse present.""",
            "provision": """- The diabetes nurse specialist from the Ravensholt Young Adult Diabetes Team will meet Keira at college for 45 minutes once each half term while she attends Ravensholt College, to review her pump settings and low blood sugar plan.
- Two learning support staff at the college, trained by the diabetes nurse specialist in September 2026, will help Keira treat a low blood sugar if she cannot do it herself, for the 2026/27 college year.
- The diabetes nurse specialist will hold one 30-minute meeting with Keira and her tutors in October 2026 to go through her diabetes plan.""",
            "author": """Chloe Whitford, Diabetes Nurse Specialist, Ravensholt Young Adult Diabetes Team, 3 September 2026""",
        },
        tags=(
            "clean",
            "divided",
            "diabetes",
            "young-person",
            "explained-term",
            "one-off",
            "conditional",
        ),
    ),
    Case(
        name="epilepsy-plan-regular-nurse-reviews",
        kind="plan",
        sections={
            "C": """Jamal (Year 6) has epilepsy. He has short absence seizures, where he stares and stops what he is doing for a few seconds, up to 20 times a day. He misses parts of what the teacher says when this happens.""",
            "E": """- By July 2027, Jamal will use his "say it again" card to ask for an instruction to be repeated, at least once in every lesson, as counted by his teaching assistant in one week each half term.""",
            "G": """This provision is for the 2026/27 school year.
- Jamal will have regular reviews with the epilepsy nurse specialist from the Saltmarch Children's Epilepsy Service.
- A teaching assistant trained by the epilepsy nurse specialist will sit with Jamal in English and maths lessons every day, recording his seizures and repeating any instruction he has missed.""",
        },
        expected=(
            ("unspecified_provision", "G", "regular"),
            (
                "no_frequency",
                "G",
                "Jamal will have regular reviews with the epilepsy nurse specialist from the Saltmarch Children's Epilepsy Service.",
            ),
        ),
        tags=("unspecified_provision", "no_frequency", "epilepsy", "section-period"),
    ),
    Case(
        name="e-only-two-outcomes-not-smart",
        kind="plan",
        sections={
            "E": """Health and wellbeing
- To improve Lucas's independence with eating.
- By July 2027, Lucas will be more confident.
- By the end of Year 2 (July 2027), Lucas will use his adapted spoon to feed himself at least half of his lunch on 4 out of 5 school days.""",
        },
        expected=(
            ("outcome_not_smart", "E", "To improve Lucas's independence with eating."),
            ("outcome_not_smart", "E", "By July 2027, Lucas will be more confident."),
        ),
        tags=("outcome_not_smart", "e-only", "heading"),
    ),
    Case(
        name="neurology-letter-undivided-two-unexplained-terms",
        kind="advice",
        sections={
            "advice": """Dear Mrs Adeyemi,

I saw Tayo (aged 2 years 10 months) in the child development clinic at Northfold Children's Hospital on 14 January 2027 with his mum and dad. Tayo has a rare genetic condition affecting how his brain developed. On examination he has marked hypotonia and nystagmus. He is not yet sitting on his own and he cannot hold toys steadily in his hands.

He is due to start at Little Acorns Nursery in April 2027. He will need an adult with him at all times to keep him safe, to position him in his special seat and to help him eat. He is known to the children's physiotherapy team and to the community children's nursing team, and I have asked them to send their own advice.

With best wishes,

Dr Imogen Carlisle
Consultant Paediatric Neurologist, Northfold Children's Hospital
18 January 2027""",
        },
        expected=(
            ("jargon", "advice", "hypotonia"),
            ("jargon", "advice", "nystagmus"),
        ),
        tags=("jargon", "undivided", "letter", "rare-condition", "early-years"),
    ),
    Case(
        name="cerebral-palsy-young-person-college-clean",
        kind="plan",
        sections={
            "C": """Shanice is 19 and studies art at Brackenfield College. She has cerebral palsy affecting all four limbs and uses a powered wheelchair. She needs to stand in a standing frame every day to keep her hips and legs healthy. She needs help from two people with all personal care, including using the toilet.""",
            "E": """- By July 2027, Shanice will use her standing frame for 40 minutes on at least 4 college days a week, as recorded in her care log.
- By the end of the 2026/27 college year, Shanice will direct her own personal care, telling staff what she wants done and when, at every visit to the changing room.""",
            "G": """All of this provision is for as long as Shanice attends Brackenfield College.
1. A physiotherapist from the Brackenfield Adult Community Physiotherapy Service will set up Shanice's standing frame programme and review it at college once a term.
2. Two college support workers trained by the physiotherapist will help Shanice into her standing frame for 40 minutes every college day.
3. Two college support workers trained in moving and handling by the Brackenfield Adult Community Occupational Therapy Service will give Shanice personal care at every toilet visit during the college day.""",
        },
        tags=("clean", "young-person", "cerebral-palsy", "numbered", "section-period"),
    ),
    Case(
        name="autism-plan-table-language-therapy-meets-no-need",
        kind="plan",
        sections={
            "C": """Noor (Year 5) is autistic. She talks fluently and understands what is said to her, but she finds busy, noisy places hard to bear. In the dining hall she becomes very upset and often leaves without eating. She will only wear soft clothes and finds the school jumper too itchy to keep on.""",
            "E": """- By July 2027, Noor will eat her lunch in the quiet dining area on at least 4 days a week, as recorded by her class teacher.
- By the end of the spring term 2027, Noor will wear her agreed soft uniform for the whole school day on every school day.""",
            "G": """Provision | Provider | Frequency | Duration
Sensory plan for the dining hall and for her uniform, written with Noor and her parents | Occupational therapist, Oakhurst Vale Children's Occupational Therapy Service | One school visit, then a review every half term | 2026/27 school year
Lunch in the quiet dining area with one trained adult | Teaching assistant trained by the occupational therapist | Every school day | 2026/27 school year
Speech and language therapy to build her spoken vocabulary | Speech and language therapist, Oakhurst Vale Children's Speech and Language Therapy Service | One 30-minute session every week | 2026/27 school year""",
        },
        expected=(
            (
                "golden_thread",
                "G",
                "Speech and language therapy to build her spoken vocabulary | Speech and language therapist, Oakhurst Vale Children's Speech and Language Therapy Service | One 30-minute session every week | 2026/27 school year",
            ),
        ),
        tags=("golden_thread", "provision-no-need", "table", "autism"),
    ),
    Case(
        name="deaf-advice-sign-language-acronym",
        kind="advice",
        sections={
            "needs": """Ruby-Mae (aged 6) was born profoundly deaf in both ears. She has cochlear implants, which are small devices fitted inside the ear by an operation that help her hear sounds. Her family use BSL at home and she understands signing better than speech. She cannot yet hear speech clearly in a noisy classroom.""",
            "outcomes": """- By July 2027, Ruby-Mae will follow a story read to the class, with signing support, and answer three questions about it correctly, checked by her class teacher each half term.
- By July 2027, Ruby-Mae will tell an adult when her implant is not working, on every occasion recorded in her equipment log.""",
            "provision": """- An audiologist from the Kelsby Children's Implant Programme will check and tune Ruby-Mae's implants at clinic every four months until July 2027.
- A teaching assistant trained by the implant programme will check that both implants work at the start of every school day for the 2026/27 school year.
- A qualified sign language communicator will support Ruby-Mae in all lessons every school day for the 2026/27 school year.""",
            "author": """Elena Varga, Specialist Paediatric Audiologist, Kelsby Children's Implant Programme, 21 September 2026""",
        },
        expected=(("acronym", "needs", "BSL"),),
        tags=("acronym", "divided", "hearing", "explained-term"),
    ),
    Case(
        name="continence-plan-lay-needs-clinical-provision-clean",
        kind="plan",
        sections={
            "C": """Dylan (aged 7) has Down syndrome. He is not yet dry in the day and wets himself two or three times at school. He is often constipated, which gives him tummy pain and leads to soiling accidents.""",
            "E": """- By July 2027, Dylan will use the toilet at his planned times and be dry for the whole school day on at least 3 days a week, as recorded on his toilet chart.
- By the end of the spring term 2027, Dylan will have no more than one soiling accident a fortnight at school, as recorded on his toilet chart.""",
            "G": """- The paediatric bladder and bowel nurse from the Dunmoor Children's Continence Service will assess Dylan and write a toileting programme at one clinic appointment in September 2026, and review it with his parents and class teacher every eight weeks until July 2027.
- A teaching assistant trained by the bladder and bowel nurse will take Dylan to the toilet at the times set in his programme, five times every school day, for the 2026/27 school year.
- The bladder and bowel nurse will treat Dylan's constipation with a bowel plan agreed with his parents and GP at the September 2026 appointment, and check it at each eight-weekly review until July 2027.""",
        },
        tags=("clean", "continence", "lay-clinical", "down-syndrome"),
    ),
    Case(
        name="asthma-plan-staff-as-appropriate",
        kind="plan",
        sections={
            "C": """Riya (Year 2) has severe asthma and has been admitted to hospital twice this year. Exercise and cold weather bring on her symptoms.""",
            "E": """- By July 2027, Riya will take part in every PE lesson, using her inhaler before the lesson, as recorded by her class teacher.""",
            "G": """For the 2026/27 school year:
- Staff will support Riya with her inhaler as appropriate.
- A school nurse from the Thistleby School Nursing Team will write Riya's asthma plan with her parents in September 2026 and review it with her class teacher once a term.""",
        },
        expected=(
            ("unspecified_provision", "G", "as appropriate"),
            ("no_frequency", "G", "Staff will support Riya with her inhaler as appropriate."),
            ("no_provider", "G", "Staff will support Riya with her inhaler as appropriate."),
        ),
        tags=("unspecified_provision", "no_frequency", "no_provider", "asthma"),
    ),
    Case(
        name="swallowing-advice-clinical-explained-clean",
        kind="advice",
        sections={
            "needs": """Archie (aged 12) has cerebral palsy and oropharyngeal dysphagia, which means the muscles of his mouth and throat do not work well together when he swallows. Food and drink can go down the wrong way into his lungs, which has caused two chest infections this year. He needs his food mashed and his drinks thickened.""",
            "outcomes": """- By July 2027, Archie will finish at least three-quarters of his mashed lunch within 40 minutes, sitting upright, on 4 out of 5 school days, as recorded in his eating and drinking log.
- By July 2027, Archie will have no chest infections caused by food or drink going the wrong way, as recorded by his GP.""",
            "provision": """- A speech and language therapist from the Ashingley Children's Eating and Drinking Service will write Archie's eating and drinking plan in September 2026 and review it at school every half term for the 2026/27 school year.
- A teaching assistant trained by the speech and language therapist will prepare Archie's food and drinks to the textures in his plan and sit with him at every meal and snack for the 2026/27 school year.""",
            "author": """Fiona Lachlan, Specialist Speech and Language Therapist (Eating and Drinking), Ashingley Children's Eating and Drinking Service, 16 September 2026""",
        },
        tags=("clean", "divided", "dysphagia", "explained-term", "cerebral-palsy"),
    ),
    Case(
        name="anxiety-plan-sleep-need-no-provision",
        kind="plan",
        sections={
            "C": """Aiden (Year 10) has anxiety, which means he worries so much that he cannot go into lessons with large groups. He also sleeps very poorly and is often awake until 3am, which makes him late for school most days.""",
            "E": """- By the end of the spring term 2027, Aiden will attend all of his lessons in groups of fewer than 15 and at least half of his larger lessons, as shown on the school register.
- By July 2027, Aiden will arrive at school by 8:45 on at least 4 days a week, as shown on the school register.""",
            "G": """- A mental health practitioner from the Fennimore Mental Health Support Team will see Aiden in school for a 45-minute session every week from October 2026 to March 2027, using a programme to help him manage worry.
- Aiden's head of year will meet him for 10 minutes every morning to plan his day, for the 2026/27 school year.""",
        },
        expected=(
            (
                "golden_thread",
                "C",
                "He also sleeps very poorly and is often awake until 3am, which makes him late for school most days.",
            ),
        ),
        tags=("golden_thread", "need-no-provision", "mental-health", "sleep"),
    ),
    Case(
        name="c-only-premature-history-no-current-needs",
        kind="plan",
        sections={
            "C": """Sienna was born early, at 30 weeks, and spent six weeks in the special care baby unit. She was followed up by the community paediatrician until the age of three. She was discharged in May 2026 with normal growth, hearing and vision, and she has no health needs that affect her learning.""",
        },
        tags=("clean", "no-health-needs", "history"),
    ),
    Case(
        name="adhd-letter-undivided-generic-and-brand",
        kind="advice",
        sections={
            "advice": """To whom it may concern,

Leon Garvey (Year 9) has attention deficit hyperactivity disorder (ADHD), diagnosed by our team in 2026. He finds it very hard to focus on written work and to wait his turn, and he is easily drawn into arguments. He started methylphenidate in June 2026 and changed to Equasym in October 2026, which lasts through the school day and has helped his concentration in morning lessons. His appetite at lunchtime is poor as a result.

He would benefit from a seat near the front, short tasks with clear steps, and a named adult to check in with. We will review him in clinic every three months.

Yours faithfully,
Marcus Bellamy, ADHD Nurse Practitioner, Dunmoor Child Development Service, 9 November 2026""",
        },
        expected=(
            ("drug_name", "advice", "methylphenidate"),
            ("drug_name", "advice", "Equasym"),
        ),
        tags=("drug_name", "undivided", "letter", "adhd"),
    ),
    Case(
        name="tube-feeding-plan-passive-feeds",
        kind="plan",
        sections={
            "C": """Jake (aged 8) has a rare muscle condition and is fed through a tube into his stomach, because he cannot swallow safely. He needs two tube feeds during the school day.""",
            "E": """- By July 2027, Jake will help to set up his own feed by fetching his feed bag and telling the adult when he is ready, at every school feed, as recorded in his feeding log.""",
            "G": """- Jake's feeds will be given at 11:00 and 14:00 every school day for the 2026/27 school year.
- A nurse from the Caldbrook Children's Community Nursing Team will check the feeding plan and the tube at school once every half term for the 2026/27 school year.""",
        },
        expected=(
            (
                "no_provider",
                "G",
                "Jake's feeds will be given at 11:00 and 14:00 every school day for the 2026/27 school year.",
            ),
        ),
        tags=("no_provider", "passive", "tube-feeding", "rare-condition"),
    ),
    Case(
        name="diabetes-plan-table-sixth-form-clean",
        kind="plan",
        sections={
            "C": """Mateo (aged 16, Year 12) has type 1 diabetes. He checks his own blood sugar with a sensor on his arm that sends readings to his phone. He has had two low blood sugar episodes in exams, which made him confused and unable to finish. He wants to manage his diabetes without teachers fussing in class.""",
            "E": """- By July 2027, Mateo will treat any low blood sugar in an exam himself and resume the exam, on every occasion recorded by the exams team.
- By the end of Year 12 (July 2027), Mateo will manage his blood sugar in class without staff prompting, with no more than two prompts a term recorded by his form tutor.""",
            "G": """What | Who | When | For how long
Diabetes care plan for lessons and exams, written with Mateo | Children's diabetes nurse specialist, Fennimore Children's Diabetes Team | Once in September 2026, reviewed each term | 2026/27 school year
Phone allowed in all lessons and exams to read his sensor, and a snack on his desk | Form tutor tells all his teachers and the exams team | Every lesson and exam | 2026/27 school year
Rest break with the exam clock stopped if his blood sugar is low | Exams officer | Every exam | 2026/27 school year
Check-in about his diabetes | Form tutor | Once a fortnight, 10 minutes | 2026/27 school year""",
        },
        tags=("clean", "table", "diabetes", "young-person", "admin-role"),
    ),
    Case(
        name="asthma-advice-divided-no-author-line",
        kind="advice",
        sections={
            "needs": """Kaito (aged 10) has asthma. His asthma is worse in winter and when he has a cold, and he often coughs at night, which leaves him tired in the morning.""",
            "outcomes": """- By July 2027, Kaito will use his preventer inhaler every morning and evening at home and his reliever inhaler at school when he needs it, with no more than two nights a week of night-time cough, as recorded in his asthma diary.""",
            "provision": """- The asthma nurse from the Lowther Vale Children's Asthma Service will review Kaito's asthma plan and inhaler technique at clinic every three months until July 2027.
- A school nurse from the Lowther Vale School Nursing Team will train Kaito's class teacher and teaching assistant in asthma first aid in one 45-minute session in September 2026.""",
        },
        expected=(("advice_no_author", "author", ""),),
        tags=("advice_no_author", "divided", "asthma"),
    ),
    Case(
        name="down-syndrome-plan-headings-clean",
        kind="plan",
        sections={
            "C": """HEARING
Zara (aged 4) has Down syndrome. She has glue ear in both ears (sticky fluid behind the eardrum that blocks sound) and wears a hearing aid on a soft headband.

HEART
Zara had heart surgery as a baby. Her heart doctor discharged her in April 2026 and she has no heart needs now.

SPEECH AND COMMUNICATION
Zara uses about 20 words and some signs. She finds it hard to make herself understood to new adults.""",
            "E": """Hearing
- By July 2027, Zara will wear her hearing aid for the whole nursery session on at least 4 out of 5 days, as recorded by her key worker.

Speech and communication
- By September 2027, Zara will use 50 words or signs to ask for things and to comment, counted by her key worker over one week.""",
            "G": """Hearing
- An audiologist from the Pellbury Paediatric Audiology Service will test Zara's hearing and check her hearing aid every four months until she starts school in September 2027.
- Zara's key worker, trained by the audiology service, will put on and check her hearing aid at the start of every nursery session until September 2027.

Speech and communication
- A speech and language therapist from the Pellbury Children's Speech and Language Therapy Service will see Zara at nursery for a 30-minute session every fortnight until September 2027.
- Zara's key worker, trained by the speech and language therapist, will use signs with her in every nursery session until September 2027.""",
        },
        tags=("clean", "headings", "down-syndrome", "early-years", "non-need-sentence"),
    ),
    Case(
        name="scoliosis-young-person-opportunities-for-rest",
        kind="plan",
        sections={
            "C": """Bethany (aged 18) has a curved spine that was straightened with metal rods in an operation in March 2026. She has back pain if she sits for more than an hour, and she tires quickly.""",
            "E": """- By July 2027, Bethany will attend all of her college lessons for a full day on at least 4 days a week, with her back pain scored at no more than 3 out of 10, as recorded in her own pain diary.""",
            "G": """For the 2026/27 college year:
- Bethany's personal assistant, trained by the physiotherapist, will give her opportunities for rest breaks.
- A physiotherapist from the Kelsby Adult Community Physiotherapy Service will see Bethany at college for a 45-minute session once a month to review her exercises and seating.""",
        },
        expected=(
            ("unspecified_provision", "G", "opportunities for"),
            (
                "no_frequency",
                "G",
                "Bethany's personal assistant, trained by the physiotherapist, will give her opportunities for rest breaks.",
            ),
        ),
        tags=("unspecified_provision", "no_frequency", "young-person", "scoliosis"),
    ),
    Case(
        name="eye-patching-advice-orthoptist-explained-clean",
        kind="advice",
        sections={
            "needs": """Aria (aged 5) has a lazy eye on her left side. She wears glasses all day and must wear an eye patch over her right eye for two hours every day, including one hour at school, to make her left eye work harder. While she wears the patch she cannot see small print or the board clearly.""",
            "outcomes": """- By July 2027, Aria will wear her patch for her full school hour on at least 4 out of 5 days, as recorded on her patch chart.
- By July 2027, the sight in Aria's left eye will have improved by at least two lines on the eye chart, measured at the eye clinic.""",
            "provision": """- An orthoptist (an eye specialist who treats lazy eyes and squints) from the Harrowmere Children's Eye Service will check Aria's sight and patching plan at clinic every three months until July 2027.
- Aria's class teacher will put on her patch for one hour at the start of every school day and give her large-print work during that hour, for the 2026/27 school year.""",
            "author": """Priya Raman, Orthoptist, Harrowmere Children's Eye Service, 11 September 2026""",
        },
        tags=("clean", "divided", "sight", "explained-term"),
    ),
    Case(
        name="hearing-plan-outcome-without-time",
        kind="plan",
        sections={
            "C": """Mason (Year 3) has a mild to moderate hearing loss in both ears and wears two hearing aids. He often takes his hearing aids out at playtime and does not put them back in.""",
            "E": """- Mason will wear his hearing aids all day.""",
            "G": """- An audiologist from the Oakhurst Vale Paediatric Audiology Service will check Mason's hearing aids and his hearing every six months for the 2026/27 school year.
- Mason's class teacher will check that he has both hearing aids in after every playtime, every school day, for the 2026/27 school year.""",
        },
        expected=(("outcome_not_smart", "E", "Mason will wear his hearing aids all day."),),
        tags=("outcome_not_smart", "hearing"),
    ),
    Case(
        name="rare-syndrome-advice-hunger-explained-clean",
        kind="advice",
        sections={
            "needs": """Esme (aged 11) has Prader-Willi syndrome, a rare genetic condition that makes her feel hungry all the time and puts her at risk of serious weight gain. She will take food from other children's lunchboxes and from bins if food is not kept out of reach. She becomes very distressed if meal times change without warning.""",
            "outcomes": """- By July 2027, Esme will eat only her planned meals and snacks at school on every school day, as recorded by her teaching assistant.
- By July 2027, Esme will cope with a change to meal times, using her visual timetable, with no more than one outburst a half term, as recorded by her class teacher.""",
            "provision": """- A dietitian from the Saltmarch Children's Dietetic Service will write Esme's school food plan in September 2026 and review it with her parents and class teacher once a term until July 2027.
- A teaching assistant trained by the dietitian will supervise Esme at every break and lunchtime and keep all food out of her reach, for the 2026/27 school year.
- Esme's class teacher will show her the day's meal times on her visual timetable every morning and warn her of any change at least one day ahead, for the 2026/27 school year.""",
            "author": """Dr Olumide Bankole, Consultant Paediatrician, Saltmarch Children's Centre, 25 September 2026""",
        },
        tags=("clean", "divided", "rare-condition", "explained-term"),
    ),
    Case(
        name="anaphylaxis-plan-unexplained-injector-acronym",
        kind="plan",
        sections={
            "C": """Harriet (Year 4) has a severe allergy to eggs and sesame and has had one life-threatening allergic reaction. Her care plan is kept in the school office with her two AAI devices.""",
            "E": """- By July 2027, Harriet will tell an adult before she eats anything that has not come from home, on every occasion, as recorded by her class teacher.""",
            "G": """- If Harriet shows any sign of a severe allergic reaction, a member of staff trained by the Wexcombe School Nursing Team will use her allergy pen and call 999, for the 2026/27 school year.
- Harriet's class teacher will check all food offered in class and on trips against her allergy list before she eats it, every time, for the 2026/27 school year.
- A school nurse from the Wexcombe School Nursing Team will train staff in allergy first aid once a term for the 2026/27 school year.""",
        },
        expected=(("acronym", "C", "AAI"),),
        tags=("acronym", "anaphylaxis", "conditional"),
    ),
    Case(
        name="splints-g-only-conditional-clean",
        kind="plan",
        sections={
            "G": """All provision in this section runs from September 2026 to July 2027.
- A children's physiotherapist from the Brackenfield Children's Therapy Service will check Maya's foot splints and her walking at school once every half term.
- Maya's teaching assistant, trained by the physiotherapist, will put on her foot splints at the start of each school day and take them off before PE.
- If Maya's splints rub or leave red marks that are still there after 30 minutes, her trained teaching assistant will take them off and phone the physiotherapy team the same day.""",
        },
        tags=("clean", "g-only", "conditional", "section-period", "cerebral-palsy"),
    ),
    Case(
        name="paediatric-advice-author-missing-date",
        kind="advice",
        sections={
            "needs": """Olivia (aged 6) has a rare condition called Williams syndrome, which affects her heart, her learning and how she reacts to noise. Sudden loud noises frighten her badly and she may run off. Her heart is checked once a year by a heart specialist at Northfold Children's Hospital, and her heart condition does not limit anything she does at school.""",
            "outcomes": """- By July 2027, Olivia will stay with her group when there is an unexpected loud noise, using her ear defenders and her calm-down card, on at least 4 out of 5 occasions recorded by her class teacher.""",
            "provision": """- Olivia's class teacher will warn her before planned noisy events, such as fire drills and assemblies, and give her ear defenders, every time, for the 2026/27 school year.
- An occupational therapist from the Thistleby Children's Occupational Therapy Service will make a plan for noisy places at one school visit in September 2026 and review it with the class teacher once a term until July 2027.""",
            "author": """Dr Kwame Asante, Consultant Paediatrician, Thistleby Children's Centre""",
        },
        expected=(
            (
                "advice_no_author",
                "author",
                "Dr Kwame Asante, Consultant Paediatrician, Thistleby Children's Centre",
            ),
        ),
        tags=("advice_no_author", "divided", "rare-condition", "non-need-sentence"),
    ),
    Case(
        name="diabetes-plan-two-lines-no-period",
        kind="plan",
        sections={
            "C": """Lexi (Year 4) was diagnosed with type 1 diabetes in August 2026. She needs her blood sugar checked before lunch and at afternoon break, and she needs help to count the sugar in her lunch.""",
            "E": """- By July 2027, Lexi will read her own blood sugar result and tell an adult the number, at every check, as recorded in her school diabetes log.
- By July 2027, Lexi will choose her lunch from a list of foods with their sugar counts, with an adult checking, on every school day.""",
            "G": """- A teaching assistant trained by the Fennimore Children's Diabetes Team will check Lexi's blood sugar before lunch and at afternoon break every school day.
- The teaching assistant will count the sugar in Lexi's lunch with her at every school lunch, using the food list from the diabetes team.
- The children's diabetes nurse specialist from the Fennimore Children's Diabetes Team will train and sign off two teaching assistants at one two-hour school visit in September 2026.""",
        },
        expected=(
            (
                "no_duration",
                "G",
                "A teaching assistant trained by the Fennimore Children's Diabetes Team will check Lexi's blood sugar before lunch and at afternoon break every school day.",
            ),
            (
                "no_duration",
                "G",
                "The teaching assistant will count the sugar in Lexi's lunch with her at every school lunch, using the food list from the diabetes team.",
            ),
        ),
        tags=("no_duration", "diabetes", "one-off"),
    ),
    Case(
        name="ot-report-undivided-headings-expanded-acronym-clean",
        kind="advice",
        sections={
            "advice": """Occupational therapy (OT) report for an education, health and care needs assessment

Name: Farah Siddiqui
School: Westgate Primary, Dunmoor
Seen: 3 and 10 February 2027 at school

Background
Farah is 8. She was referred to OT by her GP because of difficulties with handwriting and getting dressed.

What I found
Farah holds her pencil very tightly and tires after a few lines. Her letters are different sizes and she cannot keep to the line. She takes a long time to put on her coat and cannot do up buttons. She is keen to be independent and gets cross when she cannot keep up with her friends.

Recommendations
Farah would benefit from a short daily hand and finger programme, which I will send to school. She may find a sloped writing board and a chunky pencil grip helpful. School should allow extra time for changing for PE where possible. I will review her in the summer term.

Hollie Grant
Children's Occupational Therapist, Dunmoor Children's Therapy Service
17 February 2027""",
        },
        tags=("clean", "undivided", "headings", "vague-words-not-checked"),
    ),
    Case(
        name="epilepsy-young-person-internship-clean",
        kind="plan",
        sections={
            "C": """Daniel is 24 and is on a supported internship at Caldbrook Hospital's catering department. He has epilepsy and has seizures where he falls and shakes about once every two months, usually when he is very tired. He forgets to take his tablets when his routine changes, which makes seizures more likely.""",
            "E": """- By the end of his internship in July 2027, Daniel will take his tablets at the right times on at least 13 days out of 14, using a phone reminder, as recorded on his phone app.
- By July 2027, Daniel will explain his seizure plan to his workplace supervisor and two colleagues, and they will be able to describe what to do, checked by his job coach.""",
            "G": """This provision is for the length of Daniel's internship, until July 2027.
1. An adult epilepsy nurse specialist from the Caldbrook Adult Epilepsy Service will see Daniel for a 30-minute appointment every three months to review his seizures and set up phone reminders for his tablets.
2. The same nurse will train Daniel's workplace supervisor and two colleagues in seizure first aid at one 60-minute session in September 2026.
3. If Daniel has a seizure at work that lasts more than 5 minutes, a colleague trained by the epilepsy nurse will call 999 and follow his seizure plan.""",
        },
        tags=(
            "clean",
            "young-person",
            "epilepsy",
            "section-period",
            "conditional",
            "one-off",
            "numbered",
        ),
    ),
    Case(
        name="salt-advice-acronym-and-untrained-staff",
        kind="advice",
        sections={
            "needs": """Isaac (aged 7) has a language disorder. He understands short sentences but gets lost when instructions are long, and he finds it hard to put words in the right order when he talks. He was first seen by SALT in 2026.""",
            "outcomes": """- By July 2027, Isaac will follow a two-part classroom instruction without help on 4 out of 5 tries, checked by his class teacher each half term.
- By July 2027, Isaac will tell a short story of four sentences with words in the right order, checked by his speech and language therapist.""",
            "provision": """- A speech and language therapist from the Harrowmere Children's Speech and Language Therapy Service will see Isaac in school for a 30-minute session every two weeks for the 2026/27 school year.
- Staff will use visual prompts and short sentences with Isaac in every lesson for the 2026/27 school year.""",
            "author": """Lauren Oduya, Speech and Language Therapist, Harrowmere Children's Speech and Language Therapy Service, 5 October 2026""",
        },
        expected=(
            ("acronym", "needs", "SALT"),
            (
                "no_provider",
                "provision",
                "Staff will use visual prompts and short sentences with Isaac in every lesson for the 2026/27 school year.",
            ),
        ),
        tags=("acronym", "no_provider", "divided", "speech"),
    ),
    Case(
        name="tracheostomy-plan-two-clinical-words",
        kind="plan",
        sections={
            "C": """Oscar (aged 6) breathes through a tube in his neck. He may desaturate when he has a cold or gets upset, and the skin around his stoma gets sore.""",
            "E": """- By July 2027, Oscar will tell an adult, by pointing to his breathing card, when he feels out of breath, on every occasion recorded in his care log.
- By July 2027, the skin around Oscar's tube will stay free of sores, checked every week by his community nurse.""",
            "G": """For the 2026/27 school year:
- Two teaching assistants trained by the Kelsby Children's Community Nursing Team will stay with Oscar all day, every school day, check his oxygen levels with a finger monitor every hour, and follow his emergency plan if his levels drop.
- A community nurse from the Kelsby Children's Community Nursing Team will check the skin around Oscar's tube and clean and dress it at school once a week.""",
        },
        expected=(
            ("jargon", "C", "desaturate"),
            ("jargon", "C", "stoma"),
        ),
        tags=("jargon", "tracheostomy"),
    ),
    Case(
        name="autism-plan-long-paragraphs-clean",
        kind="plan",
        sections={
            "C": """Finley is 13 and in Year 8 at Ravensholt School. He was diagnosed as autistic in 2026. He finds changes to his routine very hard, and when lessons change at short notice he becomes very distressed and has hit out at staff twice this term. He does not recognise when he is hungry or thirsty and often goes the whole school day without drinking, which gives him headaches by the afternoon. Finley's hearing, sight and physical health are all good.""",
            "E": """- By July 2027, Finley will use his "change card" to ask for time out when his routine changes, instead of hitting out, on at least 4 out of 5 occasions recorded by his head of year.
- By July 2027, Finley will drink at least three cups of water during the school day on 4 out of 5 school days, as recorded on his drinks chart.""",
            "G": """Finley's head of year will tell him about any change to his timetable at his morning check-in, every school day for the 2026/27 school year, and will show him how to use his change card. An occupational therapist from the Ravensholt Children's Occupational Therapy Service will see Finley for one 60-minute session in school in September 2026 to build a plan for changes and hunger and thirst cues, and then for a 30-minute review once every half term until July 2027. A teaching assistant trained by the occupational therapist will prompt Finley to drink at the start of morning break, lunch and the last lesson, every school day for the 2026/27 school year.""",
        },
        tags=("clean", "autism", "paragraphs", "non-need-sentence"),
    ),
    Case(
        name="cerebral-palsy-plan-drooling-no-outcome",
        kind="plan",
        sections={
            "C": """Tom (aged 9) has cerebral palsy that makes both of his legs stiff, and he walks with sticks. He also dribbles a lot, which makes his books and clothes wet and embarrasses him.""",
            "E": """- By July 2027, Tom will walk from his classroom to the dining hall with his sticks, without stopping, on every school day, as recorded by his teaching assistant.""",
            "G": """- A children's physiotherapist from the Wexcombe Children's Therapy Service will set Tom's walking and stretching programme and check it at school once every half term for the 2026/27 school year.
- A teaching assistant trained by the physiotherapist will do the programme with Tom for 20 minutes every school day for the 2026/27 school year.
- A speech and language therapist from the Wexcombe Children's Speech and Language Therapy Service will give Tom exercises and reminders for swallowing his saliva at one school visit a term for the 2026/27 school year.""",
        },
        expected=(
            (
                "golden_thread",
                "C",
                "He also dribbles a lot, which makes his books and clothes wet and embarrasses him.",
            ),
        ),
        tags=("golden_thread", "need-no-outcome", "cerebral-palsy", "lay-clinical"),
    ),
    Case(
        name="physio-advice-author-missing-name",
        kind="advice",
        sections={
            "needs": """Grace (aged 4) has a condition that makes her joints very loose and bendy. She falls often and her legs ache after walking for more than ten minutes.""",
            "outcomes": """- By July 2027, Grace will walk around the nursery garden for 15 minutes without falling, on 4 out of 5 days, as recorded by her key worker.""",
            "provision": """- A children's physiotherapist from the Caldbrook Children's Therapy Service will set an exercise programme at one nursery visit in October 2026 and review it once every half term until July 2027.
- Grace's key worker, trained by the physiotherapist, will do the exercise programme with her for 10 minutes every nursery day until July 2027.""",
            "author": """Community Paediatric Physiotherapist, Caldbrook Children's Therapy Service, 8 February 2027""",
        },
        expected=(
            (
                "advice_no_author",
                "author",
                "Community Paediatric Physiotherapist, Caldbrook Children's Therapy Service, 8 February 2027",
            ),
        ),
        tags=("advice_no_author", "divided", "early-years"),
    ),
    Case(
        name="g-only-pool-sessions-no-provider-no-period",
        kind="plan",
        sections={
            "G": """Health provision
- Exercise sessions in the school's warm pool once a week.
- A children's physiotherapist from the Thistleby Children's Therapy Service will write Rhys's pool exercise programme at one 60-minute visit in September 2026.""",
        },
        expected=(
            ("no_provider", "G", "Exercise sessions in the school's warm pool once a week."),
            ("no_duration", "G", "Exercise sessions in the school's warm pool once a week."),
        ),
        tags=("no_provider", "no_duration", "g-only", "heading", "one-off"),
    ),
    Case(
        name="community-paediatric-undivided-clean-expanded",
        kind="advice",
        sections={
            "advice": """Community paediatric advice: Hugo Lindqvist (aged 5)

Hugo was seen at the Pellbury Child Development Centre on 12 March 2027 with his father. He has global developmental delay, which means he is behind in all areas of his development, including talking, movement and play. He is not yet toilet trained and he still puts small objects in his mouth, so he needs close supervision.

His hearing was checked by the audiology team in January 2027 and is normal. His growth is normal.

He is known to the speech and language therapy (SLT) team and the physiotherapy team. I would suggest the SLT team and school agree how he will be supported with communication, and that he has regular toileting opportunities.

Dr Anjali Rao, Specialty Doctor in Community Paediatrics, Pellbury Child Development Centre, 15 March 2027""",
        },
        tags=("clean", "undivided", "explained-term", "vague-words-not-checked"),
    ),
    Case(
        name="self-harm-plan-ongoing-counselling",
        kind="plan",
        sections={
            "C": """Ellie-Rose (Year 9) has low mood and has hurt herself on purpose twice since September 2026. She finds it very hard to talk to adults she does not know.""",
            "E": """- By the end of the spring term 2027, Ellie-Rose will tell her chosen adult in school when she is feeling low, using her safety plan, on every occasion recorded by the school counsellor.""",
            "G": """- The school counsellor will see Ellie-Rose for ongoing support.
- Ellie-Rose's form tutor will check in with her for 5 minutes every morning for the 2026/27 school year and introduce her to the school counsellor.""",
        },
        expected=(
            ("unspecified_provision", "G", "ongoing"),
            ("no_frequency", "G", "The school counsellor will see Ellie-Rose for ongoing support."),
            ("no_duration", "G", "The school counsellor will see Ellie-Rose for ongoing support."),
        ),
        tags=("unspecified_provision", "no_frequency", "no_duration", "mental-health"),
    ),
    Case(
        name="usher-syndrome-plan-hearing-and-sight-clean",
        kind="plan",
        sections={
            "C": """Kayden (aged 11) has Usher syndrome, a rare genetic condition that causes deafness and a slow loss of sight, starting with his side vision and his vision in the dark. He has cochlear implants, which are devices fitted inside his ears that help him hear. He trips over things at the edge of his view and finds dark corridors and the school hall hard to move around.""",
            "E": """- By July 2027, Kayden will move around school safely using his cane in dim areas, with no trips or falls recorded by his teaching assistant in the summer term 2027.
- By July 2027, Kayden will tell an adult when his implants are not working, on every occasion recorded in his equipment log.""",
            "G": """All provision runs for the 2026/27 school year.
- A children's mobility specialist from the Saltmarch Sensory Support Service will teach Kayden to use a cane in dim areas for one 45-minute session every week.
- An audiologist from the Saltmarch Children's Implant Service will check and tune Kayden's implants every four months.
- A teaching assistant trained by the implant service will check Kayden's implants at the start of every school day.
- An eye doctor at the Saltmarch Children's Eye Clinic will check Kayden's sight every six months and send advice on lighting to his class teacher after each check.""",
        },
        tags=("clean", "hearing", "sight", "rare-condition", "section-period", "explained-term"),
    ),
    Case(
        name="ot-advice-sensory-jargon-in-provision",
        kind="advice",
        sections={
            "needs": """Joseph (aged 6) is autistic. He seeks out movement all the time, spinning, jumping and crashing into furniture, and he cannot stay on the carpet for story time.""",
            "outcomes": """- By July 2027, Joseph will sit on the carpet for the whole 10-minute story time on 4 out of 5 days, as recorded by his class teacher.""",
            "provision": """- An occupational therapist from the Fennimore Children's Occupational Therapy Service will write a daily movement plan with proprioceptive and vestibular activities at one school visit in September 2026, and review it each half term for the 2026/27 school year.
- A teaching assistant trained by the occupational therapist will do the movement plan with Joseph for 10 minutes before each carpet session, every school day, for the 2026/27 school year.""",
            "author": """Megan Kilbride, Specialist Occupational Therapist, Fennimore Children's Occupational Therapy Service, 29 September 2026""",
        },
        expected=(
            ("jargon", "provision", "proprioceptive"),
            ("jargon", "provision", "vestibular"),
        ),
        tags=("jargon", "divided", "autism", "sensory"),
    ),
    Case(
        name="dysphagia-plan-where-possible-hedge",
        kind="plan",
        sections={
            "C": """Layla (aged 14) has a weak swallow after a brain injury in 2026. She coughs and chokes on crumbly foods and thin drinks.""",
            "E": """- By July 2027, Layla will eat her soft lunch and thickened drinks with no choking episodes recorded in her eating and drinking log over the summer term 2027.""",
            "G": """- A speech and language therapist from the Brackenfield Children's Speech and Language Therapy Service will write Layla's eating and drinking plan in September 2026 and review it at school each half term for the 2026/27 school year.
- A teaching assistant trained by the speech and language therapist will, where possible, sit with Layla at every break and lunch for the 2026/27 school year and prepare her food and drinks to the plan.""",
        },
        expected=(("unspecified_provision", "G", "where possible"),),
        tags=("unspecified_provision", "dysphagia"),
    ),
    Case(
        name="asthma-eczema-plan-two-needs-clean",
        kind="plan",
        sections={
            "C": """Kofi (Year 1) has asthma and eczema. His asthma gets worse with colds and cold weather. His eczema makes his hands itchy and cracked, so that holding a pencil is sore, and he scratches until his skin bleeds.""",
            "E": """- By July 2027, Kofi will say when his chest feels tight and use his inhaler with an adult, on every occasion recorded in his asthma diary.
- By the end of Year 1 (July 2027), Kofi will have cream put on his hands before writing tasks and write for 10 minutes without stopping, on 4 out of 5 days, as recorded by his class teacher.""",
            "G": """- If Kofi is wheezy or coughing, or says his chest is tight, a member of staff trained by the Oakhurst Vale School Nursing Team will help him use his inhaler, for the 2026/27 school year.
- Kofi's teaching assistant, trained by the school nurse, will put on his moisturising cream at 9:00 and after lunch every school day for the 2026/27 school year.
- A school nurse from the Oakhurst Vale School Nursing Team will check Kofi's asthma and skin care plans with his parents once a term for the 2026/27 school year.""",
        },
        tags=("clean", "asthma", "conditional", "two-needs"),
    ),
    Case(
        name="bowel-letter-undivided-brand-and-acronym",
        kind="advice",
        sections={
            "advice": """Dear Ms Fairbrother,

Re: Theo Marchetti, aged 9, Year 4

I am writing as Theo's bladder and bowel nurse. Theo has long-standing constipation and soiling. He takes Movicol every day and sits on the toilet after each meal. He has soiling accidents at school about three times a week, which upset him a great deal. He is worried about other children noticing the smell.

Theo would benefit from a planned toilet time after lunch, a private place to change and a spare set of clothes in school. The CCN team will visit school to show staff how to support Theo.

Yours sincerely,
Yasmin Hollis
Paediatric Bladder and Bowel Nurse, Lowther Vale Children's Continence Service
22 January 2027""",
        },
        expected=(
            ("drug_name", "advice", "Movicol"),
            ("acronym", "advice", "CCN"),
        ),
        tags=("drug_name", "acronym", "undivided", "letter", "continence"),
    ),
    Case(
        name="gastrostomy-plan-chest-physio-no-need",
        kind="plan",
        sections={
            "C": """Amelia (aged 7) has a severe learning disability and is fed through a tube into her stomach. She needs two milk feeds and water through the tube during the school day.""",
            "E": """- By July 2027, Amelia will show she is ready for her feed by looking at her feed symbol card, at every school feed, as recorded in her feeding log.""",
            "G": """For the 2026/27 school year:
- A teaching assistant trained by the Ashingley Children's Community Nursing Team will give Amelia her milk feeds at 10:30 and 13:30 and water at 14:30 every school day.
- A nurse from the Ashingley Children's Community Nursing Team will check the tube and the teaching assistant's skills once every half term.
- A children's physiotherapist from the Ashingley Children's Therapy Service will do chest exercises with Amelia to clear her lungs for 20 minutes twice a week.""",
        },
        expected=(
            (
                "golden_thread",
                "G",
                "A children's physiotherapist from the Ashingley Children's Therapy Service will do chest exercises with Amelia to clear her lungs for 20 minutes twice a week.",
            ),
        ),
        tags=("golden_thread", "provision-no-need", "tube-feeding", "learning-disability"),
    ),
    Case(
        name="epilepsy-nurse-advice-first-person-clean",
        kind="advice",
        sections={
            "needs": """Aisha (aged 15) has epilepsy. She has seizures in her sleep and sometimes in the early morning, and on those days she arrives at school tired and with a headache. She is worried about having a seizure in front of her friends.""",
            "outcomes": """- By July 2027, Aisha will use her agreed rest pass to rest in the medical room for up to an hour on mornings after a night seizure, and then rejoin her lessons, on every such morning recorded by her head of year.
- By the end of the spring term 2027, Aisha will have chosen two friends and told them what to do if she has a seizure, checked with her by her epilepsy nurse.""",
            "provision": """- I will see Aisha at the Dunmoor Epilepsy Clinic for a 30-minute appointment every six months until July 2027.
- I will meet Aisha and her head of year at school for one 45-minute session in October 2026 to agree her rest pass plan and to help her plan what to tell her friends.
- Aisha's head of year will let her use her rest pass on any morning after a night seizure, for the 2026/27 school year.""",
            "author": """Catherine Olowe, Children's Epilepsy Nurse Specialist, Dunmoor Epilepsy Clinic, 14 September 2026""",
        },
        tags=("clean", "divided", "first-person", "epilepsy", "conditional", "one-off"),
    ),
    Case(
        name="e-only-smart-outcomes-clean",
        kind="plan",
        sections={
            "E": """Outcomes for health and physical development
1. By the end of Year 5 (July 2027), Priya will dress and undress for PE in 10 minutes or less, without adult help, in 3 out of 4 PE lessons.
2. By July 2027, Priya will use her inhaler before every PE lesson without being reminded, as recorded by her class teacher.
3. By the end of the spring term 2027, Priya will climb the stairs to her classroom holding the rail, without stopping, every school day.""",
        },
        tags=("clean", "e-only", "numbered", "heading"),
    ),
    Case(
        name="sleep-plan-practitioner-no-frequency",
        kind="plan",
        sections={
            "C": """Ollie (aged 5) has a rare chromosome condition and sleeps for only four or five hours a night. He is very tired and upset in the afternoons at school.""",
            "E": """- By July 2027, Ollie will sleep for at least eight hours on 5 nights out of 7, as recorded in his parents' sleep diary.
- By July 2027, Ollie will join in with afternoon activities on at least 3 out of 5 school days, as recorded by his class teacher.""",
            "G": """- A sleep practitioner from the Northfold Children's Sleep Service will work with Ollie's parents on a bedtime plan for the 2026/27 school year.
- Ollie's class teacher will plan a quiet, restful activity after lunch every school day for the 2026/27 school year.""",
        },
        expected=(
            (
                "no_frequency",
                "G",
                "A sleep practitioner from the Northfold Children's Sleep Service will work with Ollie's parents on a bedtime plan for the 2026/27 school year.",
            ),
        ),
        tags=("no_frequency", "sleep", "rare-condition"),
    ),
    Case(
        name="physio-report-undivided-clean",
        kind="advice",
        sections={
            "advice": """Physiotherapy report

I am Isaac Pemberton, a children's physiotherapist with the Kelsby Children's Therapy Service. I saw Lola (aged 10) at home on 4 May 2027 and at school on 11 May 2027.

Lola has juvenile arthritis, a condition that makes her joints swollen and painful. Her knees and wrists are worst affected, and they are stiff first thing in the morning and after she has been sitting still. She gets tired by the afternoon and sometimes needs her wheelchair for longer distances, such as school trips.

I would advise that Lola has a break to move around in each long lesson, that she is allowed to use a lift, and that she can take part in PE with changes as needed. I will review her every three months and can offer training to school staff if required.

Isaac Pemberton, Children's Physiotherapist, 14 May 2027""",
        },
        tags=("clean", "undivided", "first-person", "explained-term", "vague-words-not-checked"),
    ),
    Case(
        name="young-person-autism-two-vague-outcomes",
        kind="plan",
        sections={
            "C": """Sam (aged 18) is autistic and has anxiety. He wants to travel to Kelsby College on his own, but crowded buses make him panic, and he has turned back home on most days since September 2026.""",
            "E": """- Sam will be supported to manage his anxiety.
- By the end of his course, Sam will be happier.
- By July 2027, Sam will travel to college on his own by bus on at least 4 days a week, as recorded on his college register.""",
            "G": """- A psychologist from the Kelsby Young Adult Mental Health Service will see Sam for a one-hour session every fortnight from October 2026 to March 2027, working on coping with crowded places.
- A travel trainer from the Kelsby Independent Travel Team, trained by the psychologist in coping with panic, will travel with Sam on the bus twice a week from October 2026 to March 2027, stepping back as he gains confidence.""",
        },
        expected=(
            ("outcome_not_smart", "E", "Sam will be supported to manage his anxiety."),
            ("outcome_not_smart", "E", "By the end of his course, Sam will be happier."),
        ),
        tags=("outcome_not_smart", "young-person", "autism", "mental-health"),
    ),
    Case(
        name="hearing-young-person-college-table-clean",
        kind="plan",
        sections={
            "C": """Ines (aged 17) has a severe hearing loss in both ears and wears two hearing aids. She is studying for a catering qualification at Pellbury College. In the noisy college kitchen she cannot hear her tutor's instructions.""",
            "E": """- By July 2027, Ines will follow her tutor's instructions in the kitchen using her radio aid (a microphone her tutor wears that sends speech straight to her hearing aids), and complete at least 9 out of 10 practical tasks without missing a step, as recorded by her tutor.""",
            "G": """Provision | Who | How often | How long
Hearing and hearing aid check, and new ear moulds | Audiologist, Pellbury Paediatric Audiology Service | Every six months | While Ines attends Pellbury College
Radio aid set-up and training for Ines and her tutors | Audiologist, Pellbury Paediatric Audiology Service | One 90-minute visit | September 2026
Daily check that the radio aid works | Learning support assistant trained by the audiology service | Start of every college day | While Ines attends Pellbury College""",
        },
        tags=("clean", "table", "hearing", "young-person", "one-off"),
    ),
    Case(
        name="continence-plan-untrained-ta-acronym",
        kind="plan",
        sections={
            "C": """Jaxon (aged 6) has a rare genetic condition and wears pads day and night. He needs his pad changed three times during the school day.""",
            "E": """- By July 2027, Jaxon will tell an adult when his pad is wet or dirty, by using his symbol card, on at least half of occasions, as recorded on his changing chart.""",
            "G": """- A TA will change Jaxon's pad at 10:30, 12:30 and 14:30 every school day for the 2026/27 school year.
- The school nurse from the Brackenfield School Health Team will review Jaxon's continence plan with his parents once a term for the 2026/27 school year.""",
        },
        expected=(
            ("acronym", "G", "TA"),
            (
                "no_provider",
                "G",
                "A TA will change Jaxon's pad at 10:30, 12:30 and 14:30 every school day for the 2026/27 school year.",
            ),
        ),
        tags=("acronym", "no_provider", "continence", "rare-condition"),
    ),
    Case(
        name="cp-advice-section-period-clean",
        kind="advice",
        sections={
            "needs": """Leah (aged 10) has cerebral palsy affecting her right arm and leg. She uses her left hand for almost everything and finds it hard to hold paper still, open packets and do up her coat.""",
            "outcomes": """- By July 2027, Leah will open her lunch packets and do up her coat without help on 4 out of 5 school days, as recorded by her teaching assistant.""",
            "provision": """All of the following is for the 2026/27 school year.
- An occupational therapist from the Harrowmere Children's Occupational Therapy Service will teach Leah one-handed ways to do everyday tasks in a 45-minute school session once every half term.
- A teaching assistant trained by the occupational therapist will practise the one-handed tasks with Leah for 10 minutes at lunchtime three times a week.
- The occupational therapist will provide a non-slip mat and a one-handed ruler at the first session.""",
            "author": """Tomasz Nowicki, Children's Occupational Therapist, Harrowmere Children's Occupational Therapy Service, 8 September 2026""",
        },
        tags=("clean", "divided", "cerebral-palsy", "section-period", "one-off"),
    ),
    Case(
        name="psychology-advice-author-no-date-and-no-period",
        kind="advice",
        sections={
            "needs": """Rosa (aged 12) has had very low mood since her father died in 2026. She has stopped going to her after-school clubs and she cries in lessons most days.""",
            "outcomes": """- By the end of the spring term 2027, Rosa will go back to at least one after-school club each week, as recorded on the club register.
- By July 2027, Rosa will score her own mood at 6 out of 10 or higher on at least 4 school days a week, using her mood scale with her head of year.""",
            "provision": """- A clinical psychologist from the Oakhurst Vale Child and Family Bereavement Service will see Rosa for a 50-minute session every week from October 2026 to March 2027, working on grief and low mood.
- Rosa's head of year will check in with her using her mood scale for 10 minutes every Monday and Thursday.""",
            "author": """Samira Haddad, Clinical Psychologist, Oakhurst Vale Child and Family Bereavement Service""",
        },
        expected=(
            (
                "no_duration",
                "provision",
                "Rosa's head of year will check in with her using her mood scale for 10 minutes every Monday and Thursday.",
            ),
            (
                "advice_no_author",
                "author",
                "Samira Haddad, Clinical Psychologist, Oakhurst Vale Child and Family Bereavement Service",
            ),
        ),
        tags=("advice_no_author", "no_duration", "divided", "mental-health"),
    ),
    Case(
        name="allergy-advice-no-author-brand-and-passive",
        kind="advice",
        sections={
            "needs": """Benji (aged 3) has a milk allergy and hay fever. If he eats milk he gets hives (an itchy, lumpy rash) and a swollen face. He takes Piriton for this. His hay fever makes his eyes sore and streaming in the summer term, and he rubs them until they are red.""",
            "outcomes": """- By July 2027, Benji will have no allergic reactions at nursery caused by milk, as recorded in the nursery's incident log.
- By July 2027, Benji will let an adult know when his eyes are sore, by pointing to his eyes or saying "eyes", on every occasion recorded by his key worker.""",
            "provision": """- All of Benji's food and drink at nursery will be checked to be milk-free before every meal and snack until he starts school in September 2027.
- If Benji gets a rash or a swollen face, his key worker, trained by the Pellbury Health Visiting Team, will give his allergy medicine as written in his care plan, until he starts school in September 2027.
- On summer days, Benji's key worker, trained by the health visitor, will bathe his eyes with cool water at 10:00 and after outdoor play, until he starts school in September 2027.""",
        },
        expected=(
            ("drug_name", "needs", "Piriton"),
            (
                "no_provider",
                "provision",
                "All of Benji's food and drink at nursery will be checked to be milk-free before every meal and snack until he starts school in September 2027.",
            ),
            ("advice_no_author", "author", ""),
        ),
        tags=(
            "drug_name",
            "no_provider",
            "advice_no_author",
            "divided",
            "early-years",
            "passive",
            "explained-term",
        ),
    ),
    Case(
        name="ot-advice-author-no-role-vague-outcome-no-frequency",
        kind="advice",
        sections={
            "needs": """Ibrahim (aged 14) has a weak grip after an injury to his right hand in 2026. He cannot write for more than a few minutes, so he falls behind with notes in lessons.""",
            "outcomes": """- Ibrahim will make progress with his handwriting.
- By July 2027, Ibrahim will type his homework and class notes on a laptop at 20 words a minute, checked by his form tutor each half term.""",
            "provision": """- An occupational therapist from the Dunmoor Hand Therapy Service will see Ibrahim for a 40-minute hand therapy session at clinic every three weeks from September 2026 to March 2027.
- The occupational therapist will teach Ibrahim to touch-type and set up his laptop for lessons during the 2026/27 school year.""",
            "author": """Naomi Fletcher, 3 March 2027""",
        },
        expected=(
            ("outcome_not_smart", "outcomes", "Ibrahim will make progress with his handwriting."),
            (
                "no_frequency",
                "provision",
                "The occupational therapist will teach Ibrahim to touch-type and set up his laptop for lessons during the 2026/27 school year.",
            ),
            ("advice_no_author", "author", "Naomi Fletcher, 3 March 2027"),
        ),
        tags=("advice_no_author", "outcome_not_smart", "no_frequency", "divided"),
    ),
    Case(
        name="salt-team-advice-no-name-need-no-outcome",
        kind="advice",
        sections={
            "needs": """Millie (aged 8) has a stammer. She gets stuck on the first sound of words, especially when she is asked to speak in front of the class. She avoids answering questions and has stopped putting her hand up. She also finds it hard to understand longer words used in science and history lessons.""",
            "outcomes": """- By July 2027, Millie will answer at least one question in front of the class on every school day, using her smooth speech techniques, as recorded by her class teacher.""",
            "provision": """- A speech and language therapist from the Ravensholt Children's Speech and Language Therapy Service will see Millie for a 40-minute session every fortnight in school, teaching her smooth speech techniques.
- Millie's class teacher, trained by the speech and language therapist, will teach her the key words for each science and history topic in a 10-minute session before the topic starts, for the 2026/27 school year.""",
            "author": """Speech and Language Therapy Team, Ravensholt Children's Speech and Language Therapy Service, 12 May 2027""",
        },
        expected=(
            (
                "golden_thread",
                "needs",
                "She also finds it hard to understand longer words used in science and history lessons.",
            ),
            (
                "no_duration",
                "provision",
                "A speech and language therapist from the Ravensholt Children's Speech and Language Therapy Service will see Millie for a 40-minute session every fortnight in school, teaching her smooth speech techniques.",
            ),
            (
                "advice_no_author",
                "author",
                "Speech and Language Therapy Team, Ravensholt Children's Speech and Language Therapy Service, 12 May 2027",
            ),
        ),
        tags=(
            "advice_no_author",
            "golden_thread",
            "no_duration",
            "need-no-outcome",
            "divided",
            "speech",
        ),
    ),
    Case(
        name="sickle-cell-plan-cold-need-no-provision",
        kind="plan",
        sections={
            "C": """Kwabena (Year 7) has sickle cell disease, a blood condition that can cause sudden, severe pain, called a crisis. He needs to drink plenty of water through the day to help prevent a crisis. He gets cold easily, and being cold can bring on a crisis.""",
            "E": """- By July 2027, Kwabena will drink at least five bottles of water during the school day on 4 out of 5 days, as recorded on his drinks chart.
- By July 2027, Kwabena will wear his extra warm layers and stay indoors at break when it is below 5 degrees, on every such day recorded by his form tutor.""",
            "G": """- Kwabena's form tutor will check his water bottle is full at registration and after lunch every school day for the 2026/27 school year.
- A specialist nurse from the Kelsby Sickle Cell Service will write Kwabena's school care plan and train his form tutor and heads of subject at one 60-minute school visit in September 2026.
- If Kwabena says he is in pain, a member of staff trained by the specialist nurse will follow his care plan and phone his parents straight away, for the 2026/27 school year.""",
        },
        expected=(
            (
                "golden_thread",
                "C",
                "He gets cold easily, and being cold can bring on a crisis.",
            ),
        ),
        tags=(
            "golden_thread",
            "need-no-provision",
            "rare-condition",
            "explained-term",
            "conditional",
        ),
    ),
    Case(
        name="medical-needs-table-staff-as-required-row",
        kind="plan",
        sections={
            "C": """Maryam (Year 10) has a kidney condition. She needs medicine at lunchtime every day and must drink two litres of water during the school day. She also has to go to the toilet often and urgently.""",
            "E": """- By July 2027, Maryam will take her lunchtime medicine on every school day, as recorded in the school medicine log.
- By July 2027, Maryam will drink two litres of water and use her toilet pass without asking, on at least 4 out of 5 school days, as recorded on her drinks chart.""",
            "G": """Provision | Provider | Frequency | Duration
Help with lunchtime medicine | Staff | As required | 2026/27 school year
Drinks chart checked and water bottle refilled | Form tutor | Registration and lunchtime every school day | 2026/27 school year
Toilet pass agreed and shared with all teachers | Head of year | Once in September 2026, then at each timetable change | 2026/27 school year
Kidney care plan written and reviewed with school | Children's kidney nurse specialist, Northfold Children's Hospital | Once a term | 2026/27 school year""",
        },
        expected=(
            ("unspecified_provision", "G", "As required"),
            (
                "no_frequency",
                "G",
                "Help with lunchtime medicine | Staff | As required | 2026/27 school year",
            ),
            (
                "no_provider",
                "G",
                "Help with lunchtime medicine | Staff | As required | 2026/27 school year",
            ),
        ),
        tags=("unspecified_provision", "no_frequency", "no_provider", "table", "rare-condition"),
    ),
    Case(
        name="cp-plan-splint-jargon-and-no-period",
        kind="plan",
        sections={
            "C": """Evie (Year 2) has cerebral palsy affecting her left side. Her left foot turns in and she trips often. She needs her splint put on every morning and checked for rubbing.""",
            "E": """- By July 2027, Evie will walk around the playground for the whole of morning break without falling, on 4 out of 5 days, as recorded by her teaching assistant.""",
            "G": """- A physiotherapist from the Saltmarch Children's Therapy Service will review Evie's ankle-foot orthoses and walking at school once every half term.
- A teaching assistant trained by the physiotherapist will put on Evie's splint at the start of every school day and check her skin at lunchtime, for the 2026/27 school year.""",
        },
        expected=(
            ("jargon", "G", "orthoses"),
            (
                "no_duration",
                "G",
                "A physiotherapist from the Saltmarch Children's Therapy Service will review Evie's ankle-foot orthoses and walking at school once every half term.",
            ),
        ),
        tags=("jargon", "no_duration", "cerebral-palsy"),
    ),
    Case(
        name="semh-plan-acronym-and-vague-outcome",
        kind="plan",
        sections={
            "C": """Ryan (Year 6) has SEMH needs. He has been very anxious since moving house in 2026 and refuses to come into school on about two days a week.""",
            "E": """- Ryan will attend school more.""",
            "G": """- A mental health practitioner from the Wexcombe Mental Health Support Team will see Ryan in school for a 40-minute session every week from October 2026 to February 2027, working on his worries about school.
- Ryan's class teacher will meet him at the school gate every morning for the 2026/27 school year.""",
        },
        expected=(
            ("acronym", "C", "SEMH"),
            ("outcome_not_smart", "E", "Ryan will attend school more."),
        ),
        tags=("acronym", "outcome_not_smart", "mental-health"),
    ),
    Case(
        name="normal-hearing-plan-audiology-meets-no-need",
        kind="plan",
        sections={
            "C": """Kai (aged 5) has speech that is hard to understand. He leaves out many sounds in words and people outside his family understand little of what he says. His hearing was tested in September 2026 and is normal.""",
            "E": """- By July 2027, Kai will be understood by his teacher in at least three-quarters of what he says in class, checked by his speech and language therapist each term.""",
            "G": """- A speech and language therapist from the Fennimore Children's Speech and Language Therapy Service will see Kai in school for a 30-minute session every two weeks for the 2026/27 school year.
- Kai's teaching assistant, trained by the speech and language therapist, will practise his speech sounds with him for 10 minutes every school day for the 2026/27 school year.
- An audiologist from the Fennimore Paediatric Audiology Service will test Kai's hearing once a term for the 2026/27 school year.""",
        },
        expected=(
            (
                "golden_thread",
                "G",
                "An audiologist from the Fennimore Paediatric Audiology Service will test Kai's hearing once a term for the 2026/27 school year.",
            ),
        ),
        tags=("golden_thread", "provision-no-need", "speech", "non-need-sentence"),
    ),
    Case(
        name="neurology-letter-undivided-seizure-type-jargon",
        kind="advice",
        sections={
            "advice": """Dear Mr Osei,

Thank you for your request for advice about Harper (aged 13). I have looked after Harper in the children's epilepsy clinic at Harrowmere General Hospital since 2026.

Harper has epilepsy with myoclonic seizures, mostly in the first hour after she wakes. She may drop or throw things without meaning to, and this can happen in the first lesson of the day. She is more likely to have seizures when she is tired or stressed, for example around exams. Her epilepsy does not affect her learning, but she does get tired after a bad night.

She would be safe to take part in all school activities, including swimming with one-to-one supervision. I would be happy to speak to school if that would help.

Yours sincerely,

Dr Rufus Achterberg
Consultant Paediatric Neurologist, Harrowmere General Hospital
30 November 2026""",
        },
        expected=(("jargon", "advice", "myoclonic"),),
        tags=("jargon", "undivided", "letter", "epilepsy"),
    ),
    Case(
        name="rett-syndrome-plan-clean",
        kind="plan",
        sections={
            "C": """Phoebe (aged 12) has Rett syndrome, a rare genetic condition that affects girls' movement, speech and breathing. She does not use speech and uses her eyes to look at pictures to make choices. She holds her breath at times, which can make her lips go blue. She has a curve in her spine and needs to be sat well in her chair.""",
            "E": """- By July 2027, Phoebe will choose between four pictures using her eye-gaze computer (a computer she controls by looking at the screen) to ask for an activity, at least five times a day, as recorded by her teaching assistant.
- By July 2027, Phoebe will be sitting comfortably in her supportive chair for every lesson, with no red marks on her skin at the end of the day, as checked by her teaching assistant.
- By July 2027, Phoebe will get her colour back within two minutes after every breath-holding episode longer than 30 seconds, with staff following her care plan, as recorded in her care log.""",
            "G": """Provision for the 2026/27 school year
- A speech and language therapist from the Caldbrook Communication Aids Service will set up Phoebe's eye-gaze computer and see her in school for a 45-minute session every three weeks.
- A teaching assistant trained by the speech and language therapist will use the eye-gaze computer with Phoebe in every lesson.
- An occupational therapist from the Caldbrook Children's Occupational Therapy Service will check Phoebe's supportive chair once each half term.
- If Phoebe holds her breath for more than 30 seconds, a teaching assistant trained by the Caldbrook Children's Community Nursing Team will follow her breathing care plan.""",
        },
        tags=("clean", "rare-condition", "explained-term", "conditional", "section-period"),
    ),
    Case(
        name="dietitian-letter-undivided-clean",
        kind="advice",
        sections={
            "advice": """Dear Ms Kaur,

I am a paediatric dietitian and I have been seeing Ravi (aged 6) since March 2026 because he eats a very small range of foods. At the moment he will only eat plain pasta, crackers, apple slices and one kind of yoghurt. His growth is on the low side but steady.

Ravi is autistic, and new foods on his plate can upset him so much that he will not eat at all. He needs to have his safe foods at lunch every day. New foods should be offered on a separate plate and he should never be made to taste them. I would suggest that school staff join in with food play sessions when possible.

I will see Ravi every eight weeks and will share a plan with school.

Best wishes,
Sophie Ambrose
Paediatric Dietitian, Wexcombe Children's Dietetic Service
4 December 2026""",
        },
        tags=("clean", "undivided", "letter", "autism", "vague-words-not-checked", "first-person"),
    ),
    Case(
        name="g-only-table-conditional-rows-clean",
        kind="plan",
        sections={
            "G": """Health provision | Provided by | When | For how long
Seizure first aid, and a call to 999 if a seizure lasts more than 5 minutes | Staff trained by the Lowther Vale Epilepsy Nurse Service | Whenever Arlo has a seizure | 2026/27 school year
Training in seizure first aid for all staff who work with Arlo | Epilepsy nurse specialist, Lowther Vale Epilepsy Nurse Service | Once a term | 2026/27 school year
Rest in the medical room after a seizure, with a trained adult | Teaching assistant trained by the epilepsy nurse | After every seizure, until Arlo is ready to return | 2026/27 school year""",
        },
        tags=("clean", "g-only", "table", "conditional", "epilepsy"),
    ),
    Case(
        name="eating-disorder-advice-young-person-clean",
        kind="advice",
        sections={
            "needs": """Tilly (aged 16) has anorexia, an eating disorder in which she limits what she eats because of a strong fear of gaining weight. She is being treated by the Child and Adolescent Mental Health Service (CAMHS) eating disorder team. She must eat a planned snack and lunch at school, and she is not allowed to do PE until her weight is safe. She finds lunchtimes in the dining hall very stressful.""",
            "outcomes": """- By the end of the spring term 2027, Tilly will eat her full planned snack and lunch in school on every school day, as recorded by her supervising adult.
- By July 2027, Tilly will eat lunch in the dining hall with one friend on at least 2 days a week, as recorded by her supervising adult.
- By July 2027, Tilly will take part in every PE lesson in the role agreed with the eating disorder team, as recorded by her PE teacher.""",
            "provision": """- A nurse from the CAMHS eating disorder team at Northfold will agree Tilly's school meal plan with her and her parents and review it with her head of year every four weeks for the 2026/27 school year.
- A named member of staff trained by the CAMHS eating disorder team will sit with Tilly for her snack and lunch every school day, in a quiet room at first and then in the dining hall, for the 2026/27 school year.
- Tilly's PE teacher will give her a non-active role in every PE lesson until the eating disorder team confirms in writing that she can take part, for the 2026/27 school year.""",
            "author": """Dr Hannah Brightwell, Consultant Child and Adolescent Psychiatrist, Northfold CAMHS Eating Disorder Team, 19 January 2027""",
        },
        tags=("clean", "divided", "mental-health", "young-person", "explained-term"),
    ),
    Case(
        name="spina-bifida-plan-catheter-explained-clean",
        kind="plan",
        sections={
            "C": """Aaliyah (Year 3) has spina bifida, a condition where the spine does not form properly before birth. She cannot feel when her bladder is full, so it has to be emptied with a thin tube (a catheter) every three to four hours. She uses a wheelchair and cannot get onto the toilet by herself.""",
            "E": """- By July 2027, Aaliyah will remind an adult when it is time to empty her bladder, using her watch alarm, at every planned time, as recorded on her care chart.
- By the end of Year 3 (July 2027), Aaliyah will move from her wheelchair to the changing bench with one adult guiding her and no lifting, at every toilet visit.""",
            "G": """- The Harrowmere Children's Community Nursing Team will train two named teaching assistants to empty Aaliyah's bladder with a catheter, at one two-hour session in August 2026, and check their skills once a term for the 2026/27 school year.
- One of the two trained teaching assistants will empty Aaliyah's bladder at 11:00 and 14:00 every school day for the 2026/27 school year.
- An occupational therapist from the Harrowmere Children's Occupational Therapy Service will teach Aaliyah and her teaching assistants a safe way to move onto the changing bench, in a 45-minute session every half term for the 2026/27 school year.""",
        },
        tags=("clean", "continence", "explained-term", "rare-condition"),
    ),
    Case(
        name="cystic-fibrosis-plan-clean",
        kind="plan",
        sections={
            "C": """Rory (aged 9) has cystic fibrosis, a condition that causes thick, sticky mucus in his lungs and gut. He needs to take his enzyme capsules with every meal and snack to digest his food. He coughs a lot and needs to do breathing exercises at lunchtime to clear his chest. He must not share a classroom with another pupil who has cystic fibrosis, because of the risk of passing infections between them.""",
            "E": """- By July 2027, Rory will take his enzyme capsules with every meal and snack at school without being reminded, as recorded by his teaching assistant.
- By July 2027, Rory will do his breathing exercises for 15 minutes every lunchtime, on every school day, as recorded on his exercise chart.
- By July 2027, Rory will be taught in classes with no other pupil who has cystic fibrosis, on every school day.""",
            "G": """For the 2026/27 school year:
- A teaching assistant trained by the Northfold Children's Cystic Fibrosis Team will give Rory his enzyme capsules with every meal and snack.
- A physiotherapist from the Northfold Children's Cystic Fibrosis Team will teach Rory's breathing exercises to his teaching assistant and check them at school once a term.
- The teaching assistant trained by the physiotherapist will supervise Rory's breathing exercises for 15 minutes every lunchtime.
- The specialist nurse from the Northfold Children's Cystic Fibrosis Team will advise the head teacher on infection control at one 30-minute meeting in September 2026, and the head teacher will check class lists against that advice at the start of each term.""",
        },
        tags=("clean", "rare-condition", "explained-term", "section-period"),
    ),
    Case(
        name="audiology-report-undivided-explained-acronym-clean",
        kind="advice",
        sections={
            "advice": """Paediatric audiology report

Patient: Nathaniel Brook, aged 4
Appointment: 21 October 2026, Kelsby Paediatric Audiology Service

Nathaniel was seen for a hearing test. He has a permanent mild hearing loss in both ears, which means quiet sounds and speech from across a room are hard for him to hear. He has been fitted with two behind-the-ear (BTE) hearing aids today.

We recommend that nursery staff check his BTE aids each morning, seat him close to the adult during group times and cut down background noise. We will see him again in three months.

Marta Kowalczyk, Clinical Scientist (Audiology), Kelsby Paediatric Audiology Service, 21 October 2026""",
        },
        tags=("clean", "undivided", "hearing", "early-years", "headings"),
    ),
    Case(
        name="c-no-sen-health-needs-allergy-policy-note",
        kind="plan",
        sections={
            "C": """Ezra has no health needs that relate to his special educational needs. He has a mild peanut allergy, which is managed under the school's own allergy policy and does not affect his learning.""",
        },
        tags=("clean", "no-health-needs", "non-need-sentence"),
    ),
    Case(
        name="tics-adhd-plan-section-period-clean",
        kind="plan",
        sections={
            "C": """Jonah (Year 9) has Tourette syndrome, a condition that causes tics (sudden movements and sounds he cannot control), and attention deficit hyperactivity disorder (ADHD). His tics get worse when he is stressed or trying to hold them in, for example in exams and quiet lessons. His ADHD makes it hard for him to start and finish written tasks.""",
            "E": """- By July 2027, Jonah will use his time-out card to leave a lesson and release his tics in the agreed room for up to 10 minutes, and then return, on every occasion recorded by his head of year.
- By July 2027, Jonah will complete at least 3 out of 4 written tasks in English and humanities using his task checklists, as recorded by his teachers.""",
            "G": """All of this provision runs until the end of Year 9 (July 2027).
- Jonah's head of year will give him a time-out card and agree a room he can go to, at a meeting in September 2026, and check how it is working with him every two weeks.
- A nurse from the Ashingley ADHD and Tic Service will see Jonah for a 45-minute session once a half term to teach him ways to manage his tics.
- Jonah's English and humanities teachers will give him a step-by-step task checklist for every written task.""",
        },
        tags=("clean", "adhd", "section-period", "explained-term"),
    ),
    Case(
        name="toddler-advice-until-school-clean",
        kind="advice",
        sections={
            "needs": """Mabel (aged 2) has global developmental delay, which means she is behind in all areas of her development. She is not yet walking and she pulls herself along the floor. She does not yet use words, but she babbles and looks at people to get their attention.""",
            "outcomes": """- By September 2027, Mabel will walk five steps holding one adult hand, as checked by her physiotherapist.
- By September 2027, Mabel will use five words or signs to ask for things, as recorded by her key worker over one week.""",
            "provision": """All provision is until Mabel starts school in September 2027.
- A children's physiotherapist from the Thistleby Children's Therapy Service will see Mabel at nursery for a 30-minute session every four weeks and set a standing and walking programme.
- Mabel's key worker, trained by the physiotherapist, will do the walking programme with her for 10 minutes every nursery session.
- A speech and language therapist from the Thistleby Children's Speech and Language Therapy Service will train Mabel's key worker in using signs, at one 60-minute session in October 2026 and one review session a term after that.
- Mabel's key worker will use signs with her at every snack time and group time.""",
            "author": """Jemima Hartley, Paediatric Physiotherapist, Thistleby Children's Therapy Service, 6 October 2026""",
        },
        tags=("clean", "divided", "early-years", "section-period", "explained-term"),
    ),
    Case(
        name="hydrocephalus-plan-with-typos-clean",
        kind="plan",
        sections={
            "C": """Nia (Year 5) has hydrocephalus, which means extra fluid built up in her brain when she was a baby. She has a shunt, a thin tube under her skin that drains the extra fluid to her tummy. If the shunt blocks she can get a bad headache, start being sick or become very sleepy, and this is an emergancy. She also tires easily and gets headaches by the end of the school day.""",
            "E": """- By July 2027, Nia will tell an adult straight away when she has a headache, on every ocasion recorded in her health log.
- By July 2027, Nia will use her planned rest time in the afternoon and stay in school for the full day on at least 4 days a week, as shown on the school register.""",
            "G": """- If Nia has a bad headache with being sick or very sleepy, a member of staff trained by the specialist nurse team at Brackenfield Children's Hospital will call 999 and follow her emergancy care plan, for the 2026/27 school year.
- A specialist nurse from Brackenfield Children's Hospital will train all staff who work with Nia at the start of each term for the 2026/27 school year.
- Nia's class teacher will give her a 15-minute rest in the quiet room at 14:00 every school day for the 2026/27 school year.""",
        },
        tags=("clean", "typos", "conditional", "explained-term", "rare-condition"),
    ),
    Case(
        name="eye-doctor-advice-ophthalmologist-explained-clean",
        kind="advice",
        sections={
            "needs": """Zayn (aged 4) was born with cataracts in both eyes, which are cloudy patches in the lenses of the eyes. He had operations to remove them in 2026 and now wears thick glasses all day. He cannot see small things clearly.""",
            "outcomes": """- By July 2027, Zayn will wear his glasses for the whole nursery session on every day, as recorded by his key worker.
- By July 2027, Zayn will find and name a picture the size of a stamp in a picture book, on 4 out of 5 tries, checked by his key worker each half term.""",
            "provision": """- A paediatric ophthalmologist (a children's eye doctor) at the Fennimore Children's Eye Clinic will check Zayn's eyes and glasses every four months until July 2027.
- Zayn's key worker, trained by the eye clinic's specialist nurse, will check that his glasses are clean and on at the start of every nursery session, and will give him large, bold pictures in every activity, until July 2027.""",
            "author": """Mr Adrian Koh, Consultant Paediatric Ophthalmologist, Fennimore Children's Eye Clinic, 13 November 2026""",
        },
        tags=("clean", "divided", "sight", "early-years", "explained-term"),
    ),
    Case(
        name="learning-disability-young-adult-annual-check-clean",
        kind="plan",
        sections={
            "C": """Liam is 21 and attends a supported learning course at Lowther Vale College. He has a moderate learning disability and Down syndrome. He is moving from children's to adult health services this year. He has put on a lot of weight and gets out of breath climbing stairs.""",
            "E": """- By July 2027, Liam will have had his annual learning disability health check and his first appointment with the adult learning disability team, and will be able to tell his tutor one thing he is doing to stay healthy, as recorded in his health passport.
- By July 2027, Liam will walk for 30 minutes at college without stopping, on 3 days a week, as recorded by his learning support assistant.""",
            "G": """While Liam attends Lowther Vale College:
- The GP at Lowther Vale Medical Practice will do Liam's annual learning disability health check once a year and update his health passport.
- A learning disability nurse from the Lowther Vale Adult Learning Disability Team will meet Liam and his parents once a term to plan his move to adult health services and set healthy eating and exercise goals.
- A learning support assistant trained by the learning disability nurse will walk with Liam for 30 minutes three times a week.""",
        },
        tags=(
            "clean",
            "young-person",
            "learning-disability",
            "down-syndrome",
            "section-period",
            "transition",
        ),
    ),
    Case(
        name="fatigue-plan-part-time-return-clean",
        kind="plan",
        sections={
            "C": """Darcy (Year 8) has a long-term illness that causes extreme tiredness, and her energy runs out after a few hours. She has been out of school since March 2026 and now manages about two hours a day of activity. Her muscles and joints ache when she does too much.""",
            "E": """- By the end of the spring term 2027, Darcy will attend school for three mornings a week, as shown on the school register.
- By July 2027, Darcy will score her pain at 4 out of 10 or lower on at least 5 days a week, using her activity and pain diary.""",
            "G": """- An occupational therapist from the Pellbury Children's Fatigue Service will see Darcy for a 45-minute session every two weeks from September 2026 to July 2027, to plan a slow increase in her school hours and activity.
- Darcy's head of year will agree her weekly timetable with her and the occupational therapist every Friday, from September 2026 to July 2027.
- A physiotherapist from the Pellbury Children's Fatigue Service will set a gentle stretching and pacing programme at one 60-minute session in September 2026 and review it every six weeks until July 2027.""",
        },
        tags=("clean", "mental-health", "part-time"),
    ),
    Case(
        name="quadriplegia-plan-muscle-relaxant-named",
        kind="plan",
        sections={
            "C": """Alfie (aged 16) has cerebral palsy affecting his whole body. His muscles are very stiff and go into painful spasms, especially in cold weather and when he has been sitting in the same position for a long time. He takes baclofen three times a day for the stiffness, and one dose falls in the school day. He uses a powered wheelchair and needs to change position every two hours.""",
            "E": """- By July 2027, Alfie will take his lunchtime medicine on every school day, as recorded in the school medicine log.
- By July 2027, Alfie will tell staff when he needs to change position or is in pain, using his communication aid, and have no more than one painful spasm a week recorded in his care log.""",
            "G": """Provision for the 2026/27 school year:
1. A teaching assistant trained by the Ravensholt Children's Community Nursing Team will give Alfie his lunchtime medicine at 12:30 every school day.
2. Two teaching assistants trained in moving and handling by the Ravensholt Children's Occupational Therapy Service will help Alfie change position every two hours, using his standing frame or his floor mat.
3. A physiotherapist from the Ravensholt Children's Therapy Service will review Alfie's positioning plan at school once every half term.""",
        },
        expected=(("drug_name", "C", "baclofen"),),
        tags=("drug_name", "cerebral-palsy", "young-person", "numbered"),
    ),
]
