"""Blind set 2026-12m: labelled cases written without seeing the checks (see README.md)."""

from ..cases import Case


def _plan(name, c, e, g, expected=(), tags="clean"):
    return Case(
        name=name,
        sections={"C": c, "E": e, "G": g},
        expected=tuple(expected),
        kind="plan",
        tags=tuple(tags.split()),
    )


def _div(name, needs, outcomes, provision, author=None, expected=(), tags="clean"):
    sections = {"needs": needs, "outcomes": outcomes, "provision": provision}
    if author is not None:
        sections["author"] = author
    return Case(
        name=name,
        sections=sections,
        expected=tuple(expected),
        kind="advice",
        tags=tuple(tags.split()),
    )


def _und(name, advice, expected=(), tags="clean"):
    return Case(
        name=name,
        sections={"advice": advice},
        expected=tuple(expected),
        kind="advice",
        tags=tuple(tags.split()),
    )


BLIND: list[Case] = [
    # ---------------------------------------------------------------- clean plans
    _plan(
        "reception-autism-visual-timetable-and-lunch",
        "Ayo is autistic. He finds changes in routine very hard: when the day changes without "
        "warning he hides under a table and cannot rejoin the group for up to an hour. He eats "
        "only five dry foods and will not sit at the table at lunchtime.",
        "By the end of his Reception year, Ayo will move from one activity to the next using his "
        "visual timetable with no more than one adult prompt on 4 out of 5 days.\n"
        "By July 2027, Ayo will sit at the lunch table for 15 minutes and touch or taste one new "
        "food each week, as recorded in his food diary.",
        "His key worker, trained by the Oakfield NHS speech and language therapy team in visual "
        "supports, will go through his visual timetable with him on arrival each morning and "
        "before every change of activity, for the whole of his Reception year. A paediatric "
        "dietitian will see Ayo and his parents at home once a half term for 45 minutes until "
        "July 2027 and set the next small food step; the key worker will sit with him and offer "
        "that food at every lunchtime in the same period.",
    ),
    _plan(
        "year8-adhd-every-core-lesson",
        "Kai has ADHD (attention deficit hyperactivity disorder). In lessons he loses track of "
        "instructions after the first step and often leaves his seat; he was given eleven "
        "behaviour points last term for being out of place.",
        "By the end of Year 8, I will write down the homework task from the board myself in 4 out "
        "of 5 lessons, as checked by my form tutor each Friday.\n"
        "By Easter 2027, I will use my movement card instead of walking out, with no more than two "
        "removals from lessons in a half term.",
        "In every maths, English and science lesson, the class teacher will give instructions one "
        "step at a time and write them on the board, for the 2026-27 school year. Kai's form tutor "
        "will check his planner with him for 10 minutes each Friday until the end of Year 8. The "
        "school nurse will meet Kai once a term for 20 minutes to review how he uses his movement "
        "card, and his subject teachers will let him use the card once per lesson when he shows "
        "it, throughout Year 8.",
    ),
    _plan(
        "year2-language-disorder-glossary-line",
        "Mia has developmental language disorder. She understands short sentences but loses the "
        "meaning of longer ones, and her expressive language is at the level of a child two years "
        "younger.\n"
        "Glossary: expressive language means the words and sentences Mia uses to say what she "
        "wants or what has happened.",
        "By the end of Year 2, Mia will follow two-step classroom instructions without a picture "
        "prompt in 8 out of 10 tries, as measured by her speech and language therapist.\n"
        "By July 2027, Mia will tell an adult about something that happened at the weekend in a "
        "sentence of at least six words.",
        "A speech and language therapist from the children's community therapy service will see "
        "Mia in school for 30 minutes every fortnight in term time until July 2027, work on "
        "following instructions and write her targets. A teaching assistant trained by the "
        "therapist will run her talking group for 20 minutes at 9.15 every Monday, Wednesday and "
        "Friday for the same period.",
    ),
    _plan(
        "year4-coordination-before-each-pe",
        "Leo has developmental coordination disorder (DCD), which means his brain finds it hard to "
        "plan and organise movements. He cannot do up buttons or laces and takes twice as long as "
        "classmates to change for PE. His handwriting is hard to read by the end of a page.",
        "By the end of Year 4, Leo will change for PE on his own within 8 minutes on 3 out of 4 "
        "weeks.\n"
        "By July 2027, Leo will copy three lines from the board so that his teacher can read "
        "every word.",
        "Before each PE lesson, a teaching assistant trained by the occupational therapist will "
        "practise one step of changing with Leo for 10 minutes, for the 2026-27 school year. A "
        "children's occupational therapist will visit once a term for an hour until July 2027 to "
        "set his handwriting programme, which his class teacher will run for 15 minutes every "
        "morning at 8.50 in the same year. The occupational therapist will supply a sloped "
        "writing board and pencil grips once, by 30 September 2026.",
    ),
    _plan(
        "year6-epilepsy-trigger-and-red-card",
        "Amara has epilepsy. She has about two absence seizures a week; each is a few seconds of "
        "staring during which she misses what is said. Once a term she has a tonic-clonic seizure "
        "– a seizure in which she falls, stiffens and jerks – and she is very tired for the rest "
        "of the day afterwards.",
        "By the end of Year 6, Amara will show her red card when she has missed an instruction in "
        "4 out of 5 lessons observed by the special educational needs coordinator each half "
        "term.\n"
        "By July 2027, after a seizure and a rest, Amara will return to her class for the "
        "afternoon on at least 3 out of 4 occasions, as recorded in her seizure diary.",
        "Two members of staff trained by the epilepsy specialist nurse will be in her class at all "
        "times, and if a seizure lasts five minutes one of them will give her emergency medicine "
        "as her care plan says and call 999, throughout Years 5 and 6. The epilepsy specialist "
        "nurse will train staff once a year each September in a two-hour session and review her "
        "care plan at the same visit. After every tonic-clonic seizure, a trained member of staff "
        "will take her to the quiet room to rest for up to an hour before she returns to class. "
        "Her class teacher will give her a red card to show when she has missed something and "
        "will repeat key instructions to her at the start of each task, for the 2026-27 school "
        "year.",
    ),
    _plan(
        "nursery-asthma-before-outdoor-play",
        "Rosie, aged 3, has asthma. Cold air and running make her cough and wheeze, and in winter "
        "she is kept inside when the others go out to play.",
        "By the end of her nursery year in July 2027, Rosie will join outdoor play on at least 4 "
        "out of 5 mornings in winter, as recorded in her nursery diary.",
        "Before each outdoor play session, her key person, trained by the practice nurse at "
        "Brookside Surgery, will check her breathing and, if her asthma plan says so, give her "
        "reliever inhaler through her spacer (a plastic tube that holds the puff so she can "
        "breathe it in), until she leaves nursery in July 2027. The practice nurse will review her "
        "asthma plan with her parents once in October 2026 and once in March 2027, in 20-minute "
        "appointments.",
    ),
    _plan(
        "year10-diabetes-set-times",
        "Tom has type 1 diabetes. He checks his blood glucose (sugar level) with a sensor on his "
        "arm and gives his own medicine through a pump, but when his level falls low he becomes "
        "shaky and cannot concentrate, and in Year 9 he missed parts of six exams.",
        "By the end of Year 10, Tom will check his sugar level before every mock exam and sit each "
        "paper in full, as shown in the exams office record.\n"
        "By Christmas 2026, I will tell a teacher when I feel low in every lesson where it "
        "happens, with no missed treatment recorded in my diabetes log.",
        "At 10.40 and 12.30 each school day, Tom will check his sensor in the medical room with a "
        "member of staff trained by the children's diabetes nurse, for the 2026-27 school year. "
        "The exams officer will book him a seat near the door, with his kit on the desk, at every "
        "mock and public exam this year. The children's diabetes nurse specialist will train the "
        "staff once each September for 90 minutes and visit once a term to check his care plan, "
        "until July 2027. If his sugar is low in a lesson, the class teacher will let him leave "
        "at once to treat it, throughout Year 10.",
    ),
    _plan(
        "year3-cerebral-palsy-weekly-rota",
        "Isla has cerebral palsy affecting both legs. She walks short distances with a frame but "
        "tires by lunchtime, and the muscles at the back of her legs are getting tighter, which "
        "makes it harder to stand straight.",
        "By July 2027, Isla will walk from her classroom to the hall with her frame, without "
        "stopping, on 4 days out of 5.\n"
        "By the end of Year 3, Isla will stand in her standing frame for 30 minutes during a "
        "lesson without asking to come out.",
        "Three teaching assistants trained by the paediatric physiotherapist will take turns on a "
        "weekly rota to do her stretching programme with her for 20 minutes after lunch every "
        "day, for the 2026-27 school year. A paediatric physiotherapist from the community "
        "children's therapy team will see her in school for 45 minutes every three weeks during "
        "the same year, check her walking frame and update the programme. Her class teacher will "
        "plan one lesson each afternoon in which she uses her standing frame for up to 30 minutes.",
    ),
    _plan(
        "year1-down-syndrome-signing-and-hearing",
        "Noah has Down syndrome. He has glue ear (fluid behind the eardrum) which comes and goes, "
        "so some days he hears speech only when it is close and loud. He uses about 30 signs and "
        "a few single words.",
        "By the end of Year 1, Noah will use 60 signs or words to ask for things and comment, as "
        "counted by his speech and language therapist in July 2027.\n"
        "By Easter 2027, Noah will turn when his name is called from across the classroom on 4 "
        "out of 5 tries.",
        "A speech and language therapist will work with Noah and his teaching assistant for 40 "
        "minutes every fortnight for the school year 2026-27. His teaching assistant, who has "
        "completed Makaton signing training with the therapist, will sign alongside speech in "
        "every lesson for the same year. The children's audiology service will test his hearing "
        "every six months until July 2027, and his teacher will sit him within two metres of her "
        "at carpet time every day in that year.",
    ),
    _plan(
        "year7-deaf-radio-aid-every-lesson",
        "Freya is deaf in both ears and wears hearing aids. In a noisy classroom she misses most "
        "of what is said from more than two metres away, and she is tired and has headaches by "
        "the end of the day.",
        "By the end of Year 7, I will follow class discussions well enough to answer a question "
        "about them in 4 out of 5 lessons, as checked by my teacher of the deaf each half term.\n"
        "By July 2027, I will have headaches on no more than one school day a week, as written in "
        "my home-school book.",
        "In every lesson, each subject teacher will wear the radio aid microphone, which sends "
        "their voice straight to Freya's hearing aids, for the whole of Year 7. A qualified "
        "teacher of the deaf will visit once every half term for an hour until July 2027 to check "
        "the equipment and show teachers how to use it. The paediatric audiologist at the "
        "hospital hearing clinic will check her hearing aids every six months during the same "
        "period. Freya will have a 10-minute quiet break at 1.15 each day with her learning "
        "support assistant, who has been trained by the teacher of the deaf, throughout Year 7.",
    ),
    _plan(
        "college-low-vision-each-change-of-room",
        "Jordan has nystagmus, which means his eyes move all the time without his control, and "
        "very low vision. He reads large print only at close range and cannot see the board. "
        "Moving around a new building is hard for him and he gets lost.",
        "Within the first half term of college, Jordan will find his way on his own from the "
        "entrance to each of his three teaching rooms, as checked by his habilitation "
        "specialist.\n"
        "By the end of his first year at college in June 2027, Jordan will read all course "
        "handouts on his tablet without help.",
        "A qualified habilitation specialist from the sensory support service will teach Jordan "
        "routes around the campus in four 1-hour sessions in September 2026, and again in a "
        "1-hour session at each change of teaching room. The learning support team, trained by "
        "the qualified teacher of the visually impaired, will send him every handout in "
        "electronic form one day before each lesson throughout his first year. The qualified "
        "teacher of the visually impaired will set up his tablet once in the first week of term "
        "and review it with him each term until June 2027.",
    ),
    _plan(
        "year11-anxiety-camhs-expanded-in-g",
        "Leah has had anxiety and low mood since Year 9. She has not been into lessons in the main "
        "building since January 2026, spends most days in the inclusion room, and says she cannot "
        "get to sleep before school days.",
        "By the end of Year 11, I will attend two lessons a day in the main building on at least "
        "3 days a week, as shown on the school register.\n"
        "By February 2027, I will fall asleep within an hour on school nights for 5 nights out of "
        "7, as recorded in my sleep diary.",
        "A mental health practitioner from the Child and Adolescent Mental Health Service (CAMHS) "
        "will see Leah for 50 minutes weekly for 12 weeks from September 2026 for cognitive "
        "behavioural therapy, a talking therapy that helps her change anxious thoughts, including "
        "a sleep plan. Her head of year will meet her every Monday at 8.30 for 15 minutes to agree "
        "which lessons she will go to that week, for the school year 2026-27. The CAMHS "
        "practitioner will review progress with Leah and her family at the end of each 12-week "
        "block until July 2027.",
    ),
    _plan(
        "nursery-gastrostomy-feeds-timetable",
        "Zain is 2 and attends a day nursery. He has a gastrostomy – a small tube through his "
        "tummy wall into his stomach – and has most of his food through it; he takes only tastes "
        "by mouth. He does not yet join the other children at snack time.",
        "By July 2027, Zain will take 10 teaspoons of smooth food by mouth at lunch on 3 days a "
        "week, as recorded by his nursery.\n"
        "By September 2027, Zain will sit at the snack table with other children for the whole of "
        "snack time every day.",
        "His key person and one other practitioner, both trained and signed off by the children's "
        "community nurse, will give his tube feeds at 10.00, 12.30 and 15.00 each day he attends, "
        "until he moves to school. A speech and language therapist who specialises in eating and "
        "drinking will see Zain at nursery for 45 minutes once a month until July 2027 and set his "
        "tasting plan, which his key person will follow at every lunch in the same period. His key "
        "person will sit with him at the snack table at every snack time until September 2027. "
        "The children's community nurse will retrain the staff every six months, and whenever his "
        "tube is changed, while he attends the nursery.",
    ),
    _plan(
        "year2-wetting-toilet-timetable",
        "Ellie has delayed bladder control and wets herself two or three times a week in school. "
        "She is upset afterwards and has started to refuse drinks so that she does not need the "
        "toilet.",
        "By the end of Year 2, Ellie will stay dry during the school day on 4 out of 5 days, as "
        "recorded on her toilet chart.\n"
        "By December 2026, Ellie will drink six cups of water during the school day, as counted by "
        "her teaching assistant.",
        "The school nursing team's continence nurse will meet Ellie's parents and her teaching "
        "assistant once in September 2026 for an hour to set a toilet timetable, and review it at "
        "half-termly visits of 30 minutes until July 2027. Her teaching assistant, trained by the "
        "continence nurse, will take Ellie to the toilet at 9.30, 11.00, 12.45 and 14.15 each day "
        "and offer her a cup of water at each of those times, for the 2026-27 school year.",
    ),
    _plan(
        "year5-sickle-cell-drinks-and-catch-up",
        "Daniel has sickle cell disease. Cold, not drinking enough and hard exercise can bring on "
        "a crisis (sudden severe pain in his bones and joints), and he has fallen behind in "
        "reading and maths after 18 days off school this year.",
        "By July 2027, Daniel will reach the expected standard for Year 5 in reading and maths in "
        "his summer assessments.\n"
        "By the end of Year 5, I will drink my whole water bottle twice each school day, as ticked "
        "on my chart.",
        "His class teacher will keep his drinking chart and refill his bottle at morning break "
        "and lunch every day, and let him wear his coat indoors on cold days, for the 2026-27 "
        "school year. His PE teacher, trained by the haemoglobinopathy nurse specialist, will let "
        "him rest for 5 minutes after every 10 minutes of hard running in each PE lesson, for the "
        "same year. After any absence of three days or more, a qualified teacher will give him 30 "
        "minutes of catch-up teaching each afternoon for two weeks. The haemoglobinopathy nurse "
        "specialist will train staff once each September for an hour while he attends the "
        "school.",
    ),
    _plan(
        "year9-cystic-fibrosis-every-meal",
        "Ruby has cystic fibrosis. Thick mucus in her lungs means she needs chest physiotherapy "
        "(exercises and breathing to clear her chest) twice a day, one session at school, and she "
        "must take enzyme capsules with every meal and snack to digest her food. She is "
        "underweight and tires in the afternoons.",
        "By the end of Year 9, Ruby will take her capsules with every meal and snack in school "
        "without a reminder, as checked on her weekly chart.\n"
        "By July 2027, I will do my lunchtime chest clearance in school on 5 days out of 5 and "
        "keep my weight at or above the line my dietitian set.",
        "A member of the school's first aid team trained by the cystic fibrosis nurse specialist "
        "will supervise her capsules at every meal and snack in school, throughout Year 9. Ruby "
        "will have a private room for 20 minutes at 12.40 each day for her chest clearance, with "
        "the same trained staff member on hand, for the same year. The cystic fibrosis team's "
        "dietitian will see her at each three-monthly clinic until July 2027 and send the school "
        "her snack plan. Her form tutor will let her rest in the medical room for 15 minutes at "
        "14.00 on any day she says she is tired, for the 2026-27 school year.",
    ),
    _plan(
        "year8-muscular-dystrophy-hoist-and-desk",
        "Ethan has Duchenne muscular dystrophy, which makes his muscles slowly weaker. He uses a "
        "powered wheelchair for all distances and cannot lift his arms above shoulder height, so "
        "he cannot reach across his desk or get books out of his bag. He needs a hoist to use the "
        "toilet.",
        "By the end of Year 8, Ethan will get his equipment out and put it away himself in every "
        "lesson, as checked by his tutor once each half term.\n"
        "By December 2026, I will tell staff when I need the toilet and get there within 5 minutes "
        "on every school day, as recorded in my care log.",
        "Two learning support assistants trained by the children's physiotherapist in moving and "
        "handling will help Ethan with the hoist at 10.30, 12.45 and 14.30 each day and whenever "
        "he asks, for the 2026-27 school year. A children's occupational therapist will visit in "
        "September 2026 to fit a height-adjustable desk and a bag holder at the side of his "
        "wheelchair in each of his teaching rooms, and review the set-up once a term until July "
        "2027. The physiotherapist will refresh the assistants' training every six months in a "
        "one-hour session.",
    ),
    _plan(
        "reception-tracheostomy-carer-at-all-times",
        "Harper has a tracheostomy, a tube in the front of her neck through which she breathes. "
        "The tube can block with mucus and must then be cleared by suction at once. She cannot "
        "yet speak with the tube in place and uses signs and a picture book to tell people what "
        "she wants.",
        "By July 2027, Harper will use her picture book or signs to ask for help, a turn or the "
        "toilet at least five times each day, as counted by her key worker on two days each half "
        "term.\n"
        "By the end of her Reception year, Harper will join the whole class for carpet time every "
        "day with her carer beside her.",
        "A carer trained and assessed as competent by the children's community nursing team in "
        "tracheostomy care and suction will be with Harper at all times in school, including "
        "carpet time and trips, for the whole of the 2026-27 school year. The children's "
        "community nurse will check each carer's competence every three months in the same year. "
        "A speech and language therapist will see her for 30 minutes each week in term time until "
        "July 2027 and teach her key worker new signs and pictures to add to her book.",
    ),
    _plan(
        "post19-down-syndrome-they-health-passport",
        "Sam, 20, has Down syndrome and attends a post-19 learning programme at Greenway College. "
        "They have an underactive thyroid, which makes them tired and slow to start tasks when it "
        "is not well controlled, and they find it hard to explain when they feel unwell.",
        "By the end of the 2026-27 college year, Sam will tell a tutor when they feel unwell, "
        "using their health passport card, every time it happens.\n"
        "By June 2027, Sam will start each morning task within 10 minutes of arrival on 4 days out "
        "of 5, as noted by their tutor.",
        "Sam's GP practice will carry out a learning disability annual health check, including a "
        "thyroid blood test, once a year for as long as this plan lasts, the next by 31 January "
        "2027. The community learning disability nurse will make Sam's health passport with them "
        "in two 1-hour sessions in October 2026 and review it at each annual review until Sam "
        "leaves the programme. Sam's course tutor, trained by the learning disability nurse, will "
        "go through the passport card and the day's first task with Sam at the start of each "
        "college day, for the 2026-27 college year.",
    ),
    _plan(
        "college-restricted-eating-numbered-first-person",
        "1. I have ARFID – avoidant restrictive food intake disorder – which means I eat only a "
        "small number of foods and feel sick and panicky when other foods are near me.\n"
        "2. I do not eat at college because the canteen smells make me feel sick, so by the "
        "afternoon I cannot concentrate and often go home early.",
        "1. By July 2027, I will add two new foods to my list of safe foods, as recorded by my "
        "dietitian.\n"
        "2. By the end of my first term at college in December 2026, I will eat my lunch in the "
        "quiet room and stay to the end of my afternoon lessons on 4 days out of 5, as shown by my "
        "food diary and the college register.",
        "1. A dietitian from the community eating disorders service will see me for 45 minutes "
        "every four weeks until July 2027 to plan one new food at a time.\n"
        "2. The additional learning support team, trained by the eating disorders service, will "
        "keep the quiet room free for me from 12.30 to 13.15 every college day, and check in with "
        "me there for 5 minutes, for the 2026-27 college year.",
    ),
    _plan(
        "year10-autism-exams-tables",
        "Need | What it looks like\n"
        "Noise and crowds | Noise in the exam hall and corridors makes Maya cover her ears and "
        "leave the room.\n"
        "Change | A new room or a new invigilator makes her freeze so that she cannot start "
        "writing.",
        "Outcome | By when\n"
        "Maya will sit every mock exam in a small room and finish at least 3 of the 4 papers | by "
        "the end of the January 2027 mocks\n"
        "Maya will start writing within 10 minutes in each practice paper | by Easter 2027",
        "Provision | Who | How often | How long\n"
        "A small exam room and ear defenders | the exams officer books them | every mock and "
        "public exam | Years 10 and 11\n"
        "A visit to the exam room and a meeting with the invigilator the day before | her form "
        "tutor, trained in autism by the specialist teaching service | before each exam series | "
        "30 minutes each visit\n"
        "Two practice papers in the small room | her form tutor | each half term | until the "
        "January 2027 mocks",
    ),
    _plan(
        "preschool-cochlear-implants-following-sentence",
        "Oscar, aged 4, has bilateral cochlear implants. This means he has an implant in each ear "
        "that lets him hear sound through a processor worn behind each ear. He is learning to "
        "listen and talk and has about 50 words, far fewer than other children of his age.",
        "By the end of his pre-school year in July 2027, Oscar will use 150 words and join two "
        "words together, as measured by his speech and language therapist's word list.\n"
        "By Christmas 2026, Oscar will tell his key person when a processor has stopped working, "
        "by pointing to his ear, every time it happens.",
        "His key person, trained by the implant centre's teacher of the deaf, will check both "
        "processors on arrival and after lunch each day, and if a processor stops working will "
        "change its battery at once, until he starts school in September 2027. The implant "
        "centre's speech and language therapist will see Oscar at the nursery for an hour once a "
        "half term until July 2027 and set his listening and talking targets, which his key "
        "person will work on with him for 10 minutes each morning.",
    ),
    _plan(
        "college-epilepsy-long-paragraph-one-off-training",
        "Callum is 17 and studies motor vehicle maintenance at Westfield College. He has epilepsy "
        "with focal seizures, which start in one part of the brain; in his case he stops, looks "
        "confused and fiddles with his hands for about a minute, then is muddled for half an "
        "hour. Tiredness makes seizures more likely, and after a late night he has "
        "had seizures in the workshop, where he works near lifts and hot engines.",
        "By the end of his first college year in July 2027, Callum will follow the workshop safety "
        "plan in every practical session, with no seizure in the workshop going unreported, as "
        "checked by his course leader each term.\n"
        "By March 2027, I will go to bed by 11pm on college nights at least 4 nights a week, as "
        "logged in my phone sleep app.",
        "The epilepsy specialist nurse from the adult and young people's epilepsy clinic will "
        "train his course leader and the two workshop technicians in one 90-minute session on 14 "
        "September 2026 and write his workshop safety plan at the same session. In every "
        "workshop session, one of those three trained staff will stay within sight of Callum and, "
        "if he has a seizure, will guide him away from machinery and stay with him until he is "
        "back to himself, for the 2026-27 college year. The epilepsy specialist nurse will see "
        "Callum for 30 minutes at each six-monthly clinic until July 2027 to work on a sleep "
        "routine.",
    ),
    _plan(
        "reception-diabetes-every-meal-and-snack",
        "Lily, in Reception, has type 1 diabetes. She needs her food counted – carbohydrate "
        "counting, adding up the sugar and starch in each food – so that the right dose of her "
        "medicine can be given through her pump at every meal and snack. She is too young to "
        "notice when her sugar level is low.",
        "By July 2027, Lily will bring her pump to a trained adult before every meal and snack "
        "without being reminded on 4 days out of 5, as shown on her daily log.\n"
        "By the end of Reception, Lily will take part in every afternoon lesson, with no lesson "
        "missed because of a low sugar level in the summer term, as shown on her daily log.",
        "Two teaching assistants trained and signed off by the children's diabetes nurse "
        "specialist will count her food and give the dose through her pump at every meal and "
        "snack, and check her sugar level on her sensor at 10.00, 11.45 and 14.00 each day, for "
        "the 2026-27 school year. The children's diabetes nurse specialist will visit the school "
        "once a half term for an hour during the same year to check the log with the teaching "
        "assistants.",
    ),
    _plan(
        "post19-cerebral-palsy-each-change-of-setting",
        "Ade is 21 and has cerebral palsy affecting his whole body. He uses a specially shaped "
        "wheelchair and cannot change position himself, so after about two hours in one position "
        "he gets sore and his pain makes him stop taking part. He spends his week between "
        "Millbrook adult learning centre, a short-break house and home, and each place handles "
        "his positioning differently.",
        "By June 2027, Ade will take part in all of his morning sessions at the learning centre "
        "with no pain breaks on 3 days out of 4, as noted in his day record.\n"
        "By December 2026, I will have no red or sore areas on my skin at any of my weekly checks "
        "for two months running.",
        "The adult physiotherapy team will write one positioning plan and show it to the staff of "
        "each setting, in a one-hour session at each change of setting and each time a new "
        "support worker starts, for as long as this plan lasts. His support workers, trained in "
        "that session, will change his position every two hours using the plan, in each of the "
        "three settings, until the plan is reviewed in June 2027. The community nursing team will "
        "check his skin once a week at home until June 2027.",
    ),
    _plan(
        "year4-smith-magenis-sleep",
        "Priya has Smith-Magenis syndrome. Her body clock works the wrong way round, so she wakes "
        "at 3 or 4 in the morning and is very sleepy by late morning, when she falls asleep at "
        "her desk about three times a week.",
        "By the end of Year 4, Priya will stay awake through her morning lessons on 4 days out of "
        "5, as recorded on her class sleep chart.\n"
        "By July 2027, Priya will sleep until 6am on at least 4 nights a week, as recorded in her "
        "home sleep diary.",
        "The community paediatrician will see Priya every three months until July 2027 to review "
        "her sleep and the sleep medicine she takes at bedtime. Her class teacher will give her a "
        "10-minute movement break at 10.30 and 11.30 every day, and her teaching assistant, "
        "trained by the children's sleep practitioner, will let her rest in the quiet corner for "
        "up to 20 minutes if she falls asleep, for the 2026-27 school year. The children's sleep "
        "practitioner will give her parents four 1-hour sessions at home in the autumn term of "
        "2026.",
    ),
    _plan(
        "year5-adhd-lunchtime-dose-generic",
        "Finley has ADHD, short for attention deficit hyperactivity disorder. He takes a tablet at "
        "breakfast and needs a second dose of the same medicine at lunchtime, without which he "
        "cannot stay in his seat or finish any written work in the afternoon.",
        "By July 2027, Finley will finish at least half of each afternoon's written task on 4 days "
        "out of 5, as shown in his books.",
        "The school office manager, trained by the school nurse in giving medicines, will give "
        "Finley his lunchtime dose at 12.15 each school day and record it, for the 2026-27 school "
        "year. The community paediatrician will review his medicine and his school reports at "
        "clinic every six months during the same year. His class teacher will split each "
        "afternoon task into three short parts with a tick box for each, every afternoon for the "
        "same year.",
    ),
    _plan(
        "year1-speech-sounds-slt-expanded-later",
        "Alfie has a speech sound disorder. Most people outside his family cannot understand him, "
        "and he has started to stop talking in class when he is not understood.",
        "By July 2027, Alfie will say words with the sounds k and g correctly in 8 out of 10 tries "
        "in his therapy sessions.\n"
        "By the end of Year 1, Alfie will answer at least one question in whole-class carpet time "
        "each day, as noted by his teacher.",
        "The SLT will see Alfie in school for one block of six weekly 30-minute sessions each "
        "term, until July 2027. (SLT stands for speech and language therapist.) A teaching "
        "assistant trained by the SLT will practise his sounds with him for 10 minutes at 2pm "
        "every day for the same period. His class teacher will ask him one question he can answer "
        "with a word he can say, in every carpet time, during Year 1.",
    ),
    _plan(
        "year10-cmt-every-science-practical",
        "Ibrahim has Charcot-Marie-Tooth disease, a condition of the nerves to his hands and feet. "
        "His hands are weak and shaky, so he cannot hold glassware safely or write for more than "
        "ten minutes, and his ankles turn over on uneven ground.",
        "By the end of Year 10, Ibrahim will complete every required science practical with his "
        "lab partner, as signed off in his practical record.\n"
        "By the end of his GCSE mock exams in January 2027, I will type my answers in every exam "
        "and finish each paper in the time allowed with my extra time.",
        "In every science practical, a science technician trained by the occupational therapist "
        "will set out non-slip mats and lighter plastic equipment at his bench, for Years 10 and "
        "11. A children's occupational therapist will assess his writing once, on 5 October 2026, "
        "and send the school her report on typing and extra time; the exams officer will set up "
        "a laptop and 25% extra time at every mock and public exam from then until he leaves "
        "Year 11. The orthotist (a specialist who makes supports for the feet and legs) will "
        "review his ankle splints every six months until July 2027.",
    ),
    _plan(
        "year6-anxiety-transition-visits-dated",
        "Grace has anxiety. She worries for weeks before any change, has stomach aches most "
        "mornings and has said she will not go to secondary school next year.",
        "By the end of her first half term at Holmfield Academy in October 2027, Grace will "
        "arrive at school on time on at least 9 days out of 10, as shown on the register.\n"
        "By July 2027, I will use my calm box instead of staying at home on mornings when my "
        "tummy hurts, with no more than two days missed each half term.",
        "A children's wellbeing practitioner from the mental health support team in schools will "
        "see Grace for 40 minutes every week for eight weeks from January 2027, using a worry "
        "plan. Her Year 6 teacher will arrange three visits to Holmfield Academy, on 12 May, 9 "
        "June and 1 July 2027, each with a trained teaching assistant who knows her plan. At the "
        "change of school, her Year 6 teacher will meet Holmfield's head of Year 7 for an hour on "
        "7 July 2027 to hand over the plan. Her teaching assistant will go through the calm box "
        "with her for 10 minutes each morning at 8.45 until July 2027.",
    ),
    _plan(
        "reception-noonan-low-tone-dash",
        "Ivy has Noonan syndrome. She has low muscle tone – her muscles are floppy and tire "
        "quickly – so she cannot sit on the carpet without leaning on someone, and she falls "
        "several times a day in the playground.",
        "By the end of Reception in July 2027, Ivy will sit on the carpet for the whole 10-minute "
        "story without support on 4 days out of 5.\n"
        "By Easter 2027, Ivy will fall no more than once a day in the playground, as counted by "
        "her class team on one day each week.",
        "A children's physiotherapist will see Ivy in school for 45 minutes once a month until "
        "July 2027 and set her core strength games. Her teaching assistant, trained by the "
        "physiotherapist, will play the games with her for 15 minutes at 11.00 every day and "
        "give her a supportive floor seat at every carpet time, for the 2026-27 school year. Her "
        "teaching assistant will stay near her at each morning and lunchtime play during the same "
        "year.",
    ),
    _plan(
        "sixth-form-spina-bifida-catheter-times",
        "Chloe is in Year 12 and has spina bifida. She cannot feel when her bladder is full and "
        "empties it with a catheter – a thin tube passed into the bladder – four times a day, two "
        "of them during college hours. She also has weak legs and uses a wheelchair, and the "
        "sixth-form toilet is not big enough for her chair.",
        "By the end of Year 12, I will do my own catheter at 11.00 and 14.30 in college every day "
        "without help, as recorded in my care plan log.\n"
        "By October 2026, I will reach every one of my lessons on time using the lift, as shown on "
        "the register.",
        "The children's continence nurse will check Chloe's technique once a term, in a 30-minute "
        "visit, for the 2026-27 school year. The site manager will have an accessible toilet fitted next "
        "to the sixth-form study room by 1 September 2026 and will give Chloe a lift key on her "
        "first day. A learning support assistant trained by the continence nurse will wait "
        "outside the toilet at 11.00 and 14.30 each day and help if Chloe asks, throughout Year "
        "12.",
    ),
    # ---------------------------------------------------------------- faulty plans: golden thread
    _plan(
        "year3-autism-numbered-eating-need-no-outcome",
        "1. Rafi is autistic and does not yet use words; he leads adults by the hand to what he "
        "wants.\n"
        "2. He covers his ears and screams in the dinner hall and in assembly.\n"
        "3. He eats only smooth yoghurts and crisps and has lost weight this year.",
        "1. By July 2027, Rafi will use his picture exchange book to ask for a snack or a toy at "
        "least 10 times a day, as counted by his teaching assistant on one day each fortnight.\n"
        "2. By the end of Year 3, Rafi will stay in assembly wearing ear defenders for 10 minutes "
        "on 4 out of 5 days.",
        "1. A speech and language therapist will see Rafi for 30 minutes every fortnight until "
        "July 2027 and train his teaching assistant to use the picture exchange book with him in "
        "every lesson for the same period.\n"
        "2. His teaching assistant, trained by the occupational therapist, will give him ear "
        "defenders and a seat by the door in the dinner hall and at every assembly, for the "
        "2026-27 school year.\n"
        "3. A paediatric dietitian will see Rafi and his parents for 45 minutes once a half term "
        "until July 2027 to add one new food at a time, and his teaching assistant will offer that "
        "food at every lunchtime in that period.",
        [
            (
                "golden_thread",
                "C",
                "He eats only smooth yoghurts and crisps and has lost weight this year.",
            )
        ],
        "golden_thread",
    ),
    _plan(
        "year8-asthma-numbered-counselling-meets-no-need",
        "1. Noor has severe asthma; after each bad attack she is off school for several days and "
        "falls behind.\n"
        "2. Dust and chemical smells in science and art bring on coughing fits.",
        "1. By July 2027, Noor will catch up every missed piece of coursework within two weeks of "
        "returning to school, as checked by her head of year.\n"
        "2. By the end of Year 8, Noor will take part in every science practical and art lesson "
        "without leaving because of coughing, as noted by her teachers each half term.",
        "1. After each absence of three days or more, her head of year will set a catch-up plan "
        "with her in a 20-minute meeting on her first day back, and her subject teachers will "
        "give her the missed work, throughout Year 8.\n"
        "2. In every science practical and art lesson, her teacher, trained by the school nurse "
        "in her asthma plan, will seat her by an open window away from fumes and dust, for the "
        "2026-27 school year.\n"
        "3. The school counsellor will see Noor for 50 minutes every week for ten weeks from "
        "January 2027 to talk about friendships.",
        [
            (
                "golden_thread",
                "G",
                "The school counsellor will see Noor for 50 minutes every week for ten weeks from "
                "January 2027 to talk about friendships.",
            )
        ],
        "golden_thread",
    ),
    _plan(
        "year5-hemiplegia-long-paragraph-pe-need-no-provision",
        "Theo has cerebral palsy on his right side, which means his right arm and leg are stiff "
        "and weak. He cannot cut up his food or open packets at lunchtime, and he writes slowly "
        "because he can only use his left hand. He trips on stairs when carrying his bag. He is "
        "also self-conscious about his arm and has started to refuse to take part in PE.",
        "By July 2027, Theo will open all the packets in his lunchbox and cut up soft food using "
        "his adapted cutlery, on 4 days out of 5.\n"
        "By the end of Year 5, Theo will write a paragraph of at least five sentences in 20 "
        "minutes using his writing slope.\n"
        "By Easter 2027, Theo will move between floors without a fall, with no trips recorded for "
        "a whole half term.\n"
        "By the end of Year 5, I will join in at least three PE lessons each half term and tell my "
        "teacher which activities I can do.",
        "A children's occupational therapist will see Theo in school for 45 minutes every half "
        "term until July 2027 to provide adapted cutlery and a writing slope and set a one-handed "
        "writing programme, which his teaching assistant, trained by the therapist, will practise "
        "with him for 15 minutes each morning during the same period. His teaching assistant will "
        "open any packets he cannot manage and help him cut his food at every lunchtime for the "
        "2026-27 school year. The site manager will give him a lift pass on his first day back in "
        "September 2026, and a trained teaching assistant will carry his bag between lessons each "
        "day until July 2027.",
        [
            (
                "golden_thread",
                "C",
                "He is also self-conscious about his arm and has started to refuse to take part in "
                "PE.",
            )
        ],
        "golden_thread",
    ),
    _plan(
        "year9-diabetes-c-table-missed-learning-row",
        "Need | Detail\n"
        "Low sugar levels | Jess has type 1 diabetes and her sugar level falls low after PE, when "
        "she becomes shaky and confused.\n"
        "Missed learning | She has missed 15 days this year for clinic appointments and high sugar "
        "levels.\n"
        "Worry | She feels embarrassed checking her sugar level in front of classmates.",
        "Outcome | By when\n"
        "Jess will treat a low sugar level herself and return to the lesson within 20 minutes "
        "every time | by the end of Year 9\n"
        "Jess will check her sugar level in private at every set time without missing a check | by "
        "Christmas 2026",
        "Provision | Who | How often | How long\n"
        "Check of sugar level and a snack before and after PE | PE teacher trained by the "
        "children's diabetes nurse | every PE lesson | 2026-27 school year\n"
        "A private room for sugar checks | the school nurse, who books the room | at 10.30 and "
        "12.30 each day | 2026-27 school year",
        [
            (
                "golden_thread",
                "C",
                "Missed learning | She has missed 15 days this year for clinic appointments and high "
                "sugar levels.",
            )
        ],
        "golden_thread",
    ),
    _plan(
        "year9-epilepsy-morning-tiredness-no-outcome-and-drug",
        "Ben has epilepsy and takes Keppra twice a day, which makes him irritable and tired in the "
        "mornings. He has short seizures, about one a month, after which he sleeps for an hour. He "
        "finds it hard to remember what he learned the day before.",
        "By July 2027, after a seizure and a sleep in the medical room, Ben will return to lessons "
        "on the same day on at least 3 out of 4 occasions, as recorded in his seizure log.\n"
        "By the end of Year 9, Ben will recall the key words from the last lesson in 4 out of 5 "
        "starter quizzes in science and maths.",
        "Two members of staff in his year team, trained by the epilepsy specialist nurse, will look "
        "after Ben during and after each seizure and let him sleep in the medical room for up to "
        "an hour, for the 2026-27 school year. His science and maths teachers will give him a "
        "printed summary of key words at the end of every lesson for the same year. His form tutor "
        "will start his day with a quiet reading session of 20 minutes at 8.50 each morning, "
        "throughout Year 9.",
        [
            ("drug_name", "C", "Keppra"),
            (
                "golden_thread",
                "C",
                "Ben has epilepsy and takes Keppra twice a day, which makes him irritable and tired "
                "in the mornings.",
            ),
        ],
        "golden_thread drug_name",
    ),
    _plan(
        "year2-language-physio-meets-no-need",
        "Evie has a language disorder. She understands only simple sentences, finds it hard to "
        "find the word she wants, and gets upset when other children do not understand her.",
        "By July 2027, Evie will follow a two-part instruction in class in 4 out of 5 tries, as "
        "recorded by her teaching assistant.\n"
        "By the end of Year 2, Evie will tell a friend what she wants in a short sentence without "
        "getting upset, on 4 days out of 5, as noted at playtimes.",
        "A speech and language therapist will see Evie for 30 minutes every fortnight in term "
        "time until July 2027 and set her targets for understanding and word finding. A teaching "
        "assistant trained by the therapist will work on these targets with her for 15 minutes "
        "daily for the same period, and will help her join a small talking group at one playtime "
        "each week. A physiotherapist will assess her balance once in October 2026 and write a "
        "programme for her class teacher to run twice a week for the rest of Year 2.",
        [
            (
                "golden_thread",
                "G",
                "A physiotherapist will assess her balance once in October 2026 and write a "
                "programme for her class teacher to run twice a week for the rest of Year 2.",
            )
        ],
        "golden_thread",
    ),
    _plan(
        "year7-adhd-headed-sleep-no-outcome-vague-outcome",
        "Attention: Marcus has ADHD (attention deficit hyperactivity disorder) and cannot keep "
        "focused on written work for more than five minutes.\n"
        "Organisation: He forgets his equipment and homework most days.\n"
        "Sleep: He takes over two hours to fall asleep and is tired in the mornings.",
        "Attention: By the end of Year 7, Marcus will work on a written task for 15 minutes with "
        "one prompt in 4 out of 5 English lessons.\n"
        "Organisation: Marcus will be more organised.",
        "Attention: In every English, maths and humanities lesson, his teacher will break written "
        "work into 5-minute chunks with a check-in after each, for the 2026-27 school year.\n"
        "Organisation: His form tutor will check his equipment and planner with him for 10 minutes "
        "at 8.40 each morning during Year 7.\n"
        "Sleep: The community paediatrician will see Marcus every four months until July 2027 to "
        "review his sleep and give his parents a bedtime routine.",
        [
            (
                "golden_thread",
                "C",
                "He takes over two hours to fall asleep and is tired in the mornings.",
            ),
            ("outcome_not_smart", "E", "Organisation: Marcus will be more organised."),
        ],
        "golden_thread outcome_not_smart",
    ),
    _plan(
        "nursery-developmental-delay-toileting-no-provision",
        "Mason, aged 3, has global developmental delay. He is not yet toilet trained and wears "
        "nappies. He has no words but points and pulls adults to what he wants. He cannot yet "
        "climb the nursery steps on his own.",
        "By July 2027, Mason will use five signs or pictures to ask for things, as counted by his "
        "key person over one week each half term.\n"
        "By July 2027, Mason will sit on the toilet at each nappy change for one minute on 4 days "
        "out of 5.\n"
        "By the end of his nursery year in July 2027, Mason will climb the nursery steps holding "
        "the rail with one hand on every day he attends.",
        "A speech and language therapist from the early years team will visit the nursery once a "
        "month for an hour until July 2027 and train his key person in signs and pictures, which "
        "she will use with him in every activity for the same period. A children's "
        "physiotherapist will see Mason at nursery for 30 minutes every fortnight until July 2027 "
        "and train his key person in step practice, which she will do with him for 5 minutes each "
        "morning during the nursery year.",
        [("golden_thread", "C", "He is not yet toilet trained and wears nappies.")],
        "golden_thread",
    ),
    _plan(
        "college-autism-bus-panic-no-outcome",
        "Tyler, 18, studies catering at Eastgate College. He is autistic and has social anxiety, "
        "and cannot speak in front of a group. He has panic attacks on the crowded bus to college "
        "and then arrives late or goes home.",
        "By the end of the autumn term 2026, Tyler will speak in his kitchen team briefing at least "
        "once a week, as noted by his tutor.",
        "A clinical psychologist from the adult autism service will see Tyler for 50 minutes every "
        "fortnight for 12 sessions from October 2026 to work on his anxiety in groups and on the "
        "bus. His tutor, trained in autism by the college's specialist learning support team, "
        "will give him a set part to say in each Monday team briefing for the 2026-27 college "
        "year. A travel trainer from the council's travel training service will travel with "
        "Tyler on the bus to college on three mornings a week for six weeks from September 2026.",
        [
            (
                "golden_thread",
                "C",
                "He has panic attacks on the crowded bus to college and then arrives late or goes "
                "home.",
            )
        ],
        "golden_thread",
    ),
    _plan(
        "post19-rett-dietitian-meets-no-need",
        "Nia, 22, has Rett syndrome and uses an eye-gaze computer to communicate. She has "
        "seizures most weeks, and after a seizure she is sleepy for several hours. Her spine is "
        "curved and she must be moved into a new position every two hours to avoid sore skin.",
        "By June 2027, Nia will use her eye-gaze computer to choose her activity and her drink at "
        "every session of her day programme, as recorded by her support workers.\n"
        "By December 2026, Nia will have no sore areas of skin at any of her monthly skin checks.\n"
        "By June 2027, after a seizure Nia will rest and rejoin the afternoon session on at least "
        "half of occasions, as shown in her seizure record.",
        "Her support workers, trained by the community epilepsy nurse, will follow her seizure "
        "plan after every seizure and let her rest on the day bed for up to two hours, throughout "
        "the 2026-27 programme year. A speech and language therapist from the adult learning "
        "disability team will update her eye-gaze pages once a term in a one-hour visit until "
        "June 2027, and her support workers, trained by the therapist, will offer her choices on "
        "it at every session. Her support workers will change her position every two hours using "
        "the physiotherapist's plan for the same year. A dietitian will review her weight every "
        "three months until June 2027.",
        [
            (
                "golden_thread",
                "G",
                "A dietitian will review her weight every three months until June 2027.",
            )
        ],
        "golden_thread",
    ),
    _plan(
        "year1-hearing-numbered-carpet-need-no-provision",
        "1. Ollie has a moderate hearing loss in both ears and wears hearing aids.\n"
        "2. He cannot hear the teacher on the carpet when other children are talking.\n"
        "3. His speech is unclear, especially the sounds s and f.",
        "1. By July 2027, Ollie will wear both hearing aids all day on every school day, as "
        "checked at registration.\n"
        "2. By the end of Year 1, Ollie will repeat back a short instruction given on the carpet "
        "in 4 out of 5 tries.\n"
        "3. By July 2027, Ollie will say s and f correctly at the start of words in 8 out of 10 "
        "tries.",
        "1. His teaching assistant, trained by the teacher of the deaf, will check his hearing "
        "aids at registration every morning and change any flat battery, for the 2026-27 school "
        "year.\n"
        "3. A speech and language therapist will see Ollie in school for 30 minutes every three "
        "weeks until July 2027 and set a sounds programme, which his teaching assistant will "
        "practise with him for 10 minutes each day in that period.",
        [
            (
                "golden_thread",
                "C",
                "He cannot hear the teacher on the carpet when other children are talking.",
            )
        ],
        "golden_thread",
    ),
    _plan(
        "year10-sickle-cell-long-paragraph-low-mood-neither",
        "Kofi is in Year 10 and has sickle cell disease. Cold and dehydration bring on attacks of "
        "severe pain, and he has missed five weeks of school this year, falling behind in English "
        "and science. When he is in pain he cannot walk between buildings in the time allowed. He "
        "has also become withdrawn and tells his tutor he feels low most days.",
        "By the end of Year 10, Kofi will be working at his target grade in English and science in "
        "his summer assessments.\n"
        "By Christmas 2026, Kofi will get to every lesson on time on days when he is in pain, "
        "using his early-leave pass, as shown on the register.",
        "His head of year will arrange 45 minutes of catch-up teaching with a qualified teacher in "
        "English and science each week, and his class teachers will send missed work home within "
        "two days of any absence, throughout Year 10. His form tutor will give him an early-leave "
        "pass to leave each lesson 5 minutes early, for the 2026-27 school year. The "
        "haemoglobinopathy nurse specialist will train staff in his pain plan in one 1-hour session "
        "on 8 September 2026, and his form tutor will let him keep his coat on and a water bottle "
        "with him in every lesson that year.",
        [
            (
                "golden_thread",
                "C",
                "He has also become withdrawn and tells his tutor he feels low most days.",
            )
        ],
        "golden_thread",
    ),
    _plan(
        "year4-down-syndrome-orthoptist-and-vague-outcome",
        "Sophie has Down syndrome. She has a small mouth and weak tongue muscles, so she eats "
        "slowly and often coughs on drinks. Her speech is hard to understand for adults who do "
        "not know her.",
        "By July 2027, Sophie will drink from her cup with a lid and eat her school lunch within "
        "40 minutes without coughing, on 4 days out of 5.\n"
        "Sophie will improve her speech.",
        "A speech and language therapist who specialises in eating and drinking will see Sophie "
        "at lunchtime for 45 minutes once a half term until July 2027 and write her eating plan, "
        "which her teaching assistant, trained by the therapist, will follow at every lunch in the "
        "same year. The same therapist will see Sophie for 30 minutes every fortnight in term "
        "time to work on her speech until July 2027, and the teaching assistant will practise "
        "with her for 10 minutes each morning. An orthoptist will check her eyes at the hospital "
        "once a year until she leaves primary school.",
        [
            ("outcome_not_smart", "E", "Sophie will improve her speech."),
            (
                "golden_thread",
                "G",
                "An orthoptist will check her eyes at the hospital once a year until she leaves "
                "primary school.",
            ),
        ],
        "golden_thread outcome_not_smart",
    ),
    _plan(
        "year6-autism-acronym-mid-paragraph-dinners-neither",
        "Ruben is autistic. He is very sensitive to noise and touch, and the assembly hall and busy "
        "corridors make him run out of school; he also takes words literally and misunderstands "
        "jokes, which leads to fights at playtime, as the ADOS report from March 2026 describes. "
        "He has not been able to eat school dinners because of the smells and textures.",
        "By the end of Year 6, Ruben will stay in school all day, using his ear defenders and the "
        "quiet route between lessons, on 9 days out of 10.\n"
        "By July 2027, Ruben will play at lunchtime without a fight for a whole half term, as "
        "recorded in the behaviour log.",
        "His teaching assistant, trained by the autism outreach team, will walk with him on the "
        "quiet route between lessons and give him ear defenders for assembly, every day for the "
        "2026-27 school year. A speech and language therapist will run a weekly 30-minute group "
        "on jokes, sayings and friendships for Ruben and two classmates for ten weeks from "
        "October 2026. A lunchtime supervisor trained by the autism outreach team will lead a "
        "game club for him at 12.30 every day that year.",
        [
            ("acronym", "C", "ADOS"),
            (
                "golden_thread",
                "C",
                "He has not been able to eat school dinners because of the smells and textures.",
            ),
        ],
        "golden_thread acronym",
    ),
    _plan(
        "year3-language-hearing-normal-audiology-meets-no-need",
        "Hana has developmental language disorder. Her hearing was tested in June 2026 and is "
        "normal. She finds it hard to follow stories and to put her ideas into sentences when "
        "writing.",
        "By July 2027, Hana will answer three questions about a story read to her in class, with "
        "2 out of 3 correct, as checked by her teacher each half term.\n"
        "By the end of Year 3, Hana will write three sentences about a picture using her sentence "
        "frame.",
        "A speech and language therapist will see Hana for 30 minutes every fortnight until July "
        "2027 and set story and sentence targets, which a teaching assistant trained by the "
        "therapist will practise with her for 20 minutes three times a week in that period. Her "
        "class teacher will give her a sentence frame in every writing lesson during Year 3. The "
        "audiology service will retest her hearing every six months until July 2027.",
        [
            (
                "golden_thread",
                "G",
                "The audiology service will retest her hearing every six months until July 2027.",
            )
        ],
        "golden_thread",
    ),
    _plan(
        "year11-albinism-headed-mood-no-outcome",
        "Vision: Amir has albinism, which gives him very low vision and makes bright light "
        "painful.\n"
        "Reading: He reads only enlarged print and tires after 20 minutes.\n"
        "Mood: He worries about his exams and about what he will do after Year 11.",
        "Vision: By the end of Year 11, I will work without eye pain in every lesson, telling my "
        "teacher when the light is too bright, as checked in my weekly review.\n"
        "Reading: By my mock exams in January 2027, I will read exam papers in 24-point print with "
        "25% extra time and finish each paper.",
        "Vision: A qualified teacher of the visually impaired will visit once a half term for an "
        "hour until July 2027 to check lighting and seating in each room, and his teachers will "
        "seat him away from windows in every lesson during Year 11.\n"
        "Reading: The exams officer will order every mock and public exam paper in 24-point print "
        "and arrange 25% extra time, for Year 11. His teachers will enlarge all handouts to "
        "24-point print in every lesson that year.\n"
        "Mood: The school counsellor will see Amir for 50 minutes each week for eight weeks from "
        "November 2026, and the careers adviser will meet him for an hour once a term until July "
        "2027.",
        [
            (
                "golden_thread",
                "C",
                "He worries about his exams and about what he will do after Year 11.",
            )
        ],
        "golden_thread",
    ),
    _plan(
        "year9-coordination-g-table-swimming-meets-no-need",
        "Need | Detail\n"
        "Handwriting | Poppy has developmental coordination disorder and her handwriting is slow "
        "and hard to read.\n"
        "Organisation | She loses track of her belongings and arrives at lessons without "
        "equipment.",
        "Outcome | By when\n"
        "Poppy will type her work at 25 words a minute and hand in readable work in every subject "
        "| by the end of Year 9\n"
        "Poppy will arrive at every lesson with the right equipment on 4 days out of 5 | by "
        "Christmas 2026",
        "Provision | Who | How often | How long\n"
        "Touch-typing programme | teaching assistant trained by the occupational therapist | 20 "
        "minutes three times a week | 2026-27 school year\n"
        "Laptop for written work | the learning support department | every lesson | 2026-27 "
        "school year\n"
        "Equipment checklist at morning registration | her form tutor | every school day | "
        "2026-27 school year\n"
        "Swimming lessons with a swimming teacher | PE department | weekly | summer term 2027",
        [
            (
                "golden_thread",
                "G",
                "Swimming lessons with a swimming teacher | PE department | weekly | summer term "
                "2027",
            )
        ],
        "golden_thread",
    ),
    _plan(
        "year7-22q11-history-and-ear-infections-neither",
        "Lucas has 22q11 deletion syndrome. He had heart surgery as a baby and needs no heart "
        "treatment now. After his cleft palate repair his speech sounds nasal, so people often ask "
        "him to repeat himself, and he gets anxious in busy places. He also has frequent ear "
        "infections, and on those days he hears poorly and misses instructions.",
        "By July 2027, Lucas will be understood first time by an unfamiliar adult in 4 out of 5 "
        "sentences, as measured by his speech and language therapist.\n"
        "By the end of Year 7, Lucas will go to the dining hall at lunchtime using his early pass "
        "on 4 days out of 5 without becoming upset.",
        "A speech and language therapist from the cleft service will see Lucas for 45 minutes "
        "every four weeks until July 2027 and set practice targets, which a teaching assistant "
        "trained by the therapist will go through with him for 15 minutes each Tuesday and "
        "Thursday for the same period. His head of year will give him an early lunch pass to go "
        "to the dining hall five minutes before the bell every day in Year 7.",
        [
            (
                "golden_thread",
                "C",
                "He also has frequent ear infections, and on those days he hears poorly and misses "
                "instructions.",
            )
        ],
        "golden_thread",
    ),
    # ---------------------------------------------------------------- faulty plans: wording
    _plan(
        "year9-autism-access-to-calm-room",
        "Kian is autistic and becomes overwhelmed by noise and busy corridors; when this happens "
        "he shouts and hits out, which has led to two exclusions this year.",
        "By the end of Year 9, Kian will take himself to the calm room before he becomes "
        "overwhelmed, with no more than one incident of hitting out each half term, as recorded "
        "by his head of year.",
        "His head of year, trained by the autism outreach team, will give him access to the calm "
        "room for the 2026-27 school year. He will leave each lesson two minutes before the bell "
        "to avoid busy corridors, with a pass signed by his form tutor, every day during Year 9.",
        [
            ("unspecified_provision", "G", "access to"),
            (
                "no_frequency",
                "G",
                "His head of year, trained by the autism outreach team, will give him access to "
                "the calm room for the 2026-27 school year.",
            ),
        ],
        "unspecified_provision no_frequency",
    ),
    _plan(
        "year4-cerebral-palsy-regular-sessions",
        "Bella has cerebral palsy affecting her legs. Her calf muscles are tight, so she walks on "
        "her toes and falls often in the playground.",
        "By July 2027, Bella will walk on flat feet for the length of the playground in 4 out of 5 "
        "tries, as checked by her physiotherapist.\n"
        "By the end of Year 4, Bella will fall no more than twice a week at playtime, as recorded "
        "by her class team.",
        "A children's physiotherapist will give regular 30-minute sessions in school until July "
        "2027 and set her stretching programme. Her teaching assistant, trained by the "
        "physiotherapist, will do the stretches with her for 15 minutes after lunch every day and "
        "check her splints each morning, for the 2026-27 school year.",
        [
            ("unspecified_provision", "G", "regular"),
            (
                "no_frequency",
                "G",
                "A children's physiotherapist will give regular 30-minute sessions in school "
                "until July 2027 and set her stretching programme.",
            ),
        ],
        "unspecified_provision no_frequency",
    ),
    _plan(
        "year2-eczema-as-required-and-jargon",
        "Jayden has asthma and severe eczema. His skin becomes so itchy that he scratches until it "
        "bleeds and cannot concentrate in class, and he gets wheezy when he runs.",
        "By July 2027, Jayden will stay in class to the end of each lesson without leaving to "
        "scratch on 4 days out of 5, as recorded by his teacher.\n"
        "By the end of Year 2, Jayden will use his reliever inhaler himself, with an adult "
        "watching, every time he is wheezy.",
        "His teaching assistant, trained by the school nurse, will apply his emollient as "
        "required for the 2026-27 school year. The school nurse will train his class teacher and "
        "teaching assistant in his asthma plan once, on 7 September 2026, for an hour, and they "
        "will watch him use his inhaler whenever he says he is wheezy, throughout Year 2.",
        [
            ("unspecified_provision", "G", "as required"),
            (
                "no_frequency",
                "G",
                "His teaching assistant, trained by the school nurse, will apply his emollient as "
                "required for the 2026-27 school year.",
            ),
            ("jargon", "G", "emollient"),
        ],
        "unspecified_provision no_frequency jargon",
    ),
    _plan(
        "year1-sensory-opportunities-for-and-vague-outcome",
        "Archie seeks movement all the time: he cannot sit on the carpet for more than two "
        "minutes and climbs on tables and shelves.",
        "By July 2027, Archie will sit on the carpet for 10 minutes using his wobble cushion on 4 "
        "days out of 5, as checked by his teacher.\n"
        "Archie will learn to keep himself safe.",
        "A children's occupational therapist will visit once a half term for 45 minutes until "
        "July 2027 to set a movement programme. His teaching assistant, trained by the therapist, "
        "will give Archie opportunities for movement breaks at 9.30, 11.00 and 14.00 every day, "
        "for 5 minutes each, during Year 1, and will give him a wobble cushion at every carpet "
        "time.",
        [
            ("unspecified_provision", "G", "opportunities for"),
            ("outcome_not_smart", "E", "Archie will learn to keep himself safe."),
        ],
        "unspecified_provision outcome_not_smart",
    ),
    _plan(
        "year8-hearing-teachers-should",
        "Ella has a mild to moderate hearing loss in her left ear and no hearing aid. She misses "
        "instructions when the teacher speaks from her left side or turns to the board.",
        "By the end of Year 8, Ella will follow spoken instructions first time in 4 out of 5 "
        "lessons, as checked by her form tutor each half term.",
        "In every lesson, teachers should seat Ella at the front with her right ear towards the "
        "teacher and face the class when speaking, for the 2026-27 school year. A qualified "
        "teacher of the deaf will visit once a term for an hour during the same year to advise "
        "staff and check her listening.",
        [("unspecified_provision", "G", "should")],
        "unspecified_provision",
    ),
    _plan(
        "year3-photosensitive-epilepsy-table-where-possible",
        "Need | Detail\n"
        "Flashing light | Zoe has photosensitive epilepsy, which means flickering or flashing "
        "light can set off a seizure.\n"
        "Tiredness | After a seizure she is sleepy and muddled for the rest of the day.",
        "Outcome | By when\n"
        "Zoe will take part in every computer lesson using her screen filter without a seizure | "
        "by the end of Year 3\n"
        "Zoe will rest after each seizure and then go home or return to class as her plan says, "
        "every time | by July 2027",
        "Provision | Who | How often | How long\n"
        "Screen filter and no flashing videos | class teacher, trained by the epilepsy nurse | "
        "every lesson, where possible | 2026-27 school year\n"
        "Rest in the medical room after a seizure | trained first aider | after every seizure | up "
        "to two hours each time",
        [("unspecified_provision", "G", "where possible")],
        "unspecified_provision",
    ),
    _plan(
        "year11-depression-support-as-needed",
        "Jasmine has depression and has self-harmed. She finds it hard to get up for school and "
        "has missed a third of her lessons this term.",
        "By Easter 2027, Jasmine will attend at least 80% of her lessons each half term, as shown "
        "on the register.\n"
        "By the end of Year 11, I will use my safety plan and tell a named adult when I feel like "
        "hurting myself, every time.",
        "A mental health nurse from the community child and adolescent mental health service will "
        "see Jasmine for 50 minutes every week from September 2026 to July 2027 and write her "
        "safety plan with her. Her head of year will give her support as needed.",
        [
            ("unspecified_provision", "G", "support as needed"),
            ("no_frequency", "G", "Her head of year will give her support as needed."),
            ("no_duration", "G", "Her head of year will give her support as needed."),
        ],
        "unspecified_provision no_frequency no_duration",
    ),
    _plan(
        "year5-coordination-ot-no-frequency",
        "Harry has developmental coordination disorder. He cannot use a ruler or scissors without "
        "help and tires quickly when cutting out.",
        "By July 2027, Harry will cut along a straight line and draw a line with a ruler on his "
        "own in 4 out of 5 tries, as checked by his occupational therapist.",
        "A children's occupational therapist will work with Harry on cutting and ruler skills "
        "until July 2027. His teaching assistant, trained by the therapist, will practise these "
        "skills with him for 10 minutes every Tuesday and Thursday for the same period, and will "
        "give him easy-grip scissors and a non-slip ruler in every lesson.",
        [
            (
                "no_frequency",
                "G",
                "A children's occupational therapist will work with Harry on cutting and ruler "
                "skills until July 2027.",
            )
        ],
        "no_frequency",
    ),
    _plan(
        "nursery-lazy-eye-orthoptist-no-frequency",
        "Ava, aged 4, has a lazy eye (amblyopia), which means the sight in her left eye has not "
        "developed properly. She must wear a patch over her right eye for two hours a day, and "
        "she pulls it off when she is bored.",
        "By July 2027, Ava will keep her patch on for one hour at nursery on 4 days out of 5, as "
        "recorded on her sticker chart.",
        "Her key person, trained by the hospital orthoptist, will keep Ava busy with close-up "
        "games while her patch is on, for one hour each day, until she leaves nursery in July "
        "2027. The hospital orthoptist will check her sight until July 2027.",
        [
            (
                "no_frequency",
                "G",
                "The hospital orthoptist will check her sight until July 2027.",
            )
        ],
        "no_frequency",
    ),
    _plan(
        "year6-soiling-nurse-no-duration-vague-outcome",
        "Lewis has long-term constipation and soils himself about twice a week at school, which "
        "upsets him.",
        "By July 2027, Lewis will be clean during the school day on at least 9 days out of 10, as "
        "recorded on his toilet chart.\n"
        "Lewis will feel more confident.",
        "The school nurse will meet Lewis and his parents every half term. His class teacher will "
        "let him leave class to use the private toilet near the office whenever he asks, and his "
        "teaching assistant, trained by the school nurse, will take him to that toilet for 10 "
        "minutes after lunch every day, for the 2026-27 school year.",
        [
            (
                "no_duration",
                "G",
                "The school nurse will meet Lewis and his parents every half term.",
            ),
            ("outcome_not_smart", "E", "Lewis will feel more confident."),
        ],
        "no_duration outcome_not_smart",
    ),
    _plan(
        "year3-apraxia-salt-buried-no-duration",
        "Sienna has childhood apraxia of speech, a condition in which her brain has trouble "
        "planning the movements for speech; her last SALT review found that unfamiliar adults "
        "understand about half of what she says. She gets frustrated and cries when she is not "
        "understood.",
        "By July 2027, Sienna will be understood by an unfamiliar adult in 3 out of 4 sentences, "
        "as measured at her therapy review.\n"
        "By the end of Year 3, Sienna will use her picture book to repair a misunderstanding "
        "without crying on 4 out of 5 occasions, as noted by her teaching assistant.",
        "A speech therapist from the children's therapy service will see Sienna in school every "
        "week. Her teaching assistant, trained by the therapist, will practise her speech targets "
        "with her for 10 minutes twice a day and keep her picture book with her in every lesson, "
        "for the 2026-27 school year.",
        [
            ("acronym", "C", "SALT"),
            (
                "no_duration",
                "G",
                "A speech therapist from the children's therapy service will see Sienna in school "
                "every week.",
            ),
        ],
        "acronym no_duration",
    ),
    _plan(
        "year10-chronic-fatigue-ot-no-duration",
        "Holly has chronic fatigue syndrome. She can manage about three hours of activity a day "
        "before she is exhausted, and a full day in school leaves her in bed for the next two "
        "days.",
        "By the end of Year 10, Holly will attend school every morning on a part-time timetable "
        "and complete the work for her five GCSE subjects, as checked by her head of year each "
        "half term.\n"
        "By Easter 2027, I will have no more than one day each fortnight when I am too tired to "
        "get out of bed, as recorded in my activity diary.",
        "Her head of year will set a part-time timetable of mornings only for the 2026-27 school "
        "year, and her teachers will send afternoon work home each day. An occupational therapist "
        "from the children's chronic fatigue service will see Holly at home every three weeks to "
        "pace her activity and rest.",
        [
            (
                "no_duration",
                "G",
                "An occupational therapist from the children's chronic fatigue service will see "
                "Holly at home every three weeks to pace her activity and rest.",
            )
        ],
        "no_duration",
    ),
    _plan(
        "year2-down-syndrome-an-adult-toileting",
        "Ruby-Mae has Down syndrome and low muscle tone, so she cannot manage the toilet on her "
        "own or pull her clothes up and down.",
        "By July 2027, Ruby-Mae will pull her clothes up and down by herself at each toilet visit "
        "on 4 days out of 5.\n"
        "Ruby-Mae will be more independent.",
        "An adult will take Ruby-Mae to the toilet at 10.00, 12.00 and 14.00 every day, for the "
        "2026-27 school year. A children's occupational therapist will visit once a term for 45 "
        "minutes during the same year to teach her dressing steps with elastic-waisted clothes.",
        [
            (
                "no_provider",
                "G",
                "An adult will take Ruby-Mae to the toilet at 10.00, 12.00 and 14.00 every day, "
                "for the 2026-27 school year.",
            ),
            ("outcome_not_smart", "E", "Ruby-Mae will be more independent."),
        ],
        "no_provider outcome_not_smart",
    ),
    _plan(
        "year4-tube-feeding-passive-and-jargon",
        "Jacob has a neuromuscular condition and cannot swallow safely. He is fed through a "
        "nasogastric tube and is at risk of aspiration.",
        "By July 2027, Jacob will sit at the lunch table with his class during his feed every "
        "school day, as recorded in his care log.\n"
        "By the end of Year 4, Jacob will tell staff with his yes/no card when he feels unwell "
        "during a feed, every time.",
        "His feeds will be given at 12.00 each school day through his tube, for the 2026-27 school "
        "year. The children's community nurse will train two members of staff in his feeding plan "
        "in a two-hour session each September and check them every three months that year. His "
        "class teacher will seat him at the lunch table with his friends and give him his yes/no "
        "card at every feed during Year 4.",
        [
            ("jargon", "C", "nasogastric"),
            ("jargon", "C", "aspiration"),
            (
                "no_provider",
                "G",
                "His feeds will be given at 12.00 each school day through his tube, for the "
                "2026-27 school year.",
            ),
        ],
        "no_provider jargon",
    ),
    _plan(
        "year5-autism-absconding-his-one-to-one",
        "Zac is autistic and has no sense of danger: he runs out of the classroom and has twice "
        "left the school site this year.",
        "By the end of Year 5, Zac will stay inside the school building for the whole school day, "
        "every day for a whole half term, as recorded by the office.",
        "His 1:1 will stay within arm's reach of Zac at every change of lesson and at playtimes, "
        "for the 2026-27 school year. The specialist autism teacher from the autism outreach "
        "service will visit once a half term for an hour until July 2027 to review his safety "
        "plan.",
        [
            (
                "no_provider",
                "G",
                "His 1:1 will stay within arm's reach of Zac at every change of lesson and at "
                "playtimes, for the 2026-27 school year.",
            )
        ],
        "no_provider",
    ),
    _plan(
        "year8-diabetes-staff-remind",
        "Mya has type 1 diabetes. She forgets to check her sugar level before lunch and has had "
        "two low sugar episodes in PE.",
        "By the end of Year 8, Mya will check her sugar level before lunch every day without a "
        "reminder, as shown by her sensor download each month.\n"
        "By Christmas 2026, Mya will have a snack before every PE lesson, with no low sugar "
        "episodes in PE that term.",
        "Staff will remind her to check her sugar level before lunch every day. Her PE teacher, "
        "trained by the children's diabetes nurse, will give her a snack from her kit before each "
        "PE lesson, throughout Year 8.",
        [
            (
                "no_provider",
                "G",
                "Staff will remind her to check her sugar level before lunch every day.",
            ),
            (
                "no_duration",
                "G",
                "Staff will remind her to check her sugar level before lunch every day.",
            ),
        ],
        "no_provider no_duration",
    ),
    _plan(
        "year9-cerebral-palsy-happy-at-school",
        "Aisha has cerebral palsy affecting her hands and uses a wheelchair. She cannot write for "
        "more than a few lines and gets tired by the afternoon.",
        "Aisha will be happy at school.\n"
        "By the end of Year 9, Aisha will do all her written work with voice typing, finishing "
        "each homework task by the deadline, as recorded in her planner.\n"
        "By July 2027, Aisha will stay to the end of afternoon lessons on 4 days out of 5, using "
        "her rest break.",
        "A children's occupational therapist will set up voice typing on her laptop in a one-hour "
        "visit on 21 September 2026 and train her teaching assistant to use it. Her teaching "
        "assistant will help her use voice typing in every lesson with written work, and take her "
        "to the library for a 15-minute rest at 13.30 each day, for the 2026-27 school year.",
        [("outcome_not_smart", "E", "Aisha will be happy at school.")],
        "outcome_not_smart",
    ),
    _plan(
        "year6-autism-table-elsa-and-vague-outcome",
        "Need | Detail\n"
        "Feelings | Tia is autistic and finds it hard to name her feelings; she hides under tables "
        "when upset.\n"
        "Noise | The noise of the dinner hall makes her refuse to eat lunch.",
        "Outcome | By when\n"
        "Tia will name how she feels using her feelings chart at each check-in, 4 times out of 5 | "
        "by July 2027\n"
        "Tia will manage lunchtimes better | by the end of Year 6",
        "Provision | Who | How often | How long\n"
        "Feelings check-in with her chart | ELSA trained by the educational psychology service | "
        "15 minutes at 9.00 each day | 2026-27 school year\n"
        "Lunch in the small group room | lunchtime supervisor trained by the autism outreach team "
        "| every school day | 2026-27 school year",
        [
            (
                "outcome_not_smart",
                "E",
                "Tia will manage lunchtimes better | by the end of Year 6",
            ),
            ("acronym", "G", "ELSA"),
        ],
        "outcome_not_smart acronym",
    ),
    _plan(
        "year8-cerebral-palsy-casual-jargon",
        "Dylan has cerebral palsy affecting all four limbs. His spasticity is worse when he is "
        "cold or upset, and he has early contractures at both knees, so sitting in an ordinary "
        "chair is painful after 30 minutes.",
        "By the end of Year 8, Dylan will sit in his supportive chair through each full lesson "
        "without pain stopping his work, on 4 days out of 5, as noted in his daily log.",
        "A children's physiotherapist will see Dylan in school for 45 minutes every four weeks "
        "until July 2027 and set his stretching programme, which two teaching assistants trained "
        "by the physiotherapist will carry out for 20 minutes every morning in the same period. "
        "The children's occupational therapist will provide a supportive chair for each of his "
        "teaching rooms by 30 September 2026, and a trained teaching assistant will help him move "
        "between his chair and his wheelchair at the start and end of every lesson during Year 8.",
        [("jargon", "C", "spasticity"), ("jargon", "C", "contractures")],
        "jargon",
    ),
    _plan(
        "year4-epilepsy-sleep-named-medicines",
        "Reggie has epilepsy and autism. His seizures can last long enough to need emergency "
        "treatment, and he sleeps badly, waking for two hours most nights and arriving at school "
        "exhausted.",
        "By the end of Year 4, Reggie will be awake and ready to learn by 9.30 on 4 days out of 5, "
        "as recorded on his class chart.\n"
        "By July 2027, Reggie will be back in class the next school day after any long seizure, "
        "every time, as shown in his seizure record.",
        "Two members of staff trained by the epilepsy specialist nurse will stay with Reggie at "
        "all times and, if a seizure lasts five minutes, give him buccal midazolam and call 999, "
        "for the 2026-27 school year. The community paediatrician will review his sleep and his "
        "melatonin every six months until July 2027. His teaching assistant, trained by the sleep "
        "practitioner, will give him a calm start in the quiet room for 20 minutes at 8.50 each "
        "day during Year 4.",
        [
            ("jargon", "G", "buccal"),
            ("drug_name", "G", "midazolam"),
            ("drug_name", "G", "melatonin"),
        ],
        "jargon drug_name",
    ),
    # ---------------------------------------------------------------- clean divided advice
    _div(
        "advice-paediatrician-adhd-year3",
        "Ryan has ADHD (attention deficit hyperactivity disorder). He cannot stay in his seat for "
        "more than a few minutes and calls out in lessons.",
        "By July 2027, Ryan will stay in his seat for the first 15 minutes of each maths and "
        "English lesson on 4 days out of 5, as recorded on his class chart.\n"
        "By the end of Year 3, Ryan will put his hand up instead of calling out in at least 3 out "
        "of 4 lessons observed by his teacher each half term.",
        "I will review Ryan in clinic every six months until July 2027, including how his medicine "
        "is working at school. His class teacher will give him a wobble cushion, a 2-minute "
        "movement job halfway through every maths and English lesson and a hand-up reminder card "
        "on his desk, for the 2026-27 school year.",
        "Dr Helen Marsh, Consultant Community Paediatrician, Lowfield Child Development Centre, "
        "3 November 2026",
    ),
    _div(
        "advice-slt-reception-every-phonics-lesson",
        "Maisie is in Reception and has a speech and language disorder. She uses two-word "
        "phrases, does not yet understand questions that begin with who and where, and cannot "
        "join in the daily phonics lesson because she does not understand the instructions.",
        "By July 2027, Maisie will answer who and where questions about a picture in 4 out of 5 "
        "tries, as measured at her therapy review.\n"
        "By the end of Reception, Maisie will follow the routine of the phonics lesson with a "
        "picture prompt in every lesson.",
        "I will see Maisie in school for 30 minutes every two weeks in term time until July 2027. "
        "Her teaching assistant, whom I will train on 15 September 2026, will run a 10-minute "
        "language group with her at 13.30 every day for the same period, and will use picture "
        "prompts in every phonics lesson.",
        "Grace Ibe, Specialist Speech and Language Therapist, Children's Community Therapy "
        "Service, 1 September 2026",
    ),
    _div(
        "advice-physio-year7-change-of-school",
        "Kacper has cerebral palsy affecting both legs and walks with elbow crutches. At his new "
        "secondary school he has to walk long distances between buildings and is often late and "
        "very tired by the last lesson.",
        "By Christmas 2026, Kacper will arrive at every lesson within five minutes of the start, "
        "as shown on the register.\n"
        "By the end of Year 7, Kacper will take part in the last lesson of the day without asking "
        "to rest on 4 days out of 5.",
        "I will visit the school once in September 2026 for two hours to plan his routes and "
        "arrange a lift pass with the site manager. I will then see Kacper in school for 45 "
        "minutes every six weeks until July 2027 and train his teaching assistant in his "
        "exercises, which she will do with him for 15 minutes at lunchtime on Monday, Wednesday "
        "and Friday for the same period. His head of year will let him leave each lesson 5 "
        "minutes early throughout Year 7.",
        "Sarah Kowal, Paediatric Physiotherapist (registered with the Health and Care "
        "Professions Council), Eastshire Community Health, 18 July 2026",
    ),
    _div(
        "advice-camhs-psychologist-panic",
        "Sofia has an anxiety disorder with panic attacks – sudden waves of fear with a racing "
        "heart and fast breathing – which happen in crowded places such as the lunch queue and "
        "assemblies. On two or three days a week she cannot face coming into school.",
        "By Easter 2027, I will come into school on at least 4 days a week, as shown on the "
        "register.\n"
        "By the end of Year 9, I will use my breathing plan to get through a panic attack and "
        "return to my lesson within 15 minutes on 3 out of 4 occasions.",
        "I will offer Sofia 12 weekly sessions of cognitive behavioural therapy, a talking "
        "therapy for anxiety, of 50 minutes each, from October 2026, with a review appointment "
        "in March 2027. Her head of year, whom I will meet in a one-hour consultation in October "
        "2026, will let her take lunch in the library and miss whole-school assemblies every day "
        "until the end of Year 9.",
        "Leon Achterberg, Clinical Psychologist, Child and Adolescent Mental Health Service, 20 "
        "September 2026",
    ),
    _div(
        "advice-school-nurse-bladder-every-90-minutes",
        "Jake has an overactive bladder, which means he feels a sudden strong need to wee and "
        "sometimes cannot get to the toilet in time. He has had three accidents in class this "
        "half term and now refuses to drink at school.",
        "By July 2027, Jake will drink at least five cups of water at school each day and stay "
        "dry on 9 days out of 10, as recorded on his chart.",
        "I will meet Jake and his parents once a half term for 30 minutes until July 2027 to "
        "review his bladder diary. His class teacher will give him a toilet pass to use at any "
        "time without asking, and his teaching assistant, trained by me on 9 September 2026, will "
        "remind him to drink at each break and lunch and take him to the toilet every 90 minutes, "
        "for the 2026-27 school year.",
        "Anna Lindqvist, School Nurse (Specialist Community Public Health Nurse), Northbridge "
        "School Nursing Team, 2 September 2026",
    ),
    _div(
        "advice-dietitian-cerebral-palsy-every-lunch",
        "Mariam has cerebral palsy and finds chewing tiring, so she eats slowly and leaves most "
        "of her lunch. She is underweight and has little energy in the afternoon.",
        "By July 2027, Mariam will finish at least three quarters of her lunch on 4 days out of "
        "5, as recorded in her food chart.\n"
        "By the end of Year 6, Mariam will join in afternoon lessons to the end on 4 days out of "
        "5.",
        "I will see Mariam in clinic every three months until July 2027 to check her weight and "
        "adjust her food plan. Her lunchtime assistant, trained by me on 14 September 2026, will "
        "give her soft, high-energy foods from her food plan and an extra 15 minutes to eat at "
        "every lunch, and a high-energy snack at 14.00 each day, for the 2026-27 school year.",
        "Olu Adebayo, Paediatric Dietitian, City Hospital Children's Nutrition Team, 1 September "
        "2026",
    ),
    _div(
        "advice-epilepsy-nurse-college-they",
        "Ellis, 17, has epilepsy with tonic-clonic seizures (seizures with stiffening and "
        "jerking) about once a month, usually in the morning. After a seizure Ellis is confused "
        "and exhausted for several hours.",
        "By June 2027, Ellis will rest after each seizure and then rejoin the next lesson or go "
        "home safely, every time, as recorded in the college seizure log.",
        "I will train Ellis's tutor and two learning support workers in the seizure plan, "
        "including emergency medicine if a seizure lasts five minutes, in a two-hour session on "
        "10 September 2026 and again each September while Ellis is at college. After every "
        "seizure, one of those trained staff will stay with Ellis in the first aid room for up to "
        "two hours and then phone home. I will review the plan with Ellis at each four-monthly "
        "clinic until June 2027.",
        "Marie Kuti, Epilepsy Specialist Nurse, Children and Young People's Epilepsy Service, "
        "26 August 2026",
    ),
    _div(
        "advice-ld-nurse-post19-health-check",
        "Callie, 23, has a learning disability and is afraid of doctors and needles. She has not "
        "had a blood test or her annual health check for two years, and she cannot yet tell "
        "staff when she is in pain.",
        "By March 2027, Callie will have her annual health check and a blood test at her GP "
        "surgery, using her step-by-step visit plan.\n"
        "By June 2027, Callie will point to the pain scale in her health passport to show staff "
        "where and how much it hurts, every time she is in pain, as noted by her day centre "
        "staff.",
        "I will visit Callie at her day centre for one hour every two weeks from October 2026 to "
        "March 2027 to work through her step-by-step visit plan, including two practice visits "
        "to the surgery. Her key worker at the day centre, trained by me in October 2026, will go "
        "through the pain scale with her for 10 minutes at the start of each day she attends, "
        "until June 2027.",
        "Ravi Gill, Community Learning Disability Nurse, Adult Learning Disability Team, 28 "
        "September 2026",
    ),
    _div(
        "advice-ot-nursery-to-reception-handover",
        "Teddy, aged 4, is autistic and is very sensitive to touch and noise: he will not wear "
        "socks and shoes, and he screams when the nursery is noisy. He will start Reception at "
        "Hillside Primary in September 2027.",
        "By July 2027, Teddy will wear socks and shoes for the whole nursery session on 4 days "
        "out of 5, as recorded by his key person.\n"
        "By the end of his first half term in Reception in October 2027, Teddy will stay in the "
        "classroom during noisy activities, wearing his ear defenders, on 4 days out of 5.",
        "I will see Teddy at nursery for one hour every four weeks until July 2027 and set a "
        "sensory plan, which his key person, trained by me, will follow with him for 15 minutes at "
        "the start of each session. At the change of setting, I will make a one-hour handover "
        "visit to his Reception teacher in July 2027 and a one-hour follow-up visit in September "
        "2027, and his Reception teacher will give him ear defenders at every noisy activity in "
        "his first term.",
        "Kirsty Obi, Children's Occupational Therapist, Brookvale Children's Therapies, 5 "
        "November 2026",
    ),
    _div(
        "advice-audiologist-glue-ear-conditional-referral",
        "Freddie has glue ear in both ears, which means sticky fluid builds up behind his "
        "eardrums and muffles sound. On bad days he cannot hear quiet speech and misses what the "
        "teacher says.",
        "By July 2027, Freddie will follow class instructions first time in 4 out of 5 tries, as "
        "noted by his teacher at the end of each half term.",
        "I will test Freddie's hearing in the audiology clinic every three months until July "
        "2027, and if his hearing drops further I will refer him to the ear, nose and throat "
        "team within two weeks. His class teacher will seat him near her, face him when speaking "
        "and check he has understood each instruction, in every lesson during Year 1.",
        "Ben Cho, Paediatric Audiologist, Westmoor Hospital Audiology Department, 4 October 2026",
    ),
    _div(
        "advice-community-nurse-gastrostomy-year8",
        "Leyla has a gastrostomy (a feeding tube into her stomach through her tummy wall) and has "
        "a milk feed through it at lunchtime. She also has reflux: food comes back up into her "
        "throat, which makes her cough and feel sick if she lies flat after a feed.",
        "By the end of Year 8, Leyla will have her lunchtime feed in the medical room and be back "
        "in class for the first afternoon lesson on every school day, as recorded in her feed "
        "chart.\n"
        "By July 2027, I will set up my own feed with a trained adult watching on 4 days out of "
        "5.",
        "I will train two teaching assistants in her feed, tube care and sitting position in a "
        "two-hour session on 3 September 2026 and check their skills every six months for the "
        "2026-27 school year. The two trained teaching assistants will give her feed at 12.15 "
        "each school day, keep her sitting upright for 30 minutes afterwards and teach her to "
        "set up the feed herself, during Year 8.",
        "Jade Pereira, Children's Community Nurse, Children's Community Nursing Team, 24 August "
        "2026",
    ),
    _div(
        "advice-haematologist-sickle-cell-passes",
        "Kemi has sickle cell disease. She becomes dehydrated easily, which can set off painful "
        "episodes, and she is often tired because her blood carries less oxygen than other "
        "children's. She has missed several science practicals after hospital stays.",
        "By the end of Year 10, Kemi will complete every required science practical, catching up "
        "any missed ones within four weeks, as signed off by her science teacher.\n"
        "By July 2027, I will drink at least 1.5 litres of water during the school day on 4 days "
        "out of 5, as shown in my drinks log.\n"
        "By Easter 2027, Kemi will stay to the end of the school day on 9 days out of 10, using "
        "her rest pass when she is tired.",
        "I will see Kemi in the haematology clinic every three months until July 2027 and send "
        "the school an updated care plan after each visit. Her science teacher will arrange a "
        "one-hour catch-up session for each missed practical within four weeks of her return, "
        "throughout Year 10. Her form tutor will give her a water pass, and a rest pass for 10 "
        "minutes in the library, to use in any lesson when she asks, for the 2026-27 school year.",
        "Dr Adaeze Nwosu, Consultant Paediatric Haematologist, Kingsgate Hospital, 12 October 2026",
    ),
    _div(
        "advice-psychiatrist-eating-disorder-every-break",
        "Hollie is recovering from anorexia nervosa, an eating disorder in which she restricts "
        "food because of a strong fear of gaining weight. She must eat a snack at morning break "
        "and a full lunch at school, and she becomes very anxious when eating in front of "
        "others.",
        "By Christmas 2026, Hollie will eat her full snack and lunch at school every day, as "
        "recorded in her meal log.\n"
        "By the end of Year 11, I will eat lunch in the dining hall with two friends on at least "
        "3 days a week.",
        "A member of the pastoral team trained by our eating disorders team will sit with Hollie "
        "at every morning break and lunch in the pastoral room, for 20 minutes at break and 40 "
        "minutes at lunch, for the 2026-27 school year. Our team will see Hollie and her family "
        "for an hour every week until December 2026 and then every fortnight until July 2027, and "
        "will plan the steps back to the dining hall with her.",
        "Dr Sunita Rao, Consultant Child and Adolescent Psychiatrist, Community Eating Disorders "
        "Service for Children and Young People, 30 September 2026",
    ),
    # ---------------------------------------------------------------- faulty divided advice
    _div(
        "advice-slt-topic-words-undated",
        "Nathan has developmental language disorder. He struggles to understand new topic words "
        "in science and geography and cannot explain what he has learned.",
        "By July 2027, Nathan will explain the meaning of 8 out of 10 topic words from each "
        "science and geography topic, as checked by his teaching assistant at the end of the "
        "topic.",
        "I will work with Nathan's teaching assistant on teaching new words until July 2027. His "
        "teaching assistant, trained by me, will pre-teach five topic words to Nathan for 15 "
        "minutes before each science and geography lesson, for the 2026-27 school year.",
        "Lucy Farrant, Speech and Language Therapist, Children's Community Therapy Service",
        [
            (
                "no_frequency",
                "provision",
                "I will work with Nathan's teaching assistant on teaching new words until July "
                "2027.",
            ),
            (
                "advice_no_author",
                "author",
                "Lucy Farrant, Speech and Language Therapist, Children's Community Therapy Service",
            ),
        ],
        "no_frequency advice_no_author",
    ),
    _div(
        "advice-ot-laptop-may-no-author",
        "Evan has developmental coordination disorder. His handwriting is slow and untidy, and he "
        "cannot finish written tasks in the time allowed.",
        "By the end of Year 6, Evan will type at least 20 words a minute and finish each written "
        "task in the time allowed on 4 out of 5 occasions, as checked by his teacher.",
        "His class teacher may let him use a laptop for written work during the 2026-27 school "
        "year. A teaching assistant trained by the occupational therapy service will run a "
        "touch-typing programme with Evan for 15 minutes every morning for the same year.",
        None,
        [
            ("unspecified_provision", "provision", "may"),
            (
                "no_frequency",
                "provision",
                "His class teacher may let him use a laptop for written work during the 2026-27 "
                "school year.",
            ),
            ("advice_no_author", "author", ""),
        ],
        "unspecified_provision no_frequency advice_no_author",
    ),
    _div(
        "advice-physio-low-tone-unnamed",
        "Lola has low muscle tone, which means her muscles feel floppy and tire quickly. She "
        "cannot sit upright on the carpet or on a stool for more than a few minutes and slumps "
        "over her work.",
        "By July 2027, Lola will sit upright on her chair with a footrest through a 20-minute "
        "lesson on 4 days out of 5, as checked by her teacher.",
        "I will visit school once in September 2026 to set up a chair with a footrest and a "
        "sloped cushion. Her teaching assistant, trained by me, will do core strength games with "
        "her every morning.",
        "Paediatric Physiotherapist, Children's Therapy Service, 14 September 2026",
        [
            (
                "no_duration",
                "provision",
                "Her teaching assistant, trained by me, will do core strength games with her every "
                "morning.",
            ),
            (
                "advice_no_author",
                "author",
                "Paediatric Physiotherapist, Children's Therapy Service, 14 September 2026",
            ),
        ],
        "no_duration advice_no_author",
    ),
    _div(
        "advice-epilepsy-passive-repetition-no-role",
        "Daisy has epilepsy. She has absence seizures – brief blank spells of a few seconds – "
        "many times a day, and she misses parts of what is said.",
        "By July 2027, Daisy will show her 'say it again' card when she has missed something in 4 "
        "out of 5 lessons observed each half term.",
        "Key instructions will be repeated to Daisy individually at the start of every task, for "
        "the 2026-27 school year. I will see Daisy in clinic every four months until July 2027 "
        "and write to the school after each visit.",
        "Dr Imran Qureshi, 11 November 2026",
        [
            (
                "no_provider",
                "provision",
                "Key instructions will be repeated to Daisy individually at the start of every "
                "task, for the 2026-27 school year.",
            ),
            ("advice_no_author", "author", "Dr Imran Qureshi, 11 November 2026"),
        ],
        "no_provider advice_no_author",
    ),
    _div(
        "advice-wellbeing-pe-need-no-provision-no-author",
        "Ibby has low mood and has stopped seeing friends outside school. She finds it hard to "
        "get to sleep and comes to school tired. She says she hates PE because of how she feels "
        "about her body and has stopped going to PE.",
        "By March 2027, I will see a friend outside school at least once a week, as recorded in "
        "my mood diary.\n"
        "By the end of Year 8, I will fall asleep within 45 minutes on 5 school nights out of 5.",
        "A children's wellbeing practitioner from the mental health support team will see Ibby "
        "for 40 minutes every week for eight weeks from November 2026, working on time with "
        "friends and a sleep plan.",
        None,
        [
            (
                "golden_thread",
                "needs",
                "She says she hates PE because of how she feels about her body and has stopped "
                "going to PE.",
            ),
            ("advice_no_author", "author", ""),
        ],
        "golden_thread advice_no_author",
    ),
    _div(
        "advice-ld-nurse-post19-acronym-in-author-line",
        "Amelia, 19, has a severe learning disability and epilepsy and attends a specialist "
        "college. She cannot tell staff when she feels unwell, and she has had two chest "
        "infections this year that were noticed late.",
        "By June 2027, Amelia will point to her poorly picture when she feels unwell, on every "
        "occasion noticed by staff, as recorded in her health log.",
        "I will write Amelia's health passport with her and her family in two 1-hour sessions in "
        "October 2026. Her support staff, trained by me, will check her temperature and breathing "
        "using the health passport at the start of every college day.",
        "Owen Price, RNLD, Community Learning Disability Nurse, 30 September 2026",
        [
            ("acronym", "author", "RNLD"),
            (
                "no_duration",
                "provision",
                "Her support staff, trained by me, will check her temperature and breathing using "
                "the health passport at the start of every college day.",
            ),
        ],
        "acronym no_duration",
    ),
    _div(
        "advice-slt-social-group-placed-undated",
        "Jonah is autistic and finds group work very hard: he does not know when to speak or how "
        "to join in, and he walks away from his group.",
        "Jonah will have better social skills.",
        "He will be placed in a social skills group for 45 minutes every Wednesday for the "
        "autumn term of 2026. I will see Jonah in school for 30 minutes every four weeks until "
        "July 2027 to set his targets.",
        "Hassan Noor, Speech and Language Therapist, Children's Speech and Language Therapy "
        "Service",
        [
            ("outcome_not_smart", "outcomes", "Jonah will have better social skills."),
            (
                "no_provider",
                "provision",
                "He will be placed in a social skills group for 45 minutes every Wednesday for the "
                "autumn term of 2026.",
            ),
            (
                "advice_no_author",
                "author",
                "Hassan Noor, Speech and Language Therapist, Children's Speech and Language "
                "Therapy Service",
            ),
        ],
        "outcome_not_smart no_provider advice_no_author",
    ),
    _div(
        "advice-neurology-dystonia-drug-unnamed",
        "Kit has dyskinetic cerebral palsy with dystonia that makes his arms twist when he tries "
        "to reach or write. He takes trihexyphenidyl, which can make his mouth dry.",
        "By July 2027, Kit will answer questions in class using his switch-operated "
        "communication aid in 4 out of 5 lessons observed each half term.\n"
        "By the end of Year 3, Kit will drink from his water bottle at least four times each "
        "afternoon, as recorded by his teaching assistant.",
        "A teaching assistant trained by the children's occupational therapist will set up his "
        "communication aid and arm support at the start of every lesson, and offer him a drink "
        "every 30 minutes in the afternoon, for the 2026-27 school year. I will review Kit in the "
        "neurology clinic every four months until July 2027.",
        "Consultant Paediatric Neurologist, Regional Children's Neurology Service, 7 January 2027",
        [
            ("jargon", "needs", "dystonia"),
            ("drug_name", "needs", "trihexyphenidyl"),
            (
                "advice_no_author",
                "author",
                "Consultant Paediatric Neurologist, Regional Children's Neurology Service, 7 "
                "January 2027",
            ),
        ],
        "jargon drug_name advice_no_author",
    ),
    _div(
        "advice-continence-passive-toilet-no-author",
        "Reuben is autistic and is not yet toilet trained at age 5. He is frightened of the "
        "school toilets because of the noise of the hand dryer.",
        "By July 2027, Reuben will use the staff toilet, which has no hand dryer, for at least "
        "two wees a day, as recorded on his toilet chart.",
        "He will be taken to the staff toilet every hour. His teaching assistant, trained by the "
        "continence service, will use his picture sequence for toileting at each visit, for the "
        "2026-27 school year.",
        None,
        [
            ("no_provider", "provision", "He will be taken to the staff toilet every hour."),
            ("no_duration", "provision", "He will be taken to the staff toilet every hour."),
            ("advice_no_author", "author", ""),
        ],
        "no_provider no_duration advice_no_author",
    ),
    _div(
        "advice-ot-one-handed-as-appropriate-no-role",
        "Sami has cerebral palsy affecting her left side and can only type with one hand. She "
        "cannot keep up with note-taking in lessons.",
        "By the end of Year 8, Sami will take notes with one-handed typing at 15 words a minute "
        "and keep up in 4 out of 5 lessons, as checked by her teaching assistant each half term.",
        "In the occupational therapy department, I will teach Sami one-handed typing in 45-minute "
        "sessions every two weeks until "
        "Christmas 2026. Her teachers will give her printed notes as appropriate for the 2026-27 "
        "school year.",
        "Megan Lowry, 2 October 2026",
        [
            ("unspecified_provision", "provision", "as appropriate"),
            (
                "no_frequency",
                "provision",
                "Her teachers will give her printed notes as appropriate for the 2026-27 school "
                "year.",
            ),
            ("advice_no_author", "author", "Megan Lowry, 2 October 2026"),
        ],
        "unspecified_provision no_frequency advice_no_author",
    ),
    _div(
        "advice-paediatrician-dental-meets-no-need-undated",
        "Kayla has Down syndrome. She snores and stops breathing for short spells at night, so "
        "she is sleepy in class and falls asleep in afternoon lessons.",
        "By July 2027, Kayla will stay awake through afternoon lessons on 4 days out of 5, as "
        "recorded on her class chart.",
        "I will arrange a sleep study at the hospital by December 2026 and review Kayla in clinic "
        "every four months until July 2027. Her class teacher will give her a 5-minute active "
        "break at 13.30 and 14.15 each day, for the 2026-27 school year. I will refer her to the "
        "dental service for a check-up once, by January 2027.",
        "Dr Bethan Rowe, Consultant Community Paediatrician, Southfield Children's Centre",
        [
            (
                "golden_thread",
                "provision",
                "I will refer her to the dental service for a check-up once, by January 2027.",
            ),
            (
                "advice_no_author",
                "author",
                "Dr Bethan Rowe, Consultant Community Paediatrician, Southfield Children's Centre",
            ),
        ],
        "golden_thread advice_no_author",
    ),
    _div(
        "advice-psychologist-play-opportunities-make-friends",
        "Joel is autistic and does not play with other children; at playtime he walks round the "
        "edge of the playground alone.",
        "Joel will make friends.",
        "He will be given opportunities for shared play with a buddy until July 2027. An advisory "
        "teacher from the autism outreach service will visit once a half term for an hour during "
        "the same period to set his play targets.",
        "Dr Tamsin Hale, Clinical Psychologist, Neurodevelopmental Service, 16 October 2026",
        [
            ("unspecified_provision", "provision", "opportunities for"),
            (
                "no_frequency",
                "provision",
                "He will be given opportunities for shared play with a buddy until July 2027.",
            ),
            (
                "no_provider",
                "provision",
                "He will be given opportunities for shared play with a buddy until July 2027.",
            ),
            ("outcome_not_smart", "outcomes", "Joel will make friends."),
        ],
        "unspecified_provision no_frequency no_provider outcome_not_smart",
    ),
    _div(
        "advice-paediatrician-tics-no-outcome-mdt",
        "Connor has attention difficulties and a tic disorder. He makes sudden sounds and head "
        "movements, which are worse when he is stressed and which other children copy. His tics "
        "were discussed at the MDT meeting in June 2026 and he is on the waiting list for a "
        "talking therapy for tics. He also struggles to start written work and often sits for the "
        "first ten minutes of a task without writing.",
        "By July 2027, Connor will start each written task within 3 minutes using his "
        "task-starter card, in 4 out of 5 lessons observed by his teacher each half term.",
        "I will review Connor in clinic every six months until July 2027. His class teacher will "
        "give him a task-starter card with the first step written on it at the start of every "
        "written task, and will let him go to the quiet room for up to 5 minutes whenever his "
        "tics are strong, for the 2026-27 school year.",
        "Dr Femi Adeyemi, Consultant Community Paediatrician, Hartley Child Development Centre, "
        "9 November 2026",
        [
            ("acronym", "needs", "MDT"),
            (
                "golden_thread",
                "needs",
                "He makes sudden sounds and head movements, which are worse when he is stressed "
                "and which other children copy.",
            ),
        ],
        "acronym golden_thread",
    ),
    _div(
        "advice-paediatrician-adhd-brand-comorbid-break",
        "Mohammed has ADHD (attention deficit hyperactivity disorder) and comorbid developmental "
        "coordination disorder. He takes Concerta each morning; by the last lesson its effect "
        "has worn off and he becomes fidgety and cannot settle. His handwriting is slow and hard "
        "to read.",
        "By the end of Year 9, Mohammed will stay on task in the last lesson of the day with no "
        "more than two prompts on 4 days out of 5, as recorded on his report card.\n"
        "By July 2027, Mohammed will type all extended written work at 25 words a minute, as "
        "checked in his English book each half term.",
        "I will review Mohammed in clinic every six months until July 2027. He will have a "
        "5-minute movement break halfway through the last lesson every day for the 2026-27 school "
        "year. His English teacher will let him use a laptop for every piece of extended writing "
        "during Year 9, and a teaching assistant trained by the occupational therapist will run a "
        "typing programme with him for 20 minutes twice a week for the same year.",
        "Dr Niamh Doyle, Consultant Paediatrician, Ashcroft Community Child Health, 5 December "
        "2026",
        [
            ("jargon", "needs", "comorbid"),
            ("drug_name", "needs", "Concerta"),
            (
                "no_provider",
                "provision",
                "He will have a 5-minute movement break halfway through the last lesson every day "
                "for the 2026-27 school year.",
            ),
        ],
        "jargon drug_name no_provider",
    ),
    _div(
        "advice-neuromuscular-physio-input-from",
        "Ewan, 17, has limb-girdle muscular dystrophy, a condition that weakens the muscles "
        "around his hips and shoulders. He cannot climb stairs, tires walking between college "
        "buildings, and is finding it harder to stand up from a chair.",
        "By the end of his first college year in July 2027, Ewan will get to every class on time "
        "using the lift and his scooter, as shown on the college register.\n"
        "By July 2027, I will stand up from a chair with a raised seat on my own every time, "
        "without help.",
        "The college will receive input from the neuromuscular physiotherapist. Ewan's learning "
        "support assistant, trained by the physiotherapist in safe moving, will meet him at the "
        "lift at each change of building and have a raised chair ready in every classroom, for "
        "the 2026-27 college year. The physiotherapist will supply a mobility scooter once, by 15 "
        "September 2026.",
        "Chris Adeyemi-Hart, Specialist Neuromuscular Physiotherapist, Regional Neuromuscular "
        "Service, 21 August 2026",
        [
            ("unspecified_provision", "provision", "input from"),
            (
                "no_frequency",
                "provision",
                "The college will receive input from the neuromuscular physiotherapist.",
            ),
            (
                "no_duration",
                "provision",
                "The college will receive input from the neuromuscular physiotherapist.",
            ),
        ],
        "unspecified_provision no_frequency no_duration",
    ),
    _div(
        "advice-ot-nursery-spoon-no-author-vague-outcome",
        "Ruby, aged 3, has cerebral palsy affecting her hands and cannot yet feed herself; she is "
        "fed by an adult at every meal and gets frustrated.",
        "Ruby will get better at feeding herself.",
        "Her key person, trained by the occupational therapist, will give her an angled spoon and "
        "a non-slip bowl and help her to feed herself at every meal. The children's occupational "
        "therapist will visit the nursery once a month for 45 minutes until July 2027 to review "
        "her progress.",
        None,
        [
            (
                "no_duration",
                "provision",
                "Her key person, trained by the occupational therapist, will give her an angled "
                "spoon and a non-slip bowl and help her to feed herself at every meal.",
            ),
            ("outcome_not_smart", "outcomes", "Ruby will get better at feeding herself."),
            ("advice_no_author", "author", ""),
        ],
        "no_duration outcome_not_smart advice_no_author",
    ),
    _div(
        "advice-audiology-aids-checked-no-role",
        "Aaron has a moderate hearing loss and wears two hearing aids, but he often takes them "
        "out at school because they whistle, and then he cannot follow what is said.",
        "Aaron will wear his hearing aids more.",
        "His hearing aids will be checked each morning for the 2026-27 school year. I will see "
        "Aaron in the audiology clinic every three months until July 2027 to refit the parts "
        "that sit in his ears so that they stop whistling.",
        "Joanna Pike, 14 October 2026",
        [
            (
                "no_provider",
                "provision",
                "His hearing aids will be checked each morning for the 2026-27 school year.",
            ),
            ("outcome_not_smart", "outcomes", "Aaron will wear his hearing aids more."),
            ("advice_no_author", "author", "Joanna Pike, 14 October 2026"),
        ],
        "no_provider outcome_not_smart advice_no_author",
    ),
    # ---------------------------------------------------------------- clean undivided advice
    _und(
        "letter-community-nurse-tracheostomy-explained",
        "Health advice for Harvey, Year 2, from Nadia Keane, Children's Community Nurse, 6 "
        "October 2026.\n"
        "Harvey has a tracheostomy. This is a small tube in the front of his neck that he "
        "breathes through. Sometimes mucus blocks the tube and it has to be cleared with a "
        "suction machine straight away, so a trained adult needs to be with him at all times, "
        "including at playtime and on trips. He can talk by covering the end of the tube with a "
        "speaking valve (a small cap that lets air pass over his voice box). He is a bright, "
        "sociable boy and should be able to take part in almost everything his class does, "
        "apart from swimming.",
    ),
    _und(
        "report-cf-team-glossary-at-end",
        "Cystic fibrosis team report for the EHC needs assessment of Maryam, aged 12, written by "
        "Dr Colin Baird, Consultant in Respiratory Paediatrics, 19 January 2027.\n"
        "Maryam's lungs make thick mucus, so she does airway clearance twice a day and uses a "
        "nebuliser before it. At school she needs a private room at lunchtime for this, and time "
        "to take her enzyme capsules with every meal and snack. She catches chest infections "
        "easily and should sit away from anyone who is coughing. She has missed about three weeks "
        "of school this year for courses of treatment through a drip in hospital.\n"
        "Words used in this report: airway clearance - breathing exercises and a small device "
        "that help her cough up mucus; nebuliser - a machine that turns liquid medicine into a "
        "mist she breathes in; EHC - education, health and care.",
    ),
    _und(
        "clinic-letter-diabetes-generic-medicine",
        "Dear Mrs Okoro,\n"
        "I saw Samuel, who is 7, in the children's diabetes clinic on 2 November 2026 with his "
        "mum. Samuel has type 1 diabetes. He wears a pump that gives him a small, steady amount "
        "of his diabetes medicine all day and a bigger dose when he eats, and a sensor on his arm "
        "that shows his sugar level on a phone. At school an adult trained by our team needs to "
        "count the carbohydrate in his lunch - that is, the sugar and starch in the food - and "
        "enter it into the pump at every meal and snack. If his sugar level is low he needs "
        "fast-acting sugar, such as a small carton of juice, straight away. Hard exercise can "
        "lower his sugar, so he should have a snack before PE.\n"
        "Yours sincerely,\n"
        "Dr Amit Sharma, Consultant Paediatrician with an interest in diabetes",
    ),
    _und(
        "epilepsy-advice-rescue-medicine-generic",
        "Advice from the Children's Epilepsy Service (Sian Powell, Epilepsy Specialist Nurse, 12 "
        "February 2027).\n"
        "Kyle, Year 9, has epilepsy. Most of his seizures are focal seizures - seizures that begin "
        "in one part of the brain - in which he stares, smacks his lips and does not answer for "
        "about a minute. About twice a term he has a seizure in which he falls and shakes all "
        "over. If one of these lasts more than five minutes, a trained member of staff should give "
        "his rescue medicine into the side of his mouth and call an ambulance. He takes his "
        "daily epilepsy tablets at home, morning and evening, and they do not make him drowsy. "
        "Tiredness and missed meals make seizures more likely, and after a seizure he is often "
        "muddled and sleepy for the rest of the morning.",
    ),
    _und(
        "sensory-service-vi-acronym-expanded-later",
        "Vision report for Leila, Year 5, by Martin Hale, Qualified Teacher of Children and Young "
        "People with Vision Impairment, Sensory Support Service, 23 September 2026.\n"
        "Leila has a cataract in her left eye and reduced sight in her right. She sees the board "
        "only from the front row and reads print of at least 18 point. Glare from windows makes "
        "reading very hard, so she should sit with her back to the light. A QTVI will visit each "
        "half term. (QTVI: Qualified Teacher of Children and Young People with Vision "
        "Impairment.) She is learning to touch-type and uses a tablet to zoom in on handouts.",
    ),
    _und(
        "audiology-letter-hearing-loss-explained",
        "Audiology report for Bea, aged 3, from Priti Mahal, Paediatric Audiologist, Northgate "
        "Hospital, 8 December 2026.\n"
        "Bea has a permanent hearing loss in both ears, of the kind caused by the inner ear not "
        "working properly. She has worn hearing aids since she was a baby. With her aids in she "
        "hears most speech in a quiet room but struggles in a noisy nursery, especially when more "
        "than one person talks at once. Her talking is a little behind other children of her age. "
        "Staff at her nursery need to check her hearing aids every morning, keep background "
        "noise down at group times and get her attention before speaking to her.",
    ),
    _und(
        "camhs-letter-low-mood-medicine-generic",
        "Dear colleague,\n"
        "Re: Dylan, Year 10. I am a psychiatrist in the Child and Adolescent Mental Health "
        "Service (CAMHS) and have seen Dylan four times since September 2026. He has depression, "
        "which for him means he feels flat and hopeless most days, has lost interest in football "
        "and gaming, and sleeps badly. In November he started a daily antidepressant tablet and "
        "he is also having weekly talking therapy with our team. At school he finds mornings "
        "hardest and may be late; he has said that a quiet place to go when he feels "
        "overwhelmed and one adult he trusts would help him most. CAMHS will keep seeing him for "
        "at least six months.\n"
        "Dr Ruth Ellery, Consultant Child and Adolescent Psychiatrist, 4 January 2027",
    ),
    _und(
        "down-syndrome-annual-review-health-update",
        "Health update for the annual review of Jess, Year 4, from Dr Kwame Boateng, Consultant "
        "Community Paediatrician, 17 March 2027.\n"
        "Jess has Down syndrome. She had an operation on her heart as a baby and her heart is "
        "now working well, with no limits on activity. Her thyroid gland - a gland in the neck "
        "that controls how much energy the body uses - was found to be underactive last year and "
        "she now takes a small daily tablet to replace the missing hormone; since then she has "
        "been less tired in the afternoons. She has mild hearing loss from glue ear, which means "
        "fluid sits behind her eardrums, and she should sit near the front of the class. Her "
        "eyesight is checked every year and she wears glasses for reading.",
    ),
    _und(
        "feeding-team-advice-dysphagia-explained-by-which-means",
        "Eating and drinking advice for Tayo, Year 1, from the Children's Feeding Team (Laura "
        "Dunn, Speech and Language Therapist, 30 November 2026).\n"
        "Tayo has dysphagia, which means he has difficulty swallowing safely. Thin drinks can go "
        "the wrong way into his lungs, so all his drinks need thickening powder added to the "
        "thickness shown in his plan. His food should be soft and mashed with no hard lumps. He "
        "needs to sit upright at the table and have an adult trained by our team sit beside him "
        "at every meal and snack. Signs that food has gone the wrong way are coughing, a wet or "
        "gurgly voice and watery eyes; if this happens, staff should stop the meal and follow his "
        "plan.",
    ),
    _und(
        "neuromuscular-clinic-letter-young-person-they",
        "Neuromuscular clinic letter for Robin, 16, who uses they/them, from Dr Hannah Price, "
        "Consultant Paediatric Neurologist, 15 June 2027.\n"
        "Robin has spinal muscular atrophy type 3, a condition in which the nerves that control "
        "the muscles slowly stop working, so the muscles get weaker over time. They now use a "
        "powered wheelchair outside the home and can walk only a few steps indoors. They receive "
        "a medicine by injection into the lower back at the hospital every four months, which "
        "has kept their strength steady. Their breathing is checked each year and is normal. At "
        "college they will need a lift, an accessible toilet with a hoist, and extra time in "
        "exams because their writing arm tires quickly.",
    ),
    _und(
        "diagnostic-report-autism-plain-english",
        "Autism assessment summary for Noel, Year 6, by Dr Farah Siddiqui, Clinical Psychologist, "
        "Neurodevelopmental Service, 9 October 2026.\n"
        "Noel was assessed by our team over three appointments and meets the criteria for autism. "
        "In practice this means he finds it hard to read other people's faces and tone of voice, "
        "prefers to talk about his own interests, especially trains, and becomes very upset when "
        "plans change. He is sensitive to loud noise and the feel of some clothes. His speech and "
        "reading are good for his age. He would benefit from warnings before changes, a quiet "
        "space to go to, and clear, literal instructions - saying exactly what is meant.",
    ),
    # ---------------------------------------------------------------- faulty undivided advice
    _und(
        "paediatric-letter-asd-echolalia",
        "Dear parent,\n"
        "I saw Leon, aged 4, in the child development centre on 21 October 2026. Leon has a "
        "diagnosis of ASD and a marked language delay. Much of what he says is echolalia, and he "
        "uses very few words of his own to ask for things. He lines up toys, flaps his hands "
        "when excited, and becomes very distressed at any change in routine. He eats a wide "
        "range of foods and sleeps well. His hearing was tested in September 2026 and is normal.\n"
        "Dr Yusuf Malik, Community Paediatrician",
        [("acronym", "advice", "ASD"), ("jargon", "advice", "echolalia")],
        "acronym jargon",
    ),
    _und(
        "school-nurse-soiling-brand-and-jargon",
        "School nurse advice for Kara, Year 3, from Beth Marlow, School Nurse, 14 January 2027.\n"
        "Kara has long-standing constipation with encopresis. She takes Movicol every day, "
        "mixed into a drink, and the dose is changed by her GP. She often does not feel when she "
        "needs to go, so she needs a toilet plan at school with set times after breakfast and "
        "lunch, a private toilet and a spare set of clothes. She is embarrassed and must not be "
        "told off for accidents.",
        [("jargon", "advice", "encopresis"), ("drug_name", "advice", "Movicol")],
        "jargon drug_name",
    ),
    _und(
        "surgical-letter-peg-omeprazole-fundoplication",
        "Dear colleague,\n"
        "Isaac, Year 2, was reviewed in the paediatric surgery clinic on 3 March 2027 by Mr "
        "Tunde Ola, Consultant Paediatric Surgeon. He had a fundoplication in 2026 to stop milk "
        "coming back up from his stomach, and his PEG is working well. He takes omeprazole each morning. He has all his "
        "milk feeds through the tube and small tastes of food by mouth. School staff who give his "
        "feeds need training from the children's community nursing team.",
        [
            ("jargon", "advice", "fundoplication"),
            ("acronym", "advice", "PEG"),
            ("drug_name", "advice", "omeprazole"),
        ],
        "acronym jargon drug_name",
    ),
    _und(
        "asthma-plan-table-ot-and-salbutamol",
        "Health summary for Poppy, Year 5, prepared by Jenna Clarke, Specialist Asthma Nurse, 22 "
        "September 2026.\n"
        "Poppy has asthma and developmental coordination disorder.\n"
        "Need | Service | Contact\n"
        "Asthma | Children's asthma nurse | review every six months\n"
        "Coordination and handwriting | OT | block of six sessions in spring 2027\n"
        "Poppy uses salbutamol through her spacer (a tube that makes the inhaler easier to use) "
        "when she is wheezy and before PE.",
        [("acronym", "advice", "OT"), ("drug_name", "advice", "salbutamol")],
        "acronym drug_name",
    ),
    _und(
        "neurology-letter-epilim-postictal",
        "Neurology clinic letter for Freya, Year 8, from Dr Simon Carter, Consultant Paediatric "
        "Neurologist, 29 April 2027.\n"
        "Freya has generalised epilepsy, which means her seizures involve the whole brain from "
        "the start. She is on Epilim twice a day and her seizures are now rare, about one a "
        "term. After a seizure she is postictal for an hour or two and should be allowed to "
        "sleep in the medical room. She has no learning difficulty, but she sometimes feels "
        "slow in the mornings.",
        [("drug_name", "advice", "Epilim"), ("jargon", "advice", "postictal")],
        "jargon drug_name",
    ),
    _und(
        "physio-report-cp-baclofen-botox-afos",
        "Physiotherapy report for Arlo, Year 6, by Kate Lyons, Paediatric Physiotherapist, "
        "Children's Therapy Service, 5 October 2026.\n"
        "Arlo has CP affecting both legs. His leg muscles are tight, and he takes baclofen "
        "to help them relax. He had Botox injections into his calves in July 2026, followed by "
        "a block of stretching. He wears AFOs every day to keep his feet flat when he walks. He "
        "walks independently indoors but uses a wheelchair for long distances and on trips.",
        [
            ("acronym", "advice", "CP"),
            ("drug_name", "advice", "baclofen"),
            ("drug_name", "advice", "Botox"),
            ("acronym", "advice", "AFOs"),
        ],
        "acronym drug_name",
    ),
    _und(
        "diabetes-clinic-hypoglycaemia-novorapid-hba1c",
        "Diabetes clinic summary for Ollie, Year 7, from Hannah Webb, Children's Diabetes Nurse "
        "Specialist, 10 February 2027.\n"
        "Ollie has type 1 diabetes and gives NovoRapid with a pen before meals. His HbA1c has "
        "risen since he started secondary school. He has had two episodes of hypoglycaemia in "
        "PE this term, when he felt shaky and could not think clearly. He needs to check his "
        "sugar level before PE and at lunch, carry a snack at all times, and be allowed to eat in "
        "lessons when his level is low.",
        [
            ("drug_name", "advice", "NovoRapid"),
            ("acronym", "advice", "HbA1c"),
            ("jargon", "advice", "hypoglycaemia"),
        ],
        "acronym jargon drug_name",
    ),
    _und(
        "mental-health-letter-sertraline-anhedonia-cbt",
        "Letter from the mental health team for Zara, Year 11, by Dr Owen Reilly, Consultant "
        "Psychiatrist, 18 November 2026.\n"
        "Zara has depression with marked anhedonia and poor sleep. She started sertraline in "
        "October 2026 and is having CBT with our team each week. She finds it hard to get to "
        "school before 10am and is worried about her exams. A quiet place to work and a named "
        "adult to check in with would help her.",
        [
            ("jargon", "advice", "anhedonia"),
            ("drug_name", "advice", "sertraline"),
            ("acronym", "advice", "CBT"),
        ],
        "acronym jargon drug_name",
    ),
    _und(
        "hearing-report-sensorineural-tod",
        "Hearing report for Mo, Year 2, by Claire Dunne, Paediatric Audiologist, Eastfield "
        "Hospital, 11 January 2027.\n"
        "Mo has a moderate sensorineural hearing loss in both ears and wears two hearing aids. "
        "He uses a radio aid in class, and the TOD visits every half term to check it. In a "
        "quiet room with his aids he hears most speech well, but in the hall and playground he "
        "misses a lot. He should sit near the teacher and away from noisy equipment.",
        [
            ("jargon", "advice", "sensorineural"),
            ("acronym", "advice", "TOD"),
        ],
        "acronym jargon",
    ),
]
