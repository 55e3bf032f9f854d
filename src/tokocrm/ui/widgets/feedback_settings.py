"""The owner's feedback settings (in Settings): how many hours the shop gives itself to resolve
a complaint, and the categories feedback is filed under. The hours are saved with Save (Undo
brings back the hours in force); a category is added, retired or brought back at once, as the
product categories on the General tab are."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from tokocrm.domain.errors import TokoError
from tokocrm.services.actor import Actor
from tokocrm.services.feedback import FeedbackService
from tokocrm.ui.messages import message_for
from tokocrm.ui.theme import set_tone
from tokocrm.ui.widgets.save_bar import DONE, ERROR, SaveBar

# The domain's limits (check_due_hours): a day's worth of hours up to 30 days.
MIN_HOURS, MAX_HOURS = 1, 24 * 30
MAX_WIDTH = 820  # as the General tab: a number of hours and short names need no full width


class FeedbackSettings(QWidget):

    def __init__(self, feedback: FeedbackService, actor: Actor,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._feedback, self._actor = feedback, actor
        self.setMaximumWidth(MAX_WIDTH)
        layout = QVBoxLayout(self)
        layout.addWidget(self._build_hours())
        layout.addWidget(self._build_categories())
        layout.addStretch(1)
        self.load()

    # -- building ----------------------------------------------------------------------------
    def _build_hours(self) -> QGroupBox:
        self.due_hours = QSpinBox()
        self.due_hours.setRange(MIN_HOURS, MAX_HOURS)
        self.due_hours.setSuffix(" " + self.tr("hours"))
        self.due_hours.setAlignment(Qt.AlignmentFlag.AlignRight)
        hint = QLabel(self.tr("Cases already open keep the due time they were given."))
        hint.setWordWrap(True)
        self.bar = SaveBar(self.tr("Save hours"), self._on_save_clicked, self._on_undo_clicked)
        # The bar's parts, as tests and callers know them.
        self.save_button, self.undo_button = self.bar.save_button, self.bar.undo_button
        self.notice = self.bar.notice
        box = QGroupBox(self.tr("Complaint cases"))
        hours_row = QHBoxLayout()
        hours_row.addWidget(self.due_hours)
        hours_row.addStretch(1)  # a number of hours needs no wide field; the hint may be wide
        form = QFormLayout(box)
        form.addRow(self.tr("Hours to resolve a complaint"), hours_row)
        form.addRow("", hint)
        form.addRow(self.bar)  # inside the box: Save and Undo are about the hours only
        return box

    def _build_categories(self) -> QGroupBox:
        self.categories = QListWidget()
        self.categories.itemChanged.connect(self._on_category_ticked)
        self.new_category = QLineEdit()
        self.new_category.setPlaceholderText(self.tr("New category, e.g. Parkir"))
        self.new_category.returnPressed.connect(self._on_add_category)
        self.add_button = QPushButton(self.tr("Add"))
        self.add_button.clicked.connect(self._on_add_category)
        add_row = QHBoxLayout()
        add_row.addWidget(self.new_category, 1)
        add_row.addWidget(self.add_button)
        self.categories_notice = QLabel()
        self.categories_notice.setWordWrap(True)
        box = QGroupBox(self.tr("Feedback categories (untick to retire)"))
        layout = QVBoxLayout(box)
        layout.addWidget(QLabel(self.tr(
            "A retired category is no longer offered; past feedback keeps it.")))
        layout.addWidget(self.categories)
        layout.addLayout(add_row)
        layout.addWidget(self.categories_notice)
        return box

    # -- public ------------------------------------------------------------------------------
    def load(self) -> None:
        """Show what is in force, dropping hours typed and not saved."""
        try:
            self.due_hours.setValue(self._feedback.due_hours(self._actor))
            self._load_categories()
        except TokoError as error:
            self.bar.say(message_for(error), error=True)

    def _load_categories(self) -> None:
        active = set(self._feedback.categories(self._actor))
        # Ticks set here are not the owner's: no itemChanged, or loading would save them.
        self.categories.blockSignals(True)
        self.categories.clear()
        for name in self._feedback.categories(self._actor, include_inactive=True):
            item = QListWidgetItem(name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if name in active
                               else Qt.CheckState.Unchecked)
            self.categories.addItem(item)
        self.categories.blockSignals(False)

    # -- slots: the hours --------------------------------------------------------------------
    def _on_save_clicked(self) -> None:
        hours = self.due_hours.value()
        try:
            self._feedback.set_due_hours(self._actor, hours)
        except TokoError as error:  # the form keeps what was typed, to be corrected
            self.due_hours.setFocus()
            self.bar.say(message_for(error), error=True)
            return
        self.bar.say(self.tr("Saved: new complaint cases are due this many hours after they "
                             "come in."))

    def _on_undo_clicked(self) -> None:
        self.load()
        self.bar.say(self.tr("Back to the hours in force."))

    # -- slots: the categories ---------------------------------------------------------------
    def _on_add_category(self) -> None:
        try:
            name = self._feedback.add_category(self._actor, self.new_category.text())
        except TokoError as error:  # the field keeps the name, to be corrected
            self._say(message_for(error), error=True)
            return
        self.new_category.clear()
        self._load_categories()
        self._say(self.tr("Added: {name} can be chosen for new feedback.").format(name=name))

    def _on_category_ticked(self, item: QListWidgetItem) -> None:
        name, active = item.text(), item.checkState() == Qt.CheckState.Checked
        try:
            self._feedback.set_category_active(self._actor, name, active)
        except TokoError as error:
            self._load_categories()  # the tick goes back to what is in force
            self._say(message_for(error), error=True)
            return
        self._say(self.tr("{name} can be chosen again.").format(name=name) if active
                  else self.tr("Retired: {name} is no longer offered; past feedback keeps "
                               "it.").format(name=name))

    def _say(self, text: str, error: bool = False) -> None:
        set_tone(self.categories_notice, ERROR if error else DONE)
        self.categories_notice.setText(text)
