"""A labelled set of synthetic plan sections and advice, for measuring the checks.

``CASES`` lists every case with the findings a careful reviewer expects (check, section,
quote). All names and details are invented.
"""

from .cases import CASES, Case

__all__ = ["CASES", "Case"]
