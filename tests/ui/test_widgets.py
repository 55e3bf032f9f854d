"""Small widgets the counter relies on: the amount field and the scanner detector."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from tokocrm.ui.widgets.money_edit import MoneyEdit
from tokocrm.ui.widgets.scan_detector import ScanDetector


@pytest.mark.parametrize("typed, amount", [
    ("1250000", 1_250_000), ("1.250.000", 1_250_000), ("Rp 1.250.000", 1_250_000),
    ("rp1.250.000", 1_250_000), ("Rp1,250,000", 1_250_000), ("5000", 5000),
    ("12.50", None), ("1,5", None), ("abc", None), ("", None), ("-5000", None),
])
def test_money_edit_reads_rupiah_as_people_write_it(qtbot, typed, amount):
    edit = MoneyEdit()
    qtbot.addWidget(edit)
    edit.setText(typed)
    assert edit.amount() == amount


class FakeClock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def scanner_page(qtbot):
    page = QWidget()
    first, second = QLineEdit(), QLineEdit()
    layout = QVBoxLayout(page)
    layout.addWidget(first)
    layout.addWidget(second)
    clock = FakeClock()
    detector = ScanDetector(page, clock=clock)
    qtbot.addWidget(page)
    scans: list[str] = []
    detector.scanned.connect(scans.append)
    yield first, second, clock, scans
    del page  # kept alive until the test ends


def keys(qtbot, widget, clock, text: str, gap: float) -> None:
    for char in text:
        clock.now += gap
        qtbot.keyClick(widget, char)
    clock.now += gap
    qtbot.keyClick(widget, Qt.Key.Key_Return)


def test_a_fast_burst_ending_in_enter_is_a_scan_and_leaves_the_field_as_it_was(
        qtbot, scanner_page):
    first, _second, clock, scans = scanner_page
    keys(qtbot, first, clock, "12", gap=0.2)  # a person started typing an amount
    assert first.text() == "12"
    keys(qtbot, first, clock, "2900000000018", gap=0.005)
    assert scans == ["2900000000018"]
    assert first.text() == "12"


def test_typing_at_a_persons_pace_is_not_a_scan(qtbot, scanner_page):
    first, second, clock, scans = scanner_page
    keys(qtbot, first, clock, "2900000000018", gap=0.09)
    keys(qtbot, second, clock, "abc", gap=0.001)  # too short for a card
    assert scans == []
    assert first.text() == "2900000000018" and second.text() == "abc"
