"""What each role may do with assessments and SEN2 returns."""

import rules

from sendhealth.accounts.rules import is_board, is_dco, is_la, is_provider

rules.add_perm("assessments.view_assessment", is_dco | is_la | is_provider)
rules.add_perm("assessments.view_figures", is_dco | is_board)
rules.add_perm("assessments.view_returns", is_dco | is_la)
rules.add_perm("assessments.import_return", is_la)
rules.add_perm("assessments.link_person", is_la)
# The LA (its own children) and the DCO's team (the ICB's) record assessments by hand.
rules.add_perm("assessments.record_assessment", is_dco | is_la)
