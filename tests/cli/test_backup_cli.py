"""`tokocrm backup`, `restore` and `check` from the command line.

Backup and restore copy an SQLite file, so their tests run on SQLite files only; on PostgreSQL
both are refused in one line pointing to pg_dump (the last test). `check` runs on both engines.
"""

from __future__ import annotations

import json
import pathlib

import pytest
from sqlalchemy import text

from tests.factories import make_member, make_purchase
from tokocrm import config
from tokocrm.cli import main
from tokocrm.services.container import open_services


@pytest.fixture
def shop_file(tmp_path):
    """A small shop in an SQLite file: what backup and restore work on."""
    path = tmp_path / "shop.db"
    services = open_services(f"sqlite:///{path}")
    siti = make_member(services, "Siti")
    make_purchase(services, siti, 120_000)
    make_purchase(services, siti, 80_000)
    services.close()
    return path


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def purchases(path) -> int:
    services = open_services(f"sqlite:///{path}")
    try:
        with services.engine.connect() as connection:
            return connection.execute(text("SELECT count(*) FROM purchase")).scalar()
    finally:
        services.close()


def test_backup_then_restore(shop_file, tmp_path, capsys):
    code, out, err = run(capsys, "--db", str(shop_file), "backup", "--to",
                         str(tmp_path / "copy.db"), "--json")
    assert code == 0, err
    document = json.loads(out)
    assert document == {"backup": str(tmp_path / "copy.db"),
                        "size": (tmp_path / "copy.db").stat().st_size}

    services = open_services(f"sqlite:///{shop_file}")
    make_purchase(services, make_member(services, "Budi"), 50_000)
    services.close()
    assert purchases(shop_file) == 3

    code, out, err = run(capsys, "--db", str(shop_file), "restore", str(tmp_path / "copy.db"),
                         "--json")
    assert code == 0, err
    document = json.loads(out)
    assert document["restored_from"] == str(tmp_path / "copy.db")
    assert purchases(shop_file) == 2
    assert purchases(document["previous_saved_as"]) == 3

    code, out, err = run(capsys, "--db", str(shop_file), "check")
    assert (code, err) == (0, "") and "no problems found" in out


def test_backup_without_to_goes_to_the_backups_folder(shop_file, capsys):
    code, out, err = run(capsys, "--db", str(shop_file), "backup")
    assert code == 0, err
    written = out.split()[1]
    assert written.startswith(str(config.backup_dir())) and written.endswith(".db")


def test_restore_rescues_a_database_that_cannot_be_opened(shop_file, tmp_path, capsys):
    code, _, err = run(capsys, "--db", str(shop_file), "backup", "--to",
                       str(tmp_path / "good.db"))
    assert code == 0, err
    shop_file.write_bytes(b"SQLite format 3\x00" + b"\xff" * 4000)  # a damaged file
    code, _, _ = run(capsys, "--db", str(shop_file), "check")
    assert code == 1  # it cannot even be opened
    code, out, err = run(capsys, "--db", str(shop_file), "restore", str(tmp_path / "good.db"),
                         "--json")
    assert code == 0, err
    kept = json.loads(out)["previous_saved_as"]
    assert kept and pathlib.Path(kept).read_bytes().startswith(b"SQLite format 3")  # kept as is
    assert purchases(shop_file) == 2


def test_restore_of_a_bad_file_is_refused_in_one_line(shop_file, tmp_path, capsys):
    bad = tmp_path / "members.csv"
    bad.write_text("name,phone\n")
    before = shop_file.read_bytes()
    code, out, err = run(capsys, "--db", str(shop_file), "restore", str(bad))
    assert (code, out) == (1, "")
    assert err.count("\n") == 1 and "not an SQLite database" in err and "unchanged" in err
    assert shop_file.read_bytes() == before


def test_check_a_clean_shop(cli):
    code, out, err = cli("check", "--json")
    assert (code, err) == (0, "")
    assert json.loads(out) == {"ok": True, "problems": []}


def test_check_reports_a_broken_ledger(db_url, cli):
    services = open_services(db_url)
    siti = make_member(services, "Siti")
    make_purchase(services, siti, 120_000)
    with services.engine.begin() as connection:
        lot = connection.execute(text("SELECT id FROM points_entry WHERE points > 0")).scalar()
        connection.execute(text(
            "INSERT INTO points_entry (member_id, points, kind, created_by, created_at) "
            "VALUES (:m, -1, 'adjust', 'test', '2026-03-10 10:00:00')"), {"m": siti.id})
        debit = connection.execute(text("SELECT max(id) FROM points_entry")).scalar()
        connection.execute(text("INSERT INTO points_allocation VALUES (:d, :l, 500)"),
                           {"d": debit, "l": lot})
    services.close()

    code, out, err = cli("check")
    assert (code, out) == (1, "")
    lines = err.splitlines()
    assert lines[0].startswith("tokocrm: the database ") and lines[0].endswith("2 problem(s):")
    assert lines[1].startswith(f"points_entry {lot} (a lot of ")
    assert lines[2].startswith(f"points_entry {debit} (a debit of 1 points)")

    code, out, err = cli("check", "--json")
    assert code == 1
    assert json.loads(out) == {"ok": False, "problems": lines[1:]}


def test_backup_and_restore_refuse_postgresql(db_url, cli, tmp_path):
    if not db_url.startswith("postgresql"):
        pytest.skip("the PostgreSQL refusal")
    code, out, err = cli("backup")
    assert (code, out) == (1, "") and "pg_dump" in err and err.count("\n") == 1
    code, out, err = cli("restore", str(tmp_path / "copy.db"))
    assert (code, out) == (1, "") and "pg_dump" in err


def test_repair_rebuilds_the_purchase_summaries_check_found_wrong(db_url, cli):
    services = open_services(db_url)
    siti = make_member(services, "Siti")
    make_purchase(services, siti, 120_000)
    with services.engine.begin() as connection:
        connection.execute(text("DELETE FROM purchase_summary"))
    services.close()
    code, _, err = cli("check")
    assert code == 1 and f"member {siti.id} has 1 purchases" in err
    code, out, err = cli("repair", "--json")
    assert (code, err, json.loads(out)) == (0, "", {"summaries": 1})
    assert cli("check")[0] == 0
