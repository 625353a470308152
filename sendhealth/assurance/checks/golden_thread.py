"""The golden thread: every health need in C has provision in G and an outcome in E.

Needs, provision and outcomes are matched by topic. Each topic is a list of word stems
("seizur", "epilep"), so "seizures" in C meets "epilepsy care plan" in G; the finding says
which topic it looked for. A need is read with the rest of its paragraph, and a distinctive
word shared by a need and its provision or outcome ("gluten", "gluten-free") also ties them.
"""

import re

from .base import Finding, finding
from .text import LABELLED_LINE, Span, blocks, is_label, provision_items, sentences


def _stems(text: str) -> tuple[str, ...]:
    stems = tuple(stem.strip() for stem in text.split(","))
    if not all(stems):
        raise ValueError(f"empty stem in {text!r}")  # it would match every word
    return stems


# A stem matches the start of a word; one ending in "$" matches only the whole word.
TOPICS = {
    "communication": _stems(
        "speech, languag, communicat, talk, vocabular, sentenc, stammer, dysfluen, salt, slt, "
        "aac, signing, makaton, verbal, words, mutism"
    ),
    "movement": _stems(
        "motor, mobilit, walk, balanc, coordinat, physio, wheelchair, standing, posture, "
        "stairs, gait, hemipleg, diplegi, quadripleg, cerebral palsy, transfer, stiff, joint, "
        "arthritis, stretch, muscle, hypoton, ataxi, spastic, dystoni"
    ),
    "hand skills": _stems(
        "handwrit, pencil, grip, scissors, fine motor, dressing, buttons, cutlery, "
        "occupational, typing, hemipleg, fasten, zip$, coat$, hand skill"
    ),
    "sensory processing": _stems("sensory, nois, sound, touch, proprioce, vestibul"),
    "epilepsy": _stems("epilep, seizur, midazolam, buccal, absence"),
    "continence": _stems("contin, toilet, wetting, soiling, enuresis, encopres, nappy, pads"),
    "eating and drinking": _stems(
        "eat, feed, swallow, dysphag, diet, nutrition, weight, gastrostom, tube, choking, "
        "texture, meal, drink"
    ),
    "hearing": _stems(
        "hearing, hear$, hears$, heard$, deaf, audiolog, cochlear, implant, glue ear, grommet, "
        "radio aid"
    ),
    # Not "visual" alone: a visual timetable or visual prompt is no sign of a vision need.
    "vision": _stems(
        "vision, visual impair, visually, sight, eyes, glasses, orthopt, squint, large print, "
        "point print, print size, braille, magnif, nystagm, enlarg"
    ),
    "sleep": _stems("sleep, bedtime, night wak, melatonin"),
    "emotional wellbeing": _stems(
        "anxi, worr, mood, emotion, wellbeing, camhs, self-harm, panic, distress, "
        "mental health, calm, feelings"
    ),
    "breathing": _stems("asthma, breath, inhaler, wheez, respirat, oxygen, tracheost"),
    "diabetes": _stems("diabet, insulin, glucose, blood sugar, hypo"),
    "allergy": _stems("allerg, anaphyla, auto-injector, adrenaline, epipen, nut$, nuts$, peanut"),
    "attention": _stems("attention, adhd, concentrat, focus, impulsiv, hyperactiv, fidget"),
    "social interaction": _stems("social, friendship, interact, peers, play with"),
    "pain and fatigue": _stems("pain, fatigue, tire, stamina, rest$, rests$"),
    "skin": _stems("eczema, skin, emollient, pressure area"),
}
# Everyday words that show a thread is there ("sit" in an outcome for a child with low muscle
# tone) but are too loose to be the only reason for a finding ("will sit with him", "speak to
# his parents", "in writing"): they widen what counts as covered, never what needs covering.
WEAK_TOPICS = {
    "communication": _stems("word$, speak, spoken, answer, instruction, aloud, say$"),
    "movement": _stems("sit$, sitting, seated, seating"),
    "hand skills": _stems("writing$, write$, hand$, hands$"),
    "eating and drinking": _stems("food, foods, fed$, lunch"),
    "breathing": _stems("chest"),
}
NEED_CUE = re.compile(
    r"\b(?:diagnos\w*|difficult\w*|needs?|condition|struggles?|impair\w*|delay\w*|disorder|"
    r"has|finds?|experiences?|requires?|unable|cannot|can't|at risk|becomes?|gets?|is|are|uses?|"
    r"wears?|takes?)\b",
    re.IGNORECASE,
)
# "No health needs", "no other health needs", "his hearing and eyesight are normal".
NO_NEEDS = re.compile(
    r"\bno\s+(?:other\s+|known\s+|identified\s+|further\s+|ongoing\s+)?health\s+needs\b|"
    r"\b(?:is|are|was|were)\s+(?:within\s+the\s+)?normal\b|\bno\s+concerns\b",
    re.IGNORECASE,
)
# Who trained the person giving provision says nothing of what the provision is for: "a
# teaching assistant trained by the speech and language therapist will ...".
TRAINER = re.compile(
    r"\b(?:trained|supervised|shown|taught)(?:\s+and\s+supervised)?\s+by\s+"
    r"(?:the\s+|a\s+|an\s+|his\s+|her\s+|their\s+|[A-Z][a-z]+'s\s+)?"
    r"(?:[\w'-]+\s+){0,5}?(?:therapist|physiotherapist|nurse|team|service|specialist|"
    r"paediatrician|psychologist|dietitian|practitioner|teacher\s+of\s+the\s+deaf|SALT|OT)s?\b",
    re.IGNORECASE,
)


def _stem(stem: str) -> str:
    """A stem matches any word it starts; one ending in "$" matches only the whole word."""
    return re.escape(stem[:-1]) + r"\b" if stem.endswith("$") else re.escape(stem)


def _regexes(table: dict[str, tuple[str, ...]]) -> dict[str, re.Pattern]:
    return {
        topic: re.compile(r"\b(?:" + "|".join(_stem(s) for s in stems) + r")", re.IGNORECASE)
        for topic, stems in table.items()
    }


_TOPIC_RES = _regexes(TOPICS)
_WEAK_RES = _regexes(WEAK_TOPICS)


def topics(text: str, *, weak: bool = False) -> set[str]:
    """The topics ``text`` is about; with ``weak``, also those only everyday words suggest."""
    text = TRAINER.sub(" ", text)
    found = {topic for topic, regex in _TOPIC_RES.items() if regex.search(text)}
    if weak:
        found |= {topic for topic, regex in _WEAK_RES.items() if regex.search(text)}
    return found


def _need_items(text: str) -> list[tuple[Span, set[str]]]:
    items = []
    for span in sentences(text):
        described = NEED_CUE.search(span.text) or LABELLED_LINE.match(span.text)
        if is_label(span) or NO_NEEDS.search(span.text) or not described:
            continue
        found = topics(span.text)
        if found:
            items.append((span, found))
    return items


def _covered(text: str) -> set[str]:
    if not text.strip():
        return set()
    return set().union(*(topics(s.text, weak=True) for s in sentences(text)))


# Words too common in plans to tie a need to its provision or outcome.
_COMMON = (
    "about above across adult adults after again along always another around asked assistant "
    "before being below between break breaks child children class classes classroom could "
    "daily during early every family first friends group having health their there these "
    "thing things those three through times today together until using usually where which "
    "while whole would lesson lessons minutes month months morning afternoon other parent "
    "parents people plan plans school schools session sessions should since small staff "
    "start support teacher teachers teaching often needs needed still takes under weeks years "
    "quickly sometimes hours activity activities times"
)
COMMON_WORDS = frozenset(_COMMON.split())
CONTENT_WORD = re.compile(r"(?<![\w'-])[a-z][a-z-]{4,}")


def key_words(text: str) -> set[str]:
    """Distinctive words (their first six letters), so "gluten" in a need meets "gluten-free"
    in provision even where no topic list has the word. Capitalised words (names) are left
    out."""
    return {w[:6] for w in CONTENT_WORD.findall(text) if w not in COMMON_WORDS}


def golden_thread(
    needs: tuple[str, str] | None,
    outcomes: tuple[str, str] | None,
    provision: tuple[str, str] | None,
) -> list[Finding]:
    """Needs with no provision or outcome, and provision with no need.

    Each argument is ``(section key, text)``, or None where the section was not given (then
    that side of the thread is not checked).
    """
    found = []
    if needs is None:
        return found
    need_key, need_text = needs
    in_provision = _covered(provision[1]) if provision else None
    in_outcomes = _covered(outcomes[1]) if outcomes else None
    provision_words = key_words(TRAINER.sub(" ", provision[1])) if provision else set()
    outcome_words = key_words(outcomes[1]) if outcomes else set()
    paragraphs = [need_text[start:end] for start, end, _ in blocks(need_text)]
    for span, need_topics in _need_items(need_text):
        missing = []
        words = key_words(span.text)
        # A paragraph describes one need, often over several sentences ("Aisha has
        # epilepsy. She has absence seizures and misses instructions."): read it whole.
        paragraph = next((p for p in paragraphs if span.text in p), span.text)
        need_topics = need_topics | topics(paragraph, weak=True)
        words |= key_words(paragraph)
        if in_provision is not None and not (need_topics & in_provision or words & provision_words):
            missing.append(f"no provision in {_name(provision[0])}")
        if in_outcomes is not None and not (need_topics & in_outcomes or words & outcome_words):
            missing.append(f"no outcome in {_name(outcomes[0])}")
        if missing:
            topic = ", ".join(sorted(need_topics))
            found.append(
                finding(
                    "golden_thread",
                    need_key,
                    need_text,
                    span.start,
                    span.end,
                    f"This health need ({topic}) seems to have {' and '.join(missing)}: no "
                    "words on that topic were found there. Check that every health need has "
                    "provision that meets it and an outcome it works towards.",
                )
            )
    if provision is not None and need_text.strip():
        in_needs = _covered(need_text)
        need_words = key_words(need_text)
        prov_key, prov_text = provision
        for item in provision_items(prov_text):
            item_topics = topics(item.text)
            if is_label(item) or not item_topics or topics(item.text, weak=True) & in_needs:
                continue
            if key_words(TRAINER.sub(" ", item.text)) & need_words:
                continue
            found.append(
                finding(
                    "golden_thread",
                    prov_key,
                    prov_text,
                    item.start,
                    item.end,
                    f"This provision ({', '.join(sorted(item_topics))}) seems to meet no "
                    f"health need described in {_name(need_key)}: no words on that topic were "
                    f"found there. Check that the need is described in {_name(need_key)}, or "
                    "that the provision is needed.",
                )
            )
    return found


def _name(key: str) -> str:
    return f"Section {key}" if len(key) <= 2 else f"'{key}'"
