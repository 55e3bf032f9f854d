"""`tokocrm demo`: the sample shop from the command line, with its loyalty history."""

from __future__ import annotations


def test_demo_makes_a_shop_with_points_the_loyalty_commands_account_for(cli, run_json):
    made = run_json("demo", "--members", "60", "--months", "14", "--seed", "3")
    assert made["members"] == 60 and made["purchases"] > 60
    assert made["points_entries"] > made["purchases"] // 2 and made["redemptions"] > 0
    assert made["feedback"] > 0 and 0 < made["complaints"] == len(run_json("complaints"))
    liability = run_json("loyalty", "liability")
    assert liability["issued"] == (liability["redeemed"] + liability["expired"]
                                   + liability["outstanding"])
    assert liability["redeemed"] > 0 and liability["expired"] > 0
    assert len(run_json("reward", "list")) >= 4
    assert run_json("loyalty", "expire")["expired_points"] == 0  # nothing due is left

    code, out, _ = cli("demo", "--members", "5")
    assert code == 1 and out == ""
