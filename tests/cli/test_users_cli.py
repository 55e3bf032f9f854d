"""`tokocrm user add|list` and `--user`: free until the shop has users, then by role."""

from __future__ import annotations

import json

import pytest

from tokocrm.services.container import open_services

PASSWORD = "TOKOCRM_PASSWORD"


@pytest.fixture
def with_owner(cli, monkeypatch):
    monkeypatch.setenv(PASSWORD, "rahasia-123")
    code, _out, err = cli("user", "add", "Bu Rina", "--role", "owner")
    assert code == 0, err
    monkeypatch.setenv(PASSWORD, "482913")
    code, _out, err = cli("--user", "Bu Rina", "user", "add", "Dewi", "--role", "cashier",
                          "--pin")
    assert code == 1 and "wrong user name, password or PIN" in err  # the owner's secret
    monkeypatch.setenv(PASSWORD, "rahasia-123")
    code, _out, err = cli("--user", "Bu Rina", "user", "add", "Dewi", "--role", "cashier",
                          "--pin")
    assert code == 1 and "pin: must be 4 to 8 digits" in err  # the env gives one secret
    return monkeypatch


def test_commands_run_freely_until_the_shop_has_users(cli):
    code, out, _err = cli("member", "add", "--name", "Siti", "--phone", "081234567890")
    assert code == 0 and out.strip()


def test_the_first_user_must_be_the_owner(cli, monkeypatch):
    monkeypatch.setenv(PASSWORD, "482913")
    code, _out, err = cli("user", "add", "Dewi", "--role", "cashier", "--pin")
    assert code == 1 and "the first user is the shop's owner" in err


def test_once_an_owner_exists_changes_need_a_user_and_the_password(cli, with_owner):
    with_owner.delenv(PASSWORD)
    code, _out, err = cli("member", "add", "--name", "Siti", "--phone", "081234567890")
    assert code == 1 and "give --user NAME" in err
    code, _out, err = cli("member", "add", "--name", "Siti", "--phone", "081234567890",
                          "--user", "Bu Rina")  # no password: no prompt without a terminal
    assert code == 1 and "password: is required" in err
    with_owner.setenv(PASSWORD, "salah-sekali")
    code, _out, err = cli("--user", "Bu Rina", "member", "add", "--name", "Siti",
                          "--phone", "081234567890")
    assert code == 1 and "wrong user name, password or PIN" in err
    with_owner.setenv(PASSWORD, "rahasia-123")
    code, _out, err = cli("--user", "bu rina", "member", "add", "--name", "Siti",
                         "--phone", "081234567890")
    assert code == 0, err


def test_a_cashier_cannot_export_from_the_command_line(cli, with_owner, tmp_path):
    code, _out, err = cli("--user", "Bu Rina", "user", "add", "Ani", "--role", "cashier")
    assert code == 0, err  # a password, the same as the owner's here
    code, _out, err = cli("--user", "Ani", "export", "members", str(tmp_path / "a.xlsx"))
    assert code == 1 and "Ani (cashier) may not export spreadsheets" in err
    assert not (tmp_path / "a.xlsx").exists()
    code, _out, err = cli("--user", "Bu Rina", "export", "members", str(tmp_path / "a.xlsx"))
    assert code == 0, err


def test_reading_needs_no_user_but_cannot_export(cli, with_owner, tmp_path):
    with_owner.delenv(PASSWORD)
    code, out, _err = cli("member", "find", "Siti", "--json")
    assert code == 0 and json.loads(out) == []
    code, _out, err = cli("export", "members", str(tmp_path / "a.xlsx"))
    assert code == 1 and "give --user NAME" in err


def test_user_list(cli, with_owner):
    code, _out, err = cli("--user", "Bu Rina", "user", "add", "Pak Budi", "--role",
                          "bookkeeper")
    assert code == 0, err
    code, out, _err = cli("user", "list", "--json")
    assert code == 0
    assert [(u["name"], u["role"], u["secret"]) for u in json.loads(out)] == [
        ("Bu Rina", "owner", "password"), ("Pak Budi", "bookkeeper", "password")]


def test_only_the_owner_backs_up_and_restores_and_the_restore_is_audited(
        cli, with_owner, db_url, tmp_path):
    if not db_url.startswith("sqlite"):
        pytest.skip("backup and restore work on SQLite files")
    copy = tmp_path / "copy.db"
    code, _out, err = cli("--user", "Bu Rina", "user", "add", "Ani", "--role", "cashier")
    assert code == 0, err
    code, _out, err = cli("--user", "Ani", "backup", "--to", str(copy))
    assert code == 1 and "may not back up and restore the database" in err
    code, _out, err = cli("--user", "Bu Rina", "backup", "--to", str(copy))
    assert code == 0, err
    code, _out, err = cli("--user", "Ani", "restore", str(copy))
    assert code == 1 and "may not back up and restore the database" in err
    code, _out, err = cli("--user", "Bu Rina", "restore", str(copy))
    assert code == 0, err
    services = open_services(db_url)
    try:
        owner = services.users.login("Bu Rina", "rahasia-123")
        restored = services.audit.events(owner, action="restored")
    finally:
        services.close()
    assert [(e.username, e.subject) for e in restored] == [("Bu Rina", str(copy))]
