"""What the import wizard knows as the user goes: the file as surveyed (each sheet's table, a
few sample rows), the sheet chosen and the column mapping. `look_at` runs on a worker."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from tokocrm.domain.cleaning import is_blank
from tokocrm.domain.errors import Cancelled
from tokocrm.domain.imports import OnDuplicate
from tokocrm.io.columns import ColumnMapping
from tokocrm.io.spreadsheet import Cell, Workbook, open_workbook
from tokocrm.io.table_finder import SheetSurvey, Table, survey

SAMPLE_ROWS = 3  # values shown under each column in the mapping step


@dataclass(frozen=True)
class SheetLook:
    survey: SheetSurvey
    samples: tuple[tuple[Cell, ...], ...] = ()  # first data rows, cut to the table
    rows: int = 0  # rows below the header (blank ones included)
    offered: ColumnMapping = field(default_factory=dict)  # the mapping the wizard starts from
    remembered: bool = False  # offered is the one last used for the same columns

    @property
    def name(self) -> str:
        return self.survey.name

    @property
    def table(self) -> Table | None:
        return self.survey.table

    def samples_of(self, column: int) -> list[Cell]:
        """The column's first values, blanks left out."""
        return [row[column] for row in self.samples if not is_blank(row[column])]


@dataclass(frozen=True)
class FileLook:
    path: Path
    kind: str
    sheets: tuple[SheetLook, ...]
    preselected: str | None

    @property
    def file_name(self) -> str:
        return self.path.name

    def sheet(self, name: str | None) -> SheetLook | None:
        return next((sheet for sheet in self.sheets if sheet.name == name), None)


Offer = Callable[[Table], tuple[ColumnMapping, bool]]  # io.imports.mapping_for


def look_at(path: Path, kind: str, offer: Offer, *, progress: Callable[[int, int], None],
            cancelled: Callable[[], bool]) -> FileLook:
    """Open and survey the file: every sheet's table, a few sample rows, the row count and
    the mapping to start from (`offer`: remembered or guessed from the headers). FileRefused
    (one sentence) for a file that cannot be imported, including one with no recognisable
    header on any sheet."""
    with open_workbook(path) as book:
        found = survey(book, kind)
        found.require_table(book.file_name)
        sheets = []
        for done, sheet in enumerate(found.sheets):
            if cancelled():
                raise Cancelled()
            progress(done, len(found.sheets))
            sheets.append(_look_at_sheet(book, sheet, offer))
    progress(len(sheets), len(sheets))
    return FileLook(path, kind, tuple(sheets), found.preselected)


def _look_at_sheet(book: Workbook, sheet: SheetSurvey, offer: Offer) -> SheetLook:
    table = sheet.table
    if table is None:
        return SheetLook(sheet)
    samples = []
    for number, row in book.rows(sheet.name, limit=table.header_row + 50):
        cells = table.cells(row)
        if number > table.header_row and not all(is_blank(cell) for cell in cells):
            samples.append(cells)
            if len(samples) == SAMPLE_ROWS:
                break
    rows = max(0, book.last_row(sheet.name) - table.header_row)
    offered, remembered = offer(table)
    return SheetLook(sheet, tuple(samples), rows, offered, remembered)


@dataclass
class ImportChoices:
    """The user's answers so far; a mapping is kept per sheet, so Back and Next keep it."""

    kind: str
    look: FileLook | None = None
    sheet: str | None = None
    mappings: dict[str, ColumnMapping] = field(default_factory=dict)
    on_duplicate: OnDuplicate = OnDuplicate.SKIP  # members the shop already has
    award_points: bool = False  # purchases earn points by today's rules

    @property
    def sheet_look(self) -> SheetLook | None:
        return self.look.sheet(self.sheet) if self.look else None

    @property
    def table(self) -> Table | None:
        sheet = self.sheet_look
        return sheet.table if sheet else None

    def mapping(self) -> ColumnMapping:
        table = self.table
        if table is None:
            return {}
        if table.sheet not in self.mappings:
            sheet = self.sheet_look
            self.mappings[table.sheet] = dict(sheet.offered) if sheet else {}
        return self.mappings[table.sheet]

    def set_mapping(self, mapping: ColumnMapping) -> None:
        if self.table is not None:
            self.mappings[self.table.sheet] = mapping
