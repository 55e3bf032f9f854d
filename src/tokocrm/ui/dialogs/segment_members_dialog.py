"""The members of one segment (or flag), opened from a dashboard chart: who they are, a
double-click opens the member, and the list exports to Excel for a follow-up."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, QStandardPaths
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from tokocrm.domain.roles import Permission, allows
from tokocrm.io.xlsx_export import Written
from tokocrm.services.actor import Actor
from tokocrm.services.container import Services
from tokocrm.ui.jobs import Job
from tokocrm.ui.models.member_table import MemberTableModel
from tokocrm.ui.screen_fit import resize_within_screen
from tokocrm.ui.widgets import spreadsheet_texts, workbook_job
from tokocrm.ui.widgets.job_progress import JobProgress
from tokocrm.ui.widgets.save_dialog import ask_save_path


class SegmentMembersDialog(QDialog):
    def __init__(self, services: Services, actor: Actor, title: str, member_ids: list[int],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services, self._actor, self._title = services, actor, title
        self.member_ids = member_ids
        self.setWindowTitle(title)
        resize_within_screen(self, 820, 560)
        self.heading = QLabel(self.tr("{segment}: {count} members").format(
            segment=title, count=QLocale().toString(len(member_ids))))
        self.model = MemberTableModel(services.members, actor, self)
        self.model.show_ids(member_ids)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.export_button = QPushButton(self.tr("Export to Excel…"))
        self.export_button.clicked.connect(self.ask_where)
        self.export_button.setVisible(allows(actor.role, Permission.EXPORT_DATA))
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.progress = JobProgress()
        self.save_dialog: QFileDialog | None = None
        self.export_job: Job | None = None
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.progress)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.result)
        layout.addLayout(buttons)

    def ask_where(self) -> None:
        folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
        name = self.tr("{segment}-members.xlsx").format(segment=self._title.lower())
        self.save_dialog = ask_save_path(self, self.tr("Save the list as"), Path(folder) / name,
                                         self.tr("Excel workbook (*.xlsx)"), "xlsx",
                                         self.export)

    def export(self, path: Path) -> Job:
        """Write the list (the member export, these members only) to `path` on a worker."""
        exports, actor, ids = self._services.exports, self._actor, self.member_ids
        self.export_button.setEnabled(False)
        self.export_job = workbook_job.start(
            lambda: exports.members(actor, member_ids=ids), path,
            on_written=self._on_written, on_failed=self._on_failed, progress=self.progress)
        return self.export_job

    def _on_written(self, written: Written) -> None:
        self.export_button.setEnabled(True)
        self.result.setText(workbook_job.saved(written))

    def _on_failed(self, error: BaseException) -> None:
        self.export_button.setEnabled(True)
        self.result.setText(spreadsheet_texts.export_failure(error))
