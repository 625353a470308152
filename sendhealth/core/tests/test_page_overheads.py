"""What every page pays for, kept from page to page (issue 16, under load): the NHS.UK header
and footer rendered from a cache of the same params (``config.jinja2_env.component``) and the
navigation's entries kept per combination of memberships (``core.navigation``). Each must give
exactly what it gave when worked out afresh on every page."""

import pytest
from django.template import engines
from django.test import RequestFactory
from hypothesis import given, settings
from hypothesis import strategies as st
from markupsafe import Markup

from sendhealth.accounts.models import Role
from sendhealth.accounts.tests.factories import MembershipFactory
from sendhealth.config import jinja2_env
from sendhealth.core import navigation

ENV = engines["jinja2"].env
MACRO = (
    '{% from "nhsuk/components/header/macro.jinja" import header %}'
    '{% from "nhsuk/components/footer/macro.jinja" import footer %}'
    "{{ header(h) }}|{{ footer(f) }}"
)
CACHED = '{{ component("header", h) }}|{{ component("footer", f) }}'

text = st.text(alphabet=st.sampled_from(list("abc &<>\"'/é")), min_size=0, max_size=12) | st.builds(
    Markup, st.sampled_from(["<b>bold</b>", "a &amp; b", "plain"])
)
items = st.lists(
    st.fixed_dictionaries({"text": text, "href": st.sampled_from(["/a/", "/b/", "/"])})
    | st.fixed_dictionaries(
        {"text": text, "href": st.sampled_from(["/a/", "/b/"]), "current": st.booleans()}
    ),
    max_size=4,
)
header_params = st.fixed_dictionaries(
    {"service": st.fixed_dictionaries({"text": text, "href": st.just("/")})},
    optional={
        "account": st.fixed_dictionaries({"items": items}),
        "navigation": st.fixed_dictionaries({"items": items}),
    },
)
footer_params = st.fixed_dictionaries(
    {"meta": st.fixed_dictionaries({"items": items})},
    optional={"copyright": st.fixed_dictionaries({"text": text})},
)


@settings(max_examples=60)
@given(h=header_params, f=footer_params)
def test_a_cached_component_is_what_its_macro_renders(h, f):
    expected = ENV.from_string(MACRO).render(h=h, f=f)
    assert ENV.from_string(CACHED).render(h=h, f=f) == expected  # rendered, then kept
    assert ENV.from_string(CACHED).render(h=h, f=f) == expected  # from the cache


def test_markup_text_and_undefined_are_kept_apart():
    """The same characters as text (escaped) and as markup (not) are two entries, and an
    undefined option is not an empty one."""
    as_text = {"service": {"text": "<b>x</b>", "href": "/"}}
    as_markup = {"service": {"text": Markup("<b>x</b>"), "href": "/"}}
    first = jinja2_env.component(ENV, "header", as_text)
    second = jinja2_env.component(ENV, "header", as_markup)
    assert "&lt;b&gt;x" in first
    assert "<b>x</b>" in second
    imports = MACRO.split("{{")[0]
    for account in ("undefined", '{"items": []}'):
        cached = '{{ component("header", {"account": ACCOUNT}) }}'.replace("ACCOUNT", account)
        macro = imports + '{{ header({"account": ACCOUNT}) }}'.replace("ACCOUNT", account)
        assert ENV.from_string(cached).render() == ENV.from_string(macro).render()
    assert jinja2_env._frozen({"a": ENV.undefined()}) != jinja2_env._frozen({"a": {"items": []}})
    assert jinja2_env._frozen([True]) != jinja2_env._frozen([1])


def test_the_cache_is_bounded(monkeypatch):
    monkeypatch.setattr(jinja2_env, "COMPONENT_CACHE_SIZE", 3)
    for n in range(10):
        jinja2_env.component(ENV, "footer", {"copyright": {"text": f"copy {n}"}})
    assert len(jinja2_env._components) <= 3


def _fresh(request):
    """The navigation worked out afresh, as before it was kept."""
    navigation._cache.clear()
    return navigation.nav_items(request)


@pytest.mark.django_db
@pytest.mark.parametrize(
    "who",
    ["dco", "dco_team", "la_user", "provider_user", "salt_user", "board", "sysadmin", "nobody"],
)
def test_kept_navigation_is_the_navigation_worked_out_afresh(area, who):
    user = getattr(area, who)
    for path in ("/advice/queue/", "/children/", "/insight/", "/"):
        request = RequestFactory().get(path)
        request.user = user
        fresh = _fresh(request)
        kept = navigation.nav_items(request)  # from the cache
        assert kept == fresh
        assert [i["current"] for i in kept] == [
            path.startswith(i["href"]) and i["href"] != "/" for i in kept
        ]


@pytest.mark.django_db
def test_a_new_membership_changes_the_navigation_on_the_next_page(area, client_for):
    """The entries are kept by the memberships, so one given mid-session shows at once, and
    one user's navigation never appears on another's page."""
    client = client_for(area.board)
    page = client.get("/accessibility/").content.decode()
    assert 'href="/advice/queue/"' not in page
    assert "Board" in page  # the board user's own name in the header
    assert 'href="/advice/queue/"' in client_for(area.dco).get("/accessibility/").content.decode()
    MembershipFactory(user=area.board, organisation=area.icb, role=Role.DCO)
    client = client_for(area.board)
    assert 'href="/advice/queue/"' in client.get("/accessibility/").content.decode()
    la_page = client_for(area.la_user).get("/accessibility/").content.decode()
    assert "La User" in la_page
    assert 'href="/advice/queue/"' not in la_page


tag_params = st.fixed_dictionaries(
    {},
    optional={
        "text": text,
        "html": st.sampled_from([Markup("<b>bold</b>"), Markup("a &amp; b")]),
        "classes": st.sampled_from(["nhsuk-tag--orange", "nhsuk-tag--green x", ""]),
        "colour": st.sampled_from(["grey", "red", False, "nope"]),
        "border": st.sampled_from([False, True]),
        "id": text,
        "attributes": st.fixed_dictionaries({"data-x": text}),
    },
)


@settings(max_examples=150, deadline=None)
@given(params=tag_params)
def test_the_cached_tag_is_the_nhsuk_tag(params):
    theirs = ENV.from_string(
        '{% from "nhsuk/components/tag/macro.jinja" import tag %}{{ tag(p) }}|{{ tag(p) }}'
    ).render(p=params)
    ours = ENV.from_string('{% from "macros/tag.jinja" import tag %}{{ tag(p) }}|{{ tag(p) }}')
    assert ours.render(p=params) == theirs


def test_a_tag_with_a_value_the_cache_cannot_tell_apart_is_rendered_uncached():
    from datetime import date

    html = ENV.from_string('{% from "macros/tag.jinja" import tag %}{{ tag(p) }}').render(
        p={"text": date(2026, 12, 7)}
    )
    assert "2026-12-07" in html


def test_every_form_on_a_page_gets_the_one_csrf_field_and_it_is_valid():
    from django.middleware.csrf import _unmask_cipher_token, get_token

    request = RequestFactory().get("/")
    secret_holder = get_token(request)  # the request's secret, as the middleware would set it
    backend = engines["jinja2"]
    html = backend.from_string("{{ csrf_input }}|{{ csrf_input }}").render({}, request)
    first, second = html.split("|")
    assert first == second
    assert 'name="csrfmiddlewaretoken"' in first
    token = first.split('value="')[1].split('"')[0]
    assert _unmask_cipher_token(token) == _unmask_cipher_token(secret_holder)


def test_a_page_without_a_form_never_reads_the_csrf_token():
    request = RequestFactory().get("/")
    engines["jinja2"].from_string("<p>No form</p>").render({}, request)
    assert "CSRF_COOKIE_NEEDS_UPDATE" not in request.META


COMPONENT_CASES = [
    ("button", "button", {"text": "Apply filters", "variant": "secondary", "small": True}),
    ("button", "button", {"text": "Go", "href": "/x/?a=1&b=2", "attributes": {"id": "b"}}),
    ("pagination", "pagination", {"previous": {"href": "?page=1"}, "next": {"href": "?page=3"}}),
    ("pagination", "pagination", {}),
    ("inset-text", "insetText", {"text": "Nothing in <overdue> at the moment."}),
    ("inset-text", "insetText", {"html": Markup("<p>A &amp; B</p>")}),
    ("warning-callout", "warningCallout", {"heading": "Important", "text": "Read this"}),
    (
        "select",
        "select",
        {
            "id": "filter-la",
            "name": "la",
            "label": {"text": "Local authority"},
            "items": [
                {"value": "", "text": "All local authorities", "selected": False},
                {"value": 3, "text": "Leeds & Bradford", "selected": True},
            ],
        },
    ),
    ("input", "input", {"id": "query", "name": "query", "label": {"text": "Search"}}),
    ("input", "input", {"id": "q", "name": "q", "label": {"text": "Name"}, "value": "Smith"}),
    ("input", "input", {"id": "q", "name": "q", "errorMessage": {"text": "Enter a name"}}),
]


@pytest.mark.parametrize(("directory", "name", "params"), COMPONENT_CASES)
def test_a_cached_component_is_the_nhsuk_component(directory, name, params):
    theirs = ENV.from_string(
        f'{{% from "nhsuk/components/{directory}/macro.jinja" import {name} %}}'
        f"{{{{ {name}(p) }}}}|{{{{ {name}(p) }}}}"
    ).render(p=params)
    ours = ENV.from_string(
        f'{{% from "macros/components/{directory}.jinja" import {name} %}}'
        f"{{{{ {name}(p) }}}}|{{{{ {name}(p) }}}}"
    ).render(p=params)
    assert ours == theirs


def test_an_input_holding_a_value_is_never_kept():
    ENV.from_string('{% from "macros/components/input.jinja" import input %}{{ input(p) }}').render(
        p={"id": "q", "name": "q", "value": "Zebedee Unkept"}
    )
    assert not any("Zebedee Unkept" in str(html) for html in jinja2_env._components.values())


def test_url_gives_what_reverse_gives_under_any_script_prefix():
    from django.urls import reverse, set_script_prefix

    for _ in range(2):  # the second time from what it remembered
        assert jinja2_env.url("advice:queue") == reverse("advice:queue")
        assert jinja2_env.url("advice:request", 7) == reverse("advice:request", args=[7])
        assert jinja2_env.url("advice:request", pk=8) == reverse("advice:request", args=[8])
    set_script_prefix("/sub/")
    try:
        assert jinja2_env.url("advice:queue") == reverse("advice:queue")
        assert jinja2_env.url("advice:queue").startswith("/sub/")
    finally:
        set_script_prefix("/")
    assert not jinja2_env.url("advice:queue").startswith("/sub/")


lines_text = st.text(alphabet=st.sampled_from(list("ab <>&\"'\n\r\t")), max_size=40)


@settings(max_examples=300)
@given(
    s=lines_text | st.builds(Markup, lines_text),
    width=st.integers(0, 6) | st.sampled_from(["", "  ", "\t", "<b>"]),
    first=st.booleans(),
    blank=st.booleans(),
)
def test_the_indent_filter_gives_what_jinjas_gives(s, width, first, blank):
    """``config.jinja2_env.indent`` (every NHS.UK component indents its nested markup) is
    Jinja's ``indent``: the same text, and markup exactly when Jinja's gives markup."""
    from jinja2.filters import do_indent

    ours, jinjas = jinja2_env.indent(s, width, first, blank), do_indent(s, width, first, blank)
    assert str(ours) == str(jinjas)
    assert isinstance(ours, Markup) == isinstance(jinjas, Markup)


def test_the_environment_indents_with_it():
    assert ENV.filters["indent"] is jinja2_env.indent
    page = ENV.from_string("{{ m | indent(2) }}|{{ t | indent(2, true) }}").render(
        m=Markup("<p>\na</p>"), t="<x>\ny"
    )
    assert page == "<p>\n  a</p>|  &lt;x&gt;\n  y"
