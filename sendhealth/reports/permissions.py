"""Reports: the DCO team generates, writes the commentary and publishes; board viewers read
published reports. Aggregate figures only, never a child."""

import rules

from sendhealth.accounts.rules import is_board, is_dco

rules.add_perm("reports.view_report", is_dco | is_board)
rules.add_perm("reports.manage_report", is_dco)
