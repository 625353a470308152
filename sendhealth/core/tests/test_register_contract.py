"""The register contract (docs/architecture.md, "Adding a register"), checked by a machine.

- Every register has the plug-in modules the core looks for (``core.plugins``).
- The core and the API package import no register: they find registers through the plug-ins.
- A register reaches another register only through its public modules (``models``,
  ``services``, ``scoping``), never its views, forms, presenters or queries.
- ``Scope`` methods defined by apps' ``scoping.py`` are unique.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from django.apps import apps

from sendhealth.core.plugins import scoping_functions

PACKAGE = Path(__file__).resolve().parents[2]

# Apps that are not registers: the foundation every register stands on.
FOUNDATION = frozenset(
    {"core", "api", "config", "rules", "root", "accounts", "organisations", "children", "insight"}
)
# What every register must have, and why the core needs it.
REQUIRED = {
    "urls.py": "its pages, mounted under its URL_PREFIX",
    "scoping.py": "its personal data as each user may see it",
    "navigation.py": "its entries in the header",
    "timeline.py": "its part of the child's timeline",
    "seeding.py": "its demo and bench data",
    "tasks.py": "its scheduled reminders (SCHEDULED may be empty)",
    "api.py": "its API routers (ROUTERS, TAGS)",
    "tests/matrix.py": "its rows in the role matrix",
}
# Known gaps, each to be closed by moving the module into its app. Adding to this list is
# a review question; a new register must not appear here.
KNOWN_GAPS: set[tuple[str, str]] = set()
PUBLIC_MODULES = frozenset({"models", "services", "scoping"})
# Imports that break the rules, to be removed; nothing may be added. None are left: the core
# and the API find the registers through their plug-ins (``core.plugins``).
KNOWN_CROSSINGS: set[tuple[str, str]] = set()


def registers() -> list[str]:
    names = []
    for config in apps.get_app_configs():
        if config.name.startswith("sendhealth."):
            label = config.name.split(".", 1)[1]
            if label not in FOUNDATION:
                names.append(label)
    return names


def imported_modules(path: Path) -> set[str]:
    found = set()
    for node in ast.walk(ast.parse(path.read_text(), filename=str(path))):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            if node.module.startswith("sendhealth."):
                if node.module.count(".") == 1:  # "from sendhealth.advice import services"
                    found.update(f"{node.module}.{alias.name}" for alias in node.names)
                else:
                    found.add(node.module)
        elif isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name.startswith("sendhealth."))
    return found


def source_files(folder: Path):
    for path in sorted(folder.rglob("*.py")):
        parts = path.relative_to(PACKAGE).parts
        if "tests" in parts or "migrations" in parts:
            continue
        yield path


@pytest.mark.parametrize("app", registers())
def test_every_register_has_the_modules_the_core_looks_for(app):
    missing = [
        f"{app}/{module}: {why}"
        for module, why in REQUIRED.items()
        if not (PACKAGE / app / module).exists() and (app, module) not in KNOWN_GAPS
    ]
    assert not missing, "missing plug-in modules:\n" + "\n".join(missing)


@pytest.mark.parametrize("app", registers())
def test_every_registers_pages_are_mounted_by_their_own_prefix(app):
    from importlib import import_module

    urls = import_module(f"sendhealth.{app}.urls")
    assert isinstance(getattr(urls, "URL_PREFIX", None), str), f"{app}/urls.py: URL_PREFIX"


def test_known_gaps_are_still_gaps():
    closed = [f"{a}/{m}" for a, m in KNOWN_GAPS if (PACKAGE / a / m).exists()]
    assert not closed, f"remove from KNOWN_GAPS: {closed}"


def crossings() -> set[tuple[str, str]]:
    register_names = set(registers())
    found = set()
    for path in source_files(PACKAGE):
        rel = path.relative_to(PACKAGE)
        owner = rel.parts[0]
        for module in imported_modules(path):
            parts = module.split(".")
            target = parts[1]
            if target not in register_names or target == owner:
                continue
            if owner in FOUNDATION - {"children", "insight"}:
                found.add((rel.as_posix(), module))  # the core and API name no register
            elif len(parts) > 2 and parts[2] not in PUBLIC_MODULES:
                found.add((rel.as_posix(), module))  # another register's internals
    return found


def test_the_core_names_no_register_and_registers_use_each_others_public_modules_only():
    new = crossings() - KNOWN_CROSSINGS
    assert not new, "imports that cross the register contract:\n" + "\n".join(
        f"{path}: {module}" for path, module in sorted(new)
    )


def test_scope_methods_from_apps_are_unique_and_reachable():
    from sendhealth.core.scoping import Scope

    functions = scoping_functions()
    assert "children" in functions and "assignments" in functions
    scope = Scope(user_id=None)
    for name in functions:
        assert callable(getattr(scope, name))
