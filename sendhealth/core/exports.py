"""Lists as CSV or XLSX downloads of what the user may see.

The caller builds the rows from its scoped queryset; this module only writes them. Cells that
begin with ``=``, ``+``, ``-`` or ``@`` are prefixed with an apostrophe so that a spreadsheet
never runs them as formulas (CSV injection).
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Sequence
from datetime import date, datetime

from django.http import HttpResponse
from openpyxl import Workbook

FORMATS = ("csv", "xlsx")
XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


_UNWRITABLE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")  # what XLSX (XML 1.0) cannot hold


def safe_cell(value):
    if isinstance(value, str):
        value = _UNWRITABLE.sub("", value)  # any stored text exports, whatever it holds
        if value.startswith(_FORMULA_STARTS):
            return "'" + value
    return value


def _text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime | date):
        return value.isoformat()
    return str(value)


def export_response(
    headers: Sequence[str], rows: Iterable[Sequence], *, filename: str, fmt: str
) -> HttpResponse:
    """``filename`` without extension; ``fmt`` is ``csv`` or ``xlsx`` (else ValueError)."""
    if fmt == "csv":
        response = HttpResponse(content_type="text/csv; charset=utf-8")
        writer = csv.writer(response)
        writer.writerow(headers)
        writer.writerows([safe_cell(_text(v)) for v in row] for row in rows)
    elif fmt == "xlsx":
        book = Workbook(write_only=True)
        sheet = book.create_sheet(filename[:31])
        sheet.append(list(headers))
        for row in rows:
            sheet.append([safe_cell(v) for v in row])
        buffer = io.BytesIO()
        book.save(buffer)
        response = HttpResponse(buffer.getvalue(), content_type=XLSX_TYPE)
    else:
        raise ValueError(f"unknown export format {fmt!r}")
    response["Content-Disposition"] = f'attachment; filename="{filename}.{fmt}"'
    response["Cache-Control"] = "no-store"
    return response
