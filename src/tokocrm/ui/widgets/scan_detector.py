"""Tell a barcode scan from typing. A scanner is a keyboard that types a whole code within a
few milliseconds and ends with Enter; wherever on the page those keys land, the detector takes
the code back out of that field and reports it as a scan."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTextEdit,
    QWidget,
)

MAX_GAP_SECONDS = 0.03  # scanners: ~1-20 ms a key; the fastest people: ~60 ms
MIN_LENGTH = 4
_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_TYPED = (QLineEdit, QSpinBox, QPlainTextEdit, QTextEdit)


class ScanDetector(QObject):
    scanned = Signal(str)

    def __init__(self, scope: QWidget, clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__(scope)
        self._clock = clock
        self._burst: list[str] = []
        self._last = 0.0
        self._undo: Callable[[], None] = lambda: None
        self.watch(scope)

    def watch(self, widget: QWidget) -> None:
        """Watch the widget and every text field inside it (call again for fields added later)."""
        for child in [widget, *widget.findChildren(QWidget)]:
            inner = isinstance(child.parent(), QAbstractSpinBox | QComboBox)  # gets keys relayed
            if child is widget or (isinstance(child, _TYPED) and not inner):
                child.removeEventFilter(self)
                child.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt override
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        now = self._clock()
        gap = now - self._last
        if event.key() in _ENTER:
            return self._finish(gap)
        char = event.text()
        if len(char) != 1 or not (char.isalnum() or char == "-"):
            self._burst = []
            return False
        if gap > MAX_GAP_SECONDS or not self._burst:
            self._start(watched)
        self._burst.append(char)
        self._last = now
        return False

    def _start(self, watched: QObject) -> None:
        self._burst = []
        self._undo = _snapshot(watched)  # taken before the first key reaches the field

    def _finish(self, gap: float) -> bool:
        code = "".join(self._burst)
        self._burst = []
        if gap > MAX_GAP_SECONDS or len(code) < MIN_LENGTH:
            return False
        self._undo()  # the code is not that field's text
        self.scanned.emit(code)
        return True  # the Enter belongs to the scan, not to the field


def _snapshot(widget: QObject) -> Callable[[], None]:
    """A way to put the widget's content back as it is now."""
    if isinstance(widget, QLineEdit):
        text = widget.text()
        return lambda: widget.setText(text)
    if isinstance(widget, QSpinBox):
        value = widget.value()
        return lambda: widget.setValue(value)
    if isinstance(widget, QPlainTextEdit | QTextEdit):
        plain = widget.toPlainText()
        return lambda: widget.setPlainText(plain)
    return lambda: None
