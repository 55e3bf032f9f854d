"""Record a purchase for the member on the counter: amount first, the rest optional."""

from __future__ import annotations

from datetime import datetime, time

from PySide6.QtCore import QDateTime, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDateTimeEdit,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from tokocrm.services.dto import Category
from tokocrm.ui.formatting import from_qdate
from tokocrm.ui.widgets.money_edit import MoneyEdit
from tokocrm.ui.widgets.points_payment import PointsPayment


class PurchaseForm(QWidget):
    record_requested = Signal()

    def __init__(self, can_backdate: bool = False, can_redeem: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.earlier = QCheckBox(self.tr("Earlier purchase, at"))
        self.when = QDateTimeEdit()
        self.when.setDisplayFormat("dd/MM/yyyy HH:mm")
        self.when.setEnabled(False)
        self.earlier.toggled.connect(self.when.setEnabled)
        for widget in (self.earlier, self.when):  # entering old receipts is the owner's job
            widget.setVisible(can_backdate)
        self.amount = MoneyEdit()
        self.amount.setObjectName("amountEdit")
        font = self.amount.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        self.amount.setFont(font)
        self.points = PointsPayment()  # hidden, it still answers "no points used"
        self._can_redeem = can_redeem
        self.amount.textChanged.connect(lambda _text: self.points.set_bill(self.amount.amount()))
        self.receipt = QLineEdit()
        self.items = QSpinBox()
        self.items.setRange(0, 100_000)
        self.items.setSpecialValueText(self.tr("—"))
        self.note = QLineEdit()
        self.categories = QListWidget()
        self.categories.setMaximumHeight(90)
        self.categories.setFlow(QListWidget.Flow.LeftToRight)
        self.categories.setWrapping(True)
        self.record = QPushButton(self.tr("Record purchase (Enter)"))
        self.record.clicked.connect(self.record_requested)
        for field in (self.amount, self.receipt, self.note):
            field.returnPressed.connect(self.record_requested)
        self.points.enter_pressed.connect(self.record_requested)
        self._lay_out()

    def _lay_out(self) -> None:
        title = QLabel(self.tr("Purchase"))
        title.setObjectName("panelTitle")
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        form = QFormLayout()
        form.addRow(self.tr("Amount (Rp)"), self.amount)
        form.addRow(self.tr("Points (F6)"), self.points)
        form.setRowVisible(self.points, self._can_redeem)
        details = QGridLayout()
        details.addWidget(QLabel(self.tr("Receipt no.")), 0, 0)
        details.addWidget(self.receipt, 0, 1)
        details.addWidget(QLabel(self.tr("Items")), 0, 2)
        details.addWidget(self.items, 0, 3)
        details.addWidget(QLabel(self.tr("Note")), 1, 0)
        details.addWidget(self.note, 1, 1, 1, 3)
        details.addWidget(self.earlier, 2, 0)
        details.addWidget(self.when, 2, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)  # the counter page gives the margins
        layout.addWidget(title)
        layout.addLayout(form)
        layout.addLayout(details)
        layout.addWidget(QLabel(self.tr("Categories (Space to tick)")))
        layout.addWidget(self.categories)
        layout.addWidget(self.record, 0, Qt.AlignmentFlag.AlignLeft)

    def set_categories(self, categories: list[Category]) -> None:
        self.categories.clear()
        for category in categories:
            item = QListWidgetItem(category.name)
            item.setData(Qt.ItemDataRole.UserRole, category.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.categories.addItem(item)

    def when_value(self) -> datetime | None:
        """The back-dated time, or None for now."""
        if not self.earlier.isChecked():
            return None
        value = self.when.dateTime()
        return datetime.combine(from_qdate(value.date()), time(value.time().hour(),
                                                              value.time().minute()))

    def checked_category_ids(self) -> tuple[int, ...]:
        items = (self.categories.item(i) for i in range(self.categories.count()))
        return tuple(item.data(Qt.ItemDataRole.UserRole) for item in items
                     if item.checkState() == Qt.CheckState.Checked)

    def clear(self) -> None:
        self.amount.clear()
        self.points.reset()
        self.receipt.clear()
        self.items.setValue(0)
        self.note.clear()
        self.earlier.setChecked(False)
        self.when.setDateTime(QDateTime.currentDateTime())
        for i in range(self.categories.count()):
            self.categories.item(i).setCheckState(Qt.CheckState.Unchecked)
