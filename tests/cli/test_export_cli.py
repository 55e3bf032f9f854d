"""`tokocrm export members|purchases|ledger|monthly|feedback OUT.xlsx …`."""

from __future__ import annotations

from datetime import date

import pytest
from openpyxl import load_workbook

from tokocrm.cli import main


@pytest.fixture
def folder(tmp_path):
    """Where the workbooks go (the SQLite test database lives in tmp_path itself)."""
    path = tmp_path / "out"
    path.mkdir()
    return path


@pytest.fixture
def shop(run_json):
    """Two members, three purchases on three days, one of them voided."""
    siti = run_json("member", "add", "--name", "=1+1", "--phone", "081234567890")["card"]
    run_json("member", "add", "--name", "Budi", "--phone", "081311112222")
    for day, amount in (("2026-03-01", "100000"), ("2026-03-02", "50.000"),
                        ("2026-03-03", "75000")):
        bought = run_json("purchase", "add", "--member", siti, "--amount", amount,
                          "--at", f"{day}T10:00", "--receipt", f"R-{day}")
    run_json("purchase", "void", str(bought["id"]), "--reason", "salah")
    return siti


def test_export_members_prints_a_summary_and_writes_the_workbook(shop, run_json, folder):
    out = folder / "anggota.xlsx"
    summary = run_json("export", "members", str(out))
    assert summary == {"file": str(out), "rows": 2,
                       "sheets": [{"name": "Members", "rows": 2}]}
    ws = load_workbook(out)["Members"]
    assert (ws["A2"].value, ws["B2"].value, ws["B2"].data_type) == (shop, "=1+1", "s")
    assert ws["C2"].value == "0812-3456-7890"
    assert [p.name for p in folder.iterdir()] == ["anggota.xlsx"]


def test_export_text_output_names_the_file_and_rows(shop, cli, folder):
    out = folder / "pembelian.xlsx"
    code, printed, err = cli("export", "purchases", str(out), "--from", "2026-03-02",
                             "--to", "2026-03-03")
    assert (code, err) == (0, "")
    assert printed.strip() == f"{out}: 2 rows (Purchases 2)"
    ws = load_workbook(out)["Purchases"]
    assert [row[2].value for row in ws.iter_rows(min_row=2)] == ["R-2026-03-02", "R-2026-03-03"]
    assert [row[12].value for row in ws.iter_rows(min_row=2)] == [False, True]


def test_export_ledger_and_monthly(shop, run_json, folder):
    ledger = run_json("export", "ledger", str(folder / "poin.xlsx"), "--from", "2026-01-01")
    assert ledger["sheets"][0]["name"] == "Points ledger" and ledger["rows"] >= 2

    monthly = run_json("export", "monthly", str(folder / "maret.xlsx"), "--month", "2026-03")
    assert [s["name"] for s in monthly["sheets"]] == ["Summary", "Days", "Purchases",
                                                      "Points ledger"]
    assert monthly["sheets"][1]["rows"] == 31 and monthly["sheets"][2]["rows"] == 3
    summary = {r[0].value: r[1].value
               for r in load_workbook(folder / "maret.xlsx")["Summary"].iter_rows(min_row=2)}
    assert (summary["Revenue"], summary["Purchases"], summary["Voided purchases"]) == (
        150_000, 2, 1)
    assert summary["From"].date() == date(2026, 3, 1)


def test_export_feedback_keeps_a_formula_looking_comment_as_text(shop, run_json, cli, folder):
    run_json("feedback", "add", "--member", shop, "--rating", "2", "--comment", "=1+1")
    run_json("feedback", "add", "--rating", "5", "--nps", "10", "--category", "Harga")
    out = folder / "masukan.xlsx"
    summary = run_json("export", "feedback", str(out), "--from", "2020-01-01")
    assert summary == {"file": str(out), "rows": 2, "sheets": [{"name": "Feedback", "rows": 2}]}
    ws = load_workbook(out)["Feedback"]
    assert [c.value for c in ws[1]] == [
        "Time", "Card", "Member", "Rating", "NPS", "Category", "Channel", "Complaint",
        "Case status", "Due", "Resolved", "Resolution", "Comment", "Branch", "Recorded by"]
    complaint, walk_in = ws[2], ws[3]
    assert (complaint[1].value, complaint[2].value, complaint[3].value) == (shop, "=1+1", 2)
    assert (complaint[7].value, complaint[8].value) == (True, "open")
    assert (complaint[12].value, complaint[12].data_type) == ("=1+1", "s")
    assert complaint[12].quotePrefix
    assert (walk_in[1].value, walk_in[4].value, walk_in[8].value) == (None, 10, None)
    code, printed, _ = cli("export", "feedback", str(folder / "kosong.xlsx"), "--to", "2020-01-01")
    assert (code, printed.strip()) == (0, f"{folder / 'kosong.xlsx'}: 0 rows (Feedback 0)")


@pytest.mark.parametrize("argv, field", [
    (["export", "monthly", "X", "--month", "2026-13"], "month"),
    (["export", "monthly", "X", "--month", "Maret"], "month"),
    (["export", "purchases", "X", "--from", "kemarin"], "from"),
    (["export", "members", "X", "--to", "2026-02-30"], "to"),
    (["export", "feedback", "X", "--from", "1 Maret"], "from"),
    (["export", "members", "no/such/folder/X.xlsx"], "cannot write"),
])
def test_bad_input_exits_1_with_one_line(cli, folder, monkeypatch, argv, field):
    monkeypatch.chdir(folder)
    code, out, err = cli(*argv)
    assert code == 1 and out == "" and field in err and err.count("\n") == 1
    assert list(folder.iterdir()) == []


@pytest.mark.parametrize("argv", [["export"], ["export", "members"],
                                  ["export", "monthly", "x.xlsx"], ["export", "segments", "x"]])
def test_usage_errors_exit_2(argv):
    with pytest.raises(SystemExit) as exit_info:
        main(argv)
    assert exit_info.value.code == 2
