"""Excel import of a whole member list (issue #6), into an empty database of our schema (not the
sample shop: an import of this size is how a shop starts).

The file is generated once per run from the sample shop's active members, the way a shop's own
list looks: `Kode Member | Nama | No. HP | Email | Tanggal Lahir | Jenis Kelamin | Alamat |
Tanggal Daftar | Poin`, phones as numbers Excel made of them (81234567890), as `0812…` text or
as `+62 …` with spaces, birthdays as date cells or `dd/mm/yyyy` text, points as numbers.

Ours is what `tokocrm import members FILE` does: io.imports.import_file (calamine read, table
found, columns mapped, every cell cleaned, duplicates checked within the file and with the
database, the plan made in a read-only transaction) and the writing of every member and its
opening balance in one transaction. The baseline is python-calamine reading the same sheet into
Python lists plus a raw executemany of the same member and ledger rows, prepared beforehand, in
one transaction; on SQLite it fills the FTS5 name index in one statement after the rows, as
ours does (through the insert trigger it would take five times as long). So the ratio is what
reading cells into fields and checking them costs beside reading and writing alone. Each run of
either side starts from a fresh empty database (a copy of an empty one, made off the clock).

Peak memory is ours alone: the peak resident set size of a separate `tokocrm import members`
process into an empty database, interpreter and imports included (VmHWM on Linux)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from python_calamine import CalamineWorkbook

from benchmarks.cases import Context, Measurement, case
from benchmarks.shop import RawDb
from benchmarks.timing import Stats, measure_pair
from tokocrm.domain.loyalty import add_months
from tokocrm.domain.roles import Role
from tokocrm.io.imports import ImportRequest, import_file
from tokocrm.services.actor import Actor
from tokocrm.services.clock import local_now
from tokocrm.services.container import Services, open_services

BOOKKEEPER = Actor(username="bench", role=Role.BOOKKEEPER, till="bench")
RATIO_TARGET, MEMORY_TARGET_MB = 3.0, 400
MAX_TIMED_RUNS = 3  # a run imports the whole list: about 8 s at 100,000 members
HEADERS = ("Kode Member", "Nama", "No. HP", "Email", "Tanggal Lahir", "Jenis Kelamin", "Alamat",
           "Tanggal Daftar", "Poin")
MEMBERS_SQL = """
SELECT m.card, m.name, m.phone, m.email, m.birthday, m.gender, m.address, m.joined_on,
       COALESCE((SELECT SUM(p.points) FROM points_entry p WHERE p.member_id = m.id), 0)
FROM member m WHERE m.status = 'active' ORDER BY m.id"""
MEMBER_INSERT = (
    "INSERT INTO member (card, name, phone, email, birthday, gender, address, joined_on, "
    "marketing_consent, status, created_at, updated_at, version) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'active', ?, ?, 1)")
LOT_INSERT = ("INSERT INTO points_entry (member_id, points, kind, reason, expires_on, "
              "created_by, created_at) VALUES (?, ?, 'import', 'opening balance', ?, ?, ?)")
FTS_TRIGGER = "member_name_fts_insert"
CHILD = """
import json, resource, sys
from tokocrm.cli import main
code = main(["--db", sys.argv[1], "--json", "import", "members", sys.argv[2]])
try:  # Linux: this process's own peak (ru_maxrss would count the parent it was forked from)
    with open("/proc/self/status") as status:
        peak = next(int(line.split()[1]) for line in status if line.startswith("VmHWM:"))
except OSError:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024  # macOS: bytes
print(json.dumps({"code": code, "peak_kib": peak}))
"""


@dataclass(frozen=True)
class ShopMember:
    card: str
    name: str
    phone: str  # E.164
    email: str | None
    birthday: date | None
    gender: str | None
    address: str | None
    joined_on: date
    points: int


@case("import members")
def import_members(ctx: Context) -> list[Measurement]:
    members = _shop_members(ctx.raw)
    timed = min(ctx.plan.slow, MAX_TIMED_RUNS)
    warmup = min(ctx.plan.slow_warmup, 1)
    with tempfile.TemporaryDirectory(prefix="tokocrm-bench-import-") as name:
        folder = Path(name)
        path = _write_member_file(folder / "members.xlsx", members)
        with _empty_databases(ctx, folder) as empty:
            raw = _RawImport(path, members)
            ours_inputs = _opened(empty(timed + warmup, "ours"))
            raw_inputs = (target for target in empty(timed + warmup, "raw", raw=True))
            ours, baseline = measure_pair(lambda services: _ours(services, path, len(members)),
                                          raw, ours_inputs, raw_inputs, warmup)
            peak_mb = _peak_memory_mb(next(empty(1, "child")), path, folder)
    ratio = ours.median / baseline.median
    what = f"{len(members):,} members x {len(HEADERS)} columns from .xlsx"
    measurements = [Measurement(
        case="import members", ours=ours, baseline=baseline,
        notes=f"{what} into an empty database, {timed} timed runs; ratio {ratio:.2f}, target "
              f"<= {RATIO_TARGET}: {'met' if ratio <= RATIO_TARGET else 'MISSED'}")]
    if peak_mb is not None:
        measurements.append(Measurement(
            case="import members peak memory", unit="MB",
            ours=Stats(median=peak_mb, p95=peak_mb, runs=1),
            notes=f"peak RSS of a `tokocrm import members` process, {what}; target < "
                  f"{MEMORY_TARGET_MB} MB: {'met' if peak_mb < MEMORY_TARGET_MB else 'MISSED'}"))
    return measurements


# -- the file ---------------------------------------------------------------------------------
def _shop_members(raw: RawDb) -> list[ShopMember]:
    connection = raw.connect()
    try:
        rows = connection.execute(MEMBERS_SQL).fetchall()
    finally:
        connection.close()
    return [ShopMember(card, name, phone, email, _day(birthday), gender, address,
                       _day(joined_on), max(int(points), 0))  # a debt is not a balance
            for card, name, phone, email, birthday, gender, address, joined_on, points in rows]


def _day(value: Any) -> Any:
    """A date as the shop stores it: text on SQLite, a date on PostgreSQL."""
    return date.fromisoformat(value) if isinstance(value, str) else value


def _write_member_file(path: Path, members: list[ShopMember]) -> Path:
    book = Workbook(write_only=True)
    sheet = book.create_sheet("Member")
    sheet.append(HEADERS)
    for i, m in enumerate(members):
        national = m.phone[3:]  # +62 812... -> 812...
        phone: Any = (int(national) if i % 3 == 0 else "0" + national if i % 3 == 1
                      else f"+62 {national[:3]} {national[3:7]} {national[7:]}")
        birthday: Any = m.birthday
        if birthday is not None and i % 2:
            birthday = birthday.strftime("%d/%m/%Y")
        gender = {"female": "P", "male": "L"}.get(m.gender or "")
        sheet.append([m.card, m.name, phone, m.email, birthday, gender, m.address, m.joined_on,
                      m.points])
    book.save(path)
    return path


# -- both sides ---------------------------------------------------------------------------------
def _ours(services: Services, path: Path, expected: int) -> None:
    done = import_file(services, BOOKKEEPER, ImportRequest(path))
    if done.result.created != expected:
        rejected = [o for o in done.result.outcomes if o.action != "created"][:3]
        raise RuntimeError(f"import members: ours created {done.result.created} of {expected} "
                           f"members: {[(o.row, o.reason()) for o in rejected]}")


class _RawImport:
    """calamine's read of the sheet, then the same rows written with the DB-API alone."""

    def __init__(self, path: Path, members: list[ShopMember]) -> None:
        self.path, self.members = path, members

    def __call__(self, target: RawDb) -> None:
        book = CalamineWorkbook.from_path(str(self.path))
        cells = book.get_sheet_by_name("Member").to_python()
        if len(cells) != len(self.members) + 1:
            raise RuntimeError(f"import members: calamine read {len(cells)} rows")
        now = target.value(local_now())
        members = [(m.card, m.name, m.phone, m.email, _value(target, m.birthday), m.gender,
                    m.address, target.value(m.joined_on), False, now, now)
                   for m in self.members]
        connection = target.connect()
        try:
            self._write(connection, target, members, now)
        finally:
            connection.close()

    def _write(self, connection: Any, target: RawDb, members: list[tuple], now: Any) -> None:
        sqlite = target.dialect == "sqlite"
        cursor = connection.cursor()
        cursor.execute("BEGIN IMMEDIATE" if sqlite else "BEGIN")
        trigger = None
        if sqlite:
            trigger = cursor.execute("SELECT sql FROM sqlite_master WHERE name = ?",
                                     (FTS_TRIGGER,)).fetchone()[0]
            cursor.execute(f"DROP TRIGGER {FTS_TRIGGER}")
        cursor.executemany(target.sql(MEMBER_INSERT), members)
        cursor.execute(target.sql("SELECT card, id FROM member"))
        ids = dict(cursor.fetchall())
        expires = target.value(add_months(local_now().date(), 12))
        lots = [(ids[m.card], m.points, expires, "bench", now)
                for m in self.members if m.points]
        cursor.executemany(target.sql(LOT_INSERT), lots)
        if sqlite:
            cursor.execute("INSERT INTO member_name_fts(rowid, name) SELECT id, name FROM member")
            cursor.execute(trigger)
        cursor.execute("COMMIT")


def _value(target: RawDb, day: date | None) -> Any:
    return None if day is None else target.value(day)


def _opened(urls: Iterator[str]) -> Iterator[Services]:
    """Services on each database, closed once its run is over."""
    for url in urls:
        services = open_services(url)
        try:
            yield services
        finally:
            services.close()


# -- empty databases ----------------------------------------------------------------------------
@contextmanager
def _empty_databases(ctx: Context, folder: Path) -> Iterator[Any]:
    """`empty(count, side)` yields `count` fresh empty databases of our schema, one at a
    time (each made when the previous run is over, off the clock): URLs, or RawDb's with
    `raw=True`. SQLite: copies of one empty file. PostgreSQL: one database beside the
    shop's for each side, emptied before each run."""
    if ctx.raw.dialect == "sqlite":
        template = folder / "empty.db"
        open_services(f"sqlite:///{template}").close()

        def sqlite_copies(count: int, side: str, raw: bool = False) -> Iterator[Any]:
            for i in range(count):
                copy = folder / f"{side}-{i}.db"
                shutil.copyfile(template, copy)
                yield RawDb("sqlite", str(copy)) if raw else f"sqlite:///{copy}"
                for suffix in ("", "-wal", "-shm"):
                    Path(f"{copy}{suffix}").unlink(missing_ok=True)

        yield sqlite_copies
        return
    with _postgres_twins(ctx) as twin:
        def emptied(count: int, side: str, raw: bool = False) -> Iterator[Any]:
            url, raw_db = twin(side)
            for _ in range(count):
                _empty_postgres(raw_db)
                yield raw_db if raw else url

        yield emptied


@contextmanager
def _postgres_twins(ctx: Context) -> Iterator[Any]:
    """`twin(side)`: a database beside the shop's with our schema, one per side (both sides'
    next databases are made before either runs), all dropped afterwards."""
    url = ctx.services.engine.url
    admin = ctx.raw.connect()
    made: dict[str, tuple[str, RawDb]] = {}

    def twin(side: str) -> tuple[str, RawDb]:
        if side not in made:
            name = f"{url.database}_import_{side}"
            admin.execute(f'DROP DATABASE IF EXISTS "{name}"')
            admin.execute(f'CREATE DATABASE "{name}"')
            target = url.set(database=name)
            open_services(target).close()
            conninfo = target.set(drivername="postgresql").render_as_string(hide_password=False)
            made[side] = (target.render_as_string(hide_password=False),
                          RawDb("postgresql", conninfo))
        return made[side]

    try:
        yield twin
    finally:
        for side in made:
            admin.execute(f'DROP DATABASE IF EXISTS "{url.database}_import_{side}" WITH (FORCE)')
        admin.close()


def _empty_postgres(raw_db: RawDb) -> None:
    connection = raw_db.connect()
    try:
        connection.execute("TRUNCATE points_allocation, points_entry, member RESTART IDENTITY "
                           "CASCADE")
        connection.execute("DELETE FROM shop_setting WHERE key LIKE 'import_mapping:%' "
                           "OR key LIKE 'card_next_sequence%'")
    finally:
        connection.close()


# -- memory -----------------------------------------------------------------------------------
def _peak_memory_mb(url: str, path: Path, folder: Path) -> float | None:
    """Peak RSS of a fresh `tokocrm import members` process; None on Windows."""
    if sys.platform == "win32":
        return None
    env = {**os.environ, "XDG_STATE_HOME": str(folder / "state"),
           "XDG_DATA_HOME": str(folder / "data"), "XDG_CONFIG_HOME": str(folder / "config")}
    done = subprocess.run([sys.executable, "-c", CHILD, url, str(path)], capture_output=True,
                          text=True, env=env, check=False, timeout=3600)
    lines = done.stdout.strip().splitlines()
    report = json.loads(lines[-1]) if lines else {}
    if done.returncode != 0 or report.get("code") != 0:
        raise RuntimeError(f"import members (memory): the child failed: {done.stderr[-2000:]}")
    return report["peak_kib"] / 1024

