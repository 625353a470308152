"""Blind set 2026-12h: written without reading the checks (see README.md)."""

from ..cases import Case

BLIND: list[Case] = [
    # ------------------------------------------------------------------ plan, clean
    Case(
        name="rett-eye-pointing-full-thread",
        sections={
            "C": (
                "Isla is 9 and has Rett syndrome, a rare genetic condition that changes how "
                "the body moves and how a child communicates. Isla cannot use her hands to hold "
                "objects for more than a few seconds. She tires quickly when sitting without "
                "support. She tells people what she wants by looking at pictures."
            ),
            "E": (
                "- By July 2027, I will press a large switch with my hand to start a song three "
                "times in a 20-minute music session.\n"
                "- By March 2027, I will sit in my supported chair for a whole 30-minute lesson "
                "on 4 out of 5 school days.\n"
                "- By July 2027, I will choose between four pictures on my eye-pointing board to "
                "tell adults what I want at snack time on 4 out of 5 school days."
            ),
            "G": (
                "An occupational therapist from the Harwick Children's Therapy Service will visit "
                "school once every half term for the 2026/27 school year to set up Isla's hand "
                "activities and train her teaching assistant.\n"
                "Isla's teaching assistant, trained by the occupational therapist, will do her "
                "hand programme with her for 15 minutes every school day for the 2026/27 school "
                "year.\n"
                "A children's physiotherapist from the same service will check and adjust the fit "
                "of Isla's supported chair once a term for the 2026/27 school year.\n"
                "A speech and language therapist from the Harwick Children's Therapy Service will "
                "see Isla in school for a 45-minute session every two weeks for the 2026/27 school "
                "year to build her picture vocabulary."
            ),
        },
        tags=("clean", "paragraphs", "rare-disease", "lay-clinical-thread"),
    ),
    Case(
        name="no-health-needs-statement",
        sections={
            "C": (
                "Health needs: Oliver has no health needs that relate to his special educational "
                "needs. His hearing and vision were checked by the school nursing team in "
                "October 2026 and were normal."
            ),
        },
        tags=("clean", "no-health-needs"),
    ),
    Case(
        name="swallowing-lay-clinical-thread",
        sections={
            "C": (
                "Amara (aged 6) was born at 26 weeks and spent four months in the special care "
                "baby unit. "
                "She has dysphagia, which means she finds it hard to swallow safely, and thin "
                "drinks can go down the wrong way into her lungs."
            ),
            "E": (
                "By the end of the spring term 2027, I will eat my school lunch with thickened "
                "drinks without coughing or choking, on every school day for four weeks in a row."
            ),
            "G": (
                "A speech and language therapist who specialises in eating and drinking from "
                "Marlstone Community Health will write Amara's mealtime plan and train the two "
                "lunchtime staff who feed her, in one 90-minute visit in September 2026 and a "
                "one-hour refresher each term until July 2027.\n"
                "The two lunchtime staff trained by the therapist will thicken Amara's drinks "
                "following her mealtime plan at every meal and snack in school until July 2027."
            ),
        },
        tags=("clean", "neonatal", "feeding", "jargon-explained", "lay-clinical-thread"),
    ),
    Case(
        name="type1-diabetes-bullets-clean",
        sections={
            "C": (
                "- Kofi (Year 4) has type 1 diabetes. His blood sugar has to be checked and "
                "treated during the school day.\n"
                "- When his blood sugar drops low he becomes shaky and cannot concentrate, and he "
                "misses learning while he recovers."
            ),
            "E": (
                "- By December 2026, I will tell an adult when I feel shaky every time it happens, "
                "so that my low blood sugar is treated within 15 minutes.\n"
                "- By July 2027, I will be back in my lesson within 30 minutes of a low blood "
                "sugar on 9 out of 10 occasions."
            ),
            "G": (
                "- The children's diabetes nurse specialist from Tollbridge Hospital will train "
                "two "
                "named teaching assistants to check and treat Kofi's blood sugar, in a two-hour "
                "session in September 2026 and a one-hour update in January 2027.\n"
                "- One of the two trained teaching assistants will check Kofi's blood sugar before "
                "morning break, before lunch and before home time every school day for the "
                "2026/27 school year.\n"
                "- If Kofi's blood sugar is below the level in his care plan, a trained teaching "
                "assistant will give him his fast-acting sugar and recheck after 15 minutes, until "
                "July 2027.\n"
                "- The diabetes nurse specialist will visit school once a term for the 2026/27 "
                "school year to check the records with the class teacher."
            ),
        },
        tags=("clean", "bullets", "diabetes", "conditional-trigger"),
    ),
    Case(
        name="night-wetting-table-clean",
        sections={
            "C": (
                "Reuben is 11 and autistic. He still wets the bed most nights, which makes him "
                "tired and worried about the residential trip in Year 6."
            ),
            "E": (
                "By June 2027, I will have at least 5 dry nights out of 7 for four weeks in a row, "
                "so that I can go on the school trip."
            ),
            "G": (
                "Provision | Who | How often | How long\n"
                "Bladder and bowel assessment and night-time alarm programme | Children's "
                "continence nurse, Brackwell Community Services | 30-minute appointment every "
                "four weeks | September 2026 to June 2027\n"
                "Phone check on progress with Reuben's parents | Children's continence nurse | "
                "every two weeks between appointments | September 2026 to June 2027"
            ),
        },
        tags=("clean", "table", "continence", "autism", "lay-clinical-thread"),
    ),
    Case(
        name="selective-mutism-numbered-clean",
        sections={
            "C": (
                "1. Zofia (aged 8) has selective mutism, an anxiety condition in which a child "
                "cannot speak in some places although she talks freely at home.\n"
                "2. She does not speak to any adult in school and cannot ask for help or for "
                "the toilet."
            ),
            "E": (
                "1. By February 2027, I will say one word to my key adult in a quiet room on 3 "
                "days out of 5.\n"
                "2. By July 2027, I will ask my key adult for help in class using words or my "
                "help card on every day for two weeks."
            ),
            "G": (
                "1. A speech and language therapist from the Cresthaven Children's Speech Service "
                "will train Zofia's key adult, a teaching assistant, in a small-steps talking "
                "programme in one two-hour session in September 2026.\n"
                "2. The trained key adult will work with Zofia on the talking programme for 15 "
                "minutes three times a week for the 2026/27 school year.\n"
                "3. The speech and language therapist will review progress with the key adult and "
                "Zofia's parents in a one-hour meeting once every half term for the 2026/27 "
                "school year."
            ),
        },
        tags=("clean", "numbered", "mental-health", "jargon-explained"),
    ),
    Case(
        name="epilepsy-rescue-trigger-clean",
        sections={
            "C": (
                "Jamal is 13 and has epilepsy that is not fully controlled. He has seizures where "
                "he falls and shakes, about twice a month, and he sleeps for up to two hours "
                "afterwards, missing lessons."
            ),
            "E": (
                "- By July 2027, I will catch up on the work I miss after a seizure within one "
                "week, every time, with help from my form tutor.\n"
                "- From September 2026, every seizure I have in school will be handled by a "
                "trained adult following my seizure plan, checked in my seizure log each term."
            ),
            "G": (
                "- The epilepsy specialist nurse from Dunmarra Children's Hospital will train six "
                "named staff in Jamal's emergency seizure plan in a two-hour session each "
                "September for the 2026/27 and 2027/28 school years.\n"
                "- If a seizure lasts more than 5 minutes, one of the six trained staff will give "
                "Jamal his emergency medicine as written in his seizure plan and call 999, until "
                "July 2028.\n"
                "- After each seizure Jamal's form tutor will agree a catch-up plan with him "
                "within "
                "two school days, until July 2028."
            ),
        },
        tags=("clean", "epilepsy", "conditional-trigger", "bullets"),
    ),
    Case(
        name="palliative-fatigue-paragraphs-clean",
        sections={
            "C": (
                "Hollie is 7. She has a life-limiting heart condition and is cared for by the "
                "Elmhallow children's hospice team as well as the heart team. She becomes very "
                "tired by late morning and needs to rest lying down. She is often breathless "
                "when walking more than a short distance."
            ),
            "E": (
                "By the end of the autumn term 2026, I will tell an adult when I need to rest, "
                "using my rest card, on every school day for two weeks.\n"
                "By July 2027, I will get around school in my lightweight wheelchair pushed by an "
                "adult so that I reach every lesson on time on 4 days out of 5."
            ),
            "G": (
                "The children's community nurse from the Elmhallow hospice team will agree a rest "
                "plan with Hollie's class teacher in a one-hour visit in September 2026 and review "
                "it once each half term until July 2027. Hollie's teaching assistant, trained by "
                "the community nurse, will give Hollie a 20-minute lying-down rest in the quiet "
                "room at 11am every school day until July 2027. Hollie's teaching assistant will "
                "push her wheelchair between lessons and at break time every school day until July "
                "2027, after one 30-minute moving and handling session with the children's "
                "occupational therapist in September 2026."
            ),
        },
        tags=("clean", "palliative", "paragraphs"),
    ),
    Case(
        name="hearing-aids-flattened-table-clean",
        sections={
            "C": (
                "Ethan (Reception) has a permanent hearing loss in both ears and wears two "
                "hearing aids. He misses what is said in noisy rooms and when the speaker is "
                "behind him."
            ),
            "E": (
                "By July 2027, I will follow a two-step instruction from my teacher in class on 4 "
                "out of 5 tries, using my hearing aids and radio aid."
            ),
            "G": (
                "What | Who | When\n"
                "Check that both hearing aids and the radio aid work | Ethan's teaching assistant, "
                "trained by the audiology service | every morning on arrival, for the 2026/27 "
                "school "
                "year\n"
                "Hearing aid review and retuning | Children's audiologist, Penhallack Audiology "
                "Service | every six months until Ethan starts Year 2\n"
                "Advice visit to set up the classroom for listening | Teacher of the deaf, "
                "Penhallack Sensory Support | one 90-minute visit per term for the 2026/27 school "
                "year"
            ),
        },
        tags=("clean", "table", "sensory", "hearing"),
    ),
    Case(
        name="cerebral-palsy-standing-clean",
        sections={
            "C": (
                "Dara is 5 and has cerebral palsy affecting both legs. His leg muscles are tight, "
                "so he cannot stand without holding on and his ankles stiffen if they are not "
                "stretched every day."
            ),
            "E": (
                "- By July 2027, I will stand in my standing frame for 30 minutes during story "
                "time on 4 days out of 5.\n"
                "- By July 2027, I will keep the movement in my ankles, measured by my "
                "physiotherapist in June 2027, the same as or better than in September 2026."
            ),
            "G": (
                "This provision runs for the 2026/27 school year.\n"
                "- A children's physiotherapist from Wickmere Community Children's Services will "
                "set up Dara's standing frame and stretching programme and train two teaching "
                "assistants in one two-hour visit in September 2026, then review it once a half "
                "term.\n"
                "- The two trained teaching assistants will help Dara stand in his standing frame "
                "for 30 minutes every school day.\n"
                "- The two trained teaching assistants will do his ankle stretches for 10 minutes "
                "each morning on school days."
            ),
        },
        tags=("clean", "cerebral-palsy", "section-duration", "bullets"),
    ),
    Case(
        name="gastrostomy-feeds-clean",
        sections={
            "C": (
                "Mia is 4 and has a gastrostomy, a small tube into her stomach through which she "
                "is fed because she cannot take enough food by mouth. She has two tube feeds "
                "during the nursery day."
            ),
            "E": (
                "By July 2027, I will have both of my tube feeds at nursery on time and without "
                "leaks on every day I attend, so that I have the energy to play."
            ),
            "G": (
                "The Children's Community Nursing team at Harrowdene Health will train two named "
                "nursery practitioners in Mia's tube feeds and tube care in a three-hour session "
                "in "
                "August 2026, and check their skills every six months until Mia starts school.\n"
                "The two trained nursery practitioners will give Mia her feeds at 10am and 1pm on "
                "every day she attends nursery until she starts school in September 2027."
            ),
        },
        tags=("clean", "feeding", "early-years", "jargon-explained"),
    ),
    Case(
        name="arfid-eating-lay-words-clean",
        sections={
            "C": (
                "Theo (14) has avoidant restrictive food intake disorder, which means he eats "
                "only a very small number of foods because new foods make him very anxious. He "
                "eats nothing at school and is tired and cannot concentrate by the afternoon."
            ),
            "E": (
                "By April 2027, I will eat one of my safe foods at lunchtime in school on 4 days "
                "out of 5.\n"
                "By July 2027, I will try one new food each month in my sessions and rate how it "
                "felt."
            ),
            "G": (
                "- A clinical psychologist from the Ashcombry Eating Difficulties Service will see "
                "Theo for a 50-minute session every two weeks from September 2026 to July 2027.\n"
                "- A dietitian from the same service will meet Theo and his parents for 45 minutes "
                "once a month from September 2026 to July 2027 to plan his safe foods.\n"
                "- Theo's head of year will arrange a quiet place for him to eat lunch every "
                "school "
                "day for the 2026/27 school year."
            ),
        },
        tags=("clean", "feeding", "mental-health", "jargon-explained"),
    ),
    Case(
        name="anxiety-school-avoidance-clean",
        sections={
            "C": (
                "Leah is 12. She has severe anxiety and panic attacks, and since March 2026 "
                "she has attended school for only two mornings a week. She cannot go into lessons "
                "in large rooms."
            ),
            "E": (
                "- By December 2026, I will attend school for four mornings a week for four weeks "
                "in a row.\n"
                "- By July 2027, I will attend three lessons a week in my usual classroom, using "
                "my "
                "calming plan when I feel panicky."
            ),
            "G": (
                "- A mental health practitioner from the Fenwold Children and Young People's "
                "Mental Health Service will give Leah 10 one-hour sessions of talking therapy for "
                "anxiety, once a week, starting in October 2026.\n"
                "- The mental health practitioner will meet Leah's head of year for 30 minutes "
                "once a half term until July 2027 to plan her gradual return to lessons."
            ),
        },
        tags=("clean", "mental-health", "bullets"),
    ),
    Case(
        name="spina-bifida-catheter-clean",
        sections={
            "C": (
                "Priya (Year 8) has spina bifida. She cannot feel when her bladder is full and "
                "empties it with a catheter (a thin tube) four times a day, twice during school "
                "hours. She is learning to do this herself."
            ),
            "E": (
                "By July 2027, I will do my own catheter at school, with an adult checking, at "
                "every planned time for a whole term."
            ),
            "G": (
                "The children's continence nurse from Sallowfield Community Health will teach "
                "Priya and train two named teaching assistants in clean catheter care, in one "
                "90-minute session in September 2026 and a one-hour review each term until July "
                "2027. One of the two trained teaching assistants will supervise Priya's catheter "
                "at 11am and 2pm every school day until July 2027."
            ),
        },
        tags=("clean", "continence", "physical", "jargon-explained"),
    ),
    Case(
        name="hip-surgery-return-clean",
        sections={
            "C": (
                "Callum is 10 and has cerebral palsy. He had surgery on both hips in June 2026 "
                "and is in plaster until August. When he returns in September he will not be able "
                "to walk and will need help to move between his wheelchair and a chair."
            ),
            "E": (
                "By February 2027, I will walk 10 metres in class with my walker and one adult "
                "beside me.\n"
                "By December 2026, I will move from my wheelchair to my class chair safely with "
                "one adult helping, every time."
            ),
            "G": (
                "1. A children's physiotherapist from Redbarrow Children's Therapy will see Callum "
                "in "
                "school for 45 minutes twice a week from September to December 2026, then once a "
                "week from January to July 2027.\n"
                "2. The physiotherapist will train two named teaching assistants to help Callum "
                "move safely between his wheelchair and a chair in one hour-long session in "
                "September 2026.\n"
                "3. The two trained teaching assistants will help Callum with every move between "
                "his wheelchair and a chair in school until July 2027."
            ),
        },
        tags=("clean", "post-surgery", "numbered"),
    ),
    Case(
        name="sleep-angelman-clean",
        sections={
            "C": (
                "Ruby is 6 and has Angelman syndrome, a rare genetic condition that often causes "
                "very disturbed sleep. She wakes for two "
                "to three hours most nights and arrives at school exhausted."
            ),
            "E": (
                "By April 2027, I will sleep for at least 8 hours on 5 nights out of 7, recorded "
                "in my sleep diary for four weeks."
            ),
            "G": (
                "A sleep practitioner from the Greywold Children's Sleep Service will meet Ruby's "
                "parents for one hour every two weeks from September 2026 to April 2027 to build "
                "a bedtime and night-waking plan, and will phone them between visits once a week."
            ),
        },
        tags=("clean", "sleep", "rare-disease", "lay-clinical-thread"),
    ),
    Case(
        name="visual-impairment-numbered-clean",
        sections={
            "C": (
                "1. Sami is 7 and has cortical visual impairment, which means his eyes work but "
                "his brain has difficulty making sense of what he sees.\n"
                "2. He cannot pick out a picture from a busy page and bumps into objects on his "
                "left side."
            ),
            "E": (
                "1. By July 2027, I will find my own peg, tray and chair in class without help "
                "on 4 days out of 5.\n"
                "2. By July 2027, I will pick the right picture from a page of four simple, "
                "well-spaced pictures on 8 out of 10 tries."
            ),
            "G": (
                "1. A qualified teacher of children with vision impairment from the Morrow Sensory "
                "Support Service will visit school for one hour every two weeks for the 2026/27 "
                "school year to adapt Sami's materials and classroom.\n"
                "2. A habilitation specialist from the same service will teach Sami to move around "
                "school safely in a 40-minute session once a week for the autumn and spring terms "
                "2026/27."
            ),
        },
        tags=("clean", "sensory", "numbered", "jargon-explained"),
    ),
    Case(
        name="asthma-plain-clean",
        sections={
            "C": (
                "Freya (aged 9) has severe asthma and has been admitted to hospital three times "
                "in 2026. She needs her reliever inhaler quickly when she is wheezy, and she "
                "misses PE when her chest is tight."
            ),
            "E": (
                "By July 2027, I will take part in at least 3 out of 4 PE lessons each half term, "
                "using my inhaler before exercise."
            ),
            "G": (
                "- The school nurse from the Brinkholt School Nursing Service will train Freya's "
                "class teacher and PE teacher in her asthma plan and inhaler use in a one-hour "
                "session in September 2026 and again in September 2027.\n"
                "- Freya's PE teacher will remind her to take her inhaler 10 minutes before every "
                "PE lesson until July 2028."
            ),
        },
        tags=("clean", "respiratory", "bullets"),
    ),
    Case(
        name="tracheostomy-one-sentence-clean",
        sections={
            "C": (
                "Noah (3) breathes through a tracheostomy, a tube in the front of his neck, since "
                "his surgery as a baby. The tube can block and must be cleared with suction by a "
                "trained adult within seconds."
            ),
            "E": (
                "By July 2027, I will join in every nursery activity, including outdoor play, with "
                "my trained carer beside me on every day I attend."
            ),
            "G": (
                "A trained children's health carer from the Oakhurne Continuing Care team, "
                "supervised by a children's community nurse, will be with Noah for every hour he "
                "attends nursery (five mornings a week) until he starts school in September 2028, "
                "and will clear his tube when it blocks."
            ),
        },
        tags=("clean", "respiratory", "early-years", "jargon-explained"),
    ),
    Case(
        name="tourettes-tics-clean",
        sections={
            "C": (
                "Harvey is 15 and has Tourette syndrome, with loud vocal tics and arm movements "
                "that he cannot control. His tics get much worse when he is stressed, especially "
                "in exams."
            ),
            "E": (
                "By June 2027, I will use my tic-management technique in lessons and sit all my "
                "mock exams in a separate room without leaving early."
            ),
            "G": (
                "A clinical psychologist from the Kestrel Vale Neurodevelopmental Service will "
                "give "
                "Harvey 8 weekly one-hour sessions of tic therapy from October to December 2026, "
                "then one follow-up session each half term until June 2027.\n"
                "Harvey's head of year will arrange a separate exam room and a named exams "
                "invigilator for all mock and final exams in 2026/27 and 2027/28."
            ),
        },
        tags=("clean", "neurological", "mental-health"),
    ),
    Case(
        name="down-syndrome-glue-ear-mixed-words-clean",
        sections={
            "C": (
                "Grace (aged 5) has Down syndrome. She has fluid behind both eardrums (glue ear), "
                "so her hearing goes up and down, and she has low muscle tone, which makes it hard "
                "for her to sit upright on the carpet."
            ),
            "E": (
                "- By July 2027, I will answer when my name is called from across the classroom on "
                "4 out of 5 tries.\n"
                "- By July 2027, I will sit on my wedge cushion on the carpet for the whole "
                "15-minute story without slumping, on 4 days out of 5."
            ),
            "G": (
                "- The children's audiology service at Halesmere Hospital will test Grace's "
                "hearing every four months until July 2027 and send the results to her teacher.\n"
                "- A children's occupational therapist from Halesmere Community Therapy will "
                "provide a wedge cushion and train her teaching assistant in seating in one visit "
                "in September 2026.\n"
                "- The trained teaching assistant will set up Grace's wedge cushion at every "
                "carpet "
                "session until July 2027."
            ),
        },
        tags=("clean", "sensory", "lay-clinical-thread", "jargon-explained"),
    ),
    Case(
        name="duchenne-fatigue-lift-clean",
        sections={
            "C": (
                "Kacper (Year 7) has Duchenne muscular dystrophy, a genetic condition that makes "
                "the muscles weaker over time. He cannot climb stairs and his arms tire after 10 "
                "minutes of handwriting."
            ),
            "E": (
                "- By December 2026, I will get to every lesson on the upper floor by lift on "
                "time.\n"
                "- By July 2027, I will record my work on a laptop for all lessons longer than 20 "
                "minutes, and finish 4 out of 5 written tasks."
            ),
            "G": (
                "- The school office manager will give Kacper a lift key on his first day and keep "
                "a spare for the 2026/27 school year.\n"
                "- A children's occupational therapist from Lintholme Children's Therapy will "
                "assess Kacper for a laptop and arm support in one 90-minute visit in September "
                "2026 and review his set-up once a term until July 2027."
            ),
        },
        tags=("clean", "neuromuscular", "admin-role", "jargon-explained"),
    ),
    Case(
        name="hydrocephalus-shunt-headache-clean",
        sections={
            "C": (
                "Esme is 11. She has hydrocephalus (extra fluid on the brain) treated with a "
                "shunt, a thin tube that drains the fluid. Headaches, sickness or sleepiness can "
                "mean the shunt is blocked, which is an emergency."
            ),
            "E": (
                "By November 2026, I will tell an adult straight away every time I have a "
                "headache or feel sick, so that my shunt plan is followed."
            ),
            "G": (
                "The brain surgery nurse specialist from Castlemarsh Children's Hospital will "
                "train "
                "Esme's class teacher and two teaching assistants in her shunt warning signs in a "
                "one-hour session in September 2026 and September 2027.\n"
                "If Esme has a headache with sickness or sleepiness, her trained class teacher "
                "will phone her parents and the hospital ward within 15 minutes, until July 2028."
            ),
        },
        tags=("clean", "neurological", "conditional-trigger", "jargon-explained"),
    ),
    Case(
        name="prader-willi-food-security-clean",
        sections={
            "C": (
                "Lewis (aged 10) has Prader-Willi syndrome, a rare genetic condition in which a "
                "child never feels full. He searches for food and becomes very upset when he sees "
                "food he cannot have."
            ),
            "E": (
                "By July 2027, I will follow my picture food timetable at school and stay calm at "
                "snack and lunch on 4 days out of 5."
            ),
            "G": (
                "A dietitian from the Brookhollow Community Dietetics team will write Lewis's "
                "school "
                "food plan with his parents and class teacher in one 90-minute meeting in "
                "September "
                "2026 and review it each term until July 2027.\n"
                "Lewis's class teacher will lock food away in the classroom and keep to his "
                "picture "
                "food timetable every school day for the 2026/27 school year."
            ),
        },
        tags=("clean", "rare-disease", "feeding"),
    ),
    Case(
        name="juvenile-arthritis-flare-clean",
        sections={
            "C": (
                "Nadia (13) has juvenile idiopathic arthritis, a long-term condition in which her "
                "joints become swollen and painful. During flare-ups her knees and wrists are "
                "stiff in the morning and she cannot write for long."
            ),
            "E": (
                "By July 2027, I will arrive in time for period 2 on flare-up days and complete "
                "written classwork using a laptop, with no more than 3 missed days a half term."
            ),
            "G": (
                "- The children's arthritis nurse specialist from Pellworth Hospital will meet "
                "Nadia's "
                "head of year for 45 minutes each term for the 2026/27 school year to update her "
                "flare-up plan.\n"
                "- On flare-up days Nadia's head of year will let her start at period 2 and use a "
                "laptop for written work, for the 2026/27 school year."
            ),
        },
        tags=("clean", "long-term-condition", "jargon-explained", "conditional-trigger"),
    ),
    Case(
        name="brain-tumour-fatigue-clean",
        sections={
            "C": (
                "Finn (aged 12) finished treatment for a brain tumour in May 2026. He has severe "
                "tiredness after treatment and his memory for new information is poor."
            ),
            "E": (
                "- By December 2026, I will attend school every morning and two full days a week.\n"
                "- By July 2027, I will use my memory book to remember homework and equipment on "
                "4 days out of 5."
            ),
            "G": (
                "- A clinical psychologist from the Tamsworth Children's Cancer Service will "
                "assess "
                "Finn's memory and learning in two 90-minute sessions in October 2026 and give "
                "written advice to school.\n"
                "- The children's cancer outreach nurse will meet Finn's form tutor for 30 minutes "
                "every four weeks until July 2027 to increase his school hours step by step.\n"
                "- Finn's form tutor will check his memory book with him for 10 minutes at the end "
                "of every school day until July 2027."
            ),
        },
        tags=("clean", "post-treatment", "bullets"),
    ),
    Case(
        name="sickle-cell-pain-water-clean",
        sections={
            "C": (
                "Adaeze is 8 and has sickle cell disease, an inherited blood condition that can "
                "cause sudden severe pain. Cold and getting dehydrated can bring on a pain "
                "crisis."
            ),
            "E": (
                "By July 2027, I will drink my full water bottle twice every school day and stay "
                "indoors at cold breaktimes, so that I have no pain crises caused at school."
            ),
            "G": (
                "The sickle cell nurse specialist from Ravenmoss Hospital will train Adaeze's "
                "class teacher and teaching assistant in her care plan in one hour in September "
                "2026. Her trained teaching assistant will refill Adaeze's water bottle at morning "
                "break and lunchtime every school day until July 2027. On days colder than 5 "
                "degrees, her trained teaching assistant will stay indoors with her at every "
                "break and lunchtime, until July 2027."
            ),
        },
        tags=("clean", "blood-condition", "paragraphs"),
    ),
    Case(
        name="ocd-washing-clean",
        sections={
            "C": (
                "Imogen is 16 and has obsessive-compulsive disorder, which makes her feel she must "
                "wash her hands many times. She is often late back from breaks and misses the "
                "start "
                "of lessons."
            ),
            "E": (
                "By March 2027, I will be in my seat within 5 minutes of the start of 9 out of 10 "
                "lessons after a break."
            ),
            "G": (
                "A cognitive behavioural therapist from the Wrenfield Young People's Mental Health "
                "Service will see Imogen for 12 weekly one-hour sessions from October 2026 to "
                "January 2027 and for a review session in March 2027."
            ),
        },
        tags=("clean", "mental-health", "post-16"),
    ),
    Case(
        name="chronic-lung-oxygen-clean",
        sections={
            "C": (
                "Tobias is 3. He was born at 24 weeks and has chronic lung disease of prematurity, "
                "so he breathes extra oxygen through a small tube under his nose during the day."
            ),
            "E": (
                "By July 2027, I will play outside with my oxygen for at least 20 minutes a day on "
                "every day I attend nursery."
            ),
            "G": (
                "The Children's Community Nursing team from Wendleby Health will train Tobias's "
                "key "
                "worker and one other nursery practitioner in his oxygen equipment and warning "
                "signs in a two-hour session in September 2026, with a one-hour refresher every "
                "three months until he starts school in September 2027.\n"
                "The two trained nursery practitioners will check his oxygen levels with his "
                "finger "
                "monitor at the start and middle of every session until September 2027."
            ),
        },
        tags=("clean", "neonatal", "respiratory", "early-years"),
    ),
    Case(
        name="ptsd-looked-after-clean",
        sections={
            "C": (
                "Kai (aged 14) is a looked-after child. After serious trauma in early childhood he "
                "startles easily and becomes aggressive when an adult raises their "
                "voice."
            ),
            "E": (
                "By July 2027, I will use my calm-down card and go to my safe space instead of "
                "fighting, with no more than one exclusion in the school year."
            ),
            "G": (
                "- A clinical psychologist from the Harlbeck Bridge Children in Care Health Team "
                "will "
                "see Kai for a one-hour trauma therapy session every week from October 2026 to "
                "July "
                "2027.\n"
                "- The same psychologist will train Kai's form tutor and head of year in "
                "trauma-aware responses in one two-hour session in October 2026."
            ),
        },
        tags=("clean", "mental-health", "looked-after"),
    ),
    Case(
        name="hypermobility-handwriting-clean",
        sections={
            "C": (
                "Ava (Year 3) has joint hypermobility, which means her joints bend further than "
                "usual. Her fingers ache after a few minutes of writing and she falls easily in PE."
            ),
            "E": (
                "- By July 2027, I will write for 10 minutes with my pencil grip without stopping "
                "because of pain, on 4 days out of 5.\n"
                "- By July 2027, I will join in all PE lessons using my adapted activities."
            ),
            "G": (
                "For the 2026/27 school year:\n"
                "- A children's occupational therapist from Saltmere Children's Therapies will "
                "teach "
                "Ava's teaching assistant her hand exercises in one visit in September 2026 and "
                "review them once a term.\n"
                "- The trained teaching assistant will do 10 minutes of hand exercises with Ava "
                "three times a week.\n"
                "- A children's physiotherapist from the same service will write an adapted PE "
                "plan with Ava's PE teacher in one 45-minute meeting in September 2026."
            ),
        },
        tags=("clean", "section-duration", "jargon-explained"),
    ),
    Case(
        name="neonatal-brain-injury-feeding-walking-clean",
        sections={
            "C": (
                "Ellis is 4. He had a lack of oxygen at birth, which damaged part of his brain. He "
                "walks with a frame for short distances only and he chokes on lumpy food."
            ),
            "E": (
                "By July 2027, I will walk with my frame from the classroom to the hall with an "
                "adult beside me, every school day.\n"
                "By July 2027, I will eat soft mashed food at lunch without choking on every day "
                "for a whole half term."
            ),
            "G": (
                "Provision | Provider | Frequency | Duration\n"
                "Walking programme with his frame | Children's physiotherapist, Alderbeck "
                "Community Children's Team | 30 minutes once a week | September 2026 to July 2027\n"
                "Practice walks to the hall | Teaching assistant trained by the physiotherapist | "
                "twice a day | September 2026 to July 2027\n"
                "Eating and drinking plan and staff training | Speech and language therapist, "
                "Alderbeck Community Children's Team | one-hour visit each half term | September "
                "2026 to July 2027\n"
                "Preparing mashed food and feeding Ellis at lunch | Lunchtime staff trained by the "
                "speech and language therapist | every school lunch | September 2026 to July 2027"
            ),
        },
        tags=("clean", "neonatal", "table", "lay-clinical-thread"),
    ),
    Case(
        name="deafblind-charge-clean",
        sections={
            "C": (
                "Maisie is 6 and has a rare genetic syndrome that affects many parts of the "
                "body. She has a severe hearing loss and sees only shapes and light, so she "
                "learns through touch and signs made on her hands."
            ),
            "E": (
                "By July 2027, I will use 20 touch signs with my support worker to ask for things "
                "I "
                "want during the school day."
            ),
            "G": (
                "A qualified teacher for children with multi-sensory impairment from the Fernley "
                "Sensory Team will visit for two hours every two weeks in the 2026/27 school year "
                "to teach Maisie's intervenor (a support worker trained in deafblind "
                "communication) "
                "new touch signs. Maisie's intervenor, trained by the Fernley Sensory Team, will "
                "work with her for every hour of the school day in the 2026/27 school year."
            ),
        },
        tags=("clean", "sensory", "rare-disease"),
    ),
    Case(
        name="crohns-toilet-pass-clean",
        sections={
            "C": (
                "Yusuf is 15 and has Crohn's disease, a long-term condition that inflames the gut. "
                "He needs the toilet urgently and often, and misses parts of lessons when he is "
                "unwell."
            ),
            "E": (
                "By July 2027, I will use my toilet pass without being questioned on every "
                "occasion, and catch up on missed work within one week on 9 out of 10 occasions."
            ),
            "G": (
                "- The children's gut nurse specialist from Hartwyn Hospital will meet Yusuf's "
                "head of year for 45 minutes in September 2026 and September 2027 to agree his "
                "school health plan.\n"
                "- Yusuf's head of year will give him a toilet pass and a key to the accessible "
                "toilet for every school day until July 2028.\n"
                "- Yusuf's form tutor will send him the work from any lesson he misses within two "
                "school days, until July 2028."
            ),
        },
        tags=("clean", "continence", "long-term-condition"),
    ),
    # ------------------------------------------------------------------ plan, faulty
    Case(
        name="gt-daytime-wetting-no-provision",
        sections={
            "C": (
                "- Oscar (aged 7) has a weak swallow and coughs at most meals.\n"
                "- He is also wet during the day on most school days."
            ),
            "E": (
                "- By July 2027, I will eat my lunch without coughing on 4 days out of 5.\n"
                "- By July 2027, I will stay dry at school on 4 days out of 5 for a whole half "
                "term."
            ),
            "G": (
                "- A speech and language therapist from Corriemoor Children's Services will write "
                "a "
                "mealtime plan for Oscar and train two lunchtime staff in one 90-minute visit in "
                "September 2026, then review it every half term until July 2027.\n"
                "- The two trained lunchtime staff will follow Oscar's mealtime plan at every "
                "school "
                "lunch until July 2027."
            ),
        },
        expected=(("golden_thread", "C", "He is also wet during the day on most school days."),),
        tags=("golden_thread", "continence", "feeding", "bullets"),
    ),
    Case(
        name="gt-physio-meets-no-need",
        sections={
            "C": (
                "Bethany is 10 and has a severe stammer. She "
                "avoids speaking in class because she is afraid of getting stuck on words."
            ),
            "E": (
                "By July 2027, I will answer one question aloud in class each day on 4 days out of "
                "5, using my smooth-talking techniques."
            ),
            "G": (
                "A speech and language therapist from the Quarrington Stammering Service will see "
                "Bethany for a 45-minute session every week from October to December 2026 and "
                "every two weeks from January to July 2027.\n"
                "A children's physiotherapist from Quarrington Community Therapy will run a "
                "30-minute balance and coordination group for Bethany once a week for the "
                "2026/27 school year."
            ),
        },
        expected=(
            (
                "golden_thread",
                "G",
                "A children's physiotherapist from Quarrington Community Therapy will run a "
                "30-minute balance and coordination group for Bethany once a week for the "
                "2026/27 school year.",
            ),
        ),
        tags=("golden_thread", "provision-no-need", "communication"),
    ),
    Case(
        name="gt-sleep-need-no-outcome",
        sections={
            "C": (
                "Marcus is 9 and autistic. He finds noisy rooms overwhelming and covers his ears "
                "and runs out of the dinner hall. He takes up to three hours to fall asleep, so "
                "he is often too tired to learn in the morning."
            ),
            "E": (
                "By July 2027, I will eat my lunch in the dinner hall wearing my ear defenders on "
                "4 days out of 5."
            ),
            "G": (
                "- A children's occupational therapist from Selbourne Children's Therapy will "
                "write a sensory plan for Marcus and train his teaching assistant in one two-hour "
                "visit in September 2026.\n"
                "- Marcus's trained teaching assistant will follow the sensory plan with him every "
                "lunchtime for the 2026/27 school year.\n"
                "- A sleep practitioner from the Selbourne Children's Sleep Service will meet "
                "Marcus's parents for one hour every three weeks from September 2026 to March 2027."
            ),
        },
        expected=(
            (
                "golden_thread",
                "C",
                "He takes up to three hours to fall asleep, so he is often too tired to learn in "
                "the morning.",
            ),
        ),
        tags=("golden_thread", "sleep", "autism", "need-no-outcome"),
    ),
    Case(
        name="gt-enuresis-explained-no-provision",
        sections={
            "C": (
                "1. Jessica (aged 12) has a mild cerebral palsy affecting her right side, so her "
                "right hand is weak.\n"
                "2. She has nocturnal enuresis (she wets the bed at night), which has stopped her "
                "going on school residential trips."
            ),
            "E": (
                "1. By July 2027, I will type my classwork using both hands at 15 words a minute.\n"
                "2. By June 2027, I will be dry at night for 6 nights out of 7 so that I can go on "
                "the Year 8 residential."
            ),
            "G": (
                "1. A children's occupational therapist from Dennholt Community Children's Team "
                "will give Jessica a 45-minute session every two weeks in school from September "
                "2026 to July 2027 to strengthen her right hand and teach typing."
            ),
        },
        expected=(
            (
                "golden_thread",
                "C",
                "She has nocturnal enuresis (she wets the bed at night), which has stopped her "
                "going on school residential trips.",
            ),
        ),
        tags=("golden_thread", "continence", "numbered", "jargon-explained"),
    ),
    Case(
        name="gt-dietitian-row-no-need",
        sections={
            "C": (
                "Rowan is 6 and has spinal muscular atrophy, a genetic condition that weakens the "
                "muscles. He uses a powered wheelchair and cannot get in and out of it without "
                "being lifted with a hoist."
            ),
            "E": (
                "By July 2027, I will be moved safely from my wheelchair to my standing frame and "
                "the changing bed with a hoist every time, with no injuries or falls."
            ),
            "G": (
                "Provision | Provider | Frequency | Duration\n"
                "Hoisting plan and training for two teaching assistants | Children's "
                "occupational therapist, Burwell Children's Therapy | one two-hour visit, then a "
                "one-hour review each term | 2026/27 school year\n"
                "Hoisting for every transfer | The two teaching assistants trained by the "
                "occupational therapist | every transfer | 2026/27 school year\n"
                "Weight and diet review | Children's dietitian, Burwell Community Dietetics | "
                "every "
                "three months | 2026/27 school year"
            ),
        },
        expected=(
            (
                "golden_thread",
                "G",
                "Weight and diet review | Children's dietitian, Burwell Community Dietetics | "
                "every "
                "three months | 2026/27 school year",
            ),
        ),
        tags=("golden_thread", "table", "neuromuscular", "provision-no-need"),
    ),
    Case(
        name="gt-two-needs-missing-long-paragraph",
        sections={
            "C": (
                "Lola is 8 and was born at 28 weeks after her mother was very unwell in pregnancy. "
                "She was diagnosed with a heart condition soon after birth and had an operation at "
                "six months, and the heart team now see her once a year. Lola has poor balance and "
                "falls several times a day in the playground. She gets very anxious when routines "
                "change and has outbursts that last up to 30 minutes. She has constipation that "
                "causes soiling accidents at school about twice a week."
            ),
            "E": (
                "By July 2027, I will play on the playground equipment with no more than one fall "
                "a week.\n"
                "By July 2027, I will stay calm when my timetable changes on 4 out of 5 occasions, "
                "using my change card.\n"
                "By July 2027, I will have no soiling accidents at school for a whole half term."
            ),
            "G": (
                "A children's physiotherapist from Greenhythe Children's Community Services will "
                "see Lola in school for 40 minutes once a week from September 2026 to July 2027 to "
                "work on her balance."
            ),
        },
        expected=(
            (
                "golden_thread",
                "C",
                "She gets very anxious when routines change and has outbursts that last up to 30 "
                "minutes.",
            ),
            (
                "golden_thread",
                "C",
                "She has constipation that causes soiling accidents at school about twice a week.",
            ),
        ),
        tags=("golden_thread", "paragraphs", "neonatal", "continence", "mental-health"),
    ),
    Case(
        name="gt-anxiety-no-provision-camhs-acronym",
        sections={
            "C": (
                "- Daniel (Year 10) has a chronic pain condition in his legs and uses crutches on "
                "bad days.\n"
                "- He has low mood and has told staff he feels hopeless. He is on the CAMHS "
                "waiting "
                "list."
            ),
            "E": (
                "- By July 2027, I will get to lessons on time using the lift on bad pain days.\n"
                "- By July 2027, I will rate my mood at 6 out of 10 or better for 4 weeks in a row."
            ),
            "G": (
                "- The children's pain team nurse from Ellingham Hospital will meet Daniel's head "
                "of year for 45 minutes each term for the 2026/27 school year to agree his pain "
                "plan.\n"
                "- Daniel's head of year will give him a lift pass and 5 minutes' early leave from "
                "lessons every school day for the 2026/27 school year."
            ),
        },
        expected=(
            (
                "golden_thread",
                "C",
                "He has low mood and has told staff he feels hopeless.",
            ),
            ("acronym", "C", "CAMHS"),
        ),
        tags=("golden_thread", "acronym", "mental-health", "pain"),
    ),
    Case(
        name="gt-need-neither-outcome-nor-provision",
        sections={
            "C": (
                "Health needs\n"
                "Aria is 5. She has microcephaly (a smaller than usual head, with slower brain "
                "development). She is not yet walking on her own. She does not use any words yet "
                "and tells people what she wants by crying and reaching."
            ),
            "E": (
                "By July 2027, I will take 10 steps on my own between two adults in the classroom."
            ),
            "G": (
                "A children's physiotherapist from Netherby Children's Therapy will see Aria in "
                "school for 30 minutes every week for the 2026/27 school year and train her "
                "teaching assistant in her walking practice in September 2026. Aria's trained "
                "teaching assistant will do walking practice with her for 10 minutes twice a day "
                "every school day for the 2026/27 school year."
            ),
        },
        expected=(
            (
                "golden_thread",
                "C",
                "She does not use any words yet and tells people what she wants by crying and "
                "reaching.",
            ),
        ),
        tags=("golden_thread", "rare-disease", "jargon-explained", "heading"),
    ),
    Case(
        name="gt-feeding-need-no-outcome-numbered-typos",
        sections={
            "C": (
                "1. Benji is 2 and a half. He was born at 25 weeks and had a bowel operation as a "
                "newborn.\n"
                "2. He refuses most solid food and still has most of his calories from milk feeds "
                "from a bottle.\n"
                "3. His speach is delayed and he uses about 10 words."
            ),
            "E": (
                "1. By July 2027, I will use 50 words or signs to ask for things at nursery and "
                "at home."
            ),
            "G": (
                "1. A speech and language therapist from Holmvale Early Years Team will see "
                "Benji at nursery for 30 minutes every two weeks from September 2026 to July "
                "2027.\n"
                "2. A childrens dietitian from the same team will see Benji and his parents for 45 "
                "minutes once a month from September 2026 to July 2027 to widen the foods he eats."
            ),
        },
        expected=(
            (
                "golden_thread",
                "C",
                "He refuses most solid food and still has most of his calories from milk feeds "
                "from a bottle.",
            ),
        ),
        tags=("golden_thread", "feeding", "neonatal", "early-years", "typos", "numbered"),
    ),
    Case(
        name="gt-clinical-c-lay-provision-missing-continence",
        sections={
            "C": (
                "Sienna (aged 14) has Ehlers-Danlos syndrome, an inherited condition that makes "
                "her joints loose and easily dislocated, and her fingers hurt when she writes. "
                "She also has postural tachycardia "
                "syndrome (her heart races when she stands up), so she faints if she stands for "
                "long."
            ),
            "E": (
                "- By July 2027, I will use my laptop and adapted pen to finish 4 out of 5 written "
                "tasks in lessons.\n"
                "- By July 2027, I will have no faints in school for a whole term by following my "
                "fluids and sitting plan."
            ),
            "G": (
                "- A children's occupational therapist from Marlpit Children's Therapy will assess "
                "Sienna for a laptop and adapted pen in one visit in September 2026 and review "
                "them each term for the 2026/27 school year."
            ),
        },
        expected=(
            (
                "golden_thread",
                "C",
                "She also has postural tachycardia syndrome (her heart races when she stands up), "
                "so she faints if she stands for long.",
            ),
        ),
        tags=("golden_thread", "rare-disease", "jargon-explained"),
    ),
    Case(
        name="access-to-quiet-room-no-frequency",
        sections={
            "C": (
                "Harriet is 11 and has generalised anxiety. When she feels panicky in class she "
                "freezes and cannot work."
            ),
            "E": (
                "By July 2027, I will use my quiet-room pass and return to class within 10 minutes "
                "on 4 out of 5 occasions."
            ),
            "G": (
                "- A mental health practitioner from the Thornaby Vale Mental Health Support Team "
                "will see Harriet for eight weekly 45-minute sessions in school from October to "
                "December 2026.\n"
                "- Harriet will have access to a quiet room with her form tutor for the 2026/27 "
                "school year."
            ),
        },
        expected=(
            ("unspecified_provision", "G", "access to"),
            (
                "no_frequency",
                "G",
                "Harriet will have access to a quiet room with her form tutor for the 2026/27 "
                "school year.",
            ),
        ),
        tags=("unspecified_provision", "no_frequency", "mental-health", "bullets"),
    ),
    Case(
        name="regular-physio-no-frequency",
        sections={
            "C": (
                "Mohammed (aged 6) has arthrogryposis, which means several of his joints were "
                "stiff and bent from birth. He cannot hold a pencil or climb steps without help."
            ),
            "E": (
                "By July 2027, I will climb the three steps into my classroom holding the rail, "
                "with an adult beside me, every school day."
            ),
            "G": (
                "Mohammed will receive regular physiotherapy in school from a children's "
                "physiotherapist from Wolverdon Children's Therapy until July 2027.\n"
                "A children's occupational therapist from the same service will see him for 30 "
                "minutes every two weeks until July 2027 to work on pencil grip."
            ),
        },
        expected=(
            ("unspecified_provision", "G", "regular"),
            (
                "no_frequency",
                "G",
                "Mohammed will receive regular physiotherapy in school from a children's "
                "physiotherapist from Wolverdon Children's Therapy until July 2027.",
            ),
            (
                "golden_thread",
                "C",
                "He cannot hold a pencil or climb steps without help.",
            ),
        ),
        tags=("unspecified_provision", "no_frequency", "golden_thread", "rare-disease"),
    ),
    Case(
        name="as-required-nursing-review",
        sections={
            "C": (
                "Evie is 4 and has a colostomy bag because of a bowel condition she was born with. "
                "The bag needs emptying and sometimes changing during the nursery day."
            ),
            "E": (
                "By July 2027, I will have my bag emptied and changed in private at nursery so "
                "that I have no leaks on my clothes on any day for a whole half term."
            ),
            "G": (
                "The Children's Community Nursing team from Coldharbour Health will train two "
                "named "
                "nursery practitioners in Evie's bag care in a two-hour session in September "
                "2026. The nursing team will review their skills as required until she starts "
                "school.\n"
                "The two trained nursery practitioners will empty Evie's bag before lunch and at "
                "home time, and change it if it leaks, on every day she attends until she starts "
                "school in September 2027."
            ),
        },
        expected=(
            ("unspecified_provision", "G", "as required"),
            (
                "no_frequency",
                "G",
                "The nursing team will review their skills as required until she starts school.",
            ),
            ("jargon", "C", "colostomy"),
        ),
        tags=("unspecified_provision", "no_frequency", "jargon", "continence", "early-years"),
    ),
    Case(
        name="should-hedge-movement-breaks",
        sections={
            "C": (
                "Noel is 8 and has developmental coordination disorder, which means his body "
                "movements are clumsy and poorly planned, and he cannot sit still on a chair for "
                "more than 10 minutes."
            ),
            "E": (
                "By July 2027, I will stay seated and working for 20 minutes in literacy and maths "
                "on 4 days out of 5, after my movement break."
            ),
            "G": (
                "A children's occupational therapist from Felbridge Children's Therapy will write "
                "a "
                "movement break plan with Noel's class teacher in one 60-minute visit in September "
                "2026.\n"
                "Noel's class teacher should give him a five-minute movement break every 20 "
                "minutes during lessons for the 2026/27 school year."
            ),
        },
        expected=(("unspecified_provision", "G", "should"),),
        tags=("unspecified_provision", "hedge", "jargon-explained"),
    ),
    Case(
        name="where-possible-and-as-appropriate",
        sections={
            "C": (
                "- Lottie (Year 5) has coeliac disease and type 1 diabetes.\n"
                "- She must not eat anything containing gluten (found in wheat, barley and rye).\n"
                "- Her blood sugar must be checked before lunch and PE."
            ),
            "E": (
                "- By July 2027, I will choose a gluten-free school lunch from the menu myself "
                "every day.\n"
                "- By July 2027, I will check my own blood sugar before lunch and PE with an adult "
                "watching, every time."
            ),
            "G": (
                "- The school cook, trained in gluten-free cooking by the catering company, will "
                "provide a gluten-free lunch every school day "
                "for the 2026/27 school year, where possible.\n"
                "- The children's diabetes nurse specialist from Ludham Cross Hospital will train "
                "two teaching assistants as appropriate in September 2026.\n"
                "- One of the two trained teaching assistants will watch Lottie check her blood "
                "sugar before lunch and before PE every school day for the 2026/27 school year."
            ),
        },
        expected=(
            ("unspecified_provision", "G", "where possible"),
            ("unspecified_provision", "G", "as appropriate"),
        ),
        tags=("unspecified_provision", "diabetes", "bullets", "hedge"),
    ),
    Case(
        name="opportunities-for-social-no-frequency-no-duration",
        sections={
            "C": (
                "Ibrahim is 13 and autistic. He has no friends at school and spends every break "
                "alone in the library, and he says he feels lonely."
            ),
            "E": (
                "By July 2027, I will spend at least two lunchtimes a week with my lunch club "
                "group and name one person I like talking to."
            ),
            "G": (
                "Ibrahim's form tutor will provide opportunities for him to join a lunchtime club."
            ),
        },
        expected=(
            ("unspecified_provision", "G", "opportunities for"),
            (
                "no_frequency",
                "G",
                "Ibrahim's form tutor will provide opportunities for him to join a lunchtime club.",
            ),
            (
                "no_duration",
                "G",
                "Ibrahim's form tutor will provide opportunities for him to join a lunchtime club.",
            ),
        ),
        tags=("unspecified_provision", "no_frequency", "no_duration", "autism"),
    ),
    Case(
        name="support-as-needed-continence-staff",
        sections={
            "C": (
                "Archie (aged 5) has global developmental delay, which means he is behind in all "
                "areas of his development, and he is not yet toilet trained. He wears pull-ups."
            ),
            "E": (
                "By July 2027, I will sit on the toilet when taken every two hours and pass urine "
                "into it at least once a day on 4 days out of 5."
            ),
            "G": (
                "Provision for the 2026/27 school year:\n"
                "- The school nurse from Hollinsby School Nursing will write a toileting plan with "
                "Archie's parents and class teacher in one 45-minute meeting in September 2026.\n"
                "- Staff will take Archie to the toilet every two hours.\n"
                "- The class teacher will give support as needed with changing."
            ),
        },
        expected=(
            ("no_provider", "G", "Staff will take Archie to the toilet every two hours."),
            ("unspecified_provision", "G", "support as needed"),
            (
                "no_frequency",
                "G",
                "The class teacher will give support as needed with changing.",
            ),
        ),
        tags=("unspecified_provision", "no_provider", "no_frequency", "continence"),
    ),
    Case(
        name="no-duration-speech-sessions",
        sections={
            "C": (
                "Kieran is 7 and has a cleft palate that was repaired when he was a baby. His "
                "speech is hard for people outside his family to understand."
            ),
            "E": (
                "By July 2027, my teacher will understand 3 out of 4 things I say in class, as "
                "checked by my speech therapist in June 2027."
            ),
            "G": (
                "A speech and language therapist from the Pennard Cleft Lip and Palate Team will "
                "see Kieran in school for a 30-minute session every week."
            ),
        },
        expected=(
            (
                "no_duration",
                "G",
                "A speech and language therapist from the Pennard Cleft Lip and Palate Team will "
                "see Kieran in school for a 30-minute session every week.",
            ),
        ),
        tags=("no_duration", "communication"),
    ),
    Case(
        name="passive-splints-no-provider",
        sections={
            "C": (
                "Matilda is 9 and has cerebral palsy. She wears splints on both lower legs to "
                "stop her ankles tightening, and she has pressure marks when they are left on too "
                "long."
            ),
            "E": (
                "By July 2027, I will wear my splints for four hours every school day with no "
                "pressure marks."
            ),
            "G": (
                "All provision runs until the annual review in July 2027.\n"
                "1. An orthotist (a specialist who makes splints) from Bramhope Hospital will "
                "check "
                "the fit of Matilda's splints every three months.\n"
                "2. Matilda's splints will be put on each morning and taken off at 1pm, and her "
                "skin checked."
            ),
        },
        expected=(
            (
                "no_provider",
                "G",
                "Matilda's splints will be put on each morning and taken off at 1pm, and her skin "
                "checked.",
            ),
        ),
        tags=("no_provider", "passive", "cerebral-palsy", "section-duration", "numbered"),
    ),
    Case(
        name="untrained-lunchtime-supervisor",
        sections={
            "C": (
                "Riley is 10 and has a severe peanut and tree nut allergy. He has had two serious "
                "reactions needing hospital treatment."
            ),
            "E": (
                "By July 2027, I will eat every school lunch and snack with no allergic reaction, "
                "and I will tell an adult straight away if I feel unwell."
            ),
            "G": (
                "- The school nurse from Chellow Dene School Nursing will train Riley's class "
                "teacher and teaching assistant to use his allergy pen in one hour in September "
                "2026 and September 2027.\n"
                "- A lunchtime supervisor will check Riley's food before he eats at every lunch "
                "until July 2028."
            ),
        },
        expected=(
            (
                "no_provider",
                "G",
                "A lunchtime supervisor will check Riley's food before he eats at every lunch "
                "until July 2028.",
            ),
        ),
        tags=("no_provider", "allergy"),
    ),
    Case(
        name="no-frequency-pool-programme",
        sections={
            "C": (
                "Zara (aged 12) has a spinal cord injury from a car accident in January 2026 and "
                "uses a "
                "manual wheelchair. Her hips and knees stiffen if she does not exercise them."
            ),
            "E": (
                "By July 2027, I will keep the movement in my hips and knees the same as in "
                "September 2026, measured by my physiotherapist."
            ),
            "G": (
                "A children's physiotherapist from Harcombe Children's Physiotherapy will run a "
                "swimming pool exercise programme with Zara for the 2026/27 school year."
            ),
        },
        expected=(
            (
                "no_frequency",
                "G",
                "A children's physiotherapist from Harcombe Children's Physiotherapy will run a "
                "swimming pool exercise programme with Zara for the 2026/27 school year.",
            ),
        ),
        tags=("no_frequency", "acquired-injury"),
    ),
    Case(
        name="outcome-happy-settled",
        sections={
            "C": (
                "Sophie is 6 and has a rare chromosome difference (a missing piece of chromosome "
                "18). She becomes upset and cries for long periods when she arrives at school."
            ),
            "E": "Sophie will be happy and settled in school.",
            "G": (
                "A clinical psychologist from the Farleigh Learning Disability Service will meet "
                "Sophie's parents and class teacher for one hour every four weeks from September "
                "2026 to July 2027 to plan a calm start to her day."
            ),
        },
        expected=(("outcome_not_smart", "E", "Sophie will be happy and settled in school."),),
        tags=("outcome_not_smart", "rare-disease"),
    ),
    Case(
        name="outcome-improve-communication-mixed",
        sections={
            "C": (
                "- Tariq (aged 4) has a severe speech and language delay and says only single "
                "words.\n"
                "- He has glue ear (fluid behind the eardrums) that comes and goes."
            ),
            "E": (
                "- To improve his communication skills.\n"
                "- By July 2027, my hearing will be tested every four months and my nursery will "
                "know the results within two weeks each time."
            ),
            "G": (
                "- A speech and language therapist from Ottery Fields Early Years Service will see "
                "Tariq at nursery for 30 minutes every two weeks until he starts school in "
                "September 2027.\n"
                "- The children's audiology service at Ottery Fields Hospital will test Tariq's "
                "hearing every four months until September 2027."
            ),
        },
        expected=(("outcome_not_smart", "E", "To improve his communication skills."),),
        tags=("outcome_not_smart", "communication", "early-years", "bullets"),
    ),
    Case(
        name="salt-acronym-provision",
        sections={
            "C": (
                "Ruby-Mae (aged 9) has a language disorder. She cannot follow instructions with "
                "more than two parts and struggles to find words."
            ),
            "E": (
                "By July 2027, I will follow three-part instructions in class on 4 out of 5 tries."
            ),
            "G": (
                "The SALT from Withernsea Vale Children's Speech Service will see Ruby-Mae for a "
                "40-minute session every two weeks for the 2026/27 school year and set targets "
                "for her teaching assistant."
            ),
        },
        expected=(("acronym", "G", "SALT"),),
        tags=("acronym", "communication"),
    ),
    Case(
        name="ot-acronym-and-jargon-proprioceptive",
        sections={
            "C": (
                "Alfie is 7 and autistic. He seeks movement all the time, crashes into people and "
                "furniture, and cannot sit on the carpet."
            ),
            "E": (
                "By July 2027, I will sit on the carpet with my wobble cushion for 10 minutes on 4 "
                "days out of 5."
            ),
            "G": (
                "1. An OT from Carrowby Children's Therapy will visit school once a half term for "
                "the 2026/27 school year to write Alfie's sensory plan and train his teaching "
                "assistant.\n"
                "2. Alfie's trained teaching assistant will give him 10 minutes of proprioceptive "
                "activities before each carpet session for the 2026/27 school year."
            ),
        },
        expected=(
            ("acronym", "G", "OT"),
            ("jargon", "G", "proprioceptive"),
        ),
        tags=("acronym", "jargon", "autism", "numbered"),
    ),
    Case(
        name="peg-acronym-feeding",
        sections={
            "C": (
                "Luca (aged 8) has a neurodegenerative condition and is fed through a PEG. His "
                "feeds run for an hour at lunchtime."
            ),
            "E": (
                "By July 2027, I will have my lunchtime feed in class with my friends on every "
                "school day, with no feeds missed."
            ),
            "G": (
                "The Children's Community Nursing team from Sandhurst Vale Health will train two "
                "teaching assistants in Luca's tube feeds in a three-hour session in September "
                "2026 and check their skills every six months until July 2028. The two trained "
                "teaching assistants will set up and watch Luca's one-hour feed at 12 noon every "
                "school day until July 2028."
            ),
        },
        expected=(
            ("jargon", "C", "neurodegenerative"),
            ("acronym", "C", "PEG"),
        ),
        tags=("acronym", "jargon", "feeding", "palliative"),
    ),
    Case(
        name="acronym-expanded-once-other-not",
        sections={
            "C": (
                "Jude is 11. He has athetoid cerebral palsy (his arms and legs make movements he "
                "cannot control) and no clear speech. He communicates with an augmentative and "
                "alternative communication (AAC) device that he controls with his eyes."
            ),
            "E": (
                "By July 2027, I will use my AAC device to ask and answer a question in every "
                "lesson on 4 days out of 5."
            ),
            "G": (
                "- A speech and language therapist from the Hebden Moor Communication Aids Service "
                "will visit school for 90 minutes every four weeks for the 2026/27 school year to "
                "update Jude's AAC vocabulary.\n"
                "- Jude's IHCP will be reviewed by the school nurse from Hebden Moor School "
                "Nursing "
                "once a term for the 2026/27 school year."
            ),
        },
        expected=(
            ("acronym", "G", "IHCP"),
            (
                "golden_thread",
                "G",
                "Jude's IHCP will be reviewed by the school nurse from Hebden Moor School Nursing "
                "once a term for the 2026/27 school year.",
            ),
        ),
        tags=("acronym", "golden_thread", "cerebral-palsy", "jargon-explained"),
    ),
    Case(
        name="mdt-acronym-in-c",
        sections={
            "C": (
                "Health needs were agreed at the MDT on 3 November 2026. Poppy (aged 3) has "
                "achondroplasia, a genetic condition causing short stature, so she cannot reach "
                "the toilet, sink or coat pegs. She tires quickly on walks longer than a few "
                "minutes and asks to be carried."
            ),
            "E": (
                "By July 2027, I will use the toilet, sink and my coat peg by myself with my step "
                "on every nursery day."
            ),
            "G": (
                "An occupational therapist from Tressell Children's Therapy will assess the "
                "nursery "
                "and provide steps and a toilet seat in one visit in October 2026, and check them "
                "each term until Poppy starts school in September 2027."
            ),
        },
        expected=(
            ("acronym", "C", "MDT"),
            (
                "golden_thread",
                "C",
                "She tires quickly on walks longer than a few minutes and asks to be carried.",
            ),
        ),
        tags=("acronym", "golden_thread", "early-years", "rare-disease"),
    ),
    Case(
        name="dystonia-dysarthria-jargon",
        sections={
            "C": (
                "Jacob is 13 and has dystonia and dysarthria after a brain infection at the age of "
                "4. Strangers cannot understand his speech and he cannot write by hand."
            ),
            "E": (
                "- By July 2027, I will use my talking app to answer a question in class in 4 out "
                "of 5 lessons.\n"
                "- By July 2027, I will type all my written work on my laptop with word prediction."
            ),
            "G": (
                "- A speech and language therapist from Ravensclough Children's Services will see "
                "Jacob in school for 45 minutes every two weeks for the 2026/27 school year to set "
                "up his talking app.\n"
                "- A children's occupational therapist from Ravensclough Children's Services will "
                "set up Jacob's laptop in one visit in September 2026 and check it once a term for "
                "the 2026/27 school year."
            ),
        },
        expected=(
            ("jargon", "C", "dystonia"),
            ("jargon", "C", "dysarthria"),
        ),
        tags=("jargon", "acquired-injury", "communication"),
    ),
    Case(
        name="melatonin-sleep-paragraph",
        sections={
            "C": (
                "Niamh is 10 and has Smith-Magenis syndrome, a rare genetic condition in which the "
                "body clock is reversed, so she is sleepy in the day and awake at night. She takes "
                "melatonin at bedtime and wakes at 4am most mornings."
            ),
            "E": (
                "By July 2027, I will stay awake and joining in for the whole morning at school on "
                "4 days out of 5, using my afternoon rest."
            ),
            "G": (
                "A sleep practitioner from the Caldmoor Children's Sleep Service will meet Niamh's "
                "parents and class teacher for one hour every four weeks for the 2026/27 school "
                "year to plan her day. Niamh's teaching assistant, trained by the sleep "
                "practitioner, will give her a 20-minute rest in the quiet room after lunch every "
                "school day for the 2026/27 school year."
            ),
        },
        expected=(("drug_name", "C", "melatonin"),),
        tags=("drug_name", "sleep", "rare-disease", "paragraphs"),
    ),
    Case(
        name="buccal-midazolam-in-provision",
        sections={
            "C": (
                "Oliver-James (aged 6) has Dravet syndrome, a rare severe epilepsy that starts in "
                "babyhood. He has long seizures, often when he is hot or unwell."
            ),
            "E": (
                "By July 2027, every seizure I have at school will be treated in line with my "
                "seizure plan, with no seizure going more than 5 minutes untreated."
            ),
            "G": (
                "1. The epilepsy specialist nurse from Barnsworth Children's Hospital will train "
                "four named staff in Oliver-James's seizure plan in a two-hour session in "
                "September 2026 and a one-hour update in January 2027.\n"
                "2. If a seizure lasts 5 minutes, one of the four trained staff will give buccal "
                "midazolam and call 999, until July 2027."
            ),
        },
        expected=(
            ("jargon", "G", "buccal"),
            ("drug_name", "G", "midazolam"),
        ),
        tags=("jargon", "drug_name", "epilepsy", "conditional-trigger", "numbered"),
    ),
    Case(
        name="levetiracetam-myoclonic-c",
        sections={
            "C": (
                "- Grace-Ann (Year 9) has juvenile myoclonic epilepsy and takes levetiracetam "
                "twice a day.\n"
                "- She has sudden jerks of her arms in the first hour after waking and is tired "
                "in first lessons."
            ),
            "E": (
                "- By July 2027, I will start school at 9:30am and attend every lesson from period "
                "2 onwards on 9 out of 10 days."
            ),
            "G": (
                "- Grace-Ann's head of year will agree a 9:30am start for her every school day for "
                "the 2026/27 school year.\n"
                "- The epilepsy specialist nurse from Fordingham Hospital will update her school "
                "seizure plan with her head of year in one 45-minute meeting each term for the "
                "2026/27 school year."
            ),
        },
        expected=(
            ("jargon", "C", "myoclonic"),
            ("drug_name", "C", "levetiracetam"),
        ),
        tags=("jargon", "drug_name", "epilepsy", "bullets"),
    ),
    Case(
        name="mixed-good-bad-camhs-regular-outcome",
        sections={
            "C": (
                "Kayden is 14. He has an eating disorder for which he is seen by CAMHS. He "
                "cannot concentrate for more than five minutes in lessons."
            ),
            "E": (
                "- Kayden to engage with services.\n"
                "- By July 2027, I will stay on task for 15 minutes in 4 out of 5 lessons using my "
                "timer and checklist."
            ),
            "G": (
                "- Kayden will have regular appointments with the eating disorders team until he "
                "reaches a healthy weight.\n"
                "- His form tutor will set up his timer and checklist at the start of every "
                "lesson for the 2026/27 school year, after one hour of training from the "
                "Pellbrook Neurodevelopmental Service in September 2026."
            ),
        },
        expected=(
            ("acronym", "C", "CAMHS"),
            ("outcome_not_smart", "E", "Kayden to engage with services."),
            ("unspecified_provision", "G", "regular"),
            (
                "no_frequency",
                "G",
                "Kayden will have regular appointments with the eating disorders team until he "
                "reaches a healthy weight.",
            ),
        ),
        tags=(
            "acronym",
            "outcome_not_smart",
            "unspecified_provision",
            "no_frequency",
            "mental-health",
            "mixed",
        ),
    ),
    Case(
        name="movicol-soiling-no-provider-no-duration",
        sections={
            "C": (
                "Rosie (aged 6) has long-standing constipation and takes Movicol every day. She "
                "has soiling accidents at school two or three times a week and is teased."
            ),
            "E": (
                "By July 2027, I will have no more than one accident a week at school and tell an "
                "adult when I need help, every time."
            ),
            "G": (
                "- The children's bladder and bowel nurse from Kettlesby Community Health will "
                "write Rosie's toilet plan with her parents and class teacher in one 45-minute "
                "meeting in September 2026 and review it each term until July 2027.\n"
                "- Rosie will be taken to sit on the toilet for 5 minutes after lunch each day.\n"
                "- Rosie's class teacher will keep spare clothes and a private changing place for "
                "her every school day."
            ),
        },
        expected=(
            ("drug_name", "C", "Movicol"),
            (
                "no_provider",
                "G",
                "Rosie will be taken to sit on the toilet for 5 minutes after lunch each day.",
            ),
            (
                "no_duration",
                "G",
                "Rosie will be taken to sit on the toilet for 5 minutes after lunch each day.",
            ),
            (
                "no_duration",
                "G",
                "Rosie's class teacher will keep spare clothes and a private changing place for "
                "her every school day.",
            ),
        ),
        tags=("drug_name", "no_provider", "no_duration", "continence", "passive"),
    ),
    Case(
        name="input-from-and-may-hedge-table",
        sections={
            "C": (
                "Hamza is 16 and autistic, with a learning disability. He is moving to Brennock "
                "Vale College in September 2027. He becomes very distressed by changes and has "
                "hit staff when his routine changed without warning."
            ),
            "E": (
                "By December 2027, I will travel to college and attend all my timetabled sessions "
                "on 4 days out of 5, using my visual timetable, with no incidents of hitting."
            ),
            "G": (
                "What | Who | How often | Until\n"
                "Transition visits to college with his key worker | Learning disability nurse, "
                "Brennock Vale Community Learning Disability Team | input from the nurse at 6 "
                "visits between April and July 2027 | July 2027\n"
                "Behaviour support plan shared with college | Clinical psychologist, Brennock Vale "
                "Community Learning Disability Team | may be reviewed each term | December 2027"
            ),
        },
        expected=(
            ("unspecified_provision", "G", "input from"),
            ("unspecified_provision", "G", "may"),
        ),
        tags=("unspecified_provision", "table", "autism", "preparing-for-adulthood"),
    ),
    Case(
        name="desmopressin-bsl-deaf-typos",
        sections={
            "C": (
                "Connor (aged 9) is profoundly deaf and uses BSL at home and school. His "
                "night-time "
                "wetting stopped in March 2026 after treatment with desmopressin from his GP."
            ),
            "E": (
                "By July 2027, I will follow every lesson through my signer and answer questions "
                "in sign on 4 out of 5 occasions."
            ),
            "G": (
                "A qualified teacher of the deaf from Maddersfield Sensory Service will visit "
                "Connor's class for one hour every two weeks for the 2026/27 school year to advise "
                "his teachers. A communication support worker with a level 3 signing "
                "qualification will sign every lesson for Connor for the 2026/27 school year, and "
                "will recieve supervision from the teacher of the deaf once a month."
            ),
        },
        expected=(
            ("acronym", "C", "BSL"),
            ("drug_name", "C", "desmopressin"),
        ),
        tags=("acronym", "drug_name", "sensory", "typos", "continence"),
    ),
    # ------------------------------------------------------------------ divided advice, clean
    Case(
        name="advice-paediatrician-clean-fasd",
        kind="advice",
        sections={
            "needs": (
                "I saw Tyler (aged 8) in clinic on 2 February 2027 with his foster carer. Tyler "
                "has fetal alcohol spectrum disorder, which means his brain was affected by "
                "alcohol before he was born. He forgets instructions within a minute and acts "
                "without thinking, which puts him in danger near roads."
            ),
            "outcomes": (
                "By July 2027, I will carry out a two-step instruction with a picture prompt on 4 "
                "out of 5 tries.\n"
                "By July 2027, I will hold an adult's hand or the buggy rail every time we cross a "
                "road on school trips."
            ),
            "provision": (
                "A clinical psychologist from the Pembury Heath Children in Care Health Team will "
                "meet Tyler's class teacher and foster carer for one hour every half term for the "
                "2026/27 school year to plan picture prompts.\n"
                "Tyler's class teacher will write a road safety plan for every school trip until "
                "July 2027 and will hold his hand herself at every road crossing."
            ),
            "author": (
                "Dr Helen Okonkwo-Price, Consultant Community Paediatrician, Pembury Heath "
                "Children's Services, 9 February 2027"
            ),
        },
        tags=("clean", "looked-after", "jargon-explained"),
    ),
    Case(
        name="advice-slt-clean-aac",
        kind="advice",
        sections={
            "needs": (
                "- Bella (aged 5) has no spoken words because of childhood apraxia of speech, a "
                "condition where the brain has difficulty planning the mouth movements for "
                "speech.\n"
                "- She uses a communication book with 60 pictures at home."
            ),
            "outcomes": (
                "- By July 2027, I will use my communication book or tablet to make 20 different "
                "requests in class over one week."
            ),
            "provision": (
                "- I will see Bella in school for a 30-minute session every week from September "
                "2026 to July 2027 as her speech and language therapist.\n"
                "- I will train Bella's class teacher and teaching assistant to use her "
                "communication book in one 90-minute session in September 2026."
            ),
            "author": (
                "Kirsty Adebayo, Highly Specialist Speech and Language Therapist, Corbridge Hollow "
                "Children's Speech Service, 14 July 2026"
            ),
        },
        tags=("clean", "communication", "bullets", "jargon-explained"),
    ),
    Case(
        name="advice-ot-clean-dressing",
        kind="advice",
        sections={
            "needs": (
                "Ahmed is 11 and has hemiplegia, which means weakness down one side of the body, "
                "after a stroke before birth. He cannot do up buttons or tie laces and is late out "
                "of PE changing."
            ),
            "outcomes": (
                "By July 2027, I will change for PE within 10 minutes using one-handed dressing, "
                "on "
                "4 out of 5 PE days."
            ),
            "provision": (
                "As Ahmed's occupational therapist I will teach him one-handed dressing in six "
                "weekly 40-minute sessions in school from September to October 2026."
            ),
            "author": (
                "Sally Brennan, Children's Occupational Therapist, Wexcombe Children's Therapy, 18 "
                "August 2026"
            ),
        },
        tags=("clean", "physical", "jargon-explained"),
    ),
    Case(
        name="advice-physio-clean-toe-walking",
        kind="advice",
        sections={
            "needs": (
                "Lily-Rose (aged 7) walks on her toes because her calf muscles are tight. She "
                "trips often and her feet hurt after long walks."
            ),
            "outcomes": (
                "By July 2027, I will walk with my heels down around the school field (about 400 "
                "metres) without stopping because of pain."
            ),
            "provision": (
                "I will see Lily-Rose in school for 30 minutes every two weeks for the 2026/27 "
                "school year as her physiotherapist. I will train her teaching assistant to do her "
                "calf stretches in one session in September 2026. The trained teaching assistant "
                "will do Lily-Rose's calf stretches with her for 10 minutes every school day for "
                "the 2026/27 school year."
            ),
            "author": (
                "Tom Ferris, Children's Physiotherapist, Alderwyke Community Children's Team, 22 "
                "June 2026"
            ),
        },
        tags=("clean", "physical", "paragraphs"),
    ),
    Case(
        name="advice-psychology-clean-self-harm",
        kind="advice",
        sections={
            "needs": (
                "Keira is 15. She has been self-harming since Year 9 and has low mood. She misses "
                "about one day of school a week because of how she feels."
            ),
            "outcomes": (
                "By April 2027, I will use my safety plan and tell my trusted adult when I want to "
                "hurt myself, every time.\n"
                "By July 2027, I will attend school on at least 9 days out of 10 for a whole half "
                "term."
            ),
            "provision": (
                "- I will see Keira for one hour every week from October 2026 to April 2027 for "
                "talking therapy, as her clinical psychologist.\n"
                "- I will meet Keira's head of year, her trusted adult, for 30 minutes once a half "
                "term until July 2027 to update her safety plan and attendance plan."
            ),
            "author": (
                "Dr Marcus Lindqvist, Clinical Psychologist, Greyhaven Young People's Mental "
                "Health Service, 11 September 2026"
            ),
        },
        tags=("clean", "mental-health", "bullets"),
    ),
    Case(
        name="advice-school-nurse-clean-no-needs",
        kind="advice",
        sections={
            "needs": (
                "I have read Scarlett's records and spoken to her parents. Scarlett has no health "
                "needs that affect her learning. Her growth, hearing and vision checks in 2026 "
                "were normal."
            ),
            "author": (
                "Anita Kaur, School Nurse (Specialist Community Public Health Nurse), Brightling "
                "School Nursing Service, 3 November 2026"
            ),
        },
        tags=("clean", "no-health-needs"),
    ),
    Case(
        name="advice-audiology-clean-table",
        kind="advice",
        sections={
            "needs": (
                "Oskar (aged 6) has a mild to moderate hearing loss in both ears, confirmed at "
                "hearing tests in June and October 2026. He finds it hard to hear in the noisy "
                "dining hall and on the playground."
            ),
            "outcomes": (
                "By July 2027, I will hear and follow instructions given outside in PE on 4 out of "
                "5 tries, wearing my hearing aids."
            ),
            "provision": (
                "Provision | Who | How often | How long\n"
                "Hearing aid fitting and checks | Children's audiologist, Farndale Audiology "
                "Service | every six months | until July 2028\n"
                "Daily hearing aid check | Class teaching assistant trained by the audiologist | "
                "every morning | until July 2028"
            ),
            "author": (
                "Dr Yvonne Tait, Consultant Clinical Scientist (Audiology), Farndale Audiology "
                "Service, 20 October 2026"
            ),
        },
        tags=("clean", "sensory", "table"),
    ),
    Case(
        name="advice-dietitian-clean-ketogenic",
        kind="advice",
        sections={
            "needs": (
                "Sofia (aged 9) has epilepsy that did not respond to several medicines. Since May "
                "2026 she has been on a special high-fat diet that controls her seizures. Every "
                "food she eats in school must be weighed and match her diet plan."
            ),
            "outcomes": (
                "By July 2027, I will eat only my weighed school meals and snacks at school, every "
                "day, so that my seizures stay controlled."
            ),
            "provision": (
                "I will train the school cook and Sofia's teaching assistant to weigh and prepare "
                "her meals in one three-hour session in September 2026. The trained school cook "
                "will prepare Sofia's weighed lunch every school day for the 2026/27 school year. "
                "I will check her meal records with her parents every four weeks for the 2026/27 "
                "school year as her dietitian."
            ),
            "author": (
                "Ruth Oyelaran, Specialist Paediatric Dietitian, Kingsbarrow Children's Hospital, "
                "1 September 2026"
            ),
        },
        tags=("clean", "epilepsy", "feeding"),
    ),
    Case(
        name="advice-learning-disability-nurse-clean",
        kind="advice",
        sections={
            "needs": (
                "Jordan is 17 and has a severe learning disability and autism. He will move to "
                "adult health services at 18. He cannot yet tell anyone when he feels ill or is "
                "in pain."
            ),
            "outcomes": (
                "By March 2028, I will use my pain and body picture card to show where it hurts, "
                "on 4 out of 5 practice tries with my college tutor.\n"
                "By June 2028, I will have met my adult learning disability nurse once with my "
                "family, before my 18th birthday."
            ),
            "provision": (
                "- I will meet Jordan and his college tutor for one hour every four weeks from "
                "September 2027 to March 2028 to teach the pain card, as his learning disability "
                "nurse.\n"
                "- I will hold one 90-minute meeting with Jordan, his family and the adult "
                "learning disability team in January 2028 to plan his move to adult services."
            ),
            "author": (
                "Gareth Pugh, Registered Learning Disability Nurse, Coldwater Community Learning "
                "Disability Team, 4 July 2027"
            ),
        },
        tags=("clean", "preparing-for-adulthood", "autism", "post-16"),
    ),
    Case(
        name="advice-health-visitor-clean-under-two",
        kind="advice",
        sections={
            "needs": (
                "Ivy is 22 months old. She was born at 27 weeks. She is not yet crawling or "
                "sitting on her own, and she has only two words."
            ),
            "outcomes": (
                "By March 2027, I will sit on my own for 5 minutes while playing and crawl across "
                "the room to reach a toy.\n"
                "By March 2027, I will use 10 words or signs at home and at nursery."
            ),
            "provision": (
                "I will refer Ivy to the children's physiotherapist and speech and language "
                "therapist at Hollowmere Children's Centre, who will see her at home together once "
                "a month from October 2026 to March 2027. I will visit Ivy at home every six "
                "weeks from October 2026 to March 2027 to check progress with her parents, as "
                "her health visitor."
            ),
            "author": (
                "Jenna Whitlock, Health Visitor, Hollowmere Health Visiting Team, 28 September 2026"
            ),
        },
        tags=("clean", "neonatal", "early-years", "under-compulsory-school-age"),
    ),
    Case(
        name="advice-ccn-clean-ventilation",
        kind="advice",
        sections={
            "needs": (
                "Leo (aged 10) has a muscle condition that weakens his breathing. He uses a "
                "breathing machine with a face mask at night and at rest times in school, and he "
                "cannot cough strongly enough to clear his chest."
            ),
            "outcomes": (
                "By July 2027, I will use my breathing machine at my afternoon rest at school "
                "every day and have no unplanned hospital stays caused by missed chest care."
            ),
            "provision": (
                "1. The Children's Community Nursing team will train two named teaching assistants "
                "in Leo's breathing machine and cough assist machine in a four-hour session in "
                "September 2026, with a two-hour refresher in January 2027.\n"
                "2. One of the two trained teaching assistants will set up his breathing machine "
                "for a 30-minute rest after lunch every school day for the 2026/27 school year.\n"
                "3. One of the two trained teaching assistants will use his cough assist machine "
                "twice a day, before lunch and before home time, for the 2026/27 school year."
            ),
            "author": (
                "Claire Mbeki, Children's Community Nurse Team Leader, Stenhope Children's "
                "Community "
                "Nursing, 5 August 2026"
            ),
        },
        tags=("clean", "respiratory", "neuromuscular", "numbered"),
    ),
    Case(
        name="advice-orthoptist-clean-squint",
        kind="advice",
        sections={
            "needs": (
                "Charlie (aged 5) has a squint and a lazy left eye. He wears glasses and a patch "
                "over his right eye for two hours each day."
            ),
            "outcomes": (
                "By July 2027, I will wear my glasses all day and my patch for two hours every "
                "school day, and I will read two more lines of the eye chart with my left eye than "
                "in September 2026."
            ),
            "provision": (
                "I will see Charlie in the eye clinic every eight weeks until July 2027 to check "
                "his sight, as his orthoptist (a specialist in children's eye movements and "
                "sight). "
                "Charlie's teaching assistant, trained by me in one "
                "30-minute visit in September 2026, will put on his patch at 9am and take it off "
                "at 11am every school day until July 2027."
            ),
            "author": "Meera Shah, Children's Orthoptist, Lowick Eye Clinic, 7 September 2026",
        },
        tags=("clean", "sensory", "vision"),
    ),
    # ------------------------------------------------------------------ divided advice, faulty
    Case(
        name="advice-no-author-line",
        kind="advice",
        sections={
            "needs": (
                "Tom (aged 12) has Perthes disease, which damages the top of the thigh bone, and "
                "cannot do running or jumping."
            ),
            "outcomes": (
                "By July 2027, I will take part in every PE lesson using the adapted activities in "
                "my plan."
            ),
            "provision": (
                "A children's physiotherapist from Sedgefold Children's Therapy will write Tom's "
                "adapted PE plan with his PE teacher in one 45-minute meeting in September 2026 "
                "and review it each term until July 2027."
            ),
        },
        expected=(("advice_no_author", "author", ""),),
        tags=("advice_no_author", "physical"),
    ),
    Case(
        name="advice-author-no-date",
        kind="advice",
        sections={
            "needs": (
                "Ella (aged 3) has not been able to wean onto solid food and gags on anything "
                "lumpy."
            ),
            "outcomes": (
                "By July 2027, I will eat three different mashed foods at nursery lunch on 4 days "
                "out of 5."
            ),
            "provision": (
                "I will see Ella at nursery for 30 minutes every two weeks from September 2026 to "
                "July 2027 and show her key worker, a nursery practitioner, how to offer new "
                "textures."
            ),
            "author": "Nadia Sorensen, Speech and Language Therapist, Kilnsey Early Years Team",
        },
        expected=(
            (
                "advice_no_author",
                "author",
                "Nadia Sorensen, Speech and Language Therapist, Kilnsey Early Years Team",
            ),
        ),
        tags=("advice_no_author", "feeding", "early-years"),
    ),
    Case(
        name="advice-author-no-name",
        kind="advice",
        sections={
            "needs": (
                "Henry (aged 8) has Becker muscular dystrophy, which slowly weakens the muscles, "
                "and tires when walking long distances in school."
            ),
            "outcomes": (
                "By July 2027, I will use my wheelchair for trips and long walks so that I reach "
                "every activity without stopping to rest."
            ),
            "provision": (
                "The children's physiotherapist will see Henry every three months until July 2027 "
                "and check his wheelchair each visit."
            ),
            "author": "Children's Physiotherapy Team, Elmsworth Hospital, 4 February 2027",
        },
        expected=(
            (
                "advice_no_author",
                "author",
                "Children's Physiotherapy Team, Elmsworth Hospital, 4 February 2027",
            ),
        ),
        tags=("advice_no_author", "neuromuscular"),
    ),
    Case(
        name="advice-author-no-role",
        kind="advice",
        sections={
            "needs": (
                "Mason (aged 14) has chronic fatigue syndrome. He can manage about three hours of "
                "activity a day before his symptoms get worse."
            ),
            "outcomes": (
                "By December 2026, I will attend school for three mornings a week, and by July "
                "2027 for four full days a week."
            ),
            "provision": (
                "The Ridgemoor Children's Fatigue Service team will meet Mason and his head of "
                "year for one hour every four weeks from September 2026 to July 2027 to set his "
                "activity plan."
            ),
            "author": "Priya Raman, 12 August 2026",
        },
        expected=(("advice_no_author", "author", "Priya Raman, 12 August 2026"),),
        tags=("advice_no_author", "long-term-condition"),
    ),
    Case(
        name="advice-gt-need-no-provision-lay-clinical",
        kind="advice",
        sections={
            "needs": (
                "Saanvi (aged 7) has a hole in the roof of her mouth that was repaired when she "
                "was a baby, "
                "and her speech sounds nasal. She also has recurrent ear infections and her "
                "hearing drops when her ears are blocked."
            ),
            "outcomes": (
                "- By July 2027, I will say the sounds p, b, t and d clearly in words on 8 out of "
                "10 tries.\n"
                "- By July 2027, I will hear my teacher from the front of the class on every day, "
                "sitting near the front."
            ),
            "provision": (
                "- I will see Saanvi in school for a 30-minute speech session every two weeks for "
                "the 2026/27 school year, as her cleft speech and language therapist."
            ),
            "author": (
                "Rhiannon Evans, Specialist Cleft Speech and Language Therapist, Pennard Cleft Lip "
                "and Palate Team, 15 September 2026"
            ),
        },
        expected=(
            (
                "golden_thread",
                "needs",
                "She also has recurrent ear infections and her hearing drops when her ears are "
                "blocked.",
            ),
        ),
        tags=("golden_thread", "communication", "sensory"),
    ),
    Case(
        name="advice-gt-provision-no-need",
        kind="advice",
        sections={
            "needs": (
                "Theo-Rhys (aged 10) has type 1 diabetes and wears a pump that gives his diabetes "
                "medicine through a small tube under the skin. His blood sugar must be checked "
                "before "
                "lunch and before PE."
            ),
            "outcomes": (
                "By July 2027, I will check my own blood sugar before lunch and PE with an adult "
                "watching, every time."
            ),
            "provision": (
                "I will train two named teaching assistants to supervise Theo-Rhys's blood sugar "
                "checks and pump in a two-hour session in September 2026, and visit once a term "
                "until July 2027 to check their records, as his diabetes nurse specialist.\n"
                "The school counsellor, a qualified counsellor, will see Theo-Rhys for 30 minutes "
                "every week for the 2026/27 school year."
            ),
            "author": (
                "Joanne Whitby, Children's Diabetes Nurse Specialist, Ashgrove Children's "
                "Hospital, "
                "2 September 2026"
            ),
        },
        expected=(
            (
                "golden_thread",
                "provision",
                "The school counsellor, a qualified counsellor, will see Theo-Rhys for 30 minutes "
                "every week for the 2026/27 school year.",
            ),
        ),
        tags=("golden_thread", "diabetes", "provision-no-need"),
    ),
    Case(
        name="advice-gt-need-no-outcome-psychiatry",
        kind="advice",
        sections={
            "needs": (
                "I assessed Maya (aged 13) on 6 January 2027. She hears voices that others cannot "
                "hear, which frighten her, and she has stopped attending lessons in the afternoon. "
                "She is also not sleeping until 3am."
            ),
            "outcomes": (
                "By July 2027, I will attend afternoon lessons on 4 days out of 5, using my plan "
                "for when the voices get loud."
            ),
            "provision": (
                "- I will see Maya in clinic every two weeks from January to July 2027, as her "
                "consultant child and adolescent psychiatrist.\n"
                "- A mental health nurse from my team will see Maya at home once a week from "
                "January to July 2027, and will help her family set up a sleep routine."
            ),
            "author": (
                "Dr Anjali Desai, Consultant Child and Adolescent Psychiatrist, Northwold Young "
                "People's Mental Health Service, 20 January 2027"
            ),
        },
        expected=(("golden_thread", "needs", "She is also not sleeping until 3am."),),
        tags=("golden_thread", "mental-health", "sleep", "need-no-outcome"),
    ),
    Case(
        name="advice-where-possible-adult-no-provider",
        kind="advice",
        sections={
            "needs": (
                "Finley (aged 9) has a rare skin condition, epidermolysis bullosa, in which his "
                "skin blisters and tears with the slightest rubbing."
            ),
            "outcomes": (
                "By July 2027, I will have no new blisters caused at school on 4 weeks out of 5, "
                "checked by my nurse."
            ),
            "provision": (
                "The specialist nurse from the Oakmarsh Skin Service will train Finley's class "
                "teacher in his skin care and blister first aid in one two-hour session in "
                "September 2026.\n"
                "An adult will check Finley's dressings every lunchtime for the 2026/27 school "
                "year, where possible."
            ),
            "author": (
                "Bronwen Hughes, Clinical Nurse Specialist, Oakmarsh Skin Service, 30 August 2026"
            ),
        },
        expected=(
            (
                "no_provider",
                "provision",
                "An adult will check Finley's dressings every lunchtime for the 2026/27 school "
                "year, where possible.",
            ),
            ("unspecified_provision", "provision", "where possible"),
        ),
        tags=("no_provider", "unspecified_provision", "rare-disease", "jargon-explained"),
    ),
    Case(
        name="advice-acronym-sensory-jargon",
        kind="advice",
        sections={
            "needs": (
                "Ayla (aged 6) has PMLD and nystagmus. She cannot fix her eyes on objects for "
                "more than a second or two."
            ),
            "outcomes": (
                "By July 2027, I will look at a lit-up toy held to my right side for 5 seconds on "
                "4 out of 5 tries."
            ),
            "provision": (
                "I will visit Ayla's class for one hour every two weeks for the 2026/27 school "
                "year, as her qualified teacher of children with vision impairment, to set up "
                "lit-up looking activities with her teaching assistant."
            ),
            "author": (
                "Siobhan Carey, Qualified Teacher of Children with Vision Impairment, Whitmere "
                "Sensory Support, 9 September 2026"
            ),
        },
        expected=(
            ("acronym", "needs", "PMLD"),
            ("jargon", "needs", "nystagmus"),
        ),
        tags=("acronym", "jargon", "sensory"),
    ),
    Case(
        name="advice-outcome-not-smart-no-duration",
        kind="advice",
        sections={
            "needs": (
                "Freddie is 12 and has Tourette syndrome with a loud vocal tic. He is anxious "
                "about being laughed at and avoids answering in class."
            ),
            "outcomes": "Freddie will feel more confident.",
            "provision": (
                "I will see Freddie for a one-hour tic therapy session every week in clinic, as "
                "his clinical psychologist."
            ),
            "author": (
                "Dr Owen Latimer, Clinical Psychologist, Sandmere Neurodevelopmental Service, 2 "
                "November 2026"
            ),
        },
        expected=(
            ("outcome_not_smart", "outcomes", "Freddie will feel more confident."),
            (
                "no_duration",
                "provision",
                "I will see Freddie for a one-hour tic therapy session every week in clinic, as "
                "his clinical psychologist.",
            ),
        ),
        tags=("outcome_not_smart", "no_duration", "neurological"),
    ),
    Case(
        name="advice-brand-drug-adhd",
        kind="advice",
        sections={
            "needs": (
                "Sami (aged 10) has attention deficit hyperactivity disorder. He started Equasym "
                "in September 2026 and his focus in the morning has improved, but he still cannot "
                "stay seated for more than 10 minutes in the afternoon."
            ),
            "outcomes": (
                "By July 2027, I will stay seated and working for 20 minutes in afternoon lessons "
                "on 4 days out of 5, using my movement breaks."
            ),
            "provision": (
                "I will review Sami in clinic every three months until July 2027, as his "
                "community paediatrician. Sami's class teacher will give him a 3-minute movement "
                "break every 20 minutes in afternoon lessons until July 2027."
            ),
            "author": (
                "Dr Femi Adeyemi, Specialty Doctor in Community Paediatrics, Crowhurst Children's "
                "Services, 13 October 2026"
            ),
        },
        expected=(("drug_name", "needs", "Equasym"),),
        tags=("drug_name", "neurodevelopmental"),
    ),
    Case(
        name="advice-regular-slt-acronym",
        kind="advice",
        sections={
            "needs": (
                "- Nell (aged 4) has a severe speech sound disorder and is understood only by her "
                "parents.\n"
                "- She becomes frustrated and hits other children when she is not understood."
            ),
            "outcomes": (
                "- By July 2027, my nursery staff will understand half of what I say, checked by "
                "my therapist in June 2027.\n"
                "- By July 2027, I will use my picture board instead of hitting when I am not "
                "understood, with no more than one incident a week."
            ),
            "provision": (
                "- Nell will receive regular SLT sessions at nursery until she starts school in "
                "September 2027.\n"
                "- Nell's key worker, trained by me in one session in September 2026, will use "
                "her picture board with her at every nursery session until September 2027."
            ),
            "author": (
                "Eleanor Pryce, Speech and Language Therapist, Fellhampton Early Years Speech "
                "Service, 16 September 2026"
            ),
        },
        expected=(
            ("acronym", "provision", "SLT"),
            ("unspecified_provision", "provision", "regular"),
            (
                "no_frequency",
                "provision",
                "Nell will receive regular SLT sessions at nursery until she starts school in "
                "September 2027.",
            ),
        ),
        tags=("acronym", "unspecified_provision", "no_frequency", "early-years"),
    ),
    # ------------------------------------------------------------------ undivided advice
    Case(
        name="undivided-clean-paediatric-letter",
        kind="advice",
        sections={
            "advice": (
                "Dear colleagues,\n"
                "I saw Harper (aged 8) in the community clinic on 12 October 2026. Harper has "
                "Williams syndrome, a rare genetic condition that affects learning, the heart and "
                "how a child relates to others. Her heart check in 2026 was normal. She is very "
                "friendly with strangers and does not understand danger, so she needs an adult "
                "with her on school trips. She is sensitive to loud noises and covers her ears. I "
                "will see her again in clinic in October 2027.\n"
                "Dr Peter Mallory, Consultant Community Paediatrician, Rushcombe Children's "
                "Services, 19 October 2026"
            ),
        },
        tags=("clean", "undivided", "rare-disease", "letter"),
    ),
    Case(
        name="undivided-clean-physio-summary",
        kind="advice",
        sections={
            "advice": (
                "Physiotherapy advice for Ruairi (aged 11)\n"
                "Ruairi has cerebral palsy affecting his legs and walks with two sticks. He has "
                "had surgery to lengthen his calf muscles in March 2026 and is now walking further "
                "than before. He will need a lift pass, time to move between lessons and a chair "
                "with arms. I will see him in school each half term this year.\n"
                "Leanne Costa, Children's Physiotherapist, Brookvale Children's Therapy, 4 "
                "September 2026"
            ),
        },
        tags=("clean", "undivided", "cerebral-palsy", "post-surgery"),
    ),
    Case(
        name="undivided-acronyms-and-drug",
        kind="advice",
        sections={
            "advice": (
                "Summary: Ben (Year 6) has ASD and ADHD and is under CAMHS. He takes "
                "methylphenidate "
                "in the morning. He would benefit from access to a quiet space and regular "
                "movement breaks. Sensory needs as per OT report.\n"
                "J. Carter, Nurse Practitioner, 3 March 2027"
            ),
        },
        expected=(
            ("acronym", "advice", "ASD"),
            ("acronym", "advice", "ADHD"),
            ("acronym", "advice", "CAMHS"),
            ("drug_name", "advice", "methylphenidate"),
            ("acronym", "advice", "OT"),
        ),
        tags=("acronym", "drug_name", "undivided", "autism"),
    ),
    Case(
        name="undivided-neonatal-clinical-letter",
        kind="advice",
        sections={
            "advice": (
                "Re: Archie Lamb (aged 2)\n"
                "Archie was born at 25 weeks and had a grade 3 intraventricular bleed and chronic "
                "lung disease (bronchopulmonary dysplasia). He was discharged home on oxygen, "
                "which stopped in January 2026. He has diplegia and is awaiting assessment for "
                "orthoses. He communicates with single words and gestures.\n"
                "Dr Rachel Iqbal, Consultant in Newborn Medicine, Fenbridge Newborn Follow-up "
                "Clinic, 21 January 2027"
            ),
        },
        expected=(
            ("jargon", "advice", "intraventricular"),
            ("jargon", "advice", "diplegia"),
            ("jargon", "advice", "orthoses"),
        ),
        tags=("jargon", "undivided", "neonatal"),
    ),
    Case(
        name="undivided-epilepsy-drugs-brand-generic",
        kind="advice",
        sections={
            "advice": (
                "Nina (aged 12) has epilepsy with seizures where she stares and does not respond, "
                "about once a week. Her medicines are lamotrigine and clobazam, and she has "
                "Buccolam as her "
                "rescue medicine. Staff should be trained in her seizure plan. Seizures leave her "
                "tired for the rest of the day.\n"
                "Hannah Moyo, Epilepsy Specialist Nurse, Tarnwick Children's Hospital, 8 "
                "September 2026"
            ),
        },
        expected=(
            ("drug_name", "advice", "lamotrigine"),
            ("drug_name", "advice", "clobazam"),
            ("drug_name", "advice", "Buccolam"),
        ),
        tags=("drug_name", "undivided", "epilepsy"),
    ),
    Case(
        name="undivided-eating-disorder-acronym-expanded-one-not",
        kind="advice",
        sections={
            "advice": (
                "Lucy is 15 and is being treated by the community eating disorders service "
                "(CEDS) for anorexia. CEDS see her weekly. Her BMI is low and she has been told "
                "not to do PE until her weight improves. She may need a rest after lunch and "
                "should eat her snacks with a trusted adult.\n"
                "Dr Imran Sheikh, Consultant Psychiatrist, Wellmarsh Eating Disorders Service, 10 "
                "January 2027"
            ),
        },
        expected=(("acronym", "advice", "BMI"),),
        tags=("acronym", "undivided", "mental-health", "feeding"),
    ),
]
