"""Blind set 2026-12n: EHC plan health sections and health advice, labelled by hand.

Written from the domain notes' standard without reading the checks. All people, services,
trusts, towns and dates are invented. See README.md.
"""

from ..cases import Case


def _t(*lines):
    return "\n".join(lines)


def _tags(expected):
    checks = sorted({e[0] for e in expected})
    return tuple(checks) if checks else ("clean",)


def _plan(name, c, e, g, *expected):
    return Case(
        name=name,
        sections={"C": c, "E": e, "G": g},
        expected=tuple(expected),
        kind="plan",
        tags=_tags(expected),
    )


def _div(name, needs, outcomes, provision, author, *expected):
    sections = {"needs": needs, "outcomes": outcomes, "provision": provision}
    if author is not None:
        sections["author"] = author
    return Case(
        name=name,
        sections=sections,
        expected=tuple(expected),
        kind="advice",
        tags=_tags(expected),
    )


def _und(name, advice, *expected):
    return Case(
        name=name,
        sections={"advice": advice},
        expected=tuple(expected),
        kind="advice",
        tags=_tags(expected),
    )


PLANS = [
    _plan(
        "cf-chest-clearance-paragraph-clean",
        _t(
            "Oliver is 9 and has cystic fibrosis, a condition that makes thick mucus build up "
            "in his lungs and stops his body digesting food properly. He needs to clear his "
            "chest twice during the school day, and he must take enzyme capsules with every meal "
            "and snack so that he can digest his food. He becomes breathless in PE and games."
        ),
        _t(
            "By July 2027, Oliver will do his own chest clearance routine at school with no more "
            "than one adult prompt on at least 9 out of 10 school days, as recorded in his "
            "physiotherapy diary.",
            "By July 2027, Oliver will ask for and take his capsules before every meal and snack "
            "without a reminder, checked weekly by his class teacher.",
            "By Easter 2027, I will take part in the whole PE lesson in at least 3 out of 4 weeks, "
            "taking a rest break when I need one.",
        ),
        _t(
            "Everything below runs for the school year 2026-27 and is reviewed at the annual "
            "review in June 2027.",
            "The cystic fibrosis physiotherapist from Hallow Vale Children's Hospital will train "
            "Oliver's teaching assistant in his chest clearance routine once in September 2026 "
            "and will check her technique each half term.",
            "The trained teaching assistant will supervise his chest clearance for 15 minutes at "
            "10.30am and 2pm every school day.",
            "His class teacher will give him his enzyme capsules at every meal and snack, "
            "following the written plan from the cystic fibrosis nurse specialist.",
            "The PE teacher will follow the exercise plan written by the physiotherapist in every "
            "PE lesson, letting Oliver stop for a 5-minute rest each time he signals that he is "
            "breathless.",
        ),
    ),
    _plan(
        "t1-diabetes-bullets-regular-checks",
        _t(
            "Health needs",
            "- Priya (12) has type 1 diabetes. Her blood glucose (sugar) level must be checked "
            "before lunch, before PE and whenever she feels shaky.",
            "- She can have a low blood sugar (a 'hypo') with little warning and needs an adult "
            "who knows what to do.",
            "- She has missed parts of lessons this year because she was unsure when to leave "
            "class for a check.",
        ),
        _t(
            "- By December 2026, Priya will check her own blood glucose before lunch and before PE "
            "on every school day, recorded on her pump app and seen by the school nurse weekly.",
            "- By July 2027, Priya will treat a low blood sugar herself using her hypo box and tell "
            "an adult every time, with no missed treatment in the school's log for the summer term.",
            "- By July 2027, Priya will miss no more than 10 minutes of any lesson for a diabetes "
            "check, as recorded by her form tutor.",
        ),
        _t(
            "- The paediatric diabetes specialist nurse from Tarrow Bridge NHS Trust will train "
            "three named members of staff in blood glucose checks and hypo treatment in September "
            "2026 and again in January 2027.",
            "- A trained member of staff will have regular contact with Priya to check her blood "
            "glucose levels.",
            "- A trained member of staff will treat any low blood sugar straight away using her "
            "written hypo plan, every time it happens, for the school year 2026-27.",
            "- Her form tutor will give her a time-out card to leave any lesson for a check, "
            "from September 2026 until the next annual review.",
        ),
        ("unspecified_provision", "G", "regular"),
        (
            "no_frequency",
            "G",
            "A trained member of staff will have regular contact with Priya to check her blood "
            "glucose levels.",
        ),
        (
            "no_duration",
            "G",
            "A trained member of staff will have regular contact with Priya to check her blood "
            "glucose levels.",
        ),
    ),
    _plan(
        "cp-table-physio-clean",
        _t(
            "Area of need | What this means for Jamal",
            "Moving around | Jamal (6) has cerebral palsy affecting both legs. He walks with a "
            "frame indoors and uses a wheelchair for longer distances.",
            "Tight muscles | His calf and thigh muscles get tight, which makes standing and "
            "walking harder by the end of the day.",
            "Sitting | He needs a supportive chair to sit upright for writing and eating.",
        ),
        _t(
            "Outcome | By when | How we will know",
            "I will walk with my frame from the classroom to the hall and back | July 2027 | "
            "Physiotherapist's termly measure, 3 times out of 3",
            "I will stand in my standing frame for 30 minutes a day | December 2026 | "
            "Daily chart kept by my teaching assistant",
            "I will sit upright and finish my written work at the same table as my friends | "
            "July 2027 | Class teacher's record, at least 4 days out of 5",
        ),
        _t(
            "Provision | Who | How often | How long",
            "Physiotherapy programme of walking practice and stretches | Children's "
            "physiotherapist, Lydbrook Community Children's Services, writes and reviews it; "
            "teaching assistant trained by her delivers it | Programme delivered 20 minutes "
            "daily, reviewed by the physiotherapist once a half term | School year 2026-27",
            "Standing frame | Teaching assistant trained by the physiotherapist | 30 minutes "
            "every school day | School year 2026-27",
            "Supportive classroom chair assessed and supplied | Children's occupational therapist | "
            "Once, by October 2026, with a check each term | Until the annual review in June 2027",
        ),
    ),
    _plan(
        "epilepsy-paragraph-drug-name",
        _t(
            "Ruby is 14 and has epilepsy. She has seizures where she goes blank for a few seconds "
            "(absences) several times a week, and she misses what the teacher is saying when this "
            "happens. About twice a year she has a longer seizure where she falls and shakes, "
            "which needs emergency medicine if it lasts five minutes."
        ),
        _t(
            "By July 2027, Ruby will have a copy of the notes for every lesson she has had an "
            "absence in, on at least 9 out of 10 occasions, checked by her head of year each half "
            "term.",
            "By October 2026, Ruby will tell the school nurse that she feels safe at school because "
            "the staff around her know her seizure plan, and she will say so again at her review in June 2027.",
        ),
        _t(
            "The epilepsy nurse specialist from Mardle Valley Children's Services will train all "
            "staff who teach Ruby in her seizure plan once at the start of each term in "
            "2026-27, including how to give midazolam into the side of her mouth if a seizure lasts five minutes.",
            "A trained member of staff will give the emergency medicine whenever a seizure lasts "
            "five minutes and call 999, for as long as Ruby attends Kestrel Academy.",
            "Each of her subject teachers will give her a printed copy of the lesson notes at the "
            "end of every lesson in which an absence is seen or she asks, for the school year "
            "2026-27.",
        ),
        ("drug_name", "G", "midazolam"),
    ),
    _plan(
        "asd-sensory-golden-thread-missing-outcome",
        _t(
            "Health needs",
            "Leo (7) has a diagnosis of autism. Loud, busy places such as the dinner hall and "
            "assemblies overwhelm him and he runs out of the room. He eats only five foods and "
            "often has no lunch at school. He has trouble getting to sleep and is often tired "
            "in the morning.",
        ),
        _t(
            "By July 2027, Leo will stay in the dinner hall for at least 15 minutes on 4 out of 5 "
            "days, using his ear defenders, as recorded by his key adult.",
            "By March 2027, Leo will eat some of his packed lunch every day of the week, checked by "
            "the lunchtime record.",
        ),
        _t(
            "All provision below is for the school year 2026-27.",
            "The children's occupational therapist from Brenmoor Community Health will write a "
            "sensory plan in September 2026 and review it with the class teacher once each term.",
            "Leo's class teacher and his key adult, trained by the occupational therapist, will "
            "follow the sensory plan every day, including offering ear defenders before lunch and "
            "assemblies.",
            "The community paediatric dietitian will see Leo and his parents three times in "
            "2026-27 to widen the foods he will eat, and will give school a written eating plan "
            "after the first visit.",
            "The school nursing team will run a sleep clinic for Leo's parents, four weekly "
            "sessions of 45 minutes in the autumn term 2026.",
        ),
        (
            "golden_thread",
            "C",
            "He has trouble getting to sleep and is often tired in the morning.",
        ),
    ),
    _plan(
        "hearing-loss-ci-lists-clean",
        _t(
            "1. Aisha (4) was born profoundly deaf and has had cochlear implants (hearing devices "
            "fitted by an operation) in both ears since she was one.",
            "2. She finds it hard to hear speech in a noisy nursery room and misses what adults "
            "say during group time.",
            "3. Her spoken language is about one year behind other children of her age.",
            "4. Her implant processors (the parts worn behind the ears) need checking every morning to make sure they are working.",
        ),
        _t(
            "1. By July 2027, Aisha will follow a two-step instruction given in group time on 4 "
            "out of 5 tries, as checked by her teacher of the deaf each half term.",
            "2. By July 2027, Aisha will use sentences of four words or more to tell an adult what "
            "she wants, in 8 out of 10 observed times.",
            "3. From September 2026, my processors will be checked and working before the start "
            "of every nursery session, as shown on the daily check sheet.",
        ),
        _t(
            "1. A qualified teacher of the deaf from the Riverside Sensory Support Service will "
            "visit the nursery every two weeks for one hour, from September 2026 to July 2027, "
            "to work with Aisha and advise staff.",
            "2. A speech and language therapist from the Cheswick Implant Centre will see Aisha "
            "once a month for 45 minutes until July 2027 and will set targets for the nursery.",
            "3. Her key worker, trained by the teacher of the deaf in October 2026, will carry out "
            "the speech and language therapist's targets for 10 minutes each day.",
            "4. Her key worker will check both processors with the listening check kit at the "
            "start of every session, for as long as Aisha attends the nursery.",
            "5. Her key worker will use a radio aid (a microphone the adult wears that sends speech "
            "straight to her implants) in every group time until July 2027, set up by the "
            "teacher of the deaf once in September 2026.",
        ),
    ),
    _plan(
        "down-syndrome-untrained-ta-no-provider",
        _t(
            "Sam is 11 and has Down syndrome. He has low muscle tone, which means his hands tire "
            "quickly when he writes and he finds buttons and zips hard. His speech can be hard for "
            "new people to understand."
        ),
        _t(
            "By July 2027, Sam will write three sentences in a lesson without stopping to rest "
            "his hand, in 4 out of 5 English lessons, checked by his class teacher.",
            "By July 2027, Sam will do up the zip on his coat by himself every home time, as "
            "recorded by his teaching assistant.",
            "By July 2027, Sam will be understood by an adult he does not know in 7 out of 10 "
            "sentences, measured by his speech and language therapist.",
        ),
        _t(
            "The children's occupational therapist will set a hand strength programme in "
            "September 2026 and review it each term for 2026-27.",
            "A teaching assistant will do the hand programme with Sam for 10 minutes three times "
            "a week until July 2027.",
            "His teaching assistant will practise coats and zips with him at every home time "
            "until July 2027.",
            "A speech and language therapist from Fenwick Children's Therapies will see Sam for "
            "30 minutes every fortnight in 2026-27 and give his class teacher targets each half "
            "term.",
        ),
        (
            "no_provider",
            "G",
            "A teaching assistant will do the hand programme with Sam for 10 minutes three times "
            "a week until July 2027.",
        ),
        (
            "no_provider",
            "G",
            "His teaching assistant will practise coats and zips with him at every home time "
            "until July 2027.",
        ),
    ),
    _plan(
        "sickle-cell-no-health-needs-statement-clean",
        _t(
            "Kwame (15) has sickle cell disease. His haematology team confirm that at present it "
            "does not affect his learning or his access to school, and he has had no pain crises "
            "needing time off in the last two years. There are no health needs that relate to "
            "his special educational needs. His needs are described in section B."
        ),
        _t("There are no health outcomes in this plan."),
        _t("There is no health provision in this plan."),
    ),
    _plan(
        "mental-health-anxiety-access-to",
        _t(
            "Ellie (16) has severe anxiety and low mood. She has panic attacks in crowded "
            "corridors and has been attending about half of her lessons. She has said that she "
            "wants to get back to full days before her exams."
        ),
        _t(
            "By February 2027, I will attend at least 80% of my lessons over a half term, as shown "
            "on the school attendance record.",
            "By April 2027, I will use my breathing plan to manage a panic attack and return to "
            "the lesson within 15 minutes, on at least 3 out of 4 occasions I record in my diary.",
        ),
        _t(
            "Ellie will have weekly 50-minute sessions of cognitive behavioural therapy (a talking "
            "therapy that helps change patterns of thinking) with a clinical psychologist from "
            "Ashcombe Children and Young People's Mental Health Service, for 12 weeks from "
            "October 2026.",
            "Ellie will have access to a quiet room when she feels anxious.",
            "Her head of year will agree a reduced-corridor timetable with her, leaving lessons "
            "five minutes early, every day until Easter 2027.",
        ),
        ("unspecified_provision", "G", "access to"),
        (
            "no_provider",
            "G",
            "Ellie will have access to a quiet room when she feels anxious.",
        ),
        (
            "no_duration",
            "G",
            "Ellie will have access to a quiet room when she feels anxious.",
        ),
    ),
    _plan(
        "duchenne-long-paragraph-clean",
        _t(
            "Harry is 10 and has Duchenne muscular dystrophy, a condition in which the muscles "
            "slowly get weaker. Over the last year he has started to tire after walking more "
            "than about 50 metres, so he now uses a powered wheelchair around the school site. "
            "He cannot manage the stairs to the upstairs classrooms, he needs help from an adult "
            "to go to the toilet, and his ankles are getting stiff, which his physiotherapist "
            "wants to slow down with daily stretches. He is a sociable boy who wants to stay with "
            "his friends at playtime."
        ),
        _t(
            "By July 2027, Harry will get to every lesson, upstairs or down, on time, on at least "
            "9 out of 10 days in the class register.",
            "By December 2026, Harry will tell his teaching assistant when he needs the toilet and "
            "use the hoist with two adults every time, with no accidents recorded over a half "
            "term.",
            "By July 2027, the range of movement in Harry's ankles will be the same or better than "
            "in September 2026, measured by his physiotherapist each term.",
            "By July 2027, I will spend every playtime outside with my friends using my "
            "wheelchair, on at least 4 days out of 5.",
        ),
        _t(
            "This provision runs from September 2026 until the annual review in July 2027.",
            "The school office will keep the lift key and give it to Harry's teaching assistant at "
            "the start of each day.",
            "Two teaching assistants, trained by the community children's nurse in safe moving and "
            "handling and use of the hoist in September 2026, will help Harry with the toilet "
            "whenever he asks.",
            "The children's physiotherapist from Orley Park Neuromuscular Service will review "
            "Harry's stretching programme in school once a term and update the written plan.",
            "A trained teaching assistant will do his 15-minute stretching programme after lunch "
            "every school day.",
            "A trained teaching assistant will be with Harry outside at every playtime so that he "
            "can join in safely.",
        ),
    ),
    _plan(
        "tracheostomy-nursery-as-required",
        _t(
            "Freddie is 3 and has a tracheostomy (a breathing tube in the front of his neck) "
            "because his windpipe is narrow. Mucus collects in the tube and has to be cleared "
            "with a suction machine, sometimes several times a session. He cannot make much "
            "sound with his voice and uses signs and pictures to tell adults what he wants."
        ),
        _t(
            "By July 2027, Freddie will show an adult that his tube needs clearing by pointing to "
            "his picture card, on 4 out of 5 occasions noted by his nurse.",
            "By July 2027, Freddie will use 20 signs or pictures to ask for things in nursery, "
            "counted by his speech and language therapist.",
        ),
        _t(
            "All the provision below is for Freddie's year at Little Acorns Nursery, "
            "September 2026 to July 2027.",
            "A children's nurse from the Harbury Children's Community Nursing Team, or a nursery "
            "nurse trained and signed off by that team, will be with Freddie for every session "
            "he attends.",
            "His tube will be suctioned as required.",
            "A speech and language therapist from Harbury Children's Therapies will visit every "
            "three weeks for 45 minutes to teach signs and pictures to Freddie and his key "
            "worker.",
        ),
        ("unspecified_provision", "G", "as required"),
        ("no_frequency", "G", "His tube will be suctioned as required."),
        ("no_provider", "G", "His tube will be suctioned as required."),
    ),
    _plan(
        "adhd-bullets-medicine-unnamed-clean",
        _t(
            "- Tyler (13) has attention deficit hyperactivity disorder (ADHD). He finds it hard to "
            "stay in his seat and to start written tasks.",
            "- He takes a tablet each morning at home that helps his concentration. It wears off "
            "by about 2pm, and afternoon lessons are harder for him.",
            "- He has been given detentions for leaving lessons without permission.",
        ),
        _t(
            "- By the end of the spring term 2027, Tyler will start a written task within 5 "
            "minutes of being asked in at least 4 out of 5 lessons, recorded on his daily report "
            "card.",
            "- By July 2027, I will use my movement break card instead of walking out, so that I "
            "have no more than one detention for leaving lessons each half term.",
        ),
        _t(
            "- The ADHD nurse specialist from Carnforth Community Paediatrics will meet Tyler's "
            "SENCo (special educational needs coordinator) once a term in 2026-27 to review how "
            "his medicine is working during the school day and suggest changes to the plan.",
            "- Each of his teachers will give Tyler a task plan broken into three short steps at "
            "the start of every written task, for the school year 2026-27.",
            "- His head of year will give Tyler a movement break card allowing two 5-minute "
            "breaks in each afternoon lesson, from September 2026 to July 2027.",
        ),
    ),
    _plan(
        "dyspraxia-outcomes-not-smart",
        _t(
            "Mia (8) has developmental coordination disorder (dyspraxia). Her handwriting is slow "
            "and hard to read, and she finds it hard to use a knife and fork. She gets upset "
            "when she cannot keep up with her classmates."
        ),
        _t(
            "Mia will improve her handwriting.",
            "By July 2027, Mia will cut up her own lunch with a knife and fork on 4 out of 5 days, "
            "checked by the lunchtime record kept by her teaching assistant.",
            "Mia will be happier at school.",
        ),
        _t(
            "The provision below runs for the school year 2026-27.",
            "The children's occupational therapist from Wenham Children's Therapy Service will "
            "run a 6-week handwriting group for 40 minutes a week in the autumn term, then "
            "review Mia once each term.",
            "Her teaching assistant, trained by the occupational therapist, will do 10 minutes of "
            "fine motor practice (small hand movements) with her every school day.",
            "Her teaching assistant will help her practise with adapted cutlery at lunch every "
            "day.",
            "Her class teacher will meet Mia for 10 minutes every Friday to talk about her week "
            "and what went well.",
        ),
        ("outcome_not_smart", "E", "Mia will improve her handwriting."),
        ("outcome_not_smart", "E", "Mia will be happier at school."),
    ),
    _plan(
        "dld-unexplained-salt-ot",
        _t(
            "Zara (6) has developmental language disorder, which means she has difficulty "
            "understanding and using spoken language. She finds it hard to follow instructions "
            "with more than one step. She also finds it hard to hold a pencil and to get "
            "dressed after PE."
        ),
        _t(
            "By July 2027, Zara will follow a two-step classroom instruction on 8 out of 10 "
            "occasions, as recorded by her class teacher.",
            "By July 2027, Zara will get dressed after PE within 10 minutes without help in "
            "every PE lesson over a half term.",
            "By March 2027, Zara will hold her pencil with the grip shown by her therapist for a "
            "whole writing task, in 4 out of 5 lessons.",
        ),
        _t(
            "SALT from Ely Road Children's Centre: a block of 8 weekly 30-minute sessions in the "
            "autumn term 2026, then a review each term until July 2027.",
            "Her class teacher, trained by the therapist, will break "
            "instructions into single steps in every lesson for the school year 2026-27.",
            "OT assessment once in September 2026, with a written programme of dressing and "
            "pencil grip activities for school.",
            "A teaching assistant trained by the therapist will do the programme "
            "with Zara for 15 minutes, three times a week, until July 2027.",
        ),
        ("acronym", "G", "SALT"),
        ("acronym", "G", "OT"),
    ),
    _plan(
        "spina-bifida-first-person-college-clean",
        _t(
            "About my health (written with me, Callum, age 17)",
            "I have spina bifida. I use a wheelchair all the time. I can't feel when my bladder is "
            "full, so I empty it with a catheter (a thin tube) every three to four hours. I do "
            "this myself but I need a private, accessible toilet at college. I also get sore "
            "skin if I sit in one position for too long, so I need to shift my weight in my chair "
            "every 30 minutes.",
        ),
        _t(
            "By December 2026, I will empty my bladder at college on time, every three to four "
            "hours, on every college day, without missing a lesson for more than 15 minutes.",
            "By July 2027, I will have no sore skin that stops me coming to college, as "
            "checked by my community nurse at each review.",
        ),
        _t(
            "This runs for my first year at Kingsmead College, September 2026 to July 2027.",
            "The college estates manager will keep the accessible toilet next to the science "
            "block for my use and check it is stocked every morning.",
            "The continence nurse from Sefton Park Community Health will check my catheter "
            "routine with me at college once in September 2026 and again in January 2027.",
            "My tutor will agree with me at the start of each term which lesson times I can leave "
            "for the toilet, and tell my lecturers.",
            "The community nurse will visit me at home every 8 weeks to check my skin and my "
            "pressure cushion.",
            "My lecturers will remind me to shift my weight if I have not moved for 30 minutes, in "
            "every lesson.",
        ),
    ),
    _plan(
        "weight-provision-no-need",
        _t(
            "Noah (9) has Prader-Willi syndrome. He is always hungry and will take food from "
            "other children's lunch boxes and bins. He has tantrums when he is told he cannot "
            "have more food."
        ),
        _t(
            "By July 2027, Noah will eat only his own lunch and snack at school, with no more "
            "than one food-taking incident recorded each half term.",
            "By July 2027, Noah will use his calm-down plan when told no more food, with fewer "
            "than two tantrums a week on his behaviour log.",
        ),
        _t(
            "All provision is for 2026-27.",
            "A teaching assistant trained by the Prader-Willi specialist nurse in September 2026 "
            "will supervise Noah at every snack and lunch time.",
            "The clinical psychologist from Tennerby Child Development Centre will write a "
            "calm-down plan with Noah's teacher and review it once each half term.",
            "The school physiotherapist will run a 30-minute exercise group for Noah twice a "
            "week to help with his balance.",
        ),
        (
            "golden_thread",
            "G",
            "The school physiotherapist will run a 30-minute exercise group for Noah twice a "
            "week to help with his balance.",
        ),
    ),
    _plan(
        "vi-habilitation-clean",
        _t(
            "Grace is 8 and has a visual impairment from birth. She can see large shapes and "
            "bright colours but cannot read normal print. She is learning braille. She finds "
            "it hard to find her way around the school and needs to learn routes safely."
        ),
        _t(
            "By July 2027, Grace will read a short book in braille at 20 words a minute, "
            "measured by her qualified teacher of children with vision impairment each term.",
            "By July 2027, Grace will walk on her own from her classroom to the hall, the dinner "
            "hall and the playground using her cane, on 5 out of 5 tries.",
        ),
        _t(
            "A qualified teacher of children with vision impairment from the Avonleigh Sensory "
            "Service will teach Grace braille for 1 hour twice a week from September 2026 to July "
            "2027.",
            "A habilitation specialist (who teaches children with sight loss to move around "
            "safely and independently) from the same service will teach Grace routes around "
            "school for 45 minutes a week in the autumn and spring terms 2026-27.",
            "The Children's Eye Clinic at Avonleigh General will see Grace every 6 months during "
            "2026-27 and send a report to school.",
        ),
    ),
    _plan(
        "dysphagia-jargon-c",
        _t(
            "Health needs",
            "Ibrahim (5) has cerebral palsy affecting his whole body. He has dysphagia and there "
            "is a risk of aspiration if he is fed too quickly or in the wrong position. He needs "
            "an adult to feed him every meal and snack. He cannot sit without support.",
        ),
        _t(
            "By July 2027, Ibrahim will eat his whole lunch safely in his supportive seat, with "
            "no coughing episodes recorded on 4 out of 5 days.",
            "By July 2027, Ibrahim will sit in his supportive chair for a 20-minute carpet "
            "session, in every session over a half term.",
        ),
        _t(
            "For the school year 2026-27:",
            "A speech and language therapist from Bramley Children's Feeding Team will write "
            "Ibrahim's eating and drinking plan in September 2026 and train two named teaching "
            "assistants to follow it.",
            "One of the trained teaching assistants will feed him at every meal and snack, "
            "following the plan.",
            "The children's occupational therapist will provide and set up a supportive seat "
            "and chair once in September 2026 and check them each term.",
        ),
        ("jargon", "C", "dysphagia"),
        ("jargon", "C", "aspiration"),
    ),
    _plan(
        "angelman-special-school-clean",
        _t(
            "Health needs",
            "Lily (5) has Angelman syndrome. She has no spoken words and communicates with "
            "gestures, pictures and a communication device (a tablet that speaks the picture she "
            "presses). She has seizures, mostly at night, and has a rescue plan for school. She "
            "sleeps badly and is often very tired in the mornings.",
        ),
        _t(
            "By July 2027, Lily will press her communication device to ask for a drink or a "
            "toy at least 5 times in each school day, counted by her class team.",
            "By July 2027, Lily will be back in her class activities on the same day after a "
            "seizure at school on at least 3 out of 4 occasions, recorded on her seizure log.",
            "By July 2027, Lily will be awake and joining in the morning session on at least 4 "
            "days out of 5, recorded on the class log.",
        ),
        _t(
            "The provision below is for Lily's reception year at Meadowbank Special School, "
            "2026-27.",
            "A speech and language therapist from the Meadowbank Therapy Team will set up her "
            "communication device and see her for 30 minutes every week.",
            "The school nurse at Meadowbank, a registered children's nurse, will train every "
            "member of her class team in her seizure rescue plan in September 2026 and again in "
            "January 2027.",
            "A trained member of her class team will follow the seizure rescue plan each time "
            "she has a seizure at school.",
            "The community learning disability nurse will run four sleep sessions with her "
            "parents at home, one each fortnight, in the autumn term 2026, and will send school a "
            "plan for a quiet start on tired mornings.",
        ),
    ),
    _plan(
        "hemiplegia-opportunities-should",
        _t(
            "Josh (11) has right-sided hemiplegia (weakness on one side of the body) after a "
            "stroke as a baby. He has little use of his right hand and finds it hard to carry "
            "a tray or open packets. He has a slight limp and tires on long walks."
        ),
        _t(
            "By July 2027, Josh will open his own lunch packets and carry his tray to the table "
            "on every day in one half term, recorded by the lunchtime supervisor's checklist.",
            "By July 2027, Josh will walk the 800 metres to the sports field and take part in "
            "the whole games lesson in 5 out of 6 weeks.",
        ),
        _t(
            "The children's occupational therapist from Dunmore Community Children's Health will "
            "provide a one-handed lunch kit once in September 2026.",
            "Josh should have opportunities for practising one-handed skills.",
            "The children's physiotherapist will see Josh in school for 30 minutes every month "
            "during 2026-27 to work on his walking and stamina.",
        ),
        ("unspecified_provision", "G", "should"),
        ("unspecified_provision", "G", "opportunities for"),
        (
            "no_frequency",
            "G",
            "Josh should have opportunities for practising one-handed skills.",
        ),
        (
            "no_duration",
            "G",
            "Josh should have opportunities for practising one-handed skills.",
        ),
        (
            "no_provider",
            "G",
            "Josh should have opportunities for practising one-handed skills.",
        ),
    ),
    _plan(
        "hydrocephalus-shunt-table-clean",
        _t(
            "Need | Detail",
            "Headaches and tiredness | Ava (12) has hydrocephalus (too much fluid around the "
            "brain) and has a shunt, a thin tube that drains the fluid. She gets headaches and "
            "tires easily, especially in the afternoon.",
            "Warning signs | If the shunt blocks she can become very unwell quickly. Staff need "
            "to know the warning signs: a bad headache, being sick, and being unusually sleepy.",
            "Memory | She forgets instructions and homework tasks.",
        ),
        _t(
            "What I want to achieve | By when | How we will measure it",
            "I will stay in lessons all afternoon, using my rest card no more than twice a day | "
            "July 2027 | Rest card log, 4 weeks out of 5",
            "I will tell an adult straight away if I have a warning sign, and I will know who to "
            "tell in every lesson | October 2026 | Checked by the SENCo (special educational "
            "needs coordinator) each half term",
            "I will hand in at least 8 out of 10 homework tasks on time using my planner | "
            "July 2027 | Homework record each half term",
        ),
        _t(
            "Provision | Provider | Frequency and duration",
            "Rest card allowing 10 minutes in the medical room | Head of year issues it; "
            "first aider on duty supervises the rest | Up to twice a day, 2026-27",
            "Training in shunt warning signs and the emergency plan | Neurosurgical nurse "
            "specialist, Castlegate Children's Hospital | Once in September 2026, repeated "
            "for new staff each term in 2026-27",
            "Homework written in her planner and checked | Each subject teacher | End of every "
            "lesson where homework is set, 2026-27",
        ),
    ),
    _plan(
        "jia-programme-no-frequency",
        _t(
            "Maisie (10) has juvenile idiopathic arthritis, a long-term condition in which her "
            "joints become swollen and painful. Her knees and wrists are stiff in the mornings, "
            "which makes writing and PE hard in the first lessons. She sometimes misses school "
            "when her joints flare up."
        ),
        _t(
            "By July 2027, Maisie will complete a full page of writing in the morning lessons in "
            "4 out of 5 days, using her adapted pen and sloping board.",
            "By July 2027, Maisie will take part in at least half of every PE lesson, with the "
            "changes set by her physiotherapist, recorded by the PE teacher.",
            "By July 2027, Maisie will complete at least 8 out of 10 pieces of work sent home "
            "when she is off with a flare, checked by her class teacher.",
        ),
        _t(
            "The children's rheumatology physiotherapist from Westbrook Hospital will provide a "
            "programme of morning stretches for school until July 2027.",
            "The children's occupational therapist will provide an adapted pen and sloping board "
            "once in September 2026.",
            "The PE teacher will adapt each PE lesson using the physiotherapist's written advice, "
            "for the school year 2026-27.",
            "When Maisie misses school because of a flare, her class teacher will send work home "
            "each day she is off, for the school year 2026-27.",
        ),
        (
            "no_frequency",
            "G",
            "The children's rheumatology physiotherapist from Westbrook Hospital will provide a "
            "programme of morning stretches for school until July 2027.",
        ),
    ),
    _plan(
        "anorexia-post16-clean",
        _t(
            "Health needs",
            "Sophie (17) is recovering from anorexia nervosa, an eating disorder. She must eat a "
            "planned snack mid-morning and lunch at college, and she finds it very hard to eat "
            "in front of others. When she is anxious about food she finds it hard to concentrate "
            "in lessons after lunch.",
        ),
        _t(
            "By February 2027, I will eat my full planned snack and lunch on every college day, "
            "as recorded in my meal diary and checked by my key worker each week.",
            "By July 2027, I will stay in every afternoon lesson for the whole lesson on at least "
            "4 days a week, shown in my attendance record.",
        ),
        _t(
            "Provision runs from September 2026 to the end of the college year in July 2027.",
            "Sophie's college key worker, trained by the Eating Disorder Service nurse in "
            "September 2026, will sit with her in a quiet room for her snack and lunch every "
            "college day.",
            "A nurse from the Northfold Community Eating Disorder Service will meet Sophie and "
            "her key worker at college every 4 weeks to review her meal plan.",
            "Sophie will see a clinical psychologist from the same service for a 50-minute "
            "session every week at the clinic.",
        ),
    ),
    _plan(
        "fasd-where-possible-may",
        _t(
            "Kai (9) has foetal alcohol spectrum disorder. He acts on impulse, runs out of class "
            "and finds changes in routine very upsetting. He has a short attention span and "
            "finds it hard to remember what he learned the day before."
        ),
        _t(
            "By July 2027, Kai will stay in class for the whole of each morning on at least 4 "
            "days a week, recorded in the class log.",
            "By July 2027, Kai will use his visual timetable to get ready for a change of "
            "activity, with no more than two incidents of running out each week.",
            "By July 2027, Kai will recall three facts from the previous lesson when asked at "
            "the start, in 3 out of 5 lessons.",
        ),
        _t(
            "For the school year 2026-27:",
            "The clinical psychologist from Lowther Child Development Service will visit school "
            "once each half term to advise his class teacher on managing changes.",
            "His class teacher will prepare a visual timetable each morning and warn him of any "
            "change where possible.",
            "A teaching assistant trained in memory activities by the psychologist may go over the previous day's "
            "learning with Kai for 10 minutes each morning.",
        ),
        ("unspecified_provision", "G", "where possible"),
        ("unspecified_provision", "G", "may"),
    ),
    _plan(
        "abi-numbered-clean",
        _t(
            "1. Dylan (14) had a brain injury in a road accident in March 2026.",
            "2. He now tires very quickly and needs to rest during the day.",
            "3. He has problems with his memory and with planning his work.",
            "4. His balance is poor and he has fallen on the stairs at school.",
            "5. He is finding it hard to accept the changes in himself and has been low in mood.",
        ),
        _t(
            "1. By April 2027, I will manage a full school day with two planned rest breaks on at "
            "least 4 days a week, as shown on my timetable record.",
            "2. By July 2027, I will use my phone planner to record and complete 8 out of 10 "
            "tasks set in class, checked by my head of year every half term.",
            "3. By December 2026, I will move between lessons safely, with no falls recorded in "
            "the autumn term.",
            "4. By July 2027, I will say at my review that I am feeling better about myself, "
            "scoring at least 6 out of 10 on my mood scale each half term.",
        ),
        _t(
            "1. Dylan's head of year will timetable two 15-minute rest breaks each school day in "
            "the library, for the school year 2026-27.",
            "2. The clinical neuropsychologist from the Regional Children's Brain Injury Service "
            "will assess his memory once in October 2026 and advise school on strategies.",
            "3. A teaching assistant trained by the neuropsychologist will go through his phone "
            "planner with him at the end of each day, until July 2027.",
            "4. The children's physiotherapist will see Dylan every two weeks for 30 minutes in "
            "the autumn term 2026 to work on his balance.",
            "5. Dylan will leave each lesson five minutes early to avoid crowded stairs, agreed by "
            "his head of year, from September 2026 to July 2027.",
            "6. A psychologist from the brain injury service will see Dylan for six fortnightly "
            "sessions from January 2027 to help him adjust.",
        ),
    ),
    _plan(
        "continence-need-no-provision",
        _t(
            "Ethan is 7 and has autism and a learning disability. He communicates with single "
            "words and a few signs. He is not yet toilet trained and wears pads, and he does not "
            "show adults when he needs changing. He finds it hard to wait his turn and will "
            "push other children in the line."
        ),
        _t(
            "By July 2027, Ethan will use 10 new signs or words to ask for what he wants, "
            "recorded by his speech and language therapist each term.",
            "By July 2027, Ethan will sit on the toilet at set times and pass urine there on at "
            "least 2 occasions a week, recorded on his toilet chart.",
            "By July 2027, Ethan will wait his turn in the line with a visual prompt, with no "
            "more than one push recorded each week.",
        ),
        _t(
            "For the school year 2026-27:",
            "A speech and language therapist from Hollins Children's Therapies will see Ethan for "
            "30 minutes every fortnight and set signing targets for the class.",
            "His class teacher, with the behaviour plan written by the learning disability "
            "nurse, will use a visual 'wait' card with him at every line-up.",
        ),
        (
            "golden_thread",
            "C",
            "He is not yet toilet trained and wears pads, and he does not show adults when he "
            "needs changing.",
        ),
    ),
    _plan(
        "asthma-eczema-nursery-clean",
        _t(
            "Ruby-Mae (4) has asthma and eczema. Her breathing gets tight when she runs around "
            "outdoors on cold days and she needs her blue reliever inhaler with a spacer (a plastic tube that helps the medicine reach her lungs). Her "
            "skin gets dry and itchy and she scratches until it bleeds, which distracts her from "
            "play and learning. Both are well controlled at home."
        ),
        _t(
            "By July 2027, Ruby-Mae will play outdoors every day and tell an adult when her "
            "chest feels tight, on every occasion recorded in her inhaler log.",
            "By July 2027, Ruby-Mae will stay at an activity for 10 minutes without scratching "
            "in 4 out of 5 observations by her key worker.",
        ),
        _t(
            "The provision below runs until Ruby-Mae leaves Sunnyside Nursery in July 2027.",
            "The school nursing team from Pellham Community Health will train her key worker and "
            "one other member of staff in using her inhaler and spacer once in September 2026.",
            "A trained member of staff will give the reliever inhaler whenever she is wheezy or "
            "says her chest is tight, following her asthma plan.",
            "Her trained key worker will put on her moisturising cream at 10am and 2pm each day, "
            "as set out in the skin plan from her GP practice, Pellham Road Surgery.",
        ),
    ),
    _plan(
        "constipation-sleep-drug-names-c",
        _t(
            "Alfie (8) has autism. He has long-term constipation and takes Movicol each morning; "
            "this means he sometimes needs the toilet urgently during the morning. He has "
            "problems sleeping and takes melatonin at bedtime, but he still wakes early and is "
            "very tired by the afternoon."
        ),
        _t(
            "By December 2026, Alfie will go to the toilet on his own whenever he needs to, "
            "using his toilet pass, with no accidents recorded over a half term.",
            "By July 2027, Alfie will take part in afternoon lessons with one planned rest "
            "break, on at least 4 days out of 5.",
        ),
        _t(
            "For the school year 2026-27:",
            "His class teacher will give him a toilet pass to leave the room at any time.",
            "His teaching assistant, trained by the school nurse in his toileting plan, will help "
            "him clean up and change if he has an accident, every time.",
            "His class teacher will timetable a 10-minute quiet break after lunch each day.",
        ),
        ("drug_name", "C", "Movicol"),
        ("drug_name", "C", "melatonin"),
    ),
    _plan(
        "tourette-clinic-letter-clean",
        _t(
            "The following is summarised from the clinic letter of Dr Anna Whitlow, consultant "
            "community paediatrician, dated 4 September 2026.",
            "Marcus (15) has Tourette syndrome. He has tics: sudden movements of his head and "
            "shoulders and sounds he cannot control. The tics get worse when he is stressed and "
            "in silent settings such as exams. He is embarrassed by them and has stopped putting "
            "his hand up in class.",
        ),
        _t(
            "By July 2027, I will sit my mock exams in a separate room and finish every paper, "
            "as recorded by the exams officer.",
            "By April 2027, I will answer a question in class at least once a week in three "
            "subjects, as noted by my form tutor.",
        ),
        _t(
            "The exams officer will book a separate room for Marcus for every internal and "
            "external exam from November 2026 until he finishes Year 11 in June 2027.",
            "A clinical psychologist from Elstow Child and Adolescent Mental Health Service will "
            "give Marcus 8 weekly sessions of behavioural therapy for tics, starting October 2026.",
            "His form tutor will meet Marcus for 15 minutes every fortnight during 2026-27 to "
            "agree which lessons he will try answering in, and tell those teachers.",
        ),
    ),
    _plan(
        "ds-heart-frequency-only-no-duration",
        _t(
            "Poppy (6) has Down syndrome and had heart surgery as a baby, which was successful. "
            "She has glue ear (fluid behind the eardrum), which makes it hard for her to hear in "
            "class. Her speech is unclear and she uses some Makaton signs (simple signs used alongside speech). She gets tired in "
            "the afternoons."
        ),
        _t(
            "By July 2027, Poppy will respond to her name called from across the classroom on 8 "
            "out of 10 tries, as recorded by her teaching assistant.",
            "By July 2027, Poppy will use 30 signs and words together to ask for things, "
            "counted by her speech and language therapist.",
            "By July 2027, Poppy will join in afternoon activities for at least 20 minutes at a "
            "time on 4 days out of 5.",
        ),
        _t(
            "Poppy will sit near the front within 2 metres of the teacher in every lesson, "
            "arranged by her class teacher.",
            "A speech and language therapist from Linford Children's Services will see her every "
            "three weeks to set targets for school.",
            "Her teaching assistant, trained in Makaton by the speech and language therapist, "
            "will sign with her in every lesson.",
            "Her class teacher will plan a quiet 10-minute rest after lunch every day.",
        ),
        (
            "no_duration",
            "G",
            "Poppy will sit near the front within 2 metres of the teacher in every lesson, "
            "arranged by her class teacher.",
        ),
        (
            "no_duration",
            "G",
            "A speech and language therapist from Linford Children's Services will see her every "
            "three weeks to set targets for school.",
        ),
        (
            "no_duration",
            "G",
            "Her teaching assistant, trained in Makaton by the speech and language therapist, "
            "will sign with her in every lesson.",
        ),
    ),
]

BLIND = [*PLANS]
