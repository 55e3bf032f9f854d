"""Header aliases, automatic mappings of the common customer exports, signatures."""

from __future__ import annotations

import json
from collections import defaultdict

import pytest

from tokocrm.domain.errors import InvalidField
from tokocrm.io.columns import (
    _MEMBER_ALIASES,
    _PURCHASE_ALIASES,
    MEMBERS,
    PURCHASES,
    auto_mapping,
    column_fields,
    header_signature,
    match_header,
    normalize_header,
    restore_mapping,
    set_column,
    validate_mapping,
)


def _row(text: str) -> list[str]:
    return text.split(",")


# The header rows of the customer exports shops bring (Shopify's current customer export,
# Square's Customer Directory export, Loyverse Back Office, Odoo's contact list).
SHOPIFY = _row("Customer ID,First Name,Last Name,Email,Accepts Email Marketing,"
           "Default Address Company,Default Address Address1,Default Address Address2,"
           "Default Address City,Default Address Province Code,Default Address Country Code,"
           "Default Address Zip,Default Address Phone,Phone,Accepts SMS Marketing,Total Spent,"
           "Total Orders,Note,Tax Exempt,Tags")
SHOPIFY_OLD = _row("First Name,Last Name,Email,Accepts Marketing,Company,Address1,Address2,City,"
               "Province,Province Code,Country,Country Code,Zip,Phone,Total Spent,"
               "Total Orders,Tags,Note,Tax Exempt")
SQUARE = _row("Reference ID,First Name,Last Name,Email Address,Phone Number,Nickname,Company Name,"
          "Street Address 1,Street Address 2,City,State,Postal Code,Birthday,Memo,"
          "Square Customer ID,Creation Source,First Visit,Last Visit,Transaction Count,"
          "Lifetime Spend,Email Subscription Status,Instant Profile,"
          "Blocked from online booking")
LOYVERSE = _row("Customer name,Email,Phone,Address,City,Province/State,Postal code,Country,"
            "Customer code,Note,First visit,Last visit,Total visits,Total spent,"
            "Points balance")
ODOO = _row("Name,Email,Phone,Mobile,Street,Street2,City,State,Zip,Country,Created on,"
        "Reference,Barcode,Loyalty Points")
ODOO_TECHNICAL = _row("id,name,email,phone,mobile,street,city,zip,barcode,ref,create_date")


def test_shopify():
    assert auto_mapping(SHOPIFY) == {
        "customer_ref": [0], "name": [1, 2], "email": [3], "marketing_consent": [4, 14],
        "address": [6, 7, 8, 11], "phone": [13, 12], "notes": [17]}


def test_shopify_before_2023():
    mapping = auto_mapping(SHOPIFY_OLD)
    assert mapping["address"] == [5, 6, 7, 8, 12]  # Address1, Address2, City, Province, Zip
    assert mapping["marketing_consent"] == [3]
    assert mapping["phone"] == [13]


def test_square():
    assert auto_mapping(SQUARE) == {
        "name": [1, 2], "phone": [4], "email": [3], "card": [0], "birthday": [12],
        "address": [7, 8, 9, 10, 11], "joined_on": [16], "marketing_consent": [20],
        "notes": [13], "customer_ref": [14]}


def test_loyverse():
    assert auto_mapping(LOYVERSE) == {
        "name": [0], "phone": [2], "email": [1], "card": [8], "address": [3, 4, 5, 6],
        "points": [14], "joined_on": [10], "notes": [9]}


def test_odoo():
    assert auto_mapping(ODOO) == {
        "name": [0], "phone": [2, 3], "email": [1], "card": [12, 11],
        "address": [4, 5, 6, 7, 8], "points": [13], "joined_on": [10]}
    assert auto_mapping(ODOO_TECHNICAL) == {
        "name": [1], "phone": [3, 4], "email": [2], "card": [8, 9], "address": [5, 6, 7],
        "joined_on": [10], "customer_ref": [0]}


@pytest.mark.parametrize("header, field", [
    ("Nama", "name"), ("Nama Pelanggan", "name"), ("Customer name", "name"),
    ("No. HP", "phone"), ("No HP", "phone"), ("Telepon", "phone"), ("WhatsApp", "phone"),
    ("Phone", "phone"), ("Phone Number", "phone"), ("mobile_number", "phone"),
    ("Tanggal Lahir", "birthday"), ("Tgl Lahir", "birthday"), ("Birthday", "birthday"),
    ("date_of_birth", "birthday"), ("Email", "email"), ("Email Address", "email"),
    ("Alamat", "address"), ("Address", "address"), ("Poin", "points"),
    ("Points", "points"), ("total_points", "points"), ("Kode Member", "card"),
    ("Customer code", "card"), ("Barcode", "card"), ("Card", "card"),
    ("Tanggal Daftar", "joined_on"), ("First visit", "joined_on"),
    ("Creation Date", "joined_on"), ("Accepts Email Marketing", "marketing_consent"),
    ("Accepts SMS Marketing", "marketing_consent"), ("Jenis Kelamin", "gender"),
    ("Catatan", "notes"),
    # case, spacing, punctuation and a note in brackets do not matter
    ("  NO.  hp ", "phone"), ("Tanggal_Lahir", "birthday"), ("E-MAIL", "email"),
    ("Tgl. Lahir (dd/mm/yyyy)", "birthday"), ("Nama*", "name"),
])
def test_member_aliases(header, field):
    assert match_header(header).field == field


def test_first_and_last_name_are_joined_unless_a_full_name_column_exists():
    assert auto_mapping(["Last Name", "Email", "First Name"])["name"] == [2, 0]
    assert auto_mapping(["First Name", "Last Name", "Nama"])["name"] == [2]


def test_an_alias_names_one_field_only():
    for aliases in (_MEMBER_ALIASES, _PURCHASE_ALIASES):
        fields = defaultdict(set)
        for (field, _), texts in aliases.items():
            for text in texts:
                fields[normalize_header(text)].add(field)
        assert {alias: f for alias, f in fields.items() if len(f) > 1} == {}


def test_purchase_history_headers():
    headers = ["Tanggal", "No. Struk", "Kode Member", "No. HP", "Total Belanja", "Kasir"]
    assert auto_mapping(headers, PURCHASES) == {
        "card": [2], "phone": [3], "at": [0], "amount": [4], "receipt": [1]}
    loyverse_receipts = ["Date", "Receipt number", "Customer name", "Customer contacts",
                         "Gross sales", "Customer ID"]
    assert auto_mapping(loyverse_receipts, PURCHASES) == {
        "customer_ref": [5], "at": [0], "amount": [4], "receipt": [1]}


def test_signature_ignores_case_spacing_and_punctuation_but_not_order():
    assert header_signature(["Nama", "No. HP"]) == header_signature([" nama", "NO HP"])
    assert header_signature(["Nama", "No. HP"]) != header_signature(["No. HP", "Nama"])
    assert len(header_signature(SHOPIFY)) == 16


def test_user_overrides_a_column():
    mapping = auto_mapping(["Nama", "No. HP", "Keterangan", "Kode"])
    assert mapping == {"name": [0], "phone": [1], "notes": [2]}
    mapping = set_column(mapping, 3, "card")
    mapping = set_column(mapping, 2, None)
    assert mapping == {"name": [0], "phone": [1], "card": [3]}
    assert column_fields(mapping) == {0: "name", 1: "phone", 3: "card"}
    assert set_column(mapping, 3, "name") == {"name": [0, 3], "phone": [1]}


def test_mapping_round_trips_through_json():
    mapping = auto_mapping(SHOPIFY)
    assert restore_mapping(json.loads(json.dumps(mapping)), len(SHOPIFY)) == mapping
    assert restore_mapping(mapping, 5) is None  # the table is narrower now
    assert restore_mapping({"name": [0], "shoe_size": [1]}, 5) is None
    assert restore_mapping("name", 5) is None


@pytest.mark.parametrize("mapping, kind, field, reason", [
    ({"phone": [1]}, MEMBERS, "name", "not_mapped"),
    ({"name": [0], "points": [1]}, MEMBERS, "contact", "no_contact"),
    ({"name": [0], "phone": [9]}, MEMBERS, "phone", "bad_column"),
    ({"name": [0], "phone": [1], "shoe": [2]}, MEMBERS, "shoe", "unknown"),
    ({"card": [0], "at": [1]}, PURCHASES, "amount", "not_mapped"),
    ({"at": [1], "amount": [2]}, PURCHASES, "member", "no_member_key"),
])
def test_unusable_mappings(mapping, kind, field, reason):
    with pytest.raises(InvalidField) as refused:
        validate_mapping(mapping, 3, kind)
    assert (refused.value.params["field"], refused.value.params["reason"]) == (field, reason)

