"""The shell: navigation by click and shortcut, status bar, menus, remembered state."""

from __future__ import annotations

import threading
from datetime import datetime

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QLabel

from tokocrm import __version__, config
from tokocrm.services import backups
from tokocrm.services.actor import BUILTIN_OWNER
from tokocrm.services.container import open_services
from tokocrm.services.dto import MemberInput
from tokocrm.ui.main_window import MainWindow
from tokocrm.ui.pages.audit_page import AuditPage
from tokocrm.ui.pages.counter_page import CounterPage
from tokocrm.ui.pages.dashboard_page import DashboardPage
from tokocrm.ui.pages.feedback_page import FeedbackPage
from tokocrm.ui.pages.followup_page import FollowUpPage
from tokocrm.ui.pages.import_export_page import ImportExportPage
from tokocrm.ui.pages.loyalty_page import LoyaltyPage
from tokocrm.ui.pages.members_page import MembersPage
from tokocrm.ui.pages.settings_page import SettingsPage

PAGES = ["Counter", "Members", "Loyalty", "Feedback", "Follow-up", "Dashboard",
         "Import/Export", "Audit trail", "Settings"]


def test_navigation_lists_the_owners_nine_pages(window):
    assert [window.nav.item(i).text() for i in range(window.nav.count())] == PAGES
    assert window.pages.count() == len(PAGES)


def test_every_page_opens_by_click(window, qtbot):
    for row in reversed(range(len(PAGES))):
        rect = window.nav.visualItemRect(window.nav.item(row))
        qtbot.mouseClick(window.nav.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        assert window.pages.currentIndex() == row


def test_every_page_opens_by_shortcut(window, qtbot):
    for row in reversed(range(len(PAGES))):
        qtbot.keyClick(window, Qt.Key(Qt.Key.Key_1 + row), Qt.KeyboardModifier.ControlModifier)
        assert window.pages.currentIndex() == row
        assert window.nav.currentRow() == row


def test_every_page_is_a_real_one(window):
    kinds = [CounterPage, MembersPage, LoyaltyPage, FeedbackPage, FollowUpPage, DashboardPage,
             ImportExportPage, AuditPage, SettingsPage]
    assert [type(window.pages.widget(row)) for row in range(len(PAGES))] == kinds


def test_status_bar_names_the_database(window, shop):
    labels = [label.text() for label in window.statusBar().findChildren(QLabel)]
    assert any(shop.database.location in text and shop.database.revision in text
               for text in labels)


def test_about_shows_the_version(window, qtbot):
    window.about_action.trigger()
    qtbot.waitUntil(lambda: window.about_box.isVisible())
    assert __version__ in window.about_box.text()
    window.about_box.accept()


def test_geometry_and_last_page_are_remembered(qtbot, shop, ui_state, window):
    window.resize(window.minimumSizeHint() + QSize(30, 20))  # not the default size
    window.nav.setCurrentRow(4)
    size = window.size()
    window.close()

    again = MainWindow(shop, ui_state)
    qtbot.addWidget(again)
    assert again.pages.currentIndex() == 4
    assert again.size() == size != QSize(1280, 720)


def test_settings_page_stores_the_language_choice(window, ui_state):
    settings = window.pages.widget(len(PAGES) - 1)
    settings.language.setCurrentIndex(settings.language.findData("id"))
    assert ui_state.language() == "id"
    assert settings.notice.text()


def test_daily_run_expires_points_off_the_gui_thread(qtbot, tmp_path, ui_state):
    now = [datetime(2025, 1, 2, 9, 0)]
    shop = open_services(f"sqlite:///{tmp_path / 'daily.db'}", clock=lambda: now[0])
    member = shop.members.register(BUILTIN_OWNER, MemberInput(name="Siti",
                                                              phone="081234567890"))
    shop.loyalty.adjust(BUILTIN_OWNER, member.id, 5, "uji")  # + the welcome bonus of 10
    now[0] = datetime(2026, 6, 1, 9, 0)
    window = MainWindow(shop, ui_state)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.start_daily_run().signals.finished, timeout=10_000) as done:
        assert window.job_progress.isVisibleTo(window)  # shown from the start, with Cancel
    assert done.args[0].expired_points == 15
    assert not window.job_progress.isVisibleTo(window)
    assert "15" in window.statusBar().currentMessage()
    assert shop.loyalty.standing(BUILTIN_OWNER, member.id).balance == 0
    shop.close()


def test_the_daily_backup_runs_at_start_once_a_day(qtbot, window, monkeypatch, tmp_path):
    folder = tmp_path / "backups"
    monkeypatch.setattr(config, "backup_dir", lambda: folder)
    go = held_back(monkeypatch)
    with qtbot.waitSignal(window.start_daily_backup().signals.finished, timeout=10_000) as done:
        go.set()
    written = done.args[0]
    assert written is not None and written.parent == folder and written.stat().st_size > 0
    assert str(written) in window.statusBar().currentMessage()
    go.clear()
    with qtbot.waitSignal(window.start_daily_backup().signals.finished, timeout=10_000) as again:
        go.set()
    assert again.args[0] is None and list(folder.iterdir()) == [written]


def held_back(monkeypatch) -> threading.Event:
    """The backup waits for the test to listen: a result emitted before anyone listens is
    lost (a backup with nothing to do ends in microseconds)."""
    go = threading.Event()
    real = backups.daily_backup

    def waiting(*args, **kwargs):
        go.wait(10)
        return real(*args, **kwargs)

    monkeypatch.setattr(backups, "daily_backup", waiting)
    return go


def test_a_window_never_opens_larger_than_the_screen(qtbot):
    from PySide6.QtWidgets import QWidget

    from tokocrm.ui.screen_fit import resize_within_screen

    widget = QWidget()
    qtbot.addWidget(widget)
    free = widget.screen().availableGeometry().size()
    resize_within_screen(widget, free.width() + 500, free.height() + 500)
    assert (widget.width(), widget.height()) == (free.width(), free.height())
    resize_within_screen(widget, 400, 300)
    assert (widget.width(), widget.height()) == (400, 300)
