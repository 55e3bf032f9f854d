"""A member's messages in the profile: every WhatsApp message sent or copied for them, newest
first, with who sent which template from which till (the Follow-up page sends them)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tokocrm.domain.errors import TokoError
from tokocrm.services.actor import Actor
from tokocrm.services.container import Services
from tokocrm.services.messages import MessageRow
from tokocrm.ui import formatting
from tokocrm.ui.messages import message_for
from tokocrm.ui.widgets.followup_texts import channel_names

TIME, SENT_BY, TILL, TEMPLATE, CHANNEL, TEXT = range(6)


class MemberMessages(QWidget):
    def __init__(self, services: Services, actor: Actor, member_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._messages, self._actor, self._member_id = services.messages, actor, member_id
        self.rows: list[MessageRow] = []
        self.table = QTableWidget(0, 6)
        self.table.setObjectName("member_messages")
        self.table.setHorizontalHeaderLabels([
            self.tr("Time"), self.tr("Sent by"), self.tr("Till"), self.tr("Template"),
            self.tr("How"), self.tr("Message")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TEXT, QHeaderView.ResizeMode.Stretch)
        self.empty = QLabel(self.tr("No messages were sent to this member yet."))
        self.message = QLabel()
        self.message.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.message)

    def load(self) -> None:
        try:
            self.rows = self._messages.timeline(self._actor, self._member_id)
        except TokoError as error:
            self.message.setText(message_for(error))
            return
        self.table.setRowCount(len(self.rows))
        for index, row in enumerate(self.rows):
            for column, text in enumerate(self._cells(row)):
                item = QTableWidgetItem(text)
                if column == TEXT:
                    item.setToolTip(row.text)  # the whole message, line breaks and all
                self.table.setItem(index, column, item)
        self.empty.setVisible(not self.rows)

    def _cells(self, row: MessageRow) -> tuple[str, ...]:
        # An erased member's messages keep who, when and which template; the text is gone.
        text = " ".join(row.text.split()) or self.tr("(erased)")
        return (formatting.moment(row.sent_at), row.sent_by, row.till, row.template_name or "",
                channel_names()[row.channel], text)
