"""The import wizard's last two steps. The dry run reads the whole file and says what would
happen to every row (nothing is written); the user picks what to do with members the shop
already has, or whether purchases earn points. The import does it, all or nothing, then
offers the rows it refused as an error workbook to fix and import again."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWizardPage,
)

from tokocrm.domain.errors import Cancelled, TokoError
from tokocrm.domain.imports import MEMBERS, OnDuplicate
from tokocrm.io.imports import FileImport, ImportRequest, import_file, write_error_workbook
from tokocrm.services.actor import Actor
from tokocrm.services.container import Services
from tokocrm.ui.dialogs.import_file_pages import forget
from tokocrm.ui.dialogs.import_state import ImportChoices
from tokocrm.ui.jobs import Job
from tokocrm.ui.theme import DONE, WARNING, set_tone
from tokocrm.ui.widgets import spreadsheet_texts
from tokocrm.ui.widgets.import_preview import Counts, PreviewTable
from tokocrm.ui.widgets.job_progress import JobProgress
from tokocrm.ui.widgets.save_dialog import ask_save_path


def failure_text(error: BaseException, kind: str, stopped: str) -> str:
    if isinstance(error, Cancelled):
        return stopped
    if isinstance(error, TokoError):
        return spreadsheet_texts.problem(error, kind)
    return QCoreApplication.translate("ImportRunPages", "Something went wrong: {error}").format(
        error=error)


class _RunPage(QWizardPage):
    """A page that runs one import job at a time and drops an older job's answer."""

    def __init__(self, services: Services, actor: Actor, choices: ImportChoices) -> None:
        super().__init__()
        self._services, self._actor, self._choices = services, actor, choices
        self.job: Job | None = None
        self.done: FileImport | None = None
        self.progress = JobProgress()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.counts = Counts(choices.kind)

    def _start(self, request: ImportRequest, title: str) -> Job:
        self.drop_job()
        self.done = None
        services, actor = self._services, self._actor
        job = Job(lambda job: import_file(services, actor, request, progress=job.report,
                                          cancel=job.cancelled))
        self.progress.follow(job, title)
        job.signals.finished.connect(self._on_job_finished)  # bound: gone with the page
        job.signals.failed.connect(self._on_job_failed)
        self.job = job
        self.completeChanged.emit()
        return job.start()

    def drop_job(self) -> None:
        """Stop the running job; nothing hears from it any more."""
        if self.job is not None:
            forget(self.job)
            self.job = None
            self.progress.hide()

    def isComplete(self) -> bool:  # Qt override
        return self.job is None and self.done is not None

    def _request(self, dry_run: bool) -> ImportRequest:
        return ImportRequest(self._choices.look.path, self._choices.kind,
                             sheet=self._choices.sheet, mapping=self._choices.mapping(),
                             on_duplicate=self._choices.on_duplicate,
                             award_points=self._choices.award_points, dry_run=dry_run)

    def _current(self) -> bool:
        if self.job is None or self.sender() is not self.job.signals:
            return False
        self.job = None
        return True

    def _on_job_finished(self, done: FileImport) -> None:
        if self._current():
            self.done = done
            self.counts.show_result(done.result)
            self._show_done(done)
            self.completeChanged.emit()

    def _on_job_failed(self, error: BaseException) -> None:
        if self._current():
            set_tone(self.status, WARNING)
            self.status.setText(self._failure(error))
            self.completeChanged.emit()

    def _show_done(self, done: FileImport) -> None:
        raise NotImplementedError

    def _failure(self, error: BaseException) -> str:
        raise NotImplementedError


class DryRunPage(_RunPage):
    def __init__(self, services: Services, actor: Actor, choices: ImportChoices) -> None:
        super().__init__(services, actor, choices)
        self.setTitle(self.tr("Check before importing"))
        self.setSubTitle(self.tr("Nothing is saved yet: this is what the import would do with "
                                 "each row. The first rows are shown as they will be saved."))
        self.setCommitPage(True)
        self.preview = PreviewTable(choices.kind)
        layout = QVBoxLayout(self)
        layout.addLayout(self._build_options())
        layout.addWidget(self.counts)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.preview, 1)

    @property
    def dry_run_job(self) -> Job | None:
        return self.job

    def _build_options(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.duplicates = QButtonGroup(self)
        self.award_points = QCheckBox(self.tr("Award &points for these purchases by today's "
                                              "loyalty rules"))
        if self._choices.kind != MEMBERS:
            self.award_points.toggled.connect(self._on_option_changed)
            row.addWidget(self.award_points)
            row.addStretch(1)
            return row
        row.addWidget(QLabel(self.tr("Rows that are members already:")))
        for mode, text in ((OnDuplicate.SKIP, self.tr("&Skip them")),
                           (OnDuplicate.FILL, self.tr("&Fill their empty fields")),
                           (OnDuplicate.OVERWRITE, self.tr("&Overwrite with the file's values"))):
            button = QRadioButton(text)
            button.setProperty("mode", mode.value)
            button.setChecked(mode == OnDuplicate.SKIP)
            self.duplicates.addButton(button)
            row.addWidget(button)
        self.duplicates.buttonToggled.connect(
            lambda _button, checked: checked and self._on_option_changed())
        row.addStretch(1)
        return row

    def initializePage(self) -> None:  # Qt override
        self.run()

    def cleanupPage(self) -> None:  # Qt override: Back
        self.drop_job()

    def set_on_duplicate(self, mode: OnDuplicate) -> None:
        for button in self.duplicates.buttons():
            if button.property("mode") == mode.value:
                button.setChecked(True)

    def run(self) -> Job:
        """Dry-run the import with the options as they are now set."""
        self.counts.show_result(None)
        self.preview.show_import(None)
        set_tone(self.status, None)
        self.status.setText(self.tr("Reading every row…"))
        return self._start(self._request(dry_run=True), self.tr("Trying the import"))

    def _on_option_changed(self) -> None:
        checked = self.duplicates.checkedButton()
        if checked is not None:
            self._choices.on_duplicate = OnDuplicate(checked.property("mode"))
        self._choices.award_points = self.award_points.isChecked()
        self.run()

    def _show_done(self, done: FileImport) -> None:
        self.preview.show_import(done)
        result, shown = done.result, len(done.preview)
        text = self.tr("{rows} rows read. Press Import to save them.").format(
            rows=QLocale().toString(result.rows))
        if shown < result.rows:
            text += " " + self.tr("The table shows the first {shown} and the rejected ones."
                                  ).format(shown=QLocale().toString(shown))
        if result.points:
            points = QLocale().toString(result.points)
            text += " " + (self.tr("Opening points to bring over: {points}.")
                           if self._choices.kind == MEMBERS
                           else self.tr("Points to award: {points}.")).format(points=points)
        set_tone(self.status, None)
        self.status.setText(text)

    def _failure(self, error: BaseException) -> str:
        return failure_text(error, self._choices.kind, self.tr("Dry run stopped."))


class ResultPage(_RunPage):
    imported = Signal()

    def __init__(self, services: Services, actor: Actor, choices: ImportChoices) -> None:
        super().__init__(services, actor, choices)
        self.setTitle(self.tr("Import"))
        self.setSubTitle(self.tr("Every accepted row is saved at once, or none is: Cancel "
                                 "leaves the shop exactly as it was."))
        self.report_job: Job | None = None
        self.report_path: Path | None = None
        self.save_dialog: QFileDialog | None = None
        self.open_url: Callable[[QUrl], object] = QDesktopServices.openUrl  # tests replace it
        self.retry_button = QPushButton(self.tr("&Try again"))
        self.retry_button.clicked.connect(self.run)
        layout = QVBoxLayout(self)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.retry_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.counts)
        layout.addLayout(self._build_report_row())
        layout.addStretch(1)
        self.counts.hide()
        self.retry_button.hide()

    @property
    def import_job(self) -> Job | None:
        return self.job

    def _build_report_row(self) -> QVBoxLayout:
        self.report_text = QLabel()
        self.report_text.setWordWrap(True)
        self.save_report_button = QPushButton(self.tr("&Save error report…"))
        self.save_report_button.clicked.connect(self.ask_where_to_save_report)
        self.open_report_button = QPushButton(self.tr("&Open error report"))
        self.open_report_button.clicked.connect(
            lambda: self.report_path and self.open_url(QUrl.fromLocalFile(str(self.report_path))))
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_report_button)
        buttons.addWidget(self.open_report_button)
        buttons.addStretch(1)
        box = QVBoxLayout()
        box.addWidget(self.report_text)
        box.addLayout(buttons)
        self._show_report_row(False)
        return box

    def initializePage(self) -> None:  # Qt override
        self.run()

    def run(self) -> Job:
        self.retry_button.hide()
        set_tone(self.status, None)
        self.status.setText(self.tr("Importing…"))
        return self._start(self._request(dry_run=False), self.tr("Importing"))

    def _show_done(self, done: FileImport) -> None:
        result = done.result
        self.counts.show()
        set_tone(self.status, DONE)
        self.status.setText(self._summary(done))
        if result.created or result.updated:
            self.imported.emit()
        self._show_report_row(result.rejected > 0)
        self.report_text.setText(self.tr(
            "{count} rows were not imported. Save them to a workbook with the reason beside "
            "each, fix them there and import that file again.").format(
                count=QLocale().toString(result.rejected)))

    def _summary(self, done: FileImport) -> str:
        result, number = done.result, QLocale().toString
        if self._choices.kind == MEMBERS:
            text = self.tr("Import done: {created} new members, {updated} updated.").format(
                created=number(result.created), updated=number(result.updated))
            if result.points:
                text += " " + self.tr("Opening points brought over: {points}.").format(
                    points=number(result.points))
            return text
        text = self.tr("Import done: {created} purchases recorded.").format(
            created=number(result.created))
        if result.points:
            text += " " + self.tr("Points awarded: {points}.").format(points=number(result.points))
        return text

    def isComplete(self) -> bool:  # Qt override: Finish closes once nothing runs
        return self.job is None

    def _failure(self, error: BaseException) -> str:
        self.retry_button.show()
        if not isinstance(error, TokoError):  # a bug: the transaction was rolled back
            return self.tr("The import failed; nothing was saved. ({error})").format(
                error=error)
        return failure_text(error, self._choices.kind,
                            self.tr("Import stopped; nothing was saved."))

    # -- the error report ----------------------------------------------------------------
    def ask_where_to_save_report(self) -> None:
        source = self._choices.look.path
        default = source.with_name(self.tr("{name}-errors.xlsx").format(name=source.stem))
        self.save_dialog = ask_save_path(self, self.tr("Save the error report as"), default,
                                         self.tr("Excel workbook (*.xlsx)"), "xlsx",
                                         self.save_report)

    def save_report(self, path: Path) -> Job | None:
        """Write the rejected rows, their original cells and the reasons, on a worker."""
        done = self.done
        if done is None:
            return None
        kind = self._choices.kind
        texts = spreadsheet_texts.error_report_texts()
        job = Job(lambda _job: write_error_workbook(
            done, path, describe=lambda issue: spreadsheet_texts.issue_text(issue, kind),
            texts=texts))
        job.signals.finished.connect(self._on_report_saved)
        job.signals.failed.connect(self._on_report_failed)
        self.save_report_button.setEnabled(False)
        self.report_job = job
        return job.start()

    def _on_report_saved(self, path: Path) -> None:
        self.report_job = None
        self.report_path = Path(path)
        self.save_report_button.setEnabled(True)
        self.open_report_button.setEnabled(True)
        set_tone(self.report_text, DONE)
        self.report_text.setText(self.tr("Error report saved: {path}").format(path=str(path)))

    def _on_report_failed(self, error: BaseException) -> None:
        self.report_job = None
        self.save_report_button.setEnabled(True)
        set_tone(self.report_text, WARNING)
        self.report_text.setText(failure_text(error, self._choices.kind, ""))

    def _show_report_row(self, visible: bool) -> None:
        self.report_text.setVisible(visible)
        self.save_report_button.setVisible(visible)
        self.open_report_button.setVisible(visible)
        self.open_report_button.setEnabled(self.report_path is not None)
