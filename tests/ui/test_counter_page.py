"""The counter as a cashier drives it: keys only, scanner included."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import QDate, QDateTime, Qt, QTime

from tests.factories import make_member
from tokocrm.domain.roles import Role
from tokocrm.services.actor import BUILTIN_OWNER, Actor
from tokocrm.ui.pages.counter_page import MEMBER, REGISTER, CounterPage

CASHIER = Actor(username="ani", role=Role.CASHIER, till="kasir-1")
HUMAN_MS = 45  # a fast typist leaves 60+ ms between keys; a scanner 1-20 ms


@pytest.fixture
def counter(qtbot, shop):
    page = CounterPage(shop, CASHIER)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    qtbot.waitExposed(page)
    return page


@pytest.fixture
def siti(shop):
    return make_member(shop, "Siti Aminah", "0812-3456-7890")


def type_like_a_person(qtbot, widget, text: str) -> None:
    qtbot.keyClicks(widget, text, delay=HUMAN_MS)


def scan(qtbot, widget, code: str) -> None:
    qtbot.keyClicks(widget, code)  # no delay: a scanner's burst
    qtbot.keyClick(widget, Qt.Key.Key_Return)


def press(qtbot, widget, key) -> None:
    qtbot.keyClick(widget, key)


def test_scan_opens_the_member(qtbot, counter, siti):
    scan(qtbot, counter.search, siti.card)
    assert counter.member.id == siti.id
    assert counter.panel.currentIndex() == MEMBER
    assert counter.summary.name.text() == "Siti Aminah"
    assert counter.purchase.amount.hasFocus()


def test_scan_mid_typing_elsewhere_lands_in_the_search(qtbot, counter, shop, siti):
    budi = make_member(shop, "Budi Santoso")
    counter.open_member(budi.id)
    type_like_a_person(qtbot, counter.purchase.amount, "12")
    scan(qtbot, counter.purchase.amount, siti.card)
    assert counter.member.id == siti.id
    assert counter.search.text() == siti.card
    assert shop.purchases.list(BUILTIN_OWNER) == []


def test_record_a_purchase_with_keys_only(qtbot, counter, shop, siti):
    scan(qtbot, counter.search, siti.card)
    type_like_a_person(qtbot, counter.purchase.amount, "125000")
    press(qtbot, counter.purchase.amount, Qt.Key.Key_Return)
    [row] = shop.purchases.list(BUILTIN_OWNER)
    assert (row.member_id, row.amount, row.recorded_by, row.till) == (
        siti.id, 125_000, "ani", "kasir-1")
    assert "125" in counter.message.text()
    assert counter.summary.visits.text() == "1"
    assert counter.search.hasFocus()  # ready for the next customer
    press(qtbot, counter.purchase.amount, Qt.Key.Key_Return)  # a double Enter records nothing
    assert len(shop.purchases.list(BUILTIN_OWNER)) == 1


@pytest.mark.parametrize("amount", ["abc", "0", "99999999999"])
def test_bad_amount_says_why_and_saves_nothing(qtbot, counter, shop, siti, amount):
    counter.open_member(siti.id)
    type_like_a_person(qtbot, counter.purchase.amount, amount)
    press(qtbot, counter.purchase.amount, Qt.Key.Key_Return)
    assert "Amount" in counter.message.text()
    assert shop.purchases.list(BUILTIN_OWNER) == []


def test_duplicate_receipt_is_refused_on_the_counter(qtbot, counter, shop, siti):
    counter.open_member(siti.id)
    for _ in range(2):
        type_like_a_person(qtbot, counter.purchase.amount, "5000")
        counter.purchase.receipt.setText("R-77")
        press(qtbot, counter.purchase.amount, Qt.Key.Key_Return)
    assert "R-77" in counter.message.text()
    assert len(shop.purchases.list(BUILTIN_OWNER)) == 1


@pytest.mark.parametrize("written", ["0812-3456-7890", "+62 812 3456 7890", "6281234567890",
                                     "81234567890"])
def test_find_by_phone_in_every_written_form(qtbot, counter, siti, written):
    make_member(counter._services, "Siti Lain", "0813-1111-2222")
    type_like_a_person(qtbot, counter.search, written)
    press(qtbot, counter.search, Qt.Key.Key_Return)
    assert counter.member.id == siti.id


def test_find_by_part_of_a_name_and_move_with_arrows(qtbot, counter, shop, siti):
    other = make_member(shop, "Nur Aminah")
    type_like_a_person(qtbot, counter.search, "amin")
    qtbot.waitUntil(lambda: counter.results.count() == 2)  # results follow the typing
    assert counter.results.currentRow() == 0
    press(qtbot, counter.search, Qt.Key.Key_Down)
    press(qtbot, counter.search, Qt.Key.Key_Return)
    assert counter.member.id == siti.id  # "Nur Aminah" ranks first, the arrow chose Siti
    assert other.id != siti.id


def test_register_a_new_member_from_the_counter(qtbot, counter, shop):
    type_like_a_person(qtbot, counter.search, "0857-1234-5678")
    press(qtbot, counter.search, Qt.Key.Key_F3)
    assert counter.panel.currentIndex() == REGISTER
    assert counter.register.phone.text() == "0857-1234-5678"
    assert counter.register.name.hasFocus()
    type_like_a_person(qtbot, counter.register.name, "Dewi Lestari")
    press(qtbot, counter.register.name, Qt.Key.Key_Return)
    [found] = shop.members.find(BUILTIN_OWNER, "Dewi")
    assert counter.member.id == found.id and counter.panel.currentIndex() == MEMBER
    assert counter.purchase.amount.hasFocus()  # ready for the first purchase
    assert found.card in counter.message.text()


def test_register_with_a_taken_phone_offers_that_member(qtbot, counter, shop, siti):
    press(qtbot, counter.search, Qt.Key.Key_F3)
    counter.register.name.setText("Siti Kedua")
    counter.register.phone.setText("+62 812-3456-7890")
    press(qtbot, counter.register.phone, Qt.Key.Key_Return)
    assert "Siti Aminah" in counter.register.error.text()
    assert counter.register.existing.isVisible()
    counter.register.existing.click()
    assert counter.member.id == siti.id
    assert shop.members.count(BUILTIN_OWNER) == 1


def test_register_refuses_a_landline(qtbot, counter, shop):
    press(qtbot, counter.search, Qt.Key.Key_F3)
    counter.register.name.setText("Toko Sebelah")
    counter.register.phone.setText("021-5550123")
    press(qtbot, counter.register.phone, Qt.Key.Key_Return)
    assert "Indonesian mobile" in counter.register.error.text()
    assert shop.members.count(BUILTIN_OWNER) == 0
    press(qtbot, counter.register.phone, Qt.Key.Key_Escape)
    assert counter.search.hasFocus()


def test_f2_brings_the_cursor_back_to_the_search(qtbot, counter, siti):
    counter.open_member(siti.id)
    assert counter.purchase.amount.hasFocus()
    press(qtbot, counter.purchase.amount, Qt.Key.Key_F2)
    assert counter.search.hasFocus()


def test_register_a_referred_friend(qtbot, counter, shop, siti):
    press(qtbot, counter.search, Qt.Key.Key_F3)
    counter.register.name.setText("Rina")
    counter.register.phone.setText("0857-1111-2222")
    counter.register.referrer.setText(siti.card)
    press(qtbot, counter.register.referrer, Qt.Key.Key_Return)
    assert shop.members.get(BUILTIN_OWNER, counter.member.id).referred_by_id == siti.id


def test_only_the_owner_can_enter_an_earlier_purchase(qtbot, shop, siti, counter):
    assert not counter.purchase.earlier.isVisibleTo(counter)
    owner_page = CounterPage(shop, BUILTIN_OWNER)
    qtbot.addWidget(owner_page)
    owner_page.show()
    owner_page.open_member(siti.id)
    assert owner_page.purchase.earlier.isVisibleTo(owner_page)
    owner_page.purchase.earlier.setChecked(True)
    owner_page.purchase.when.setDateTime(QDateTime(QDate(2026, 1, 2), QTime(9, 30)))
    owner_page.purchase.amount.setText("20.000")
    press(qtbot, owner_page.purchase.amount, Qt.Key.Key_Return)
    [row] = shop.purchases.list(BUILTIN_OWNER)
    assert (row.amount, row.purchased_at) == (20_000, datetime(2026, 1, 2, 9, 30))


def test_the_counter_shows_points_tier_and_what_a_purchase_earned(qtbot, counter, shop, siti):
    scan(qtbot, counter.search, siti.card)
    assert counter.summary.points.text() == "10"  # the welcome bonus
    assert counter.summary.tier.text().startswith("Silver")
    type_like_a_person(qtbot, counter.purchase.amount, "250000")
    press(qtbot, counter.purchase.amount, Qt.Key.Key_Return)
    assert "+25 points" in counter.message.text()
    assert counter.summary.points.text() == "35"
    assert "Gold" in counter.summary.tier.text()
