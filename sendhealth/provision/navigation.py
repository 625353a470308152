"""Health provision in the header; the board reaches the figures."""

from sendhealth.core.plugins import NavItem


def nav_items(scope, user):
    if scope.is_dco or scope.is_la or scope.is_provider:
        yield NavItem(78, "Health provision", "provision:list")
    elif scope.board_icb_ids:
        yield NavItem(101, "Health provision figures", "provision:figures")
