"""Who may do what, as ``rules`` predicates over roles (the data a user sees is limited
separately, by ``core.scoping.Scope``). Checked in views with ``PermissionRequiredMixin`` or
``require_permission`` and in the API with ``api.auth.require``."""

import rules

from sendhealth.accounts.models import Role


def has_role(*roles: str):
    names = "_or_".join(roles)

    @rules.predicate(name=f"has_role_{names}")
    def predicate(user) -> bool:
        return user.is_authenticated and user.is_active and bool(set(roles) & user.roles)

    return predicate


is_dco = has_role(Role.DCO, Role.DCO_TEAM)
is_la = has_role(Role.LOCAL_AUTHORITY)
is_provider = has_role(Role.PROVIDER)
is_board = has_role(Role.BOARD)
is_sysadmin = has_role(Role.SYSADMIN)
sees_personal_data = is_dco | is_la | is_provider

rules.add_perm("children.view_child", sees_personal_data)
rules.add_perm("children.add_child", is_la | is_dco)
rules.add_perm("children.move_in", is_la)  # find a child of another LA who moved here
rules.add_perm("children.move_child", is_dco)  # record any move between local authorities
rules.add_perm("advice.view_request", sees_personal_data)
rules.add_perm("advice.raise_request", is_la)
rules.add_perm("advice.list_requests", is_la | is_dco)
rules.add_perm("advice.route_request", is_dco)
rules.add_perm("advice.chase", is_dco)
rules.add_perm("advice.record_exception", is_dco)
rules.add_perm("advice.review_advice", is_dco)
rules.add_perm("advice.return_to_la", is_dco)
rules.add_perm("advice.submit_advice", is_provider)
rules.add_perm("insight.view_dashboard", is_dco | is_board)
rules.add_perm("enquiries.view_enquiry", is_dco)
rules.add_perm("enquiries.change_enquiry", is_dco)
rules.add_perm("notifications.view_notification", is_dco | is_la | is_provider)
rules.add_perm("notifications.notify", is_dco | is_provider)
rules.add_perm("notifications.acknowledge", is_la)
rules.add_perm("notifications.monitor", is_dco)
is_dco_only = has_role(Role.DCO)  # the approver of packages: not the DCO team
rules.add_perm("panels.view_panel", is_dco | is_la)
rules.add_perm("panels.change_panel", is_dco)
rules.add_perm("panels.view_package", is_dco | is_la)
rules.add_perm("panels.change_package", is_dco)
rules.add_perm("panels.approve_package", is_dco_only)
rules.add_perm("assurance.manage_rounds", is_dco)
rules.add_perm("assurance.view_plans", is_dco | is_la)
rules.add_perm("assurance.add_plan", is_dco | is_la)
rules.add_perm("assurance.audit", is_dco | is_la | is_provider)
rules.add_perm("assurance.view_feedback", is_dco | is_provider)
rules.add_perm("assurance.view_figures", is_dco | is_board)
rules.add_perm("assurance.view_tools", sees_personal_data | is_board)
rules.add_perm("transitions.view_plan", sees_personal_data)
rules.add_perm("transitions.view_queue", is_dco | is_la)
rules.add_perm("transitions.change_plan", is_dco | is_la)
rules.add_perm("disagreements.view_disagreement", is_dco | is_la)
rules.add_perm("disagreements.change_disagreement", is_dco)
rules.add_perm("disagreements.view_figures", is_dco | is_board)
rules.add_perm("safeguarding.view_referral", is_dco | is_la)
rules.add_perm("safeguarding.change_referral", is_dco)
rules.add_perm("accounts.administer", is_sysadmin)
