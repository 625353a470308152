"""The SEN2 person-level return as files: its modules, their columns (as the COLLECT "Blade"
CSV export writes them; the public MastodonC/witan.sen2 reader lists the same names), and
streaming readers and writers for the Blade CSVs (one file per module, in a ZIP or a folder)
and the DfE pre-submission workbook (XLSX, one sheet per module). Pure Python, no Django.

Values are parsed to Python (dates, booleans, integers, codes) and written back in the Blade
form, so a return read and written again is the same return.
"""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
MONTH_NUMBER = {name: n for n, name in enumerate(MONTHS, start=1)}


@dataclass(frozen=True)
class Module:
    key: str  # the Blade file suffix and the workbook's sheet name
    number: str
    title: str
    parent: str | None  # the parent module's key
    columns: tuple[tuple[str, str], ...]  # (column, kind) without the common columns

    @property
    def id_column(self) -> str:
        return f"{self.key}tableid"

    @property
    def parent_column(self) -> str | None:
        return f"{self.parent}tableid" if self.parent else None

    @property
    def all_columns(self) -> tuple[str, ...]:
        common = [self.id_column, "NativeId", f"{self.key}orderseqcolumn", "sourceid"]
        if self.parent_column:
            common.append(self.parent_column)
        return (*common, *(name for name, _ in self.columns))

    def kind(self, column: str) -> str:
        return dict(self.columns).get(column, "text")

    @property
    def label(self) -> str:
        return f"{self.number} {self.title}"


# kind: text, date, bool, int, or code:<code list name> (see codelists/<year>.json)
MODULES = (
    Module("sen2", "0", "Header", None, (
        ("collection", "text"), ("year", "int"), ("referencedate", "date"),
        ("sourcelevel", "text"), ("softwarecode", "text"), ("release", "text"),
        ("serialno", "int"), ("datetime", "text"), ("lea", "text"),
        ("dmo", "text"), ("dco", "text"), ("dsco", "text"),
    )),
    Module("person", "1", "Person", "sen2", (
        ("surname", "text"), ("forename", "text"), ("personbirthdate", "date"),
        ("sex", "text"), ("ethnicity", "text"), ("postcode", "text"), ("upn", "text"),
        ("uniquelearnernumber", "text"), ("upnunknown", "text"),
    )),
    Module("requests", "2", "Requests", "person", (
        ("receiveddate", "date"), ("requestsource", "code:request_sources"), ("rya", "bool"),
        ("requestoutcomedate", "date"), ("requestoutcome", "code:request_outcomes"),
        ("requestmediation", "bool"), ("requesttribunal", "bool"), ("exported", "text"),
    )),
    Module("assessment", "3", "EHC needs assessments", "requests", (
        ("assessmentoutcome", "code:assessment_outcomes"), ("assessmentoutcomedate", "date"),
        ("assessmentmediation", "bool"), ("assessmenttribunal", "bool"),
        ("othermediation", "bool"), ("othertribunal", "bool"), ("week20", "bool"),
    )),
    Module("namedplan", "4a", "Named plan", "assessment", (
        ("startdate", "date"), ("planres", "text"), ("planwbp", "text"), ("pb", "bool"),
        ("oa", "bool"), ("dp", "text"), ("ceasedate", "date"),
        ("ceasereason", "code:cease_reasons"),
    )),
    Module("plandetail", "4b", "Plan detail", "namedplan", (
        ("urn", "text"), ("ukprn", "text"), ("sensetting", "code:settings"),
        ("sensettingother", "text"), ("placementrank", "int"), ("senunitindicator", "bool"),
        ("resourcedprovisionindicator", "bool"),
    )),
    Module("activeplans", "5a", "Active plans", "requests", (
        ("transferla", "text"), ("res", "text"), ("wbp", "text"), ("reviewmeeting", "date"),
        ("reviewoutcome", "code:review_outcomes"), ("reviewdraft", "date"),
        ("phasetransferduedate", "date"), ("phasetransferfinaldate", "date"),
        ("lastreview", "date"),
    )),
    Module("placementdetail", "5b", "Placement detail", "activeplans", (
        ("urn", "text"), ("ukprn", "text"), ("sensetting", "code:settings"),
        ("sensettingother", "text"), ("placementrank", "int"), ("entrydate", "date"),
        ("leavingdate", "date"), ("attendancepattern", "text"), ("senunitindicator", "bool"),
        ("resourcedprovisionindicator", "bool"), ("res", "text"), ("wbp", "text"),
    )),
    Module("senneed", "5c", "SEN need", "activeplans", (
        ("sentype", "code:need_types"), ("sentyperank", "int"),
    )),
)  # fmt: skip
BY_KEY = {m.key: m for m in MODULES}
REQUIRED = {  # columns that must hold a value (beyond the table ids)
    "sen2": ("year",),
    "person": ("personbirthdate",),
    "requests": ("receiveddate",),
    "senneed": ("sentype", "sentyperank"),
}


class ValueProblem(ValueError):
    """A value that cannot be read; the message says what to enter instead."""


# Text read before: a return holds a few thousand dates, often (the importer's row parsers
# look here first); an empty value is no date.
DATES_READ: dict[str, date | None] = {"": None}


def parse_date(value) -> date | None:
    """Blade's ``2022-Sep-28 00:00:00``; also ``2022-09-28``, ``28/09/2022`` and the
    workbook's date cells."""
    known = DATES_READ.get(value) if value.__class__ is str else None
    if known is not None:
        return known
    if value is None or value == "":
        return None
    if isinstance(value, str) and len(DATES_READ) < 100_000:
        DATES_READ[value] = found = _parse_date(value)
        return found
    return _parse_date(value)


def _parse_date(value) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = str(value).strip().split(" ")[0]
    # The Blade form, read without strptime (the importer reads millions of dates).
    if len(text) == 11 and text[4] == "-" and text[8] == "-":
        month = MONTH_NUMBER.get(text[5:8])
        if month and text[:4].isdigit() and text[9:].isdigit():
            try:
                return date(int(text[:4]), month, int(text[9:]))
            except ValueError:
                pass
    for fmt in ("%Y-%b-%d", "%Y-%m-%d", "%d/%m/%Y"):
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    raise ValueProblem("is not a date: enter it as 2025-Sep-28, 2025-09-28 or 28/09/2025")


def format_date(value: date | None) -> str:
    if value is None:
        return ""
    return f"{value.year:04d}-{MONTHS[value.month - 1]}-{value.day:02d} 00:00:00"


_TRUE = {"1", "true", "y", "yes", "t"}
_FALSE = {"0", "false", "n", "no", "f"}


BOOL_SPELLINGS = {"true": True, "false": False, "1": True, "0": False, "": None}


def parse_bool(value) -> bool | None:
    if value.__class__ is str and value in BOOL_SPELLINGS:  # the common spellings, at once
        return BOOL_SPELLINGS[value]
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        return value
    text = str(value).strip().lower()
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    raise ValueProblem("must be true or false (or 1 or 0)")


def format_bool(value: bool | None) -> str:
    return "" if value is None else ("true" if value else "false")


def parse_int(value) -> int | None:
    if value is None or value == "":
        return None
    if isinstance(value, float) and value.is_integer():
        return int(value)
    try:
        return int(str(value).strip())
    except ValueError:
        raise ValueProblem("must be a whole number") from None


def text_of(value) -> str:
    if type(value) is str:  # every CSV value: the fast path
        return value.strip()
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def parse(kind: str, value):
    if kind == "date":
        return parse_date(value)
    if kind == "bool":
        return parse_bool(value)
    if kind == "int":
        return parse_int(value)
    return text_of(value)


def render(kind: str, value) -> str:
    if kind == "date":
        return format_date(value)
    if kind == "bool":
        return format_bool(value)
    return "" if value is None else str(value)


# -- reading ---------------------------------------------------------------------------------


class ReturnFile:
    """A return's modules as streams of ``(row number, {column: raw value})``, read again on
    each pass (nothing is loaded whole)."""

    def __init__(self, path: str | Path):
        self.path = Path(path)
        self.format = detect_format(self.path)

    def headers(self, module: str) -> list[str] | None:
        for header in self._rows(module, header_only=True):
            return header
        return None

    def rows(self, module: str) -> Iterator[tuple[int, dict]]:
        header = self.headers(module)
        if header is None:
            return
        header = [text_of(h) for h in header]
        for number, values in self.lists(module):
            yield number, dict(zip(header, values, strict=False))

    def lists(self, module: str) -> Iterator[tuple[int, list]]:
        """``(row number, values)`` after the header row, in the header's order, blank rows
        left out (what the importer reads: no dict per row)."""
        rows = enumerate(self._rows(module), start=1)
        next(rows, None)  # the header
        for number, values in rows:
            # ``any`` first (a C loop): a row with a value is the rule; 0 is a value.
            if not any(values) and all(v is None or v == "" for v in values):
                continue
            yield number, values

    def _rows(self, module: str, header_only: bool = False) -> Iterator[list]:
        if self.format == "xlsx":
            yield from self._xlsx_rows(module, header_only)
        else:
            yield from self._csv_rows(module)

    def _csv_rows(self, module: str) -> Iterator[list]:
        suffix = f"_{module}.csv"
        if self.path.is_dir():
            found = [p for p in self.path.iterdir() if p.name.lower().endswith(suffix)]
            if not found:
                return
            with found[0].open(encoding="utf-8-sig", newline="") as handle:
                yield from csv.reader(handle)
            return
        with zipfile.ZipFile(self.path) as archive:
            names = [n for n in archive.namelist() if n.lower().endswith(suffix)]
            if not names:
                return
            with archive.open(names[0]) as raw:
                handle = io.TextIOWrapper(raw, encoding="utf-8-sig", newline="")
                yield from csv.reader(handle)

    def _xlsx_rows(self, module: str, header_only: bool) -> Iterator[list]:
        from openpyxl import load_workbook

        book = load_workbook(self.path, read_only=True, data_only=True)
        try:
            names = {name.lower(): name for name in book.sheetnames}
            if module not in names:
                return
            for row in book[names[module]].iter_rows(values_only=True):
                yield list(row)
                if header_only:
                    return
        finally:
            book.close()


def detect_format(path: Path) -> str:
    if path.is_dir():
        return "dir"
    with path.open("rb") as handle:
        head = handle.read(4)
    if head != b"PK\x03\x04":
        raise ValueProblem("is not a ZIP of Blade CSV files or an Excel workbook (XLSX)")
    with zipfile.ZipFile(path) as archive:
        if "xl/workbook.xml" in archive.namelist():
            return "xlsx"
    return "zip"


# -- writing ---------------------------------------------------------------------------------


def write_zip(target, modules: dict[str, Iterator[list]], stamp: str = "export") -> None:
    """Blade CSVs (``Blade-Export_<stamp>_<module>.csv``) into a ZIP written to ``target``."""
    with zipfile.ZipFile(target, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for module in MODULES:
            with archive.open(f"Blade-Export_{stamp}_{module.key}.csv", "w") as raw:
                handle = io.TextIOWrapper(raw, encoding="utf-8", newline="")
                writer = csv.writer(handle)
                writer.writerow(module.all_columns)
                writer.writerows(modules.get(module.key, ()))
                handle.flush()
                handle.detach()


def write_xlsx(target, modules: dict[str, Iterator[list]]) -> None:
    """The pre-submission workbook layout: one sheet per module, headers in the first row."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell

    def cell(sheet, value):
        # Text that starts with "=" is text in a return: written as a string, never a formula,
        # so it goes back out as it came in (and no spreadsheet runs it).
        if isinstance(value, str) and value.startswith("="):
            written = WriteOnlyCell(sheet, value=value)
            written.data_type = "s"
            return written
        return value

    book = Workbook(write_only=True)
    for module in MODULES:
        sheet = book.create_sheet(module.key)
        sheet.append(list(module.all_columns))
        for row in modules.get(module.key, ()):
            sheet.append([cell(sheet, value) for value in row])
    book.save(target)
