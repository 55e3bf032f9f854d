"""The import wizard, walked as a bookkeeper would: choose a file (read on a worker), the sheet,
fix a column, dry run, import, and the error report for the rows that were refused."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QWizard

from tests.factories import make_member
from tokocrm.domain.imports import OnDuplicate
from tokocrm.io.columns import MEMBERS, PURCHASES
from tokocrm.services.actor import BUILTIN_OWNER
from tokocrm.ui.dialogs.import_wizard import (
    DRY_RUN,
    FILE,
    MAPPING,
    RESULT,
    SHEET,
    ImportWizard,
)

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


# -- dry run, import, error report ---------------------------------------------------------
def wait_run(qtbot, page) -> None:
    qtbot.waitUntil(lambda: page.job is None, timeout=30_000)


def to_dry_run(qtbot, wizard: ImportWizard) -> None:
    wizard.next()
    assert wizard.currentId() == DRY_RUN
    wait_run(qtbot, wizard.dry_run_page)


def counts(page) -> tuple[str, str, str, str]:
    shown = page.counts
    return (shown.created.value.text(), shown.updated.value.text(),
            shown.skipped.value.text(), shown.rejected.value.text())


def to_mapping(qtbot, wizard: ImportWizard, path: Path) -> None:
    read(qtbot, wizard, path)
    wizard.next()
    if wizard.currentId() == SHEET:
        wizard.next()
    assert wizard.currentId() == MAPPING


def test_the_sample_file_dry_run_import_and_error_report(qtbot, shop, tmp_path):
    wizard = make_wizard(qtbot, shop)
    to_mapping(qtbot, wizard, SAMPLE)
    to_dry_run(qtbot, wizard)
    page = wizard.dry_run_page
    assert counts(page) == ("25", "0", "1", "2")  # the answer key: 25 ok, 1 duplicate, 2 bad
    assert shop.members.count(BUILTIN_OWNER) == 0  # a dry run writes nothing
    preview = page.preview
    header = [preview.horizontalHeaderItem(c).text() for c in range(preview.columnCount())]
    assert header[:4] == ["Row", "Will be", "Why", "Name"]
    first = [preview.item(0, c).text() for c in range(4)]
    assert first == ["2", "New", "", "Sari Tanjung"]
    assert preview.item(0, header.index("Phone")).text() == "0822-8772-646"
    assert preview.item(0, header.index("Birthday")).text() == "22/04/1983"
    rows = {preview.item(r, 0).text(): preview.item(r, 1).text()
            for r in range(preview.rowCount())}
    assert rows["10"] == "Skip" and rows["20"] == "Reject" and rows["23"] == "Reject"
    why_23 = next(preview.item(r, 2).text() for r in range(preview.rowCount())
                  if preview.item(r, 0).text() == "23")
    assert why_23.startswith("Name: is empty")
    assert wizard.button(QWizard.WizardButton.CommitButton).text() == "&Import"

    wizard.next()  # Import
    result = wizard.result_page
    assert wizard.currentId() == RESULT
    with qtbot.waitSignal(wizard.imported, timeout=30_000):
        pass
    wait_run(qtbot, result)
    assert counts(result) == ("25", "0", "1", "2")
    assert result.status.text().startswith("Import done: 25 new members, 0 updated.")
    assert shop.members.count(BUILTIN_OWNER) == 25
    sari = shop.members.find(BUILTIN_OWNER, "Sari Tanjung")[0]
    assert sari.phone == "+628228772646"
    assert not wizard.button(QWizard.WizardButton.BackButton).isVisible()
    assert wizard.button(QWizard.WizardButton.FinishButton).isEnabled()

    assert result.save_report_button.isVisible() and not result.open_report_button.isEnabled()
    qtbot.mouseClick(result.save_report_button, Qt.MouseButton.LeftButton)
    assert Path(result.save_dialog.selectedFiles()[0]).name == \
        "contoh_member_libreoffice-errors.xlsx"
    report = tmp_path / "salah.xlsx"
    result.save_dialog.selectFile(str(report))
    result.save_dialog.accept()
    qtbot.waitUntil(lambda: result.report_path is not None, timeout=20_000)
    book = load_workbook(report, read_only=True)
    written = [tuple(row) for row in book.active.iter_rows(values_only=True)]
    book.close()
    assert written[0][:7] == ("Nama", "No. HP", "Tanggal Lahir", "Email", "Alamat", "Poin",
                              "Tanggal Daftar")
    assert written[0][7:] == ("Row", "Column", "Reason")
    assert [row[7] for row in written[1:]] == [20, 23]
    assert written[1][1] == "08123"  # the original cell, to fix and import again
    assert "Phone: is not an Indonesian mobile number (08123)" in written[1][9]
    assert result.report_text.text() == f"Error report saved: {report}"
    asked: list[QUrl] = []
    result.open_url = asked.append
    qtbot.mouseClick(result.open_report_button, Qt.MouseButton.LeftButton)
    assert [url.toLocalFile() for url in asked] == [str(report)]


def test_a_fixed_mapping_imports_and_is_offered_again(qtbot, shop, two_sheets):
    wizard = make_wizard(qtbot, shop)
    to_mapping(qtbot, wizard, two_sheets)
    wizard.mapping_page.set_field(1, "phone")
    to_dry_run(qtbot, wizard)
    assert counts(wizard.dry_run_page) == ("2", "0", "0", "2")
    wizard.next()
    wait_run(qtbot, wizard.result_page)
    names = sorted(m.name for m in shop.members.find(BUILTIN_OWNER, ""))
    assert names == ["Budi Hartono", "Sari Dewi"]

    again = make_wizard(qtbot, shop)
    to_mapping(qtbot, again, two_sheets)
    assert [combo.currentData() for combo in again.mapping_page.combos] == [
        "name", "phone", "email", "points"]
    assert "the last time a file with these columns was imported" in \
        again.mapping_page.source.text()


def test_members_already_there_are_skipped_or_filled_as_chosen(qtbot, shop, two_sheets):
    make_member(shop, "Sari Dewi", phone="0812-1111-2222")
    wizard = make_wizard(qtbot, shop)
    to_mapping(qtbot, wizard, two_sheets)
    wizard.mapping_page.set_field(1, "phone")
    to_dry_run(qtbot, wizard)
    page = wizard.dry_run_page
    assert counts(page) == ("1", "0", "1", "2")
    page.set_on_duplicate(OnDuplicate.FILL)  # runs the dry run again
    assert page.job is not None
    wait_run(qtbot, page)
    assert counts(page) == ("1", "1", "0", "2")
    assert wizard.choices.on_duplicate == OnDuplicate.FILL
    wizard.next()
    wait_run(qtbot, wizard.result_page)
    sari = shop.members.find(BUILTIN_OWNER, "Sari Dewi")[0]
    assert sari.email == "sari@example.org"  # filled in


def test_cancel_during_the_import_saves_nothing(qtbot, shop, tmp_path):
    rows = [["Nama", "No HP"]] + [[f"Anggota {n}", f"0812{n:08d}"] for n in range(3_000)]
    path = write_xlsx(tmp_path / "banyak.xlsx", {"Data": rows})
    wizard = make_wizard(qtbot, shop)
    to_mapping(qtbot, wizard, path)
    to_dry_run(qtbot, wizard)
    assert counts(wizard.dry_run_page)[0] == "3,000"
    wizard.next()
    result = wizard.result_page
    assert not wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    qtbot.keyClick(wizard, Qt.Key.Key_Escape)  # asks the import to stop; the wizard stays
    wait_run(qtbot, result)
    assert wizard.isVisible()
    assert result.status.text() == "Import stopped; nothing was saved."
    assert shop.members.count(BUILTIN_OWNER) == 0
    assert result.retry_button.isVisible()
    assert wizard.button(QWizard.WizardButton.FinishButton).isEnabled()  # closes
    qtbot.mouseClick(result.retry_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(result.progress.cancel_button, Qt.MouseButton.LeftButton)
    wait_run(qtbot, result)
    assert result.status.text() == "Import stopped; nothing was saved."
    assert shop.members.count(BUILTIN_OWNER) == 0
    qtbot.mouseClick(result.retry_button, Qt.MouseButton.LeftButton)
    wait_run(qtbot, result)
    assert shop.members.count(BUILTIN_OWNER) == 3_000
    assert not result.retry_button.isVisible()


def test_purchase_history_with_points_by_todays_rules(qtbot, shop, tmp_path):
    siti = make_member(shop, "Siti Aminah", phone="0812-1111-2222")
    recent = (date.today() - timedelta(days=10)).isoformat()  # its points not expired yet
    path = write_xlsx(tmp_path / "riwayat.xlsx", {"Penjualan": [
        ["Tanggal", "No HP", "Total", "No. Struk"],
        [recent, "0812-1111-2222", 125000, "S-1"],
        [recent, "0899-0000-0000", 50000, "S-2"]]})
    wizard = make_wizard(qtbot, shop, PURCHASES)
    to_mapping(qtbot, wizard, path)
    to_dry_run(qtbot, wizard)
    page = wizard.dry_run_page
    assert not page.award_points.isChecked()
    assert not page.counts.updated.isVisible()
    assert (page.counts.created.value.text(), page.counts.rejected.value.text()) == ("1", "1")
    page.award_points.setChecked(True)
    wait_run(qtbot, page)
    assert wizard.choices.award_points
    before = shop.loyalty.standing(BUILTIN_OWNER, siti.id).balance
    wizard.next()
    wait_run(qtbot, wizard.result_page)
    status = wizard.result_page.status.text()
    assert status.startswith("Import done: 1 purchases recorded. Points awarded: ")
    assert len(shop.purchases.list(BUILTIN_OWNER, member_id=siti.id)) == 1
    assert shop.loyalty.standing(BUILTIN_OWNER, siti.id).balance > before
