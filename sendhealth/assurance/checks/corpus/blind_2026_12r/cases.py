"""Blind set 2026-12r: labelled cases written without seeing the checks (see README.md)."""

from sendhealth.assurance.checks.corpus.cases import Case


def _tags(expected):
    if not expected:
        return ("clean",)
    return tuple(sorted({check for check, _, _ in expected}))


def _plan(name, c, e, g, expected=()):
    expected = tuple(expected)
    return Case(
        name=name,
        sections={"C": c, "E": e, "G": g},
        expected=expected,
        kind="plan",
        tags=_tags(expected),
    )


def _div(name, needs, outcomes, provision, author=None, expected=()):
    expected = tuple(expected)
    sections = {"needs": needs, "outcomes": outcomes, "provision": provision}
    if author is not None:
        sections["author"] = author
    return Case(
        name=name,
        sections=sections,
        expected=expected,
        kind="advice",
        tags=_tags(expected),
    )


def _und(name, advice, expected=()):
    expected = tuple(expected)
    return Case(
        name=name,
        sections={"advice": advice},
        expected=expected,
        kind="advice",
        tags=_tags(expected),
    )


def _l(*lines):
    return "\n".join(lines)


PLANS = [
    _plan(
        "college-catering-cp-crutches",
        _l(
            "Amara has cerebral palsy affecting both legs. She walks short distances with "
            "crutches and uses a manual wheelchair around the Brackley Road campus. Her leg "
            "muscles get tight, so standing at a workbench becomes tiring and painful after "
            "about 20 minutes. Some corridors and the catering kitchen have heavy doors she "
            "cannot open from her chair."
        ),
        _l(
            "- By July 2027, Amara will stand at the workbench in her catering practicals for "
            "30 minutes with one seated rest, as recorded by her course tutor each week.",
            "- By December 2026, Amara will get from the front entrance to every room on her "
            "timetable on her own, arriving on time for at least 9 out of 10 sessions.",
        ),
        _l(
            "A physiotherapist from Wrexley Community Children's Therapy will see Amara at "
            "college once every half term for 45 minutes during the 2026-27 academic year to "
            "review her stretches and standing. Her learning support assistant, trained by the "
            "physiotherapist in September 2026, will go through a 15-minute stretching routine "
            "with her before each practical session for the 2026-27 academic year. An "
            "occupational therapist from the same service will make one visit in September 2026 "
            "to assess the routes, doors and workbench height and send the college a written "
            "report with the changes needed."
        ),
    ),
    _plan(
        "y10-epilepsy-table-clean",
        _l(
            "Need | What this means for Kieran",
            "Epilepsy with seizures that mostly happen when he is very tired | He has had two "
            "seizures at school this year and needs staff who know what to do if one lasts "
            "longer than five minutes.",
            "Tiredness after a seizure | After a seizure he sleeps for one to two hours and "
            "misses the rest of the morning's lessons.",
        ),
        _l(
            "Outcome | By when | How we will know",
            "Kieran will explain his seizure plan to his form tutor and two friends in his own "
            "words | By February 2027 | His form tutor records it in his review notes",
            "Kieran will catch up on any lesson missed after a seizure within one week | "
            "Throughout Year 10, checked at the July 2027 review | His head of year keeps a "
            "log of missed lessons and catch-up work",
        ),
        _l(
            "Provision | Who | How often | How long",
            "Training for the staff who support Kieran in his individual healthcare plan, "
            "including giving his emergency medicine | Epilepsy specialist nurse, Tamworth Hill "
            "Children's Epilepsy Service | Once, in September 2026, with a 30-minute refresher "
            "each January | For as long as Kieran attends Fallowfield Academy",
            "Review of the individual healthcare plan | Epilepsy specialist nurse with Kieran, "
            "his parents and the school nurse | Once a year and after any seizure needing "
            "emergency medicine | While Kieran attends Fallowfield Academy",
            "A quiet place to rest after a seizure, and a catch-up session on the work missed | "
            "Head of year | After every seizure at school, catch-up within five school days | "
            "Throughout Year 10 and Year 11",
        ),
    ),
    _plan(
        "supported-internship-diabetes-access-to",
        _l(
            "Lewis (19) has type 1 diabetes and a learning disability. He is on a supported "
            "internship at Harrowgate General Hospital's catering department. He can check his "
            "own blood sugar but sometimes forgets to do it before his shift, and his sugar has "
            "dropped low twice at work this year."
        ),
        _l(
            "- By March 2027, Lewis will check his blood sugar before every shift without a "
            "reminder on at least 4 days out of 5, shown in his meter's record.",
            "- By March 2027, Lewis will tell his job coach when he feels his sugar going low, "
            "on every occasion recorded in the internship diary.",
        ),
        _l(
            "- The paediatric diabetes nurse team at Harrowgate will meet Lewis and his job "
            "coach at the hospital once a month for 30 minutes until he moves to the adult "
            "diabetes clinic in July 2027.",
            "- Lewis will have access to the diabetes dietitian.",
            "- His job coach, trained by the diabetes nurse in October 2026, will prompt Lewis to "
            "check his blood sugar at the start of each shift for the length of the internship.",
        ),
        expected=[
            ("unspecified_provision", "G", "access to"),
            ("no_frequency", "G", "Lewis will have access to the diabetes dietitian."),
            ("no_duration", "G", "Lewis will have access to the diabetes dietitian."),
        ],
    ),
]

PLANS += [
    _plan(
        "apprentice-asthma-clean",
        "Jordan (17) has asthma that is worse in dusty places. On his bricklaying "
        "apprenticeship he gets breathless on site when cutting blocks, and he has had to stop "
        "work early three times since September.",
        "By June 2027, Jordan will complete every full day on site in a four-week period "
        "without stopping early because of his breathing, as recorded by his site supervisor.",
        "The asthma nurse at Oakhurst Lane Surgery will review Jordan's asthma plan with him "
        "once every six months for the length of his apprenticeship (to August 2028), and will "
        "show him and his site supervisor how to use his spacer and dust mask in one session in "
        "October 2026.",
    ),
    _plan(
        "y4-autism-toileting-regular",
        _l(
            "Section C: Health needs",
            "Maisie is autistic. She is not yet dry in the day and has two or three wetting "
            "accidents at school most weeks, which upset her. She eats a very small range of "
            "foods and often has nothing at lunchtime.",
        ),
        _l(
            "1. By July 2027, Maisie will use the toilet at school with one adult prompt and "
            "have no more than one accident a week over a half term, as recorded on her "
            "toileting chart.",
            "2. By July 2027, Maisie will try one new food from her food chain list each week "
            "at lunch and eat at least three of them regularly, as recorded by her class "
            "teacher.",
        ),
        _l(
            "1. The Children's Continence Service (Hale Valley NHS Trust) will provide a "
            "toileting plan and regular reviews.",
            "2. A specialist dietitian from Hale Valley NHS Trust will see Maisie and her parents "
            "three times in the 2026-27 school year, 45 minutes each, and write a food chain "
            "plan (small steps from foods she eats towards new ones) for school to follow at "
            "lunch.",
            "3. Her class teacher will follow the food chain plan at every lunchtime for the "
            "2026-27 school year.",
        ),
        expected=[
            ("unspecified_provision", "G", "regular"),
            (
                "no_frequency",
                "G",
                "The Children's Continence Service (Hale Valley NHS Trust) will provide a "
                "toileting plan and regular reviews.",
            ),
            (
                "no_duration",
                "G",
                "The Children's Continence Service (Hale Valley NHS Trust) will provide a "
                "toileting plan and regular reviews.",
            ),
        ],
    ),
    _plan(
        "nursery-downs-hearing-clean",
        "Isla (3) has Down's syndrome. She has glue ear in both ears (sticky fluid behind the "
        "eardrum), so she hears speech only when it is close and clear, and she is starting to "
        "use single words and Makaton signs. Her muscles are floppy and she tires when sitting "
        "on the carpet for long.",
        _l(
            "By the end of her nursery year (July 2027), Isla will use 20 words or signs to ask "
            "for things at snack time and play, counted by her key person over one week.",
            "By July 2027, Isla will sit with support in her special chair through a 10-minute "
            "group story on 4 days out of 5.",
        ),
        _l(
            "- A speech and language therapist from Carrow Vale Children's Therapies will visit "
            "the nursery every four weeks for 40 minutes during the 2026-27 nursery year to set "
            "Isla's word and sign targets and show her key person how to practise them.",
            "- Her key person, trained in Makaton by the speech and language therapist in "
            "September 2026, will practise the targets with her for 10 minutes each day for the "
            "2026-27 nursery year.",
            "- The paediatric audiology team will test her hearing every six months, and the "
            "teacher of the deaf will visit the nursery once a term for one hour during the "
            "2026-27 nursery year to advise on seating and noise.",
            "- A children's physiotherapist will provide a supportive chair and visit once a "
            "term for 30 minutes during the 2026-27 nursery year to check her seating.",
        ),
    ),
    _plan(
        "y8-adhd-medication-named",
        "Theo has ADHD (attention deficit hyperactivity disorder). He finds it hard to stay in "
        "his seat and finish written work, and he often loses track in the afternoon when his "
        "morning medicine has worn off. He takes Elvanse each morning at home; no doses are "
        "needed in school.",
        "By July 2027, Theo will finish the written task in 4 out of 5 afternoon lessons, as "
        "recorded on his daily report card by his subject teachers.",
        _l(
            "The school nurse from Kinsbrook School Health Service will meet Theo once a half term "
            "for 20 minutes in the 2026-27 school year to talk about how his medicine is "
            "working and pass his views to the ADHD clinic.",
            "His special educational needs coordinator (SENCo) will agree a movement break "
            "plan with him in September 2026, and his "
            "subject teachers will give him one five-minute movement break in every afternoon "
            "lesson for the 2026-27 school year.",
        ),
        expected=[("drug_name", "C", "Elvanse")],
    ),
]

PLANS += [
    _plan(
        "ypfirstperson-college-anxiety-clean",
        _l(
            "About my health, in my words:",
            "I get panic attacks when I have to walk into a full classroom, and my heart races "
            "and I feel sick. Since Year 11 I have missed a lot of lessons because of this. I "
            "also don't sleep well, and most mornings I'm too tired to get the 8.10 bus.",
        ),
        _l(
            "By Easter 2027 I will walk into my Level 2 art class on my own and stay for the "
            "whole lesson at least 3 times a week, checked with my tutor every Friday.",
            "By Easter 2027 I will catch the bus to college on at least 4 mornings out of 5, "
            "shown on my attendance record.",
        ),
        _l(
            "A mental health practitioner from the Riverside Young People's Mental Health Team "
            "will see me every week for 50 minutes for 12 weeks from October 2026 for "
            "cognitive behavioural therapy (a talking therapy that helps change anxious "
            "thoughts), including planning small steps into class. The same practitioner will "
            "give me one 30-minute session on sleep habits in each month of the therapy. My "
            "learning mentor, trained by the practitioner in October 2026, will meet me at the "
            "art room door before every art lesson until Easter 2027.",
        ),
    ),
    _plan(
        "y2-speech-need-without-outcome",
        "Rafi's speech is hard to understand for people who don't know him, because he "
        "leaves sounds off the ends of words and swaps 'k' for 't'. He also has eczema on his "
        "hands, which cracks and bleeds in cold weather and makes holding a pencil painful.",
        "By July 2027, Rafi will be understood by an unfamiliar adult when he says a short "
        "sentence, at least 8 times out of 10, measured by his speech and language "
        "therapist.",
        _l(
            "A speech and language therapist from Dunmore Children's Speech Service will see Rafi "
            "in school every two weeks for 30 minutes in the 2026-27 school year. His teaching "
            "assistant, trained by the therapist in September 2026, will practise his sounds "
            "with him for 10 minutes three times a week for the 2026-27 school year.",
            "The school nurse will train his class teacher in applying his moisturising cream "
            "in one session in September 2026, and his class teacher will put the cream on his "
            "hands after lunch every school day for the 2026-27 school year.",
        ),
        expected=[
            (
                "golden_thread",
                "C",
                "He also has eczema on his hands, which cracks and bleeds in cold weather and "
                "makes holding a pencil painful.",
            )
        ],
    ),
    _plan(
        "y12-sixthform-crohns-clean",
        _l(
            "Health",
            "Sofia (16) has Crohn's disease, a long-term condition where the gut becomes "
            "inflamed. During flares she needs the toilet urgently and often, and she is very "
            "tired. She has treatment through a drip at hospital every eight weeks and misses "
            "a school day "
            "each time.",
        ),
        _l(
            "- By July 2027, Sofia will hand in at least 9 out of 10 A-level assignments on time "
            "or by an agreed extension, checked by her head of sixth form each half term.",
            "- By December 2026, Sofia will leave any lesson to use the toilet without asking, "
            "using her exit card, and will say at her review that she feels comfortable doing "
            "so.",
        ),
        _l(
            "- The inflammatory bowel disease nurse at Kenton Park Children's Hospital will "
            "write a care plan for school in September 2026 and review it with Sofia once each "
            "term for the 2026-27 school year.",
            "- Her head of sixth form will give her an exit card and a key to the accessible "
            "toilet from September 2026, for as long as she is at Holmbury Sixth Form.",
            "- Her head of sixth form will send her the work from each missed hospital day "
            "within two school days, every time, for the 2026-27 school year.",
        ),
    ),
    _plan(
        "y6-sensory-ot-as-required",
        "Oliver is sensitive to noise and touch. In the dining hall he covers his ears and "
        "often leaves without eating. He finds the seams of his uniform so uncomfortable that "
        "he cannot settle at the start of the day.",
        _l(
            "By July 2027, Oliver will eat his lunch in the small dining room on at least 4 days "
            "a week, recorded by the lunchtime lead.",
            "By February 2027, Oliver will be settled and working within 10 minutes of the start "
            "of the day on 4 out of 5 days, recorded by his class teacher.",
        ),
        _l(
            "An occupational therapist from Linfield Children's Occupational Therapy (OT) "
            "will assess "
            "Oliver at school once in September 2026 and write a sensory plan. The OT will "
            "provide advice to school as required. His class teacher will let him wear his own "
            "soft clothing and start the day with a five-minute calm activity every morning for "
            "the 2026-27 school year, and he will eat in the small dining room each day, "
            "supervised by a trained member of staff.",
        ),
        expected=[
            ("unspecified_provision", "G", "as required"),
            ("no_duration", "G", "The OT will provide advice to school as required."),
            ("no_frequency", "G", "The OT will provide advice to school as required."),
        ],
    ),
]

PLANS += [
    _plan(
        "y9-la-template-no-health-needs",
        "Section C - Health needs: Ewan has no identified health needs relating to his special "
        "educational needs. His hearing and vision were checked in May 2026 and are normal.",
        "No health outcomes are needed.",
        "No health provision is needed.",
    ),
    _plan(
        "supported-living-pmld-gastrostomy-clean",
        _l(
            "Nadia (22) has profound and multiple learning disabilities and epilepsy. She is fed "
            "through a gastrostomy (a tube straight into her stomach) and cannot take food or "
            "drink by mouth. She cannot change position by herself, and her skin gets sore if "
            "she stays in one position for long. She attends the Hollybank Day Learning Centre "
            "four days a week.",
        ),
        _l(
            "By March 2027, Nadia will take part in all four sessions of the day with her tube "
            "feeds given on time, with no missed feeds in a month, as recorded on her feed "
            "chart.",
            "By March 2027, Nadia will have no sore areas of skin, checked at each monthly "
            "visit by the community nurse.",
        ),
        _l(
            "1. The Learning Disability Community Nursing Team (Westmere Health NHS Foundation "
            "Trust) will train all Hollybank support workers who feed Nadia in one three-hour "
            "session in September 2026, check each worker's competence every six months, and "
            "visit Nadia once a month for as long as she attends Hollybank.",
            "2. Hollybank support workers trained as above will give her tube feeds at 10am and "
            "1pm on every day she attends, for as long as she attends Hollybank.",
            "3. Trained support workers will change Nadia's position every two hours while she "
            "is at Hollybank, following the plan written by the adult physiotherapy team, for as "
            "long as she attends.",
            "4. An adult physiotherapist will review her positioning plan and equipment every "
            "six months until March 2028.",
        ),
    ),
    _plan(
        "y7-hearing-loss-outcome-vague",
        "Harvey has a moderate hearing loss in both ears and wears two hearing aids. In noisy "
        "classrooms he misses instructions and often copies what others are doing.",
        _l(
            "- Harvey will be more confident in class.",
            "- By July 2027, Harvey will use his radio aid in every lesson and repeat back the "
            "main instruction when his teacher checks, on 8 out of 10 checks.",
        ),
        _l(
            "- A qualified teacher of the deaf from the Sensory Support Service will visit "
            "Harvey at school every half term for one hour in the 2026-27 school year to check "
            "his hearing aids and radio aid and advise his teachers.",
            "- The paediatric audiology service at Ravensdale Hospital will test his hearing "
            "and adjust his hearing aids every six months until he is 18.",
        ),
        expected=[("outcome_not_smart", "E", "Harvey will be more confident in class.")],
    ),
    _plan(
        "y5-asd-camhs-acronyms",
        "Priya is autistic and has high anxiety. She has meltdowns most afternoons at school "
        "and has started to refuse to come into class. She is known to CAMHS.",
        "By March 2027, Priya will come into class on her own at the start of the day on at "
        "least 4 days out of 5, recorded by her class teacher each week.",
        "A clinician from the Northgate children's mental health team will see "
        "Priya and her parents every two weeks for 45 minutes for ten sessions from October "
        "2026, and will visit school once in November 2026 to help staff write a plan for "
        "her mornings. Her ELSA, trained by the Educational Psychology Service, will see her "
        "for 20 minutes at the start of each school day for the 2026-27 school year.",
        expected=[
            ("acronym", "C", "CAMHS"),
            ("acronym", "G", "ELSA"),
        ],
    ),
]

PLANS += [
    _plan(
        "y11-t1-diabetes-pump-clean-terms",
        "Callum has type 1 diabetes and uses a pump that gives his diabetes medicine. He "
        "needs to check his blood "
        "sugar before lunch and before PE, and he needs help to work out his pump dose for "
        "lunch. Low blood sugar makes him shaky and unable to concentrate in exams.",
        _l(
            "By the end of the spring term 2027, Callum will work out his own lunchtime dose "
            "correctly every day for four weeks, checked by a trained adult.",
            "During his GCSE exams in summer 2027, Callum will check his blood sugar before "
            "every exam and have no exam stopped by a low.",
        ),
        _l(
            "Everything below applies for Callum's time in Year 11 (September 2026 to July 2027).",
            "- The children's diabetes nurse from Eastbrook Paediatric Diabetes Team will train "
            "two named teaching assistants in September 2026 and check their skills each term.",
            "- One of the two trained teaching assistants will check his carbohydrate count and "
            "dose with him at lunch every school day until he manages it alone.",
            "- His exams officer will book a separate room and allow him to take his blood "
            "sugar meter and snacks into every exam.",
        ),
    ),
    _plan(
        "y3-dcd-physio-opportunities",
        "Ruby has developmental coordination disorder. She falls often in the playground, "
        "cannot yet manage buttons or a zip, and finds PE and getting changed slow and "
        "upsetting.",
        _l(
            "By July 2027, Ruby will get changed for PE on her own within 10 minutes, on 4 out of "
            "5 PE lessons, recorded by her class teacher.",
            "By July 2027, Ruby will hop five times on each foot and catch a large ball from two "
            "metres 8 times out of 10, tested by her physiotherapist.",
        ),
        _l(
            "Ruby will be given opportunities for practising dressing skills. A physiotherapist "
            "from Brannock Children's Physiotherapy will see her at school once every three "
            "weeks for 30 minutes during the 2026-27 school year and set a balance programme "
            "that her teaching assistant, trained by the physiotherapist, will do with her for "
            "15 minutes four times a week for the 2026-27 school year.",
        ),
        expected=[
            ("unspecified_provision", "G", "opportunities for"),
            (
                "no_frequency",
                "G",
                "Ruby will be given opportunities for practising dressing skills.",
            ),
            (
                "no_duration",
                "G",
                "Ruby will be given opportunities for practising dressing skills.",
            ),
            (
                "no_provider",
                "G",
                "Ruby will be given opportunities for practising dressing skills.",
            ),
        ],
    ),
    _plan(
        "college-autism-independent-travel-clean",
        "Tomasz (18) is autistic and has a learning disability. He wants to travel to college "
        "by bus on his own but becomes very distressed when the bus is late or a route changes. "
        "He does not yet recognise when he is too hot or hungry and can become unwell on "
        "long days.",
        _l(
            "By July 2027, I will travel to college by bus on my own on at least three days a "
            "week, and I will know what to do if the bus is late, checked by my travel trainer.",
            "By December 2026, I will use my picture card to tell staff when I am hot, hungry or "
            "need a break at least once every college day, recorded by my tutor.",
        ),
        _l(
            "Speech and language therapy (Greyfield Adult Learning Disability Team): a speech and "
            "language therapist will make a picture card and a visual plan for bus delays with "
            "Tomasz in two one-hour sessions in October 2026 and review them once a term until "
            "July 2027.",
            "His college learning support worker, trained by the speech and language therapist "
            "in October 2026, will go through the card with him at the start and middle of each "
            "college day until July 2027.",
        ),
    ),
    _plan(
        "y1-cleft-salt-may",
        "Zainab had a cleft palate repaired as a baby. Her speech sounds nasal and some "
        "sounds (p, b, t, d) are hard for her to make, so classmates often don't understand "
        "her.",
        "By July 2027, Zainab will say p, b, t and d clearly in words when copying an adult, "
        "8 times out of 10, measured by her speech and language therapist.",
        "The cleft speech and language therapist at Mardale Regional Cleft Centre will see "
        "Zainab every six weeks for 45 minutes during the 2026-27 school year. School staff may "
        "carry out practice activities where possible.",
        expected=[
            ("unspecified_provision", "G", "may"),
            ("unspecified_provision", "G", "where possible"),
            (
                "no_frequency",
                "G",
                "School staff may carry out practice activities where possible.",
            ),
            (
                "no_duration",
                "G",
                "School staff may carry out practice activities where possible.",
            ),
            (
                "no_provider",
                "G",
                "School staff may carry out practice activities where possible.",
            ),
        ],
    ),
    _plan(
        "y10-cfs-fatigue-clean",
        "Esme has chronic fatigue syndrome. She can manage about three hours of activity "
        "a day before she becomes exhausted, and a full school day leaves her in bed the next "
        "day. She has headaches and poor concentration when tired.",
        "By July 2027, Esme will attend school for four mornings a week and keep this up for "
        "a whole half term without a crash day, recorded in her activity diary and checked "
        "with her occupational therapist.",
        _l(
            "Occupational therapist, Larchfield Children's Fatigue Service: one 45-minute video "
            "appointment every three weeks with Esme from September 2026 to July 2027, to plan "
            "her activity and rest and increase her school time step by step.",
            "Her head of year will meet Esme and the occupational therapist once each half term "
            "for 30 minutes in the 2026-27 school year to agree her timetable and rest room.",
        ),
    ),
]

PLANS += [
    _plan(
        "y8-tics-need-no-provision",
        _l(
            "- Billy has Tourette's syndrome. His tics are worse when he is anxious and include "
            "shouting out words, which has led to him being sent out of lessons.",
            "- Billy's handwriting is slow because of hand tics, and he rarely finishes written "
            "tasks.",
            "- He is worried about what other pupils think and has stopped going to the lunch "
            "club he used to enjoy.",
        ),
        _l(
            "- By July 2027, Billy will stay in every lesson for a full half term without being "
            "sent out because of his tics, recorded by his head of year.",
            "- By July 2027, Billy will finish written tasks on a laptop in at least 4 out of 5 "
            "lessons, checked by his form tutor each fortnight.",
            "- By March 2027, Billy will go back to lunch club at least twice a week.",
        ),
        _l(
            "- A clinical nurse specialist from the Tic Clinic at Southmoor Children's Hospital "
            "will deliver one 90-minute training session on tics to all staff who teach Billy "
            "in September 2026, and a second in January 2027.",
            "- A psychologist from the Tic Clinic will provide eight weekly sessions of "
            "habit-reversal therapy (learning to notice a tic coming and do a different "
            "movement instead) from October 2026.",
            "- His form tutor will arrange a laptop for all written work from September 2026, "
            "for the rest of his time at Pennine Way School.",
        ),
        expected=[
            (
                "golden_thread",
                "C",
                "He is worried about what other pupils think and has stopped going to the lunch "
                "club he used to enjoy.",
            )
        ],
    ),
    _plan(
        "age15-lac-attachment-clean",
        "Jade (15) is looked after by the local authority and lives with foster carers. She "
        "finds it hard to trust adults and can become very angry when she feels criticised, "
        "which has led to two fixed-term exclusions this year. She has nightmares and often "
        "arrives at school tired.",
        _l(
            "By July 2027, Jade will have no exclusions for a whole school year, and she will "
            "name one adult at school she trusts, asked at her July 2027 review.",
            "By March 2027, Jade will say she sleeps better on most nights, scoring her sleep at "
            "least 6 out of 10 on her weekly sleep chart for four weeks in a row.",
        ),
        "A clinical psychologist from the Looked After Children's Health and Wellbeing Team "
        "(Eastvale NHS Trust) will see Jade every two weeks for one hour for 12 months from "
        "October 2026, including work on sleep and nightmares. The same psychologist will meet "
        "her foster carers and her designated teacher once a half term for one hour for 12 "
        "months to agree how adults respond when she is angry.",
    ),
    _plan(
        "y13-asthma-eczema-table-drug",
        _l(
            "Condition | Effect at school",
            "Severe asthma | Misses about one day in ten; short of breath on stairs; uses "
            "Ventolin before PE",
            "Eczema | Itchy skin keeps her awake, so she is tired in the morning",
        ),
        _l(
            "Outcome | Measure",
            "By July 2027, Hana will attend at least 95% of school days | Attendance record, "
            "checked each half term",
            "By July 2027, Hana will sleep through the night on at least 5 nights a week | Her "
            "own sleep diary, reviewed by the school nurse each term",
        ),
        _l(
            "Provision | Provider | Frequency and length",
            "Asthma review and updated asthma plan for school | Respiratory nurse, Brookholme "
            "Children's Hospital | Every four months for 2026-27",
            "Skin care plan and advice on night-time itching | Children's dermatology nurse, "
            "Brookholme Children's Hospital | Two 30-minute appointments in autumn 2026, then "
            "once a term until July 2027",
            "Lift pass so she can avoid stairs | School office | Issued once in September 2026, "
            "for the 2026-27 school year",
        ),
        expected=[("drug_name", "C", "Ventolin")],
    ),
    _plan(
        "y6-constipation-passive-provision",
        "Alfie has long-term constipation and soiling. He has accidents at school two or three "
        "times a week and is teased by other children.",
        "By July 2027, Alfie will have no more than one soiling accident a fortnight at school, "
        "and will change himself with privacy, recorded on his care log.",
        _l(
            "- A toileting routine will be followed after lunch every day for the 2026-27 school "
            "year.",
            "- The school nurse (Ambleside Park School Health Team) will write a care plan and "
            "review it with Alfie and his parents once a term for the 2026-27 school year.",
            "- His teaching assistant, trained by the school nurse in September 2026, will help "
            "him change after every accident for the 2026-27 school year.",
        ),
        expected=[
            (
                "no_provider",
                "G",
                "A toileting routine will be followed after lunch every day for the 2026-27 "
                "school year.",
            ),
        ],
    ),
    _plan(
        "apprenticeship-hypermobility-clean",
        "Mia (18) has hypermobile Ehlers-Danlos syndrome. Her joints move too far and partly "
        "slip out of place, mostly her shoulders and knees. Long periods of typing make her "
        "hands ache, and she finds standing on the shop floor painful after an hour.",
        _l(
            "1. By April 2027, Mia will work a full four-hour shift in the shop with two planned "
            "seated breaks and no days off sick because of pain, over four weeks in a row.",
            "2. By April 2027, Mia will type for 30 minutes at a time with her adapted keyboard "
            "without hand pain, reported in her weekly check-in with her apprenticeship "
            "coordinator.",
        ),
        _l(
            "1. An adult physiotherapist from Thornmere Musculoskeletal Service will see Mia "
            "every two weeks for 45 minutes for 12 sessions from October 2026, for a strengthening "
            "programme for her shoulders and knees.",
            "2. An occupational therapist from the same service will carry out one workplace "
            "assessment at the shop in October 2026, and recommend a perching stool, an adapted "
            "keyboard and a pattern of breaks, with a follow-up visit in January 2027.",
        ),
    ),
]

PLANS += [
    _plan(
        "y4-vi-long-paragraph-clean",
        "Leo has albinism, which means his eyes are very sensitive to light and his sight is "
        "poor even with glasses. He cannot see the board from more than a metre away, he "
        "squints and gets headaches in bright rooms, and he needs large print of at least 24 "
        "point to read. He also has a wobbly eye movement that makes keeping his place on a "
        "page hard, so reading aloud is slow and he loses his place.",
        _l(
            "By July 2027, Leo will read a page of 24-point text aloud at his own year-level "
            "words and lose his place no more than twice, checked by his qualified teacher of "
            "vision impairment each term.",
            "By December 2026, Leo will use his tablet to zoom the board in every lesson, seen "
            "by his class teacher on at least 4 days out of 5.",
            "By December 2026, Leo will tell an adult when a room is too bright, and report no "
            "headaches at school in his weekly check-in for a half term.",
        ),
        "For the 2026-27 school year: a qualified teacher of vision impairment from the "
        "Sensory Inclusion Service will visit Leo once every half term for one hour to set up "
        "his tablet, large print and line guide and train his class teacher; the class "
        "teacher will check his seat and blinds every morning; and the orthoptist at Coldharbour "
        "Eye Clinic (an eye specialist who checks how the eyes work together) will see him "
        "every six months and send a report to school.",
    ),
    _plan(
        "y9-selfharm-camhs-letter-style-nothread",
        _l(
            "Summary from the Eastmoor Children and Young People's Mental Health Service letter "
            "(September 2026):",
            "Grace has low mood and has self-harmed by cutting. She struggles to eat in front of "
            "others and has lost weight. She avoids PE because of her scars.",
        ),
        _l(
            "By March 2027, Grace will attend every PE lesson in a long-sleeved kit option, "
            "recorded by her PE teacher each half term.",
            "By March 2027, Grace will rate her mood at least 5 out of 10 on most days over four "
            "weeks, on her own mood chart reviewed with her therapist.",
        ),
        "A family therapist from the Eastmoor service will see Grace weekly for 50 minutes "
        "for 16 weeks from October 2026. Her head of year will agree a long-sleeved PE kit "
        "option with her in September 2026 for the rest of the 2026-27 school year.",
        expected=[
            (
                "golden_thread",
                "C",
                "She struggles to eat in front of others and has lost weight.",
            )
        ],
    ),
    _plan(
        "age20-spinal-injury-college-clean",
        "Dev (20) has a spinal cord injury from a road accident in early 2026 and uses a powered "
        "wheelchair. He cannot feel or move his legs and needs to empty his bladder with a "
        "catheter (a thin tube) every four hours, with help. He is at risk of pressure sores "
        "if he does not shift his weight.",
        _l(
            "By July 2027, Dev will direct his support worker through every catheter change at "
            "college in his own words, on every occasion, checked by the community nurse each "
            "term.",
            "By July 2027, Dev will have no pressure sores, and will shift his weight in his "
            "chair every 30 minutes using his phone reminder on at least 9 days in 10.",
        ),
        _l(
            "- The Spinal Outreach Nurse (Kingsreach Spinal Injuries Centre) will train Dev's "
            "college support workers in catheter care and pressure care in one session in "
            "September 2026 and check each worker's skills every six months for as long as Dev "
            "is at Harbourside College.",
            "- A support worker trained as above will help with his catheter every four hours "
            "on each college day for as long as he is at Harbourside College.",
            "- The community nurse will check his skin once a month until July 2028.",
        ),
    ),
    _plan(
        "y2-sickle-cell-jargon",
        "Kofi has sickle cell disease. He has painful crises two or three times a year, usually "
        "when he becomes dehydrated. He is functionally asplenic, so he is at risk of "
        "serious infection.",
        "By July 2027, Kofi will ask for a drink and use his water bottle at least once every "
        "lesson, recorded on his class hydration chart for four weeks each term.",
        "The haemoglobinopathy nurse specialist at Greystone Children's Hospital will write "
        "a care plan and train Kofi's class teacher and teaching assistant in one session in "
        "September 2026, and review the plan once a year for as long as he is at Stoneybrook "
        "Primary. His class teacher will give him his water bottle in every lesson and let him "
        "use the toilet whenever he asks, for the 2026-27 school year. If he has a "
        "temperature of 38 degrees or more, his class teacher will call his parents at once.",
        expected=[
            ("jargon", "C", "asplenic"),
            (
                "golden_thread",
                "C",
                "He is functionally asplenic, so he is at risk of serious infection.",
            ),
            (
                "no_duration",
                "G",
                "If he has a temperature of 38 degrees or more, his class teacher will call his "
                "parents at once.",
            ),
        ],
    ),
]

PLANS += [
    _plan(
        "y7-feeding-dysphagia-jargon-and-vague",
        "Ellie has cerebral palsy and oropharyngeal dysphagia. She needs her food mashed and "
        "her drinks thickened, and she coughs and chokes if she eats too fast. She needs an "
        "adult beside her at every meal.",
        "By July 2027, Ellie will eat her school lunch at a safe pace with no choking "
        "episodes over a half term, recorded on her eating and drinking log.",
        "A speech and language therapist from Copperfield Children's Eating and Drinking "
        "Team will write Ellie's eating and drinking plan in September 2026 and train the "
        "two lunchtime staff who support her. Trained lunchtime staff will sit with her at "
        "every meal for the 2026-27 school year. The therapist will review the plan as "
        "appropriate.",
        expected=[
            ("jargon", "C", "oropharyngeal"),
            ("jargon", "C", "dysphagia"),
            ("unspecified_provision", "G", "as appropriate"),
            ("no_frequency", "G", "The therapist will review the plan as appropriate."),
            ("no_duration", "G", "The therapist will review the plan as appropriate."),
        ],
    ),
    _plan(
        "age17-college-t1-diabetes-clean-fortnightly",
        "Ayesha (17) has type 1 diabetes. She manages her own blood sugar checks and doses, "
        "but her sugar often runs high during exam weeks and she then feels sick and cannot "
        "focus. She has had no hospital stays this year.",
        "By July 2027, Ayesha will keep her blood sugar in her target range for at least 70% "
        "of the time during exam weeks, shown on her sensor report and checked with her "
        "diabetes nurse.",
        "Ayesha will have a 20-minute video call with a nurse from Hillgate Young Adult "
        "Diabetes Service every fortnight during each of her exam periods in 2026-27 (January "
        "and May to June 2027), and one face-to-face clinic appointment each term until she "
        "moves to adult care in September 2027.",
    ),
    _plan(
        "y5-pda-golden-g-extra",
        "Mason is autistic with a demand-avoidant profile. When he is asked to start a task "
        "he often hides under a table or leaves the room, and he has missed most of his "
        "literacy lessons this term.",
        "By March 2027, Mason will start a literacy task within five minutes of being offered "
        "a choice of two tasks, on at least 3 days out of 5, recorded by his class teacher.",
        _l(
            "A clinical psychologist from the Neurodevelopmental Service (Redfern NHS Trust) "
            "will meet Mason's class teacher and parents every half term for one hour in the "
            "2026-27 school year to plan how tasks are offered.",
            "A dietitian from Redfern NHS Trust will see Mason once a term in 2026-27 for 30 "
            "minutes to review his weight.",
        ),
        expected=[
            (
                "golden_thread",
                "G",
                "A dietitian from Redfern NHS Trust will see Mason once a term in 2026-27 for 30 "
                "minutes to review his weight.",
            )
        ],
    ),
    _plan(
        "y12-wheelchair-sport-typos-clean",
        "Josh has spina bifida and uses a manual wheelchair. He needs to empty his bladder "
        "using a catheter (a thin tube) four times during the school day and does this himself "
        "in the accesible toilet. He is at risk of sores on his bottom from sitting, and has "
        "had one sore that kept him off school for three weeks in 2026.",
        _l(
            "By Febuary 2027, Josh will do all his own catheter changes at school with no "
            "missed changes, shown on his own phone log checked each month by the school nurse.",
            "By July 2027, Josh will have no pressure sores and no days off because of them.",
        ),
        _l(
            "- Key to the accessible toilet, kept by Josh, and a spare kept by the school office "
            "(from September 2026, for the whole of sixth form).",
            "- The school nurse from Wellbrook School Nursing will see Josh once a month for 20 "
            "minutes in the 2026-27 school year to check his catheter routine and his skin.",
            "- A pressure-relieving cushion, provided once by Wellbrook Wheelchair Service in "
            "September 2026 and checked by them every six months until he leaves sixth form.",
        ),
    ),
    _plan(
        "y3-ehc-c-narrative-sleep-no-thread",
        "Section C (health): Aarav has a diagnosis of autism (October 2026, Thistle Lane Child "
        "Development Centre). He eats only four foods, all crunchy and beige. He does not "
        "sleep until after midnight most nights. He finds loud sounds frightening and covers "
        "his ears during assemblies.",
        _l(
            "By July 2027, Aarav will sit through a whole assembly wearing his ear defenders on "
            "at least 3 out of 4 occasions, recorded by his class teacher.",
            "By July 2027, Aarav will touch or taste one new food each week at school lunch, "
            "recorded on his food chart.",
        ),
        "An occupational therapist from Thistle Lane Child Development Centre will see Aarav "
        "in school twice a term for 45 minutes during the 2026-27 school year to plan for "
        "noise and for new foods at lunch, and will provide ear defenders once in September "
        "2026. His class teacher, trained by the occupational therapist, will follow the food "
        "plan at every school lunch for the 2026-27 school year.",
        expected=[
            (
                "golden_thread",
                "C",
                "He does not sleep until after midnight most nights.",
            )
        ],
    ),
    _plan(
        "y11-anorexia-recovery-clean",
        "Freya is recovering from anorexia nervosa and is under the Eating Disorders Service. "
        "She must eat a snack at break and a full lunch with an adult nearby, and she is not "
        "allowed to do PE until her weight is safe. She becomes anxious and tearful around "
        "mealtimes and talk about food or bodies.",
        _l(
            "By the end of the spring term 2027, Freya will eat her full snack and lunch at "
            "school on every school day for four weeks, with her eating supported by a trained "
            "member of staff, recorded on her meal plan.",
            "By July 2027, Freya will say at her review that she feels less anxious at lunch, "
            "scoring it at least 6 out of 10 where it was 2 out of 10 in September 2026.",
        ),
        _l(
            "Eating Disorders Service, Marlowe Children's Hospital (a specialist nurse and a "
            "dietitian): write Freya's school meal plan in September 2026, train her head of "
            "year and two named support staff in one 90-minute session, and review the plan "
            "with school every four weeks until July 2027.",
            "Trained named staff: sit with Freya at break and lunch every school day until July "
            "2027.",
            "Head of year: a 15-minute check-in with Freya every Monday and Thursday until July "
            "2027.",
        ),
    ),
]

PLANS += [
    _plan(
        "internship-ld-epilepsy-staff-untrained",
        "Connor (21) has a learning disability and epilepsy. He has absence seizures (brief "
        "blank spells of a few seconds) several times a day, during which he misses what he "
        "is told. About twice a year he has a bigger seizure in which he falls.",
        _l(
            "By June 2027, Connor will complete each task on his internship checklist at the "
            "garden centre, checking it off himself, on 4 out of 5 days, recorded by his job "
            "coach.",
            "Staff at the garden centre will be more aware of Connor's epilepsy.",
        ),
        _l(
            "- His job coach, who has completed learning disability training, will give Connor "
            "written instructions and a picture checklist for every task, every working day, "
            "until the internship ends in June 2027.",
            "- The epilepsy nurse from Whitmoor Adult Epilepsy Service will give a one-hour "
            "epilepsy awareness session to the garden centre team in September 2026.",
            "- He will be kept away from ladders and the tractor every day until June 2027.",
        ),
        expected=[
            (
                "no_provider",
                "G",
                "He will be kept away from ladders and the tractor every day until June 2027.",
            ),
            (
                "outcome_not_smart",
                "E",
                "Staff at the garden centre will be more aware of Connor's epilepsy.",
            ),
        ],
    ),
    _plan(
        "y1-premature-cld-oxygen-clean",
        "Poppy was born very early and has chronic lung disease, which means her lungs were "
        "damaged by being born early. She has oxygen at night only. She catches colds easily "
        "and then gets breathless and misses school, about one week in six last year. She "
        "tires quickly when running outside.",
        _l(
            "By July 2027, Poppy will attend at least 90% of school days, checked each half term "
            "by the school office and shared with her class teacher.",
            "By July 2027, Poppy will join in every outdoor PE lesson for at least 20 minutes, "
            "taking a rest when she needs one, recorded by her class teacher.",
        ),
        _l(
            "The children's community respiratory nurse (Fernleigh Community Children's Nursing) "
            "will write a breathing care plan for school in September 2026 and visit once a "
            "term for 30 minutes for the 2026-27 school year to update it and teach her class "
            "teacher the signs of breathlessness.",
            "Her class teacher will follow the plan in every PE lesson and give her rests, and "
            "will send home work for any week she is off ill, for the 2026-27 school year.",
        ),
    ),
    _plan(
        "y10-ocd-cbt-erp-acronym",
        "Nathan has obsessive-compulsive disorder (OCD). He spends a long time washing his "
        "hands and checking his bag, and he is often 20 minutes late to first lesson. He "
        "cannot use school toilets because he fears germs.",
        _l(
            "By March 2027, Nathan will arrive at his first lesson on time on at least 4 days a "
            "week, recorded on his attendance record.",
            "By July 2027, Nathan will use the toilet in the learning support base at least once "
            "a day, logged on his own checklist and shown to his head of year each Friday.",
        ),
        "A therapist from the Cedar House young people's mental health team will see Nathan "
        "weekly for 14 sessions of one hour from October 2026, using CBT with ERP, and will "
        "meet his head of year once in November 2026 to plan steps at school. His head of year "
        "will give him a key to the learning support base toilet from September 2026 for the "
        "2026-27 school year.",
        expected=[("acronym", "G", "CBT"), ("acronym", "G", "ERP")],
    ),
    _plan(
        "y6-asthma-anaphylaxis-clean-conditional",
        "Ibrahim has a severe allergy to peanuts and tree nuts, and asthma. If he eats nuts he "
        "could have a life-threatening reaction. He needs his allergy pens and reliever "
        "inhaler with him at all times, including on trips.",
        "By July 2027, Ibrahim will check with an adult before eating any food he has not "
        "brought from home, every time, and will explain his allergy plan to a new adult "
        "without help, checked by the school nurse in June 2027.",
        _l(
            "The school nurse (Hartsfield School Health) will train all staff who work with "
            "Ibrahim in his allergy and asthma plans in September 2026, with a refresher each "
            "September for as long as he is at Hartsfield Primary.",
            "If Ibrahim shows signs of a serious allergic reaction, a trained member of staff "
            "will give his allergy pen straight away and call 999, for as long as he is at "
            "Hartsfield Primary.",
            "His class teacher will check that his pens and inhaler go with him on every trip "
            "for the 2026-27 school year.",
        ),
    ),
    _plan(
        "age19-college-brain-injury-vague-and-freq",
        "Lucy (19) had a brain injury after a car accident. She has problems with memory and "
        "planning: she forgets where her lessons are and what she was asked to do. She gets "
        "tired by early afternoon.",
        _l(
            "By July 2027, Lucy will find every room on her timetable using her phone planner, "
            "arriving on time for 9 out of 10 sessions, checked by her tutor.",
            "By July 2027, Lucy will complete every afternoon session with one planned rest "
            "break, on at least 4 days in 5.",
        ),
        _l(
            "Neuropsychology (Ashbourne Brain Injury Service): a clinical neuropsychologist "
            "will assess Lucy once in September 2026 and give the college a written plan for "
            "memory and planning.",
            "An occupational therapist from the brain injury service will provide support as "
            "needed with her tiredness until July 2027.",
            "Her tutor will set up her phone planner with her in September 2026 and review it "
            "with her every Monday until July 2027.",
        ),
        expected=[
            ("unspecified_provision", "G", "support as needed"),
            (
                "no_frequency",
                "G",
                "An occupational therapist from the brain injury service will provide support "
                "as needed with her tiredness until July 2027.",
            ),
        ],
    ),
]

PLANS += [
    _plan(
        "y9-juvenile-arthritis-list-clean",
        _l(
            "Health needs",
            "1. Hollie has juvenile idiopathic arthritis (long-term swelling and pain in the "
            "joints) in her knees, wrists and fingers.",
            "2. Her joints are stiff in the mornings, so she is slow to get to first lesson.",
            "3. Writing for more than 10 minutes makes her wrists and fingers hurt.",
            "4. She has an injection at home once a week, and the day after it she often feels "
            "sick.",
        ),
        _l(
            "1. By July 2027, Hollie will arrive at first lesson within 10 minutes of the start "
            "on at least 4 days out of 5, recorded on her attendance record.",
            "2. By December 2026, Hollie will type all extended writing on her laptop, and "
            "will say at her review that writing no longer hurts in lessons.",
            "3. By July 2027, Hollie will miss no more than one lesson a half term because of "
            "feeling sick after her injection, recorded by her head of year.",
        ),
        _l(
            "1. A paediatric rheumatology nurse from Carlingford Children's Hospital will write "
            "a school care plan in September 2026 and review it with Hollie and school once a "
            "term for the 2026-27 school year.",
            "2. A children's occupational therapist from Carlingford will assess Hollie's "
            "writing and seating once in October 2026, provide a laptop recommendation and "
            "splints, and review her every six months until July 2028.",
            "3. Her head of year will let her arrive up to 15 minutes late to first lesson, "
            "will arrange a rest room on the day after her injection, and will send any missed "
            "work home the same day, for the 2026-27 school year.",
        ),
    ),
    _plan(
        "y2-global-delay-physio-fortnightly-no-period",
        "Finley has global developmental delay. He walks with a frame, falls when he tries to "
        "walk without it, and cannot yet climb the stairs to his classroom.",
        "By July 2027, Finley will walk 10 metres in the classroom with his frame and one "
        "adult nearby, without falling, on 4 out of 5 days, recorded by his class teacher.",
        _l(
            "- A children's physiotherapist from Marsh Lane Children's Therapy will see Finley "
            "in school every fortnight.",
            "- His teaching assistant, trained by the physiotherapist in September 2026, will "
            "do his walking practice with him for 15 minutes every school day for the 2026-27 "
            "school year.",
            "- His headteacher will move his class to a ground-floor room from September 2026 "
            "for the 2026-27 school year.",
        ),
        expected=[
            (
                "no_duration",
                "G",
                "A children's physiotherapist from Marsh Lane Children's Therapy will see Finley "
                "in school every fortnight.",
            ),
        ],
    ),
]

PLANS += [
    _plan(
        "age18-college-autism-adhd-transition-clean",
        _l(
            "Kai (18) is autistic and has attention deficit hyperactivity disorder (ADHD). "
            "He takes "
            "medicine for his attention each morning, prescribed by his GP under a shared care "
            "arrangement with the adult ADHD service.",
            "He moves from the children's service to adult services in 2027 and is worried he "
            "will lose his medicine and support.",
            "In class he struggles to start assignments and loses track of deadlines.",
        ),
        _l(
            "By September 2027, Kai will have had his first appointment with the adult "
            "service and will tell his tutor he knows who to contact about his medicine.",
            "By July 2027, Kai will hand in at least 8 out of 10 assignments by the deadline, "
            "using his planner app, recorded by his tutor.",
        ),
        _l(
            "The transition nurse from Harcourt Children's Neurodevelopmental Service will meet "
            "Kai three times between January and July 2027, for 45 minutes each, to plan his "
            "move to adult services and book his first adult appointment.",
            "His study skills tutor, a qualified specialist teacher, will meet him for 30 "
            "minutes every week for the 2026-27 college year to plan assignments using his "
            "planner app.",
        ),
    ),
    _plan(
        "y4-migraine-vague-outcome-hayfever",
        "Scarlett has migraines two or three times a month. During a migraine she cannot "
        "bear light or noise and has to go home. She also has hay fever in the summer term.",
        "Scarlett will have fewer migraines.",
        _l(
            "Her GP practice, Holm Street Surgery, will review her migraines every three months "
            "for the 2026-27 school year.",
            "Her class teacher, trained by the school nurse in September 2026, will take her to "
            "a dark quiet room at the first sign of a migraine and phone her parents, for the "
            "2026-27 school year.",
        ),
        expected=[
            ("outcome_not_smart", "E", "Scarlett will have fewer migraines."),
            (
                "golden_thread",
                "C",
                "She also has hay fever in the summer term.",
            ),
        ],
    ),
    _plan(
        "y8-deaf-bsl-clean",
        "Ruth is profoundly deaf and uses British Sign Language as her first language. She "
        "has a cochlear implant (a hearing device fitted by surgery) on one side, which she "
        "uses in quiet places. She cannot follow spoken lessons without a signer.",
        _l(
            "By July 2027, Ruth will follow every lesson through her communication support "
            "worker and answer at least one question per lesson in sign, recorded by her "
            "teachers each half term.",
            "By July 2027, Ruth will look after her implant processor herself, changing the "
            "batteries without help every time, checked by her teacher of the deaf each term.",
        ),
        _l(
            "For the 2026-27 school year:",
            "- A communication support worker holding a Level 3 qualification in British Sign "
            "Language will sign all Ruth's lessons, every school day.",
            "- A qualified teacher of the deaf from the Hearing Support Team will see Ruth once "
            "a fortnight for one hour.",
            "- The Cochlear Implant Programme at Westholm Hospital will review her implant "
            "every six months and visit school once in the autumn term.",
        ),
    ),
    _plan(
        "y13-t1-diabetes-g-only-vague-twice",
        "Sam has type 1 diabetes. He sometimes misses his lunchtime checks when he goes off "
        "site with friends.",
        "By March 2027, Sam will record his lunchtime blood sugar every school day for four "
        "weeks in a row, shown on his meter's log.",
        "Sam should have regular contact with the diabetes team. The diabetes nurse at "
        "Pembury Children's Diabetes Service will meet Sam in school once a term for 30 "
        "minutes until he leaves in July 2027 to agree a plan for his lunchtime checks.",
        expected=[
            ("unspecified_provision", "G", "should"),
            ("unspecified_provision", "G", "regular"),
            (
                "no_frequency",
                "G",
                "Sam should have regular contact with the diabetes team.",
            ),
            (
                "no_duration",
                "G",
                "Sam should have regular contact with the diabetes team.",
            ),
        ],
    ),
    _plan(
        "y5-ld-sleep-toilet-clean-letter-summary",
        _l(
            "Taken from the community paediatric clinic letter of 12 October 2026 (Dr Helen "
            "Armitage, Consultant Community Paediatrician):",
            "Jayden has a moderate learning disability. He wakes two or three times every "
            "night and is very tired at school, falling asleep in afternoon lessons about twice "
            "a week. He is not yet toilet trained during the day.",
        ),
        _l(
            "By March 2027, Jayden will stay awake through all afternoon lessons on at least 4 "
            "days out of 5, recorded by his class teacher.",
            "By July 2027, Jayden will use the toilet when taken every two hours, with no more "
            "than two accidents a week, recorded on his toileting chart.",
        ),
        _l(
            "The Children's Sleep Practitioner (Kestrel Valley Community Paediatrics) will "
            "run a six-session sleep programme with Jayden's parents, one hour every two weeks "
            "from November 2026.",
            "A continence nurse from Kestrel Valley Children's Bladder and Bowel Service will "
            "write a toileting plan in September 2026 and review it every 12 weeks until July "
            "2027; his teaching assistant, trained by the nurse, will take him to the toilet "
            "every two hours each school day until July 2027.",
        ),
    ),
    _plan(
        "college-level1-cp-speech-aac-jargon",
        "Precious (17) has cerebral palsy with dysarthria, so her speech is slow and hard for "
        "new people to understand. She uses a speech-generating device with eye-gaze access "
        "for longer messages.",
        "By July 2027, Precious will use her device to give a two-minute talk to her Level 1 "
        "group and answer two questions, assessed by her tutor.",
        "A speech and language therapist from Harrowfield Communication Aids Service will "
        "update her device vocabulary and train her tutors every half term in a one-hour "
        "visit for the 2026-27 college year.",
        expected=[("jargon", "C", "dysarthria")],
    ),
    _plan(
        "y7-continuing-care-trache-clean",
        "Oscar has a tracheostomy (a breathing tube in his neck) and needs suction several "
        "times a day to clear it. If the tube blocks or comes out, he can stop breathing, so a "
        "trained adult must be with him at all times.",
        "By July 2027, Oscar will tell or sign to his carer when he needs suction, every "
        "time, so that no suction is late, recorded on his care log each day.",
        _l(
            "Funded by the ICB (integrated care board) through children's continuing care for "
            "the 2026-27 school year:",
            "- A health care assistant trained and signed off as competent in tracheostomy care "
            "by the Children's Community Nursing Team will be with Oscar for the whole school "
            "day, every school day, including trips.",
            "- A children's community nurse will check the competence of each carer every three "
            "months and visit school once a month.",
        ),
    ),
]

PLANS += [
    _plan(
        "y10-hypermobility-senco-unexpanded",
        "Amelia has joint hypermobility and long-term pain in her knees and hips. She cannot "
        "manage the stairs between lessons and gets sore after sitting on hard chairs.",
        "By July 2027, Amelia will reach every lesson on time using the lift on at least 9 "
        "days out of 10, and will say her pain at school is no more than 3 out of 10 on most "
        "days, on her weekly pain scale.",
        _l(
            "Lift pass: issued by the school office, September 2026, for the rest of her time at "
            "Ashgrove School.",
            "Cushioned chair in each classroom: arranged by the SENCo in September 2026.",
            "Physiotherapy from Ashgrove Community Physiotherapy: six sessions of 45 minutes, "
            "one every two weeks from October 2026.",
        ),
        expected=[
            ("acronym", "G", "SENCo"),
        ],
    ),
    _plan(
        "y1-early-years-downs-feeding-clean-tabular",
        _l(
            "Area | What Noah needs",
            "Eating | Noah has Down's syndrome and a weak bite and chew. He needs soft, "
            "bite-sized food and an adult next to him at lunch because he can choke on hard "
            "lumps.",
            "Breathing at night | He has sleep apnoea (his breathing stops for short spells "
            "while asleep) and uses a machine at night; he can be sleepy in class.",
        ),
        _l(
            "Outcome (by July 2027) | How it will be checked",
            "Noah will eat a soft school lunch with an adult beside him and no choking "
            "episodes for a whole half term | Lunchtime log kept by his teaching assistant",
            "Noah will stay alert for the morning phonics session on at least 4 days out of 5 | "
            "Class teacher's weekly notes",
        ),
        _l(
            "Provision | Who and when",
            "Eating and drinking plan, and training for the adults who feed Noah | Speech and "
            "language therapist, Pendle Rise Children's Therapies; one visit in September "
            "2026 and a review each term for the 2026-27 school year",
            "Sitting with Noah at every lunch | His teaching assistant, trained by the speech "
            "and language therapist; every school day in 2026-27",
            "Review of his night-time breathing machine and a letter to school about "
            "tiredness | Children's sleep clinic, Pendle Rise Hospital; every six months until "
            "July 2028",
            "A short rest after lunch if he is very sleepy, and phonics placed in the morning | "
            "Class teacher; every school day in 2026-27",
        ),
    ),
    _plan(
        "y6-adhd-melatonin-drug-and-acronym-ok",
        "Jacob has attention deficit hyperactivity disorder (ADHD) and struggles to get to "
        "sleep. He takes melatonin at bedtime. He is often tired in the morning and finds "
        "sitting still on the carpet very hard.",
        _l(
            "By March 2027, Jacob will sit on the carpet for 10 minutes with a fidget toy at "
            "least 4 times a week, recorded by his class teacher.",
            "By March 2027, Jacob will be awake and ready to learn by 9.15am on at least 4 days "
            "a week, recorded by his class teacher.",
        ),
        "The ADHD nurse from Fieldway Community Paediatrics will review Jacob's sleep and "
        "attention every three months for 30 minutes, for the 2026-27 school year, and write "
        "to his class teacher after each review. His class teacher will give him a fidget toy "
        "and a standing option during carpet time every day for the 2026-27 school year.",
        expected=[("drug_name", "C", "melatonin")],
    ),
    _plan(
        "internship-mental-health-first-person-vague",
        _l(
            "My health (written with my support worker)",
            "I have depression and social anxiety. I find it really hard to talk to customers "
            "on the till and sometimes I have to go to the staff room to calm down. I don't "
            "always eat lunch because I don't want to sit with people.",
        ),
        _l(
            "By June 2027 I will serve customers on the till for a whole two-hour slot on at "
            "least 3 days a week, checked by my job coach.",
            "By June 2027 I will eat lunch every working day, in the staff room or outside, and "
            "tell my job coach at our weekly check-in.",
        ),
        _l(
            "I will see a psychological wellbeing practitioner from Talking Minds Eastfield "
            "for eight weekly 40-minute sessions of guided self-help, starting October 2026.",
            "My job coach will offer me a quiet space when possible.",
        ),
        expected=[
            ("unspecified_provision", "G", "when possible"),
            ("no_frequency", "G", "My job coach will offer me a quiet space when possible."),
            ("no_duration", "G", "My job coach will offer me a quiet space when possible."),
            ("no_provider", "G", "My job coach will offer me a quiet space when possible."),
            (
                "golden_thread",
                "C",
                "I don't always eat lunch because I don't want to sit with people.",
            ),
        ],
    ),
]

PLANS += [
    _plan(
        "age23-adult-college-ld-annual-health-check-clean",
        "Ben (23) has a severe learning disability and autism and attends Riverbank "
        "Specialist College. He cannot tell staff when he is in pain; instead he bites his "
        "hand. He has had toothache that went unnoticed for weeks.",
        "By July 2027, Ben will use his pain picture card to show where it hurts whenever he "
        "is in pain, on at least 4 of every 5 occasions staff notice, recorded on his "
        "communication log.",
        _l(
            "- The Learning Disability Speech and Language Therapy Team will make Ben a pain "
            "picture card and train his key workers to use it, in two one-hour sessions in "
            "October 2026, and review it once a term until July 2027.",
            "- His GP practice, Tolland Road Medical Centre, will carry out his learning "
            "disability annual health check once a year while he is at college, including a "
            "check of his teeth and a referral to the community dental service.",
            "- His key workers, trained as above, will offer him the card at the start of each "
            "session and whenever he bites his hand, until July 2027.",
        ),
    ),
    _plan(
        "y3-asthma-rescue-inhaler-brand-and-schoolnurse-clean-otherwise",
        "Lily has asthma and carries a blue Salbutamol inhaler. Cold air and running make "
        "her wheezy, and she missed 12 days last year because of chest infections.",
        "By July 2027, Lily will use her inhaler with a spacer correctly before outdoor PE "
        "every time, checked by her class teacher, and will miss fewer than 6 days for "
        "asthma over the year.",
        "The school nurse (Merrow School Health) will check Lily's asthma plan and inhaler "
        "technique once a term for the 2026-27 school year, and will train her class teacher "
        "in September 2026 to prompt her to use her inhaler before each outdoor PE lesson.",
        expected=[("drug_name", "C", "Salbutamol")],
    ),
    _plan(
        "y11-ptsd-refugee-acronym-jargon",
        "Yusuf arrived in England in 2026 as an unaccompanied child. He has symptoms of PTSD, "
        "with flashbacks and hypervigilance, and he startles at sudden noises. He cannot "
        "concentrate in lessons for more than a few minutes.",
        "By July 2027, Yusuf will stay in each lesson for its full length on at least 4 days "
        "out of 5, and will say at his review that he feels safe in school.",
        "A clinical psychologist from the Haven Refugee Children's Mental Health Team will see "
        "Yusuf weekly for 20 sessions of one hour from November 2026, with an interpreter, "
        "and will meet his head of year once a half term during that time to advise on "
        "classroom support.",
        expected=[
            ("acronym", "C", "PTSD"),
            ("jargon", "C", "hypervigilance"),
        ],
    ),
]

PLANS += [
    _plan(
        "age16-college-stammer-clean",
        "Owen (16) stammers. He gets stuck on words, especially his name and words starting "
        "with 'b' and 'p', and he avoids speaking in groups. He has started Level 2 business "
        "at Corbridge College, where the course includes presentations.",
        "By June 2027, Owen will give a five-minute presentation to his class using the "
        "techniques he has practised, and will rate his confidence at least 7 out of 10 "
        "afterwards, recorded by his course tutor.",
        "A specialist speech and language therapist from the Corbridge Stammering Service "
        "will see Owen every three weeks for 45 minutes from October 2026 to June 2027, and "
        "will meet his course tutor once in October 2026 to agree how presentations are "
        "assessed (for example, allowing extra time and a smaller audience first).",
    ),
    _plan(
        "y8-duchenne-clean-multi",
        _l(
            "Reece has Duchenne muscular dystrophy, which makes his muscles weaker over time.",
            "- He can walk short distances but tires quickly and falls if rushed in corridors.",
            "- He takes a steroid medicine every day, which makes him hungry and affects his mood.",
            "- Carrying his bag and climbing stairs are no longer safe.",
        ),
        _l(
            "- By July 2027, Reece will get between lessons using his powered chair or walking "
            "with an adult nearby, with no falls over the school year, recorded by his head of "
            "year.",
            "- By December 2026, Reece will use his calm plan when he feels cross and will tell "
            "his mentor afterwards, on at least 3 out of 4 occasions, recorded by his mentor.",
            "- By December 2026, Reece will eat his planned snacks at break and lunch on every "
            "school day, recorded on his snack chart.",
        ),
        _l(
            "- The neuromuscular physiotherapist from Holloway Children's Neuromuscular Service "
            "will visit school once a term for one hour for the 2026-27 school year to review "
            "his walking, seating and safe moving around the building.",
            "- The neuromuscular care advisor (a specialist nurse) will help school write a "
            "calm plan and a snack plan in September 2026 and review them each term for the "
            "2026-27 school year.",
            "- His mentor, a trained learning mentor, will meet him for 15 minutes every "
            "Monday for the 2026-27 school year.",
            "- His head of year will arrange a second set of books, a locker on the ground "
            "floor and lessons in ground-floor rooms from September 2026 for the rest of his "
            "time at Kenley School.",
        ),
    ),
    _plan(
        "y12-college-ibs-vague-input",
        "Chloe (17) has irritable bowel syndrome and anxiety. She needs to leave lessons "
        "quickly to use the toilet, and her worry about this has made her miss mornings.",
        "By April 2027, Chloe will attend at least 90% of morning sessions, shown on her "
        "attendance record.",
        "Chloe will receive input from the school nurse. Her personal tutor will give her an "
        "exit pass from September 2026 for the 2026-27 college year.",
        expected=[
            ("unspecified_provision", "G", "input from"),
            ("no_frequency", "G", "Chloe will receive input from the school nurse."),
            ("no_duration", "G", "Chloe will receive input from the school nurse."),
        ],
    ),
    _plan(
        "y2-hearing-glue-ear-grommets-clean",
        "Mohammed has glue ear (sticky fluid behind the eardrums), which comes and goes. When "
        "it is bad, he hears speech as muffled and misses what is said from more than a couple "
        "of metres away, especially on the carpet at the back of the class.",
        "By July 2027, Mohammed will follow a two-step instruction given to the whole class "
        "on at least 8 out of 10 checks by his class teacher, measured each half term.",
        "The paediatric audiology service at Wyndham Hospital will test Mohammed's hearing "
        "every four months until July 2027 and send the results to school. His class teacher "
        "will seat him near the front, face him when speaking and check he has understood "
        "instructions, in every lesson for the 2026-27 school year.",
    ),
    _plan(
        "age24-post19-ld-dysphagia-choke-clean",
        "Gemma (24) has a learning disability and cerebral palsy. She has difficulty "
        "swallowing safely, so her food must be soft and mashed and her drinks thickened. "
        "Without the right textures she can choke or get chest infections.",
        "By July 2027, Gemma will eat her lunch at the day learning centre with the right "
        "food textures every day and have no chest infections caused by food going the wrong "
        "way, checked at her review.",
        "A speech and language therapist from the Adult Learning Disability Team will review "
        "Gemma's eating and drinking plan every six months until July 2028 and train new "
        "support workers within two weeks of their start date. Support workers trained in "
        "this way will prepare her food and drinks to the plan at every meal she has at the "
        "centre until July 2028.",
    ),
    _plan(
        "y9-epilepsy-ketogenic-diet-jargon",
        "Ava has epilepsy and follows a ketogenic diet, which her dietitian plans. She has "
        "nocturnal seizures and is often drowsy in the mornings. Her short-term memory is "
        "weak, so she forgets homework instructions.",
        _l(
            "By July 2027, Ava will eat only the meals on her diet plan at school, every day, "
            "recorded on her meal log.",
            "By July 2027, Ava will record every homework task in her planner and hand in at "
            "least 8 out of 10 on time, checked by her form tutor.",
        ),
        _l(
            "The ketogenic dietitian at Marsden Children's Hospital will plan her school "
            "meals with the catering manager in September 2026 and review them every three "
            "months for the 2026-27 school year.",
            "Her form tutor will check her planner at the end of every day for the 2026-27 "
            "school year.",
        ),
        expected=[
            ("jargon", "C", "ketogenic"),
            ("jargon", "C", "nocturnal"),
            (
                "golden_thread",
                "C",
                "She has nocturnal seizures and is often drowsy in the mornings.",
            ),
        ],
    ),
]

PLANS += [
    _plan(
        "y5-vision-cvi-clean-numbered",
        _l(
            "1. Zara has cerebral visual impairment: her eyes are healthy, but the parts of her "
            "brain that make sense of what she sees do not work in the usual way.",
            "2. She finds busy pages and crowded rooms confusing and cannot pick out a friend "
            "in the playground.",
            "3. She becomes tired and upset by the afternoon because looking takes so much effort.",
        ),
        _l(
            "1. By July 2027, Zara will read and complete uncluttered worksheets (one task per "
            "page) on her own in 4 out of 5 lessons, recorded by her class teacher.",
            "2. By March 2027, Zara will find her named friend at the playground meeting point "
            "at every break, with a bright coat badge, recorded by the teaching assistant on "
            "duty.",
            "3. By March 2027, Zara will finish the afternoon without becoming upset on at "
            "least 4 days a week, after a planned quiet break.",
        ),
        _l(
            "1. A qualified teacher of vision impairment from Greenhill Sensory Service will "
            "visit twice a term for one hour during the 2026-27 school year to advise on "
            "worksheets, the classroom layout and playground meeting points.",
            "2. Her class teacher will give her uncluttered worksheets in every lesson and a "
            "10-minute quiet break after lunch every day, for the 2026-27 school year.",
            "3. A children's optometrist from Greenhill Hospital will see Zara once a year "
            "for as long as she is at Greenhill Primary.",
        ),
    ),
    _plan(
        "y10-self-catheter-passive-and-when-required",
        "Ethan has a neurogenic bladder and needs to use a catheter at school twice a day. He "
        "is embarrassed to do this and sometimes skips it, which has led to urine infections.",
        "By March 2027, Ethan will use his catheter at both set times every school day for a "
        "whole half term, recorded in his private log.",
        _l(
            "- Access to a private accessible toilet will be provided.",
            "- The children's continence nurse from Selwood Community Nursing will see Ethan at "
            "school once every half term for 30 minutes during the 2026-27 school year.",
        ),
        expected=[
            ("jargon", "C", "neurogenic"),
            ("unspecified_provision", "G", "Access to"),
            (
                "no_frequency",
                "G",
                "Access to a private accessible toilet will be provided.",
            ),
            (
                "no_provider",
                "G",
                "Access to a private accessible toilet will be provided.",
            ),
            (
                "no_duration",
                "G",
                "Access to a private accessible toilet will be provided.",
            ),
        ],
    ),
    _plan(
        "age19-apprentice-deaf-clean",
        "Maya (19) has a severe hearing loss and wears two hearing aids. On her hairdressing "
        "apprenticeship the noise of dryers means she misses what clients and her supervisor "
        "say.",
        "By July 2027, Maya will take client consultations at the chair using her remote "
        "microphone and clear face-to-face speech, completing all 20 consultations needed for "
        "her portfolio, signed off by her assessor.",
        "The adult audiology service at Granby Hospital will provide a remote microphone once "
        "in September 2026, check her hearing aids and microphone every six months until the "
        "apprenticeship ends in July 2028, and send her employer one page of advice on "
        "speaking to her clearly.",
    ),
    _plan(
        "y7-autism-sensory-clean-long",
        "Since starting secondary school Elijah has found the noise, crowded corridors and "
        "changes of room very hard. He is autistic, and by lunchtime he is often overwhelmed: "
        "he hides in the toilets, refuses to go to afternoon lessons, and has twice left the "
        "school site. He only eats a few dry foods and has lost weight since September.",
        _l(
            "By March 2027, Elijah will move between lessons using the five-minute early pass "
            "and attend all afternoon lessons on at least 4 days out of 5, recorded by his head "
            "of year.",
            "By March 2027, Elijah will go to the base at lunch instead of the toilets every "
            "day, and will not leave the site without permission for a whole half term.",
            "By July 2027, Elijah will keep his weight steady or gaining at each termly check "
            "with the school nurse.",
        ),
        _l(
            "An occupational therapist from Northbridge Children's Therapies will assess "
            "Elijah's sensory needs once in October 2026 and write a sensory plan; she will "
            "review it with the SEN base staff, who are trained in autism, every half term for "
            "the 2026-27 school year.",
            "His head of year will give him an early pass for every lesson change, and the SEN "
            "base staff will supervise him there every lunchtime, for the 2026-27 school year.",
            "The school nurse will weigh him privately once a term, and a dietitian from "
            "Northbridge Community Nutrition will see him and his parents three times for 40 "
            "minutes in 2026-27.",
        ),
        expected=[("acronym", "G", "SEN")],
    ),
]

DIVIDED = [
    _div(
        "div-community-paeds-autism-clean",
        _l(
            "Health needs (health advice template, section 2)",
            "Rosie (7) was diagnosed with autism at the Child Development Centre in June 2026. "
            "She finds changes to routine very distressing and has long meltdowns after "
            "school. She has a very limited diet (eight foods), but her growth is normal. She "
            "takes a long time to fall asleep, usually after 11pm.",
        ),
        _l(
            "- By July 2027, Rosie will move from one activity to the next at school using her "
            "visual timetable, without distress, on at least 4 out of 5 days.",
            "- By July 2027, Rosie will try one new food from her list each fortnight, and eat "
            "at least two new foods regularly by then.",
            "- By April 2027, Rosie will be asleep by 9pm on at least 5 nights a week, recorded "
            "in her sleep diary.",
        ),
        _l(
            "- I will see Rosie in clinic every six months for 30 minutes until July 2028.",
            "- The Sleep Support Practitioner (Aldermoor Community Paediatrics) will run four "
            "one-hour sessions with her parents, every two weeks from November 2026.",
            "- A specialist dietitian from Aldermoor will see Rosie and her parents three times "
            "in 2026-27 to plan small food steps.",
            "- Her class teacher will use a visual timetable with her every day for the 2026-27 "
            "school year, following advice from the autism outreach teacher.",
        ),
        "Dr Farah Siddiqui, Consultant Community Paediatrician, Aldermoor Child Development "
        "Centre, 3 November 2026",
    ),
    _div(
        "div-salt-no-date",
        "Jack (5) has a developmental language disorder. He understands short instructions "
        "but not longer ones. He uses short sentences of two or three words.",
        "By July 2027, Jack will follow a three-part instruction in class on 8 out of 10 "
        "occasions, measured by his speech and language therapist.",
        "A speech and language therapist will see Jack in school once every three weeks for "
        "30 minutes during the 2026-27 school year, and will train his teaching assistant to "
        "run a 15-minute language group with him three times a week for the same year.",
        "Megan Tulloch, Speech and Language Therapist, Bankside Children's Therapies",
        expected=[
            (
                "advice_no_author",
                "author",
                "Megan Tulloch, Speech and Language Therapist, Bankside Children's Therapies",
            ),
            (
                "golden_thread",
                "needs",
                "He uses short sentences of two or three words.",
            ),
        ],
    ),
]

DIVIDED += [
    _div(
        "div-ot-handwriting-hcpc",
        "Needs: Harriet (9) has weak hand muscles and poor pencil control. Her writing is "
        "large and untidy and her hand aches after five minutes. She has difficulty with "
        "scissors and fastening her coat.",
        _l(
            "Outcomes (to be reached by July 2027):",
            "1. Harriet will write three sentences legibly within 10 minutes, using her "
            "writing slope and pencil grip, on 4 out of 5 attempts.",
            "2. Harriet will cut along a curved line to within 5mm and fasten her coat zip on "
            "her own, checked by her teaching assistant each half term.",
        ),
        "Provision: a children's occupational therapist from Westwood Paediatric "
        "Occupational Therapy will see Harriet in school once a half term for 45 minutes "
        "during the 2026-27 school year, and will provide a writing slope and pencil grips in "
        "September 2026. Her teaching assistant, trained by the occupational therapist, will "
        "run a 15-minute hand skills group with her three times a week for the 2026-27 school "
        "year.",
        "Natalie Brennan, Children's Occupational Therapist (HCPC registered), Westwood "
        "Paediatric Occupational Therapy, 9 October 2026",
        expected=[("acronym", "author", "HCPC")],
    ),
    _div(
        "div-camhs-letter-no-author-line",
        "Thank you for asking for advice about Logan (14). Logan has been seen by our team "
        "since March 2026 for low mood and school anxiety. He finds it hard to get up and "
        "leave the house in the mornings and has attended about half of school days this "
        "term.",
        "By April 2027, Logan will attend school for at least three full days a week, shown "
        "on his attendance record, and will rate his mood at least 5 out of 10 on most days "
        "in his weekly check-in.",
        "Logan will continue to see his mental health practitioner at Beacon Young People's "
        "Mental Health Service for weekly 45-minute sessions until April 2027. The "
        "practitioner will join a school meeting once a half term during that time to plan "
        "a return to full days.",
        expected=[("advice_no_author", "author", "")],
    ),
    _div(
        "div-physio-cp-frequency-missing",
        _l(
            "Health needs",
            "Arlo (6) has cerebral palsy affecting the left side of his body. He walks with a "
            "splint on his left leg, falls on uneven ground, and uses only his right hand for "
            "most tasks.",
        ),
        _l(
            "By July 2027, Arlo will walk on the playground for a whole playtime without "
            "falling on 4 out of 5 days, recorded by the adult on duty.",
            "By July 2027, Arlo will use his left hand to hold his paper still while writing, "
            "in 8 out of 10 checks by his teaching assistant.",
        ),
        _l(
            "A children's physiotherapist from Elmbank Community Children's Services will "
            "provide a home and school exercise programme for the 2026-27 school year.",
            "A children's occupational therapist from Elmbank will see Arlo in school every "
            "four weeks for 30 minutes during the 2026-27 school year to work on using both "
            "hands, and will show his teaching assistant the activities to practise for 10 "
            "minutes each day.",
        ),
        "Callum Ferreira, Children's Physiotherapist, Elmbank Community Children's Services, "
        "21 September 2026",
        expected=[
            (
                "no_frequency",
                "provision",
                "A children's physiotherapist from Elmbank Community Children's Services will "
                "provide a home and school exercise programme for the 2026-27 school year.",
            ),
        ],
    ),
    _div(
        "div-school-nurse-continence-scphn",
        _l(
            "Section 2: Health needs",
            "Sienna (8) has daytime wetting, with two or three accidents a week at school. She "
            "does not notice when her bladder is full. Her parents say she drinks very little "
            "at school.",
            "Section 2a: Other health needs: none known.",
        ),
        _l(
            "Section 3: Outcomes",
            "By March 2027, Sienna will drink at least six cups of water over the school day "
            "and have no more than one wetting accident a week, over a whole half term, "
            "recorded on her school drinks and toilet chart.",
        ),
        _l(
            "Section 4: Provision",
            "I will see Sienna in school every four weeks for 20 minutes until March 2027 to "
            "review her chart and adjust her toilet timings. Her class teacher, whom I will "
            "train in September 2026, will remind her to drink at each break and to use the "
            "toilet every two hours, every school day until March 2027.",
        ),
        "Author: Kerry Olamide, School Nurse (SCPHN), Lynford School Health Service. Date: "
        "14 September 2026.",
        expected=[("acronym", "author", "SCPHN")],
    ),
]

DIVIDED += [
    _div(
        "div-audiology-clean",
        "Isaac (11) has a mild to moderate permanent hearing loss in both ears and was fitted "
        "with hearing aids in May 2026. He struggles to hear in noisy rooms and when the "
        "speaker turns away.",
        _l(
            "By July 2027, Isaac will wear his hearing aids for the whole school day, every day, "
            "shown by the data logging in his aids at his six-monthly checks.",
            "By July 2027, Isaac will use the classroom radio aid in every lesson and say at "
            "his review that he can follow his teachers.",
        ),
        _l(
            "Paediatric audiology (Castlemere Hospital): hearing tests and aid checks every six "
            "months until he is 16, and a radio aid provided once in October 2026.",
            "Teacher of the deaf (Castlemere Sensory Support, qualified teacher of the deaf): a "
            "one-hour visit every half term for the 2026-27 school year to check the radio aid "
            "and train his teachers in how to speak so that he can follow.",
        ),
        "Dr Oluwaseun Adeyemi, Clinical Scientist (Audiology), Castlemere Hospital Children's "
        "Hearing Service, 2 December 2026",
    ),
    _div(
        "div-dietitian-brand-feed",
        "Tilly (4) has cerebral palsy and is not gaining enough weight. She has a tube into "
        "her stomach for "
        "extra feeds and takes Pediasure Peptide through it at nursery at 11am and 2pm.",
        "By July 2027, Tilly will have both nursery feeds given on time every day she "
        "attends, and will keep growing along her line on her growth chart, checked every "
        "three months.",
        "I will review Tilly's weight and feed plan every three months until July 2027. The "
        "children's community nursing team will train her key person in giving feeds by tube "
        "in September 2026, and her key person will give both feeds on every nursery day "
        "until July 2027.",
        "Hannah Greaves, Paediatric Dietitian, Thornfield Children's Nutrition Service, 6 "
        "October 2026",
        expected=[("drug_name", "needs", "Pediasure Peptide")],
    ),
    _div(
        "div-neuro-clinic-pasted-jargon",
        _l(
            "Pasted from clinic letter dated 15 October 2026:",
            "Diagnosis: epilepsy with focal seizures; right hemiparesis.",
            "Isabelle (10) has seizures in which she stares and her right hand twitches, "
            "usually for a minute or two. Afterwards she is confused and sleepy for up to an "
            "hour. Her right arm and leg are weaker than her left.",
        ),
        "By July 2027, Isabelle will return to class within an hour after a seizure and "
        "catch up with the work she missed that week, recorded by her class teacher.",
        "The epilepsy specialist nurse (Corvale Children's Neurology) will write Isabelle's "
        "seizure care plan and train her class teacher and teaching assistant in September "
        "2026, and review the plan each term for the 2026-27 school year.",
        "Dr Marcus Lindqvist, Consultant Paediatric Neurologist, Corvale Children's Hospital, "
        "16 October 2026",
        expected=[
            ("jargon", "needs", "focal"),
            ("jargon", "needs", "hemiparesis"),
            (
                "golden_thread",
                "needs",
                "Her right arm and leg are weaker than her left.",
            ),
        ],
    ),
    _div(
        "div-mental-health-author-no-role",
        "Summer (13) has been assessed by the service and has an anxiety disorder. She "
        "avoids the canteen and corridors at busy times and has panic attacks in crowds.",
        "By March 2027, Summer will walk between lessons during the normal change-over at "
        "least twice a day without a panic attack, recorded by her head of year.",
        "A mental health practitioner from Brackenfield Young People's Mental Health Service "
        "will see Summer for eight weekly sessions of 50 minutes from November 2026. Her head "
        "of year will give her a five-minute early pass for lesson changes from November 2026 "
        "until March 2027, reducing it step by step.",
        "Ms A. Pritchard, 12/11/2026",
        expected=[("advice_no_author", "author", "Ms A. Pritchard, 12/11/2026")],
    ),
]

DIVIDED += [
    _div(
        "div-college-diabetes-nurse-clean",
        "Health needs: Erin (16) has type 1 diabetes and has just started at Ashdown College. "
        "She is learning to manage her own doses but still needs a reminder to check her "
        "blood sugar before practical sessions in the salon. When her sugar is low she "
        "becomes confused and cannot finish a client treatment.",
        "Outcome: by June 2027, Erin will check her blood sugar before every salon session "
        "without a reminder, on at least 9 out of 10 sessions, shown on her sensor record.",
        "Provision: the Ashdown Young People's Diabetes Team (diabetes specialist nurse) will "
        "meet Erin and her learning support worker in college once a term for 45 minutes "
        "until June 2027. Her learning support worker, trained by the diabetes nurse in "
        "September 2026, will remind her before every salon session until Christmas 2026 and "
        "then only if she forgets, until June 2027. If Erin's sugar is low, the trained "
        "learning support worker will follow her care plan straight away, every time, until "
        "June 2027.",
        "Jo Whitcombe, Diabetes Specialist Nurse, Ashdown Young People's Diabetes Team, 30 "
        "September 2026",
    ),
    _div(
        "div-physio-lumbar-clean-yp-view",
        "Health needs: Callie (15) has scoliosis (a sideways curve of the spine) and wears a "
        "back brace for 20 hours a day. The brace makes sitting on school chairs "
        "uncomfortable, and she finds PE changing embarrassing.",
        _l(
            "Outcomes:",
            "- By December 2026, I will wear my brace for the whole school day and tell my "
            "tutor at our weekly check-in that sitting is comfortable on most days.",
            "- By December 2026, I will get changed for PE in the private room within 10 "
            "minutes, every PE lesson.",
        ),
        _l(
            "Provision:",
            "- A children's physiotherapist from Linmoor Spinal Service will see Callie at "
            "school once in September 2026 and then every three months until July 2027 to "
            "check her chair, cushion and exercises.",
            "- Her head of year will arrange a private changing room for every PE lesson for "
            "the 2026-27 school year.",
        ),
        "Priyanka Shah, Highly Specialist Physiotherapist, Linmoor Spinal Service, 19 August 2026",
    ),
    _div(
        "div-neurodevelopmental-letter-adhd-acronyms",
        "Owen (9) was assessed by the Neurodevelopmental Pathway in September 2026 and meets "
        "criteria for ADHD. He finds it very hard to wait his turn, "
        "shouts out, and leaves his seat many times a lesson. His teachers report that he "
        "rarely finishes work.",
        "By July 2027, Owen will stay in his seat for 15 minutes of independent work and "
        "finish the task in 4 out of 5 lessons, recorded on his daily chart by his class "
        "teacher.",
        "The ADHD nurse will see Owen and his parents every three months for 30 minutes "
        "until July 2027 to review his progress and his medicine, and will give his class "
        "teacher a written plan for movement breaks and short tasks in October 2026. His "
        "class teacher will give him a movement break every 15 minutes during independent "
        "work for the 2026-27 school year.",
        "Dr Samuel Oyelaran, Specialty Doctor, Community Paediatrics, Greywater NHS Trust, "
        "30 September 2026",
        expected=[("acronym", "needs", "ADHD")],
    ),
    _div(
        "div-ld-nurse-young-adult-clean",
        "Health needs: Marcus (20) has Down's syndrome and a moderate learning disability. "
        "He has an underactive thyroid, treated with a daily tablet, and he has put on a lot "
        "of weight since leaving school, which makes him breathless when walking between "
        "buildings at college.",
        "Outcome: by June 2027, Marcus will walk from the bus stop to his classroom (400 "
        "metres) without stopping, and will choose a healthy lunch from the canteen on at "
        "least 3 days a week, recorded with his tutor.",
        "Provision: a learning disability nurse from the Ridgeview Adult Learning Disability "
        "Team will meet Marcus at college every month for 45 minutes until June 2027 to work "
        "on healthy eating and activity, using easy-read materials. His GP practice will do "
        "his annual health check and thyroid blood test once a year while he is at college.",
        "Grace Amponsah, Learning Disability Nurse, Ridgeview Adult Learning Disability Team, "
        "7 November 2026",
    ),
    _div(
        "div-salt-secondary-list-clean",
        _l(
            "Needs",
            "- Dylan (12) has a developmental language disorder.",
            "- He does not understand subject words (for example 'evaporate', 'perimeter') "
            "unless they are taught in advance.",
            "- He struggles to put his ideas in order when writing or speaking.",
        ),
        _l(
            "Outcomes by July 2027",
            "- Dylan will explain the meaning of 8 out of 10 key words from each science and "
            "maths topic at the end of the topic, checked by his teaching assistant.",
            "- Dylan will use a story planner to tell or write a five-part account in order, on "
            "4 out of 5 attempts, measured by his speech and language therapist.",
        ),
        _l(
            "Provision",
            "- A speech and language therapist from Wexcombe Children's Speech and Language "
            "Therapy will see Dylan once a half term for 45 minutes during the 2026-27 school "
            "year and train his teaching assistant.",
            "- His teaching assistant, trained as above, will pre-teach key words for each "
            "science and maths topic in two 20-minute sessions a week for the 2026-27 school "
            "year.",
            "- His English teacher will give him a story planner for every extended writing "
            "task for the 2026-27 school year.",
        ),
        "Aoife Kennedy, Specialist Speech and Language Therapist, Wexcombe Children's Speech "
        "and Language Therapy, 23 October 2026",
    ),
]

DIVIDED += [
    _div(
        "div-eye-clinic-nystagmus-jargon-outcome",
        "Needs: Ellis (6) has nystagmus (his eyes flicker all the time) and optic nerve "
        "hypoplasia (the nerves at the back of both eyes are small). His distance acuity is "
        "very poor and he holds books close to his face.",
        "Ellis will be supported to access the curriculum.",
        "The qualified teacher of vision impairment from Dunsford Vision Support will visit "
        "Ellis in school every half term for one hour during the 2026-27 school year and "
        "provide enlarged materials and a sloped desk. The orthoptist at Dunsford Eye Unit "
        "will see him every six months until July 2028.",
        "Dr Imogen Clarke, Consultant Paediatric Ophthalmologist, Dunsford Eye Unit, 11 "
        "November 2026",
        expected=[
            ("jargon", "needs", "acuity"),
            (
                "outcome_not_smart",
                "outcomes",
                "Ellis will be supported to access the curriculum.",
            ),
        ],
    ),
    _div(
        "div-ot-sensory-staff-unspecified",
        "Needs: Freddie (4) seeks a lot of movement; he climbs furniture and crashes into "
        "other children at nursery. He cannot sit for group times for more than a minute.",
        "Outcome: by July 2027, Freddie will sit for a five-minute group story after a "
        "movement break, on at least 3 days out of 5, recorded by his key person.",
        "Provision: a children's occupational therapist from Redwick Early Years Therapy will "
        "visit nursery twice in the autumn term 2026 for one hour to write a movement plan. "
        "Staff will give him movement breaks throughout the day.",
        "Beth Nakamura, Children's Occupational Therapist, Redwick Early Years Therapy, 28 "
        "September 2026",
        expected=[
            ("no_provider", "provision", "Staff will give him movement breaks throughout the day."),
            ("no_duration", "provision", "Staff will give him movement breaks throughout the day."),
            (
                "no_frequency",
                "provision",
                "Staff will give him movement breaks throughout the day.",
            ),
        ],
    ),
    _div(
        "div-community-nurse-gastrostomy-clean",
        "Health needs: Mila (5) is fed through a gastrostomy button (a small tube into her "
        "stomach) and has no food by mouth. She needs a feed at 12 noon every school day and "
        "her button site checked for redness. She is starting Reception at Kilnworth "
        "Primary in September 2026.",
        "Outcome: by December 2026, Mila will have her lunchtime feed on time every school "
        "day and sit with her class at lunch while it is given, recorded on her feed chart.",
        "Provision: the Children's Community Nursing Team will train two named teaching "
        "assistants in tube feeding and button care in August 2026 and check their "
        "competence every six months while Mila is at Kilnworth Primary. One of the trained "
        "teaching assistants will give her noon feed and check her button site every school "
        "day for the 2026-27 school year.",
        "Lauren Okafor, Children's Community Nurse, Kilnworth Children's Community Nursing "
        "Team, 1 July 2026",
    ),
    _div(
        "div-psychology-ld-behaviour-vague-should",
        "Needs: Zac (12) has a severe learning disability and autism. When he is in pain or "
        "cannot communicate what he wants, he hits out at staff. This happens about three "
        "times a day.",
        "Outcome: by July 2027, Zac will use his 'help' and 'stop' symbols instead of hitting "
        "on at least half of occasions, recorded on his behaviour chart, and incidents will "
        "fall to no more than one a day.",
        _l(
            "Provision: a clinical psychologist from the Learning Disability Intensive Support "
            "Team will carry out a functional assessment over six weeks from October 2026 and "
            "write a positive behaviour support plan.",
            "School staff should be trained in positive behaviour support.",
        ),
        "Dr Helena Marsh, Clinical Psychologist, Learning Disability Intensive Support Team, "
        "Westmarsh NHS Trust, 5 October 2026",
        expected=[
            ("unspecified_provision", "provision", "should"),
            (
                "no_provider",
                "provision",
                "School staff should be trained in positive behaviour support.",
            ),
        ],
    ),
]

DIVIDED += [
    _div(
        "div-health-visitor-toddler-clean",
        "Health needs: Archie (2) is not yet walking or talking. He says no words, points "
        "rarely, and does not respond to his name every time. His hearing was tested in July "
        "2026 and is normal.",
        _l(
            "Outcomes (by July 2027, the end of his first nursery year):",
            "- Archie will use 10 words, signs or pictures to ask for things, counted by his key "
            "person over one week.",
            "- Archie will walk across the nursery room holding one hand, on most days, recorded "
            "by his key person at each half-termly review.",
            "- Archie will turn to his name when called in a quiet room, 4 times out of 5.",
        ),
        _l(
            "Provision (for the 2026-27 nursery year):",
            "- Speech and language therapy (Fairmead Early Years Communication Team): a therapist "
            "will visit nursery every four weeks for 45 minutes and train his key person in "
            "using signs and pictures, which the key person will use with him every day.",
            "- Children's physiotherapy (Fairmead): an assessment in September 2026, then a "
            "visit every six weeks for 30 minutes.",
        ),
        "Tanya Moffat, Specialist Health Visitor, Fairmead Health Visiting Service, 22 "
        "September 2026",
    ),
    _div(
        "div-paeds-fasd-clean",
        "Health needs: Taylor (8) has foetal alcohol spectrum disorder, a lifelong condition "
        "caused by alcohol before birth. He is very impulsive, forgets instructions within a "
        "few minutes, and struggles with the noise of the classroom. He is small for his age "
        "but growing steadily.",
        _l(
            "By July 2027, Taylor will complete a task using a three-step picture card without "
            "adult reminders, on 4 out of 5 attempts, recorded by his class teacher.",
            "By July 2027, Taylor will use his ear defenders and the quiet corner when the "
            "class is noisy, and stay in the room for the whole lesson on 4 days out of 5.",
        ),
        _l(
            "I will see Taylor in the community paediatric clinic every six months until July "
            "2028 to check his growth and progress.",
            "An occupational therapist from Brookfield Children's Therapies will assess his "
            "sensory needs once in October 2026 and give the school a written plan, then "
            "review it once a term for the 2026-27 school year.",
            "His class teacher will prepare three-step picture cards for each task and keep a "
            "quiet corner with ear defenders, every school day for the 2026-27 school year.",
        ),
        "Dr Rebecca Olsen, Consultant Community Paediatrician, Brookfield Children's Centre, "
        "4 November 2026",
    ),
    _div(
        "div-physio-no-author-role-date-template",
        "Health needs: Violet (13) has hypermobility with frequent ankle sprains. She has "
        "missed PE for most of this year and is losing fitness.",
        "By July 2027, Violet will take part in at least half of each PE lesson, doing the "
        "adapted activities in her plan, recorded by her PE teacher.",
        "A children's physiotherapist from Millbrook Community Physiotherapy will see Violet "
        "every two weeks for 30 minutes for 10 sessions from October 2026, and will write an "
        "adapted PE plan for her PE teacher in October 2026.",
        "Completed by: Physiotherapy",
        expected=[("advice_no_author", "author", "Completed by: Physiotherapy")],
    ),
    _div(
        "div-eating-disorder-drug-and-jargon",
        "Health needs: Ruby-Mae (15) has avoidant/restrictive food intake disorder. She is "
        "prescribed cyproheptadine to help her appetite. She has bradycardia, so she must not "
        "do strenuous exercise at present.",
        "By April 2027, Ruby-Mae will eat her full school lunch from her meal plan on every "
        "school day for four weeks, recorded by her support worker, and will take part in the "
        "gentle PE activities in her plan.",
        "A specialist dietitian and a nurse from Eastleigh Children's Eating Disorder Service "
        "will review her meal plan with school once a month until April 2027. Her support "
        "worker, trained by the service in September 2026, will sit with her at every school "
        "lunch until April 2027. Her PE teacher will follow the gentle activity plan set by "
        "the service in every PE lesson until April 2027.",
        "Dr Kate Morrow, Consultant Child and Adolescent Psychiatrist, Eastleigh Children's "
        "Eating Disorder Service, 10 December 2026",
        expected=[
            ("drug_name", "needs", "cyproheptadine"),
            ("jargon", "needs", "bradycardia"),
        ],
    ),
    _div(
        "div-salt-college-clean-sentence-freq",
        "Health needs: Oliwia (18) has a learning disability and a language disorder. She can "
        "follow a short instruction but finds it hard to ask for help, especially on her work "
        "placement at a café.",
        "Outcome: by June 2027, Oliwia will ask her placement supervisor for help using her "
        "phrase card when she is stuck, at least once every shift, recorded in her placement "
        "diary.",
        "Provision: a speech and language therapist from the Adult Learning Disability "
        "Service will make a phrase card with Oliwia and role-play asking for help in four "
        "weekly one-hour sessions in October 2026, then visit the café once a term until June "
        "2027 to review it with her and her supervisor.",
        "Sian Prothero, Speech and Language Therapist, Kingsfold Adult Learning Disability "
        "Service, 16 September 2026",
    ),
]

DIVIDED += [
    _div(
        "div-continence-as-and-when-no-author",
        "Needs: Harrison (10) has soiling linked to long-term constipation. He has accidents "
        "at school about twice a week and hides his soiled clothes.",
        "By March 2027, Harrison will tell an adult straight away when he has had an "
        "accident, every time, and have no more than one accident a fortnight, recorded on "
        "his care log.",
        "The school nurse will review Harrison as and when required. His teaching assistant, "
        "trained by the school nurse in September 2026, will take him to the toilet for a "
        "10-minute sit after lunch every school day until March 2027.",
        expected=[
            ("unspecified_provision", "provision", "as and when required"),
            (
                "no_frequency",
                "provision",
                "The school nurse will review Harrison as and when required.",
            ),
            (
                "no_duration",
                "provision",
                "The school nurse will review Harrison as and when required.",
            ),
            ("advice_no_author", "author", ""),
        ],
    ),
    _div(
        "div-camhs-clean-letter-voice",
        _l(
            "Dear Ms Ahmed,",
            "Thank you for your request for health advice for Niamh (14). Niamh has been seen "
            "by our service since February 2026. She has generalised anxiety: she worries most "
            "of the day about schoolwork and her family, has stomach aches before school, and "
            "has been unable to attend for more than two days a week since September.",
        ),
        _l(
            "By April 2027, Niamh will attend school for at least four days a week for a whole "
            "half term, shown on her attendance record.",
            "By April 2027, Niamh will use two calming techniques she has learned when she "
            "feels worried at school, and will rate her worry at no more than 5 out of 10 on "
            "most school mornings in her diary.",
        ),
        "Niamh will have 12 weekly sessions of cognitive behavioural therapy (a talking "
        "therapy for anxiety), 50 minutes each, with a cognitive behavioural therapist in our "
        "team from November 2026. The therapist will meet her pastoral lead and her parents "
        "once a month during that time to plan her return to full attendance.",
        "Yours sincerely, Dr Tom Ashworth, Clinical Psychologist, Harbridge Young People's "
        "Mental Health Service, 20 October 2026",
    ),
    _div(
        "div-ot-wheelchair-clean-terms",
        "Health needs: Felix (11) has spinal muscular atrophy and uses a powered wheelchair. "
        "He cannot lift his arms against gravity, so he needs his work at the right height "
        "and help with personal care, and he tires by the afternoon.",
        _l(
            "By the end of the summer term 2027, Felix will use his tablet with a mouse on an "
            "adjustable tray to complete written work in every lesson, recorded by his teaching "
            "assistant.",
            "By the end of the spring term 2027, Felix will direct his own personal care, "
            "telling his assistant each step, every time, checked by his occupational "
            "therapist.",
        ),
        _l(
            "An occupational therapist from Hartley Children's Occupational Therapy will visit "
            "once in September 2026 to set up his tray, tablet and hoist, then once each term "
            "for one hour until the end of the summer term 2027.",
            "His teaching assistant, trained by the occupational therapist in personal care and "
            "moving and handling, will support his personal care at every toilet visit and "
            "give him a 15-minute rest after lunch every day until the end of the summer term "
            "2027.",
        ),
        "Ellen Fairweather, Specialist Children's Occupational Therapist, Hartley Children's "
        "Occupational Therapy, 12 August 2026",
    ),
    _div(
        "div-paeds-unspecified-and-outcome-fragment",
        "Health needs: Elsie (6) has a chromosome disorder (a missing piece of chromosome "
        "22). Her speech is delayed. Her muscles are weak, so she tires quickly and falls "
        "often. She gets frequent chest infections and misses school.",
        _l(
            "- Improved speech.",
            "- By July 2027, Elsie will attend at least 90% of school days, shown on her "
            "attendance record.",
        ),
        _l(
            "- Speech and language therapy from Linwood Children's Therapy: a therapist will "
            "see Elsie every four weeks for 30 minutes for the 2026-27 school year.",
            "- Physiotherapy as appropriate.",
            "- I will review her chest in clinic every four months until July 2027.",
        ),
        "Dr Neha Patel, Consultant Paediatrician, Linwood General Hospital, 8 September 2026",
        expected=[
            ("outcome_not_smart", "outcomes", "Improved speech."),
            ("unspecified_provision", "provision", "as appropriate"),
            ("no_frequency", "provision", "Physiotherapy as appropriate."),
            ("no_duration", "provision", "Physiotherapy as appropriate."),
            (
                "golden_thread",
                "needs",
                "Her muscles are weak, so she tires quickly and falls often.",
            ),
        ],
    ),
]

DIVIDED += [
    _div(
        "div-nurse-epilepsy-rescue-brand",
        "Health needs: Kian (7) has epilepsy with tonic-clonic seizures (he falls, stiffens "
        "and jerks). If a seizure lasts more than five minutes he needs Buccolam, given into "
        "the side of his mouth.",
        "By July 2027, Kian will take part in every school trip with a trained adult and his "
        "emergency medicine, with no trip missed because of his epilepsy.",
        "I will train the staff named in his healthcare plan (class teacher and two teaching "
        "assistants) in September 2026 and refresh the training every 12 months while he is "
        "at Oakmere Primary. A trained member of staff will carry his emergency medicine on "
        "every trip and give it if a seizure lasts more than five minutes, for as long as he "
        "is at Oakmere Primary.",
        "Rachel Dunmore, Epilepsy Specialist Nurse, Oakmere Children's Epilepsy Service, 9 "
        "September 2026",
        expected=[("drug_name", "needs", "Buccolam")],
    ),
    _div(
        "div-ot-fine-motor-access-to",
        "Needs: Lottie (8) has dyspraxia. She cannot yet tie her laces. She cannot use a "
        "knife and fork, and she writes slowly.",
        "By July 2027, Lottie will cut soft food with a knife and fork at lunch on 4 days out "
        "of 5, and write a full sentence in under two minutes, checked by her teaching "
        "assistant.",
        _l(
            "Lottie will have access to a sloped writing board and pencil grips.",
            "Her teaching assistant, shown the activities by the occupational therapist from "
            "Dalby Children's Occupational Therapy in September 2026, will practise cutting "
            "and writing with her for 15 minutes three times a week for the 2026-27 school "
            "year.",
        ),
        "Amira Haddad, Children's Occupational Therapist, Dalby Children's Occupational "
        "Therapy, 15 September 2026",
        expected=[
            ("unspecified_provision", "provision", "access to"),
            (
                "no_provider",
                "provision",
                "Lottie will have access to a sloped writing board and pencil grips.",
            ),
            (
                "no_frequency",
                "provision",
                "Lottie will have access to a sloped writing board and pencil grips.",
            ),
            (
                "no_duration",
                "provision",
                "Lottie will have access to a sloped writing board and pencil grips.",
            ),
            (
                "golden_thread",
                "needs",
                "She cannot yet tie her laces.",
            ),
        ],
    ),
    _div(
        "div-audiology-unilateral-clean",
        "Health needs: Ezra (5) has a permanent hearing loss in his right ear; his left ear "
        "hears normally. He finds it hard to tell where sounds are coming from and to hear "
        "people on his right side, especially in the noisy hall.",
        "By July 2027, Ezra will follow class instructions on at least 8 out of 10 checks, "
        "seated with his left ear towards the teacher, recorded by his class teacher each "
        "half term.",
        "The paediatric audiology service at Selby Moor Hospital will test Ezra's hearing "
        "every six months until he is 8. The qualified teacher of the deaf from Selby Moor "
        "Sensory Service will visit once a term for 45 minutes for the 2026-27 school year to "
        "advise on seating and check how he is managing in the hall.",
        "Katie Hollings, Paediatric Audiologist, Selby Moor Hospital, 5 October 2026",
    ),
    _div(
        "div-sleep-clinic-jargon",
        "Needs: Leila (9) has autism and severe sleep-onset insomnia, with frequent night "
        "waking. She is exhausted at school and falls asleep in afternoon lessons.",
        "By April 2027, Leila will be asleep within 45 minutes of going to bed on at least 5 "
        "nights a week, recorded in her sleep diary, and will stay awake in afternoon lessons "
        "on 4 out of 5 days.",
        "A sleep practitioner from Fellgate Community Paediatrics will run six fortnightly "
        "one-hour sessions with Leila's parents from November 2026 to build a bedtime "
        "routine. I will review her sleep in clinic in April 2027.",
        "Dr Joel Okoro, Consultant Community Paediatrician, Fellgate Community Paediatrics, "
        "2 November 2026",
        expected=[("jargon", "needs", "insomnia")],
    ),
    _div(
        "div-psychiatry-transition-clean",
        "Health needs: Aidan (17) has psychosis, which is now well controlled with medicine. "
        "He still finds it hard to concentrate for long and gets tired, and stress can make "
        "his symptoms return. He starts a Level 2 construction course in September 2026.",
        "By July 2027, Aidan will attend at least 85% of his college sessions and complete "
        "every unit of his course, checked with his care coordinator each month.",
        "His care coordinator (a mental health nurse) from the Harbury Early Intervention in "
        "Psychosis Team will see him every two weeks for one hour until July 2027 and meet "
        "his college tutor once a term to plan rest breaks and deadlines. His college tutor "
        "will give him a 10-minute break every hour in practical sessions for the 2026-27 "
        "college year.",
        "Dr Lucia Fernandes, Consultant Psychiatrist, Harbury Early Intervention in Psychosis "
        "Team, 1 September 2026",
    ),
]

DIVIDED += [
    _div(
        "div-dietitian-college-pkul-clean",
        "Health needs: Tobias (16) has phenylketonuria, an inherited condition in which he "
        "cannot break down part of the protein in food. He must follow a strict low-protein "
        "diet and take a special protein drink three times a day, including at lunch at "
        "college. If he does not, his concentration and mood suffer.",
        "By December 2026, Tobias will choose a lunch from the college canteen that fits his "
        "diet and take his lunchtime drink every college day, recorded in the diet app he "
        "shares with his dietitian.",
        "A specialist metabolic dietitian from Corran Children's Hospital will meet Tobias "
        "and the college catering manager once in September 2026 to agree safe canteen "
        "choices, and will review his diet app with him by video every month until July 2027.",
        "Sarah Kowalczyk, Specialist Metabolic Dietitian, Corran Children's Hospital, 25 "
        "August 2026",
    ),
]

UNDIVIDED = [
    _und(
        "und-paeds-letter-clean",
        _l(
            "Community Paediatrics, Hollowmere Child Development Centre",
            "Health advice for the EHC (education, health and care) needs assessment of Reggie "
            "(6), written 12 October 2026.",
            "Reggie has autism and a learning disability. He communicates with a few words and "
            "pictures, and becomes very distressed by changes to his routine. He eats a small "
            "range of foods but is growing well. He sleeps poorly, waking most nights. I will "
            "continue to see him in clinic every six months, and I have referred him to our "
            "sleep practitioner. School may find a visual timetable helpful, and he will need "
            "warning of any change where possible.",
            "Dr Aled Morgan, Consultant Community Paediatrician",
        ),
    ),
    _und(
        "und-camhs-acronyms",
        _l(
            "Thank you for your letter requesting advice about Mia (13).",
            "Mia was seen for a CAPA choice appointment in September 2026 and is on our "
            "waiting list for partnership work. She has low mood and self-harms, and her "
            "attendance has fallen. She has a safety plan, shared with school. We would "
            "suggest her DSL is kept informed and that school uses its usual support where "
            "needed.",
            "Jenna Morley, Senior Mental Health Practitioner, Tarnside Young People's Mental "
            "Health Service, 2 November 2026",
        ),
        expected=[("acronym", "advice", "CAPA"), ("acronym", "advice", "DSL")],
    ),
]

UNDIVIDED += [
    _und(
        "und-salt-report-clean-headed",
        _l(
            "SPEECH AND LANGUAGE THERAPY REPORT",
            "Name: Phoebe (4). Seen at: Little Acorns Nursery, 3 October 2026.",
            "Phoebe understands simple instructions in familiar routines but not new or longer "
            "ones. She uses two-word phrases and some of her speech sounds are not yet clear, "
            "which is usual for some children of her age but more marked in Phoebe. She plays "
            "well alongside other children and is starting to take turns.",
            "Recommendations: keep language simple, use pictures and gestures, and give her "
            "time to answer. I will visit the nursery every six weeks this year.",
            "Hannah Pryce, Speech and Language Therapist, Westerly Children's Therapies",
        ),
    ),
    _und(
        "und-clinic-letter-drugs-jargon",
        _l(
            "Dear Dr Fenwick,",
            "I reviewed Owen (12) in the ADHD clinic today, 7 December 2026, with his mother. "
            "He has been taking methylphenidate modified release 36 mg each morning since "
            "June. His appetite is reduced at lunch and he has lost 1.5 kg. His blood pressure "
            "and heart rate are normal. School report better focus in the mornings. I have "
            "added melatonin 2 mg at night for initial insomnia.",
            "Dr Gareth Lowe, Consultant Paediatrician, Kestwick General Hospital",
        ),
        expected=[
            ("acronym", "advice", "ADHD"),
            ("drug_name", "advice", "methylphenidate"),
            ("drug_name", "advice", "melatonin"),
            ("jargon", "advice", "insomnia"),
        ],
    ),
    _und(
        "und-physio-bullets-clean",
        _l(
            "Physiotherapy advice for Alisha (10), Meadowcroft Children's Physiotherapy, 18 "
            "November 2026",
            "- Alisha has cerebral palsy affecting both legs and walks with sticks.",
            "- Her hamstrings (the muscles at the back of the thighs) are tight, so she needs "
            "to stretch daily.",
            "- She should be given extra time to move between rooms and should not carry a "
            "heavy bag.",
            "- She can join PE with some changes; her physiotherapist can advise PE staff.",
            "- We see her every six to eight weeks.",
            "Author: Grace Lindley, Children's Physiotherapist",
        ),
    ),
    _und(
        "und-school-nurse-form-clean-typos",
        _l(
            "School Nursing health advice - Bramley Hill School Nursing Team",
            "Child: Ruben (11). Date: 14/10/2026.",
            "Ruben has asthma which is mostly well controled. He uses a brown preventer "
            "inhaler at home morning and evening and a blue reliever inhaler in school when "
            "needed. His asthma plan is on file. He has had no hospital admissions this year. "
            "He also has a nut allergy and carries two allergy pens; staff have been trained. "
            "No other health needs identifed.",
            "Completed by: Lisa Barnes, School Staff Nurse",
        ),
    ),
    _und(
        "und-neurology-letter-jargon-drug",
        _l(
            "Paediatric Neurology Clinic, Astley Children's Hospital, 22 October 2026",
            "Summary: Daisy (8) has Dravet syndrome. She has frequent myoclonic jerks and "
            "occasional prolonged seizures. Current medicines: sodium valproate, clobazam and "
            "stiripentol. An EEG showed epileptiform changes. She has global "
            "developmental delay and will need a trained adult with her at all times in "
            "school.",
            "Dr Naomi Rees, Consultant Paediatric Neurologist",
        ),
        expected=[
            ("jargon", "advice", "myoclonic"),
            ("drug_name", "advice", "sodium valproate"),
            ("drug_name", "advice", "clobazam"),
            ("drug_name", "advice", "stiripentol"),
            ("acronym", "advice", "EEG"),
            ("jargon", "advice", "epileptiform"),
        ],
    ),
    _und(
        "und-ot-college-clean",
        _l(
            "Occupational Therapy advice, Riverside Adult Community Therapies.",
            "Wren (19) uses a wheelchair and has limited hand strength after a brain injury. "
            "At college, Wren needs a height-adjustable desk, a lightweight laptop, and "
            "someone to open heavy doors. They can do their own personal care with a grab rail "
            "and a raised toilet seat. They tire easily and will manage best with a rest "
            "room available in the afternoons. I will visit the college once in September "
            "2026 to check the set-up.",
            "Ola Bankole, Occupational Therapist, 30 July 2026",
        ),
    ),
]

UNDIVIDED += [
    _und(
        "und-dietitian-clean-medicine-generic",
        _l(
            "Dietetic advice: Ivy (3), Sunnybank Children's Nutrition Service, 9 September 2026.",
            "Ivy has cystic fibrosis, an inherited condition that affects her lungs and "
            "digestion. She needs to take enzyme capsules with every meal and snack containing "
            "fat, including at nursery, and she needs a high-calorie diet with extra salt in "
            "hot weather. Her key person should be shown how to give the capsules by the "
            "cystic fibrosis nurse. She is growing well.",
            "Nadia Ferrante, Paediatric Dietitian",
        ),
    ),
    _und(
        "und-ehcp-half-filled-acronyms",
        _l(
            "ICB Health Advice Template v3",
            "Section 1 (child details): Frankie, age 9, Year 4.",
            "Section 2 (health needs): Frankie has ASD and SPD. Sees OT. Under the CDC.",
            "Section 3 (outcomes): see school.",
            "Section 4 (provision): see clinic letters.",
            "Section 5 (completed by): Dr P. Mensah, Specialty Doctor, Community Paediatrics, "
            "3 December 2026",
        ),
        expected=[
            ("acronym", "advice", "ICB"),
            ("acronym", "advice", "ASD"),
            ("acronym", "advice", "SPD"),
            ("acronym", "advice", "OT"),
            ("acronym", "advice", "CDC"),
        ],
    ),
    _und(
        "und-health-visitor-clean",
        _l(
            "Health Visiting Service - advice for EHC needs assessment (EHC: education, health "
            "and care)",
            "Elodie is 3 years old. She was born early, at 29 weeks, and spent eight weeks in "
            "the neonatal unit (the hospital ward for babies who need special care). She is "
            "now walking, but her speech is delayed: she uses about 20 words. She has "
            "regular check-ups with the community paediatrician, and the speech and language "
            "therapy team will see her at nursery. She eats and sleeps well.",
            "Rhiannon Tate, Health Visitor, Oakdene Health Visiting Team, 6 November 2026",
        ),
    ),
    _und(
        "und-orthotics-jargon",
        _l(
            "Orthotics clinic note, Bridgefield Hospital, 16 September 2026.",
            "Marley (7) has bilateral talipes, treated in infancy, and now has a marked "
            "equinus gait when tired. New ankle splints (AFOs, ankle-foot orthoses) were cast "
            "today and "
            "should be worn all day in school. He may need help putting them on after PE.",
            "Peter Quinn, Orthotist",
        ),
        expected=[
            ("jargon", "advice", "bilateral"),
            ("jargon", "advice", "equinus"),
            ("jargon", "advice", "gait"),
        ],
    ),
    _und(
        "und-camhs-clean-plain",
        _l(
            "Letter from Greenway Children and Young People's Mental Health Service, 1 "
            "December 2026",
            "Thank you for asking us for advice about Leon (15). Leon has been seeing us since "
            "the spring for help with anger and low mood. He has found it helpful to talk about "
            "what sets off his anger and has learned ways to calm down. He still finds "
            "unexpected changes and being told off in front of others very hard. It would help "
            "if staff spoke to him privately and warned him in advance of changes. We will see "
            "him every fortnight until March 2027.",
            "Dan Hirst, Mental Health Practitioner",
        ),
    ),
    _und(
        "und-gastro-letter-drugs",
        _l(
            "Paediatric Gastroenterology, Harlow Vale Hospital. 3 November 2026.",
            "Leah (14) has ulcerative colitis (inflammation of the large bowel). It is now "
            "settled on azathioprine and mesalazine. During flares she needs the toilet "
            "urgently, so please allow her a toilet pass. She will miss school for clinic "
            "appointments about every three months.",
            "Dr Simone Achebe, Consultant Paediatric Gastroenterologist",
        ),
        expected=[
            ("drug_name", "advice", "azathioprine"),
            ("drug_name", "advice", "mesalazine"),
        ],
    ),
]

UNDIVIDED += [
    _und(
        "und-young-adult-ld-nurse-clean",
        _l(
            "Advice from the Community Learning Disability Team, Northfleet, 19 October 2026",
            "Kayla (22) has a mild learning disability and type 2 diabetes. She is on a "
            "supported internship at a council office. She manages her tablets herself with a "
            "pill organiser, and she is learning to plan healthy packed lunches. She finds "
            "long written instructions hard and does best with pictures and short lists. Her "
            "GP reviews her diabetes every six months, and I see her monthly.",
            "Marie Dubois, Learning Disability Nurse",
        ),
    ),
    _und(
        "und-cardiology-jargon-clean-otherwise",
        _l(
            "Paediatric Cardiology, Redbridge Heart Centre, 27 August 2026",
            "Hugo (10) was born with a complex heart condition and has had three operations, "
            "the last in 2026. He is now well, but his exercise tolerance is reduced and he "
            "becomes cyanotic when he pushes himself too hard. He should be allowed to rest "
            "during PE and have a lift pass. There are no restrictions on trips.",
            "Dr Imran Qureshi, Consultant Paediatric Cardiologist",
        ),
        expected=[("jargon", "advice", "cyanotic")],
    ),
    _und(
        "und-salt-aac-clean",
        _l(
            "Augmentative communication advice for Noor (14), from Kingsmere Communication "
            "Aids Service. Augmentative and alternative communication (AAC) means ways of "
            "communicating other than speech, such as a speech-generating device.",
            "Noor uses her AAC device well at home but rarely at school because it is often "
            "left in her bag. Staff who know how to model words on the device will help her "
            "use it more. We will train her teaching assistants this term.",
            "Jamie Cole, Clinical Specialist Speech and Language Therapist, 10 October 2026",
        ),
    ),
    _und(
        "und-dental-clean",
        _l(
            "Community Dental Service advice, Westfold, 5 December 2026.",
            "Callum (9) has autism and finds dental visits very hard. He has several decayed "
            "teeth, which may be causing him pain; this could explain some of the distress at "
            "lunchtime that school has noticed. He is on our list for treatment under general "
            "anaesthetic (being put to sleep) in early 2027. Until then, soft foods may be "
            "easier for him.",
            "Dr Bethan Yates, Specialist in Special Care Dentistry",
        ),
    ),
    _und(
        "und-respiratory-brand-acronyms",
        _l(
            "Respiratory clinic, Moorgate Children's Hospital, 12 November 2026.",
            "Freddie (6) has severe asthma on Seretide 125 two puffs twice daily via spacer and "
            "Ventolin as needed. FEV1 was 72% predicted today. He has had two PICU admissions. "
            "School should follow his asthma plan.",
            "Dr Rosa Albright, Consultant in Paediatric Respiratory Medicine",
        ),
        expected=[
            ("drug_name", "advice", "Seretide"),
            ("drug_name", "advice", "Ventolin"),
            ("acronym", "advice", "FEV1"),
            ("acronym", "advice", "PICU"),
        ],
    ),
    _und(
        "und-audiology-glue-ear-jargon",
        _l(
            "Children's Hearing Service, Ashcombe Hospital, 24 September 2026.",
            "Aria (4) has a mild conductive hearing loss in both ears from glue ear (fluid "
            "behind the eardrum). Tympanometry showed fluid on both sides. She may miss "
            "quiet speech and speech from across the room. Please seat her near the adult "
            "speaking. We will retest in three months.",
            "Lena Marsh, Paediatric Audiologist",
        ),
        expected=[
            ("jargon", "advice", "conductive"),
            ("jargon", "advice", "Tympanometry"),
        ],
    ),
]


PLANS += [
    _plan(
        "age17-apprentice-epilepsy-outcome-no-time",
        "Ryan (17) has epilepsy. His seizures are triggered by lack of sleep and flashing "
        "lights. He is on a motor vehicle apprenticeship and must not drive or work at height "
        "until he has been seizure-free for a year.",
        _l(
            "Ryan will stay safe at work.",
            "By March 2027, Ryan will keep a sleep diary and get at least seven hours' sleep on "
            "5 nights a week, reviewed with his epilepsy nurse at each appointment.",
        ),
        _l(
            "The epilepsy nurse from Carrick Young Adult Epilepsy Service will see Ryan every "
            "three months for 30 minutes until he moves to the adult service in September 2027, "
            "and will write a risk assessment with his employer in October 2026.",
            "His workplace supervisor, trained by the epilepsy nurse in October 2026, will "
            "give him only ground-level tasks and no driving, every working day, until the "
            "nurse confirms a year without seizures.",
            "A physiotherapist will provide a weekly back care programme for the length of the "
            "apprenticeship.",
        ),
        expected=[
            ("outcome_not_smart", "E", "Ryan will stay safe at work."),
            (
                "golden_thread",
                "G",
                "A physiotherapist will provide a weekly back care programme for the length of "
                "the apprenticeship.",
            ),
        ],
    ),
    _plan(
        "y3-downs-1to1-untrained",
        "Ella has Down's syndrome. She wanders out of the classroom and does not yet "
        "understand danger, so she has left the school gate twice. She needs help with "
        "dressing after PE.",
        _l(
            "By July 2027, Ella will stay in the classroom for every lesson unless an adult "
            "takes her out, with no incidents of leaving the site over the school year, "
            "recorded by her class teacher.",
            "By July 2027, Ella will dress herself after PE with no more than two prompts, on 4 "
            "out of 5 occasions.",
        ),
        _l(
            "- Her 1:1 will stay with her at all times, every school day, for the 2026-27 school "
            "year.",
            "- An occupational therapist from Tarn Valley Children's Therapy will visit once a "
            "term for 45 minutes in the 2026-27 school year to set dressing targets and train "
            "her class teacher, who will practise them with her after every PE lesson for the "
            "same year.",
        ),
        expected=[
            (
                "no_provider",
                "G",
                "Her 1:1 will stay with her at all times, every school day, for the 2026-27 "
                "school year.",
            ),
        ],
    ),
    _plan(
        "internship-autism-no-thread-neither",
        _l(
            "Health needs",
            "Priyesh (20) is autistic and is on a supported internship at Wellmead Library. "
            "He finds it very hard when tasks change without warning and can shut down for "
            "the rest of the day. He has severe eczema on his hands, which cracks when he "
            "handles books and cleaning products.",
        ),
        "By May 2027, Priyesh will move to a new task when he is shown it on his visual "
        "rota the day before, without shutting down, on at least 9 out of 10 changes, "
        "recorded by his job coach.",
        "A speech and language therapist from the Wellmead Adult Autism Service will make a "
        "visual rota with Priyesh and his job coach in two one-hour sessions in September "
        "2026 and review it once every half term until May 2027. His job coach, trained in "
        "autism by the same service, will update the rota with him every afternoon until May "
        "2027.",
        expected=[
            (
                "golden_thread",
                "C",
                "He has severe eczema on his hands, which cracks when he handles books and "
                "cleaning products.",
            ),
        ],
    ),
    _plan(
        "y6-clean-school-terms-hearing-ot",
        "Darcy has a mild hearing loss and weak core muscles. She slumps at her desk, tires "
        "when writing, and misses instructions when her group is chatting.",
        _l(
            "By the end of the summer term 2027, Darcy will sit upright on her wedge cushion "
            "and write for 15 minutes without a rest in 4 out of 5 lessons, recorded by her "
            "class teacher.",
            "By the end of the spring term 2027, Darcy will repeat back a group instruction "
            "correctly on 8 out of 10 checks by her class teacher.",
        ),
        "For the autumn, spring and summer terms of 2026-27: a children's occupational "
        "therapist from Sowerby Children's Therapy will visit once each term for 40 minutes "
        "to check her seating and give her class teacher core exercises, which the class "
        "teacher will do with her for 10 minutes each morning; the qualified teacher of the "
        "deaf will visit twice each term for one hour; and her class teacher will give "
        "instructions to her group only after getting Darcy's attention, in every lesson.",
    ),
]

DIVIDED += [
    _div(
        "div-ot-author-missing-name",
        "Needs: Khadija (14) has juvenile arthritis in her hands. Writing for more than 10 "
        "minutes makes her fingers swell and ache, and she struggles with taps and heavy "
        "doors in the science labs.",
        "By July 2027, Khadija will type all her extended writing and use lever taps in "
        "science, and say at her review that her hands no longer hurt in lessons.",
        "A children's occupational therapist from Hewell Children's Therapy will assess her "
        "once in September 2026, provide a laptop recommendation and lever taps for one "
        "science lab, and review her once a term for 45 minutes for the 2026-27 school year.",
        "Children's Occupational Therapist, Hewell Children's Therapy, 2 October 2026",
        expected=[
            (
                "advice_no_author",
                "author",
                "Children's Occupational Therapist, Hewell Children's Therapy, 2 October 2026",
            ),
        ],
    ),
    _div(
        "div-paeds-extra-provision-and-outcome-vague",
        "Needs: Milo (4) has a diagnosis of autism. He does not yet use words and leads "
        "adults by the hand to what he wants. He becomes very upset at changes to the nursery "
        "routine.",
        _l(
            "By July 2027, Milo will use 10 pictures to ask for food and toys, counted by his "
            "key person over a week.",
            "Milo will cope better with change.",
        ),
        _l(
            "A speech and language therapist from Dunholme Early Years Communication Service "
            "will visit nursery every four weeks for 45 minutes during the 2026-27 nursery "
            "year to set up picture exchange and train his key person, who will practise "
            "with him for 10 minutes every session.",
            "His key person will use a now-and-next board at every change of activity for the "
            "2026-27 nursery year.",
            "The community paediatric team will check his hips once a year until July 2028.",
        ),
        "Dr Lydia Cheung, Specialty Doctor in Community Paediatrics, Dunholme Children's "
        "Centre, 17 September 2026",
        expected=[
            ("outcome_not_smart", "outcomes", "Milo will cope better with change."),
            (
                "golden_thread",
                "provision",
                "The community paediatric team will check his hips once a year until July 2028.",
            ),
        ],
    ),
    _div(
        "div-nurse-clean-college-asthma-allergy",
        "Health needs: Tyler (18) has severe asthma. He is starting a "
        "Level 3 sport course at Rydal College, where exercise in cold air can set off his "
        "asthma. He carries his own reliever inhaler.",
        "By December 2026, Tyler will take his reliever inhaler before every outdoor "
        "practical session and finish at least 9 out of 10 sessions without stopping for his "
        "breathing, recorded by his course tutor.",
        "The respiratory nurse at Rydal General Hospital will review Tyler's asthma plan with "
        "him every four months until July 2028 and will train his course tutors in his "
        "asthma plan in one session in September 2026, with a yearly refresher "
        "while he is at college.",
        "Imogen Walsh, Children's Respiratory Nurse Specialist, Rydal General Hospital, 8 "
        "September 2026",
    ),
]

BLIND = PLANS + DIVIDED + UNDIVIDED
