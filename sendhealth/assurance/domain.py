"""Pure rules of quality assurance: drawing a sample, scoring an audit, agreement between two
auditors. No ORM here, so each is tested on plain values."""

from __future__ import annotations

import math
import random
from collections import defaultdict
from collections.abc import Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass

from sendhealth.assurance.models import MAX_POINTS, RATING_POINTS


@dataclass(frozen=True)
class Candidate:
    """A case that may be drawn: its id and its stratum (e.g. local authority and need type)."""

    id: int
    stratum: Hashable


def draw_sample(candidates: Iterable[Candidate], percent: int, seed: int) -> list[int]:
    """``percent`` of the cases of each stratum (rounded up, so at least one of every non-empty
    stratum), chosen at random from ``seed``: the same cases and seed give the same sample,
    whatever order the cases come in."""
    if not 0 < percent <= 100:
        raise ValueError("percent must be between 1 and 100")
    strata: dict[Hashable, list[int]] = defaultdict(list)
    for candidate in candidates:
        strata[candidate.stratum].append(candidate.id)
    rng = random.Random(seed)
    chosen: list[int] = []
    for key in sorted(strata, key=repr):
        ids = sorted(strata[key])
        size = max(1, math.ceil(len(ids) * percent / 100))
        chosen.extend(rng.sample(ids, size))
    return sorted(chosen)


@dataclass(frozen=True)
class Score:
    points: int
    max_points: int

    @property
    def percent(self) -> int | None:
        return round(100 * self.points / self.max_points) if self.max_points else None


def score(ratings: Iterable[tuple[str, int]]) -> Score:
    """Weighted points for ``(rating, weight)`` pairs: met 2, partly met 1, not met 0, not
    applicable left out of both the points and the maximum."""
    points = maximum = 0
    for rating, weight in ratings:
        value = RATING_POINTS[rating]
        if value is None:
            continue
        points += value * weight
        maximum += MAX_POINTS * weight
    return Score(points, maximum)


def agreement_rate(first: Mapping[int, str], second: Mapping[int, str]) -> float | None:
    """The share of criteria rated by both auditors that they rated the same (0 to 1), or
    ``None`` when they have no criterion in common."""
    common = set(first) & set(second)
    if not common:
        return None
    return sum(first[c] == second[c] for c in common) / len(common)


def disagreements(first: Mapping[int, str], second: Mapping[int, str]) -> list[int]:
    return sorted(c for c in set(first) & set(second) if first[c] != second[c])


def mean_agreement(rates: Sequence[float | None]) -> float | None:
    known = [r for r in rates if r is not None]
    return sum(known) / len(known) if known else None


def initials(given_name: str, family_name: str) -> str:
    """What a guest auditor sees of a child's name."""
    return "".join(f"{part[:1].upper()}." for part in (given_name, family_name) if part)
