"""The self-evaluation and improvement plan in the header."""

from sendhealth.core.plugins import NavItem


def nav_items(scope, user):
    if scope.is_dco or scope.is_la or scope.is_provider or scope.board_icb_ids:
        yield NavItem(95, "Improvement", "improvement:home")
