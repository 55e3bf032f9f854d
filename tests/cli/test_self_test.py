"""`tokocrm --self-test`: the installed bundle's smoke test (installer/build.sh runs it last)."""

from __future__ import annotations

import json

import pytest

from tokocrm.cli import main
from tokocrm.db import migrate
from tokocrm.ui import i18n

CHECKS = ["database", "translations", "chart", "qt", "libraries"]


@pytest.fixture(autouse=True)
def _qt(qapp):
    """pytest-qt's application first: the self-test would otherwise make its own."""
    return qapp


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_a_new_database_passes_every_check_one_line_each(capsys, tmp_path):
    db = tmp_path / "selftest.db"
    code, out, err = run(capsys, "--self-test", "--db", str(db))
    assert code == 0, err
    lines = out.splitlines()
    assert [line.split()[:2] for line in lines] == [["ok", name] for name in CHECKS]
    assert f"{db}: schema {migrate.head_revision()}" in lines[0] and "created" in lines[0]
    assert "Dashboard → Dasbor" in lines[1]
    assert "PNG" in lines[2] and "offscreen" in lines[3]
    assert db.is_file()


def test_json_is_one_document_and_an_upgraded_database_is_up_to_date(capsys, tmp_path):
    db = str(tmp_path / "shop.db")
    assert run(capsys, "--db", db, "init")[0] == 0
    code, out, err = run(capsys, "--db", db, "--self-test", "--json")
    assert code == 0, err
    document = json.loads(out)
    assert document["ok"] is True and document["bundle"] is False
    assert [check["name"] for check in document["checks"]] == CHECKS
    assert all(check["ok"] and check["seconds"] >= 0 for check in document["checks"])
    assert document["checks"][0]["detail"].endswith("up to date")


def test_it_passes_on_both_engines(capsys, db_url):
    code, out, err = run(capsys, "--self-test", "--db", db_url, "--json")
    assert code == 0, err
    database = json.loads(out)["checks"][0]
    assert database["detail"].startswith(db_url.split(":")[0].split("+")[0])


def test_a_folder_as_the_database_fails_in_one_line(capsys, tmp_path):
    code, out, err = run(capsys, "--self-test", "--db", str(tmp_path))
    assert code == 1 and out == ""
    assert err.startswith("tokocrm: self-test failed: database: ") and "folder" in err
    assert err.count("\n") == 1


def test_missing_translations_fail_and_name_the_file(capsys, tmp_path, monkeypatch):
    monkeypatch.setattr(i18n, "QM_DIR", tmp_path / "no-i18n")
    code, out, err = run(capsys, "--self-test", "--db", str(tmp_path / "shop.db"))
    assert code == 1 and out == ""
    assert err.startswith("tokocrm: self-test failed: translations: tokocrm_id.qm is missing")


def test_a_command_beside_it_is_a_usage_error(capsys, tmp_path):
    with pytest.raises(SystemExit) as stopped:
        main(["--self-test", "--db", str(tmp_path / "shop.db"), "init"])
    assert stopped.value.code == 2
    assert "--self-test takes no command" in capsys.readouterr().err
