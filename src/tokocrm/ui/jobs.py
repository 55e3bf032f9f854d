"""Run slow work off the GUI thread; the result comes back as a signal on the GUI thread."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)


class JobSignals(QObject):
    finished = Signal(object)  # the work's result
    failed = Signal(object)  # the exception it raised


class Job(QRunnable):
    def __init__(self, work: Callable[[], Any]) -> None:
        super().__init__()
        self._work = work
        self.signals = JobSignals()  # created on the GUI thread, so its signals queue there
        self.setAutoDelete(False)

    def run(self) -> None:  # Qt override, on a pool thread
        try:
            result = self._work()
        except Exception as error:  # reported, never lost on a worker thread
            log.exception("background job failed")
            self.signals.failed.emit(error)
            return
        self.signals.finished.emit(result)


def start(work: Callable[[], Any], pool: QThreadPool | None = None) -> Job:
    job = Job(work)
    (pool or QThreadPool.globalInstance()).start(job)
    return job
