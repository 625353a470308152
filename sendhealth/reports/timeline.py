"""Reports are aggregate figures: nothing on a child's timeline."""


def entries_for_child(scope, child):
    return []
