"""What each role may do with individual healthcare plans (``rules`` permissions)."""

import rules

from sendhealth.accounts.rules import is_dco, is_la, is_provider

# Health records and keeps plans' facts; the local authority reads its children's.
rules.add_perm("medicalconditions.view_plan", is_dco | is_la | is_provider)
rules.add_perm("medicalconditions.change_plan", is_dco | is_provider)
# Figures for the reports: the DCO service.
rules.add_perm("medicalconditions.view_figures", is_dco)
