"""What each role may do with the training register (``rules`` permissions)."""

import rules

from sendhealth.accounts.rules import is_board, is_dco, is_la, is_provider

rules.add_perm("training.view_training", is_dco | is_la | is_provider)
rules.add_perm("training.change_training", is_dco)
# Figures by topic and organisation: counts only.
rules.add_perm("training.view_figures", is_dco | is_board)
