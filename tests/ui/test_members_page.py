"""The members page driven like a user: search as you type, sort by header, open, merge."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QItemSelectionModel, QPoint, Qt
from PySide6.QtWidgets import QFileDialog, QRadioButton

from tests.card_scans import scanned_pdf
from tests.factories import make_member, make_purchase
from tests.ui.card_preview import PreviewStub
from tokocrm.domain.members import MemberStatus
from tokocrm.domain.roles import Role
from tokocrm.services.actor import BUILTIN_OWNER, Actor
from tokocrm.ui.cards import card_printing
from tokocrm.ui.dialogs.member_profile_dialog import MemberProfileDialog
from tokocrm.ui.models.member_table import CARD, JOINED, NAME
from tokocrm.ui.pages.members_page import MembersPage

CASHIER = Actor(username="ani", role=Role.CASHIER)
NAMES = ["Siti Aminah", "Budi Santoso", "Dewi Lestari", "Siti Rahayu", "Agus Salim"]
DISPLAY = Qt.ItemDataRole.DisplayRole


@pytest.fixture
def people(shop):
    return {name.split()[0] + name.split()[1][0]: make_member(shop, name=name) for name in NAMES}


def open_page(qtbot, shop, actor: Actor = BUILTIN_OWNER) -> MembersPage:
    page = MembersPage(shop, actor)
    qtbot.addWidget(page)
    page.resize(900, 500)
    page.show()
    qtbot.waitExposed(page)
    page.refresh()  # as the main window does when the page is shown
    return page


def names(page: MembersPage) -> list[str]:
    model = page.model
    return [model.data(model.index(r, NAME), DISPLAY) for r in range(model.rowCount())]


def search(qtbot, page: MembersPage, text: str) -> None:
    page.search.clear()
    qtbot.keyClicks(page.search, text)
    qtbot.waitUntil(lambda: page.model.query == text)


def row_center(page: MembersPage, row: int) -> QPoint:
    return page.table.visualRect(page.model.index(row, NAME)).center()


def click_header(qtbot, page: MembersPage, section: int) -> None:
    header = page.table.horizontalHeader()
    x = header.sectionViewportPosition(section) + header.sectionSize(section) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(x, header.height() // 2))


def select_rows(page: MembersPage, *rows: int) -> None:
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    page.table.clearSelection()
    for row in rows:
        page.table.selectionModel().select(page.model.index(row, 0), flags)


def test_lists_every_member_by_name_and_counts_them(qtbot, shop, people):
    page = open_page(qtbot, shop)
    assert names(page) == sorted(NAMES)
    assert page.count_label.text() == "5 members"


def test_typing_filters_after_a_short_pause(qtbot, shop, people):
    page = open_page(qtbot, shop)
    qtbot.keyClicks(page.search, "siti")
    assert page.search_timer.isActive()  # one query after the typing, not one per key
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    assert names(page) == ["Siti Aminah", "Siti Rahayu"]
    assert page.count_label.text() == "2 members"
    search(qtbot, page, "santo")
    assert names(page) == ["Budi Santoso"]
    assert page.count_label.text() == "1 member"


def test_finds_by_phone_and_card(qtbot, shop, people):
    page = open_page(qtbot, shop)
    dewi = people["DewiL"]
    search(qtbot, page, "+62" + dewi.phone.removeprefix("+62"))
    assert names(page) == ["Dewi Lestari"]
    search(qtbot, page, people["AgusS"].card)
    assert names(page) == ["Agus Salim"]
    search(qtbot, page, "nobody here")
    assert page.count_label.text() == "0 members"


def test_enter_on_a_single_result_opens_the_profile(qtbot, shop, people):
    page = open_page(qtbot, shop)
    page.search.setText(people["BudiS"].card)
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    assert isinstance(page.profile_dialog, MemberProfileDialog)
    qtbot.waitUntil(page.profile_dialog.isVisible)
    assert page.profile_dialog.name_edit.text() == "Budi Santoso"


def test_clicking_headers_sorts(qtbot, shop, people):
    page = open_page(qtbot, shop)
    click_header(qtbot, page, NAME)
    assert names(page) == sorted(NAMES, reverse=True)
    click_header(qtbot, page, NAME)
    assert names(page) == sorted(NAMES)
    click_header(qtbot, page, CARD)
    assert names(page) == NAMES  # cards were handed out in registration order
    click_header(qtbot, page, JOINED)
    assert page.model.sort_key == ("joined_on", True)  # newest first on the first click


def test_double_click_and_enter_open_the_profile(qtbot, shop, people):
    page = open_page(qtbot, shop)
    row = names(page).index("Dewi Lestari")
    viewport, where = page.table.viewport(), row_center(page, row)
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=where)  # Qt 6 wants the press
    qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=where)
    qtbot.waitUntil(lambda: page.profile_dialog is not None and page.profile_dialog.isVisible())
    assert page.profile_dialog.name_edit.text() == "Dewi Lestari"
    page.profile_dialog.reject()

    page.table.setCurrentIndex(page.model.index(0, NAME))
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    qtbot.waitUntil(page.profile_dialog.isVisible)
    assert page.profile_dialog.name_edit.text() == "Agus Salim"


def test_a_save_in_the_profile_refreshes_the_list(qtbot, shop, people):
    page = open_page(qtbot, shop)
    dialog = page.open_profile(people["SitiA"].id)
    dialog.name_edit.setText("Siti Zulaikha")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert names(page) == ["Agus Salim", "Budi Santoso", "Dewi Lestari", "Siti Rahayu",
                           "Siti Zulaikha"]  # re-sorted
    assert page.selected_rows() == [4]  # and still selected where it moved to


def test_refresh_shows_members_added_elsewhere(qtbot, shop, people):
    page = open_page(qtbot, shop)
    make_member(shop, name="Rudi Hartono")
    page.refresh()
    assert "Rudi Hartono" in names(page)
    assert page.count_label.text() == "6 members"


def test_merge_needs_exactly_two_selected_rows(qtbot, shop, people):
    page = open_page(qtbot, shop)
    assert page.merge_button.isVisible()
    assert not page.merge_button.isEnabled()
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=row_center(page, 0))
    assert not page.merge_button.isEnabled()
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton,
                     Qt.KeyboardModifier.ControlModifier, pos=row_center(page, 2))
    assert page.merge_button.isEnabled()
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton,
                     Qt.KeyboardModifier.ControlModifier, pos=row_center(page, 3))
    assert not page.merge_button.isEnabled()
    page.refresh()  # a reload clears the selection, and the button follows
    assert not page.merge_button.isEnabled()


def test_owner_merges_two_members_keeping_the_chosen_one(qtbot, shop, people):
    siti, duplicate = people["SitiA"], people["SitiR"]
    make_purchase(shop, duplicate, amount=75_000)
    page = open_page(qtbot, shop)
    search(qtbot, page, "siti")
    select_rows(page, 0, 1)
    qtbot.mouseClick(page.merge_button, Qt.MouseButton.LeftButton)
    dialog = page.merge_dialog
    qtbot.waitUntil(dialog.isVisible)
    radios = dialog.findChildren(QRadioButton)
    assert [r.text().split()[0] for r in radios] == [siti.card, duplicate.card]
    assert "1 visits" in radios[1].text()
    radios[0].setChecked(True)
    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)

    assert shop.members.get(BUILTIN_OWNER, duplicate.id).status == MemberStatus.MERGED
    assert shop.purchases.stats(BUILTIN_OWNER, siti.id).visits == 1
    assert names(page) == ["Siti Aminah"]
    assert siti.card in page.notice.text()


def test_a_refused_merge_shows_a_message(qtbot, shop, people):
    page = open_page(qtbot, shop)
    search(qtbot, page, "siti")
    select_rows(page, 0, 1)
    qtbot.mouseClick(page.merge_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(page.merge_dialog.isVisible)
    shop.members.merge(BUILTIN_OWNER, people["SitiR"].id, people["SitiA"].id)  # another PC
    page.merge_dialog.accept()
    qtbot.waitUntil(lambda: page.error_box is not None and page.error_box.isVisible())
    assert "already merged" in page.error_box.text()
    page.error_box.accept()


def test_a_cashier_does_not_see_merge(qtbot, shop, people):
    page = open_page(qtbot, shop, CASHIER)
    select_rows(page, 0, 1)
    assert not page.merge_button.isVisible()
    assert names(page) == sorted(NAMES)  # but may browse every member


# -- member cards (issue #10) ------------------------------------------------------------------
def stub_preview(page: MembersPage) -> PreviewStub:
    stub = PreviewStub()
    page.card_printing.show_preview = stub
    return stub


def save_as(page: MembersPage, path) -> None:
    """Name the file in the Save dialog the card action opened, as a person would."""
    dialog = page.card_printing.save_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.acceptMode() == QFileDialog.AcceptMode.AcceptSave
    dialog.selectFile(str(path))
    dialog.accept()


def test_prints_the_selected_members_cards_in_list_order(qtbot, shop, people):
    page = open_page(qtbot, shop, CASHIER)
    preview = stub_preview(page)
    assert not page.print_cards_action.isEnabled()  # nothing selected yet
    select_rows(page, 0, 2)  # Agus Salim and Dewi Lestari
    page.print_cards_action.trigger()
    assert [card.name for card in preview.cards] == ["Agus Salim", "Dewi Lestari"]
    preview.press_print()
    assert page.notice.text() == "Printed 2 cards."
    waiting = {people[key].id for key in ("BudiS", "SitiA", "SitiR")}
    assert set(shop.cards.new_cards(CASHIER)) == waiting


def test_new_cards_are_saved_to_a_pdf_and_then_no_longer_new(qtbot, shop, people, tmp_path):
    page = open_page(qtbot, shop)
    out = tmp_path / "kartu-baru.pdf"
    page.save_new_action.trigger()
    save_as(page, out)
    qtbot.waitUntil(lambda: page.notice.text().startswith("Saved"), timeout=20_000)
    assert page.notice.text() == f"Saved {out} (cards: 5, A4 sheets: 1)."
    assert scanned_pdf(out) == [sorted(member.card for member in people.values())]
    assert shop.cards.new_cards(BUILTIN_OWNER) == []
    page.print_new_action.trigger()
    assert page.notice.text() == "No new cards: every active member's card was printed."


def test_too_many_cards_for_a_preview_go_to_a_pdf(qtbot, shop, people, tmp_path, monkeypatch):
    monkeypatch.setattr(card_printing, "MAX_PREVIEW_CARDS", 2)
    page = open_page(qtbot, shop)
    preview = stub_preview(page)
    select_rows(page, 0, 1, 2)
    page.print_cards_action.trigger()
    assert preview.cards == []
    assert "too many to preview" in page.notice.text()
    save_as(page, tmp_path / "kartu.pdf")
    qtbot.waitUntil(lambda: page.notice.text().startswith("Saved"), timeout=20_000)
    assert len(scanned_pdf(tmp_path / "kartu.pdf")[0]) == 3


def test_an_erased_member_in_the_selection_stops_the_printing(qtbot, shop, people):
    shop.privacy.erase(BUILTIN_OWNER, people["DewiL"].id, "asked at the counter")
    page = open_page(qtbot, shop)
    preview = stub_preview(page)
    page.table.selectAll()
    page.print_cards_action.trigger()
    assert preview.cards == []
    assert "erased on the customer's request" in page.error_box.text()
    assert len(shop.cards.new_cards(BUILTIN_OWNER)) == 4  # nobody was marked printed


def test_a_bookkeeper_has_no_card_actions(qtbot, shop, people):
    page = open_page(qtbot, shop, Actor(username="sri", role=Role.BOOKKEEPER))
    assert not page.cards_button.isVisible()
