"""Assessments and SEN2 in the header."""

from sendhealth.core.plugins import NavItem


def nav_items(scope, user):
    if scope.is_dco or scope.is_la or scope.is_provider:
        yield NavItem(45, "Assessments", "assessments:list")
    if scope.is_la or scope.is_dco:
        yield NavItem(95, "SEN2", "assessments:returns")
    if scope.sees_figures:
        yield NavItem(101, "20 weeks", "assessments:figures")
