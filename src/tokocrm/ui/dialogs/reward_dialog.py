"""Add a reward to the catalog: name, kind, points cost, value, cap, stock.

Open it with `open()`. Add asks the service; a refusal keeps the dialog open with everything
typed and says what is wrong; success emits `added` and closes."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from tokocrm.domain.errors import InvalidField, TokoError
from tokocrm.domain.loyalty import RewardKind, RewardTerms
from tokocrm.services.actor import Actor
from tokocrm.services.loyalty import LoyaltyService
from tokocrm.ui.messages import message_for
from tokocrm.ui.theme import WARNING, set_tone
from tokocrm.ui.widgets import loyalty_texts
from tokocrm.ui.widgets.loyalty_texts import Unreadable
from tokocrm.ui.widgets.money_edit import MoneyEdit
from tokocrm.ui.widgets.stock_edit import StockEdit

MAX_POINTS = 10_000_000


class RewardDialog(QDialog):
    added = Signal(object)  # the RewardRow just added

    def __init__(self, loyalty: LoyaltyService, actor: Actor,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loyalty, self._actor = loyalty, actor
        self.setWindowTitle(self.tr("Add a reward"))
        self._build_fields()
        self._build_buttons()
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self._on_kind_changed()
        self.setMinimumWidth(520)

    def _build_fields(self) -> None:
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("e.g. Rp 10.000 off your next purchase"))
        self.kind = QComboBox()
        for kind, label in loyalty_texts.kind_names().items():
            self.kind.addItem(label, kind)
        self.kind.currentIndexChanged.connect(self._on_kind_changed)
        self.points = QSpinBox()
        self.points.setRange(1, MAX_POINTS)
        self.points.setGroupSeparatorShown(True)
        self.points.setValue(100)
        self.rupiah_off = MoneyEdit()
        self.percent_off = QSpinBox()
        self.percent_off.setRange(1, 100)
        self.percent_off.setSuffix("%")
        self.percent_off.setValue(10)
        self.cap = MoneyEdit()
        self.cap.setPlaceholderText(self.tr("no limit"))
        self.stock = StockEdit()
        self.form = QFormLayout()
        self.form.addRow(self.tr("Name"), self.name)
        self.form.addRow(self.tr("Kind"), self.kind)
        self.form.addRow(self.tr("Points it costs"), self.points)
        self.form.addRow(self.tr("Rupiah off"), self.rupiah_off)
        self.form.addRow(self.tr("Percent off"), self.percent_off)
        self.form.addRow(self.tr("At most (Rupiah, optional)"), self.cap)
        self.form.addRow(self.tr("Stock"), self.stock)
        self.error = QLabel()
        self.error.setWordWrap(True)
        set_tone(self.error, WARNING)

    def _build_buttons(self) -> None:
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.add_button = self.buttons.addButton(self.tr("Add reward"),
                                                 QDialogButtonBox.ButtonRole.AcceptRole)
        self.add_button.setDefault(True)
        self.buttons.accepted.connect(self._on_add)
        self.buttons.rejected.connect(self.reject)

    # -- slots -------------------------------------------------------------------------------
    def _on_kind_changed(self) -> None:
        kind = self._kind()
        self.form.setRowVisible(self.rupiah_off, kind == RewardKind.DISCOUNT_RP)
        self.form.setRowVisible(self.percent_off, kind == RewardKind.DISCOUNT_PCT)
        self.form.setRowVisible(self.cap, kind == RewardKind.DISCOUNT_PCT)

    def _on_add(self) -> None:
        try:
            row = self._loyalty.add_reward(self._actor, self.name.text(), self.terms(),
                                           self.stock.value())
        except Unreadable as problem:
            self._refuse(problem.text, problem.widget)
            return
        except TokoError as error:
            self._refuse(message_for(error), self._widget_for(error))
            return
        self.added.emit(row)
        self.accept()

    # -- helpers -----------------------------------------------------------------------------
    def terms(self) -> RewardTerms:
        kind = self._kind()
        if kind == RewardKind.DISCOUNT_RP:
            return RewardTerms(kind, self.points.value(), self._rupiah(self.rupiah_off, True))
        if kind == RewardKind.DISCOUNT_PCT:
            return RewardTerms(kind, self.points.value(), self.percent_off.value(),
                               self._rupiah(self.cap, False))
        return RewardTerms(kind, self.points.value())

    def _kind(self) -> RewardKind:
        return RewardKind(self.kind.currentData())  # Qt hands the enum back as a plain str

    def _rupiah(self, edit: MoneyEdit, required: bool) -> int | None:
        if not edit.text().strip() and not required:
            return None
        amount = edit.amount()
        if amount is None:
            label = self.form.labelForField(edit).text()
            raise Unreadable(loyalty_texts.not_rupiah(label, edit), edit)
        return amount

    def _widget_for(self, error: TokoError) -> QWidget | None:
        field = str(error.params.get("field")) if isinstance(error, InvalidField) else ""
        value = (self.rupiah_off if self._kind() == RewardKind.DISCOUNT_RP
                 else self.percent_off)
        return {"name": self.name, "points": self.points, "value": value, "cap": self.cap,
                "stock": self.stock.count}.get(field)

    def _refuse(self, text: str, widget: QWidget | None) -> None:
        self.error.setText(text)
        if widget is not None:
            widget.setFocus()
