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

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from tokocrm.domain.imports import (
    MEMBERS,
    ImportResult,
    ImportRow,
    OnDuplicate,
    RowIssue,
    RowOutcome,
)
from tokocrm.io.columns import ColumnMapping
from tokocrm.io.records import Record
from tokocrm.io.table_finder import Table
from tokocrm.services.actor import Actor
from tokocrm.services.container import Services
from tokocrm.services.progress import Cancel, Progress

PREVIEW_ROWS = 50  # rows kept with their cleaned values, for the wizard's preview
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
    raise NotImplementedError  # in progress


def remember_mapping(services: Services, actor: Actor, table: Table,
                     mapping: Mapping[str, Sequence[int]], kind: str = MEMBERS) -> None:
    """Store `mapping` for files with `table`'s header set."""
    raise NotImplementedError  # in progress


def import_file(services: Services, actor: Actor, request: ImportRequest, *,
                progress: Progress | None = None, cancel: Cancel | None = None) -> FileImport:
    """Read, clean and import the file (see the module's docstring). Progress runs over the
    reading and then the service's planning and writing. FileRefused for a file that cannot
    be read, InvalidField for a mapping that cannot work, PermissionDenied for a cashier,
    Cancelled on cancel: in every such case nothing was written."""
    raise NotImplementedError  # in progress


def to_import_row(record: Record) -> ImportRow:
    """The io layer's cleaned Record as the service's neutral row."""
    issues = tuple(RowIssue(e.field, e.reason, e.value, e.column, e.params)
                   for e in record.errors)
    return ImportRow(record.row, record.values, issues)


def write_error_workbook(done: FileImport, path: str | Path, *,
                         describe: Describe | None = None) -> Path:
    """Write every rejected row of `done` to `path` (.xlsx, replaced whole or not at all):
    the source's header and original cells, then Row, Column (letters and header) and Reason
    (`describe` each issue, default English). Returns the path written."""
    raise NotImplementedError  # in progress
