"""The dashboard in the header, for those who see figures: the board's home."""

from sendhealth.core.plugins import NavItem


def nav_items(scope, user):
    if scope.sees_figures:
        yield NavItem(100, "Dashboard", "insight:dashboard", home=True)
