"""The profile's Feedback tab: the member's feedback newest first with its case and the shop's
replies, and adding one with the counter's form."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import Qt, QThreadPool

from tests.factories import make_member
from tests.ui.test_member_profile import BOOKKEEPER, CASHIER, click, open_dialog
from tokocrm.services.actor import BUILTIN_OWNER
from tokocrm.services.container import open_services
from tokocrm.services.feedback_dto import FeedbackInput
from tokocrm.ui.formatting import moment

START = datetime(2026, 5, 4, 10, 0)


@pytest.fixture
def now():
    return [START]


@pytest.fixture
def shop(tmp_path, now):
    """A shop whose clock the test moves, to make a case overdue."""
    opened = open_services(f"sqlite:///{tmp_path / 'shop.db'}", clock=lambda: now[0])
    yield opened
    QThreadPool.globalInstance().waitForDone()
    opened.close()


@pytest.fixture
def siti(shop):
    return make_member(shop, "Siti Aminah", "0812-3456-7890")


def record(shop, member, rating: int, comment: str, **fields):
    return shop.feedback.record(BUILTIN_OWNER, FeedbackInput(
        rating=rating, member_id=member.id, comment=comment, **fields))


def cells(tab, row: int) -> list[str]:
    return [tab.table.item(row, column).text() for column in range(tab.table.columnCount())]


def test_the_tab_lists_feedback_newest_first_with_the_case(qtbot, shop, now, siti):
    record(shop, siti, 2, "Antre lama", category="Pelayanan")
    now[0] = START + timedelta(hours=1)
    record(shop, siti, 5, "Ramah", nps=10, channel="whatsapp")
    record(shop, make_member(shop, "Budi"), 1, "Not Siti's")
    now[0] = START + timedelta(days=3)  # past the 48 hours to resolve the complaint
    dialog = open_dialog(qtbot, shop, siti.id, CASHIER)
    tab = dialog.feedback
    assert dialog.tabs.tabText(dialog.tabs.indexOf(tab)) == "Feedback"
    assert tab.table.rowCount() == 2
    assert cells(tab, 0) == [moment(START + timedelta(hours=1)), "★★★★★", "Lainnya",
                             "WhatsApp", "Ramah", "", ""]
    assert cells(tab, 1) == [moment(START), "★★☆☆☆", "Pelayanan", "At the counter",
                             "Antre lama", "Open · overdue", ""]
    assert tab.table.item(1, 5).font().bold()


def test_without_complaint_rights_the_overdue_case_still_shows(qtbot, shop, now, siti):
    record(shop, siti, 1, "Rusak")
    now[0] = START + timedelta(days=3)
    dialog = open_dialog(qtbot, shop, siti.id, BOOKKEEPER)
    assert cells(dialog.feedback, 0)[5] == "Open · overdue"
    assert not dialog.feedback.add_button.isVisibleTo(dialog)  # may not record feedback


def test_add_feedback_records_it_and_the_list_follows(qtbot, shop, now, siti):
    record(shop, siti, 4, "Lumayan")
    dialog = open_dialog(qtbot, shop, siti.id, CASHIER)
    tab = dialog.feedback
    dialog.tabs.setCurrentWidget(tab)
    click(qtbot, tab.add_button)
    form = tab.form
    assert form.isVisibleTo(dialog) and form.who.text() == "Siti Aminah"
    assert dialog.focusWidget() is form.rating  # hasFocus() needs an active window
    now[0] = START + timedelta(minutes=5)
    qtbot.keyClick(form.rating, "2")
    qtbot.keyClicks(form.comment, "Kembalian kurang")
    qtbot.keyClick(form.comment, Qt.Key.Key_Return)
    assert dialog.isVisible()  # Enter saved the feedback, it did not close the dialog
    [newest, _older] = shop.feedback.feedback(BUILTIN_OWNER, siti.id)
    assert (newest.rating, newest.comment, newest.complaint) == (2, "Kembalian kurang", True)
    assert not form.isVisibleTo(dialog)
    assert tab.table.rowCount() == 2
    assert cells(tab, 0)[1:] == ["★★☆☆☆", "Lainnya", "At the counter", "Kembalian kurang",
                                 "Open", ""]
    due = moment(START + timedelta(minutes=5, hours=48))
    assert tab.message.text() == f"Feedback saved; complaint case opened, due {due}."


def test_esc_in_the_form_closes_the_form_not_the_dialog(qtbot, shop, siti):
    dialog = open_dialog(qtbot, shop, siti.id, CASHIER)
    tab = dialog.feedback
    dialog.tabs.setCurrentWidget(tab)
    click(qtbot, tab.add_button)
    qtbot.keyClick(tab.form.rating, "3")
    qtbot.keyClick(tab.form.comment, Qt.Key.Key_Escape)
    assert dialog.isVisible() and not tab.form.isVisibleTo(dialog)
    assert shop.feedback.feedback(BUILTIN_OWNER, siti.id) == []


def test_the_shops_replies_show_under_replies_with_the_details_in_the_tooltip(
        qtbot, shop, now, siti):
    complaint = record(shop, siti, 1, "Beras kutuan")
    record(shop, siti, 5, "Ramah")  # newer, unanswered
    now[0] = START + timedelta(hours=2)
    shop.feedback.reply(CASHIER, complaint.id, "whatsapp", "Mohon maaf,\nkami ganti berasnya")
    dialog = open_dialog(qtbot, shop, siti.id, BOOKKEEPER)  # reading is enough to see them
    tab = dialog.feedback
    assert tab.table.horizontalHeaderItem(6).text() == "Replies"
    assert cells(tab, 0)[6] == ""
    assert cells(tab, 1)[6] == "Mohon maaf, kami ganti berasnya"  # on one line
    first = (f"{moment(START + timedelta(hours=2))} · WhatsApp · ani: "
             "Mohon maaf,\nkami ganti berasnya")
    assert tab.table.item(1, 6).toolTip() == first

    now[0] = START + timedelta(hours=3)
    shop.feedback.reply(BUILTIN_OWNER, complaint.id, "phone", "Sudah diantar")
    tab.load()
    assert cells(tab, 1)[6] == "2 replies, last: Sudah diantar"
    assert tab.table.item(1, 6).toolTip() == (
        f"{first}\n{moment(START + timedelta(hours=3))} · Phone call · owner: Sudah diantar")
