"""What the member and purchase imports share: progress with cancel checks, and the
read-only snapshot they plan in."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime
from typing import Any

from sqlalchemy import Boolean, Connection, Date, DateTime, Table, func, insert, select
from sqlalchemy.orm import Session

from tokocrm.domain.errors import Cancelled
from tokocrm.services.progress import Cancel, Progress

REPORT_EVERY = 1_000  # rows between progress reports and cancel checks
MEMO_LIMIT = 50_000  # dates and times remembered by a bulk insert


class Steps:
    """Counts work done out of `total`, reports it every REPORT_EVERY steps and raises
    Cancelled there when `cancel()` says so."""

    def __init__(self, total: int, progress: Progress | None, cancel: Cancel | None) -> None:
        self.total, self.done, self._next = total, 0, REPORT_EVERY
        self._progress, self._cancel = progress, cancel
        self._report()

    def step(self, count: int = 1) -> None:
        self.done += count
        if self.done >= self._next:
            self._next = self.done + REPORT_EVERY
            self._report()
            self.check()

    def check(self) -> None:
        if self._cancel is not None and self._cancel():
            raise Cancelled()

    def finish(self) -> None:
        self.done = self.total = max(self.total, self.done)
        self._report()

    def _report(self) -> None:
        if self._progress is not None:
            self._progress(min(self.done, self.total), self.total)


def read_only(session: Session) -> None:
    """Plan on one consistent view without holding any write lock (PostgreSQL: a read-only
    REPEATABLE READ transaction; SQLite's read transaction already is one)."""
    if session.get_bind().dialect.name == "postgresql":
        session.connection(execution_options={"isolation_level": "REPEATABLE READ",
                                              "postgresql_readonly": True})


class BulkInsert:
    """INSERT of many rows into `table`, each a tuple of `keys` in order. On SQLite the
    compiled statement goes to the driver as is, with dates and times converted here the way
    SQLAlchemy would (its per-row, per-column parameter handling took half the writing time
    of 100,000 members); elsewhere it is an ordinary Core executemany."""

    def __init__(self, connection: Connection, table: Table, keys: Sequence[str]) -> None:
        self.connection, self.table, self.keys = connection, table, tuple(keys)
        compiled = insert(table).compile(dialect=connection.dialect, column_keys=list(keys))
        order = tuple(compiled.positiontup or ())
        self.direct = (connection.dialect.name == "sqlite" and compiled.positional
                       and sorted(order) == sorted(self.keys))
        self.sql = str(compiled)
        if self.direct:
            dialect = connection.dialect
            self.positions = [self.keys.index(key) for key in order]
            self.converters = [(index, converter) for index, key in enumerate(order)
                               if (converter := _converter(table.c[key].type, dialect))]

    def __call__(self, rows: Sequence[tuple[Any, ...]]) -> None:
        if not rows:
            return
        if not self.direct:
            self.connection.execute(insert(self.table),
                                    [dict(zip(self.keys, row, strict=True)) for row in rows])
            return
        positions, converters = self.positions, self.converters
        ready = []
        for row in rows:
            values = [row[i] for i in positions]
            for index, convert in converters:
                if values[index] is not None:
                    values[index] = convert(values[index])
            ready.append(tuple(values))
        self.connection.exec_driver_sql(self.sql, ready)


_SAMPLE_DATES = (date(2026, 1, 2), date(999, 12, 31))
_SAMPLE_TIMES = (datetime(2026, 1, 2, 3, 4, 5), datetime(1999, 12, 31, 23, 59, 59, 123))


def _converter(column_type: Any, dialect: Any) -> Callable[[Any], Any] | None:
    process = column_type.dialect_impl(dialect).bind_processor(dialect)
    if process is None or isinstance(column_type, Boolean):
        return None  # sqlite3 stores True and False as 1 and 0 by itself
    if isinstance(column_type, DateTime):
        if all(process(d) == d.isoformat(" ", "microseconds") for d in _SAMPLE_TIMES):
            return _remembered(lambda moment: moment.isoformat(" ", "microseconds"))
    elif isinstance(column_type, Date) and all(process(d) == d.isoformat()
                                               for d in _SAMPLE_DATES):
        return _remembered(date.isoformat)
    return process


def _remembered(convert: Callable[[Any], str]) -> Callable[[Any], str]:
    """`convert`, remembering its answers: an import's rows share a few thousand days and
    one moment of writing. Forgets everything past MEMO_LIMIT values."""
    memo: dict[Any, str] = {}

    def converted(value: Any) -> str:
        text = memo.get(value)
        if text is None:
            if len(memo) >= MEMO_LIMIT:
                memo.clear()
            text = memo[value] = convert(value)
        return text

    return converted


class InsertWithIds:
    """INSERT of many rows that tells each row's new id, in order. On SQLite the writer
    holds the database (BEGIN IMMEDIATE), so the ids are simply the next ones, written
    explicitly; on PostgreSQL they come back from RETURNING, in the rows' order."""

    def __init__(self, connection: Connection, table: Table, keys: Sequence[str]) -> None:
        self.connection, self.table, self.keys = connection, table, tuple(keys)
        self.sqlite = connection.dialect.name == "sqlite"
        if self.sqlite:
            self.insert = BulkInsert(connection, table, ("id", *self.keys))
            self.next_id = (connection.scalar(select(func.max(table.c.id))) or 0) + 1
        else:
            self.statement = insert(table).returning(table.c.id, sort_by_parameter_order=True)

    def __call__(self, rows: Sequence[tuple[Any, ...]]) -> list[int]:
        if not rows:
            return []
        if self.sqlite:
            first = self.next_id
            self.next_id += len(rows)
            self.insert([(first + i, *row) for i, row in enumerate(rows)])
            return list(range(first, self.next_id))
        params = [dict(zip(self.keys, row, strict=True)) for row in rows]
        return list(self.connection.execute(self.statement, params).scalars())
