"""The owner's loyalty rules editor (in Settings): earning, point value, bonuses, expiry and
the tiers. Save hands the rules to the service, which checks them; on a refusal the form keeps
what was typed and says what is wrong."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDoubleSpinBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from tokocrm.domain.errors import InvalidField, TokoError
from tokocrm.domain.loyalty import PERCENT, LoyaltyRules, Tier
from tokocrm.services.actor import Actor
from tokocrm.services.loyalty import LoyaltyService
from tokocrm.ui.messages import message_for
from tokocrm.ui.theme import HINT, set_tone
from tokocrm.ui.widgets import loyalty_texts
from tokocrm.ui.widgets.loyalty_texts import Unreadable
from tokocrm.ui.widgets.money_edit import MoneyEdit
from tokocrm.ui.widgets.save_bar import SaveBar

NAME, MIN_SPEND, MULTIPLIER, REMOVE = range(4)
MAX_BONUS = 1_000_000
MAX_EXPIRY_MONTHS = 120
MAX_VISIBLE_TIERS = 8


class TiersTable(QTableWidget):
    """Tiers as rows of editable widgets: name, spend from which it applies, multiplier."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 4, parent)
        self.setHorizontalHeaderLabels([self.tr("Tier name"),
                                        self.tr("From spend in the last 12 months"),
                                        self.tr("Points multiplier"), ""])
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(QLineEdit().sizeHint().height() + 8)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(REMOVE, QHeaderView.ResizeMode.ResizeToContents)
        self.model().rowsInserted.connect(self._fit_height)
        self.model().rowsRemoved.connect(self._fit_height)
        self._fit_height()

    def set_tiers(self, tiers: tuple[Tier, ...]) -> None:
        self.setRowCount(0)
        for tier in tiers:
            self.add_tier(tier)

    def add_tier(self, tier: Tier | None = None) -> int:
        row = self.rowCount()
        self.insertRow(row)
        name = QLineEdit(tier.name if tier else "")
        name.setPlaceholderText(self.tr("e.g. Gold"))
        spend = MoneyEdit()
        spend.set_amount(tier.min_spend if tier else None)
        factor = QDoubleSpinBox()
        factor.setRange(1.0, 10.0)
        factor.setSingleStep(0.05)
        factor.setDecimals(2)
        factor.setSuffix("x")
        factor.setValue((tier.multiplier_pct if tier else PERCENT) / PERCENT)
        remove = QPushButton(self.tr("Remove"))
        remove.clicked.connect(lambda: self.removeRow(self._row_of(remove)))
        for column, widget in ((NAME, name), (MIN_SPEND, spend), (MULTIPLIER, factor),
                               (REMOVE, remove)):
            self.setCellWidget(row, column, widget)
        return row

    def name_edit(self, row: int) -> QLineEdit:
        return self.cellWidget(row, NAME)

    def spend_edit(self, row: int) -> MoneyEdit:
        return self.cellWidget(row, MIN_SPEND)

    def multiplier_edit(self, row: int) -> QDoubleSpinBox:
        return self.cellWidget(row, MULTIPLIER)

    def remove_button(self, row: int) -> QPushButton:
        return self.cellWidget(row, REMOVE)

    def tiers(self) -> tuple[Tier, ...]:
        """The tiers as typed, in the order shown; the service sorts and checks them."""
        return tuple(self._tier(row) for row in range(self.rowCount()))

    def _tier(self, row: int) -> Tier:
        name = self.name_edit(row).text().strip()
        spend = self.spend_edit(row).amount()
        if spend is None:
            label = self.tr("Spend for tier {tier}").format(tier=name or row + 1)
            raise Unreadable(loyalty_texts.not_rupiah(label, self.spend_edit(row)),
                             self.spend_edit(row))
        pct = round(self.multiplier_edit(row).value() * PERCENT)  # a spin box of 2 decimals
        return Tier(name, spend, pct)

    def _fit_height(self) -> None:
        """Tall enough for every tier (a shop has a handful), so the page scrolls, not this."""
        rows = min(max(self.rowCount(), 1), MAX_VISIBLE_TIERS)
        self.setFixedHeight(self.horizontalHeader().sizeHint().height() + 2 * self.frameWidth()
                            + rows * self.verticalHeader().defaultSectionSize())

    def _row_of(self, button: QPushButton) -> int:
        return next(row for row in range(self.rowCount()) if self.remove_button(row) is button)


class LoyaltyRulesEditor(QWidget):

    def __init__(self, loyalty: LoyaltyService, actor: Actor,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loyalty, self._actor = loyalty, actor
        rules_box = self._build_rules()
        tiers_box = self._build_tiers()
        self._build_buttons()
        layout = QVBoxLayout(self)
        layout.addWidget(rules_box)
        layout.addWidget(tiers_box)
        layout.addWidget(self.bar)
        layout.addStretch(1)
        self.load()

    # -- building ----------------------------------------------------------------------------
    def _build_rules(self) -> QGroupBox:
        self.rupiah_per_point, self.point_value = MoneyEdit(), MoneyEdit()
        self.welcome_bonus, self.birthday_bonus, self.referral_bonus = (
            _spin(0, MAX_BONUS) for _ in range(3))
        self.expiry_months = _spin(0, MAX_EXPIRY_MONTHS)
        self.expiry_months.setSpecialValueText(self.tr("never"))
        self.earning_hint, self.value_hint, self.expiry_hint = QLabel(), QLabel(), QLabel()
        self.rupiah_per_point.textChanged.connect(self._on_rupiah_per_point_changed)
        self.point_value.textChanged.connect(self._on_point_value_changed)
        self.expiry_months.valueChanged.connect(self._on_expiry_changed)
        self._labels = {
            "rupiah_per_point": self.tr("Rupiah per point"),
            "point_value": self.tr("Value of 1 point"),
            "welcome_bonus": self.tr("Welcome bonus (points)"),
            "birthday_bonus": self.tr("Birthday bonus (points)"),
            "referral_bonus": self.tr("Referral bonus (points)"),
            "expiry_months": self.tr("Points expire after (months)"),
        }
        rows = [
            ("rupiah_per_point", self.rupiah_per_point, self.earning_hint),
            ("point_value", self.point_value, self.value_hint),
            ("welcome_bonus", self.welcome_bonus,
             QLabel(self.tr("Given once, when a member registers."))),
            ("birthday_bonus", self.birthday_bonus,
             QLabel(self.tr("Given once a year, in the member's birthday month."))),
            ("referral_bonus", self.referral_bonus, QLabel(self.tr(
                "Given to the member who referred a friend and to the friend, each, at the "
                "friend's first purchase."))),
            ("expiry_months", self.expiry_months, self.expiry_hint),
        ]
        box = QGroupBox(self.tr("Points"))
        grid = QGridLayout(box)
        for row, (key, widget, hint) in enumerate(rows):
            set_tone(hint, HINT)
            hint.setWordWrap(True)  # a longer translation wraps instead of widening the page
            widget.setFixedWidth(self.fontMetrics().horizontalAdvance("Rp 100.000.000") + 40)
            grid.addWidget(QLabel(self._labels[key]), row, 0)
            grid.addWidget(widget, row, 1)
            grid.addWidget(hint, row, 2)
        grid.setColumnStretch(2, 1)
        return box

    def _build_tiers(self) -> QGroupBox:
        self.tiers = TiersTable()
        self.add_tier_button = QPushButton(self.tr("Add tier"))
        self.add_tier_button.clicked.connect(self._on_add_tier_clicked)
        hint = QLabel(self.tr(
            "A member's tier follows what they paid in the last 12 months; the first tier "
            "starts at Rp 0. The multiplier raises the points earned: 1.25x gives 25% more."))
        hint.setWordWrap(True)
        set_tone(hint, HINT)
        row = QHBoxLayout()
        row.addWidget(hint, 1)
        row.addWidget(self.add_tier_button, 0, Qt.AlignmentFlag.AlignTop)
        box = QGroupBox(self.tr("Tiers"))
        layout = QVBoxLayout(box)
        layout.addWidget(self.tiers)
        layout.addLayout(row)
        return box

    def _build_buttons(self) -> None:
        self.bar = SaveBar(self.tr("Save rules"), self._on_save_clicked, self._on_undo_clicked)
        # The bar's parts, as tests and callers know them.
        self.save_button, self.undo_button = self.bar.save_button, self.bar.undo_button
        self.notice = self.bar.notice

    # -- public ------------------------------------------------------------------------------
    def load(self) -> None:
        """Show the rules in force, dropping anything typed and not saved."""
        try:
            self.show_rules(self._loyalty.rules(self._actor))
        except TokoError as error:
            self.bar.say(message_for(error), error=True)

    def show_rules(self, rules: LoyaltyRules) -> None:
        self.rupiah_per_point.set_amount(rules.rupiah_per_point)
        self.point_value.set_amount(rules.point_value)
        self.welcome_bonus.setValue(rules.welcome_bonus)
        self.birthday_bonus.setValue(rules.birthday_bonus)
        self.referral_bonus.setValue(rules.referral_bonus)
        self.expiry_months.setValue(rules.expiry_months)
        self._on_expiry_changed(rules.expiry_months)
        self.tiers.set_tiers(rules.tiers)

    def typed_rules(self) -> LoyaltyRules:
        """The rules as the form shows them; raises Unreadable for text that is no amount."""
        return LoyaltyRules(
            rupiah_per_point=self._amount("rupiah_per_point", self.rupiah_per_point),
            welcome_bonus=self.welcome_bonus.value(), birthday_bonus=self.birthday_bonus.value(),
            referral_bonus=self.referral_bonus.value(), expiry_months=self.expiry_months.value(),
            point_value=self._amount("point_value", self.point_value),
            tiers=self.tiers.tiers())

    # -- slots -------------------------------------------------------------------------------
    def _on_save_clicked(self) -> None:
        try:
            saved = self._loyalty.set_rules(self._actor, self.typed_rules())
        except Unreadable as problem:
            self._refuse(problem.text, problem.widget)
            return
        except TokoError as error:
            self._refuse(message_for(error), self._widget_for(error))
            return
        self.show_rules(saved)  # sorted by spend, as the service keeps them
        self.bar.say(self.tr("Saved: effective from now; past points do not change."))

    def _on_undo_clicked(self) -> None:
        self.load()
        self.bar.say(self.tr("Back to the rules in force."))

    def _on_add_tier_clicked(self) -> None:
        row = self.tiers.add_tier()
        self.tiers.name_edit(row).setFocus()

    def _on_rupiah_per_point_changed(self) -> None:
        amount = self.rupiah_per_point.amount()
        self.earning_hint.setText(loyalty_texts.earning(amount) if amount else "")

    def _on_point_value_changed(self) -> None:
        amount = self.point_value.amount()
        self.value_hint.setText(loyalty_texts.point_worth(amount) if amount else "")

    def _on_expiry_changed(self, months: int) -> None:
        self.expiry_hint.setText(loyalty_texts.expiry(months))

    # -- helpers -----------------------------------------------------------------------------
    def _amount(self, key: str, edit: MoneyEdit) -> int:
        amount = edit.amount()
        if amount is None:
            raise Unreadable(loyalty_texts.not_rupiah(self._labels[key], edit), edit)
        return amount

    def _widget_for(self, error: TokoError) -> QWidget | None:
        if not isinstance(error, InvalidField):
            return None
        field = str(error.params.get("field"))
        widget = getattr(self, field, None) if field in self._labels else None
        if widget is None and field in ("tiers", "min_spend", "multiplier") \
                and self.tiers.rowCount():
            widget = self.tiers.name_edit(0)
        return widget

    def _refuse(self, text: str, widget: QWidget | None) -> None:
        self.bar.say(text, error=True)
        if widget is not None:
            widget.setFocus()



def _spin(low: int, high: int) -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(low, high)
    spin.setGroupSeparatorShown(True)
    spin.setAlignment(Qt.AlignmentFlag.AlignRight)
    return spin
