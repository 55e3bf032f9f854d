"""Composition root of the desktop app: Qt application, translations, main window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QLocale, QSettings, QThreadPool, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox

from tokocrm import __version__
from tokocrm.config import APP_NAME
from tokocrm.domain.errors import TokoError
from tokocrm.services.container import Services
from tokocrm.ui import theme
from tokocrm.ui.error_dialog import ErrorReporter
from tokocrm.ui.i18n import choose_language, install_translators
from tokocrm.ui.messages import message_for
from tokocrm.ui.resources import app_icon
from tokocrm.ui.session import CounterSession, first_actor
from tokocrm.ui.ui_state import UiState


def run_gui(services: Services, log_path: Path) -> int:
    """Open the main window on the already-opened services; return the exit code."""
    app, state, _translators = _start_app()  # the translators must outlive exec()
    reporter = ErrorReporter(log_path)
    reporter.install()
    actor = first_actor(services)
    if actor is None:  # quit at the login
        return 0
    session = CounterSession(services, state, actor)
    session.window.start_daily_run()
    session.window.start_daily_backup()
    code = app.exec()
    QThreadPool.globalInstance().waitForDone()  # no job may outlive the database it uses
    return code


def configure_app(app: QApplication) -> None:
    """Names (where QSettings keeps this PC's state), the icon and the look, before any window."""
    app.setOrganizationName(APP_NAME)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setWindowIcon(app_icon())
    app.setDesktopFileName("tokocrm")  # matches the installed tokocrm.desktop (Wayland's icon)
    theme.follow_system(app)  # Fusion, light or dark as the system is


def show_startup_error(error: TokoError) -> None:
    """The database could not be opened: say so in a window, since there may be no terminal."""
    _app, _state, _translators = _start_app()
    QMessageBox.critical(None, "TokoCRM", message_for(error))


def _start_app() -> tuple[QApplication, UiState, list[QTranslator]]:
    app = QApplication.instance() or QApplication(sys.argv)
    configure_app(app)
    state = UiState(QSettings())
    translators = install_translators(app, choose_language(state.language(), QLocale.system()))
    return app, state, translators
