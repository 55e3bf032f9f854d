"""A spreadsheet into the shop: file + sheet + mapping -> cleaned rows -> the import service.

    request = ImportRequest(path, MEMBERS, on_duplicate=OnDuplicate.FILL, dry_run=True)
    done = import_file(services, actor, request, progress=..., cancel=...)
    done.result.summary()          # {"rows": ..., "created": ..., ...}
    write_error_workbook(done, "errors.xlsx")

`import_file` checks the permission before it opens the file, reads and cleans every row (no
database lock held), then hands the rows to ImportService.members/purchases, which plans and,
unless a dry run, writes everything in one transaction. A real run that went through remembers
its mapping for the header set (`mapping_for` offers it again next time).

The error workbook holds every rejected row with its original cells under the source's own
headers (so it imports again once fixed), then three columns: the file row, the column(s) and
the reason.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from tokocrm.domain.cleaning import as_text
from tokocrm.domain.errors import Cancelled
from tokocrm.domain.imports import (
    MEMBERS,
    Action,
    ImportResult,
    ImportRow,
    OnDuplicate,
    RowIssue,
    RowOutcome,
)
from tokocrm.io.columns import ColumnMapping, auto_mapping, header_signature, restore_mapping
from tokocrm.io.records import Record, read_records
from tokocrm.io.spreadsheet import Workbook, open_workbook
from tokocrm.io.table_finder import Table, find_table, survey
from tokocrm.io.xlsx_export import write_xlsx
from tokocrm.services.actor import Actor
from tokocrm.services.container import Services
from tokocrm.services.export_sheets import Column, Export, Kind, Sheet
from tokocrm.services.progress import Cancel, Progress

PREVIEW_ROWS = 50  # rows kept with their cleaned values, for the wizard's preview
READ_REPORT_EVERY = 1_000  # rows read between progress reports and cancel checks
ERROR_COLUMNS = ("Row", "Column", "Reason")  # after the source's own columns

Describe = Callable[[RowIssue], str]  # an issue in the reader's language (default: English)


@dataclass(frozen=True)
class ImportRequest:
    """What to import. `sheet` None: the preselected sheet (the first with a recognisable
    header). `header_row`: the row the user pointed at as the header (None: found).
    `mapping` None: the one remembered for this header set if it still fits, else the
    automatic one. `award_points` is for purchases, `on_duplicate` for members."""

    path: Path
    kind: str = MEMBERS
    sheet: str | None = None
    header_row: int | None = None
    mapping: Mapping[str, Sequence[int]] | None = None
    on_duplicate: OnDuplicate = OnDuplicate.SKIP
    award_points: bool = False
    dry_run: bool = False


@dataclass(frozen=True)
class Preview:
    """One of the first rows as it will be saved: its cleaned values and what happens."""

    row: ImportRow
    outcome: RowOutcome


@dataclass(frozen=True)
class FileImport:
    """An import done (or dry-run) from a file: the service's result and what it was read
    with, enough to write the error workbook."""

    path: Path
    kind: str
    table: Table
    mapping: ColumnMapping
    result: ImportResult
    blank_rows: int  # blank rows below the header, skipped and not counted in result.rows
    preview: tuple[Preview, ...] = field(default=())


def mapping_for(services: Services, actor: Actor, table: Table, kind: str = MEMBERS
                ) -> tuple[ColumnMapping, bool]:
    """The mapping to offer for `table`: the one remembered for its header set if it still
    fits (True), else the automatic one (False)."""
    saved = services.imports.saved_mapping(actor, kind, header_signature(table.headers))
    restored = restore_mapping(saved, table.width, kind) if saved is not None else None
    if restored:
        return restored, True
    return auto_mapping(table.headers, kind), False


def remember_mapping(services: Services, actor: Actor, table: Table,
                     mapping: Mapping[str, Sequence[int]], kind: str = MEMBERS) -> None:
    """Store `mapping` for files with `table`'s header set."""
    services.imports.save_mapping(actor, kind, header_signature(table.headers), mapping)


def import_file(services: Services, actor: Actor, request: ImportRequest, *,
                progress: Progress | None = None, cancel: Cancel | None = None) -> FileImport:
    """Read, clean and import the file (see the module's docstring). Progress runs over the
    reading and then the service's planning and writing. FileRefused for a file that cannot
    be read, InvalidField for a mapping that cannot work, PermissionDenied for a cashier,
    Cancelled on cancel: in every such case nothing was written."""
    services.imports.check(actor)
    path = Path(request.path)
    with open_workbook(path) as book:
        table = _table(book, request)
        mapping = _mapping(services, actor, table, request)
        records = read_records(book, table, mapping, kind=request.kind,
                               today=services.imports.today())
        total = max(records.total_rows, 1)
        rows = _read_rows(records, total, progress, cancel)
        blank_rows = records.blank_rows
    result = _run(services, actor, request, rows, path.name,
                  _second_half(total, progress), cancel)
    result = replace(result, outcomes=tuple(_with_columns(o, mapping) for o in result.outcomes))
    if not request.dry_run:
        remember_mapping(services, actor, table, mapping, request.kind)
    preview = tuple(Preview(row, outcome) for row, outcome in
                    zip(rows[:PREVIEW_ROWS], result.outcomes, strict=False))
    return FileImport(path, request.kind, table, mapping, result, blank_rows, preview)


def _table(book: Workbook, request: ImportRequest) -> Table:
    if request.sheet is None and request.header_row is None:
        return survey(book, request.kind).require_table(book.file_name)
    sheet = request.sheet if request.sheet is not None else book.sheet_names[0]
    return find_table(book, sheet, request.kind, header_row=request.header_row)


def _mapping(services: Services, actor: Actor, table: Table, request: ImportRequest
             ) -> ColumnMapping:
    if request.mapping is not None:
        return {name: list(columns) for name, columns in request.mapping.items()}
    return mapping_for(services, actor, table, request.kind)[0]


def _read_rows(records: Any, total: int, progress: Progress | None, cancel: Cancel | None
               ) -> list[ImportRow]:
    rows: list[ImportRow] = []
    if progress is not None:
        progress(0, 2 * total)
    for record in records:
        rows.append(to_import_row(record))
        if len(rows) % READ_REPORT_EVERY == 0:
            if progress is not None:
                progress(min(records.rows_read, total), 2 * total)
            if cancel is not None and cancel():
                raise Cancelled()
    return rows


def _second_half(total: int, progress: Progress | None) -> Progress | None:
    """The service's progress, shown after the reading's."""
    if progress is None:
        return None

    def report(done: int, of: int) -> None:
        progress(total + (done * total // of if of else total), 2 * total)

    return report


def _run(services: Services, actor: Actor, request: ImportRequest, rows: list[ImportRow],
         source: str, progress: Progress | None, cancel: Cancel | None) -> ImportResult:
    if request.kind == MEMBERS:
        return services.imports.members(actor, rows, on_duplicate=request.on_duplicate,
                                        dry_run=request.dry_run, progress=progress,
                                        cancel=cancel, source=source)
    return services.imports.purchases(actor, rows, award_points=request.award_points,
                                      dry_run=request.dry_run, progress=progress, cancel=cancel,
                                      source=source)


def to_import_row(record: Record) -> ImportRow:
    """The io layer's cleaned Record as the service's neutral row."""
    issues = tuple(RowIssue(e.field, e.reason, e.value, e.column, e.params)
                   for e in record.errors)
    return ImportRow(record.row, record.values, issues)


def _with_columns(outcome: RowOutcome, mapping: Mapping[str, Sequence[int]]) -> RowOutcome:
    """The service names fields; the file's column is the first one the field came from."""
    if all(issue.column is not None for issue in outcome.issues):
        return outcome
    issues = tuple(
        replace(issue, column=mapping[issue.field][0])
        if issue.column is None and mapping.get(issue.field) else issue
        for issue in outcome.issues)
    return replace(outcome, issues=issues)


# -- the error workbook ------------------------------------------------------------------
def write_error_workbook(done: FileImport, path: str | Path, *,
                         describe: Describe | None = None,
                         texts: Mapping[str, str] | None = None) -> Path:
    """Write every rejected row of `done` to `path` (.xlsx, replaced whole or not at all):
    the source's header and original cells, then Row, Column (letter and header) and Reason
    (`describe` each issue, default English). `texts` translates the three added headers by
    their English text. The cells are read again from the source file. Returns the path."""
    rejected = {o.row: o for o in done.result.outcomes if o.action == Action.REJECTED}
    sheet = Sheet(done.table.sheet, _error_columns(done.table), len(rejected),
                  lambda: _error_rows(done, rejected, describe or RowIssue.message))
    written = write_xlsx(_OneSheet(sheet), path, texts=texts)
    return written.path


class _OneSheet(Export):
    """An export of rows that are not in the database (write_xlsx only reads `reading`)."""

    def __init__(self, sheet: Sheet) -> None:
        self.title = "errors"
        self._sheet = sheet

    @contextmanager
    def reading(self) -> Iterator[list[Sheet]]:
        yield [self._sheet]

    def written(self, path: str, rows: int) -> None:
        """Not audited: the rows are the user's own file's, no shop data leaves."""


def _error_columns(table: Table) -> tuple[Column, ...]:
    source = tuple(Column(header or table.column_letter(index), Kind.VARIES)
                   for index, header in enumerate(table.headers))
    added = (Column(ERROR_COLUMNS[0], Kind.COUNT, 8), Column(ERROR_COLUMNS[1], Kind.TEXT, 20),
             Column(ERROR_COLUMNS[2], Kind.TEXT, 60))
    return source + added


def _error_rows(done: FileImport, rejected: Mapping[int, RowOutcome], describe: Describe
                ) -> Iterator[list[Any]]:
    if not rejected:
        return
    table = done.table
    with open_workbook(done.path) as book:
        for number, row in book.rows(table.sheet):
            outcome = rejected.get(number)
            if outcome is None or number <= table.header_row:
                continue
            cells = [_typed(cell) for cell in table.cells(row)]
            columns = sorted({i.column for i in outcome.issues if i.column is not None})
            where = ", ".join(f"{table.column_letter(c)} ({table.headers[c]})"
                              for c in columns)
            yield [*cells, number, where, "; ".join(describe(i) for i in outcome.issues)]


def _typed(cell: object) -> tuple[Kind, Any] | None:
    """A source cell as the error workbook writes it: dates stay dates, yes/no stays a
    boolean, everything else is text (a phone Excel made a number reads 81234567890, not
    8.12E+10), never a formula."""
    if cell is None:
        return None
    if isinstance(cell, bool):
        return Kind.FLAG, cell
    if isinstance(cell, datetime):
        return (Kind.DATE, cell.date()) if cell.time() == time() else (Kind.DATETIME, cell)
    if isinstance(cell, date):
        return Kind.DATE, cell
    return Kind.TEXT, as_text(cell)
