"""Waiting times are about services, not children: nothing on a child's timeline."""


def entries_for_child(scope, child):
    return []
