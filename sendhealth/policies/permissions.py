"""What each role may do with SEND policies and procedures (``rules`` permissions)."""

import rules

from sendhealth.accounts.rules import is_dco, is_la, is_provider

rules.add_perm("policies.view_policy", is_dco | is_la | is_provider)
rules.add_perm("policies.change_policy", is_dco)
