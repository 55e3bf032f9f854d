"""First start: the shop's name and its owner's account, before anything else opens."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from tokocrm.domain.errors import TokoError
from tokocrm.domain.users import MIN_PASSWORD, SecretKind
from tokocrm.services.actor import Actor
from tokocrm.services.users import UserService
from tokocrm.ui.messages import message_for
from tokocrm.ui.theme import WARNING, set_tone


class FirstStartDialog(QDialog):
    """`actor` is the new owner, logged in, once the dialog is accepted."""

    def __init__(self, users: UserService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._users = users
        self.actor: Actor | None = None
        self.setWindowTitle(self.tr("Welcome to TokoCRM"))
        self.setMinimumWidth(520)  # room for a long shop name and the hints
        intro = QLabel(self.tr(
            "Name your shop and make the owner's account. The owner adds cashiers and "
            "bookkeepers later in Settings → Users."))
        intro.setWordWrap(True)
        self.shop_name = QLineEdit()
        self.shop_name.setObjectName("shop_name")
        self.owner_name = QLineEdit()
        self.owner_name.setObjectName("owner_name")
        self.password = _secret_edit("owner_password")
        self.repeat = _secret_edit("owner_repeat")
        self.error = QLabel()
        self.error.setObjectName("first_start_error")
        set_tone(self.error, WARNING)
        self.error.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Shop name"), self.shop_name)
        form.addRow(self.tr("Owner's user name"), self.owner_name)
        form.addRow(self.tr("Password (at least {count} characters)").format(
            count=MIN_PASSWORD), self.password)
        form.addRow(self.tr("Password again"), self.repeat)
        buttons = QDialogButtonBox()
        self.create_button = buttons.addButton(self.tr("Create and open"),
                                               QDialogButtonBox.ButtonRole.AcceptRole)
        self.create_button.setDefault(True)
        buttons.addButton(self.tr("Quit TokoCRM"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self._create)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def _create(self) -> None:
        if self.password.text() != self.repeat.text():
            self.error.setText(self.tr("The two passwords differ; type them again."))
            self.repeat.clear()
            return
        try:
            self.actor = self._users.create_owner(
                self.shop_name.text(), self.owner_name.text(), self.password.text(),
                SecretKind.PASSWORD)
        except TokoError as error:
            self.error.setText(message_for(error))
            return
        self.accept()


def _secret_edit(name: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit
