"""How the registers plug into what they share, without the core naming them.

Each app of the ``sendhealth`` package may have these modules; the core finds them in
``INSTALLED_APPS`` order:

- ``timeline.py`` with ``entries_for_child(scope, child) -> Iterable[TimelineEntry]``: what the
  register did for a child, for the child's page (a fixed number of queries, through ``scope``).
- ``seeding.py`` with ``seed(area: SeededArea)`` and ``wipe(icb)``: the register's synthetic
  data for ``make demo`` and ``make bench``, and its removal before the area is deleted.
- ``tasks.py`` with ``SCHEDULED``: tasks the worker enqueues on its timer (reminders).
"""

from __future__ import annotations

from functools import cache
from importlib import import_module
from importlib.util import find_spec
from types import ModuleType

from django.apps import apps


@cache
def app_modules(name: str) -> tuple[ModuleType, ...]:
    """The ``<app>.<name>`` module of every installed sendhealth app that has one."""
    found = []
    for config in apps.get_app_configs():
        if not config.name.startswith("sendhealth.") or config.name == "sendhealth.core":
            continue  # the core defines these modules' contracts; it does not plug into them
        dotted = f"{config.name}.{name}"
        if find_spec(dotted) is not None:
            found.append(import_module(dotted))
    return tuple(found)
