"""From sheet to cleaned records: row numbers, raw values, blank rows, errors by column."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from openpyxl import Workbook
from openpyxl.utils.datetime import CALENDAR_MAC_1904

from tests.io.files import make_xlsx
from tokocrm.domain.errors import InvalidField
from tokocrm.io.columns import MEMBERS, PURCHASES, auto_mapping
from tokocrm.io.records import read_records
from tokocrm.io.spreadsheet import open_workbook
from tokocrm.io.table_finder import find_table, survey

TODAY = date(2025, 6, 1)


def _records(path, kind=MEMBERS, mapping=None):
    with open_workbook(path) as book:
        table = survey(book, kind).require_table(book.file_name)
        records = read_records(book, table, mapping or auto_mapping(table.headers, kind),
                               kind=kind, today=TODAY)
        return table, list(records), records


def test_shopify_csv_export(tmp_path):
    path = tmp_path / "customers_export.csv"
    path.write_text(
        "Customer ID,First Name,Last Name,Email,Accepts Email Marketing,"
        "Default Address Address1,Default Address City,Default Address Zip,"
        "Default Address Phone,Phone,Accepts SMS Marketing,Total Spent\n"
        "'7210448301122,SITI,AMINAH,Siti@Example.com,no,Jl. Mawar 5,Bandung,'40115,"
        ",'+6281234567890,yes,150.00\n"
        ",,,,,,,,,,,\n"
        "'7210448301123,Eko,,,no,,,,0812 9999 8888,,no,0.00\n", encoding="utf-8-sig")
    table, records, stream = _records(path)
    assert stream.blank_rows == 1 and stream.rows_read == 3
    first, second = records
    assert first.row == 2 and first.ok
    assert first.values["name"] == "Siti Aminah"
    assert first.values["email"] == "siti@example.com"
    assert first.values["phone"] == "+6281234567890"
    assert first.values["address"] == "Jl. Mawar 5, Bandung, 40115"
    assert first.values["marketing_consent"] is True
    assert first.values["customer_ref"] == "7210448301122"
    assert first.raw[0] == "'7210448301122" and len(first.raw) == table.width
    assert second.row == 4 and second.ok
    assert (second.values["name"], second.values["phone"]) == ("Eko", "+6281299998888")
    assert second.values["marketing_consent"] is False


def test_errors_name_their_column_and_value(tmp_path):
    path = make_xlsx(tmp_path / "m.xlsx", {"Member": [
        ["Daftar member"], [], ["Nama", "No. HP", "Tgl Lahir", "Poin"],
        ["Budi", "0812", "31/02/1990", "sepuluh"]]}, origin="B1")
    table, [record], _ = _records(path)
    assert (table.header_row, table.first_column) == (3, 1)
    assert record.row == 4 and not record.ok
    found = {(e.field, e.reason, e.value, table.column_letter(e.column)) for e in record.errors}
    assert found == {("phone", "not_mobile", "0812", "C"),
                     ("birthday", "impossible_date", "31/02/1990", "D"),
                     ("points", "not_whole_number", "sepuluh", "E")}
    error = next(e for e in record.errors if e.field == "phone")
    assert isinstance(error.as_error(), InvalidField)
    assert error.message() == "phone: is not an Indonesian mobile number (got '0812')"


def test_row_level_error_has_no_column(tmp_path):
    path = make_xlsx(tmp_path / "m.xlsx", {"M": [["Nama", "No. HP", "Poin"], ["Budi", None, 5]]})
    _, [record], _ = _records(path)
    [error] = record.errors
    assert (error.field, error.reason, error.column, error.value) == (
        "contact", "no_contact", None, None)


def test_american_dates_are_read_month_first_for_the_whole_column(tmp_path):
    path = make_xlsx(tmp_path / "m.xlsx", {"M": [
        ["Name", "Phone", "Birthday"], ["Ann", "0812345678", "05/09/1966"],
        ["Bob", "0812345679", "12/25/1990"]]})
    _, records, _ = _records(path)
    assert [r.values["birthday"] for r in records] == [date(1966, 5, 9), date(1990, 12, 25)]


def test_date_serials_in_a_1904_workbook(tmp_path):
    book = Workbook()
    book.epoch = CALENDAR_MAC_1904
    sheet = book.active
    sheet.append(["Nama", "No. HP", "Tanggal Lahir", "Tanggal Daftar"])
    sheet.append(["Budi", "0812345678", 29735, date(2020, 1, 2)])  # a bare serial, a date
    book.save(tmp_path / "mac.xlsx")
    _, [record], _ = _records(tmp_path / "mac.xlsx")
    assert record.values["birthday"] == date(1985, 5, 30)
    assert record.values["joined_on"] == date(2020, 1, 2)


def test_purchase_history(tmp_path):
    path = make_xlsx(tmp_path / "p.xlsx", {"Transaksi": [
        ["Tanggal", "No. Struk", "Kode Member", "No. HP", "Total"],
        [datetime(2025, 5, 1, 10, 30), "S-1", "2900000000017", None, 125000],
        ["02/05/2025", "S-2", None, "0812-3456-7890", "Rp 80.000"],
        ["03/05/2025", "S-3", None, None, 0]]})
    _, records, _ = _records(path, PURCHASES)
    assert [(r.row, r.ok) for r in records] == [(2, True), (3, True), (4, False)]
    assert records[0].values["at"] == datetime(2025, 5, 1, 10, 30)
    assert records[1].values == {"card": None, "phone": "+6281234567890", "email": None,
                                 "customer_ref": None, "at": datetime(2025, 5, 2),
                                 "amount": 80000, "receipt": "S-2"}
    assert {(e.field, e.reason) for e in records[2].errors} == {
        ("amount", "not_positive"), ("member", "no_member_key")}


def test_a_mapping_that_cannot_work_is_refused_before_reading(tmp_path):
    path = make_xlsx(tmp_path / "m.xlsx", {"M": [["Nama", "No. HP"], ["Budi", "0812345678"]]})
    with open_workbook(path) as book:
        table = find_table(book, "M")
        with pytest.raises(InvalidField, match="not matched to any column"):
            read_records(book, table, {"phone": [1]}, today=TODAY)


def test_user_mapping_overrides(tmp_path):
    path = make_xlsx(tmp_path / "m.xlsx", {"M": [["Nama", "Kontak", "Nomor"],
                                                  ["Budi", "0812345678", "C-77"]]})
    with open_workbook(path) as book:  # only one header is recognised: the user points
        table = find_table(book, "M", header_row=1)
        [record] = read_records(book, table, {"name": [0], "phone": [1], "card": [2]},
                                today=TODAY)
    assert (record.values["phone"], record.values["card"]) == ("+62812345678", "C77")


def test_total_rows_for_a_progress_bar(tmp_path):
    rows = [["Nama", "No. HP"]] + [[f"M{i}", f"08123456{i:04d}"] for i in range(50)]
    path = make_xlsx(tmp_path / "m.xlsx", {"M": rows})
    with open_workbook(path) as book:
        table = find_table(book, "M")
        records = read_records(book, table, auto_mapping(table.headers), today=TODAY)
        assert records.total_rows == 50
        assert sum(1 for r in records if r.ok) == 50
