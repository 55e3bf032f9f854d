"""The foot of a settings editor: Save and Undo buttons, and the line saying what happened."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from tokocrm.ui.theme import DONE, set_tone
from tokocrm.ui.theme import WARNING as ERROR


class SaveBar(QWidget):
    def __init__(self, save_text: str, on_save: Callable[[], None],
                 on_undo: Callable[[], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.save_button = QPushButton(save_text)
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(on_save)
        self.undo_button = QPushButton(self.tr("Undo my changes"))
        self.undo_button.clicked.connect(on_undo)
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.undo_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.notice)

    def say(self, text: str, error: bool = False) -> None:
        set_tone(self.notice, ERROR if error else DONE)
        self.notice.setText(text)
