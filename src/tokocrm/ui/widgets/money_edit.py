"""A Rupiah amount field: accepts 1250000, 1.250.000 or Rp 1.250.000 and shows it grouped."""

from __future__ import annotations

import re

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QLineEdit, QWidget


class MoneyEdit(QLineEdit):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.setPlaceholderText("Rp 0")
        self.editingFinished.connect(self._regroup)

    def amount(self) -> int | None:
        """The whole Rupiah typed, or None when the text is not an amount."""
        text = re.sub(r"^\s*rp\.?", "", self.text().strip(), flags=re.IGNORECASE)
        text = text.replace(" ", "")
        for group in {".", QLocale().groupSeparator()}:  # Rupiah is grouped with dots anywhere
            if re.fullmatch(r"\d{1,3}(" + re.escape(group) + r"\d{3})+", text):
                text = text.replace(group, "")
        return int(text) if text.isdigit() else None

    def set_amount(self, amount: int | None) -> None:
        self.setText("" if amount is None else QLocale().toString(int(amount)))

    def _regroup(self) -> None:
        amount = self.amount()
        if amount is not None:
            self.set_amount(amount)
