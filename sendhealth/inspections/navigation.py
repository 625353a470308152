"""Inspections in the header."""

from sendhealth.core.plugins import NavItem


def nav_items(scope, user):
    if scope.is_dco or scope.is_la:
        yield NavItem(95, "Inspections", "inspections:list")
