"""Our lean table macro renders the same markup as the NHS.UK one it stands in for."""

import random
import re
from pathlib import Path

import pytest
from django.template import engines
from markupsafe import Markup

CASES = [
    {
        "caption": "Cap",
        "head": [{"text": "A"}, {"text": "B"}],
        "rows": [[{"text": "x"}, {"text": "y"}]],
    },
    {
        "caption": "Cap",
        "captionSize": "s",
        "firstCellIsHeader": True,
        "head": [{"text": "Service"}, {"text": "On time", "format": "numeric"}],
        "rows": [
            [{"html": '<a href="/x">Speech &amp; language</a>'}, {"text": 3}],
            [{"text": "<b>not bold</b>"}, {"text": "12%", "format": "numeric"}],
        ],
    },
    {
        "caption": {"text": "Hidden", "classes": "nhsuk-u-visually-hidden"},
        "classes": "sh-extra",
        "attributes": {"id": "t1"},
        "head": [{"text": "A"}, {"text": "B"}],
        "rows": [[{"text": "a", "colspan": 2}], [{"text": "q", "classes": "sh-q"}, {"text": "r"}]],
    },
    {
        "responsive": True,
        "caption": "Cap",
        "firstCellIsHeader": True,
        "head": [{"text": "A"}, {"text": "B", "format": "numeric"}, {"text": "C"}],
        "rows": [[{"html": "<a href='/y'>y</a>"}, {"text": 5}, {"html": "<strong>z</strong>"}]],
    },
]


def render(source: str, params: dict) -> str:
    return engines["jinja2"].env.from_string(source).render(params=params)


def normalised(html: str) -> str:
    html = re.sub(r"\s+", " ", html)
    html = re.sub(r"\s*(<|>)\s*", r"\1", html)
    return re.sub(r" (?=>)", "", html).strip()


@pytest.mark.parametrize("params", CASES)
def test_the_markup_is_the_nhsuk_markup(params):
    ours = render('{% from "macros/table.jinja" import table %}{{ table(params) }}', params)
    theirs = render(
        '{% from "nhsuk/components/tables/macro.jinja" import table %}{{ table(params) }}', params
    )
    assert normalised(ours) == normalised(theirs)


def test_a_zero_shows_as_zero():
    params = {"head": [{"text": "n"}], "rows": [[{"text": 0}]]}
    html = render('{% from "macros/table.jinja" import table %}{{ table(params) }}', params)
    assert '<td class="nhsuk-table__cell">0</td>' in html


# The lean Jinja macro ``macros/table.jinja`` held before the table was rendered in Python
# (``core.tables``): the Python renders the same markup, character for character.
LEAN_MACRO = (Path(__file__).parent / "data" / "lean_table_macro.jinja").read_text()
VALUES = [None, 0, 5, "", "a<b>&'\"", Markup("<i>x</i>"), False, "words"]
CELL_KEYS = ["text", "html", "href", "format", "classes", "colspan", "rowspan"]
CELL_KEYS += ["visuallyHiddenText", "header", "attributes"]
TABLE_KEYS = ["caption", "captionSize", "firstCellIsHeader", "responsive", "classes", "attributes"]


def random_cell(r: random.Random):
    if r.random() < 0.1:
        return r.choice(VALUES)  # a bare value, not a mapping
    return {
        key: {"data-x": r.choice(VALUES)} if key == "attributes" else r.choice(VALUES)
        for key in CELL_KEYS
        if r.random() < 0.3
    }


def random_params(r: random.Random) -> dict:
    params: dict = {}
    for key in TABLE_KEYS:
        if r.random() < 0.5:
            if key == "attributes":
                params[key] = {"id": r.choice(VALUES)}
            elif key == "caption" and r.random() < 0.3:
                params[key] = {"text": r.choice(VALUES), "classes": r.choice(VALUES)}
            else:
                params[key] = r.choice(VALUES)
    if r.random() < 0.8:
        params["head"] = [random_cell(r) for _ in range(r.randint(0, 4))]
    params["rows"] = [[random_cell(r) for _ in range(r.randint(0, 5))] for _ in range(3)]
    return params


@pytest.mark.parametrize("seed", range(20))
def test_the_python_table_renders_what_the_lean_macro_rendered(seed):
    r = random.Random(seed)
    for params in [*CASES, *(random_params(r) for _ in range(50))]:
        lean = render(LEAN_MACRO + "{{ table(params) }}", params)
        ours = render('{% from "macros/table.jinja" import table %}{{ table(params) }}', params)
        assert ours == lean, params


def test_other_parameters_go_to_the_nhsuk_macro():
    params = {"head": [{"text": "A"}], "rows": [[{"text": "a"}]], "compact": True}
    ours = render('{% from "macros/table.jinja" import table %}{{ table(params) }}', params)
    theirs = render(
        '{% from "nhsuk/components/tables/macro.jinja" import table %}{{ table(params) }}', params
    )
    assert ours == theirs
    assert "nhsuk-table--compact" in ours
