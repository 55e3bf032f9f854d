"""The sample shop the cases run on, and raw DB-API connections to it for the baselines.

Without `--db`, the shop is an SQLite file built once with `tokocrm demo`'s service and cached in
the user's cache folder, keyed by size, seed and schema version; each run works on a fresh copy,
so the cases may write and the cache never changes. With `--db URL` the shop is built into that
database when it is empty; a database that already holds exactly the sample shop of this size
is reused (the writing cases delete what they added); anything else is refused.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import platformdirs
from sqlalchemy import Connection, func, select
from sqlalchemy.engine import make_url

from tokocrm.db import migrate
from tokocrm.db.models import Member, Purchase
from tokocrm.domain import demo_points, demo_shop, loyalty
from tokocrm.domain.demo_shop import sample_shop
from tokocrm.domain.roles import Role
from tokocrm.services import demo
from tokocrm.services.actor import Actor
from tokocrm.services.container import open_services
from tokocrm.services.demo import TILL, create_demo_shop

BUILDER = Actor(username="bench", role=Role.OWNER, till="bench")
DAYS_PER_MONTH = 30.436875  # as the demo generator counts its months
LEFTOVER_SECONDS = 24 * 3600


class ShopRefused(Exception):
    """The database given with --db is neither empty nor the sample shop of this size."""


@dataclass(frozen=True)
class ShopSize:
    members: int
    months: int
    seed: int


@dataclass(frozen=True)
class Shop:
    url: str  # what open_services opens
    raw: RawDb
    members: int
    purchases: int
    description: str  # for the header: where it is and whether it was built now


@dataclass(frozen=True)
class RawDb:
    """The baselines' side: plain sqlite3 or psycopg connections, no SQLAlchemy."""

    dialect: str  # "sqlite" or "postgresql"
    target: str  # a file path, or a libpq connection string

    def connect(self) -> Any:
        """A connection in autocommit mode, set up as the app sets up its own: on SQLite WAL,
        synchronous=FULL and foreign keys on, so both sides pay the same for durability."""
        if self.dialect == "sqlite":
            connection = sqlite3.connect(self.target, isolation_level=None, timeout=15)
            for pragma in ("journal_mode=WAL", "synchronous=FULL", "foreign_keys=ON"):
                connection.execute(f"PRAGMA {pragma}")
            return connection
        import psycopg  # only needed against PostgreSQL

        return psycopg.connect(self.target, autocommit=True)

    def sql(self, text: str) -> str:
        """One SQL text for both drivers: written with ?, psycopg wants %s."""
        return text if self.dialect == "sqlite" else text.replace("?", "%s")

    def value(self, moment: date | datetime) -> Any:
        """A date or time as the app stores it: SQLAlchemy's text form on SQLite."""
        if self.dialect != "sqlite":
            return moment
        if isinstance(moment, datetime):
            return moment.isoformat(" ", "microseconds")
        return moment.isoformat()


# -- the cached SQLite shop -------------------------------------------------------------------
def cache_dir() -> Path:
    return platformdirs.user_cache_path("TokoCRM", appauthor=False) / "bench"


def cached_path(size: ShopSize) -> Path:
    """Keyed by everything that shapes the shop: its size and seed, the schema version, and
    the generator's code (a change to how the sample shop buys, earns or spends points, or
    to how it is written, makes a new shop)."""
    name = (f"shop-{size.members}m-{size.months}mo-seed{size.seed}"
            f"-schema{migrate.head_revision()}-gen{_generator_digest()}.db")
    return cache_dir() / name


def _generator_digest() -> str:
    digest = hashlib.sha256()
    for module in (demo_shop, demo_points, loyalty, demo):
        digest.update(Path(module.__file__ or "").read_bytes())
    return digest.hexdigest()[:8]


@contextmanager
def sqlite_shop(size: ShopSize) -> Iterator[Shop]:
    """A working copy of the cached shop (built first if missing), deleted afterwards."""
    _remove_leftovers()
    master, built = cached_shop(size)
    work = cache_dir() / f"run-{os.getpid()}.db"
    _copy_synced(master, work)
    try:
        members, purchases, _ = _counts(f"sqlite:///{work}")
        state = "built now" if built else "cached"
        yield Shop(url=f"sqlite:///{work}", raw=RawDb("sqlite", str(work)), members=members,
                   purchases=purchases, description=f"SQLite, copy of {master} ({state})")
    finally:
        _remove_sqlite(work)


def cached_shop(size: ShopSize) -> tuple[Path, bool]:
    """The cached shop file and whether it was built by this call. It is built under a
    temporary name and renamed when complete, so an interrupted build is never reused."""
    path = cached_path(size)
    if path.exists():
        return path, False
    path.parent.mkdir(parents=True, exist_ok=True)
    building = path.with_name(f"{path.stem}.building-{os.getpid()}.db")
    _remove_sqlite(building)
    try:
        services = open_services(f"sqlite:///{building}")
        try:
            _build(services.engine, size)
        finally:
            services.close()  # the last connection closing folds the WAL into the file
        _sync(building)  # else the kernel writes 400 MB back while the first cases are timed
        os.replace(building, path)
    finally:
        _remove_sqlite(building)
    return path, True


def _copy_synced(source: Path, target: Path) -> None:
    _remove_sqlite(target)
    shutil.copyfile(source, target)
    _sync(target)


def _sync(path: Path) -> None:
    """Wait until the file is on disk, so no write-back competes with the timed runs."""
    with path.open("rb+") as file:
        os.fsync(file.fileno())


def _remove_leftovers() -> None:
    """Working copies and half-built shops of runs that were killed (a normal end, an error
    or Ctrl+C removes its own). A run takes minutes, so a day-old one is surely dead."""
    now = time.time()
    for pattern in ("run-*.db", "*.building-*.db"):
        for path in cache_dir().glob(pattern):
            if now - path.stat().st_mtime > LEFTOVER_SECONDS:
                _remove_sqlite(path)


def _remove_sqlite(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


# -- a shop in a database given with --db -------------------------------------------------------
@contextmanager
def given_shop(url: str, size: ShopSize) -> Iterator[Shop]:
    services = open_services(url)  # creates the schema in an empty database
    try:
        with services.engine.connect() as connection:
            existing = connection.scalar(select(func.count()).select_from(Member)) or 0
            if existing and not holds_sample_shop(connection, size):
                raise ShopRefused(
                    f"{services.database.location} holds {existing} members but not the sample "
                    f"shop of {size.members} members, {size.months} months, seed {size.seed}; "
                    "give an empty database")
        built = not existing
        if built:
            _build(services.engine, size)
    finally:
        services.close()
    members, purchases, version = _counts(url)
    parsed = make_url(url)
    dialect = parsed.get_backend_name()
    target = (parsed.database or "" if dialect == "sqlite"
              else parsed.set(drivername="postgresql").render_as_string(hide_password=False))
    state = "built now" if built else "reused"
    where = f"{parsed.render_as_string(hide_password=True)} ({state}{version})"
    yield Shop(url=url, raw=RawDb(dialect, target), members=members, purchases=purchases,
               description=where)


def holds_sample_shop(connection: Connection, size: ShopSize) -> bool:
    """Whether the database is the untouched sample shop of `size`: the member count, nothing
    recorded but the generated purchases, the first member the seed gives, and members who
    joined over the right number of months."""
    members = connection.scalar(select(func.count()).select_from(Member)) or 0
    if members != size.members:
        return False
    foreign = select(Purchase.id).where(Purchase.till != TILL).limit(1)
    if connection.scalar(foreign) is not None:
        return False
    first = connection.execute(select(Member.name, Member.phone).order_by(Member.id)
                               .limit(1)).one()
    # The first member's name and phone depend on the seed only, not on the day it was built.
    expected = next(sample_shop(size.members, size.months, size.seed, date.today()))
    if tuple(first) != (expected.name, expected.phone):
        return False
    low, high = connection.execute(select(func.min(Member.joined_on),
                                          func.max(Member.joined_on))).one()
    span = (high - low).days
    slack = 3 + 2 * size.months * DAYS_PER_MONTH / size.members  # small shops end early
    return abs(span - round(size.months * DAYS_PER_MONTH)) <= slack


# -- shared -------------------------------------------------------------------------------------
def _build(engine: Any, size: ShopSize) -> None:
    started = time.monotonic()
    live = sys.stderr.isatty()
    printed = [0]  # tenths of the way already logged

    def progress(done: int, total: int) -> None:
        # A live counter on a terminal; in a log, a line every tenth of the way.
        if live:
            print(f"\rbuilding the sample shop: {done:,}/{total:,} members", end="",
                  file=sys.stderr, flush=True)
        elif done * 10 // total > printed[0]:
            printed[0] = done * 10 // total
            print(f"building the sample shop: {done:,}/{total:,} members", file=sys.stderr)

    # The shop ends at closing time yesterday. The generator's one random stream depends on
    # where its last day is cut off, so the demo's default end ("now") would make every build
    # differ; a whole day makes builds on one day identical, and nothing is in the future.
    yesterday = date.today() - timedelta(days=1)
    summary = create_demo_shop(engine, BUILDER, members=size.members, months=size.months,
                               seed=size.seed, today=yesterday, progress=progress)
    print(f"{chr(13) if live else ''}built the sample shop: {summary.members:,} members, "
          f"{summary.purchases:,} purchases in {time.monotonic() - started:.0f} s",
          file=sys.stderr)


def _counts(url: str) -> tuple[int, int, str]:
    """Members, purchases, and the server's version where there is a server."""
    services = open_services(url)
    try:
        with services.engine.connect() as connection:
            members = connection.scalar(select(func.count()).select_from(Member)) or 0
            purchases = connection.scalar(select(func.count()).select_from(Purchase)) or 0
            version = ""
            if connection.dialect.name == "postgresql":
                server = connection.exec_driver_sql("SHOW server_version").scalar()
                version = f", PostgreSQL {server}"
        return members, purchases, version
    finally:
        services.close()
