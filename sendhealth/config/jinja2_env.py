"""The Jinja2 environment: our templates first, then the NHS.UK frontend components.

NHS.UK templates expect ``ChainableUndefined`` (missing nested options render as nothing).

``component(name, params)`` renders an NHS.UK component as its macro does, from a small cache
of what it rendered before for the same params: the header and footer every page has cost more
CPU than many pages' own content (the header's template imports four macro files each time it
is included), and their params (the user's name, the navigation) repeat from page to page.

``indent`` is Jinja's filter, character for character, without building every line as
``Markup``: the NHS.UK components indent each nested component's markup (a date input its
three inputs, each its label), and Jinja's filter escapes, checks and concatenates each line
as ``Markup``: half the DCO dashboard's CPU time went on its two date inputs (issue 16).
"""

import threading
from collections import OrderedDict
from functools import lru_cache
from typing import Any

from django.conf import settings
from django.contrib import messages
from django.templatetags.static import static
from django.urls import get_script_prefix, get_urlconf, reverse
from django.utils import timezone
from jinja2 import (
    ChainableUndefined,
    ChoiceLoader,
    Environment,
    PackageLoader,
    Undefined,
    pass_environment,
)
from jinja2.filters import do_indent
from markupsafe import Markup

from sendhealth.core import presenters, tables
from sendhealth.core.forms import date_parts
from sendhealth.core.navigation import nav_items, wayfinding


def url(name: str, *args, **kwargs) -> str:
    """``reverse``, remembered: a list reverses the same few names for every row, and a
    ``reverse`` costs more than the row's cells. Keyed by everything the answer depends on (the
    URLconf and the script prefix as well as the name and arguments)."""
    try:
        return _reverse(
            name,
            args,
            tuple(sorted(kwargs.items())),
            get_urlconf() or settings.ROOT_URLCONF,
            get_script_prefix(),
        )
    except TypeError:  # an argument that cannot be a key
        return reverse(name, args=args or None, kwargs=kwargs or None)


@lru_cache(maxsize=4096)
def _reverse(name: str, args: tuple, kwargs: tuple, urlconf: str, prefix: str) -> str:
    return reverse(name, urlconf=urlconf, args=args or None, kwargs=dict(kwargs) or None)


# Components rendered for the same params, most recently used last; bounded, per process.
COMPONENT_CACHE_SIZE = 1024
_components: OrderedDict[tuple, Markup] = OrderedDict()
_components_lock = threading.Lock()


def _frozen(value: Any) -> Any:
    """A hashable key that tells apart every value the component could render differently:
    markup from text, ``True`` from ``1``, undefined from empty."""
    if isinstance(value, dict):
        return ("dict", tuple((k, _frozen(v)) for k, v in value.items()))
    if isinstance(value, list | tuple):
        return ("list", tuple(_frozen(v) for v in value))
    if isinstance(value, Undefined):
        return ("undefined",)
    if isinstance(value, str | int | float | bool) or value is None:
        return (type(value).__name__, value)
    raise TypeError(f"component params cannot hold {type(value).__name__}")


@pass_environment
def component(env: Environment, name: str, params: dict[str, Any]) -> Markup:
    """The NHS.UK component ``name`` (``header``, ``footer``) for ``params``, as its macro
    renders it; the same params give the same HTML, from the cache after the first time (params
    holding anything but dicts, lists, text, numbers and ``None`` are rendered every time)."""
    try:
        key = (name, _frozen(params))
    except TypeError:  # a value that cannot be told apart from another safely: not cached
        template = env.get_template(f"nhsuk/components/{name}/template.jinja")
        return Markup(template.render(params=params))  # noqa: S704 (the component's own output)
    with _components_lock:
        html = _components.get(key)
        if html is not None:
            _components.move_to_end(key)
            return html
    template = env.get_template(f"nhsuk/components/{name}/template.jinja")
    html = Markup(template.render(params=params))  # noqa: S704 (the component's own output)
    with _components_lock:
        _components[key] = html
        while len(_components) > COMPONENT_CACHE_SIZE:
            _components.popitem(last=False)
    return html


def indent(s: Any, width: int | str = 4, first: bool = False, blank: bool = False) -> Any:
    """``jinja2.filters.do_indent``, giving the same text (and ``Markup`` for ``Markup``), but
    for markup it works on the plain text and marks the result safe once: the indentation and
    the newlines are spaces and line breaks, which escaping leaves as they are, so every line
    need not pass through ``Markup`` (its ``__add__`` escapes the other side each time).
    Anything but markup goes to Jinja's own filter."""
    if not isinstance(s, Markup):
        return do_indent(s, width, first, blank)
    indention = width if isinstance(width, str) else " " * width
    lines = (str(s) + "\n").splitlines()
    if blank:
        text = ("\n" + indention).join(lines)
    else:
        text = lines[0]
        if len(lines) > 1:
            text += "\n" + "\n".join(indention + line if line else line for line in lines[1:])
    if first:
        text = indention + text
    return Markup(text)  # noqa: S704 (the markup given, indented with spaces)


def _blank_none(value: Any) -> Any:
    return "" if value is None else value


def environment(**options) -> Environment:
    loader = options.pop("loader", None)
    options["loader"] = ChoiceLoader([loader, PackageLoader("nhsuk_frontend_jinja")])
    options["undefined"] = ChainableUndefined
    options.setdefault("autoescape", True)
    options["extensions"] = [*options.get("extensions", []), "jinja2.ext.do"]
    # A value not recorded prints nothing, never Python's "None" (an empty notes field, a
    # review with no next date), here and in the NHS.UK components' own templates.
    options["finalize"] = _blank_none
    env = Environment(**options)  # noqa: S701 (autoescape is on)
    env.globals.update(
        url=url,
        static=static,
        get_messages=messages.get_messages,
        today=lambda: timezone.localdate(),
        nav_items=nav_items,
        wayfinding=wayfinding,
        component=component,
        tag=presenters.tag,
        link=presenters.link,
        strong=presenters.strong,
        date_parts=date_parts,
        table_html=tables.table_html,
        table_supports=tables.supports,
    )
    env.filters.update(
        indent=indent,
        date=presenters.format_date,
        date_short=presenters.format_date_short,
        datetime=presenters.format_datetime,
        due=presenters.due_phrase,
        nhs_number=presenters.format_nhs_number,
        plural=presenters.plural,
        percent=presenters.percent,
    )
    return env
