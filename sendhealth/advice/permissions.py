"""What each role may do in advice (``rules`` permissions, checked in views and the API)."""

import rules

from sendhealth.accounts.rules import is_dco, is_la, is_provider, sees_personal_data

rules.add_perm("advice.view_request", sees_personal_data)
rules.add_perm("advice.raise_request", is_la)
rules.add_perm("advice.list_requests", is_la | is_dco)
rules.add_perm("advice.route_request", is_dco)
rules.add_perm("advice.chase", is_dco)
rules.add_perm("advice.record_exception", is_dco)
rules.add_perm("advice.review_advice", is_dco)
rules.add_perm("advice.return_to_la", is_dco)
rules.add_perm("advice.submit_advice", is_provider)
