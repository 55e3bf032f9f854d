"""Opening a database: a new file is ready to use; anything else is refused untouched.

Most of these are about files, so SQLite only: the pragmas of a new file, files that are not a
shop (text, damaged, another program's, a folder), SQLite's write lock (busy timeout, BEGIN
IMMEDIATE) and the copy kept before an upgrade. The tests taking `db_url` run on PostgreSQL
too: a newer shop, another program's database, and an upgrade that fails. Two tills writing
at once on PostgreSQL: tests/services/test_two_tills.py.
"""

from __future__ import annotations

import hashlib
import sqlite3
import threading
import time

import pytest
from sqlalchemy import inspect, text

from tokocrm.db import migrate
from tokocrm.db.engine import make_engine
from tokocrm.db.opening import open_database
from tokocrm.domain.errors import (
    DatabaseTooNew,
    DatabaseUnreachable,
    DatabaseUnreadable,
    ForeignDatabase,
    NotADatabase,
    UpgradeBackupFailed,
)
from tokocrm.services.actor import BUILTIN_OWNER
from tokocrm.services.container import open_services
from tokocrm.services.dto import MemberInput


def digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_new_sqlite_file_is_created_migrated_and_tuned(tmp_path):
    path = tmp_path / "shop.db"
    engine, info = open_database(f"sqlite:///{path}")
    assert path.exists() and info.created and info.location == str(path)
    assert info.revision == migrate.head_revision()
    with engine.connect() as connection:
        pragma = {name: connection.exec_driver_sql(f"PRAGMA {name}").scalar()
                  for name in ("journal_mode", "foreign_keys", "synchronous", "busy_timeout")}
    engine.dispose()
    assert pragma == {"journal_mode": "wal", "foreign_keys": 1, "synchronous": 2,
                      "busy_timeout": 15_000}


def test_text_file_is_refused_and_left_untouched(tmp_path):
    path = tmp_path / "members.csv"
    path.write_text("name,phone\nSiti,0812\n")
    before = digest(path)
    with pytest.raises(NotADatabase, match=r"members\.csv"):
        open_database(f"sqlite:///{path}")
    assert digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["members.csv"]


def test_damaged_sqlite_file_is_refused_and_left_untouched(tmp_path):
    path = tmp_path / "shop.db"
    path.write_bytes(b"SQLite format 3\x00" + b"\xff" * 4000)
    before = digest(path)
    with pytest.raises(DatabaseUnreadable, match=r"shop\.db"):
        open_database(f"sqlite:///{path}")
    assert digest(path) == before


def test_foreign_sqlite_database_is_refused_and_left_untouched(tmp_path):
    path = tmp_path / "other-app.db"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY)")
    before = digest(path)
    with pytest.raises(ForeignDatabase):
        open_database(f"sqlite:///{path}")
    assert digest(path) == before


def test_a_database_of_another_program_is_refused_and_left_untouched(db_url):
    engine = make_engine(db_url)
    with engine.begin() as connection:
        connection.execute(text("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total INTEGER)"))
        connection.execute(text("INSERT INTO invoices VALUES (1, 500)"))
    with pytest.raises(ForeignDatabase):
        open_database(db_url)
    with engine.connect() as connection:
        assert inspect(connection).get_table_names() == ["invoices"]
        assert connection.execute(text("SELECT id, total FROM invoices")).all() == [(1, 500)]
    engine.dispose()


def test_folder_and_missing_folder_are_refused(tmp_path):
    with pytest.raises(DatabaseUnreadable, match="folder"):
        open_database(f"sqlite:///{tmp_path}")
    with pytest.raises(DatabaseUnreadable, match="does not exist"):
        open_database(f"sqlite:///{tmp_path / 'nope' / 'shop.db'}")


def test_database_from_a_newer_tokocrm_is_refused(db_url):
    engine, _info = open_database(db_url)
    with engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    engine.dispose()
    with pytest.raises(DatabaseTooNew, match="9999"):
        open_database(db_url)


def test_an_upgrade_that_fails_leaves_the_old_shop_as_it_was(db_url):
    """The whole upgrade is one transaction, DDL included, on both engines: here 0008 cannot
    create audit_event, as a table of that name is in the way."""
    old = make_engine(db_url)
    with old.begin() as connection:
        migrate.upgrade(connection, "0007")
        connection.execute(text("INSERT INTO shop_setting VALUES ('shop_name', '\"Toko\"')"))
        connection.execute(text("CREATE TABLE audit_event (id INTEGER PRIMARY KEY)"))
        tables = set(inspect(connection).get_table_names())
    with pytest.raises(DatabaseUnreachable, match="audit_event"):
        open_database(db_url)
    with old.connect() as connection:
        assert migrate.current_revision(connection) == "0007"
        assert set(inspect(connection).get_table_names()) == tables
        columns = {column["name"] for column in inspect(connection).get_columns("app_user")}
        assert "secret_hash" not in columns  # 0008's first change, to app_user, undone too
        assert connection.execute(text("SELECT key FROM shop_setting")).scalars().all() == [
            "shop_name"]
    old.dispose()


def test_second_writer_waits_for_the_first_instead_of_failing(tmp_path):
    url = f"sqlite:///{tmp_path / 'shop.db'}"
    first, _ = open_database(url)
    second, _ = open_database(url)
    holding = threading.Event()

    def hold_write_lock() -> None:
        with first.begin() as connection:
            connection.execute(text("INSERT INTO shop_setting VALUES ('a', '1')"))
            holding.set()
            time.sleep(0.5)

    worker = threading.Thread(target=hold_write_lock)
    worker.start()
    holding.wait()
    with second.begin() as connection:  # blocks until the first commits, then succeeds
        connection.execute(text("INSERT INTO shop_setting VALUES ('b', '2')"))
    worker.join()
    with second.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM shop_setting")).scalar() == 2
    first.dispose()
    second.dispose()


def test_a_write_after_a_read_waits_for_another_writer_instead_of_failing(tmp_path):
    """A plain BEGIN would read first and then fail at once ("database is locked") when
    another process committed meanwhile; services' writes start with BEGIN IMMEDIATE."""
    url = f"sqlite:///{tmp_path / 'shop.db'}"
    other, _ = open_database(url)
    services = open_services(url)
    holding = threading.Event()

    def other_till_writes() -> None:
        with other.begin() as connection:
            connection.execute(text("INSERT INTO shop_setting VALUES ('x', '1')"))
            holding.set()
            time.sleep(0.5)

    worker = threading.Thread(target=other_till_writes)
    worker.start()
    holding.wait()
    member = services.members.register(BUILTIN_OWNER, MemberInput(name="Siti",
                                                                  phone="081234567890"))
    worker.join()
    assert services.members.get(BUILTIN_OWNER, member.id).name == "Siti"
    services.close()
    other.dispose()


def _old_shop(path) -> None:
    old = make_engine(f"sqlite:///{path}")
    with old.begin() as connection:
        migrate.upgrade(connection, "0005")
        connection.execute(text("INSERT INTO shop_setting VALUES ('shop_name', '\"Toko Maju\"')"))
    old.dispose()


def test_an_old_sqlite_shop_is_copied_before_it_is_upgraded(tmp_path):
    path = tmp_path / "shop.db"
    _old_shop(path)
    engine, info = open_database(f"sqlite:///{path}")
    engine.dispose()
    assert info.upgraded_from == "0005"
    saved = tmp_path / "shop.db.before-0005.bak"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["shop.db", saved.name]
    with sqlite3.connect(saved) as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone() == (
            "0005",)
        assert connection.execute("SELECT value FROM shop_setting").fetchall() == [
            ('"Toko Maju"',)]
        assert connection.execute("PRAGMA journal_mode").fetchone() == ("delete",)

    open_database(f"sqlite:///{path}")[0].dispose()  # up to date now: no second copy
    assert sorted(p.name for p in tmp_path.iterdir()) == ["shop.db", saved.name]


def test_no_upgrade_without_the_copy_first(tmp_path):
    path = tmp_path / "shop.db"
    _old_shop(path)
    (tmp_path / "shop.db.before-0005.bak.part").mkdir()  # the copy cannot be written
    with pytest.raises(UpgradeBackupFailed, match=r"shop\.db was not upgraded"):
        open_database(f"sqlite:///{path}")
    with sqlite3.connect(path) as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone() == (
            "0005",)
