"""The owner sets the segment thresholds in Settings; the next computation sorts by them."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractSpinBox, QDoubleSpinBox, QLabel

from tests.factories import make_member
from tests.ui.settings_tabs import owner_tab, settings_page
from tokocrm.domain.errors import PermissionDenied
from tokocrm.domain.roles import Role
from tokocrm.domain.segments import Segment, SegmentRules
from tokocrm.services.actor import BUILTIN_OWNER, Actor
from tokocrm.services.dto import PurchaseInput
from tokocrm.ui.widgets.segment_rules_editor import SegmentRulesEditor
from tokocrm.ui.widgets.segment_texts import rule_explanations

CASHIER = Actor(username="ani", role=Role.CASHIER, till="kasir-1")
SAVED = "Saved: the new thresholds apply from the next time segments are computed."


@pytest.fixture
def editor(qtbot, shop, ui_state):
    page = settings_page(qtbot, shop, ui_state, BUILTIN_OWNER)
    owner_tab(page, "Segments")
    assert page.segment_rules is not None and page.segment_rules.isVisible()
    yield page.segment_rules  # the page stays alive until the test ends


def retype(qtbot, spin: QAbstractSpinBox, text: str) -> None:
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, text)
    qtbot.keyClick(spin, Qt.Key.Key_Tab)


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def bought(shop, days_ago: int) -> int:
    """A member who joined long ago and bought once, `days_ago` days before today (the UI
    shop runs on the real clock); the member's id."""
    today = date.today()
    member = make_member(shop, joined_on=today - timedelta(days=400))
    at = datetime.combine(today - timedelta(days=days_ago), time(10))
    shop.purchases.record(BUILTIN_OWNER, PurchaseInput(member_id=member.id, amount=50_000, at=at))
    return member.id


def test_the_editor_shows_the_rules_in_force_with_their_explanations(editor):
    rules = SegmentRules()
    assert {key: spin.value() for key, spin in editor.spin_boxes.items()} == {
        "new_days": rules.new_days, "loyal_purchases": rules.loyal_purchases,
        "at_risk_factor": rules.at_risk_factor, "min_gap_days": rules.min_gap_days,
        "lapse_days": rules.lapse_days, "high_value_percent": rules.high_value_percent,
        "recurring_min_gaps": rules.recurring_min_gaps,
        "recurring_max_spread": rules.recurring_max_spread}
    assert isinstance(editor.spin_boxes["at_risk_factor"], QDoubleSpinBox)
    assert editor.spin_boxes["lapse_days"].text() == "180 days"
    assert editor.spin_boxes["high_value_percent"].text() == "20%"
    shown = {label.text() for label in editor.findChildren(QLabel)}
    assert set(rule_explanations().values()) <= shown


def test_owner_lowers_new_and_lapse_days_and_the_next_computation_uses_them(
        qtbot, editor, shop):
    recent, older = bought(shop, 45), bought(shop, 100)
    before = shop.segments.compute(BUILTIN_OWNER).members
    assert (before[recent][0], before[older][0]) == (Segment.NEW, Segment.AT_RISK)

    retype(qtbot, editor.spin_boxes["new_days"], "30")
    retype(qtbot, editor.spin_boxes["lapse_days"], "60")
    click(qtbot, editor.save_button)

    assert editor.notice.text() == SAVED
    assert shop.segments.rules(BUILTIN_OWNER) == SegmentRules(new_days=30, lapse_days=60)
    after = shop.segments.compute(BUILTIN_OWNER).members
    assert (after[recent][0], after[older][0]) == (Segment.AT_RISK, Segment.FORMER)


def test_a_factor_with_decimals_is_saved(qtbot, editor, shop):
    retype(qtbot, editor.spin_boxes["at_risk_factor"], "2.5")
    click(qtbot, editor.save_button)
    assert shop.segments.rules(BUILTIN_OWNER).at_risk_factor == 2.5


def test_lapse_days_below_new_days_is_refused_and_the_typing_kept(qtbot, editor, shop):
    retype(qtbot, editor.spin_boxes["lapse_days"], "60")
    click(qtbot, editor.save_button)

    assert editor.notice.text() == "Former after: must be between 90 and 3,650"
    assert editor.spin_boxes["lapse_days"].hasFocus()
    assert editor.spin_boxes["lapse_days"].value() == 60
    assert shop.segments.rules(BUILTIN_OWNER) == SegmentRules()  # nothing saved


def test_undo_brings_back_the_rules_in_force(qtbot, editor, shop):
    shop.segments.set_rules(BUILTIN_OWNER, SegmentRules(lapse_days=200))
    retype(qtbot, editor.spin_boxes["lapse_days"], "300")
    retype(qtbot, editor.spin_boxes["min_gap_days"], "14")
    click(qtbot, editor.undo_button)
    assert editor.notice.text() == "Back to the rules in force."
    assert editor.typed_rules() == SegmentRules(lapse_days=200)


def test_a_cashier_sees_no_segments_tab(qtbot, shop, ui_state):
    page = settings_page(qtbot, shop, ui_state, CASHIER)
    assert page.segment_rules is None
    assert page.findChildren(SegmentRulesEditor) == []
    assert "Segments" not in [page.tabs.tabText(i) for i in range(page.tabs.count())]


def test_the_service_refuses_a_cashier_changing_the_thresholds(shop):
    with pytest.raises(PermissionDenied):
        shop.segments.set_rules(CASHIER, SegmentRules(lapse_days=100))
    assert shop.segments.rules(BUILTIN_OWNER) == SegmentRules()
