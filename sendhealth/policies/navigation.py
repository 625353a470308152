"""SEND policies and procedures in the header."""

from sendhealth.core.plugins import NavItem


def nav_items(scope, user):
    if scope.is_dco or scope.is_la or scope.is_provider:
        yield NavItem(84, "Policies", "policies:list")
