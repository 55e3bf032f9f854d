"""Copy a whole shop into an empty PostgreSQL database, and prove the copy before it commits.

Generic over the models: every table of `Base.metadata`, every column, ids kept, so a table or
column added later is copied without a change here. On the target, one transaction does it all:
the project's migrations bring it to the newest schema, the tables are locked against other
writers, the emptiness is checked, the rows go in (Core executemany in chunks), the id
sequences are moved past the copied ids, and both sides are compared (the rows of every table,
the points ledger in total and per member, the purchase amounts) before the caller's last step
(an audit event) and the commit. Any failure rolls all of it back: the target is left exactly
as it was, schema included.

The source is read in one transaction too, so the copy is one moment of the shop even while a
till is still selling (what it sells after that moment is not in the copy: close the tills).

Empty means: no TokoCRM tables at all, or nothing but the rows the migrations themselves put
in (the owner placeholder, the default product and feedback categories), as `tokocrm init` or
a till that opened the database leaves it. Any other row is a shop's data and is refused.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cache
from typing import Any

from sqlalchemy import (
    Column,
    Connection,
    Engine,
    Table,
    Update,
    bindparam,
    create_engine,
    delete,
    func,
    insert,
    inspect,
    select,
    text,
    update,
)
from sqlalchemy.engine import URL
from sqlalchemy.exc import ArgumentError, DBAPIError

from tokocrm.db import migrate
from tokocrm.db.engine import POSTGRESQL_DRIVER as DRIVER
from tokocrm.db.engine import make_engine, with_shipped_driver
from tokocrm.db.models import Base, PointsEntry, Purchase
from tokocrm.db.opening import describe, sqlite_path
from tokocrm.domain.errors import DatabaseUnreachable, TokoError, first_line
from tokocrm.domain.money import english_rupiah

CHUNK_ROWS = 5_000  # rows per executemany: fast, and a 100k-member shop never sits in memory

Progress = Callable[[str, int], None]  # (table, rows copied so far), after every chunk
BeforeCommit = Callable[[Connection, "Totals"], None]


class MoveRefused(TokoError):
    """The shop was not copied: a target that is not empty or not PostgreSQL, or a copy that
    failed or did not match; the target was rolled back to what it was."""

    code = "db.move_refused"
    template = "the shop was not copied to {target}: {reason}; nothing was written there"


@dataclass(frozen=True)
class Totals:
    """What the copy must keep: rows per table, the points ledger, the purchase amounts."""

    rows: dict[str, int]
    points_total: int
    points_by_member: dict[int, int]
    purchase_total: int

    def differences(self, other: Totals) -> list[str]:
        found = [f"{name}: {rows} rows, {other.rows.get(name)} copied"
                 for name, rows in self.rows.items() if other.rows.get(name) != rows]
        if self.points_total != other.points_total:
            found.append(f"points: {self.points_total} in total, {other.points_total} copied")
        members = {member for member in self.points_by_member.keys() | other.points_by_member
                   if self.points_by_member.get(member) != other.points_by_member.get(member)}
        if members:
            found.append(f"the points balance of {len(members)} member(s)")
        if self.purchase_total != other.purchase_total:
            found.append(f"purchases: {english_rupiah(self.purchase_total)}, "
                         f"{english_rupiah(other.purchase_total)} copied")
        return found


@dataclass(frozen=True)
class Copied:
    source: str  # the SQLite file
    target: str  # the URL, without its password
    source_totals: Totals
    target_totals: Totals  # counted in the target before the commit
    seconds: float

    @property
    def rows(self) -> int:
        return sum(self.source_totals.rows.values())


def target_url(value: str) -> URL:
    """The `--to` URL; plain `postgresql://` means the PostgreSQL driver TokoCRM ships."""
    try:
        return with_shipped_driver(value)
    except (ArgumentError, ValueError) as error:  # not said back: it may hold a password
        raise MoveRefused(target="the URL given with --to", reason="it is not a database "
                          f"URL (such as {DRIVER}://user@host/toko)") from error


def check_pair(source: URL, target: URL) -> None:
    """Refuse, before connecting, a move that cannot be one: onto the shop itself, into
    anything but PostgreSQL, or from anything but an SQLite file."""
    if _same_database(source, target):
        raise MoveRefused(target=describe(target), reason="it is the shop's own database")
    if target.get_backend_name() != "postgresql":
        raise MoveRefused(target=describe(target), reason="it is not a PostgreSQL database "
                          f"(give a URL such as {DRIVER}://user@host/toko)")
    if sqlite_path(source) is None:
        raise MoveRefused(target=describe(target), reason=f"the shop {describe(source)} is not "
                          "an SQLite file (a shop moves from SQLite to PostgreSQL)")


def copy_shop(source: Engine, target: URL, *, before_commit: BeforeCommit | None = None,
              progress: Progress | None = None) -> Copied:
    """Copy the shop on `source` into the empty PostgreSQL database `target`, all or nothing.
    `before_commit(connection, totals)` runs last inside the target's transaction."""
    check_pair(source.url, target)
    started = time.perf_counter()
    location = describe(target)
    engine = make_engine(target)
    try:
        with (source.connect() as reading, reading.begin(),
              _connected(engine, location) as writing, writing.begin()):
            before, after = _fill(reading, writing, location, progress)
            if before_commit is not None:
                before_commit(writing, after)
    except DBAPIError as error:
        raise MoveRefused(target=location, reason=first_line(error.orig)) from error
    finally:
        engine.dispose()
    return Copied(describe(source.url), location, before, after,
                  time.perf_counter() - started)


@contextmanager
def _connected(engine: Engine, location: str) -> Iterator[Connection]:
    """A connection to the target; a server that cannot be reached is said so, plainly."""
    try:
        connection = engine.connect()
    except DBAPIError as error:
        raise DatabaseUnreachable(path=location, reason=first_line(error.orig)) from error
    with connection:
        yield connection


def _fill(reading: Connection, writing: Connection, location: str,
          progress: Progress | None) -> tuple[Totals, Totals]:
    """Every table copied, the sequences moved on, and the two sides compared."""
    _prepare(writing, location)
    for table in Base.metadata.sorted_tables:
        copy_table(reading, writing, table, location, progress)
    reset_sequences(writing)
    _analyze(writing)
    before, after = shop_totals(reading), shop_totals(writing)
    if differences := before.differences(after):
        raise MoveRefused(target=location, reason="the copy does not match the shop ("
                          f"{'; '.join(differences)})")
    return before, after


def _prepare(connection: Connection, location: str) -> None:
    """Bring the target to the newest schema, keep other writers out, check it is empty, and
    clear what the migrations put in (the source has its own)."""
    revision = migrate.current_revision(connection)
    if revision is None and inspect(connection).get_table_names():
        raise MoveRefused(target=location, reason="it holds tables TokoCRM did not create")
    if revision is not None and revision not in migrate.known_revisions():
        raise MoveRefused(target=location, reason="it holds a shop of a newer TokoCRM "
                          f"(schema version {revision})")
    if revision != migrate.head_revision():
        migrate.upgrade(connection)
    _lock(connection)
    foreign = set(inspect(connection).get_table_names()) - _known_tables()
    if foreign:
        raise MoveRefused(target=location, reason="it holds tables TokoCRM did not create ("
                          f"{', '.join(sorted(foreign))})")
    if found := data_found(connection):
        raise MoveRefused(target=location,
                          reason=f"it already holds a shop's data ({_rows_in(found)})")
    for table in reversed(Base.metadata.sorted_tables):
        connection.execute(delete(table))


def _analyze(connection: Connection) -> None:
    """Give the planner statistics of the copied tables at once, not when autovacuum comes
    round: the moved shop's first searches are planned on what is really there."""
    connection.exec_driver_sql(f"ANALYZE {_table_names(connection)}")


def _table_names(connection: Connection) -> str:
    preparer = connection.dialect.identifier_preparer
    return ", ".join(preparer.format_table(table) for table in Base.metadata.sorted_tables)


def _lock(connection: Connection) -> None:
    """Other writers (a till already pointed at the target) wait until the copy commits."""
    connection.exec_driver_sql(f"LOCK TABLE {_table_names(connection)} IN EXCLUSIVE MODE")


def _rows_in(found: dict[str, int], named: int = 3) -> str:
    """The fullest tables first, e.g. purchase: 2102 rows, member: 300 rows and 4 more tables."""
    fullest = sorted(found.items(), key=lambda item: -item[1])[:named]
    said = ", ".join(f"{name}: {rows} row{'s' if rows != 1 else ''}" for name, rows in fullest)
    more = len(found) - named
    return f"{said} and {more} more table{'s' if more != 1 else ''}" if more > 0 else said


def _known_tables() -> set[str]:
    return {*Base.metadata.tables, "alembic_version"}


def data_found(connection: Connection) -> dict[str, int]:
    """The tables holding rows other than the ones the migrations put in, with their rows."""
    seeds = migration_seeds()
    found = {}
    for table in Base.metadata.sorted_tables:
        seeded = seeds.get(table.name, ())
        rows = connection.execute(select(table).limit(len(seeded) + 1)).all()
        if any(tuple(row) not in seeded for row in rows):
            found[table.name] = connection.scalar(select(func.count()).select_from(table))
    return found


@cache
def migration_seeds() -> dict[str, tuple[tuple[Any, ...], ...]]:
    """The rows a fresh migration puts in, per table: found by migrating an empty in-memory
    database, so a migration that seeds more is followed without a change here."""
    engine = create_engine("sqlite://")
    try:
        with engine.begin() as connection:
            migrate.upgrade(connection)
            return {table.name: tuple(tuple(row) for row in connection.execute(select(table)))
                    for table in Base.metadata.sorted_tables}
    finally:
        engine.dispose()


def copy_table(reading: Connection, writing: Connection, table: Table, location: str,
               progress: Progress | None = None) -> int:
    """Copy one table in chunks, ids kept. A column pointing into its own table (a member
    merged into a later member) is filled in after every row is there."""
    later = [column for column in table.columns
             if any(key.column.table is table for key in column.foreign_keys)]
    query = (select(table).order_by(*table.primary_key.columns)
             .execution_options(yield_per=CHUNK_ROWS))
    result = reading.execute(query)
    copied, pointers = 0, []
    try:
        for chunk in result.mappings().partitions():
            rows = [dict(row) for row in chunk]
            pointers += _take_pointers(table, rows, later)
            writing.execute(insert(table), rows)
            copied += len(rows)
            if progress is not None:
                progress(table.name, copied)
        if pointers:
            writing.execute(_pointer_update(table, later), pointers)
    except DBAPIError as error:
        raise MoveRefused(target=location, reason=f"the table {table.name} could not be "
                          f"copied ({first_line(error.orig)})") from error
    return copied


def _take_pointers(table: Table, rows: list[dict[str, Any]],
                   later: Sequence[Column]) -> list[dict[str, Any]]:
    """Empty the self-references of `rows`; return them keyed for _pointer_update."""
    if not later:
        return []
    taken = []
    for row in rows:
        if any(row[column.name] is not None for column in later):
            taken.append({**{f"old_{c.name}": row[c.name] for c in table.primary_key.columns},
                          **{f"new_{c.name}": row[c.name] for c in later}})
            row.update((column.name, None) for column in later)
    return taken


def _pointer_update(table: Table, later: Sequence[Column]) -> Update:
    keys = [column == bindparam(f"old_{column.name}") for column in table.primary_key.columns]
    return update(table).where(*keys).values(
        {column.name: bindparam(f"new_{column.name}") for column in later})


def reset_sequences(connection: Connection) -> None:
    """Move every id sequence past the highest id copied, so new rows get fresh ids."""
    preparer = connection.dialect.identifier_preparer
    for table in Base.metadata.sorted_tables:
        for column in table.primary_key.columns:
            name = preparer.format_table(table)
            sequence = connection.scalar(text("SELECT pg_get_serial_sequence(:table, :column)"),
                                         {"table": name, "column": column.name})
            if sequence is None:  # a key the shop names itself (a setting's key, a pair)
                continue
            top = connection.scalar(select(func.max(column)))
            connection.execute(text("SELECT setval(:sequence, :next, false)"),
                               {"sequence": sequence, "next": (top or 0) + 1})


def shop_totals(connection: Connection) -> Totals:
    """Rows of every table, the points ledger in total and per member, the purchase amounts."""
    rows = {table.name: connection.scalar(select(func.count()).select_from(table))
            for table in Base.metadata.sorted_tables}
    per_member = connection.execute(select(PointsEntry.member_id, func.sum(PointsEntry.points))
                                    .group_by(PointsEntry.member_id))
    points_by_member = {member: int(points) for member, points in per_member}
    purchase_total = connection.scalar(select(func.coalesce(func.sum(Purchase.amount), 0)))
    return Totals(rows=rows, points_total=sum(points_by_member.values()),
                  points_by_member=points_by_member, purchase_total=int(purchase_total))


def _same_database(source: URL, target: URL) -> bool:
    source_file, target_file = sqlite_path(source), sqlite_path(target)
    if source_file is not None or target_file is not None:
        return source_file is not None and target_file is not None and (
            source_file.resolve() == target_file.resolve())
    return (source.get_backend_name(), source.host, source.port or 5432, source.database) == (
        target.get_backend_name(), target.host, target.port or 5432, target.database)
