"""Slow work runs on a worker with a progress bar and a Cancel button that stops it."""

from __future__ import annotations

import time

from PySide6.QtCore import Qt

from tokocrm.ui.jobs import Job
from tokocrm.ui.widgets.job_progress import JobProgress


def test_progress_follows_the_job_and_cancel_stops_it(qtbot):
    progress = JobProgress()
    qtbot.addWidget(progress)

    def work(job: Job) -> str:
        job.report(1, 4)
        while not job.cancelled():  # the work checks at its safe points
            time.sleep(0.005)
        return "stopped"

    job = Job(work)
    progress.follow(job, "Uji")
    job.start()
    qtbot.waitUntil(lambda: progress.bar.value() == 1)
    assert progress.isVisible() and progress.bar.maximum() == 4
    assert progress.title.text() == "Uji"
    with qtbot.waitSignal(job.signals.finished, timeout=5_000) as done:
        qtbot.mouseClick(progress.cancel_button, Qt.MouseButton.LeftButton)
    assert done.args == ["stopped"]
    assert progress.isHidden()


def test_a_failing_job_hides_the_bar_and_reports_the_error(qtbot):
    progress = JobProgress()
    qtbot.addWidget(progress)
    job = Job(lambda _job: 1 / 0)
    progress.follow(job, "Uji")
    with qtbot.waitSignal(job.signals.failed, timeout=5_000) as failed:
        job.start()
    assert isinstance(failed.args[0], ZeroDivisionError)
    assert progress.isHidden()
