"""What each role may do with the Local Offer (``rules`` permissions). Families and other
directories read the public pages and the ORUK feed without signing in."""

import rules

from sendhealth.accounts.rules import is_dco, is_provider

rules.add_perm("localoffer.view_entries", is_dco | is_provider)
rules.add_perm("localoffer.edit_entry", is_dco | is_provider)
rules.add_perm("localoffer.publish", is_dco)
rules.add_perm("localoffer.import_feed", is_dco)
