"""`tokocrm segments [--as-of DATE]`: the counts per segment and flag, as JSON."""

from __future__ import annotations

from datetime import date, timedelta


def test_counts_per_segment_and_flag(cli, run_json):
    card = run_json("member", "add", "--name", "Siti", "--phone", "081234567890")["card"]
    run_json("member", "add", "--name", "Budi", "--phone", "081398765432")
    run_json("purchase", "add", "--member", card, "--amount", "500000")
    found = run_json("segments")
    assert found["as_of"] == date.today().isoformat() and found["members"] == 2
    assert found["segments"] == {"potential": 1, "new": 1, "active": 0, "loyal": 0,
                                 "at_risk": 0, "former": 0}
    assert found["flags"] == {"high_value": 1, "recurring": 0}
    assert found["high_value_floor"] == 500_000
    yesterday = (date.today() - timedelta(days=1)).isoformat()
    assert run_json("segments", "--as-of", yesterday)["members"] == 0  # both joined today


def test_a_bad_date_is_refused_in_one_line(cli):
    code, out, err = cli("segments", "--as-of", "31-02-2026")
    assert code == 1 and out == "" and "as_of" in err and err.count("\n") == 1
