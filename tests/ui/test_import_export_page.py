"""The Import/Export page: exports written on a worker to the file the Save dialog names,
the wizard's buttons, and nothing of either for a cashier."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from types import SimpleNamespace

from openpyxl import load_workbook
from PySide6.QtCore import QDate, Qt, QUrl
from PySide6.QtWidgets import QFileDialog, QPushButton

from tests.factories import make_member, make_purchase
from tokocrm.domain.roles import Role
from tokocrm.services.actor import BUILTIN_OWNER, Actor
from tokocrm.services.feedback_dto import FeedbackInput
from tokocrm.ui.dialogs.import_wizard import ImportWizard
from tokocrm.ui.pages.import_export_page import ImportExportPage
from tokocrm.ui.widgets.export_panel import (
    FEEDBACK,
    LEDGER,
    MEMBERS,
    MONTHLY,
    PURCHASES,
    ExportPanel,
)

CASHIER = Actor(username="ani", role=Role.CASHIER, till="kasir-1")
BOOKKEEPER = Actor(username="rina", role=Role.BOOKKEEPER, till="kantor")


def make_page(qtbot, shop, actor=BUILTIN_OWNER) -> ImportExportPage:
    page = ImportExportPage(shop, actor)
    qtbot.addWidget(page)
    page.resize(1150, 690)
    page.show()
    qtbot.waitExposed(page)
    return page


def choose_file(qtbot, panel: ExportPanel, kind: str, path: Path) -> None:
    """Click the export button and name the file in the Save dialog, as a person would."""
    qtbot.mouseClick(panel.buttons[kind], Qt.MouseButton.LeftButton)
    dialog = panel.save_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.acceptMode() == QFileDialog.AcceptMode.AcceptSave
    dialog.selectFile(str(path))
    dialog.accept()


def wait_written(qtbot, panel: ExportPanel) -> None:
    qtbot.waitUntil(lambda: panel.export_job is not None, timeout=5_000)
    qtbot.waitUntil(lambda: panel.result.text() != "", timeout=20_000)


def sheet_rows(path: Path, sheet: str | None = None) -> list[tuple]:
    book = load_workbook(path, read_only=True)
    rows = [tuple(row) for row in (book[sheet] if sheet else book.active).iter_rows(
        values_only=True)]
    book.close()
    return rows


def test_export_members_writes_every_member_where_the_user_said(qtbot, shop, tmp_path):
    siti = make_member(shop, "Siti Aminah", phone="0812-3456-7890")
    budi = make_member(shop, "Budi Santoso")
    make_purchase(shop, budi, amount=250_000)
    page = make_page(qtbot, shop)
    out = tmp_path / "anggota.xlsx"
    choose_file(qtbot, page.export_panel, MEMBERS, out)
    wait_written(qtbot, page.export_panel)

    rows = sheet_rows(out)
    assert rows[0][:4] == ("Card", "Name", "Phone", "Email")
    assert [(r[0], r[1]) for r in rows[1:]] == [(siti.card, "Siti Aminah"),
                                                (budi.card, "Budi Santoso")]
    assert rows[1][2] == "0812-3456-7890"
    assert page.export_panel.result.text() == f"Saved {out}. Rows written: 2."
    assert page.export_panel.open_file_button.isVisible()
    assert all(button.isEnabled() for button in page.export_panel.buttons.values())


def test_the_save_dialog_offers_a_dated_name(qtbot, shop):
    page = make_page(qtbot, shop)
    panel = page.export_panel
    panel.ask_where(MEMBERS)
    today = date.today().isoformat()
    assert Path(panel.save_dialog.selectedFiles()[0]).name == f"members-{today}.xlsx"
    panel.save_dialog.reject()
    panel.month.setDate(QDate(2026, 10, 1))
    panel.ask_where(MONTHLY)
    assert Path(panel.save_dialog.selectedFiles()[0]).name == "bookkeeping-2026-10.xlsx"
    panel.save_dialog.reject()
    panel.purchases_from.setDate(QDate(2026, 1, 1))
    panel.purchases_to.setDate(QDate(2026, 3, 31))
    panel.ask_where(PURCHASES)
    assert Path(panel.save_dialog.selectedFiles()[0]).name == \
        "purchases-2026-01-01-to-2026-03-31.xlsx"
    panel.save_dialog.reject()


def test_purchases_of_the_period_only(qtbot, shop, tmp_path):
    siti = make_member(shop)
    make_purchase(shop, siti, amount=75_000)
    page = make_page(qtbot, shop)
    panel = page.export_panel
    panel.purchases_from.setDate(QDate.currentDate().addDays(-7))
    panel.purchases_to.setDate(QDate.currentDate())
    panel.export(PURCHASES, tmp_path / "p.xlsx")
    wait_written(qtbot, panel)
    rows = sheet_rows(tmp_path / "p.xlsx")
    assert len(rows) == 2 and rows[1][5] == 75_000
    panel.purchases_from.setDate(QDate.currentDate().addDays(-30))
    panel.purchases_to.setDate(QDate.currentDate().addDays(-8))
    panel.export(PURCHASES, tmp_path / "none.xlsx")
    wait_written(qtbot, panel)
    assert len(sheet_rows(tmp_path / "none.xlsx")) == 1  # the header alone
    assert panel.result.text().endswith("Rows written: 0.")


def test_a_period_that_ends_before_it_starts_is_refused(qtbot, shop, tmp_path):
    page = make_page(qtbot, shop)
    panel = page.export_panel
    panel.ledger_from.setDate(QDate(2026, 5, 1))
    panel.ledger_to.setDate(QDate(2026, 4, 1))
    assert panel.export(LEDGER, tmp_path / "l.xlsx") is None
    assert panel.result.text() == "The period ends before it starts: check the dates."
    assert not (tmp_path / "l.xlsx").exists()


def test_the_monthly_workbook_has_its_four_sheets(qtbot, shop, tmp_path):
    make_purchase(shop, make_member(shop), amount=100_000)
    page = make_page(qtbot, shop)
    panel = page.export_panel
    panel.month.setDate(QDate.currentDate())
    panel.export(MONTHLY, tmp_path / "m.xlsx")
    wait_written(qtbot, panel)
    book = load_workbook(tmp_path / "m.xlsx", read_only=True)
    assert book.sheetnames == ["Summary", "Days", "Purchases", "Points ledger"]
    book.close()
    summary = dict(sheet_rows(tmp_path / "m.xlsx", "Summary")[1:])
    assert summary["Revenue"] == 100_000 and summary["Purchases"] == 1


def test_the_feedback_of_the_period_exports(qtbot, shop, tmp_path):
    siti = make_member(shop, "Siti")
    shop.feedback.record(BUILTIN_OWNER, FeedbackInput(rating=2, member_id=siti.id,
                                                      comment="Antri lama"))
    page = make_page(qtbot, shop)
    panel = page.export_panel
    panel.export(FEEDBACK, tmp_path / "f.xlsx")
    wait_written(qtbot, panel)
    rows = sheet_rows(tmp_path / "f.xlsx", "Feedback")
    header = rows[0]
    (row,) = rows[1:]
    found = dict(zip(header, row, strict=True))
    assert (found["Member"], found["Rating"], found["Comment"]) == ("Siti", 2, "Antri lama")


def test_a_file_that_cannot_be_written_is_said_plainly(qtbot, shop, tmp_path):
    page = make_page(qtbot, shop)
    panel = page.export_panel
    target = tmp_path / "no-such-folder" / "x.xlsx"
    panel.export(MEMBERS, target)
    wait_written(qtbot, panel)
    assert panel.result.text().startswith(f"Cannot write {target}:")
    assert not panel.open_file_button.isVisible()


def test_open_the_file_asks_the_desktop(qtbot, shop, tmp_path):
    page = make_page(qtbot, shop)
    panel = page.export_panel
    asked: list[QUrl] = []
    panel.open_url = asked.append
    panel.export(MEMBERS, tmp_path / "m.xlsx")
    wait_written(qtbot, panel)
    qtbot.mouseClick(panel.open_file_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(panel.open_folder_button, Qt.MouseButton.LeftButton)
    assert [url.toLocalFile() for url in asked] == [str(tmp_path / "m.xlsx"), str(tmp_path)]


def test_the_import_buttons_open_the_wizard(qtbot, shop):
    page = make_page(qtbot, shop)
    qtbot.mouseClick(page.import_members_button, Qt.MouseButton.LeftButton)
    assert isinstance(page.wizard, ImportWizard) and page.wizard.isVisible()
    assert page.wizard.windowTitle() == "Import members"
    page.wizard.reject()
    qtbot.mouseClick(page.import_purchases_button, Qt.MouseButton.LeftButton)
    assert page.wizard.windowTitle() == "Import purchase history"
    page.wizard.reject()


def test_a_cashier_sees_no_import_or_export(qtbot, shop):
    page = make_page(qtbot, shop, CASHIER)
    assert page.import_box is None and page.export_panel is None
    texts = [button.text() for button in page.findChildren(QPushButton)]
    assert not any("Import" in text or "Export" in text for text in texts)
    assert page.not_allowed.isVisible()
    assert "owner and the bookkeeper" in page.not_allowed.text()


def test_the_bookkeeper_has_both(qtbot, shop):
    page = make_page(qtbot, shop, BOOKKEEPER)
    assert page.import_box.isVisible() and page.export_panel.isVisible()


def test_every_sheet_header_and_label_of_the_exports_is_translatable():
    from tokocrm.services.export_monthly import DAY_COLUMNS, SUMMARY_COLUMNS, summary_rows
    from tokocrm.services.export_queries import (
        FEEDBACK_COLUMNS,
        LEDGER_COLUMNS,
        MEMBER_COLUMNS,
        PURCHASE_COLUMNS,
    )
    from tokocrm.services.exports import DAYS, FEEDBACK, LEDGER, MEMBERS, PURCHASES, SUMMARY
    from tokocrm.ui.widgets.spreadsheet_texts import export_texts

    figures = SimpleNamespace(month=SimpleNamespace(first=None, last=None), points=SimpleNamespace(
        issued=0, redeemed=0, expired=0), revenue=0, purchases=0, discount=0, voided=0,
        active_members=0, new_members=0, opening_points=0, closing_points=0, point_value=0,
        liability=0, branch=None)
    english = {MEMBERS, PURCHASES, LEDGER, FEEDBACK, SUMMARY, DAYS}
    english |= {column.key for columns in (MEMBER_COLUMNS, PURCHASE_COLUMNS, LEDGER_COLUMNS,
                                          FEEDBACK_COLUMNS, SUMMARY_COLUMNS, DAY_COLUMNS)
                for column in columns}
    for branch in (None, "Pusat"):  # the shop's summary, and one branch's
        figures.branch = branch
        english |= {label for label, _value in summary_rows(figures, None)}
    assert english <= set(export_texts())
