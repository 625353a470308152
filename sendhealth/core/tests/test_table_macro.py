"""Our lean table macro renders the same markup as the NHS.UK one it stands in for."""

import re

import pytest
from django.template import engines

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
