"""Write an export (services.export_sheets) to an .xlsx workbook with openpyxl's write-only
mode, row by row, so memory stays flat whatever the number of rows.

- Real types: dates are dates, Rupiah and counts are numbers with a number format, yes/no is a
  boolean. The header row is bold, frozen and filterable; widths come from the column's kind
  and header, never from scanning the rows.
- Formula injection is impossible: text is always written as a text cell. Text that a
  spreadsheet could take for a formula or an error (=, +, -, @, tab, CR, #N/A ...) also gets
  Excel's quote prefix, so it stays text even when someone edits the cell.
- The file appears whole or not at all: it is written to a temporary file in the same folder
  and renamed at the end; a failure or a cancel removes the temporary file.
"""

from __future__ import annotations

import contextlib
import os
import secrets
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ERROR_CODES, ILLEGAL_CHARACTERS_RE, Cell
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from tokocrm.domain.errors import Cancelled, TokoError
from tokocrm.services.export_sheets import Column, Export, Kind, Sheet
from tokocrm.services.progress import Cancel, Progress

# Excel and LibreOffice put the locale's separators in place of "," and ".": an Indonesian
# computer shows Rp 1.250.000, an English one Rp 1,250,000.
RUPIAH_FORMAT = '"Rp "#,##0'
NUMBER_FORMAT = "#,##0"
# Excel's built-in formats 14 and 22 show the computer's own short date (and time): 25/03/2026
# on an Indonesian Windows, 3/25/2026 on an American one.
DATE_FORMAT = "mm-dd-yy"
DATETIME_FORMAT = "m/d/yy h:mm"
FORMATS = {Kind.COUNT: NUMBER_FORMAT, Kind.POINTS: NUMBER_FORMAT, Kind.RUPIAH: RUPIAH_FORMAT,
           Kind.DATE: DATE_FORMAT, Kind.DATETIME: DATETIME_FORMAT}
WIDTHS = {Kind.TEXT: 14, Kind.LABEL: 30, Kind.COUNT: 10, Kind.POINTS: 10, Kind.RUPIAH: 16,
          Kind.DATE: 12, Kind.DATETIME: 17, Kind.FLAG: 10, Kind.VARIES: 18}
RISKY_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n")
_RISKY_FIRST = frozenset(RISKY_STARTS)
_ERRORS = frozenset(ERROR_CODES)  # "#N/A", "#REF!" ...: openpyxl would write error cells
REPORT_EVERY = 1_000  # rows between progress reports and cancel checks
MAX_SHEET_NAME = 31
_NOT_IN_SHEET_NAMES = str.maketrans({c: " " for c in "[]:*?/\\"})


class ExportFailed(TokoError):
    code = "export.write_failed"
    template = "cannot write {path}: {reason}"


@dataclass(frozen=True)
class Written:
    path: Path
    rows: int  # data rows in all sheets, headers not counted
    sheets: tuple[tuple[str, int], ...]  # (name as written, data rows)


def write_xlsx(export: Export, path: str | Path, *, texts: Mapping[str, str] | None = None,
               progress: Progress | None = None, cancel: Cancel | None = None) -> Written:
    """Write `export` to `path` (replacing it). `texts` translates sheet names, headers and
    summary labels by their English text; `progress(done, total)` hears every 1,000 rows;
    `cancel()` returning True stops at the next 1,000 rows with Cancelled, leaving no file."""
    target = Path(path)
    temporary = _temporary_beside(target)
    book = Workbook(write_only=True)
    try:
        with export.reading() as sheets:
            counter = _Counter(sum(s.count for s in sheets), progress, cancel)
            written = _write_sheets(book, sheets, texts or {}, counter)
            book.properties.creator = "TokoCRM"
            book.save(temporary)
        os.replace(temporary, target)
    except BaseException as error:
        _discard(book)
        temporary.unlink(missing_ok=True)
        if isinstance(error, OSError):
            raise ExportFailed(path=str(target), reason=error.strerror or error) from error
        raise
    counter.finish()
    rows = sum(n for _, n in written)
    export.written(str(target), rows)
    return Written(target, rows, tuple(written))


def _temporary_beside(target: Path) -> Path:
    """An empty file next to `target`, made with the usual permissions (umask), so the
    renamed export has them too."""
    temporary = target.with_name(f".{target.name}.{secrets.token_hex(4)}.part")
    try:
        os.close(os.open(temporary, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o666))
    except OSError as error:
        raise ExportFailed(path=str(target), reason=error.strerror or error) from error
    return temporary


def _write_sheets(book: Workbook, sheets: Sequence[Sheet], texts: Mapping[str, str],
                  counter: _Counter) -> list[tuple[str, int]]:
    written: list[tuple[str, int]] = []
    for sheet in sheets:
        name = _sheet_name(texts.get(sheet.name, sheet.name), [n for n, _ in written])
        worksheet = book.create_sheet(name)
        rows = _write_sheet(worksheet, sheet, texts, counter)
        written.append((name, rows))
    return written


def _write_sheet(worksheet: WriteOnlyWorksheet, sheet: Sheet, texts: Mapping[str, str],
                 counter: _Counter) -> int:
    headers = [_clean(texts.get(c.key, c.key)) for c in sheet.columns]
    for index, (column, header) in enumerate(zip(sheet.columns, headers, strict=True), 1):
        worksheet.column_dimensions[get_column_letter(index)].width = _width(column, header)
    worksheet.freeze_panes = "A2"
    worksheet.append([_header_cell(worksheet, h) for h in headers])
    cells = [_cell_maker(worksheet, c.kind, texts) for c in sheet.columns]
    rows, source = 0, sheet.rows()
    try:
        for row in source:
            worksheet.append([make(value) for make, value in zip(cells, row, strict=True)])
            rows += 1
            counter.step()
    finally:  # a generator stopped part-way (cancel) lets go of its database cursor now
        getattr(source, "close", lambda: None)()
    last = f"{get_column_letter(len(headers))}{rows + 1}"
    worksheet.auto_filter.ref = f"A1:{last}"
    return rows


def _cell_maker(worksheet: WriteOnlyWorksheet, kind: Kind,
                texts: Mapping[str, str]) -> Callable[[Any], Any]:
    """What turns a column's values into what the worksheet appends: a plain value where
    openpyxl infers the right cell by itself, else a styled cell."""
    if kind in FORMATS:
        return _formatted(worksheet, kind)
    if kind == Kind.LABEL:
        return lambda value: _text_cell(worksheet, texts.get(value, value))
    if kind == Kind.FLAG:
        return lambda value: None if value is None else bool(value)
    if kind == Kind.VARIES:
        makers = {k: _cell_maker(worksheet, k, texts) for k in Kind if k != Kind.VARIES}
        return lambda pair: None if pair is None else makers[pair[0]](pair[1])
    return lambda value: _text_cell(worksheet, value)


def _formatted(worksheet: WriteOnlyWorksheet, kind: Kind) -> Callable[[Any], Any]:
    """One styled cell for the column, refilled row by row. openpyxl writes each cell of a
    row before it takes the next value, so reusing the cell is safe, and it saves building
    and styling a new cell for every date and amount (a sixth of the writing time)."""
    cell = WriteOnlyCell(worksheet)
    cell.number_format = FORMATS[kind]

    def make(value: Any) -> Any:
        if value is None:
            return None
        cell.value = value
        return cell

    return make


class _Counter:
    def __init__(self, total: int, progress: Progress | None, cancel: Cancel | None) -> None:
        self.total, self.done = total, 0
        self._progress, self._cancel = progress, cancel
        self._report(0)

    def step(self) -> None:
        self.done += 1
        if self.done % REPORT_EVERY == 0:
            self._report(self.done)
            if self._cancel is not None and self._cancel():
                raise Cancelled()

    def finish(self) -> None:
        self._report(self.done)

    def _report(self, done: int) -> None:
        self.total = max(self.total, done)  # rows recorded since they were counted
        if self._progress is not None:
            self._progress(done, self.total)


def _text_cell(worksheet: WriteOnlyWorksheet, value: Any) -> Any:
    """A text value as a cell that can only be text."""
    if value is None:
        return None
    text = _clean(value if type(value) is str else str(value))
    if text[:1] not in _RISKY_FIRST and text not in _ERRORS:
        return text  # openpyxl makes a plain text cell of it
    cell = WriteOnlyCell(worksheet, text)
    cell.data_type = "s"  # never "f" (formula) or "e" (error)
    cell.quotePrefix = True  # Excel's leading apostrophe: stays text when edited
    return cell


def _clean(text: str) -> str:
    """Without the control characters a worksheet cannot hold (tab, CR and LF are kept)."""
    return ILLEGAL_CHARACTERS_RE.sub("", text) if ILLEGAL_CHARACTERS_RE.search(text) else text


def _header_cell(worksheet: WriteOnlyWorksheet, header: str) -> Cell:
    cell = _text_cell(worksheet, header)
    if isinstance(cell, str):
        cell = WriteOnlyCell(worksheet, header)
    cell.font = Font(bold=True)
    return cell


def _width(column: Column, header: str) -> int:
    return max(column.width or WIDTHS[column.kind], len(header) + 3)  # + the filter button


def _sheet_name(wanted: str, taken: Iterable[str]) -> str:
    """What Excel accepts: at most 31 characters, none of []:*?/\\, unique in the book."""
    base = _clean(wanted).translate(_NOT_IN_SHEET_NAMES).strip().strip("'")[:MAX_SHEET_NAME]
    base = base or "Sheet"
    used = {t.casefold() for t in taken}
    name, n = base, 2
    while name.casefold() in used:
        suffix = f" ({n})"
        name, n = base[:MAX_SHEET_NAME - len(suffix)] + suffix, n + 1
    return name


def _discard(book: Workbook) -> None:
    """Close and remove the temporary files openpyxl keeps for the sheets of a book that is
    not saved (it would remove them only when the program ends)."""
    for worksheet in book.worksheets:
        writer = getattr(worksheet, "_writer", None)
        if writer is None:
            continue
        with contextlib.suppress(Exception):
            worksheet.close()
        with contextlib.suppress(Exception):
            writer.cleanup()
