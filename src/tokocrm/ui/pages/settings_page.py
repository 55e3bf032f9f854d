"""Settings: for now the display language of this computer."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from tokocrm.ui.ui_state import UiState


class SettingsPage(QWidget):
    def __init__(self, state: UiState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._state = state
        self.language = QComboBox()
        for code, label in (("system", self.tr("Follow the system")),
                            ("id", "Bahasa Indonesia"), ("en", "English")):
            self.language.addItem(label, code)
        self.language.setCurrentIndex(max(0, self.language.findData(state.language())))
        self.language.currentIndexChanged.connect(self._on_language_changed)
        self.notice = QLabel()
        self.notice.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("Language"), self.language)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.notice)
        layout.addStretch(1)

    def _on_language_changed(self) -> None:
        self._state.set_language(self.language.currentData())
        self.notice.setText(self.tr("The new language is used the next time TokoCRM starts."))
