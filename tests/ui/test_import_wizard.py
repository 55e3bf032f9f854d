"""The import wizard, walked as a bookkeeper would: choose a file (read on a worker), the sheet,
fix a column, dry run, import, and the error report for the rows that were refused."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook
from PySide6.QtWidgets import QWizard

from tokocrm.io.columns import MEMBERS, PURCHASES
from tokocrm.services.actor import BUILTIN_OWNER
from tokocrm.ui.dialogs.import_wizard import FILE, MAPPING, SHEET, ImportWizard

DATA = Path(__file__).parents[1] / "data"
SAMPLE = DATA / "contoh_member_libreoffice.xlsx"
LOCKED = DATA / "real-spreadsheets" / "calamine__pass_protected.xlsx"


def make_wizard(qtbot, shop, kind=MEMBERS) -> ImportWizard:
    wizard = ImportWizard(shop, BUILTIN_OWNER, kind)
    qtbot.addWidget(wizard)
    wizard.open()
    qtbot.waitExposed(wizard)
    return wizard


def read(qtbot, wizard: ImportWizard, path: Path) -> None:
    """Name the file (as the file dialog would) and wait for the worker to read it."""
    wizard.file_page.read(path)
    qtbot.waitUntil(lambda: wizard.file_page.read_job is None, timeout=20_000)


def next_button(wizard: ImportWizard):
    return wizard.button(QWizard.WizardButton.NextButton)


def write_xlsx(path: Path, sheets: dict[str, list[list]]) -> Path:
    book = Workbook()
    book.remove(book.active)
    for name, rows in sheets.items():
        sheet = book.create_sheet(name)
        for row in rows:
            sheet.append(row)
    book.save(path)
    return path


@pytest.fixture
def two_sheets(tmp_path) -> Path:
    """A notes sheet first, then the members under a title block, one column unrecognised."""
    return write_xlsx(tmp_path / "pelanggan.xlsx", {
        "Catatan": [["Daftar pelanggan toko, diketik tangan"], ["jangan dihapus"]],
        "Data": [["TOKO MAJU JAYA"], [], ["Nama", "Kontak WA", "Email", "Poin"],
                 ["Sari Dewi", "0812-1111-2222", "sari@example.org", 120],
                 ["Budi Hartono", "0813 3333 4444", "", 0],
                 ["Tanpa Kontak", "", "", 5],
                 ["Rina", "08123", "", 10]],
    })


def test_the_sample_file_is_read_and_its_columns_guessed(qtbot, shop):
    wizard = make_wizard(qtbot, shop)
    assert not next_button(wizard).isEnabled()  # no file yet
    read(qtbot, wizard, SAMPLE)
    assert wizard.file_page.status.text() == (
        "contoh_member_libreoffice.xlsx: the table starts at cell A1 of sheet "
        "contoh_member_libreoffice: 7 columns, 29 rows.")
    assert next_button(wizard).isEnabled()
    wizard.next()
    assert wizard.currentId() == MAPPING  # one sheet: no sheet step
    page = wizard.mapping_page
    assert [combo.currentData() for combo in page.combos] == [
        "name", "phone", "birthday", "email", "address", "points", "joined_on"]
    assert page.error.text() == ""
    assert next_button(wizard).isEnabled()


def test_a_password_protected_file_is_refused_in_one_sentence(qtbot, shop):
    wizard = make_wizard(qtbot, shop)
    read(qtbot, wizard, LOCKED)
    assert wizard.file_page.status.text() == (
        "calamine__pass_protected.xlsx is protected with a password; open it in Excel, "
        "remove the password, save it and import it again.")
    assert not next_button(wizard).isEnabled()
    assert wizard.currentId() == FILE


def test_a_file_that_is_not_there_is_refused(qtbot, shop, tmp_path):
    wizard = make_wizard(qtbot, shop)
    read(qtbot, wizard, tmp_path / "hilang.xlsx")
    assert wizard.file_page.status.text().startswith("hilang.xlsx cannot be opened (")
    assert not next_button(wizard).isEnabled()


def test_typing_another_path_needs_reading_again(qtbot, shop):
    wizard = make_wizard(qtbot, shop)
    read(qtbot, wizard, SAMPLE)
    qtbot.keyClicks(wizard.file_page.path, "x")
    assert not next_button(wizard).isEnabled()


def test_the_sheet_with_the_table_is_preselected(qtbot, shop, two_sheets):
    wizard = make_wizard(qtbot, shop)
    read(qtbot, wizard, two_sheets)
    assert "The workbook has 2 sheets; choose one next." in wizard.file_page.status.text()
    wizard.next()
    assert wizard.currentId() == SHEET
    sheets = wizard.sheet_page.sheets
    assert [sheets.item(i).text() for i in range(sheets.count())] == [
        "Catatan: no header row TokoCRM recognises",
        "Data: table at cell A3, 4 columns, 4 rows"]
    assert sheets.currentRow() == 1
    assert not sheets.item(0).flags() & sheets.item(0).flags().ItemIsEnabled
    wizard.next()
    assert wizard.currentId() == MAPPING
    assert wizard.mapping_page.source.text().startswith("Sheet Data, header on row 3.")


def test_a_column_is_fixed_by_hand_and_a_broken_mapping_says_why(qtbot, shop, two_sheets):
    wizard = make_wizard(qtbot, shop)
    read(qtbot, wizard, two_sheets)
    wizard.next()
    wizard.next()
    page = wizard.mapping_page
    assert [combo.currentData() for combo in page.combos] == ["name", None, "email", "points"]
    page.set_field(0, None)
    assert page.error.text() == "no column goes into Name yet"
    assert not next_button(wizard).isEnabled()
    page.set_field(0, "name")
    page.set_field(2, None)
    assert page.error.text() == \
        "a member needs a phone number, an e-mail address or a card code"
    page.set_field(1, "phone")  # "Kontak WA" is the phone
    assert page.error.text() == ""
    assert page.mapping() == {"name": [0], "phone": [1], "points": [3]}
    assert next_button(wizard).isEnabled()
    wizard.back()
    wizard.next()  # back and forth keeps the fix
    assert [combo.currentData() for combo in page.combos] == ["name", "phone", None, "points"]


def test_purchase_columns_are_offered_for_purchase_history(qtbot, shop, tmp_path):
    path = write_xlsx(tmp_path / "riwayat.xlsx", {"Penjualan": [
        ["Tanggal", "No HP", "Total", "No. Struk"],
        ["2025-03-01", "0812-1111-2222", 125000, "S-1"]]})
    wizard = make_wizard(qtbot, shop, PURCHASES)
    read(qtbot, wizard, path)
    wizard.next()
    page = wizard.mapping_page
    assert [combo.currentData() for combo in page.combos] == ["at", "phone", "amount", "receipt"]
    assert page.combos[0].currentText() == "Date and time"
    page.set_field(2, None)
    assert page.error.text() == "no column goes into Amount (Rupiah) yet"


def test_cancel_while_reading_closes_the_wizard(qtbot, shop):
    wizard = make_wizard(qtbot, shop)
    wizard.file_page.read(SAMPLE)
    wizard.reject()
    assert not wizard.isVisible()
