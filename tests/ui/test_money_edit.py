"""The amount field as a cashier uses it, in both languages: type, press Enter, read it back."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from tokocrm.ui.messages import message_for
from tokocrm.ui.widgets.money_edit import MoneyEdit

INDONESIAN = QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia)
ENGLISH = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)


@pytest.fixture(params=["id", "en"])
def language(request):
    """Each test once in Indonesian and once in English; the machine's default comes back."""
    before = QLocale()
    QLocale.setDefault(INDONESIAN if request.param == "id" else ENGLISH)
    yield request.param
    QLocale.setDefault(before)


@pytest.fixture
def edit(qtbot, language):
    page = QWidget()
    edit, other = MoneyEdit(), QLineEdit()
    layout = QVBoxLayout(page)
    layout.addWidget(edit)
    layout.addWidget(other)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    edit.setFocus()
    edit.other = other  # somewhere to move the focus to
    yield edit
    del page  # kept alive until the test ends


def grouped(language: str, amount: str) -> str:
    """1.250.000 in Indonesian, 1,250,000 in English."""
    return amount if language == "id" else amount.replace(".", ",")


@pytest.mark.parametrize("typed, amount", [
    ("1250000", 1_250_000), ("1.250.000", 1_250_000), ("1,250,000", 1_250_000),
    ("Rp 1.250.000", 1_250_000), ("Rp1,250,000", 1_250_000), ("1.250", 1250), ("1,250", 1250),
    ("1,25 jt", 1_250_000), ("1.25jt", 1_250_000), ("250rb", 250_000), ("2 jt", 2_000_000),
    ("1,25", None), ("1,250 jt", None), ("1,2345678 jt", None), ("abc", None), ("", None),
    ("-5000", None),
])
def test_reads_the_same_text_as_the_same_amount_in_either_language(edit, typed, amount):
    edit.setText(typed)
    assert edit.amount() == amount


@pytest.mark.parametrize("typed, shown", [
    ("1250000", "1.250.000"), ("1,25jt", "1.250.000"), ("1.25 jt", "1.250.000"),
    ("250rb", "250.000"), ("Rp1,250,000", "1.250.000"), ("Rp 1.250.000,-", "1.250.000"),
    ("1,250", "1.250"), ("500", "500"),
])
def test_enter_shows_the_amount_grouped_as_the_language_writes_it(qtbot, edit, language,
                                                                  typed, shown):
    qtbot.keyClicks(edit, typed)
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert edit.text() == grouped(language, shown)
    assert edit.amount() == int(shown.replace(".", ""))
    assert not edit.is_marked() and edit.refusal() is None


def test_leaving_the_field_groups_it_too(qtbot, edit, language):
    qtbot.keyClicks(edit, "1,5jt")
    edit.other.setFocus()
    qtbot.waitUntil(lambda: edit.text() == grouped(language, "1.500.000"))
    assert edit.amount() == 1_500_000


def test_the_cashier_reads_the_amount_when_enter_is_pressed(qtbot, edit):
    """The counter records on returnPressed: the amount is there, however it was typed."""
    recorded: list[int | None] = []
    edit.returnPressed.connect(lambda: recorded.append(edit.amount()))
    qtbot.keyClicks(edit, "75rb")
    qtbot.keyClick(edit, Qt.Key.Key_Enter)
    assert recorded == [75_000]


@pytest.mark.parametrize("typed, reason", [
    ("1,25", "ambiguous_amount"), ("1.500 rb", "ambiguous_amount"),
    ("1,2345678 jt", "not_rupiah"), ("seratus", "not_rupiah"),
])
def test_an_entry_that_is_no_amount_is_marked_and_kept_with_its_reason(qtbot, edit, typed,
                                                                      reason):
    qtbot.keyClicks(edit, typed)
    assert not edit.is_marked()  # not while typing
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert edit.text() == typed  # kept, to correct
    assert edit.amount() is None
    refusal = edit.refusal()
    assert refusal is not None and refusal.params["reason"] == reason
    assert edit.is_marked() and edit.property("invalid") is True
    assert edit.styleSheet() and edit.toolTip() == message_for(refusal)


def test_typing_again_takes_the_mark_away(qtbot, edit, language):
    qtbot.keyClicks(edit, "1,25")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert edit.is_marked()
    qtbot.keyClicks(edit, " jt")
    assert not edit.is_marked() and edit.styleSheet() == "" and edit.toolTip() == ""
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert edit.text() == grouped(language, "1.250.000")


def test_an_empty_field_is_not_marked_but_says_it_is_required(qtbot, edit):
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert not edit.is_marked() and edit.amount() is None
    assert edit.refusal().params["reason"] == "required"


def test_an_amount_set_by_the_program_is_grouped_and_reads_back(edit, language):
    edit.set_amount(15_000_000)
    assert edit.text() == grouped(language, "15.000.000") and edit.amount() == 15_000_000
    edit.set_amount(None)
    assert edit.text() == "" and edit.amount() is None


def test_the_placeholder_is_rp_0_as_the_language_writes_it(edit, language):
    assert edit.placeholderText() == ("Rp 0" if language == "id" else "Rp0")


def test_a_locale_whose_grouping_would_not_read_back_gets_plain_digits(qtbot, language):
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Arabic, QLocale.Country.Egypt))  # Arabic digits
    try:
        edit = MoneyEdit()
        qtbot.addWidget(edit)
        edit.set_amount(1250)
        assert edit.text() == "1250" and edit.amount() == 1250
    finally:
        QLocale.setDefault(before)
