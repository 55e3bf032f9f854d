"""Finding the header row and preselecting a sheet."""

from __future__ import annotations

import pytest

from tests.io.files import make_xlsx
from tokocrm.domain.errors import FileRefused
from tokocrm.io.columns import PURCHASES
from tokocrm.io.spreadsheet import open_workbook
from tokocrm.io.table_finder import column_letter, find_table, survey

MEMBERS = [["Nama", "No. HP", None, "Poin"], ["Budi", "0812-3456-7890", None, 10]]


def test_header_below_a_merged_title_block(tmp_path):
    rows = [["DAFTAR MEMBER TOKO SUMBER REJEKI"], ["Dicetak 01/06/2025"], [], *MEMBERS]
    path = make_xlsx(tmp_path / "m.xlsx", {"Member": rows}, origin="B4",
                     merged=["B4:E4"])
    with open_workbook(path) as book:
        table = survey(book).require_table(book.file_name)
    assert (table.header_row, table.first_column) == (7, 1)
    assert table.headers == ("Nama", "No. HP", "", "Poin")
    assert table.recognised == {"name", "phone", "points"}
    assert [table.column_letter(i) for i in range(4)] == ["B", "C", "D", "E"]


def test_first_sheet_with_a_header_is_preselected_visible_first(tmp_path):
    path = make_xlsx(tmp_path / "m.xlsx", {
        "Catatan": [["Ini daftar member"], ["jangan diubah"]],
        "Lama": MEMBERS, "Member": MEMBERS, "Kosong": []}, hidden=["Lama"])
    with open_workbook(path) as book:
        found = survey(book)
    assert [(s.name, s.visible, s.empty, s.table is not None) for s in found.sheets] == [
        ("Catatan", True, False, False), ("Lama", False, False, True),
        ("Member", True, False, True), ("Kosong", True, True, False)]
    assert found.preselected == "Member"


def test_only_a_hidden_sheet_has_the_table(tmp_path):
    path = make_xlsx(tmp_path / "m.xlsx", {"Info": [["x"]], "Data": MEMBERS},
                     hidden=["Data"])
    with open_workbook(path) as book:
        assert survey(book).preselected == "Data"


def test_no_recognisable_header(tmp_path):
    path = make_xlsx(tmp_path / "m.xlsx", {"Data": [["Kolom 1", "Kolom 2"], [1, 2]]})
    with open_workbook(path) as book:
        found = survey(book)
        assert found.preselected is None
        with pytest.raises(FileRefused, match="no sheet with a header row"):
            found.require_table(book.file_name)
        with pytest.raises(FileRefused):
            find_table(book, "Data")
        assert find_table(book, "Data", header_row=1).headers == ("Kolom 1", "Kolom 2")


def test_workbook_with_no_cells(tmp_path):
    path = make_xlsx(tmp_path / "m.xlsx", {"Sheet1": [], "Sheet2": []})
    with open_workbook(path) as book, pytest.raises(FileRefused, match="is empty"):
        survey(book).require_table(book.file_name)


def test_a_purchase_sheet_is_found_for_purchases_not_members(tmp_path):
    path = make_xlsx(tmp_path / "p.xlsx", {
        "Member": MEMBERS,
        "Transaksi": [["Tanggal", "No. Struk", "Kode Member", "Total"],
                      ["01/05/2025", "S-1", "2900000000017", 125000]]})
    with open_workbook(path) as book:
        assert survey(book).preselected == "Member"
        assert survey(book, PURCHASES).preselected == "Transaksi"


def test_column_letters():
    assert [column_letter(i) for i in (0, 25, 26, 701, 702, 16383)] == [
        "A", "Z", "AA", "ZZ", "AAA", "XFD"]
