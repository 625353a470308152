"""A held-out labelled set, written without reading the checks, for an honest measurement.

``cases.py`` was written alongside the checks, so their scores on it are an upper bound.
These cases were written afterwards from the guidance alone ("What good health advice and
good health sections look like" in the domain notes), in the style of real EHC plan health
sections and health advice, and labelled with what a careful Designated Clinical Officer
would expect. All names and details are invented.

Labelling conventions (the same as ``cases.py``):

- ``unspecified_provision`` quotes the vague words themselves ("access to", "regular",
  "as required", "opportunities for", "support as needed", and hedges such as "should",
  "may", "as appropriate", "where possible"); only in the provision section.
- ``no_frequency``, ``no_duration`` and ``no_provider`` quote the provision sentence.
  Who delivers it means a role and its qualification: a health professional, a teacher
  (class teacher, form tutor, head of year, SENCo), or another role (teaching assistant, key
  worker, staff) said somewhere in the section to be trained. An office or exams role doing
  an administrative job (keeping a lift key) needs no qualification.
  A session length or an overall period ("for 12 months", "until the next annual review",
  "for the school year 2026-27", "while she attends the school") counts as how long; a
  clear trigger ("if a seizure lasts five minutes", "at every meal") counts as how often.
- ``golden_thread`` quotes the need in C with no provision or no outcome, or the provision
  in G that meets no need in C. Sections that are not needs (history, "hearing is normal")
  need nothing. A case with only a provision section has nothing to thread.
- ``acronym`` quotes the first unexplained use. Acronyms every family knows (NHS, GP, PE,
  GCSE) and any acronym expanded anywhere in the document are fine.
- ``jargon`` quotes each clinical word a family would not understand, unless it is
  explained where it is used; ``drug_name`` quotes each medicine's name, generic or brand,
  in any case. Words like "inhaler", "medication" or "allergy pen" are not drug names.
- ``advice_no_author`` quotes the whole author line when the name, role or date is
  missing, and "" when there is no author line at all.
- Undivided advice (key "advice") gets the wording checks only, as ``run_checks`` says.

After the first run five labels were added, each because the first labelling had contradicted
the guidance: "input from" (vague provision) in "four-provisions-two-vague", and no_provider
for the untrained teaching assistant or key worker in "where-possible-movement-breaks",
"two-unexplained-one-explained-acronym", "salt-advice-acronym-and-no-frequency" and
"adhd-advice-brand-and-no-role" (with the "who delivers it" convention above). No label was
removed. The checks' README records the first run's figures.
"""

from .cases import Case

Expected = tuple[str, str, str]


def plan(name: str, c: str, e: str | None, g: str, *expected: Expected, tags=()) -> Case:
    sections = {"C": c, "G": g} if e is None else {"C": c, "E": e, "G": g}
    return Case(name, sections, tuple(expected), tags=("plan", *tags))


def provision_only(name: str, g: str, *expected: Expected, tags=()) -> Case:
    return Case(name, {"G": g}, tuple(expected), tags=("provision-only", *tags))


def advice(
    name: str,
    needs: str,
    outcomes: str,
    provision: str,
    author: str,
    *expected: Expected,
    tags=(),
) -> Case:
    sections = {"needs": needs, "outcomes": outcomes, "provision": provision, "author": author}
    return Case(name, sections, tuple(expected), kind="advice", tags=("advice", *tags))


def unquantified(section: str, sentence: str, *, provider: bool = False) -> list[Expected]:
    """A provision sentence that says neither how often nor how long (nor, unless
    ``provider``, who)."""
    found = [("no_frequency", section, sentence), ("no_duration", section, sentence)]
    if not provider:
        found.append(("no_provider", section, sentence))
    return found


CLEAN = [
    plan(
        "epilepsy-absences-swimming",
        "Aisha is 8 and has epilepsy. She has absence seizures several times a day, when she "
        "stares and stops responding for a few seconds, and she can miss parts of "
        "instructions in class.\nAisha sometimes has longer seizures in which she falls and "
        "shakes; these have happened twice in the last year.",
        "By the end of Year 4, Aisha will tell her teacher when she thinks she has missed an "
        "instruction, in 4 out of 5 lessons.\nBy July 2027, Aisha will take part in swimming "
        "lessons safely with a trained adult beside her in the pool.",
        "An epilepsy specialist nurse will train Aisha's class teacher and two teaching "
        "assistants in recognising her seizures and in her emergency care plan, once before "
        "September 2026 and then every 12 months while she attends the school.\nAisha's class "
        "teacher will check that she has understood each new instruction, in every lesson, "
        "for the school year 2026-27.\nDuring swimming lessons, a teaching assistant trained "
        "by the epilepsy specialist nurse will stay within arm's reach of Aisha in the water, "
        "every week, until the next annual review.",
    ),
    plan(
        "asthma-first-person-outcome",
        "Oliver has asthma. It is worse in cold weather and after running, and he gets "
        "breathless and wheezy.",
        "By the end of Year 4, I will tell an adult when my chest feels tight, every time it "
        "happens.",
        "Before every PE lesson and outdoor play in cold weather, a teaching assistant trained "
        "by the school nurse will remind Oliver to use his reliever inhaler, for the school "
        "year 2026-27.\nThe school nurse will review Oliver's asthma plan with his parents once "
        "a term until the next annual review.",
        tags=("near-miss",),
    ),
    plan(
        "type-1-diabetes-secondary",
        "Freya is 11 and has type 1 diabetes. Her blood glucose can drop quickly after "
        "exercise, and when it is low she becomes shaky, pale and unable to concentrate.",
        "By the end of Year 7, Freya will check her own blood glucose before lunch and before "
        "PE without reminders, every school day.\nBy July 2027, Freya will tell a member of "
        "staff when she feels shaky or unwell, every time.",
        "The children's diabetes nurse will train two named teaching assistants to support "
        "Freya with blood glucose checks and her pump, in September 2026 and again each "
        "January, for as long as she attends the school.\nA named teaching assistant trained "
        "by the diabetes nurse will supervise Freya's blood glucose check before lunch and "
        "before PE every school day for the school year 2026-27.",
    ),
    plan(
        "hearing-aids-teacher-of-the-deaf",
        "Leo has permanent hearing loss in both ears and wears two hearing aids. In a noisy "
        "classroom he misses much of what is said, especially from behind him.",
        "By the end of Year 2, Leo will ask an adult to repeat an instruction when he has not "
        "heard it, in 4 out of 5 lessons.",
        "A qualified teacher of the deaf will visit Leo's school for one hour twice a term, "
        "for the school year 2026-27, to check his hearing aids and the radio aid and advise "
        "his class teacher.\nLeo's class teacher will seat him near the front, away from the "
        "door, and wear the radio aid microphone in every lesson until the next annual review.",
        tags=("near-miss",),
    ),
    plan(
        "swallowing-explained-salt-explained",
        "Ruby has difficulty swallowing safely (dysphagia) because of her cerebral palsy. Thin "
        "drinks can go down the wrong way into her lungs, which can cause chest infections.",
        "By the end of Reception, Ruby will eat a mashed lunch with a spoon, with an adult "
        "sitting beside her, taking no more than 30 minutes, on 4 out of 5 days.",
        "A speech and language therapist (SALT) registered with the Health and Care "
        "Professions Council will write Ruby's eating and drinking plan and train her "
        "lunchtime assistant, with a 45-minute visit every half term for 12 months.\nAt every "
        "meal and snack, a lunchtime assistant trained by the SALT will thicken Ruby's drinks "
        "and sit beside her as she eats, for the school year 2026-27.",
        tags=("near-miss",),
    ),
    plan(
        "autism-sensory-programme",
        "Noah is 6 and is autistic. He finds the noise of the dinner hall and assembly very "
        "distressing and may run out of the room or hit out.",
        "By the end of Year 2, Noah will use his ear defenders or his break card to leave a "
        "noisy room calmly, 4 out of 5 times.",
        "An occupational therapist registered with the Health and Care Professions Council "
        "will assess Noah's sensory needs in the autumn term 2026 and then visit for one hour "
        "each half term until July 2027, to train his teaching assistant in a sensory "
        "programme.\nNoah's teaching assistant, trained by the occupational therapist, will "
        "run a 10-minute sensory circuit with him every morning and before lunch, for the "
        "school year 2026-27.",
    ),
    plan(
        "no-health-needs",
        "Ellie has no health needs that relate to her special educational needs. Her hearing "
        "and vision were checked in January 2026 and are normal.",
        None,
        "There is no health provision because Ellie has no health needs.",
        tags=("near-miss",),
    ),
    advice(
        "physio-advice-cerebral-palsy",
        "Kai has cerebral palsy affecting both legs. He walks with a frame indoors and tires "
        "quickly, and his calf muscles are tight.",
        "By the end of Year 3, Kai will walk from his classroom to the dining hall with his "
        "frame without stopping, every day.",
        "A physiotherapist registered with the Health and Care Professions Council will see "
        "Kai in school for 45 minutes every four weeks for 12 months and show his teaching "
        "assistant his stretches.\nHis teaching assistant, trained by the physiotherapist, will "
        "do a 15-minute stretching programme with Kai every afternoon for the school year "
        "2026-27.",
        "Hannah Whitfield, Children's Physiotherapist, HCPC PH098765, 14 April 2026",
    ),
    advice(
        "salt-advice-early-years",
        "Isla is 4 and has a severe delay in understanding and using language. She uses single "
        "words and gestures and cannot yet follow an instruction with two parts.",
        "By the end of Reception, Isla will follow a two-part instruction such as 'get your "
        "coat and line up' in 4 out of 5 tries.",
        "A speech and language therapist will set Isla's targets and train her key worker, "
        "visiting the nursery for one hour every half term until she starts Year 1.\nHer key "
        "worker, trained by the speech and language therapist, will do a 10-minute language "
        "session with Isla four times a week for the school year 2026-27.",
        "Signed by Megan Llewellyn, Specialist Speech and Language Therapist (HCPC SL045612). "
        "Date of advice: 3rd February 2026",
    ),
    Case(
        "undivided-audiology-advice",
        {
            "advice": "Theo has a mild hearing loss in his left ear caused by glue ear, which "
            "comes and goes. He hears well in quiet rooms but may miss speech in groups. His "
            "teacher should seat him with his right ear towards the teacher, and check he has "
            "understood. His hearing will be tested again at the hearing clinic in October "
            "2026.",
            "author": "Dr Samuel Osei, Clinical Scientist (Audiology), 2 March 2026",
        },
        kind="advice",
        tags=("advice", "undivided"),
    ),
    plan(
        "nut-allergy-explained",
        "Zara has a severe allergy to peanuts and tree nuts. If she eats them she can have a "
        "life-threatening reaction (anaphylaxis) with swelling and difficulty breathing.",
        "By the end of Year 5, Zara will check with an adult before eating any food she has "
        "not brought from home, every time.",
        "The school nurse will train all staff who work with Zara to recognise a severe "
        "allergic reaction and to use her emergency allergy pen, before she starts in "
        "September 2026 and then every 12 months while she is at the school.\nAt every "
        "lunchtime and snack time, a midday supervisor trained by the school nurse will check "
        "Zara's food against her allergy list, for the school year 2026-27.",
    ),
    plan(
        "toileting-learning-disability",
        "Mason is 7 and has a learning disability. He is not yet dry in the day and needs help "
        "with toileting and changing.",
        "By the end of Year 3, Mason will tell an adult or use his picture card when he needs "
        "the toilet, on 3 out of 5 occasions.",
        "Mason's teaching assistant, trained by the school nursing team in continence care, "
        "will take him to the toilet every 90 minutes during the school day and change him "
        "after any accident, for the school year 2026-27.\nThe school nurse will review "
        "Mason's toileting plan with his parents and teaching assistant every term until the "
        "next annual review.",
    ),
    plan(
        "anxiety-fortnightly-sessions",
        "Amelia is 14 and has anxiety that affects her attendance. She has panic attacks in "
        "crowded corridors and has missed about a third of school days this year.",
        "By the end of Year 10, I will attend at least 9 out of 10 school days and use my exit "
        "pass to leave a lesson when I feel panicky, instead of going home.",
        "A mental health practitioner from the children and young people's mental health "
        "service will see Amelia in school for a 50-minute session every fortnight for 12 "
        "weeks, starting in September 2026.\nAmelia's form tutor will let her leave lessons "
        "five minutes early to avoid crowded corridors, every school day, until the next "
        "annual review.",
        tags=("near-miss",),
    ),
    plan(
        "vision-impairment",
        "Hamza has a visual impairment: he sees very little in his left eye and has blurred "
        "vision in his right eye even with glasses. He cannot read standard print on the "
        "board.",
        "By the end of Year 6, Hamza will read his enlarged worksheets independently and use "
        "his tablet to zoom in on the board in every lesson.",
        "A qualified teacher of children with vision impairment will visit Hamza's school for "
        "one hour every half term for the school year 2026-27, to check his equipment and "
        "advise staff.\nHis class teacher will give him all printed work enlarged to size 24 "
        "font, in every lesson, until the next annual review.",
    ),
    plan(
        "sleep-regularly-reviewed-every-6-months",
        "Jayden is 9, is autistic and has severe sleep problems: he often takes two hours to "
        "fall asleep and wakes in the night, and he is very tired in school.",
        "By the time of his next annual review, Jayden will fall asleep within 45 minutes on at "
        "least 5 nights a week, as recorded in his sleep diary.",
        "Jayden will be regularly reviewed by the consultant paediatrician every 6 months "
        "until he is 12.\nA sleep practitioner from the children's community nursing team will "
        "run four one-hour sessions with Jayden's parents, once a fortnight in the autumn term "
        "2026, on a bedtime routine.",
        tags=("near-miss",),
    ),
    plan(
        "adhd-explained-in-c-used-in-g",
        "Poppy has attention deficit hyperactivity disorder (ADHD). She finds it hard to sit "
        "still for more than a few minutes and often leaves her seat in lessons.",
        "By the end of Year 5, Poppy will stay in her seat for 15 minutes of a lesson, using "
        "her fidget tool, in 4 out of 5 lessons.",
        "Poppy's teaching assistant, trained by the ADHD nurse specialist, will give her a "
        "5-minute movement break every 20 minutes in morning lessons, for the school year "
        "2026-27.\nThe ADHD nurse specialist will review Poppy's needs with her parents and "
        "class teacher every six months until she moves to secondary school.",
        tags=("near-miss",),
    ),
    plan(
        "step-free-access-and-regular-class",
        "Tom has Duchenne muscular dystrophy, a condition that weakens his muscles over time. "
        "He can no longer manage stairs and tires when walking long distances.",
        "By July 2027, Tom will move between all his lessons on time using his powered "
        "wheelchair, without adult help, every day.",
        "The school office manager will keep the lift key at reception so that Tom has "
        "step-free access to every first-floor classroom at all times, for as long as he "
        "attends the school.\nAn occupational therapist from the children's therapy team will "
        "check the fit of Tom's powered wheelchair and his classroom seating once a term for "
        "the school year 2026-27.\nTom will eat lunch with his regular class group, with a "
        "midday supervisor trained by the occupational therapist carrying his tray, every "
        "school day until the next annual review.",
        tags=("near-miss",),
    ),
    advice(
        "cardiac-advice-month-only-date",
        "Sofia has a heart condition that was repaired by surgery when she was a baby. She gets "
        "tired and breathless more quickly than other children and needs rest after physical "
        "activity.",
        "By the end of Year 3, I will tell my teacher when I need a rest, and go back to the "
        "activity after my rest, in 4 out of 5 PE lessons.",
        "Sofia's class teacher will let her rest for 5 minutes in every PE lesson and after "
        "outdoor play, whenever she asks, for the school year 2026-27.\nThe children's cardiac "
        "nurse will give a 30-minute briefing to Sofia's class teacher and PE teacher in "
        "September 2026 and again in September 2027.",
        "Nurse Bethan Price, Children's Cardiac Nurse Specialist, March 2026",
        tags=("near-miss",),
    ),
    Case(
        "author-numeric-date",
        {"author": "Dr Ravi Menon (Community Paediatrician, GMC 6123456), 07/05/2026"},
        kind="advice",
        tags=("advice", "author"),
    ),
    Case(
        "author-iso-date-dashes",
        {"author": "Lucy Fairbairn \u2013 Specialist Occupational Therapist \u2013 2026-04-21"},
        kind="advice",
        tags=("advice", "author"),
    ),
    advice(
        "rheumatology-advice-first-person-signature",
        "Nia has juvenile arthritis. Her knees and wrists are stiff and painful in the "
        "morning, and writing for more than 10 minutes hurts her hands.",
        "By the end of Year 5, Nia will type her longer pieces of work on a laptop and finish "
        "them in the lesson, in 4 out of 5 lessons.",
        "An occupational therapist will assess Nia's writing and seating in September 2026 and "
        "review them every term for the school year 2026-27.\nHer class teacher will let Nia "
        "use a laptop for any writing task longer than 10 minutes, in every lesson, until the "
        "next annual review.",
        "I am Dr Tobias Reid, Consultant Paediatric Rheumatologist at Northfield Children's "
        "Centre. This advice was written on 16 March 2026.",
        tags=("near-miss",),
    ),
    advice(
        "no-health-needs-advice",
        "I saw Harvey on 2 March 2026. He has no health needs that affect his learning.",
        "",
        "No health provision is needed.",
        "Dr Grace Ellison, Community Paediatrician, 4 March 2026",
        tags=("near-miss",),
    ),
]

NEAR_MISSES = [
    provision_only(
        "fortnightly-and-twice-a-term",
        "A speech and language therapist will work with Ava's teaching assistant fortnightly "
        "for 30 minutes, until the next annual review.\nThe speech and language therapist will "
        "also meet Ava's parents twice a term for the school year 2026-27.",
        tags=("near-miss",),
    ),
    provision_only(
        "named-weekdays-every-other-week",
        "Ben's teaching assistant, trained by the physiotherapist, will run his 20-minute "
        "exercise programme on Mondays and Thursdays until July 2027.\nThe physiotherapist "
        "will check the programme every other week during the autumn term 2026.",
        tags=("near-miss",),
    ),
    plan(
        "coeliac-gp-and-nhs",
        "Alice has coeliac disease, diagnosed by her GP and an NHS hospital dietitian in 2025. "
        "She must not eat any gluten, which is found in wheat, barley and rye.",
        "By the end of Year 4, Alice will ask whether a food contains gluten before eating it "
        "at school, every time.",
        "The school cook, trained by the NHS dietitian, will prepare a gluten-free lunch for "
        "Alice every school day for the school year 2026-27.",
        tags=("near-miss",),
    ),
    plan(
        "acronym-explained-after-it",
        "Kacper is 15 and is supported by CAMHS (Child and Adolescent Mental Health Services) "
        "for low mood and self-harm.",
        "By the end of Year 11, Kacper will use his safety plan and talk to a named adult when "
        "he feels like hurting himself, every time.",
        "A CAMHS practitioner will see Kacper in school for a 50-minute session every week for "
        "12 weeks from September 2026.\nHis head of year will meet him for 10 minutes every "
        "Monday morning for the school year 2026-27 to check on his safety plan.",
        tags=("near-miss",),
    ),
    plan(
        "inhaler-and-allergy-pens-not-drugs",
        "Eli has asthma and a severe nut allergy. He carries his reliever inhaler and two "
        "emergency allergy pens in his bag.",
        "By the end of Year 6, Eli will tell an adult straight away when he feels wheezy or his "
        "lips tingle, every time.",
        "The school nurse will train every adult who works with Eli to use his inhaler and "
        "allergy pens, before September 2026 and then once a year while he is at the school."
        "\nHis class teacher will check that Eli's medicines are in his bag before every school "
        "trip, for the school year 2026-27.",
        tags=("near-miss",),
    ),
    plan(
        "vague-words-in-needs-not-provision",
        "Amara has sickle cell disease. She has regular hospital appointments and may need "
        "time off as required when she has a pain crisis.",
        "By the end of Year 8, Amara will drink at least 1.5 litres of water each school day, "
        "using her marked bottle, and tell a teacher when she feels pain starting, every time.",
        "Amara's form tutor will make sure she has her water bottle in every lesson and can go "
        "to the toilet without asking, every school day for the school year 2026-27.\nWhen "
        "Amara is off school for more than 5 days, her head of year will send her work home "
        "every week and arrange a 30-minute catch-up session on her return, until the next "
        "annual review.",
        tags=("near-miss",),
    ),
    provision_only(
        "exam-access-arrangements-gcse",
        "Harriet's exams officer will apply for exam access arrangements of 25% extra time and "
        "supervised rest breaks in all her GCSE exams in 2027, and will give her the same "
        "arrangements in every mock exam until she leaves in July 2027.",
        tags=("near-miss",),
    ),
    provision_only(
        "each-session-lasting",
        "A music therapist registered with the Health and Care Professions Council will see "
        "Kieran each week in term time, each session lasting 30 minutes, until the next annual "
        "review.",
        tags=("near-miss",),
    ),
    provision_only(
        "trigger-as-frequency",
        "If Evie's blood glucose is below 4, a teaching assistant trained by the diabetes nurse "
        "will give her a sugary drink and check it again after 15 minutes, following her "
        "healthcare plan, for the school year 2026-27.",
        tags=("near-miss",),
    ),
    plan(
        "outcomes-under-a-dated-heading-and-bullets",
        "Lottie has cerebral palsy affecting both legs. She walks short distances with a walker "
        "and wears splints on both ankles, which can rub and make her sore.",
        "Outcomes for the end of Key Stage 2 (July 2028):\n- Lottie will walk 50 metres with "
        "her walker, without stopping, in PE lessons.\n- Lottie will tell an adult when her "
        "splints are rubbing, every time.",
        "- A physiotherapist will see Lottie in school for 45 minutes every half term until "
        "July 2028 and set a walking programme.\n- Her teaching assistant, trained by the "
        "physiotherapist, will walk with her for 10 minutes every day and check her splints "
        "each morning, until July 2028.",
        tags=("near-miss",),
    ),
    plan(
        "history-is-not-a-need",
        "Noel was born at 27 weeks and spent two months in a special care baby unit. He has no "
        "other health needs now, and his hearing and eyesight are normal.\nNoel has a speech "
        "sound disorder: most adults outside his family cannot understand him.",
        "By the end of Year 1, Noel will say the sounds 'k' and 'g' correctly in single words, "
        "8 out of 10 times.",
        "A speech and language therapist will see Noel in school for a 30-minute session every "
        "week for 10 weeks in the autumn term 2026, then train his teaching assistant to "
        "practise with him for 5 minutes every day until July 2027.",
        tags=("near-miss",),
    ),
    provision_only(
        "at-every-meal",
        "At every meal in school, a lunchtime assistant trained by the dietitian will cut "
        "Nadia's food into small pieces and encourage her to drink a full cup of water, until "
        "the next annual review.",
        tags=("near-miss",),
    ),
]

ONE_PROBLEM = [
    provision_only(
        "as-required-therapy",
        "Lily will have speech and language therapy as required.",
        ("unspecified_provision", "G", "as required"),
        *unquantified("G", "Lily will have speech and language therapy as required."),
    ),
    plan(
        "opportunities-for-fine-motor",
        "Ethan is 10 and has developmental coordination disorder (DCD). He finds handwriting, "
        "dressing and using cutlery hard and is often last to get changed for PE.",
        "By the end of Year 6, Ethan will get changed for PE in under 10 minutes with no adult "
        "help, 4 out of 5 times.",
        "An occupational therapist will see Ethan in school for 45 minutes every half term for "
        "the school year 2026-27 and set a dressing programme.\nEthan will have opportunities "
        "for fine motor practice.",
        ("unspecified_provision", "G", "opportunities for"),
        *unquantified("G", "Ethan will have opportunities for fine motor practice."),
    ),
    provision_only(
        "block-of-sessions-no-frequency",
        "A speech and language therapist will deliver a block of six 30-minute sessions to "
        "teach Priya's key worker the Attention Autism approach.",
        (
            "no_frequency",
            "G",
            "A speech and language therapist will deliver a block of six 30-minute sessions",
        ),
    ),
    provision_only(
        "every-half-term-no-duration",
        "A physiotherapist registered with the Health and Care Professions Council will visit "
        "Archie in school every half term to update his standing frame programme.",
        (
            "no_duration",
            "G",
            "A physiotherapist registered with the Health and Care Professions Council will "
            "visit Archie in school every half term",
        ),
    ),
    provision_only(
        "hydrotherapy-no-provider",
        "Grace will have a 20-minute hydrotherapy session every Wednesday for the spring and "
        "summer terms 2027.",
        ("no_provider", "G", "Grace will have a 20-minute hydrotherapy session every Wednesday"),
    ),
    plan(
        "salt-unexplained",
        "Jack has a stammer that makes it hard for him to answer questions in class and he "
        "avoids speaking in front of others.",
        "By the end of Year 8, Jack will answer a question in front of his class at least once "
        "a week.",
        "The SALT will see Jack for a 40-minute session every fortnight for the autumn term "
        "2026 and then give his form tutor a written plan for the rest of Year 8.",
        ("acronym", "G", "SALT"),
    ),
    plan(
        "camhs-unexplained-in-needs",
        "Layla is 12 and has been diagnosed with an eating disorder. She is under the care of "
        "CAMHS and must eat a snack mid-morning and mid-afternoon.",
        "By the end of Year 8, Layla will eat her snack in the school's quiet room within 15 "
        "minutes, every school day.",
        "A member of the pastoral team, trained by Layla's mental health nurse, will sit with "
        "Layla while she eats her mid-morning and mid-afternoon snacks every school day until "
        "the next annual review.",
        ("acronym", "C", "CAMHS"),
    ),
    plan(
        "hypotonia-unexplained",
        "Harry has hypotonia and tires quickly when sitting at a desk. He slumps in his chair "
        "after about 10 minutes.",
        "By the end of Year 1, Harry will sit upright on his wedge cushion for 15 minutes of "
        "carpet time, 4 out of 5 days.",
        "An occupational therapist will provide a wedge cushion and a suitable chair and check "
        "Harry's seating once a term for the school year 2026-27.",
        ("jargon", "C", "hypotonia"),
    ),
    plan(
        "lower-case-stimulant",
        "Mia has attention deficit hyperactivity disorder (ADHD) and takes methylphenidate each "
        "morning, which helps her concentrate.",
        "By the end of Year 6, Mia will finish her classwork in 3 out of 4 lessons, using her "
        "visual timer.",
        "Mia's teaching assistant, trained by the ADHD nurse, will give her a 2-minute movement "
        "break every 15 minutes in lessons, for the school year 2026-27.",
        ("drug_name", "C", "methylphenidate"),
    ),
    plan(
        "vague-outcome",
        "Evie has cerebral palsy affecting her right arm and hand. She finds it hard to write, "
        "cut and open containers at lunch.",
        "Evie will become more independent.",
        "An occupational therapist will see Evie in school for 45 minutes every half term until "
        "July 2027 and train her teaching assistant to run a 10-minute hand skills programme "
        "with her every day.",
        ("outcome_not_smart", "E", "Evie will become more independent."),
    ),
    plan(
        "measurable-outcome-not-time-bound",
        "Daisy has selective mutism: she talks at home but does not speak at school, even to "
        "her friends.",
        "Daisy will say one word to her teaching assistant in a small group, in 3 out of 5 "
        "sessions.",
        "A speech and language therapist will train Daisy's teaching assistant in a "
        "small-steps programme in September 2026 and review it with her every six weeks until "
        "the next annual review.\nDaisy's teaching assistant will run a 15-minute small-steps "
        "session with Daisy three times a week for the school year 2026-27.",
        (
            "outcome_not_smart",
            "E",
            "Daisy will say one word to her teaching assistant in a small group, in 3 out of 5 "
            "sessions.",
        ),
    ),
    plan(
        "eczema-need-without-provision",
        "Arjun has asthma and uses his reliever inhaler before exercise.\nArjun also has eczema "
        "on his hands, which cracks and bleeds in cold weather and makes holding a pencil "
        "painful.",
        "By the end of Year 4, Arjun will use his inhaler before PE without a reminder, every "
        "time.\nBy the end of Year 4, Arjun will put on his hand cream before writing lessons "
        "with one reminder, 4 out of 5 days.",
        "A teaching assistant trained by the school nurse will remind Arjun to use his reliever "
        "inhaler before every PE lesson for the school year 2026-27.",
        ("golden_thread", "C", "Arjun also has eczema on his hands"),
    ),
    plan(
        "muscle-tone-need-without-outcome",
        "Ivy has Down syndrome. She has a mild hearing loss from glue ear and misses spoken "
        "instructions.\nIvy also has low muscle tone, which means she tires when walking and "
        "climbing stairs.",
        "By the end of Year 2, Ivy will follow a spoken instruction given to the class, with a "
        "visual prompt, 4 out of 5 times.",
        "A teacher of the deaf will visit for one hour every term for the school year 2026-27 "
        "to advise Ivy's class teacher on her seating and use of visual prompts.\nA "
        "physiotherapist will see Ivy once every half term for the school year 2026-27 to set "
        "exercises for her stamina on stairs, which her teaching assistant will do with her "
        "for 10 minutes each day.",
        ("golden_thread", "C", "Ivy also has low muscle tone"),
    ),
    plan(
        "dietitian-provision-without-need",
        "Finley is autistic and finds changes to routine very hard; he becomes distressed and "
        "may run away from adults.",
        "By the end of Year 3, Finley will use his visual timetable to move to the next "
        "activity calmly, in 4 out of 5 changes.",
        "Finley's teaching assistant, trained by the autism outreach team, will go through his "
        "visual timetable with him at the start of each day and before each change, for the "
        "school year 2026-27.\nA dietitian will see Finley every three months for 12 months to "
        "review his weight.",
        ("golden_thread", "G", "A dietitian will see Finley every three months"),
    ),
    advice(
        "advice-undated",
        "Rosa has epilepsy with short seizures most weeks, after which she is sleepy for about "
        "an hour.",
        "By the end of Year 5, Rosa will go to the quiet room to rest after a seizure and come "
        "back to class within an hour, every time.",
        "Two teaching assistants trained by the epilepsy specialist nurse will look after Rosa "
        "during and after each seizure and let her rest in the quiet room for up to an hour, "
        "for the school year 2026-27.",
        "Dr Olivia Grant, Consultant Community Paediatrician",
        (
            "advice_no_author",
            "author",
            "Dr Olivia Grant, Consultant Community Paediatrician",
        ),
    ),
    Case(
        "author-role-and-date-no-name",
        {"author": "Clinical Psychologist, Neurodevelopmental Team, 18 May 2026"},
        (
            (
                "advice_no_author",
                "author",
                "Clinical Psychologist, Neurodevelopmental Team, 18 May 2026",
            ),
        ),
        kind="advice",
        tags=("advice", "author"),
    ),
    Case(
        "author-name-and-date-no-role",
        {"author": "Chloe Barnes, 9 June 2026"},
        (("advice_no_author", "author", "Chloe Barnes, 9 June 2026"),),
        kind="advice",
        tags=("advice", "author"),
    ),
    advice(
        "advice-unsigned-stammer",
        "Ravi has a severe stammer and avoids talking in class.",
        "By the end of Year 9, Ravi will read aloud a short passage to a small group once a "
        "fortnight.",
        "A speech and language therapist will see Ravi for 45 minutes every fortnight for the "
        "autumn term 2026.",
        "",
        ("advice_no_author", "author", ""),
    ),
    advice(
        "ataxia-unexplained-hemiplegia-explained",
        "Ollie has hemiplegia, which means the left side of his body is weaker than the right. "
        "He also has ataxia.",
        "By the end of Year 2, Ollie will climb the stairs to the library holding the rail "
        "with his right hand, without adult help, 4 out of 5 times.",
        "A physiotherapist will see Ollie for 30 minutes every three weeks for the school year "
        "2026-27 and write a balance programme, which his teaching assistant will do with him "
        "for 10 minutes every morning.",
        "Kirsty Hammond, Children's Physiotherapist, 5 May 2026",
        ("jargon", "needs", "ataxia"),
    ),
    provision_only(
        "as-appropriate",
        "The occupational therapist will provide advice to school as appropriate.",
        ("unspecified_provision", "G", "as appropriate"),
        *unquantified(
            "G",
            "The occupational therapist will provide advice to school as appropriate.",
            provider=True,
        ),
    ),
    provision_only(
        "where-possible-movement-breaks",
        "Where possible, Tyler will be given a 10-minute movement break every hour by his "
        "teaching assistant, for the school year 2026-27.",
        ("unspecified_provision", "G", "Where possible"),
        ("no_provider", "G", "Where possible, Tyler will be given a 10-minute movement break"),
    ),
    provision_only(
        "may-visit",
        "The school nurse may visit to train staff once a year for as long as Sienna is at the "
        "school.",
        ("unspecified_provision", "G", "may"),
    ),
    provision_only(
        "staff-will-be-trained",
        "Staff will be trained in epilepsy awareness.\nA teaching assistant trained by the "
        "epilepsy nurse will stay with Sami during swimming every Tuesday for the summer term "
        "2027.",
        *unquantified("G", "Staff will be trained in epilepsy awareness."),
    ),
    plan(
        "outcome-that-is-provision",
        "Maya has epilepsy and her seizures are not fully controlled; she has about two short "
        "seizures a week in school.",
        "By September 2026, the school nurse will have written Maya's individual healthcare "
        "plan.\nBy the end of Year 6, Maya will tell an adult when she feels a seizure "
        "starting, on 4 out of 5 occasions.",
        "The epilepsy specialist nurse will train Maya's class teacher and teaching assistant "
        "to recognise and record her seizures, in September 2026 and every 12 months after "
        "that while she is at the school.\nHer teaching assistant will record each seizure in "
        "her seizure diary and share it with her parents every Friday, for the school year "
        "2026-27.",
        (
            "outcome_not_smart",
            "E",
            "By September 2026, the school nurse will have written Maya's individual "
            "healthcare plan.",
        ),
    ),
]

SEVERAL_PROBLEMS = [
    plan(
        "tube-fed-reception-plan",
        "Charlie is 5 and has global developmental delay; he cannot yet sit without support.\n"
        "Charlie has GORD and is fed through a PEG at lunchtime.",
        "Charlie will be healthy.\nBy the end of Reception, Charlie will sit in his supportive "
        "chair for 20 minutes at circle time, 4 out of 5 days.",
        "Charlie will have access to a nurse.\nHis feeds will be given at lunchtime every day "
        "by a teaching assistant trained by the children's community nursing team, for the "
        "school year 2026-27.\nCharlie should receive physiotherapy as required.",
        ("acronym", "C", "GORD"),
        ("acronym", "C", "PEG"),
        ("outcome_not_smart", "E", "Charlie will be healthy."),
        ("unspecified_provision", "G", "access to"),
        *unquantified("G", "Charlie will have access to a nurse.", provider=True),
        ("unspecified_provision", "G", "should"),
        ("unspecified_provision", "G", "as required"),
        *unquantified("G", "Charlie should receive physiotherapy as required."),
    ),
    advice(
        "neurology-advice-jargon-drug-thread",
        "Hassan has spastic quadriplegia, so he cannot use his hands to point or write.\nHe has "
        "epilepsy and takes levetiracetam twice a day.\nHe has dysphagia.",
        "By the end of Year 1, Hassan will use his eye-gaze device to choose his lunch from two "
        "options, every day.\nBy the end of Year 1, Hassan will eat his lunch with his "
        "lunchtime assistant following his eating and drinking plan, without coughing, at 4 "
        "out of 5 meals.",
        "A speech and language therapist will review Hassan's eating and drinking plan every "
        "term for the school year 2026-27 and train his lunchtime assistant.\nA teaching "
        "assistant trained by the speech and language therapist will set up his eye-gaze "
        "device and practise choosing with him for 15 minutes every day until July 2027.",
        "Dr Fatima Sheikh, Consultant Paediatric Neurologist, 11 February 2026",
        ("jargon", "needs", "spastic"),
        ("jargon", "needs", "quadriplegia"),
        ("drug_name", "needs", "levetiracetam"),
        ("jargon", "needs", "dysphagia"),
        ("golden_thread", "needs", "He has epilepsy and takes levetiracetam twice a day."),
    ),
    provision_only(
        "four-provisions-two-vague",
        "Maisie will receive regular input from the occupational therapist.\nA qualified "
        "teacher of the deaf will visit every half term for one hour, for the school year "
        "2026-27.\nMaisie will have support as needed during lunchtime.\nThe physiotherapist "
        "will provide a programme for school staff to follow.",
        ("unspecified_provision", "G", "regular"),
        ("unspecified_provision", "G", "input from"),
        *unquantified(
            "G", "Maisie will receive regular input from the occupational therapist.", provider=True
        ),
        ("unspecified_provision", "G", "support as needed"),
        *unquantified("G", "Maisie will have support as needed during lunchtime."),
        *unquantified(
            "G",
            "The physiotherapist will provide a programme for school staff to follow.",
            provider=True,
        ),
    ),
    plan(
        "diabetes-three-outcomes-two-weak",
        "Oscar is 13 and has type 1 diabetes. He often forgets to check his blood glucose and "
        "has had two hypos (low blood sugar episodes) in lessons this term.",
        "Oscar will manage his diabetes.\nOscar will understand his condition better by the "
        "end of Year 9.\nBy the end of Year 9, Oscar will check his blood glucose before lunch "
        "and before PE on at least 9 out of 10 school days, using the alarm on his phone.",
        "The children's diabetes nurse will see Oscar in school for 30 minutes each half term "
        "for the school year 2026-27 to agree his self-management targets.\nOscar's form tutor "
        "will check his phone alarm is on every morning until the next annual review.",
        ("outcome_not_smart", "E", "Oscar will manage his diabetes."),
        (
            "outcome_not_smart",
            "E",
            "Oscar will understand his condition better by the end of Year 9.",
        ),
    ),
    plan(
        "two-unexplained-one-explained-acronym",
        "Evan has a diagnosis of autism spectrum disorder (ASD).\nHe is known to the CAMHS LD "
        "team because he hurts himself when he is anxious.",
        "By the end of Year 7, Evan will use his calm card to go to the base when he feels "
        "anxious, instead of hurting himself, on 4 out of 5 occasions.",
        "A learning disability nurse will see Evan in school for 45 minutes every three weeks "
        "for the autumn and spring terms 2026-27 and write a plan with his ASD key worker.\n"
        "Evan's key worker will check in with him for 10 minutes at the start of each school "
        "day, for the school year 2026-27.",
        ("acronym", "C", "CAMHS"),
        ("acronym", "C", "LD"),
        ("no_provider", "G", "Evan's key worker will check in with him"),
    ),
    Case(
        "undivided-ot-advice-no-date",
        {
            "advice": "Following my assessment, Bella has very flexible joints "
            "(hypermobility) with pes planus and poor proprioception. She should have OT "
            "input and access to a writing slope. She takes amitriptyline at night for pain.",
            "author": "Sarah Kellett, Occupational Therapist",
        },
        (
            ("jargon", "advice", "pes planus"),
            ("jargon", "advice", "proprioception"),
            ("acronym", "advice", "OT"),
            ("drug_name", "advice", "amitriptyline"),
            ("advice_no_author", "author", "Sarah Kellett, Occupational Therapist"),
        ),
        kind="advice",
        tags=("advice", "undivided"),
    ),
    plan(
        "thread-broken-both-ways",
        "Lucas has epilepsy, with seizures about once a month, usually in the morning.\nLucas "
        "has severe eczema that makes him scratch until his skin bleeds, and he loses sleep.",
        "By the end of Year 5, Lucas will go to the first-aid room to put on his cream when "
        "his skin is itchy, with one reminder, 4 out of 5 times.",
        "A teaching assistant trained by the school nurse will help Lucas put on his cream at "
        "lunchtime every day, for the school year 2026-27.\nA speech and language therapist "
        "will assess Lucas's language once in the autumn term 2026 and give his class teacher "
        "a 30-minute briefing on the results.",
        ("golden_thread", "C", "Lucas has epilepsy"),
        ("golden_thread", "G", "A speech and language therapist will assess Lucas's language"),
    ),
    plan(
        "jargon-explained-and-not",
        "Aria has bilateral sensorineural hearing loss, which means permanent hearing loss in "
        "both ears, and she wears cochlear implants.\nShe also has nystagmus and loses her "
        "place when reading.",
        "By the end of Year 3, Aria will read a page of her reading book using a line guide, "
        "without losing her place more than twice, 4 out of 5 times.\nBy the end of Year 3, "
        "Aria will tell an adult when her implant is not working, every time.",
        "A qualified teacher of the deaf will visit Aria for one hour every half term for the "
        "school year 2026-27 to check her implants and advise staff.\nA qualified teacher of "
        "children with vision impairment will visit Aria once a term for the school year "
        "2026-27 and give her class teacher a reading plan, including a line guide.",
        ("jargon", "C", "nystagmus"),
    ),
    advice(
        "dietitian-advice-vague",
        "Jacob is autistic and has very restricted eating: he eats only five foods, all dry "
        "and beige.",
        "Jacob will try new foods.",
        "Jacob should be offered opportunities for messy play and food exploration.\nThe "
        "dietitian will monitor his growth.",
        "Emma Collins, Paediatric Dietitian, HCPC DT034567, 20 January 2026",
        ("outcome_not_smart", "outcomes", "Jacob will try new foods."),
        ("unspecified_provision", "provision", "should"),
        ("unspecified_provision", "provision", "opportunities for"),
        *unquantified(
            "provision",
            "Jacob should be offered opportunities for messy play and food exploration.",
        ),
        *unquantified("provision", "The dietitian will monitor his growth.", provider=True),
    ),
    provision_only(
        "ta-and-senco-shorthand",
        "The TA will do Sam's physio programme daily.\nThe SENCo will review this termly.",
        ("acronym", "G", "TA"),
        ("acronym", "G", "SENCo"),
        ("no_duration", "G", "The TA will do Sam's physio programme daily."),
        ("no_duration", "G", "The SENCo will review this termly."),
    ),
    provision_only(
        "bulleted-list-with-heading",
        "Health provision:\n- Access to a school nurse.\n- Regular physiotherapy.\n- A teaching "
        "assistant trained in manual handling will help Ayaan move from his wheelchair to the "
        "toilet at break and lunch every day, for the school year 2026-27.",
        ("unspecified_provision", "G", "Access to"),
        *unquantified("G", "Access to a school nurse.", provider=True),
        ("unspecified_provision", "G", "Regular"),
        *unquantified("G", "Regular physiotherapy."),
    ),
    advice(
        "salt-advice-acronym-and-no-frequency",
        "Rhys has developmental language disorder. He understands short sentences but "
        "struggles with longer instructions and new vocabulary.",
        "By the end of Year 4, Rhys will explain the meaning of five new topic words each half "
        "term, using his word map.",
        "SALT will provide a programme of vocabulary work.\nRhys's teaching assistant will "
        "pre-teach new topic words for 15 minutes, three times a week, for the school year "
        "2026-27.",
        "Joanna Pike, Speech and Language Therapist, 28 April 2026",
        ("acronym", "provision", "SALT"),
        *unquantified(
            "provision", "SALT will provide a programme of vocabulary work.", provider=True
        ),
        ("no_provider", "provision", "Rhys's teaching assistant will pre-teach new topic words"),
    ),
    advice(
        "adhd-advice-brand-and-no-role",
        "Florence has attention deficit hyperactivity disorder (ADHD) and takes Concerta XL "
        "each morning. It wears off by mid-afternoon and she finds the last lesson very hard.",
        "By the end of Year 7, Florence will start her afternoon tasks within 5 minutes using "
        "a task checklist, in 4 out of 5 lessons.",
        "Her form tutor will give her a printed task checklist for every afternoon lesson, and "
        "a teaching assistant will check in with her for 5 minutes at the start of the last "
        "lesson each day, for the school year 2026-27.",
        "Dr P. Nowak, 30 January 2026",
        ("drug_name", "needs", "Concerta"),
        ("no_provider", "provision", "a teaching assistant will check in with her"),
        ("advice_no_author", "author", "Dr P. Nowak, 30 January 2026"),
    ),
    plan(
        "epilepsy-rescue-medicine-named",
        "Sebastian has epilepsy. His seizures are mostly at night, but he has had three "
        "seizures in school in the last year, each lasting over five minutes.",
        "By July 2027, Sebastian will tell an adult when he feels a seizure coming, so that he "
        "can lie down safely, every time he notices the warning.",
        "Two members of staff trained by the epilepsy specialist nurse will be in school every "
        "day Sebastian attends, and will give him buccal midazolam if a seizure lasts five "
        "minutes, as set out in his healthcare plan, for as long as he attends the school.",
        ("jargon", "G", "buccal"),
        ("drug_name", "G", "midazolam"),
    ),
]

HELDOUT: list[Case] = CLEAN + NEAR_MISSES + ONE_PROBLEM + SEVERAL_PROBLEMS
