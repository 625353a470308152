"""What each role may do with the self-evaluation and the improvement plan (``rules``)."""

import rules

from sendhealth.accounts.rules import is_board, is_dco, is_la, is_provider

# The DCO and DCO team write both; the board reads what is published; local authorities and
# providers read the published self-evaluations and the actions of their own organisation.
rules.add_perm("improvement.view", is_dco | is_board | is_la | is_provider)
rules.add_perm("improvement.change", is_dco)
rules.add_perm("improvement.view_measures", is_dco | is_board)
