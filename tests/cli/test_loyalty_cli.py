"""`tokocrm reward|points|redeem|loyalty …` and the points printed by `purchase add`."""

from __future__ import annotations

import json

import pytest

from tokocrm.cli import main


@pytest.fixture
def cli(db_url, capsys):
    def run(*argv: str) -> tuple[int, str, str]:
        code = main(["--db", db_url, *argv])
        out, err = capsys.readouterr()
        return code, out, err

    return run


def run_json(cli, *argv: str):
    code, out, err = cli(*argv, "--json")
    assert code == 0, err
    return json.loads(out)


def test_earn_look_up_redeem_and_account(cli):
    card = run_json(cli, "member", "add", "--name", "Siti", "--phone", "081234567890")["card"]
    bought = run_json(cli, "purchase", "add", "--member", card, "--amount", "500000")
    assert bought["points"] == 50
    points = run_json(cli, "points", card)
    assert (points["balance"], points["tier"], points["next_tier"]) == (60, "Silver", "Gold")
    assert points["to_next"] == 4_500_000  # 10 of the 60 are the welcome bonus

    reward = run_json(cli, "reward", "add", "--name", "Diskon 5rb", "--points", "40",
                      "--kind", "discount-rp", "--value", "5000")
    assert [r["id"] for r in run_json(cli, "reward", "list")] == [reward["id"]]
    redeemed = run_json(cli, "redeem", "0812-3456-7890", str(reward["id"]))
    assert (redeemed["points"], redeemed["balance"]) == (40, 20)

    code, _, err = cli("redeem", card, str(reward["id"]))
    assert code == 1 and "20 points" in err and err.count("\n") == 1
    liability = run_json(cli, "loyalty", "liability")
    assert (liability["issued"], liability["redeemed"], liability["outstanding"]) == (60, 40, 20)
    assert liability["liability"] == 20 * 100


def test_expire_is_idempotent(cli):
    card = run_json(cli, "member", "add", "--name", "Siti", "--phone", "081234567890")["card"]
    run_json(cli, "purchase", "add", "--member", card, "--amount", "100000")
    first = run_json(cli, "loyalty", "expire", "--as-of", "2099-01-01")
    assert first == {"expired_lots": 2, "expired_points": 20}
    assert run_json(cli, "loyalty", "expire", "--as-of", "2099-01-01")["expired_points"] == 0
    assert run_json(cli, "points", card)["balance"] == 0


@pytest.mark.parametrize("argv, field", [
    (["reward", "add", "--name", "X", "--points", "0", "--kind", "free-item"], "points"),
    (["reward", "add", "--name", "X", "--points", "5", "--kind", "discount-rp"], "value"),
    (["points", "0899999999"], "member"),
    (["loyalty", "expire", "--as-of", "besok"], "as_of"),
])
def test_bad_loyalty_input_exits_1_with_one_line(cli, argv, field):
    code, out, err = cli(*argv)
    assert code == 1 and out == "" and field in err and err.count("\n") == 1
