"""Cases written for issue 15 before the checks' code was read (see README.md here).

No sub-helper could be started in this session (no agent tool), so these were written by the
engineer who then changed the checks, from the domain notes' "What good health advice and
good health sections look like", the check names and the labelling conventions in
``heldout.py``'s docstring, before opening any check's code. They are therefore *not* text
nobody on the team has seen: the figures on them are less optimistic than on ``cases.py`` but
not independent. They are kept aside from tuning: no rule was written to match their phrases.
"""

from .cases import UNSEEN

__all__ = ["UNSEEN"]
