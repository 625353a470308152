"""Blind set 2026-12s: EHC plan health sections and health advice, labelled by hand.

Written from the domain notes and the labelling conventions only, without seeing the checks.
All people, services, trusts, towns and dates are invented.
"""

from ..cases import Case

UP = "unspecified_provision"
NF = "no_frequency"
ND = "no_duration"
NP = "no_provider"
GT = "golden_thread"
OS = "outcome_not_smart"
AC = "acronym"
JA = "jargon"
DN = "drug_name"
NA = "advice_no_author"


def _tags(expected, extra):
    checks = sorted({e[0] for e in expected})
    return tuple(checks or ["clean"]) + tuple(extra)


def _plan(name, c, e, g, expected=(), extra=()):
    return Case(
        name=name,
        sections={"C": c, "E": e, "G": g},
        expected=tuple(expected),
        kind="plan",
        tags=_tags(expected, ("plan", *extra)),
    )


def _div(name, needs, outcomes, provision, author=None, expected=(), extra=()):
    sections = {"needs": needs, "outcomes": outcomes, "provision": provision}
    if author is not None:
        sections["author"] = author
    return Case(
        name=name,
        sections=sections,
        expected=tuple(expected),
        kind="advice",
        tags=_tags(expected, ("divided", *extra)),
    )


def _und(name, advice, expected=(), extra=()):
    return Case(
        name=name,
        sections={"advice": advice},
        expected=tuple(expected),
        kind="advice",
        tags=_tags(expected, ("undivided", *extra)),
    )


BLIND = []

# ---------------------------------------------------------------- plans, part 1
BLIND += [
    _plan(
        "ltv-tracheostomy-year1-clean",
        "Amira is 6 and breathes through a tracheostomy (a tube in the front of her neck). She uses a "
        "ventilator at night and sometimes when she is unwell, but not in school. Her tube can block "
        "with mucus without warning, so she needs an adult close by who can clear it at all times. "
        "She tires quickly and finds a full school day hard.",
        "- By July 2027, Amira will take part in at least four of the five afternoon sessions each "
        "week, with rest breaks planned into her timetable.\n"
        "- By the end of Year 2 (July 2028), Amira will tell an adult, by signing or pointing to her "
        "card, when her tube feels blocked, on every occasion recorded in the half-termly care log.",
        "A named teaching assistant, trained and signed off as competent in tracheostomy care by the "
        "Harbourne Children's Community Nursing Team, will be with Amira throughout every school day, "
        "including trips and breaktimes, to clear her tube with suction whenever it blocks, for as "
        "long as she attends Millbrook Primary School. The community nurse will retrain and re-check "
        "the competence of the named assistant and one back-up member of staff every six months. "
        "Amira will have a 20-minute rest in the quiet room each afternoon, supervised by the trained "
        "assistant, until her annual review in March 2027.",
        extra=("complex-medical", "paragraphs"),
    ),
    _plan(
        "gastrostomy-feed-standing-frame-access",
        "Leo has cerebral palsy affecting all four limbs and cannot eat safely by mouth; all of his food "
        "and drink goes through a gastrostomy (a tube into his stomach). He needs his midday feed and "
        "water in school. His hip and knee muscles are tight and he needs time out of his wheelchair "
        "every day to keep his joints moving.",
        "- By July 2027, Leo will have his midday feed in school on every school day without it being "
        "stopped early, as recorded in his feeding log.\n"
        "- By March 2027, Leo will stand in his standing frame for 30 minutes on at least four days a "
        "week, so that he can join group work at table height.",
        "All provision in this section runs until Leo's next annual review in February 2027. Leo's "
        "midday feed will be given by pump at 12.15 every school day by a teaching assistant trained "
        "and assessed as competent by the Ashcombe Children's Community Nursing Team. The community "
        "nurse will review his feeding plan and the competence of staff once a term. Leo will have "
        "access to a standing frame in class. A physiotherapist from Ashcombe Children's Therapies "
        "will write a stretching programme and show the two trained teaching assistants, who will "
        "carry it out with Leo for 15 minutes every school day.",
        expected=(
            (UP, "G", "access to"),
            (NF, "G", "Leo will have access to a standing frame in class."),
            (NP, "G", "Leo will have access to a standing frame in class."),
        ),
        extra=("complex-medical", "paragraphs"),
    ),
    _plan(
        "asthma-eczema-table-clean",
        "Need | Detail\n"
        "Breathing | Jacob (8) has asthma. Cold air, running and dust can make him wheeze and cough, "
        "and he has missed PE and playtimes because of this.\n"
        "Skin | He has eczema on his hands that cracks and bleeds, which makes holding a pencil painful "
        "for long pieces of writing.",
        "Outcome | By when | How we will know\n"
        "Jacob will join in every PE lesson, using his reliever inhaler before exercise | July 2027 | "
        "PE register shows no missed lessons for breathing\n"
        "Jacob will write for 15 minutes without stopping because of sore hands | April 2027 | class "
        "teacher's writing log, three times a half term",
        "Need | Provision | Who | How often | How long | Review\n"
        "Breathing | Help Jacob use his reliever inhaler and spacer before PE and whenever he wheezes, "
        "following his school asthma plan | PE teacher and class teaching assistant, both trained by "
        "the school nurse | before every PE lesson and at each wheeze | school year 2026-27 | "
        "annual review\n"
        "Skin | Apply his moisturising cream before writing lessons and give him a chunky pencil grip | "
        "class teaching assistant, shown by the school nurse from Dunmere Community Health | "
        "twice a day, at 9am and after lunch | school year 2026-27 | annual review",
        extra=("table",),
    ),
    _plan(
        "continence-year4-regular-toileting",
        "Maisie is 9 and has spina bifida. She has no feeling of a full bladder and empties it using a "
        "catheter (a thin tube) at set times. She also has problems with her bowel and can have "
        "accidents, which upset her and make her want to stay away from school.",
        "1. By July 2027, Maisie will carry out her own catheter routine at school with one adult "
        "watching, on every occasion for four weeks in a row, recorded on her continence chart.\n"
        "2. By July 2027, Maisie will have no more than one bowel accident a half term in school, "
        "recorded on her continence chart.\n"
        "3. By December 2026, Maisie will go to school on at least 95% of days in the autumn term.",
        "Maisie will be supported with regular toileting. A teaching assistant trained by the "
        "Kestwick Paediatric Continence Service will support Maisie to use her catheter at 10.30am, "
        "12.30pm and 2.30pm every school day, in the accessible toilet, until the annual review in "
        "June 2027. The continence nurse will visit school once a term to review her routine and "
        "update the care plan.",
        expected=(
            (UP, "G", "regular"),
            (NF, "G", "Maisie will be supported with regular toileting."),
            (ND, "G", "Maisie will be supported with regular toileting."),
            (NP, "G", "Maisie will be supported with regular toileting."),
        ),
        extra=("complex-medical", "paragraphs"),
    ),
    _plan(
        "epilepsy-medicine-without-name-clean",
        "Harvey (12) has epilepsy. Most of his seizures are short absences (a few seconds when he "
        "stares and does not respond), which happen several times a day and mean he misses parts of "
        "what is said in lessons. He has had two longer tonic-clonic seizures (when he falls, goes "
        "stiff and shakes) this year, and he needs an emergency medicine if one lasts five minutes.",
        "- By July 2027, Harvey will use his 'catch-up card' to check what he missed after an absence "
        "in at least three lessons a day, as recorded by his form tutor each week.\n"
        "- By July 2027, Harvey will be in lessons for at least 90% of his timetable, with any time out "
        "after a seizure recorded by his form tutor.",
        "Harvey's emergency medicine (given into the side of his mouth) will be given by any of the "
        "three members of staff trained each September by the Epilepsy Specialist Nurse from Brackley "
        "Children's Hospital, if a seizure lasts five minutes, while he attends Whitcombe Academy. "
        "Teachers will give Harvey a printed summary of each lesson's key points at the end of every "
        "lesson, for Year 8 (2026-27). The epilepsy nurse will review the seizure log with the SENCo "
        "(special educational needs co-ordinator) every term for the school year.",
        extra=("paragraphs",),
    ),
    _plan(
        "palliative-care-year6-clean",
        "Section C: Health needs\n"
        "Ellie is 11 and has a life-limiting neuromuscular condition. Her muscles, including her "
        "breathing muscles, are getting weaker. She needs help to change position every two hours to "
        "stay comfortable and protect her skin. She uses a cough assist machine at home when she "
        "has a chest infection. She gets tired by the afternoon. Ellie and her parents have an advance care plan agreed with "
        "the Rowanfield Children's Hospice team, which school holds.",
        "Section E: Outcomes\n"
        "- For the rest of Year 6 (to July 2027), Ellie will spend the mornings in class with her "
        "friends on at least four days a week, as recorded on her attendance record.\n"
        "- By Easter 2027, Ellie will choose how she is moved, using her communication book, at every "
        "position change recorded in her care log.\n"
        "- Throughout Year 6, Ellie will join at least one afternoon activity of her choice each week.",
        "Section G: Health provision\n"
        "- Two teaching assistants trained by the Rowanfield Children's Hospice nurses will change "
        "Ellie's position every two hours during the school day, using her hoist and sling, until "
        "July 2027.\n"
        "- The hospice community nurse will visit school each half term to update the care plan and "
        "retrain staff, until July 2027.\n"
        "- Ellie will have a rest on the bed in the medical room for up to 30 minutes after lunch "
        "each day, with one of the trained assistants, until July 2027.\n"
        "- The head teacher and both trained assistants will follow Ellie's advance care plan in an "
        "emergency, and the hospice nurse will go through it with them each half term until July "
        "2027.",
        expected=(),
        extra=("complex-medical", "palliative", "bullets"),
    ),
]

# ---------------------------------------------------------------- plans, part 2
BLIND += [
    _plan(
        "autism-year9-la-table-clean",
        "Kai is 14 and has an autism diagnosis. Kai finds noisy, crowded places such as the canteen and "
        "corridors between lessons overwhelming and has walked out of school twice this term. Kai "
        "understands more than Kai can say when anxious, and stops talking altogether when stressed.",
        "Outcome | Measure | Date\n"
        "I will move between lessons using the quiet route and arrive on time | arrives within "
        "five minutes of the start of at least 9 in 10 lessons, form tutor's log | July 2027\n"
        "I will use my help card or a written note to tell staff when I need a break | uses the card "
        "at least once a week instead of leaving the building, key worker's log | December 2026",
        "Need | Provision | Who | How often | How long | Review\n"
        "Sensory overload | Leave lessons 5 minutes early with a pass and eat lunch in the library "
        "base | form tutor and head of year | every lesson change and every lunchtime | Year 9 "
        "(2026-27) | annual review, June 2027\n"
        "Communication when stressed | Teach and practise use of a help card and written choices "
        "| speech and language therapist (SALT) from Coldwater Children's Therapy Service, then the "
        "key worker trained by the SALT | SALT: three 45-minute sessions in the autumn term; key "
        "worker: 10 minutes daily | Year 9 (2026-27) | after the autumn term block",
        extra=("table", "they-them"),
    ),
    _plan(
        "down-syndrome-glue-ear-no-provision",
        "Ruby is 5 and has Down syndrome. She has glue ear (fluid behind the eardrums), which means "
        "her hearing goes up and down, especially in winter, and she misses what is said from across "
        "the room. Her muscles are floppy and she gets tired on long walks. She is learning to use "
        "Makaton signs alongside words.",
        "- By July 2027, Ruby will follow a two-step instruction given to the whole class on at least "
        "four out of five days, as noted by her class teacher.\n"
        "- By July 2027, Ruby will walk to the hall and playground with her class without a rest on "
        "every school day.\n"
        "- By Easter 2027, Ruby will use 30 Makaton signs with words to ask for what she needs.",
        "The physiotherapist from Orley Children's Therapies will give the school a programme of "
        "walking and balance games, and the trained teaching assistant will do it with Ruby for 15 "
        "minutes three times a week during Reception (2026-27). Ruby's teaching assistant, who has completed Makaton level 2 training, "
        "will sign key words with her throughout each school day until July 2027.",
        expected=(
            (
                GT,
                "C",
                "She has glue ear (fluid behind the eardrums), which means her hearing goes up and "
                "down, especially in winter, and she misses what is said from across the room.",
            ),
        ),
        extra=("paragraphs",),
    ),
    _plan(
        "adhd-year10-drug-name-in-c",
        "Tyler (15) has ADHD (attention deficit hyperactivity disorder). He takes methylphenidate each "
        "morning, which wears off by about 2pm, after which he struggles to stay in his seat and "
        "finish tasks. He loses track of homework and equipment.",
        "- By the end of Year 10 (July 2027), Tyler will complete at least 4 of 5 afternoon lesson "
        "tasks each week, as recorded on his subject report card.\n"
        "- By February 2027, Tyler will hand in at least 80% of homework on time, using his planner "
        "checklist.",
        "Tyler's form tutor will check his planner and equipment with him for 10 minutes every "
        "morning in registration, for the school year 2026-27. In afternoon lessons, subject "
        "teachers will give Tyler a movement break of 3 to 5 minutes halfway through each lesson, "
        "for the school year 2026-27. The school nurse will meet Tyler once a half term in Year 10 to "
        "check how his medicine is working in school and report to his paediatrician.",
        expected=((DN, "C", "methylphenidate"),),
        extra=("paragraphs",),
    ),
    _plan(
        "hearing-aids-tod-acronym",
        "Zara is 7 and has a moderate permanent hearing loss in both ears. She wears two hearing aids "
        "and uses a radio aid in class. Without them she misses most of what is said, and background "
        "noise makes listening tiring.",
        "1. By July 2027, Zara will check her own hearing aids each morning and tell an adult if one "
        "is not working, on every school day recorded on her equipment chart.\n"
        "2. By July 2027, Zara will answer questions about a story read to the class correctly on at "
        "least 8 out of 10 occasions in a weekly check.",
        "1. A ToD from the Marlow Sensory Support Service will visit once every half term for one "
        "hour, for the school year 2026-27, to check Zara's equipment and advise her teacher.\n"
        "2. A teaching assistant trained by the sensory support service will check Zara's hearing "
        "aids and radio aid with her for 5 minutes every morning, for the school year 2026-27.\n"
        "3. The class teacher will wear the radio aid microphone in every lesson and group time, for "
        "the school year 2026-27.",
        expected=((AC, "G", "ToD"),),
        extra=("numbered",),
    ),
    _plan(
        "vi-phase-transfer-secondary-clean",
        "Amended following the phase transfer review on 10 February 2027.\n"
        "Sam (11) has a severe visual impairment from a condition of the retina (the "
        "light-sensing layer at the back of the eye). Sam reads large print "
        "(size 24) on paper and uses a tablet to zoom in on the board. Sam will move to Castlegate "
        "High School in September 2027 and will need to learn routes around a much larger building. "
        "Bright light and glare make it hard for Sam to see.",
        "- By October half term 2027, Sam will walk independently between all Year 7 classrooms, the "
        "canteen and the bus bay, as checked by the habilitation specialist.\n"
        "- By July 2028, Sam will read Year 7 class texts in large print or on a tablet at the same "
        "pace as classmates in at least three subjects, as measured by the specialist teacher.",
        "From September 2027 to July 2028 (Year 7):\n"
        "- A habilitation specialist (a qualified trainer in independent travel for people with sight "
        "loss) from the Northvale Sensory Team will give Sam 12 one-hour mobility sessions in the "
        "first half term, then one session a half term.\n"
        "- A qualified teacher of children with vision impairment from the Northvale Sensory Team "
        "will visit once a fortnight for one hour to adapt materials and advise staff.\n"
        "- Sam will sit away from windows, with blinds, in every classroom, arranged by each subject "
        "teacher.",
        extra=("phase-transfer", "amended", "they-them"),
    ),
    _plan(
        "college-anxiety-first-person-clean",
        "About me and my health\n"
        "I'm Jess, I'm 17 and I study animal care at Hollins College. I have anxiety and panic "
        "attacks. When I panic my heart races and I feel like I can't breathe, and I've left class "
        "lots of times because of it. I also don't sleep well, so I'm often late for 9am starts.",
        "What I want to achieve\n"
        "- By the end of my first year (July 2027) I will stay in at least 9 out of 10 of my practical "
        "sessions each fortnight, using my breathing plan when I feel panic coming.\n"
        "- By Easter 2027 I will be on time for at least 4 out of 5 of my 9am starts each week.",
        "Health support\n"
        "- A mental health practitioner from the Beckdale Young People's Wellbeing Service will see "
        "me for six weekly sessions of cognitive behavioural therapy (a talking therapy that helps "
        "with anxious thoughts), each 50 minutes, from January 2027.\n"
        "- My college learning mentor, who has had anxiety awareness training, will meet me every "
        "Monday for 20 minutes until July 2027 to check my breathing plan and my sleep diary.\n"
        "- The wellbeing practitioner will do one 45-minute sleep session with me in February 2027.",
        extra=("post-16", "first-person", "bullets"),
    ),
    _plan(
        "crohns-outcomes-not-smart",
        "Priya (13) has Crohn's disease, a long-term condition that inflames the gut. During flares "
        "she needs the toilet urgently and often, and she is tired and in pain. She has missed 30 "
        "days of school this year, mostly because of hospital appointments and flares.",
        "- Priya will feel more confident in school.\n"
        "- By July 2027, Priya will attend at least 90% of school days outside hospital stays, as "
        "shown by the attendance record.",
        "Priya will have a toilet pass to leave any lesson without asking, and use of the staff "
        "toilet, for as long as she attends Hinton Park School; her head of year will issue and "
        "renew the pass each September. Her head of year will send work home within two days of any "
        "absence of more than two days, until July 2027. The paediatric gastroenterology nurse from "
        "Selby General Hospital will talk to her teachers about Crohn's disease once, in September "
        "2026.",
        expected=(
            (OS, "E", "Priya will feel more confident in school."),
            (
                GT,
                "C",
                "During flares she needs the toilet urgently and often, and she is tired and in pain.",
            ),
        ),
        extra=("paragraphs",),
    ),
]

# ---------------------------------------------------------------- plans, part 3
BLIND += [
    _plan(
        "nursery-oxygen-bpd-clean",
        "Health needs (Section C)\n"
        "Noah is 3 and was born very early. His lungs were damaged and he needs extra oxygen through "
        "a small tube under his nose (nasal cannula) all day. He catches colds easily and they can "
        "make him very unwell. He is behind with walking and still needs help on steps.",
        "Outcomes (Section E)\n"
        "- By September 2027, Noah will climb the nursery steps holding the rail with one hand, "
        "checked by his physiotherapist at her termly visit.\n"
        "- By July 2027, Noah will join outdoor play for at least 20 minutes every nursery session, "
        "carrying his oxygen in his backpack.",
        "Health provision (Section G), in place until Noah starts school in September 2027\n"
        "The Tansley Children's Community Nursing Team will train Noah's key person and one other "
        "nursery practitioner to manage his oxygen, check the cylinder and spot signs of illness, in "
        "one two-hour session before he starts in January 2027 and again every six months while he "
        "attends Little Acorns Nursery. The trained key person will check his oxygen level with a "
        "finger probe at the start and middle of every session. The nursery will call his parents "
        "and follow his care plan if his breathing gets worse, using the trained staff. A "
        "physiotherapist from Tansley Children's Therapies will visit once a term for 45 minutes "
        "to set his walking and step practice, which the key person will do with him for 10 minutes "
        "each session, until he starts school in September 2027.",
        extra=("complex-medical", "early-years", "paragraphs"),
    ),
    _plan(
        "diabetes-year5-as-required-checks",
        "Isla (10) has type 1 diabetes. She wears a sensor on her arm that shows her blood sugar on a "
        "phone, and a pump that gives her medicine through a small tube under the skin. Low blood "
        "sugars make her shaky and confused, and high ones make her thirsty and unable to concentrate.",
        "- By July 2027, Isla will count the carbohydrate in her school lunch and enter it into her "
        "pump with an adult checking, at every school lunch for four weeks in a row.\n"
        "- By July 2027, Isla will tell an adult straight away when her phone alarms, on every "
        "occasion recorded in her diabetes log.",
        "Two teaching assistants trained and signed off by the Paediatric Diabetes Team at Harlow "
        "Vale Hospital will check Isla's sensor readings as required. A trained assistant will "
        "supervise her carbohydrate counting and pump entries at every lunch and snack time until the "
        "annual review in May 2027. The diabetes specialist nurse will visit school once a term to "
        "update the care plan and check staff competence for the school year 2026-27. Her class teacher "
        "will let Isla eat or drink in any lesson if her blood sugar is low, for as long as she is at "
        "Oakbrook Primary.",
        expected=(
            (UP, "G", "as required"),
            (
                NF,
                "G",
                "Two teaching assistants trained and signed off by the Paediatric Diabetes Team at "
                "Harlow Vale Hospital will check Isla's sensor readings as required.",
            ),
            (
                ND,
                "G",
                "Two teaching assistants trained and signed off by the Paediatric Diabetes Team at "
                "Harlow Vale Hospital will check Isla's sensor readings as required.",
            ),
        ),
        extra=("complex-medical", "paragraphs"),
    ),
    _plan(
        "annual-review-amended-cp-year7-clean",
        "Amended after the annual review of 4 November 2026. Changes are marked (new).\n"
        "Oscar (12) has cerebral palsy on his right side (hemiplegia). His right hand is weak and stiff "
        "so he cannot hold a ruler and write at the same time, and he tires with handwriting. (new) "
        "Since his growth spurt his right calf muscle has tightened and he has started tripping on "
        "stairs.",
        "- By July 2027, Oscar will type his written work at 20 words a minute, checked by the "
        "occupational therapist at the end of each term.\n"
        "- (new) By April 2027, Oscar will go up and down the main stairs between lessons with no "
        "trips, as recorded by his form tutor over two weeks.",
        "- An occupational therapist (OT) from Wrenfield Children's Therapies will give Oscar a "
        "six-week touch-typing block, one 30-minute session a week, in the spring term 2027, and "
        "then review his laptop set-up once a term until July 2027.\n"
        "- (new) A physiotherapist from Wrenfield Children's Therapies will fit and review a night "
        "splint for his right ankle, seeing Oscar every six weeks for 30 minutes until July 2027.\n"
        "- (new) Oscar will leave lessons two minutes early to use the stairs before the corridors "
        "fill, by agreement with each subject teacher, until July 2027.",
        extra=("amended", "annual-review", "bullets"),
    ),
    _plan(
        "sickle-cell-provision-no-need",
        "Adebayo (9) has sickle cell disease. Getting cold, dehydrated or overtired can bring on a "
        "painful crisis. He has had four hospital stays this year and has gaps in his reading and "
        "maths from time missed.",
        "- By July 2027, Adebayo will drink at least five cups of water during the school day, ticked "
        "on his water chart by his teaching assistant.\n"
        "- By July 2027, Adebayo will close half the gap between his reading age and his actual age, "
        "measured by the school's termly reading test.",
        "Adebayo will have a water bottle on his desk and be reminded to drink by his class teacher "
        "every hour, for the school year 2026-27. He will stay indoors at playtime when it is below "
        "5 degrees, supervised by the teacher on duty, until the annual review in "
        "June 2027. A specialist teacher from the Corbridge Medical Needs Service will teach reading "
        "catch-up for one hour twice a week for the spring and summer terms 2027. A dietitian from "
        "Corbridge Community Health will see Adebayo once a term in 2026-27 to increase his weight.",
        expected=(
            (
                GT,
                "G",
                "A dietitian from Corbridge Community Health will see Adebayo once a term in "
                "2026-27 to increase his weight.",
            ),
        ),
        extra=("paragraphs",),
    ),
    _plan(
        "cystic-fibrosis-year3-clean",
        "Freya is 8 and has cystic fibrosis (CF). Thick mucus builds up in her lungs and she needs "
        "physiotherapy to clear it twice a day, once of them in school. She needs capsules with every "
        "meal and snack to digest her food, and she needs extra salt and drinks in hot weather.",
        "- By July 2027, Freya will do her lunchtime chest clearance with her assistant and go out to "
        "play afterwards on at least 4 out of 5 days a week.\n"
        "- By December 2026, Freya will remind an adult to give her capsules before every meal and "
        "snack, as shown on her medicines record.",
        "Everything in this section continues until Freya's annual review in July 2027. A teaching "
        "assistant trained by the cystic fibrosis physiotherapist from Hallam Children's Hospital will "
        "do Freya's chest clearance with her for 20 minutes after lunch every school day. The same "
        "trained assistant will give her capsules before every meal and snack and record it. In hot "
        "weather (above 25 degrees) the class teacher will give Freya a salty snack and extra water "
        "at morning break. The CF physiotherapist will visit once a term to watch the session and "
        "update the programme.",
        extra=("complex-medical", "section-wide-period"),
    ),
    _plan(
        "brain-injury-list-vague-mixed",
        "Health needs\n"
        "1. Callum (15) had a brain injury in a road traffic collision in 2026.\n"
        "2. He gets very tired and has headaches by the afternoon.\n"
        "3. His memory for new information is poor, so he forgets instructions and homework.\n"
        "4. He has some weakness in his left leg and walks with a stick.",
        "Outcomes\n"
        "1. By July 2027, Callum will attend full days on at least three days a week, building up from "
        "mornings only.\n"
        "2. By March 2027, Callum will use his phone reminders to bring the right books to at least "
        "9 out of 10 lessons, checked weekly by his key worker.\n"
        "3. Callum will be more independent with his walking.",
        "Health provision\n"
        "1. Callum will have rest breaks in the medical room where possible.\n"
        "2. A clinical psychologist from the Harrowgate Children's Brain Injury Service will set up a "
        "memory plan with Callum and his key worker in four one-hour sessions in the autumn term 2026, "
        "then review it each term until July 2027.\n"
        "3. A physiotherapist from Harrowgate Children's Therapies will see Callum every two weeks "
        "for 30 minutes in school until July 2027.",
        expected=(
            (UP, "G", "where possible"),
            (NF, "G", "Callum will have rest breaks in the medical room where possible."),
            (ND, "G", "Callum will have rest breaks in the medical room where possible."),
            (NP, "G", "Callum will have rest breaks in the medical room where possible."),
            (OS, "E", "Callum will be more independent with his walking."),
        ),
        extra=("numbered",),
    ),
]

# ---------------------------------------------------------------- plans, part 4
BLIND += [
    _plan(
        "jia-year8-clean-terms",
        "Mia (13) has juvenile idiopathic arthritis (a long-term condition that makes her joints "
        "swollen, stiff and painful). Her knees and wrists are worst first thing in the morning and "
        "after sitting still. Writing for more than ten minutes hurts her wrists.",
        "- By the end of the spring term 2027, Mia will get from the bus to her first lesson on time "
        "on at least 4 days out of 5, as recorded on the register.\n"
        "- By July 2027, Mia will complete written tasks of up to 40 minutes using a laptop and "
        "rest breaks, in at least three subjects, checked by her form tutor each half term.",
        "Mia will use the lift with a key held by the school office, for the whole of Years 8 and 9. "
        "Subject teachers will let Mia stand and stretch for two minutes every 20 minutes in each "
        "lesson, for three terms from September 2026. An occupational therapist from the Penbury "
        "Paediatric Rheumatology Team will assess Mia for a laptop and writing aids in one visit in "
        "October 2026, and review them once a term for three terms. Mia's head of year will arrange "
        "a later start (9.15am) on days her joints are flaring, for three terms from September 2026.",
        extra=("paragraphs",),
    ),
    _plan(
        "ventilated-nursery-jargon",
        "Poppy is 4 and has a rare muscle condition. She needs a ventilator through her tracheostomy "
        "(a breathing tube in her neck) for part of every day, and she is at risk of aspiration when "
        "she drinks. She cannot walk and uses a supportive seat and a buggy.",
        "- By July 2027, Poppy will sit in her supportive seat at the group table for the whole of "
        "story time (15 minutes) on every nursery day.\n"
        "- By July 2027, Poppy will drink her thickened drinks at snack time safely, with no "
        "coughing episodes recorded on at least 9 out of 10 days.",
        "From January 2027 until Poppy starts school in September 2027:\n"
        "- Two nursery practitioners trained and signed off by the Aldgrave Long-Term Ventilation "
        "Team will be with Poppy throughout every nursery session, one of them always within arm's "
        "reach.\n"
        "- The speech and language therapist from Aldgrave Children's Therapies will set a drinking "
        "plan and visit every four weeks for 30 minutes to check it.\n"
        "- An occupational therapist from Aldgrave Children's Therapies will provide the supportive "
        "seat and check its fit once a term.",
        expected=((JA, "C", "aspiration"),),
        extra=("complex-medical", "early-years", "bullets"),
    ),
    _plan(
        "selective-mutism-year2-clean",
        "Hannah (7) has selective mutism, an anxiety condition in which she cannot speak in some "
        "places even though she talks freely at home. In school she has not spoken to any adult since "
        "September. She nods, points and will write single words.",
        "- By July 2027, Hannah will answer the register out loud to her class teacher on at least 3 "
        "mornings a week.\n"
        "- By Easter 2027, Hannah will speak to her key adult in a small group of two friends during "
        "at least two sessions a week.",
        "A speech and language therapist from Kirkmoor Children's Speech and Language Service will "
        "train Hannah's key adult, a teaching assistant, in the 'sliding-in' technique (bringing new "
        "people into a talking activity one at a time) in two one-hour sessions in the autumn term "
        "2026, and will review progress every half term until July 2027. The trained key adult will "
        "do a 15-minute talking session with Hannah four times a week until July 2027. Her class "
        "teacher will accept nods, pointing and written answers in every lesson without pressing her "
        "to speak, for the school year 2026-27.",
        extra=("paragraphs",),
    ),
    _plan(
        "tourettes-year11-no-duration",
        "Ethan (16) has Tourette's syndrome. His tics (sudden movements and noises he cannot stop) get "
        "worse when he is stressed, especially in exams and silent lessons. He is embarrassed by them "
        "and has started avoiding some lessons.",
        "- By June 2027, Ethan will sit every GCSE exam paper to the end, using rest breaks when his "
        "tics build up.\n"
        "- By February 2027, Ethan will attend at least 95% of his timetabled lessons, as shown by the "
        "attendance record.",
        "The exams officer will book a separate room and 25% extra time for rest breaks for all of "
        "Ethan's mock and final GCSE exams in 2026-27. A nurse from the Brindley Tic Disorders "
        "Clinic will teach Ethan a tic-management technique in six 45-minute sessions every other "
        "week from October 2026. Ethan's head of year will check in with him once a week.",
        expected=((ND, "G", "Ethan's head of year will check in with him once a week."),),
        extra=("paragraphs",),
    ),
    _plan(
        "medicines-in-school-table-no-provider",
        "Need | Description\n"
        "Allergy | Daisy (6) has a severe allergy to peanuts and tree nuts and has had one "
        "anaphylaxis (a life-threatening allergic reaction) needing hospital treatment.\n"
        "Asthma | Her asthma is mild but makes allergic reactions more dangerous.",
        "Outcome | Target date | Evidence\n"
        "Daisy will tell an adult before eating anything she has not been given by school | July "
        "2027 | on every occasion noted by her class teacher each half term\n"
        "Daisy will take part in all trips and cooking lessons safely | July 2027 | no trip or "
        "lesson missed because of her allergy, checked on the register",
        "Provision | Who | When | Until\n"
        "Carry Daisy's two allergy pens and reliever inhaler on every trip, in the bag that goes "
        "with her class | class teacher | every trip and outdoor lesson | July 2027\n"
        "Give an allergy pen and call 999 if she has signs of a severe reaction, following her "
        "allergy plan | any adult nearby | whenever signs appear | July 2027\n"
        "Train her class teacher, her teaching assistant and the kitchen staff in her allergy plan | school nurse, Fenwick "
        "Community Health | once each September | for the time she is at Lark Hill Primary",
        expected=(
            (
                NP,
                "G",
                "Give an allergy pen and call 999 if she has signs of a severe reaction, following "
                "her allergy plan | any adult nearby | whenever signs appear | July 2027",
            ),
        ),
        extra=("table",),
    ),
]

# ---------------------------------------------------------------- plans, part 5
BLIND += [
    _plan(
        "pmld-jejunal-feeding-year3-clean",
        "Lily (8) has profound and multiple learning disabilities and epilepsy. She is fed through a "
        "tube that goes into her small bowel (a jejunostomy), on a pump that runs for most of the "
        "school day, because feeds into her stomach made her sick and got into her lungs. She cannot "
        "change position by herself and needs moving regularly to keep her skin healthy and her "
        "chest clear. She has seizures most days, most of them short.",
        "- By July 2027, Lily will show she is ready for a change of position by looking at her "
        "symbol card on at least half of the occasions recorded in her care log.\n"
        "- By July 2027, Lily will spend at least 20 minutes a day in each of three positions (chair, "
        "standing frame, side-lying), so that her skin stays free of red marks on every daily check.\n"
        "- By July 2027, Lily will return to her activity within 30 minutes after at least 9 of 10 "
        "short seizures, as recorded in her seizure log.\n"
        "- Throughout the school year 2026-27, Lily will join her class for every morning group "
        "session, with her feed running.",
        "All of the following is in place for the school year 2026-27 at Brookside Special School.\n"
        "- Lily's feed pump will be set up, run and stopped by a teaching assistant trained and signed "
        "off by the Lowbury Children's Community Nursing Team, every school day.\n"
        "- The same trained assistants will move Lily between her three positions every 90 minutes "
        "and check her skin at each change.\n"
        "- The school nurse based at Brookside will give her emergency seizure medicine if a seizure "
        "lasts five minutes, following her care plan.\n"
        "- A physiotherapist from Lowbury Children's Therapies will review her positioning programme "
        "with staff once every half term.",
        extra=("complex-medical", "special-school", "bullets"),
    ),
    _plan(
        "la-voice-speech-vague-opportunities",
        "Section C - Health needs\n"
        "The local authority understands from the advice of Westbury Children's Speech and Language "
        "Therapy Service (dated 12 March 2027) that Olly (5) has a developmental language disorder. "
        "He understands short sentences but not longer instructions, and he uses two- and three-word "
        "sentences. Olly's hearing was tested in January 2027 and is normal.",
        "Section E - Outcomes\n"
        "- By July 2028, Olly will follow three-part classroom instructions without a visual prompt "
        "on at least 8 out of 10 occasions, checked by his speech and language therapist.\n"
        "- By July 2028, Olly will use sentences of five words or more to tell an adult about his "
        "weekend, in at least 3 of 4 weekly news sessions.",
        "Section G - Health provision\n"
        "Olly will be given opportunities for language work in small groups. A speech and language "
        "therapist from Westbury Children's Speech and Language Therapy Service will assess Olly in "
        "school and set targets three times a year (once a term) until the annual review in March "
        "2028. A teaching assistant trained by the therapist on the service's 'Talk Boost' course "
        "will work on his targets with him for 20 minutes three times a week until the annual "
        "review in March 2028.",
        expected=(
            (UP, "G", "opportunities for"),
            (NF, "G", "Olly will be given opportunities for language work in small groups."),
            (ND, "G", "Olly will be given opportunities for language work in small groups."),
            (NP, "G", "Olly will be given opportunities for language work in small groups."),
        ),
        extra=("la-voice", "paragraphs"),
    ),
    _plan(
        "no-health-needs-stated-clean",
        "Section C: Health needs\n"
        "Health advice was requested from the Oxley community paediatric service and the school "
        "nursing service. Both report that Bella (10) has no health needs relating to her special "
        "educational needs. Her vision and hearing were checked in 2026 and are normal. Her needs "
        "are set out in Section B (learning) and Section F (education provision).",
        "Section E: Outcomes\n"
        "No health outcomes are needed. Bella's outcomes are in the education part of this section.",
        "Section G: Health provision\n"
        "No health provision is required. Bella's family can contact the school nurse through the "
        "Oxley school nursing duty line like any other family.",
        extra=("no-health-needs",),
    ),
    _plan(
        "heart-condition-no-outcome-for-fatigue",
        "Jayden is 10 and was born with a heart condition that has been repaired with three "
        "operations. His heart works less well than other children's, so he gets out of breath "
        "quickly and must not do very hard exercise. He takes medicine to thin his blood, so he "
        "bruises easily and any head injury must be checked at hospital. He is tired by the end of "
        "the day and his handwriting tails off.",
        "- By July 2027, Jayden will take part in every PE lesson at his own pace, stopping when he "
        "chooses, with the activity changes in his PE plan.\n"
        "- By December 2026, Jayden will tell an adult straight away after any bump to his head, on "
        "every occasion recorded in the accident book.",
        "All provision runs for the school year 2026-27. The cardiac nurse specialist from St Wilfrid's "
        "Children's Heart Centre will meet the PE teacher once in September 2026 to write Jayden's PE "
        "plan, and review it by phone each term. The first-aid trained teaching assistant will check "
        "any bump to Jayden's head and call his parents, and 999 if he is drowsy or sick, following "
        "his care plan. Jayden will use a laptop for writing in the afternoons, set up by the class "
        "teacher, every school day.",
        expected=(
            (
                GT,
                "C",
                "He is tired by the end of the day and his handwriting tails off.",
            ),
        ),
        extra=("paragraphs",),
    ),
    _plan(
        "hypermobility-pain-year6-clean",
        "Chloe (11) has hypermobility spectrum disorder: her joints are very flexible and unstable, "
        "which causes pain in her knees, ankles and fingers every day. Writing by hand for more than "
        "a few minutes makes her fingers hurt. Pain and poor sleep mean she misses about one day of "
        "school a fortnight.",
        "1. By July 2027, Chloe will write for 20 minutes with her pen grip and sloping board, rating "
        "her finger pain at 3 out of 10 or less, on at least 4 of 5 days a week.\n"
        "2. By July 2027, Chloe will attend at least 95% of school days in the summer term.",
        "1. A children's physiotherapist from Hillcrest Community Children's Services will see Chloe "
        "fortnightly for 30 minutes in school for 12 weeks from January 2027, to set and progress a "
        "strengthening programme.\n"
        "2. A teaching assistant trained by the physiotherapist will do the programme with Chloe for "
        "15 minutes on the three days a week the physiotherapist is not in, until July 2027.\n"
        "3. An occupational therapist from the same service will supply a pen grip and sloping board "
        "in October 2026 and check them once a term until July 2027.\n"
        "4. The Hillcrest Paediatric Pain Team's psychologist will see Chloe and her parents for four "
        "one-hour sessions about pain and sleep in the spring term 2027.",
        extra=("numbered",),
    ),
    _plan(
        "college-19-autism-ld-annual-health-check-clean",
        "Reviewed at the annual review on 18 May 2027, in preparation for adulthood.\n"
        "Reece is 19 and has autism and a moderate learning disability. He attends the Pathways "
        "course at Greyholme College. He has constipation that needs daily medicine and a toilet "
        "routine, and when it is bad he becomes distressed and refuses to come in. He is moving from "
        "children's to adult health services this year.",
        "- By July 2028, Reece will follow his toilet routine at college with a visual timetable and "
        "no adult prompt on at least 4 days out of 5.\n"
        "- By March 2028, Reece will have had his learning disability annual health check with his "
        "GP and will be able to say, with his picture book, who his adult nurse is.",
        "- Reece's GP practice (Greyholme Medical Centre) will offer him a learning disability annual "
        "health check once a year; the practice learning disability nurse will complete it with him "
        "in an extended 45-minute appointment by March 2028.\n"
        "- A learning disability nurse from the Greyholme Adult Community Learning Disability Team will "
        "meet Reece at college three times between September 2027 and March 2028 to introduce adult "
        "services and make his picture book.\n"
        "- Reece's college support worker, trained by the community nurse, will prompt his toilet "
        "routine at 11am and 2pm every college day until July 2028.",
        extra=("post-19", "preparing-for-adulthood", "bullets"),
    ),
    _plan(
        "deafblind-intervener-acronym-msi",
        "Aisha (6) has congenital cytomegalovirus, which has left her with a severe hearing loss and "
        "very little sight. She has MSI and learns mainly through touch. She has a cochlear implant "
        "(a device that gives her some sound) on one side.",
        "- By July 2027, Aisha will use ten touch cues (objects of reference) to know what is coming "
        "next in her day, responding to each on at least 4 of 5 occasions.\n"
        "- By July 2027, Aisha will turn to her name called from two metres on at least 8 of 10 tries.",
        "- A qualified teacher of deafblind children from the Daleford Sensory "
        "Service will visit once a fortnight for 90 minutes until July 2027.\n"
        "- An intervener (a teaching assistant trained in deafblind support by the Daleford Sensory "
        "Service) will work with Aisha for the whole of every school day until July 2027.\n"
        "- The Daleford Cochlear Implant Programme's teacher of the deaf will check the implant and "
        "her listening programme at school once a term until July 2027.",
        expected=((AC, "C", "MSI"),),
        extra=("bullets",),
    ),
]

# ---------------------------------------------------------------- plans, part 6
BLIND += [
    _plan(
        "kidney-dialysis-year9-clean",
        "Tom (14) has kidney failure and has dialysis (a machine cleaning his blood) at Eastleigh "
        "Children's Kidney Unit three afternoons a week, so he misses Monday, Wednesday and Friday "
        "afternoons in school. He has to limit how much he drinks and must avoid some foods. He "
        "feels washed out the morning after dialysis.",
        "- By July 2027, Tom will keep up with maths, English and science by completing the work "
        "set for missed afternoons within a week, on at least 80% of occasions, checked by his "
        "learning mentor.\n"
        "- By December 2026, Tom will choose a lunch within his food and drink limits from the "
        "school menu every day, with his choices checked once a week by the kidney dietitian.",
        "From September 2026 until July 2027:\n"
        "The hospital school teacher at Eastleigh Children's Kidney Unit will teach Tom maths, English "
        "and science during dialysis, for 90 minutes each session. His learning mentor, a qualified "
        "teacher, will send work to the hospital school every Friday and go over it with Tom for 30 "
        "minutes every Tuesday morning. The kidney dietitian from Eastleigh Children's Kidney Unit "
        "will mark up the school menu each half term and see Tom once a month at the unit. Tom's "
        "form tutor will let him have a 10-minute rest in the library at the start of Tuesday and "
        "Thursday mornings.",
        extra=("complex-medical", "paragraphs"),
    ),
    _plan(
        "cancer-late-effects-typos-clean",
        "Grace (12) had treatment for a brain tumour when she was 7 and has been in remision since. "
        "The treatment has left her with slower thinking and processing speed, patchy memory, and "
        "tireness. She also has reduced hearing in her left ear and wears a hearing aid.",
        "- By July 2027, Grace wil finish at least 3 out of 4 classroom tasks in the time given, "
        "using her extra time and task lists, checked by the SENCo (special educational needs "
        "co-ordinator) each half term.\n"
        "- By July 2027, Grace will attend full days on at least 9 of every 10 school days.\n"
        "- By December 2026, Grace will sit with her good ear towards the teacher in every lesson "
        "without being reminded.",
        "For the school year 2026-27:\n"
        "- A clinical psychologist from the Ravensworth Late Effects Clinic will assess Grace's "
        "memory and processing in one visit in October 2026 and give teachers a written strategy "
        "plan, then review it in June 2027.\n"
        "- Subject teachers will give Grace written task lists and 25% extra time in every lesson.\n"
        "- Grace can rest in the medical room for 15 minutes after lunch each day, supervised by the "
        "school's first-aid trained receptionist.\n"
        "- A teacher of the deaf from the Ravensworth Hearing Support Service will visit once a term "
        "to check her hearing aid and her seating.",
        extra=("typos", "bullets"),
    ),
    _plan(
        "fragile-x-no-provision-for-sleep",
        "Finn (6) has fragile X syndrome. He has very little speech and communicates mainly by "
        "leading adults and using some signs. He is very sensitive to noise and touch, and covers "
        "his ears and bolts from the room during assemblies. His parents report that he wakes most "
        "nights and is often exhausted by the afternoon.",
        "- By July 2027, Finn will use a picture exchange book to ask for ten different things, "
        "on at least four days a week.\n"
        "- By July 2027, Finn will stay in a whole-school assembly for 10 minutes wearing his ear "
        "defenders, on at least 3 of 4 occasions.\n"
        "- By July 2027, Finn will be awake and taking part in afternoon lessons on at least 4 "
        "days out of 5.",
        "For Year 2 (2026-27):\n"
        "- A speech and language therapist from Coldstream Children's Therapy Service will set up his "
        "picture exchange book with his teaching assistant in three 45-minute visits in the autumn "
        "term and review it once each term after that.\n"
        "- An occupational therapist from the same service will write a sensory plan, including ear "
        "defenders and a quiet space, in one visit in September 2026 and review it in February "
        "2027.\n"
        "- His teaching assistant, trained by the therapists, will follow his picture exchange "
        "and sensory plans every school day.",
        expected=(
            (
                GT,
                "C",
                "His parents report that he wakes most nights and is often exhausted by the "
                "afternoon.",
            ),
        ),
        extra=("bullets",),
    ),
    _plan(
        "functional-neuro-secondary-vague-should",
        "Lucy (15) has functional neurological disorder (FND), in which the brain's messages to the "
        "body are disrupted although there is no damage. She has episodes of weakness in her legs "
        "and sometimes uses a wheelchair. Her episodes are more frequent when she is anxious about "
        "schoolwork.",
        "- By July 2027, Lucy will attend at least 90% of her timetable, including days when she uses "
        "her wheelchair, as shown by the register.\n"
        "- By March 2027, Lucy will use her calming plan during an episode and return to the lesson "
        "within 20 minutes on at least 3 of 4 occasions recorded by her key worker.",
        "A physiotherapist from the Marchbank Paediatric Neurology Service will see Lucy every two "
        "weeks for 45 minutes for 12 weeks from September 2026 and show her key worker her exercise "
        "plan. A psychologist from the same service will see Lucy for eight weekly one-hour sessions "
        "from January 2027 to make a calming plan for episodes. Staff should follow the calming "
        "plan when Lucy has an episode.",
        expected=(
            (UP, "G", "should"),
            (ND, "G", "Staff should follow the calming plan when Lucy has an episode."),
            (NP, "G", "Staff should follow the calming plan when Lucy has an episode."),
        ),
        extra=("paragraphs",),
    ),
    _plan(
        "eating-disorder-year11-clean",
        "Maya (16) is recovering from an eating disorder (anorexia nervosa) and is under the Linford "
        "Community Eating Disorders Service for Children and Young People. She needs to eat a set "
        "lunch and snack under supervision in school, and she is not allowed to do PE or sport until "
        "her weight is safe. She finds mealtimes in the busy canteen very distressing.",
        "- By June 2027, Maya will eat her full planned lunch and snack in school on every school day, "
        "as recorded on her meal log.\n"
        "- By June 2027, Maya will keep up with PE by handing in at least 8 of every 10 theory tasks "
        "set in place of practical lessons.",
        "Until the end of Year 11 (June 2027):\n"
        "- Maya's head of year and her key teaching assistant, both trained by the Linford eating "
        "disorders nurse, will sit with her while she eats lunch in the pastoral room at 12.30 and "
        "her morning snack at 10.40 every school day, and fill in her meal log.\n"
        "- The eating disorders nurse will meet the head of year every three weeks for 30 minutes "
        "to review the meal plan.\n"
        "- Maya's PE teacher will give her a theory task instead of every practical lesson until the "
        "eating disorders team confirm in writing that she can start again.",
        extra=("bullets",),
    ),
    _plan(
        "wheelchair-user-year4-provision-no-need",
        "Sophie (9) has spinal muscular atrophy (a condition that weakens the muscles). She uses a "
        "powered wheelchair and cannot stand or walk. She needs two adults and a hoist to use the "
        "toilet and to get in and out of her chair. Her arms tire quickly when she writes or uses "
        "her tablet.",
        "- By July 2027, Sophie will use the toilet at school at the times she chooses, with two "
        "trained adults and the hoist, every school day.\n"
        "- By July 2027, Sophie will write or type for 15 minutes with her arm support before she "
        "needs a rest, on 4 of 5 days.",
        "For the school year 2026-27 at Kingsmead Primary:\n"
        "- Two teaching assistants trained in moving and handling by the Kingsmead Children's "
        "Occupational Therapy Service will hoist Sophie at every toileting and transfer (about five "
        "times a day).\n"
        "- An occupational therapist from the same service will fit a mobile arm support to her "
        "wheelchair in September 2026 and review it once a term.\n"
        "- A speech and language therapist from Kingsmead Children's Therapies will see Sophie "
        "once a half term for 30 minutes to work on her speech clarity.",
        expected=(
            (
                GT,
                "G",
                "A speech and language therapist from Kingsmead Children's Therapies will see Sophie "
                "once a half term for 30 minutes to work on her speech clarity.",
            ),
        ),
        extra=("complex-medical", "bullets"),
    ),
]

# ---------------------------------------------------------------- plans, part 7
BLIND += [
    _plan(
        "la-template-table-enteral-no-review-clean",
        "Health need | What this means for Zain\n"
        "Feeding | Zain (4) has a gastrostomy (feeding tube into the stomach) and has small amounts of "
        "pureed food by mouth. He is at risk of choking on lumpy food.\n"
        "Development | He has global developmental delay and is not yet walking on his own.",
        "Outcome | Success looks like | By\n"
        "I will eat my pureed lunch at the table with my friends | eats lunch with his group on "
        "every nursery day, no choking events logged | July 2027\n"
        "I will walk across the nursery room holding one adult hand | 5 metres with one hand held, "
        "checked by the physiotherapist | April 2027",
        "Need | Provision | Who | How often | How long | Review\n"
        "Feeding | Give his tube feed at 11.30 and support pureed lunch following the eating and "
        "drinking plan | key person trained and signed off by Bramwell Children's Community Nursing "
        "Team | every nursery session | until he starts school, September 2027 | each term\n"
        "Feeding | Write and update the eating and drinking plan | speech and language therapist, "
        "Bramwell Children's Therapies | once a term | until September 2027 | each term\n"
        "Development | Walking practice with his walker | key person, shown by the physiotherapist "
        "from Bramwell Children's Therapies | 10 minutes every session | until September 2027 | each "
        "term",
        extra=("table", "early-years", "complex-medical", "first-person"),
    ),
    _plan(
        "la-template-table-ot-for-3-sessions-no-frequency",
        "Need | Description\n"
        "Motor coordination | Riley (8) has developmental coordination disorder. He finds dressing "
        "for PE, using scissors and handwriting very difficult and is often last to finish.",
        "Outcome | Measure | When\n"
        "Riley will change for PE independently | within 10 minutes, in 4 of 5 PE lessons, PE "
        "teacher's record | February 2027\n"
        "Riley will write a full line of joined handwriting that others can read | 8 of 10 lines "
        "readable in a weekly sample | July 2027",
        "Need | Provision | Who | How often | How long\n"
        "Motor coordination | Dressing programme in the PE changing room | teaching assistant trained "
        "by the Dunholme Children's Occupational Therapy Service | before every PE lesson | school "
        "year 2026-27\n"
        "Motor coordination | Handwriting group using the service's 'Write Start' programme | "
        "occupational therapist from Dunholme Children's Occupational Therapy Service | | school year "
        "2026-27",
        expected=(
            (
                NF,
                "G",
                "Motor coordination | Handwriting group using the service's 'Write Start' programme | "
                "occupational therapist from Dunholme Children's Occupational Therapy Service | | "
                "school year 2026-27",
            ),
        ),
        extra=("table",),
    ),
    _plan(
        "asthma-secondary-brand-inhaler",
        "Jamal (13) has severe asthma and has been admitted to hospital three times in the past year. "
        "He uses a Ventolin inhaler when he is wheezy and needs it before PE. He is embarrassed to use "
        "his inhaler in front of others and sometimes waits too long.",
        "- By July 2027, Jamal will use his reliever inhaler before every PE lesson and at the first "
        "sign of wheeze, recorded on his inhaler card.\n"
        "- By July 2027, Jamal will miss no more than 5 days of school for asthma in the school year.",
        "The school nurse from Calverley Community Health will review Jamal's asthma plan with him "
        "and his PE teacher in one 30-minute meeting each term for the school year 2026-27. His PE "
        "teacher will remind him to use his inhaler in the changing room before every PE lesson for "
        "the school year 2026-27. Jamal's teachers will let him go to the medical room to use his "
        "inhaler privately whenever he is wheezy, where the first-aid trained office manager will record it, for the school year "
        "2026-27.",
        expected=((DN, "C", "Ventolin"),),
        extra=("paragraphs",),
    ),
    _plan(
        "williams-syndrome-outcomes-clean-unusual-verbs",
        "Evie (10) has Williams syndrome. She has a heart murmur that is checked each year and needs "
        "no treatment in school. She is very sensitive to loud noises such as hand dryers and fire "
        "alarms, which frighten her for the rest of the day. She has high blood calcium at times, "
        "which makes her thirsty and irritable, and she must avoid foods with added vitamins.",
        "- By July 2027, Evie will recover from a loud noise and rejoin her lesson within 10 minutes "
        "on at least 4 of 5 occasions, using her noise plan.\n"
        "- Throughout 2026-27, Evie will have water with her in every lesson and no school food with "
        "added vitamins, checked each half term by her teaching assistant against the kitchen list.",
        "For the school year 2026-27:\n"
        "An occupational therapist from Wickham Children's Therapies will make a noise plan with Evie "
        "(warnings before fire drills, ear defenders, a calm corner) in two visits in September, and "
        "review it once a term. Her teaching assistant, trained by the occupational therapist, will give Evie a warning "
        "before every planned fire drill and use the plan whenever a loud noise upsets her. The "
        "school kitchen manager, trained by the Wickham Children's Hospital dietitian in one visit in "
        "September, will mark foods with added vitamins on the menu each half term. Her class teacher will "
        "let her keep a water bottle on her desk every day.",
        extra=("paragraphs",),
    ),
    _plan(
        "achondroplasia-year1-clean",
        "Arlo (6) has achondroplasia, a condition that affects bone growth so that he is much shorter "
        "than his classmates and has short arms. He cannot reach the toilet, sink, coat pegs or "
        "standard tables, and he tires when walking long distances such as on school trips.",
        "1. By December 2026, Arlo will use the toilet and wash his hands at school without help, "
        "using his step and rail, on every school day.\n"
        "2. By July 2027, Arlo will go on every class trip, using his buggy for distances over 500 "
        "metres.",
        "1. An occupational therapist from Kelby Children's Occupational Therapy Service will visit "
        "once in September 2026 to fit a step, toilet rail and lowered peg, and again in February "
        "2027 to review them.\n"
        "2. The class teacher will plan each trip with Arlo's buggy included, for every trip in Year "
        "1 (2026-27).",
        extra=("numbered", "year-1"),
    ),
    _plan(
        "la-annual-review-amend-speech-support-needed",
        "Amended following the annual review meeting on 23 January 2027.\n"
        "Section C\n"
        "Noor (9) has a severe stammer. She avoids speaking in class and has stopped reading aloud "
        "and answering the register.",
        "Section E\n"
        "- By July 2027, Noor will read aloud to a small group of three friends once a week, using her "
        "easy-onset technique, rating her worry at 5 out of 10 or less.\n"
        "- By July 2027, Noor will answer the register out loud on at least 4 days a week.",
        "Section G\n"
        "A specialist speech and language therapist from the Fulwell Stammering Service will provide "
        "support as needed. Noor's class teacher, with advice from the therapist, will let her answer "
        "the register with a word of her choice, every morning for the school year 2026-27.",
        expected=(
            (UP, "G", "support as needed"),
            (
                NF,
                "G",
                "A specialist speech and language therapist from the Fulwell Stammering Service will "
                "provide support as needed.",
            ),
            (
                ND,
                "G",
                "A specialist speech and language therapist from the Fulwell Stammering Service will "
                "provide support as needed.",
            ),
        ),
        extra=("amended", "annual-review", "la-voice"),
    ),
    _plan(
        "continence-secondary-pads-clean",
        "Dylan (12) has a learning disability and is not yet dry in the day; he wears pads and needs "
        "help to change. He does not always know when he is wet, and smells can lead to teasing.",
        "- By July 2027, Dylan will go to the toilet at his timetabled times using his watch alarm, "
        "with no more than one wet pad a day, on at least 4 days a week, as recorded on his chart.\n"
        "- By July 2027, Dylan will change his own pad with one adult waiting outside the door on "
        "every school day.",
        "Two male teaching assistants, trained by the Alderby Children's Bladder and Bowel Service, "
        "will take Dylan to the hygiene room at 10.20am, 12.40pm and 2.30pm every school day, and "
        "teach him to change himself, until July 2027. The continence nurse from the Alderby "
        "Children's Bladder and Bowel Service will review his chart with school once a half term and "
        "supply pads every month, until July 2027. Dylan's form tutor will set his watch alarm with "
        "him every Monday morning for the school year 2026-27.",
        extra=("continence", "paragraphs"),
    ),
]

# ---------------------------------------------------------------- plans, part 8
BLIND += [
    _plan(
        "rett-syndrome-eye-gaze-clean",
        "Section C - Health\n"
        "Amelia (12) has Rett syndrome. She has no speech and very little use of her hands, and she "
        "communicates by looking at pictures on an eye-gaze computer (a screen she controls with "
        "her eyes). She has breathing irregularities, with breath-holding episodes when she is "
        "excited or upset, and she has a curve in her spine that makes sitting for long periods "
        "uncomfortable.",
        "Section E - Outcomes\n"
        "- By July 2027, Amelia will use her eye-gaze computer to choose an activity and answer yes "
        "or no questions in every lesson, with at least 20 choices logged a day.\n"
        "- By July 2027, Amelia will return to her activity within 10 minutes after at least 4 of 5 "
        "breath-holding episodes, as recorded in her care log.\n"
        "- By July 2027, Amelia will sit comfortably in her moulded seat for lessons of up to 45 "
        "minutes, with a change of position between lessons, on every school day.",
        "Section G - Health provision, to the annual review in June 2027\n"
        "- A speech and language therapist from the Thornbury Augmentative Communication Service "
        "will review her eye-gaze vocabulary with her class team once every half term for one "
        "hour.\n"
        "- Her class teaching assistants, trained by the Thornbury Children's Community Nursing Team, "
        "will follow her breathing care plan during every breath-holding episode and record it.\n"
        "- An occupational therapist from Thornbury Children's Therapies will check her moulded "
        "seat once a term, and two trained assistants will move her out of it between every "
        "lesson.",
        extra=("special-school", "bullets"),
    ),
    _plan(
        "diabetes-college-first-person-access-to-nurse",
        "My health\n"
        "I'm Ollie, I'm 17 and I have type 1 diabetes. When my sugar goes low in "
        "practicals in the workshop I get shaky and can't think straight, so I need to stop and "
        "treat it. I sometimes forget to check my levels when I'm busy.",
        "What I'm aiming for\n"
        "- By July 2027 I'll check my sensor before every workshop practical and at lunch, every "
        "college day, and my tutor will see it on my log once a week.\n"
        "- By July 2027 I'll have fewer than two lows a month in college that need someone else to "
        "help me.",
        "The help I get\n"
        "- My course tutor, trained by the Northfield Young Adult Diabetes Team, will remind me to "
        "check my sensor at the start of every workshop session until July 2027.\n"
        "- I will have access to the college nurse.\n"
        "- Workshop staff trained in my hypo plan (what to do when my sugar is low) will let me stop "
        "work and eat my hypo snack in the workshop whenever my sugar is low, until July 2027.",
        expected=(
            (UP, "G", "access to"),
            (NF, "G", "I will have access to the college nurse."),
            (ND, "G", "I will have access to the college nurse."),
        ),
        extra=("post-16", "first-person"),
    ),
    _plan(
        "ocd-year10-clean-cbt-expanded",
        "Jack (15) has obsessive compulsive disorder (OCD). He feels he must wash his hands and check "
        "his work many times, which makes him late for lessons and means he rarely finishes written "
        "tasks. He has been seen by CAMHS (Child and Adolescent Mental Health Services) since 2026.",
        "- By March 2027, Jack will arrive at lessons within five minutes of the start on at least "
        "8 of 10 occasions, as recorded by his teachers.\n"
        "- By July 2027, Jack will hand in at least 3 out of 4 pieces of written classwork without "
        "rewriting them, checked by his form tutor each week.",
        "A CAMHS clinical psychologist from the Lindholme team will give Jack 12 weekly sessions of "
        "CBT (cognitive behavioural therapy), each 50 minutes, at the clinic from October 2026. The "
        "psychologist will meet his head of year once, in November 2026, to agree a school plan. "
        "His head of year will check in with him for 10 minutes every Monday and Thursday until "
        "July 2027 to go through the plan.",
        extra=("paragraphs",),
    ),
    _plan(
        "prader-willi-food-security-outcome-vague",
        "Leah (7) has Prader-Willi syndrome. She is always hungry and will take food from others' "
        "lunch boxes and bins, so food must be kept out of reach and her meals supervised. Her "
        "muscles are weak and she tires quickly in PE.",
        "- Leah will make good progress with her eating.\n"
        "- By July 2027, Leah will take part in the whole of every PE lesson, using the shorter "
        "activity plan, as recorded by her PE teacher.",
        "From September 2026 to July 2027:\n"
        "- Leah's teaching assistant, trained by the Helmsford Community Dietetics Team, will sit with "
        "her at every snack and lunch time and keep the classroom food cupboard locked.\n"
        "- A dietitian from Helmsford Community Dietetics will review her school meal plan with staff "
        "once a term.\n"
        "- A physiotherapist from Helmsford Children's Therapies will write a shorter activity plan "
        "for PE in September 2026 and review it with the PE teacher in February 2027.",
        expected=((OS, "E", "Leah will make good progress with her eating."),),
        extra=("bullets",),
    ),
    _plan(
        "headed-letter-style-c-haemophilia-clean",
        "Health needs (from the advice of Dr Ruth Okafor, consultant paediatric haematologist, "
        "Greystone Children's Hospital, 4 May 2027)\n"
        "Ben (8) has severe haemophilia A, which means his blood does not clot and he can bleed "
        "into his joints and muscles after small knocks. He has an injection into a vein twice a "
        "week at home to prevent bleeds. A bleed into a joint makes it hot, swollen and painful, "
        "and Ben must rest it straight away. He has missed playtimes and PE because of bleeds.",
        "Outcomes\n"
        "- By July 2028, Ben will tell an adult about every knock or joint pain in school on the same "
        "day, as shown in the incident log.\n"
        "- By July 2028, Ben will take part in PE and play on at least 9 of every 10 school days, "
        "using the activity list agreed with his haemophilia team.",
        "Provision (for the school year 2027-28)\n"
        "- The haemophilia nurse specialist from Greystone Children's Hospital will train Ben's class "
        "teacher, his teaching assistant and the lunchtime team in a one-hour session in September "
        "2027.\n"
        "- A trained adult will check Ben, apply an ice pack and phone his parents after any knock to "
        "a joint or his head, following his care plan.\n"
        "- The PE teacher will follow the activity list written by the haemophilia physiotherapist "
        "in every PE lesson.",
        extra=("bullets", "letter-derived"),
    ),
    _plan(
        "lupus-year12-sixth-form-clean",
        "Niamh (17) has lupus, a condition where the immune system attacks her own body. She has "
        "joint pain and extreme tiredness, and sunlight can bring on a rash and a flare. She has "
        "hospital appointments every month and blood tests every six weeks.",
        "- By July 2027, Niamh will complete all coursework for her three A levels by the set "
        "deadlines, using agreed extensions of up to two weeks for flares.\n"
        "- By July 2027, Niamh will attend at least 85% of sixth form sessions, with appointments "
        "recorded as authorised.",
        "Until the end of Year 12 (July 2027):\n"
        "- Niamh's head of sixth form will agree coursework extensions of up to two weeks with each "
        "subject teacher whenever she has a flare confirmed by the Sandown Young People's "
        "Rheumatology Clinic.\n"
        "- Teachers will seat Niamh away from windows and let her stay indoors in every break in sunny "
        "weather.\n"
        "- The rheumatology clinical nurse specialist from Sandown will write to the head of sixth "
        "form once a term with appointment dates and advice.",
        extra=("post-16", "bullets"),
    ),
    _plan(
        "autism-primary-passive-provision-no-provider",
        "Toby (7) is autistic. He eats a very small range of foods (white bread, plain pasta and "
        "crisps) and will not eat school dinners. He is under the Clayfield community dietitian "
        "for his weight. Changes to his routine cause meltdowns lasting up to an hour.",
        "- By July 2027, Toby will try one new food from a list of five at lunch at least once a "
        "week, recorded on his food chart.\n"
        "- By July 2027, Toby will manage a change to his day with a visual warning and no meltdown "
        "on at least 3 of 4 occasions.",
        "For the school year 2026-27:\n"
        "- A food chart will be kept and new foods will be offered at lunch twice a week.\n"
        "- A dietitian from Clayfield Community Health will see Toby and his parents once a term to "
        "review his weight and food chart.\n"
        "- His class teacher will show Toby a visual timetable every morning and give him a picture "
        "warning of every change at least 10 minutes ahead.",
        expected=(
            (
                NP,
                "G",
                "A food chart will be kept and new foods will be offered at lunch twice a week.",
            ),
        ),
        extra=("bullets",),
    ),
]

# ---------------------------------------------------------------- plans, part 9
BLIND += [
    _plan(
        "phase-transfer-post16-cp-amended-clean",
        "Amended at the phase transfer review, 9 March 2027, for the move to Ashgrove Sixth Form "
        "College in September 2027.\n"
        "Kieran (16) has quadriplegic cerebral palsy (affecting his arms, legs and trunk). He uses a "
        "powered wheelchair and a communication aid. He needs help with all personal care, and a "
        "hoist for transfers. He has had pain in his left hip since his hip surgery in 2026 and "
        "needs to change position every two hours.",
        "- By December 2027, Kieran will direct his own personal care at college, telling his support "
        "staff what he needs through his communication aid, at every care routine.\n"
        "- By July 2028, Kieran will sit through a two-hour teaching block with one position change, "
        "rating his hip pain at 3 out of 10 or less.",
        "For Kieran's first year at Ashgrove Sixth Form College (September 2027 to July 2028):\n"
        "- Two learning support assistants trained in moving and handling and personal care by the "
        "Ashgrove Adult Community Therapy Team will carry out every care routine and position change "
        "(every two hours) during college hours.\n"
        "- A physiotherapist from the Ashgrove Adult Community Therapy Team will visit once every "
        "half term for one hour to review his positioning and stretches.\n"
        "- His speech and language therapist from Ashgrove Communication Aids Service will update his "
        "communication aid's college vocabulary in two visits in September 2027 and one visit each "
        "term after.",
        extra=("phase-transfer", "amended", "post-16", "bullets"),
    ),
    _plan(
        "sleep-melatonin-drug-name",
        "Oliver (9) is autistic and has great difficulty getting to sleep; he is often awake until "
        "1am. He is prescribed melatonin by his paediatrician. On days after a bad night he is "
        "tearful and cannot manage his morning lessons.",
        "- By July 2027, Oliver will join his class for the whole of the morning on at least 4 days "
        "out of 5, as recorded in the class register.\n"
        "- By March 2027, Oliver and his parents will follow a bedtime routine on at least 5 nights "
        "a week, recorded in his sleep diary.",
        "A sleep practitioner from the Broadmere Children's Sleep Service will meet Oliver's parents "
        "for four one-hour sessions at home from October 2026 to set up a bedtime routine. On mornings "
        "after a bad night, his teaching assistant, trained by the school's autism outreach teacher, "
        "will give Oliver 20 minutes in the calm room before lessons, until July 2027.",
        expected=((DN, "C", "melatonin"),),
        extra=("paragraphs",),
    ),
    _plan(
        "vague-as-appropriate-ot-table",
        "Need | Detail\n"
        "Self-care | Ava (5) is autistic and cannot yet use the toilet or dress herself for PE.\n"
        "Sensory | She mouths and chews objects and clothing, and cannot sit on the carpet for more "
        "than a minute.",
        "Outcome | By | Evidence\n"
        "I will use the toilet with a visual sequence and one prompt | July 2027 | toilet chart, "
        "4 of 5 days\n"
        "I will sit with my class for carpet time | February 2027 | sits for 10 minutes on a wobble "
        "cushion, 3 of 4 sessions",
        "Need | Provision | Who | Frequency | Duration\n"
        "Self-care | Toilet training using a visual sequence | teaching assistant trained by "
        "Holbeck Children's OT Service | at 10am, lunch and 2pm every day | Reception year 2026-27\n"
        "Sensory | Sensory diet (a planned set of chewing and movement activities) with chew tools "
        "and movement breaks as appropriate | occupational therapist (OT), Holbeck Children's OT Service | | Reception year 2026-27",
        expected=(
            (UP, "G", "as appropriate"),
            (
                NF,
                "G",
                "Sensory | Sensory diet (a planned set of chewing and movement activities) with chew "
                "tools and movement breaks as appropriate | "
                "occupational therapist (OT), Holbeck Children's OT Service | | Reception year 2026-27",
            ),
        ),
        extra=("table",),
    ),
    _plan(
        "tracheostomy-secondary-night-ventilation-clean",
        "Section C\n"
        "Ibrahim (13) has congenital central hypoventilation syndrome, which means his brain does not "
        "tell him to breathe enough when he is asleep or very tired. He is ventilated overnight at "
        "home through his tracheostomy (a tube in his neck). In school he breathes on his own but "
        "must not fall asleep without a trained adult present, and he needs his tube cleared by "
        "suction a few times a day. He wants to do the same things as his friends, including the "
        "Year 8 residential trip.",
        "Section E\n"
        "- By July 2027, Ibrahim will carry out his own suction with a trained adult watching, "
        "on every occasion in school.\n"
        "- By June 2027, Ibrahim will go on the three-day Year 8 residential with his night "
        "ventilation supported by his nursing team.",
        "Section G (Year 8, 2026-27)\n"
        "- A teaching assistant trained and assessed as competent by the Pendle Vale Long-Term "
        "Ventilation Team will be within sight of Ibrahim throughout every school day, including "
        "break times, and will supervise his suction.\n"
        "- A second assistant will be trained by the same team as back-up, with refresher training "
        "every six months.\n"
        "- Two nurses from the Pendle Vale Long-Term Ventilation Team will go on the residential and "
        "provide his overnight ventilation care for its three nights.",
        extra=("complex-medical", "ltv", "bullets"),
    ),
    _plan(
        "glue-ear-nursery-vague-regular-checks",
        "Isaac (3) has had glue ear for a year and is waiting to see the ENT surgeon about grommets. "
        "His hearing is mildly reduced and his speech is unclear.",
        "- By July 2027, Isaac will join in songs and stories at group time, saying the repeated "
        "words, in at least 3 of 4 sessions.\n"
        "- By July 2027, Isaac will be understood by nursery staff when he asks for things on at "
        "least 8 out of 10 occasions.",
        "Isaac's hearing will be regularly monitored by audiology. A speech and language therapist "
        "from Felsham Children's Speech Therapy will visit the nursery once a term for 45 minutes "
        "until July 2027 and give his key person a speech activity plan. His key person, trained in "
        "the Felsham 'Listening Lanes' programme, will do a 10-minute listening activity with him "
        "every nursery day until July 2027.",
        expected=(
            (UP, "G", "regularly"),
            (NF, "G", "Isaac's hearing will be regularly monitored by audiology."),
            (ND, "G", "Isaac's hearing will be regularly monitored by audiology."),
            (AC, "C", "ENT"),
            (JA, "C", "grommets"),
        ),
        extra=("early-years", "paragraphs"),
    ),
    _plan(
        "mental-health-yp-year13-outcome-no-time",
        "I'm Aaliyah, I'm 18. I have depression and I self-harm sometimes when things get too much. "
        "My sleep is all over the place and I miss a lot of morning lessons.",
        "- I will feel less low.\n"
        "- By April 2028 I will attend at least 80% of my morning lessons, shown on the register.",
        "Until July 2028:\n"
        "- My care coordinator, a mental health nurse from the Westmere Young People's Mental Health "
        "Team, will see me every two weeks for an hour.\n"
        "- My sixth form mentor, who has done the college's self-harm awareness training, will meet "
        "me every Monday for 20 minutes to go through my safety plan and sleep diary.",
        expected=((OS, "E", "I will feel less low."),),
        extra=("post-16", "first-person", "bullets"),
    ),
]

# ---------------------------------------------------------------- plans, part 10
BLIND += [
    _plan(
        "ketogenic-diet-epilepsy-clean",
        "Health needs\n"
        "Layla (6) has a severe epilepsy and is on a special medical diet (the ketogenic diet, a very "
        "high-fat, low-sugar diet that helps control her seizures). Every food and drink she has in "
        "school must be weighed and come from home. She has several short seizures a day in which "
        "she drops to the floor, so she wears a soft helmet.",
        "Outcomes\n"
        "- By July 2027, Layla will eat only her own weighed food at school, with no food taken from "
        "others, on every school day as recorded on her food chart.\n"
        "- By July 2027, Layla will take part in outdoor play every day wearing her helmet, with a "
        "trained adult within arm's reach.",
        "Provision, for the school year 2026-27\n"
        "- The ketogenic dietitian from Marrow Hill Children's Hospital will train Layla's two "
        "teaching assistants in one two-hour session in September 2026 and review her school food "
        "plan with them every half term.\n"
        "- The two trained teaching assistants will give Layla her weighed snack and lunch and record "
        "them every school day.\n"
        "- One of the trained teaching assistants will stay within arm's reach of Layla in every "
        "playtime and PE lesson and follow her seizure care plan during any seizure.",
        extra=("complex-medical", "bullets"),
    ),
    _plan(
        "sickle-cell-secondary-gt-pain-no-outcome-and-provider",
        "Kofi (14) has sickle cell disease. He has painful crises two or three times a term, when he "
        "needs pain relief and often a hospital stay. Cold and dehydration can trigger a crisis. He "
        "has fallen behind in science and maths after a long admission.",
        "- By July 2027, Kofi will close the gap in science and maths to within one grade of his "
        "target, measured at each assessment point.\n"
        "- By July 2027, Kofi will drink at least 1.5 litres of water in school each day, checked on "
        "his water log once a week by his tutor.",
        "For the school year 2026-27:\n"
        "- His subject teachers in science and maths will give him a one-hour catch-up session every "
        "Wednesday after school.\n"
        "- Kofi will carry a water bottle in every lesson and be allowed to wear his coat in cold classrooms.\n"
        "- The haematology clinical nurse specialist from Larchfield Hospital will train staff in his "
        "pain plan once in September 2026.",
        expected=(
            (
                NP,
                "G",
                "Kofi will carry a water bottle in every lesson and be allowed to wear his coat in cold classrooms.",
            ),
            (
                GT,
                "C",
                "He has painful crises two or three times a term, when he needs pain relief and often "
                "a hospital stay.",
            ),
        ),
        extra=("bullets",),
    ),
    _plan(
        "bullet-c-ld-hearing-vision-clean",
        "Health needs\n"
        "- Charlie (11) has a severe learning disability and Down syndrome.\n"
        "- He is short-sighted and wears glasses, but often takes them off and loses them.\n"
        "- He has an underactive thyroid gland, which is treated with a daily tablet at home and "
        "needs no support in school.\n"
        "- He snores heavily and stops breathing for short moments at night, and is sleepy in "
        "school; he is waiting for a sleep study at Eastvale Hospital.",
        "Outcomes\n"
        "- By July 2027, Charlie will keep his glasses on for the whole of each lesson on at least "
        "4 days out of 5, as recorded by his teaching assistant.\n"
        "- By July 2027, Charlie will be alert for all of his morning lessons on at least 4 days a "
        "week, using a movement break when he starts to doze.",
        "Provision (until the annual review in June 2027)\n"
        "- An orthoptist from the Eastvale Children's Eye Service will see Charlie in school once a "
        "term to check his glasses fit and how he is using them.\n"
        "- His teaching assistant will put Charlie's glasses on him at the start of every lesson, "
        "as shown by the orthoptist.\n"
        "- His class teacher will give Charlie a two-minute movement break whenever he starts to "
        "doze, and share a weekly note with the Eastvale sleep team.",
        extra=("bullets",),
    ),
    _plan(
        "autism-yp-college-clean-flat-table-mixed",
        "About my health | What this means at college\n"
        "I'm autistic and have ADHD (attention deficit hyperactivity disorder) | I lose focus in "
        "long theory sessions and forget deadlines\n"
        "I get overwhelmed by noise in the canteen | I skip lunch and then can't concentrate in the "
        "afternoon",
        "My outcome | How we'll know | When\n"
        "I'll hand in my assignments on time | at least 4 of 5 assignments by the deadline, on "
        "the tracker | July 2027\n"
        "I'll eat lunch every college day | lunch ticked on my weekly check-in sheet, 5 of 5 days | "
        "December 2026",
        "What | Who | How often | Until\n"
        "Check my deadlines and planner with me | my learning coach, trained in ADHD support by the "
        "Orwell Adult ADHD Service | 20 minutes every Monday and Thursday | July 2027\n"
        "A quiet room to eat lunch in, booked for me | the college learning support manager | every "
        "college day | July 2027\n"
        "Review how my ADHD medicine is working in college | ADHD nurse, Orwell Adult ADHD Service "
        "| once a term | July 2027",
        extra=("post-16", "first-person", "table"),
    ),
    _plan(
        "hydrocephalus-shunt-clean-triggers",
        "Mason (10) has hydrocephalus (fluid on the brain) and has a shunt, a thin tube that drains "
        "the fluid into his tummy. If the shunt blocks he can become very ill quickly; the warning "
        "signs are a bad headache, being sick or being unusually sleepy. He has problems with "
        "attention and short-term memory and his handwriting is slow.",
        "- By July 2027, Mason will tell an adult when he has a headache or feels sick, on every "
        "occasion recorded in his health log.\n"
        "- By July 2027, Mason will use his checklist to complete at least 3 of 4 steps of a class "
        "task without a reminder, checked weekly by his class teacher.",
        "All provision runs for the school year 2026-27. The neurosurgical nurse specialist from "
        "Aldbourne Children's Hospital will train the class teacher and teaching assistant in the "
        "warning signs in one 45-minute session in September 2026. If Mason shows any warning sign, "
        "the trained teaching assistant will phone his parents at once, and call 999 if he is "
        "drowsy or being sick. The class teacher will give Mason a written checklist for every "
        "class task. An occupational therapist from Aldbourne Children's Therapies will assess his "
        "handwriting once in October 2026 and set up a laptop for longer writing.",
        extra=("paragraphs",),
    ),
]

# ---------------------------------------------------------------- divided advice, part 1
BLIND += [
    _div(
        "paed-advice-ltv-clean",
        "I saw Harriet (5) in the Calder Vale community paediatric clinic with her mother on 2 March "
        "2027. Harriet has a tracheostomy (a breathing tube in her neck) and uses a ventilator at "
        "night. During the day she breathes on her own, but her tube needs clearing with suction "
        "several times a day and can block suddenly, which is an emergency. She is starting "
        "Reception in September 2027. Her development is otherwise close to her age, though her "
        "speech is limited because air goes through her tube instead of her voice box.",
        "- By July 2028, Harriet will tell an adult when her tube needs clearing, using her sign, on "
        "every occasion recorded in the care log.\n"
        "- By July 2028, Harriet will use her speaking valve for at least two hours of every school "
        "day, so that she can talk with her friends.",
        "Harriet needs a trained adult with her at all times in school, every school day, for as "
        "long as she has a tracheostomy. The Calder Vale Long-Term Ventilation Nursing Team will "
        "train and sign off at least three members of school staff before she starts, and re-check "
        "their competence every six months. A speech and language therapist from Calder Vale "
        "Children's Therapies will see Harriet in school every fortnight for 30 minutes during "
        "Reception (2027-28) to build up her use of the speaking valve.",
        "Dr Nadia Farouk, Consultant Community Paediatrician, Calder Vale Children's Services, "
        "9 March 2027",
        extra=("complex-medical",),
    ),
    _div(
        "salt-advice-no-date",
        "Kacper (4) has a speech sound disorder. Most people outside his family cannot understand "
        "him, and he gets frustrated and hits out when he is not understood. His understanding of "
        "language is at the level expected for his age.",
        "- By July 2027, Kacper will be understood by nursery staff in at least 7 out of 10 "
        "requests, as recorded by his key person over one week.\n"
        "- By July 2027, Kacper will use his 'show me' picture board instead of hitting on at least "
        "4 of 5 occasions when he is not understood.",
        "I will see Kacper at nursery once every three weeks for 30 minutes until July 2027, to work "
        "on his speech sounds and update his targets. His key person, whom I will train in one "
        "45-minute session in January 2027, will practise his sound games with him for 10 minutes "
        "every day he attends, until July 2027, and use his picture board whenever he is not "
        "understood.",
        "Megan Price, Speech and Language Therapist, Rushmere Children's Therapy Service",
        expected=(
            (
                NA,
                "author",
                "Megan Price, Speech and Language Therapist, Rushmere Children's Therapy Service",
            ),
        ),
    ),
    _div(
        "physio-advice-no-author-line",
        "Freddie (9) has Duchenne muscular dystrophy. His muscles are getting weaker and he now falls "
        "several times a week and finds stairs hard. He tires after walking about 100 metres.",
        "- By July 2027, Freddie will move around school without a fall on at least 4 of 5 days, "
        "using his manual wheelchair for longer distances.\n"
        "- By July 2027, Freddie will do his stretches at school with an adult on every school day.",
        "A children's physiotherapist from Elmbridge Children's Therapies will see Freddie at school "
        "every four weeks for 45 minutes, until the annual review in June 2027. A teaching "
        "assistant trained by the physiotherapist will do his 15-minute stretching routine with him "
        "every school day until the annual review. The physiotherapist will provide a manual "
        "wheelchair for distances over 50 metres in September 2026.",
        expected=((NA, "author", ""),),
    ),
    _div(
        "camhs-advice-acronyms-jargon",
        "Shauna (14) was referred to CAMHS (Child and Adolescent Mental Health Services) by her GP. "
        "She has low mood and anhedonia, and has stopped going to most lessons. She has had "
        "thoughts of harming herself but has not acted on them. Her sleep is poor.",
        "- By March 2027, Shauna will attend at least 70% of lessons, rising to 90% by July 2027, "
        "as shown by the register.\n"
        "- By January 2027, Shauna will use her safety plan and tell her key adult when she feels "
        "unsafe, on every occasion.",
        "Shauna will have 12 weekly sessions of IPT-A with a CAMHS clinical psychologist from the "
        "Redfern team, from November 2026. Her school key adult, the school counsellor, will meet her "
        "for 20 minutes every Monday until July 2027 and keep a copy of her safety plan.",
        "Dr Tom Greaves, Clinical Psychologist, Redfern CAMHS, 20 October 2026",
        expected=(
            (JA, "needs", "anhedonia"),
            (AC, "provision", "IPT-A"),
            (GT, "needs", "Her sleep is poor."),
        ),
    ),
    _div(
        "dietitian-advice-enteral-clean",
        "Rosie (7) has a gastrostomy (a feeding tube into her stomach) and has most of her food as "
        "milk feeds through it. She has some puree by mouth for pleasure. Her weight is low for her "
        "height, and she needs her daytime feed and water flushes in school.",
        "- By July 2027, Rosie will have her full midday feed in school on every school day, with "
        "her weight rising by at least 1 kg, measured at clinic each term.\n"
        "- By July 2027, Rosie will taste a small spoon of puree at lunch with her friends on at least "
        "three days a week.",
        "For the school year 2026-27: her feed will be given by pump at 12 noon every school day by "
        "a teaching assistant trained and signed off by the Eastwick Children's Community Nursing "
        "Team. I will review her feeding plan and weight in clinic every three months and send the "
        "updated plan to school. The teaching assistant will offer her puree at the lunch table "
        "three days a week, as set out in the speech and language therapist's eating plan.",
        "Hannah Lowe, Paediatric Dietitian, Eastwick Community Children's Services, 15 September 2026",
        extra=("complex-medical",),
    ),
    _div(
        "ot-advice-missing-role",
        "Jonah (6) finds small, careful hand movements hard and is very sensitive to touch. He "
        "avoids messy play, gets upset by labels in clothes and cannot yet hold a pencil in a mature grip.",
        "- By July 2027, Jonah will hold a pencil with a tripod grip (between thumb and two fingers) "
        "for a whole writing task, on at least 3 of 4 occasions.\n"
        "- By July 2027, Jonah will join messy play for at least 5 minutes once a week, using gloves "
        "if he wants.",
        "I will see Jonah in school for six weekly 30-minute sessions from January 2027. A teaching "
        "assistant, trained by me in a 45-minute session, will do his hand-strengthening programme "
        "with him for 10 minutes every school day until July 2027, and offer messy play with "
        "gloves once a week until July 2027.",
        "Sarah Kimani, Westdown Children's Services, 4 December 2026",
        expected=((NA, "author", "Sarah Kimani, Westdown Children's Services, 4 December 2026"),),
    ),
]

# ---------------------------------------------------------------- divided advice, part 2
BLIND += [
    _div(
        "school-nurse-continence-advice-clean",
        "Summary of health needs\n"
        "Millie (8) has daytime wetting, most days, usually in the afternoon. She drinks very little "
        "at school, which makes her bladder more irritable. She is teased by classmates and has "
        "started refusing to go to school on PE days.",
        "Outcomes\n"
        "1. By April 2027, Millie will drink six to eight cups of water during the school day, "
        "ticked on her drinks chart by her class teaching assistant.\n"
        "2. By July 2027, Millie will be dry at school on at least 4 days out of 5 for four weeks in "
        "a row.\n"
        "3. By July 2027, Millie will attend every PE day without refusing, as shown on the register.",
        "Provision\n"
        "1. Her class teaching assistant, trained by me in a 30-minute session in January 2027, will "
        "remind Millie to drink at each break and lesson change and take her to the toilet at "
        "10am, 12 noon and 2pm every school day until July 2027.\n"
        "2. Millie will keep a spare set of clothes in the medical room and change there, "
        "supervised by the same trained assistant, whenever she is wet, until July 2027.\n"
        "3. I will review her charts with her teacher once every half term until July 2027.",
        "Kerry Ashworth RN (Registered Nurse), School Nurse, Dunstall 5-19 Health Service, "
        "11 January 2027",
        extra=("continence",),
    ),
    _div(
        "audiology-advice-no-frequency-no-duration",
        "Lewis (10) has a mild to moderate hearing loss in both ears and was fitted with hearing aids "
        "in 2026. He does not always wear them because he says they whistle.",
        "- By March 2027, Lewis will wear both hearing aids for the whole school day on at least "
        "4 days out of 5, as noted by his class teacher.",
        "Lewis's class teacher will check he is wearing his hearing aids. The audiologist from "
        "Penhallow Children's Hearing Service will refit his ear moulds to stop the whistling at his "
        "next clinic visit in January 2027.",
        "Jamie Carr, Paediatric Audiologist, Penhallow Children's Hearing Service, 6 November 2026",
        expected=(
            (NF, "provision", "Lewis's class teacher will check he is wearing his hearing aids."),
            (ND, "provision", "Lewis's class teacher will check he is wearing his hearing aids."),
        ),
    ),
    _div(
        "epilepsy-nurse-advice-drug-names",
        "Grace (11) has focal epilepsy, with seizures in which she goes vacant and picks at her "
        "clothes for about a minute. She takes levetiracetam twice a day at home. If a seizure lasts "
        "more than five minutes she needs buccal midazolam, a rescue medicine given into the "
        "side of the mouth. After a seizure she is tired and confused for up to an hour.",
        "- By July 2027, Grace will return to her lesson within an hour of a seizure on at least "
        "4 of 5 occasions, as recorded in her seizure log.\n"
        "- By July 2027, Grace will attend the Year 6 residential trip with her care plan in place.",
        "I will train three named members of staff at Hollowfield Primary in her emergency care plan "
        "and rescue medicine in one two-hour session in September 2026, and refresh the training "
        "each September while she is in my care. One of the trained staff will stay with Grace during "
        "every seizure, give the rescue medicine if it lasts five minutes, and let her rest in the "
        "medical room for up to an hour afterwards, for the school year 2026-27.",
        "Lorna Whitfield, Epilepsy Specialist Nurse, Stanwick Children's Hospital, 1 September 2026",
        expected=((DN, "needs", "levetiracetam"), (DN, "needs", "midazolam")),
    ),
    _div(
        "community-paeds-advice-adhd-autism-clean",
        "I assessed Ryan (8) at Thornhill Child Development Centre in November 2026. He has autism "
        "spectrum disorder and attention deficit hyperactivity disorder (ADHD). In class he cannot "
        "stay in his seat for more than a few minutes and is easily distracted by noise. He finds "
        "changes to routine very hard and may run out of the classroom. He is a fussy eater but his "
        "growth is normal.",
        "By July 2027:\n"
        "- Ryan will stay on task for 10 minutes with a timer and a movement break, in at least 3 of "
        "4 lessons observed each half term.\n"
        "- Ryan will stay in the classroom when the day changes, using his visual timetable, on at "
        "least 4 of 5 occasions recorded by his teacher.",
        "For the school year 2026-27:\n"
        "- His class teacher will give Ryan a 3-minute movement break every 15 minutes in lessons "
        "and a visual timetable at the start of every day.\n"
        "- The Thornhill Children's Occupational Therapy Service will visit school once a term for "
        "an hour to advise on seating and sensory needs.\n"
        "- I will review Ryan in clinic every six months and will start ADHD medicine if his parents "
        "agree; I will tell school in writing before it starts.",
        "Dr Imran Siddiqui, Consultant Community Paediatrician, Thornhill Child Development Centre, "
        "2 December 2026",
    ),
    _div(
        "physio-advice-untrained-ta-and-vague",
        "Summer (4) has hypotonia. She sits with a rounded back and falls over "
        "on uneven ground. She cannot yet climb the nursery climbing frame.",
        "- By July 2027, Summer will sit on a stool at the table for 10 minutes with an upright back "
        "on at least 4 of 5 nursery days.\n"
        "- By July 2027, Summer will climb to the second step of the climbing frame with one adult "
        "standing by, on at least 3 of 4 tries.",
        "A nursery assistant will do Summer's core strength exercises with her for 10 minutes every "
        "day she attends, until July 2027. Summer will have opportunities for outdoor "
        "climbing. I will review Summer at nursery once a term until July 2027.",
        "Rhian Morgan, Children's Physiotherapist, Glanmoor Community Health, 8 October 2026",
        expected=(
            (JA, "needs", "hypotonia"),
            (
                NP,
                "provision",
                "A nursery assistant will do Summer's core strength exercises with her for 10 minutes "
                "every day she attends, until July 2027.",
            ),
            (UP, "provision", "opportunities for"),
            (
                NF,
                "provision",
                "Summer will have opportunities for outdoor climbing.",
            ),
            (
                ND,
                "provision",
                "Summer will have opportunities for outdoor climbing.",
            ),
            (
                NP,
                "provision",
                "Summer will have opportunities for outdoor climbing.",
            ),
        ),
        extra=("early-years",),
    ),
    _div(
        "cp-palliative-advice-hospice-clean",
        "Noah (15) has a progressive neurological condition and is under the care of Willowmead "
        "Children's Hospice. His swallow is no longer safe, so all his food and drink go through his "
        "gastrostomy (a tube into his stomach). He has frequent chest infections and needs his chest "
        "cleared twice during the school day. He tires easily and his family have chosen for him to "
        "attend school in the mornings only.",
        "- By July 2027, Noah will take part in at least three morning lessons a week that he has "
        "chosen with his family, as recorded on his timetable.\n"
        "- By July 2027, Noah will show he is comfortable (using his smile and relaxed face score) "
        "after every chest care session recorded in his care log.",
        "Until the end of the school year 2026-27: two teaching assistants trained and signed off by "
        "the Willowmead Hospice nursing team will give his tube feed at 10am, and do his chest care "
        "with the suction machine at 9.30am and 11.30am, every morning he attends. A hospice nurse "
        "will visit school once a month to review his care plan and staff competence.",
        "Anna Pelham, Children's Palliative Care Nurse Specialist, Willowmead Children's Hospice, "
        "14 September 2026",
        extra=("complex-medical", "palliative"),
    ),
]

# ---------------------------------------------------------------- divided advice, part 3
BLIND += [
    _div(
        "diabetes-team-advice-table-clean",
        "Need | What it means in school\n"
        "Blood sugar monitoring | Ella (12) has type 1 diabetes and wears a glucose sensor that alarms "
        "on her phone when her sugar is too high or too low.\n"
        "Hypos (low blood sugar) | When her sugar is low she becomes pale, sweaty and muddled and "
        "needs a sugary drink straight away.",
        "Outcome | Measure | By\n"
        "Ella will treat her own lows in class without leaving the room | every low in her log "
        "treated within 5 minutes | December 2026\n"
        "Ella will count carbohydrates for her school lunch on her own | correct on at least 9 of 10 "
        "days checked by her key adult | July 2027",
        "Provision | Who | How often | How long\n"
        "Respond to sensor alarms and follow her diabetes care plan | two staff trained and signed "
        "off by the Moorside Paediatric Diabetes Team | every alarm | school year 2026-27\n"
        "Check her carbohydrate counting at lunch | her key adult, one of the trained staff | every "
        "school lunch | school year 2026-27\n"
        "Visit school to update the care plan and staff training | paediatric diabetes specialist "
        "nurse, Moorside | once a term | school year 2026-27",
        "Chloe Barnes, Paediatric Diabetes Specialist Nurse, Moorside Children's Hospital, 22 "
        "August 2026",
        extra=("table", "complex-medical"),
    ),
    _div(
        "salt-advice-dysphagia-jargon-not-explained",
        "Ahmed (3) has cerebral palsy and oropharyngeal dysphagia. He is at risk of food going into "
        "his lungs if he is fed quickly or given the wrong textures. He takes smooth purees and "
        "drinks thickened to a syrup consistency.",
        "- By July 2027, Ahmed will eat his nursery lunch at his own pace with no coughing or choking, "
        "on every nursery day, recorded in his eating log.",
        "I will write an eating and drinking plan and train his key person and one other nursery "
        "practitioner in it in one 90-minute session in January 2027. The trained staff will feed "
        "Ahmed following the plan at every snack and meal until he starts school in September 2027. "
        "I will review the plan at nursery every six weeks until September 2027.",
        "Laura Finch, Specialist Speech and Language Therapist (Eating and Drinking), Brierley "
        "Children's Therapies, 3 December 2026",
        expected=((JA, "needs", "oropharyngeal"), (JA, "needs", "dysphagia")),
        extra=("early-years", "complex-medical"),
    ),
    _div(
        "clinical-psych-advice-outcome-not-smart",
        "Zoe (13) has had anxiety for two years. She worries about being sick in school and avoids "
        "the canteen, assemblies and any lesson where she might have to eat. She has panic attacks "
        "two or three times a week in school.",
        "- Zoe will be less anxious.\n"
        "- By April 2027, Zoe will eat a snack in the canteen with one friend at least twice a "
        "week, recorded in her exposure diary.",
        "I will see Zoe for 10 weekly one-hour sessions of cognitive behavioural therapy (a talking "
        "therapy) from November 2026. Her head of year will give her a time-out card and a quiet "
        "space, and check in with her for 10 minutes after each panic attack, until July 2027.",
        "Dr Fiona Blake, Clinical Psychologist, Harford Children's Psychology Service, 12 October "
        "2026",
        expected=((OS, "outcomes", "Zoe will be less anxious."),),
    ),
    _div(
        "hearing-support-advice-two-acronyms",
        "Kian (6) has a permanent moderate hearing loss and wears two hearing aids. He has an FM "
        "system in class. His speech is delayed and he finds listening in noisy rooms very tiring.",
        "- By July 2027, Kian will check his own hearing aids each morning and report a fault, on "
        "every school day, as recorded on his equipment log.\n"
        "- By July 2027, Kian will repeat back a two-part instruction given in class on at least 8 of "
        "10 occasions.",
        "A QToD from the Norcross Hearing Support Service will visit fortnightly for one hour during "
        "the school year 2026-27 to advise staff and check his equipment. A teaching assistant "
        "trained by the service will check his hearing aids and radio system with him for 5 minutes "
        "every morning, for the school year 2026-27.",
        "Paul Denham, Teacher of the Deaf, Norcross Hearing Support Service, 30 September 2026",
        expected=((AC, "needs", "FM"), (AC, "provision", "QToD")),
    ),
    _div(
        "cardiology-nurse-advice-clean-no-needs-in-school",
        "Hassan (9) had surgery to repair a hole in his heart in 2026 and has recovered well. His "
        "heart now works normally, and he has no restrictions on activity or sport. He needs no "
        "medicines and no health care in school. His worry about his scar when changing for PE is "
        "the only thing affecting him at school.",
        "- By December 2026, Hassan will change for PE with his class, using the changing cubicle if "
        "he wants, in every PE lesson.",
        "His class teacher will let Hassan use the changing cubicle for every PE lesson during the "
        "school year 2026-27. I will see him in the cardiac clinic once a year; no other health "
        "provision is needed in school.",
        "Emma Doyle, Paediatric Cardiac Nurse Specialist, Ravenhill Children's Heart Centre, 5 "
        "October 2026",
    ),
    _div(
        "ot-advice-where-possible-and-no-author",
        "Oscar (10) has dyspraxia (developmental coordination disorder). He cannot fasten buttons or "
        "tie laces, and he writes slowly and untidily.",
        "- By July 2027, Oscar will change for PE within 10 minutes on at least 4 of 5 occasions.\n"
        "- By July 2027, Oscar will type his longer written work at 15 words a minute.",
        "Oscar should be given extra time to change for PE where possible. An occupational therapist "
        "from Denby Children's Occupational Therapy Service will set up a touch-typing programme in "
        "September 2026 and review it each half term until July 2027. A teaching assistant trained "
        "by the occupational therapist will do his typing programme with him for 15 minutes three "
        "times a week until July 2027.",
        expected=(
            (UP, "provision", "should"),
            (UP, "provision", "where possible"),
            (
                NF,
                "provision",
                "Oscar should be given extra time to change for PE where possible.",
            ),
            (
                ND,
                "provision",
                "Oscar should be given extra time to change for PE where possible.",
            ),
            (
                NP,
                "provision",
                "Oscar should be given extra time to change for PE where possible.",
            ),
            (NA, "author", ""),
        ),
    ),
]

# ---------------------------------------------------------------- divided advice, part 4
BLIND += [
    _div(
        "ld-nurse-advice-transition-clean",
        "Ben (17) has a severe learning disability and autism and attends Fernhill Special School "
        "sixth form. He is moving to adult health services over the next year. He becomes very "
        "distressed at medical appointments and has not had a dental check or blood test for three "
        "years. He cannot tell people when he is in pain; he shows it by biting his hand.",
        "- By July 2027, Ben will have had his learning disability annual health check with his GP, "
        "using his hospital passport and a planned quiet appointment.\n"
        "- By July 2027, Ben will use his pain picture card to show where it hurts on at least 3 of 4 "
        "occasions staff notice he is in pain.",
        "I will see Ben at school every month from January to July 2027 for 45 minutes to prepare "
        "him for appointments with photo stories and practice visits. I will write his hospital "
        "passport (a document that tells health staff how he communicates and what helps him) with "
        "his family by February 2027. His class teaching assistants, trained by me in one session in "
        "January 2027, will use his pain picture card with him every day until July 2027.",
        "Rachel Amos, Community Learning Disability Nurse (RNLD, registered nurse in learning "
        "disabilities), Fernhill Health Partnership, 10 December 2026",
        extra=("preparing-for-adulthood",),
    ),
    _div(
        "physio-advice-role-but-no-name",
        "Harley (12) has cerebral palsy affecting both legs (diplegia) and walks with crutches. He "
        "has had surgery on both legs in 2026 and is building up his strength again. He cannot "
        "manage stairs while carrying a bag.",
        "- By July 2027, Harley will walk between all his lessons with his crutches, carrying nothing, "
        "within the five-minute changeover, on at least 4 of 5 days.",
        "A physiotherapist from Stonebridge Children's Therapies will see Harley in school every two "
        "weeks for 45 minutes from September 2026 to July 2027. The teaching assistant trained "
        "by the physiotherapist will carry his bag between every lesson until July "
        "2027.",
        "Children's Physiotherapist, Stonebridge Children's Therapies, 19 July 2026",
        expected=(
            (
                NA,
                "author",
                "Children's Physiotherapist, Stonebridge Children's Therapies, 19 July 2026",
            ),
        ),
    ),
    _div(
        "paed-advice-coeliac-undated-anaemia-unthreaded",
        "Thank you for asking for health advice about Lola (7), whom I see in the Ashby Children's "
        "Centre clinic. Lola has coeliac disease and must eat a strictly gluten-free diet; even small "
        "amounts of gluten (found in wheat, barley and rye) make her unwell with stomach pain and "
        "diarrhoea for days. She also has iron-deficiency anaemia (too few red blood cells because of "
        "low iron), which makes her tired.",
        "By July 2027 Lola will eat a school lunch that is gluten-free on every school day, with no "
        "days off school for stomach upsets caused by school food, as shown by the attendance "
        "record.",
        "The school catering manager, trained by the Ashby paediatric dietitian in a one-hour session "
        "in September 2026, will follow the dietitian's gluten-free menu for every lunch, for the school year 2026-27. The class teacher will check every "
        "food used in class activities against the dietitian's list before use, for the school year "
        "2026-27.",
        "Yours sincerely, Dr Peter Ngata, Consultant Paediatrician",
        expected=(
            (NA, "author", "Yours sincerely, Dr Peter Ngata, Consultant Paediatrician"),
            (
                GT,
                "needs",
                "She also has iron-deficiency anaemia (too few red blood cells because of low iron), which makes her tired.",
            ),
        ),
    ),
    _div(
        "camhs-advice-eating-rmn-pe-restriction",
        "Ruby (15) is being treated by the Kestrel Eating Disorders Team for anorexia nervosa. She is "
        "medically stable but must eat three meals and three snacks a day, including a supervised "
        "snack and lunch in school. She must not take part in PE, sport or walking clubs until the "
        "team says so, because her heart is under strain.",
        "- By February 2027, Ruby will eat her full snack and lunch in school on every school day, as "
        "recorded on her meal log by the supervising adult.\n"
        "- By July 2027, Ruby will take part in PE theory lessons and return to practical PE when the "
        "team confirms in writing that it is safe.",
        "I will train Ruby's form tutor and the school's pastoral lead in a one-hour session in "
        "November 2026 to supervise her meals. Her form tutor or the pastoral lead will sit with her "
        "at morning snack and lunch every school day and fill in her meal log, until the team "
        "discharges her. I will review her meal plan with her form tutor by phone every three weeks "
        "until the end of the school year 2026-27.",
        "Sian Hughes, Mental Health Nurse (RMN), Kestrel Eating Disorders Team, 30 October 2026",
        expected=(
            (AC, "author", "RMN"),
            (
                GT,
                "needs",
                "She must not take part in PE, sport or walking clubs until the team says so, because her heart is under strain.",
            ),
        ),
    ),
    _div(
        "neuro-advice-acquired-brain-injury-clean",
        "Sienna (11) had a stroke in March 2026, caused by a problem with a blood vessel in her brain. "
        "She has weakness on her right side, so she walks with a slight limp and uses her left hand "
        "to write. She tires easily, especially in the afternoon, and finds it hard to find the words "
        "she wants.",
        "- By July 2027, Sienna will write a paragraph with her left hand and a writing slope in "
        "15 minutes, on at least 3 of 4 occasions.\n"
        "- By July 2027, Sienna will attend full days on at least 4 days a week, with a planned "
        "20-minute rest after lunch.\n"
        "- By July 2027, Sienna will find the word she wants using her word-finding strategies in at "
        "least 3 of 4 class discussions observed by her therapist.",
        "For the school year 2026-27: an occupational therapist from the Kingswood Children's Brain "
        "Injury Team will see Sienna in school once a month for an hour; a speech and language "
        "therapist from the same team will see her fortnightly for 30 minutes; and her teaching "
        "assistant, trained by both therapists, will practise her writing and word-finding strategies "
        "with her for 15 minutes every day and supervise a 20-minute rest in the library after "
        "lunch.",
        "Dr Alan Mbeki, Consultant Paediatric Neurologist, Kingswood Children's Hospital, 18 "
        "September 2026",
    ),
    _div(
        "salt-advice-as-required-and-staff",
        "Theo (5) has Down syndrome. He uses about 50 signs and single words, and he understands "
        "simple instructions with a sign. He cannot yet put two words together.",
        "- By July 2027, Theo will put two signs or words together to ask for something, on at least "
        "10 occasions a day, as recorded by his teaching assistant.",
        "I will see Theo in school as required. Staff will sign key words with him throughout the "
        "school day until July 2027.",
        "Aoife Brennan, Speech and Language Therapist, Lynford Children's Therapies, 2 November 2026",
        expected=(
            (UP, "provision", "as required"),
            (NF, "provision", "I will see Theo in school as required."),
            (ND, "provision", "I will see Theo in school as required."),
            (
                NP,
                "provision",
                "Staff will sign key words with him throughout the school day until July 2027.",
            ),
        ),
    ),
    _div(
        "school-nurse-advice-no-health-needs-clean",
        "I have reviewed Jake's (9) school health records and spoken to his parents. Jake has no "
        "health needs that affect his learning. His hearing and vision screening in Reception were "
        "normal, his growth is normal and he has no medical conditions.",
        "No health outcomes are needed.",
        "No health provision is needed. Jake can see the school nurse at the termly drop-in like "
        "any other pupil.",
        "Lucy Fairbrother, School Nurse (Specialist Community Public Health Nurse), Ormsby 5-19 "
        "Service, 6 January 2027",
        extra=("no-health-needs",),
    ),
]

# ---------------------------------------------------------------- divided advice, part 5
BLIND += [
    _div(
        "continence-advice-constipation-brand",
        "Mollie (6) has long-standing constipation with soiling. She takes Movicol every day at home, "
        "and has soiling accidents at school three or four times a week. She is frightened of the "
        "school toilets and holds on all day.",
        "- By July 2027, Mollie will sit on the toilet for 5 minutes after lunch every school day, "
        "using her footstool, as ticked on her toilet chart.\n"
        "- By July 2027, Mollie will have no more than one soiling accident a week at school.",
        "Her teaching assistant, trained by me in a 30-minute session in January 2027, will take "
        "Mollie to the accessible toilet for 5 minutes after lunch every school day, and help her "
        "change if she has an accident, until July 2027. I will review her toilet chart with school "
        "once a half term until July 2027.",
        "Joanne Pike, Children's Bladder and Bowel Nurse, Eastmoor Community Health, 14 December 2026",
        expected=((DN, "needs", "Movicol"),),
        extra=("continence",),
    ),
    _div(
        "visual-impairment-advice-clean-qtvi-expanded",
        "Ethan (4) has albinism, which means he has very reduced vision, is very sensitive to bright "
        "light and has eyes that flicker (nystagmus). He needs to be close to things to see them and "
        "tilts his head to find his best view.",
        "- By July 2027, Ethan will find his own coat peg, cup and tray using the high-contrast "
        "labels, every nursery day without help.\n"
        "- By July 2027, Ethan will join outdoor play every session wearing his sun hat and tinted "
        "glasses.",
        "A qualified teacher of children with vision impairment (QTVI) from the Rothley Vision "
        "Support Service will visit once a month for one hour until Ethan starts school in "
        "September 2027, to set up high-contrast labels and advise staff. His key person, trained by "
        "the QTVI, will make sure he has his sun hat and tinted glasses before every outdoor session "
        "until September 2027.",
        "Mark Tennant, QTVI, Rothley Vision Support Service, 7 January 2027",
        extra=("early-years",),
    ),
    _div(
        "paed-advice-ehc-outcome-about-staff",
        "Lucas (7) has autism and global developmental delay. He has no sense of danger and has run "
        "out of the school gate twice. He does not yet use words and communicates by leading adults "
        "and crying.",
        "- Staff will know how to keep Lucas safe.\n"
        "- By July 2027, Lucas will use five picture cards to ask for things on at least 3 of 4 days.",
        "For the school year 2026-27:\n"
        "- A speech and language therapist from Hale Park Children's Therapies will set up his picture "
        "cards in three visits in the autumn term and review them once each term after that.\n"
        "- His one-to-one teaching assistant, trained in the picture card system by the therapist, "
        "will stay with him at every transition and playtime and use the cards with him all day.",
        "Dr Kirsty Reid, Consultant Community Paediatrician, Hale Park Child Development Service, "
        "3 November 2026",
        expected=((OS, "outcomes", "Staff will know how to keep Lucas safe."),),
    ),
    _div(
        "ot-advice-equipment-clean-one-off",
        "Aria (14) has juvenile arthritis affecting her hands, wrists and knees. Handwriting for "
        "more than 10 minutes and carrying a heavy bag make her joints hurt, and she cannot grip "
        "standard scissors or tools in design and technology.",
        "- By July 2027, Aria will produce her written work by laptop or voice typing in every "
        "lesson, with pain rated 3 out of 10 or less at the end of the day.\n"
        "- By December 2026, Aria will use adapted scissors and tool grips in every design and "
        "technology practical.",
        "I will supply a laptop with voice typing, adapted scissors and tool grips in one visit in "
        "October 2026 and show Aria and her design and technology teacher how to use them. Aria's "
        "head of year will arrange a locker near her form room for her books by October 2026. I "
        "will review the equipment once a term until July 2027.",
        "Becky Lund, Occupational Therapist, Southmere Paediatric Rheumatology, 21 September 2026",
    ),
    _div(
        "dietitian-advice-drug-and-jargon-mixed-good",
        "Archie (10) has cerebral palsy and is underweight. He eats slowly, tires during meals and "
        "often leaves most of his lunch. He has reflux (stomach acid coming back up), which is "
        "treated with omeprazole, and he is on a high-energy diet with two prescribed supplement "
        "drinks a day.",
        "- By July 2027, Archie will finish at least three-quarters of his school lunch on 4 of 5 days, "
        "within 40 minutes, as recorded on his food chart.\n"
        "- By July 2027, Archie will drink his supplement drink at morning break every school day.",
        "For the school year 2026-27: his teaching assistant, trained by me, will give Archie his "
        "supplement drink at morning break and sit with him at lunch for up to 40 minutes every "
        "school day, and keep his food chart. I will review his growth and food chart every three "
        "months.",
        "Priti Shah, Paediatric Dietitian, Wexcombe Community Children's Services, 8 September 2026",
        expected=((DN, "needs", "omeprazole"),),
    ),
    _div(
        "speech-advice-post16-clean-ya",
        "Summary\n"
        "Jordan (18) has a developmental language disorder. They understand everyday conversation "
        "but lose track of long instructions and new vocabulary in their engineering course, and "
        "find it hard to explain their ideas in group work.",
        "Outcomes\n"
        "- By July 2027, Jordan will use their vocabulary book to learn and use at least 10 new "
        "technical words each half term, checked by their tutor.\n"
        "- By July 2027, Jordan will explain their design idea to a group using their planning "
        "frame, in at least 3 of 4 group tasks.",
        "Provision\n"
        "I will see Jordan at college for six 45-minute sessions across the autumn term 2026, then "
        "once a half term until July 2027. Their course tutor will give Jordan new vocabulary in "
        "writing at the start of every new unit until July 2027, using the vocabulary book format I "
        "will show the tutor in September 2026.",
        "Nikhil Rao, Speech and Language Therapist, Brackenhurst Young Adults Therapy Team, "
        "1 September 2026",
        extra=("post-16", "they-them"),
    ),
    _div(
        "paed-advice-foetal-alcohol-no-provider-and-acronym",
        "Callum (8) is looked after and has FASD. He gets overwhelmed easily "
        "and quickly, which leads to outbursts in class. He sleeps poorly.",
        "- By July 2027, Callum will move from playtime back into class calmly, using his calm box, on "
        "at least 4 of 5 days.\n"
        "- By July 2027, Callum will sleep at least nine hours on 5 nights a week, shown in the sleep "
        "diary kept by his foster carers.",
        "Callum will be given a calm box and a five-minute calm-down time after every playtime, for "
        "the school year 2026-27. A sleep practitioner from the Greenhaugh Children's Sleep Service "
        "will see his foster carers at home for four one-hour sessions from January 2027.",
        "Dr Helen Oduya, Consultant Community Paediatrician, Greenhaugh Children's Services, "
        "25 November 2026",
        expected=(
            (AC, "needs", "FASD"),
            (
                NP,
                "provision",
                "Callum will be given a calm box and a five-minute calm-down time after every playtime, "
                "for the school year 2026-27.",
            ),
        ),
        extra=("looked-after",),
    ),
]

# ---------------------------------------------------------------- undivided advice, part 1
BLIND += [
    _und(
        "clinic-letter-epilepsy-drug-names",
        "Dear Mr and Mrs Adeyemi,\n"
        "I saw Tobi (9) in the Kirkstall epilepsy clinic on 14 January 2027. His seizures are now "
        "much less frequent since we increased his sodium valproate in November, and he has had only "
        "two absences (brief blank spells) this month. He should continue to have his rescue medicine, Buccolam, available "
        "in school. There is no need to restrict swimming provided an adult is watching him one to "
        "one. His concentration in class may still be affected and I would support extra help with "
        "reading.\n"
        "Dr Sunita Rao, Consultant Paediatric Neurologist, 14 January 2027",
        expected=((DN, "advice", "sodium valproate"), (DN, "advice", "Buccolam")),
        extra=("clinic-letter",),
    ),
    _und(
        "report-title-ot-clean",
        "OCCUPATIONAL THERAPY REPORT\n"
        "Name: Keira (7). Seen at: Castlebrook Primary School, 10 February 2027.\n"
        "Keira has difficulty with handwriting and dressing. She holds her pencil very tightly and "
        "tires after a few lines. Her letters are large and uneven. She needs help with buttons and "
        "shoelaces after PE. I have given the school a daily hand-strengthening programme of 10 "
        "minutes and a pencil grip, and I will review her in school in May 2027. A sloping board "
        "may help her posture at the table.\n"
        "Gemma Hart, Children's Occupational Therapist, Castlebrook Community Health, 12 February 2027",
        extra=("report", "caps-heading"),
    ),
    _und(
        "salt-report-acronyms-unexplained",
        "Speech and Language Therapy: advice for EHC needs assessment\n"
        "Harry (6) was assessed using the CELF-5 and shows difficulties with understanding and using "
        "language. He has a DLD. Harry will benefit from small-group language work and visual "
        "support for instructions. I recommend the school uses the Blank levels of questioning "
        "(a graded way of asking questions from simple to more complex).\n"
        "Ellen Morrow, Speech and Language Therapist, Fenwick Children's Therapies, 5 March 2027",
        expected=((AC, "advice", "EHC"), (AC, "advice", "CELF-5"), (AC, "advice", "DLD")),
        extra=("report",),
    ),
    _und(
        "paed-summary-complex-medical-clean",
        "Summary of health needs for Lottie (10), written for the EHC (education, health and care) "
        "needs assessment\n"
        "Lottie has a rare genetic condition that affects her muscles, breathing and swallowing. She "
        "has a gastrostomy (a feeding tube into her stomach) and has all her food through it. She "
        "uses a breathing machine (a mask ventilator) at night at home. In school she needs her "
        "feed given by pump at lunchtime, her position changed every two hours and help with all "
        "personal care. She communicates with an eye-pointing board and some sounds and "
        "understands much more than she can show. Her care plan is held by the Hexley Children's "
        "Community Nursing Team, who train school staff.\n"
        "Dr James Oyelaran, Consultant Paediatrician, Hexley Children's Services, 28 January 2027",
        extra=("complex-medical",),
    ),
    _und(
        "physio-letter-jargon-terms",
        "Re: Mason, age 12\n"
        "Mason has cerebral palsy affecting both legs. He has equinus in both feet and walks with his "
        "knees bent. He had gastrocnemius lengthening in 2026 and now wears AFOs all day. He needs a stretching programme "
        "daily and should not walk long distances without a rest.\n"
        "Kate Ellison, Children's Physiotherapist, Linfield Children's Therapies, 11 November 2026",
        expected=(
            (JA, "advice", "equinus"),
            (JA, "advice", "gastrocnemius"),
            (AC, "advice", "AFOs"),
        ),
        extra=("clinic-letter",),
    ),
    _und(
        "school-nurse-asthma-advice-clean",
        "School nursing advice\n"
        "Isaac (11) has asthma. He has a blue reliever inhaler, which he uses with a spacer when he "
        "is wheezy or before exercise, and a brown preventer inhaler, which he takes at home morning "
        "and evening. In school he needs his reliever inhaler with him at all times, including PE and "
        "trips, and an adult who knows his asthma plan. His asthma is well controlled and should not "
        "affect his learning. I have trained the Year 6 staff in his asthma plan this term.\n"
        "Nicola Brand, School Nurse, Saxby 5-19 Health Service, 3 October 2026",
    ),
    _und(
        "camhs-letter-brand-and-acronym",
        "Dear Ms Lowry,\n"
        "Thank you for the request for advice for Reuben (15). Reuben is known to our service with "
        "anxiety and low mood. He has completed a course of CBT with us and has been started on "
        "sertraline by his psychiatrist. He has a GAD-7 score of 14. He is attending school part "
        "time and we support a gradual increase.\n"
        "Dr Omar Haddad, Clinical Psychologist, Beckhampton Child and Adolescent Mental Health "
        "Services, 9 December 2026",
        expected=(
            (AC, "advice", "CBT"),
            (DN, "advice", "sertraline"),
            (AC, "advice", "GAD-7"),
        ),
        extra=("clinic-letter",),
    ),
    _und(
        "audiology-advice-clean-explained",
        "Audiology advice\n"
        "Aiden (5) has a mild to moderate hearing loss in both ears that is permanent. This means he "
        "can hear speech at close range in quiet but misses quieter sounds such as 's' and 'f', and "
        "struggles in noisy rooms. He was fitted with two behind-the-ear hearing aids in November "
        "2026. He will be seen by the Ivybridge Hearing Service every three months and by a "
        "qualified teacher of the deaf from the Ivybridge Sensory Team, who will advise school on "
        "seating and a radio aid (a microphone the teacher wears that sends her voice straight to "
        "his hearing aids).\n"
        "Claire Moss, Clinical Scientist (Audiology), Ivybridge Hearing Service, 15 December 2026",
    ),
    _und(
        "dietitian-note-clean-generic-medicines",
        "Dietetic advice: Sofia (8), cow's milk and egg allergy\n"
        "Sofia must not eat any food containing cow's milk or egg. Accidental eating causes hives, "
        "vomiting and, rarely, breathing difficulty, for which she has an allergy pen in school. She "
        "takes an antihistamine syrup if she gets a mild reaction. School catering will need to "
        "provide a milk-free and egg-free menu, and her class should avoid cooking activities with "
        "milk or egg unless a safe swap is used.\n"
        "Freya Lintott, Paediatric Dietitian, Ambleside Community Health, 19 November 2026",
    ),
    _und(
        "neuro-report-mixed-jargon-explained-and-not",
        "Neurology clinic summary\n"
        "Daniel (13) has a right-sided hemiplegia (weakness of the right side of the body) after a "
        "stroke at birth. He also has dystonia, which makes his right arm twist when he is tired or "
        "stressed. His last EEG (a recording of the brain's electrical activity) showed no seizure "
        "activity. He has visual field loss (he cannot see things "
        "on his right side) and should sit with the board to his left.\n"
        "Dr Carys Evans, Consultant Paediatric Neurologist, Wrexby Children's Hospital, 22 February "
        "2027",
        expected=((JA, "advice", "dystonia"),),
    ),
]

# ---------------------------------------------------------------- undivided advice, part 2
BLIND += [
    _und(
        "health-visitor-advice-toddler-clean",
        "Health visitor advice for an early years EHC (education, health and care) needs assessment\n"
        "I have known Maryam (2) and her family since birth. Maryam was born at 28 weeks and spent "
        "ten weeks in the neonatal unit (the hospital ward for newborn babies who need special "
        "care). She is now walking but falls often, says about ten words and does not yet point to "
        "show what she wants. She is under the Wexley community paediatrician and the children's "
        "physiotherapy team. Her hearing was tested in December 2026 and is normal. She will need "
        "extra help from an adult to join group activities at nursery.\n"
        "Angela Brook, Health Visitor (Specialist Community Public Health Nurse), Wexley Health "
        "Visiting Service, 8 January 2027",
        extra=("early-years",),
    ),
    _und(
        "continence-letter-brand-name-and-jargon",
        "Continence service: advice\n"
        "Kyle (11) has nocturnal enuresis and daytime urgency. He has been started on Desmopressin "
        "tablets at night and oxybutynin in the morning. In school he needs to be allowed to leave "
        "class to use the toilet without waiting and to drink 6-8 cups of water a day.\n"
        "Maria Costa, Paediatric Continence Nurse, Harleigh Community Services, 27 October 2026",
        expected=(
            (JA, "advice", "nocturnal"),
            (JA, "advice", "enuresis"),
            (DN, "advice", "Desmopressin"),
            (DN, "advice", "oxybutynin"),
        ),
        extra=("continence",),
    ),
    _und(
        "gp-letter-clean-typos",
        "To whom it may concern,\n"
        "Ms Jade Foster (19) is registerd with our practice. She has a mild learning disability and "
        "epilepsy that is well controled on daily medicine, with no seizures in the last two years. "
        "She had her learning disability annual health check on 4 March 2027, where we agreed a "
        "health action plan with her. She would benefit from support to manage her own "
        "appointments and medicines as she moves to supported living.\n"
        "Dr Ravi Menon, GP, Harcourt Lane Surgery, 10 March 2027",
        extra=("typos", "post-19", "clinic-letter"),
    ),
    _und(
        "palliative-advice-drug-names-and-jargon",
        "Children's palliative care team: advice for school\n"
        "Isabelle (9) has a life-limiting condition and is now receiving end of life care at home and "
        "in school for as long as she and her family wish. Her pain is managed by a syringe driver "
        "(a small pump that gives medicine under the skin continuously) containing morphine and "
        "midazolam, which our nurses manage; school staff do not need to touch it. She has "
        "intermittent dyspnoea and may need to rest in the quiet room. The hospice team will visit "
        "school weekly.\n"
        "Sister Judith Kerr, Palliative Care Nurse Specialist, Oakhaven Children's Hospice, 6 February "
        "2027",
        expected=(
            (DN, "advice", "morphine"),
            (DN, "advice", "midazolam"),
            (JA, "advice", "dyspnoea"),
        ),
        extra=("palliative", "complex-medical"),
    ),
    _und(
        "orthoptic-report-clean",
        "Orthoptic report\n"
        "Jasmine (6) has a squint (her eyes do not point in the same direction) and a lazy eye on the "
        "left. She is wearing glasses full time and a patch over her right eye for two hours each "
        "day at home to make her left eye work harder. With her glasses her vision is good enough "
        "for normal classroom work and she needs no special equipment. Please encourage her to keep "
        "her glasses on at school.\n"
        "Sophie Grant, Orthoptist, Fairleigh Children's Eye Clinic, 12 October 2026",
    ),
    _und(
        "paed-letter-ld-mixed-acronym-explained-once",
        "Community paediatric advice\n"
        "Maisie (7) has a diagnosis of autism spectrum disorder (ASD) and a moderate learning "
        "disability. Her ASD means she needs a predictable routine and visual supports. She has "
        "sleep difficulties, which are being managed with a bedtime routine plan from the Norton "
        "sleep service. She has no other medical problems and her growth and hearing are normal.\n"
        "Dr Lydia Chambers, Consultant Community Paediatrician, Norton Child Development Centre, "
        "17 November 2026",
    ),
    _und(
        "cardiology-letter-jargon-heavy",
        "Paediatric cardiology clinic letter\n"
        "Diagnosis: tetralogy of Fallot, repaired in 2026. Finley (4) is well. Echo today shows mild "
        "pulmonary regurgitation and good biventricular function. He is asymptomatic and needs no "
        "restriction on activity at nursery. Review in 12 months.\n"
        "Dr Samuel Adjei, Consultant Paediatric Cardiologist, Brightwell Children's Heart Unit, "
        "2 December 2026",
        expected=(
            (JA, "advice", "Echo"),
            (JA, "advice", "pulmonary"),
            (JA, "advice", "regurgitation"),
            (JA, "advice", "biventricular"),
            (JA, "advice", "asymptomatic"),
        ),
        extra=("clinic-letter",),
    ),
    _und(
        "physio-advice-hypermobility-clean-should-may",
        "Physiotherapy advice\n"
        "Ellie (12) has joint hypermobility, which means her joints are very flexible and can be "
        "painful after long periods of sitting, writing or walking. She may need to stand and "
        "stretch in lessons and should be allowed to carry a lighter bag, with a second set of "
        "books kept at school. She has been given an exercise programme to do at home three times a "
        "week. She can take part in PE but should avoid heavy contact sports when her knees are "
        "sore.\n"
        "Tom Fairley, Children's Physiotherapist, Ravensmoor Community Health, 29 September 2026",
    ),
    _und(
        "camhs-report-adhd-clean-expanded",
        "Child and Adolescent Mental Health Services (CAMHS) report\n"
        "Nathan (10) was assessed by the CAMHS autism and ADHD team in 2026 and has attention "
        "deficit hyperactivity disorder (ADHD). He started ADHD medicine in January 2027, taken "
        "before school, and his parents and teacher report he is more settled in the mornings. He "
        "still finds it hard to wait his turn and to sit through long lessons. Short tasks, movement "
        "breaks and a visual checklist help him.\n"
        "Dr Femi Ojo, Consultant Child and Adolescent Psychiatrist, Wolvercote CAMHS, 15 February "
        "2027",
    ),
    _und(
        "respiratory-letter-ltv-acronyms",
        "Long-term ventilation clinic letter\n"
        "Zac (14) has Duchenne muscular dystrophy and now uses NIV overnight. His cough is weak, and "
        "he uses a cough assist machine twice a day at home. His FVC has fallen to 45%. In school he "
        "does not need his machine, but staff should know his chest care plan, which the Selwood "
        "Long-Term Ventilation Team will share.\n"
        "Dr Helena Price, Consultant in Paediatric Respiratory Medicine, Selwood Children's "
        "Hospital, 20 January 2027",
        expected=((AC, "advice", "NIV"), (AC, "advice", "FVC")),
        extra=("clinic-letter", "ltv"),
    ),
]

# ---------------------------------------------------------------- plans, part 11
BLIND += [
    _plan(
        "la-voice-medicines-in-school-clean",
        "Section C: Health needs\n"
        "The local authority has received health advice from Dr Anjali Mehta, consultant community "
        "paediatrician (Harwood Child Development Centre, 3 February 2027) and the Harwood school "
        "nursing service. Poppy (9) has epilepsy, controlled with medicine taken at home morning and "
        "evening. She has one or two seizures a term, which can be long. After a seizure she sleeps "
        "for up to two hours and cannot remember the morning's learning.",
        "Section E: Outcomes\n"
        "- By July 2027, Poppy will catch up on the learning she missed through a seizure within one "
        "week, using a recap sheet from her class teacher, on every occasion.\n"
        "- By July 2027, Poppy will go on every class trip, with a trained adult and her emergency "
        "medicine with her.",
        "Section G: Health provision\n"
        "- The Harwood school nursing service will train three named members of staff in Poppy's "
        "seizure care plan and emergency medicine (given into the side of the mouth) every September "
        "while she attends Harwood Primary.\n"
        "- A trained member of staff will give the emergency medicine if a seizure lasts five "
        "minutes, and stay with Poppy while she sleeps afterwards in the medical room, for the school "
        "year 2026-27.\n"
        "- A trained member of staff will go on every class trip with Poppy and carry her emergency "
        "medicine, for the school year 2026-27.",
        extra=("la-voice", "bullets"),
    ),
    _plan(
        "tube-fed-year2-provision-missing-outcome-for-drooling",
        "Section C\n"
        "Jude (7) has a brain condition that affects his swallowing. He is fed through a gastrostomy "
        "(a tube into his stomach) and has nothing by mouth. He dribbles a lot, which makes his "
        "clothes wet and his chin sore, and other children notice it. He uses a wheelchair and "
        "cannot move himself in it.",
        "Section E\n"
        "- By July 2027, Jude will have his midday feed at the class table with his friends on every "
        "school day.\n"
        "- By July 2027, Jude will ask to be moved to a different activity by looking at a choice "
        "board, at least three times a day.",
        "Section G, for the school year 2026-27\n"
        "- A teaching assistant trained and signed off by the Sandridge Children's Community Nursing "
        "Team will give Jude's midday feed by syringe at 12 noon every school day.\n"
        "- The same trained assistant will wipe his chin and change his bib whenever it is wet, and "
        "apply his barrier cream at lunch and before home time.\n"
        "- His class teacher will offer him a choice board at the start of every activity.",
        expected=(
            (
                GT,
                "C",
                "He dribbles a lot, which makes his clothes wet and his chin sore, and other children "
                "notice it.",
            ),
        ),
        extra=("complex-medical", "bullets"),
    ),
    _plan(
        "numbered-plan-cf-year10-clean-weekly-hours",
        "1. Daniel (15) has cystic fibrosis. He needs chest physiotherapy (breathing exercises and "
        "a device to clear mucus) twice a day, once at school.\n"
        "2. He catches infections easily and must keep away from other people with cystic fibrosis "
        "and from anyone with a cough.\n"
        "3. He has hospital admissions of two weeks for intravenous antibiotics (medicine through a "
        "drip) about twice a year, and falls behind in his GCSE subjects when he is away.",
        "1. By July 2027, Daniel will do his lunchtime chest physiotherapy in the medical room on "
        "every school day, recorded on his log.\n"
        "2. By July 2027, Daniel will keep up with his GCSE coursework, with no more than one piece "
        "more than two weeks late after any admission.\n"
        "3. Throughout Year 10, Daniel will sit away from anyone with a cough in every lesson, and "
        "tell his form tutor the same day if his seat needs to change.",
        "For Year 10 (2026-27):\n"
        "1. The Welbury Cystic Fibrosis Team's physiotherapist will review Daniel's lunchtime routine "
        "with him at school once a term.\n"
        "2. Daniel's head of year will arrange a private room for his chest physiotherapy at lunch "
        "every school day, away from other pupils.\n"
        "3. Subject teachers will send work to the hospital school within three days of every "
        "admission, and his head of year will agree a catch-up plan with him within a week of his "
        "return.\n"
        "4. His form tutor will seat him away from any classmate with a cough in every lesson and "
        "tell his parents about any outbreak of infection in his year group the same day.",
        extra=("numbered",),
    ),
    _plan(
        "la-draft-annual-review-mixed-faults",
        "Section C - amended at the annual review, 12 May 2027\n"
        "Ayesha (13) has spina bifida and hydrocephalus. She uses a manual wheelchair. She uses a "
        "catheter (a thin tube) to empty her bladder four times a day and needs a private, accessible "
        "toilet. She has reduced feeling in her legs and is at risk of pressure sores from sitting "
        "all day. She is now managing her own catheter with supervision.",
        "Section E\n"
        "- By July 2028, Ayesha will carry out her catheter routine at school on her own, with an "
        "adult checking afterwards, every school day.\n"
        "- Ayesha will be happy at school.",
        "Section G\n"
        "- A teaching assistant trained by the Brookfield Children's Continence Service will "
        "supervise Ayesha's catheter routine at 10.45am and 1.15pm every school day until July "
        "2028.\n"
        "- Ayesha will be offered pressure relief breaks.\n"
        "- The Brookfield occupational therapist will check her wheelchair cushion once a term "
        "until July 2028.",
        expected=(
            (OS, "E", "Ayesha will be happy at school."),
            (NF, "G", "Ayesha will be offered pressure relief breaks."),
            (ND, "G", "Ayesha will be offered pressure relief breaks."),
            (NP, "G", "Ayesha will be offered pressure relief breaks."),
            (
                GT,
                "C",
                "She has reduced feeling in her legs and is at risk of pressure sores from sitting all "
                "day.",
            ),
        ),
        extra=("amended", "annual-review", "bullets"),
    ),
    _plan(
        "paragraph-plan-ld-yp-22-clean",
        "Zainab is 22 and attends the Horizons supported internship at Kettleby Hospital. She has "
        "a moderate learning disability and type 2 diabetes, which she manages with tablets taken "
        "at home and a healthy diet. She needs help to plan healthy lunches on placement and to "
        "remember her diabetes clinic appointments.",
        "By July 2027, Zainab will choose a healthy packed lunch from her picture menu on at least 4 "
        "of 5 placement days, checked weekly by her job coach. By July 2027, Zainab will attend every "
        "diabetes appointment, using the reminders on her phone, with no missed appointments on the "
        "clinic record.",
        "Until the end of her internship in July 2027: a community learning disability nurse from "
        "the Kettleby Adult Learning Disability Team will see Zainab once a month for 45 minutes to "
        "make her picture menu and set phone reminders for her appointments. Her job coach, trained by "
        "the nurse in one session in September 2026, will go through her lunch choice with her for "
        "10 minutes every Monday.",
        extra=("post-19", "paragraphs"),
    ),
    _plan(
        "autism-nursery-key-person-untrained-support-needed",
        "Oakley (3) has a diagnosis of autism. He does not respond to his name and plays alone. He "
        "becomes very distressed at transitions such as tidy-up time. He eats only three foods and "
        "gags on new textures.",
        "- By July 2027, Oakley will move from free play to snack time using a now-and-next board "
        "without distress on at least 4 of 5 days.\n"
        "- By July 2027, Oakley will touch or lick a new food at snack time at least twice a week.",
        "His key person will use a now-and-next board with Oakley at every transition until he "
        "starts school in September 2027. Support with eating as needed.",
        expected=(
            (
                NP,
                "G",
                "His key person will use a now-and-next board with Oakley at every transition until he "
                "starts school in September 2027.",
            ),
            (UP, "G", "as needed"),
            (NF, "G", "Support with eating as needed."),
            (ND, "G", "Support with eating as needed."),
            (NP, "G", "Support with eating as needed."),
            (GT, "C", "He does not respond to his name and plays alone."),
        ),
        extra=("early-years",),
    ),
]
