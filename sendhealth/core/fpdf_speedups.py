"""fpdf2's line breaking for plain text in a built-in font, made cheaper without changing what
it draws (``install()``, called by ``core.pdf``; fpdf2 is pinned, and the tests compare every
line these give with fpdf2's own on many texts, and whole documents byte for byte).

fpdf2 breaks a paragraph into lines one character at a time, and before adding each character
it sums the width of the whole line so far again, through several layers of objects: a
deep-dive PDF spent most of its time there. Three replacements, each giving fpdf2's own
numbers (a built-in font's widths are whole numbers, so sums in any order are the same, and
each width is then scaled by the same expression in the same order, so the same floats):

- ``CoreFont.get_text_width``: the same sum without a generator.
- ``Fragment.get_width``: for a built-in font with no character spacing or stretching, a
  fragment keeps the running sum of its characters' widths and adds only those appended since
  (line breaking only ever appends; ``trim`` makes a new list, which starts the sum again).
- ``MultiLineBreak.get_line``: for the one case ``multi_cell`` and ``write`` give it with
  plain text (a single ``Fragment`` in a built-in font, no spacing or stretching, word
  wrapping, no soft hyphen, non-breaking space or form feed), the same loop over the
  characters with the widths kept as integers, building fpdf2's own ``CurrentLine`` and
  ``TextLine`` at the break. Anything else goes to fpdf2's own.
"""

from __future__ import annotations

from typing import Any

import fpdf
from fpdf.enums import Align, CharVPos, WrapMode
from fpdf.errors import FPDFException
from fpdf.fonts import CoreFont
from fpdf.line_break import (
    BREAKING_SPACE_SYMBOLS_STR,
    FORM_FEED,
    NBSP,
    NEWLINE,
    SOFT_HYPHEN,
    CurrentLine,
    Fragment,
    MultiLineBreak,
    TextLine,
)

_fragment_get_width = Fragment.get_width
_get_line = MultiLineBreak.get_line
_UNSUPPORTED = frozenset((SOFT_HYPHEN, NBSP, FORM_FEED))


def _core_text_width(self: CoreFont, text: str, font_size_pt: float, _: Any) -> tuple[int, float]:
    """fpdf2's ``CoreFont.get_text_width`` with the same sum, without a generator."""
    return (len(text), sum(map(self.cw.__getitem__, text)) * font_size_pt * 0.001)


def _plain(state: dict[str, Any]) -> bool:
    """A built-in font with no character spacing or stretching (the widths are whole units)."""
    return (
        type(state["current_font"]) is CoreFont
        and state["char_spacing"] == 0
        and state["font_stretching"] == 100
    )


def _size_pt(fragment: Fragment) -> float:
    state = fragment.graphics_state
    size: float = (
        state["font_size_pt"] if state["char_vpos"] == CharVPos.LINE else fragment.font_size_pt
    )
    return size


def _fragment_width(
    self: Fragment,
    start: int = 0,
    end: int | None = None,
    chars: Any = None,
    initial_cs: bool = True,
) -> float:
    """fpdf2's ``Fragment.get_width``, the whole fragment's summed once (see the module)."""
    state = self.graphics_state
    if not _plain(state):
        width: float = _fragment_get_width(self, start, end, chars, initial_cs)
        return width
    widths = state["current_font"].cw
    if chars is not None:
        units = widths[chars] if len(chars) == 1 else sum(map(widths.__getitem__, chars))
    elif start == 0 and end is None:
        characters = self.characters
        seen = self.__dict__.get("_sendhealth_units")
        if seen is not None and seen[0] is characters and seen[1] is widths:
            units = seen[3]
            if len(characters) != seen[2]:
                units += sum(map(widths.__getitem__, characters[seen[2] :]))
        else:
            units = sum(map(widths.__getitem__, characters))
        self.__dict__["_sendhealth_units"] = (characters, widths, len(characters), units)
    else:
        units = sum(map(widths.__getitem__, self.characters[start:end]))
    k: float = self.k
    return float(units * _size_pt(self) * 0.001 / k)


def _simple(self: MultiLineBreak) -> bool:
    """Whether ``get_line`` can take the fast loop (worked out once per paragraph)."""
    simple = self.__dict__.get("_sendhealth_simple")
    if simple is None:
        fragments = self.fragments
        simple = (
            len(fragments) == 1
            and type(fragments[0]) is Fragment
            and _plain(fragments[0].graphics_state)
            and not self.print_sh
            and self.wrapmode == WrapMode.WORD
            and not self.skip_leading_spaces
            and _UNSUPPORTED.isdisjoint(fragments[0].characters)
        )
        self.__dict__["_sendhealth_simple"] = simple
    return bool(simple)


def _fast_get_line(self: MultiLineBreak) -> TextLine | None:
    """fpdf2's ``MultiLineBreak.get_line`` (2.8.5), step for step, for one plain fragment."""
    if not _simple(self):
        return _get_line(self)
    idx_last_forced_break = self.idx_last_forced_break
    self.idx_last_forced_break = None
    if self.fragment_index == len(self.fragments):
        return None
    fragment = self.fragments[0]
    characters = fragment.characters
    count = len(characters)
    widths = fragment.graphics_state["current_font"].cw
    size = _size_pt(fragment)
    k = fragment.k

    current_font_height: float = 0
    max_width = self.get_width(current_font_height)
    indent = self.first_line_indent if self._is_first_line else 0
    current_line = CurrentLine(max_width=max_width, print_sh=self.print_sh, indent=indent)
    for margin in self.margins:
        max_width -= margin
    if self._is_first_line:
        max_width -= self.first_line_indent
    if fragment.font_size > current_font_height:
        current_font_height = fragment.font_size
        max_width = self.get_width(current_font_height)
        current_line.max_width = max_width
        for margin in self.margins:
            max_width -= margin
        if self._is_first_line:
            max_width -= self.first_line_indent
    height = current_font_height * self.line_height

    line: list[str] = []  # the characters added to the line
    # fpdf2 makes the line's fragment on its first character and keeps it (empty) when a break
    # at a space the line began with trims it to nothing.
    started = False
    units = 0  # their widths, in the font's units
    spaces = 0
    hint: tuple[int, int, int] | None = None  # the last space: index, line length, spaces
    index = self.character_index

    def finish(align: Align, trailing_nl: bool = False) -> TextLine:
        if started:
            current_line.fragments = [
                Fragment(line, fragment.graphics_state, fragment.k, link=fragment.link)
            ]
            current_line.height = height
        current_line.number_of_spaces = spaces
        return current_line.manual_break(align, trailing_nl=trailing_nl)

    unjustified = Align.L if self.align == Align.J else self.align
    while index < count:
        character = characters[index]
        character_width = widths[character] * size * 0.001 / k
        if character == NEWLINE:
            self.character_index = index + 1
            if not line:
                current_line.height = height
            self._is_first_line = False
            return finish(unjustified, trailing_nl=True)
        line_width = units * size * 0.001 / k if started else 0
        if line_width + character_width > max_width:
            self._is_first_line = False
            if character in BREAKING_SPACE_SYMBOLS_STR:
                self.character_index = index + 1
                return finish(self.align)
            if hint is not None:
                self.character_index = hint[0] + 1
                del line[hint[1] :]
                spaces = hint[2]
                return finish(self.align)
            if idx_last_forced_break == index:
                raise FPDFException("Not enough horizontal space to render a single character")
            self.character_index = index
            self.idx_last_forced_break = index
            return finish(unjustified)
        if character in BREAKING_SPACE_SYMBOLS_STR:
            hint = (index, len(line), spaces)
            spaces += 1
        line.append(character)
        started = True
        units += widths[character]
        index += 1

    self.character_index = 0
    self.fragment_index += 1
    if started and units * size * 0.001 / k:  # fpdf2: ``if current_line.width``
        self._is_first_line = False
        return finish(unjustified)
    return None


# The fpdf2 release these replacements were written against and compared with (pyproject pins
# it): another release keeps its own line breaking until they are checked against it.
FOR_FPDF_VERSION = "2.8.5"


def install() -> None:
    if fpdf.__version__ != FOR_FPDF_VERSION:
        return
    CoreFont.get_text_width = _core_text_width
    Fragment.get_width = _fragment_width
    MultiLineBreak.get_line = _fast_get_line
