"""The Feedback page: the complaint inbox and its filters, a case's detail and actions, and the
satisfaction and handling figures, each as the actor's role allows."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QCheckBox, QPushButton

from tests.factories import make_member
from tests.services.conftest import Clock
from tokocrm.domain.errors import InvalidField, StaleEdit
from tokocrm.domain.feedback import CaseStatus, Channel
from tokocrm.domain.roles import Role
from tokocrm.services.actor import BUILTIN_OWNER, Actor
from tokocrm.services.container import open_services
from tokocrm.services.feedback_dto import FeedbackInput
from tokocrm.ui.messages import message_for
from tokocrm.ui.pages.feedback_page import (
    ASSIGNEE,
    COMMENT,
    MEMBER,
    OVERDUE,
    RATING,
    STATUS,
    FeedbackPage,
)
from tokocrm.ui.widgets.figure_card import Figure

OWNER = BUILTIN_OWNER
CASHIER = Actor(username="ani", role=Role.CASHIER, till="kasir-1")
BOOKKEEPER = Actor(username="rina", role=Role.BOOKKEEPER, till="kantor")


def feedback_page(qtbot, shop, actor=OWNER) -> FeedbackPage:
    page = FeedbackPage(shop, actor)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    qtbot.waitExposed(page)
    page.refresh()  # as the main window does when the page is shown
    return page


def click(qtbot, button: QPushButton) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def tick(qtbot, box: QCheckBox) -> None:
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))


def column(page: FeedbackPage, index: int) -> list[str]:
    return [page.inbox.item(row, index).text() for row in range(page.inbox.rowCount())]


def figure(page: FeedbackPage, key: str) -> str:
    return page.figures[key].value.text()


def select(page: FeedbackPage, case_id: int) -> None:
    page.select_case(case_id)
    assert page.case_panel.case_id() == case_id


def record_three(shop) -> tuple[int, int]:
    """A member's complaint (1 star), a walk-in's (marked, 3 stars), and praise: the cases."""
    siti = make_member(shop, "Siti Aminah")
    first = shop.feedback.record(OWNER, FeedbackInput(
        rating=1, member_id=siti.id, nps=2, category="Produk", comment="Beras\nberkutu"))
    second = shop.feedback.record(OWNER, FeedbackInput(
        rating=3, category="Pelayanan", comment="Antre lama", complaint=True))
    shop.feedback.record(OWNER, FeedbackInput(rating=5, nps=10, member_id=siti.id))
    return first.case_id, second.case_id


@pytest.fixture
def cases(shop):
    return record_three(shop)


def test_inbox_lists_the_open_cases_by_due_time(qtbot, shop, cases):
    page = feedback_page(qtbot, shop)
    assert [case.id for case in page.cases] == list(cases)
    siti = shop.members.get(OWNER, page.cases[0].feedback.member_id)
    assert column(page, MEMBER) == [f"Siti Aminah ({siti.card})", "Walk-in customer"]
    assert column(page, RATING) == ["★☆☆☆☆", "★★★☆☆"]
    assert column(page, STATUS) == ["Open", "Open"]
    assert column(page, OVERDUE) == ["", ""]
    assert column(page, COMMENT)[0] == "Beras berkutu"  # on one line; whole in the tooltip
    assert page.inbox.item(0, COMMENT).toolTip() == "Beras\nberkutu"


def test_a_case_is_handled_from_start_to_resolved(qtbot, shop, cases):
    page = feedback_page(qtbot, shop)
    assert (figure(page, "open"), figure(page, "average"), figure(page, "csat")) == (
        "2", "3.0", "33.3 %")
    assert (figure(page, "nps"), figure(page, "on_time")) == ("0", "—")
    panel = page.case_panel
    select(page, cases[0])
    assert panel.facts["comment"].text() == "Beras\nberkutu"
    assert panel.facts["nps"].text() == "2"
    assert panel.history.item(0).text().endswith("Opened by owner")

    click(qtbot, panel.start_button)
    assert column(page, STATUS)[0] == "In progress"
    assert not panel.start_button.isEnabled()
    panel.assignee_edit.setText("Budi")
    click(qtbot, panel.assign_button)
    assert column(page, ASSIGNEE)[0] == "Budi"
    panel.channel_combo.setCurrentIndex(panel.channel_combo.findData(Channel.WHATSAPP.value))
    panel.reply_edit.setText("Maaf, kami ganti berasnya")
    click(qtbot, panel.send_button)
    assert panel.replies.item(0).text().endswith("WhatsApp by owner: Maaf, kami ganti berasnya")
    assert "Replied by owner: WhatsApp: Maaf" in panel.history.item(3).text()

    panel.note_edit.setText("Beras diganti")
    click(qtbot, panel.resolve_button)
    assert panel.message.text() == "Resolved."
    assert [case.id for case in page.cases] == [cases[1]]  # the inbox shows what is open
    assert panel.case_id() == cases[0] and panel.facts["resolution"].text() == "Beras diganti"
    assert (figure(page, "open"), figure(page, "on_time")) == ("1", "100.0 %")
    assert (figure(page, "average"), figure(page, "csat"), figure(page, "median")) == (
        "3.0", "33.3 %", "0.0")
    assert page.category_table.rowCount() == 3  # Lainnya, Pelayanan, Produk


def test_resolving_needs_a_note(qtbot, shop, cases):
    page = feedback_page(qtbot, shop)
    select(page, cases[0])
    page.case_panel.note_edit.setText("   ")
    click(qtbot, page.case_panel.resolve_button)
    expected = message_for(InvalidField(field="note", value="   ", reason="required"))
    assert page.case_panel.message.text() == expected == "Note: is required"
    assert shop.feedback.case(OWNER, cases[0]).case.status == CaseStatus.OPEN
    assert figure(page, "open") == "2"


def test_reopening_puts_the_case_back_in_the_inbox(qtbot, shop, cases):
    page = feedback_page(qtbot, shop)
    select(page, cases[0])
    page.case_panel.note_edit.setText("Beras diganti")
    click(qtbot, page.case_panel.resolve_button)
    assert cases[0] not in [case.id for case in page.cases]
    assert page.case_panel.reopen_button.isVisibleTo(page)
    assert not page.case_panel.resolve_button.isVisibleTo(page)

    click(qtbot, page.case_panel.reopen_button)  # a reason is needed too
    assert page.case_panel.message.text() == "Reason: is required"
    page.case_panel.note_edit.setText("Masih berkutu")
    click(qtbot, page.case_panel.reopen_button)
    assert sorted(case.id for case in page.cases) == sorted(cases)
    assert page.selected_case().id == cases[0]
    assert page.selected_case().status == CaseStatus.OPEN


def test_a_change_made_elsewhere_meanwhile_is_refused_and_shown(qtbot, shop, cases):
    page = feedback_page(qtbot, shop)
    select(page, cases[0])
    shop.feedback.start(CASHIER, cases[0])  # the other till
    page.case_panel.note_edit.setText("Beras diganti")
    click(qtbot, page.case_panel.resolve_button)
    assert page.case_panel.message.text() == message_for(StaleEdit(thing="case"))
    assert column(page, STATUS)[0] == "In progress"  # reloaded: now the change can be redone
    click(qtbot, page.case_panel.resolve_button)
    assert page.case_panel.message.text() == "Resolved."


def test_filters_reload_the_inbox(qtbot, shop, cases):
    page = feedback_page(qtbot, shop)
    page.category_filter.setCurrentIndex(page.category_filter.findData("Pelayanan"))
    assert [case.id for case in page.cases] == [cases[1]]
    page.category_filter.setCurrentIndex(0)
    page.rating_filter.setCurrentIndex(page.rating_filter.findData(1))
    assert [case.id for case in page.cases] == [cases[0]]
    page.rating_filter.setCurrentIndex(0)
    page.status_filter.setCurrentIndex(page.status_filter.findData(CaseStatus.RESOLVED.value))
    assert page.cases == []
    page.date_from.setDate(page.date_to.date().addDays(1))  # only days after today
    page.status_filter.setCurrentIndex(page.status_filter.findData(None))
    # no feedback in those days; the open cases stay in the inbox whatever the days
    assert figure(page, "average") == "—"
    assert sorted(case.id for case in page.cases) == sorted(cases)


def test_an_overdue_case_stands_out_and_can_be_shown_alone(qtbot, tmp_path):
    clock = Clock(datetime.combine(date.today(), time(8, 0)))  # in the page's default days
    shop = open_services(f"sqlite:///{tmp_path / 'late.db'}", clock=clock)
    late = shop.feedback.record(OWNER, FeedbackInput(rating=1, comment="Kembalian kurang"))
    clock.advance(hours=1)
    shop.feedback.record(OWNER, FeedbackInput(rating=2))
    clock.advance(hours=47)  # exactly at the first one's due time: still on time
    page = feedback_page(qtbot, shop)
    assert column(page, OVERDUE) == ["", ""]
    clock.advance(minutes=30)
    page.refresh()
    assert column(page, OVERDUE) == ["Overdue", ""]
    assert page.inbox.item(0, MEMBER).font().bold()
    assert not page.inbox.item(1, MEMBER).font().bold()
    assert figure(page, "overdue") == "1" and page.figures["overdue"].note.text()
    tick(qtbot, page.overdue_only)
    assert [case.id for case in page.cases] == [late.case_id]
    select(page, late.case_id)
    assert page.case_panel.heading.text().endswith("Overdue")
    shop.close()


def test_a_cashier_handles_cases_but_sees_no_figures(qtbot, shop, cases):
    page = feedback_page(qtbot, shop, CASHIER)
    assert page.figures_box is None and page.findChildren(Figure) == []
    assert len(page.cases) == 2
    select(page, cases[1])
    click(qtbot, page.case_panel.start_button)
    assert shop.feedback.case(CASHIER, cases[1]).history[-1].created_by == "ani"
    assert page.notice.text() == ""


def test_the_bookkeeper_sees_the_figures_without_the_inbox(qtbot, shop, cases):
    page = feedback_page(qtbot, shop, BOOKKEEPER)
    assert page.case_panel is None and not hasattr(page, "inbox")
    assert page.notice.text() == ""
    assert figure(page, "open") == "2" and figure(page, "average") == "3.0"


def test_the_main_window_shows_the_page_refreshed(qtbot, window, shop):
    record_three(shop)
    window.nav.setCurrentRow(3)
    page = window.pages.currentWidget()
    assert isinstance(page, FeedbackPage) and len(page.cases) == 2
