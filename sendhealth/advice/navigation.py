"""Health advice in the header: the DCO's queue, the LA's requests, the provider's tray, each
the home of its role (where ``/`` sends them)."""

from sendhealth.core.plugins import NavItem


def nav_items(scope, user):
    if scope.is_dco:
        yield NavItem(10, "Advice queue", "advice:queue", home=True)
    if scope.is_provider:
        yield NavItem(10, "Work tray", "advice:tray", home=True)
    if scope.is_la:
        yield NavItem(10, "Advice requests", "advice:la_requests", home=True)
