"""This counter's till and branch (in Settings → General → This computer). Each installation
names its own; the branch is picked from the shop's list (or a new one typed), so every
counter spells it the same. Only the owner may rename; others see the names."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
)

from tokocrm import config
from tokocrm.domain.errors import TokoError
from tokocrm.domain.places import MAX_NAME
from tokocrm.domain.roles import Permission, allows
from tokocrm.services.actor import Actor
from tokocrm.services.container import Services
from tokocrm.ui.messages import message_for


class CounterSettings(QObject):
    """The fields, added to the "This computer" form by `add_to`, so they line up with it."""

    def __init__(self, services: Services, actor: Actor, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._services, self._actor = services, actor
        place = services.users.place
        self.till = QLineEdit(place.till)
        self.till.setMaxLength(MAX_NAME)
        self.branch = QComboBox()
        self.branch.setEditable(True)
        self.branch.addItems(services.settings.branches(actor))
        self.branch.lineEdit().setMaxLength(MAX_NAME)
        self.branch.lineEdit().setPlaceholderText(self.tr("None: the shop has one place"))
        self.branch.setCurrentText(place.branch)
        self.save_button = QPushButton(self.tr("Save counter name"))
        self.save_button.clicked.connect(self.save)
        self.result = QLabel()
        self.result.setWordWrap(True)
        if not allows(actor.role, Permission.CHANGE_SETTINGS):
            for edit in (self.till, self.branch, self.save_button):
                edit.setEnabled(False)
            self.result.setText(self.tr("Only the owner names the counter."))

    def add_to(self, form: QFormLayout) -> None:
        form.addRow(self.tr("Till"), self.till)
        form.addRow(self.tr("Branch"), self.branch)
        row = QHBoxLayout()
        row.addWidget(self.result, 1)
        row.addWidget(self.save_button)
        form.addRow("", row)

    def save(self) -> None:
        try:
            place = self._services.settings.name_counter(
                self._actor, self.till.text(), self.branch.currentText())
            config.save_place(place.till, place.branch)
        except (TokoError, OSError) as error:
            self.result.setText(message_for(error) if isinstance(error, TokoError)
                                else str(error))
            return
        self._services.users.place = place
        self.till.setText(place.till)
        if self.branch.findText(place.branch) < 0 and place.branch:
            self.branch.addItem(place.branch)
        self.branch.setCurrentText(place.branch)
        self.result.setText(self.tr(
            "Saved. Purchases, points and feedback are recorded as {till} at {branch} from "
            "the next login (F12).").format(
            till=place.till, branch=place.branch or self.tr("the shop")))
