"""The types every check shares: a ``Finding`` (what to highlight and why) and ``CheckInfo``."""

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Finding:
    """One problem in one section: ``text[start:end] == quote`` for that section's text."""

    check: str
    section: str
    start: int
    end: int
    quote: str
    message: str


@dataclass(frozen=True)
class CheckInfo:
    """What a check looks for, why it matters (``guidance``) and its guidance page's slug."""

    key: str
    title: str
    guidance: str
    anchor: str


def finding(check: str, section: str, text: str, start: int, end: int, message: str) -> Finding:
    """A finding for ``text[start:end]``, so the quote always matches the offsets."""
    return Finding(check, section, start, end, text[start:end], message)


def words_regex(phrases, *, suffix: str = r"\b") -> re.Pattern:
    """A case-insensitive regex for any of ``phrases`` (longest first), spaces matching any run."""
    parts = sorted((p.strip() for p in phrases), key=len, reverse=True)
    body = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in parts)
    return re.compile(rf"\b(?:{body}){suffix}", re.IGNORECASE)
