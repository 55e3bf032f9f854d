"""One big, readable number with a caption above it and an optional note below: the
Loyalty page's totals and the dashboard's figures."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from tokocrm.ui.theme import HINT, WARNING, set_tone


class Figure(QFrame):
    """One big, readable number with a caption above it."""

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.caption = QLabel(caption)
        self.caption.setWordWrap(True)
        self.caption.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.caption.setMinimumHeight(2 * self.caption.fontMetrics().lineSpacing())
        self.value = QLabel("—")
        font = self.value.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        self.value.setFont(font)
        self.value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.caption)
        layout.addWidget(self.value)
        layout.addWidget(self.note)
        layout.addStretch(1)

    def show_value(self, text: str, warning: str = "") -> None:
        self.value.setText(text)
        set_tone(self.value, WARNING if warning else None)
        set_tone(self.note, WARNING if warning else None)
        self.note.setText(warning)
        self.note.setVisible(bool(warning))

    def show_note(self, text: str) -> None:
        """A plain note under the value (the dashboard's trend), not a warning."""
        set_tone(self.note, HINT)
        self.note.setText(text)
        self.note.setVisible(bool(text))
