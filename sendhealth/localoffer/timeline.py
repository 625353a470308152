"""The Local Offer holds nothing about a child: no timeline entries."""


def entries_for_child(scope, child):
    return []
