"""Drug names: "no drug names or clinical detail that does not bear on the SEN" (domain.md).

A list of medicines common in paediatrics (generic and brand names) and the endings of whole
families (-azepam, -oxetine ...). Every name is shown for review: only a person can say whether
it bears on the child's special educational needs.
"""

import re

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
    "enoxaparin"
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
    + r"))\b"
    + DEVICE,
    re.IGNORECASE,
)


def drug_name(section: str, text: str) -> list[Finding]:
    return [
        finding(
            "drug_name",
            section,
            text,
            match.start(),
            match.end(),
            f"'{match.group()}' is a drug name. Leave it out unless it bears on the child's "
            "special educational needs (for example, medicine staff must give in school); "
            "describe the need and what staff do instead.",
        )
        for match in DRUG_RE.finditer(text)
    ]
