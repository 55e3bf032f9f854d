"""The child process of the `app start` case, started afresh for every timed run:

    python benchmarks/startup_child.py ours   # what `tokocrm` does, on $TOKOCRM_DB
    python benchmarks/startup_child.py bare   # a bare QMainWindow with a QTableView

Once its first window has been painted, it prints `shown CLASS` on stdout and waits, idle,
until stdin closes, so the parent's clock stops at the line and the process ends off the clock.
The parent sets QT_QPA_PLATFORM and the folders for settings and logs. Both sides import Qt
only here, so each pays for its own imports; the bare side never imports TokoCRM.
"""

from __future__ import annotations

import os
import sys
from typing import Any

MARKER = "shown"


def main(argv: list[str]) -> int:
    sys.argv = sys.argv[:1]  # Qt sees the arguments the app would see: none
    if argv == ["ours"]:
        return start_ours()
    if argv == ["bare"]:
        return start_bare()
    print(f"usage: {sys.argv[0]} ours|bare", file=sys.stderr)
    return 2


def start_ours() -> int:
    """The desktop start as `tokocrm` runs it (cli.main: logging, open the database, run_gui:
    QApplication, translators, MainWindow, show, exec), with one change: no daily points run,
    which would write to the shop and make every later start find less to do, no daily
    backup, which would copy the whole sample shop into the user's folder at every run, and
    no login dialog: the owner is logged in at once (a person typing is not the app's time). The
    QApplication is made here first, so the watcher is in place before anything is shown;
    run_gui takes the running one as it is."""
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv)
    watch_first_paint(app)
    from tokocrm.ui.main_window import MainWindow

    for job in ("start_daily_run", "start_daily_backup"):
        if not callable(getattr(MainWindow, job, None)):
            raise RuntimeError(f"MainWindow.{job} is gone: update the benchmark child")
        setattr(MainWindow, job, _no_daily_run)
    from tokocrm.services.actor import BUILTIN_OWNER
    from tokocrm.ui import app as gui

    gui.first_actor = lambda _services: BUILTIN_OWNER
    from tokocrm.cli import main as tokocrm

    return tokocrm([])


def _no_daily_run(_window: Any) -> None:
    return None


def start_bare() -> int:
    from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

    app = QApplication(sys.argv)
    watch_first_paint(app)
    window = QMainWindow()
    window.setCentralWidget(QTableView())
    window.resize(1280, 720)  # as big as MainWindow opens without a saved geometry
    window.show()
    return app.exec()


def watch_first_paint(app: Any) -> None:
    """Report once the first window has been painted, naming its class (the parent checks it
    is the main window and not, say, the message box of a database that failed to open). Qt
    sends a window its first Paint event from the event loop after show(); the zero timer
    started then runs when that paint and the flush that follows it are done (a zero timer
    started right after show() would run before the first paint)."""
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QWidget

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt override
            if (event.type() == QEvent.Type.Paint and isinstance(watched, QWidget)
                    and watched.isWindow()):
                app.removeEventFilter(self)
                name = type(watched).__name__
                QTimer.singleShot(0, lambda: _report_and_wait(name))
            return False

    app.installEventFilter(FirstPaint(app))


def _report_and_wait(window_class: str) -> None:
    print(f"{MARKER} {window_class}", flush=True)
    sys.stdin.read()  # the parent closes stdin once it has timed the other side too
    os._exit(0)  # nothing to tear down: the app would save its window state on close


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
