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
            "- By July 2027, Priya will treat a low blood sugar herself using her hypo box and "
            "tell "
            "an adult every time, with no missed treatment in the school's log for the summer "
            "term.",
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
            "Supportive classroom chair assessed and supplied | Children's occupational therapist "
            "| "
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
            "By October 2026, Ruby will tell the school nurse that she feels safe at school "
            "because "
            "the staff around her know her seizure plan, and she will say so again at her review "
            "in June 2027.",
        ),
        _t(
            "The epilepsy nurse specialist from Mardle Valley Children's Services will train all "
            "staff who teach Ruby in her seizure plan once at the start of each term in "
            "2026-27, including how to give midazolam into the side of her mouth if a seizure "
            "lasts five minutes.",
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
            "By March 2027, Leo will eat some of his packed lunch every day of the week, checked "
            "by "
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
            "4. Her implant processors (the parts worn behind the ears) need checking every "
            "morning to make sure they are working.",
        ),
        _t(
            "1. By July 2027, Aisha will follow a two-step instruction given in group time on 4 "
            "out of 5 tries, as checked by her teacher of the deaf each half term.",
            "2. By July 2027, Aisha will use sentences of four words or more to tell an adult what "
            "she wants, in 8 out of 10 observed times.",
            "3. By December 2026, I will hand my processors to my key worker for checking at "
            "the start of every nursery session, as shown on the daily check sheet.",
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
            "5. Her key worker will use a radio aid (a microphone the adult wears that sends "
            "speech "
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
            "A teaching assistant trained in memory activities by the psychologist may go over the "
            "previous day's "
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
            "outdoors on cold days and she needs her blue reliever inhaler with a spacer (a "
            "plastic tube that helps the medicine reach her lungs). Her "
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
            "class. Her speech is unclear and she uses some Makaton signs (simple signs used "
            "alongside speech). She gets tired in "
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

PLANS_2 = [
    _plan(
        "autism-ld-post19-pfa-clean",
        _t(
            "Section C: health needs",
            "Jordan is 19 and has autism and a moderate learning disability. They do not always "
            "notice when they are unwell or in pain and may not tell anyone. They become very "
            "anxious in new places such as a new work placement, and this can lead to them "
            "shutting down and not speaking. They want to travel to college on their own by bus.",
        ),
        _t(
            "By July 2027, I will use my health passport card to tell a college tutor when I feel "
            "unwell, every time, with the tutor noting it on my record.",
            "By March 2027, I will go to my new work placement one day a week for a whole term, "
            "using my visual plan, with no more than two days missed.",
            "By July 2027, I will travel to college by bus on my own on every college day for a "
            "whole half term.",
        ),
        _t(
            "Provision runs from September 2026 until Jordan's annual review in July 2027.",
            "The community learning disability nurse from Hartwell Adult Learning Disability "
            "Team will make a health passport card with Jordan in September 2026 and check they "
            "are using it once a term.",
            "Jordan's GP practice, Abbey Lane Medical Centre, will offer a learning disability "
            "annual health check once in 2026-27 and send the health action plan to Jordan.",
            "The learning disability nurse will write a visual plan for the work placement and "
            "visit it with Jordan twice before they start in January 2027.",
            "A travel trainer employed by Southmere Council, trained in travel training for "
            "adults with learning disabilities, will travel with Jordan three days a week in the "
            "autumn term 2026, then follow at a distance in the spring term 2027.",
        ),
    ),
    _plan(
        "glasses-need-no-outcome-provision-no-need",
        _t(
            "Health needs",
            "- Kian (7) has a squint and is long-sighted. He must wear his glasses all day to "
            "see the board and his books clearly.",
            "- He has delayed speech and is hard to understand.",
            "- He finds it hard to sit still on the carpet.",
        ),
        _t(
            "- By July 2027, Kian will be understood by his teacher in 8 out of 10 things he "
            "says, measured by his speech and language therapist.",
            "- By July 2027, Kian will sit on the carpet for 10 minutes with a wobble cushion in "
            "4 out of 5 sessions.",
        ),
        _t(
            "- The orthoptist (who treats squints) at Dunsford Children's Eye Clinic will see Kian "
            "every 4 months during 2026-27 and write to school about his glasses.",
            "- A speech and language therapist from Dunsford Children's Therapy will see Kian "
            "for 30 minutes every fortnight until July 2027.",
            "- His class teacher, trained by the children's occupational therapist, will give him "
            "a wobble cushion and a movement break in every carpet session in 2026-27.",
            "- The school nurse will check Kian's height and weight once a term during 2026-27.",
        ),
        (
            "golden_thread",
            "C",
            "He must wear his glasses all day to see the board and his books clearly.",
        ),
        (
            "golden_thread",
            "G",
            "The school nurse will check Kian's height and weight once a term during 2026-27.",
        ),
    ),
    _plan(
        "t1-diabetes-pump-infant-clean",
        _t(
            "Arlo is 6 and has type 1 diabetes. He wears a pump that gives him his medicine "
            "and a sensor that reads his blood sugar every few minutes. He is too young to "
            "count the carbohydrate (starch and sugar) in his food or to notice when his blood "
            "sugar is low, so an adult must do this for him."
        ),
        _t(
            "By July 2027, Arlo will tell an adult when his sensor alarms, on every occasion "
            "logged in his school diabetes diary.",
            "By July 2027, Arlo will eat his lunch with his class every day, with his dose given "
            "by an adult before he starts, as recorded in the diary.",
        ),
        _t(
            "This provision is for the school year 2026-27 at Redhill Infant School.",
            "The children's diabetes nurse specialist from Whitmoor Hospital will train two "
            "named teaching assistants in carbohydrate counting, pump doses and low blood sugar "
            "treatment in August 2026, and check their skills each term.",
            "One of the two trained teaching assistants will be with Arlo at all times in school "
            "to respond to sensor alarms.",
            "A trained teaching assistant will count the carbohydrate in his lunch and snack and "
            "give the pump dose at every meal and snack.",
        ),
    ),
    _plan(
        "cvi-support-as-needed",
        _t(
            "Harriet (12) has cerebral visual impairment, which means her eyes work but her brain "
            "has trouble making sense of what she sees. Busy pages and crowded rooms confuse her "
            "and she bumps into people in the corridors."
        ),
        _t(
            "By July 2027, Harriet will read a worksheet with one question per page without help "
            "in 4 out of 5 lessons, checked by her subject teachers.",
            "By December 2026, Harriet will move between lessons without bumping into anyone, "
            "with no incidents logged in a half term.",
        ),
        _t(
            "The qualified teacher of children with vision impairment from the Hillcrest Sensory "
            "Team will advise school on simplified worksheets once a half term in 2026-27.",
            "Each subject teacher will give Harriet simplified worksheets with one question per "
            "page in every lesson for 2026-27.",
            "Harriet will receive support as needed to move around the school.",
        ),
        ("unspecified_provision", "G", "support as needed"),
        (
            "no_frequency",
            "G",
            "Harriet will receive support as needed to move around the school.",
        ),
        (
            "no_duration",
            "G",
            "Harriet will receive support as needed to move around the school.",
        ),
        (
            "no_provider",
            "G",
            "Harriet will receive support as needed to move around the school.",
        ),
    ),
    _plan(
        "selective-mutism-clean",
        _t(
            "Isla (7) has selective mutism, a type of anxiety in which a child cannot speak in "
            "some places even though they speak well at home. At school she does not speak to "
            "adults at all and only whispers to one friend. She cannot ask to go to the toilet "
            "or tell an adult if she is hurt."
        ),
        _t(
            "By December 2026, Isla will use her picture card to ask for the toilet or to show "
            "she is hurt, every time, as noted by her key adult.",
            "By July 2027, Isla will speak aloud to her key adult in a quiet room in at least 4 "
            "out of 5 weekly sessions.",
        ),
        _t(
            "For the school year 2026-27:",
            "A speech and language therapist from Ashby Children's Services will train Isla's key "
            "adult, a teaching assistant, in the small-steps approach to talking in September "
            "2026 and review progress with her every half term.",
            "The trained key adult will run a 15-minute talking session with Isla in a quiet room "
            "three times a week.",
            "Her class teacher will give her a set of picture cards (toilet, hurt, help) on her "
            "first day back and keep a spare set on her desk every day.",
        ),
    ),
    _plan(
        "peg-unexplained-acronym",
        _t(
            "Oscar (9) has cerebral palsy. He is fed through a PEG because eating "
            "by mouth is not safe for him. He has his feeds at 10am, 12.30pm and 2.30pm. He "
            "uses a wheelchair and needs two adults and a hoist to move from his chair.",
        ),
        _t(
            "By July 2027, Oscar will have every school feed given on time and safely, with his "
            "weight stable or rising at each dietitian review.",
            "By July 2027, Oscar will move from his wheelchair to his standing frame and back "
            "twice every school day, recorded on his moving plan chart.",
        ),
        _t(
            "All provision is for 2026-27 at Foxhill Special School.",
            "The children's community nursing team will train three named teaching assistants in "
            "giving feeds through his tube in September 2026 and check their competence every "
            "six months.",
            "A trained teaching assistant will give his feeds at 10am, 12.30pm and 2.30pm every "
            "school day.",
            "The community paediatric dietitian will review his feed plan every three months.",
            "Two teaching assistants trained by the school's moving and handling trainer will "
            "use the hoist for every transfer.",
        ),
        ("acronym", "C", "PEG"),
    ),
    _plan(
        "me-cfs-part-time-clean",
        _t(
            "Health needs",
            "Niamh (16) has myalgic encephalomyelitis (ME), also called chronic fatigue syndrome. "
            "She has very little energy, and doing too much one day leaves her unable to get "
            "out of bed for the next two or three days. She can concentrate for about 20 minutes "
            "at a time. She is studying for three GCSEs on a reduced timetable.",
        ),
        _t(
            "By July 2027, I will attend my three GCSE lessons each week (six hours in total) "
            "in at least 10 of the 12 weeks of the summer term, shown in my attendance.",
            "By July 2027, I will work for 20 minutes then rest for 5 in every lesson, with my "
            "teachers recording that I completed the lesson's main task in 3 out of 4 lessons.",
        ),
        _t(
            "This provision runs from September 2026 to the end of Year 11 in June 2027.",
            "The occupational therapist from the Ryecroft Paediatric Fatigue Service will set "
            "Niamh's activity plan with her and the SENCo (special educational needs "
            "coordinator) in September 2026 and review it every 6 weeks.",
            "The SENCo will arrange a timetable of three GCSE subjects, two hours each a week, in "
            "morning slots.",
            "Each of her subject teachers will allow a 5-minute rest after every 20 minutes of "
            "work and give her the main task in writing at the start of each lesson.",
        ),
    ),
    _plan(
        "social-skills-fragment-outcome",
        _t(
            "Amir (10) has autism. He finds it hard to join in with games at playtime and "
            "often plays alone, which makes him sad. He is often late or absent because he "
            "becomes very anxious on Monday mornings."
        ),
        _t(
            "To develop his social skills.",
            "Amir will attend school more often.",
        ),
        _t(
            "For the school year 2026-27:",
            "The specialist autism teacher from the Coldwater Autism Outreach Team will run a "
            "six-week social group for 40 minutes a week in the autumn term, with Amir and two "
            "classmates.",
            "The school's emotional literacy support assistant, trained by the educational "
            "psychologist, will meet Amir for 20 minutes every Monday morning when he arrives.",
        ),
        ("outcome_not_smart", "E", "To develop his social skills."),
        ("outcome_not_smart", "E", "Amir will attend school more often."),
    ),
    _plan(
        "brittle-bones-handling-clean",
        _t(
            "Evie (9) has osteogenesis imperfecta (brittle bone disease). Her bones break "
            "easily, even from a small knock or fall, and she has had four fractures in the "
            "last two years. She uses a manual wheelchair at school and must not be lifted by "
            "her arms. She becomes frightened in the busy playground."
        ),
        _t(
            "By July 2027, Evie will have no breaks or injuries at school during the year, as "
            "recorded in the school's accident log.",
            "By July 2027, Evie will play outside in the quieter playground area with two "
            "friends on at least 3 days a week, recorded by her teaching assistant.",
        ),
        _t(
            "This provision is for 2026-27.",
            "The children's physiotherapist from Kenmoor Bone Service will train her teaching "
            "assistant and class teacher in safe handling once in September 2026, with a "
            "refresher in January 2027.",
            "Her trained teaching assistant will help Evie with every transfer in and out of her "
            "wheelchair, following the written handling plan.",
            "The trained teaching assistant will supervise Evie and her friends in the quieter "
            "playground area at every playtime.",
        ),
    ),
    _plan(
        "sensory-proprioceptive-staff-untrained",
        _t(
            "Theo (5) has autism and sensory processing difficulties. He seeks strong movement, "
            "crashing into furniture and other children, and he cannot sit for more than a few "
            "minutes. He chews his clothes and sleeves."
        ),
        _t(
            "By July 2027, Theo will sit for a 10-minute carpet session in 4 out of 5 sessions, "
            "recorded by his teacher.",
            "By July 2027, Theo will use his chew toy instead of chewing his clothes, with his "
            "sleeves dry at home time on 4 days out of 5.",
        ),
        _t(
            "For Theo's reception year, 2026-27:",
            "The children's occupational therapist from Marlow Brook Children's Services will "
            "write a sensory diet in September 2026 including proprioceptive activities, and "
            "review it each term.",
            "Staff will give Theo five minutes of heavy work (pushing and carrying) before every "
            "carpet session.",
            "His class teacher will give him a chew toy on a clip each morning.",
        ),
        ("jargon", "G", "proprioceptive"),
        ("jargon", "G", "sensory diet"),
        (
            "no_provider",
            "G",
            "Staff will give Theo five minutes of heavy work (pushing and carrying) before every "
            "carpet session.",
        ),
    ),
    _plan(
        "sickle-cell-school-clean",
        _t(
            "Blessing (11) has sickle cell disease. Becoming cold, dehydrated or over-tired can "
            "bring on a painful episode (a 'crisis'), and she has been in hospital three times "
            "this year, missing about four weeks of school. She needs to drink water often and "
            "use the toilet more than other children. She is worried about falling behind."
        ),
        _t(
            "By July 2027, Blessing will drink at least five bottles of water during every "
            "school day, ticked on her water chart.",
            "By July 2027, Blessing will catch up on the work from any hospital stay within "
            "three weeks of returning, checked by her class teacher.",
            "By December 2026, I will tell my teacher I need to go inside when I am cold, every "
            "time, and I will not miss any lesson because of being cold this winter.",
        ),
        _t(
            "All provision is from September 2026 to July 2027.",
            "The specialist nurse from the Larkhill Sickle Cell and Thalassaemia Centre will "
            "train her class teacher and teaching assistant once in September 2026 in her care "
            "plan and what to do in a crisis.",
            "Her class teacher will let Blessing keep a water bottle on her desk, refilled by her "
            "trained teaching assistant at every break, and give her a pass to use the toilet at "
            "any time.",
            "Her trained teaching assistant will bring her inside to the library on cold or wet "
            "playtimes, every time she asks.",
            "Her class teacher will set a catch-up pack after every hospital stay and go through "
            "it with her for 20 minutes a day for two weeks.",
        ),
    ),
    _plan(
        "ot-typos-as-appropriate",
        _t(
            "Connor is 13 and has a diagnoses of dyspraxia. He is very slow at writting and cannot "
            "keep up with note taking in lessons. He finds it hard to organise his equipment "
            "and often comes to lessons without the right books."
        ),
        _t(
            "By July 2027, Connor will type his notes on a laptop at 20 words a minute, tested "
            "by his English teacher each term.",
            "By March 2027, Connor will arrive at 9 out of 10 lessons with the right equipment, "
            "using his colour-coded timetable, as recorded on his daily report.",
        ),
        _t(
            "Occupational therapist from Tollgate Community Paeds to do a touch-typing programe "
            "with Connor, 30 mins weekly for the Autumn term 2026.",
            "Laptop to be provided and set up by the school's computer technician by October 2026.",
            "Equipment checklist and colour-coded timetable to be used as appropriate.",
        ),
        ("unspecified_provision", "G", "as appropriate"),
        (
            "no_frequency",
            "G",
            "Equipment checklist and colour-coded timetable to be used as appropriate.",
        ),
        (
            "no_duration",
            "G",
            "Equipment checklist and colour-coded timetable to be used as appropriate.",
        ),
        (
            "no_provider",
            "G",
            "Equipment checklist and colour-coded timetable to be used as appropriate.",
        ),
    ),
    _plan(
        "cleft-palate-speech-clean",
        _t(
            "Leah (5) was born with a cleft palate (a gap in the roof of her mouth), which was "
            "repaired when she was a baby. Air escapes through her nose when she talks, so some "
            "sounds are hard to make and other children do not always understand her. She is "
            "starting to avoid talking in class."
        ),
        _t(
            "By July 2027, Leah will say the sounds p, b, t and d clearly in words in 8 out of 10 "
            "tries, measured by her cleft speech and language therapist.",
            "By July 2027, I will put my hand up to answer in class at least once every day, as "
            "noted by my teacher each week.",
        ),
        _t(
            "The cleft speech and language therapist from the Northern Cleft Lip and Palate "
            "Network will see Leah for 30 minutes every week in the autumn and spring terms "
            "2026-27 and give her class teacher a weekly sound to practise.",
            "Her teaching assistant, trained by the cleft therapist in October 2026, will "
            "practise the weekly sound with Leah for 5 minutes every day until July 2027.",
            "Her class teacher will give Leah a chance to answer with a short word each day in "
            "the carpet session, for the school year 2026-27.",
        ),
    ),
    _plan(
        "long-paragraph-four-needs-one-missing",
        _t(
            "Health needs",
            "Ollie is 8 and was born at 26 weeks. He has mild cerebral palsy affecting his "
            "legs, which makes him unsteady on uneven ground and on the stairs. He has a "
            "hearing loss in both ears and wears hearing aids. He wets himself during the day "
            "two or three times a week and is upset by this. He is very anxious about being "
            "separated from his mum at the start of the day and cries for up to half an hour "
            "after she leaves.",
        ),
        _t(
            "By July 2027, Ollie will use the stairs with the rail and no adult hand, every day "
            "for a half term, with no falls recorded.",
            "By July 2027, Ollie will wear both hearing aids all day and follow class "
            "instructions first time in 4 out of 5 tries.",
            "By July 2027, Ollie will be dry during the school day on at least 4 days a week, "
            "recorded on his toilet chart.",
        ),
        _t(
            "For the school year 2026-27:",
            "The children's physiotherapist from Coleridge Children's Services will see Ollie in "
            "school for 30 minutes every month and give his teaching assistant a stairs and "
            "balance programme.",
            "His teaching assistant, trained by the physiotherapist, will do the programme with "
            "him for 10 minutes every day.",
            "A qualified teacher of the deaf will visit once each half term to check his "
            "hearing aids are working and advise his class teacher.",
            "The school nurse will set up a toileting plan in September 2026, and his trained "
            "teaching assistant will take him to the toilet every hour and at every break.",
        ),
        (
            "golden_thread",
            "C",
            "He is very anxious about being separated from his mum at the start of the day and "
            "cries for up to half an hour after she leaves.",
        ),
    ),
    _plan(
        "epilepsy-apprentice-clean",
        _t(
            "Ben is 18 and is doing a supported internship at a garden centre through Elmfield "
            "College. He has epilepsy and has about one seizure a month, usually when he is "
            "tired. During a seizure he falls and shakes and then sleeps for up to an hour. He "
            "must not work at heights or near machinery without someone with him."
        ),
        _t(
            "By July 2027, I will tell my job coach when I feel tired so I can take my break, on "
            "every occasion, and have no seizures at work caused by missing rest, as shown in "
            "my seizure diary.",
            "By July 2027, I will complete all my internship tasks safely, with a risk "
            "assessment in place for every task before I start it.",
        ),
        _t(
            "Provision runs from September 2026 to the end of the internship in July 2027.",
            "The adult epilepsy nurse specialist from Elmfield Hospitals NHS Trust will train "
            "Ben's job coach and his garden centre supervisor in his seizure care plan in "
            "September 2026 and again in February 2027.",
            "His trained job coach will write a risk assessment for every new task before Ben "
            "starts it, and check it with Ben once a month.",
            "His trained job coach or supervisor will make sure Ben takes a 15-minute break "
            "every two hours of work.",
            "A trained member of staff will look after Ben during and after any seizure, "
            "following the care plan, every time.",
        ),
    ),
    _plan(
        "crohns-dietitian-no-frequency",
        _t(
            "Health needs",
            "Finn (14) has Crohn's disease, a condition that causes inflammation (swelling and "
            "soreness) in the gut. He needs to get to a toilet urgently, sometimes several times "
            "a lesson, and he is very tired when the disease is active. He has struggled to put "
            "on weight and is small for his age. He misses one day every 8 weeks for a "
            "hospital treatment through a drip.",
        ),
        _t(
            "By July 2027, Finn will leave any lesson for the toilet without asking, using his "
            "card, and be back in the lesson within 10 minutes on 9 out of 10 occasions.",
            "By July 2027, Finn's weight will have gone up each term, as measured by his "
            "dietitian.",
            "By July 2027, I will catch up on all work missed on hospital days within a week, "
            "checked by my form tutor.",
            "By July 2027, I will attend the whole school day on at least 4 days a week when my "
            "disease is active, using my rest card.",
        ),
        _t(
            "All provision below is for 2026-27.",
            "Finn's head of year will issue a toilet card and a rest card (up to 20 minutes in "
            "the medical room) at the start of the year.",
            "The dietitian from the Children's Gastroenterology Service, Highgate Cross Hospital, "
            "will monitor his weight and his school meal plan.",
            "His form tutor will collect work from each subject teacher after every hospital day "
            "and go through it with him for 20 minutes in the following week.",
        ),
        (
            "no_frequency",
            "G",
            "The dietitian from the Children's Gastroenterology Service, Highgate Cross Hospital, "
            "will monitor his weight and his school meal plan.",
        ),
    ),
    _plan(
        "camhs-unexplained-self-harm",
        _t(
            "Jade (15) has been self-harming since early 2026 and is being seen by CAMHS. She "
            "finds unstructured times such as lunch and break very difficult and has harmed "
            "herself in the toilets at school. She has said she wants a named adult she can go "
            "to."
        ),
        _t(
            "By February 2027, Jade will go to her named adult or the wellbeing room at every "
            "break and lunch when she feels unsafe, with no self-harm at school recorded in the "
            "spring term 2027.",
            "By July 2027, I will say I feel safe at school, scoring at least 7 out of 10 on my "
            "own weekly rating, in each of the last 6 weeks of the summer term.",
        ),
        _t(
            "A CAMHS practitioner (a mental health nurse) will see Jade weekly for 50 minutes "
            "from October 2026 to March 2027 and review her safety plan with school every "
            "half term.",
            "Her head of year, trained in the school's safety planning by the school's mental "
            "health lead, will be her named adult and meet her for 10 minutes every morning "
            "during 2026-27.",
            "A trained pastoral worker will staff the wellbeing room at every break and lunch for "
            "the school year 2026-27.",
        ),
        ("acronym", "C", "CAMHS"),
    ),
    _plan(
        "stammer-clean",
        _t(
            "Rory (9) stammers. He repeats sounds and gets stuck on words, especially when he "
            "is asked a question in front of the class or is rushed. He has started saying "
            "'I don't know' to avoid talking."
        ),
        _t(
            "By July 2027, Rory will answer at least one question in front of the class each "
            "day, in 4 days out of 5, as noted by his class teacher.",
            "By July 2027, I will use my smooth-talking strategies in a weekly group talk and say "
            "I felt in control, in at least 3 out of 4 weeks.",
        ),
        _t(
            "A speech and language therapist specialising in stammering, from Wexcombe Children's "
            "Speech Service, will run a block of 6 weekly 45-minute sessions for Rory in the "
            "autumn term 2026 and another in the spring term 2027.",
            "His class teacher, trained by the therapist, will give him extra time to answer "
            "and will not ask him to read aloud without warning, in every lesson for the "
            "school year 2026-27.",
            "His teaching assistant, trained by the therapist in October 2026, will run a "
            "15-minute small-group talking activity with Rory every Friday until July 2027.",
        ),
    ),
    _plan(
        "adrenal-insufficiency-drug-name",
        _t(
            "Health needs",
            "Eva (10) has adrenal insufficiency: her body does not make enough of the stress "
            "hormone cortisol. If she is ill, injured or very upset she can quickly become "
            "seriously unwell (an adrenal crisis), and she needs an emergency injection. She "
            "takes tablets three times a day, one of them at lunchtime in school.",
        ),
        _t(
            "By December 2026, Eva will take her lunchtime tablet on every school day at 12.15pm, "
            "recorded on the medicines chart.",
            "By July 2027, Eva will tell an adult at once if she feels unwell or is hurt, on "
            "every occasion recorded by her class teacher.",
        ),
        _t(
            "This provision runs for the school year 2026-27.",
            "The paediatric endocrine nurse specialist from Rowanford Children's Hospital will "
            "train three named members of staff in September 2026 to give her hydrocortisone "
            "tablet and, in an emergency, her hydrocortisone injection.",
            "A trained member of staff will give Eva her lunchtime tablet at 12.15pm every school "
            "day.",
            "A trained member of staff will give the emergency injection and call 999 if she "
            "shows any sign of crisis listed in her plan.",
        ),
        ("drug_name", "G", "hydrocortisone"),
    ),
    _plan(
        "22q11-bullets-clean",
        _t(
            "- Maya (8) has 22q11.2 deletion syndrome, a genetic condition that can affect the "
            "heart, speech, learning and mood.",
            "- Her speech sounds nasal and is hard for others to understand.",
            "- She becomes very anxious when plans change, and worries about being away from home.",
            "- She gets ear infections often and her hearing goes up and down.",
        ),
        _t(
            "- By July 2027, Maya will be understood by unfamiliar adults in 7 out of 10 "
            "sentences, measured by her speech and language therapist in the summer term.",
            "- By July 2027, Maya will use her worry box and calm plan to settle within 10 "
            "minutes when plans change, on 4 out of 5 occasions recorded by her teaching "
            "assistant.",
            "- By July 2027, I will sit where I can hear best and tell an adult when I can't "
            "hear, every time, as noted on my hearing card.",
        ),
        _t(
            "- A speech and language therapist from the Pembury Cleft and Craniofacial Team will "
            "see Maya every three weeks for 40 minutes during 2026-27.",
            "- The school nurse will train Maya's teaching assistant in her calm plan once in "
            "September 2026, and the trained teaching assistant will go through the plan with "
            "her every morning during 2026-27.",
            "- The audiology service at Pembury General will test Maya's hearing every 6 months "
            "during 2026-27 and tell school the best place for her to sit.",
            "- Her class teacher will seat her at the front, away from the door and the heater, "
            "in every lesson during 2026-27.",
        ),
    ),
    _plan(
        "outcomes-no-time-no-criterion",
        _t(
            "Chloe (6) has cerebral palsy and a learning disability. She does not use words and "
            "communicates by looking and reaching. She walks a few steps with a walker and "
            "otherwise uses a buggy."
        ),
        _t(
            "Chloe will use her communication book to make a choice in 8 out of 10 opportunities.",
            "By July 2027, Chloe will get better at walking.",
        ),
        _t(
            "For the school year 2026-27:",
            "A speech and language therapist from Greyfield Children's Therapies will make "
            "Chloe's communication book in September 2026 and review it with her class team "
            "once each half term.",
            "Her class team, trained by the therapist, will offer her choices with the book at "
            "every snack, lunch and play time.",
            "The children's physiotherapist will see Chloe for 30 minutes every fortnight to "
            "practise walking with her walker.",
        ),
        (
            "outcome_not_smart",
            "E",
            "Chloe will use her communication book to make a choice in 8 out of 10 opportunities.",
        ),
        ("outcome_not_smart", "E", "By July 2027, Chloe will get better at walking."),
    ),
    _plan(
        "hypermobility-college-first-person-clean",
        _t(
            "My health (Tegan, 18)",
            "I have hypermobile Ehlers-Danlos syndrome. My joints are very bendy and can slip "
            "out of place, and I have pain most days. Writing by hand for more than ten minutes "
            "makes my fingers and wrists hurt. I get dizzy if I stand for a long time, so "
            "practical sessions in the salon are hard.",
        ),
        _t(
            "By December 2026, I will type or dictate all my written work, with no hand-written "
            "assignments longer than one page this term.",
            "By July 2027, I will complete every practical salon session using a perching stool, "
            "with my tutor recording that I finished the task in 9 out of 10 sessions.",
        ),
        _t(
            "This runs for my level 2 hairdressing course at Brockley College, September 2026 "
            "to July 2027.",
            "The adult occupational therapist from the Brockley Hypermobility Clinic will assess "
            "me at college once in September 2026 and recommend equipment.",
            "The college additional learning support team will lend me a laptop with dictation "
            "software from September 2026 for the whole course.",
            "My course tutor will give me a perching stool for every practical session.",
            "The hypermobility physiotherapist will see me every 4 weeks at the clinic for "
            "exercises to strengthen my joints.",
        ),
    ),
    _plan(
        "passive-physio-no-provider",
        _t(
            "Reggie (4) has global developmental delay. He is not yet walking on his own and "
            "pulls to stand at furniture. He cannot yet feed himself with a spoon."
        ),
        _t(
            "By July 2027, Reggie will take 10 steps on his own across the nursery room, "
            "measured by his physiotherapist.",
            "By July 2027, Reggie will feed himself his yoghurt with a spoon at snack time on 4 "
            "days out of 5, recorded by his key worker.",
        ),
        _t(
            "For Reggie's year at Treetops Nursery, 2026-27:",
            "Physiotherapy will be provided weekly for 30 minutes.",
            "The children's occupational therapist from Calder Community Children's Health will "
            "visit once a half term and show his key worker how to help him with a spoon.",
            "His key worker, trained by the occupational therapist, will practise spoon feeding "
            "with him at every snack time.",
        ),
        ("no_provider", "G", "Physiotherapy will be provided weekly for 30 minutes."),
    ),
    _plan(
        "premature-nursery-clean",
        _t(
            "Nia is 3 and was born 14 weeks early. She has chronic lung disease of prematurity "
            "(lung damage from being born early) and catches chest infections easily, which "
            "leaves her breathless and tired. She is behind in her speech and in her movement, "
            "and she is only just starting to walk.",
        ),
        _t(
            "By July 2027, Nia will use two-word phrases to ask for things, at least 10 times "
            "in a nursery session, counted by her key worker each month.",
            "By July 2027, Nia will walk from the nursery door to the garden on her own, on 4 "
            "days out of 5.",
            "By July 2027, Nia will attend at least 85% of her nursery sessions over the year, "
            "with a quiet rest space used whenever she is breathless.",
        ),
        _t(
            "The provision below runs until Nia leaves Puddleducks Nursery in July 2027.",
            "A Portage home visitor (a trained early years practitioner who teaches play and "
            "learning at home) from Grantham Early Support will visit Nia at home for one hour "
            "every fortnight.",
            "A speech and language therapist from Grantham Children's Services will see Nia at "
            "nursery for 30 minutes every month and set targets for her key worker.",
            "Her key worker, trained by the speech and language therapist and the "
            "physiotherapist, will do her talking and walking targets with her for 10 minutes "
            "each session.",
            "The children's physiotherapist will see Nia at nursery once a month.",
            "Her key worker will settle her in the quiet rest space whenever she is breathless "
            "and call her parents if it does not ease within 15 minutes, following the plan "
            "from her community children's nurse.",
        ),
    ),
    _plan(
        "migraine-counselling-provision-no-need",
        _t(
            "Health needs",
            "Lucas (15) has chronic migraine. He gets severe headaches with sickness two or three "
            "times a week, usually brought on by bright light, missed meals or not drinking "
            "enough. During a migraine he cannot work and needs to lie down in a dark room.",
        ),
        _t(
            "By July 2027, I will have no more than one migraine a week at school, recorded in "
            "my headache diary and checked by the school nurse each half term.",
            "By July 2027, I will return to lessons within 90 minutes of a migraine starting on "
            "at least 3 out of 4 occasions.",
        ),
        _t(
            "All provision is for 2026-27.",
            "The children's headache nurse specialist from Ambridge Children's Neurology will "
            "write a migraine plan with Lucas and school in September 2026 and review it each "
            "term.",
            "His form tutor will let Lucas carry a water bottle and a snack and eat at 10.30am "
            "every school day, as set out in the plan.",
            "A first aider will take him to the darkened medical room and check on him every 20 "
            "minutes whenever a migraine starts.",
            "Lucas will see the school counsellor, a registered counsellor, for 50 minutes every "
            "week to talk about his exam stress.",
        ),
        (
            "golden_thread",
            "G",
            "Lucas will see the school counsellor, a registered counsellor, for 50 minutes every "
            "week to talk about his exam stress.",
        ),
    ),
    _plan(
        "perthes-clean",
        _t(
            "Freya (7) has Perthes disease, a condition affecting the hip joint. Until her hip "
            "heals she must not run or jump and she uses crutches in school, and a wheelchair "
            "for longer distances such as school trips. She gets sore and stiff if she sits "
            "still for a long time."
        ),
        _t(
            "By July 2027, Freya will take part in every PE lesson in an adapted, seated or "
            "swimming-based activity, recorded by the PE teacher.",
            "By December 2026, I will move around school on my crutches and go on every class "
            "trip using my wheelchair, with no trips missed this term.",
            "By July 2027, Freya will do her stretches at lunchtime every day so she is not stiff "
            "in afternoon lessons, ticked on her chart.",
        ),
        _t(
            "Provision runs from September 2026 until the orthopaedic team say her hip has "
            "healed, reviewed at the annual review in July 2027.",
            "The children's physiotherapist from Saltley Children's Orthopaedic Service will "
            "write an adapted PE and stretches plan once in September 2026 and update it "
            "each term.",
            "The PE teacher will follow the adapted PE plan in every PE lesson.",
            "Her teaching assistant, trained by the physiotherapist, will go through her "
            "10-minute stretches with her after lunch every school day.",
            "The school business manager will book accessible transport for every class trip.",
        ),
    ),
    _plan(
        "table-regular-input-from",
        _t(
            "Need | Description",
            "Communication | Ezra (5) has autism and speaks in single words. He cannot yet tell "
            "adults what he needs.",
            "Eating | He eats only dry, beige foods and gags on new textures.",
        ),
        _t(
            "Outcome | Target date | Measure",
            "Ezra will use pictures to ask for food, drink and toilet | July 2027 | 10 times a "
            "day on 4 days out of 5",
            "Ezra will touch and taste one new food each week | July 2027 | Food diary, 3 weeks "
            "out of 4",
        ),
        _t(
            "Provision | Provider | Frequency | Duration",
            "Picture exchange programme | Speech and language therapist, Otterbrook Children's "
            "Services, training his class team | Regular visits | 2026-27",
            "Feeding plan for new foods | Input from the community dietitian | Monthly review "
            "| 2026-27",
            "Picture exchange and food exploration at every snack and lunch | His class teacher "
            "and teaching assistant, trained by the therapist | Every snack and lunch | 2026-27",
        ),
        ("unspecified_provision", "G", "Regular"),
        ("unspecified_provision", "G", "Input from"),
        (
            "no_frequency",
            "G",
            "Picture exchange programme | Speech and language therapist, Otterbrook Children's "
            "Services, training his class team | Regular visits | 2026-27",
        ),
    ),
]

PLANS_3 = [
    _plan(
        "school-avoidance-mhst-clean",
        _t(
            "Health needs",
            "Alesha (13) has anxiety that has stopped her going to school for most of the "
            "summer term 2026. Her anxiety shows as stomach aches and feeling sick on school "
            "mornings. She "
            "worries that other pupils are talking about her, and she finds the noise of the "
            "canteen unbearable.",
        ),
        _t(
            "By December 2026, I will come into school for at least three mornings a week, shown "
            "on the attendance record.",
            "By April 2027, I will attend full days on at least 4 days a week for a whole half "
            "term.",
            "By December 2026, I will eat my lunch in school on every day I attend, in the "
            "library with a friend.",
            "By February 2027, I will use my worry plan to rate my worry and calm myself, and my "
            "worry score will be 5 out of 10 or lower on most school mornings, as I record in "
            "my diary.",
        ),
        _t(
            "This provision runs from September 2026 to the annual review in July 2027.",
            "An education mental health practitioner from the Mental Health Support Team (MHST) "
            "for Harlow Vale schools will see Alesha in school for 45 minutes every week for 8 "
            "weeks from September 2026, using a guided self-help programme for anxiety.",
            "The MHST practitioner will meet her head of year at weeks 4 and 8 to agree a "
            "return-to-school timetable.",
            "Her head of year will put the agreed timetable in place, adding time each fortnight, "
            "and meet Alesha on arrival every day she comes in.",
            "Her head of year will let her eat lunch in the library with a friend every day.",
        ),
    ),
    _plan(
        "adhd-brand-and-titrated",
        _t(
            "Callie (11) has attention deficit hyperactivity disorder (ADHD). Her medicine "
            "(Concerta XL) is being titrated by the ADHD clinic, so she may be less hungry "
            "than usual this term. She finds it hard to stay on task for more than "
            "five minutes and loses her belongings.",
        ),
        _t(
            "By July 2027, Callie will work on a task for 15 minutes with one reminder in 4 out "
            "of 5 lessons, recorded on her target card.",
            "By July 2027, Callie will pack her bag from her checklist and arrive with her "
            "homework and PE kit on 9 out of 10 days.",
            "By December 2026, Callie will eat her lunch on every school day while her dose is "
            "being changed, checked by the lunchtime supervisor.",
        ),
        _t(
            "For Year 6, 2026-27:",
            "The ADHD nurse from Brinkley Community Paediatrics will ring the class teacher every "
            "two weeks while her dose is being changed, and once a term after that.",
            "Her class teacher will break tasks into 5-minute chunks with a tick box in every "
            "lesson.",
            "Her teaching assistant, trained by the ADHD nurse in October 2026, will go through "
            "her bag checklist with her every morning and home time.",
            "Her trained teaching assistant will check and record that Callie has eaten lunch, "
            "every day, and tell her class teacher if she has not.",
        ),
        ("drug_name", "C", "Concerta XL"),
        ("jargon", "C", "titrated"),
    ),
    _plan(
        "gastrostomy-nursery-clean",
        _t(
            "Theo-James (4) has a gastrostomy, a small tube into his stomach through his tummy, "
            "because he could not take enough food by mouth after heart surgery. He has three "
            "tube feeds a day, one of them at nursery at midday. He also eats small tastes of "
            "food by mouth and is learning to chew.",
        ),
        _t(
            "By July 2027, Theo-James will have his midday feed at nursery every day, on time, "
            "recorded on his feed chart.",
            "By July 2027, Theo-James will chew and swallow a soft biscuit at snack time on 4 days "
            "out of 5, recorded by his key worker.",
        ),
        _t(
            "For his year at Bluebell Pre-School, September 2026 to July 2027:",
            "The children's community nursing team will train his key worker and one other "
            "practitioner to give his tube feed in August 2026, and check they are competent "
            "every six months.",
            "His trained key worker will give his midday feed every nursery day.",
            "A speech and language therapist from the Oakhurst Children's Feeding Team will see "
            "him at nursery every month and give his key worker a tasting and chewing plan.",
            "His trained key worker will follow the tasting plan with him at every snack time.",
        ),
    ),
    _plan(
        "c-table-row-without-provision",
        _t(
            "Area | Need",
            "Physical | Samir (12) has cerebral palsy affecting his left side and uses a "
            "splint on his left hand.",
            "Fatigue | He tires in the afternoons and his writing gets slower.",
            "Vision | He has a field loss on the left (he does not see things on his left side) "
            "and misses work on the left of the board and page.",
        ),
        _t(
            "Outcome | When | How measured",
            "I will wear my splint every morning in school | December 2026 | Splint chart, 9 "
            "days out of 10",
            "I will finish my afternoon written work using a laptop | July 2027 | Teacher "
            "record, 4 out of 5 lessons",
            "I will read all of a worksheet, including the left edge | July 2027 | Checked by "
            "teachers in 8 out of 10 lessons",
        ),
        _t(
            "Provision | Who | How often | For how long",
            "Splint put on and checked | Teaching assistant trained by the children's "
            "occupational therapist | Every morning | 2026-27",
            "Laptop for afternoon writing | School's computer technician sets it up; "
            "class teachers use it in lessons | Every afternoon lesson | 2026-27",
        ),
        (
            "golden_thread",
            "C",
            "Vision | He has a field loss on the left (he does not see things on his left side) "
            "and misses work on the left of the board and page.",
        ),
    ),
    _plan(
        "hearing-secondary-radio-aid-clean",
        _t(
            "Daniel (14) has a moderate hearing loss in both ears and wears hearing aids. In "
            "noisy classrooms, in science practicals and when the teacher turns to the board he "
            "misses what is said."
        ),
        _t(
            "By July 2027, Daniel will follow 9 out of 10 instructions in practical lessons "
            "without asking a friend, as checked by his science teacher each half term.",
            "By July 2027, I will use my radio aid in every lesson, shown on the weekly check by "
            "my teacher of the deaf.",
        ),
        _t(
            "A qualified teacher of the deaf from the Sandbrook Hearing Support Service will "
            "visit school every half term during 2026-27 to check his radio aid, observe a "
            "lesson and advise his teachers.",
            "Each of his subject teachers will wear the radio aid microphone in every lesson "
            "for 2026-27, after training by the teacher of the deaf in September 2026.",
            "The children's audiology department at Sandbrook Hospital will check his hearing "
            "aids every 6 months while he is at the school.",
        ),
    ),
    _plan(
        "outcome-about-staff-no-time",
        _t(
            "Kayden (9) has sickle cell disease and moderate learning difficulties. He has pain "
            "episodes and needs to keep warm and drink often. He finds reading difficult and is "
            "about three years behind."
        ),
        _t(
            "Staff will understand Kayden's condition.",
            "By July 2027, Kayden will drink four bottles of water a day at school, on 4 days "
            "out of 5, ticked on his chart.",
            "By July 2027, Kayden will read a book at his level with 90% accuracy, tested by his "
            "class teacher each term.",
        ),
        _t(
            "All provision is for 2026-27.",
            "The sickle cell specialist nurse from Greenwood Hospital will train his class "
            "teacher and teaching assistant in his care plan once in September 2026.",
            "His trained teaching assistant will refill his water bottle at every break and "
            "keep him indoors on cold playtimes.",
            "His trained teaching assistant will do a 20-minute reading session with him every "
            "day.",
        ),
        ("outcome_not_smart", "E", "Staff will understand Kayden's condition."),
    ),
    _plan(
        "autism-sixth-form-first-person-clean",
        _t(
            "About me and my health",
            "My name is Tom and I am 17. I am autistic. I find it hard to eat when I am "
            "stressed and I sometimes skip lunch. I struggle to sleep before exams. Noise in "
            "the common room is too much for me and I get headaches.",
        ),
        _t(
            "By March 2027, I will eat lunch on at least 4 days a week, ticked in my planner.",
            "By June 2027, I will use my sleep routine before every exam and tell my mentor I "
            "slept at least 6 hours on most exam nights.",
            "By December 2026, I will spend my free periods in the quiet study room and have "
            "no more than one headache a week, noted in my planner.",
        ),
        _t(
            "This is for my two years at Holmfield Sixth Form, September 2026 to July 2028.",
            "My sixth form mentor, trained in autism by the Holmfield Autism Outreach Service, "
            "will meet me for 20 minutes every Monday to check my lunch and sleep planner.",
            "A nurse from the Holmfield school nursing team will run three sleep sessions with me "
            "in October 2026 to set up a sleep routine.",
            "The head of sixth form will give me a key card for the quiet study room, to use in "
            "every free period.",
        ),
    ),
    _plan(
        "pre-school-one-line-no-duration",
        _t(
            "Maddie (3) has a speech sound disorder and a language delay. Adults outside her "
            "family understand very little of what she says, and she uses short phrases of two "
            "words. She pushes other children when she cannot make herself understood."
        ),
        _t(
            "By July 2027, Maddie will be understood by her key worker in 6 out of 10 things she "
            "says, measured by her speech and language therapist.",
            "By July 2027, Maddie will use three-word phrases in play at least 5 times a session.",
            "By July 2027, Maddie will use a picture or sign instead of pushing, with no more "
            "than one push a week recorded by her key worker.",
        ),
        _t(
            "A speech and language therapist from Cresswell Children's Centre will see Maddie "
            "for 30 minutes every fortnight from September 2026 to July 2027.",
            "Her key worker, trained by the therapist, will do 10 minutes of sound and phrase "
            "games with her each session, until she starts school in September 2027.",
            "Her key worker will use picture cards and signs with her in every session.",
        ),
        (
            "no_duration",
            "G",
            "Her key worker will use picture cards and signs with her in every session.",
        ),
    ),
    _plan(
        "aac-unexplained-and-no-frequency",
        _t(
            "Ayaan (10) has cerebral palsy affecting all four limbs and cannot speak clearly "
            "enough to be understood. He uses an AAC device that he controls with his eyes. He "
            "needs to be repositioned in his chair to stay comfortable and avoid sore skin."
        ),
        _t(
            "By July 2027, Ayaan will use his device to answer a question in every lesson, "
            "recorded by his teaching assistant on 4 days out of 5.",
            "By July 2027, Ayaan will have no sore skin, checked by his community nurse each term.",
        ),
        _t(
            "All provision below is for the school year 2026-27.",
            "A speech and language therapist from the Fairley Assistive Technology Service will "
            "set up his eye-gaze device and add new vocabulary each half term.",
            "His teaching assistant, trained by the therapist, will model the device in every "
            "lesson.",
            "Two teaching assistants trained in moving and handling by the children's "
            "physiotherapist will reposition Ayaan in his chair.",
        ),
        ("acronym", "C", "AAC"),
        (
            "no_frequency",
            "G",
            "Two teaching assistants trained in moving and handling by the children's "
            "physiotherapist will reposition Ayaan in his chair.",
        ),
    ),
    _plan(
        "no-needs-asthma-care-plan-clean",
        _t(
            "Health needs",
            "Mason (12) has mild asthma, which is well controlled with his inhalers, and he keeps "
            "a reliever inhaler in his bag under the school's usual medical needs policy. His "
            "asthma does not affect his learning. He has no health needs that relate to his "
            "special educational needs, which are set out in section B.",
        ),
        _t("No health outcomes are needed."),
        _t("No health provision is needed."),
    ),
    _plan(
        "input-from-paragraph",
        _t(
            "Scarlett (13) has a brain tumour that was treated with surgery and radiotherapy "
            "(radiation treatment) in 2026. She now has poor short-term memory and slow "
            "processing (she takes longer to take in and answer questions). She has weakness "
            "in her right arm."
        ),
        _t(
            "By July 2027, Scarlett will use her memory book to remember her homework and "
            "equipment on 9 out of 10 days, checked by her form tutor.",
            "By July 2027, Scarlett will answer questions in class when given 20 seconds of "
            "thinking time, in 4 out of 5 lessons.",
            "By July 2027, Scarlett will carry her own bag between lessons using her right arm "
            "for part of the way on every school day for a half term.",
        ),
        _t(
            "For the school year 2026-27, Scarlett will have input from the clinical "
            "psychologist in the Palmersgate Children's Cancer Late Effects Team, who will also "
            "advise school on her memory book. Each subject teacher will give her 20 seconds of "
            "thinking time before she answers, in every lesson until July 2027. The children's "
            "physiotherapist "
            "will see Scarlett at school for 30 minutes every two weeks in the autumn term to "
            "strengthen her right arm, and her teaching assistant, trained by the "
            "physiotherapist, will do her exercises with her for 10 minutes every day until "
            "July 2027."
        ),
        ("unspecified_provision", "G", "input from"),
        (
            "no_frequency",
            "G",
            "For the school year 2026-27, Scarlett will have input from the clinical "
            "psychologist in the Palmersgate Children's Cancer Late Effects Team, who will also "
            "advise school on her memory book.",
        ),
    ),
    _plan(
        "cp-transition-adult-services-clean",
        _t(
            "Kacper is 16 and has cerebral palsy. He uses a powered wheelchair and needs help "
            "with personal care. He is moving from children's to adult health services over the "
            "next two years and wants to manage more of his own health appointments. His hips "
            "and back ache after long days sitting in his chair."
        ),
        _t(
            "By July 2027, I will book and attend at least two of my own health appointments, "
            "with my transition nurse noting that I led the conversation.",
            "By July 2027, I will use my standing frame and change position in my chair at "
            "least three times a day at college, so that I rate my back pain 3 out of 10 or "
            "lower on most days.",
            "By July 2028, I will have met my new adult physiotherapist and adult neurology "
            "team before my children's services end.",
        ),
        _t(
            "This provision is for Kacper's first two years at Sandridge College, September "
            "2026 to July 2028.",
            "The transition nurse from Castlewell Children's Hospital will meet Kacper every "
            "term to plan his move to adult services and practise booking appointments.",
            "Two college support workers, trained by the children's physiotherapist in "
            "September 2026, will help Kacper with personal care and with standing in his frame "
            "for 20 minutes twice each college day.",
            "His trained support workers will help him change position in his chair every two "
            "hours.",
            "The children's physiotherapist will introduce Kacper to the adult physiotherapy "
            "team at a joint appointment once before July 2028.",
        ),
    ),
    _plan(
        "allergy-brand-pen",
        _t(
            "Lottie (7) has a severe allergy to peanuts and tree nuts. If she eats them she can "
            "have anaphylaxis, a reaction that makes it hard to breathe and can kill. She needs "
            "her allergy pens with her at all times, including on trips."
        ),
        _t(
            "By July 2027, Lottie will check with an adult before eating any food at school, "
            "every time, with no allergic reactions recorded in the school year.",
            "By December 2026, I will tell an adult where my pens are kept when I go on a trip, "
            "on every trip this term.",
        ),
        _t(
            "All provision is for 2026-27.",
            "The school nursing team will train all staff who work with Lottie to use her "
            "EpiPen once in September 2026 and again in February 2027.",
            "Her class teacher will carry her two pens in her medical bag on every trip and "
            "check with Lottie before she eats anything.",
            "The catering manager, trained in allergen safety, will prepare her meals from the "
            "nut-free menu every day.",
        ),
        ("drug_name", "G", "EpiPen"),
    ),
]

DIVIDED = [
    _div(
        "paed-autism-sleep-advice-should",
        _t(
            "I saw Mohammed (6) with his mother at the Brookfield Child Development Centre on 2 "
            "October 2026. He has a diagnosis of autism. In school he finds it very hard to "
            "cope with noise and changes to routine, and he hits out when overwhelmed. He "
            "takes a long time to fall asleep and is often tired and irritable in the mornings.",
        ),
        _t(
            "By July 2027, Mohammed will use his visual timetable and a calm corner to manage "
            "changes, with no more than one hitting incident a week on the school's log.",
            "By April 2027, Mohammed will fall asleep within 45 minutes of going to bed on 5 "
            "nights out of 7, recorded in his sleep diary, and arrive at school settled on 4 "
            "days out of 5.",
        ),
        _t(
            "The specialist autism teacher from the Brookfield Autism Outreach Team should visit "
            "school twice in the autumn term 2026 to set up a visual timetable and a calm corner "
            "with his class teacher.",
            "I have referred Mohammed's parents to the Brookfield sleep service, where a sleep "
            "practitioner (a nurse trained in children's sleep) will see them for four "
            "fortnightly sessions from November 2026.",
            "I will review Mohammed in clinic in six months, in April 2027.",
        ),
        "Dr Helen Marsh, Consultant Community Paediatrician, Brookfield Child Development "
        "Centre, 9 October 2026",
        ("unspecified_provision", "provision", "should"),
    ),
    _div(
        "salt-advice-no-author-line",
        _t(
            "Summary of needs",
            "Lola (4) has a severe speech sound difficulty. She replaces many sounds with 't' "
            "and 'd', so unfamiliar adults understand about a quarter of what she says. She "
            "understands spoken language well for her age.",
        ),
        _t(
            "By July 2027, Lola will say the sounds k and g correctly at the start of words in 8 "
            "out of 10 tries, measured by her speech and language therapist.",
            "By July 2027, Lola will be understood by unfamiliar adults in half of what she "
            "says, measured in the summer term 2027.",
        ),
        _t(
            "I will see Lola for 30 minutes every week in a block of 10 weeks from October 2026, "
            "then review her in March 2027.",
            "Her nursery key worker, who I will train in October 2026, will practise her sounds "
            "with her for 5 minutes every session until July 2027.",
        ),
        None,
        ("advice_no_author", "author", ""),
    ),
    _div(
        "ot-advice-author-no-date",
        _t(
            "Jacob (9) has developmental coordination disorder. His handwriting is large, "
            "slow and hard to read and his hand tires after a few lines. He cannot yet tie "
            "laces or do up small buttons, so changing for PE takes him far longer than his "
            "classmates.",
        ),
        _t(
            "By July 2027, Jacob will write five sentences that his teacher can read, in 10 "
            "minutes, in 4 out of 5 writing tasks.",
            "By March 2027, Jacob will change for PE in under 10 minutes in every PE lesson over "
            "a half term.",
        ),
        _t(
            "I will provide a writing slope and pencil grips once in November 2026.",
            "His teaching assistant, whom I will train in January 2027, will do a 15-minute "
            "handwriting programme with him three times a week until July 2027.",
            "His teaching assistant will practise changing with him, using elastic laces and a "
            "button hook I will supply, before every PE lesson until July 2027.",
        ),
        "Rebecca Okafor, Children's Occupational Therapist, Tamsworth Children's Therapies",
        (
            "advice_no_author",
            "author",
            "Rebecca Okafor, Children's Occupational Therapist, Tamsworth Children's Therapies",
        ),
    ),
    _div(
        "ot-advice-first-person-clean",
        _t(
            "Emily (11) has juvenile arthritis in her hands and knees. She has pain and "
            "stiffness when she writes for more than 15 minutes. She finds the stairs hard on "
            "days when her knees are swollen.",
        ),
        _t(
            "By July 2027, Emily will write for 30 minutes using her adapted pen and with a "
            "1-minute hand stretch break every 10 minutes, in 4 out of 5 lessons.",
            "By December 2026, Emily will get to all her lessons on time, using the lift on "
            "days when her knees are swollen, shown on her attendance record.",
        ),
        _t(
            "I will visit school once in September 2026 to provide an adapted pen and show her "
            "teachers her hand stretches, and again in February 2027 to review.",
            "Her class teacher will prompt a 1-minute hand stretch break every 10 minutes of "
            "writing, in every lesson until July 2027.",
            "The school office will give Emily a lift pass for the school year 2026-27.",
        ),
        "Sana Iqbal, Children's Occupational Therapist, Lindenfield Community Children's "
        "Services, 14 September 2026",
    ),
    _div(
        "physio-advice-jargon-needs",
        _t(
            "Alex (3) has generalised hypotonia and his gross motor skills are delayed. He is "
            "sitting on his own but not yet crawling or pulling to stand.",
        ),
        _t(
            "By July 2027, Alex will crawl across the nursery room to reach a toy, on 4 out of 5 "
            "tries.",
            "By July 2027, Alex will pull himself to stand at a low table and stand for 30 "
            "seconds, measured by his physiotherapist.",
        ),
        _t(
            "I will see Alex at nursery for 45 minutes every two weeks from September 2026 to "
            "July 2027.",
            "His key worker, whom I will train in September 2026, will do his floor play "
            "programme for 10 minutes every session until July 2027.",
        ),
        "Gareth Lloyd, Children's Physiotherapist, Ravensdale Community Health NHS Trust, "
        "21 August 2026",
        ("jargon", "needs", "hypotonia"),
        ("jargon", "needs", "gross motor"),
    ),
    _div(
        "physio-cp-nursery-advice-clean",
        _t(
            "Jasmine (4) has cerebral palsy affecting her legs (diplegia, meaning both legs are "
            "affected). She walks with a walker but tires quickly and falls on uneven ground. "
            "Her calf muscles are tight.",
        ),
        _t(
            "By July 2027, Jasmine will walk with her walker from the classroom to the outdoor "
            "area without stopping, on 4 days out of 5.",
            "By July 2027, Jasmine will wear her ankle splints for the whole morning session on "
            "every nursery day.",
        ),
        _t(
            "I will see Jasmine at nursery once a month from September 2026 to July 2027 for 45 "
            "minutes, to check her walker and splints and update her programme.",
            "Her key worker, trained by me in September 2026, will put on her splints each "
            "morning and do her 10-minute stretching programme every day until July 2027.",
            "Her key worker will walk with her to the outdoor area every session until July 2027.",
        ),
        "Priya Nair, Specialist Children's Physiotherapist, Wyecross Children's Services, "
        "3 September 2026",
    ),
    _div(
        "dietitian-advice-no-role",
        _t(
            "Harvey (8) has cerebral palsy and is underweight for his age. He eats slowly and "
            "becomes tired before he finishes his meals, so he often leaves most of his lunch.",
        ),
        _t(
            "By July 2027, Harvey will eat at least three-quarters of his lunch on 4 days out of "
            "5, recorded by school.",
            "By July 2027, Harvey's weight will move up towards the next centile line (a line "
            "on his growth chart), measured every three months.",
        ),
        _t(
            "Harvey's trained teaching assistant will give him a high-energy snack at 10am and "
            "2pm every school day until July 2027.",
            "His teaching assistant, trained by me in September 2026, will start his lunch 15 "
            "minutes before the other children every day until July 2027.",
            "I will weigh Harvey at clinic every three months until July 2027.",
        ),
        "Anna Kowalski, Broadmere Community Nutrition and Dietetics, 30 September 2026",
        (
            "advice_no_author",
            "author",
            "Anna Kowalski, Broadmere Community Nutrition and Dietetics, 30 September 2026",
        ),
    ),
    _div(
        "epilepsy-advice-generic-drug-name",
        _t(
            "Sienna (13) has focal epilepsy, which began in 2026. Her seizures start with a "
            "strange feeling in her stomach, then she stares and fiddles with her clothes for "
            "up to two minutes and is confused afterwards. She takes levetiracetam twice daily "
            "at home. She is behind in maths because of missed lessons.",
        ),
        _t(
            "By July 2027, Sienna will tell an adult when she feels the warning feeling, every "
            "time, as shown in her seizure log.",
            "By July 2027, Sienna will catch up the maths topics she missed, scoring at least "
            "60% in her end-of-year maths test.",
        ),
        _t(
            "I will train her teachers and two first aiders in her seizure care plan once in "
            "September 2026 and again in January 2027.",
            "A trained adult will stay with Sienna during every seizure and for 30 minutes "
            "afterwards until she is back to her usual self, for the school year 2026-27.",
            "Her maths teacher will give her a 20-minute catch-up session every week in the "
            "autumn and spring terms 2026-27.",
        ),
        "Joanne Pike, Paediatric Epilepsy Nurse Specialist, Allerton Children's Hospital, "
        "12 September 2026",
        ("drug_name", "needs", "levetiracetam"),
    ),
    _div(
        "camhs-ocd-advice-clean",
        _t(
            "Noor (14) has obsessive-compulsive disorder (OCD). She has to wash her hands many "
            "times and re-read sentences until they feel 'right', which means she is often "
            "late for lessons and does not finish written work. She feels ashamed and has "
            "stopped seeing friends at lunch.",
        ),
        _t(
            "By April 2027, I will get to lessons on time on at least 9 out of 10 occasions, "
            "shown in my attendance record.",
            "By July 2027, I will finish the main written task in at least 3 out of 4 lessons, "
            "as recorded by my teachers.",
            "By July 2027, I will eat lunch with my friends at least three times a week.",
        ),
        _t(
            "I will see Noor for cognitive behavioural therapy with exposure and response "
            "prevention (a talking treatment in which she gradually faces her worries without "
            "giving in to the urges) for 14 weekly 50-minute sessions from October 2026.",
            "Her head of year will give her a late pass and agree with her teachers that she "
            "can hand in unfinished work with a note, for the school year 2026-27.",
            "I will meet her head of year once a half term until July 2027 to help school "
            "support her to join her friends at lunch.",
        ),
        "Dr Laura Chen, Clinical Psychologist, Child and Adolescent Mental Health Services "
        "(CAMHS), Dunford NHS Foundation Trust, 16 October 2026",
    ),
    _div(
        "salt-advice-regular-should",
        _t(
            "Josiah (7) has developmental language disorder. He struggles to understand longer "
            "instructions and new words, and his sentences are short and muddled.",
        ),
        _t(
            "By July 2027, Josiah will follow a three-part instruction in class on 7 out of 10 "
            "occasions, recorded by his teacher.",
            "By July 2027, Josiah will use the new topic words in a sentence in 4 out of 5 "
            "lessons, recorded by his teaching assistant.",
        ),
        _t(
            "Josiah should have regular language sessions with a trained adult.",
            "I will visit school once a term during 2026-27 to review his targets and train his "
            "teaching assistant in teaching new words.",
            "His class teacher will give instructions in short chunks with pictures in every "
            "lesson for the school year 2026-27.",
        ),
        "Martha Bell, Speech and Language Therapist, Oldcastle Children's Therapy Service, "
        "5 November 2026",
        ("unspecified_provision", "provision", "should"),
        ("unspecified_provision", "provision", "regular"),
        (
            "no_frequency",
            "provision",
            "Josiah should have regular language sessions with a trained adult.",
        ),
        (
            "no_duration",
            "provision",
            "Josiah should have regular language sessions with a trained adult.",
        ),
    ),
    _div(
        "dietitian-faltering-growth-clean",
        _t(
            "Summary",
            "Ruby (8) has Crohn's disease and is small and light for her age. She needs an extra "
            "high-calorie drink at school each day, and she must be able to eat her snack in "
            "lessons when she feels hungry, because missing food makes her tired and unable "
            "to concentrate.",
        ),
        _t(
            "By July 2027, Ruby will drink her whole high-calorie drink at school every day, as "
            "ticked on her chart.",
            "By July 2027, Ruby will gain weight at each three-monthly clinic weigh, "
            "measured by her dietitian.",
        ),
        _t(
            "Her class teacher will give Ruby her high-calorie drink at 11am every school day "
            "and allow her to eat a snack in any lesson, for the school year 2026-27.",
            "I will weigh Ruby and review her eating plan at clinic every three months until "
            "July 2027, and send a copy to school.",
        ),
        "Fiona Gallagher, Paediatric Dietitian, Children's Gastroenterology, Lowbridge "
        "University Hospital, 7 October 2026",
    ),
    _div(
        "advice-need-without-provision",
        _t(
            "Leon (10) has Down syndrome. His speech is unclear and he uses some signs. He "
            "has a mild hearing loss from glue ear and wears a hearing aid in his left ear. He "
            "is not dry at night and is sometimes wet at school.",
        ),
        _t(
            "By July 2027, Leon will be understood by unfamiliar adults in 6 out of 10 sentences.",
            "By July 2027, Leon will wear his hearing aid all day on 9 out of 10 school days, "
            "checked by his teaching assistant.",
            "By July 2027, Leon will be dry at school on every day for a half term.",
        ),
        _t(
            "A speech and language therapist from my team will see Leon in school for 30 minutes "
            "every fortnight during 2026-27.",
            "His teaching assistant, trained by the audiology team in September 2026, will "
            "check his hearing aid each morning until July 2027.",
        ),
        "Dr Samuel Adeyemi, Consultant Community Paediatrician, Kingsway Children's Centre, "
        "22 September 2026",
        (
            "golden_thread",
            "needs",
            "He is not dry at night and is sometimes wet at school.",
        ),
    ),
    _div(
        "audiology-advice-clean",
        _t(
            "Rosie (5) has a permanent moderate hearing loss in both ears. She wears two "
            "hearing aids. She misses speech in noisy rooms and from a distance, and she will "
            "find group phonics (learning letter sounds) lessons hard to follow.",
        ),
        _t(
            "By July 2027, Rosie will repeat the letter sound taught in a phonics lesson "
            "correctly in 8 out of 10 lessons, checked by her class teacher.",
            "By July 2027, Rosie will tell an adult if her hearing aids are not working, every "
            "time, as logged on the daily check sheet.",
        ),
        _t(
            "I will fit Rosie with a radio aid (a microphone worn by her teacher that sends "
            "speech directly to her hearing aids) in September 2026 and review it every 6 months "
            "until July 2027.",
            "Her class teacher, trained by the teacher of the deaf, will wear the radio aid "
            "microphone in every phonics lesson and group session for the school year 2026-27.",
            "Her teaching assistant, trained by the teacher of the deaf, will check her hearing "
            "aids and radio aid each morning for 2026-27.",
        ),
        "Kirsty Moore, Paediatric Audiologist, Whitchester Hospital Audiology Department, "
        "1 September 2026",
    ),
    _div(
        "health-visitor-advice-no-name",
        _t(
            "Dexter (2) has global developmental delay. He is not yet walking, has no words, and "
            "does not yet play with toys in the usual way for his age. He has feeding "
            "difficulties and only takes smooth food.",
        ),
        _t(
            "By July 2027, Dexter will use five words or signs to ask for things at nursery.",
            "By July 2027, Dexter will eat mashed food with small lumps at every nursery lunch.",
            "By July 2027, Dexter will walk holding one hand across the nursery room.",
        ),
        _t(
            "I will visit Dexter at home every month until July 2027 to support his feeding "
            "plan and development.",
            "A Portage home visitor from Ashdown Early Support will visit every fortnight for "
            "one hour from October 2026 to July 2027.",
            "A children's physiotherapist from Ashdown Children's Services will see Dexter "
            "every month at nursery until July 2027.",
        ),
        "Specialist Health Visitor, Ashdown 0-19 Service, 11 November 2026",
        (
            "advice_no_author",
            "author",
            "Specialist Health Visitor, Ashdown 0-19 Service, 11 November 2026",
        ),
    ),
    _div(
        "ot-advice-outcomes-not-smart",
        _t(
            "Ivy (12) has sensory processing difficulties. She is upset by the feel of her "
            "school uniform, which she tugs at all day, and by sudden loud noises such as the "
            "fire bell.",
        ),
        _t(
            "Ivy to be more comfortable in school.",
            "By July 2027, Ivy will cope better with loud noises.",
        ),
        _t(
            "I will meet Ivy and her head of year once in October 2026 to agree soft uniform "
            "alternatives and a noise plan.",
            "Her head of year will allow her to wear the agreed soft uniform every day, and warn "
            "her before every planned fire drill, for the school year 2026-27.",
        ),
        "Hannah Price, Children's Occupational Therapist, Coldharbour Children's Therapies, "
        "2 October 2026",
        ("outcome_not_smart", "outcomes", "Ivy to be more comfortable in school."),
        (
            "outcome_not_smart",
            "outcomes",
            "By July 2027, Ivy will cope better with loud noises.",
        ),
    ),
    _div(
        "school-nurse-continence-advice-clean",
        _t(
            "Ella (6) has daytime wetting. She does not notice she needs the toilet until it "
            "is too late, and she is wet two or three times a week at school, which "
            "embarrasses her.",
        ),
        _t(
            "By December 2026, Ella will go to the toilet at each of her timed reminders, on "
            "every school day, recorded on her chart.",
            "By July 2027, Ella will be dry at school for four weeks in a row.",
        ),
        _t(
            "I will set up a timed toileting plan with her class teacher in September 2026 and "
            "review it with her parents every half term until July 2027.",
            "Her class teacher will give her a discreet reminder to go to the toilet every 90 "
            "minutes and let her keep spare clothes in a named bag, for the school year "
            "2026-27.",
        ),
        "Lauren Fisher, School Nurse (Specialist Community Public Health Nurse), Westmead "
        "0-19 Service, 28 September 2026",
    ),
    _div(
        "diabetes-ld-college-advice-clean",
        _t(
            "Kyle (17) has type 1 diabetes and a mild learning disability. He can check his "
            "blood sugar with his sensor but forgets to act on a low reading, and he finds it "
            "hard to work out how much carbohydrate (starch and sugar) is in his lunch. He "
            "wants to manage his diabetes on his own by the time he leaves college.",
        ),
        _t(
            "By March 2027, I will treat a low blood sugar within 5 minutes every time my "
            "sensor alarms at college, as shown in my diabetes app and checked by my nurse.",
            "By July 2027, I will use my picture carbohydrate guide to give the right dose for "
            "my lunch on at least 4 days out of 5, checked by my learning support assistant.",
        ),
        _t(
            "I will train Kyle's learning support assistant and two named staff in the "
            "learning centre in low blood sugar treatment and carbohydrate counting in September "
            "2026, "
            "with a refresher in January 2027.",
            "His trained learning support assistant will check his sensor reading and his "
            "lunch dose with him every college day until July 2027.",
            "I will see Kyle at college every 6 weeks until July 2027 to review his readings and "
            "make his picture carbohydrate guide.",
        ),
        "Claire Donnelly, Paediatric Diabetes Specialist Nurse, Fernside Young People's "
        "Diabetes Service, 10 September 2026",
    ),
    _div(
        "paed-advice-asd-lsa-acronyms",
        _t(
            "Reuben (8) was diagnosed with ASD in March 2026. He becomes distressed in the "
            "dinner hall and will not eat there. He is very sensitive to noise and covers his "
            "ears in assemblies.",
        ),
        _t(
            "By July 2027, Reuben will eat his lunch in a quiet room on every school day, with "
            "his lunch box at least half empty.",
            "By July 2027, Reuben will stay in assembly for 10 minutes wearing ear defenders, in "
            "4 out of 5 assemblies.",
        ),
        _t(
            "Reuben's LSA, trained by the Lambourne Autism Outreach Team in September 2026, "
            "will sit with him in the quiet room for lunch every day until July 2027.",
            "His class teacher will give him ear defenders and a seat by the door in every "
            "assembly for the school year 2026-27.",
        ),
        "Dr Oliver Grant, Consultant Community Paediatrician, Lambourne Children's Centre, "
        "6 November 2026",
        ("acronym", "needs", "ASD"),
        ("acronym", "provision", "LSA"),
    ),
    _div(
        "psychology-looked-after-advice-clean",
        _t(
            "Tia (9) is a looked-after child living with foster carers since May 2026. She "
            "finds it very hard to trust adults and becomes very distressed at the end of the "
            "school day and at changes of staff. She has nightmares and is often tired.",
        ),
        _t(
            "By July 2027, Tia will go home calmly at the end of the day on at least 4 days out "
            "of 5, recorded by her key adult.",
            "By July 2027, Tia will accept a change of staff with a warning and her photo card, "
            "with no more than one outburst a month.",
            "By April 2027, Tia will sleep through the night on at least 4 nights a week, as "
            "recorded by her foster carers, and be alert in morning lessons.",
        ),
        _t(
            "I will meet Tia's key adult, a teaching assistant, and her class teacher for an "
            "hour every half term during 2026-27 to help them understand and respond to her "
            "feelings.",
            "Her key adult, trained by me, will do a 10-minute check-in with her at the end of "
            "every school day for the school year 2026-27.",
            "Her class teacher will warn her of any planned change of staff the day before and "
            "show her a photo card of the new adult, every time, for 2026-27.",
            "I will see Tia and her foster carers for 8 fortnightly sessions from October 2026 "
            "to work on her sleep and nightmares.",
        ),
        "Dr Imogen Hart, Clinical Psychologist, Looked After Children's Health Team, "
        "Carrow NHS Trust, 19 September 2026",
    ),
    _div(
        "ot-advice-passive-sensory-circuits",
        _t(
            "Leo (6) has sensory processing difficulties and is often overexcited and unable "
            "to settle at the start of the day. He chews his pencils and his sleeves.",
        ),
        _t(
            "By July 2027, Leo will settle to his first task within 5 minutes of the bell on 4 "
            "days out of 5, recorded by his class teacher.",
            "By March 2027, Leo will use his chewy pencil topper instead of chewing his "
            "pencils, every day for a half term.",
        ),
        _t(
            "A sensory circuit (a short set of movement activities to help him feel calm and "
            "alert) will be run with Leo for 15 minutes every morning until July 2027.",
            "I will provide a chewy pencil topper once in September 2026 and his class teacher "
            "will put it on his pencil every morning until July 2027.",
        ),
        "Beth Sanders, Children's Occupational Therapist, Holloway Road Children's Centre, "
        "15 September 2026",
        (
            "no_provider",
            "provision",
            "A sensory circuit (a short set of movement activities to help him feel calm and "
            "alert) will be run with Leo for 15 minutes every morning until July 2027.",
        ),
    ),
    _div(
        "ccn-tracheostomy-advice-clean",
        _t(
            "Joel (6) has a tracheostomy (a breathing tube in his neck). He needs his tube "
            "cleared with suction when it is blocked with mucus, which can be several times a "
            "day, and his tube can come out, which is an emergency. He cannot talk when his "
            "tube is in, so he uses signs.",
        ),
        _t(
            "By July 2027, Joel will show an adult with his sign when he needs suction, on "
            "every occasion, as recorded on his care chart.",
            "By July 2027, Joel will use 30 signs in class to take part in lessons, counted by "
            "his teaching assistant each half term.",
        ),
        _t(
            "I will train two named teaching assistants in suction and in changing his tube "
            "in an emergency in August 2026, and assess them again every six months until "
            "July 2027.",
            "One of the two trained teaching assistants will be with Joel at all times in "
            "school, including on the bus, for the school year 2026-27.",
            "A trained teaching assistant will clear his tube with suction each time he signs "
            "for it or it sounds blocked, for the school year 2026-27.",
            "His class teacher will learn 30 signs with him through a weekly 20-minute session "
            "with the school's speech and language therapist during 2026-27.",
        ),
        "Amara Obi, Children's Community Nurse, Tiverton Lane Children's Community Nursing "
        "Team, 20 August 2026",
    ),
    _div(
        "advice-author-name-only",
        _t(
            "Nathan (11) has Tourette syndrome with frequent loud tics (sudden sounds he cannot "
            "control). He is worried about starting secondary school and being teased.",
        ),
        _t(
            "By December 2026, Nathan will tell his form tutor that he feels safe in his new "
            "school, scoring at least 7 out of 10 on his weekly rating.",
            "By July 2027, Nathan will stay in every lesson with his tics, using his exit card no "
            "more than once a day.",
        ),
        _t(
            "I will visit his new secondary school once in September 2026 to talk to his "
            "tutor group about tics, with Nathan's agreement.",
            "His form tutor will meet him for 10 minutes every Monday for the school year "
            "2026-27 and give him an exit card to use in any lesson.",
        ),
        "Dr Mina Shah",
        ("advice_no_author", "author", "Dr Mina Shah"),
    ),
    _div(
        "neurodisability-advice-clean",
        _t(
            "Summary of health needs",
            "Maya (12) has a severe learning disability and epilepsy. She has several short "
            "seizures a day, when she stops and drops her head for a few seconds, and about "
            "once a month a longer seizure that needs her emergency medicine. She takes "
            "medicine for epilepsy twice a day at home; none is needed in school except in an "
            "emergency. After a long seizure she is sleepy for the rest of the day.",
        ),
        _t(
            "By July 2027, Maya will be back in her class activities within 10 minutes of a "
            "short seizure on every occasion, as recorded in her seizure log.",
            "By July 2027, Maya will return to a quiet activity in class on the day after a "
            "long seizure, on at least 3 out of 4 occasions.",
        ),
        _t(
            "The epilepsy nurse specialist in my team will train all staff working with Maya in "
            "her care plan and emergency medicine in September 2026 and January 2027.",
            "A trained member of staff will give her emergency medicine and call 999 if a "
            "seizure lasts five minutes, every time, for the school year 2026-27.",
            "Her class teacher will plan a quiet activity in the sensory room for the morning "
            "after a long seizure, every time, for the school year 2026-27.",
            "I will review Maya in clinic every 6 months until July 2027 and send the care plan "
            "to school after each review.",
        ),
        "Dr Rachel Amos, Consultant Paediatrician (Neurodisability), Penrose Children's "
        "Hospital, 26 August 2026",
    ),
    _div(
        "advice-provision-no-need",
        _t(
            "Ibrahim (14) has cerebral palsy affecting his legs and walks with crutches. He is "
            "slow on the stairs and in crowded corridors and gets to lessons late.",
        ),
        _t(
            "By December 2026, Ibrahim will arrive at every lesson within 5 minutes of the "
            "start, shown in the lesson registers.",
        ),
        _t(
            "Ibrahim's head of year will give him a pass to leave each lesson 5 minutes early and "
            "use the lift, for the school year 2026-27.",
            "The school nurse will check Ibrahim's blood pressure once a term during 2026-27.",
        ),
        "Tom Ridley, Children's Physiotherapist, Garston Children's Services, 4 October 2026",
        (
            "golden_thread",
            "provision",
            "The school nurse will check Ibrahim's blood pressure once a term during 2026-27.",
        ),
    ),
    _div(
        "deaf-college-bsl-advice-clean",
        _t(
            "Ayesha (17) is profoundly deaf and uses British Sign Language (BSL) as her first "
            "language. She needs everything said in lectures signed, and she cannot follow "
            "group discussions without an interpreter. She is tired by the end of each day "
            "from watching signing.",
        ),
        _t(
            "By December 2026, I will have a qualified BSL interpreter in every timetabled "
            "lesson, shown on my timetable.",
            "By July 2027, I will take part in group discussions in every lesson with an "
            "interpreter, with my tutor recording that I contributed at least once.",
            "By July 2027, I will have a 15-minute break after every 90 minutes of signing, on "
            "every college day.",
        ),
        _t(
            "A registered BSL/English interpreter booked by the college's deaf support team will "
            "interpret every timetabled lesson from September 2026 to July 2027.",
            "Her course tutor will build in a 15-minute break after every 90 minutes of "
            "teaching, for the college year 2026-27.",
            "I will review Ayesha's hearing and equipment in clinic once in 2026-27.",
        ),
        "Dr Jonathan Fry, Consultant Audiovestibular Physician, Hallam Cross Hospital, "
        "8 September 2026",
    ),
    _div(
        "cf-advice-two-drug-names",
        _t(
            "Harry (7) has cystic fibrosis. He takes Creon capsules with every meal and snack "
            "to help him digest fat. He is on a long course of flucloxacillin to prevent chest "
            "infections, which he takes at home. He needs to drink more in hot weather and "
            "after PE, and to use the toilet quickly.",
        ),
        _t(
            "By December 2026, Harry will take his capsules with every snack and meal at school, "
            "ticked on his chart by his teaching assistant.",
            "By July 2027, Harry will drink a full bottle of water after every PE lesson and use "
            "his toilet pass whenever he needs to, with no accidents in a half term.",
        ),
        _t(
            "I will train his class teacher and teaching assistant in giving his capsules once "
            "in September 2026 and again in January 2027.",
            "His trained teaching assistant will give him his capsules at every meal and snack, "
            "and make sure he drinks after every PE lesson, for the school year 2026-27.",
            "His class teacher will give him a toilet pass to use at any time, for 2026-27.",
        ),
        "Grace Whitfield, Cystic Fibrosis Nurse Specialist, Tollbrook Children's Hospital, "
        "3 September 2026",
        ("drug_name", "needs", "Creon"),
        ("drug_name", "needs", "flucloxacillin"),
    ),
    _div(
        "scoliosis-brace-advice-clean",
        _t(
            "Poppy (15) has scoliosis, a sideways curve of the spine. She wears a back brace for "
            "at least 20 hours a day, including at school. She cannot sit on low stools or bend "
            "to the floor, and she gets hot and sore in the brace during PE.",
        ),
        _t(
            "By December 2026, I will wear my brace through the whole school day, every day, "
            "as recorded on my brace chart.",
            "By July 2027, I will take part in every PE lesson in an activity I can do in my "
            "brace, or take my brace off for PE only and put it back on within 10 minutes.",
        ),
        _t(
            "I will give school a written brace care plan once in September 2026 and update it "
            "after each clinic visit in 2026-27.",
            "Her head of year will make sure she has a chair with a back in every lesson and a "
            "private room to adjust her brace, for the school year 2026-27.",
            "The PE teacher will follow my written PE plan in every PE lesson for 2026-27.",
        ),
        "Sophie Lang, Specialist Physiotherapist, Spinal Service, Arncliffe Children's "
        "Hospital, 2 September 2026",
    ),
    _div(
        "physio-advice-no-frequency-no-duration",
        _t(
            "Olivia (9) has hypermobility. Her ankles and knees roll in when she walks and "
            "she tires after short walks. She has pain in her legs at the end of the day.",
        ),
        _t(
            "By July 2027, Olivia will walk to the school field and back without needing to "
            "rest, on 4 days out of 5.",
            "By July 2027, Olivia will score her leg pain at 3 out of 10 or less at home time on "
            "most days, recorded in her diary.",
        ),
        _t(
            "I will assess Olivia in school once in October 2026 and write a strengthening "
            "programme.",
            "Her teaching assistant, trained by me in October 2026, will do the strengthening "
            "programme with her.",
            "I will review her in clinic every 3 months until July 2027.",
        ),
        "Amy Chen, Children's Physiotherapist, Halden Children's Services, 30 September 2026",
        (
            "no_frequency",
            "provision",
            "Her teaching assistant, trained by me in October 2026, will do the strengthening "
            "programme with her.",
        ),
        (
            "no_duration",
            "provision",
            "Her teaching assistant, trained by me in October 2026, will do the strengthening "
            "programme with her.",
        ),
    ),
    _div(
        "paed-advice-no-health-needs-clean",
        _t(
            "I saw Kieran (10) in clinic on 14 October 2026 at the request of the local "
            "authority. He is well and growing normally. His vision and hearing are normal. I "
            "have found no health condition that affects his learning, and he has no health "
            "needs relating to his special educational needs.",
        ),
        _t("I have no health outcomes to suggest."),
        _t("No health provision is required."),
        "Dr Farah Qureshi, Specialty Doctor in Community Paediatrics, Westhill Children's "
        "Centre, 21 October 2026",
    ),
    _div(
        "no-author-salt-acronym",
        _t(
            "Kaiden (5) has a receptive and expressive language delay: he does not understand "
            "many everyday words and uses short phrases. He finds it hard to follow what is "
            "happening in class.",
        ),
        _t(
            "By July 2027, Kaiden will understand and point to 50 new everyday words, tested by "
            "his therapist.",
            "By July 2027, Kaiden will follow the class routine using a visual timetable with "
            "no more than one adult prompt, on 4 days out of 5.",
        ),
        _t(
            "SALT will see Kaiden for 30 minutes every fortnight in school until July 2027.",
            "His class teacher will use a visual timetable and pictures for new words every "
            "day for the school year 2026-27.",
        ),
        None,
        ("advice_no_author", "author", ""),
        ("acronym", "provision", "SALT"),
    ),
    _div(
        "continuing-care-nurse-advice-clean",
        _t(
            "Aaron (11) has complex health needs: a severe brain injury at birth, epilepsy, and "
            "a gastrostomy (feeding tube into his stomach). He cannot move himself and needs "
            "repositioning to protect his skin and his breathing. He has a continuing care "
            "package (NHS-funded care for very complex needs).",
        ),
        _t(
            "By July 2027, Aaron will have all school feeds and medicines given on time on every "
            "school day, as shown on his care records.",
            "By July 2027, Aaron will have no sore skin, checked by his nurse each month.",
            "By July 2027, Aaron will be in a comfortable, supported position for every lesson, "
            "with his position changed at least every two hours, as shown on his chart.",
        ),
        _t(
            "A registered children's nurse or a health care assistant trained and signed off by "
            "our team will be with Aaron for the whole of every school day, for the school year "
            "2026-27.",
            "The trained nurse or health care assistant will give his feeds and medicines at the "
            "times set out in his care plan and reposition him every two hours, for the school "
            "year 2026-27.",
            "I will visit school every month until July 2027 to check his skin and review his "
            "care plan.",
        ),
        "Nadia Hussain, Continuing Care Nurse Lead, Elmbridge Children's Community Nursing, "
        "1 September 2026",
    ),
    _div(
        "advice-outcome-fragment-and-may",
        _t(
            "Jack (8) has anxiety and finds separating from his dad at the gate very hard; he "
            "cries and clings for up to 20 minutes. His worry also shows as stomach aches most "
            "school mornings.",
        ),
        _t(
            "Less anxiety in the mornings.",
            "By April 2027, Jack will come into class within 5 minutes of arriving, on 4 days "
            "out of 5, recorded by his key adult.",
        ),
        _t(
            "Jack's key adult, a teaching assistant trained by me, will meet him at the gate "
            "every morning with a short job to do, for the school year 2026-27.",
            "The school may also use a worry box with him.",
        ),
        "Kate Ellison, Mental Health Practitioner, Brookmere Mental Health Support Team, "
        "9 October 2026",
        ("outcome_not_smart", "outcomes", "Less anxiety in the mornings."),
        ("unspecified_provision", "provision", "may"),
        ("no_frequency", "provision", "The school may also use a worry box with him."),
        ("no_duration", "provision", "The school may also use a worry box with him."),
        ("no_provider", "provision", "The school may also use a worry box with him."),
    ),
]

UNDIVIDED = [
    _und(
        "paed-letter-autism-constipation-clean",
        _t(
            "Community Paediatrics, Halsey Child Health Centre",
            "Health advice for an education, health and care needs assessment",
            "Re: Aiden, aged 7",
            "I saw Aiden with his mother on 8 October 2026. He was diagnosed with autism in "
            "2026. He has long-term constipation, for which he takes a laxative powder at home "
            "each morning; he may need the toilet urgently during the morning and should be "
            "allowed to go as required. He finds the noise of the dinner hall very hard and "
            "eats very little at school. I would suggest a quiet place for lunch and a "
            "toilet pass. I will review him in clinic in six months.",
            "Dr Ifeoma Nwosu, Consultant Community Paediatrician, 12 October 2026",
        ),
    ),
    _und(
        "adhd-letter-acronym-and-drug",
        _t(
            "Dear Ms Patel,",
            "I reviewed Sonny (12) in the ADHD clinic on 3 November 2026. He continues to take "
            "methylphenidate each morning, which his parents feel helps him at school until "
            "about 2pm. His teachers report that he struggles to settle in afternoon lessons. I "
            "would recommend movement breaks, a seat near the front and instructions given one "
            "step at a time. I will see him again in four months.",
            "Yours sincerely,",
            "Dr Callum Reid, Consultant Paediatrician, Marsfield Community Child Health",
        ),
        ("acronym", "advice", "ADHD"),
        ("drug_name", "advice", "methylphenidate"),
    ),
    _und(
        "salt-report-title-lines-clean",
        _t(
            "SPEECH AND LANGUAGE THERAPY REPORT",
            "Name: Evie | Age: 5 | Setting: Larkfield Primary School",
            "Assessment",
            "Evie has developmental language disorder (DLD), a long-term difficulty with "
            "understanding and using language that is not caused by another condition. On "
            "assessment her understanding of spoken language was well below what is expected "
            "for her age.",
            "Recommendations",
            "Evie will benefit from instructions given in short chunks with pictures. A speech "
            "and language therapist (SLT) from our service will see her every fortnight this "
            "year. Staff working with DLD should check that she has understood by asking her to "
            "show them, where possible.",
            "Written by Bethan Rowe, Speech and Language Therapist, Larkfield Children's "
            "Therapies, 17 November 2026",
        ),
    ),
    _und(
        "physio-report-jargon",
        _t(
            "Physiotherapy report for Kofi (8)",
            "Kofi has cerebral palsy. On assessment he has hypertonia in both legs and early "
            "contractures at the ankles. His gait is affected and he trips on uneven ground. He "
            "needs daily stretches, ankle splints worn for at least six hours a day, and a "
            "review in six months.",
            "Lucy Gray, Children's Physiotherapist, Thornbury Children's Services, 2 December 2026",
        ),
        ("jargon", "advice", "hypertonia"),
        ("jargon", "advice", "contractures"),
        ("jargon", "advice", "gait"),
    ),
    _und(
        "dietitian-letter-clean",
        _t(
            "Paediatric Dietetics, Riverbank Hospital",
            "Dear Mr Thompson,",
            "Thank you for your request for health advice for Lucy (9). Lucy has cerebral "
            "palsy and is underweight. She needs a high-energy nutritional drink prescribed by "
            "her GP at morning break and a snack in the afternoon. She eats slowly, so she "
            "should be given extra time at lunch where possible. I will weigh her every three "
            "months and send school an updated plan.",
            "Yours sincerely,",
            "Harriet Owen, Paediatric Dietitian, 19 October 2026",
        ),
    ),
    _und(
        "epilepsy-letter-brand-names",
        _t(
            "Clinic letter: Amelia (10)",
            "Amelia has epilepsy with seizures about twice a month, usually in the early "
            "morning. She takes Epilim twice a day at home. If a seizure lasts more than five "
            "minutes, school staff trained in her care plan should give Buccolam and call an "
            "ambulance. She is often tired after a seizure and may need to rest.",
            "Dr Sean Kelly, Consultant Paediatric Neurologist, 5 October 2026",
        ),
        ("drug_name", "advice", "Epilim"),
        ("drug_name", "advice", "Buccolam"),
    ),
    _und(
        "health-visitor-report-clean",
        _t(
            "Health visiting report for Roman (2 years 6 months)",
            "Roman is a happy little boy who lives with his mum and baby sister. At his "
            "two-year review I found that he is not yet using any words, he does not point to "
            "show me things, and he prefers to line up his toys. His hearing has been checked "
            "and is normal. I have referred him to the community paediatrician for an "
            "assessment of his social communication, and to speech and language therapy. He "
            "would benefit from a nursery place with a small group and a key worker who can "
            "use simple signs and pictures with him.",
            "Jess Mahoney, Health Visitor, Kirkby Vale 0-19 Service, 7 September 2026",
        ),
    ),
    _und(
        "special-school-nurse-acronyms",
        _t(
            "School nursing advice",
            "Harley (13) has PMLD and epilepsy and attends Beacon House School. He is fed "
            "through a tube and needs two adults to move him. His needs were discussed at the "
            "MDT meeting in September 2026, where it was agreed that his care plan will be "
            "reviewed each term.",
            "Sarah Nolan, School Nurse, Beacon House School, 30 September 2026",
        ),
        ("acronym", "advice", "PMLD"),
        ("acronym", "advice", "MDT"),
    ),
    _und(
        "camhs-letter-clean",
        _t(
            "Child and Adolescent Mental Health Services (CAMHS), Westgate House",
            "Re: Layla, age 15",
            "Layla has been seen by CAMHS since June 2026 for low mood and anxiety. She has "
            "started a medicine for her mood, prescribed by her psychiatrist, and is having "
            "weekly talking therapy with me. In school she finds crowded corridors and group "
            "work very hard, and she may need to leave lessons when she feels panicky. A "
            "named member of staff she trusts, a quiet place to go and a gradual return to "
            "full-time lessons would help her.",
            "Daniel Forde, Cognitive Behavioural Therapist, CAMHS, 25 November 2026",
        ),
    ),
    _und(
        "neuro-report-dysarthria-gdd",
        _t(
            "Report from the Child Development Centre",
            "Ollie (4) has GDD. His speech is affected by dysarthria, so his words are slurred "
            "and hard to understand. He walks with his feet wide apart and falls often. He needs "
            "help "
            "with all personal care.",
            "Dr Anika Bose, Consultant Community Paediatrician, Oldfield Child Development "
            "Centre, 14 October 2026",
        ),
        ("acronym", "advice", "GDD"),
        ("jargon", "advice", "dysarthria"),
    ),
    _und(
        "audiology-report-clean",
        _t(
            "Audiology report",
            "Finley (6) has a mild to moderate permanent hearing loss in both ears. This means "
            "he can hear speech close to him in a quiet room, but misses quiet sounds and "
            "speech from across the classroom. He was fitted with two hearing aids in July "
            "2026 and wears them well. He would benefit from sitting near the teacher, from a "
            "radio aid (a microphone the teacher wears that sends her voice straight to his "
            "hearing aids), and from visits by a teacher of the deaf. I will review his hearing "
            "every six months.",
            "Mark Ellis, Clinical Scientist (Audiology), Hartfield Hospital, 9 September 2026",
        ),
    ),
    _und(
        "camhs-letter-drug-and-anhedonia",
        _t(
            "Dear colleagues,",
            "Kelsey (16) has depression and has been taking sertraline since August 2026. She "
            "reports anhedonia and poor sleep. She finds it hard to get up in the morning and "
            "has been late to college most days. A later start and a named tutor to check in "
            "with her weekly would help.",
            "Dr Paul Chambers, Consultant Child and Adolescent Psychiatrist, Elmbridge Young "
            "People's Mental Health Service, 6 November 2026",
        ),
        ("drug_name", "advice", "sertraline"),
        ("jargon", "advice", "anhedonia"),
    ),
    _und(
        "orthoptist-letter-clean",
        _t(
            "Children's Eye Clinic, Castlefield Hospital",
            "I saw Daisy (6) on 12 October 2026. She has a squint (her eyes do not point in the "
            "same direction) and a lazy eye on the right. She wears glasses all day and wears a "
            "patch over her left eye for two hours after school, at home. In school she should "
            "wear her glasses at all times. She may find it harder to judge distances in PE and "
            "ball games. I will see her again in three months.",
            "Naomi Reed, Orthoptist, 13 October 2026",
        ),
    ),
    _und(
        "school-nurse-asthma-eczema-clean",
        _t(
            "School nurse health advice",
            "Jayden (9) has asthma and eczema. He uses a brown preventer inhaler morning and "
            "evening at home and a blue reliever inhaler when needed, which he keeps in his "
            "classroom. His eczema flares in winter; his moisturising cream (an emollient, "
            "which keeps the skin from drying out) should be put on at lunchtime by a trained "
            "member of staff. Neither condition affects his learning when well managed.",
            "Olivia Barnes, School Nurse, Stanmore 5-19 Team, 3 November 2026",
        ),
    ),
    _und(
        "sw-style-acronyms-ehcna-lac",
        _t(
            "Health advice for the EHCNA",
            "Mason (11) is LAC and has lived with his current foster carers since April 2026. "
            "His initial health assessment found that he is behind with his immunisations, "
            "which are now being caught up. He has difficulty sleeping and wets the bed. He "
            "is anxious in new situations and struggles to make friends.",
            "Rachel Moss, Specialist Nurse for Children in Care, Brayford Community Health, "
            "5 October 2026",
        ),
        ("acronym", "advice", "EHCNA"),
        ("acronym", "advice", "LAC"),
    ),
    _und(
        "ot-report-first-person-clean",
        _t(
            "Occupational therapy report: Zainab, 14",
            "I assessed Zainab at school on 10 November 2026. She has dyspraxia "
            "(developmental coordination disorder), which affects how she plans and carries "
            "out movements. Her handwriting is slow and tiring, and she finds using equipment "
            "in science and cookery lessons hard. I have recommended that she uses a laptop "
            "for longer pieces of writing and is given a few extra minutes to set up practical "
            "tasks. I will visit school again in the spring term to see how these are working.",
            "Chloe Harris, Children's Occupational Therapist, Bridgeford Children's Therapy "
            "Service, 16 November 2026",
        ),
    ),
    _und(
        "neuro-letter-hemianopia-vp",
        _t(
            "Neurosurgery clinic letter",
            "Kai (12) had a VP shunt inserted after a brain bleed as a baby. He has a left "
            "hemianopia, so he may bump into things on that side and miss words on the left of "
            "the page. He has headaches when he is tired. School should know the warning signs "
            "of a shunt problem: bad headache, vomiting and drowsiness.",
            "Mr Adam Price, Consultant Paediatric Neurosurgeon, Northgate Children's Hospital, "
            "18 September 2026",
        ),
        ("acronym", "advice", "VP"),
        ("jargon", "advice", "hemianopia"),
    ),
    _und(
        "adult-neuro-letter-young-adult-clean",
        _t(
            "Re: Shannon, 20, Hillfield College (supported learning)",
            "Shannon has a learning disability and epilepsy. Her seizures have been well "
            "controlled for a year on one medicine, taken morning and evening at home. She has "
            "a rescue medicine for long seizures, and college staff who support her should be "
            "trained to give it. Her tiredness in the afternoons may be a side effect of her "
            "medicine, and rest breaks would help her. She would like to travel to college on "
            "her own, and I see no medical reason why she should not.",
            "Dr Kwame Boateng, Consultant Neurologist, Hillfield Hospitals NHS Trust, 22 "
            "October 2026",
        ),
    ),
]

BLIND = [*PLANS, *PLANS_2, *PLANS_3, *DIVIDED, *UNDIVIDED]
