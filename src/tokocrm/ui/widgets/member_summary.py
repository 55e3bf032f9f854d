"""What the cashier sees of the member on the counter: who it is and how they buy."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from tokocrm.services.dto import MemberDetail, MemberStats
from tokocrm.services.loyalty import PointsStanding
from tokocrm.services.segments import MemberSegment
from tokocrm.ui import formatting, theme
from tokocrm.ui.widgets.segment_texts import describe


class MemberSummary(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = QLabel()
        self.name.setObjectName("memberName")
        font = self.name.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        self.name.setFont(font)
        self.complaints = QLabel()
        self.complaints.setObjectName("openComplaints")
        # Loud on purpose: the cashier must see it before greeting the customer.
        self.complaints.setStyleSheet(theme.BADGE_CSS)
        self.complaints.hide()
        self.identity = QLabel()
        self.status = QLabel()
        theme.set_tone(self.status, theme.WARNING, bold=True)
        self.points = QLabel()
        self.points.setObjectName("memberPoints")
        font = self.points.font()  # the balance: what the customer asks about first
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.points.setFont(font)
        self.tier, self.expiring = QLabel(), QLabel()
        self.visits, self.spend, self.basket, self.last_visit, self.favourites = (
            QLabel() for _ in range(5))
        self.segment = QLabel()
        self.segment.setObjectName("memberSegment")
        figures = QGridLayout()  # two columns of figures: the counter must fit 768 px high
        pairs = ((self.tr("Points"), self.points), (self.tr("Tier"), self.tier),
                 (self.tr("Expiring soon"), self.expiring), (self.tr("Visits"), self.visits),
                 (self.tr("Total spend"), self.spend), (self.tr("Average basket"), self.basket),
                 (self.tr("Last visit"), self.last_visit),
                 (self.tr("Favourite categories"), self.favourites),
                 (self.tr("Segment"), self.segment))
        for index, (label, value) in enumerate(pairs):
            row, column = divmod(index, 2)
            figures.addWidget(QLabel(label), row, column * 2)
            figures.addWidget(value, row, column * 2 + 1)
        figures.setColumnStretch(1, 1)
        figures.setColumnStretch(3, 1)
        heading = QHBoxLayout()
        heading.addWidget(self.name)
        heading.addWidget(self.complaints, 0, Qt.AlignmentFlag.AlignVCenter)
        heading.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)  # the counter page gives the margins
        layout.addLayout(heading)
        layout.addWidget(self.identity)
        layout.addWidget(self.status)
        layout.addLayout(figures)
        self.tier.setWordWrap(True)

    def show_member(self, member: MemberDetail, stats: MemberStats, points: PointsStanding,
                    segment: MemberSegment | None, open_complaints: int = 0) -> None:
        self.name.setText(member.name)
        self.show_open_complaints(open_complaints)
        day = formatting.day(member.joined_on)
        self.identity.setText(self.tr("Card {card} · {phone} · member since {day}").format(
            card=member.card, phone=formatting.phone(member.phone), day=day) if member.phone
            else self.tr("Card {card} · no phone · member since {day}").format(
                card=member.card, day=day))
        self.status.setText("" if member.status == "active" else self.tr("Inactive member"))
        self.status.setVisible(member.status != "active")  # no empty line: 768 px is tight
        self.points.setText(QLocale().toString(points.balance))
        tier = points.tier
        self.tier.setText(tier.tier.name if tier.next_tier is None else self.tr(
            "{tier} · {amount} more to {next}").format(
                tier=tier.tier.name, amount=formatting.rupiah(tier.to_next),
                next=tier.next_tier.name))
        self.expiring.setText(self.tr("{points} points by {day}").format(
            points=points.expiring_soon, day=formatting.day(points.next_expiry))
            if points.expiring_soon else "—")
        self.visits.setText(str(stats.visits))
        self.spend.setText(formatting.rupiah(stats.total_spend))
        self.basket.setText(formatting.rupiah(stats.average_basket))
        self.last_visit.setText(formatting.moment(stats.last_visit) or self.tr("never"))
        self.favourites.setText(", ".join(name for name, _ in stats.favourite_categories) or "—")
        self.segment.setText(describe(segment))

    def show_open_complaints(self, count: int) -> None:
        """The badge beside the name: hidden while no complaint case is left open."""
        self.complaints.setVisible(count > 0)
        if count <= 0:
            return
        self.complaints.setText(self.tr("Open complaint") if count == 1 else self.tr(
            "{count} open complaints").format(count=count))
        description = self.tr("This member has {count} unresolved complaint case(s).").format(
            count=count)
        self.complaints.setAccessibleName(self.tr("Warning: {badge}").format(
            badge=self.complaints.text()))
        self.complaints.setAccessibleDescription(description)
        self.complaints.setToolTip(description)
