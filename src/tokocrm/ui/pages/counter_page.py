"""The cashier's page: one search box, the member, a purchase, a new member — keys only.

F2 search · Enter open the top hit or record · F3 new member · F4 profile · F6 use points ·
F7 feedback (Shift+F7 from a walk-in customer) · Esc back.
A barcode scan anywhere on the page lands in the search and opens the member.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from tokocrm.domain import phone as phones
from tokocrm.domain.errors import DuplicatePhone, TokoError
from tokocrm.domain.roles import Permission, allows
from tokocrm.services.actor import Actor
from tokocrm.services.container import Services
from tokocrm.services.dto import MemberInput, PurchaseInput, PurchaseRow
from tokocrm.services.feedback_dto import FeedbackRow
from tokocrm.ui import formatting, theme
from tokocrm.ui.dialogs.member_profile_dialog import MemberProfileDialog
from tokocrm.ui.messages import message_for
from tokocrm.ui.widgets.feedback_form import FeedbackForm
from tokocrm.ui.widgets.member_summary import MemberSummary
from tokocrm.ui.widgets.purchase_form import PurchaseForm
from tokocrm.ui.widgets.register_form import RegisterForm
from tokocrm.ui.widgets.scan_detector import ScanDetector

SEARCH_DELAY_MS = 120  # results follow typing without a query per keystroke
HINT, MEMBER, REGISTER, FEEDBACK = range(4)


class CounterPage(QWidget):
    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services, self._actor = services, actor
        self.member = None  # the MemberDetail on the counter
        self._build()
        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._timer.timeout.connect(self._run_search)
        self.search.textChanged.connect(lambda _text: self._timer.start())
        self.search.returnPressed.connect(self._on_search_enter)
        self.search.installEventFilter(self)
        self.results.itemActivated.connect(self._on_result_activated)
        self.purchase.record_requested.connect(self._on_record)
        self.purchase.points.redeem_requested.connect(self._on_redeem_only)
        self.register.submitted.connect(self._on_register)
        self.register.cancelled.connect(self._back_to_search)
        self.register.open_existing.connect(self.open_member)
        self.feedback.recorded.connect(self._on_feedback)
        self.feedback.cancelled.connect(self._back_to_search)
        self.scanner = ScanDetector(self)
        self.scanner.scanned.connect(self._on_scanned)
        for key, slot in (("F2", self.focus_search), ("F3", self.start_register),
                          ("F4", self.open_profile), ("F6", self.focus_points),
                          ("F7", self.start_feedback),
                          ("Shift+F7", lambda: self.start_feedback(walk_in=True))):
            QShortcut(QKeySequence(key), self, slot,
                      context=Qt.ShortcutContext.WidgetWithChildrenShortcut)

    # -- building --------------------------------------------------------------------------
    def _build(self) -> None:
        self.search = QLineEdit()
        self.search.setObjectName("counterSearch")
        self.search.setPlaceholderText(self.tr("Scan a card, or type a phone number or name (F2)"))
        self.search.setClearButtonEnabled(True)
        _enlarge(self.search, 1.5)
        self.results = QListWidget()
        self.results.setObjectName("counterResults")
        _enlarge(self.results, 1.2)
        new_member = QPushButton(self.tr("New member (F3)"))
        new_member.clicked.connect(self.start_register)
        self.feedback_button = QPushButton(self.tr("Feedback (F7)"))
        self.feedback_button.setToolTip(self.tr("Shift+F7: feedback from a walk-in customer"))
        self.feedback_button.clicked.connect(lambda: self.start_feedback())
        self.feedback_button.setVisible(self._can_record_feedback())
        self.summary = MemberSummary()
        self.purchase = PurchaseForm(
            can_backdate=allows(self._actor.role, Permission.BACKDATE_PURCHASE),
            can_redeem=allows(self._actor.role, Permission.REDEEM_POINTS))
        self.profile_button = QPushButton(self.tr("Profile (F4)"))
        self.profile_button.clicked.connect(self.open_profile)
        self.register = RegisterForm()
        self.feedback = FeedbackForm(self._services, self._actor)
        self.hint = QLabel(self.tr("Scan a member card or search above. "
                                   "No card yet? Press F3 to register."))
        self.hint.setWordWrap(True)
        self.message = QLabel()
        self.message.setObjectName("counterMessage")
        self.message.setWordWrap(True)
        self.panel = QStackedWidget()
        for page in (self.hint, self._member_view(), self.register, self.feedback):
            self.panel.addWidget(page)
        self._lay_out(new_member, self.feedback_button)

    def _member_view(self) -> QWidget:
        view = QWidget()
        layout = QVBoxLayout(view)
        layout.setContentsMargins(6, 0, 0, 0)  # the page's own margins are around it
        layout.addWidget(self.summary)
        layout.addWidget(self.profile_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.purchase)
        layout.addStretch(1)
        return view

    def _lay_out(self, *buttons: QPushButton) -> None:
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        for button in buttons:
            top.addWidget(button)
        body = QHBoxLayout()
        body.addWidget(self.results, 2)
        body.addWidget(self.panel, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.message)
        layout.addLayout(body, 1)

    def showEvent(self, event) -> None:  # Qt override: categories may have changed
        self.purchase.set_categories(self._services.categories.list(self._actor))
        self.scanner.watch(self)
        super().showEvent(event)
        self.focus_search()

    # -- searching ---------------------------------------------------------------------------
    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _run_search(self) -> None:
        self._timer.stop()
        rows = self._services.members.find(self._actor, self.search.text())
        self.results.clear()
        for row in rows:
            label = f"{row.name}  ·  {formatting.phone(row.phone)}  ·  {row.card}"
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            self.results.addItem(item)
        if rows:
            self.results.setCurrentRow(0)
        elif self.search.text().strip():
            self._say(self.tr("No member found. Press F3 to register."), error=True)

    def _on_search_enter(self) -> None:
        if self._timer.isActive():  # typed faster than the results followed: search now
            self._run_search()
        item = self.results.currentItem()
        if item is not None:
            self.open_member(item.data(Qt.ItemDataRole.UserRole))

    def _on_result_activated(self, item: QListWidgetItem) -> None:
        self.open_member(item.data(Qt.ItemDataRole.UserRole))

    def _on_scanned(self, code: str) -> None:
        self.search.setText(code)
        self._run_search()
        self._on_search_enter()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # arrows move the hits
        if watched is self.search and event.type() == QEvent.Type.KeyPress:
            step = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1}.get(event.key())
            if step and self.results.count():
                row = min(max(self.results.currentRow() + step, 0), self.results.count() - 1)
                self.results.setCurrentRow(row)
                return True
        return super().eventFilter(watched, event)

    # -- the member on the counter ---------------------------------------------------------
    def open_member(self, member_id: int) -> None:
        self.member = self._services.members.get(self._actor, member_id)
        stats = self._services.purchases.stats(self._actor, member_id)
        points = self._services.loyalty.standing(self._actor, member_id)
        segment = self._services.segments.of_member(self._actor, member_id)
        complaints = self._services.feedback.open_complaints(self._actor, member_id)
        self.summary.show_member(self.member, stats, points, segment, complaints)
        loyalty = self._services.loyalty
        self.purchase.points.set_member(points.balance, loyalty.rewards(self._actor),
                                        loyalty.rules(self._actor))
        self.purchase.clear()
        self.panel.setCurrentIndex(MEMBER)
        self.purchase.amount.setFocus()

    def focus_points(self) -> None:
        if self.member is not None and self.purchase.points.isVisibleTo(self):
            self.purchase.points.choice.setFocus()

    def open_profile(self) -> None:
        if self.member is None:
            return
        self.profile = MemberProfileDialog(self._services, self._actor, self.member.id, self)
        self.profile.finished.connect(lambda _result: self._reopen_current())
        self.profile.open()

    def _reopen_current(self) -> None:
        if self.member is not None:
            self.open_member(self.member.id)

    def _on_record(self) -> None:
        if self.member is None:
            return
        amount = self.purchase.amount.amount()
        if amount is None:  # why: empty, not an amount, or one that could mean two
            self._say(message_for(self.purchase.amount.refusal()), error=True)
            return
        reward_id, pay_points = self.purchase.points.selection()
        data = PurchaseInput(member_id=self.member.id, amount=amount,
                             reward_id=reward_id, pay_points=pay_points,
                             at=self.purchase.when_value(),
                             receipt=self.purchase.receipt.text() or None,
                             items_count=self.purchase.items.value() or None,
                             category_ids=self.purchase.checked_category_ids(),
                             note=self.purchase.note.text() or None)
        try:
            row = self._services.purchases.record(self._actor, data)
        except TokoError as error:
            self._say(message_for(error), error=True)
            return
        self.open_member(self.member.id)
        self._say(self._recorded_text(row))
        self.focus_search()

    def _recorded_text(self, row: PurchaseRow) -> str:
        if row.discount:
            return self.tr("Recorded {amount} for {name} after {discount} off with points: "
                           "+{points} points.").format(
                amount=formatting.rupiah(row.amount), name=self.member.name,
                discount=formatting.rupiah(row.discount), points=row.points_earned)
        return self.tr("Recorded {amount} for {name}: +{points} points.").format(
            amount=formatting.rupiah(row.amount), name=self.member.name,
            points=row.points_earned)

    def _on_redeem_only(self) -> None:
        reward = self.purchase.points.selected_reward()
        if self.member is None or reward is None:
            return
        try:
            done = self._services.loyalty.redeem(self._actor, self.member.id, reward.id)
        except TokoError as error:
            self._say(message_for(error), error=True)
            return
        self.open_member(self.member.id)
        self._say(self.tr("{reward} redeemed for {name}: {points} points used, {left} left.")
                  .format(reward=reward.name, name=self.member.name, points=done.points,
                          left=done.balance_after))
        self.focus_search()

    # -- feedback ----------------------------------------------------------------------------
    def _can_record_feedback(self) -> bool:
        return allows(self._actor.role, Permission.RECORD_FEEDBACK)

    def start_feedback(self, walk_in: bool = False) -> None:
        """The member's feedback; a walk-in's when asked, or with no member on the counter."""
        if not self._can_record_feedback():
            return
        self.panel.setCurrentIndex(FEEDBACK)  # shown first: start() gives it the focus
        self.feedback.start(None if walk_in or self.member is None else self.member.id)

    def _on_feedback(self, row: FeedbackRow) -> None:
        if self.member is not None and row.member_id == self.member.id:  # the badge may change
            self.summary.show_open_complaints(
                self._services.feedback.open_complaints(self._actor, self.member.id))
        self._say(self.feedback.saved_text(row))
        self._back_to_search()

    # -- registering -------------------------------------------------------------------------
    def start_register(self) -> None:
        typed = self.search.text().strip()
        is_number = phones.phone_prefix(typed) is not None or phones.parse_mobile(typed)
        self.register.start(name="" if is_number else typed, phone=typed if is_number else "")
        self.panel.setCurrentIndex(REGISTER)

    def _on_register(self, data: MemberInput) -> None:
        try:
            member = self._services.members.register(self._actor, data)
        except DuplicatePhone as error:
            self.register.offer_member(message_for(error), error.params["member_id"],
                                       str(error.params["name"]))
            return
        except TokoError as error:
            self.register.show_error(message_for(error))
            return
        self.open_member(member.id)
        self._say(self.tr("Registered {name}, card {card}.").format(
            name=member.name, card=member.card))

    def _back_to_search(self) -> None:
        self.panel.setCurrentIndex(MEMBER if self.member else HINT)
        self.focus_search()

    def _say(self, text: str, error: bool = False) -> None:
        theme.set_tone(self.message, theme.WARNING if error else theme.DONE)
        self.message.setText(text)


def _enlarge(widget: QWidget, factor: float) -> None:
    font = widget.font()
    font.setPointSizeF(font.pointSizeF() * factor)
    widget.setFont(font)
