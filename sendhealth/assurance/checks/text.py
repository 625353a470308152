"""Cutting a section's text into statements (bullets, sentences) without losing offsets.

Plans arrive as typed text, Word paragraphs or PDF lines, so a statement ends at a full stop,
a bullet, a blank line, or a line break before a capital letter. A sentence that carries on
the one before ("This will be weekly ...") is joined to it by ``provision_items``.
"""

import re
from dataclasses import dataclass

BULLET = re.compile(
    r"[ \t]*(?:[-\u2022*\u25aa\u25e6\u2013\u00b7>]|\(?\d{1,2}[.)]|\(?[a-z][.)])[ \t]+"
)
SENTENCE_END = re.compile(r"(?<=[.!?])[\"'\u2019\u201d)]?\s+(?=[\"'\u2018\u201c(]?[A-Z0-9])")
ABBREVIATIONS = re.compile(
    r"\b(?:Dr|Mr|Mrs|Ms|Mx|Prof|St|No|e\.g|i\.e|etc|approx|vs|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|"
    r"Sept|Oct|Nov|Dec|min|mins|hr|hrs)\.$",
    re.IGNORECASE,
)
CONTINUATION = re.compile(
    r"(?:This|These|It|They|Sessions?|Each session|The (?:sessions?|programme|support|therapy|"
    r"training|input|plan|care plan|provision|reviews?)|Reviews?|Training)\b"
)
WORD = re.compile(r"[A-Za-z][A-Za-z'\u2019-]*")


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    text: str

    @property
    def words(self) -> list[str]:
        return WORD.findall(self.text)


def _lines(text: str):
    pos = 0
    for line in text.splitlines(keepends=True):
        yield pos, line.rstrip("\r\n")
        pos += len(line)


def blocks(text: str) -> list[tuple[int, int, bool]]:
    """Paragraphs and bullets as ``(start, end, is_bullet)``, bullet markers left out."""
    result: list[list] = []
    previous = ""
    for pos, line in _lines(text):
        stripped = line.strip()
        if not stripped:
            previous = ""
            continue
        bullet = BULLET.match(line)
        start = pos + (bullet.end() if bullet else len(line) - len(line.lstrip()))
        end = pos + len(line.rstrip())
        if start >= end:
            previous = ""
            continue
        new_block = (
            not result
            or bullet is not None
            or not previous
            or previous[-1] in ".!?:;"
            or stripped[0].isupper()
        )
        if new_block:
            result.append([start, end, bullet is not None])
        else:
            result[-1][1] = end
        previous = stripped
    return [(s, e, b) for s, e, b in result]


def sentences(text: str) -> list[Span]:
    """Every sentence of every block, trimmed, with its offsets into ``text``."""
    spans = []
    for start, end, _bullet in blocks(text):
        cut = start
        for match in SENTENCE_END.finditer(text, start, end):
            if ABBREVIATIONS.search(text[max(cut, match.start() - 8) : match.start()]):
                continue
            spans.append(_span(text, cut, match.start() + len(match.group().rstrip())))
            cut = match.end()
        if cut < end:
            spans.append(_span(text, cut, end))
    return [s for s in spans if s.text]


def _span(text: str, start: int, end: int) -> Span:
    piece = text[start:end]
    lead = len(piece) - len(piece.lstrip())
    piece = piece.strip()
    return Span(start + lead, start + lead + len(piece), piece)


def provision_items(text: str) -> list[Span]:
    """Sentences, with a sentence that carries on the one before joined to it."""
    items: list[Span] = []
    for span in sentences(text):
        # f15w: a flattened table row is a row of its own ("Review of ... | ... |"), never
        # the sentence before carried on.
        if (
            items
            and CONTINUATION.match(span.text)
            and not is_label(items[-1])
            and "|" not in span.text
        ):
            last = items[-1]
            items[-1] = Span(last.start, span.end, text[last.start : span.end])
        else:
            items.append(span)
    return items


LABEL_VERB = re.compile(
    r"\b(?:will|would|has|have|is|are|was|needs?|requires?|to|can|should|may|must|receives?|uses?)\b",
    re.IGNORECASE,
)


LABELLED_LINE = re.compile(r"[A-Z][\w ]{0,30}:\s+\S+\s+\S")


def is_label(span: Span) -> bool:
    """A heading or lead-in ("Health provision", "By July 2027:"), not a statement."""
    if span.text.endswith(":"):
        return True
    if span.text[-1:] in ".!?" or LABELLED_LINE.match(span.text):
        return False
    return len(span.words) <= 6 and not LABEL_VERB.search(span.text)
