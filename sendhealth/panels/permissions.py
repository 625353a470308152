"""What each role may do in panels (``rules`` permissions, checked in views and the API)."""

import rules

from sendhealth.accounts.rules import is_dco, is_dco_only, is_la

rules.add_perm("panels.view_panel", is_dco | is_la)
rules.add_perm("panels.change_panel", is_dco)
rules.add_perm("panels.view_package", is_dco | is_la)
rules.add_perm("panels.change_package", is_dco)
rules.add_perm("panels.approve_package", is_dco_only)
