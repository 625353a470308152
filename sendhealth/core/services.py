"""Helpers every register's ``services.py`` shares.

A service checks an object's state (is it still open, still awaiting advice) before it changes
it. The check is only safe on a copy read under a row lock inside the service's transaction:
two people acting at once would otherwise both pass a check made on a copy read before it
began. ``locked(obj)`` reads the whole row again under the lock; ``refresh_locked(obj, *fields)``
re-reads only the fields the check needs onto the object the caller already holds.
"""

from __future__ import annotations

from typing import TypeVar

from django.db.models import Model

M = TypeVar("M", bound=Model)


def locked(obj: M) -> M:
    """``obj``'s row read again with ``SELECT ... FOR UPDATE`` (call inside a transaction)."""
    return type(obj)._default_manager.select_for_update().get(pk=obj.pk)


def refresh_locked(obj: Model, *fields: str) -> None:
    """Re-read ``fields`` of ``obj`` under a row lock and set them on ``obj`` in place."""
    current = type(obj)._default_manager.select_for_update().filter(pk=obj.pk).values(*fields).get()
    for name, value in current.items():
        setattr(obj, name, value)
