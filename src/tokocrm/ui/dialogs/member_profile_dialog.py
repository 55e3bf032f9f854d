"""A member's profile: editable details, totals, purchase history, voiding a purchase, the
points ledger, and the member's feedback.

Open it with `open()`. Save keeps the dialog open on the saved values and emits `saved`."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from tokocrm.domain.errors import TokoError
from tokocrm.domain.members import Gender, MemberStatus
from tokocrm.domain.roles import Permission, allows
from tokocrm.services.actor import Actor
from tokocrm.services.container import Services
from tokocrm.services.dto import MemberDetail, MemberStats, PurchaseRow
from tokocrm.ui import formatting
from tokocrm.ui.cards.card_printing import CardPrinting
from tokocrm.ui.messages import message_for
from tokocrm.ui.screen_fit import resize_within_screen
from tokocrm.ui.theme import WARNING, set_tone
from tokocrm.ui.widgets.member_feedback import MemberFeedback
from tokocrm.ui.widgets.member_messages import MemberMessages
from tokocrm.ui.widgets.member_privacy import MemberPrivacy
from tokocrm.ui.widgets.points_history import PointsHistory
from tokocrm.ui.widgets.segment_texts import describe

HISTORY_LIMIT = 200
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class MemberProfileDialog(QDialog):
    saved = Signal(int)  # member id, after the details were saved
    purchase_voided = Signal(int)  # purchase id

    def __init__(self, services: Services, actor: Actor, member_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._actor = actor
        self._member_id = member_id
        self._detail: MemberDetail | None = None
        self._purchases: list[PurchaseRow] = []
        self.setWindowTitle(self.tr("Member"))
        resize_within_screen(self, 1100, 680)
        details = self._build_details()
        totals = self._build_totals()
        history = self._build_history()
        self._build_buttons()
        self._lay_out(details, totals, history)
        self._load()

    # -- building --------------------------------------------------------------------------
    def _build_details(self) -> QGroupBox:
        self.card_label, self.joined_label, self.referrer_label = QLabel(), QLabel(), QLabel()
        self.name_edit, self.phone_edit, self.email_edit = QLineEdit(), QLineEdit(), QLineEdit()
        self.phone_edit.setPlaceholderText("0812-3456-7890")
        self.birthday_known = QCheckBox(self.tr("Known"))
        self.birthday_edit = QDateEdit(QDate(1990, 1, 1))
        self.birthday_edit.setCalendarPopup(True)
        self.birthday_edit.setDisplayFormat("dd/MM/yyyy")
        self.birthday_edit.setDateRange(QDate(1900, 1, 1), QDate.currentDate())
        self.birthday_known.toggled.connect(self.birthday_edit.setEnabled)
        self.gender_combo = _combo((("—", None), (self.tr("Female"), Gender.FEMALE.value),
                                    (self.tr("Male"), Gender.MALE.value)))
        self.address_edit, self.notes_edit = QPlainTextEdit(), QPlainTextEdit()
        for edit in (self.address_edit, self.notes_edit):
            edit.setFixedHeight(self.fontMetrics().height() * 4)
        self.consent_check = QCheckBox(self.tr("Agrees to receive offers"))
        self.status_combo = _combo(((self.tr("Active"), MemberStatus.ACTIVE.value),
                                    (self.tr("Inactive"), MemberStatus.INACTIVE.value)))
        return _group(self.tr("Details"), (
            (self.tr("Card"), self.card_label), (self.tr("Joined"), self.joined_label),
            (self.tr("Name"), self.name_edit), (self.tr("Phone"), self.phone_edit),
            (self.tr("E-mail"), self.email_edit),
            (self.tr("Birthday"), _row((self.birthday_known, 0), (self.birthday_edit, 1))),
            (self.tr("Gender"), self.gender_combo), (self.tr("Address"), self.address_edit),
            (self.tr("Notes"), self.notes_edit), (self.tr("Marketing"), self.consent_check),
            (self.tr("Status"), self.status_combo), (self.tr("Referred by"), self.referrer_label),
        ))

    def _build_totals(self) -> QGroupBox:
        self.visits_label, self.spend_label, self.average_label = QLabel(), QLabel(), QLabel()
        self.first_label, self.last_label, self.favourites_label = QLabel(), QLabel(), QLabel()
        self.segment_label = QLabel()
        return _group(self.tr("Totals"), (
            (self.tr("Visits"), self.visits_label), (self.tr("Total spend"), self.spend_label),
            (self.tr("Average basket"), self.average_label),
            (self.tr("First visit"), self.first_label), (self.tr("Last visit"), self.last_label),
            (self.tr("Favourite categories"), self.favourites_label),
            (self.tr("Segment"), self.segment_label),
        ))

    def _build_history(self) -> QTabWidget:
        self.history = QTableWidget(0, 6)
        self.history.setHorizontalHeaderLabels([
            self.tr("Time"), self.tr("Amount"), self.tr("Receipt"), self.tr("Items"),
            self.tr("Categories"), self.tr("Voided")])
        self.history.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.history.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history.verticalHeader().hide()
        header = self.history.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)  # <= 200 rows
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.history.itemSelectionChanged.connect(self._update_void_button)
        self.void_button = QPushButton(self.tr("Void…"))
        self.void_button.setAutoDefault(False)
        self.void_button.clicked.connect(self._on_void_clicked)
        self.void_button.setVisible(allows(self._actor.role, Permission.VOID_PURCHASE))
        purchases = QWidget()
        layout = QVBoxLayout(purchases)
        layout.addWidget(self.history, 1)
        layout.addWidget(self.void_button, 0, Qt.AlignmentFlag.AlignRight)
        layout.addWidget(self._build_void_panel())
        self.points = PointsHistory(self._services, self._actor, self._member_id)
        self.tabs = QTabWidget()
        self.tabs.addTab(purchases, self.tr("Purchases"))
        self.tabs.addTab(self.points, self.tr("Points"))
        self.feedback = MemberFeedback(self._services, self._actor, self._member_id)
        self.tabs.addTab(self.feedback, self.tr("Feedback"))
        self.messages = MemberMessages(self._services, self._actor, self._member_id)
        self.tabs.addTab(self.messages, self.tr("Messages"))
        return self.tabs

    def _build_void_panel(self) -> QWidget:
        """The reason for a void, asked inline (a QInputDialog would block)."""
        self.void_reason = QLineEdit()
        self.void_reason.setPlaceholderText(self.tr("Why is this purchase voided?"))
        self.void_reason.textChanged.connect(self._update_void_button)
        self.void_confirm = QPushButton(self.tr("Void purchase"))
        self.void_confirm.clicked.connect(self._on_void_confirmed)
        self.void_cancel = QPushButton(self.tr("Cancel"))
        self.void_cancel.setAutoDefault(False)
        self.void_cancel.clicked.connect(self._close_void_panel)
        self.void_panel = QWidget()
        self.void_panel.setLayout(_row((QLabel(self.tr("Reason")), 0), (self.void_reason, 1),
                                       (self.void_confirm, 0), (self.void_cancel, 0)))
        self.void_panel.hide()
        return self.void_panel

    def _build_buttons(self) -> None:
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.privacy = MemberPrivacy(self._services, self._actor, self._member_id)
        self.privacy.erased.connect(self._load)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.save_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Save)
        self.save_button.clicked.connect(self._on_save_clicked)
        self.save_button.setDefault(True)
        self.buttons.rejected.connect(self.reject)
        self._build_card_button()

    def _build_card_button(self) -> None:
        self.card_printing = CardPrinting(self._services, self._actor, self)
        self.card_printing.said.connect(self._say)
        self.card_printing.failed.connect(self._say_error)
        self.print_card_button = self.buttons.addButton(
            self.tr("Print card…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.print_card_button.setAutoDefault(False)
        self.print_card_button.clicked.connect(self._on_print_card_clicked)
        self.print_card_button.setVisible(allows(self._actor.role, Permission.REGISTER_MEMBER))

    def _lay_out(self, details: QGroupBox, totals: QGroupBox, history: QTabWidget) -> None:
        right = QVBoxLayout()
        right.addWidget(totals)
        right.addWidget(history, 1)
        columns = QHBoxLayout()
        columns.addWidget(details, 2)
        columns.addLayout(right, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.privacy)
        layout.addWidget(self.buttons)

    # -- loading and showing ---------------------------------------------------------------
    def _load(self) -> None:
        try:
            self._show_detail(self._services.members.get(self._actor, self._member_id))
            self._load_purchases()
            self.feedback.load()
            self.messages.load()
        except TokoError as error:
            self._say(message_for(error), error=True)
            self.save_button.setEnabled(False)

    def _load_purchases(self) -> None:
        self._show_stats(self._services.purchases.stats(self._actor, self._member_id))
        self.segment_label.setText(describe(
            self._services.segments.of_member(self._actor, self._member_id)))
        self._show_history(self._services.purchases.recent(
            self._actor, self._member_id, limit=HISTORY_LIMIT))
        self.points.load()  # a void changes the points too

    def _show_detail(self, detail: MemberDetail) -> None:
        self._detail = detail
        # The stored placeholder is English; say it in the user's language.
        name = self.tr("Erased member") if detail.erased_at is not None else detail.name
        self.setWindowTitle(self.tr("Member {card}: {name}").format(card=detail.card, name=name))
        self.card_label.setText(detail.card)
        self.joined_label.setText(formatting.day(detail.joined_on))
        self.referrer_label.setText(self._referrer_text(detail.referred_by_id))
        self.name_edit.setText(name)
        self.phone_edit.setText(formatting.phone(detail.phone))
        self.email_edit.setText(detail.email or "")
        self.birthday_known.setChecked(detail.birthday is not None)
        self.birthday_edit.setEnabled(detail.birthday is not None)
        if detail.birthday is not None:
            self.birthday_edit.setDate(formatting.to_qdate(detail.birthday))
        self.gender_combo.setCurrentIndex(max(0, self.gender_combo.findData(
            detail.gender.value if detail.gender else None)))
        self.address_edit.setPlainText(detail.address or "")
        self.notes_edit.setPlainText(detail.notes or "")
        self.consent_check.setChecked(detail.marketing_consent)
        self.consent_check.setText(
            self.tr("Agrees to receive offers (since {day})").format(
                day=formatting.day(detail.consent_at.date()))
            if detail.marketing_consent and detail.consent_at
            else self.tr("Agrees to receive offers"))
        self.privacy.card = detail.card
        self.privacy.setVisible(detail.erased_at is None)
        self._show_status(detail.status, erased=detail.erased_at is not None)

    def _show_status(self, status: str, erased: bool = False) -> None:
        if status == MemberStatus.MERGED and self.status_combo.findData(status) < 0:
            self.status_combo.addItem(self.tr("Merged into another member"), status)
        self.status_combo.setCurrentIndex(max(0, self.status_combo.findData(status)))
        editable = (allows(self._actor.role, Permission.EDIT_MEMBER)
                    and status != MemberStatus.MERGED and not erased)
        for edit in (self.name_edit, self.phone_edit, self.email_edit, self.address_edit,
                     self.notes_edit):
            edit.setReadOnly(not editable)
        for widget in (self.birthday_known, self.gender_combo, self.consent_check,
                       self.status_combo):
            widget.setEnabled(editable)
        self.save_button.setVisible(editable)
        self.print_card_button.setEnabled(status != MemberStatus.MERGED and not erased)

    def _referrer_text(self, referrer_id: int | None) -> str:
        if referrer_id is None:
            return "—"
        try:
            referrer = self._services.members.get(self._actor, referrer_id)
        except TokoError as error:
            return message_for(error)
        return self.tr("{name} (card {card})").format(name=referrer.name, card=referrer.card)

    def _show_stats(self, stats: MemberStats) -> None:
        self.visits_label.setText(QLocale().toString(stats.visits))
        self.spend_label.setText(formatting.rupiah(stats.total_spend))
        self.average_label.setText(formatting.rupiah(stats.average_basket))
        self.first_label.setText(formatting.moment(stats.first_visit) or "—")
        self.last_label.setText(formatting.moment(stats.last_visit) or "—")
        self.favourites_label.setText(", ".join(
            f"{name} ({QLocale().toString(n)})" for name, n in stats.favourite_categories) or "—")

    def _show_history(self, purchases: list[PurchaseRow]) -> None:
        self._purchases = purchases
        self.history.clearContents()
        self.history.setRowCount(len(purchases))
        for row, purchase in enumerate(purchases):
            for column, text in enumerate(self._history_cells(purchase)):
                item = QTableWidgetItem(text)
                if column in (1, 3):
                    item.setTextAlignment(_RIGHT)
                if purchase.voided:
                    font = item.font()
                    font.setStrikeOut(True)
                    item.setFont(font)
                self.history.setItem(row, column, item)
        self._update_void_button()

    def _history_cells(self, purchase: PurchaseRow) -> tuple[str, ...]:
        voided = self.tr("Voided: {reason}").format(reason=purchase.void_reason or "")
        return (formatting.moment(purchase.purchased_at), formatting.rupiah(purchase.amount),
                purchase.receipt or "",
                QLocale().toString(purchase.items_count) if purchase.items_count else "",
                ", ".join(purchase.categories), voided if purchase.voided else "")

    def _say(self, text: str, error: bool = False) -> None:
        set_tone(self.message, WARNING if error else None)
        self.message.setText(text)

    def _say_error(self, text: str) -> None:
        self._say(text, error=True)

    def _on_print_card_clicked(self) -> None:
        self.card_printing.print_cards([self._member_id])

    # -- saving ----------------------------------------------------------------------------
    def changes(self) -> dict[str, Any]:
        """The fields whose widgets differ from the member as last loaded."""
        if self._detail is None:
            return {}
        before = _values_of(self._detail)
        return {k: v for k, v in self._form_values().items() if v != before[k]}

    def _form_values(self) -> dict[str, Any]:
        gender = self.gender_combo.currentData()
        return {
            "name": " ".join(self.name_edit.text().split()),
            "phone": self.phone_edit.text().strip(),
            "email": self.email_edit.text().strip() or None,
            "birthday": (formatting.from_qdate(self.birthday_edit.date())
                         if self.birthday_known.isChecked() else None),
            "gender": Gender(gender) if gender else None,
            "address": self.address_edit.toPlainText().strip() or None,
            "notes": self.notes_edit.toPlainText().strip() or None,
            "marketing_consent": self.consent_check.isChecked(),
            "status": self.status_combo.currentData(),
        }

    def _on_save_clicked(self) -> None:
        changes = self.changes()
        if self._detail is None or not changes:
            self._say(self.tr("Nothing to save: no field was changed."))
            return
        try:
            detail = self._services.members.update(
                self._actor, self._member_id, changes, expected_version=self._detail.version)
        except TokoError as error:  # a StaleEdit too: someone else saved the member meanwhile
            self._say(message_for(error), error=True)
            return
        self._show_detail(detail)
        self._say(self.tr("Saved."))
        self.saved.emit(detail.id)

    # -- voiding ---------------------------------------------------------------------------
    def selected_purchase(self) -> PurchaseRow | None:
        rows = self.history.selectionModel().selectedRows()
        return self._purchases[rows[0].row()] if rows else None

    def _update_void_button(self) -> None:
        purchase = self.selected_purchase()
        can_void = purchase is not None and not purchase.voided
        self.void_button.setEnabled(can_void)
        self.void_confirm.setEnabled(can_void and bool(self.void_reason.text().strip()))

    def _on_void_clicked(self) -> None:
        self.void_panel.show()
        self.void_confirm.setDefault(True)  # Enter in the reason confirms, it does not Save
        self.void_reason.setFocus()

    def _close_void_panel(self) -> None:
        self.void_reason.clear()
        self.void_panel.hide()
        self.save_button.setDefault(True)

    def _on_void_confirmed(self) -> None:
        purchase = self.selected_purchase()
        if purchase is None:
            return
        try:
            self._services.purchases.void(self._actor, purchase.id, self.void_reason.text())
        except TokoError as error:
            self._say(message_for(error), error=True)
            return
        self._close_void_panel()
        self._load_purchases()
        self._say(self.tr("Purchase voided."))
        self.purchase_voided.emit(purchase.id)


def _values_of(detail: MemberDetail) -> dict[str, Any]:
    """The member as the form shows it, to tell which fields the user changed."""
    return {
        "name": detail.name, "phone": formatting.phone(detail.phone), "email": detail.email,
        "birthday": detail.birthday, "gender": detail.gender, "address": detail.address,
        "notes": detail.notes, "marketing_consent": detail.marketing_consent,
        "status": detail.status,
    }


def _group(title: str, rows: Iterable[tuple[str, QWidget | QLayout]]) -> QGroupBox:
    box = QGroupBox(title)
    form = QFormLayout()
    for label, field in rows:
        form.addRow(label, field)
    layout = QVBoxLayout(box)
    layout.addLayout(form)
    layout.addStretch(1)  # spare height below the fields, not between them
    return box


def _row(*widgets: tuple[QWidget, int]) -> QHBoxLayout:
    row = QHBoxLayout()
    row.setContentsMargins(0, 0, 0, 0)
    for widget, stretch in widgets:
        row.addWidget(widget, stretch)
    return row


def _combo(items: Iterable[tuple[str, str | None]]) -> QComboBox:
    combo = QComboBox()
    for label, value in items:
        combo.addItem(label, value)
    return combo
