"""`tokocrm member-data MEMBER OUT.xlsx` and `tokocrm erase MEMBER --reason TEXT`."""

from __future__ import annotations

import pytest
from openpyxl import load_workbook

from tokocrm.cli.users import PASSWORD_ENV_VAR


def add_siti(run_json) -> dict:
    """Siti with a purchase; Budi beside her, who must stay out of her workbook."""
    siti = run_json("member", "add", "--name", "Siti Aminah", "--phone", "081234567890",
                    "--email", "siti@example.com")
    budi = run_json("member", "add", "--name", "Budi", "--phone", "081311112222")
    for member, receipt in ((siti, "S-1"), (budi, "B-1")):
        run_json("purchase", "add", "--member", member["card"], "--amount", "50000",
                 "--receipt", receipt)
    return siti


def test_member_data_writes_the_members_workbook(run_json, tmp_path):
    siti = add_siti(run_json)
    out = tmp_path / "siti.xlsx"
    summary = run_json("member-data", "0812-3456-7890", str(out))  # found by phone
    assert summary == {"member": siti["id"], "file": str(out), "rows": summary["rows"]}
    book = load_workbook(out)
    profile = {field: value for field, value in book["Profile"].iter_rows(min_row=2,
                                                                          values_only=True)}
    assert (profile["Card"], profile["Name"], profile["Email"]) == (
        siti["card"], "Siti Aminah", "siti@example.com")
    assert [row[2] for row in book["Purchases"].iter_rows(min_row=2, values_only=True)] == [
        "S-1"]
    assert summary["rows"] == sum(sheet.max_row - 1 for sheet in book)


def test_member_data_says_where_in_text(run_json, cli, tmp_path):
    siti = add_siti(run_json)
    out = tmp_path / "siti.xlsx"
    code, printed, err = cli("member-data", siti["card"], str(out))
    assert (code, err) == (0, "")
    assert printed.strip().startswith(f"{out}: ") and siti["card"] in printed


def test_erase_empties_the_member_and_keeps_the_purchase(run_json, cli):
    siti = add_siti(run_json)
    erased = run_json("erase", siti["card"], "--reason", "asked at the counter on 10 March")
    assert erased["member"] == siti["id"] and erased["erased"] is not None
    assert run_json("member", "find", "Siti") == []
    code, _, err = cli("member-data", siti["card"], "x.xlsx")
    assert code == 1 and "no member" in err  # the old card names no one now
    purchases = run_json("purchase", "list")
    assert [(p["receipt"], p["card"], p["amount"]) for p in purchases] == [
        ("S-1", f"ERASED-{siti['id']}", 50_000), ("B-1", purchases[1]["card"], 50_000)]


def test_erase_needs_a_reason_and_a_known_member(run_json, cli, capsys):
    siti = add_siti(run_json)
    with pytest.raises(SystemExit) as usage:
        cli("erase", siti["card"])
    assert usage.value.code == 2 and "--reason" in capsys.readouterr().err
    code, _, err = cli("erase", "0899-0000-0000", "--reason", "asked")
    assert code == 1 and "no member" in err


def test_a_cashier_may_neither_erase_nor_copy_member_data(run_json, cli, monkeypatch,
                                                           tmp_path):
    siti = add_siti(run_json)
    monkeypatch.setenv(PASSWORD_ENV_VAR, "rahasia-toko")
    run_json("user", "add", "boss", "--role", "owner")
    run_json("user", "add", "ani", "--role", "cashier", "--user", "boss")
    for command in (("erase", siti["card"], "--reason", "asked"),
                    ("member-data", siti["card"], str(tmp_path / "x.xlsx"))):
        code, _, err = cli(*command, "--user", "ani")
        assert code == 1 and "may not" in err
    assert run_json("member", "find", "Siti")[0]["name"] == "Siti Aminah"
