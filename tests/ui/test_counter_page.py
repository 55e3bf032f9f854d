"""The counter as a cashier drives it: keys only, scanner included."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import QDate, QDateTime, Qt, QTime

from tests.factories import make_member
from tokocrm.domain.loyalty import RewardKind, RewardTerms
from tokocrm.domain.roles import Role
from tokocrm.services.actor import BUILTIN_OWNER, Actor
from tokocrm.services.dto import PurchaseInput
from tokocrm.ui.pages.counter_page import MEMBER, REGISTER, CounterPage

HUMAN_MS = 45  # a fast typist leaves 60+ ms between keys; a scanner 1-20 ms


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
    assert counter.summary.segment.text() == "Potential"  # never bought
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
    assert counter.summary.segment.text() == "New"
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


def test_an_amount_that_could_mean_two_says_so_at_the_counter(qtbot, counter, shop, siti):
    counter.open_member(siti.id)
    type_like_a_person(qtbot, counter.purchase.amount, "1,25")
    press(qtbot, counter.purchase.amount, Qt.Key.Key_Return)
    assert "could mean two different amounts" in counter.message.text()
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


def test_register_asks_for_the_phone_at_the_counter(qtbot, counter, shop):
    """The service keeps members without a phone (imported card-only ones); the counter asks
    for it, as it is how the cashier finds the member again."""
    press(qtbot, counter.search, Qt.Key.Key_F3)
    counter.register.name.setText("Ibu Tanpa HP")
    press(qtbot, counter.register.name, Qt.Key.Key_Return)
    assert "mobile phone" in counter.register.error.text()
    assert counter.register.phone.hasFocus()
    assert shop.members.count(BUILTIN_OWNER) == 0


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


@pytest.fixture
def rich_siti(shop, siti):
    """Siti with 60 points (welcome 10 + 50 earned) and a catalog to spend them on."""
    shop.purchases.record(BUILTIN_OWNER, PurchaseInput(member_id=siti.id, amount=500_000))
    return siti


def add_rewards(shop):
    voucher = shop.loyalty.add_reward(BUILTIN_OWNER, "Voucher 10rb",
                                      RewardTerms(RewardKind.DISCOUNT_RP, 50, value=10_000))
    umbrella = shop.loyalty.add_reward(BUILTIN_OWNER, "Payung", RewardTerms(RewardKind.FREE_ITEM,
                                                                           40), stock=3)
    too_dear = shop.loyalty.add_reward(BUILTIN_OWNER, "Kipas", RewardTerms(RewardKind.FREE_ITEM,
                                                                          500))
    return voucher, umbrella, too_dear


def choose(qtbot, counter, data) -> None:
    """F6, then the arrow keys down to the wanted entry, as a cashier would."""
    press(qtbot, counter.purchase.amount, Qt.Key.Key_F6)
    choice = counter.purchase.points.choice
    assert choice.hasFocus()
    for _ in range(choice.findData(data)):
        press(qtbot, choice, Qt.Key.Key_Down)
    assert choice.currentData() == data


def test_redeem_a_voucher_inside_a_purchase(qtbot, counter, shop, rich_siti):
    voucher, _umbrella, _dear = add_rewards(shop)
    scan(qtbot, counter.search, rich_siti.card)
    type_like_a_person(qtbot, counter.purchase.amount, "100000")
    choose(qtbot, counter, voucher.id)
    assert counter.purchase.points.outcome.text() == "Rp10,000 off · to pay Rp90,000"
    press(qtbot, counter.purchase.points.choice, Qt.Key.Key_Return)
    newest = shop.purchases.recent(BUILTIN_OWNER, rich_siti.id)[0]
    assert (newest.amount, newest.discount) == (90_000, 10_000)
    assert "after Rp10,000 off with points: +9 points" in counter.message.text()
    assert counter.summary.points.text() == "19"  # 60 - 50 + 9 earned on what was paid
    assert counter.purchase.points.choice.currentIndex() == 0  # the next sale starts clean


def test_pay_part_of_a_purchase_with_any_number_of_points(qtbot, counter, shop, rich_siti):
    scan(qtbot, counter.search, rich_siti.card)
    type_like_a_person(qtbot, counter.purchase.amount, "20000")
    choose(qtbot, counter, "points")
    spin = counter.purchase.points.points
    assert spin.isVisibleTo(counter) and spin.maximum() == 60
    spin.setValue(37)
    assert counter.purchase.points.outcome.text() == "Rp3,700 off · to pay Rp16,300"
    press(qtbot, spin, Qt.Key.Key_Return)
    newest = shop.purchases.recent(BUILTIN_OWNER, rich_siti.id)[0]
    assert (newest.amount, newest.discount) == (16_300, 3_700)
    assert shop.loyalty.standing(BUILTIN_OWNER, rich_siti.id).balance == 60 - 37 + 1


def test_points_cannot_pay_more_than_the_bill(qtbot, counter, shop, rich_siti):
    counter.open_member(rich_siti.id)
    type_like_a_person(qtbot, counter.purchase.amount, "2550")
    choose(qtbot, counter, "points")
    assert counter.purchase.points.points.maximum() == 26  # Rp 2.600 covers Rp 2.550


def test_redeem_a_free_item_without_a_purchase(qtbot, counter, shop, rich_siti):
    _voucher, umbrella, too_dear = add_rewards(shop)
    counter.open_member(rich_siti.id)
    choice = counter.purchase.points.choice
    dear_item = choice.model().item(choice.findData(too_dear.id))
    assert not dear_item.isEnabled()  # 500 points: Siti has 60
    choose(qtbot, counter, umbrella.id)
    assert "Payung" in counter.purchase.points.outcome.text()
    qtbot.mouseClick(counter.purchase.points.redeem_only, Qt.MouseButton.LeftButton)
    assert counter.message.text() == "Payung redeemed for Siti Aminah: 40 points used, 20 left."
    assert counter.summary.points.text() == "20"
    assert len(shop.purchases.list(BUILTIN_OWNER)) == 1  # no purchase added
    [payung] = [r for r in shop.loyalty.rewards(BUILTIN_OWNER) if r.id == umbrella.id]
    assert payung.stock == 2


def test_a_refused_redemption_keeps_what_the_cashier_typed(qtbot, counter, shop, rich_siti):
    voucher, _umbrella, _dear = add_rewards(shop)
    counter.open_member(rich_siti.id)
    type_like_a_person(qtbot, counter.purchase.amount, "100000")
    choose(qtbot, counter, voucher.id)
    shop.loyalty.update_reward(BUILTIN_OWNER, voucher.id, active=False)  # meanwhile, elsewhere
    press(qtbot, counter.purchase.points.choice, Qt.Key.Key_Return)
    assert "Voucher 10rb" in counter.message.text()
    assert counter.purchase.amount.amount() == 100_000
    assert len(shop.purchases.list(BUILTIN_OWNER)) == 1


def test_a_bookkeeper_sees_no_points_payment(qtbot, shop, siti):
    page = CounterPage(shop, Actor(username="bk", role=Role.BOOKKEEPER, till="office"))
    qtbot.addWidget(page)
    page.show()
    page.open_member(siti.id)
    assert not page.purchase.points.isVisibleTo(page)
