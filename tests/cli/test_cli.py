"""The command line contract: commands, exit codes, one-line errors and JSON output."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import MetaData, Table
from sqlalchemy.engine import make_url

from tokocrm import __version__, config
from tokocrm.cli import main
from tokocrm.db import migrate
from tokocrm.db.engine import make_engine
from tokocrm.db.opening import describe


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def snapshot(url: str) -> dict[str, list[tuple]]:
    """Every row of every table, to compare a database before and after."""
    engine = make_engine(url)
    try:
        with engine.connect() as connection:
            return {name: sorted(map(tuple, connection.execute(table.select())), key=repr)
                    for name, table in _tables(connection).items()}
    finally:
        engine.dispose()


def _tables(connection) -> dict[str, Table]:
    metadata = MetaData()
    metadata.reflect(connection, only=lambda name, _meta: migrate.include_name(name, "table", None))
    return dict(metadata.tables)


def test_init_creates_then_changes_nothing(db_url, capsys):
    location = describe(make_url(db_url))
    code, out, _ = run(capsys, "--db", db_url, "init")
    assert code == 0
    assert f"Database: {location}" in out
    assert f"Schema version: {migrate.head_revision()} (created)" in out
    before = snapshot(db_url)
    assert before["alembic_version"] == [(migrate.head_revision(),)]

    code, out, _ = run(capsys, "--db", db_url, "init")
    assert code == 0 and f"Database: {location}" in out and "(up to date)" in out
    assert snapshot(db_url) == before


def test_a_relative_sqlite_url_is_a_file_in_the_current_folder_left_as_it_was(
        tmp_path, capsys, monkeypatch):
    """SQLite only: a file path, and not a byte of the file changes on a second init."""
    monkeypatch.chdir(tmp_path)
    code, out, _ = run(capsys, "--db", "sqlite:///x.db", "init")
    assert code == 0 and f"Database: {tmp_path / 'x.db'}" in out
    before = hashlib.sha256((tmp_path / "x.db").read_bytes()).hexdigest()
    code, out, _ = run(capsys, "--db", "sqlite:///x.db", "init")
    assert code == 0 and "(up to date)" in out
    assert hashlib.sha256((tmp_path / "x.db").read_bytes()).hexdigest() == before


def test_init_json_is_one_document(db_url, capsys):
    code, out, _ = run(capsys, "--db", db_url, "init", "--json")
    assert code == 0
    document = json.loads(out)
    assert document["schema_version"] == migrate.head_revision()
    assert document["created"] is True and document["upgraded_from"] is None
    assert set(document) == {"database", "dialect", "schema_version", "created", "upgraded_from"}


def test_json_option_also_works_before_the_command(db_url, capsys):
    code, out, _ = run(capsys, "--json", "--db", db_url, "init")
    assert code == 0 and json.loads(out)["database"] == describe(make_url(db_url))


@pytest.mark.parametrize("content", [
    b"name,phone\nSiti,0812\n",                        # a text file
    b"PK\x03\x04" + bytes(200),                         # a spreadsheet
    b"SQLite format 3\x00" + b"\xff" * 3000,             # a damaged database
])
def test_unusable_file_exits_1_with_one_line_and_is_untouched(tmp_path, capsys, content):
    """SQLite only: a file that is not a shop. On PostgreSQL the equivalent, a database of
    another program, is tests/db/test_opening.py's foreign-database test."""
    path = tmp_path / "toko.db"
    path.write_bytes(content)
    code, out, err = run(capsys, "--db", f"sqlite:///{path}", "init")
    assert code == 1 and out == ""
    assert err.count("\n") == 1 and "toko.db" in err and "Traceback" not in err
    assert path.read_bytes() == content
    assert [p.name for p in tmp_path.iterdir()] == ["toko.db"]


def test_folder_as_database_exits_1(tmp_path, capsys):
    """SQLite only: a path naming a folder."""
    code, _, err = run(capsys, "--db", str(tmp_path), "init")
    assert code == 1 and "folder" in err


def test_unreachable_server_exits_1_and_hides_the_password(capsys):
    code, _, err = run(capsys, "--db", "postgresql+psycopg://u:s3cret@127.0.0.1:1/shop", "init")
    assert code == 1 and err.count("\n") == 1
    assert "s3cret" not in err and "127.0.0.1" in err


def test_usage_error_exits_2(capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["frobnicate"])
    assert exit_info.value.code == 2


def test_database_comes_from_option_then_environment_then_default(db_url, tmp_path, monkeypatch,
                                                                  capsys):
    """$TOKOCRM_DB names either engine; a bare path and the default are SQLite files."""
    monkeypatch.setenv("TOKOCRM_DB", db_url)
    assert json.loads(run(capsys, "init", "--json")[1])["database"] == describe(
        make_url(db_url))
    option = json.loads(run(capsys, "--db", str(tmp_path / "opt.db"), "init", "--json")[1])
    assert option["database"] == str(tmp_path / "opt.db")
    monkeypatch.delenv("TOKOCRM_DB")
    default = json.loads(run(capsys, "init", "--json")[1])["database"]
    assert default == str(config.data_dir() / "tokocrm.db")
    assert default.startswith(os.environ["XDG_DATA_HOME"])  # conftest keeps tests out of ~


def test_python_m_and_console_script_print_the_version():
    module = subprocess.run([sys.executable, "-m", "tokocrm", "--version"],
                            capture_output=True, text=True, check=True)
    assert module.stdout.strip() == f"TokoCRM {__version__}"
    script = subprocess.run([Path(sys.executable).with_name("tokocrm"), "--version"],
                            capture_output=True, text=True, check=True)
    assert script.stdout == module.stdout


def test_a_plain_postgresql_url_uses_the_shipped_driver(pg_server, capsys):
    """`postgresql://` would mean psycopg2 to SQLAlchemy, which TokoCRM does not ship."""
    name = pg_server.create_database()
    plain = pg_server.url(name).replace("postgresql+psycopg://", "postgresql://")
    code, out, _ = run(capsys, "--db", plain, "init", "--json")
    pg_server.drop_database(name)
    assert code == 0 and json.loads(out)["dialect"] == "postgresql"
