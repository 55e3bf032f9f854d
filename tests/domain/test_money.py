"""Amounts as people type them: grouped, with Rp, with rb/jt, and every ambiguous one refused."""

from __future__ import annotations

import pytest

from tokocrm.domain.errors import InvalidField
from tokocrm.domain.money import check_purchase_amount, english_rupiah, parse_rupiah


@pytest.mark.parametrize("typed, amount", [
    # plain and grouped: a separator before exactly three digits groups thousands
    ("1250000", 1_250_000), ("5000", 5000), ("0", 0), ("007", 7),
    ("1.250.000", 1_250_000), ("1,250,000", 1_250_000), ("1 250 000", 1_250_000),
    ("1\u00a0250\u00a0000", 1_250_000), ("1\u202f250\u202f000", 1_250_000),
    ("1.250", 1250), ("1,250", 1250), ("12.500", 12_500), ("999,999,999", 999_999_999),
    # a currency mark, a price tag's ",-"
    ("Rp 1.250.000", 1_250_000), ("Rp1,250,000", 1_250_000), ("rp1.250.000", 1_250_000),
    ("RP. 5.000", 5000), ("Rp.5000", 5000), ("IDR 5.000", 5000), ("Rp 25.000,-", 25_000),
    ("25.000.-", 25_000), ("  Rp 5.000  ", 5000),
    # zero cents, always two digits after the other separator
    ("1.250.000,00", 1_250_000), ("1,250,000.00", 1_250_000), ("1 250 000,00", 1_250_000),
    ("1250000,00", 1_250_000), ("150.00", 150), ("150,00", 150), ("Rp 1.250,00", 1250),
    # thousands and millions in words
    ("250 rb", 250_000), ("250rb", 250_000), ("250 ribu", 250_000), ("250k", 250_000),
    ("250 K", 250_000), ("1,5 rb", 1500), ("12.5k", 12_500),
    ("1,25 jt", 1_250_000), ("1.25jt", 1_250_000), ("1,25 juta", 1_250_000),
    ("1,5 jt", 1_500_000), ("2 jt", 2_000_000), ("2 JT", 2_000_000), ("0,5 jt", 500_000),
    ("1,2345 jt", 1_234_500), ("1,00 jt", 1_000_000), ("Rp 1,5jt", 1_500_000),
    ("1,5  jt", 1_500_000), ("1000 jt", 1_000_000_000),
])
def test_reads_amounts_as_people_write_them(typed, amount):
    assert parse_rupiah(typed) == amount


@pytest.mark.parametrize("typed, why", [
    # decimals without a unit: Indonesian decimals of one Rupiah, or a forgotten jt?
    ("1,25", "a fraction of Rp 1, or 1,25 jt?"), ("1.5", "1.5 Rupiah, or 1.5 jt?"),
    ("12.50", "12.50 Rupiah, or 12.500 short of a zero?"), ("1,0", "not cents (,00)"),
    ("1250,5", "1250.5 Rupiah, or 1250,5 rb?"), ("Rp 1,25", "the mark changes nothing"),
    # a separator before exactly three digits with a unit: decimals or thousands?
    ("1,250 jt", "1.25 million or 1,250 million"), ("1.250 jt", "the same with a dot"),
    ("1.500 rb", "1.5 thousand or 1,500 thousand"), ("1,000 juta", "1 or 1000 million"),
    ("12,345k", "12.345 thousand or 12,345 thousand"),
])
def test_refuses_what_could_mean_two_amounts(typed, why):
    with pytest.raises(InvalidField) as refused:
        parse_rupiah(typed)
    assert refused.value.params["reason"] == "ambiguous_amount", why
    assert refused.value.params["value"] == typed


@pytest.mark.parametrize("typed", [
    "", "   ", "abc", "lima ribu", "Rp", "jt", "rb 250", "-5000", "-Rp 5.000", "+5000",
    "1.250.000,50",  # real cents: not whole Rupiah
    "1,250,000.5", "1.250,5",  # cents are two digits
    "1,2345678 jt", "1,5555 rb",  # a shorthand that comes to a fraction of a Rupiah
    "1.250.00", "1,250,00", "1.250.000.00",  # cents with the grouping separator
    "1,250.000", "1.250,000", "1.250,000.00",  # two kinds of grouping
    "12.50.000", "1.2500", "12,5000", "0.500", "01.250",  # groups that are not thousands
    "12 50", "1 250 jt", "1.250.000 rb", "1,2,3 jt",  # grouping with a unit or badly spaced
    "5 m", "5 miliar", "5 jtt", "5 rbu", "5 rp", "Rp 5.000 Rp",  # unknown units
    "\u00b2", "\u0661\u0662\u0663", "\uff11\uff12\uff13",  # digits but not 0-9
    "9" * 65,  # too long to be an amount
])
def test_refuses_what_is_no_whole_amount(typed):
    with pytest.raises(InvalidField) as refused:
        parse_rupiah(typed, "cap")
    assert refused.value.params == {"field": "cap", "value": typed, "reason": "not_rupiah"}


def test_the_refusal_says_what_to_type_instead():
    with pytest.raises(InvalidField) as refused:
        parse_rupiah("1,25")
    assert str(refused.value) == ("amount: could mean two different amounts; type it in full "
                                  "(1250000) or with rb or jt (250 rb, 1.5 jt) (got '1,25')")


def test_what_it_reads_back_from_the_ui_grouping_is_the_same_amount():
    for amount in (0, 5, 999, 1000, 1250, 12_500, 1_250_000, 999_999_999, 10**15):
        for separator in (".", ",", " "):
            grouped = f"{amount:,}".replace(",", separator)
            assert parse_rupiah(grouped) == amount


@pytest.mark.parametrize("amount, reason", [
    (0, "not_positive"), (-5, "not_positive"), (1_000_000_001, "too_large"),
    (1.5, "not_rupiah"), (True, "not_rupiah"),
])
def test_a_purchase_amount_is_positive_and_believable(amount, reason):
    with pytest.raises(InvalidField) as refused:
        check_purchase_amount(amount)
    assert refused.value.params["reason"] == reason


def test_a_purchase_amount_up_to_the_limit_is_kept():
    assert check_purchase_amount(1_000_000_000) == 1_000_000_000
    assert check_purchase_amount(parse_rupiah("1,25 jt")) == 1_250_000


@pytest.mark.parametrize("amount, written", [
    (0, "Rp0"), (500, "Rp500"), (1_250_000, "Rp1,250,000"), (-75_000, "-Rp75,000")])
def test_the_command_line_writes_rupiah_as_the_english_ui_does(amount, written):
    assert english_rupiah(amount) == written
    assert parse_rupiah(written.lstrip("-")) == abs(amount)  # and reads back what it wrote
