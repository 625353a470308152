"""The scoping rule, enforced by a machine: views and API modules reach personal data only
through ``sendhealth.core.scoping.Scope``, never through a model's manager.

Parses every ``views.py``, ``views/*.py`` and ``sendhealth/api/*.py`` module with ``ast`` and
fails on ``<Model>.objects`` or ``get_object_or_404(<Model>, ...)`` /
``get_list_or_404(<Model>, ...)`` for the personal-data models below.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2]

PERSONAL_DATA_MODELS = frozenset(
    {
        "Child",
        "ChildMove",
        "AdviceRequest",
        "AdviceAssignment",
        "AdviceSubmission",
        "AdviceEvent",
        "AdviceException",
        "ProvisionItem",
        "AuditLog",
        "Enquiry",
        "Section23Notification",
        "EhcPlan",
        "AnnualReview",
        "Disagreement",
        "TribunalRecommendation",
        "Panel",
        "PanelCase",
        "Package",
        "PackageApproval",
        "EhcPlanSections",
        "AuditItem",
        "Audit",
        "CriterionRating",
        "Resolution",
        "FindingVerdict",
        "SafeguardingReferral",
    }
)
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
            if model in PERSONAL_DATA_MODELS:
                found.append(Offence(path, node.lineno, f"{model}.{node.attr}"))
        elif isinstance(node, ast.Call) and _name_of(node.func) in SHORTCUTS and node.args:
            model = _name_of(node.args[0])
            if model in PERSONAL_DATA_MODELS:
                found.append(Offence(path, node.lineno, f"{_name_of(node.func)}({model}, ...)"))
    return found


def checked_modules() -> list[Path]:
    views = [*PACKAGE.glob("*/views.py"), *PACKAGE.glob("*/views/*.py")]
    api = list(PACKAGE.glob("api/*.py"))
    return sorted(set(views + api))


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

    def test_it_finds_the_view_and_api_modules(self):
        names = {str(p.relative_to(PACKAGE)) for p in checked_modules()}
        assert "children/views.py" in names
        assert "advice/views/request.py" in names
        assert "api/api.py" in names


@pytest.mark.parametrize("path", checked_modules(), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_views_and_api_reach_personal_data_only_through_scope(path: Path):
    offences = offences_in(path.read_text(), path)
    assert not offences, (
        "Use Scope.for_user(request.user) querysets instead of a model manager:\n"
        + "\n".join(str(o) for o in offences)
    )
