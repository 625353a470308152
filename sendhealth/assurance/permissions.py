"""What each role may do in assurance (``rules`` permissions, checked in views and the API)."""

import rules

from sendhealth.accounts.rules import is_board, is_dco, is_la, is_provider, sees_personal_data

rules.add_perm("assurance.manage_rounds", is_dco)
rules.add_perm("assurance.view_plans", is_dco | is_la)
rules.add_perm("assurance.add_plan", is_dco | is_la)
rules.add_perm("assurance.audit", is_dco | is_la | is_provider)
rules.add_perm("assurance.view_feedback", is_dco | is_provider)
rules.add_perm("assurance.view_figures", is_dco | is_board)
rules.add_perm("assurance.view_tools", sees_personal_data | is_board)
