"""What each role may do in safeguarding (``rules`` permissions, checked in views and the API)."""

import rules

from sendhealth.accounts.rules import is_dco, is_la

rules.add_perm("safeguarding.view_referral", is_dco | is_la)
rules.add_perm("safeguarding.change_referral", is_dco)
