"""Writing an export to a workbook on a worker, as every export button does: progress with
Cancel when a progress bar is given, and the result or the failure said in one sentence."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton

from tokocrm.io.xlsx_export import Written, write_xlsx
from tokocrm.services.export_sheets import Export
from tokocrm.ui.jobs import Job
from tokocrm.ui.widgets import spreadsheet_texts
from tokocrm.ui.widgets.job_progress import JobProgress

translate = QCoreApplication.translate  # lupdate reads translate("Context", "literal")


def start(make: Callable[[], Export], path: Path, *, on_written: Callable[[Written], Any],
          on_failed: Callable[[BaseException], Any], progress: JobProgress | None = None,
          texts: dict[str, str] | None = None) -> Job:
    """Write `make()` to `path` on a worker. `make` runs there too, so a refusal (a
    permission, an erased member) reaches `on_failed` like any failure."""
    texts = texts if texts is not None else spreadsheet_texts.export_texts()
    job = Job(lambda job: write_xlsx(make(), path, texts=texts, progress=job.report,
                                     cancel=job.cancelled))
    if progress is not None:
        progress.follow(job, translate("WorkbookJob", "Exporting…"))
    job.signals.finished.connect(on_written)
    job.signals.failed.connect(on_failed)
    return job.start()


def saved(written: Written) -> str:
    return translate("WorkbookJob", "Saved {path}. Rows written: {rows}.").format(
        path=str(written.path), rows=QLocale().toString(written.rows))


def export_row(button: QPushButton) -> tuple[QHBoxLayout, JobProgress, QLabel]:
    """A list's export button, its progress bar and the sentence saying what was saved (or
    why not), side by side."""
    progress = JobProgress()
    result = QLabel()
    result.setWordWrap(True)
    result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    row = QHBoxLayout()
    row.addWidget(button)
    row.addWidget(progress)
    row.addWidget(result, 1)
    return row, progress, result
