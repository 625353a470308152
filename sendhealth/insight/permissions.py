"""What each role may do in insight (``rules`` permissions, checked in views and the API)."""

import rules

from sendhealth.accounts.rules import is_board, is_dco

rules.add_perm("insight.view_dashboard", is_dco | is_board)
