"""A labelled set of synthetic plan sections and advice, for measuring the checks.

``CASES`` lists every case with the findings a careful reviewer expects (check, section,
quote). All names and details are invented. ``HELDOUT`` is a second set, written later
without reading the checks, for an honest measurement (``CASES`` was written alongside the
checks, so their scores on it are an upper bound).
"""

from .cases import CASES, Case
from .heldout import HELDOUT

__all__ = ["CASES", "HELDOUT", "Case"]
