import ast
import inspect
import subprocess
import sys
import types
from pathlib import Path

import sendhealth.rules as rules

PACKAGE_DIR = Path(rules.__file__).parent
MODULES = sorted(p for p in PACKAGE_DIR.glob("*.py"))


def imported_modules(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


class TestThePackage:
    def test_no_module_imports_django(self):
        for path in MODULES:
            assert not any(name.split(".")[0] == "django" for name in imported_modules(path)), path

    def test_importing_the_rules_does_not_load_django(self):
        code = (
            "import sys, sendhealth.rules; print(any(m.startswith('django') for m in sys.modules))"
        )
        result = subprocess.run(
            [sys.executable, "-c", code],
            capture_output=True,
            text=True,
            check=True,
            cwd=PACKAGE_DIR.parent.parent,
        )
        assert result.stdout.strip() == "False"

    def test_everything_public_is_listed_in_all(self):
        public = {
            name
            for name, value in vars(rules).items()
            if not name.startswith("_") and not isinstance(value, types.ModuleType)
        }
        assert set(rules.__all__) == public

    def test_every_public_function_and_class_has_a_docstring(self):
        for name in rules.__all__:
            value = getattr(rules, name)
            if inspect.isfunction(value) or inspect.isclass(value):
                assert inspect.getdoc(value), name

    def test_modules_stay_short(self):
        for path in MODULES:
            assert len(path.read_text().splitlines()) < 250, path
