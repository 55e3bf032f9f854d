"""The Loyalty page: the program's totals, the rules in force, the rewards catalog."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QCheckBox, QPushButton

from tests.factories import make_member, make_purchase
from tokocrm.domain.errors import NotFound
from tokocrm.domain.loyalty import LoyaltyRules, RewardKind, RewardTerms, Tier
from tokocrm.domain.roles import Role
from tokocrm.services.actor import BUILTIN_OWNER, Actor
from tokocrm.services.container import open_services
from tokocrm.services.loyalty import RewardRow
from tokocrm.ui.formatting import rupiah
from tokocrm.ui.messages import message_for
from tokocrm.ui.pages.loyalty_page import ACTIVE, KIND, NAME, POINTS, STOCK, VALUE, LoyaltyPage
from tokocrm.ui.widgets import loyalty_texts

CASHIER = Actor(username="ani", role=Role.CASHIER, till="kasir-1")
OWNER = BUILTIN_OWNER


def loyalty_page(qtbot, shop, actor=OWNER) -> LoyaltyPage:
    page = LoyaltyPage(shop, actor)
    qtbot.addWidget(page)
    page.resize(1150, 700)
    page.show()
    qtbot.waitExposed(page)
    refresh(qtbot, page)
    return page


def refresh(qtbot, page: LoyaltyPage) -> None:
    """As the main window does when the page is shown; the totals arrive from a worker."""
    page.refresh()
    assert page.issued.value.text() == "…"  # until the worker answers
    qtbot.waitUntil(lambda: page.issued.value.text() != "…", timeout=10_000)


def click(qtbot, button: QPushButton) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def tick(qtbot, box: QCheckBox) -> None:
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))


def cells(page: LoyaltyPage, row: int) -> list[str]:
    return [page.rewards_table.item(row, c).text() for c in (NAME, KIND, POINTS, VALUE, STOCK,
                                                              ACTIVE)]


def add_voucher(shop, name="Potongan Rp 10.000", points=100, stock=None) -> RewardRow:
    return shop.loyalty.add_reward(OWNER, name, RewardTerms(RewardKind.DISCOUNT_RP, points,
                                                            10_000), stock)


@pytest.fixture
def busy_shop(tmp_path):
    """A year of loyalty: earning, a redemption, points expired, a void that overdraws."""
    now = [datetime(2025, 1, 2, 10, 0)]
    shop = open_services(f"sqlite:///{tmp_path / 'busy.db'}", clock=lambda: now[0])
    old = make_member(shop, "Dewi Lestari")
    make_purchase(shop, old, amount=200_000)  # 10 + 20 points, expire 2026-01-02
    now[0] = datetime(2026, 3, 1, 10, 0)
    shop.loyalty.expire(OWNER)
    siti, budi = make_member(shop, "Siti Aminah"), make_member(shop, "Budi Santoso")
    big = make_purchase(shop, siti, amount=1_250_000)  # 10 + 125
    make_purchase(shop, budi, amount=3_000_000)  # 10 + 300
    shop.loyalty.redeem(OWNER, siti.id, add_voucher(shop).id)  # 100 of Siti's points
    shop.purchases.void(OWNER, big.id, "salah input")  # takes back 125: Siti at -90
    yield shop
    shop.close()


def test_totals_show_what_the_service_counts(qtbot, busy_shop):
    page = loyalty_page(qtbot, busy_shop)
    totals = busy_shop.loyalty.totals(OWNER)
    assert (totals.issued, totals.redeemed, totals.expired, totals.outstanding,
            totals.members_below_zero) == (350, 100, 30, 220, 1)
    assert page.issued.value.text() == "350"
    assert page.redeemed.value.text() == "100"
    assert page.expired.value.text() == "30"
    assert page.outstanding.value.text() == "220"
    assert page.liability.value.text() == rupiah(22_000) == "Rp22,000"
    assert page.below_zero.value.text() == "1"
    assert "#b00020" in page.below_zero.value.styleSheet()
    assert page.below_zero.note.isVisible()
    assert "void" in page.below_zero.note.text()


def test_refresh_picks_up_new_points_and_clears_the_warning(qtbot, shop):
    page = loyalty_page(qtbot, shop)
    assert page.issued.value.text() == "0"
    assert page.liability.value.text() == rupiah(0)
    siti = make_member(shop)
    make_purchase(shop, siti, amount=1_000_000)
    refresh(qtbot, page)
    assert page.issued.value.text() == "110"
    assert page.outstanding.value.text() == "110"
    assert page.liability.value.text() == rupiah(11_000)
    assert page.below_zero.value.text() == "0"
    assert page.below_zero.value.styleSheet() == ""
    assert not page.below_zero.note.isVisible()


def test_the_rules_in_force_are_summarised(qtbot, shop):
    shop.loyalty.set_rules(OWNER, LoyaltyRules(rupiah_per_point=5_000, expiry_months=0, tiers=(
        Tier("Perak", 0, 100), Tier("Emas", 2_000_000, 150))))
    page = loyalty_page(qtbot, shop, CASHIER)
    summary = page.rules_summary.text()
    assert "1 point for every Rp5,000 paid, rounded down." in summary
    assert "Points never expire." in summary
    assert "Perak from Rp0 (1x), Emas from Rp2,000,000 (1.5x)" in summary
    assert page.rules_hint.text() == "The owner changes the rules in Settings → Loyalty rules."


def test_owner_adds_a_reward_through_the_dialog(qtbot, shop):
    page = loyalty_page(qtbot, shop)
    click(qtbot, page.add_button)
    dialog = page.reward_dialog
    qtbot.waitUntil(dialog.isVisible)
    qtbot.keyClicks(dialog.name, "Diskon 10%")
    dialog.kind.setCurrentIndex(dialog.kind.findData(RewardKind.DISCOUNT_PCT))
    assert dialog.cap.isVisible() and not dialog.rupiah_off.isVisible()
    dialog.points.selectAll()
    qtbot.keyClicks(dialog.points, "150")
    qtbot.keyClicks(dialog.cap, "25.000")
    tick(qtbot, dialog.stock.unlimited)
    dialog.stock.count.selectAll()
    qtbot.keyClicks(dialog.stock.count, "40")
    click(qtbot, dialog.add_button)

    assert not dialog.isVisible()
    [reward] = shop.loyalty.rewards(OWNER)
    assert (reward.name, reward.kind, reward.points, reward.value, reward.cap, reward.stock) == (
        "Diskon 10%", RewardKind.DISCOUNT_PCT, 150, 10, 25_000, 40)
    assert cells(page, 0) == ["Diskon 10%", "Percent discount", "150",
                              "10% off, at most Rp25,000", "40", "Yes"]
    assert page.selected_reward() == reward
    assert page.notice.text() == "Reward added: Diskon 10%."


def test_a_refused_reward_keeps_the_dialog_and_the_typing(qtbot, shop):
    add_voucher(shop, name="Gratis kopi")
    page = loyalty_page(qtbot, shop)
    click(qtbot, page.add_button)
    dialog = page.reward_dialog
    dialog.kind.setCurrentIndex(dialog.kind.findData(RewardKind.FREE_ITEM))
    click(qtbot, dialog.add_button)  # no name
    assert dialog.isVisible()
    assert dialog.error.text() == "Name: is required"
    qtbot.keyClicks(dialog.name, "Gratis kopi")
    click(qtbot, dialog.add_button)  # a name already in the catalog
    assert dialog.isVisible()
    assert dialog.error.text() == "Name: already exists"
    assert dialog.name.text() == "Gratis kopi"
    assert len(shop.loyalty.rewards(OWNER)) == 1


def test_a_rupiah_discount_needs_an_amount(qtbot, shop):
    page = loyalty_page(qtbot, shop)
    click(qtbot, page.add_button)
    dialog = page.reward_dialog
    qtbot.keyClicks(dialog.name, "Potongan")
    click(qtbot, dialog.add_button)
    assert dialog.error.text() == "Rupiah off: is required"
    assert dialog.focusWidget() is dialog.rupiah_off
    for typed, said in (("sepuluh", "type a whole number of Rupiah, e.g. Rp10,000"),
                        ("1,25", "could mean two different amounts")):  # 1.25 or 125?
        dialog.rupiah_off.setText(typed)
        click(qtbot, dialog.add_button)
        assert dialog.error.text().startswith("Rupiah off: ") and said in dialog.error.text()
    dialog.rupiah_off.clear()
    qtbot.keyClicks(dialog.rupiah_off, "10.000")
    click(qtbot, dialog.add_button)
    assert not dialog.isVisible()
    assert cells(page, 0)[1:4] == ["Rupiah discount", "100", "Rp10,000 off"]


def test_deactivating_a_reward_takes_it_out_of_the_active_catalog(qtbot, shop):
    reward = add_voucher(shop)
    page = loyalty_page(qtbot, shop)
    page.select_reward(reward.id)
    assert page.toggle_button.text() == "Deactivate"
    click(qtbot, page.toggle_button)

    assert shop.loyalty.rewards(OWNER) == []
    assert [r.active for r in shop.loyalty.rewards(OWNER, include_inactive=True)] == [False]
    assert cells(page, 0)[ACTIVE] == "No"
    assert page.toggle_button.text() == "Activate"
    assert page.notice.text() == "Potongan Rp 10.000 is no longer offered."
    click(qtbot, page.toggle_button)
    assert [r.id for r in shop.loyalty.rewards(OWNER)] == [reward.id]


def test_owner_sets_and_clears_the_stock(qtbot, shop):
    reward = add_voucher(shop)
    page = loyalty_page(qtbot, shop)
    assert cells(page, 0)[STOCK] == "—"
    page.select_reward(reward.id)
    tick(qtbot, page.stock_edit.unlimited)
    page.stock_edit.count.selectAll()
    qtbot.keyClicks(page.stock_edit.count, "5")
    click(qtbot, page.set_stock_button)
    assert shop.loyalty.rewards(OWNER)[0].stock == 5
    assert cells(page, 0)[STOCK] == "5"
    tick(qtbot, page.stock_edit.unlimited)
    click(qtbot, page.set_stock_button)
    assert shop.loyalty.rewards(OWNER)[0].stock is None
    assert cells(page, 0)[STOCK] == "—"


def test_a_cashier_sees_active_rewards_and_cannot_change_them(qtbot, shop):
    add_voucher(shop)
    retired = add_voucher(shop, name="Lama")
    shop.loyalty.update_reward(OWNER, retired.id, active=False)
    page = loyalty_page(qtbot, shop, CASHIER)
    assert page.rewards_table.rowCount() == 1
    assert cells(page, 0)[NAME] == "Potongan Rp 10.000"
    assert page.rewards_table.isColumnHidden(ACTIVE)
    texts = {button.text() for button in page.findChildren(QPushButton)}
    assert not texts & {"Add reward…", "Deactivate", "Activate", "Set stock"}
    assert not hasattr(page, "add_button")


def test_the_owner_sees_nothing_to_change_until_a_reward_is_picked(qtbot, shop):
    add_voucher(shop)
    page = loyalty_page(qtbot, shop)
    assert page.selected_reward() is None
    assert not page.toggle_button.isEnabled()
    assert not page.set_stock_button.isEnabled()


def test_a_refused_change_says_why(qtbot, shop, monkeypatch):
    reward = add_voucher(shop)
    page = loyalty_page(qtbot, shop)
    page.select_reward(reward.id)

    def gone(*_args, **_kwargs):
        raise NotFound(thing="reward", key=reward.id)  # e.g. removed from the database
    monkeypatch.setattr(shop.loyalty, "update_reward", gone)
    click(qtbot, page.set_stock_button)
    assert page.notice.text() == message_for(NotFound(thing="reward", key=reward.id))


@pytest.mark.parametrize("reward, text", [
    (RewardRow(1, "a", RewardKind.DISCOUNT_RP, 100, 10_000, None, None, True), "Rp10,000 off"),
    (RewardRow(1, "a", RewardKind.DISCOUNT_PCT, 100, 10, 25_000, None, True),
     "10% off, at most Rp25,000"),
    (RewardRow(1, "a", RewardKind.DISCOUNT_PCT, 100, 15, None, None, True), "15% off"),
    (RewardRow(1, "a", RewardKind.FREE_ITEM, 100, None, None, 3, True), "free item"),
])
def test_reward_values_in_words(qtbot, reward, text):
    assert loyalty_texts.reward_value(reward) == text


@pytest.mark.parametrize("pct, text", [(100, "1x"), (125, "1.25x"), (150, "1.5x"),
                                       (110, "1.1x"), (1000, "10x")])
def test_multipliers_read_as_people_say_them(qtbot, pct, text):
    assert loyalty_texts.multiplier(pct) == text
