"""Loyalty: the program's totals, the rules in force, and the rewards catalog (which the owner
adds to, restocks and retires). The main window calls `refresh()` when the page is shown."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tokocrm.domain.errors import TokoError
from tokocrm.domain.roles import Permission, allows
from tokocrm.services.actor import Actor
from tokocrm.services.container import Services
from tokocrm.services.loyalty import ProgramTotals, RewardRow
from tokocrm.ui import formatting
from tokocrm.ui.dialogs.reward_dialog import RewardDialog
from tokocrm.ui.jobs import Job
from tokocrm.ui.messages import message_for
from tokocrm.ui.theme import DONE, HINT, WARNING, set_tone
from tokocrm.ui.widgets import loyalty_texts
from tokocrm.ui.widgets.figure_card import Figure
from tokocrm.ui.widgets.page_title import page_title
from tokocrm.ui.widgets.stock_edit import StockEdit

NAME, KIND, POINTS, VALUE, STOCK, ACTIVE = range(6)
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class LoyaltyPage(QWidget):
    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services, self._actor = services, actor
        self._can_manage = allows(actor.role, Permission.MANAGE_REWARDS)
        self._rewards: list[RewardRow] = []
        self.reward_dialog: RewardDialog | None = None
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(page_title(self.tr("Loyalty program")))
        layout.addLayout(self._build_totals())
        layout.addWidget(self._build_rules())
        layout.addWidget(self._build_rewards(), 1)
        layout.addWidget(self.notice)
        self.totals_job: Job | None = None

    # -- building ----------------------------------------------------------------------------
    def _build_totals(self) -> QGridLayout:
        self.issued = Figure(self.tr("Points issued"))
        self.redeemed = Figure(self.tr("Points redeemed"))
        self.expired = Figure(self.tr("Points expired"))
        self.outstanding = Figure(self.tr("Points outstanding"))
        self.liability = Figure(self.tr("Outstanding liability"))
        self.below_zero = Figure(self.tr("Members below zero"))
        grid = QGridLayout()  # two rows of three: the page fits a 1024 px wide screen too
        for index, figure in enumerate(self._figures()):
            row, column = divmod(index, 3)
            grid.addWidget(figure, row, column)
            grid.setColumnStretch(column, 1)
        return grid

    def _build_rules(self) -> QGroupBox:
        self.rules_summary = QLabel()
        self.rules_summary.setWordWrap(True)
        self.rules_summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.rules_hint = QLabel(
            self.tr("The owner changes the rules in Settings → Loyalty rules."))
        set_tone(self.rules_hint, HINT)
        box = QGroupBox(self.tr("Rules in force"))
        layout = QVBoxLayout(box)
        layout.addWidget(self.rules_summary)
        layout.addWidget(self.rules_hint)
        return box

    def _build_rewards(self) -> QGroupBox:
        self.rewards_table = QTableWidget(0, 6)
        self.rewards_table.setHorizontalHeaderLabels([
            self.tr("Reward"), self.tr("Kind"), self.tr("Points"), self.tr("Value"),
            self.tr("Stock"), self.tr("Active")])
        self.rewards_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.rewards_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.rewards_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.rewards_table.setAlternatingRowColors(True)
        self.rewards_table.verticalHeader().hide()
        columns = self.rewards_table.horizontalHeader()
        columns.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        columns.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        self.rewards_table.setColumnHidden(ACTIVE, not self._can_manage)
        self.rewards_table.itemSelectionChanged.connect(self._on_selection_changed)
        box = QGroupBox(self.tr("Rewards catalog"))
        layout = QVBoxLayout(box)
        layout.addWidget(self.rewards_table, 1)
        if self._can_manage:
            layout.addLayout(self._build_reward_actions())
        return box

    def _build_reward_actions(self) -> QHBoxLayout:
        self.add_button = QPushButton(self.tr("Add reward…"))
        self.add_button.clicked.connect(self._on_add_clicked)
        self.toggle_button = QPushButton(self.tr("Deactivate"))
        self.toggle_button.clicked.connect(self._on_toggle_clicked)
        self.stock_edit = StockEdit()
        self.set_stock_button = QPushButton(self.tr("Set stock"))
        self.set_stock_button.clicked.connect(self._on_set_stock_clicked)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addStretch(1)
        row.addWidget(QLabel(self.tr("Selected reward:")))
        row.addWidget(self.toggle_button)
        row.addSpacing(12)
        row.addWidget(QLabel(self.tr("Stock")))
        row.addWidget(self.stock_edit)
        row.addWidget(self.set_stock_button)
        self._update_actions()
        return row

    # -- public ------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Reload the totals, the rules and the catalog (they change at every counter)."""
        self.notice.clear()
        self._start_totals()
        try:
            self.rules_summary.setText("\n".join(loyalty_texts.rules_summary(
                self._services.loyalty.rules(self._actor))))
            self._load_rewards()
        except TokoError as error:
            self._say(message_for(error), error=True)

    def selected_reward(self) -> RewardRow | None:
        rows = self.rewards_table.selectionModel().selectedRows()
        return self._rewards[rows[0].row()] if rows else None

    def select_reward(self, reward_id: int) -> None:
        for row, reward in enumerate(self._rewards):
            if reward.id == reward_id:
                self.rewards_table.selectRow(row)
                return

    # -- slots -------------------------------------------------------------------------------
    def _on_add_clicked(self) -> None:
        if self.reward_dialog is not None:
            self.reward_dialog.deleteLater()
        self.reward_dialog = RewardDialog(self._services.loyalty, self._actor, self)
        self.reward_dialog.added.connect(self._on_reward_added)
        self.reward_dialog.open()

    def _on_reward_added(self, reward: RewardRow) -> None:
        self._reload_and_select(reward.id)
        self._say(self.tr("Reward added: {name}.").format(name=reward.name))

    def _on_toggle_clicked(self) -> None:
        reward = self.selected_reward()
        if reward is not None:
            self._update(reward, self.tr("{name} is active again.") if not reward.active
                         else self.tr("{name} is no longer offered."), active=not reward.active)

    def _on_set_stock_clicked(self) -> None:
        reward = self.selected_reward()
        if reward is not None:
            self._update(reward, self.tr("Stock of {name} set."), stock=self.stock_edit.value())

    def _on_selection_changed(self) -> None:
        if self._can_manage:
            self._update_actions()

    # -- helpers -----------------------------------------------------------------------------
    def _update(self, reward: RewardRow, done: str, **changes: object) -> None:
        try:
            changed = self._services.loyalty.update_reward(self._actor, reward.id, **changes)
        except TokoError as error:
            self._say(message_for(error), error=True)
            return
        self._reload_and_select(changed.id)
        self._say(done.format(name=changed.name))

    def _reload_and_select(self, reward_id: int) -> None:
        try:
            self._load_rewards()
        except TokoError as error:
            self._say(message_for(error), error=True)
        self.select_reward(reward_id)

    def _start_totals(self) -> None:
        """The totals sum the whole ledger (a second or more at 100,000 members): a worker
        computes them while the figures show a dash; an older run's answer is dropped."""
        for figure in self._figures():
            figure.show_value("…")
        job = Job(lambda _job: self._services.loyalty.totals(self._actor))
        job.signals.finished.connect(lambda totals: job is self.totals_job
                                     and self._show_totals(totals))
        job.signals.failed.connect(lambda error: job is self.totals_job and self._say(
            message_for(error) if isinstance(error, TokoError) else str(error), error=True))
        self.totals_job = job.start()

    def _figures(self) -> tuple[Figure, ...]:
        return (self.issued, self.redeemed, self.expired, self.outstanding, self.liability,
                self.below_zero)

    def _show_totals(self, totals: ProgramTotals) -> None:
        points = loyalty_texts.points
        self.issued.show_value(points(totals.issued))
        self.redeemed.show_value(points(totals.redeemed))
        self.expired.show_value(points(totals.expired))
        self.outstanding.show_value(points(totals.outstanding))
        self.liability.show_value(formatting.rupiah(totals.liability))
        below = totals.members_below_zero
        self.below_zero.show_value(points(below), self.tr(
            "A void took back points they had already spent.") if below > 0 else "")

    def _load_rewards(self) -> None:
        selected = self.selected_reward()
        self._rewards = self._services.loyalty.rewards(self._actor,
                                                       include_inactive=self._can_manage)
        table = self.rewards_table
        table.blockSignals(True)
        table.setRowCount(len(self._rewards))
        for row, reward in enumerate(self._rewards):
            self._fill_row(row, reward)
        table.clearSelection()
        table.blockSignals(False)
        if selected is not None:
            self.select_reward(selected.id)
        self._on_selection_changed()

    def _fill_row(self, row: int, reward: RewardRow) -> None:
        kinds = loyalty_texts.kind_names()
        texts = {NAME: reward.name, KIND: kinds[reward.kind],
                 POINTS: loyalty_texts.points(reward.points),
                 VALUE: loyalty_texts.reward_value(reward), STOCK: loyalty_texts.stock(reward),
                 ACTIVE: self.tr("Yes") if reward.active else self.tr("No")}
        grey = self.palette().brush(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        for column, text in texts.items():
            item = QTableWidgetItem(text)
            if column in (POINTS, STOCK):
                item.setTextAlignment(_RIGHT)
            if not reward.active:
                item.setForeground(QBrush(grey))
            self.rewards_table.setItem(row, column, item)

    def _update_actions(self) -> None:
        reward = self.selected_reward()
        for widget in (self.toggle_button, self.stock_edit, self.set_stock_button):
            widget.setEnabled(reward is not None)
        if reward is None:
            self.toggle_button.setText(self.tr("Deactivate"))
            return
        self.toggle_button.setText(self.tr("Deactivate") if reward.active
                                   else self.tr("Activate"))
        self.stock_edit.set_value(reward.stock)

    def _say(self, text: str, error: bool = False) -> None:
        set_tone(self.notice, WARNING if error else DONE)
        self.notice.setText(text)
