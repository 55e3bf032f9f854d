"""Log in, unlock, or switch the cashier: a user name and a password or PIN."""

from __future__ import annotations

from PySide6.QtCore import Qt
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
from tokocrm.services.actor import Actor
from tokocrm.services.users import UserService
from tokocrm.ui.messages import message_for
from tokocrm.ui.theme import WARNING, set_tone


class LoginDialog(QDialog):
    """`actor` is who logged in once the dialog is accepted. Rejecting it quits the app (at
    start) or leaves the app locked (see ui.session)."""

    def __init__(self, users: UserService, shop_name: str, *, name: str = "",
                 locked: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._users = users
        self.actor: Actor | None = None
        self.setWindowTitle(self.tr("TokoCRM: log in"))
        self.setMinimumWidth(440)
        heading = QLabel(f"<b>{shop_name or 'TokoCRM'}</b>")
        heading.setStyleSheet("font-size: 16pt;")
        hint = QLabel(self.tr("Locked. Log in to go on, or let the next cashier log in.")
                      if locked else self.tr("Log in with your name and password or PIN."))
        hint.setWordWrap(True)
        self.name = QLineEdit(name)
        self.name.setObjectName("login_name")
        self.secret = QLineEdit()
        self.secret.setObjectName("login_secret")
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = QLabel()
        self.error.setObjectName("login_error")
        set_tone(self.error, WARNING)
        self.error.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("User name"), self.name)
        form.addRow(self.tr("Password or PIN"), self.secret)
        buttons = QDialogButtonBox()
        self.login_button = buttons.addButton(self.tr("Log in"),
                                              QDialogButtonBox.ButtonRole.AcceptRole)
        self.login_button.setDefault(True)
        self.quit_button = buttons.addButton(self.tr("Quit TokoCRM"),
                                             QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self._log_in)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (heading, hint):
            layout.addWidget(widget)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        (self.secret if name else self.name).setFocus(Qt.FocusReason.OtherFocusReason)

    def _log_in(self) -> None:
        try:
            self.actor = self._users.login(self.name.text(), self.secret.text())
        except TokoError as error:
            self.error.setText(message_for(error))
            self.secret.clear()  # the next try starts empty, as at a card terminal
            self.secret.setFocus()
            return
        self.accept()
