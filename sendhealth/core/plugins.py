"""How the registers plug into what they share, without the core naming them.

Each app of the ``sendhealth`` package may have these modules; the core finds them in
``INSTALLED_APPS`` order:

- ``scoping.py``: plain functions ``name(scope) -> QuerySet`` giving the register's personal
  data as the user may see it. ``Scope`` exposes each as a method, ``scope.name()``; names are
  unique across apps (``scoping_functions`` refuses a clash).
- ``navigation.py`` with ``nav_items(scope, user) -> Iterable[NavItem]``: the register's entries
  in the header, each with an ``order`` that places it in the DCO's day (and ``home`` on the
  entry ``/`` sends the user to, where their work is). They may depend only
  on the scope's organisations and roles and on ``user.is_staff`` (the core keeps them per
  process by those, ``core.navigation``), never on the data.
- ``timeline.py`` with ``entries_for_child(scope, child) -> Iterable[TimelineEntry]``: what the
  register did for a child, for the child's page (a fixed number of queries, through ``scope``).
- ``seeding.py`` with ``seed(area: SeededArea)`` and ``wipe(icb)``: the register's synthetic
  data for ``make demo`` and ``make bench`` (seeded in app order, from the area's one random
  generator), and its removal before the area is deleted (wiped in reverse order); optional
  ``counts(icb)`` and ``summary_lines(icb)``: what ``seed_area`` prints for it.
- ``api.py`` with ``ROUTERS`` (``[(path prefix, ninja Router)]``) and ``TAGS`` (OpenAPI tag
  descriptions): mounted under ``/api/`` by ``sendhealth.api.api``.
- ``tasks.py`` with ``SCHEDULED``: tasks the worker enqueues on its timer (reminders).
- ``bench.py`` with ``PROBES``: ``(name, username or None, path or callable[, POST data or
  callable])`` pages or API calls ``manage.py bench`` times (``None``: not signed in), and
  ``JOBS``: ``(name, callable giving the seconds it took)`` work it times besides the pages.
- ``national.py`` with ``COPIED`` (``core.national.CopiedTable``), ``PROBES``, ``REBUILD`` and
  ``COUNTED``: the register's part of ``manage.py bench_national`` (see ``core.national``).
- ``worklist.py`` with ``items(scope, today, place)``: due and overdue work for the DCO's queue
  and the provider's tray (see ``core.worklist``).
- ``inspection.py`` with ``PACK_PARTS``: callables ``(scope, inspection) -> list[(filename,
  bytes)]`` giving the register's files for an area SEND inspection's pack (one zip; see
  ``pack_parts``). The filename is the file's path inside the zip.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from importlib import import_module
from importlib.util import find_spec
from inspect import isfunction
from types import ModuleType
from typing import Any

from django.apps import apps
from django.core.exceptions import ImproperlyConfigured

# The core and the API package define the contracts (``sendhealth.api.api`` is the API itself).
NOT_PLUGGED_IN = frozenset({"sendhealth.core", "sendhealth.api"})


@cache
def app_modules(name: str) -> tuple[ModuleType, ...]:
    """The ``<app>.<name>`` module of every installed sendhealth app that has one."""
    found = []
    for config in apps.get_app_configs():
        if not config.name.startswith("sendhealth.") or config.name in NOT_PLUGGED_IN:
            continue  # these define the modules' contracts; they do not plug into them
        dotted = f"{config.name}.{name}"
        if find_spec(dotted) is not None:
            found.append(import_module(dotted))
    return tuple(found)


@cache
def scoping_functions() -> dict[str, Callable[..., Any]]:
    """Every public function defined in an app's ``scoping.py``, by name."""
    found: dict[str, Callable[..., Any]] = {}
    owners: dict[str, str] = {}
    for module in app_modules("scoping"):
        for name, value in vars(module).items():
            if name.startswith("_") or not isfunction(value):
                continue
            if value.__module__ != module.__name__:
                continue  # imported, not defined here
            if name in found:
                raise ImproperlyConfigured(
                    f"Scope.{name} is defined by both {owners[name]} and {module.__name__}"
                )
            found[name] = value
            owners[name] = module.__name__
    return found


@dataclass(frozen=True)
class NavItem:
    """One entry of the header's navigation. ``order`` places it in the DCO's day: 10 the
    advice clock, 20 the point of contact, 30 children, 40-80 the registers, 90 assurance,
    100 figures and reports, 1000 administration. ``home``: where the user's work is, where
    ``/`` sends them (the first such entry the user has, by order)."""

    order: int
    text: str
    url_name: str
    home: bool = False


# A part of the inspection pack: ``(scope, inspection) -> [(filename inside the zip, content)]``.
PackPart = Callable[[Any, Any], list[tuple[str, bytes]]]


def pack_parts() -> list[PackPart]:
    """Every app's ``inspection.PACK_PARTS``, in ``INSTALLED_APPS`` order (not cached: a test
    may add an app's parts)."""
    found: list[PackPart] = []
    for module in app_modules("inspection"):
        found.extend(getattr(module, "PACK_PARTS", ()))
    return found
