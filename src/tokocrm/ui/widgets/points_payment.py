"""Using points at the counter: a catalog reward, or any number of points paying part of the
bill at their Rupiah value. Shows what comes off and what the customer still pays."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QLocale, QObject, Qt, Signal
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from tokocrm.domain.loyalty import (
    LoyaltyRules,
    RewardKind,
    RewardTerms,
    points_for_rupiah,
    reward_discount,
)
from tokocrm.services.loyalty import RewardRow
from tokocrm.ui import formatting

NO_POINTS, PAY_WITH_POINTS = "none", "points"


class PointsPayment(QWidget):
    """F6 focuses the choice; arrows pick; Enter records the purchase, as in the amount."""

    redeem_requested = Signal()  # "Redeem only": a reward on its own, without a purchase
    enter_pressed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._balance, self._rules, self._bill = 0, LoyaltyRules(), None
        self._rewards: dict[int, RewardRow] = {}
        self.choice = QComboBox()
        self.choice.setObjectName("usePoints")
        self.points = QSpinBox()
        self.points.setObjectName("payPoints")
        self.points.setSuffix(self.tr(" points"))
        self.outcome = QLabel()
        self.outcome.setObjectName("pointsOutcome")
        font = self.outcome.font()  # what the customer still pays: read out at the counter
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.outcome.setFont(font)
        self.redeem_only = QPushButton(self.tr("Redeem only"))
        self.redeem_only.clicked.connect(self.redeem_requested)
        for field in (self.choice, self.points):
            field.installEventFilter(self)
        self.choice.currentIndexChanged.connect(self._update)
        self.points.valueChanged.connect(self._update)
        # Long reward names must not widen the counter: the combo elides instead.
        self.choice.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.choice.setMinimumContentsLength(16)
        row = QHBoxLayout()
        for widget, stretch in ((self.choice, 2), (self.points, 1), (self.redeem_only, 0)):
            row.addWidget(widget, stretch)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.outcome)
        self._update()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt override
        if (event.type() == QEvent.Type.KeyPress
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)):
            self.enter_pressed.emit()
            return True
        return super().eventFilter(watched, event)

    def set_member(self, balance: int, rewards: list[RewardRow], rules: LoyaltyRules) -> None:
        """What this member can use: rewards they cannot afford are listed but greyed."""
        self._balance, self._rules = balance, rules
        self._rewards = {reward.id: reward for reward in rewards}
        self.choice.blockSignals(True)
        self.choice.clear()
        self.choice.addItem(self.tr("Don't use points"), NO_POINTS)
        self.choice.addItem(self.tr("Pay with points (1 point = {value})").format(
            value=formatting.rupiah(rules.point_value)), PAY_WITH_POINTS)
        model = self.choice.model()
        assert isinstance(model, QStandardItemModel)
        for reward in rewards:
            self.choice.addItem(self.tr("{reward} · {points} points").format(
                reward=reward.name, points=QLocale().toString(reward.points)), reward.id)
            model.item(self.choice.count() - 1).setEnabled(reward.points <= balance)
        self.choice.setEnabled(balance > 0)
        self.choice.blockSignals(False)
        self.reset()

    def set_bill(self, amount: int | None) -> None:
        """The amount typed so far (None while it is not an amount)."""
        self._bill = amount
        self._update()

    def reset(self) -> None:
        self.choice.setCurrentIndex(0)
        self.points.setValue(0)
        self._update()

    def selection(self) -> tuple[int | None, int]:
        """(reward id, points paying directly) as the purchase service takes them."""
        chosen = self.choice.currentData()
        if chosen == PAY_WITH_POINTS:
            return None, self.points.value()
        return (chosen, 0) if isinstance(chosen, int) else (None, 0)

    def selected_reward(self) -> RewardRow | None:
        return self._rewards.get(self.selection()[0])

    def discount(self) -> int:
        """Rupiah the points take off the bill typed so far."""
        reward_id, points = self.selection()
        if reward_id is not None:
            reward = self._rewards[reward_id]
            terms = RewardTerms(reward.kind, reward.points, reward.value, reward.cap)
            return reward_discount(terms, self._bill or 0)
        return min(points * self._rules.point_value, self._bill or 0)

    def _update(self) -> None:
        paying = self.choice.currentData() == PAY_WITH_POINTS
        most = self._balance
        if self._bill is not None:  # no more points than the bill needs
            most = min(most, points_for_rupiah(self._bill, self._rules))
        self.points.setMaximum(max(most, 0))
        self.points.setVisible(paying)
        reward = self.selected_reward()
        self.redeem_only.setVisible(reward is not None)
        self.outcome.setText(self._outcome_text(reward))

    def _outcome_text(self, reward: RewardRow | None) -> str:
        if reward is not None and reward.kind == RewardKind.FREE_ITEM:
            return self.tr("Give the item: {reward}").format(reward=reward.name)
        if self.choice.currentData() == NO_POINTS or self._bill is None:
            return ""
        off = self.discount()
        return self.tr("{off} off · to pay {pay}").format(
            off=formatting.rupiah(off), pay=formatting.rupiah(self._bill - off))

