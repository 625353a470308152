"""What each role may do in transitions (``rules`` permissions, checked in views and the API)."""

import rules

from sendhealth.accounts.rules import is_dco, is_la, sees_personal_data

rules.add_perm("transitions.view_plan", sees_personal_data)
rules.add_perm("transitions.view_queue", is_dco | is_la)
rules.add_perm("transitions.change_plan", is_dco | is_la)
