"""Turn a sheet's table and a column mapping into one record per data row, cleaned.

    with open_workbook(path) as book:
        table = survey(book, MEMBERS).require_table(book.file_name)
        mapping = auto_mapping(table.headers, MEMBERS)
        records = read_records(book, table, mapping, kind=MEMBERS, today=date.today())
        for record in records:      # streamed: one row at a time
            ...
        records.blank_rows          # counted as they were skipped

Nothing is written anywhere; duplicates (within the file or with the database) are the
import service's business.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from itertools import islice

from tokocrm.domain.cleaning import (
    Rules,
    clean_member,
    clean_purchase,
    guess_day_first,
    is_blank,
)
from tokocrm.domain.errors import InvalidField
from tokocrm.io.columns import MEMBERS, PURCHASES, validate_mapping
from tokocrm.io.spreadsheet import Cell, Workbook
from tokocrm.io.table_finder import Table

DATE_FIELDS = {MEMBERS: ("birthday", "joined_on"), PURCHASES: ("at",)}
DATE_SAMPLE_ROWS = 2000  # rows looked at to tell dd/mm from mm/dd in a column


@dataclass(frozen=True, slots=True)
class FieldError:
    """Why one field of a row was refused. `reason` is a key of InvalidField.REASONS."""

    field: str
    reason: str
    value: object  # what was refused, as the cell held it (None for a missing field)
    column: int | None  # table column (0-based in Table.headers) it came from, if one
    params: Mapping[str, object]  # InvalidField's params (limit, low, high, ...)

    def as_error(self) -> InvalidField:
        extra = {k: v for k, v in self.params.items() if k not in ("field", "value", "reason")}
        return InvalidField(field=self.field, value=self.value, reason=self.reason, **extra)

    def message(self) -> str:
        """English text, e.g. "birthday: is not a real calendar date (got '30/02/1985')"."""
        return str(self.as_error())


@dataclass(frozen=True, slots=True)
class Record:
    row: int  # the row number the spreadsheet shows
    raw: tuple[Cell, ...]  # the row's cells under Table.headers, as read
    values: dict[str, object]  # every field of the kind, cleaned; None if blank or refused
    errors: tuple[FieldError, ...]

    @property
    def ok(self) -> bool:
        return not self.errors


class Records:
    """The data rows below a table's header, cleaned one by one as they are iterated.
    Blank rows are skipped and counted in `blank_rows`; `rows_read` counts every row below
    the header seen so far (blank or not). Iterate once."""

    def __init__(self, workbook: Workbook, table: Table, mapping: Mapping[str, Sequence[int]],
                 kind: str, rules: Rules) -> None:
        self.workbook = workbook
        self.table = table
        self.mapping = {field: tuple(columns) for field, columns in mapping.items()}
        self.kind = kind
        self.rules = rules
        self.blank_rows = 0
        self.rows_read = 0
        self._clean: Callable = clean_member if kind == MEMBERS else clean_purchase

    @property
    def total_rows(self) -> int:
        """Rows below the header, blank ones included: a progress bar's 100%."""
        return max(0, self.workbook.last_row(self.table.sheet) - self.table.header_row)

    def __iter__(self) -> Iterator[Record]:
        table, mapping, rules, clean = self.table, self.mapping, self.rules, self._clean
        for number, row in self.workbook.rows(table.sheet):
            if number <= table.header_row:
                continue
            self.rows_read += 1
            cells = table.cells(row)
            if all(is_blank(cell) for cell in cells):
                self.blank_rows += 1
                continue
            parts = {field: [cells[c] for c in columns] for field, columns in mapping.items()}
            values, errors = clean(parts, rules)
            yield Record(number, cells, values,
                         tuple(_field_error(error, cells, mapping) for error in errors))


def _field_error(error: InvalidField, cells: tuple[Cell, ...],
                 mapping: Mapping[str, Sequence[int]]) -> FieldError:
    params = error.params
    field = str(params["field"])
    columns = mapping.get(field, ())
    filled = [c for c in columns if not is_blank(cells[c])]
    column = (filled or list(columns) or [None])[0]
    value = cells[column] if column is not None and params.get("value") is not None \
        else params.get("value")
    return FieldError(field, str(params["reason"]), value, column, dict(params))


def month_first_fields(workbook: Workbook, table: Table, mapping: Mapping[str, Sequence[int]],
                       kind: str) -> frozenset[str]:
    """Date fields whose numeric dates read month first (an American export), judged from
    the first DATE_SAMPLE_ROWS rows (see domain.cleaning.guess_day_first)."""
    fields = [field for field in DATE_FIELDS[kind] if mapping.get(field)]
    if not fields:
        return frozenset()
    rows = [table.cells(row) for number, row in
            islice(workbook.rows(table.sheet), DATE_SAMPLE_ROWS + table.header_row)
            if number > table.header_row]
    return frozenset(
        field for field in fields
        if not guess_day_first(row[c] for row in rows for c in mapping[field]))


def read_records(workbook: Workbook, table: Table, mapping: Mapping[str, Sequence[int]], *,
                 kind: str = MEMBERS, today: date) -> Records:
    """The cleaned rows of `table` under `mapping` (see io.columns), as an iterable that
    reads the sheet as it goes. InvalidField at once when the mapping cannot work
    (io.columns.validate_mapping); FileRefused only for a damaged sheet."""
    validate_mapping(mapping, table.width, kind)
    rules = Rules(today=today, date1904=workbook.date1904,
                  month_first=month_first_fields(workbook, table, mapping, kind))
    return Records(workbook, table, mapping, kind, rules)
