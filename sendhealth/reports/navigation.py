"""Reports in the header, for those who see figures."""

from sendhealth.core.plugins import NavItem


def nav_items(scope, user):
    if scope.sees_figures:
        yield NavItem(101, "Reports", "reports:list")
