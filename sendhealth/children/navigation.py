"""Children in the header, for those who do casework."""

from sendhealth.core.plugins import NavItem


def nav_items(scope, user):
    if scope.is_dco or scope.is_la:
        yield NavItem(30, "Children", "children:list")
