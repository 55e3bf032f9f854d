"""A member's feedback in the profile: newest first, with the case each complaint opened
(overdue ones marked) and the shop's replies, and "Add feedback…" with the counter's form."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tokocrm.domain.roles import Permission, allows
from tokocrm.services.actor import Actor
from tokocrm.services.container import Services
from tokocrm.services.feedback_dto import FeedbackRow, ReplyRow
from tokocrm.ui import formatting
from tokocrm.ui.theme import WARNING
from tokocrm.ui.theme import color as theme_color
from tokocrm.ui.widgets.feedback_form import FeedbackForm
from tokocrm.ui.widgets.feedback_texts import channel_names, stars, status_names

COMMENT_COLUMN, CASE_COLUMN, REPLIES_COLUMN = 4, 5, 6


class MemberFeedback(QWidget):
    recorded = Signal(int)  # the new feedback's id

    def __init__(self, services: Services, actor: Actor, member_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services, self._actor, self._member_id = services, actor, member_id
        self.rows: list[FeedbackRow] = []
        self.table = QTableWidget(0, 7)
        self.table.setHorizontalHeaderLabels([
            self.tr("Time"), self.tr("Rating"), self.tr("Category"), self.tr("Channel"),
            self.tr("Comment"), self.tr("Case"), self.tr("Replies")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # What the customer said and what the shop answered share the room left.
        header.setSectionResizeMode(COMMENT_COLUMN, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(REPLIES_COLUMN, QHeaderView.ResizeMode.Stretch)
        self.add_button = QPushButton(self.tr("Add feedback…"))
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self._on_add)
        self.add_button.setVisible(allows(actor.role, Permission.RECORD_FEEDBACK))
        self.form = FeedbackForm(services, actor)
        self.form.hide()
        self.form.recorded.connect(self._on_recorded)
        self.form.cancelled.connect(self._close_form)
        self.message = QLabel()
        self.message.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignRight)
        layout.addWidget(self.form)
        layout.addWidget(self.message)

    def load(self) -> None:
        self.rows = self._services.feedback.feedback(self._actor, self._member_id)
        replies = self._services.feedback.replies(self._actor, [row.id for row in self.rows])
        self.table.setRowCount(len(self.rows))
        for index, row in enumerate(self.rows):
            answered = replies.get(row.id, [])
            cells = (formatting.moment(row.created_at), stars(row.rating), row.category,
                     channel_names()[row.channel], row.comment or "",
                     self._case_text(row), self._replies_text(answered))
            for column, text in enumerate(cells):
                self.table.setItem(index, column, QTableWidgetItem(text))
            self.table.item(index, REPLIES_COLUMN).setToolTip(self._replies_tip(answered))
            if row.case_overdue:
                self._mark_overdue(self.table.item(index, CASE_COLUMN))

    def _case_text(self, row: FeedbackRow) -> str:
        if row.case_status is None:
            return ""
        status = status_names()[row.case_status]
        if row.case_overdue:
            return self.tr("{status} · overdue").format(status=status)
        return status

    def _replies_text(self, replies: list[ReplyRow]) -> str:
        """The last reply on one line (the tooltip has them all), with how many there were."""
        if not replies:
            return ""
        last = " ".join(replies[-1].text.split())
        if len(replies) == 1:
            return last
        return self.tr("{count} replies, last: {text}").format(count=len(replies), text=last)

    def _replies_tip(self, replies: list[ReplyRow]) -> str:
        return "\n".join(self.tr("{time} · {channel} · {who}: {text}").format(
            time=formatting.moment(reply.created_at), channel=channel_names()[reply.channel],
            who=reply.created_by, text=reply.text) for reply in replies)

    @staticmethod
    def _mark_overdue(item: QTableWidgetItem) -> None:
        item.setForeground(QBrush(theme_color(WARNING)))
        font = item.font()
        font.setBold(True)
        item.setFont(font)

    def _on_add(self) -> None:
        self.message.clear()
        self.add_button.hide()
        self.form.show()
        self.form.start(self._member_id)

    def _close_form(self) -> None:
        self.form.hide()
        self.add_button.show()
        self.add_button.setFocus()

    def _on_recorded(self, row: FeedbackRow) -> None:
        self._close_form()
        self.load()
        self.message.setText(self.form.saved_text(row))
        self.recorded.emit(row.id)
