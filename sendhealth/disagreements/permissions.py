"""What each role may do in disagreements (``rules`` permissions, checked in views and the API)."""

import rules

from sendhealth.accounts.rules import is_board, is_dco, is_la

rules.add_perm("disagreements.view_disagreement", is_dco | is_la)
rules.add_perm("disagreements.change_disagreement", is_dco)
rules.add_perm("disagreements.view_figures", is_dco | is_board)
