"""Feedback at the counter, keys only: F7, a digit for the stars, a comment, Enter."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.factories import make_member, make_purchase
from tests.ui.test_counter_page import press, scan, type_like_a_person
from tokocrm.domain.feedback import CaseStatus, Channel
from tokocrm.domain.roles import Role
from tokocrm.services.actor import BUILTIN_OWNER, Actor
from tokocrm.services.feedback_dto import FeedbackInput
from tokocrm.ui.pages.counter_page import FEEDBACK, MEMBER, CounterPage


def all_feedback(shop):
    return shop.feedback.feedback(BUILTIN_OWNER)


def test_a_one_star_complaint_in_a_few_keys(qtbot, counter, shop, siti):
    scan(qtbot, counter.search, siti.card)
    assert not counter.summary.complaints.isVisibleTo(counter)
    press(qtbot, counter.purchase.amount, Qt.Key.Key_F7)
    form = counter.feedback
    assert counter.panel.currentIndex() == FEEDBACK and form.rating.hasFocus()
    assert form.who.text() == "Siti Aminah"
    press(qtbot, form.rating, "1")
    assert form.rating.value == 1 and form.comment.hasFocus()
    assert form.complaint_note.isVisibleTo(form)  # rated 1: a complaint anyway
    type_like_a_person(qtbot, form.comment, "Beras basah")
    press(qtbot, form.comment, Qt.Key.Key_Return)
    [row] = all_feedback(shop)
    assert (row.member_id, row.rating, row.comment, row.complaint) == (
        siti.id, 1, "Beras basah", True)
    assert (row.category, row.channel, row.nps, row.purchase_id) == (
        "Lainnya", Channel.COUNTER, None, None)
    assert row.case_status == CaseStatus.OPEN
    assert shop.feedback.open_complaints(BUILTIN_OWNER, siti.id) == 1
    assert counter.message.text().startswith("Feedback saved; complaint case opened, due ")
    assert counter.panel.currentIndex() == MEMBER
    badge = counter.summary.complaints
    assert badge.isVisibleTo(counter) and badge.text() == "Open complaint"
    assert "Open complaint" in badge.accessibleName()
    assert counter.search.hasFocus()  # ready for the next customer


def test_the_badge_counts_the_open_cases_when_the_member_is_opened(qtbot, counter, shop,
                                                                   siti):
    for _ in range(2):
        shop.feedback.record(BUILTIN_OWNER, FeedbackInput(rating=2, member_id=siti.id))
    scan(qtbot, counter.search, siti.card)
    assert counter.summary.complaints.text() == "2 open complaints"
    other = make_member(shop, "Budi Santoso")
    counter.open_member(other.id)
    assert not counter.summary.complaints.isVisibleTo(counter)


def test_f7_with_no_member_is_a_walk_in(qtbot, counter, shop):
    assert counter.feedback_button.text() == "Feedback (F7)"
    press(qtbot, counter.search, Qt.Key.Key_F7)
    form = counter.feedback
    assert form.who.text() == "Walk-in customer"
    assert not form.about_purchase.isVisibleTo(form)
    press(qtbot, form.rating, "4")
    press(qtbot, form.comment, Qt.Key.Key_Return)
    [row] = all_feedback(shop)
    assert (row.member_id, row.rating, row.complaint, row.case_id) == (None, 4, False, None)
    assert counter.message.text() == "Feedback saved."
    assert counter.search.hasFocus()


def test_shift_f7_is_a_walk_in_even_with_a_member_on_the_counter(qtbot, counter, shop, siti):
    counter.open_member(siti.id)
    press(qtbot, counter.purchase.amount, Qt.Key.Key_F7)
    press(qtbot, counter.feedback.rating, Qt.Key.Key_Escape)
    qtbot.keyClick(counter.search, Qt.Key.Key_F7, Qt.KeyboardModifier.ShiftModifier)
    assert counter.feedback.who.text() == "Walk-in customer"
    press(qtbot, counter.feedback.rating, "5")
    press(qtbot, counter.feedback.comment, Qt.Key.Key_Return)
    assert [row.member_id for row in all_feedback(shop)] == [None]


def test_esc_cancels_and_saves_nothing(qtbot, counter, shop, siti):
    counter.open_member(siti.id)
    press(qtbot, counter.purchase.amount, Qt.Key.Key_F7)
    press(qtbot, counter.feedback.rating, "2")
    type_like_a_person(qtbot, counter.feedback.comment, "lama")
    press(qtbot, counter.feedback.comment, Qt.Key.Key_Escape)
    assert all_feedback(shop) == []
    assert counter.panel.currentIndex() == MEMBER
    assert counter.search.hasFocus()


def test_five_stars_with_nps_and_category(qtbot, counter, shop, siti):
    purchase = make_purchase(shop, siti, amount=75_000)
    counter.open_member(siti.id)
    press(qtbot, counter.purchase.amount, Qt.Key.Key_F7)
    form = counter.feedback
    assert form.category.currentText() == "Lainnya"  # the last one, by default
    assert form.nps.currentData() is None and form.channel.currentText() == "At the counter"
    press(qtbot, form.rating, "5")
    assert not form.complaint_note.isVisibleTo(form)
    form.nps.setCurrentIndex(form.nps.findData(9))
    form.category.setCurrentIndex(form.category.findText("Harga"))
    assert "Rp75,000" in form.about_purchase.text()
    form.about_purchase.setChecked(True)
    type_like_a_person(qtbot, form.comment, "Murah")
    press(qtbot, form.comment, Qt.Key.Key_Return)
    [row] = all_feedback(shop)
    assert (row.rating, row.nps, row.category, row.complaint, row.case_id) == (
        5, 9, "Harga", False, None)
    assert row.purchase_id == purchase.id
    assert not counter.summary.complaints.isVisibleTo(counter)
    assert counter.message.text() == "Feedback saved."


def test_enter_in_a_combo_saves_too(qtbot, counter, shop, siti):
    counter.open_member(siti.id)
    press(qtbot, counter.purchase.amount, Qt.Key.Key_F7)
    press(qtbot, counter.feedback.rating, "3")
    counter.feedback.channel.setFocus()
    press(qtbot, counter.feedback.channel, Qt.Key.Key_Down)  # WhatsApp
    press(qtbot, counter.feedback.channel, Qt.Key.Key_Return)
    [row] = all_feedback(shop)
    assert (row.rating, row.channel) == (3, Channel.WHATSAPP)


def test_no_rating_yet_asks_for_one(qtbot, counter, shop, siti):
    counter.open_member(siti.id)
    press(qtbot, counter.purchase.amount, Qt.Key.Key_F7)
    press(qtbot, counter.feedback.rating, Qt.Key.Key_Return)
    assert "1 to 5" in counter.feedback.error.text()
    assert counter.feedback.rating.hasFocus()
    assert all_feedback(shop) == []


def test_a_refusal_shows_why_and_keeps_the_form(qtbot, counter, shop, siti):
    counter.open_member(siti.id)
    press(qtbot, counter.purchase.amount, Qt.Key.Key_F7)
    form = counter.feedback
    press(qtbot, form.rating, "4")
    form.category.setCurrentIndex(form.category.findText("Harga"))
    type_like_a_person(qtbot, form.comment, "Mahal")
    shop.feedback.set_category_active(BUILTIN_OWNER, "Harga", False)  # meanwhile, elsewhere
    press(qtbot, form.comment, Qt.Key.Key_Return)
    assert form.error.text() == "Category: does not exist"
    assert all_feedback(shop) == []
    assert counter.panel.currentIndex() == FEEDBACK
    assert (form.rating.value, form.comment.text(), form.category.currentText()) == (
        4, "Mahal", "Harga")


def test_a_bookkeeper_records_no_feedback(qtbot, shop, siti):
    page = CounterPage(shop, Actor(username="bk", role=Role.BOOKKEEPER, till="office"))
    qtbot.addWidget(page)
    page.show()
    page.open_member(siti.id)
    assert not page.feedback_button.isVisibleTo(page)
    press(qtbot, page.search, Qt.Key.Key_F7)
    assert page.panel.currentIndex() == MEMBER
