"""`tokocrm reward|points|redeem|loyalty …` and the points printed by `purchase add`."""

from __future__ import annotations

import pytest


def test_earn_look_up_redeem_and_account(cli, run_json):
    card = run_json("member", "add", "--name", "Siti", "--phone", "081234567890")["card"]
    bought = run_json("purchase", "add", "--member", card, "--amount", "500000")
    assert bought["points"] == 50
    points = run_json("points", card)
    assert (points["balance"], points["tier"], points["next_tier"]) == (60, "Silver", "Gold")
    assert points["to_next"] == 4_500_000  # 10 of the 60 are the welcome bonus
    code, said, _ = cli("points", card)
    assert code == 0 and ": 60 points, tier Silver, Rp4,500,000 more to Gold" in said

    reward = run_json("reward", "add", "--name", "Diskon 5rb", "--points", "40",
                      "--kind", "discount-rp", "--value", "5000")
    assert [r["id"] for r in run_json("reward", "list")] == [reward["id"]]
    redeemed = run_json("redeem", "0812-3456-7890", str(reward["id"]))
    assert (redeemed["points"], redeemed["balance"]) == (40, 20)

    code, _, err = cli("redeem", card, str(reward["id"]))
    assert code == 1 and "20 points" in err and err.count("\n") == 1
    liability = run_json("loyalty", "liability")
    assert (liability["issued"], liability["redeemed"], liability["outstanding"]) == (60, 40, 20)
    assert liability["liability"] == 20 * 100


def test_expire_is_idempotent(cli, run_json):
    card = run_json("member", "add", "--name", "Siti", "--phone", "081234567890")["card"]
    run_json("purchase", "add", "--member", card, "--amount", "100000")
    first = run_json("loyalty", "expire", "--as-of", "2099-01-01")
    assert first == {"expired_lots": 2, "expired_points": 20}
    assert run_json("loyalty", "expire", "--as-of", "2099-01-01")["expired_points"] == 0
    assert run_json("points", card)["balance"] == 0


@pytest.mark.parametrize("argv, field", [
    (["reward", "add", "--name", "X", "--points", "0", "--kind", "free-item"], "points"),
    (["reward", "add", "--name", "X", "--points", "5", "--kind", "discount-rp"], "value"),
    (["points", "0899999999"], "member"),
    (["loyalty", "expire", "--as-of", "besok"], "as_of"),
])
def test_bad_loyalty_input_exits_1_with_one_line(cli, run_json, argv, field):
    code, out, err = cli(*argv)
    assert code == 1 and out == "" and field in err and err.count("\n") == 1
