"""The scoping rule, enforced by a machine: views and API modules reach personal data only
through ``sendhealth.core.scoping.Scope``, never through a model's manager.

Parses every ``views.py``, ``views/*.py`` and ``sendhealth/api/*.py`` module with ``ast`` and
fails on ``<Model>.objects`` or ``get_object_or_404(<Model>, ...)`` /
``get_list_or_404(<Model>, ...)`` for the personal-data models below.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2]

# The personal-data models: every model with a foreign key to a child, or to another such model
# (worked out from the models, so a new register's join without a list to edit), the audit
# trail, and what each register's ``scoping.py`` declares as ``PERSONAL_DATA`` (its models
# about people that reach no child by a foreign key: a panel's minutes, a SEN2 row, a pack).
CORE_PERSONAL_DATA = frozenset({"AuditLog"})


def models_about_a_child() -> set[str]:
    from django.apps import apps

    personal = {"Child"}
    models = [m for m in apps.get_models() if m.__module__.startswith("sendhealth.")]
    changed = True
    while changed:
        changed = False
        for model in models:
            if model.__name__ in personal:
                continue
            targets = {
                f.related_model.__name__
                for f in model._meta.get_fields()
                if f.many_to_one or f.one_to_one
                if f.related_model is not None and f.concrete
            }
            if targets & personal:
                personal.add(model.__name__)
                changed = True
    return personal


def declared_personal_data() -> set[str]:
    from sendhealth.core.plugins import app_modules

    return {
        name for module in app_modules("scoping") for name in getattr(module, "PERSONAL_DATA", ())
    }


@cache
def personal_data_models() -> frozenset[str]:
    return frozenset(models_about_a_child() | CORE_PERSONAL_DATA | declared_personal_data())


SHORTCUTS = frozenset({"get_object_or_404", "get_list_or_404"})


@dataclass(frozen=True)
class Offence:
    path: Path
    line: int
    text: str

    def __str__(self) -> str:
        return f"{self.path.relative_to(PACKAGE.parent)}:{self.line}: {self.text}"


def _name_of(node: ast.AST) -> str | None:
    """The model name an expression refers to: ``Child`` or ``models.Child``."""
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return None


def offences_in(source: str, path: Path) -> list[Offence]:
    found = []
    for node in ast.walk(ast.parse(source, filename=str(path))):
        if isinstance(node, ast.Attribute) and node.attr in ("objects", "_default_manager"):
            model = _name_of(node.value)
            if model in personal_data_models():
                found.append(Offence(path, node.lineno, f"{model}.{node.attr}"))
        elif isinstance(node, ast.Call) and _name_of(node.func) in SHORTCUTS and node.args:
            model = _name_of(node.args[0])
            if model in personal_data_models():
                found.append(Offence(path, node.lineno, f"{_name_of(node.func)}({model}, ...)"))
    return found


# The places that may query personal data directly: the scoping layer itself, services (state
# changes, with their audit), scheduled tasks and reminders (no user: they act for the system),
# seeding and bench data, models and the system admin. Every other module serves a request
# (views, api.py, forms, presenters, figures, reports, timelines, exports) and goes through
# ``Scope``.
MAY_QUERY_DIRECTLY = frozenset(
    {
        "scoping.py",
        "services.py",
        "tasks.py",
        "reminders.py",
        "messages.py",
        "seeding.py",
        "models.py",
        "admin.py",
        "apps.py",
        "audit.py",
        "messaging.py",
        "bench.py",
        "national.py",  # make bench-national: copies the seeded area into 41 more ICBs
        "importer.py",  # SEN2 imports, run by the worker for the LA that uploaded the file
        "matching.py",  # linking SEN2 people to children: a service of the import
        "summary.py",  # kept summaries (provision), written in the services' transactions
    }
)
MAY_QUERY_DIRECTLY_FOLDERS = frozenset({"management", "migrations", "tests", "checks"})
# Aggregate figures for the DCO and the board: every function in these modules returns counts
# only, never a row, and takes the ICB ids the view got from ``Scope.figure_icb_ids``. Listed
# one by one; a new figures module must either go through ``Scope`` or be added here in review.
AGGREGATES_ONLY = frozenset(
    {
        "insight/figures.py",
        "disagreements/figures.py",
        "assurance/reports.py",
        "assessments/figures.py",
        "waitingtimes/gaps.py",
        "improvement/measures.py",  # measures: counts and percentages of a Measure's ICB
    }
)
# Each register's sections of the board's reports (core.reporting): aggregates only, and a test
# searches every generated report for every seeded child's identifiers.
AGGREGATES_ONLY_NAMES = frozenset({"report_sections.py"})


def checked_modules() -> list[Path]:
    found = []
    for path in PACKAGE.rglob("*.py"):
        parts = path.relative_to(PACKAGE).parts
        if path.name in MAY_QUERY_DIRECTLY or MAY_QUERY_DIRECTLY_FOLDERS & set(parts):
            continue
        if parts[0] in ("rules", "config"):
            continue  # no database at all / settings
        if "/".join(parts) in AGGREGATES_ONLY or path.name in AGGREGATES_ONLY_NAMES:
            continue
        found.append(path)
    return sorted(found)


class TestTheLintItself:
    def test_it_flags_a_manager_on_a_personal_data_model(self):
        offences = offences_in("Child.objects.filter(pk=1)\n", PACKAGE / "x.py")
        assert [o.text for o in offences] == ["Child.objects"]

    def test_it_flags_get_object_or_404_on_a_personal_data_model(self):
        source = "get_object_or_404(AdviceRequest, pk=1)\nshortcuts.get_list_or_404(Child)\n"
        offences = offences_in(source, PACKAGE / "x.py")
        assert [o.text for o in offences] == [
            "get_object_or_404(AdviceRequest, ...)",
            "get_list_or_404(Child, ...)",
        ]

    def test_it_flags_a_qualified_model_name(self):
        offences = offences_in("models.AuditLog.objects.all()\n", PACKAGE / "x.py")
        assert [o.text for o in offences] == ["AuditLog.objects"]

    def test_it_allows_scoped_querysets_and_organisation_models(self):
        source = (
            "get_object_or_404(scope.children(), pk=pk)\n"
            "Service.objects.all()\n"
            "Organisation.objects.filter(kind='la')\n"
        )
        assert offences_in(source, PACKAGE / "x.py") == []

    def test_it_finds_every_module_that_serves_a_request(self):
        names = {str(p.relative_to(PACKAGE)) for p in checked_modules()}
        assert "children/views.py" in names
        assert "advice/views/request.py" in names
        assert "api/api.py" in names
        assert "enquiries/api.py" in names
        assert "notifications/forms.py" in names
        assert "insight/presenters.py" in names
        assert "advice/services.py" not in names


@pytest.mark.parametrize("path", checked_modules(), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_modules_serving_requests_reach_personal_data_only_through_scope(path: Path):
    offences = offences_in(path.read_text(), path)
    assert not offences, (
        "Use Scope.for_user(request.user) querysets instead of a model manager:\n"
        + "\n".join(str(o) for o in offences)
    )


def test_the_personal_data_models_are_found_for_every_register():
    """Worked out from the models: every register's models about a child are on the list, and
    each model a register declares exists."""
    from django.apps import apps

    found = personal_data_models()
    for name in ("Child", "AdviceRequest", "Enquiry", "HealthcarePlan", "PlanLine", "Audit"):
        assert name in found
    names = {m.__name__ for m in apps.get_models()}
    assert declared_personal_data() <= names
    assert {"Panel", "Sen2Record", "InspectionPack"} <= declared_personal_data()
