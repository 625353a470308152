"""The NHS.UK table, rendered in Python: the markup ``macros/table.jinja``'s lean macro gave
(and that the NHS.UK ``table`` macro gives, see ``core/tests/test_table_macro.py``), for the
parameters our lists use (caption, captionSize, head, rows, firstCellIsHeader, responsive,
classes, attributes; cells with text or html, href, format (defaulting to its column's),
classes, colspan, rowspan, visuallyHiddenText). A Jinja macro call costs about as much as the
cell it renders, and a 25-row list has a few hundred cells; here a cell is a few string
operations.

Every value is escaped as the template's autoescape would have escaped it (``None`` and an
undefined value print nothing), except a cell's ``html``, which is trusted as the NHS.UK macro
trusts it (build it with ``presenters.link`` or a ``{% set %}`` block)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from jinja2 import Undefined
from markupsafe import Markup, escape

# The parameters this renders; a table with any other goes to the NHS.UK macro itself.
SUPPORTED = frozenset(
    (
        "caption",
        "captionSize",
        "head",
        "rows",
        "firstCellIsHeader",
        "responsive",
        "classes",
        "attributes",
    )
)


def supports(params: Mapping[str, Any]) -> bool:
    return all(key in SUPPORTED for key in params)


def _get(item: Mapping[str, Any], key: str) -> Any:
    """``item.key`` as the template read it: missing or undefined is ``None``."""
    value = item.get(key)
    return None if isinstance(value, Undefined) else value


def _text(value: Any) -> str:
    return "" if value is None or isinstance(value, Undefined) else str(escape(value))


def _plain(item: Mapping[str, Any]) -> str:
    html = _get(item, "html")
    # The html trusted, as the NHS.UK macro trusts it.
    out = str(html) if html else _text(_get(item, "text"))
    hidden = _get(item, "visuallyHiddenText")
    if hidden:
        out += f'<span class="nhsuk-u-visually-hidden"> {_text(hidden)}</span>'
    return out


def _value(item: Mapping[str, Any]) -> str:
    href = _get(item, "href")
    if href:
        return f'<a class="nhsuk-link" href="{_text(href)}">{_plain(item)}</a>'
    return _plain(item)


def _span(item: Mapping[str, Any]) -> str:
    out = ""
    colspan, rowspan = _get(item, "colspan"), _get(item, "rowspan")
    if colspan:
        out += f' colspan="{_text(colspan)}"'
    if rowspan:
        out += f' rowspan="{_text(rowspan)}"'
    return out


def _attributes(attributes: Any) -> str:
    if not attributes or isinstance(attributes, Undefined):
        return ""
    return "".join(f' {_text(name)}="{_text(value)}"' for name, value in attributes.items())


def _cell(item: Mapping[str, Any], header: Any, first_is_header: bool, responsive: bool) -> str:
    is_th = first_is_header
    header_is_mapping = isinstance(header, Mapping)
    format_ = _get(item, "format") or (_get(header, "format") if header_is_mapping else None)
    classes = "nhsuk-table__header" if is_th else "nhsuk-table__cell"
    if format_ and not is_th:
        classes += f" nhsuk-table__cell--{_text(format_)}"
    if _get(item, "classes"):
        classes += f" {_text(_get(item, 'classes'))}"
    element = "th" if is_th else "td"
    out = f'<{element} class="{classes}"'
    if is_th:
        out += ' scope="row"'
    if responsive:
        out += ' role="rowheader"' if is_th else ' role="cell"'
    else:
        out += _span(item)
    out += _attributes(_get(item, "attributes")) + ">"
    item_header = _get(item, "header")
    if responsive and (header or item_header):
        heading = header if header_is_mapping else {"text": header or item_header}
        out += f'<span class="nhsuk-table__heading" aria-hidden="true">{_plain(heading)} </span>'
        out += f"<span>{_value(item)}</span>" if _get(item, "html") else _value(item)
    else:
        out += _value(item)
    return f"{out}</{element}>"


def _head_cell(item: Mapping[str, Any], responsive: bool) -> str:
    classes = "nhsuk-table__header"
    if _get(item, "format"):
        classes += f" nhsuk-table__header--{_text(_get(item, 'format'))}"
    if _get(item, "classes"):
        classes += f" {_text(_get(item, 'classes'))}"
    out = f'\n<th class="{classes}" scope="col"'
    out += ' role="columnheader"' if responsive else _span(item)
    return f"{out}{_attributes(_get(item, 'attributes'))}>{_plain(item)}</th>"


def _mapping(item: Any) -> Mapping[str, Any]:
    return item if isinstance(item, Mapping) else {"text": item}


def table_html(params: Mapping[str, Any]) -> Markup:
    """The table's markup for ``params`` (only the ``SUPPORTED`` ones)."""
    responsive = bool(_get(params, "responsive"))
    first_is_header = bool(_get(params, "firstCellIsHeader"))
    parts = ['<table class="nhsuk-table']
    if responsive:
        parts.append(" nhsuk-table--responsive")
    if _get(params, "classes"):
        parts.append(f" {_text(_get(params, 'classes'))}")
    parts.append('"')
    if responsive:
        parts.append(' role="table"')
    parts.append(_attributes(_get(params, "attributes")) + ">")
    caption = _get(params, "caption")
    if caption:
        caption = _mapping(caption)
        parts.append('\n<caption class="nhsuk-table__caption')
        if _get(params, "captionSize"):
            parts.append(f" nhsuk-table__caption--{_text(_get(params, 'captionSize'))}")
        if _get(caption, "classes"):
            parts.append(f" {_text(_get(caption, 'classes'))}")
        parts.append(f'">{_plain(caption)}</caption>')
    head: list[Any] = list(_get(params, "head") or [])
    if head:
        parts.append('\n<thead class="nhsuk-table__head"')
        parts.append(
            ' role="rowgroup"><tr class="nhsuk-table__row" role="row">'
            if responsive
            else '><tr class="nhsuk-table__row">'
        )
        parts.extend(_head_cell(_mapping(item), responsive) for item in head)
        parts.append("\n</tr></thead>")
    parts.append('\n<tbody class="nhsuk-table__body">')
    row_start = (
        '\n<tr class="nhsuk-table__row" role="row">'
        if responsive
        else '\n<tr class="nhsuk-table__row">'
    )
    columns = len(head)
    rows: Iterable[Any] = _get(params, "rows") or []
    for row in rows:
        parts.append(row_start)
        for index, item in enumerate(row):
            header = head[index] if index < columns else None
            cell = _cell(_mapping(item), header, first_is_header and index == 0, responsive)
            parts.append("\n" + cell)
        parts.append("\n</tr>")
    parts.append("\n</tbody>\n</table>")
    return Markup("".join(parts))  # noqa: S704 (every value escaped above, but a cell's html)
