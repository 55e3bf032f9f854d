"""A member's points in the profile: standing, the ledger newest first, and (owner only) a
manual adjustment with its reason."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tokocrm.domain.errors import TokoError
from tokocrm.domain.roles import Permission, allows
from tokocrm.services.actor import Actor
from tokocrm.services.container import Services
from tokocrm.services.loyalty import PointsRow, PointsStanding
from tokocrm.services.points_ledger import Kind
from tokocrm.ui import formatting
from tokocrm.ui.messages import message_for
from tokocrm.ui.theme import WARNING, set_tone

LEDGER_LIMIT = 500
MAX_ADJUST = 1_000_000
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
translate = QCoreApplication.translate


def kind_label(kind: str) -> str:
    labels = {  # translate("Context", "literal"): the form lupdate finds
        Kind.EARN: translate("PointsHistory", "Earned"),
        Kind.REDEEM: translate("PointsHistory", "Redeemed"),
        Kind.EXPIRE: translate("PointsHistory", "Expired"),
        Kind.REVERSAL: translate("PointsHistory", "Taken back (purchase voided)"),
        Kind.REFUND: translate("PointsHistory", "Given back (purchase voided)"),
        Kind.ADJUST: translate("PointsHistory", "Adjusted by hand"),
        Kind.WELCOME: translate("PointsHistory", "Welcome bonus"),
        Kind.BIRTHDAY: translate("PointsHistory", "Birthday bonus"),
        Kind.REFERRAL: translate("PointsHistory", "Referral bonus"),
        Kind.MERGE_IN: translate("PointsHistory", "Moved in (merged member)"),
        Kind.MERGE_OUT: translate("PointsHistory", "Moved out (merged member)"),
    }
    return labels.get(kind, kind)


class PointsHistory(QWidget):
    adjusted = Signal(int)  # the new balance

    def __init__(self, services: Services, actor: Actor, member_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services, self._actor, self._member_id = services, actor, member_id
        self.standing = QLabel()
        self.standing.setObjectName("pointsStanding")
        self.standing.setWordWrap(True)
        self.table = QTableWidget(0, 6)
        self.table.setHorizontalHeaderLabels([
            self.tr("Time"), self.tr("What"), self.tr("Points"), self.tr("Reason"),
            self.tr("Expires"), self.tr("By")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.message = QLabel()
        self.message.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.standing)
        layout.addWidget(self.table, 1)
        if allows(actor.role, Permission.ADJUST_POINTS):
            layout.addLayout(self._adjust_row())
        layout.addWidget(self.message)

    def _adjust_row(self) -> QHBoxLayout:
        self.adjust_points = QSpinBox()
        self.adjust_points.setRange(-MAX_ADJUST, MAX_ADJUST)
        self.adjust_points.setSuffix(self.tr(" points"))
        self.adjust_reason = QLineEdit()
        self.adjust_reason.setPlaceholderText(self.tr("Reason, e.g. compensation for a complaint"))
        self.adjust_reason.returnPressed.connect(self._on_adjust)
        self.adjust_button = QPushButton(self.tr("Add / take points"))
        self.adjust_button.setAutoDefault(False)
        self.adjust_button.clicked.connect(self._on_adjust)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Adjust by hand")))
        row.addWidget(self.adjust_points)
        row.addWidget(self.adjust_reason, 1)
        row.addWidget(self.adjust_button)
        return row

    def load(self) -> None:
        loyalty = self._services.loyalty
        self._show_standing(loyalty.standing(self._actor, self._member_id))
        self._show_rows(loyalty.history(self._actor, self._member_id, limit=LEDGER_LIMIT))

    def _show_standing(self, points: PointsStanding) -> None:
        tier = points.tier
        parts = [self.tr("{points} points").format(points=QLocale().toString(points.balance)),
                 tier.tier.name if tier.next_tier is None else self.tr(
                     "{tier} · {amount} more to {next}").format(
                     tier=tier.tier.name, amount=formatting.rupiah(tier.to_next),
                     next=tier.next_tier.name)]
        if points.expiring_soon:
            parts.append(self.tr("{points} expire by {day}").format(
                points=QLocale().toString(points.expiring_soon),
                day=formatting.day(points.next_expiry)))
        if points.balance < 0:
            parts.append(self.tr("below zero after a void"))
        self.standing.setText(" · ".join(parts))

    def _show_rows(self, rows: list[PointsRow]) -> None:
        self.table.setRowCount(len(rows))
        for index, row in enumerate(rows):
            cells = (formatting.moment(row.created_at), kind_label(row.kind),
                     QLocale().toString(row.points) if row.points < 0
                     else "+" + QLocale().toString(row.points),
                     self._reason(row), formatting.day(row.expires_on), row.created_by)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 2:
                    item.setTextAlignment(_RIGHT)
                self.table.setItem(index, column, item)

    def _reason(self, row: PointsRow) -> str:
        """What the user typed for a manual change; the purchase for the rest (the ledger's
        own reasons are for the books, in English)."""
        if row.kind == Kind.ADJUST:
            return row.reason or ""
        parts = [row.reward] if row.reward else []
        if row.purchase_id is not None:
            parts.append(self.tr("Purchase no. {id}").format(id=row.purchase_id))
        return " · ".join(parts)

    def _on_adjust(self) -> None:
        try:
            balance = self._services.loyalty.adjust(
                self._actor, self._member_id, self.adjust_points.value(),
                self.adjust_reason.text())
        except TokoError as error:  # what was typed stays, to be corrected
            set_tone(self.message, WARNING)
            self.message.setText(message_for(error))
            return
        self.adjust_points.setValue(0)
        self.adjust_reason.clear()
        set_tone(self.message, None)
        self.message.setText(self.tr("Points adjusted; the balance is now {balance}.").format(
            balance=QLocale().toString(balance)))
        self.load()
        self.adjusted.emit(balance)
