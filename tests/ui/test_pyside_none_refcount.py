"""PySide6 6.12.0 on Python 3.11 drops a reference to None on every void-returning call and
the process aborts with none_dealloc after a few thousand; the pin in pyproject.toml keeps us
on a release without the leak. This test fails if a future upgrade brings it back."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel


def test_void_calls_do_not_leak_references_to_none(qtbot):
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for i in range(10_000):
        label.resize(100 + i % 7, 20)
        label.setText("x")
    assert sys.getrefcount(None) >= before
