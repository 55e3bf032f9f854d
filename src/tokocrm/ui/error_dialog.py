"""Unexpected errors in the GUI: log the traceback, show a short message, keep the app alive."""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QMessageBox

log = logging.getLogger(__name__)


class ErrorReporter(QObject):
    """Installed as sys.excepthook while the desktop app runs."""

    def __init__(self, log_path: Path) -> None:
        super().__init__()
        self._log_path = log_path
        self.last_box: QMessageBox | None = None

    def install(self) -> None:
        sys.excepthook = self

    def __call__(
        self, kind: type[BaseException], error: BaseException, tb: TracebackType | None
    ) -> None:
        log.error("unexpected error in the GUI", exc_info=(kind, error, tb))
        box = QMessageBox(QMessageBox.Icon.Critical, self.tr("Something went wrong"),
                          self.tr("TokoCRM hit an unexpected problem: {error}").format(error=error),
                          QMessageBox.StandardButton.Ok, QApplication.activeWindow())
        box.setInformativeText(
            self.tr("Nothing you saved before this was lost. Details are in {log}").format(
                log=self._log_path))
        box.open()  # not exec(): never block the event loop from inside a hook
        self.last_box = box
