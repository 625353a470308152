"""The training register in the header."""

from sendhealth.core.plugins import NavItem


def nav_items(scope, user):
    if scope.is_dco or scope.is_la or scope.is_provider:
        yield NavItem(82, "Training", "training:list")
    elif scope.sees_figures:
        yield NavItem(82, "Training figures", "training:figures")
