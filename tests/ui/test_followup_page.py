"""The Follow-up page: a list of the members due today, a template previewed for the selected
member, Send opening the wa.me link (the desktop call replaced at the page's one boundary)
and the send on the member's timeline; no promotion for a member without consent; the list
exported. The owner's template editor in Settings, and the timeline in the profile."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtGui import QGuiApplication, QTextCursor
from PySide6.QtWidgets import QFileDialog

from tests.factories import make_member
from tests.ui.conftest import CASHIER
from tests.ui.settings_tabs import owner_tab, settings_page
from tests.ui.test_settings_segments import click
from tokocrm.domain.roles import Role
from tokocrm.services.actor import BUILTIN_OWNER, Actor
from tokocrm.ui.pages import followup_page
from tokocrm.ui.pages.followup_page import CONSENT, DUE, NAME, POINTS, FollowUpPage
from tokocrm.ui.widgets.member_messages import TEMPLATE, TEXT, MemberMessages

OWNER = BUILTIN_OWNER
BOOKKEEPER = Actor(username="dewi", role=Role.BOOKKEEPER, till="kantor")
TODAY = date.today()
BORN = date(1992, TODAY.month, TODAY.day)  # a leap year: any day is a birthday
SITI_LINK = ("https://wa.me/6281234567890?text=Selamat%20ulang%20tahun%2C%20Siti%20Aminah%21%20"
             "%F0%9F%8E%82%0APoin%20Anda%3A%201.250")


@pytest.fixture
def due(shop):
    """Two birthdays today: Siti (1.250 points, agreed to offers) and Budi (did not)."""
    siti = make_member(shop, "Siti Aminah", "0812-3456-7890", birthday=BORN,
                       marketing_consent=True)
    shop.loyalty.adjust(OWNER, siti.id, 1_240, "saldo awal")  # with the welcome 10
    budi = make_member(shop, "Budi Santoso", "0813-1111-2222", birthday=BORN)
    promo = shop.messages.add_template(OWNER, "Promo ultah", "promo",
                                       "Selamat ulang tahun, {nama}! 🎂\nPoin Anda: {poin}")
    thanks = shop.messages.add_template(OWNER, "Ucapan", "service", "Terima kasih, {nama}.")
    return {"siti": siti, "budi": budi, "promo": promo, "thanks": thanks}


def open_page(qtbot, shop, actor) -> FollowUpPage:
    page = FollowUpPage(shop, actor)
    qtbot.addWidget(page)
    page.resize(1300, 700)
    page.show()
    qtbot.waitExposed(page)
    refresh(qtbot, page)  # as the main window does when the page is shown
    return page


def refresh(qtbot, page: FollowUpPage) -> None:
    with qtbot.waitSignal(page.list_loaded, timeout=10_000):
        page.refresh()


@pytest.fixture
def page(qtbot, shop, due):
    return open_page(qtbot, shop, CASHIER)


@pytest.fixture
def opened(monkeypatch):
    """The links the page asked the desktop to open; the browser itself never starts."""
    links: list[str] = []

    def fake_open(url: str) -> bool:
        links.append(url)
        return True

    monkeypatch.setattr(followup_page, "open_link", fake_open)
    return links


def choose(combo, data) -> None:
    combo.setCurrentIndex(combo.findData(data))


def choose_list(qtbot, page: FollowUpPage, name: str) -> None:
    """Choose a list and wait for it: lists load on a worker."""
    row = page.list_chooser.findData(name)
    if row == page.list_chooser.currentIndex():
        return
    with qtbot.waitSignal(page.list_loaded, timeout=10_000):
        page.list_chooser.setCurrentIndex(row)


def pick(page: FollowUpPage, name: str) -> None:
    page.table.selectRow([row.name for row in page.rows].index(name))


def column(page: FollowUpPage, index: int) -> list[str]:
    return [page.table.item(row, index).text() for row in range(page.table.rowCount())]


def test_a_list_shows_who_is_due_and_why(qtbot, page):
    choose_list(qtbot, page, "birthdays-month")
    assert column(page, NAME) == ["Budi Santoso", "Siti Aminah"]
    assert page.table.horizontalHeaderItem(DUE).text() == "Birthday"
    assert column(page, DUE) == [TODAY.strftime("%d/%m/%Y")] * 2
    assert column(page, CONSENT) == ["no", "yes"]
    assert page.table.isColumnHidden(POINTS)
    assert page.count.text() == "2 members"
    choose_list(qtbot, page, "former")
    assert page.rows == [] and page.count.text() == "0 members"
    assert page.notice.text() == "Nobody is due on this list today."
    assert not page.send_button.isEnabled()


def test_the_preview_has_the_members_name_and_points(qtbot, page):
    choose_list(qtbot, page, "birthdays-week")
    pick(page, "Siti Aminah")
    choose(page.template_chooser, page.templates[0].id)
    assert page.template_chooser.currentText() == "Promo ultah (Promotion)"
    assert page.text.toPlainText() == "Selamat ulang tahun, Siti Aminah! 🎂\nPoin Anda: 1.250"
    assert page.send_button.isEnabled() and page.copy_button.isEnabled()
    assert page.notice.text() == ""


def test_send_opens_the_wa_me_link_and_logs_it_on_the_timeline(qtbot, page, shop, due, opened):
    pick(page, "Siti Aminah")
    choose(page.template_chooser, due["promo"].id)
    click(qtbot, page.send_button)

    assert opened == [SITI_LINK]
    [sent] = shop.messages.timeline(OWNER, due["siti"].id)
    assert (sent.sent_by, sent.till, sent.template_name, sent.channel, sent.text) == (
        "ani", "kasir-1", "Promo ultah", "whatsapp",
        "Selamat ulang tahun, Siti Aminah! 🎂\nPoin Anda: 1.250")
    assert page.notice.text() == "Opened in WhatsApp for Siti Aminah; noted on their timeline."


def test_nothing_is_logged_when_the_link_does_not_open(qtbot, page, shop, due, monkeypatch):
    monkeypatch.setattr(followup_page, "open_link", lambda _url: False)
    pick(page, "Siti Aminah")
    click(qtbot, page.send_button)
    assert shop.messages.timeline(OWNER, due["siti"].id) == []
    assert page.notice.text() == "WhatsApp could not be opened: is a web browser installed?"


def test_a_member_without_consent_is_offered_no_promotion(qtbot, page, shop, due, opened):
    pick(page, "Budi Santoso")
    promo_row = page.template_chooser.findData(due["promo"].id)
    assert not page.template_chooser.model().item(promo_row).isEnabled()
    page.template_chooser.setCurrentIndex(promo_row)  # even if chosen before, it cannot go
    assert not page.send_button.isEnabled() and not page.copy_button.isEnabled()
    assert page.notice.text().startswith("This member did not agree to receive offers")
    click(qtbot, page.send_button)
    page.send()
    page.copy()
    assert opened == [] and shop.messages.timeline(OWNER, due["budi"].id) == []

    choose(page.template_chooser, due["thanks"].id)  # a service message goes to anyone
    click(qtbot, page.send_button)
    assert opened == ["https://wa.me/6281311112222?text=Terima%20kasih%2C%20Budi%20Santoso."]
    pick(page, "Siti Aminah")
    assert page.template_chooser.model().item(promo_row).isEnabled()


def test_copy_puts_the_message_on_the_clipboard_and_logs_it(qtbot, page, shop, due):
    pick(page, "Siti Aminah")
    choose(page.template_chooser, due["thanks"].id)
    click(qtbot, page.copy_button)
    assert QGuiApplication.clipboard().text() == "Terima kasih, Siti Aminah."
    assert [m.channel for m in shop.messages.timeline(OWNER, due["siti"].id)] == ["clipboard"]


def test_export_writes_the_list_and_reads_back(qtbot, shop, due, tmp_path):
    page = open_page(qtbot, shop, OWNER)
    choose_list(qtbot, page, "birthdays-week")
    out = tmp_path / "ulang-tahun.xlsx"
    click(qtbot, page.export_button)
    dialog = page.save_dialog
    assert dialog is not None and dialog.acceptMode() == QFileDialog.AcceptMode.AcceptSave
    # Today's date, whichever side of midnight the page named it on.
    assert Path(dialog.selectedFiles()[0]).name in {
        f"follow-up-birthdays-week-{day.isoformat()}.xlsx" for day in (TODAY, date.today())}
    dialog.selectFile(str(out))
    dialog.accept()
    qtbot.waitUntil(lambda: page.result.text() != "", timeout=20_000)

    assert page.result.text() == f"Saved {out}. Rows written: 2."
    rows = list(load_workbook(out).active.iter_rows(values_only=True))
    assert rows[0] == ("Card", "Name", "Phone", "Marketing consent", "Birthday", "WhatsApp")
    assert [(r[1], r[2], r[3], r[5]) for r in rows[1:]] == [
        ("Budi Santoso", "0813-1111-2222", False, "https://wa.me/6281311112222"),
        ("Siti Aminah", "0812-3456-7890", True, "https://wa.me/6281234567890")]


def test_who_sees_which_buttons(qtbot, shop, due):
    cashier = open_page(qtbot, shop, CASHIER)
    bookkeeper = open_page(qtbot, shop, BOOKKEEPER)
    assert cashier.send_button.isVisible() and not cashier.export_button.isVisible()
    assert bookkeeper.export_button.isVisible() and not bookkeeper.send_button.isVisible()
    assert not bookkeeper.copy_button.isVisible()
    assert bookkeeper.text.toPlainText() != ""  # reads the preview all the same


def test_the_list_is_live(qtbot, page, shop):
    choose_list(qtbot, page, "birthdays-week")
    make_member(shop, "Citra", "0815-5555-6666", birthday=BORN)
    refresh(qtbot, page)
    assert column(page, NAME) == ["Budi Santoso", "Citra", "Siti Aminah"]


# -- the owner's templates and the member's timeline ---------------------------------------------
def test_the_owner_writes_a_template_in_settings(qtbot, shop, ui_state):
    settings = settings_page(qtbot, shop, ui_state, OWNER)
    owner_tab(settings, "Messages")
    editor = settings.message_templates
    editor.name.setText("Poin hangus")
    choose(editor.kind, "promo")
    editor.body.setPlainText("Halo ")
    editor.body.moveCursor(QTextCursor.MoveOperation.End)
    editor.insert("nama")
    editor.body.insertPlainText(", poin Anda hangus {tanggal_kadaluarsa}.")
    click(qtbot, editor.save_button)
    [saved] = shop.messages.templates(OWNER)
    assert (saved.name, saved.kind, saved.body) == (
        "Poin hangus", "promo", "Halo {nama}, poin Anda hangus {tanggal_kadaluarsa}.")
    assert editor.list.currentItem().text() == "Poin hangus (Promotion)"

    editor.body.setPlainText("Halo {nama_lengkap}")
    click(qtbot, editor.save_button)
    assert editor.notice.text().startswith("Message: has {nama_lengkap}, which is not a")
    assert shop.messages.templates(OWNER)[0].body.startswith("Halo {nama},")

    click(qtbot, editor.retire_button)
    assert shop.messages.templates(OWNER) == []
    assert editor.list.currentItem().text() == "Poin hangus (Promotion), retired"
    assert editor.retire_button.text() == "Bring back"


def test_the_timeline_widget_lists_the_members_messages(qtbot, shop, due):
    shop.messages.log_send(CASHIER, due["siti"].id, due["thanks"].id, "Terima kasih, Siti.",
                           "whatsapp")
    timeline = MemberMessages(shop, OWNER, due["siti"].id)
    qtbot.addWidget(timeline)
    timeline.load()
    assert timeline.table.rowCount() == 1
    assert timeline.table.item(0, TEMPLATE).text() == "Ucapan"
    assert timeline.table.item(0, TEXT).text() == "Terima kasih, Siti."
    assert not timeline.empty.isVisibleTo(timeline)
