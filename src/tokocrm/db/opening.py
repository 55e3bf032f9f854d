"""Open a shop database safely: check what the file is before touching it, then migrate.

A file that is not an SQLite database, or an SQLite database that TokoCRM did not create, is
refused before any write, so a wrong `--db` can never damage someone else's file.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Connection, Engine, inspect
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import DBAPIError

from tokocrm import __version__
from tokocrm.db import migrate
from tokocrm.db.engine import is_memory_sqlite, make_engine
from tokocrm.domain.errors import (
    DatabaseTooNew,
    DatabaseUnreachable,
    DatabaseUnreadable,
    ForeignDatabase,
    NotADatabase,
    UpgradeBackupFailed,
    first_line,
)

SQLITE_MAGIC = b"SQLite format 3\x00"


@dataclass(frozen=True)
class DatabaseInfo:
    location: str  # a file path for SQLite, the URL without password otherwise
    dialect: str
    revision: str
    created: bool  # the database was empty and now holds a new shop
    upgraded_from: str | None  # the old schema version, when this opening upgraded it

    @property
    def state(self) -> str:
        """What this opening did, in words: created, upgraded from 0007, up to date."""
        if self.created:
            return "created"
        if self.upgraded_from:
            return f"upgraded from {self.upgraded_from}"
        return "up to date"


def open_database(url: str | URL) -> tuple[Engine, DatabaseInfo]:
    """Return an engine on a database at the newest schema, creating or upgrading it."""
    url = make_url(url)
    location = describe(url)
    path = sqlite_path(url)
    if path is not None:
        check_sqlite_file(path)
    engine = make_engine(url)
    try:
        with (engine.connect() as connection, _foreign_keys_deferred(connection),
              connection.begin()):
            before = _check_revision(connection, location)
            if before != migrate.head_revision():
                if before is not None and path is not None:
                    _save_before_upgrade(connection, path, before)
                migrate.upgrade(connection)
                _check_foreign_keys(connection)
    except DBAPIError as error:
        engine.dispose()
        raise DatabaseUnreachable(path=location, reason=first_line(error.orig)) from error
    except BaseException:
        engine.dispose()
        raise
    info = DatabaseInfo(
        location=location,
        dialect=url.get_backend_name(),
        revision=migrate.head_revision(),
        created=before is None,
        upgraded_from=before if before not in (None, migrate.head_revision()) else None,
    )
    return engine, info


def describe(url: URL) -> str:
    path = sqlite_path(url)
    if path is not None:
        return str(path)
    return url.render_as_string(hide_password=True)


def sqlite_path(url: URL) -> Path | None:
    if url.get_backend_name() != "sqlite" or is_memory_sqlite(url):
        return None
    return Path(url.database).expanduser().absolute()


def check_sqlite_file(path: Path) -> None:
    """Refuse, without writing, a path that cannot hold an SQLite database."""
    if path.is_dir():
        raise DatabaseUnreadable(path=path, reason="it is a folder, not a file")
    if not path.exists():
        if not path.parent.is_dir():
            raise DatabaseUnreadable(path=path, reason=f"the folder {path.parent} does not exist")
        return
    try:
        with path.open("rb") as file:
            header = file.read(len(SQLITE_MAGIC))
    except OSError as error:
        raise DatabaseUnreadable(path=path, reason=error.strerror or str(error)) from error
    if not header:  # SQLite treats an empty file as a new database
        return
    if header != SQLITE_MAGIC:
        raise NotADatabase(path=path)
    _check_tables_read_only(path)


def _check_tables_read_only(path: Path) -> None:
    # Opening through the engine would switch the file to WAL, a write; look read-only first.
    try:
        with closing(sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)) as connection:
            rows = connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
            tables = {name for (name,) in rows}
    except sqlite3.DatabaseError as error:
        raise DatabaseUnreadable(path=path, reason=first_line(error)) from error
    if tables and "alembic_version" not in tables:
        raise ForeignDatabase(path=path)


@contextmanager
def _foreign_keys_deferred(connection: Connection) -> Iterator[None]:
    """SQLite migrations rebuild tables (copy, drop, rename); with foreign keys on, dropping a
    table that others point to fails. The pragma only changes outside a transaction, so it is
    set on the driver's connection; _check_foreign_keys verifies the result instead."""
    if connection.dialect.name != "sqlite":
        yield
        return
    raw = connection.connection.dbapi_connection
    raw.execute("PRAGMA foreign_keys=OFF")
    try:
        yield
    finally:
        raw.execute("PRAGMA foreign_keys=ON")


def _check_foreign_keys(connection: Connection) -> None:
    if connection.dialect.name == "sqlite":
        broken = connection.exec_driver_sql("PRAGMA foreign_key_check").first()
        if broken is not None:  # raising here rolls the whole upgrade back
            raise RuntimeError(f"migration left a broken reference: {tuple(broken)}")


def _save_before_upgrade(connection: Connection, path: Path, revision: str) -> None:
    """Keep the shop as it was, `<db>.before-<revision>.bak`, before upgrading it: copied from
    this connection, inside the transaction that will upgrade it, so it is exactly what the
    migrations start from. No copy, no upgrade. An older copy of that name is never replaced."""
    target = path.with_name(f"{path.name}.before-{revision}.bak")
    number = 1
    while target.exists():
        number += 1
        target = path.with_name(f"{path.name}.before-{revision}.{number}.bak")
    try:
        sqlite_copy(connection.connection.dbapi_connection, target)
    except (sqlite3.Error, OSError) as error:
        raise UpgradeBackupFailed(path=path, reason=first_line(error)) from error


def sqlite_copy(source: sqlite3.Connection, target: Path) -> None:
    """Copy the database open on `source` to a new file `target` with SQLite's online backup
    API: in one step, so it is one consistent snapshot even while other processes write (WAL).
    The copy is written beside `target` under a temporary name, checked (integrity_check),
    made a single self-contained file (no -wal), flushed to disk and only then renamed, so a
    file at `target` is always a whole, checked copy."""
    partial = target.with_name(f"{target.name}.part")
    partial.unlink(missing_ok=True)
    try:
        with closing(sqlite3.connect(partial)) as copy:
            source.backup(copy)
            copy.execute("PRAGMA journal_mode=DELETE")
            found = [row[0] for row in copy.execute("PRAGMA integrity_check")]
            if found != ["ok"]:
                raise sqlite3.DatabaseError(f"the copy failed its integrity check: {found[0]}")
        with partial.open("rb+") as file:
            os.fsync(file.fileno())
        os.replace(partial, target)
        fsync_folder(target.parent)
    finally:
        partial.unlink(missing_ok=True)


def fsync_folder(folder: Path) -> None:
    """Make a rename in `folder` survive a power cut (POSIX; Windows cannot open a folder)."""
    if os.name != "posix":
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def _check_revision(connection: Connection, location: str) -> str | None:
    revision = migrate.current_revision(connection)
    if revision is None and inspect(connection).get_table_names():
        raise ForeignDatabase(path=location)
    if revision is not None and revision not in migrate.known_revisions():
        raise DatabaseTooNew(path=location, revision=revision, version=__version__)
    return revision
