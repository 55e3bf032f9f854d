"""Import members or purchase history from a spreadsheet, step by step: the file, the sheet
(when there are several), the columns, a dry run showing what would happen to every row, then
the import itself. Reading, the dry run and the import run on workers with progress and
Cancel; nothing is saved before the last step, and the import is all or nothing.

Open it with `open()`; `imported` is emitted once an import has written something."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget, QWizard

from tokocrm.io.columns import MEMBERS
from tokocrm.io.imports import mapping_for
from tokocrm.services.actor import Actor
from tokocrm.services.container import Services
from tokocrm.ui.dialogs.import_file_pages import FilePage, SheetPage, is_single_sheet
from tokocrm.ui.dialogs.import_mapping_page import MappingPage
from tokocrm.ui.dialogs.import_run_pages import DryRunPage, ResultPage
from tokocrm.ui.dialogs.import_state import ImportChoices
from tokocrm.ui.screen_fit import resize_within_screen

FILE, SHEET, MAPPING, DRY_RUN, RESULT = range(5)


class ImportWizard(QWizard):
    imported = Signal()

    def __init__(self, services: Services, actor: Actor, kind: str = MEMBERS,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choices = ImportChoices(kind)
        self.setWindowTitle(self.tr("Import members") if kind == MEMBERS
                            else self.tr("Import purchase history"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        # the import step has its own Cancel beside the progress bar; once done, only Finish
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Import"))
        self.file_page = FilePage(self.choices, partial(mapping_for, services, actor,
                                                         kind=kind))
        self.sheet_page = SheetPage(self.choices)
        self.mapping_page = MappingPage(self.choices)
        self.dry_run_page = DryRunPage(services, actor, self.choices)
        self.result_page = ResultPage(services, actor, self.choices)
        self.result_page.imported.connect(self.imported)
        for page_id, page in ((FILE, self.file_page), (SHEET, self.sheet_page),
                              (MAPPING, self.mapping_page), (DRY_RUN, self.dry_run_page),
                              (RESULT, self.result_page)):
            self.setPage(page_id, page)
        self.setStartId(FILE)
        resize_within_screen(self, 980, 640)

    def nextId(self) -> int:  # Qt override: one sheet, no sheet step
        if self.currentId() == FILE and is_single_sheet(self.choices):
            return MAPPING
        return super().nextId()

    def busy(self) -> bool:
        """A worker still runs (reading, a dry run or the import)."""
        return any(job is not None for job in (
            self.file_page.read_job, self.dry_run_page.dry_run_job, self.result_page.import_job))

    def reject(self) -> None:  # Qt override: Cancel or Esc stops what runs
        """Reading and the dry run are dropped and the wizard closes; a running import is
        asked to stop and the wizard stays open to say whether anything was saved."""
        if self.result_page.import_job is not None:
            self.result_page.import_job.cancel()
            return
        for page in (self.file_page, self.dry_run_page):
            page.drop_job()
        super().reject()
