"""The owner reads the audit trail, newest first, filters it by action, user and days, and
exports it as filtered to a workbook."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtWidgets import QFileDialog

from tests.factories import make_member, make_purchase
from tests.ui.test_settings_segments import click
from tokocrm.domain.audit import AuditAction
from tokocrm.domain.errors import LoginRefused
from tokocrm.domain.followup import FollowUpList
from tokocrm.domain.roles import Role
from tokocrm.domain.users import SecretKind
from tokocrm.services.actor import Actor
from tokocrm.ui import formatting
from tokocrm.ui.pages import audit_page
from tokocrm.ui.pages.audit_page import ACTION, DETAILS, ROLE, SUBJECT, TIME, USER, AuditPage
from tokocrm.ui.widgets.audit_texts import action_names

ANI = Actor(username="ani", role=Role.CASHIER, till="kasir-1")
HEADERS = ("Time", "User", "Role", "Till", "Action", "Subject", "Details")


@pytest.fixture
def owner(shop):
    return shop.users.create_owner("Toko Maju", "Bu Rina", "rahasia-123", SecretKind.PASSWORD)


@pytest.fixture
def happened(shop, owner):
    """A day at the shop: the cashier edits a member and voids a sale, the owner adjusts
    points, and someone tries the owner's name with a wrong password."""
    siti = make_member(shop, "Siti Aminah")
    shop.members.update(ANI, siti.id, {"name": "Siti Aminah Putri"}, siti.version)
    sale = make_purchase(shop, siti, 125_000)
    shop.purchases.void(ANI, sale.id, "salah ketik")
    shop.loyalty.adjust(owner, siti.id, 40, "kompensasi")
    with pytest.raises(LoginRefused):
        shop.users.login("Bu Rina", "bukan-sandinya")
    return siti


@pytest.fixture
def page(qtbot, shop, owner, happened):
    shown = AuditPage(shop, owner)
    qtbot.addWidget(shown)
    shown.resize(1300, 700)
    shown.show()
    qtbot.waitExposed(shown)
    shown.refresh()  # as the main window does when the page is shown
    return shown


def column(page: AuditPage, index: int) -> list[str]:
    return [page.table.item(row, index).text() for row in range(page.table.rowCount())]


def choose(combo, data) -> None:
    combo.setCurrentIndex(combo.findData(data))


def test_the_trail_shows_newest_first_in_words(page, shop, owner, happened):
    assert column(page, ACTION) == ["Login failed", "Points adjusted", "Purchase voided",
                                    "Member edited", "User added"]
    assert column(page, USER) == ["Bu Rina", "Bu Rina", "ani", "ani", "Bu Rina"]
    assert column(page, ROLE) == ["", "Owner", "Cashier", "Cashier", "Owner"]
    assert column(page, SUBJECT)[3] == f"member {happened.id}"
    details = column(page, DETAILS)
    assert details[3].startswith("Name: Siti Aminah → Siti Aminah Putri")
    assert details[2].startswith("Amount: Rp125,000; Reason: salah ketik; Purchased at: ")
    assert details[1] == "Points: 40; Reason: kompensasi; Balance: 50"  # with the welcome 10
    assert details[4] == "Role: Owner; Shop name: Toko Maju"
    newest = shop.audit.events(owner, limit=1)[0]
    assert column(page, TIME)[0] == formatting.moment(newest.at)
    assert not page.more.isVisible()


def test_every_action_has_a_name_and_a_filter(page):
    assert set(action_names()) == set(AuditAction)
    offered = [page.action_filter.itemData(i) for i in range(page.action_filter.count())]
    assert offered == [None, *(action.value for action in AuditAction)]
    assert page.action_filter.currentText() == "All actions"


def test_filter_by_action_and_by_user(page):
    choose(page.action_filter, "points_adjusted")
    assert column(page, ACTION) == ["Points adjusted"]
    choose(page.action_filter, None)
    users = [page.user_filter.itemText(i) for i in range(page.user_filter.count())]
    assert users == ["All users", "Bu Rina", "ani"]
    choose(page.user_filter, "ani")
    assert column(page, ACTION) == ["Purchase voided", "Member edited"]
    page.refresh()  # the chosen user stays chosen
    assert page.user_filter.currentText() == "ani" and page.table.rowCount() == 2


def test_filter_by_days(qtbot, page):
    click(qtbot, page.since_check)
    assert page.since.isEnabled()
    page.since.setDate(formatting.to_qdate(date.today() + timedelta(days=1)))
    assert page.table.rowCount() == 0
    click(qtbot, page.until_check)
    assert page.notice.text() == "The period ends before it starts: check the dates."
    page.since.setDate(formatting.to_qdate(date.today()))
    assert page.notice.text() == "" and page.table.rowCount() == 5
    click(qtbot, page.since_check)  # no lower limit again
    assert not page.since.isEnabled() and page.table.rowCount() == 5


def test_a_line_says_when_older_events_are_left_out(page, monkeypatch):
    monkeypatch.setattr(audit_page, "SHOWN", 3)
    page.refresh()
    assert page.table.rowCount() == 3
    assert page.more.isVisible()
    assert page.more.text() == ("Showing the newest 3 events only. Narrow the filters, or "
                                "export, to see the older ones.")
    choose(page.user_filter, "ani")
    assert not page.more.isVisible()


def test_export_writes_the_filtered_trail_oldest_first(qtbot, page, tmp_path):
    choose(page.user_filter, "ani")
    out = tmp_path / "jejak.xlsx"
    click(qtbot, page.export_button)
    dialog = page.save_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.acceptMode() == QFileDialog.AcceptMode.AcceptSave
    assert Path(dialog.selectedFiles()[0]).name == f"audit-trail-{date.today().isoformat()}.xlsx"
    dialog.selectFile(str(out))
    dialog.accept()
    qtbot.waitUntil(lambda: page.result.text() != "", timeout=20_000)

    assert page.result.text() == f"Saved {out}. Rows written: 2."
    book = load_workbook(out, read_only=True)
    [sheet] = book.worksheets
    rows = [tuple(row) for row in sheet.iter_rows(values_only=True)]
    book.close()
    assert sheet.title == "Audit trail" and rows[0] == HEADERS
    assert [row[1:5] for row in rows[1:]] == [("ani", "Cashier", "kasir-1", "Member edited"),
                                              ("ani", "Cashier", "kasir-1", "Purchase voided")]
    assert '"name":"Siti Aminah Putri"' in rows[1][6]
    choose(page.user_filter, None)
    page.refresh()
    assert column(page, ACTION)[0] == "Spreadsheet exported"  # the export is in the trail
    assert column(page, DETAILS)[0].startswith(f"File: {out}; Rows: 2")


def test_an_export_that_cannot_be_written_says_why(qtbot, page, tmp_path):
    job = page.export(tmp_path / "no-such-folder" / "jejak.xlsx")
    qtbot.waitUntil(lambda: page.result.text() != "", timeout=20_000)
    assert job is not None
    assert page.result.text().startswith(f"Cannot write {tmp_path / 'no-such-folder'}")
    assert page.export_button.isEnabled()


def test_a_cashier_is_refused_the_trail(qtbot, shop):
    shown = AuditPage(shop, ANI)
    qtbot.addWidget(shown)
    shown.refresh()
    assert shown.notice.text() == "ani (cashier) may not see and export the audit trail."
    assert shown.table.rowCount() == 0


def test_what_changed_is_said_in_words_not_stored_keys():
    from tokocrm.ui.widgets.audit_texts import subject_text
    from tokocrm.ui.widgets.followup_texts import list_names

    assert subject_text("card_prefix") == "card number prefix"
    assert subject_text("this counter") == "this counter"
    assert subject_text("member 12") == "member 12"
    assert subject_text("follow-up birthdays-week") == (
        "follow-up: " + list_names()[FollowUpList.BIRTHDAYS_WEEK])
    assert subject_text("/home/toko/lama.db") == "/home/toko/lama.db"  # a file, as stored
    assert subject_text("follow-up someday") == "follow-up: someday"  # a newer version's
    assert subject_text(None) == ""
