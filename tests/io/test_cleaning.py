"""Cleaning single cells (domain.cleaning): the edge cases a shop's spreadsheet brings."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tokocrm.domain.cleaning import (
    Rules,
    _quick_mobile,
    clean_address,
    clean_birthday,
    clean_card,
    clean_consent,
    clean_date,
    clean_datetime,
    clean_email,
    clean_gender,
    clean_member,
    clean_name,
    clean_phone,
    clean_points,
    clean_purchase,
    clean_rupiah,
    clean_status,
    clean_whole_number,
    guess_day_first,
)
from tokocrm.domain.errors import InvalidField
from tokocrm.domain.members import Gender, MemberStatus
from tokocrm.domain.phone import parse_mobile

TODAY = date(2025, 6, 1)
RULES = Rules(today=TODAY)


def _reason(call) -> str:
    with pytest.raises(InvalidField) as refused:
        call()
    return refused.value.params["reason"]


@pytest.mark.parametrize("value", [
    81234567890, 81234567890.0, 6281234567890.0, "081234567890", "0812-3456-7890",
    "0812 3456 7890", "+62 812-3456-7890", "(+62) 812 3456 7890", "+6281234567890",
    "62 812 3456 7890", "'+6281234567890", " 0812.3456.7890 ", "(0812) 3456-7890",
])
def test_phones_in_every_writing(value):
    assert clean_phone(value) == "+6281234567890"


@pytest.mark.parametrize("value", ["08123", "021 5551234", "+1 415 555 2671", 8123.5,
                                   "6.28123E+12", "0812-3456-7890 / 0813", True,
                                   date(2020, 1, 1)])
def test_not_phones(value):
    assert _reason(lambda: clean_phone(value)) == "not_mobile"


@pytest.mark.parametrize("value", [None, "", "   "])
def test_blank_is_none(value):
    for clean in (clean_phone, clean_email, clean_card, clean_points, clean_consent,
                  clean_gender, clean_rupiah):
        assert clean(value) is None
    assert clean_birthday(value, RULES) is None


_PREFIXES = st.sampled_from(["", "0", "+62", "+62 ", "(+62) ", "62", "0 ", "+620", "8"])
_SEPARATOR = st.sampled_from(["", " ", "-", ".", "(", ")"])


@given(prefix=_PREFIXES, digits=st.text("0123456789", min_size=5, max_size=14),
       separators=st.lists(_SEPARATOR, min_size=14, max_size=14))
def test_quick_path_agrees_with_parse_mobile(prefix, digits, separators):
    body = "".join(d + s for d, s in zip(digits, separators, strict=False))
    for text in (prefix + "8" + body, prefix + body):
        quick = _quick_mobile(text)
        assert quick is None or quick == parse_mobile(text), text
        assert clean_phone_or_none(text) == parse_mobile(text), text


def clean_phone_or_none(text: str) -> str | None:
    try:
        return clean_phone(text)
    except InvalidField:
        return None


@pytest.mark.parametrize("value, expected", [
    (date(1985, 5, 30), date(1985, 5, 30)),
    (datetime(1985, 5, 30, 14, 0), date(1985, 5, 30)),
    (31197, date(1985, 5, 30)),  # Excel serial, 1900 system
    (31197.0, date(1985, 5, 30)),
    ("30/05/1985", date(1985, 5, 30)),
    ("30-05-1985", date(1985, 5, 30)),
    ("30.05.1985", date(1985, 5, 30)),
    ("1985-05-30", date(1985, 5, 30)),
    ("1985/05/30", date(1985, 5, 30)),
    ("30 Mei 1985", date(1985, 5, 30)),
    ("5 September 1966", date(1966, 9, 5)),
    ("12 Januari 1990", date(1990, 1, 12)),
    ("3 Agu 2001", date(2001, 8, 3)),
    ("3 agustus 2001", date(2001, 8, 3)),
    ("17 Agt 1945", date(1945, 8, 17)),
    ("1 Okt 1999", date(1999, 10, 1)),
    ("25 Desember 1977", date(1977, 12, 25)),
    ("5-Sep-66", date(1966, 9, 5)),
    ("September 5, 1966", date(1966, 9, 5)),
    ("May 30th 1985", date(1985, 5, 30)),
    ("19850530", date(1985, 5, 30)),
    (19850530, date(1985, 5, 30)),
    ("12/25/1990", date(1990, 12, 25)),  # cannot be day first
    ("01/02/03", date(2003, 2, 1)),
])
def test_dates(value, expected):
    assert clean_birthday(value, RULES) == expected


def test_1904_date_system_serials():
    assert clean_birthday(29735, Rules(today=TODAY, date1904=True)) == date(1985, 5, 30)


def test_month_first_column():
    rules = Rules(today=TODAY, month_first=frozenset({"birthday"}))
    assert clean_birthday("05/09/1966", rules) == date(1966, 5, 9)
    assert clean_birthday("05/09/1966", RULES) == date(1966, 9, 5)
    assert guess_day_first(["05/09/1966", "25/12/1990"]) is True
    assert guess_day_first(["05/09/1966", "12/25/1990"]) is False
    assert guess_day_first(["05/09/1966", None, 3]) is True


@pytest.mark.parametrize("value, reason", [
    ("30/02/1985", "impossible_date"),
    ("31/04/2001", "impossible_date"),
    ("29/02/2023", "impossible_date"),
    ("32/01/2000", "impossible_date"),
    ("1985-13-01", "impossible_date"),
    ("kemarin", "not_date"),
    ("1985", "not_date"),
    ("5 Smarch 1966", "not_date"),
    (timedelta(days=3), "not_date"),
    (time(10, 30), "not_date"),
    (True, "not_date"),
    (60, "impossible_date"),  # Excel's 1900-02-29
    (-5, "not_date"),
    ("02/06/2025", "future"),
    (date(2030, 1, 1), "future"),
    ("01/01/1880", "impossible_birthday"),
])
def test_bad_birthdays(value, reason):
    assert _reason(lambda: clean_birthday(value, RULES)) == reason


def test_join_dates_may_be_today_but_not_tomorrow():
    assert clean_date(TODAY, "joined_on", RULES) == TODAY
    assert _reason(lambda: clean_date("02/06/2025", "joined_on", RULES)) == "future"


def test_datetimes_keep_their_time():
    assert clean_datetime("03/04/2025 13:45", "at", RULES) == datetime(2025, 4, 3, 13, 45)
    assert clean_datetime("2025-04-03T13:45:10Z", "at", RULES) == datetime(
        2025, 4, 3, 13, 45, 10)
    assert clean_datetime(45750.5, "at", RULES) == datetime(2025, 4, 3, 12, 0)


@pytest.mark.parametrize("value, expected", [
    ("  bambang  siregar ", "Bambang Siregar"), ("MEGA NAINGGOLAN", "Mega Nainggolan"),
    ("ni putu AYU", "ni putu AYU"), ("McDonald", "McDonald"), ("o'neil", "O'Neil"),
    ("Budi\tSantoso\n", "Budi Santoso"),
])
def test_names(value, expected):
    assert clean_name(value) == expected


def test_name_required_and_limited():
    assert _reason(lambda: clean_name("   ")) == "required"
    assert _reason(lambda: clean_name("x" * 101)) == "too_long"


def test_emails():
    assert clean_email("  MEGA.SUSANTO@EXAMPLE.ORG ") == "mega.susanto@example.org"
    assert _reason(lambda: clean_email("mega at example")) == "not_email"


@pytest.mark.parametrize("value, expected", [
    (1250, 1250), (1250.0, 1250), ("1250", 1250), ("1.250", 1250), ("1,250", 1250),
    ("1.250.000", 1250000), ("1,250,000", 1250000), ("150.00", 150), ("150,00", 150),
    ("1.250,00", 1250), (" 12 ", 12), ("'480", 480), ("0", 0),
])
def test_points(value, expected):
    assert clean_points(value) == expected


@pytest.mark.parametrize("value, reason", [
    ("seratus", "not_whole_number"), ("1.5", "not_whole_number"), (12.5, "not_whole_number"),
    ("1,25", "not_whole_number"), ("-5", "negative"), (-5, "negative"),
    (True, "not_whole_number"), (date(2020, 1, 1), "not_whole_number"),
    (2_000_000_000, "out_of_range"), (float("nan"), "not_whole_number"),
])
def test_bad_points(value, reason):
    assert _reason(lambda: clean_points(value)) == reason


@given(st.integers(min_value=0, max_value=10**12))
def test_whole_numbers_written_with_separators(number):
    dotted = f"{number:,}".replace(",", ".")
    assert clean_whole_number(dotted, "points") == number
    assert clean_whole_number(f"{number:,}", "points") == number
    assert clean_whole_number(f"Rp {dotted}", "amount") == number


def test_rupiah():
    assert clean_rupiah("Rp 125.000") == 125000
    assert clean_rupiah("IDR 125,000.00") == 125000
    assert _reason(lambda: clean_rupiah(0)) == "not_positive"
    assert _reason(lambda: clean_rupiah("-50.000")) == "not_positive"


@pytest.mark.parametrize("value, expected", [
    ("Yes", True), ("ya", True), ("TRUE", True), (True, True), (1, True), (1.0, True),
    ("x", True), ("Subscribed", True), ("No", False), ("Tidak", False), ("false", False),
    (0, False), ("Unsubscribed", False), ("unknown", None), ("-", None),
])
def test_consent(value, expected):
    assert clean_consent(value) is expected


def test_bad_consent_and_gender():
    assert _reason(lambda: clean_consent("mungkin")) == "not_yes_no"
    assert _reason(lambda: clean_consent(2)) == "not_yes_no"
    assert _reason(lambda: clean_gender("lainnya")) == "not_gender"


@pytest.mark.parametrize("value, expected", [
    ("L", Gender.MALE), ("Laki-laki", Gender.MALE), ("pria", Gender.MALE), ("M", Gender.MALE),
    ("P", Gender.FEMALE), ("Perempuan", Gender.FEMALE), ("Wanita", Gender.FEMALE),
    ("F", Gender.FEMALE), ("female", Gender.FEMALE),
])
def test_gender(value, expected):
    assert clean_gender(value) is expected


@pytest.mark.parametrize("value, expected", [
    ("active", MemberStatus.ACTIVE), (" Aktif ", MemberStatus.ACTIVE),
    ("inactive", MemberStatus.INACTIVE), ("Tidak  Aktif", MemberStatus.INACTIVE),
    ("NON-AKTIF", MemberStatus.INACTIVE), ("", None), (None, None),
])
def test_status(value, expected):
    assert clean_status(value) is expected


def test_a_status_other_than_active_or_inactive_is_refused():
    assert _reason(lambda: clean_status("merged")) == "not_status"
    assert _reason(lambda: clean_status("VIP")) == "not_status"


def test_cards_and_addresses():
    assert clean_card(2900000000017.0) == "2900000000017"
    assert clean_card(" mbr-0012 ") == "MBR0012"
    assert _reason(lambda: clean_card("kartu #1")) == "card_code"
    assert clean_address("Jl. Mawar 5,\r\nBandung\n\n40115") == "Jl. Mawar 5, Bandung, 40115"


def test_member_row_combines_columns():
    cleaned, errors = clean_member({
        "name": ["SITI", "AMINAH"], "phone": [None, "0812-3456-7890"],
        "address": ["Jl. Mawar 5", None, "Bandung"], "marketing_consent": ["no", "yes"],
    }, RULES)
    assert errors == []
    assert cleaned["name"] == "Siti Aminah"
    assert cleaned["phone"] == "+6281234567890"
    assert cleaned["address"] == "Jl. Mawar 5, Bandung"
    assert cleaned["marketing_consent"] is True
    assert cleaned["email"] is None and cleaned["points"] is None


def test_fallback_column_used_when_the_first_is_bad():
    cleaned, errors = clean_member({"name": ["Budi"], "phone": ["021 555 1234",
                                                                "0812-3456-7890"]}, RULES)
    assert (cleaned["phone"], errors) == ("+6281234567890", [])
    _, errors = clean_member({"name": ["Budi"], "phone": ["021 555 1234", "0812"]}, RULES)
    assert [e.params["value"] for e in errors] == ["021 555 1234"]


def test_member_needs_a_name_and_a_way_to_find_them():
    _, errors = clean_member({"name": ["Budi"], "points": [5]}, RULES)
    assert [(e.params["field"], e.params["reason"]) for e in errors] == [
        ("contact", "no_contact")]
    for contact in ({"card": ["C1"]}, {"email": ["b@example.com"]}, {"phone": ["0812345678"]}):
        assert clean_member({"name": ["Budi"], **contact}, RULES)[1] == []
    _, errors = clean_member({"phone": ["0812345678"]}, RULES)
    assert [e.params["reason"] for e in errors] == ["required"]


def test_purchase_row():
    cleaned, errors = clean_purchase({"card": ["2900000000017"], "at": ["03/04/2025 13:45"],
                                      "amount": ["Rp 125.000"], "receipt": [" S-001 "]}, RULES)
    assert errors == []
    assert cleaned == {"card": "2900000000017", "phone": None, "email": None,
                       "customer_ref": None, "at": datetime(2025, 4, 3, 13, 45),
                       "amount": 125000, "receipt": "S-001"}
    _, errors = clean_purchase({"at": ["03/07/2025"], "amount": [None]}, RULES)
    assert [(e.params["field"], e.params["reason"]) for e in errors] == [
        ("at", "future"), ("amount", "required"), ("member", "no_member_key")]
