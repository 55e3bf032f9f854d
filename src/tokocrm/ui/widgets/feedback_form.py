"""Feedback from a member or a walk-in customer, in a few keystrokes: a digit 1-5 for the
stars, a comment, Enter. Used by the counter (F7) and the member profile's Feedback tab.

The form records through the service itself; the host shows it, calls `start()`, and reacts
to `recorded` (a FeedbackRow) or `cancelled`."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from tokocrm.domain.errors import TokoError
from tokocrm.domain.feedback import MAX_COMMENT, Channel
from tokocrm.services.actor import Actor
from tokocrm.services.container import Services
from tokocrm.services.feedback_dto import FeedbackInput, FeedbackRow
from tokocrm.ui import formatting
from tokocrm.ui.messages import message_for
from tokocrm.ui.theme import WARNING, set_tone
from tokocrm.ui.widgets.feedback_texts import channel_names, stars, walk_in

_RATING_KEYS = "12345"


class RatingInput(QFrame):
    """Five stars: a digit 1-5 while it has the focus, or a click on a star."""

    rated = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.value = 0
        self.setObjectName("ratingInput")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        # The frame holds no text cursor: the border shows that the digits land here.
        self.setStyleSheet("#ratingInput { border: 2px solid transparent; }"
                           "#ratingInput:focus { border-color: palette(highlight); }")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        self._buttons = []
        for rating in range(1, 6):
            button = QToolButton()
            button.setAutoRaise(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the frame keeps the keys
            button.setToolTip(self.tr("{rating} of 5").format(rating=rating))
            font = button.font()
            font.setPointSizeF(font.pointSizeF() * 1.6)
            button.setFont(font)
            button.clicked.connect(lambda _checked=False, rating=rating: self._rate(rating))
            layout.addWidget(button)
            self._buttons.append(button)
        layout.addStretch(1)
        self.set_value(0)

    def set_value(self, value: int) -> None:
        self.value = value
        for button, star in zip(self._buttons, stars(value), strict=True):
            button.setText(star)
        self.setAccessibleName(self.tr("Rating: {rating} of 5").format(rating=value)
                               if value else self.tr("Rating: press 1 to 5"))

    def _rate(self, value: int) -> None:
        self.set_value(value)
        self.rated.emit(value)

    def keyPressEvent(self, event) -> None:  # Qt override: the digits 1-5 rate
        if event.text() and event.text() in _RATING_KEYS:
            self._rate(int(event.text()))
            return
        super().keyPressEvent(event)


class FeedbackForm(QWidget):
    recorded = Signal(object)  # FeedbackRow
    cancelled = Signal()

    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services, self._actor = services, actor
        self._member_id: int | None = None
        self._purchase_id: int | None = None
        self._build()
        self.rating.rated.connect(self._on_rated)
        self._lay_out()

    def _build(self) -> None:
        self.who = QLabel()
        self.who.setObjectName("feedbackWho")
        self.rating = RatingInput()
        self.comment = QLineEdit()
        self.comment.setMaxLength(MAX_COMMENT)
        self.comment.setPlaceholderText(self.tr("What did the customer say?"))
        self.nps = QComboBox()  # empty by default: the question is not always asked
        self.nps.addItem("—", None)
        for score in range(11):
            self.nps.addItem(str(score), score)
        self.category = QComboBox()
        self.channel = QComboBox()
        for channel, name in channel_names().items():
            self.channel.addItem(name, channel.value)
        self.complaint = QCheckBox(self.tr("Complaint"))
        self.complaint_note = QLabel(self.tr("Rated 1 or 2: recorded as a complaint anyway."))
        set_tone(self.complaint_note, WARNING)
        self.about_purchase = QCheckBox()
        self.error = QLabel()
        self.error.setObjectName("formError")
        self.error.setWordWrap(True)
        set_tone(self.error, WARNING)
        self.save = QPushButton(self.tr("Save (Enter)"))
        self.save.clicked.connect(self._on_save)
        self.cancel = QPushButton(self.tr("Cancel (Esc)"))
        self.cancel.clicked.connect(self.cancelled)
        for button in (self.save, self.cancel):
            button.setAutoDefault(False)  # Enter saves wherever the focus is, in a dialog too

    def _lay_out(self) -> None:
        title = QLabel(self.tr("Feedback"))
        title.setObjectName("panelTitle")
        complaint = QHBoxLayout()
        complaint.addWidget(self.complaint)
        complaint.addWidget(self.complaint_note, 1)
        form = QFormLayout()  # in the order of the Tab key: the usual fields first
        form.addRow(self.tr("Customer"), self.who)
        form.addRow(self.tr("Rating (1-5)"), self.rating)
        form.addRow(self.tr("Comment"), self.comment)
        form.addRow(self.tr("Would recommend (0-10)"), self.nps)
        form.addRow(self.tr("Category"), self.category)
        form.addRow(self.tr("Channel"), self.channel)
        form.addRow("", complaint)
        form.addRow("", self.about_purchase)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save)
        buttons.addWidget(self.cancel)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        layout.addStretch(1)

    # -- starting ------------------------------------------------------------------------------
    def start(self, member_id: int | None) -> None:
        """A clean form for the member, or for a walk-in customer (None); the rating has the
        focus, so the first digit typed is the stars."""
        self._member_id = member_id
        name = (self._services.members.get(self._actor, member_id).name
                if member_id is not None else None)
        self.who.setText(name or walk_in())
        self._show_last_purchase(member_id)
        self._show_categories()
        self.rating.set_value(0)
        self.comment.clear()
        self.nps.setCurrentIndex(0)
        self.channel.setCurrentIndex(self.channel.findData(Channel.COUNTER.value))
        self.complaint.setChecked(False)
        self.complaint_note.hide()
        self.error.clear()
        self.rating.setFocus()

    def _show_categories(self) -> None:
        self.category.clear()
        for name in self._services.feedback.categories(self._actor):
            self.category.addItem(name, name)
        self.category.setCurrentIndex(self.category.count() - 1)  # the last: Lainnya, "other"

    def _show_last_purchase(self, member_id: int | None) -> None:
        last = (self._services.purchases.recent(self._actor, member_id, limit=1)
                if member_id is not None else [])
        self._purchase_id = last[0].id if last else None
        self.about_purchase.setChecked(False)
        self.about_purchase.setVisible(bool(last))
        if last:  # which purchase, so the cashier can tell it is the one meant
            self.about_purchase.setText(self.tr("About the last purchase ({amount}, {time})")
                                        .format(amount=formatting.rupiah(last[0].amount),
                                                time=formatting.moment(last[0].purchased_at)))

    # -- keys and saving ---------------------------------------------------------------------
    def _on_rated(self, rating: int) -> None:
        self.complaint_note.setVisible(rating <= 2)
        self.comment.setFocus()  # the usual next thing: what the customer said

    def keyPressEvent(self, event) -> None:  # Qt override: Enter saves, Esc cancels
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._on_save()
            return
        if event.key() == Qt.Key.Key_Escape:
            self.cancelled.emit()
            return
        super().keyPressEvent(event)

    def show_error(self, text: str) -> None:
        self.error.setText(text)

    def data(self) -> FeedbackInput:
        about = self.about_purchase.isChecked() and self.about_purchase.isVisibleTo(self)
        return FeedbackInput(
            rating=self.rating.value, member_id=self._member_id,
            purchase_id=self._purchase_id if about else None, nps=self.nps.currentData(),
            category=self.category.currentData(), channel=self.channel.currentData(),
            comment=self.comment.text() or None, complaint=self.complaint.isChecked())

    def _on_save(self) -> None:
        if not self.rating.value:  # the one thing a feedback needs
            self.show_error(self.tr("Press 1 to 5 for the rating first."))
            self.rating.setFocus()
            return
        try:
            row = self._services.feedback.record(self._actor, self.data())
        except TokoError as error:  # the form keeps what was typed, to be corrected
            self.show_error(message_for(error))
            return
        self.recorded.emit(row)

    def saved_text(self, row: FeedbackRow) -> str:
        """What the host says once `recorded`: when a case was opened, when it is due."""
        if row.case_id is None:
            return self.tr("Feedback saved.")
        return self.tr("Feedback saved; complaint case opened, due {due}.").format(
            due=formatting.moment(row.case_due_at))
