"""The golden thread: every health need in C has provision in G and an outcome in E.

Needs, provision and outcomes are matched by topic. Each topic is a list of word stems
("seizur", "epilep"), so "seizures" in C meets "epilepsy care plan" in G; the finding says
which topic it looked for.
"""

import re

from .base import Finding, finding
from .text import LABELLED_LINE, Span, is_label, provision_items, sentences


def _stems(text: str) -> tuple[str, ...]:
    stems = tuple(stem.strip() for stem in text.split(","))
    if not all(stems):
        raise ValueError(f"empty stem in {text!r}")  # it would match every word
    return stems


# A stem matches the start of a word; one ending in "$" matches only the whole word.
TOPICS = {
    "communication": _stems(
        "speech, languag, communicat, talk, vocabular, sentenc, stammer, dysfluen, salt, slt, "
        "aac, signing, makaton, verbal, words"
    ),
    "movement": _stems(
        "motor, mobilit, walk, balanc, coordinat, physio, wheelchair, standing, posture, "
        "stairs, gait, hemipleg, diplegi, cerebral palsy, transfer, stiff, joint, arthritis, "
        "stretch, muscle"
    ),
    "hand skills": _stems(
        "handwrit, pencil, grip, scissors, fine motor, dressing, buttons, cutlery, "
        "occupational, typing, hemipleg, fasten, zip$, coat$"
    ),
    "sensory processing": _stems("sensory, nois, sound, touch, proprioce, vestibul"),
    "epilepsy": _stems("epilep, seizur, midazolam, buccal, absence"),
    "continence": _stems("contin, toilet, wetting, soiling, enuresis, encopres, nappy, pads"),
    "eating and drinking": _stems(
        "eat, feed, swallow, dysphag, diet, nutrition, weight, gastrostom, tube, choking, "
        "texture, meal, drink"
    ),
    "hearing": _stems("hearing, deaf, audiolog, cochlear, glue ear, grommet"),
    "vision": _stems(
        "vision, visual, sight, eyes, glasses, orthopt, squint, large print, point print, "
        "print size, braille, magnif"
    ),
    "sleep": _stems("sleep, bedtime, night wak, melatonin"),
    "emotional wellbeing": _stems(
        "anxi, worr, mood, emotion, wellbeing, camhs, self-harm, panic, distress, "
        "mental health, calm, feelings"
    ),
    "breathing": _stems("asthma, breath, inhaler, wheez, respirat, oxygen, tracheost"),
    "diabetes": _stems("diabet, insulin, glucose, blood sugar, hypo"),
    "allergy": _stems("allerg, anaphyla, auto-injector, adrenaline, epipen"),
    "attention": _stems("attention, adhd, concentrat, focus, impulsiv, hyperactiv"),
    "social interaction": _stems("social, friendship, interact, peers, play with"),
    "pain and fatigue": _stems("pain, fatigue, tire, stamina, rest$, rests$"),
    "skin": _stems("eczema, skin, emollient, pressure area"),
}
NEED_CUE = re.compile(
    r"\b(?:diagnos\w*|difficult\w*|needs?|condition|struggles?|impair\w*|delay\w*|disorder|"
    r"has|finds?|experiences?|requires?|unable|cannot|can't|at risk|becomes?|gets?|is|are|uses?|"
    r"wears?|takes?)\b",
    re.IGNORECASE,
)
NO_NEEDS = re.compile(r"\bno\s+(?:known\s+|identified\s+)?health\s+needs\b", re.IGNORECASE)


def _stem(stem: str) -> str:
    """A stem matches any word it starts; one ending in "$" matches only the whole word."""
    return re.escape(stem[:-1]) + r"\b" if stem.endswith("$") else re.escape(stem)


_TOPIC_RES = {
    topic: re.compile(r"\b(?:" + "|".join(_stem(stem) for stem in stems) + r")", re.IGNORECASE)
    for topic, stems in TOPICS.items()
}


def topics(text: str) -> set[str]:
    return {topic for topic, regex in _TOPIC_RES.items() if regex.search(text)}


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
    return set().union(*(topics(s.text) for s in sentences(text))) if text.strip() else set()


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
    for span, need_topics in _need_items(need_text):
        missing = []
        if in_provision is not None and not need_topics & in_provision:
            missing.append(f"no provision in {_name(provision[0])}")
        if in_outcomes is not None and not need_topics & in_outcomes:
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
                    f"This health need ({topic}) has {' and '.join(missing)}. Every health "
                    "need should have provision that meets it and an outcome it works towards.",
                )
            )
    if provision is not None and need_text.strip():
        in_needs = _covered(need_text)
        prov_key, prov_text = provision
        for item in provision_items(prov_text):
            item_topics = topics(item.text)
            if is_label(item) or not item_topics or item_topics & in_needs:
                continue
            found.append(
                finding(
                    "golden_thread",
                    prov_key,
                    prov_text,
                    item.start,
                    item.end,
                    f"This provision ({', '.join(sorted(item_topics))}) meets no health need "
                    f"described in {_name(need_key)}. Describe the need in {_name(need_key)}, "
                    "or remove provision that is not needed.",
                )
            )
    return found


def _name(key: str) -> str:
    return f"Section {key}" if len(key) <= 2 else f"'{key}'"
