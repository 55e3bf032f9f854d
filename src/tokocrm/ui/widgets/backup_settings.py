"""The owner's Backups tab (in Settings): where the daily backups go (a USB disk or a synced
folder keeps them off the counter PC's own disk) and a backup made now."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tokocrm.domain.errors import TokoError
from tokocrm.services import backups
from tokocrm.services.actor import Actor
from tokocrm.services.container import Services
from tokocrm.ui.jobs import Job
from tokocrm.ui.messages import message_for


class BackupSettings(QWidget):
    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services, self._actor = services, actor
        self.folder = QLineEdit(str(backups.chosen_folder(services.settings, actor)))
        self.folder.setObjectName("backup_folder")
        self.folder.setReadOnly(True)
        self.choose_button = QPushButton(self.tr("Choose folder…"))
        self.choose_button.clicked.connect(self._ask_folder)
        self.backup_button = QPushButton(self.tr("Back up now"))
        self.backup_button.clicked.connect(self.back_up_now)
        self.result = QLabel()
        self.result.setObjectName("backup_result")
        self.result.setWordWrap(True)
        self.folder_dialog: QFileDialog | None = None
        self.backup_job: Job | None = None
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(self.choose_button)
        hint = QLabel(self.tr(
            "TokoCRM backs the shop up here once a day when it starts, keeping the newest "
            "backup of each of the last 14 days and 12 months. A USB disk or a synced folder "
            "keeps them safe when the counter PC's disk dies."))
        hint.setWordWrap(True)
        box = QGroupBox(self.tr("Backups"))
        form = QFormLayout(box)
        form.addRow(self.tr("Backup folder"), row)
        form.addRow("", hint)
        form.addRow("", self.backup_button)
        layout = QVBoxLayout(self)
        layout.addWidget(box)
        layout.addWidget(self.result)
        layout.addStretch(1)

    def _ask_folder(self) -> None:
        dialog = QFileDialog(self, self.tr("Choose the backup folder"), self.folder.text())
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly)
        dialog.fileSelected.connect(lambda path: self.use_folder(Path(path)))
        self.folder_dialog = dialog
        dialog.open()

    def use_folder(self, folder: Path) -> None:
        try:
            chosen = backups.choose_folder(self._services.settings, self._actor, folder)
        except TokoError as error:
            self.result.setText(message_for(error))
            return
        self.folder.setText(str(chosen))
        self.result.setText(self.tr("Backups go to {folder} from now on.").format(
            folder=chosen))

    def back_up_now(self) -> Job:
        url, actor, folder = self._services.engine.url, self._actor, Path(self.folder.text())

        def work(_job: Job) -> Path:
            written = backups.backup(url, folder, actor=actor)
            backups.prune(folder)
            return written

        job = Job(work)
        job.signals.finished.connect(lambda written: self._done(
            self.tr("Backed up to {path}.").format(path=written)))
        job.signals.failed.connect(lambda error: self._done(
            message_for(error) if isinstance(error, TokoError) else str(error)))
        self.backup_button.setEnabled(False)
        self.backup_job = job
        return job.start()

    def _done(self, text: str) -> None:
        self.backup_button.setEnabled(True)
        self.result.setText(text)
