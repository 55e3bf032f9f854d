"""Find the table in a sheet: the header row may sit below a title block (row 9) or start in a
later column (B4), under merged title cells; a workbook may have several sheets.

`survey(workbook, kind)` looks at the first rows of every sheet and preselects the first
visible sheet whose header TokoCRM recognises; `find_table(workbook, sheet, kind)` gives that
sheet's table, or the table under a header row the user picked.
"""

from __future__ import annotations

from dataclasses import dataclass

from tokocrm.domain.cleaning import as_text
from tokocrm.domain.errors import FileRefused
from tokocrm.io.columns import MEMBERS, recognised_fields
from tokocrm.io.spreadsheet import Cell, Workbook

HEADER_SCAN_ROWS = 50  # a header further down than this is not looked for
MIN_RECOGNISED = 2  # distinct fields a row must name to count as the header


@dataclass(frozen=True)
class Table:
    sheet: str
    header_row: int  # 1-based, as the spreadsheet shows it; data starts below it
    first_column: int  # 0-based sheet column of headers[0] (0 = A)
    headers: tuple[str, ...]  # header texts, "" for a blank header cell between others
    recognised: frozenset[str]  # fields the header names (for a wizard's hint)

    @property
    def width(self) -> int:
        return len(self.headers)

    def column_letter(self, column: int) -> str:
        """The spreadsheet letter of the table's `column` (0-based position in headers)."""
        return column_letter(self.first_column + column)

    def cells(self, row: list[Cell]) -> tuple[Cell, ...]:
        """A sheet row cut to the table's columns (missing cells are None)."""
        cut = row[self.first_column:self.first_column + self.width]
        return tuple(cut) + (None,) * (self.width - len(cut))


@dataclass(frozen=True)
class SheetSurvey:
    name: str
    visible: bool
    empty: bool
    table: Table | None  # None when no header row is recognised


@dataclass(frozen=True)
class Survey:
    sheets: tuple[SheetSurvey, ...]
    preselected: str | None  # the sheet a wizard opens on; None when no sheet has a table

    def require_table(self, file_name: str) -> Table:
        """The preselected sheet's table, or FileRefused: 'empty' when no sheet has a cell,
        'no_header' when none has a recognisable header."""
        for sheet in self.sheets:
            if sheet.name == self.preselected and sheet.table is not None:
                return sheet.table
        if all(sheet.empty for sheet in self.sheets):
            raise FileRefused(file=file_name, reason="empty")
        raise FileRefused(file=file_name, reason="no_header")


def column_letter(index: int) -> str:
    """0 -> 'A', 25 -> 'Z', 26 -> 'AA'."""
    letters = ""
    index += 1
    while index:
        index, remainder = divmod(index - 1, 26)
        letters = chr(65 + remainder) + letters
    return letters


def _header_text(cell: Cell) -> str:
    return " ".join(as_text(cell).split())


def _table_at(sheet: str, number: int, row: list[Cell], kind: str) -> Table | None:
    filled = [index for index, cell in enumerate(row) if _header_text(cell)]
    if not filled:
        return None
    first, last = filled[0], filled[-1]
    headers = tuple(_header_text(cell) for cell in row[first:last + 1])
    return Table(sheet, number, first, headers, frozenset(recognised_fields(headers, kind)))


def _scan(workbook: Workbook, sheet: str, kind: str) -> tuple[bool, Table | None]:
    """(whether the sheet is empty, the best header row in its first rows)."""
    empty, best = True, None
    for number, row in workbook.rows(sheet, limit=HEADER_SCAN_ROWS):
        if any(cell is not None for cell in row):
            empty = False
        candidate = _table_at(sheet, number, row, kind)
        if candidate is None or len(candidate.recognised) < MIN_RECOGNISED:
            continue
        if best is None or len(candidate.recognised) > len(best.recognised):
            best = candidate
    return empty, best


def survey(workbook: Workbook, kind: str = MEMBERS) -> Survey:
    """Every sheet with its table, if any; the first visible sheet with a table preselected
    (a hidden one only when no visible sheet has one)."""
    sheets = []
    for info in workbook.sheets:
        empty, table = _scan(workbook, info.name, kind)
        sheets.append(SheetSurvey(info.name, info.visible, empty, table))
    with_table = [s for s in sheets if s.table is not None]
    visible = [s for s in with_table if s.visible]
    chosen = (visible or with_table or [None])[0]
    return Survey(tuple(sheets), chosen.name if chosen else None)


def find_table(workbook: Workbook, sheet: str, kind: str = MEMBERS, *,
               header_row: int | None = None) -> Table:
    """The sheet's table: under the recognised header row, or under `header_row` when the
    user points at it (then the header need not be recognised). FileRefused('no_header')
    when there is none."""
    if header_row is None:
        empty, table = _scan(workbook, sheet, kind)
        if table is None:
            reason = "empty" if empty else "no_header"
            raise FileRefused(file=workbook.file_name, reason=reason)
        return table
    for number, row in workbook.rows(sheet, limit=header_row):
        if number == header_row and (table := _table_at(sheet, number, row, kind)):
            return table
    raise FileRefused(file=workbook.file_name, reason="no_header")
