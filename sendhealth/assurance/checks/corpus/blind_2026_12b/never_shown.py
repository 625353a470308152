"""Aggregate figures on the blind cases whose text never appeared in the lint output (no text printed)."""

import ast
import os
import sys

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "sendhealth.config.test_settings")
sys.path.insert(0, ".")
from sendhealth.assurance.checks.corpus.blind_2026_12b import cases as mod
from sendhealth.assurance.checks.corpus.blind_2026_12b import BLIND
from sendhealth.assurance.checks.evaluate import case_level_report

EXPOSED = [
    (1, 3),
    (115, 119),
    (124, 128),
    (142, 146),
    (164, 168),
    (439, 443),
    (472, 476),
    (506, 510),
    (575, 579),
    (593, 597),
    (605, 614),
    (657, 661),
    (689, 693),
    (775, 779),
    (797, 801),
    (812, 816),
    (823, 827),
    (834, 838),
    (873, 877),
    (887, 891),
    (914, 918),
    (1046, 1055),
]
tree = ast.parse(open(mod.__file__).read())
exposed_names, all_names = set(), set()
for node in tree.body:
    if (
        isinstance(node, ast.Assign)
        and len(node.targets) == 1
        and isinstance(node.targets[0], ast.Name)
    ):
        name = node.targets[0].id
        all_names.add(name)
        if any(node.lineno <= b and a <= node.end_lineno for a, b in EXPOSED if a > 3):
            exposed_names.add(name)
ids_exposed = {id(getattr(mod, n)) for n in exposed_names}
ids_named = {id(getattr(mod, n)) for n in all_names}
unknown = sum(id(c) not in ids_named for c in BLIND)
exposed = [c for c in BLIND if id(c) in ids_exposed]
rest = [c for c in BLIND if id(c) not in ids_exposed and id(c) in ids_named]
print(
    f"cases: {len(BLIND)}; exposed: {len(exposed)}; never shown: {len(rest)}; not located: {unknown}"
)
print(f"never shown: {sum(not c.expected for c in rest)} clean")
print(case_level_report(rest))
