"""The owner's Users tab (in Settings): who may log in, with which role and by password or PIN;
adding a user, changing the selected user's role, switching them off or on, giving them a new
password or PIN; and how long a counter may be left alone before it locks itself. Each button
saves at once, as the categories do; a refused change says why and keeps what was typed."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tokocrm.domain.errors import TokoError
from tokocrm.domain.roles import Role
from tokocrm.domain.users import IDLE_LOCK_MINUTES, MIN_PASSWORD, PIN_DIGITS, SecretKind
from tokocrm.services.actor import Actor
from tokocrm.services.container import Services
from tokocrm.services.users import UserRow
from tokocrm.ui import formatting
from tokocrm.ui.messages import message_for
from tokocrm.ui.theme import set_tone
from tokocrm.ui.widgets.role_names import role_name
from tokocrm.ui.widgets.save_bar import DONE, ERROR
from tokocrm.ui.widgets.user_texts import capital, secret_kind_name, secret_kind_word

NAME, ROLE, LOGIN, ACTIVE, LOCKED = range(5)
T = TypeVar("T")
MAX_WIDTH = 820  # as the other settings tabs: names and PINs need no full width


class SecretFields(QWidget):
    """PIN or password, typed twice: a typing slip must not lock a cashier out."""

    def __init__(self, prefix: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pin = QRadioButton(secret_kind_name(SecretKind.PIN))
        self.pin.setObjectName(f"{prefix}_pin")
        self.password = QRadioButton(secret_kind_name(SecretKind.PASSWORD))
        self.password.setObjectName(f"{prefix}_password")
        self._kinds = QButtonGroup(self)
        for button in (self.pin, self.password):
            self._kinds.addButton(button)
        self.pin.setChecked(True)  # what a cashier types fastest at the counter
        self.secret, self.repeat = _hidden(f"{prefix}_secret"), _hidden(f"{prefix}_repeat")
        self.hint = QLabel()
        self.pin.toggled.connect(self._show_hint)
        kinds = QHBoxLayout()
        kinds.setContentsMargins(0, 0, 0, 0)
        kinds.addWidget(self.pin)
        kinds.addWidget(self.password)
        kinds.addStretch(1)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Logs in with"), kinds)
        form.addRow(self.tr("PIN or password"), self.secret)
        form.addRow(self.tr("Again"), self.repeat)
        form.addRow("", self.hint)
        self._show_hint()

    def kind(self) -> SecretKind:
        return SecretKind.PIN if self.pin.isChecked() else SecretKind.PASSWORD

    def matches(self) -> bool:
        return self.secret.text() == self.repeat.text()

    def clear(self) -> None:
        self.secret.clear()
        self.repeat.clear()

    def _show_hint(self) -> None:
        low, high = PIN_DIGITS
        self.hint.setText(
            self.tr("{low} to {high} digits.").format(low=low, high=high)
            if self.kind() is SecretKind.PIN
            else self.tr("At least {count} characters.").format(count=MIN_PASSWORD))


def _hidden(name: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


class UsersSettings(QWidget):
    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._users, self._actor = services.users, actor
        self.users: list[UserRow] = []
        self.setMaximumWidth(MAX_WIDTH)
        self.notice = QLabel()
        self.notice.setObjectName("users_notice")
        self.notice.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self._build_users())
        layout.addWidget(self.notice)
        layout.addWidget(self._build_add())
        layout.addWidget(self._build_lock())
        layout.addStretch(1)
        self.load()

    # -- building ----------------------------------------------------------------------------
    def _build_users(self) -> QGroupBox:
        table = self.table = QTableWidget(0, 5)
        table.setObjectName("users_table")
        table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Role"), self.tr("Logs in with"),
                                         self.tr("Active"), self.tr("Locked until")])
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.verticalHeader().hide()
        table.horizontalHeader().setStretchLastSection(True)
        table.setMinimumHeight(160)
        table.itemSelectionChanged.connect(self._show_selected)
        box = QGroupBox(self.tr("Users"))
        layout = QVBoxLayout(box)
        layout.addWidget(table)
        layout.addWidget(self._build_selected())
        return box

    def _build_selected(self) -> QWidget:
        """What the owner can change about the user selected in the table."""
        self.role = _role_combo("user_role")
        self.change_role_button = _button(self.tr("Change role"), "change_role",
                                          self._on_change_role)
        self.active_button = _button(self.tr("Switch off"), "toggle_active",
                                     self._on_toggle_active)
        self.new_secret = SecretFields("new")
        self.set_secret_button = _button(self.tr("Set new PIN or password"), "set_secret",
                                         self._on_set_secret)
        role_row = QHBoxLayout()
        for widget in (self.role, self.change_role_button, self.active_button):
            role_row.addWidget(widget)
        role_row.addStretch(1)
        self.selected_box = QGroupBox(self.tr("Selected user"))
        form = QFormLayout(self.selected_box)
        form.addRow(self.tr("Role"), role_row)
        form.addRow(self.new_secret)
        form.addRow("", self.set_secret_button)
        return self.selected_box

    def _build_add(self) -> QGroupBox:
        self.new_name = QLineEdit()
        self.new_name.setObjectName("new_name")
        self.new_role = _role_combo("new_role")
        self.new_role.setCurrentIndex(self.new_role.findData(Role.CASHIER.value))
        self.add_secret = SecretFields("add")
        self.add_button = _button(self.tr("Add user"), "add_user", self._on_add)
        box = QGroupBox(self.tr("Add a user"))
        form = QFormLayout(box)
        form.addRow(self.tr("User name"), self.new_name)
        form.addRow(self.tr("Role"), self.new_role)
        form.addRow(self.add_secret)
        form.addRow("", self.add_button)
        return box

    def _build_lock(self) -> QGroupBox:
        self.idle_minutes = QSpinBox()
        self.idle_minutes.setObjectName("idle_minutes")
        self.idle_minutes.setRange(*IDLE_LOCK_MINUTES)
        self.idle_minutes.setSuffix(" " + self.tr("minutes"))
        self.save_idle_button = _button(self.tr("Save"), "save_idle", self._on_save_idle)
        row = QHBoxLayout()
        row.addWidget(self.idle_minutes)
        row.addWidget(self.save_idle_button)
        row.addStretch(1)
        hint = QLabel(self.tr("A counter nobody touches for this long locks itself; whoever "
                              "comes next logs in again."))
        hint.setWordWrap(True)
        box = QGroupBox(self.tr("Screen lock"))
        form = QFormLayout(box)
        form.addRow(self.tr("Lock after"), row)
        form.addRow("", hint)
        return box

    # -- public ------------------------------------------------------------------------------
    def load(self, select_id: int | None = None) -> None:
        """Show the users and the idle time in force, keeping (or moving to) a selection."""
        keep = select_id if select_id is not None else self._selected_id()
        try:
            self.users = self._users.users(self._actor)
            self.idle_minutes.setValue(self._users.idle_lock_minutes(self._actor))
        except TokoError as error:
            self._say(message_for(error), error=True)
            return
        self._fill_table()
        rows = [i for i, user in enumerate(self.users) if user.id == keep]
        if rows:
            self.table.selectRow(rows[0])
        self._show_selected()

    def selected(self) -> UserRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.users[rows[0].row()] if rows else None

    # -- slots -------------------------------------------------------------------------------
    def _on_add(self) -> None:
        fields = self.add_secret
        if not self._secrets_match(fields):
            return
        name, role = self.new_name.text(), Role(self.new_role.currentData())
        done, added = self._attempt(lambda: self._users.add(
            self._actor, name, role, fields.secret.text(), fields.kind()))
        if not done:
            return
        self.new_name.clear()
        fields.clear()
        self.load(select_id=added.id)
        self._say(self.tr("Added {name} as {role}; they log in with their {kind}.").format(
            name=added.username, role=role_name(added.role),
            kind=secret_kind_word(added.secret_kind)))

    def _on_change_role(self) -> None:
        user, role = self.selected(), Role(self.role.currentData())
        if user is not None and self._attempt(lambda: self._users.change(
                self._actor, user.id, role=role))[0]:
            self.load()
            self._say(self.tr("{name} is now {role}.").format(name=user.username,
                                                             role=role_name(role)))

    def _on_toggle_active(self) -> None:
        user = self.selected()
        if user is None or not self._attempt(lambda: self._users.change(
                self._actor, user.id, active=not user.active))[0]:
            return
        self.load()
        self._say(self.tr("{name} can log in again.").format(name=user.username)
                  if not user.active else
                  self.tr("{name} is switched off and can no longer log in.").format(
                      name=user.username))

    def _on_set_secret(self) -> None:
        user, fields = self.selected(), self.new_secret
        if user is None or not self._secrets_match(fields):
            return
        if self._attempt(lambda: self._users.change(
                self._actor, user.id, secret=fields.secret.text(), kind=fields.kind()))[0]:
            fields.clear()
            self.load()
            self._say(self.tr("{name} now logs in with the new {kind}.").format(
                name=user.username, kind=secret_kind_word(fields.kind())))

    def _on_save_idle(self) -> None:
        minutes = self.idle_minutes.value()
        if self._attempt(lambda: self._users.set_idle_lock_minutes(self._actor, minutes))[0]:
            self._say(self.tr("Saved: a counter left alone for {minutes} minutes locks "
                              "itself.").format(minutes=minutes))

    def _show_selected(self) -> None:
        user = self.selected()
        self.selected_box.setEnabled(user is not None)
        if user is None:
            self.selected_box.setTitle(self.tr("Selected user: none (choose one in the list)"))
            return
        self.selected_box.setTitle(self.tr("Selected user: {name}").format(name=user.username))
        self.role.setCurrentIndex(self.role.findData(user.role.value))
        self.active_button.setText(self.tr("Switch off") if user.active
                                   else self.tr("Switch on"))

    # -- helpers -----------------------------------------------------------------------------
    def _fill_table(self) -> None:
        self.table.setRowCount(len(self.users))
        now = datetime.now()
        for row, user in enumerate(self.users):
            locked = user.locked_until if user.locked_until and user.locked_until > now else None
            cells = (user.username, capital(role_name(user.role)),
                     secret_kind_name(user.secret_kind),
                     self.tr("Yes") if user.active else self.tr("No"),
                     formatting.moment(locked))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, user.id)
                self.table.setItem(row, column, item)

    def _selected_id(self) -> int | None:
        user = self.selected()
        return None if user is None else user.id

    def _secrets_match(self, fields: SecretFields) -> bool:
        if fields.matches():
            return True
        fields.repeat.clear()
        fields.repeat.setFocus()
        self._say(self.tr("The two PINs differ; type the PIN again in both fields.")
                  if fields.kind() is SecretKind.PIN else
                  self.tr("The two passwords differ; type the password again in both fields."),
                  error=True)
        return False

    def _attempt(self, action: Callable[[], T]) -> tuple[bool, T | None]:
        """Whether the service did it, and its answer; a refusal is said in the notice."""
        try:
            return True, action()
        except TokoError as error:  # the fields keep what was typed, to be corrected
            self._say(message_for(error), error=True)
            return False, None

    def _say(self, text: str, error: bool = False) -> None:
        set_tone(self.notice, ERROR if error else DONE)
        self.notice.setText(text)


def _role_combo(name: str) -> QComboBox:
    combo = QComboBox()
    combo.setObjectName(name)
    for role in Role:
        combo.addItem(capital(role_name(role)), role.value)
    return combo


def _button(text: str, name: str, slot: Callable[[], None]) -> QPushButton:
    button = QPushButton(text)
    button.setObjectName(name)
    button.clicked.connect(slot)
    return button
