"""A value not recorded prints nothing on a page, never Python's "None"."""

from django.template import engines


def test_none_prints_nothing_in_templates_and_in_nhs_components():
    env = engines["jinja2"]
    assert env.from_string("[{{ x }}]").render({"x": None}) == "[]"
    assert env.from_string("[{{ x or 'Not recorded' }}]").render({"x": None}) == "[Not recorded]"
    assert env.from_string("[{{ x }}]").render({"x": 0}) == "[0]"
    table = env.from_string(
        '{% from "nhsuk/components/tables/macro.jinja" import table %}'
        '{{ table({"head": [{"text": "Notes"}], "rows": [[{"text": notes}]]}) }}'
    ).render({"notes": None})
    assert "None" not in table and "<td" in table
