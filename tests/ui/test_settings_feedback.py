"""The owner sets the hours to resolve a complaint and keeps the feedback categories in
Settings → Feedback; new cases and new feedback follow them."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt

from tests.ui.settings_tabs import owner_tab, settings_page
from tests.ui.test_settings_segments import CASHIER, click, retype
from tokocrm.domain.errors import InvalidField, PermissionDenied
from tokocrm.services.actor import BUILTIN_OWNER
from tokocrm.services.feedback_dto import FeedbackInput
from tokocrm.ui.widgets.feedback_settings import FeedbackSettings

SAVED = "Saved: new complaint cases are due this many hours after they come in."
DEFAULT_CATEGORIES = ["Produk", "Pelayanan", "Harga", "Toko", "Lainnya"]


@pytest.fixture
def editor(qtbot, shop, ui_state):
    page = settings_page(qtbot, shop, ui_state, BUILTIN_OWNER)
    owner_tab(page, "Feedback")
    assert page.feedback_settings is not None and page.feedback_settings.isVisible()
    yield page.feedback_settings  # the page stays alive until the test ends


def listed(editor: FeedbackSettings) -> dict[str, bool]:
    """The categories as the list shows them: name -> ticked."""
    items = (editor.categories.item(i) for i in range(editor.categories.count()))
    return {item.text(): item.checkState() == Qt.CheckState.Checked for item in items}


def toggle(qtbot, editor: FeedbackSettings, name: str) -> None:
    """Tick or untick a category with the keyboard, as the owner would."""
    [item] = editor.categories.findItems(name, Qt.MatchFlag.MatchExactly)
    editor.categories.setFocus()
    editor.categories.setCurrentItem(item)
    qtbot.keyClick(editor.categories, Qt.Key.Key_Space)


def add(qtbot, editor: FeedbackSettings, name: str) -> None:
    editor.new_category.setFocus()
    editor.new_category.clear()
    qtbot.keyClicks(editor.new_category, name)
    click(qtbot, editor.add_button)


def complaint_hours(shop, **fields) -> float:
    """Record a complaint now; how many hours its case has until due."""
    row = shop.feedback.record(BUILTIN_OWNER, FeedbackInput(rating=1, **fields))
    case = shop.feedback.case(BUILTIN_OWNER, row.case_id).case
    return (case.due_at - case.opened_at) / timedelta(hours=1)


def test_the_tab_shows_the_hours_and_categories_in_force(editor):
    assert editor.due_hours.value() == 48 and editor.due_hours.text() == "48 hours"
    assert listed(editor) == dict.fromkeys(DEFAULT_CATEGORIES, True)


def test_owner_sets_24_hours_and_new_complaints_are_due_24_hours_later(qtbot, editor, shop):
    before = shop.feedback.record(BUILTIN_OWNER, FeedbackInput(rating=1))
    retype(qtbot, editor.due_hours, "24")
    click(qtbot, editor.save_button)
    assert editor.notice.text() == SAVED
    assert shop.feedback.due_hours(BUILTIN_OWNER) == 24
    assert complaint_hours(shop) == 24
    old = shop.feedback.case(BUILTIN_OWNER, before.case_id).case
    assert old.due_at - old.opened_at == timedelta(hours=48)  # an existing case keeps its time


def test_undo_brings_back_the_saved_hours(qtbot, editor, shop):
    retype(qtbot, editor.due_hours, "24")
    click(qtbot, editor.save_button)
    retype(qtbot, editor.due_hours, "100")
    click(qtbot, editor.undo_button)
    assert editor.due_hours.value() == 24
    assert editor.notice.text() == "Back to the hours in force."
    assert shop.feedback.due_hours(BUILTIN_OWNER) == 24


def test_zero_hours_cannot_be_typed(qtbot, editor, shop):
    assert (editor.due_hours.minimum(), editor.due_hours.maximum()) == (1, 720)
    retype(qtbot, editor.due_hours, "0")
    assert editor.due_hours.value() != 0
    editor.due_hours.setValue(0)
    assert editor.due_hours.value() == 1


def test_hours_the_service_refuses_show_its_message_and_save_nothing(qtbot, editor, shop):
    editor.due_hours.setMaximum(2000)  # as if the spin box let more through than the rules
    retype(qtbot, editor.due_hours, "1000")
    click(qtbot, editor.save_button)
    assert editor.notice.text() == "Hours to resolve a complaint: must be between 1 and 720"
    assert editor.due_hours.value() == 1000 and editor.due_hours.hasFocus()  # kept, to correct
    assert shop.feedback.due_hours(BUILTIN_OWNER) == 48
    assert complaint_hours(shop) == 48


def test_owner_adds_a_category_and_feedback_can_use_it(qtbot, editor, shop):
    add(qtbot, editor, "Parkir")
    assert editor.categories_notice.text() == "Added: Parkir can be chosen for new feedback."
    assert listed(editor) == dict.fromkeys([*DEFAULT_CATEGORIES, "Parkir"], True)
    assert editor.new_category.text() == ""
    assert "Parkir" in shop.feedback.categories(BUILTIN_OWNER)
    assert shop.feedback.record(BUILTIN_OWNER, FeedbackInput(
        rating=4, category="parkir")).category == "Parkir"


@pytest.mark.parametrize("name, message", [
    ("harga", "Category: already exists"), ("   ", "Category: is required")])
def test_a_refused_category_shows_the_message_and_adds_nothing(qtbot, editor, shop, name,
                                                               message):
    add(qtbot, editor, name)
    assert editor.categories_notice.text() == message
    assert editor.new_category.text() == name  # kept, to correct
    assert list(listed(editor)) == DEFAULT_CATEGORIES
    assert shop.feedback.categories(BUILTIN_OWNER, include_inactive=True) == DEFAULT_CATEGORIES


def test_unticking_retires_a_category_and_ticking_brings_it_back(qtbot, editor, shop):
    toggle(qtbot, editor, "Toko")
    assert listed(editor)["Toko"] is False
    assert editor.categories_notice.text() == (
        "Retired: Toko is no longer offered; past feedback keeps it.")
    assert "Toko" not in shop.feedback.categories(BUILTIN_OWNER)
    assert "Toko" in shop.feedback.categories(BUILTIN_OWNER, include_inactive=True)
    with pytest.raises(InvalidField):
        shop.feedback.record(BUILTIN_OWNER, FeedbackInput(rating=3, category="Toko"))

    toggle(qtbot, editor, "Toko")
    assert editor.categories_notice.text() == "Toko can be chosen again."
    assert shop.feedback.categories(BUILTIN_OWNER) == DEFAULT_CATEGORIES


def test_a_cashier_sees_no_feedback_tab_and_the_service_refuses_the_hours(
        qtbot, shop, ui_state):
    page = settings_page(qtbot, shop, ui_state, CASHIER)
    assert page.feedback_settings is None
    assert page.findChildren(FeedbackSettings) == []
    assert "Feedback" not in [page.tabs.tabText(i) for i in range(page.tabs.count())]
    with pytest.raises(PermissionDenied):
        shop.feedback.set_due_hours(CASHIER, 12)
    assert shop.feedback.due_hours(BUILTIN_OWNER) == 48
