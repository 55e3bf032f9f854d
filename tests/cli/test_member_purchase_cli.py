"""`tokocrm member …` and `tokocrm purchase …`: the contract scripts and a POS rely on."""

from __future__ import annotations

import pytest

from tokocrm.domain.cards import is_valid_ean13


def test_member_add_prints_the_card_and_find_lists_matches(cli, run_json):
    code, out, _ = cli("member", "add", "--name", "Siti Aminah", "--phone", "0812-3456-7890",
                       "--email", "siti@toko.id", "--birthday", "1990-05-17")
    card = out.strip()
    assert code == 0 and is_valid_ean13(card)
    found = run_json("member", "find", "6281234567890")
    assert [(m["card"], m["name"], m["phone"]) for m in found] == [
        (card, "Siti Aminah", "+6281234567890")]
    code, out, _ = cli("member", "find", "amin")
    assert code == 0 and card in out and "0812-3456-7890" in out
    assert run_json("member", "find", "nobody") == []


def test_member_add_json_is_the_member(cli, run_json):
    member = run_json("member", "add", "--name", "Budi", "--phone", "81398765432",
                      "--card", "LOY-0042")
    assert member["card"] == "LOY0042" and member["phone"] == "+6281398765432"
    assert member["birthday"] is None and member["status"] == "active"


def test_a_card_only_member_needs_no_phone(run_json):
    member = run_json("member", "add", "--name", "Pak Kartu", "--card", "LAMA-7")
    assert (member["card"], member["phone"]) == ("LAMA7", None)
    bought = run_json("purchase", "add", "--member", "LAMA7", "--amount", "20000")
    assert bought["card"] == "LAMA7"


@pytest.mark.parametrize("argv, field", [
    (["member", "add", "--name", "X", "--phone", "021-5550123"], "phone"),
    (["member", "add", "--name", "X", "--phone", "081234567890", "--birthday", "17/05/1990"],
     "birthday"),
    (["purchase", "add", "--member", "0899999999", "--amount", "1000"], "member"),
    (["purchase", "add", "--member", "081234567890", "--amount", "0"], "amount"),
    (["purchase", "add", "--member", "081234567890", "--amount", "-5"], "amount"),
    (["purchase", "add", "--member", "081234567890", "--amount", "lima ribu"], "amount"),
    (["purchase", "add", "--member", "081234567890", "--amount", "99999999999"], "amount"),
    (["purchase", "add", "--member", "081234567890", "--amount", "5000", "--at", "kemarin"], "at"),
    (["purchase", "add", "--member", "081234567890", "--amount", "5000", "--category", "Emas"],
     "category"),
    (["purchase", "void", "999", "--reason", "x"], "purchase"),
])
def test_bad_input_exits_1_with_one_line_and_saves_nothing(cli, run_json, argv, field):
    run_json("member", "add", "--name", "Siti", "--phone", "081234567890")
    code, out, err = cli(*argv)
    assert code == 1 and out == ""
    assert err.count("\n") == 1 and field in err and "Traceback" not in err
    assert run_json("purchase", "list") == []
    assert len(run_json("member", "find", "")) == 1


def test_duplicates_are_refused_with_the_existing_record_named(cli, run_json):
    run_json("member", "add", "--name", "Siti", "--phone", "081234567890")
    code, _, err = cli("member", "add", "--name", "Siti 2", "--phone", "+62 812-3456-7890")
    assert code == 1 and "Siti" in err and "0812-3456-7890" in err
    assert cli("purchase", "add", "--member", "081234567890", "--amount", "5000",
               "--receipt", "R1")[0] == 0
    code, _, err = cli("purchase", "add", "--member", "081234567890", "--amount", "5000",
                       "--receipt", "R1")
    assert code == 1 and "R1" in err
    assert len(run_json("purchase", "list")) == 1


def test_purchase_add_void_and_list(cli, run_json):
    card = run_json("member", "add", "--name", "Siti", "--phone", "081234567890")["card"]
    code, out, _ = cli("purchase", "add", "--member", card, "--amount", "1.250.000",
                       "--receipt", "INV-9", "--at", "2026-01-15T10:30", "--items", "3",
                       "--category", "sembako")
    purchase_id = int(out.splitlines()[0])
    assert out.splitlines()[1] == "points earned: 125"
    assert code == 0
    other = run_json("purchase", "add", "--member", "0812 3456 7890", "--amount", "20000")
    assert other["amount"] == 20000 and other["card"] == card

    voided = run_json("purchase", "void", str(other["id"]), "--reason", "salah input")
    assert voided["voided"] is True and voided["void_reason"] == "salah input"

    listed = run_json("purchase", "list", "--member", card, "--from", "2026-01-01",
                      "--to", "2026-01-31")
    assert [(p["id"], p["card"], p["amount"], p["time"], p["receipt"], p["voided"])
            for p in listed] == [(purchase_id, card, 1_250_000, "2026-01-15T10:30:00",
                                  "INV-9", False)]
    assert listed[0]["categories"] == ["Sembako"]
    assert len(run_json("purchase", "list")) == 2
    code, out, _ = cli("purchase", "list")
    assert "voided" in out and "INV-9" in out


def test_member_merge_by_card_and_phone(cli, run_json):
    keep = run_json("member", "add", "--name", "Siti", "--phone", "081234567890")
    other = run_json("member", "add", "--name", "Siti A", "--phone", "081311112222")
    run_json("purchase", "add", "--member", other["card"], "--amount", "5000")
    kept = run_json("member", "merge", keep["card"], "081311112222")
    assert kept["id"] == keep["id"]
    assert run_json("member", "find", other["card"])[0]["id"] == keep["id"]
    assert run_json("purchase", "list", "--member", keep["card"])[0]["amount"] == 5000
    code, _, err = cli("member", "merge", keep["card"], other["card"])
    assert code == 1 and err.count("\n") == 1
