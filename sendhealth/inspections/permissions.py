"""What each role may do with inspections (``rules`` permissions). The pack and the deep dives
hold children's personal data: the DCO and DCO team only."""

import rules

from sendhealth.accounts.rules import is_dco, is_la

rules.add_perm("inspections.view_inspection", is_dco | is_la)
rules.add_perm("inspections.change_inspection", is_dco)
rules.add_perm("inspections.download_pack", is_dco)
rules.add_perm("inspections.deep_dive", is_dco)
