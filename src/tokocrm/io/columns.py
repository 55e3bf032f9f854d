"""Which column holds which field: header aliases, automatic mapping, header signatures.

A *mapping* is a plain dict `{field: [column, ...]}`: `column` is the 0-based position in the
table's header (`Table.headers`), and a field may take several columns, in order:

- `name`: one full-name column, or first/middle/last name columns joined with spaces;
- `address`: street, second line, kelurahan, kecamatan, city, province, post code, joined
  with ", ";
- `marketing_consent`: every consent column (e-mail, SMS); yes if any says yes;
- any other field: fallbacks, the first one that holds a valid value wins (Shopify's Phone,
  then Default Address Phone).

It is JSON-serialisable as it is, so the import service can store the last mapping used per
`header_signature(headers)` and offer it again with `restore_mapping`.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from tokocrm.domain.cleaning import MEMBER_FIELDS, PURCHASE_FIELDS
from tokocrm.domain.errors import InvalidField

MEMBERS = "members"
PURCHASES = "purchases"
KINDS = (MEMBERS, PURCHASES)
FIELDS = {MEMBERS: MEMBER_FIELDS, PURCHASES: PURCHASE_FIELDS}
JOINED_FIELDS = frozenset({"name", "address", "notes", "receipt"})  # parts joined, in order

ColumnMapping = dict[str, list[int]]


@dataclass(frozen=True)
class Alias:
    field: str
    slot: str  # name: full/first/middle/last; address: its part; else the field itself
    rank: int  # lower wins among columns for the same slot, or comes first as a fallback


# Name slots in the order they are joined; address parts likewise.
_NAME_SLOTS = ("first", "middle", "last")
_ADDRESS_SLOTS = ("street", "street2", "kelurahan", "kecamatan", "city", "province", "zip")

_MEMBER_ALIASES: dict[tuple[str, str], tuple[str, ...]] = {
    ("name", "full"): (
        "Nama", "Nama Pelanggan", "Nama Member", "Nama Lengkap", "Nama Customer",
        "Nama Konsumen", "Name", "Full Name", "Customer Name", "Customer", "Member Name",
        "Contact Name", "Pelanggan", "Display Name",
    ),
    ("name", "first"): ("First Name", "first_name", "Given Name", "Nama Depan", "Firstname"),
    ("name", "middle"): ("Middle Name", "Nama Tengah"),
    ("name", "last"): ("Last Name", "last_name", "Family Name", "Surname", "Nama Belakang",
                       "Lastname"),
    ("phone", "phone"): (
        "No. HP", "No HP", "Nomor HP", "HP", "Handphone", "No. Handphone", "Nomor Handphone",
        "No. Telp", "No Telp", "Telp", "Telepon", "No. Telepon", "Nomor Telepon", "WhatsApp",
        "No. WhatsApp", "Nomor WhatsApp", "WA", "No. WA", "Nomor WA", "Phone", "Phone Number",
        "phone_number", "Mobile", "Mobile Number", "mobile_number", "Mobile Phone", "Cell",
        "Cell Phone", "Telephone", "Contact Number", "Customer Phone",
        # Shopify's address phone is a fallback after its own Phone column
        "Default Address Phone", "Billing Phone",
    ),
    ("email", "email"): (
        "Email", "E-mail", "Email Address", "E-mail Address", "email_address", "Alamat Email",
        "Alamat E-mail", "Surel", "Customer Email",
    ),
    ("birthday", "birthday"): (
        "Tanggal Lahir", "Tgl Lahir", "Tgl. Lahir", "Tanggal Ulang Tahun", "Ulang Tahun",
        "Lahir", "Birthday", "Birth Date", "Birthdate", "Date of Birth", "date_of_birth", "DOB",
        "birth_date",
    ),
    ("address", "street"): (
        "Alamat", "Alamat Lengkap", "Alamat Rumah", "Address", "Street", "Street Address",
        "Address1", "Address 1", "Address Line 1", "Default Address Address1",
        "Street Address 1", "Jalan",
    ),
    ("address", "street2"): (
        "Address2", "Address 2", "Address Line 2", "Default Address Address2",
        "Street Address 2", "Street2",
    ),
    ("address", "kelurahan"): ("Kelurahan", "Desa", "Kelurahan/Desa", "Desa/Kelurahan"),
    ("address", "kecamatan"): ("Kecamatan",),
    ("address", "city"): (
        "Kota", "Kabupaten", "Kota/Kabupaten", "Kabupaten/Kota", "City", "Default Address City",
        "Town",
    ),
    ("address", "province"): ("Provinsi", "Propinsi", "Province", "State", "Region",
                              "Province/State", "State/Province"),
    ("address", "zip"): (
        "Kode Pos", "Kodepos", "Zip", "Zip Code", "Postal Code", "Postcode", "postal_code",
        "Default Address Zip",
    ),
    ("points", "points"): (
        "Poin", "Point", "Points", "Jumlah Poin", "Total Poin", "Saldo Poin", "Sisa Poin",
        "Poin Member", "Total Points", "total_points", "Points Balance", "Point Balance",
        "Loyalty Points", "loyalty_points", "Reward Points",
    ),
    ("card", "card"): (
        "Kode Member", "Kode Pelanggan", "Kode Customer", "No. Member", "No Member",
        "Nomor Member", "ID Member", "Member ID", "No. Kartu", "No Kartu", "Nomor Kartu",
        "Kartu", "Kartu Member", "Card", "Card Number", "Card No", "Member Card",
        "Member Code", "Customer Code", "customer_code", "Barcode",
        # codes other systems let the shop set: fallbacks after a card or barcode column
        "Reference ID", "Internal Reference", "Reference", "ref",
    ),
    ("joined_on", "joined_on"): (
        "Tanggal Daftar", "Tgl Daftar", "Tgl. Daftar", "Tanggal Bergabung", "Tanggal Registrasi",
        "Tanggal Gabung", "Member Sejak", "Terdaftar", "Member Since", "Customer Since",
        "Joined", "Joined On", "Join Date", "Date Joined", "Registration Date", "Registered",
        "Signup Date", "Sign Up Date", "Date Added",
        # when the customer record was made, then the first visit: fallbacks
        "Creation Date", "Created", "Created At", "Created On", "create_date", "created_at",
        "Date Created", "First Visit", "first_visit",
    ),
    ("marketing_consent", "marketing_consent"): (
        "Accepts Email Marketing", "Accepts SMS Marketing", "Accepts Marketing",
        "Accepts WhatsApp Marketing", "Email Subscription Status", "SMS Subscription Status",
        "Marketing Consent", "Persetujuan Promosi", "Bersedia Menerima Promo",
        "Terima Promo", "Setuju Promosi", "Opt In", "Newsletter", "Subscribed",
    ),
    ("gender", "gender"): ("Jenis Kelamin", "Kelamin", "Gender", "Sex", "JK", "L/P"),
    ("status", "status"): ("Status", "Status Member", "Status Anggota", "Member Status",
                           "Aktif", "Active"),
    ("notes", "notes"): ("Catatan", "Keterangan", "Notes", "Note", "Memo", "Comment",
                         "Comments"),
    ("customer_ref", "customer_ref"): (
        "Customer ID", "customer_id", "Square Customer ID", "ID Pelanggan", "ID Customer",
        "External ID", "ID",
    ),
}

_PURCHASE_ALIASES: dict[tuple[str, str], tuple[str, ...]] = {
    ("card", "card"): (
        "Kode Member", "Kode Pelanggan", "No. Member", "No Member", "ID Member", "Member ID",
        "No. Kartu", "No Kartu", "Nomor Kartu", "Kartu", "Card", "Card Number", "Member Card",
        "Customer Code", "customer_code", "Barcode",
    ),
    ("phone", "phone"): (
        "No. HP", "No HP", "Nomor HP", "HP", "Telepon", "No. Telp", "WhatsApp", "WA", "Phone",
        "Phone Number", "phone_number", "Mobile", "Mobile Number", "mobile_number",
        "Customer Phone", "No. HP Member", "HP Member",
    ),
    ("email", "email"): ("Email", "E-mail", "Email Address", "Customer Email"),
    ("customer_ref", "customer_ref"): (
        "Customer ID", "customer_id", "Square Customer ID", "ID Pelanggan", "ID Customer",
        "Customer Reference ID", "Customer",
    ),
    ("at", "at"): (
        "Tanggal", "Tgl", "Tanggal Transaksi", "Tgl Transaksi", "Tanggal Pembelian",
        "Tanggal Belanja", "Waktu", "Waktu Transaksi", "Date", "Datetime", "Date/Time",
        "Transaction Date", "Order Date", "Purchase Date", "Receipt Date", "receipt_date",
        "Paid At", "Created At", "created_at", "Time",
    ),
    ("amount", "amount"): (
        "Total", "Total Belanja", "Total Harga", "Total Bayar", "Jumlah", "Jumlah Belanja",
        "Nominal", "Grand Total", "Amount", "Total Amount", "Total Money", "total_money",
        "Net Sales", "Gross Sales", "Total Collected", "Subtotal",
    ),
    ("receipt", "receipt"): (
        "No. Struk", "No Struk", "Nomor Struk", "Struk", "No. Nota", "No Nota", "Nomor Nota",
        "Nota", "No. Faktur", "No Faktur", "Nomor Faktur", "No. Transaksi", "No Transaksi",
        "Nomor Transaksi", "ID Transaksi", "Kode Transaksi", "Invoice", "Invoice No",
        "Invoice Number", "Receipt", "Receipt No", "Receipt Number", "receipt_number",
        "Transaction ID", "Order ID", "Order Number", "Payment ID",
    ),
}


def normalize_header(text: object) -> str:
    """'No. HP' -> 'nohp', ' Customer_Name ' -> 'customername': case, spacing, punctuation,
    accents and a trailing '(...)' note are ignored."""
    folded = unicodedata.normalize("NFKD", "" if text is None else str(text))
    folded = re.sub(r"[(\[].*?[)\]]", "", folded)
    return "".join(ch for ch in folded.casefold() if ch.isalnum())


def _alias_table(aliases: Mapping[tuple[str, str], tuple[str, ...]]) -> dict[str, Alias]:
    table: dict[str, Alias] = {}
    for (field, slot), texts in aliases.items():
        for rank, text in enumerate(texts):
            table.setdefault(normalize_header(text), Alias(field, slot, rank))
    return table


ALIASES = {MEMBERS: _alias_table(_MEMBER_ALIASES), PURCHASES: _alias_table(_PURCHASE_ALIASES)}


def match_header(text: object, kind: str = MEMBERS) -> Alias | None:
    """The field a header names, or None."""
    return ALIASES[kind].get(normalize_header(text))


def header_signature(headers: Sequence[object]) -> str:
    """A stable key for a header row: the same columns (case, spacing and punctuation aside)
    in the same order give the same signature."""
    joined = "\x1f".join(normalize_header(header) for header in headers)
    return hashlib.sha256(joined.encode()).hexdigest()[:16]


def auto_mapping(headers: Sequence[object], kind: str = MEMBERS) -> ColumnMapping:
    """The mapping a person would make from the header texts alone."""
    matches = [(alias, column) for column, header in enumerate(headers)
               if (alias := match_header(header, kind)) is not None]
    mapping: ColumnMapping = {}
    for field in FIELDS[kind]:
        found = [(alias, column) for alias, column in matches if alias.field == field]
        if found:
            mapping[field] = _choose(field, found)
    return mapping


def _choose(field: str, found: list[tuple[Alias, int]]) -> list[int]:
    best: dict[str, tuple[int, int]] = {}
    for alias, column in found:
        if alias.slot not in best or (alias.rank, column) < best[alias.slot]:
            best[alias.slot] = (alias.rank, column)
    if field == "name":
        if "full" in best:
            return [best["full"][1]]
        return [best[slot][1] for slot in _NAME_SLOTS if slot in best]
    if field == "address":
        return [best[slot][1] for slot in _ADDRESS_SLOTS if slot in best]
    return [column for _, column in sorted((alias.rank, column) for alias, column in found)]


def recognised_fields(headers: Iterable[object], kind: str = MEMBERS) -> set[str]:
    return {alias.field for header in headers if (alias := match_header(header, kind))}


def column_fields(mapping: Mapping[str, Sequence[int]]) -> dict[int, str]:
    """The mapping seen from the columns (for a wizard's one drop-down per column)."""
    return {column: field for field, columns in mapping.items() for column in columns}


def set_column(mapping: Mapping[str, Sequence[int]], column: int, field: str | None
               ) -> ColumnMapping:
    """A copy of `mapping` with `column` feeding `field` (or nothing when None). The column
    leaves any other field; a joined field keeps its columns in sheet order."""
    updated = {name: [c for c in columns if c != column] for name, columns in mapping.items()}
    if field is not None:
        updated.setdefault(field, []).append(column)
        if field in JOINED_FIELDS:
            updated[field].sort()
    return {name: columns for name, columns in updated.items() if columns}


def validate_mapping(mapping: Mapping[str, Sequence[int]], width: int, kind: str = MEMBERS
                     ) -> None:
    """InvalidField when the mapping cannot give a row what it needs: a field name not of
    `kind` ('unknown'), a column outside the table ('bad_column'), a member without a name
    column ('not_mapped', field name) or without a phone, e-mail or card column
    ('no_contact'), a purchase without amount or date ('not_mapped') or member key
    ('no_member_key')."""
    for field, columns in mapping.items():
        if field not in FIELDS[kind]:
            raise InvalidField(field=field, value=field, reason="unknown")
        for column in columns:
            if isinstance(column, bool) or not isinstance(column, int) or not 0 <= column < width:
                raise InvalidField(field=field, value=column, reason="bad_column")
    mapped = {field for field, columns in mapping.items() if columns}
    if kind == MEMBERS:
        if "name" not in mapped:
            raise InvalidField(field="name", value=None, reason="not_mapped")
        if not mapped & {"phone", "email", "card"}:
            raise InvalidField(field="contact", value=None, reason="no_contact")
        return
    for field in ("at", "amount"):
        if field not in mapped:
            raise InvalidField(field=field, value=None, reason="not_mapped")
    if not mapped & {"card", "phone", "email", "customer_ref"}:
        raise InvalidField(field="member", value=None, reason="no_member_key")


def restore_mapping(saved: object, width: int, kind: str = MEMBERS) -> ColumnMapping | None:
    """A stored mapping (e.g. read back from JSON) if it still fits a table `width` columns
    wide, else None. Unknown fields and columns out of range make it unusable."""
    if not isinstance(saved, Mapping):
        return None
    mapping = {str(field): list(columns) for field, columns in saved.items()
               if isinstance(columns, list | tuple)}
    if len(mapping) != len(saved):
        return None
    try:
        for field, columns in mapping.items():
            if field not in FIELDS[kind] or any(
                    isinstance(c, bool) or not isinstance(c, int) or not 0 <= c < width
                    for c in columns):
                return None
    except TypeError:
        return None
    return {field: columns for field, columns in mapping.items() if columns}
