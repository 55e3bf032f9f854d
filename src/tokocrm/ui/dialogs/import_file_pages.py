"""The import wizard's first two steps: choose the file (read and surveyed on a worker; a
file that cannot be imported is refused in one sentence), then the sheet when the workbook
has several (the one with a recognised table preselected)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWizardPage,
)

from tokocrm.domain.errors import Cancelled, FileRefused, TokoError
from tokocrm.ui.dialogs.import_state import (
    FileLook,
    ImportChoices,
    Offer,
    SheetLook,
    look_at,
)
from tokocrm.ui.jobs import Job
from tokocrm.ui.theme import WARNING, set_tone
from tokocrm.ui.widgets import spreadsheet_texts
from tokocrm.ui.widgets.job_progress import JobProgress

FILE_FILTER = "*.xlsx *.xlsm *.xls *.ods *.csv *.txt"


def forget(job: Job) -> None:
    """Ask `job` to stop and disconnect everything from it: its answer is not wanted."""
    job.cancel()
    for signal in (job.signals.finished, job.signals.failed, job.signals.progress):
        signal.disconnect()


class FilePage(QWizardPage):
    def __init__(self, choices: ImportChoices, offer: Offer) -> None:
        super().__init__()
        self._choices = choices
        self._offer = offer
        self.read_job: Job | None = None
        self.file_dialog: QFileDialog | None = None
        self.setTitle(self.tr("Choose the file"))
        self.setSubTitle(self.tr(
            "A spreadsheet from Excel (.xlsx, .xlsm, .xls), LibreOffice (.ods) or a CSV "
            "file. Nothing is saved until the last step."))
        self.path = QLineEdit()
        self.path.setPlaceholderText(self.tr("The file to import"))
        self.path.textEdited.connect(self._on_path_edited)
        self.path.returnPressed.connect(lambda: self.read(Path(self.path.text().strip())))
        self.choose_button = QPushButton(self.tr("&Choose file…"))
        self.choose_button.clicked.connect(self.ask_for_file)
        label = QLabel(self.tr("&File"))
        label.setBuddy(self.path)
        row = QHBoxLayout()
        row.addWidget(label)
        row.addWidget(self.path, 1)
        row.addWidget(self.choose_button)
        self.progress = JobProgress()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addStretch(1)

    def ask_for_file(self) -> None:
        dialog = QFileDialog(self, self.tr("Choose the spreadsheet to import"))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setNameFilters([self.tr("Spreadsheets ({patterns})").format(
            patterns=FILE_FILTER), self.tr("All files (*)")])
        dialog.fileSelected.connect(lambda chosen: self.read(Path(chosen)))
        self.file_dialog = dialog
        dialog.open()

    def read(self, path: Path) -> Job | None:
        """Read and survey `path` on a worker; Next is enabled once it is understood."""
        self.drop_job()
        if not str(path).strip() or path == Path():
            return None
        self.path.setText(str(path))
        self._set_look(None)
        set_tone(self.status, None)
        self.status.setText(self.tr("Reading {file}…").format(file=path.name))
        kind, offer = self._choices.kind, self._offer
        job = Job(lambda job: look_at(path, kind, offer, progress=job.report,
                                      cancelled=job.cancelled))
        self.progress.follow(job, self.tr("Reading the file"))
        job.signals.finished.connect(self._on_read)  # bound: gone with the page
        job.signals.failed.connect(self._on_failed)
        self.read_job = job
        return job.start()

    def isComplete(self) -> bool:  # Qt override
        return self._choices.look is not None

    def drop_job(self) -> None:
        """Stop reading; its answer will not be shown."""
        if self.read_job is not None:
            forget(self.read_job)
            self.read_job = None
            self.progress.hide()

    # -- slots -------------------------------------------------------------------------------
    def _on_path_edited(self) -> None:
        self._set_look(None)
        self.status.clear()

    def _current(self) -> bool:
        """Whether the answer comes from the latest read (a dropped one says nothing)."""
        if self.read_job is None or self.sender() is not self.read_job.signals:
            return False
        self.read_job = None
        return True

    def _on_read(self, look: FileLook) -> None:
        if not self._current():
            return
        self._set_look(look)
        set_tone(self.status, None)
        self.status.setText(self.found_text(look))

    def _on_failed(self, error: BaseException) -> None:
        if not self._current():
            return
        set_tone(self.status, WARNING)
        if isinstance(error, Cancelled):
            self.status.setText(self.tr("Reading stopped."))
        elif isinstance(error, FileRefused):
            self.status.setText(spreadsheet_texts.refusal(error))
        elif isinstance(error, TokoError):
            self.status.setText(spreadsheet_texts.problem(error, self._choices.kind))
        else:
            self.status.setText(self.tr("The file could not be read: {error}").format(
                error=error))

    def _set_look(self, look: FileLook | None) -> None:
        self._choices.look = look
        self._choices.sheet = look.preselected if look else None
        self._choices.mappings.clear()
        self.completeChanged.emit()

    def found_text(self, look: FileLook) -> str:
        sheet = look.sheet(look.preselected)
        table = sheet.table if sheet else None
        if sheet is None or table is None:
            return ""
        where = self.tr("{file}: the table starts at cell {cell} of sheet {sheet}: "
                        "{columns} columns, {rows} rows.").format(
            file=look.file_name, cell=f"{table.column_letter(0)}{table.header_row}",
            sheet=sheet.name, columns=QLocale().toString(table.width),
            rows=QLocale().toString(sheet.rows))
        if len(look.sheets) > 1:
            where += " " + self.tr("The workbook has {count} sheets; choose one next.").format(
                count=len(look.sheets))
        return where


class SheetPage(QWizardPage):
    def __init__(self, choices: ImportChoices) -> None:
        super().__init__()
        self._choices = choices
        self.setTitle(self.tr("Choose the sheet"))
        self.setSubTitle(self.tr("The workbook has several sheets. The first one with a "
                                 "table TokoCRM recognises is chosen for you."))
        self.sheets = QListWidget()
        self.sheets.currentRowChanged.connect(self._on_row_changed)
        # Enter reaches the wizard's Next by itself; a double click does the same
        self.sheets.itemDoubleClicked.connect(lambda _item: self.wizard().next())
        layout = QVBoxLayout(self)
        layout.addWidget(self.sheets)

    def initializePage(self) -> None:  # Qt override
        look = self._choices.look
        self.sheets.blockSignals(True)
        self.sheets.clear()
        for sheet in look.sheets if look else ():
            item = QListWidgetItem(self._describe(sheet))
            item.setData(Qt.ItemDataRole.UserRole, sheet.name)
            if sheet.table is None:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
            self.sheets.addItem(item)
            if sheet.name == self._choices.sheet:
                self.sheets.setCurrentItem(item)
        self.sheets.blockSignals(False)
        self.sheets.setFocus()

    def isComplete(self) -> bool:  # Qt override
        return self._choices.table is not None

    def choose(self, name: str) -> None:
        for row in range(self.sheets.count()):
            if self.sheets.item(row).data(Qt.ItemDataRole.UserRole) == name:
                self.sheets.setCurrentRow(row)

    def _on_row_changed(self, row: int) -> None:
        item = self.sheets.item(row)
        self._choices.sheet = item.data(Qt.ItemDataRole.UserRole) if item else None
        self.completeChanged.emit()

    def _describe(self, sheet: SheetLook) -> str:
        name = sheet.name if sheet.survey.visible else self.tr("{sheet} (hidden)").format(
            sheet=sheet.name)
        table = sheet.table
        if table is None:
            reason = (self.tr("empty") if sheet.survey.empty
                      else self.tr("no header row TokoCRM recognises"))
            return self.tr("{sheet}: {reason}").format(sheet=name, reason=reason)
        return self.tr("{sheet}: table at cell {cell}, {columns} columns, {rows} rows").format(
            sheet=name, cell=f"{table.column_letter(0)}{table.header_row}",
            columns=QLocale().toString(table.width), rows=QLocale().toString(sheet.rows))


def is_single_sheet(choices: ImportChoices) -> bool:
    return choices.look is not None and len(choices.look.sheets) == 1

