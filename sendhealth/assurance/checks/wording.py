"""Checks on wording: provision that is not specified, and clinical jargon.

Each is driven by a phrase list, so a finding can always say which phrase it found and what to
write instead.
"""

import re

from .base import Finding, finding, words_regex
from .drugs import DRUG_RE
from .provision import FREQUENCY
from .text import provision_items

# Vague provision (tribunals and case law: provision must be specified and quantified).
VAGUE_PROVISION = {
    "access to": "say what the child will get, from whom, how often and for how long",
    "regular": "say exactly how often (for example 'weekly' or 'twice a day')",
    "regularly": "say exactly how often (for example 'weekly' or 'twice a day')",
    "as required": "say what triggers it and what is done, or how often it happens",
    "as and when required": "say what triggers it and what is done, or how often it happens",
    "as needed": "say what triggers it and what is done, or how often it happens",
    "when needed": "say what triggers it and what is done, or how often it happens",
    "if needed": "say what triggers it and what is done, or how often it happens",
    "support as needed": "say what support, from whom, how often and for how long",
    "opportunities for": "say what activity the child will do, how often and with whom",
    "opportunities to": "say what activity the child will do, how often and with whom",
    "as appropriate": "say exactly what will be done and when",
    "where appropriate": "say exactly what will be done and when",
    "where possible": "say what will be done; provision is not optional",
    "if possible": "say what will be done; provision is not optional",
    "may benefit": "say what the child needs, not what might help",
    "would benefit": "say what the child needs, not what might help",
    "could benefit": "say what the child needs, not what might help",
    "should have": "write 'will have' and specify it",
    "should receive": "write 'will receive' and specify it",
    "should be offered": "write 'will be given' and specify it",
    "should be given": "write 'will be given' and specify it",
    "it is recommended": "write what will be provided, not a recommendation",
    "is recommended": "write what will be provided, not a recommendation",
    "ongoing support": "say what support, from whom, how often and for how long",
    "input from": "say what the professional will do, how often and for how long",
    "to be considered": "say what will be done",
    "could be considered": "say what will be done",
    "periodic": "say exactly how often",
    "some support": "say what support, from whom, how often and for how long",
    "continue to": "say what will be provided from now on, how often and for how long",
    "may require": "say what the child needs, not what they might need",
    "may need": "say what the child needs, not what they might need",
    "occasional": "say exactly how often",
    "occasionally": "say exactly how often",
    "as necessary": "say what triggers it and what is done",
    "if necessary": "say what triggers it and what is done",
    "when necessary": "say what triggers it and what is done",
    # Hedges: provision is a duty, not a possibility.
    "should": "write 'will' and specify it",
    "may": "write 'will': provision is not optional",
    "might": "write 'will': provision is not optional",
}
VAGUE_RE = words_regex(VAGUE_PROVISION)
HOW_OFTEN_WORDS = frozenset({"regular", "regularly", "periodic", "occasional", "occasionally"})
# "access to the curriculum" is the aim of provision, not a promise of it.
NOT_VAGUE = re.compile(
    r"access\s+to\s+(?:the\s+|her\s+|his\s+|their\s+)?(?:curriculum|learning|education|lessons)",
    re.IGNORECASE,
)


# "step-free access to the first floor" is the provision itself, not a vague promise.
PHYSICAL_ACCESS = re.compile(
    r"(?:step-free|level|wheelchair|ramped|lift|physical)\s+$", re.IGNORECASE
)
# "Should he have a seizure ..." is a condition; "May 2027" is a month.
NOT_HEDGE = re.compile(r"(?i:should|may|might)\s+(?:he|she|they|[A-Z][a-z]+)\b")


def unspecified_provision(section: str, text: str) -> list[Finding]:
    found = []
    for item in provision_items(text):
        for match in VAGUE_RE.finditer(text, item.start, item.end):
            if NOT_VAGUE.match(text, match.start()):
                continue
            if match.group().lower() == "access to" and PHYSICAL_ACCESS.search(
                text, max(0, match.start() - 12), match.start()
            ):
                continue
            if match.group() == "May" or NOT_HEDGE.match(text, match.start()):
                continue
            phrase = " ".join(match.group().lower().split())
            if phrase in HOW_OFTEN_WORDS and FREQUENCY.search(item.text):
                continue  # "regular weekly sessions": the frequency is there
            found.append(
                finding(
                    "unspecified_provision",
                    section,
                    text,
                    match.start(),
                    match.end(),
                    f"'{match.group()}' does not specify provision: {VAGUE_PROVISION[phrase]}.",
                )
            )
    return found


JARGON = {
    "bilateral": "on both sides",
    "bilaterally": "on both sides",
    "aetiology": "cause",
    "idiopathic": "with no known cause",
    "prognosis": "what is likely to happen",
    "hypotonia": "low muscle tone (floppiness)",
    "hypertonia": "high muscle tone (stiffness)",
    "hypotonic": "with low muscle tone",
    "dysphagia": "difficulty swallowing",
    "dysarthria": "unclear speech because of weak mouth muscles",
    "dysfluency": "stammering",
    "enuresis": "wetting",
    "encopresis": "soiling",
    "nocturnal": "at night",
    "ambulant": "able to walk",
    "non-ambulant": "not able to walk",
    "ambulatory": "able to walk",
    "proprioceptive": "body awareness",
    "proprioception": "body awareness",
    "vestibular": "balance and movement",
    "echolalia": "repeating words or phrases",
    "perseveration": "getting stuck on one idea or action",
    "perseverative": "getting stuck on one idea or action",
    "sensorineural": "caused by the inner ear or hearing nerve",
    "hemiplegia": "weakness on one side of the body",
    "diplegia": "weakness mainly in both legs",
    "quadriplegia": "weakness in arms and legs",
    "gastrostomy": "feeding tube into the stomach",
    "nasogastric": "feeding tube through the nose",
    "desaturation": "a drop in oxygen levels",
    "desaturations": "drops in oxygen levels",
    "tachycardia": "a fast heartbeat",
    "tonic-clonic": "a seizure with stiffening and jerking",
    "comorbid": "alongside",
    "comorbidity": "another condition alongside",
    "comorbidities": "other conditions alongside",
    "sequelae": "after-effects",
    "contraindicated": "not safe",
    "titration": "adjusting the dose step by step",
    "titrated": "adjusted step by step",
    "emesis": "vomiting",
    "pyrexia": "fever",
    "oedema": "swelling",
    "orthoses": "splints",
    "orthotics": "splints or insoles",
    "hypermobility": "very flexible joints",
    "nystagmus": "eyes that move on their own",
    "strabismus": "a squint",
    "hyperacusis": "sensitivity to everyday sounds",
    "otitis media": "glue ear or an ear infection",
    "oromotor": "mouth movements",
    "oro-motor": "mouth movements",
    "hypoxic": "caused by lack of oxygen",
    "nocte": "at night",
    "mane": "in the morning",
    "prn": "when needed (say when)",
    "bd": "twice a day",
    "tds": "three times a day",
    "qds": "four times a day",
    "dysregulated": "finding it hard to manage feelings",
    "dysregulation": "difficulty managing feelings",
    "in utero": "before birth",
    "ataxia": "unsteady movement and balance",
    "ataxic": "with unsteady movement and balance",
    "spastic": "with stiff, tight muscles",
    "spastic diplegia": "stiff, weak muscles mainly in both legs",
    "spastic quadriplegia": "stiff, weak muscles in arms and legs",
    "spastic hemiplegia": "stiff, weak muscles on one side of the body",
    "spasticity": "stiff, tight muscles",
    "dystonia": "muscles that tighten on their own",
    "dystonic": "with muscles that tighten on their own",
    "athetoid": "with movements the child cannot control",
    "dyskinetic": "with movements the child cannot control",
    "contractures": "joints that have become fixed and tight",
    "talipes": "club foot",
    "pes planus": "flat feet",
    "pes cavus": "high-arched feet",
    "kyphosis": "a rounded upper back",
    "plagiocephaly": "a flattened head shape",
    "torticollis": "a twisted neck",
    "microcephaly": "a smaller head than usual",
    "buccal": "inside the cheek",
    "intranasal": "in the nose",
    "myoclonic": "sudden jerks",
    "atonic": "a seizure where the muscles go floppy",
    "postictal": "after a seizure",
    "post-ictal": "after a seizure",
    "febrile": "with a fever",
    "apnoea": "pauses in breathing",
    "bradycardia": "a slow heartbeat",
    "hypoglycaemia": "low blood sugar",
    "hyperglycaemia": "high blood sugar",
    "aphasia": "difficulty using or understanding language",
    "dysphasia": "difficulty using or understanding language",
    "dysphonia": "a hoarse or weak voice",
    "periventricular leukomalacia": "damage to the brain before or around birth",
    "hypertonic": "with high muscle tone (stiff)",
}
JARGON_RE = words_regex(JARGON)
EXPLANATION_AFTER = re.compile(
    r"\s*(?:\([a-z][^()]{3,}\)|[-\u2013\u2014,]\s*(?:a|an|the|which\s+is|which\s+means|"
    r"meaning|that\s+is)\s+[a-z])"
)
BD_LIKE = frozenset({"bd", "tds", "qds", "mane", "nocte", "prn"})
# "buccal midazolam": the route is part of the medicine's name, which drug_name flags.
ROUTE = frozenset({"buccal", "intranasal"})


def jargon(section: str, text: str) -> list[Finding]:
    found = []
    for match in JARGON_RE.finditer(text):
        word = " ".join(match.group().lower().split())
        if word in BD_LIKE and match.group() != match.group().lower():
            continue  # "Mane" the surname, "BD" an acronym
        if _explained_nearby(text, match):
            continue
        if word in ROUTE and DRUG_RE.match(text, match.end() + 1):
            continue
        found.append(
            finding(
                "jargon",
                section,
                text,
                match.start(),
                match.end(),
                f"'{match.group()}' is clinical jargon. Families may not know it: write "
                f"'{JARGON[word]}', or explain it in brackets.",
            )
        )
    return found


# The rest of a noun phrase before its explanation: "bilateral sensorineural hearing loss,
# which means ...". Joining words end the phrase, so "hypotonia and tires, which ..." is not.
PHRASE_REST = re.compile(
    r"(?:\s+(?!(?:and|or|but|so|with|is|are|has|have|was|were|that|which|in|on|at|to|for|of|"
    r"the|a|an|he|she|they|his|her|their)\b)[a-z][a-z-]*){1,3}"
)
EXPLAINED_PHRASE = re.compile(
    r"\s*(?:\([a-z][^()]{3,}\)|,\s*(?:which\s+is|which\s+means|meaning|that\s+is)\s+[a-z])"
)


def _explained_nearby(text: str, match: re.Match) -> bool:
    """``dysphagia (difficulty swallowing)``, ``gastrostomy - the feeding tube ...``,
    ``difficulty swallowing (dysphagia)``, ``bilateral sensorineural hearing loss, which
    means ...``."""
    if EXPLANATION_AFTER.match(text, match.end()):
        return True
    rest = PHRASE_REST.match(text, match.end())
    if rest and EXPLAINED_PHRASE.match(text, rest.end()):
        return True
    return text[: match.start()].endswith("(") and text[match.end() : match.end() + 1] == ")"
