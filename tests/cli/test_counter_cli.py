"""`tokocrm counter`, and the branch that the command line's purchases, exports and figures
carry: the till and branch are this installation's, kept on this PC."""

from __future__ import annotations

from datetime import date

import pytest
from openpyxl import load_workbook

from tokocrm import config


@pytest.fixture(autouse=True)
def own_config(monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))


def test_naming_the_counter_is_kept_on_this_pc(run_json):
    shown = run_json("counter")
    assert shown["branch"] == "" and shown["branches"] == [] and shown["till"]
    named = run_json("counter", "--till", " Kasir  2 ", "--branch", "Cabang Selatan")
    assert named == {"till": "Kasir 2", "branch": "Cabang Selatan",
                     "branches": ["Cabang Selatan"]}
    assert config.load_place() == ("Kasir 2", "Cabang Selatan")
    # Only the branch changes; the till keeps its name.
    assert run_json("counter", "--branch", "pusat") == {
        "till": "Kasir 2", "branch": "pusat", "branches": ["Cabang Selatan", "pusat"]}


def test_a_bad_name_is_refused_and_nothing_kept(cli):
    code, _, err = cli("counter", "--till", "  ")
    assert code == 1 and "till" in err
    assert not (config.config_dir() / config.PLACE_FILE).exists()


def test_purchases_exports_and_figures_by_branch(run_json, tmp_path):
    card = run_json("member", "add", "--name", "Siti", "--phone", "081234567890")["card"]
    today = date.today().isoformat()
    for branch, amount in (("Pusat", "100000"), ("Cabang Selatan", "40000")):
        run_json("counter", "--till", "Kasir 1", "--branch", branch)
        bought = run_json("purchase", "add", "--member", card, "--amount", amount)
        assert (bought["till"], bought["branch"]) == ("Kasir 1", branch)

    out = tmp_path / "selatan.xlsx"
    assert run_json("export", "purchases", str(out), "--branch", "Cabang Selatan")["rows"] == 1
    rows = list(load_workbook(out)["Purchases"].iter_rows(values_only=True))
    assert rows[1][rows[0].index("Branch")] == "Cabang Selatan"
    month = run_json("export", "monthly", str(tmp_path / "m.xlsx"), "--month", today[:7],
                     "--branch", "Pusat")
    assert {s["name"]: s["rows"] for s in month["sheets"]}["Purchases"] == 1

    figures = run_json("report", "figures", "--branch", "Pusat")
    assert (figures["branch"], figures["now"]["revenue"], figures["now"]["visits"]) == (
        "Pusat", 100_000, 1)
    assert run_json("report", "figures")["now"]["revenue"] == 140_000


def test_members_have_no_branch_option(cli, tmp_path, capsys):
    with pytest.raises(SystemExit) as usage:  # argparse's own usage error
        cli("export", "members", str(tmp_path / "m.xlsx"), "--branch", "Pusat")
    assert usage.value.code == 2 and "--branch" in capsys.readouterr().err


def test_a_mistyped_branch_is_refused_and_no_file_written(run_json, cli, tmp_path):
    run_json("counter", "--till", "Kasir 1", "--branch", "Pusat")
    out = tmp_path / "pusat.xlsx"
    code, printed, err = cli("export", "purchases", str(out), "--branch", "Pusta")
    assert (code, printed) == (1, "") and not out.exists()
    assert "branch" in err and "Pusta" in err and "Pusat" in err
    code, _, err = cli("report", "figures", "--branch", "Pusta")
    assert code == 1 and "Pusat" in err
    assert run_json("export", "purchases", str(out), "--branch", "pusat")["rows"] == 0
