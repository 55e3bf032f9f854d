"""The owner's WhatsApp message templates (in Settings): a list of them (retired ones marked),
and a form to write one: its name, whether it is a promotion (sent only to members who agreed
to offers) or a service message (to anyone), and its text with placeholders, inserted with a
click. New starts an empty form; Save adds or changes; Retire takes one out of the choice
(messages sent with it keep its name) and Bring back returns it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from tokocrm.domain.errors import TokoError
from tokocrm.domain.whatsapp import MAX_NAME, PLACEHOLDERS, TemplateKind
from tokocrm.services.actor import Actor
from tokocrm.services.messages import MessageService, TemplateRow
from tokocrm.ui.messages import message_for
from tokocrm.ui.theme import set_tone
from tokocrm.ui.widgets import followup_texts
from tokocrm.ui.widgets.save_bar import DONE, ERROR

MAX_WIDTH = 980
PLACEHOLDER_COLUMNS = 2


class MessageTemplates(QWidget):
    def __init__(self, messages: MessageService, actor: Actor,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._messages, self._actor = messages, actor
        self.templates: list[TemplateRow] = []
        self.editing: TemplateRow | None = None  # None: a new template
        self.setMaximumWidth(MAX_WIDTH)
        self.list = QListWidget()
        self.list.setObjectName("template_list")
        self.list.currentRowChanged.connect(self._on_chosen)
        self.new_button = QPushButton(self.tr("New template"))
        self.new_button.clicked.connect(self.start_new)
        left = QVBoxLayout()
        left.addWidget(self.list, 1)
        left.addWidget(self.new_button)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 2)
        layout.addWidget(self._build_form(), 3)
        self.load()

    # -- building ----------------------------------------------------------------------------
    def _build_form(self) -> QGroupBox:
        self.name = QLineEdit()
        self.name.setMaxLength(MAX_NAME)
        self.name.setPlaceholderText(self.tr("e.g. Birthday greeting"))
        self.kind = QComboBox()
        for kind, label in followup_texts.kind_names().items():
            self.kind.addItem(label, kind.value)
        self.body = QPlainTextEdit()
        self.body.setObjectName("template_body")
        self.body.setPlaceholderText(self.tr("Halo {nama}, selamat ulang tahun dari {toko}!"))
        self.save_button = QPushButton(self.tr("Save template"))
        self.save_button.clicked.connect(self.save)
        self.retire_button = QPushButton()
        self.retire_button.clicked.connect(self._on_retire_clicked)
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.retire_button)
        buttons.addStretch(1)
        box = QGroupBox(self.tr("Template"))
        form = QFormLayout(box)
        form.addRow(self.tr("Name"), self.name)
        kind_hint = QLabel(self.tr("A promotion goes only to members who agreed to receive "
                                   "offers; a service message (a complaint's answer, a "
                                   "reminder) goes to anyone."))
        kind_hint.setWordWrap(True)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow("", kind_hint)
        form.addRow(self.tr("Message"), self.body)
        form.addRow(self.tr("Insert"), self._placeholder_buttons())
        form.addRow(buttons)
        form.addRow(self.notice)
        return box

    def _placeholder_buttons(self) -> QWidget:
        """One button per placeholder, saying what it is filled in with."""
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        meanings = followup_texts.placeholder_help()
        for index, name in enumerate(PLACEHOLDERS):
            button = QToolButton()
            button.setText(f"{{{name}}}")
            button.setToolTip(meanings[name])
            button.clicked.connect(lambda _checked=False, n=name: self.insert(n))
            hint = QLabel(meanings[name])
            row, column = divmod(index, PLACEHOLDER_COLUMNS)
            grid.addWidget(button, row, column * 2)
            grid.addWidget(hint, row, column * 2 + 1)
        holder = QWidget()
        holder.setLayout(grid)
        return holder

    # -- public ------------------------------------------------------------------------------
    def load(self, chosen_id: int | None = None) -> None:
        """Every template, offered ones first; `chosen_id` stays selected."""
        try:
            found = self._messages.templates(self._actor, include_retired=True)
        except TokoError as error:
            self._say(message_for(error), error=True)
            return
        self.templates = sorted(found, key=lambda t: not t.active)  # stable: by name within
        self.list.blockSignals(True)
        self.list.clear()
        for template in self.templates:
            self.list.addItem(self._item(template))
        self.list.blockSignals(False)
        ids = [t.id for t in self.templates]
        if chosen_id in ids:
            self.list.setCurrentRow(ids.index(chosen_id))
        else:
            self.start_new()

    def start_new(self) -> None:
        self.list.blockSignals(True)
        self.list.setCurrentRow(-1)
        self.list.blockSignals(False)
        self._show(None)

    def insert(self, placeholder: str) -> None:
        self.body.insertPlainText(f"{{{placeholder}}}")
        self.body.setFocus()

    def save(self) -> None:
        name, kind, body = self.name.text(), self.kind.currentData(), self.body.toPlainText()
        try:
            if self.editing is None:
                saved = self._messages.add_template(self._actor, name, kind, body)
            else:
                saved = self._messages.update_template(self._actor, self.editing.id, name=name,
                                                       kind=kind, body=body)
        except TokoError as error:  # the form keeps what was typed, to be corrected
            self._say(message_for(error), error=True)
            return
        self.load(saved.id)
        self._say(self.tr("Saved: {name} can be chosen on the Follow-up page.").format(
            name=saved.name))

    # -- slots -------------------------------------------------------------------------------
    def _on_chosen(self, row: int) -> None:
        self._show(self.templates[row] if 0 <= row < len(self.templates) else None)

    def _on_retire_clicked(self) -> None:
        if self.editing is None:
            return
        active = not self.editing.active
        try:
            saved = self._messages.set_template_active(self._actor, self.editing.id, active)
        except TokoError as error:
            self._say(message_for(error), error=True)
            return
        self.load(saved.id)
        self._say(self.tr("{name} can be chosen again.").format(name=saved.name) if active
                  else self.tr("Retired: {name} is no longer offered; messages sent with it "
                               "keep its name.").format(name=saved.name))

    # -- helpers -----------------------------------------------------------------------------
    def _show(self, template: TemplateRow | None) -> None:
        self.editing = template
        self.name.setText(template.name if template else "")
        kind = template.kind if template else TemplateKind.SERVICE
        self.kind.setCurrentIndex(self.kind.findData(kind.value))
        self.body.setPlainText(template.body if template else "")
        self.retire_button.setVisible(template is not None)
        self.retire_button.setText(self.tr("Retire") if template is None or template.active
                                   else self.tr("Bring back"))
        self.notice.clear()

    def _item(self, template: TemplateRow) -> QListWidgetItem:
        kind = followup_texts.kind_names()[template.kind]
        text = self.tr("{name} ({kind})").format(name=template.name, kind=kind)
        if not template.active:
            text = self.tr("{template}, retired").format(template=text)
        item = QListWidgetItem(text)
        if not template.active:
            item.setForeground(self.palette().placeholderText())
        item.setData(Qt.ItemDataRole.UserRole, template.id)
        return item

    def _say(self, text: str, error: bool = False) -> None:
        set_tone(self.notice, ERROR if error else DONE)
        self.notice.setText(text)
