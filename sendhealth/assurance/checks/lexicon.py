"""The concept lexicon the golden thread links needs, outcomes and provision through.

Each concept has clinical terms and the lay terms families and school staff use for the same
thing, kept as data: a DCO adds terms in the system admin (``assurance.ConceptTerm``) and
they are merged in by ``Lexicon.with_terms``. A term is the start of a word ("seizur" meets
"seizures"); a term ending in "$" matches only the whole word; several words match as a
phrase. A term may end with sense checks (f15h): "!" and the words that, right after it,
give it another sense ("falls$ !behind !asleep": "falls behind" is not a fall).

A term starting "~" is weak: an everyday word ("sit", "lunch") that reads a need or an
outcome but never says what provision is for ("at every meal" says when, not what).

A *condition* concept (epilepsy, diabetes ...) is specific: a need that names one is met only
by provision or an outcome on that condition, never by a general concept it shares ("eating
and drinking" does not meet diabetes).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

# concept: (is a condition, clinical terms, lay terms)
CONCEPTS: dict[str, tuple[bool, str, str]] = {
    "communication": (
        False,
        # f15s: "speech-to-text" is a writing tool, not speech.
        "speech !to-text !to text, languag, communicat, dysfluen, stammer, stutter, salt$, "
        "slt$, aac$, makaton, "
        "verbal, mutism, dld$, articulat, expressive, receptive, augmentative, eye-gaze, "
        "eye gaze, voca$, communication aid, communication book, pecs$",
        "talk, vocabular, sentenc, signing, signs$, ~words$, understand instructions, pointing, "
        "symbols$, ~point$, "
        "following instructions, follow instructions, two-step, answer questions, "
        "hard to understand, ~speak, ~say$",
    ),
    "movement": (
        False,
        "motor, mobilit, physiotherap, physio$, hemipleg, diplegi, quadripleg, cerebral palsy, "
        "hypoton, ataxi, spastic, dystoni, muscular dystrophy, gait, posture, orthos, "
        "hypermobil, contracture, scoliosis",
        "walk, balanc !diet !meal !meals, coordination, coordinated movement, uncoordinated, "
        "wheelchair, standing frame, standing, stairs, "
        "transfer !to secondary !to high !to college !to year !to school !to a new school "
        "!to another school !to sixth !to adult, "
        "stiff, joint$ !report !visit !meeting !session !plan !working !assessment !review "
        "!approach !funding !decision, joints$, stretch, muscle, moving and handling, hoist, "
        "~seating, ~sit$, ~sitting, "
        "frame$ !of mind, falls$ !behind !asleep !ill !silent !quiet !apart !out, "
        "trips$ !over his words !over her words !out !to !away, "
        # f15i: body parts, weak: they read a need or an outcome, never what provision is for.
        "~knee, ~knees, ~hip$, ~hips$, ~ankle, ~ankles, ~leg$, ~legs$, ~feet$, ~foot$, ~back$",
    ),
    "hand skills": (
        False,
        "fine motor, dyspraxi, developmental coordination, occupational therap, hemipleg, "
        "upper limb",
        "handwrit, pencil, grip, scissors, dressing, get changed, getting changed, buttons, "
        "arm$, arms$, ~reach, "
        "cutlery, typing, fasten, zip$, writing slope, ~laptop, ~write$, ~writing$, "
        "~type on, ~type his, ~type her, ~type their, ~type up, ~typed$, "
        "~writes$, ~wrist, ~wrists, ~hand$, ~hands$, ~finger, ~fingers, ~thumb",
    ),
    "sensory processing": (
        False,
        "sensory, proprioce, vestibul, sensory processing, spd$",
        # f15u: "touch-typing" is a keyboard skill, not the sense of touch.
        "nois, loud, sound, ear defenders, touch !typing, overwhelm, covers his ears, "
        "covers her ears, quiet place, quiet room",
    ),
    "epilepsy": (
        True,
        "epilep, seizur, tonic, clonic, absence seizur, absence epilep, absence attack, "
        "rescue medication, emergency care plan",
        "fits$ !in !into !well !with, fit$ !of !for !in !into !with !well !and, blank spells, "
        "stares !out !at",
    ),
    "continence": (
        True,
        "continen, incontinen, enuresis, encopres, bladder, bowel",
        "toilet, wetting, soiling, nappy, nappies, pads$, wet$, accidents",
    ),
    "eating, drinking and swallowing": (
        False,
        # f15aa: a coat peg ("his peg and tray") is not a feeding tube (PEG).
        "dysphag, gastrostom, nasogastric, peg$ !and tray !and drawer !and coat, nutrition, "
        "dietit, dietic, aspirat, "
        "modified diet, texture",
        "eat, feed$ !back, feeds$, feeding, fed$, "
        "swallow, diet$, weight$, weights$, tube, choking, choke, ~meal, ~drink, ~lunch, ~snack, "
        "~food",
    ),
    "hearing": (
        True,
        "audiolog, cochlear, deaf, glue ear, grommet, hearing impair, otitis",
        "hearing, hear$, hears$, heard$, radio aid, hearing aid",
    ),
    "vision": (
        True,
        "visual impair, visually impaired, orthopt, squint, nystagm, cortical visual, "
        "qualified teacher of the visually impaired, qtvi$",
        "vision, sight, eyes$, glasses, large print, print size, braille, magnif, enlarg",
    ),
    "sleep": (False, "melatonin, sleep apnoea, insomni", "sleep, bedtime, night wak"),
    "emotional wellbeing": (
        False,
        "anxi, depress, camhs, mental health, self-harm, selective mutism, eating disorder",
        "worr, mood, emotion, wellbeing, panic, distress, calm, feelings, upset, safety plan, "
        "hurting himself, hurting herself, hurt himself, hurt herself, "
        "school refus, attendance",
    ),
    "breathing": (
        True,
        "asthma, respirat, tracheost, oxygen, bronch, chest infection",
        "breath, inhaler, wheez, chest feels tight, chest$",
    ),
    "diabetes": (
        True,
        "diabet, insulin, hypoglyc, hyperglyc",
        "glucose, blood sugar, hypo$, hypos$",
    ),
    "allergy": (
        True,
        "allerg, anaphyla, auto-injector, adrenaline",
        "epipen, nut$, nuts$, peanut, allergy pen",
    ),
    "attention": (
        False,
        "attention, adhd$, hyperactiv, impulsiv",
        "concentrat, focus, fidget, sit still, stay on task, on task, in his seat, "
        "in her seat, movement break, wait his turn, wait her turn, finish, complete tasks, "
        "checklist",
    ),
    "social interaction": (
        False,
        "social communication, autis, asd$",
        "social, friendship, interact, peers, play with, routine, visual timetable",
    ),
    "pain and fatigue": (
        False,
        "chronic fatigue, fatigue, myalgic, hypermobil, arthritis, pain crisis",
        "pain, tire, tiring, stamina, rest$ !of, rests$, exhaust, hurt",
    ),
    "skin": (True, "eczema, dermat, emollient, pressure area", "skin, itch, scratch, cream"),
    "cystic fibrosis": (
        True,
        "cystic fibrosis, enzyme, creon$, pancreatin, airway clearance",
        "cf$, chest physio",
    ),
    # Blood conditions (BNFc 9): the crises and infections they bring.
    "blood conditions": (
        True,
        "sickle cell, haematolog, thalassaem, haemophil, anaemi, transfusion",
        "painful crises, sickle crisis, pain crisis, pain crises, blood condition, hydrat, "
        "dehydrat, water bottle, keep warm, kept warm",
    ),
    # Learning disability: the need, the nurses and teams who work with it.
    "learning disability": (
        False,
        "learning disabilit, intellectual disabilit, global developmental delay, gdd$, ld$, "
        "pmld$, sld$",
        "learning difficult",
    ),
    # Gut conditions other than swallowing: reflux, constipation, coeliac disease.
    "gut": (
        True,
        "gastro-oesophageal reflux, gord$, reflux, coeliac, crohn, colitis, inflammatory bowel, "
        "gastroenterolog",
        "gluten, tummy pain, stomach pain, being sick, vomit",
    ),
}

# More clinical and lay terms for the concepts above (issue 15: the words plans and advice
# use for the same thing, from the domain notes and NICE / BNFc vocabulary), merged in.
MORE_TERMS: dict[str, tuple[str, str]] = {
    "communication": (
        "bsl$, british sign language, sign language, selective mutism, phonolog, "
        "language disorder, social communication",
        "communication passport, visual supports, now and next, signs and symbols",
    ),
    "movement": (
        "hydrotherap, afos$, afo$, ankle-foot, splint, rollator, k-walker, crutches, "
        "mobility aid, mobility equipment, gross motor, postural management",
        "powered chair, walker$, walking frame, ~steps$, ramp, lift$, ~playground, "
        "tires when walking, stand$, moving around",
    ),
    "hand skills": (
        "handwriting, sensory-motor",
        "writing aids, pencil grip, keyboard, dressing skills, buttons",
    ),
    "sensory processing": (
        # Occupational therapists assess sensory processing too.
        "sensory diet, sensory seeking, sensory avoid, sensory circuit, sensory integration, "
        "occupational therap",
        "weighted, chewy, chew toy, smells, textures, busy places, crowded, bright light",
    ),
    "epilepsy": (
        "vagus nerve, vns$, ketogenic, seizure plan, seizure care plan, midazolam",
        "rescue medicine, drop attacks, jerks",
    ),
    "continence": (
        "catheter, stoma$, stomas$, urinary, continence plan, toileting plan",
        # f15s: "changing position" is not nappy changing.
        "toileting, ~changing !position !positions !her position !his position "
        "!their position, wee$, poo$, personal care, intimate care, changing room",
    ),
    "eating, drinking and swallowing": (
        # Speech and language therapists also assess and manage swallowing.
        "speech and language therap, salt$, slt$, eating and drinking plan, thickened, "
        "texture-modified, iddsi$, enteral, tube feed",
        "feeding, mealtime, mealtimes, bite-sized, pureed, soft diet, chewing",
    ),
    "hearing": (
        "bone conduction, baha$, sensorineural, conductive hearing",
        "hearing loss, radio aids, soundfield, ~ear$, ~ears$",
    ),
    "vision": (
        "cerebral visual, cvi$, ophthalm, myopia, hemianop, visual field",
        "see the board, ~seeing, low vision, partially sighted, blind$",
    ),
    "sleep": ("sleep hygiene, sleep disorder", "tired in the morning, wakes, waking, ~night$"),
    "emotional wellbeing": (
        "self-regulat, emotional regulat, trauma, attachment, low mood, suicid, psychological",
        "meltdown, shutdown, regulat, zones of regulation, ~cope, ~coping, angry, anger, "
        "frustrat, withdrawn, trusted adult, safe space, calm space",
    ),
    "breathing": (
        "suction, ventilat, bipap$, cpap$, nebulis, spacer, reliever, preventer",
        "cough, coughing, short of breath, breathless",
    ),
    "diabetes": (
        "carbohydrate, carb count, insulin pump, cgm$, glucose monitor, ketone, libre$",
        "carb$, carbs$, finger prick, blood test",
    ),
    "allergy": ("anaphylaxis, antihistamine", "allergic, allergic reaction, hives, swelling"),
    "attention": (
        "executive function",
        "distract, restless, impulse, sit for, stay seated, movement breaks, wobble cushion, "
        "timer$, now and next",
    ),
    "social interaction": (
        "social skills, social stories, social story, autism spectrum, asc$",
        "turn-taking, take turns, taking turns, friendships, group work, playtimes",
    ),
    "pain and fatigue": (
        "chronic pain, pain management, pacing, energy management, migraine, cfs$, "
        "post-viral, long covid",
        "tired, tiredness, headache, headaches, ~sore, ache, aching, rest break, rest breaks, "
        "activity plan, energy levels, brain fog",
    ),
    "skin": ("pressure care, pressure sore, dermatitis", "rash, sun cream, moisturis"),
}
# f15e: the roles and programmes that say what provision is for.
EVEN_MORE_TERMS: dict[str, tuple[str, str]] = {
    "emotional wellbeing": (
        "elsa$, elsas$, emotional literacy, counsell, educational psycholog, play therap, "
        "art therap, thrive$, nurture group, school nurse drop-in",
        "mentor, check-in, check in with, worry box, emotion coaching",
    ),
    "hearing": (
        "teacher of the deaf, tod$, qtod$, hearing support, deaf awareness",
        "hearing aids, cochlear implant",
    ),
    "vision": ("habilitation, qtvi$, visual impairment team", "enlarged, modified large print"),
    "movement": ("moving and handling, manual handling, orthotic, afo$, afos$", "splints$"),
    "continence": ("bladder and bowel, continence nurse", "toilet pass"),
}
# f15g: lay and clinical words the thread missed. Constipation, wetting and soiling are met by
# bladder and bowel (continence) provision and diaries; a gastrostomy, tube feeds or nothing
# by mouth by a feeding plan and the dietitian, who also sees weight and diet; adapted
# cutlery meets eating; global developmental delay includes speech and language.
F15G_TERMS: dict[str, tuple[str, str]] = {
    "continence": (
        "constipat, laxative, bladder and bowel diary, continence service, encopresis",
        "soiled, soils$, wets$, wet herself, wet himself, bowel diary, toilet diary, "
        "toileting diary",
    ),
    "eating, drinking and swallowing": (
        "feeding plan, dietetic, nil by mouth, gastrostomy, jejunostomy, tube-fed, button feed",
        "nothing by mouth, tube fed, feeds$, weight gain, gain weight, gained weight, "
        "lose weight, losing weight, portion, cutlery, knife and fork, spoon, eating plan",
    ),
    "communication": (
        "global developmental delay, gdd$, speech delay, language delay",
        "younger child, talks like, talking like, understanding of language",
    ),
}
F15H_TERMS: dict[str, tuple[str, str]] = {
    # f15h: lay words for reflux, vomiting and other gut troubles; feeding troubles; not
    # asking for help or talking; optometrists and opticians see eyes.
    "gut": (
        "diarrhoea, gastro-oesophageal, oesophag, regurgitat, possett",
        "brings up, bring up, bringing up, brought up, brings back up, brings milk back, "
        "brings his milk, brings her milk, back up after, spits up, spit up, spitting up, "
        "possets, posset$, throws up, throw up, throwing up, thrown up, is sick$, are sick$, "
        "was sick$, sick after, sick during, retch, tummy ache, tummy pain, tummy, stomach ache, "
        "bloat, colic, windy, runny poo, loose stool, heartburn, burning in his chest, "
        "burning in her chest",
    ),
    "eating, drinking and swallowing": (
        "faltering growth, failure to thrive, centile, percentile",
        "appetite, fussy eat, picky eat, refuses food, refuses to eat, won't eat, off his food, "
        "off her food, gags, gagging, milk$, bottle feed, bottles$, upright after",
    ),
    "vision": ("optometr, optician, eye clinic, eye test", "spectacles"),
    "breathing": (
        "continuous positive airway pressure, bilevel positive airway pressure, "
        "non-invasive ventilation, niv$, sleep apnoea",
        "breathing machine, breathing mask",
    ),
}
# f15h: school absence and missed learning, met by catch-up work and attendance support; not
# asking for help or not talking, met by communication provision.
ATTENDANCE = (
    "attendance, school absence, persistent absence, reduced timetable, part-time timetable, "
    "home tuition, hospital school, medical needs teach",
    "absences from school, absence from school, absent from school, absences this, "
    "missed school, misses school, missing school, miss school, missed learning, missed work, "
    "missed lessons, time off school, days off school, off school, catch up, catch-up, "
    "catching up, work sent home, home learning, work to do at home, gaps in his learning, "
    "gaps in her learning",
)
F15G_TERMS["communication"] = (
    F15G_TERMS["communication"][0],
    F15G_TERMS["communication"][1] + ", ask for help, asks for help, asking for help, "
    "does not ask, doesn't ask, does not talk, doesn't talk, won't talk, will not talk, "
    "not talk, rarely talks, does not speak, doesn't speak, tell an adult, tells an adult",
)
# f15i: body systems and conditions a stranger names that the lists lacked: trauma and its
# lay signs, a stoma as the gut's, moving to relieve pressure on the skin.
F15I_TERMS: dict[str, tuple[str, str]] = {
    "emotional wellbeing": (
        "ptsd$, post-traumatic, trauma-focused",
        "flashback, nightmare, jumpy, on edge, frightened, scared",
    ),
    "gut": ("ileostomy, colostomy, stoma$, stomas$, stoma care", "stoma bag"),
    "skin": (
        "pressure relief, pressure sores",
        "shift his weight, shift her weight, change position, changes position, reposition",
    ),
}
# f15j: classes a stranger's plans named that the lists lacked: a long cane and guide dog
# are sight's; obsessive compulsive disorder and talking therapy the mind's; mouthing,
# spinning and rocking are sensory seeking; emptying or changing a stoma bag is stoma care.
F15J_TERMS: dict[str, tuple[str, str]] = {
    "vision": (
        "long cane, cane training, guide dog, orientation and mobility, mobility and orientation",
        "cane$",
    ),
    "emotional wellbeing": (
        "obsessive compulsive, obsessive-compulsive, ocd$, talking therap, "
        "cognitive behavioural therap, cbt$",
        "compulsion, obsession, intrusive thought",
    ),
    "sensory processing": (
        "sensory seeking, sensory-seeking",
        "mouthing, mouths objects, mouths things, puts objects in, puts things in, "
        "puts toys in, objects in his mouth, objects in her mouth, things in his mouth, "
        "things in her mouth, chewy, chew toy, chewellery, spinning, "
        "rocking, seeks movement",
    ),
    "gut": (
        "",
        "empty his bag, empty her bag, empty my bag, empty my own bag, change his bag, "
        "change her bag, empty and change",
    ),
}
F15J_TERMS["gut"] = ("stoma nurse", F15J_TERMS["gut"][1])
# f15k: a loss of a sense named as such is the condition, not an everyday word about it
# ("She also has a severe hearing loss" is met only by provision on her hearing).
F15K_TERMS: dict[str, tuple[str, str]] = {
    "hearing": ("hearing loss, loss of hearing, hard of hearing", "hearing aids"),
    "vision": (
        "sight loss, loss of sight, vision loss, loss of vision, partially sighted",
        "eyesight, eye sight",
    ),
}
# f15l: having no friends, being lonely or alone at break is social interaction; a club at
# lunch or after school is an everyday (weak) word for it ("join a lunchtime club").
F15L_TERMS: dict[str, tuple[str, str]] = {
    "social interaction": (
        "social isolation",
        "friends$, lonely, loneliness, isolated, ~club$, ~clubs$",
    ),
}
# f15p: narcolepsy and falling asleep are sleep's; sores and picking at the skin are the
# skin's; being left out is social. ("stoma" above matches only the word: as a start of a
# word it read "stomach bug" as continence.)
F15P_TERMS: dict[str, tuple[str, str]] = {
    "sleep": ("narcolep, cataplex", "asleep$"),
    "skin": ("skin picking, skin-picking", "sores$, picks at, picking at"),
    "social interaction": ("social exclusion", "left out"),
}
# f15s: two classes of the mind's lay words: distress shown in what a child does (unsettled,
# tearful, clingy, hiding, running out of the room) and how a child sees themself
# (self-esteem, self-worth, "feels he is ...", "how she sees herself"). "Feels" is weak: it
# reads a need, never what provision is for.
F15S_TERMS: dict[str, tuple[str, str]] = {
    # f15s: dictation tools are for writing, not for speech.
    "hand skills": (
        "dictation software, voice recognition software",
        "speech-to-text, speech to text, voice typing, voice-to-text, dictation",
    ),
    "emotional wellbeing": (
        "self-esteem, self esteem, self-worth, self-image, self-confidence",
        "unsettled, tearful, clingy, hides$, hiding$, runs out of, running out of, ran out of, "
        "runs off, running off, ran off, low confidence, lacks confidence, "
        "sees himself, sees herself, sees themself, sees themselves, view of himself, "
        "view of herself, view of themself, ~feels he, ~feels she, ~feels they, ~feel he, "
        "~feel she",
    ),
}
# f15u: three classes. Picture-based communication written out in words. How a child
# feels about themself before others (body image, self-conscious, embarrassed, ashamed) is
# the mind's, as self-esteem is. What a physiotherapist sets up for posture and strength
# (core strength, strengthening, a footrest, a sloped or wedge cushion) is movement's, as
# seating and standing frames are.
F15U_TERMS: dict[str, tuple[str, str]] = {
    # Picture-based communication written out (PECS is already read).
    "communication": (
        "picture exchange, communication board, symbol board",
        "picture cards, choice board",
    ),
    "emotional wellbeing": ("body image", "self-conscious, embarrass, ashamed"),
    "movement": (
        "core strength, core stability, strengthening, postural",
        "footrest, foot rest, sloped cushion, wedge cushion",
    ),
}
# f15x: classes of how plans and advice say a need or its provision in everyday words.
# Being dry by day or night (or not yet) is continence, as toileting is ("dry skin" is not).
# A bleeding disorder told in lay words (bleeds, bruises easily, blood that does not clot) is
# a blood condition, as haemophilia is. Sitting in a supportive seat or chair, or not being
# able to sit without support, is posture, as seating is. A child's blood pressure is the
# heart's (a routine check of it says what it is for, as one of weight says growth). Added
# after CONCEPTS.update below, as "heart" is defined there.
F15X_TERMS: dict[str, tuple[str, str]] = {
    "continence": (
        "",
        "not yet dry$, not dry$, dry in the day, dry during, dry by day, "
        "dry at night, dry through the day, dry overnight",
    ),
    "blood conditions": (
        "bleeding disorder, clotting",
        "bleeds$, bleeding$ !gums, "
        "bruises easily, bruise easily, bruising$, does not clot, doesn't clot",
    ),
    "movement": (
        "",
        "supportive seat, supportive chair, supportive seating, "
        "sit without support, sitting without support, sit unsupported",
    ),
    "heart": ("blood pressure", ""),
    # Sitting at the front, near the teacher, is how plans seat a child who hears or sees
    # less (weak: it reads a need and what everyday provision meets, never what it is for).
    "hearing": ("", "~near the front, ~front of the class, ~close to the teacher"),
    "vision": ("", "~near the front, ~front of the class, ~close to the teacher"),
    # A psychologist's work (not a neuropsychologist's) meets the mind's needs, as
    # counselling does; lay, so that it is never said to meet no need (a psychologist
    # treats many conditions: functional disorders, pain, brain injury).
    "emotional wellbeing": ("", "psychologist$, psychologists$"),
    # Asking for things or telling an adult is communication, in a need or an outcome
    # (weak: "ask for a review" in provision says nothing of what it is for).
    "communication": ("", "~ask for, ~asks for, ~tell adults, ~tell an adult, ~tells adults"),
}
for _name, (_clinical, _lay) in [
    *F15G_TERMS.items(),
    *F15H_TERMS.items(),
    *F15I_TERMS.items(),
    *F15J_TERMS.items(),
    *F15K_TERMS.items(),
    *F15L_TERMS.items(),
    *F15P_TERMS.items(),
    *F15S_TERMS.items(),
    *F15U_TERMS.items(),
]:
    EVEN_MORE_TERMS[_name] = tuple(  # type: ignore[assignment]
        f"{a}, {b}" if _name in EVEN_MORE_TERMS else b
        for a, b in zip(EVEN_MORE_TERMS.get(_name, ("", "")), (_clinical, _lay), strict=True)
    )
for _name, (_clinical, _lay) in EVEN_MORE_TERMS.items():
    MORE_TERMS[_name] = tuple(  # type: ignore[assignment]
        f"{a}, {b}" if _name in MORE_TERMS else b
        for a, b in zip(MORE_TERMS.get(_name, ("", "")), (_clinical, _lay), strict=True)
    )
for _name, (_clinical, _lay) in MORE_TERMS.items():
    _condition, _base_clinical, _base_lay = CONCEPTS[_name]
    CONCEPTS[_name] = (_condition, f"{_base_clinical}, {_clinical}", f"{_base_lay}, {_lay}")

# Conditions and needs that had no concept (issue 15), not marked as conditions so that
# provision on their effects meets them ("rest breaks" for a heart condition's tiredness).
CONCEPTS.update(
    {
        # f15j: drooling, met by chin wiping, bibs, saliva medicine or a therapist's plan.
        "saliva control": (
            False,
            "saliva, hypersalivation, sialorrh",
            "drool, dribbl, wipe his chin, wipe her chin, wiping his chin, wiping her chin, "
            "bib$, bibs$, bandana bib",
        ),
        "heart": (
            False,
            "cardiac, cardiolog, cardiomyopath, heart condition, congenital heart",
            "heart$",
        ),
        # f15k: teeth and mouth care, met by a dentist or the community dental service.
        "teeth and mouth": (
            False,
            "dental, dentist, orthodont, oral hygiene, oral care",
            "teeth$, tooth$, toothbrush, brushing his teeth, brushing her teeth, gums$, "
            # f15s: the lay words for what goes wrong with teeth (a class, not a case).
            "toothache, tooth decay, decayed tooth, decayed teeth, bad tooth, bad teeth, "
            "sore tooth, sore teeth, sore gums, bleeding gums, gum$",
        ),
        "kidney": (False, "renal, kidney, dialysis, nephro", "kidneys$"),
        # f15p: a child easily made ill by infections (after a transplant, on treatment that
        # lowers immunity, with a heart or lung condition) and the news of outbreaks that
        # protects them.
        "infection risk": (
            False,
            "immunosuppress, immunocompromis, immune system, low immunity, neutropen, "
            "infection control, infection risk",
            "infection$, infections$, outbreak, outbreaks, colds$, a cold$, flu$, chickenpox, "
            "measles, stomach bug, tummy bug, sickness bug, hand washing, handwashing, "
            "hand gel",
        ),
        "tics": (False, "tourette, tic disorder", "tics$, tic$"),
        "attendance and learning": (False, *ATTENDANCE),
        "memory and thinking": (
            False,
            "acquired brain injury, brain injury, cognitive, cognition, processing speed, "
            "working memory",
            "memory, ~remember, forget, forgets, forgetful, ~thinking",
        ),
    }
)

# f15aa: classes of everyday English the thread did not read, each general: being stressed
# is a feeling; conversation and eye contact are getting on with others; dressing oneself is
# a hand and self-care skill (an OT's work); weeks, days or "a lot" of school missed is
# absence; the spine is the body's frame (movement, as scoliosis already is).
F15AA_TERMS: dict[str, tuple[str, str]] = {
    "emotional wellbeing": ("", "stressed$, stressful$, under stress"),
    "social interaction": ("", "conversation$, conversations$, eye contact"),
    "hand skills": (
        "",
        "dress himself, dress herself, dress themselves, dress myself, getting dressed, "
        "get dressed, dressing routine, dressing himself, dressing herself, undress",
    ),
    "attendance and learning": ("", "weeks of school, days of school, a lot of school"),
    "movement": ("", "spine$, spinal$"),
}
for _name, (_clinical, _lay) in [*F15X_TERMS.items(), *F15AA_TERMS.items()]:
    _condition, _base_clinical, _base_lay = CONCEPTS[_name]
    CONCEPTS[_name] = (
        _condition,
        ", ".join(t for t in (_base_clinical, _clinical) if t),
        ", ".join(t for t in (_base_lay, _lay) if t),
    )


def _term(term: str) -> str:
    """A term as a pattern. A sense check (f15h) follows the term: "!" then words that,
    right after it, give it another sense ("falls$ !behind !asleep": "falls behind" is not
    a fall; "fit$ !of !in": "a fit of giggles", "fit in")."""
    term, *senses = (part.strip() for part in term.split("!"))
    senses = [sense for sense in senses if sense.rstrip("$")]
    if not term.rstrip("$"):
        return "\uffff"  # only sense checks ("!foo"): nothing to match, never everything
    whole = term.endswith("$")
    words = term.rstrip("$").split()
    body = r"\s+".join(re.escape(w) for w in words)
    body += r"\b" if whole else ""
    if senses:
        other = "|".join(r"\s+".join(re.escape(w) for w in sense.split()) for sense in senses)
        # The rest of the word first, taken whole ("transfers" then " to secondary").
        # f15s: a hyphen parts them too ("speech-to-text" is not speech).
        body += ("" if whole else r"\w*+") + r"(?![\s-]+(?:" + other + r")\b)"
    return body


@dataclass(frozen=True)
class Concept:
    name: str
    condition: bool
    clinical: tuple[str, ...]
    lay: tuple[str, ...]
    regex: re.Pattern = field(compare=False, repr=False)
    clinical_regex: re.Pattern = field(compare=False, repr=False)
    weak_regex: re.Pattern = field(compare=False, repr=False)


def _split(text: str) -> tuple[str, ...]:
    terms = tuple(t.strip().lower() for t in text.split(","))
    if not all(terms):
        raise ValueError(f"empty term in {text!r}")  # it would match every word
    return terms


def _concept(name: str, condition: bool, clinical: Iterable[str], lay: Iterable[str]) -> Concept:
    clinical, lay = tuple(clinical), tuple(lay)
    strong = [t for t in (*clinical, *lay) if not t.startswith("~")]
    regex = re.compile(r"(?<![\w-])(?:" + "|".join(_term(t) for t in strong) + ")", re.I)
    weak_regex = re.compile(
        r"(?<![\w-])(?:" + "|".join(_term(t.lstrip("~")) for t in (*clinical, *lay)) + ")", re.I
    )
    clinical_regex = re.compile(
        r"(?<![\w-])(?:" + "|".join(_term(t) for t in clinical or ("\uffff",)) + ")",
        re.IGNORECASE,
    )
    return Concept(name, condition, clinical, lay, regex, clinical_regex, weak_regex)


@dataclass(frozen=True)
class Match:
    concept: str
    start: int
    end: int
    term: str


class Lexicon:
    def __init__(self, concepts: Iterable[Concept]):
        self.concepts = {c.name: c for c in concepts}

    @classmethod
    def default(cls) -> Lexicon:
        return cls(
            _concept(name, condition, _split(clinical), _split(lay))
            for name, (condition, clinical, lay) in CONCEPTS.items()
        )

    def with_terms(self, terms: Iterable[tuple[str, str, bool]]) -> Lexicon:
        """Add (concept, term, is clinical) rows, as kept in the admin; a new concept name
        makes a new (non-condition) concept."""
        extra: dict[str, tuple[list[str], list[str]]] = {}
        for concept, term, clinical in terms:
            term = term.strip().lower()
            if term:
                extra.setdefault(concept, ([], []))[0 if clinical else 1].append(term)
        if not extra:
            return self
        concepts = []
        for name in {*self.concepts, *extra}:
            base = self.concepts.get(name)
            clinical, lay = extra.get(name, ([], []))
            concepts.append(
                _concept(
                    name,
                    base.condition if base else False,
                    (*(base.clinical if base else ()), *clinical),
                    (*(base.lay if base else ()), *lay),
                )
            )
        return Lexicon(sorted(concepts, key=lambda c: c.name))

    def matches(self, text: str) -> list[Match]:
        found = []
        for concept in self.concepts.values():
            for m in concept.regex.finditer(text):
                found.append(Match(concept.name, m.start(), m.end(), m.group()))
        return found

    def concepts_in(self, text: str, *, weak: bool = False) -> set[str]:
        """The concepts ``text`` is about; with ``weak``, also those only an everyday word
        suggests ("sit", "lunch"): enough to read a need or an outcome by, too loose to say
        what provision is for."""
        return {
            c.name
            for c in self.concepts.values()
            if (c.weak_regex if weak else c.regex).search(text)
        }

    def clinical_concepts_in(self, text: str) -> set[str]:
        """The concepts ``text`` names by a clinical term ("physiotherapy", "dysphagia")."""
        return {c.name for c in self.concepts.values() if c.clinical_regex.search(text)}

    def conditions_named(self, text: str) -> set[str]:
        """The conditions ``text`` names by a clinical term ("epilepsy", not "falls")."""
        return {
            c.name for c in self.concepts.values() if c.condition and c.clinical_regex.search(text)
        }


DEFAULT = Lexicon.default()
