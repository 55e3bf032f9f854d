"""The LibreOffice sample member list, row for row against its answer key.

Statuses: ok and duplicate rows clean without errors (finding duplicates is the import
service's job), bad rows have field errors, the blank row is skipped and counted."""

from __future__ import annotations

import csv
from datetime import date

import pytest

from tests.io.files import DATA
from tokocrm.io.columns import MEMBERS, auto_mapping
from tokocrm.io.records import read_records
from tokocrm.io.spreadsheet import open_workbook
from tokocrm.io.table_finder import survey

SAMPLE = DATA / "contoh_member_libreoffice.xlsx"
KEY = DATA / "contoh_member_libreoffice.expected.csv"
TODAY = date(2025, 6, 1)


def _answer_key() -> dict[int, dict[str, str]]:
    with KEY.open(encoding="utf-8", newline="") as file:
        return {int(row["excel_row"]): row for row in csv.DictReader(file)}


@pytest.fixture(scope="module")
def records():
    with open_workbook(SAMPLE) as book:
        table = survey(book, MEMBERS).require_table(book.file_name)
        assert (table.sheet, table.header_row, table.first_column) == (
            "contoh_member_libreoffice", 1, 0)
        rows = read_records(book, table, auto_mapping(table.headers), today=TODAY)
        found = {record.row: record for record in rows}
        assert rows.blank_rows == 1 and rows.rows_read == 29
    return found


def _iso(value: object) -> str:
    return value.isoformat() if value is not None else ""


def test_mapping_names_every_column():
    with open_workbook(SAMPLE) as book:
        table = survey(book).require_table(book.file_name)
    assert auto_mapping(table.headers) == {
        "name": [0], "phone": [1], "birthday": [2], "email": [3], "address": [4],
        "points": [5], "joined_on": [6]}


@pytest.mark.parametrize("row", sorted(_answer_key()))
def test_row_matches_answer_key(records, row):
    expected = _answer_key()[row]
    if expected["status"] == "blank":
        assert row not in records
        return
    record = records[row]
    values = record.values
    assert (values["name"] or "").casefold() == expected["nama"].casefold()
    assert (values["phone"] or "") == expected["hp_e164"]
    assert _iso(values["birthday"]) == expected["tanggal_lahir"]
    assert _iso(values["joined_on"]) == expected["tanggal_daftar"]
    assert (values["email"] or "") == expected["email"]
    assert (values["address"] or "") == expected["alamat"]
    assert str(values["points"] if values["points"] is not None else "") == expected["poin"]
    assert record.ok == (expected["status"] in ("ok", "duplicate")), record.errors


def test_bad_rows_say_what_was_wrong(records):
    assert {(e.field, e.reason, e.value) for e in records[20].errors} == {
        ("phone", "not_mobile", "08123"),
        ("birthday", "impossible_date", "30/02/1985"),
        ("points", "not_whole_number", "seratus"),
    }
    assert [(e.field, e.reason) for e in records[23].errors] == [("name", "required")]
    assert records[20].errors[0].column == 1  # No. HP, column B
    assert records[20].raw[1] == "08123"


def test_names_keep_their_case_unless_all_caps_or_all_lower(records):
    assert records[5].values["name"] == "Mega Nainggolan"  # MEGA NAINGGOLAN
    assert records[6].values["name"] == "Bambang Siregar"  # '  bambang  siregar '
    assert records[2].values["name"] == "Sari Tanjung"


def test_the_duplicate_cleans_to_the_same_member(records):
    first, again = records[4].values, records[10].values
    for field in ("phone", "birthday", "email", "joined_on"):
        assert first[field] == again[field]
