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
- By the end of Year 1 (July 2027), Ava will follow a two-step instruction given to the whole class on 4 out of 5 tries, using her radio aid.""",
            "G": """- An audiologist from the Fennimore Paediatric Audiology Service will check Ava's hearing and her hearing aids, and renew her ear moulds, every six months until July 2027.
- A teaching assistant trained by the audiology service will check that both hearing aids and the radio aid work at the start of every school day for the 2026/27 school year.
- The Fennimore Paediatric Audiology Service will fit a radio aid (a microphone the teacher wears that sends her voice straight to Ava's hearing aids) at one school visit in September 2026.""",
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
3. An occupational therapist from the Thistleby Children's Occupational Therapy Service will write a moving and handling plan at one school visit in September 2026 and train the two teaching assistants in using the hoist at the same visit.
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
        tags=("clean", "tracheostomy", "early-years", "conditional", "section-period", "explained-term"),
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
Check of his tinted glasses, and advice to school on lighting and where he sits | Optometrist, Northfold Children's Hospital Eye Clinic | One school visit | October 2026""",
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
]
