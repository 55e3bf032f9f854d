"""What an export hands to a writer: sheets of typed columns whose rows stream from the
database, all read in one read-only transaction so every sheet shows the same moment.

The writer (io.xlsx_export) knows nothing of SQL; the services know nothing of spreadsheets.
A column's kind says what its values are (text, Rupiah, a date, ...); the writer picks the
cell type and number format from it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from sqlalchemy.orm import Session

from tokocrm.db.sessions import Sessions

Row = Sequence[Any]


class Kind(StrEnum):
    TEXT = "text"  # free text (names, addresses): always a text cell, never a formula
    LABEL = "label"  # an English key the writer may translate (the summary's figure names)
    COUNT = "count"  # a whole number of things
    POINTS = "points"  # loyalty points, may be negative
    RUPIAH = "rupiah"  # whole Rupiah
    DATE = "date"
    DATETIME = "datetime"  # the shop's local time, no time zone
    FLAG = "flag"  # yes / no
    VARIES = "varies"  # each cell is a (Kind, value) pair: the summary's figures


@dataclass(frozen=True)
class Column:
    key: str  # the English header, and the key a caller translates it by
    kind: Kind
    width: int | None = None  # in characters; None: what suits the kind and the header


@dataclass(frozen=True)
class Sheet:
    name: str  # English; also the key a caller translates it by
    columns: tuple[Column, ...]
    count: int  # rows it will have, for progress (counted in the same transaction)
    rows: Callable[[], Iterator[Row]]  # streams the rows; call it once


SheetPlan = Callable[[Session], list[Sheet]]


class Export:
    """An export the actor was allowed to make, not read yet. `with export.reading() as
    sheets:` opens one read-only transaction; the sheets' rows stream inside it."""

    def __init__(self, sessions: Sessions, title: str, plan: SheetPlan,
                 on_written: Callable[[str, int], None] | None = None) -> None:
        self._sessions = sessions
        self.title = title  # members, purchases, ledger, feedback, monthly, member data
        self._plan = plan
        self._on_written = on_written

    def written(self, path: str, rows: int) -> None:
        """The writer saved the file: the export goes into the audit trail."""
        if self._on_written is not None:
            self._on_written(path, rows)

    @contextmanager
    def reading(self) -> Iterator[list[Sheet]]:
        with self._sessions() as session:
            _snapshot(session)
            yield self._plan(session)


def _snapshot(session: Session) -> None:
    """One consistent view for the whole export. SQLite's read transaction already is one
    (it begins with the first read); PostgreSQL needs REPEATABLE READ for that."""
    if session.get_bind().dialect.name == "postgresql":
        session.connection(execution_options={"isolation_level": "REPEATABLE READ",
                                              "postgresql_readonly": True})
