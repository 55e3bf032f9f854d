"""The import wizard's last two steps: the dry run and the import (being wired)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWizardPage

from tokocrm.services.actor import Actor
from tokocrm.services.container import Services
from tokocrm.ui.dialogs.import_state import ImportChoices
from tokocrm.ui.jobs import Job


class DryRunPage(QWizardPage):
    def __init__(self, services: Services, actor: Actor, choices: ImportChoices) -> None:
        super().__init__()
        self.dry_run_job: Job | None = None
        self.setCommitPage(True)

    def drop_job(self) -> None:
        pass


class ResultPage(QWizardPage):
    imported = Signal()

    def __init__(self, services: Services, actor: Actor, choices: ImportChoices,
                 dry_run: DryRunPage) -> None:
        super().__init__()
        self.import_job: Job | None = None
