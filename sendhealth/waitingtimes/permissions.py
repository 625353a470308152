"""What each role may do with waiting times: the DCO team records them; the DCO team and the
board read them (figures about services, never a child)."""

import rules

from sendhealth.accounts.rules import is_board, is_dco

rules.add_perm("waitingtimes.view_positions", is_dco | is_board)
rules.add_perm("waitingtimes.record_position", is_dco)
