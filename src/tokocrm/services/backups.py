"""Backups of a shop's SQLite file: make one, keep a sensible number, restore one.

A backup is a whole, checked SQLite file named `tokocrm-YYYYMMDD-HHMMSS.db` (the local time it
was made), copied with SQLite's online backup API, so it is one consistent moment even while
the tills keep selling. PostgreSQL shops are refused: pg_dump is the tool there.

A backup or a restore asked for by someone needs the owner's permission (a backup is a copy of
every member's data); the daily backup at start and the copy before a restore are the app's own.
"""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
import tempfile
from contextlib import closing
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

from sqlalchemy.engine import URL, make_url

from tokocrm import config
from tokocrm.db import migrate
from tokocrm.db.opening import SQLITE_MAGIC, fsync_folder, sqlite_copy, sqlite_path
from tokocrm.domain.errors import BackupFailed, BackupUnsupported, RestoreRefused, first_line
from tokocrm.domain.roles import Permission
from tokocrm.services.actor import Actor, require
from tokocrm.services.shop_settings import ShopSettingsService

FOLDER_KEY = "backup_folder"  # the owner's choice, e.g. a USB disk or a synced folder
NAME = re.compile(r"^tokocrm-(\d{8}-\d{6})\.db$")
STAMP = "%Y%m%d-%H%M%S"
BUSY_TIMEOUT_S = 15


@dataclass(frozen=True)
class Restored:
    restored_from: Path
    previous_saved_as: Path | None  # None when there was no database file to keep


def backup(url_or_path: str | URL | Path, to: Path | None = None, *, actor: Actor,
           now: datetime | None = None) -> Path:
    """Copy the shop's database to `to` (a new file, such as `copy.db`, or a folder to put it
    in: one that exists, or a name without a suffix; default config.backup_dir()) and return
    the file written."""
    require(actor, Permission.BACKUP_RESTORE)
    return _backup(url_or_path, to, now)


def _backup(url_or_path: str | URL | Path, to: Path | None, now: datetime | None) -> Path:
    source = database_file(url_or_path, "backup")
    if not source.is_file():
        raise BackupFailed(path=to or config.backup_dir(),
                           reason=f"there is no database file {source}")
    target = _target(to, now or datetime.now())
    if target.resolve() == source.resolve():
        raise BackupFailed(path=target, reason="it is the database itself")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        with closing(sqlite3.connect(source, timeout=BUSY_TIMEOUT_S)) as connection:
            sqlite_copy(connection, target)
    except (sqlite3.Error, OSError) as error:
        raise BackupFailed(path=target, reason=first_line(error)) from error
    return target


def restore(path: Path, database: str | URL | Path, *, actor: Actor,
            backups: Path | None = None) -> Restored:
    """Put the backup `path` in place of the shop's database. The backup is copied beside the
    database and checked first (an SQLite file, whole, a TokoCRM shop of a schema version this
    TokoCRM knows); a bad one is refused with the database untouched. Then the current database
    is backed up (into `backups`, default config.backup_dir()) and replaced in one rename.
    Nothing else may have the database open meanwhile (the tills must be closed)."""
    require(actor, Permission.BACKUP_RESTORE)
    path = Path(path)
    target = database_file(database, "restore")
    _check_header(path)
    if path.resolve() == target.resolve():
        raise RestoreRefused(path=path, reason="it is the database itself")
    staged = target.with_name(f"{target.name}.restoring")
    staged.unlink(missing_ok=True)
    try:
        try:
            with closing(sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True,
                                         timeout=BUSY_TIMEOUT_S)) as connection:
                sqlite_copy(connection, staged)
        except (sqlite3.Error, OSError) as error:
            raise RestoreRefused(path=path, reason=f"it cannot be read ({first_line(error)})"
                                 ) from error
        _check_shop(path, staged)
        previous = _keep_current(target, backups) if target.is_file() else None
        _checkpoint(target)
        for suffix in ("-wal", "-shm", "-journal"):  # must not be applied to the new file
            target.with_name(target.name + suffix).unlink(missing_ok=True)
        os.replace(staged, target)
        fsync_folder(target.parent)
    finally:
        staged.unlink(missing_ok=True)
    return Restored(restored_from=path, previous_saved_as=previous)


def _keep_current(target: Path, folder: Path | None) -> Path:
    """The database about to be replaced, kept: a checked backup, or, when it is too damaged
    for one (the reason to restore, often), the file itself copied as it is."""
    try:
        return _backup(target, folder, None)
    except BackupFailed:
        kept = (folder or config.backup_dir()) / (
            f"{target.stem}-replaced-{datetime.now():%Y%m%d-%H%M%S}{target.suffix}")
        kept.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(target, kept)
        return kept


def chosen_folder(settings: ShopSettingsService, actor: Actor) -> Path:
    """Where backups go: the folder the owner chose, else config.backup_dir()."""
    stored = settings.get(actor, FOLDER_KEY)
    return Path(stored) if stored else config.backup_dir()


def choose_folder(settings: ShopSettingsService, actor: Actor, folder: Path) -> Path:
    """Send the backups to `folder` from now on; refused unless a file can be written there
    (a USB disk that is not plugged in, a folder without write access)."""
    require(actor, Permission.BACKUP_RESTORE)
    folder = Path(folder).expanduser().absolute()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=folder, prefix=".tokocrm-probe-"):
            pass
    except OSError as error:
        raise BackupFailed(path=folder, reason=error.strerror or first_line(error)) from error
    settings.set(actor, FOLDER_KEY, str(folder))
    return folder


def daily_backup(url: str | URL, folder: Path | None = None, *,
                 now: datetime | None = None) -> Path | None:
    """What the app does when it starts: back the SQLite shop up unless the folder (default
    config.backup_dir()) already has a backup from today, then thin the folder out. Returns
    the file written, or None when there was nothing to do (already backed up today, or a
    database that is not an SQLite file: PostgreSQL is backed up with its own tools)."""
    url = make_url(url) if isinstance(url, str) else url
    if url.get_backend_name() != "sqlite" or url.database in (None, "", ":memory:"):
        return None
    folder = folder or config.backup_dir()
    now = now or datetime.now()
    if folder.is_dir() and any((stamp := backup_time(file)) is not None
                               and stamp.date() == now.date() for file in folder.iterdir()):
        return None
    written = _backup(url, folder, now)
    prune(folder, now=now)
    return written


def prune(folder: Path, keep_daily: int = 14, keep_monthly: int = 12, *,
          now: datetime | None = None) -> list[Path]:
    """Delete old backups in `folder`, keeping the newest of each of the last `keep_daily`
    days and the newest of each of the last `keep_monthly` months (today and this month
    included), every backup dated in the future, and always the newest one. Only files named
    like our backups are touched. Returns the files deleted."""
    now = now or datetime.now()
    found = sorted(((stamp, file) for file in folder.iterdir()
                    if (stamp := backup_time(file)) is not None), reverse=True)
    first_day = now.date() - timedelta(days=keep_daily - 1)
    first_month = _month(now.date()) - (keep_monthly - 1)
    keep: set[Path] = {found[0][1]} if found else set()
    days: set[date] = set()
    months: set[int] = set()
    for stamp, file in found:  # newest first: the first seen of a day or month is its newest
        if stamp > now:
            keep.add(file)
            continue
        if stamp.date() >= first_day and stamp.date() not in days:
            days.add(stamp.date())
            keep.add(file)
        if _month(stamp.date()) >= first_month and _month(stamp.date()) not in months:
            months.add(_month(stamp.date()))
            keep.add(file)
    deleted = [file for _stamp, file in found if file not in keep]
    for file in deleted:
        file.unlink()
    return deleted


def backup_time(file: Path) -> datetime | None:
    """When the backup `file` was made, from its name; None for any other file."""
    match = NAME.match(file.name)
    if match is None or not file.is_file():
        return None
    try:
        return datetime.strptime(match.group(1), STAMP)
    except ValueError:  # digits that are no date: not one of ours
        return None


def database_file(url_or_path: str | URL | Path, action: str) -> Path:
    """The SQLite file of a database URL or path; other databases are refused."""
    if isinstance(url_or_path, Path):
        return url_or_path.expanduser().absolute()
    url = make_url(config.as_url(url_or_path) if isinstance(url_or_path, str) else url_or_path)
    if url.get_backend_name() != "sqlite":
        raise BackupUnsupported(action=action, dialect=url.get_backend_name())
    path = sqlite_path(url)
    if path is None:
        raise BackupUnsupported(action=action, dialect="in-memory SQLite")
    return path


def _target(to: Path | None, now: datetime) -> Path:
    """`to` is a folder when it is one, or has no suffix (`backups`, made); else a file."""
    if to is not None and not to.is_dir() and to.suffix:
        if to.exists():
            raise BackupFailed(path=to, reason="a file of that name exists already")
        return to.expanduser().absolute()
    folder = (to or config.backup_dir()).expanduser().absolute()
    while (target := folder / f"tokocrm-{now.strftime(STAMP)}.db").exists():
        now += timedelta(seconds=1)  # two backups in one second: the next free name
    return target


def _check_header(path: Path) -> None:
    if not path.is_file():
        raise RestoreRefused(path=path, reason="there is no such file")
    try:
        with path.open("rb") as file:
            header = file.read(len(SQLITE_MAGIC))
    except OSError as error:
        raise RestoreRefused(path=path, reason=f"it cannot be read ({first_line(error)})"
                             ) from error
    if header != SQLITE_MAGIC:
        raise RestoreRefused(path=path, reason="it is not an SQLite database file")


def _check_shop(path: Path, copy: Path) -> None:
    """The checked copy holds a TokoCRM shop at a schema version this TokoCRM knows."""
    with closing(sqlite3.connect(copy)) as connection:
        tables = {name for (name,) in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'")}
        if "alembic_version" not in tables:
            raise RestoreRefused(path=path, reason="it is not a TokoCRM database")
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    if row is None:
        raise RestoreRefused(path=path, reason="it is not a TokoCRM database")
    if row[0] not in migrate.known_revisions():
        raise RestoreRefused(
            path=path, reason=f"it was made by a newer TokoCRM (schema version {row[0]})")


def _checkpoint(database: Path) -> None:
    """Fold the database's write-ahead log into it, so removing the log loses nothing."""
    try:
        with closing(sqlite3.connect(database, timeout=BUSY_TIMEOUT_S)) as connection:
            connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    except sqlite3.Error:
        pass  # the backup just made holds the log's commits in any case


def _month(day: date) -> int:
    return day.year * 12 + day.month - 1
