"""What each role may do in notifications (``rules`` permissions, checked in views and the API)."""

import rules

from sendhealth.accounts.rules import is_dco, is_la, is_provider

rules.add_perm("notifications.view_notification", is_dco | is_la | is_provider)
rules.add_perm("notifications.notify", is_dco | is_provider)
rules.add_perm("notifications.acknowledge", is_la)
rules.add_perm("notifications.monitor", is_dco)
