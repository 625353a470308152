"""Lists as CSV or XLSX downloads of what the user may see.

The caller builds the rows from its scoped queryset; this module only writes them, and writes
every register's values the same way, as a person reads them (``export_value``):

- NHS numbers (any column whose header says "NHS number") 3-3-4: ``999 123 4578``;
- dates ``16/02/2026``; date-times in UK local time to the minute, ``16/02/2026 14:05`` (in
  XLSX real date cells shown so, which sort as dates).

Cells that begin with ``=``, ``+``, ``-`` or ``@`` are prefixed with an apostrophe so that a
spreadsheet never runs them as formulas (CSV injection).
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from typing import IO, Any

from django.http import HttpResponse
from django.utils import timezone
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell

from sendhealth.rules import format_nhs_number

FORMATS = ("csv", "xlsx")
XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


_UNWRITABLE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")  # what XLSX (XML 1.0) cannot hold


def safe_cell(value: Any) -> Any:
    if isinstance(value, str):
        value = _UNWRITABLE.sub("", value)  # any stored text exports, whatever it holds
        if value.startswith(_FORMULA_STARTS):
            return "'" + value
    return value


DATE_FORMAT = "%d/%m/%Y"
DATETIME_FORMAT = "%d/%m/%Y %H:%M"
_XLSX_FORMATS = {date: "dd/mm/yyyy", datetime: "dd/mm/yyyy hh:mm"}


def is_nhs_number_column(header: str) -> bool:
    return "nhs number" in header.lower()


def export_value(value: Any, *, nhs_number: bool = False) -> Any:
    """A value as every export writes it: an NHS number 3-3-4 (left as it is if it is not a
    valid one), a date-time in UK local time to the minute with no time zone; anything else
    unchanged."""
    if nhs_number and isinstance(value, str) and value.strip():
        try:
            return format_nhs_number(value)
        except ValueError:
            return value
    if isinstance(value, datetime):
        local = timezone.localtime(value) if timezone.is_aware(value) else value
        return local.replace(tzinfo=None, second=0, microsecond=0)
    return value


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.strftime(DATETIME_FORMAT)
    if isinstance(value, date):
        return value.strftime(DATE_FORMAT)
    return str(value)


def _values(headers: Sequence[str], rows: Iterable[Sequence[Any]]) -> Iterable[list[Any]]:
    nhs = [is_nhs_number_column(h) for h in headers]
    for row in rows:
        yield [export_value(v, nhs_number=i < len(nhs) and nhs[i]) for i, v in enumerate(row)]


def _xlsx_cell(sheet: Any, value: Any) -> Any:
    value = safe_cell(value)
    kind = datetime if isinstance(value, datetime) else date if isinstance(value, date) else None
    if kind is None:
        return value
    cell = WriteOnlyCell(sheet, value=value)
    cell.number_format = _XLSX_FORMATS[kind]
    return cell


def write_csv(target: IO[bytes], headers: Sequence[str], rows: Iterable[Sequence[Any]]) -> None:
    """The rows as CSV (UTF-8) written into ``target`` (a binary file, such as a zip entry)
    as they come, written as every export writes them."""
    text = io.TextIOWrapper(target, encoding="utf-8", newline="", write_through=True)
    try:
        writer = csv.writer(text)
        writer.writerow(headers)
        writer.writerows([safe_cell(_text(v)) for v in row] for row in _values(headers, rows))
    finally:
        text.detach()  # leave ``target`` open for its owner


def csv_bytes(headers: Sequence[str], rows: Iterable[Sequence[Any]]) -> bytes:
    """The rows as CSV (UTF-8), written as every export writes them."""
    buffer = io.BytesIO()
    write_csv(buffer, headers, rows)
    return buffer.getvalue()


def write_xlsx(
    target: IO[bytes], sheets: Sequence[tuple[str, Sequence[str], Iterable[Sequence[Any]]]]
) -> None:
    """A workbook of ``(sheet name, headers, rows)`` sheets written into ``target`` (a
    binary file; it need not be seekable, so a zip entry will do). openpyxl's write-only mode
    writes each row as it comes, so a long list never sits in memory as cells."""
    book = Workbook(write_only=True)
    for name, headers, rows in sheets:
        sheet = book.create_sheet(name[:31])
        sheet.append(list(headers))
        for row in _values(headers, rows):
            sheet.append([_xlsx_cell(sheet, v) for v in row])
    book.save(target)


def xlsx_bytes(
    sheets: Sequence[tuple[str, Sequence[str], Iterable[Sequence[Any]]]],
) -> bytes:
    """A workbook of ``(sheet name, headers, rows)`` sheets, written as every export writes
    them (for a file that is not a download of its own, such as a part of a zip)."""
    buffer = io.BytesIO()
    write_xlsx(buffer, sheets)
    return buffer.getvalue()


def export_response(
    headers: Sequence[str], rows: Iterable[Sequence[Any]], *, filename: str, fmt: str
) -> HttpResponse:
    """``filename`` without extension; ``fmt`` is ``csv`` or ``xlsx`` (else ValueError)."""
    if fmt == "csv":
        response = HttpResponse(csv_bytes(headers, rows), content_type="text/csv; charset=utf-8")
    elif fmt == "xlsx":
        response = HttpResponse(xlsx_bytes([(filename, headers, rows)]), content_type=XLSX_TYPE)
    else:
        raise ValueError(f"unknown export format {fmt!r}")
    response["Content-Disposition"] = f'attachment; filename="{filename}.{fmt}"'
    response["Cache-Control"] = "no-store"
    return response
