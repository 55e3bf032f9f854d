"""Run slow work off the GUI thread; the result comes back as a signal on the GUI thread.

Make a Job, connect its signals, then start() it: a signal emitted before anyone listens
is lost. The work gets the job itself: `job.report(done, total)` moves the progress bar, and
`job.cancelled()` says the user pressed Cancel (the work stops at its next safe point)."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)
# Started jobs stay referenced here until their result reaches the GUI thread: a caller that
# drops or replaces its reference (a second backup, a new export) must not free a job, and
# its signals, while the pool runs it or its result is on the way.
_running: set[Job] = set()


class JobSignals(QObject):
    finished = Signal(object)  # the work's result
    failed = Signal(object)  # the exception it raised
    progress = Signal(int, int)  # done, total


class Job(QRunnable):
    def __init__(self, work: Callable[[Job], Any]) -> None:
        super().__init__()
        self._work = work
        self._cancel = threading.Event()
        self.signals = JobSignals()  # created on the GUI thread, so its signals queue there
        self.setAutoDelete(False)

    def run(self) -> None:  # Qt override, on a pool thread
        try:
            result = self._work(self)
        except Exception as error:  # reported, never lost on a worker thread
            log.exception("background job failed")
            self.signals.failed.emit(error)
            return
        self.signals.finished.emit(result)

    def start(self, pool: QThreadPool | None = None) -> Job:
        _running.add(self)
        self.signals.finished.connect(self._done)
        self.signals.failed.connect(self._done)
        (pool or QThreadPool.globalInstance()).start(self)
        return self

    def _done(self, _outcome: object) -> None:  # on the GUI thread
        _running.discard(self)

    def report(self, done: int, total: int) -> None:
        self.signals.progress.emit(done, total)

    def cancel(self) -> None:
        self._cancel.set()

    def cancelled(self) -> bool:
        return self._cancel.is_set()

