"""Checks on wording: provision that is not specified, and clinical jargon.

Each is driven by a phrase list, so a finding can always say which phrase it found and what to
write instead.
"""

import re
from pathlib import Path

from .base import Finding, finding, words_regex
from .provision import FREQUENCY, STATED_TRIGGER, _records
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
WHEN_NEEDED = frozenset(
    {
        "as required",
        "as and when required",
        "as needed",
        "when needed",
        "if needed",
        "as necessary",
        "if necessary",
        "when necessary",
    }
)
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
    # A form-style record ("Provision: ...", "When: as required") is read whole (f15h): a
    # trigger on another line of it specifies its "as required".
    records = [(start, end) for start, end, _fields in _records(text)] if ":" in text else []
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
            if phrase in WHEN_NEEDED and STATED_TRIGGER.search(item.text):
                continue  # "as required, if a seizure lasts longer than 5 minutes": specified
            record = next((r for r in records if r[0] <= match.start() < r[1]), None)
            if phrase in WHEN_NEEDED and record and STATED_TRIGGER.search(text, *record):
                continue
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


def read_jargon(text: str) -> dict[str, str]:
    """``jargon.txt``: ``word | plain words`` a line (``[topic]`` headings and ``#`` comments
    ignored); a word ending in ``*`` also matches any ending. Returns pattern -> plain words."""
    terms: dict[str, str] = {}
    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.split("#", 1)[0].strip()
        if not line or (line.startswith("[") and line.endswith("]")):
            continue
        word, bar, plain = (part.strip() for part in line.partition("|"))
        if not bar or not word or not plain:
            raise ValueError(f"jargon.txt line {number}: {raw!r}")
        terms[word.lower()] = plain
    return terms


JARGON_FILE = Path(__file__).with_name("jargon.txt")
JARGON = read_jargon(JARGON_FILE.read_text(encoding="utf-8"))


def _section_words(text: str, heading: str) -> frozenset[str]:
    """The words listed under one ``[heading]`` of jargon.txt (lower case)."""
    words, inside = set(), False
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].strip()
        if line.startswith("[") and line.endswith("]"):
            inside = line[1:-1].strip() == heading
        elif inside and "|" in line:
            words.add(line.partition("|")[0].strip().lower())
    return frozenset(words)


# f15v: the words of jargon.txt's [general] section say how any condition goes, where it
# comes from, what it comes with or how a medicine is given ("comorbid", "idiopathic",
# "prophylactic", "subcutaneous"). They qualify a diagnosis but are never part of its name:
# "comorbid developmental coordination disorder" still has an unexplained "comorbid".
GENERAL_WORDS = _section_words(JARGON_FILE.read_text(encoding="utf-8"), "general") | _section_words(
    JARGON_FILE.read_text(encoding="utf-8"), "f15l: how a condition goes"
)


def _jargon_regex(terms) -> re.Pattern:
    parts = sorted(terms, key=len, reverse=True)
    body = "|".join(
        re.escape(t.rstrip("*")).replace(r"\ ", r"\s+") + (r"\w*" if t.endswith("*") else "")
        for t in parts
    )
    return re.compile(rf"(?<![\w-])(?:{body})(?![\w-])", re.IGNORECASE)


def _plain(word: str) -> str:
    if GENUS.fullmatch(word) or NAME_LIKE_GENUS.fullmatch(word):
        return "a germ (say what kind, for example 'a bacterium', and what it does)"
    if word in JARGON:
        return JARGON[word]
    if word not in JARGON and (form := _form_plain(word)) and not JARGON_RE.fullmatch(word):
        return form
    for term, plain in JARGON.items():
        if term.endswith("*") and word.startswith(term[:-1]):
            return plain
    return "plain words"


JARGON_RE = _jargon_regex(JARGON)


def read_forms(text: str) -> tuple[dict[str, str], dict[str, str], frozenset[str]]:
    """``jargon_forms.txt``: suffixes ("-itis | plain"), prefixes ("dys- | plain") and the
    words under ``[not jargon]`` that have those forms but are not jargon."""
    suffixes: dict[str, str] = {}
    prefixes: dict[str, str] = {}
    keep: set[str] = set()
    part = ""
    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        if line.startswith("[") and line.endswith("]"):
            part = line[1:-1]
            continue
        if part == "not jargon":
            keep.add(line.lower())
            continue
        form, bar, plain = (piece.strip() for piece in line.partition("|"))
        if not bar or not plain or not (form.startswith("-") or form.endswith("-")):
            raise ValueError(f"jargon_forms.txt line {number}: {raw!r}")
        if form.startswith("-"):
            suffixes[form[1:].lower()] = plain
        else:
            prefixes[form[:-1].lower()] = plain
    return suffixes, prefixes, frozenset(keep)


SUFFIXES, PREFIXES, NOT_JARGON = read_forms(
    Path(__file__).with_name("jargon_forms.txt").read_text(encoding="utf-8")
)
# Clinical words by their form (f15e): "-itis", "-plegia", "-ostomy", "dys-", "hyper-" ...
# (8 letters or more; plurals and "-ic" adjectives too).
FORM_RE = re.compile(
    r"(?<![\w-])(?=[a-z]{8,}(?![\w-]))(?:(?:"
    + "|".join(sorted(PREFIXES, key=len, reverse=True))
    + r")[a-z]{4,}|[a-z]{3,}(?:"
    + "|".join(sorted(SUFFIXES, key=len, reverse=True))
    + r")(?:s|es|ic)?)(?![\w-])",
    re.IGNORECASE,
)


def _form_plain(word: str) -> str:
    for suffix, plain in SUFFIXES.items():
        if re.search(suffix + r"(?:s|es|ic)?$", word):
            return plain
    return next((plain for prefix, plain in PREFIXES.items() if word.startswith(prefix)), "")


# A germ's Latin name (f15h), by the form of a genus: "Staphylococcus aureus", "Pseudomonas",
# "Haemophilus". Genus endings that are also girls' names ("-ella", "-eria": "Isabella")
# count only with a species word after them or a word about germs before them.
GENUS_ENDINGS = (
    r"coccus|cocci|bacter|bacterium|bacteria|monas|philus|idium|illus|plasma|myces|bacillus|"
    r"spora|vibrio|chlamydia|ichia|omyces|virus"
)
GENUS = re.compile(
    r"(?<![\w-])(?-i:[A-Z][a-z]{3,}(?:" + GENUS_ENDINGS + r"))(?![\w-])"
    r"(?:\s+(?-i:[a-z]{4,}(?:us|ae|is|ii|um|i|es)))?(?![\w-])"
)
NAME_LIKE_GENUS = re.compile(
    r"(?<![\w-])(?-i:[A-Z][a-z]{3,}(?:ella|iella|eria|ia))\s+(?-i:[a-z]{4,}(?:us|ae|is|ii|um|i))"
    r"(?![\w-])|"
    r"(?i:\b(?:grow|grows|grew|grown|growing|infection\s+with|infected\s+with|colonised\s+with|"
    r"colonized\s+with|positive\s+for|caused\s+by|germ\s+called|bug\s+called|bacteria\s+called|"
    r"bacterium\s+called|cultured|isolated)\s+)((?-i:[A-Z][a-z]{4,}(?:ella|iella|eria|ia|us|um|a)))"
    r"(?![\w-])|"
    r"((?-i:[A-Z][a-z]{4,}(?:ella|iella|eria)))(?=\s+(?:infection|bacteri|germ|was\s+(?:found|grown|"
    r"isolated|cultured)|grew|(?:in|from)\s+(?:his|her|their|the)\s+(?:urine|sputum|blood|"
    r"chest|lungs|wee|cough|swab)))"
)


def _genus_words(text: str) -> list[re.Match]:
    found = list(GENUS.finditer(text))
    for m in NAME_LIKE_GENUS.finditer(text):
        group = next((g for g in (1, 2) if m.group(g)), 0)
        if group:
            inner = re.compile(re.escape(m.group(group)))
            found.append(inner.search(text, m.start(group)))
        else:
            found.append(m)
    return [m for m in found if m]


def _clinical_words(text: str):
    """jargon.txt's words, then words with a clinical form that jargon.txt does not hold."""
    matches = list(JARGON_RE.finditer(text))
    taken = [(m.start(), m.end()) for m in matches]
    for m in _genus_words(text):
        if not any(s < m.end() and m.start() < e for s, e in taken):
            matches.append(m)
            taken.append((m.start(), m.end()))
    for m in FORM_RE.finditer(text):
        word = m.group().lower()
        stem = re.sub(r"(?:s|es)$", "", word)
        if word in NOT_JARGON or stem in NOT_JARGON or word in JARGON or stem in JARGON:
            continue
        if any(s < m.end() and m.start() < e for s, e in taken):
            continue
        if m.group()[0].isupper() and m.start() > 0 and text[m.start() - 2 : m.start()].strip():
            # A capitalised word mid-sentence is a name ("Hyperion House"), not jargon.
            continue
        matches.append(m)
    return sorted(matches, key=lambda m: m.start())


# An explanation straight after the word: "(low muscle tone)", "- the feeding tube",
# ": his muscles are floppy", ", which means ...", ", or low muscle tone,", " means ...".
EXPLANATION_AFTER = re.compile(
    r"\s*(?:\((?!\s*[A-Z]{2,}\s*\))[^()]{3,}\)|"
    # f15n: square brackets, "that is", "which" without its comma, and "is a condition ...",
    # "is difficulty ..." (a definition: "Dysphagia is difficulty with swallowing").
    r"\[[^\[\]]{3,}\]|,\s*that\s+is,?\s+[a-z]|"
    r"\s+which\s+(?:means|makes|causes|stops|affects|is\s+when|is\s+where)\b|"
    r"\s+(?:is|are)\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}?(?:condition|difficulty|illness|"
    r"disease|disorder|word|term|type|weakness|tube|test|scan|operation|"
    r"build-up|medicine)\b|"
    r"\s+(?:is|are)\s+(?:difficulty|trouble|pain|weakness|stiffness|when|where|how)\b|"
    r"[-\u2013\u2014:]\s*[a-z]|"
    # f15r: ", which" explains with a verb that says what it is ("which means", "which is",
    # "which makes ..."), not with a consequence ("photophobia, which gives her headaches",
    # "coprolalia, which upsets him").
    r",\s*which\s+(?:means|meant|is|are|was|were|makes|made|causes|caused|stops|affects|"
    r"describes|refers\s+to)\s+[a-z]|"
    r",\s*(?:a|an|the|that\s+is|meaning|i\.e\.?|or|also\s+(?:called|known\s+as)|"
    r"known\s+as|where|when|in\s+which|so\s+that\s+means)\s+[a-z]|"
    r"\s+(?:means|meaning|is\s+when|is\s+where|refers\s+to|is\s+(?:the\s+)?"
    r"(?:medical|clinical)\s+(?:word|term|name))\b)"
)
# An explanation before it: "difficulty swallowing (dysphagia)", "low muscle tone, known as
# hypotonia", "this is called hypotonia", "what doctors call hypotonia".
EXPLANATION_BEFORE = re.compile(
    r"(?:\b(?:called|known\s+as|termed|doctors\s+call(?:\s+(?:this|it))?|"
    r"(?:the\s+)?(?:medical|clinical)\s+(?:word|term|name)\s+(?:for\s+(?:this|it)\s+)?"
    r"(?:is\s+)?|,\s*or|i\.e\.?)\s*[\"'\u2018\u201c]?)$",
    re.IGNORECASE,
)
# The next sentence explains it: "He has hypotonia. This means his muscles are floppy."
NEXT_SENTENCE_EXPLAINS = re.compile(
    r"[^.!?\n]{0,80}[.!?]\s+(?:(?:this|that|it)\s+(?:means|is\s+when|is\s+where|"
    r"refers\s+to)|in\s+other\s+words|put\s+simply|in\s+plain\s+(?:english|words)|"
    # f15n: "This is a condition where ...", "That is, ...", "In simple terms, ...".
    r"(?:this|that|it)\s+is\s+(?:a|an|the)?\s*(?:[\w-]+\s+){0,2}?(?:condition|difficulty|"
    r"illness|disease|disorder|word|term|name|weakness|tube)|that\s+is\b(?=,)|"
    r"in\s+(?:plain|simple|everyday)\s+(?:terms|words|english))\b",
    re.IGNORECASE,
)
# f15n: the word itself starts the next sentence and is defined there: "He has nystagmus.
# Nystagmus means the eyes flicker."
DEFINED_NEXT = r"[^.!?\n]{0,80}[.!?]\s+(?:the\s+)?%s\s+(?:means|is\s+(?:a|an|when|where)|are)\b"
# f15n: the plain words, then a dash, then the word: "eyes that flicker all the time -
# nystagmus".
DASH_BEFORE = re.compile(r"(?:\b[a-z]+\s+){2,}[a-z]+\s+[-\u2013\u2014]\s*$")
# f15n: an acronym in brackets between the word and its explanation: "phenylketonuria (PKU),
# a rare inherited condition ...".
ACRONYM_BRACKET = re.compile(r"\s*\(\s*[A-Z][A-Za-z0-9/-]{1,7}\s*\)")
# f15n: a word in the name of a syndrome, disease or disorder, or with its type, is part of a
# diagnosis the family is given by name ("joint hypermobility syndrome", "neurofibromatosis
# type 1"), as jargon.txt keeps diagnoses out. Not across a joining word ("hypotonia and Down
# syndrome").
# f15v: and "condition", the head noun of a diagnosis named by its kind ("a neuromuscular
# condition", "a metabolic condition"; the labelling READMEs: a diagnosis with its qualifiers
# is not jargon), except a word of its course or cause (GENERAL_WORDS: "a neurodegenerative
# condition", labelled in 12h).
DIAGNOSIS_NAME = re.compile(
    r"(?:\s+(?!(?:and|or|with|in|of|from|after|because|due|to|his|her|their|a|an|the|is|are|"
    r"has|have)\b)[\w'\u2019-]+){0,2}?\s+(?:syndrome|disease|disorder|condition)\b|"
    r"\s+type\s+\d",
    re.IGNORECASE,
)
# Later in the same clause: "hypotonia in his trunk, which means he tires when sitting".
LATER_IN_CLAUSE = re.compile(
    r"[^.;!?\n()]{0,50}?(?:,\s*(?:which|this)\s+means\b|\s\((?!\s*[A-Z]{2,}\s*\))[a-z][^()]{3,}\))",
    re.I,
)
# A clinical word that names a service or specialist is part of a name, not a word to explain
# (f15i): "the neuromuscular team", "the palliative care service", "the epilepsy nurse".
SERVICE_AFTER = re.compile(
    # f15n: not "and his doctors" ("atlanto-axial instability and his doctors have said ..."):
    # a service's name has no possessive in it.
    r"(?:\s+(?:care|medicine|health|and\s+(?!(?:his|her|their|the|a|an|my|our|your)\b)[\w-]+|"
    r"(?-i:[A-Z][\w'-]*))){0,2}\s+(?:team|service|clinic|unit|department|"
    r"ward|nurses?|consultants?|specialists?|physiotherapists?|doctors?|centre|hospice)s?\b|"
    # f15r: a professional's title, the clinical word naming the specialty ("the
    # haemoglobinopathy clinical nurse specialist", "the neuromuscular care advisor").
    r"(?:\s+(?:care|clinical|specialist|nurse|nursing|health|medical|(?-i:[A-Z][\w'-]*))){0,3}"
    r"\s+(?:advis[eo]rs?|co-?ordinators?|practitioners?|therapists?|leads?|specialists?|"
    r"nurses?|consultants?|doctors?|"
    r"[a-z]{3,}(?:ologist|ician)s?)\b",
    re.IGNORECASE,
)
BD_LIKE = frozenset({"bd", "tds", "qds", "mane", "nocte", "prn"})
# f15j: "aspiration" is food or drink going into the lungs unless it is a hope ("her
# aspiration is to become a vet", "his main aspiration", "aspirations for adulthood").
HOPE = re.compile(
    r"\b(?:my|his|her|their|our|main|career|future|long[- ]term|biggest|greatest)\s+aspiration\b|"
    r"\baspiration\s+(?:is|was|would\s+be)?\s*(?:to|for|of)\b",
    re.IGNORECASE,
)


# f15r: a glossary line ("Glossary: CI - cochlear implant ...; bilateral - in both ears.", "Key
# words: ...") explains its words for the whole document, wherever they are used.
GLOSSARY = re.compile(
    r"^[ \t]*(?:glossary|abbreviations|key\s+(?:words|terms)|words\s+(?:used|explained)|"
    r"terms\s+used|"
    r"what\s+(?:the|these|some)\s+words\s+mean)\b[^:\n]{0,30}:?[ \t]*(.*)$",
    re.IGNORECASE | re.MULTILINE,
)
# f15v: an entry is the word then its meaning after a dash, colon or equals sign, or after
# "means", "is" or "refers to" ("Glossary: expressive language means the words ...").
GLOSSARY_ENTRY = re.compile(
    r"(?:^|[;.\n])\s*([A-Za-z][\w' -]{0,40}?)\s*(?:[-\u2013\u2014:=]|\s-|\s(?:means|is|are|"
    r"refers\s+to))\s+\S"
)


def glossary_terms(text: str) -> set[str]:
    """The words a glossary line in ``text`` explains (lower case)."""
    terms = set()
    for line in GLOSSARY.finditer(text):
        for entry in GLOSSARY_ENTRY.finditer(line.group(1)):
            terms.add(" ".join(entry.group(1).lower().split()))
    return terms


def jargon(section: str, text: str, explained: set[str] | None = None) -> list[Finding]:
    """Each clinical word (``jargon.txt``) not explained where it is used.

    A word explained once is explained for the rest of the document: pass the same
    ``explained`` set for each section, in reading order (``run_checks`` does)."""
    explained = set() if explained is None else explained
    found = []
    for match in _clinical_words(text):
        word = " ".join(match.group().lower().split())
        if word in BD_LIKE and match.group() != match.group().lower():
            continue  # "Mane" the surname, "BD" an acronym
        # f15j: a route before a medicine's name ("buccal midazolam") is jargon too: every
        # labelled set that has one asks for it (the family does not know "buccal").
        if word == "aspiration" and HOPE.search(
            text[max(0, match.start() - 30) : match.end() + 12]
        ):
            continue  # f15j: "her aspiration is to become a vet" is a hope
        if _explained_nearby(text, match):
            explained.add(word)
            continue
        if word in explained or any(len(word) >= 6 and e.endswith(word) for e in explained):
            continue  # f15i: "haemodialysis (a machine cleans his blood)", then "dialysis"
        if SERVICE_AFTER.match(text, match.end()):
            continue  # f15i: "the neuromuscular team", "the Palliative Care Team": a service's name
        if DIAGNOSIS_NAME.match(text, match.end()) and word not in GENERAL_WORDS:
            continue  # f15n: "joint hypermobility syndrome": a diagnosis by its name
        found.append(
            finding(
                "jargon",
                section,
                text,
                match.start(),
                match.end(),
                f"'{match.group()}' is clinical jargon. Families may not know it: write "
                f"'{_plain(word)}', or explain it where it is used.",
            )
        )
    return found


# The rest of a noun phrase before its explanation: "bilateral sensorineural hearing loss,
# which means ...". Joining words end the phrase, so "hypotonia and tires, which ..." is not.
PHRASE_REST = re.compile(
    # f15l: "of" and its noun stay in the phrase: "childhood apraxia of speech, a condition
    # where ...".
    r"(?:\s+of\s+[a-z][a-z-]*|"
    # f15n: a name in the phrase, capitalised ("hypermobile Ehlers-Danlos syndrome, a ...").
    r"\s+(?!(?i:and|or|but|so|with|is|are|has|have|was|were|that|which|in|on|at|to|for|of|"
    r"the|a|an|he|she|they|his|her|their|means)\b)[A-Za-z][A-Za-z-]*){1,3}"
)


CONSEQUENCE_MEANS = re.compile(r"\s+means\b")
POSSESSIVE_BEFORE = re.compile(
    r"\b(?:his|her|their|(?-i:[A-Z][a-z]+)['\u2019]s)\s+(?:[a-z-]+\s+){0,2}$", re.IGNORECASE
)


# f15v: ", which" and a clause in the present tense that says what the thing does without
# naming the child ("focal seizures, which start in one part of the brain", "a shunt, which
# drains fluid from the brain") describes it; a clause about the child is a consequence
# ("photophobia, which gives her headaches", "coprolalia, which upsets him"), and "which was
# found", "which can ..." are not descriptions. Broader than f15r's list of verbs, which stays.
WHICH_CLAUSE = re.compile(
    r"(?:\s+[a-z][\w-]*){0,3}?,\s*which\s+(?!(?:was|were|can|could|will|would|has|had|have|"
    r"may|might|should|must|did|does|do|he|she|they|I|we|you)\b)([a-z][^.;!?\n()]{10,})"
)
THE_CHILD = re.compile(
    r"\b(?:he|she|they|him|her|them|his|hers|their|theirs|himself|herself|themselves|I|me|my|"
    r"we|us|our|you|your)\b|\b(?-i:[A-Z][a-z]+)\b",
    re.IGNORECASE,
)


def _which_describes(text: str, after: int) -> bool:
    clause = WHICH_CLAUSE.match(text, after)
    return bool(clause) and not THE_CHILD.search(clause.group(1))


def _explained_nearby(text: str, match: re.Match) -> bool:
    """``dysphagia (difficulty swallowing)``, ``gastrostomy - the feeding tube ...``,
    ``difficulty swallowing (dysphagia)``, ``low muscle tone, known as hypotonia``,
    ``bilateral sensorineural hearing loss, which means ...``, ``Dysphagia means ...``,
    ``He has hypotonia. This means ...``."""
    after = match.end()
    # f15r: "Her dysphagia means she needs her drinks thickened": the child's condition and what
    # follows from it, not what the word means ("Dysphagia means difficulty swallowing").
    consequence = bool(
        CONSEQUENCE_MEANS.match(text, after)
        and POSSESSIVE_BEFORE.search(text, max(0, match.start() - 30), match.start())
    )
    if EXPLANATION_AFTER.match(text, after) and not consequence:
        return True
    if _which_describes(text, after):
        return True
    bracket = ACRONYM_BRACKET.match(text, after)
    if bracket and EXPLANATION_AFTER.match(text, bracket.end()):
        return True
    if re.compile(DEFINED_NEXT % re.escape(match.group()), re.I).match(text, after):
        return True
    rest = PHRASE_REST.match(text, after)
    if rest and EXPLANATION_AFTER.match(text, rest.end()):
        return True
    before = text[max(0, match.start() - 60) : match.start()]
    if EXPLANATION_BEFORE.search(before.rstrip() if before.endswith(" ") else before):
        return True
    if DASH_BEFORE.search(before):
        return True
    # In brackets after the plain words: "... (dysphagia)", "(bilateral hearing loss)".
    if re.search(r"[a-z]\s*\(\s*(?:[a-z-]+\s+){0,3}$", before):
        close = text.find(")", after)
        if 0 <= close - after <= 40 and "(" not in text[after:close]:
            return True
    return bool(LATER_IN_CLAUSE.match(text, after) or NEXT_SENTENCE_EXPLAINS.match(text, after))
