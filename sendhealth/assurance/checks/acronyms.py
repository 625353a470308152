"""Unexplained acronyms: capitals of 2 to 6 letters not written out before their first use.

Advice is "written for families (plain English, acronyms explained)" (domain.md, "What good
health advice and good health sections look like").
"""

import re
from pathlib import Path

from .base import Finding, finding
from .drugs import DRUG_RE

KNOWN_ACRONYMS_FILE = Path(__file__).with_name("known_acronyms.txt")


def read_known_acronyms(text: str) -> dict[str, dict[str, str]]:
    """``known_acronyms.txt``: ``[section]`` headings, then ``ACRONYM  what it stands for``
    lines; ``#`` starts a comment."""
    sections: dict[str, dict[str, str]] = {}
    current: dict[str, str] | None = None
    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        if line.startswith("[") and line.endswith("]"):
            current = sections.setdefault(line[1:-1].strip(), {})
            continue
        name, _, meaning = line.partition(" ")
        if current is None or not meaning.strip():
            raise ValueError(f"known_acronyms.txt line {number}: {raw!r}")
        current[name] = meaning.strip()
    return sections


KNOWN_ACRONYM_SECTIONS = read_known_acronyms(KNOWN_ACRONYMS_FILE.read_text(encoding="utf-8"))
# Acronyms families meet so often that they need no explanation, and the regulators, bodies
# and qualifications that say who delivers provision (HCPC, NMC, GMC, RCSLT ...): compared in
# capitals, as the check compares what it finds.
ACRONYM_ALLOWED = frozenset(
    name.upper() for names in KNOWN_ACRONYM_SECTIONS.values() for name in names
)
KNOWN_ACRONYMS = {
    "SALT": "speech and language therapy",
    "SLT": "speech and language therapy",
    "OT": "occupational therapy",
    "PT": "physiotherapy",
    "ADHD": "attention deficit hyperactivity disorder",
    "ASD": "autism spectrum disorder",
    "ASC": "autism spectrum condition",
    "CAMHS": "child and adolescent mental health services",
    "SENCO": "special educational needs co-ordinator",
    "SLCN": "speech, language and communication needs",
    "SEMH": "social, emotional and mental health",
    "PEG": "percutaneous endoscopic gastrostomy (a feeding tube into the stomach)",
    "AAC": "augmentative and alternative communication",
    "TA": "teaching assistant",
    "IHCP": "individual healthcare plan",
    "CP": "cerebral palsy",
    "MDT": "multi-disciplinary team",
    "PECS": "Picture Exchange Communication System",
    "ELSA": "emotional literacy support assistant",
}
# Capitals ("CAMHS", "TAs"), or mostly capitals with small letters ("SENCo", "SpLD", "DfE");
# see ``_is_acronym``.
# f15v: or letters and digits with two capitals or more, as test and condition names are
# written ("HbA1c", "SpO2", "FEV1", "T1DM"); not a reference number ("OT12345", "SL09876"),
# whose digits only follow one to three capitals.
ACRONYM_RE = re.compile(
    r"\b([A-Z]{2,6}|[A-Z][A-Za-z]{1,5}|[A-Za-z](?=[A-Za-z0-9]*\d)[A-Za-z0-9]{1,6})"
    r"(?:s|'s|\u2019s)?\b"
)
REFERENCE_NUMBER = re.compile(r"[A-Z]{1,3}\d{3,}")
# "Concerta XL": a release code is part of the medicine's name, which drug_name flags.
RELEASE_CODES = frozenset({"XL", "SR", "MR", "XR", "CR", "LA", "ER", "CD"})


def _is_acronym(name: str) -> bool:
    upper = sum(c.isupper() for c in name)
    if any(c.isdigit() for c in name):
        # f15v: "HbA1c", "FEV1", "T1DM": two capitals or more; not a reference number.
        return upper >= 2 and not REFERENCE_NUMBER.fullmatch(name)
    return upper == len(name) or (upper >= 2 and 2 * upper > len(name))


def _after_drug(text: str, start: int) -> bool:
    """f15y: a release code after a medicine's name or any capitalised name, a brand's
    ("Equasym XL"), as drug_name reads it (drugs.BRAND_FORM)."""
    words = re.findall(r"[A-Za-z][A-Za-z-]*", text[max(0, start - 40) : start])
    return bool(words) and bool(
        DRUG_RE.fullmatch(words[-1]) or re.fullmatch(r"[A-Z][a-z]{3,}", words[-1])
    )


PAREN_AFTER = re.compile(r"\s*\(([^()]{3,80})\)")
SMALL_WORDS = frozenset({"and", "of", "the", "for", "in", "to", "with", "&"})


def _initials_match(acronym: str, words: list[str]) -> bool:
    """True if the acronym's letters follow the initials (or letters) of the words before it.

    "Attention deficit hyperactivity disorder (ADHD)", "special educational needs
    co-ordinator (SENCO)", "electroencephalogram (EEG)".
    """
    letters = acronym.lower()
    for size in range(1, min(len(words), len(acronym) + 3) + 1):
        tail = [w.lower() for w in words[-size:]]
        if tail[0][0] != letters[0]:
            continue
        significant = "".join(w[0] for w in tail if w not in SMALL_WORDS)
        if not _subsequence(significant, letters) and size > 1:
            continue
        if _subsequence(letters, "".join(w[0] for w in tail)):
            return True
        if _subsequence(letters, "".join(tail)):
            return True
    return False


def _subsequence(needle: str, haystack: str) -> bool:
    it = iter(haystack)
    return all(ch in it for ch in needle)


SEPARATOR = re.compile(
    r"[a-z]\s*(?:,|\u2013|\u2014|\s-|:|=)\s*(?:or\s+|also\s+called\s+|known\s+as\s+|"
    r"called\s+)?$|[a-z]\s+(?:or|also\s+called|known\s+as)\s+$"
)


# f15v: the letters in brackets after a body's own name, written with capitals and ending in
# what it is ("Children and Young People's Mental Health Service (CAMHS)", "Northfield Sensory
# Support Team (NSST)"), are its short name whether or not they follow the words: services
# keep old letters when they change their names.
BODY_NAME = re.compile(
    r"((?:(?-i:[A-Z])[\w'\u2019-]*\s+(?:(?:and|of|for|the|&)\s+)*){1,8}"
    r"(?:Service|Services|Team|Clinic|Trust|Centre|Center|Unit|Board|Council|Department|"
    r"Hospital|Foundation|Association|Society|Programme|Partnership))\s*$"
)


def _named_body(acronym: str, before: str) -> bool:
    body = BODY_NAME.search(before[-160:])
    if not body:
        return False
    initials = {w[0].lower() for w in re.findall(r"[A-Za-z][\w'-]*", body.group(1))}
    return acronym[0].lower() in initials


# f15v: names joined by a slash, then their letters joined by a slash in brackets: "myalgic
# encephalomyelitis / chronic fatigue syndrome (ME/CFS)", "hearing impairment / visual
# impairment (HI/VI)": each set of letters follows its own name.
SLASHED = re.compile(r"\(\s*([A-Za-z]{2,6}(?:\s*/\s*[A-Za-z]{2,6})+)\s*\)")


def _slashed(text: str, match: re.Match) -> bool:
    bracket = next(
        (
            b
            for b in SLASHED.finditer(text, max(0, match.start() - 30))
            if b.start() < match.start() < b.end()
        ),
        None,
    )
    if not bracket:
        return False
    letters = [part.strip() for part in bracket.group(1).split("/")]
    names = text[max(0, bracket.start() - 200) : bracket.start()].split("/")[-len(letters) :]
    if len(names) < len(letters):
        return False
    return all(
        _initials_match(part, re.findall(r"[A-Za-z][A-Za-z'-]*", name))
        for part, name in zip(letters, names, strict=True)
    )


def _defines(text: str, match: re.Match) -> bool:
    """``Full name (ABC)`` or ``ABC (full name)`` or ``ABC stands for ...``."""
    acronym = match.group(1)
    before = text[: match.start()]
    # "Full name (ABC)", or "Full name (ABC, also called ...)".
    if before.endswith("(") and text[match.end() : match.end() + 1] in {")", ",", ";"}:
        words = re.findall(r"[A-Za-z][A-Za-z'-]*", before[-120:])
        if _initials_match(acronym, words) or _named_body(acronym, before[:-1]):
            return True
    if _slashed(text, match):
        return True
    # f15h: "(continuous positive airway pressure, CPAP)", "continuous positive airway
    # pressure - CPAP", "... pressure, or CPAP": the words just before a separator.
    separated = SEPARATOR.search(before)
    if separated and _initials_match(
        acronym, re.findall(r"[A-Za-z][A-Za-z'-]*", before[: separated.start()][-120:])
    ):
        return True
    after = PAREN_AFTER.match(text, match.end())
    if after:
        inner = after.group(1).strip()
        inner_words = re.findall(r"[A-Za-z][A-Za-z'-]*", inner)
        if (
            len(inner_words) >= 2
            and not ACRONYM_RE.fullmatch(inner)
            and (_initials_match(acronym, inner_words) or not _names_only(inner_words))
        ):
            return True
    # f15r: a glossary entry, the acronym then its words after a dash, colon or equals sign
    # ("CI - cochlear implant, a hearing device ...", "(FASD: fetal alcohol spectrum
    # disorder)", "ADHD = attention deficit ...").
    return _states(text, match) or bool(re.match(r"\s+means\b", text[match.end() :]))


# f15v: a statement whose subject is the letters says what they stand for: "ADHD, short for
# attention deficit ...", "(SLT stands for speech and language therapist.)", "SLT is an
# abbreviation for ...", and f15r's glossary entry, the letters then their words after a
# dash, colon or equals sign ("CI - cochlear implant", "QTVI: Qualified Teacher of Children
# and Young People with Vision Impairment"). Such a statement explains the letters wherever it
# stands in the document, as every labelling README says ("expanded anywhere in the document
# is fine"); a full name with the letters in brackets later in the same section is still late
# (cases.py "defined-too-late").
STATES = re.compile(
    r"(?:s|'s)?\s*(?:,\s*|\(\s*)?(?:which\s+|this\s+|it\s+)?(?:stands?\s+for|(?:is\s+)?short\s+for|"
    r"is\s+(?:an?\s+)?(?:abbreviation|acronym)\s+(?:for|of))\b"
)
GLOSSARY_AFTER = re.compile(
    r"(?:s|'s)?\s*(?:[-\u2013\u2014:=]|\s-)\s*((?:[A-Za-z][A-Za-z'-]*\s+){0,11}[A-Za-z][A-Za-z'-]*)"
)


def _states(text: str, match: re.Match) -> bool:
    if STATES.match(text, match.end()):
        return True
    entry = GLOSSARY_AFTER.match(text, match.end())
    if not entry:
        return False
    words = re.findall(r"[A-Za-z]+", entry.group(1))  # "Multi-Sensory": two initials
    return _letters_follow(match.group(1), words)


def _letters_follow(acronym: str, words: list[str]) -> bool:
    """The first word starts with the first letter and the letters follow the words'
    initials (or letters) in order, ending on a word that starts with the last letter:
    "Qualified Teacher of ... Vision Impairment" for QTVI."""
    letters = [c for c in acronym.lower() if c.isalpha()]
    if not words or words[0][0].lower() != letters[0]:
        return False
    for end in range(1, len(words) + 1):
        tail = [w.lower() for w in words[:end]]
        if tail[-1][0] != letters[-1] and end > 1:
            continue
        if _subsequence("".join(letters), "".join(w[0] for w in tail)) or (
            end <= 2 and _subsequence("".join(letters), "".join(tail))
        ):
            return True
    return False


# f15q: a bracket after an acronym that only names a condition or a kind of it ("IBD
# (Crohn's disease)", "JIA (oligoarticular)", "MS (relapsing remitting)") says which one,
# not what the letters stand for. A name is short, has no joining word and no article, and
# starts with a capital (an eponym: "Crohn's", "Duchenne") or ends with a word that names a
# condition. A description ("FASD (a lifelong condition caused by ...)", "EEG (a test of
# brain waves)") explains it.
CONDITION_HEAD = re.compile(
    r"(?:disease|syndrome|disorder|colitis|arthritis|dystrophy|atrophy|palsy|leukaemia|"
    r"leukemia|lymphoma|cancer|tumou?r|epilepsy|diabetes|type|subtype|variant|form)$",
    re.IGNORECASE,
)
JOINING = frozenset(
    {
        "a",
        "an",
        "the",
        "of",
        "for",
        "to",
        "in",
        "on",
        "with",
        "that",
        "which",
        "who",
        "where",
        "when",
        "is",
        "are",
        "or",
        "and",
        "by",
        "from",
        "caused",
        "means",
        "meaning",
    }
)


def _names_only(words: list[str]) -> bool:
    """True if the bracket's words only name a condition (see CONDITION_HEAD)."""
    if len(words) > 3 or any(w.lower() in JOINING for w in words):
        return False
    # Words that only qualify, with no noun ("relapsing remitting", "severe combined"): a kind.
    kind = all(re.search(KIND_ENDING, w, re.IGNORECASE) for w in words)
    return kind or words[0][0].isupper() or bool(CONDITION_HEAD.search(words[-1]))


KIND_ENDING = r"(?:ing|ic|al|ar|ive|ous|ed|ary|ile|ent|ant)$"


# A syndrome or condition named in capitals ("CHARGE syndrome", "PANDAS disease") is its
# name, not an acronym to write out.
SYNDROME = re.compile(r"[ -]+(?:syndrome|association|disease|sequence|anomaly|deficiency)\b", re.I)


ORDINARY_WORDS_FILE = Path(__file__).with_name("ordinary_words.txt")
ORDINARY_WORDS = frozenset(
    line.split("#", 1)[0].strip().lower()
    for line in ORDINARY_WORDS_FILE.read_text(encoding="utf-8").splitlines()
    if line.split("#", 1)[0].strip()
) - {name.lower() for name in KNOWN_ACRONYMS}


def _ordinary_word(name: str) -> bool:
    """An ordinary English word written in capitals ("NEEDS", "WALK", "NOT"), not an
    acronym (f15g); a listed acronym that is also a word (PEG, SALT) stays an acronym."""
    return name.isupper() and name.lower() in ORDINARY_WORDS


# f15q: a word in capitals that is also an English word hides an acronym when it stands where
# a condition's name stands, in a sentence otherwise in small letters: after "treatment for",
# "diagnosed with", "has", "had", "history of", and with nothing of its own after it (a
# preposition, "and", a bracket or the end of the clause): "completed treatment for ALL in
# 2026", "was diagnosed with ADD and dyslexia". Capitals for emphasis come before what they
# stress ("ALL staff", "do NOT give", "with ALL the children") and stay words.
CONDITION_SLOT = re.compile(
    r"(?:\b(?:treatment|treated|therapy|chemotherapy|surgery|relapse|remission|diagnosis|"
    r"history|symptoms|effects|risk)\s+(?:for|of|from)|\bdiagnosed\s+with|\b(?:has|had|"
    r"have|having)(?:\s+(?:got|been\s+diagnosed\s+with))?|\b(?:with|from)\s+(?:his|her|"
    r"their)|\b(?:his|her|their)|\bcaused\s+by)\s+$",
    re.IGNORECASE,
)
CONDITION_SLOT_END = re.compile(
    r"\s*(?:[.,;:)(\n]|$|\s(?:in|and|or|since|at|which|that|was|is|when|during|but|with|"
    r"from|aged?|as)\b)"
)


def _acronym_in_word(text: str, match: re.Match) -> bool:
    """f15q: an ordinary word in capitals used as a condition's name (see CONDITION_SLOT)."""
    name = match.group(1)
    if len(name) < 3 or not CONDITION_SLOT.search(text[max(0, match.start() - 40) : match.start()]):
        return False
    if not CONDITION_SLOT_END.match(text, match.end()):
        return False
    sentence_start = max(text.rfind(".", 0, match.start()), text.rfind("\n", 0, match.start()))
    words = re.findall(r"[A-Za-z]+", text[sentence_start + 1 : match.start()])
    return len(words) >= 2 and sum(w.islower() for w in words) >= len(words) // 2


def _shouting(text: str, start: int) -> bool:
    """Inside a line written in capitals (a heading), where capitals are not acronyms."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line = text[line_start : line_end if line_end != -1 else len(text)]
    letters = [c for c in line if c.isalpha()]
    if len(letters) >= 12 and sum(c.isupper() for c in letters) / len(letters) > 0.7:
        return True
    # f15g: a short heading all in capitals ("HEALTH NEEDS", "MEDICAL AND PHYSICAL NEEDS:"):
    # two or more words, every letter a capital, at least one an ordinary word.
    words = re.findall(r"[A-Za-z]+", line)
    return (
        len(words) >= 2
        and all(w.isupper() for w in words)
        and any(w.lower() in ORDINARY_WORDS for w in words)
        and not re.search(r"[.!?]\s*$", line)
    )


# f15v: a Roman numeral after a word that numbers things is a number ("GMFCS level IV",
# "type VI", "stage IV", "Class VII"), as II and III always are (known_acronyms.txt).
ROMAN = re.compile(r"M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})")
NUMBERED_BY = re.compile(
    r"\b(?:level|grade|type|stage|class|phase|part|tier|year|section|chapter|schedule|step|"
    r"category)\s*$",
    re.IGNORECASE,
)


def _roman_number(text: str, match: re.Match) -> bool:
    name = match.group(1)
    return bool(
        ROMAN.fullmatch(name)
        and NUMBERED_BY.search(text, max(0, match.start() - 20), match.start())
    )


# f15y: a document's title, letterhead or reference line ("Re: Sam, 9, seen in the ADHD
# clinic", "Northfield CAMHS") names its subject before the text begins; letters there that
# the running text of the same section writes out are explained where the reader reads on, as
# a heading's are. A line with no sentence in it: no full stop, question or exclamation mark
# ending a sentence, and a line of its own (not the section's last). cases.py's
# "defined-too-late" (the letters in a running sentence, written out in a later one) is still
# late.
SENTENCE_END = re.compile(r"[.!?](?:\s|$)")


def _title_line(text: str, start: int) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    if line_end == -1 or not text[line_end:].strip():
        return False
    line = text[line_start:line_end]
    return not SENTENCE_END.search(line.rstrip() + " ") and len(line.split()) <= 16


def acronym(sections: list[tuple[str, str]]) -> list[Finding]:
    """First unexplained use of each acronym, reading the sections in order."""
    defined: set[str] = set()
    flagged: set[str] = set()
    found = []
    # Written out in another section of the same document ("attention deficit hyperactivity
    # disorder (ADHD)" in Section C, "ADHD" earlier in the advice's needs): a reader of the
    # document has it. Written out later in the same section is still too late.
    defined_in = {
        section: {
            m.group(1).upper()
            for m in ACRONYM_RE.finditer(text)
            if _is_acronym(m.group(1)) and _defines(text, m)
        }
        for section, text in sections
    }
    stated = {
        m.group(1).upper()
        for _, text in sections
        for m in ACRONYM_RE.finditer(text)
        if _is_acronym(m.group(1)) and _states(text, m)
    }
    for section, text in sections:
        # A statement of what the letters stand for counts anywhere (f15v's ``stated``, which
        # took in f15r's glossary lines: "Glossary: CAMHS - child and adolescent ..."); a full
        # name written later in the running text of the same section is still too late
        # (cases.py).
        elsewhere = (
            set().union(set(), *(names for other, names in defined_in.items() if other != section))
            | stated
        )
        for match in ACRONYM_RE.finditer(text):
            name = match.group(1)
            if not _is_acronym(name):
                continue
            if name in RELEASE_CODES and _after_drug(text, match.start(1)):
                continue
            name = name.upper()
            if (
                name in ACRONYM_ALLOWED
                or name.rstrip("0123456789") in ACRONYM_ALLOWED  # f15v: "KS2", "Y10"
                or name in defined
                or _shouting(text, match.start())
            ):
                continue
            if _ordinary_word(match.group(1)) and not _acronym_in_word(text, match):
                continue
            if name in elsewhere or SYNDROME.match(text, match.end()):
                continue
            if _defines(text, match):
                defined.add(name)
                continue
            if name in flagged or _roman_number(text, match):
                continue
            if name in defined_in[section] and _title_line(text, match.start()):
                continue  # f15y: a title or "Re:" line before the text that writes it out
            flagged.add(name)
            hint = KNOWN_ACRONYMS.get(name)
            shown = match.group(1)
            example = f"'{hint} ({shown})'" if hint else f"'the words in full ({shown})'"
            found.append(
                finding(
                    "acronym",
                    section,
                    text,
                    match.start(1),
                    match.end(1),
                    f"'{shown}' is not explained. Write it out in full the first time it is "
                    f"used, for example {example}.",
                )
            )
    return found
