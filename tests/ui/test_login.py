"""Who is at the counter: first start, login, role-shaped windows, idle lock and switching."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QApplication

from tokocrm.domain.roles import Role
from tokocrm.domain.users import SecretKind
from tokocrm.services.actor import Actor
from tokocrm.ui.app import run_gui
from tokocrm.ui.dialogs.first_start_dialog import FirstStartDialog
from tokocrm.ui.dialogs.login_dialog import LoginDialog
from tokocrm.ui.main_window import MainWindow
from tokocrm.ui.session import CounterSession

PIN = SecretKind.PIN


def titles(window: MainWindow) -> list[str]:
    return [window.nav.item(row).text() for row in range(window.nav.count())]


def top(kind):
    return next((w for w in QApplication.topLevelWidgets()
                 if isinstance(w, kind) and w.isVisible()), None)


def run_app(qapp, shop, tmp_path, monkeypatch, *steps):
    """Start the real app; each step runs on the event loop once its dialog or window is up."""
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    seen: list[MainWindow] = []
    pending = list(steps)

    def tick():
        if pending and pending[0]():
            pending.pop(0)
        window = top(MainWindow)
        if not pending and window is not None:
            seen.append(window)
            window.close()
            QCoreApplication.quit()
            return
        QTimer.singleShot(50, tick)

    QTimer.singleShot(50, tick)
    qapp.setQuitOnLastWindowClosed(False)  # else closing posts a second quit that would end
    try:                                   # the next test's event loops at once
        code = run_gui(shop, tmp_path / "tokocrm.log")
    finally:
        qapp.setQuitOnLastWindowClosed(True)
    return code, seen


def test_first_start_names_the_shop_and_creates_the_owner(qapp, shop, tmp_path, monkeypatch):
    def fill_in() -> bool:
        dialog = top(FirstStartDialog)
        if dialog is None:
            return False
        dialog.shop_name.setText("Toko Maju Jaya")
        dialog.owner_name.setText("Bu Rina")
        dialog.password.setText("rahasia-123")
        dialog.repeat.setText("rahasia-12")  # a typo: refused, nothing made
        dialog.create_button.click()
        assert "differ" in dialog.error.text() and shop.users.needs_setup()
        dialog.repeat.setText("rahasia-123")
        dialog.create_button.click()
        return True

    code, seen = run_app(qapp, shop, tmp_path, monkeypatch, fill_in)
    assert code == 0 and len(seen) == 1
    assert seen[0].actor.username == "Bu Rina" and seen[0].actor.role is Role.OWNER
    assert shop.users.login("Bu Rina", "rahasia-123").role is Role.OWNER
    assert shop.settings.get(seen[0].actor, "shop_name") == "Toko Maju Jaya"


def test_login_refuses_a_wrong_pin_then_opens_the_cashiers_window(
        qapp, shop, tmp_path, monkeypatch):
    owner = shop.users.create_owner("Toko Maju", "Bu Rina", "rahasia-123", SecretKind.PASSWORD)
    shop.users.add(owner, "Dewi", Role.CASHIER, "482913", PIN)

    def log_in() -> bool:
        dialog = top(LoginDialog)
        if dialog is None:
            return False
        assert dialog.secret.echoMode() == dialog.secret.EchoMode.Password
        dialog.name.setText("dewi")
        dialog.secret.setText("111111")
        dialog.login_button.click()
        assert dialog.error.text() == "Wrong user name, password or PIN."
        assert dialog.secret.text() == ""
        dialog.secret.setText("482913")
        dialog.login_button.click()
        return True

    code, seen = run_app(qapp, shop, tmp_path, monkeypatch, log_in)
    assert code == 0 and seen[0].actor.username == "Dewi"


def test_quitting_at_the_login_opens_nothing(qapp, shop, tmp_path, monkeypatch):
    shop.users.create_owner("Toko Maju", "Bu Rina", "rahasia-123", SecretKind.PASSWORD)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)

    def quit_login():
        dialog = top(LoginDialog)
        if dialog is None:
            QTimer.singleShot(50, quit_login)
            return
        dialog.quit_button.click()

    QTimer.singleShot(50, quit_login)
    assert run_gui(shop, tmp_path / "tokocrm.log") == 0
    assert top(MainWindow) is None


@pytest.mark.parametrize(("role", "expected"), [
    (Role.OWNER, ["Counter", "Members", "Loyalty", "Feedback", "Follow-up", "Dashboard",
                  "Import/Export", "Audit trail", "Settings"]),
    (Role.CASHIER, ["Counter", "Members", "Loyalty", "Feedback", "Follow-up", "Settings"]),
    (Role.BOOKKEEPER, ["Members", "Loyalty", "Follow-up", "Dashboard", "Import/Export",
                       "Settings"]),
])
def test_each_role_sees_only_its_pages(qtbot, shop, ui_state, role, expected):
    window = MainWindow(shop, ui_state, Actor("x", role))
    qtbot.addWidget(window)
    assert titles(window) == expected
    assert window.user_label.text() == f"x ({role.value})"


@pytest.fixture
def two_users(shop):
    owner = shop.users.create_owner("Toko Maju", "Bu Rina", "rahasia-123", SecretKind.PASSWORD)
    shop.users.add(owner, "Dewi", Role.CASHIER, "482913", PIN)
    return owner


def test_idle_time_locks_and_the_next_cashier_takes_over(qtbot, shop, ui_state, two_users):
    session = CounterSession(shop, ui_state, two_users)
    qtbot.addWidget(session.window)
    first = session.window
    session.idle.setInterval(50)  # the shop's minutes, shortened
    session.idle.start()
    qtbot.waitUntil(lambda: getattr(session, "login_dialog", None) is not None
                    and session.login_dialog.isVisible())
    assert not first.centralWidget().isVisible()  # members' data hidden while locked
    dialog = session.login_dialog
    assert dialog.name.text() == "Bu Rina"
    dialog.name.setText("Dewi")
    dialog.secret.setText("482913")
    qtbot.keyClick(dialog.secret, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: session.window is not first)
    qtbot.addWidget(session.window)
    assert session.window.actor.username == "Dewi"
    assert "Import/Export" not in titles(session.window)
    assert session.window.centralWidget().isVisible()


def test_the_same_user_unlocks_the_same_window(qtbot, shop, ui_state, two_users):
    session = CounterSession(shop, ui_state, two_users)
    qtbot.addWidget(session.window)
    first = session.window
    first.switch_user_action.trigger()  # F12 at the counter
    dialog = session.login_dialog
    dialog.secret.setText("rahasia-123")
    dialog.login_button.click()
    assert session.window is first and first.centralWidget().isVisible()
