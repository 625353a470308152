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
is_dco_only = has_role(Role.DCO)  # the approver of packages: not the DCO team
rules.add_perm("accounts.administer", is_sysadmin)
