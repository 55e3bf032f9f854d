"""`tokocrm segments [--as-of DATE]` and `tokocrm clv [--until DATE] [--unit days|weeks]`."""

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


def test_clv_says_when_the_history_is_too_short(run_json):
    card = run_json("member", "add", "--name", "Siti", "--phone", "081234567890")["card"]
    run_json("purchase", "add", "--member", card, "--amount", "500000")
    fitted = run_json("clv", "--unit", "days")
    assert fitted == {"until": date.today().isoformat(), "unit": "days", "customers": 1,
                      "converged": False, "fallback": "history_too_short", "bg_nbd": None,
                      "gamma_gamma": None}


def test_clv_reports_the_fitted_parameters_of_a_sample_shop(run_json):
    run_json("demo", "--members", "300", "--months", "24", "--seed", "2")
    fitted = run_json("clv", "--until", date.today().isoformat())
    assert fitted["converged"] is True and fitted["fallback"] is None
    assert fitted["customers"] == fitted["bg_nbd"]["customers"] > 200
    assert set(fitted["bg_nbd"]) == {"r", "alpha", "a", "b", "log_likelihood", "customers",
                                     "converged"}
    assert fitted["bg_nbd"]["log_likelihood"] < 0 and fitted["gamma_gamma"]["q"] > 1
