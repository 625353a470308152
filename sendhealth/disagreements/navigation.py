"""Disagreements in the header; the board sees their figures."""

from sendhealth.core.plugins import NavItem


def nav_items(scope, user):
    if scope.is_dco or scope.is_la:
        yield NavItem(50, "Disagreements", "disagreements:list")
    elif scope.board_icb_ids and not scope.is_provider:
        yield NavItem(91, "Disagreement figures", "disagreements:figures")
