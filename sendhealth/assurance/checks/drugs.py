"""Drug names: "no drug names or clinical detail that does not bear on the SEN" (domain.md).

A list of medicines common in paediatrics (generic and brand names) and the endings of whole
families (-azepam, -oxetine ...). Every name is shown for review: only a person can say whether
it bears on the child's special educational needs.
"""

import re
from pathlib import Path

from .base import Finding, finding


def _names(text: str) -> tuple[str, ...]:
    return tuple(name.strip() for name in text.split(","))


# By the BNF for Children's chapters, the medicines (generic, then UK brands) a school or a
# plan is likely to name: those given in school, rescue medicines and long-term treatment of
# the conditions EHC plans most often describe.
DRUGS = _names(
    # Sleep, ADHD and behaviour (BNFc 4: nervous system)
    "melatonin, circadin, slenyto, adaflex, colonis, methylphenidate, ritalin, concerta, "
    "equasym, medikinet, xaggitin, delmosart, matoride, lisdexamfetamine, elvanse, "
    "dexamfetamine, amfexa, atomoxetine, strattera, guanfacine, intuniv, clonidine, "
    "risperidone, risperdal, aripiprazole, abilify, quetiapine, olanzapine, haloperidol, "
    "sertraline, fluoxetine, prozac, citalopram, escitalopram, fluvoxamine, amitriptyline, "
    "propranolol, promethazine, phenergan, chloral hydrate, "
    # Epilepsy and rescue medicines (BNFc 4.8)
    "sodium valproate, valproate, epilim, levetiracetam, keppra, lamotrigine, lamictal, "
    "carbamazepine, tegretol, oxcarbazepine, trileptal, topiramate, topamax, ethosuximide, "
    "zarontin, phenytoin, epanutin, phenobarbital, clobazam, frisium, stiripentol, diacomit, "
    "rufinamide, inovelon, vigabatrin, sabril, zonisamide, lacosamide, vimpat, perampanel, "
    "fycompa, cannabidiol, epidyolex, fenfluramine, fintepla, gabapentin, pregabalin, "
    "midazolam, buccolam, epistatus, "
    # Muscle tone, movement and drooling (BNFc 10, 4.9)
    "baclofen, lioresal, tizanidine, dantrolene, trihexyphenidyl, benzhexol, "
    "botulinum toxin, botox, dysport, glycopyrronium, hyoscine, kwells, scopoderm, "
    # Asthma and cystic fibrosis (BNFc 3)
    "salbutamol, ventolin, terbutaline, bricanyl, beclometasone, clenil, qvar, budesonide, "
    "pulmicort, fluticasone, flixotide, seretide, symbicort, fostair, salmeterol, "
    "formoterol, montelukast, singulair, ipratropium, atrovent, prednisolone, "
    "dexamethasone, dornase alfa, pulmozyme, ivacaftor, kaftrio, orkambi, symkevi, "
    "azithromycin, tobramycin, colistimethate, "
    # Gut, continence and feeding (BNFc 1, 7)
    "movicol, macrogol, laxido, cosmocol, lactulose, senna, docusate, bisacodyl, "
    "sodium picosulfate, omeprazole, lansoprazole, esomeprazole, ranitidine, famotidine, "
    "domperidone, gaviscon, ondansetron, loperamide, creon, pancreatin, nutrizym, "
    "mesalazine, azathioprine, infliximab, adalimumab, humira, oxybutynin, solifenacin, "
    "desmopressin, desmomelt, "
    # Diabetes, hormones and allergy (BNFc 6, 3.4)
    "insulin, novorapid, humalog, fiasp, lantus, levemir, tresiba, abasaglar, glucagon, "
    "glucogel, hypostop, metformin, hydrocortisone, fludrocortisone, levothyroxine, "
    "somatropin, genotropin, norditropin, epipen, jext, emerade, adrenaline auto-injector, "
    "cetirizine, loratadine, fexofenadine, chlorphenamine, piriton, "
    # Pain, infection, blood and skin (BNFc 4.7, 5, 9, 13)
    "paracetamol, calpol, ibuprofen, nurofen, codeine, morphine, oramorph, tramadol, "
    "diclofenac, naproxen, amoxicillin, flucloxacillin, phenoxymethylpenicillin, "
    "penicillin v, trimethoprim, nitrofurantoin, hydroxycarbamide, folic acid, "
    "tacrolimus, protopic, mometasone, elocon, betamethasone, "
    # Heart and circulation (BNFc 2)
    "furosemide, spironolactone, captopril, enalapril, sildenafil, aspirin, warfarin, "
    "enoxaparin, digoxin, amiodarone, "
    # f15n: more of BNFc by chapter, generic then UK brand: combinations ("co-"), old names
    # still written ("phenobarbitone"), iron and vitamins as prescribed, skin and local
    # anaesthetic, immune and blood, and the brands families know best.
    "co-amoxiclav, augmentin, co-careldopa, sinemet, co-beneldopa, madopar, co-codamol, "
    "co-trimoxazole, co-danthramer, deflazacort, emflaza, phenobarbitone, paraldehyde, "
    "diazepam, stesolid, brivaracetam, briviact, eslicarbazepine, zebinix, sulthiame, "
    "ospolot, alimemazine, vallergan, tranquilyn, affenid, xenidate, "
    "omeprazole, losec, esomeprazole, nexium, zantac, peptac, carobel, "
    "ursodeoxycholic acid, picolax, dulcolax, fybogel, "
    "ferrous sulfate, ferrous sulphate, ferrous fumarate, sodium feredetate, sytron, "
    "colecalciferol, ergocalciferol, alfacalcidol, "
    "carbocisteine, hypertonic saline, tiotropium, spiriva, flutiform, relvar, easyhaler, "
    "ddavp, noqdirna, tolterodine, detrusitol, ditropan, vesicare, "
    "lidocaine, emla, ametop, tetracaine, "
    "cetirizine, zirtek, zyrtec, clarityn, neoclarityn, "
    "methotrexate, mycophenolate, ciclosporin, hydroxyurea, hydroxychloroquine, "
    "etanercept, enbrel, tocilizumab, "
    "aciclovir, zovirax, oseltamivir, tamiflu, mupirocin, bactroban, fusidic acid, fucidin, "
    "clotrimazole, canesten, miconazole, daktarin, nystatin, "
    "dioralyte, sando-k, phosphate-sandoz, "
    "insulin aspart, insulin lispro, insulin glargine, insulin detemir, insulin degludec, "
    "humulin, insuman, toujeo, semglee, lyumjev, apidra, "
    "bisoprolol, amlodipine, nifedipine, "
    "atropine, cyclopentolate, chloramphenicol, "
    "risperidone, clonazepam, rivotril, nitrazepam, lorazepam, "
    "medised, sudafed, difflam, bonjela"
)
# The endings of whole families (benzodiazepines, SSRIs, proton pump inhibitors ...).
FAMILIES = (
    "azepam|azolam|bazam|oxetine|peridone|triptyline|pramine|prazole|tiracetam|conazole"
    "|cillin|mycin|floxacin|cycline|sonide|casone|lukast|setron|tropium|olol|sartan"
    "|afil|dronate|barbital|promazine"
    # f15j: more BNFc families by ending: ACE inhibitors, H2 blockers, statins, monoclonal
    # antibodies, cephalosporins, triptans, corticosteroids, azole antifungals, gliptins.
    "|pril|tidine|statin|ximab|zumab|umab|triptan|olone|asone|azole|gliptin"
    "|lukast|vudine|navir|cyclovir|parin|oxacin|tinib"
    # f15n: more endings (calcium channel blockers, loop diuretics, local anaesthetics,
    # NSAIDs, antihistamines, vitamin D, racetams, phenothiazines, ciclosporins).
    "|dipine|semide|caine|profen|tadine|tirizine|calciferol|racetam|mazine|sporin|trexate"
)
# A medicine's name used for the device that gives it ("insulin pump", "insulin pen") names
# the device, not the medicine: care with the pump is the provision, not the drug.
# f15j: only for a generic that is an everyday word ("insulin pen"); a brand's pen ("her
# NovoRapid pen") still names the medicine.
DEVICE = r"(?!(?<=insulin)\s+(?:pumps?|pens?|needles?|ports?|cartridges?)\b)"
DRUG_RE = re.compile(
    r"\b(?:"
    + "|".join(re.escape(d).replace(r"\ ", r"\s+") for d in sorted(DRUGS, key=len, reverse=True))
    + r"|[a-z]{3,}(?:"
    + FAMILIES
    # f15n: "diazepam" has only two letters before its family's ending.
    + r")|[a-z]{2}(?:azepam|azolam))\b"
    + DEVICE,
    re.IGNORECASE,
)


# f15n: a word written just before a dose is a medicine's name, whatever the name: "Xylomed
# 18mg", "Tranzepa XL 36 mg", "Nebrocin 2 puffs" are medicines even when no list holds them.
# The word is not an ordinary word ("takes 5 mg", "water 200 ml", "a further 2 ml"); the
# formulation may come between ("... XL", "... oral solution", "... cream").
FORMULATION = (
    r"(?:XL|SR|MR|CR|XR|LA|CD|retard|chrono|junior|paediatric|infant|soluble|dispersible|oral|"
    r"liquid|suspension|syrup|solution|elixir|tablets?|capsules?|granules|sachets?|cream|gel|"
    r"ointment|lotion|drops|spray|patch(?:es)?|inhaler|evohaler|accuhaler|turbohaler|"
    r"easyhaler|nebules?|injection|pen|modified[- ]release|prolonged[- ]release|release)"
)
DOSE_NAME = re.compile(
    r"(?<![\w-])((?-i:[A-Z][a-z]{3,}|[a-z]{5,}|[A-Z]{5,})(?:-[A-Za-z]+)?)"
    r"(?:\s+" + FORMULATION + r")*\s+\(?\d+(?:\.\d+)?\s*(?:mg|mcg|micrograms?|ml|mls|"
    r"millilitres?|units?|iu|puffs?)\b(?!\s*/\s*(?:l|dl)\b)",
    re.IGNORECASE,
)
# f15n: a capitalised name before the form a medicine comes in ("Zomig nasal spray", "Fragmin
# injections", "Oilatum bath additive" is not one: no such form) is a brand, unless the word
# says what kind of medicine it is ("Steroid cream", "Reliever inhaler").
BRAND_FORM = re.compile(
    r"(?<![\w-])((?-i:[A-Z][a-z]{3,}|[A-Z]{5,}))(?:\s+(?-i:[A-Z][a-z]+|\d+))?\s+(?:nasal\s+spray|"
    r"eye\s+drops|ear\s+drops|injections?|tablets|capsules|syrup|suppositor(?:y|ies)|"
    r"inhaler|nebules|patch(?:es)?|granules|sachets|oral\s+(?:solution|suspension)|"
    # f15y: a release code in capitals is written only after a medicine's brand ("Concerta
    # XL", "Tegretol Retard", a brand no list holds or a misspelt one).
    r"XL|XR|SR|MR|CR|Retard|retard|[Mm]odified[- ]release|[Pp]rolonged[- ]release)\b"
)
KIND_OF_MEDICINE = frozenset(
    re.findall(
        r"[a-z]+",
        """steroid steroids reliever preventer rescue emergency nasal pain sleep allergy asthma
        glucose saline barrier moisturising antibiotic antibiotics antihistamine vitamin iron
        hormone growth insulin blue brown purple orange red green pink white yellow spare
        school home epilepsy seizure migraine reflux laxative laxatives sugar fluoride flu
        travel sickness nicotine herbal homeopathic sugar-free chewable soluble liquid""",
    )
)
NOT_A_NAME = frozenset(
    re.findall(
        r"[a-z]+",
        """takes taking taken given gives give giving prescribed prescription dose doses dosage
    daily nightly twice times usually normally about approximately around least most total
    extra another further maximum minimum plus then with every each water milk juice feed
    feeds feeding formula fluid fluids drink drinks flush flushes bolus weight weighs weighed
    insulin medicine medicines medication medications tablet tablets liquid syrup spoon
    spoons spoonful sachet sachets cream inhaler injection needs needed receives receive
    should would could will shall must have has having uses using were being under below
    above over than from between after before during morning evening night bedtime lunch
    lunchtime breakfast school home vitamin vitamins supplement supplements""",
    )
)


ORDINARY_WORDS = frozenset(
    line.split("#", 1)[0].strip().lower()
    for line in Path(__file__).with_name("ordinary_words.txt").read_text("utf-8").splitlines()
)


RECIPIENT = re.compile(
    r"\b(?:give|gives|given|giving|offer|offers|offered|remind|reminds|help|helps|let|lets|"
    r"allow|allows|to|for|with|and|keep|keeps|ask|asks|show|shows|tell|tells|teach|teaches)\s+$",
    re.IGNORECASE,
)


def _ordinary(word: str) -> bool:
    low = word.lower()
    return low in NOT_A_NAME or low in ORDINARY_WORDS or low.endswith("ly")


def drug_name(section: str, text: str) -> list[Finding]:
    matches = [(m.start(), m.end(), m.group()) for m in DRUG_RE.finditer(text)]
    for m in DOSE_NAME.finditer(text):
        start, end, word = m.start(1), m.end(1), m.group(1)
        if _ordinary(word.split("-")[0]) or any(s < end and start < e for s, e, _ in matches):
            continue
        if RECIPIENT.search(text, max(0, start - 20), start):
            continue  # "give Amir 2 puffs": the child, not the medicine
        matches.append((start, end, word))
    for m in BRAND_FORM.finditer(text):
        start, end, word = m.start(1), m.end(1), m.group(1)
        if word.lower() in KIND_OF_MEDICINE or _ordinary(word):
            continue
        if any(s < end and start < e for s, e, _ in matches):
            continue
        if RECIPIENT.search(text, max(0, start - 20), start):
            continue  # "give Amir tablets": the child
        if start == 0 or re.search(r"(?:^|[.!?:\n]\s*|[-*\u2022]\s+)$", text[:start]):
            continue  # a sentence's first word may be any word in capitals
        matches.append((start, end, word))
    return [
        finding(
            "drug_name",
            section,
            text,
            start,
            end,
            f"'{word}' is a drug name. Leave it out unless it bears on the child's "
            "special educational needs (for example, medicine staff must give in school); "
            "describe the need and what staff do instead.",
        )
        for start, end, word in sorted(matches)
    ]
