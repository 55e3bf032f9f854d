"""One complaint case beside the Feedback page's inbox: the feedback behind it, its history and
the shop's replies, and what can be done next (start, assign, resolve, reopen, reply). Every
change carries the version the user saw, so two tills cannot overwrite each other."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from tokocrm.domain.errors import StaleEdit, TokoError
from tokocrm.domain.feedback import CaseStatus, Channel
from tokocrm.services.actor import Actor
from tokocrm.services.container import Services
from tokocrm.services.feedback_dto import CaseDetail, CaseEventRow, FeedbackRow, ReplyRow
from tokocrm.ui import formatting
from tokocrm.ui.messages import message_for
from tokocrm.ui.theme import DONE, WARNING, set_tone
from tokocrm.ui.widgets.feedback_texts import (
    channel_names,
    event_names,
    stars,
    status_names,
    walk_in,
)


def member_text(feedback: FeedbackRow) -> str:
    """The member's name and card, or that it was a walk-in customer."""
    if feedback.member_id is None:
        return walk_in()
    name = feedback.member_name or ""
    return f"{name} ({feedback.member_card})" if feedback.member_card else name


class CasePanel(QWidget):
    """Shows one case (`show_case`) and changes it through the service; `changed` (the case's
    id) asks the page to reload its list, which then reloads this panel too."""

    changed = Signal(int)

    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._feedback, self._actor = services.feedback, actor
        self.detail: CaseDetail | None = None
        self.heading = QLabel(self.tr("Select a case in the list."))
        self.heading.setWordWrap(True)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.history, self.replies = QListWidget(), QListWidget()
        for listing in (self.history, self.replies):  # as tall as there is room for
            listing.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
            listing.setMinimumHeight(4 * listing.fontMetrics().lineSpacing())
            listing.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self._build_facts())
        layout.addWidget(self._boxed(self.tr("History"), self.history), 1)
        layout.addWidget(self._boxed(self.tr("Replies"), self.replies), 1)
        layout.addWidget(self._build_actions())
        layout.addWidget(self.message)
        self._update_actions()

    # -- building ----------------------------------------------------------------------------
    def _build_facts(self) -> QWidget:
        self.facts: dict[str, QLabel] = {}
        names = {"member": self.tr("Member"), "rating": self.tr("Rating"),
                 "nps": self.tr("Would recommend (0-10)"), "category": self.tr("Category"),
                 "channel": self.tr("Channel"), "purchase": self.tr("Purchase"),
                 "recorded": self.tr("Recorded"), "assignee": self.tr("Assigned to"),
                 "resolution": self.tr("Resolution"), "comment": self.tr("Comment")}
        box = QWidget()
        form = QFormLayout(box)
        form.setContentsMargins(0, 0, 0, 0)
        # Beside the inbox the panel is narrow (a third of 1366 px): lines wrap, never scroll.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for key, name in names.items():
            label = QLabel()
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.facts[key] = label
            form.addRow(name, label)
        return box

    @staticmethod
    def _boxed(title: str, widget: QWidget) -> QGroupBox:
        box = QGroupBox(title)
        QVBoxLayout(box).addWidget(widget)
        return box

    def _build_actions(self) -> QWidget:
        self.start_button = self._button(self.tr("Start"), self._on_start)
        self.assignee_edit = QLineEdit()
        self.assignee_edit.setPlaceholderText(self.tr("Who handles it"))
        self.assign_button = self._button(self.tr("Assign"), self._on_assign)
        self.note_edit = QLineEdit()
        self.resolve_button = self._button(self.tr("Resolve"), self._on_resolve)
        self.reopen_button = self._button(self.tr("Reopen"), self._on_reopen)
        self.channel_combo = QComboBox()
        for channel, name in channel_names().items():
            self.channel_combo.addItem(name, channel.value)
        self.reply_edit = QLineEdit()
        self.reply_edit.setPlaceholderText(self.tr("What the shop answered"))
        self.send_button = self._button(self.tr("Send"), self._on_reply)
        self.actions = QWidget()
        form = QFormLayout(self.actions)
        form.setContentsMargins(0, 0, 0, 0)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("Work"), self._row(self.start_button))
        form.addRow(self.tr("Assign to"), self._row(self.assignee_edit, self.assign_button))
        form.addRow(self.tr("Note"), self._row(self.note_edit, self.resolve_button,
                                               self.reopen_button))
        form.addRow(self.tr("Reply"), self._row(self.channel_combo, self.reply_edit,
                                                self.send_button))
        return self.actions

    @staticmethod
    def _button(text: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text)
        button.clicked.connect(slot)
        return button

    @staticmethod
    def _row(*widgets: QWidget) -> QHBoxLayout:
        row = QHBoxLayout()
        for widget in widgets:
            row.addWidget(widget, 1 if isinstance(widget, QLineEdit) else 0)
        if not any(isinstance(widget, QLineEdit) for widget in widgets):
            row.addStretch(1)
        return row

    # -- public ------------------------------------------------------------------------------
    def case_id(self) -> int | None:
        return self.detail.case.id if self.detail else None

    def load(self, case_id: int | None) -> None:
        """Show the case as it is now (None: nothing selected)."""
        if case_id != self.case_id():
            self.message.clear()
            self.note_edit.clear()
            self.reply_edit.clear()
        if case_id is None:
            self.show_case(None)
            return
        try:
            self.show_case(self._feedback.case(self._actor, case_id))
        except TokoError as error:
            self.show_case(None)
            self.say(message_for(error), error=True)

    def show_case(self, detail: CaseDetail | None) -> None:
        self.detail = detail
        self._show_facts(detail)
        self.history.clear()
        self.replies.clear()
        if detail is not None:
            self.history.addItems([self._event_text(e) for e in detail.history])
            self.replies.addItems([self._reply_text(r) for r in detail.replies])
            self.assignee_edit.setText(detail.case.assignee or "")
        self._update_actions()

    def say(self, text: str, error: bool = False) -> None:
        set_tone(self.message, WARNING if error else DONE)
        self.message.setText(text)

    # -- slots -------------------------------------------------------------------------------
    def _on_start(self) -> None:
        self._act(lambda f, c: f.start(self._actor, c.id, c.version), self.tr("Work started."))

    def _on_assign(self) -> None:
        name = self.assignee_edit.text()
        self._act(lambda f, c: f.assign(self._actor, c.id, name, c.version),
                  self.tr("Assigned.") if name.strip() else self.tr("No one is assigned now."))

    def _on_resolve(self) -> None:
        note = self.note_edit.text()
        if self._act(lambda f, c: f.resolve(self._actor, c.id, note, c.version),
                     self.tr("Resolved.")):
            self.note_edit.clear()

    def _on_reopen(self) -> None:
        reason = self.note_edit.text()
        if self._act(lambda f, c: f.reopen(self._actor, c.id, reason, c.version),
                     self.tr("Reopened.")):
            self.note_edit.clear()

    def _on_reply(self) -> None:
        channel, text = self.channel_combo.currentData(), self.reply_edit.text()
        if self._act(lambda f, c: f.reply(self._actor, c.feedback.id, channel, text),
                     self.tr("Reply saved.")):
            self.reply_edit.clear()

    # -- helpers -----------------------------------------------------------------------------
    def _act(self, change: Callable, done: str) -> bool:
        """Apply a change to the shown case; reload (through the page) when it went through
        or someone else changed the case meanwhile."""
        if self.detail is None:
            return False
        case = self.detail.case
        try:
            change(self._feedback, case)
        except StaleEdit as error:
            self.changed.emit(case.id)
            self.say(message_for(error), error=True)
            return False
        except TokoError as error:
            self.say(message_for(error), error=True)
            return False
        self.changed.emit(case.id)
        self.say(done)
        return True

    def _show_facts(self, detail: CaseDetail | None) -> None:
        for label in self.facts.values():
            label.clear()
        if detail is None:
            self.heading.setText(self.tr("Select a case in the list."))
            set_tone(self.heading, None)
            return
        case, feedback = detail.case, detail.case.feedback
        heading = self.tr("Case {id} · {status} · due {due}").format(
            id=case.id, status=status_names()[case.status], due=formatting.moment(case.due_at))
        if case.overdue:
            heading = self.tr("{case} · Overdue").format(case=heading)
        self.heading.setText(heading)
        set_tone(self.heading, WARNING if case.overdue else None)
        texts = {"member": member_text(feedback), "rating": stars(feedback.rating),
                 "nps": "" if feedback.nps is None else str(feedback.nps),
                 "category": feedback.category, "channel": channel_names()[feedback.channel],
                 "purchase": "" if feedback.purchase_id is None else str(feedback.purchase_id),
                 "recorded": self.tr("{when} by {who}").format(
                     when=formatting.moment(feedback.created_at), who=feedback.created_by),
                 "assignee": case.assignee or "", "resolution": case.resolution or "",
                 "comment": feedback.comment or ""}
        for key, text in texts.items():
            self.facts[key].setText(text)

    def _event_text(self, event: CaseEventRow) -> str:
        detail = event.detail
        if event.kind == "replied" and detail:
            channel, _, text = detail.partition(": ")
            if channel in {c.value for c in Channel}:
                detail = f"{channel_names()[Channel(channel)]}: {text}"
        elif event.kind == "assigned" and not detail:
            detail = self.tr("no one")
        line = self.tr("{when} · {event} by {who}").format(
            when=formatting.moment(event.created_at),
            event=event_names().get(event.kind, event.kind), who=event.created_by)
        return f"{line}: {detail}" if detail else line

    def _reply_text(self, reply: ReplyRow) -> str:
        return self.tr("{when} · {channel} by {who}: {text}").format(
            when=formatting.moment(reply.created_at), channel=channel_names()[reply.channel],
            who=reply.created_by, text=reply.text)

    def _update_actions(self) -> None:
        status = self.detail.case.status if self.detail else None
        self.actions.setEnabled(status is not None)
        self.start_button.setEnabled(status == CaseStatus.OPEN)
        self.resolve_button.setVisible(status != CaseStatus.RESOLVED)
        self.reopen_button.setVisible(status == CaseStatus.RESOLVED)
        self.note_edit.setPlaceholderText(
            self.tr("Why it is reopened") if status == CaseStatus.RESOLVED
            else self.tr("How it was resolved"))
