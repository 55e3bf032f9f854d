"""Who is at the counter: the login at start, the lock after idle time, and switching user.

The main window is built for one user (pages show what that user may do), so a different
user gets a new window in the same place; the same user unlocking keeps the window as it was
(unless their role, or this counter's name or branch, changed meanwhile).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QDialog

from tokocrm.domain.roles import Role
from tokocrm.services.actor import Actor
from tokocrm.services.container import Services
from tokocrm.ui.dialogs.first_start_dialog import FirstStartDialog
from tokocrm.ui.dialogs.login_dialog import LoginDialog
from tokocrm.ui.main_window import MainWindow
from tokocrm.ui.ui_state import UiState

# What counts as someone at the PC: a key, a click, the wheel (a scanner types keys).
_ACTIVITY = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.Wheel}
_SHOP_READER = Actor(username="(login)", role=Role.CASHIER)  # reads the shop's name only


def first_actor(services: Services) -> Actor | None:
    """The first start's owner, or whoever logs in; None when the user quits instead."""
    if services.users.needs_setup():
        dialog: QDialog = FirstStartDialog(services.users)
    else:
        dialog = LoginDialog(services.users, _shop_name(services))
    dialog.exec()
    return getattr(dialog, "actor", None)


class CounterSession(QObject):
    """Keeps the window of the user logged in, locks it when nobody touched the PC for the
    shop's idle time, and lets another user take over."""

    def __init__(self, services: Services, state: UiState, actor: Actor) -> None:
        super().__init__()
        self._services, self._state = services, state
        self.window = self._open(actor)
        self.idle = QTimer(self)
        self.idle.setSingleShot(True)
        self.idle.timeout.connect(self.lock)
        self._locked = False
        self._restart_idle()
        QApplication.instance().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt override
        if event.type() in _ACTIVITY and not self._locked:
            self.idle.start()
        return False

    def lock(self) -> None:
        """Hide what is on screen and ask who goes on; a different user gets their own window."""
        if self._locked:
            return
        self._locked = True
        self.window.centralWidget().hide()
        dialog = LoginDialog(self._services.users, _shop_name(self._services),
                             name=self.window.actor.username, locked=True, parent=self.window)
        self.login_dialog = dialog  # tests reach the open dialog here
        dialog.finished.connect(lambda _result: self._unlocked(dialog.actor))
        dialog.open()

    def _unlocked(self, actor: Actor | None) -> None:
        self._locked = False
        if actor is None:  # "Quit" while locked: nobody may see the window again
            self.window.close()
            return
        if actor != self.window.actor:  # another user, or a new role, till or branch
            old, self.window = self.window, self._open(actor)
            self.window.restoreGeometry(old.saveGeometry())
            old.close()
            old.deleteLater()
        self.window.centralWidget().show()
        self._restart_idle()

    def _open(self, actor: Actor) -> MainWindow:
        window = MainWindow(self._services, self._state, actor)
        window.switch_user_action.triggered.connect(self.lock)
        window.show()
        return window

    def _restart_idle(self) -> None:
        minutes = self._services.users.idle_lock_minutes(self.window.actor)
        self.idle.setInterval(minutes * 60_000)
        self.idle.start()


def _shop_name(services: Services) -> str:
    return services.settings.get(_SHOP_READER, "shop_name", "") or ""
