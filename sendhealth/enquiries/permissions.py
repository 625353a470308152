"""What each role may do in enquiries (``rules`` permissions, checked in views and the API)."""

import rules

from sendhealth.accounts.rules import is_dco

rules.add_perm("enquiries.view_enquiry", is_dco)
rules.add_perm("enquiries.change_enquiry", is_dco)
