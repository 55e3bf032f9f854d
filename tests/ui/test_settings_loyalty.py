"""The owner sets the loyalty rules in Settings; the next purchase earns by them."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractSpinBox, QLineEdit, QPushButton

from tests.factories import make_member, make_purchase
from tests.ui.settings_tabs import owner_tab, settings_page
from tokocrm.domain.errors import InvalidField
from tokocrm.domain.loyalty import LoyaltyRules, Tier
from tokocrm.domain.roles import Role
from tokocrm.services.actor import BUILTIN_OWNER, Actor
from tokocrm.ui.messages import message_for
from tokocrm.ui.widgets.loyalty_rules_editor import LoyaltyRulesEditor

CASHIER = Actor(username="ani", role=Role.CASHIER, till="kasir-1")
SAVED = "Saved: effective from now; past points do not change."


@pytest.fixture
def editor(qtbot, shop, ui_state):
    page = settings_page(qtbot, shop, ui_state, BUILTIN_OWNER)
    owner_tab(page, "Loyalty rules")
    assert page.loyalty_rules is not None and page.loyalty_rules.isVisible()
    yield page.loyalty_rules  # the page stays alive until the test ends


def retype(qtbot, widget: QLineEdit | QAbstractSpinBox, text: str) -> None:
    widget.setFocus()
    widget.selectAll()
    qtbot.keyClicks(widget, text)
    qtbot.keyClick(widget, Qt.Key.Key_Tab)  # leaving the field regroups an amount


def save(qtbot, editor: LoyaltyRulesEditor) -> None:
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)


def refusal(rules: LoyaltyRules) -> str:
    with pytest.raises(InvalidField) as caught:
        rules.validated()
    return message_for(caught.value)


def test_the_editor_shows_the_rules_in_force(editor):
    assert editor.rupiah_per_point.amount() == 10_000
    assert editor.earning_hint.text() == "1 point for every Rp10,000 paid, rounded down."
    assert editor.point_value.amount() == 100
    assert (editor.welcome_bonus.value(), editor.birthday_bonus.value(),
            editor.referral_bonus.value(), editor.expiry_months.value()) == (10, 20, 25, 12)
    assert editor.tiers.tiers() == LoyaltyRules().tiers
    assert editor.tiers.multiplier_edit(1).text() == "1.25x"


def test_owner_changes_earning_and_a_tier_and_the_next_purchase_earns_by_them(
        qtbot, editor, shop):
    retype(qtbot, editor.rupiah_per_point, "5.000")
    assert editor.earning_hint.text() == "1 point for every Rp5,000 paid, rounded down."
    retype(qtbot, editor.tiers.name_edit(1), "Emas")
    retype(qtbot, editor.tiers.multiplier_edit(1), "2")
    retype(qtbot, editor.expiry_months, "0")
    assert editor.expiry_months.text() == "never"
    save(qtbot, editor)

    assert editor.notice.text() == SAVED
    rules = shop.loyalty.rules(BUILTIN_OWNER)
    assert rules.rupiah_per_point == 5_000
    assert rules.expiry_months == 0
    assert rules.tiers[1] == Tier("Emas", 5_000_000, 200)
    siti = make_member(shop)
    assert make_purchase(shop, siti, amount=52_000).points_earned == 10  # 52.000 // 5.000


def test_tiers_are_added_and_removed_and_come_back_in_spend_order(qtbot, editor, shop):
    qtbot.mouseClick(editor.add_tier_button, Qt.MouseButton.LeftButton)
    assert editor.tiers.rowCount() == 4
    assert editor.tiers.name_edit(3).hasFocus()
    qtbot.keyClicks(editor.tiers.name_edit(3), "Perunggu")
    retype(qtbot, editor.tiers.spend_edit(3), "1.000.000")
    retype(qtbot, editor.tiers.multiplier_edit(3), "1.1")
    qtbot.mouseClick(editor.tiers.remove_button(2), Qt.MouseButton.LeftButton)  # Platinum
    save(qtbot, editor)

    assert editor.notice.text() == SAVED
    assert shop.loyalty.rules(BUILTIN_OWNER).tiers == (
        Tier("Silver", 0, 100), Tier("Perunggu", 1_000_000, 110), Tier("Gold", 5_000_000, 125))
    assert [editor.tiers.name_edit(r).text() for r in range(3)] == ["Silver", "Perunggu", "Gold"]


def test_a_first_tier_not_from_zero_is_refused_and_the_typing_kept(qtbot, editor, shop):
    retype(qtbot, editor.rupiah_per_point, "5000")
    retype(qtbot, editor.tiers.spend_edit(0), "100.000")
    save(qtbot, editor)

    tiers = (Tier("Silver", 100_000, 100), *LoyaltyRules().tiers[1:])
    assert editor.notice.text() == refusal(LoyaltyRules(tiers=tiers))
    assert "Rp 0" in editor.notice.text()
    assert shop.loyalty.rules(BUILTIN_OWNER) == LoyaltyRules()  # nothing saved
    assert editor.rupiah_per_point.amount() == 5_000
    assert editor.tiers.spend_edit(0).amount() == 100_000


def test_two_tiers_of_one_name_are_refused(qtbot, editor, shop):
    retype(qtbot, editor.tiers.name_edit(2), "Gold")
    save(qtbot, editor)
    assert editor.notice.text() == refusal(replace(LoyaltyRules(), tiers=(
        Tier("Silver", 0, 100), Tier("Gold", 5_000_000, 125), Tier("Gold", 15_000_000, 150))))
    assert shop.loyalty.rules(BUILTIN_OWNER) == LoyaltyRules()


def test_zero_rupiah_per_point_is_refused_by_the_service(qtbot, editor, shop):
    retype(qtbot, editor.rupiah_per_point, "0")
    save(qtbot, editor)
    assert editor.notice.text() == refusal(LoyaltyRules(rupiah_per_point=0))
    assert editor.rupiah_per_point.hasFocus()
    assert shop.loyalty.rules(BUILTIN_OWNER) == LoyaltyRules()


def test_text_that_is_no_amount_is_named_and_kept(qtbot, editor, shop):
    retype(qtbot, editor.point_value, "seratus")
    save(qtbot, editor)
    assert editor.notice.text().startswith("Value of 1 point:")
    assert editor.point_value.text() == "seratus"
    assert editor.point_value.hasFocus()
    assert shop.loyalty.rules(BUILTIN_OWNER) == LoyaltyRules()


def test_undo_brings_back_the_rules_in_force(qtbot, editor):
    retype(qtbot, editor.rupiah_per_point, "1")
    qtbot.mouseClick(editor.add_tier_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(editor.undo_button, Qt.MouseButton.LeftButton)
    assert editor.rupiah_per_point.amount() == 10_000
    assert editor.tiers.rowCount() == 3


def test_a_cashier_sees_no_rules_editor(qtbot, shop, ui_state):
    page = settings_page(qtbot, shop, ui_state, CASHIER)
    assert page.loyalty_rules is None
    assert page.findChildren(LoyaltyRulesEditor) == []
    assert [page.tabs.tabText(i) for i in range(page.tabs.count())] == ["General"]
    assert page.language.isVisible()


def test_the_general_tab_still_saves_the_card_prefix(qtbot, shop, ui_state):
    page = settings_page(qtbot, shop, ui_state, BUILTIN_OWNER)
    assert page.tabs.tabText(0) == "General"
    retype(qtbot, page.prefix, "31")
    [save_prefix] = [b for b in page.findChildren(QPushButton) if b.text() == "Save prefix"]
    qtbot.mouseClick(save_prefix, Qt.MouseButton.LeftButton)
    assert page.notice.text() == "New cards now start with 31."


def test_an_amount_that_reads_two_ways_is_refused_saying_so(qtbot, editor, shop):
    retype(qtbot, editor.tiers.spend_edit(1), "1,25")  # Rp 1,25 or Rp 125?
    save(qtbot, editor)
    assert editor.notice.text().startswith("Spend for tier Gold: could mean two different")
    assert editor.tiers.spend_edit(1).hasFocus()
    retype(qtbot, editor.rupiah_per_point, "lima ribu")
    retype(qtbot, editor.tiers.spend_edit(1), "5 jt")
    save(qtbot, editor)
    assert editor.notice.text().endswith("type a whole number of Rupiah, e.g. Rp10,000")
    assert shop.loyalty.rules(BUILTIN_OWNER) == LoyaltyRules()
