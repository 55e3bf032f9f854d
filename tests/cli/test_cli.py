"""The command line contract: commands, exit codes, one-line errors and JSON output."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tokocrm import __version__, config
from tokocrm.cli import main
from tokocrm.db import migrate


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_init_creates_then_changes_nothing(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    code, out, _ = run(capsys, "--db", "sqlite:///x.db", "init")
    assert code == 0
    assert f"Database: {tmp_path / 'x.db'}" in out
    assert f"Schema version: {migrate.head_revision()} (created)" in out
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


def test_json_option_also_works_before_the_command(tmp_path, capsys):
    code, out, _ = run(capsys, "--json", "--db", str(tmp_path / "a.db"), "init")
    assert code == 0 and json.loads(out)["database"] == str(tmp_path / "a.db")


@pytest.mark.parametrize("content", [
    b"name,phone\nSiti,0812\n",                        # a text file
    b"PK\x03\x04" + bytes(200),                         # a spreadsheet
    b"SQLite format 3\x00" + b"\xff" * 3000,             # a damaged database
])
def test_unusable_file_exits_1_with_one_line_and_is_untouched(tmp_path, capsys, content):
    path = tmp_path / "toko.db"
    path.write_bytes(content)
    code, out, err = run(capsys, "--db", f"sqlite:///{path}", "init")
    assert code == 1 and out == ""
    assert err.count("\n") == 1 and "toko.db" in err and "Traceback" not in err
    assert path.read_bytes() == content
    assert [p.name for p in tmp_path.iterdir()] == ["toko.db"]


def test_folder_as_database_exits_1(tmp_path, capsys):
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


def test_database_comes_from_option_then_environment_then_default(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("TOKOCRM_DB", f"sqlite:///{tmp_path / 'env.db'}")
    assert json.loads(run(capsys, "init", "--json")[1])["database"] == str(tmp_path / "env.db")
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
