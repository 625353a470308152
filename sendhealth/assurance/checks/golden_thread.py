"""The golden thread: every health need in C has provision in G and an outcome in E, every
provision in G meets a need, and every outcome in E has a need or provision behind it.

Needs, provision and outcomes are linked through the concept lexicon (``lexicon.py``: each
concept with its clinical and lay terms, so "difficulty swallowing safely" meets "dysphagia
management plan" through eating, drinking and swallowing). A need that names a condition
(epilepsy, diabetes ...) is met only through that condition. A sentence that goes on about
the need before it is met when that need is. A distinctive word shared by a need and its
provision or outcome ("gluten", "gluten-free") also links them, and an outcome that the
need's provision works towards completes the thread. ``thread_links`` returns every link
made, explained, for the page.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .base import Finding, finding
from .lexicon import DEFAULT, Lexicon
from .provision import provision_statements
from .text import LABELLED_LINE, Span, blocks, is_label, provision_items, sentences

NEED_CUE = re.compile(
    r"\b(?:diagnos\w*|difficult\w*|needs?|condition|struggles?|impair\w*|delay\w*|disorder|"
    r"has|finds?|experiences?|requires?|unable|cannot|can't|at risk|becomes?|gets?|is|are|uses?|"
    r"wears?|takes?|"
    # f15h: what a child does or has happen that tells of a need ("brings up his milk",
    # "is sick after feeds", "wakes in the night", "misses school").
    r"brings?|spits?|vomits?|sick|coughs?|wakes?|cries|refuses?|gags?|chokes?|wets?|soils?|"
    r"falls?|trips?|tires?|misses|missed|loses?|complains?|stops?|stares?|drools?|"
    r"dribbles?|bites?|scratch\w*|hurts?|aches?|"
    # f15s: what a child does not do ("She does not sleep well", "he doesn't eat lunch").
    r"(?:does|do|did)\s*(?:not|n't))\b",
    re.IGNORECASE,
)
# "No health needs", "no other health needs", "his hearing and eyesight are normal".
NO_NEEDS = re.compile(
    r"\bno\s+(?:other\s+|known\s+|identified\s+|further\s+|ongoing\s+)?health\s+needs\b|"
    r"\b(?:is|are|was|were)\s+(?:within\s+the\s+)?normal\b|\bno\s+concerns\b",
    re.IGNORECASE,
)
# f15x: the whole section says there are no health needs ("There are no health needs that
# relate to his special educational needs", "Ethan has no health needs").
NONE_AT_ALL = re.compile(
    r"\b(?:there\s+are|(?:has|have))\s+no\s+(?:known\s+|identified\s+|current\s+)?health\s+needs\b",
    re.IGNORECASE,
)
# f15x: a medicine taken only at home ("a course of antibiotics, which he takes at home",
# "She has her tablets at home before school") is context: school provision has nothing to do.
AT_HOME_MEDICINE = re.compile(
    r"\b(?:medicines?|medications?|tablets?|capsules?|antibiotics?|course\s+of|injections?|"
    r"inhalers?|melatonin)\b[^.;]{0,80}?\b(?:takes?|taken|has|given|gives?)\s+"
    r"(?:[\w-]+\s+){0,3}?at\s+home\b(?![^.;]*\b(?:and|or)\s+(?:at|in)\s+school\b)|"
    r"\b(?:takes?|taken|has|given)\s+(?:[\w-]+\s+){0,4}?(?:medicines?|medications?|tablets?|"
    r"capsules?|antibiotics?|injections?|melatonin)\s+(?:[\w-]+\s+){0,3}?at\s+home\b"
    r"(?![^.;]*\b(?:and|or)\s+(?:at|in)\s+school\b)",
    re.IGNORECASE,
)
# Negatives and history said of a need (f15g): "There are no speech and language needs",
# "this is not a current need", "now has no pain", "there has been no self-harm since".
NEGATED = re.compile(
    r"\b(?:there\s+(?:are|is)\s+(?:currently\s+)?no|(?:has|have)\s+(?:currently\s+)?no|no)\s+"
    r"(?:[\w,'-]+\s+){0,5}?(?:needs?|concerns?|difficult\w*|problems?|issues?)\b|"
    r"\bnot\s+(?:a\s+|an\s+)?(?:current|present|ongoing|active)\s+(?:need|concern|problem|"
    r"issue|difficulty)\b|"
    r"\b(?:now|currently|since\s+then)\s+(?:has|have)\s+no\b|"
    r"\bno\s+(?:[\w-]+\s+){1,2}?since\b|"
    # f15l: "has stopped" with an object ("which has stopped her going on trips") says what
    # the need prevents, not that it has stopped.
    r"\b(?:has|have)\s+(?:now\s+)?stopped\b(?!\s+(?:him|her|them|me|you|us|\w+ing)\b)|"
    r"\b(?:does|do)\s*(?:not|n't)\s+have\s+(?:any\s+)?(?:[\w-]+\s+){0,3}?(?:needs?|"
    r"difficult\w*|problems?|concerns?|issues?)\b",
    re.IGNORECASE,
)
# A strength, not a need (f15f): "Her speech is clear and she understands what is said to
# her", "his hearing is age-appropriate", "She has no difficulty eating". With "but",
# "however", "although" ... the sentence goes on to a need, so it is read as one.
STRENGTH = re.compile(
    r"\b(?:(?:is|are)\s+(?:all\s+|both\s+)?(?:very\s+|fully\s+|generally\s+)?(?:clear|good|fine|typical|"
    r"age[- ]appropriate|within\s+(?:the\s+)?(?:normal|expected|typical)\s+(?:limits|range)|"
    r"not\s+(?:a\s+)?(?:concern|problem|an\s+issue))|understands\s+(?:what|everything|most|"
    r"instructions|spoken)|(?:has|have|had)\s+no\s+(?:difficult\w*|problems?|concerns?|issues?)|"
    r"no\s+(?:difficult\w*|problems?|issues?)\s+with|manages?\s+(?:well|independently)|"
    # f15h: independence is a strength: "She walks independently", "He is independent in his
    # own wheelchair", "she feeds herself without help".
    r"(?:walks?|moves?|eats?|feeds?|dresses|toilets?|mobilises?|transfers?|gets?\s+about|"
    r"gets?\s+around|propels?|uses?|climbs?|runs?)\s+(?:[\w'-]+\s+){0,4}?"
    r"(?:independently|without\s+(?:help|support|an\s+aid|aids))|"
    r"(?:is|are)\s+(?:fully\s+|completely\s+|now\s+)?independent\b|"
    # f15s: "takes his capsules himself, with no help", "needs no reminders".
    r"(?:with|needs?|needing)\s+no\s+(?:help|support|prompting|prompts|reminders?)|"
    r"without\s+(?:any\s+)?(?:prompting|prompts|reminders?)|"
    r"independently\s+mobile|"
    # f15aa: reassurance ("which is going well", "it is working well", "is well controlled")
    # says the care is in hand: context, as the conventions read it.
    r"(?:is|are)\s+(?:going|working)\s+well|(?:is|are)\s+well[- ]controlled)\b",
    re.IGNORECASE,
)
BUT = re.compile(r"\b(?:but|however|although|though|except|apart\s+from|yet)\b", re.I)
# History, not a need now: "She was born at 27 weeks", "He had grommets in 2022", "She was
# discharged from physiotherapy last year", "his reflux has resolved". A past-tense sentence
# with no present-tense verb is history ("She was diagnosed with epilepsy in 2019" names a
# condition she has, so a diagnosis is not history).
HISTORY = re.compile(
    r"\b(?:was\s+born|were\s+born|no\s+longer|(?:has|have)\s+(?:now\s+)?resolved|resolved\s+"
    r"(?:in|by|after|when)|outgrown|(?:was|were|has\s+been)\s+discharged|previously|in\s+the\s+"
    r"past|as\s+a\s+(?:baby|toddler|infant)|when\s+(?:he|she|they)\s+(?:was|were)\s+"
    r"(?:a\s+baby|younger|little|\d)|"
    # f15p: treatment that has ended and a child well since ("finished her cancer treatment
    # in 2026 and has been well since", "completed his treatment last year").
    r"(?:finished|completed|ended)\s+(?:[\w'-]+\s+){0,3}?(?:treatment|therapy|chemotherapy)|"
    r"(?:has|have)\s+(?:been|stayed|remained)\s+well\s+(?:since|ever\s+since))\b",
    re.IGNORECASE,
)
PAST = re.compile(r"\b(?:was|were|had)\b", re.IGNORECASE)
DIAGNOSIS = re.compile(r"\bdiagnos\w*", re.IGNORECASE)
PRESENT = re.compile(
    r"\b(?:has|have|is|are|needs?|uses?|takes?|finds?|gets?|becomes?|struggles?|can't|cannot|"
    r"can|does|doesn't|wears?|requires?|experiences?|continues?|remains?|still)\b",
    re.IGNORECASE,
)
# A condition said to need nothing at school: "well controlled", "does not affect her
# learning", "no support is needed in school".
NO_IMPACT = re.compile(
    r"\b(?:well[- ]controlled|(?:does|do)\s+not\s+(?:affect|impact|need|require)|"
    r"doesn't\s+(?:affect|impact|need|require)|no\s+(?:impact|effect)\s+on|"
    r"no\s+(?:support|provision|treatment)\s+(?:is\s+)?(?:needed|required)|"
    r"not\s+(?:currently\s+)?(?:need|require)\s+any|"
    # f15i: "has needed no treatment since 2022", "neither needs any support in school",
    # "seen by his GP for routine care only".
    r"(?:needs?|needed|requires?|required)\s+no\s+(?:\w+\s+)?(?:support|treatment|provision|"
    r"help|care|medication|medicine)|(?:neither|none)\s+(?:of\s+(?:them|these)\s+)?"
    r"(?:needs?|requires?)|routine\s+(?:care|checks?|reviews?)\s+only)\b",
    re.IGNORECASE,
)


def _history(text: str) -> bool:
    if HISTORY.search(text):
        return True
    return bool(PAST.search(text) and not PRESENT.search(text) and not DIAGNOSIS.search(text))


# Who trained the person giving provision says nothing of what the provision is for: "a
# teaching assistant trained by the speech and language therapist will ...".
# f15p: nor who wrote, advised or recommended what they follow ("will follow the exercise
# plan written by the cardiac nurse specialist", "as advised by her physiotherapist").
TRAINER = re.compile(
    r"\b(?:trained|supervised|shown|taught|set\s+up|written|drawn\s+up|devised|advised|"
    r"recommended|prescribed)(?:\s+and\s+supervised)?"
    r"(?:\s+in\s+(?:[\w()-]+\s+){1,6}?)?\s*by\s+"
    r"(?:the\s+|a\s+|an\s+|his\s+|her\s+|their\s+|[A-Z][a-z]+'s\s+)?"
    r"(?:[\w'-]+\s+){0,5}?(?:therapist|physiotherapist|nurse|team|service|specialist|"
    r"paediatrician|psychologist|dietitian|practitioner|teacher\s+of\s+the\s+deaf|SALT|OT)s?\b",
    re.IGNORECASE,
)


# Words too common in plans to tie a need to its provision or outcome.
_COMMON = (
    "about above across adult adults after again along always another around asked assistant "
    "before below between break breaks child children class classes classroom could "
    "daily during early every family first friends group having health their these "
    "thing things those three through times today together until using usually where which "
    "while whole would lesson lessons minutes month months morning afternoon other parent "
    "parents people plan plans school schools session sessions should since small staff "
    "start support teacher teachers teaching often needs needed still takes under weeks years "
    "quickly sometimes hours activity activities times "
    # f15f: words that say how or how much, not what about, so they tie nothing.
    "difficult difficulty difficulties because require requires required access manage "
    "manages managing safely around become becomes unable ensure ensures provide provided "
    "provides receive receives regular regularly follow follows following trained training "
    "review reviewed reviews member members condition conditions advice advise programme "
    "special specialist include includes including appropriate additional extra further "
    "within throughout already really little other another every everyday "
    # f15h: words with more than one sense in plans ("absences" from school or absence
    # seizures; hospital "stays"; pain or behaviour "crises") tie nothing on their own.
    "absence absences absent crisis crises stays episode episodes attack attacks "
    "spells incident incidents "
    # f15k: who sees the child and where say who or where, not what about ("which his
    # paediatrician has checked" does not tie a need to a sleep programme).
    "paediatrician paediatricians consultant consultants doctor doctors nurse nurses "
    "clinician clinicians practitioner practitioners community hospital hospitals clinic "
    "clinics service services"
)
COMMON_WORDS = frozenset(_COMMON.split())
FOUR_LETTER = re.compile(r"(?<![\w'-])[a-z]{4}(?![\w'-])")
# f15k: four-letter words tie a need to its provision or outcome too ("wait his turn", "a
# turn card"; "pads", "ears"), except these, which say how, when or who, not what about.
_FOUR = (
    "able also area asks away back been best both call care case code come date "
    "days does done dose down each easy even ever feel felt find five form four free "
    "from full gave gets give goes good half hard have help here high home hour into "
    "just keep kept knew know last lead left less like long look lots made make many "
    "mine more most much must name near need next nine note once only open ours over "
    "part plan real rest role room safe said same says seen sees show side some stay "
    "such sure take talk task team term than that them then they this time told "
    "trip unit upon used uses very want week well went were what when will "
    "with work year your"
)
COMMON_FOUR = frozenset(_FOUR.split())
CONTENT_WORD = re.compile(r"(?<![\w'-])[a-z][a-z-]{4,}")


def key_words(text: str) -> set[str]:
    """Distinctive words (their first six letters), so "gluten" in a need meets "gluten-free"
    in provision even where no topic list has the word. Capitalised words (names) are left
    out."""
    words = {w[:6] for w in CONTENT_WORD.findall(text) if w not in COMMON_WORDS}
    words |= {w for w in FOUR_LETTER.findall(text) if w not in COMMON_FOUR}
    # f15h: specific nouns of four letters that name equipment or a medicine ("mask",
    # "pump", "tube") tie a need to its provision too.
    words |= set(SHORT_THINGS.findall(text.lower()))
    # f15h: an acronym the need writes out ("(continuous positive airway pressure, CPAP)")
    # is the same thing in provision ("CPAP"); acronyms are kept apart from words.
    words |= {"=" + m.group(1).upper() for m in DEFINED_ACRONYM.finditer(text)}
    return words


SHORT_THINGS = re.compile(
    r"\b(?:mask|pump|tube|pads|sling|hoist|frame|brace|cast|peg|port|line|drain|valve|pen|"
    r"shunt|stoma|chair|lens|aids)\b"
)
# An acronym written out in brackets or after a dash or comma: "(..., CPAP)", "(CPAP)".
DEFINED_ACRONYM = re.compile(
    r"(?:[(,\u2013\u2014]\s*|\s-\s)((?-i:[A-Z][A-Za-z]{0,2}[A-Z][A-Za-z]{0,3}))\s*[),.;]"
)
ACRONYM_WORD = re.compile(r"\b((?-i:[A-Z][A-Za-z]{0,2}[A-Z][A-Za-z]{0,3}))\b")


# f15m: content words, lightly stemmed ("falls" and "falling", "sore" and "sores", "sick" and
# "sickness"), for the one fault the thread can be sure of: a need whose own sentence shares
# no concept and no content word with anything in a section. Capitalised words (names,
# services) are left out, and so are the words that say who, where, when or how much.
# f15s: each part of a hyphenated word counts ("side-lying" and "lying on his side").
STEM_WORD = re.compile(r"(?<![\w'])[a-z][a-z]{3,}")
_SUFFIXES = (
    "ingly",
    "ings",
    "ing",
    "ies",
    "ied",
    "ness",
    "ment",
    "ers",
    "er",
    "ed",
    "es",
    "ly",
    "s",
)
_STEM_STOP = (
    "will make made does doing done going goes lots much many able also more most some "
    "week weeks term terms year years days time times lesson lessons school schools class "
    "adult adults staff child children home place places thing things well very when what "
    "with they them their there then than that this have been into over from each every "
    "need needs needed help helps helped support supports supported used uses using work "
    "works worked other others after before about while still again around good last next "
    "often easily quickly sometimes usually always never hard difficult difficulty "
    "difficulties find finds found especially particular particularly get gets getting "
    "become becomes becoming keep keeps take takes taking give gives given plan plans "
    # when and where: "often skips lunch" is not met by a check "before lunch"
    "lunch lunchtime lunchtimes breakfast dinner snack playground hall dining front pupil "
    "pupils morning mornings afternoon afternoons evening night nights today outside inside"
)
STEM_STOP = frozenset(_STEM_STOP.split()) | COMMON_WORDS | COMMON_FOUR


def _stem(word: str) -> str:
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            word = word[: -len(suffix)]
            break
    if word.endswith("e") and len(word) > 4:
        word = word[:-1]
    return word[:6]


def stems(text: str) -> set[str]:
    """Content words of ``text``, lower-case in the text (names left out), stemmed."""
    return {_stem(w) for w in STEM_WORD.findall(text) if w not in STEM_STOP} - STEM_STOP


def _acronyms(text: str) -> set[str]:
    return {"=" + m.group(1).upper() for m in ACRONYM_WORD.finditer(text)}


@dataclass(frozen=True)
class Link:
    """One link the golden thread made, to show on the page: a need (or provision) and what
    meets it, and the concept (or shared word) that joined them."""

    source_section: str
    source: str
    target_section: str
    target: str
    through: str

    def sentence(self) -> str:
        return (
            f"'{_short(self.source)}' in {_name(self.source_section)} linked to "
            f"'{_short(self.target)}' in {_name(self.target_section)} through {self.through}"
        )


def _short(text: str, limit: int = 80) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "\u2026"


# A sentence that goes on about the need before it ("She has had two chest infections",
# "After a seizure he sleeps") rather than naming another ("She also has eczema").
ELABORATES = re.compile(r"^(?:he|she|they|this|these|it|after|when|during|his|her|their)\b", re.I)
NEW_NEED = re.compile(r"\b(?:also|another|as\s+well|in\s+addition)\b", re.I)


# A condition managed outside school ("managed with daily medication at home"): provision
# in school meets its effects, not the condition.
MANAGED_OUTSIDE = re.compile(
    r"\b(?:managed|treated|controlled|given)\b[^.;]{0,60}\b(?:at\s+home|by\s+(?:his|her|their)\s+"
    r"(?:parents|family|GP)|in\s+clinic|by\s+the\s+hospital)\b|"
    # f15l: cared for, monitored or checked by a team, clinic or hospital outside school
    # ("is cared for by the hospice team as well as the heart team").
    r"\b(?:cared\s+for|monitored|checked|followed\s+up|reviewed)\s+"
    r"(?:[\w-]+\s+){0,4}?by\s+(?:the|a|an|his|her|their)\s+[^.;]{0,50}?"
    r"\b(?:team|hospital|hospice|clinic|consultant|cardiologist|neurologist)s?\b|"
    r"\b(?:health\s+)?checks?\s+(?:with|by|at)\s+(?:his|her|their|the)\s+(?:GP|doctor|surgery)\b",
    re.IGNORECASE,
)
# f15l: a sentence that only says a body function or condition is checked by a team outside
# school ("His heart and breathing are checked every six months by the neuromuscular team")
# reports care elsewhere, not a need school provision meets.
CHECKED_ELSEWHERE = re.compile(
    r"^(?:his|her|their|[A-Z][\w-]+'s)\s+(?:[\w-]+\s+){1,5}?(?:is|are)\s+"
    r"(?:checked|monitored|reviewed|tested|assessed)\b(?![^.;]*\b(?:but|however|and\s+"
    r"(?:he|she|they)\b))",
    re.IGNORECASE,
)


@dataclass
class _Unit:
    span: Span
    concepts: set[str]
    words: set[str]
    head: _Unit | None = None
    # The conditions a need's own sentence names clinically ("epilepsy"); ``concepts`` has
    # the whole paragraph's, as a paragraph describes one need and its effects.
    conditions: frozenset[str] = frozenset()
    # f15u: the sentence as read for what it is about (a feeling's topic left out).
    read: str = ""
    # f15aa: what the sentence's own main clause is about, when it is read with a paragraph
    # (a later sentence of it): an effect the writer describes after the condition.
    effect: frozenset[str] = frozenset()


# f15k: where a sentence's main clause ends: what follows says when or why ("without it she
# gets stomach pain", "when he is tired"), not what the need is.
MAIN_CLAUSE_END = re.compile(
    r"[;:]|\b(?:without|if|when|whenever|unless|otherwise|which|after|because)\b", re.I
)


# f15aa: effects a plan answers by name or not at all: sleep (waking at night, not
# sleeping), repeated infections, and pain (headaches, sore joints; tiredness, in the same
# concept, is left out by NOT_AN_EFFECT). Movement, communication, eating and feelings are
# met in too many other words (an OT's programme, a key worker's games, a lift pass): read
# as effects, they raised false alarms on clean cases of every set.
BODILY_EFFECTS = frozenset({"sleep", "infection risk", "pain and fatigue"})
REASSURED = re.compile(r"\bnot\s+(?:a|any)\s+(?:concern|worry|problem)\b", re.I)
# f15aa: a main clause about tiredness, a medicine taken, or equipment used is not an effect
# that needs its own answer (tiredness is a reaction; a medicine or a wheelchair is how the
# condition is already managed).
NOT_AN_EFFECT = re.compile(
    r"\b(?:tired\w*|tires?|sleepy|asleep|exhausted|takes?|taking|uses?|using|medicines?|"
    r"medication)\b",
    re.I,
)


# f15x: "when" or "if" after a verb of knowing or telling ("does not recognise when she needs
# the toilet", "cannot tell if he is hungry") says what is known, not when: the main clause
# goes on through it.
KNOWS_WHEN = re.compile(
    r"\b((?:recogni[sz]|realis|realiz|notic|sens)(?:e|es|ed|ing)|(?:know|tell|say|feel)"
    r"(?:s|ing)?|knew|told|said|felt)\s+(?:when|if)\b",
    re.IGNORECASE,
)


NUMBERED = re.compile(r"[ \t]*\(?\d{1,2}[.)][ \t]+")

# f15u: a feeling and what it is about, up to the end of the clause ("self-conscious about
# his arm", "embarrassed by her tube", "worries about his exams", "anxiety, particularly
# about her breathing").
FEELING_ABOUT = re.compile(
    r"\b(?P<feeling>self-conscious|embarrass\w*|ashamed|worr(?:y|ies|ied|ying)|anxious|"
    r"nervous|upset|scared|frightened|afraid|angry|cross|sad|unhappy|frustrated|anxiety|"
    r"fears?|phobia)"
    r"(?:,?\s+(?:particularly|especially|mainly|mostly|often))?"
    r"\s+(?:about|of|by|over|that)\s+[^,;.:]*?"
    r"(?=\s+(?:and|but|so|because|which|when)\b|[,;.:]|$)",
    re.IGNORECASE,
)


def _need_units(text: str, lexicon: Lexicon) -> list[_Unit]:
    units: list[_Unit] = []
    heading: set[str] = set()  # the concepts of the heading the need is under (f15f)
    last_head: _Unit | None = None
    for start, end, bullet in blocks(text):
        # f15l: a bullet that starts "She ..." / "When ..." goes on about the need in the
        # bullet before it ("- She becomes frustrated ... when she is not understood" after
        # "- Nell has a severe speech sound disorder"), as a sentence in a paragraph does.
        head = last_head if bullet else None
        # f15s: a numbered item ("2. She finds ...") is a need of its own: the writer numbered
        # the needs, so it does not go on about the item before it.
        if bullet and NUMBERED.match(text, text.rfind("\n", 0, start) + 1):
            head = None
        carried = head is not None
        paragraph = text[start:end]
        # The paragraph's needs, leaving out what it says is a strength.
        needs_text = " ".join(
            x.text
            for x in sentences(paragraph)
            if not (
                (STRENGTH.search(x.text) or NEGATED.search(x.text) or NO_NEEDS.search(x.text))
                and not BUT.search(x.text)
            )
        )
        around = lexicon.concepts_in(needs_text, weak=True)
        around_words = key_words(needs_text)
        after_history = False  # f15p: a sentence of history came first in the paragraph
        for index, span in enumerate(sentences(paragraph)):
            span = Span(span.start + start, span.end + start, span.text)
            described = NEED_CUE.search(span.text) or LABELLED_LINE.match(span.text)
            if is_label(span):
                heading = lexicon.concepts_in(span.text)
                continue
            if NO_NEEDS.search(span.text) or not described:
                continue
            if NEGATED.search(span.text) and not BUT.search(span.text):
                continue
            if CHECKED_ELSEWHERE.match(span.text) and MANAGED_OUTSIDE.search(span.text):
                continue
            if NO_IMPACT.search(span.text):
                continue
            if _history(span.text):
                after_history = after_history or head is None
                continue
            if AT_HOME_MEDICINE.search(span.text):
                continue
            if STRENGTH.search(span.text) and not BUT.search(span.text):
                continue
            # f15u: what a feeling is about ("self-conscious about his arm", "worried about
            # her breathing") is its topic, not a need of its own: the need is the feeling.
            read = FEELING_ABOUT.sub(r"\g<feeling>", span.text)
            concepts = lexicon.concepts_in(read, weak=True) | heading
            if not concepts:
                continue
            # A sentence that says it names another need ("She also has hypermobility") is
            # read on its own, not with the paragraph's other needs.
            # f15l: so does one after a sentence left out as history or a strength ("She has a
            # cleft palate repaired when she was a baby ... She also has ear infections").
            # A sentence about care outside school ("cared for by the hospice team as well
            # as the heart team") names no other need by "as well".
            new_need = bool(
                (head or (index and not MANAGED_OUTSIDE.search(span.text)))
                and NEW_NEED.search(span.text)
            )
            # f15u: a sentence naming a condition of its own that the need before it does not
            # have ("She has recurrent urinary tract infections" after her hearing loss) is
            # another need: the f15k rule below reads that (f15f's copy, for clinical names
            # only, is subsumed and removed).
            # Episodes it has had ("She has had two chest infections this year") tell of the
            # need before it.
            episodes = re.search(r"\b(?:has|have)\s+had\b", span.text, re.I)
            # f15k: the same for a condition named in lay words ("He is not yet toilet
            # trained and wears pads" after his autism): a condition (continence, hearing,
            # sight, skin ...) the need before it does not touch is another need.
            main = MAIN_CLAUSE_END.split(KNOWS_WHEN.sub(r"\1 that", read), maxsplit=1)[0]
            lay_own = {
                c for c in lexicon.concepts_in(main) if lexicon.concepts[c].condition
            } - lexicon.concepts_in(head.read if head else "", weak=True)
            # f15p: so is one after history that opened the paragraph ("She finished her
            # treatment in 2026 ... The treatment damaged her hearing, so ..."): the history
            # is context, and the condition is a need of its own.
            # Read up to the first comma there: "She has a shunt, a thin tube under her
            # skin ..." names no skin condition.
            if head is None and after_history:
                first = lexicon.concepts_in(re.split(r"[,;:]", main, maxsplit=1)[0])
                lay_own = {c for c in first if lexicon.concepts[c].condition}
            if (head or after_history) and lay_own and not episodes:
                new_need = True
            # f15l: a bullet read with the bullet before it names no need of its own
            # clinically ("- He has low mood" after his chronic pain is another need).
            if carried and head and lexicon.clinical_concepts_in(main) - head.concepts:
                new_need = True
            carried = False
            unit = _Unit(
                span,
                concepts if new_need else concepts | around,
                key_words(read) if new_need else around_words,
                # f15u: the conditions the need is about are those its main clause names;
                # a "because" or "which" clause says why ("she is often tired because her
                # blood carries less oxygen" is not a breathing need).
                conditions=frozenset(
                    lexicon.conditions_named(main if lexicon.concepts_in(main) else read)
                ),
                read=read,
                effect=frozenset(lexicon.concepts_in(main))
                if (index or head)
                and not new_need
                and not NOT_AN_EFFECT.search(main)
                and not REASSURED.search(span.text)
                and not lexicon.clinical_concepts_in(main)
                else frozenset(),
            )
            if head and ELABORATES.match(span.text) and not new_need:
                unit.head = head
            else:
                head = unit
            units.append(unit)
        last_head = head
    return units


def _items(text: str, lexicon: Lexicon, *, provision: bool) -> list[_Unit]:
    spans = provision_items(text) if provision else sentences(text)
    units = []
    # A heading ("Epilepsy", "CONTINENCE", "Sleep:") says what the items under it are for
    # (f15f): its concepts are theirs too, as a DCO reading the section would take them.
    heading: set[str] = set()
    for span in spans:
        if is_label(span):
            heading = lexicon.concepts_in(span.text)
            continue
        clean = TRAINER.sub(" ", span.text) if provision else span.text
        read = lexicon.concepts_in(clean, weak=not provision)
        concepts = set(read) | heading
        if provision:
            # A trainer who is a specialist in a condition ("trained by the cystic fibrosis
            # nurse") says the provision is care for that condition.
            trainers = " ".join(m.group() for m in TRAINER.finditer(span.text))
            concepts |= lexicon.conditions_named(trainers)
        unit = _Unit(span, concepts, key_words(clean) | _acronyms(clean))
        # Everyday words in provision ("use a laptop", "at lunch") that do not say what it is
        # for on their own; they meet a need that names the same concept in its own words.
        unit.weak = (  # type: ignore[attr-defined]
            lexicon.concepts_in(clean, weak=True) - concepts if provision else set()
        )
        unit.clinical = (  # type: ignore[attr-defined]
            lexicon.clinical_concepts_in(clean) | (concepts - read) if provision else set()
        )
        if provision:
            # f15k: a routine check of a body function ("will check his hearing and eyesight
            # each year", "will test her hearing", "will weigh him") says what it is for,
            # however plainly worded: it needs a need on that function.
            checked = " ".join(m.group() for m in ROUTINE_CHECK.finditer(clean))
            # f15k: a programme, course, service or clinic named after what it is for ("a
            # sleep programme", "the Children's Sleep Service") says so too.
            checked += " " + " ".join(m.group(1) for m in NAMED_FOR.finditer(clean))
            unit.clinical |= lexicon.concepts_in(checked)  # type: ignore[attr-defined]
        units.append(unit)
    return units


# f15u: the writer's own review of the child in clinic ("I will see Daisy in clinic every four
# months", "I will review him in the epilepsy clinic").
OWN_REVIEW = re.compile(
    r"\bI\s+will\s+(?:continue\s+to\s+)?(?:see|review|follow\s+up)\b[^.;]{0,60}?"
    r"\b(?:in|at)\s+(?:the\s+|my\s+|our\s+)?(?:[\w'-]+\s+){0,3}?clinic\b"
)
# f15x: the writer's own sessions anywhere ("I will see Alex at nursery every two weeks"),
# when they do not say what they are for, are for what the advice is about, as the clinic
# review is.
OWN_SESSION = re.compile(
    r"^\W*I\s+will\s+(?:continue\s+to\s+)?(?:see|visit|review)\s+(?-i:[A-Z])[\w'-]+\b"
)
# f15x: who to ask if something changes ("If her health changes, her parents can ask the
# school nursing team for a review") is a signpost, not provision that needs a need behind it.
SIGNPOST = re.compile(
    r"^\W*(?:if|should)\b[^.;]*?\b(?:can|could|may|should)\s+(?:ask|contact|request|"
    r"phone|call|email|refer|get\s+in\s+touch)\b",
    re.IGNORECASE,
)
NAMED_FOR = re.compile(
    r"\b((?:[\w'-]+\s+){1,2}?)(?:programmes?|courses?|services?|clinics?|workshops?)\b",
    re.IGNORECASE,
)
# f15k: checking, testing or screening a body function or its measures.
ROUTINE_CHECK = re.compile(
    r"\b(?:check|test|screen|measure|monitor|assess|review|weigh)(?:s|ed|ing)?\s+"
    r"(?:(?:his|her|their|the\s+child's|[A-Z][\w-]+'s)\s+)?"
    r"(?:(?:hearing|eyesight|sight|vision|eyes|teeth|height|weight|growth|ears)"
    r"(?:\s*(?:,|and)\s*)?){1,3}",
    re.IGNORECASE,
)


def _meets(need: _Unit, other: _Unit, lexicon: Lexicon, *, strict: bool = True) -> str | None:
    """How ``other`` meets ``need``: the shared concept, a shared distinctive word, or None.
    Provision (``strict``) meets a need that names a condition only through that condition;
    an outcome may work towards the need's effects."""
    shared = need.concepts & other.concepts
    if strict and need.conditions:
        shared &= need.conditions
    if shared:
        return ", ".join(sorted(shared))
    words = need.words & other.words
    if words:
        return f"the shared word '{sorted(words)[0]}'"
    return None


def golden_thread(
    needs: tuple[str, str] | None,
    outcomes: tuple[str, str] | None,
    provision: tuple[str, str] | None,
    *,
    lexicon: Lexicon | None = None,
) -> list[Finding]:
    """Needs with no provision or outcome, provision with no need, and outcomes with neither
    a need nor provision behind them.

    Each argument is ``(section key, text)``, or None where the section was not given or is
    empty (then that side of the thread is not checked: an empty or missing section is a
    notice for the auditor, not a finding).
    """
    return _thread(needs, outcomes, provision, lexicon or DEFAULT)[0]


def thread_links(
    needs: tuple[str, str] | None,
    outcomes: tuple[str, str] | None,
    provision: tuple[str, str] | None,
    *,
    lexicon: Lexicon | None = None,
) -> list[Link]:
    """Every link the golden thread made, each explained."""
    return _thread(needs, outcomes, provision, lexicon or DEFAULT)[1]


def _given(part: tuple[str, str] | None) -> tuple[str, str] | None:
    return part if part and part[1].strip() else None


def _thread(needs, outcomes, provision, lexicon: Lexicon) -> tuple[list[Finding], list[Link]]:
    found: list[Finding] = []
    links: list[Link] = []
    needs, outcomes, provision = _given(needs), _given(outcomes), _given(provision)
    if needs is None:
        return found, links
    need_key, need_text = needs
    need_units = _need_units(need_text, lexicon)
    # f15x: a section that says the child has no health needs (not "no other health needs")
    # names conditions as context: "She has sickle cell disease ... There are no health needs
    # that relate to her special educational needs" describes no need.
    if NONE_AT_ALL.search(need_text) and not BUT.search(need_text):
        need_units = []
    # f15h: Section C says are no health needs and describes none: health provision
    # in G has no need behind it, whatever words it is written in.
    # f15h: Section C says are no health needs, or names nothing a health need is
    # about (no concept at all, however weakly worded).
    no_needs = not need_units and bool(
        NO_NEEDS.search(need_text) or not lexicon.concepts_in(need_text, weak=True)
    )
    statements = (
        {item.start for item in provision_statements(provision[1])}
        if no_needs and provision
        else set()
    )
    prov_units = _items(provision[1], lexicon, provision=True) if provision else []
    # f15u: a clinician writing "I will see her in clinic" reviews the condition the advice
    # is about (the first the needs name): the review is provision for it, not for every
    # other condition the needs go on to name.
    subject = next((u.conditions for u in need_units if u.conditions), frozenset())
    if not subject and need_units:  # f15x: no condition named: what the first need is about
        subject = frozenset(lexicon.concepts_in(need_units[0].read))
    for p in prov_units:
        if OWN_REVIEW.search(p.span.text) or (OWN_SESSION.search(p.span.text) and not p.concepts):
            p.concepts |= subject
    out_units = _items(outcomes[1], lexicon, provision=False) if outcomes else []
    met_provision: set[int] = set()
    met_outcome: set[int] = set()
    towards = {  # the outcomes each provision item works towards
        id(p): [o for o in out_units if (p.concepts & o.concepts) or (p.words & o.words)]
        for p in prov_units
    }
    all_provision_concepts = set().union(*(p.concepts for p in prov_units))
    # f15l: the outcomes each need meets directly, so that an outcome another need owns is
    # not lent to this one through provision they share.
    direct: dict[int, dict[int, tuple[_Unit, str]]] = {}
    owners: dict[int, set[int]] = {}  # each outcome's needs that meet it directly
    for u in need_units:
        direct[id(u)] = {}
        for o in out_units:
            how = _meets(u, o, lexicon, strict=False)
            if how:
                direct[id(u)][id(o)] = (o, how)
                owners.setdefault(id(o), set()).add(id(u))
    for unit in need_units:
        meeting = [(p, _meets(unit, p, lexicon)) for p in prov_units]
        meeting = [(p, how) for p, how in meeting if how]
        if not meeting:
            # f15g: provision whose everyday words (weak terms) are on a concept the need's
            # own sentence names ("his handwriting is slow" -> "use a laptop"), however it
            # is worded ("should allow", "will let").
            own = lexicon.concepts_in(unit.read)
            if unit.conditions:
                own &= unit.conditions
            meeting = [
                (p, ", ".join(sorted(own & p.weak)))  # type: ignore[attr-defined]
                for p in prov_units
                if own & p.weak  # type: ignore[attr-defined]
            ]
        met_provision |= {id(p) for p, _ in meeting}
        # Conditions named together ("asthma and eczema") each need their own provision.
        if len(unit.conditions) > 1 and meeting:
            covered = set().union(*(p.concepts for p, _ in meeting))
            if not unit.conditions <= covered:
                meeting = []
        # Another need named clinically ("Isla also has anxiety, particularly about her
        # breathing") is met by provision on that, not by provision on a concept its
        # lay words touch ("breathing"), when no provision is on it at all (f15e).
        named = (
            lexicon.clinical_concepts_in(unit.read)
            if unit.head is None
            and NEW_NEED.search(unit.span.text)
            and not MANAGED_OUTSIDE.search(unit.span.text)
            else set()
        )
        if named and meeting and not named & all_provision_concepts:
            meeting = []
        linked = dict(direct[id(unit)])
        lends = None  # whether an outcome another need owns may be lent (worked out once)
        # An outcome the need's provision works towards completes the thread too.
        for p, _ in meeting:
            if len(linked) == len(out_units):
                break
            for o in towards[id(p)]:
                if id(o) in linked:
                    continue
                owned = bool(owners.get(id(o), set()) - {id(unit)})
                if owned and not o.concepts & p.concepts & unit.concepts:
                    if lends is None:
                        lends = _diagnosis_only(unit, lexicon) or bool(
                            MANAGED_OUTSIDE.search(unit.span.text)
                        )
                    if not lends:
                        continue
                if id(o) not in linked:
                    linked[id(o)] = (o, f"its provision ({_short(p.span.text, 40)})")
        outcome_links = list(linked.values())
        met_outcome |= set(linked)
        for p, how in meeting[:2]:
            links.append(Link(need_key, unit.span.text, provision[0], p.span.text, how))
        for o, how in outcome_links[:2]:
            links.append(Link(need_key, unit.span.text, outcomes[0], o.span.text, how))
        unit.met = (bool(meeting), bool(outcome_links))  # type: ignore[attr-defined]
    unclaimed = [o for o in out_units if not o.concepts and id(o) not in met_outcome]
    # f15i: a need is said to have no provision (or no outcome) only when nothing in the
    # whole section is on it: no concept of the need (for a named condition, that
    # condition) anywhere in the section, and no distinctive word of the need's. Matching
    # statement to statement missed links a stranger's sentences make across the section
    # ("hearing aids" in one bullet, "radio aid" in the next); a gap the auditor cares about
    # is a need the section does not touch at all.
    # f15s: who trained or advised the staff says nothing of what the section is for, here
    # as in each item ("trained by the speech and language therapist" is not swallowing).
    prov_concepts = lexicon.concepts_in(TRAINER.sub(" ", provision[1])) if provision else set()
    prov_words = stems(provision[1]) if provision else set()
    out_concepts = lexicon.concepts_in(outcomes[1], weak=True) if outcomes else set()
    out_words = stems(outcomes[1]) if outcomes else set()

    def _touches(unit, concepts: set[str], words: set[str]) -> bool:
        # f15m: a need whose own sentence shares a content word with the section ("chest
        # infections" in C and G, "falls" and "without falling") may well be met there: the
        # thread claims a gap only where nothing in the section is on the need.
        # Conditions named together ("asthma and also eczema") each still need their own.
        if len(unit.conditions) <= 1 and stems(unit.read) & words:
            return True
        if unit.conditions:  # conditions named together each need their own
            return unit.conditions <= concepts
        # A need its own sentence names clinically ("anxiety") is met by that, not by a
        # concept its lay words touch ("about her breathing").
        named = lexicon.clinical_concepts_in(unit.read) & unit.concepts
        # The need's own sentence, not the paragraph it is read with: "He often brings up
        # his feeds" is not met by provision on the skin the next sentence is about.
        own = lexicon.concepts_in(unit.read, weak=True) & unit.concepts
        return bool((named or own or unit.concepts) & concepts)

    plan_concepts = (
        prov_concepts
        | out_concepts
        | (lexicon.concepts_in(provision[1], weak=True) if provision else set())
    )
    plan_words = prov_words | out_words

    def _untouched(unit) -> bool:
        # f15aa: an effect the writer describes after the condition (a later sentence of the
        # paragraph) whose own main clause is about something neither E nor G touches at
        # all, in a concept or a word ("She wakes four times a night" when nothing is on
        # sleep), is a need the plan leaves unanswered, however well the condition is met.
        return bool(
            unit.effect & BODILY_EFFECTS
            and not unit.effect & plan_concepts
            and not stems(unit.read) & plan_words
        )

    for unit in need_units:
        has_provision, has_outcome = unit.met  # type: ignore[attr-defined]
        has_provision = has_provision or _touches(unit, prov_concepts, prov_words)
        has_outcome = has_outcome or _touches(unit, out_concepts, out_words)
        if unit.head is not None:  # an elaboration is met when the need it goes on about is
            head_p, head_o = unit.head.met  # type: ignore[attr-defined]
            has_provision, has_outcome = has_provision or head_p, has_outcome or head_o
        if _untouched(unit):
            has_provision = has_outcome = False
        unit.met = (has_provision, has_outcome)  # type: ignore[attr-defined]
    for index, unit in enumerate(need_units):
        has_provision, has_outcome = unit.met  # type: ignore[attr-defined]
        # f15j: a sentence that only names a broad diagnosis ("Zain is 6 and is autistic",
        # "Rosa has PMLD") is the heading of the needs the sentences after it describe: it
        # is met when they are. A specific condition (epilepsy, diabetes, sight) still
        # needs provision of its own.
        if _diagnosis_only(unit, lexicon):
            after = [u for u in need_units[index + 1 :] if not _diagnosis_only(u, lexicon)]
            has_provision = has_provision or any(u.met[0] for u in after)  # type: ignore[attr-defined]
            has_outcome = has_outcome or any(u.met[1] for u in after)  # type: ignore[attr-defined]
        elif unit.conditions and (what := _what_it_does(unit, lexicon)) is not None:
            # f15u: a sentence that only names a condition ("Daisy has epilepsy.") is the
            # heading of the sentences that go on about that condition ("She has absence
            # seizures ..."): it is met when they are. f15aa: so is one with a clause saying
            # what the condition does ("Theo has cystic fibrosis, which makes mucus build up
            # in his lungs ..."), of the sentences about what the clause names too. (f15u's
            # form asked the later sentence to be read with this one; a bullet or a new
            # paragraph about the same condition goes on about it as well.)
            about = [
                u
                for u in need_units[index + 1 :]
                if lexicon.concepts_in(u.read) & what
                or lexicon.conditions_named(u.read) & unit.conditions
            ]
            has_provision = has_provision or any(u.met[0] for u in about)  # type: ignore[attr-defined]
            has_outcome = has_outcome or any(u.met[1] for u in about)  # type: ignore[attr-defined]
        missing = []
        if provision and not has_provision:
            missing.append(f"no provision in {_name(provision[0])}")
        # An outcome the lexicon cannot read (no concept in it: "will finish her classwork")
        # and that no other need has claimed may well be this need's: say nothing rather
        # than claim it is missing.
        if outcomes and not has_outcome and not unclaimed:
            missing.append(f"no outcome in {_name(outcomes[0])}")
        if missing:
            concept = ", ".join(sorted(unit.concepts))
            found.append(
                finding(
                    "golden_thread",
                    need_key,
                    need_text,
                    unit.span.start,
                    unit.span.end,
                    f"This health need ({concept}) seems to have {' and '.join(missing)}: "
                    "nothing was linked to it through the concept lexicon or a shared "
                    "word. Check that every health need has provision that meets it and an "
                    "outcome it works towards.",
                )
            )
    all_need_concepts = set().union(*(u.concepts for u in need_units)) if need_units else set()
    # f15k: what C says is normal, absent or a strength ("Her hearing was tested in June and
    # is normal", "He has no difficulty eating") is not a need provision could be for.
    described = " ".join(
        s.text
        for s in sentences(need_text)
        if not (
            (NO_NEEDS.search(s.text) or NEGATED.search(s.text) or STRENGTH.search(s.text))
            and not BUT.search(s.text)
        )
    )
    all_need_words = key_words(described)
    need_weak = lexicon.concepts_in(described, weak=True)
    claimed: set[int] = set()

    def _for_a_need(concepts: set[str], words: set[str], weak: set[str]) -> bool:
        return bool(
            concepts & (all_need_concepts | need_weak)
            or words & all_need_words
            or weak & all_need_concepts
        )

    if provision:
        for index, p in enumerate(prov_units):
            if id(p) in met_provision:
                continue
            # Only provision that names what it is for clinically (a therapy, a condition,
            # "dysphagia") is said to meet no need: everyday words in provision ("eat lunch
            # with his class", "go to the toilet") often say where or when, not what for.
            if no_needs and p.span.start in statements:
                pass  # f15h: every provision statement, whatever its words
            elif not p.concepts or not p.clinical:  # type: ignore[attr-defined]
                continue
            if _refers_back(p, prov_units[:index], met_provision, claimed):
                continue
            if COORDINATION.search(p.span.text) or SIGNPOST.search(p.span.text):
                continue
            # f15l: provision whose everyday words are on a concept a need names ("provide a
            # wedge cushion ... in seating" for low muscle tone that makes sitting hard).
            if _for_a_need(p.concepts, p.words, p.weak):  # type: ignore[attr-defined]
                continue
            claimed.add(id(p))
            found.append(
                finding(
                    "golden_thread",
                    provision[0],
                    provision[1],
                    p.span.start,
                    p.span.end,
                    f"This provision ({', '.join(sorted(p.concepts))}) seems to meet no "
                    f"health need described in {_name(need_key)}. Check that the need is "
                    f"described in {_name(need_key)}, or that the provision is needed.",
                )
            )
    if outcomes:
        # An outcome about a condition (named clinically) that neither C nor G mentions has
        # nothing behind it; an outcome about everyday skills may serve any need.
        behind = lexicon.concepts_in(need_text + "\n" + (provision[1] if provision else ""))
        for o in out_units:
            named = lexicon.conditions_named(o.span.text)
            if not named or named & behind or id(o) in met_outcome:
                continue
            found.append(
                finding(
                    "golden_thread",
                    outcomes[0],
                    outcomes[1],
                    o.span.start,
                    o.span.end,
                    f"This outcome ({', '.join(sorted(named))}) has neither a health need in "
                    f"{_name(need_key)} nor provision behind it. Check that the need is "
                    "described and that provision works towards the outcome.",
                )
            )
    found += _unmatched_headings(needs, outcomes, provision, need_units, prov_units, found, lexicon)
    return found, links


def _headed(text: str) -> list[tuple[str, int, int]]:
    """The headings of a section written under headings, as ``(name, start, end)``: the
    heading's name (lower case, without a colon) and where the items under it run."""
    spans = sentences(text)
    heads = [
        s for s in spans if is_label(s) and not LABELLED_LINE.match(s.text) and "|" not in s.text
    ]
    result = []
    for n, s in enumerate(heads):
        end = heads[n + 1].start if n + 1 < len(heads) else len(text)
        name = " ".join(s.text.rstrip(":").lower().split())
        result.append((name, s.end, end))
    if result:
        return result
    # f15u: a list whose lines each open with a short topic and a colon ("Sleep: He takes
    # two hours to fall asleep.") is headed just the same, one heading a line.
    lines = list(TOPIC_LINE.finditer(text))
    for n, m in enumerate(lines):
        end = lines[n + 1].start() if n + 1 < len(lines) else len(text)
        result.append((" ".join(m.group("topic").lower().split()), m.start(), end))
    return result


# f15u: a line that opens with a topic of at most four words and a colon, then a sentence.
TOPIC_LINE = re.compile(
    r"^[ \t]*(?:[-*\u2022][ \t]+)?(?P<topic>[A-Z][\w'-]*(?:[ \t][\w'-]+){0,3}):[ \t]+(?=\S+\s+\S)",
    re.MULTILINE,
)
# f15u: a numbered line ("3. A speech and language therapist ...").
NUMBERED_LINE = re.compile(r"^[ \t]*\(?(?P<n>\d{1,2})[.)][ \t]+\S", re.MULTILINE)


def _numbered(text: str) -> list[tuple[str, int, int]]:
    """f15u: the items of a numbered list as ``("#n", start, end)``."""
    lines = list(NUMBERED_LINE.finditer(text))
    result = []
    for n, m in enumerate(lines):
        end = lines[n + 1].start() if n + 1 < len(lines) else len(text)
        result.append((f"#{int(m.group('n'))}", m.start(), end))
    return result


def _under(name: str) -> str:
    return f"numbered {name[1:]}" if name.startswith("#") else f"under the heading '{name}'"


def _kind(name: str) -> str:
    return "numbers" if name.startswith("#") else "headings"


def _called(name: str) -> str:
    return f"item {name[1:]}" if name.startswith("#") else f"heading called '{name}'"


def _line_up(c_heads, heads, c_text, text, lexicon) -> bool:
    """f15u: whether each numbered item of a shorter list shares a concept or a distinctive
    word with the item of C with its number: the writer numbered them to line up."""
    if lexicon is None or len(heads) >= len(c_heads):
        return False
    c_at = {name: (start, end) for name, start, end in c_heads}
    for name, start, end in heads:
        need = c_text[slice(*c_at[name])]
        item = text[start:end]
        shared = lexicon.concepts_in(need, weak=True) & lexicon.concepts_in(item, weak=True)
        if not shared and not key_words(need) & key_words(item):
            return False
    return True


def _skips(parts: list[tuple[str, int, int]]) -> bool:
    """f15u: whether a numbered list skips a number ("1.", "3."): its writer kept the
    numbers of another list, so a number left out is that item of the other list left out."""
    numbers = [int(name[1:]) for name, _, _ in parts]
    return bool(numbers) and numbers != list(range(1, len(numbers) + 1))


# f15s: a section's headings are aligned with C's when at least this many are the same.
ALIGNED_HEADINGS = 2


def _unmatched_headings(needs, outcomes, provision, need_units, prov_units, found, lexicon=None):
    """f15s: C, E and G written under the same headings ("Mobility", "Fatigue" ...): a
    heading of C that E (or G) leaves out has no outcome (or provision), and a heading of G
    that C does not have is provision for no need described. Only where the writer plainly
    aligned the sections (two headings or more the same)."""
    extra: list[Finding] = []
    taken = {(f.section, f.start) for f in found}
    for numbered in (False, True):
        extra += _unmatched(
            needs, outcomes, provision, need_units, prov_units, taken, numbered, lexicon
        )
    return extra


def _unmatched(needs, outcomes, provision, need_units, prov_units, taken, numbered, lexicon):
    extra: list[Finding] = []
    c_heads = _numbered(needs[1]) if numbered else _headed(needs[1])
    if len(c_heads) < ALIGNED_HEADINGS:
        return extra
    c_names = {name for name, _, _ in c_heads}
    for part, what in ((outcomes, "outcome"), (provision, "provision")):
        if part is None:
            continue
        heads = _numbered(part[1]) if numbered else _headed(part[1])
        names = {name for name, _, _ in heads}
        if len(names & c_names) < ALIGNED_HEADINGS:
            continue
        # f15u: numbered lists are numbered each on its own unless they line up: a number
        # skipped, or every item of the shorter list meeting the need with its number.
        if numbered and not (
            names <= c_names
            and (_skips(heads) or _line_up(c_heads, heads, needs[1], part[1], lexicon))
        ):
            continue
        for name, start, end in c_heads:
            if name in names:
                continue
            under = [u for u in need_units if start <= u.span.start < end]
            if not under or (needs[0], under[0].span.start) in taken:
                continue
            unit = under[0]
            taken.add((needs[0], unit.span.start))
            extra.append(
                finding(
                    "golden_thread",
                    needs[0],
                    needs[1],
                    unit.span.start,
                    unit.span.end,
                    f"This health need, {_under(name)}, seems to have no {what} "
                    f"in {_name(part[0])}: {_name(part[0])} uses the same {_kind(name)} as "
                    f"{_name(needs[0])} but has no {_called(name)}. Check that every "
                    f"health need has provision that meets it and an outcome it works towards.",
                )
            )
        if what != "provision":
            continue
        for name, start, end in heads:
            if name in c_names:
                continue
            under = [p for p in prov_units if start <= p.span.start < end]
            if not under or (part[0], under[0].span.start) in taken:
                continue
            if COORDINATION.search(name) or COORDINATION.search(under[0].span.text):
                continue
            p = under[0]
            taken.add((part[0], p.span.start))
            extra.append(
                finding(
                    "golden_thread",
                    part[0],
                    part[1],
                    p.span.start,
                    p.span.end,
                    f"This provision, {_under(name)}, seems to meet no health "
                    f"need described in {_name(needs[0])}: {_name(needs[0])} uses the same "
                    f"{_kind(name)} as {_name(part[0])} but has no {_called(name)}. Check that "
                    "the need is described, or that the provision is needed.",
                )
            )
    return extra


# Provision that refers back to something set up earlier in the section ("will review the
# plan", "will update the programme"): it serves the need that earlier provision meets.
REFERS_BACK = re.compile(
    r"\b(?:the|this|that|these|his|her|their)\s+(?:\w+\s+)?"
    r"(plan|programme|strategies|targets|exercises|equipment|care\s+plan)\b",
    re.IGNORECASE,
)


# Coordination (f15g): a meeting with the child, parents and therapist to agree a timetable
# or plan, a review meeting. It serves the needs it coordinates and needs no need of its own.
COORDINATION = re.compile(
    r"\b(?:(?:review|planning|multi-?(?:agency|disciplinary)|transition|team\s+around\s+the\s+"
    r"(?:child|family)|TAC|MDT)\s+meetings?|case\s+conferences?)\b|"
    r"\b(?:meet(?:s|ing|ings)?|liais\w*)\b(?=[^.;]*\b(?:agree|plan|timetable|review|"
    r"co-?ordinat|share|discuss|set\s+targets|parents?|carers?|famil)\w*)|"
    # f15m: agreeing a timetable, plan or targets with the child, family or therapist
    # ("will agree a part-time timetable with her and her occupational therapist").
    r"\bagree\w*\s+(?:(?:on|a|an|the|his|her|their|[\w'-]+)\s+){0,4}?"
    r"(?:timetables?|plans?|targets|goals|programmes?|arrangements?)\b",
    re.IGNORECASE,
)


def _refers_back(
    p: _Unit, earlier: list[_Unit], met: set[int], claimed: set[int] | None = None
) -> bool:
    """Whether ``p`` refers back to earlier provision that meets a need or (f15p) that the
    thread did not claim meets none ("will follow the exercise plan" then "will update the
    exercise plan"): it serves what that provision serves."""
    match = REFERS_BACK.search(p.span.text)
    if not match:
        return False
    noun = re.compile(r"\b" + re.escape(match.group(1).split()[-1]) + r"\b", re.I)
    return any(
        (id(e) in met or (claimed is not None and id(e) not in claimed))
        and noun.search(e.span.text)
        for e in earlier
    )


def _name(key: str) -> str:
    return f"Section {key}" if len(key) <= 2 else f"'{key}'"


# f15j: a sentence that names a diagnosis and nothing else: "Zain is 6 and is autistic.",
# "Rosa is 15 and has PMLD.", "He has a diagnosis of global developmental delay."
DIAGNOSIS_ONLY = re.compile(
    r"^(?:[A-Z][\w'-]+|he|she|they)(?:\s*\((?:aged?\s+)?\d+\)|,?\s+(?:is\s+)?aged\s+\d+,?|\s+is\s+(?:\d+|[a-z]+)"
    r"(?:\s+years?\s+old)?)?(?:\s+and)?\s+(?:is|has|has\s+been\s+diagnosed\s+with|"
    r"was\s+diagnosed\s+with)\s+(?P<tail>[\w'() -]{2,60}?)[.!]?$",
    re.IGNORECASE,
)
# The diagnosis goes on to say what it does ("has scoliosis and sits in a moulded seat").
GOES_ON = re.compile(
    r"\b(?:and|that|which|who|when|but|so|because|in|at|to|through|by|from|with|for|on|after|"
    r"during)\b",
    re.I,
)


def _names_only(unit: _Unit) -> bool:
    """f15u: whether the need's sentence only names a diagnosis, whatever it is."""
    match = DIAGNOSIS_ONLY.match(unit.span.text.strip())
    return bool(
        match and not GOES_ON.search(match.group("tail")) and len(match.group("tail").split()) <= 8
    )


def _diagnosis_only(unit: _Unit, lexicon: Lexicon) -> bool:
    text = unit.span.text.strip()
    match = DIAGNOSIS_ONLY.match(text)
    if not match or GOES_ON.search(match.group("tail")) or len(match.group("tail").split()) > 8:
        return False
    named = lexicon.concepts_in(text)
    return len(named) <= 1 and not named & {
        c.name for c in lexicon.concepts.values() if c.condition
    }


# f15aa: where a diagnosis sentence goes on to say what the condition does ("..., which makes",
# "..., a condition that affects").
WHAT_IT_DOES = re.compile(
    r",\s*(?:which|that|a\s+(?:condition|disorder|syndrome)\s+(?:that|which|where))\b", re.I
)


def _what_it_does(unit: _Unit, lexicon: Lexicon) -> set[str] | None:
    """f15aa: the concepts a diagnosis sentence's describing clause names, when its main
    clause only names the diagnosis; None when it is not such a sentence."""
    parts = WHAT_IT_DOES.split(unit.span.text.strip(), maxsplit=1)
    if len(parts) < 2:
        return set() if _names_only(unit) else None
    match = DIAGNOSIS_ONLY.match(parts[0].strip())
    if not match or GOES_ON.search(match.group("tail")) or len(match.group("tail").split()) > 8:
        return None
    return lexicon.concepts_in(parts[1], weak=True) - unit.conditions
