"""Backups of a shop's SQLite file, their rotation, restoring one, and the health check.

Backup and restore copy an SQLite file (SQLite's online backup API), so their tests run on
SQLite files only; PostgreSQL is refused with a pointer to pg_dump (here and in
tests/cli/test_backup_cli.py) and the daily backup leaves it alone. The health check runs on
both engines.
"""

from __future__ import annotations

import hashlib
import multiprocessing
import sqlite3
import time
import traceback
from datetime import datetime

import pytest
from sqlalchemy import text

from tests.factories import make_member, make_purchase
from tokocrm.db import health, migrate
from tokocrm.db.engine import make_engine
from tokocrm.domain.errors import BackupUnsupported, PermissionDenied, RestoreRefused
from tokocrm.domain.roles import Role
from tokocrm.services import backups
from tokocrm.services.actor import BUILTIN_OWNER, Actor
from tokocrm.services.container import open_services
from tokocrm.services.dto import PurchaseInput

OWNER = BUILTIN_OWNER  # who asks for the backups and restores here

ROWS = {
    "member": "SELECT id, card, name, phone, status FROM member ORDER BY id",
    "purchase": "SELECT id, member_id, amount, discount, receipt, voided_at FROM purchase "
                "ORDER BY id",
    "points_entry": "SELECT id, member_id, points, kind FROM points_entry ORDER BY id",
    "points_allocation": "SELECT debit_id, lot_id, points FROM points_allocation "
                         "ORDER BY debit_id, lot_id",
}


def digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def rows(url: str) -> dict[str, list[tuple]]:
    engine = make_engine(url)
    with engine.connect() as connection:
        found = {name: [tuple(row) for row in connection.execute(text(query))]
                 for name, query in ROWS.items()}
    engine.dispose()
    return found


def is_healthy(url: str) -> list[str]:
    services = open_services(url)
    try:
        return health.check(services.engine)
    finally:
        services.close()


def fill_shop(services) -> None:
    """Members, purchases, points spent from lots, and a void that takes points back."""
    siti, budi = make_member(services, "Siti"), make_member(services, "Budi")
    for amount in (120_000, 80_000, 55_000):
        make_purchase(services, siti, amount)
    make_purchase(services, budi, 300_000, receipt="R-1")
    services.loyalty.adjust(BUILTIN_OWNER, siti.id, -10, "koreksi")
    services.purchases.record(BUILTIN_OWNER, PurchaseInput(member_id=budi.id, amount=40_000,
                                                           pay_points=5))
    services.purchases.void(BUILTIN_OWNER, make_purchase(services, budi, 90_000).id, "salah")


@pytest.fixture
def shop_file(tmp_path):
    path = tmp_path / "shop.db"
    services = open_services(f"sqlite:///{path}")
    fill_shop(services)
    services.close()
    return path


# -- backup and restore ------------------------------------------------------------------------
def test_backup_restores_to_the_same_rows_and_passes_check(shop_file, tmp_path):
    url = f"sqlite:///{shop_file}"
    saved = rows(url)
    assert saved["purchase"] and saved["points_allocation"]
    written = backups.backup(url, tmp_path / "backups", now=datetime(2026, 3, 10, 18, 30, 5),
                             actor=OWNER)
    assert written == tmp_path / "backups" / "tokocrm-20260310-183005.db"
    assert not list(written.parent.glob("*.part")) and not list(written.parent.glob("*-wal"))

    services = open_services(url)  # the shop goes on selling after the backup
    make_purchase(services, make_member(services, "Rina"), 75_000)
    services.close()
    assert rows(url) != saved

    done = backups.restore(written, url, backups=tmp_path / "before-restore", actor=OWNER)
    assert done.restored_from == written
    assert done.previous_saved_as is not None and done.previous_saved_as.parent.name == (
        "before-restore")
    assert rows(url) == saved
    assert is_healthy(url) == []
    # the database it replaced is kept whole, with the purchase made after the backup
    assert len(rows(f"sqlite:///{done.previous_saved_as}")["purchase"]) == len(
        saved["purchase"]) + 1


def test_backup_to_a_file_and_to_the_default_folder(shop_file, tmp_path):
    chosen = backups.backup(shop_file, tmp_path / "copy.db", actor=OWNER)
    assert chosen == tmp_path / "copy.db" and rows(f"sqlite:///{chosen}") == rows(
        f"sqlite:///{shop_file}")
    first = backups.backup(str(shop_file), now=datetime(2026, 3, 10, 9, 0, 0), actor=OWNER)
    second = backups.backup(str(shop_file), now=datetime(2026, 3, 10, 9, 0, 0), actor=OWNER)
    assert first.parent == second.parent == backups.config.backup_dir()
    assert (first.name, second.name) == ("tokocrm-20260310-090000.db",
                                         "tokocrm-20260310-090001.db")


def test_postgresql_and_memory_databases_are_refused():
    with pytest.raises(BackupUnsupported, match="pg_dump"):
        backups.backup("postgresql://owner@localhost/shop", actor=OWNER)
    with pytest.raises(BackupUnsupported, match="pg_dump"):
        backups.restore(__file__, "postgresql://owner@localhost/shop", actor=OWNER)
    with pytest.raises(BackupUnsupported):
        backups.backup("sqlite://", actor=OWNER)


def _writer(url: str, written, stop) -> None:
    """Another till: records purchases R00001, R00002, ... one transaction each, until told
    to stop; `written` counts the committed ones (-1: it failed, the error is printed)."""
    services = None
    try:
        services = open_services(url)
        member = make_member(services, "Pelanggan Setia")
        while not stop.is_set():
            receipt = f"R{written.value + 1:05d}"
            services.purchases.record(BUILTIN_OWNER, PurchaseInput(
                member_id=member.id, amount=10_000 + written.value, receipt=receipt))
            written.value += 1
    except BaseException:
        traceback.print_exc()
        written.value = -1
    finally:
        if services is not None:
            services.close()


def _wait_for(written, count: int) -> None:
    deadline = time.monotonic() + 60
    while written.value < count:
        assert written.value >= 0, "the writing process failed (see its output)"
        assert time.monotonic() < deadline, f"the writer made only {written.value} purchases"
        time.sleep(0.01)


def test_backup_while_another_process_writes_is_a_consistent_prefix(tmp_path):
    url = f"sqlite:///{tmp_path / 'shop.db'}"
    open_services(url).close()
    context = multiprocessing.get_context("spawn")
    written, stop = context.Value("i", 0), context.Event()
    process = context.Process(target=_writer, args=(url, written, stop), daemon=True)
    process.start()
    try:
        _wait_for(written, 20)
        copies = [backups.backup(url, tmp_path / "backups", actor=OWNER) for _ in range(3)]
        after = written.value
        _wait_for(written, after + 10)  # still writing after the backups
    finally:
        stop.set()
        process.join(30)
        if process.is_alive():
            process.kill()
    assert written.value > 0
    total = written.value
    for number, copy in enumerate(copies):
        restored = f"sqlite:///{tmp_path / f'restored-{number}.db'}"
        backups.restore(copy, restored, actor=OWNER)
        assert is_healthy(restored) == []
        receipts = [row[4] for row in rows(restored)["purchase"]]
        assert 20 <= len(receipts) < total
        assert receipts == [f"R{n:05d}" for n in range(1, len(receipts) + 1)]


# -- restore refuses a bad file and leaves the database as it was ------------------------------
def _foreign(path) -> None:
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY)")


def _newer(path) -> None:
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE alembic_version (version_num VARCHAR(32))")
        connection.execute("INSERT INTO alembic_version VALUES ('9999')")


@pytest.mark.parametrize(("make", "reason"), [
    (lambda path: path.write_text("name,phone\nSiti,0812\n"), "not an SQLite database"),
    (lambda path: path.write_bytes(b""), "not an SQLite database"),
    (lambda path: path.write_bytes(b"SQLite format 3\x00" + b"\xff" * 4000), "cannot be read"),
    (_foreign, "not a TokoCRM database"),
    (_newer, "newer TokoCRM"),
], ids=["text", "empty", "damaged", "foreign", "newer"])
def test_restore_refuses_a_bad_file_and_leaves_the_database_untouched(
        shop_file, tmp_path, make, reason):
    bad = tmp_path / "elsewhere" / "backup.db"
    bad.parent.mkdir()
    make(bad)
    before = digest(shop_file)
    files = sorted(p.name for p in shop_file.parent.iterdir())
    with pytest.raises(RestoreRefused, match=reason) as refused:
        backups.restore(bad, f"sqlite:///{shop_file}", backups=tmp_path / "kept", actor=OWNER)
    assert str(refused.value).count("\n") == 0 and "unchanged" in str(refused.value)
    assert digest(shop_file) == before
    assert sorted(p.name for p in shop_file.parent.iterdir()) == files
    assert not (tmp_path / "kept").exists()


def test_restore_of_an_older_schema_backup_is_upgraded_when_opened(tmp_path, shop_file):
    old = tmp_path / "old.db"
    engine = make_engine(f"sqlite:///{old}")
    with engine.begin() as connection:
        migrate.upgrade(connection, "0005")
    engine.dispose()
    backups.restore(old, f"sqlite:///{shop_file}", backups=tmp_path / "kept", actor=OWNER)
    services = open_services(f"sqlite:///{shop_file}")
    assert services.database.upgraded_from == "0005"
    services.close()


# -- rotation ----------------------------------------------------------------------------------
def test_prune_keeps_the_newest_of_each_recent_day_and_month(tmp_path):
    kept = [
        "tokocrm-20260311-000000.db",  # in the future (a clock set wrong): never deleted
        "tokocrm-20260310-110000.db",  # today's newest
        "tokocrm-20260309-235959.db",  # yesterday's newest
        "tokocrm-20260225-100000.db",  # the 14th day back
        "tokocrm-20260131-080000.db",  # January's newest
        "tokocrm-20250415-000000.db",  # April 2025's newest: the 12th month back
    ]
    deleted = [
        "tokocrm-20260310-090000.db",
        "tokocrm-20260309-080000.db",
        "tokocrm-20260224-100000.db",  # 15 days back, and not February's newest
        "tokocrm-20260101-080000.db",
        "tokocrm-20250401-000000.db",
        "tokocrm-20250331-235959.db",  # 13 months back
        "tokocrm-20190101-000000.db",
    ]
    others = ["notes.txt", "tokocrm-20200101-000000.db.part", "other-20200101-000000.db",
              "tokocrm-20201399-000000.db", "tokocrm-20200101-000000.db.bak"]
    for name in kept + deleted + others:
        (tmp_path / name).write_bytes(b"x")
    gone = backups.prune(tmp_path, now=datetime(2026, 3, 10, 12, 0))
    assert sorted(p.name for p in gone) == sorted(deleted)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(kept + others)
    assert backups.prune(tmp_path, now=datetime(2026, 3, 10, 12, 0)) == []


def test_prune_never_deletes_the_last_backup(tmp_path):
    for name in ("tokocrm-20190101-000000.db", "tokocrm-20190102-000000.db"):
        (tmp_path / name).write_bytes(b"x")
    backups.prune(tmp_path, now=datetime(2026, 3, 10, 12, 0))
    assert [p.name for p in tmp_path.iterdir()] == ["tokocrm-20190102-000000.db"]


# -- the health check --------------------------------------------------------------------------
def test_a_clean_shop_passes_check(services):
    fill_shop(services)
    assert health.check(services.engine) == []


def _over_allocate(connection) -> tuple[int, int]:
    """A new debit of 1 point covered by 1000 points of an existing lot."""
    lot_id, member_id, _points = connection.execute(text(
        "SELECT id, member_id, points FROM points_entry WHERE points > 0 ORDER BY id")).first()
    connection.execute(text(
        "INSERT INTO points_entry (member_id, points, kind, created_by, created_at) "
        "VALUES (:m, -1, 'adjust', 'test', '2026-03-10 10:00:00')"), {"m": member_id})
    debit_id = connection.execute(text("SELECT max(id) FROM points_entry")).scalar()
    connection.execute(text(
        "INSERT INTO points_allocation (debit_id, lot_id, points) VALUES (:d, :l, 1000)"),
        {"d": debit_id, "l": lot_id})
    return debit_id, lot_id


def test_check_reports_an_over_allocated_ledger(services):
    fill_shop(services)
    with services.engine.begin() as connection:
        debit_id, lot_id = _over_allocate(connection)
    problems = health.check(services.engine)
    assert len(problems) == 2, problems
    assert problems[0].startswith(f"points_entry {lot_id} (a lot of ")
    assert problems[0].endswith("points taken from it in points_allocation")
    assert problems[1] == (f"points_entry {debit_id} (a debit of 1 points) is covered by "
                           "1000 points in points_allocation")


def _break_the_rules(services) -> None:
    """What a damaged or hand-edited database can hold: an allocation naming ledger entries
    that do not exist, and a purchase of 0 Rupiah. An SQLite connection may turn its checks
    off; on PostgreSQL the replication role skips foreign keys, and a row breaks a CHECK only
    once the constraint is gone (a dump restored without it)."""
    engine = services.engine
    if engine.dialect.name == "sqlite":
        with sqlite3.connect(engine.url.database) as connection:
            connection.execute("PRAGMA foreign_keys=OFF")
            connection.execute("PRAGMA ignore_check_constraints=ON")
            connection.execute("INSERT INTO points_allocation VALUES (99998, 99999, 5)")
            connection.execute("UPDATE purchase SET amount = 0, discount = 0 WHERE id = 1")
        return
    with engine.begin() as connection:
        connection.execute(text("SET LOCAL session_replication_role = replica"))
        connection.execute(text("ALTER TABLE purchase DROP CONSTRAINT ck_purchase_amounts"))
        connection.execute(text("INSERT INTO points_allocation VALUES (99998, 99999, 5)"))
        connection.execute(text("UPDATE purchase SET amount = 0, discount = 0 WHERE id = 1"))


def test_check_reports_broken_references_and_rows_past_their_checks(services):
    fill_shop(services)
    _break_the_rules(services)
    problems = health.check(services.engine)
    ours = [("points_allocation (debit 99998, lot 99999) names a points_entry that does not "
             "exist"),
            ("purchase 1 has amount 0 and discount 0 (neither may be negative, and together "
             "they must be more than 0)")]
    if services.engine.dialect.name == "sqlite":  # the file's own checks come first
        rules, *references = problems[:-2]
        assert rules == "a row breaks a rule of its table (CHECK constraint failed in purchase)"
        assert references and all(
            line.startswith("points_allocation row ")
            and line.endswith(" points to a row of points_entry that does not exist")
            for line in references)
        problems = problems[-2:]
    assert problems == ours


def test_the_daily_backup_is_made_once_a_day_and_thins_the_folder(tmp_path):
    shop = tmp_path / "toko.db"
    open_services(f"sqlite:///{shop}").close()
    folder = tmp_path / "backups"
    morning = datetime(2026, 11, 23, 8, 0)
    first = backups.daily_backup(f"sqlite:///{shop}", folder, now=morning)
    assert first is not None and first.parent == folder
    assert backups.daily_backup(f"sqlite:///{shop}", folder,
                                now=morning.replace(hour=17)) is None  # once a day
    tomorrow = backups.daily_backup(f"sqlite:///{shop}", folder, now=morning.replace(day=24))
    assert tomorrow is not None and sorted(folder.iterdir()) == [first, tomorrow]


def test_the_daily_backup_leaves_postgresql_and_memory_alone(tmp_path):
    folder = tmp_path / "backups"
    assert backups.daily_backup("postgresql+psycopg://x@localhost/toko", folder) is None
    assert backups.daily_backup("sqlite://", folder) is None
    assert not folder.exists()


def test_only_the_owner_chooses_the_backup_folder(services, tmp_path):
    assert backups.chosen_folder(services.settings, OWNER) == backups.config.backup_dir()
    with pytest.raises(PermissionDenied):
        backups.choose_folder(services.settings, Actor("ani", Role.CASHIER), tmp_path)
    chosen = backups.choose_folder(services.settings, OWNER, tmp_path / "usb")
    assert chosen == tmp_path / "usb" and backups.chosen_folder(services.settings, OWNER) == chosen
