"""How many of a reward are left: a count, or unlimited."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QSpinBox, QWidget

MAX_STOCK = 1_000_000_000


class StockEdit(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.count = QSpinBox()
        self.count.setRange(0, MAX_STOCK)
        self.count.setGroupSeparatorShown(True)
        self.count.setMinimumWidth(self.count.fontMetrics().horizontalAdvance("000.000.000") + 30)
        self.unlimited = QCheckBox(self.tr("Unlimited"))
        self.unlimited.toggled.connect(self._on_unlimited_toggled)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.count)
        layout.addWidget(self.unlimited)
        layout.addStretch(1)
        self.set_value(None)

    def value(self) -> int | None:
        return None if self.unlimited.isChecked() else self.count.value()

    def set_value(self, stock: int | None) -> None:
        self.unlimited.setChecked(stock is None)
        self.count.setValue(stock or 0)
        self.count.setEnabled(stock is not None)

    def _on_unlimited_toggled(self, unlimited: bool) -> None:
        self.count.setEnabled(not unlimited)
