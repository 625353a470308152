"""Enquiries in the header: the DCO service's point of contact."""

from sendhealth.core.plugins import NavItem


def nav_items(scope, user):
    if scope.is_dco:
        yield NavItem(20, "Enquiries", "enquiries:list")
