"""Drug names: "no drug names or clinical detail that does not bear on the SEN" (domain.md).

A list of medicines common in paediatrics (generic and brand names) and the endings of whole
families (-azepam, -oxetine ...). Every name is shown for review: only a person can say whether
it bears on the child's special educational needs.
"""

import re

from .base import Finding, finding


def _names(text: str) -> tuple[str, ...]:
    return tuple(name.strip() for name in text.split(","))


DRUGS = _names(
    "melatonin, circadin, methylphenidate, ritalin, concerta, equasym, medikinet, "
    "lisdexamfetamine, elvanse, dexamfetamine, atomoxetine, strattera, guanfacine, "
    "intuniv, clonidine, risperidone, aripiprazole, sertraline, fluoxetine, salbutamol, "
    "ventolin, beclometasone, clenil, montelukast, sodium valproate, valproate, epilim, "
    "levetiracetam, keppra, lamotrigine, carbamazepine, topiramate, ethosuximide, "
    "midazolam, buccolam, baclofen, botulinum toxin, botox, movicol, macrogol, lactulose, "
    "senna, omeprazole, lansoprazole, ranitidine, glycopyrronium, hyoscine, "
    "chloral hydrate, paracetamol, ibuprofen, epipen, hydrocortisone, insulin, "
    "amitriptyline"
)
DRUG_RE = re.compile(
    r"\b(?:"
    + "|".join(re.escape(d).replace(r"\ ", r"\s+") for d in sorted(DRUGS, key=len, reverse=True))
    + r"|[a-z]{2,}(?:azepam|azolam|oxetine|peridone|triptyline|prazole|tiracetam))\b",
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
