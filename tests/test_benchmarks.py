"""Smoke test of the benchmark runner (benchmarks/): a tiny shop, two timed runs a case. It checks
what the runner prints and the JSON document's shape, never the figures: timings on a test
machine say nothing."""

from __future__ import annotations

import json
import os

import pytest

from benchmarks import load_test
from benchmarks.run import main
from benchmarks.starter import Starter
from tokocrm.services.actor import BUILTIN_OWNER
from tokocrm.services.dto import MemberInput

KEYS = {"case", "unit", "median", "p95", "baseline", "ratio", "members", "purchases"}
CASES = ["lookup card", "lookup phone", "lookup name rare", "lookup name common",
         "record purchase", "register member", "members table first paint",
         "members table scroll to end", "app start to first window shown",
         "export members", "export members peak memory", "import members",
         "import members peak memory", "segments", "segments vs plain RFM", "dashboard charts",
         "dashboard refresh", "CLV fit"]
TINY = ["--members", "300", "--repeats", "2"]


def test_every_case_runs_and_the_json_has_the_promised_shape(tmp_path, capsys):
    out = tmp_path / "bench.json"
    assert main([*TINY, "--json", str(out)]) == 0

    rows = json.loads(out.read_text(encoding="utf-8"))
    assert isinstance(rows, list)
    assert [row["case"] for row in rows] == CASES
    for row in rows:
        assert set(row) == KEYS
        assert row["unit"] == ("MB" if row["case"].endswith("peak memory") else "ms")
        assert row["members"] == 300
        assert row["purchases"] > 0
        assert 0 < row["median"] <= row["p95"]
        if row["baseline"] is None:
            assert row["ratio"] is None
        else:  # ours ÷ baseline in time, to 2 decimals
            assert row["ratio"] == round(row["median"] / row["baseline"], 2)
    printed = capsys.readouterr().out
    assert f"{os.cpu_count()} cores" in printed
    assert "Python " in printed and "SQLite " in printed
    assert all(case in printed for case in CASES)


def test_a_given_database_gets_the_shop_and_is_left_as_the_shop(db_url):
    writers = ["--case", "record purchase", "--case", "register member"]
    assert main([*TINY, "--db", db_url, *writers]) == 0
    # Reused only if the writing cases removed what they added.
    assert main([*TINY, "--db", db_url, *writers]) == 0


def test_a_database_that_is_not_the_sample_shop_is_refused(db_url, capsys):
    assert main([*TINY, "--db", db_url, "--case", "counter"]) == 0
    assert main(["--members", "250", "--repeats", "2", "--db", db_url, "--case", "counter"]) == 1
    assert "not the sample shop" in capsys.readouterr().err


def test_an_app_start_that_fails_says_why_instead_of_hanging(tmp_path):
    not_a_shop = tmp_path / "notes.db"
    not_a_shop.write_text("not a database", encoding="utf-8")
    starter = Starter(tmp_path, f"sqlite:///{not_a_shop}")
    try:  # the app shows its startup error in a message box, not the main window
        with pytest.raises(RuntimeError, match="QMessageBox") as refused:
            starter.start("ours")
    finally:
        starter.close()
    assert "tokocrm: " in str(refused.value)  # the child's stderr, with the app's reason


def test_the_load_test_finds_nothing_lost_with_tills_writing_at_once(db_url, tmp_path):
    """Tiny, but through the same processes and checks as `make load`, so it cannot rot."""
    out = tmp_path / "load.json"
    tiny = ["--tills", "2", "--purchases", "20", "--redeemers", "2", "--redemptions", "5",
            "--members", "20", "--timeout", "120"]
    assert load_test.main(["--db", db_url, *tiny, "--json", str(out)]) == 0

    [report] = json.loads(out.read_text(encoding="utf-8"))["reports"]
    assert report["passed"] and report["errors"] == 0 and not report["unfinished"]
    # Every sale of the tills committed; every redemption either done or refused.
    assert report["purchases"] == 2 * 20 + report["redeemed"]
    assert report["redeemed"] + report["refused"] == 2 * 5
    verdict = report["verdict"]
    assert verdict["stored"] == report["purchases"]
    assert verdict["lost"] == verdict["phantom"] == verdict["wrong"] == 0
    assert verdict["balance_mismatches"] == verdict["below_zero"] == 0
    assert verdict["ledger_problems"] == []


def test_the_load_test_refuses_a_database_that_holds_a_shop(services, db_url, capsys):
    services.members.register(BUILTIN_OWNER, MemberInput(name="A real customer"))
    assert load_test.main(["--db", db_url]) == 2
    assert "already holds members" in capsys.readouterr().err
    assert services.purchases.list(BUILTIN_OWNER) == []
