"""Quality assurance in the header: rounds for the DCO, plans for the LA, feedback for a
provider, scores for the board."""

from sendhealth.core.plugins import NavItem


def nav_items(scope, user):
    if scope.is_dco:
        yield NavItem(90, "Quality assurance", "assurance:rounds")
    elif scope.is_la:
        yield NavItem(90, "Quality assurance", "assurance:plans")
    elif scope.is_provider:
        yield NavItem(90, "Audit feedback", "assurance:feedback")
    elif scope.board_icb_ids:
        yield NavItem(90, "Quality assurance scores", "assurance:figures")
