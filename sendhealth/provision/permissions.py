"""What each role may do with health provision lines and their delivery (``rules``)."""

import rules

from sendhealth.accounts.rules import is_board, is_dco, is_la, is_provider

rules.add_perm("provision.view_lines", is_dco | is_la | is_provider)
# The DCO team writes Section G's lines and corrects them.
rules.add_perm("provision.change_lines", is_dco)
# Providers return what they delivered; the DCO team may record it for them.
rules.add_perm("provision.record_delivery", is_dco | is_provider)
rules.add_perm("provision.view_shortfalls", is_dco)
rules.add_perm("provision.set_threshold", is_dco)
rules.add_perm("provision.remind_service", is_dco)
rules.add_perm("provision.view_figures", is_dco | is_board)
