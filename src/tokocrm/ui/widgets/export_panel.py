"""The exports a bookkeeper takes away: members, purchases and the points ledger of a period,
and the monthly bookkeeping workbook; all but the members of one branch, once there are
branches. Each asks where to save (a sensible name offered),
then writes the workbook on a worker with a progress bar and Cancel, and says where it went
and how many rows it holds."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QDate, QStandardPaths, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDateEdit,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tokocrm.io.xlsx_export import Written
from tokocrm.services.actor import Actor
from tokocrm.services.container import Services
from tokocrm.services.export_sheets import Export
from tokocrm.ui.formatting import from_qdate, to_qdate
from tokocrm.ui.jobs import Job
from tokocrm.ui.theme import DONE, WARNING, set_tone
from tokocrm.ui.widgets import spreadsheet_texts, workbook_job
from tokocrm.ui.widgets.branch_picker import branch_picker
from tokocrm.ui.widgets.job_progress import JobProgress
from tokocrm.ui.widgets.save_dialog import ask_save_path

MEMBERS, PURCHASES, LEDGER, FEEDBACK, MONTHLY = (
    "members", "purchases", "ledger", "feedback", "monthly")
HEADING_WIDTH = 170  # the first column, as wide as the import box's


@dataclass(frozen=True)
class _Request:
    """One export as the user set it up: what the service makes, the file name offered."""

    make: Callable[[], Export]
    file_name: str


class ExportPanel(QGroupBox):
    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Export for the books"), parent)
        self._services, self._actor = services, actor
        self._folder = Path(QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation) or Path.home())
        self.save_dialog: QFileDialog | None = None
        self.export_job: Job | None = None
        self.written: Written | None = None
        self.open_url: Callable[[QUrl], object] = QDesktopServices.openUrl  # tests replace it
        layout = QVBoxLayout(self)
        layout.addWidget(self._build_branch())
        layout.addLayout(self._build_rows())
        layout.addWidget(self._build_result())

    # -- building ----------------------------------------------------------------------------
    def _build_branch(self) -> QWidget:
        branches = self._services.settings.branches(self._actor)
        self.branch = branch_picker(branches)
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        label = QLabel(self.tr("Branch"))
        label.setBuddy(self.branch)
        layout.addWidget(label)
        layout.addWidget(self.branch)
        layout.addWidget(QLabel(self.tr(
            "for purchases, the points ledger, feedback and the month; members are the whole "
            "shop's")), 1)
        row.setVisible(bool(branches))
        return row

    def _build_rows(self) -> QGridLayout:
        today = date.today()
        self.purchases_from, self.purchases_to = _date_edit(today.replace(day=1)), _date_edit(today)
        self.ledger_from, self.ledger_to = _date_edit(today.replace(day=1)), _date_edit(today)
        self.feedback_from = _date_edit(today.replace(day=1))
        self.feedback_to = _date_edit(today)
        self.month = _date_edit(today.replace(day=1) - timedelta(days=1), "MMMM yyyy")
        self.buttons = {
            MEMBERS: QPushButton(self.tr("Export members…")),
            PURCHASES: QPushButton(self.tr("Export purchases…")),
            LEDGER: QPushButton(self.tr("Export points ledger…")),
            FEEDBACK: QPushButton(self.tr("Export feedback…")),
            MONTHLY: QPushButton(self.tr("Export the month…")),
        }
        rows = (
            (MEMBERS, self.tr("Members"),
             self.tr("Every member with points, tier, spend and last visit."), None),
            (PURCHASES, self.tr("Purchases"),
             self.tr("Purchases made in the period; voided ones are marked."),
             self._period(self.purchases_from, self.purchases_to)),
            (LEDGER, self.tr("Points ledger"),
             self.tr("Every points entry made in the period."),
             self._period(self.ledger_from, self.ledger_to)),
            (FEEDBACK, self.tr("Feedback"),
             self.tr("Feedback given in the period, with its complaint case."),
             self._period(self.feedback_from, self.feedback_to)),
            (MONTHLY, self.tr("Monthly bookkeeping"),
             self.tr("Summary, one line per day, the month's purchases and points."),
             self._labelled(self.tr("Month"), self.month)),
        )
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        for row, (kind, title, text, period) in enumerate(rows):
            heading = QLabel(f"<b>{title}</b>")
            description = QLabel(text)
            description.setWordWrap(True)
            grid.addWidget(heading, row, 0)
            grid.addWidget(description, row, 1)
            if period is not None:
                grid.addLayout(period, row, 2)
            grid.addWidget(self.buttons[kind], row, 3)
            self.buttons[kind].clicked.connect(lambda _=False, k=kind: self.ask_where(k))
        grid.setColumnStretch(1, 1)
        grid.setColumnMinimumWidth(0, HEADING_WIDTH)  # both boxes line up
        return grid

    def _period(self, first: QDateEdit, last: QDateEdit) -> QHBoxLayout:
        row = self._labelled(self.tr("From"), first)
        row.addWidget(QLabel(self.tr("to")))
        row.addWidget(last)
        return row

    @staticmethod
    def _labelled(text: str, edit: QDateEdit) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(8)
        label = QLabel(text)
        label.setBuddy(edit)
        row.addWidget(label)
        row.addWidget(edit)
        return row

    def _build_result(self) -> QWidget:
        self.progress = JobProgress()
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_file_button = QPushButton(self.tr("Open the file"))
        self.open_file_button.clicked.connect(lambda: self._open(self.written.path))
        self.open_folder_button = QPushButton(self.tr("Open its folder"))
        self.open_folder_button.clicked.connect(lambda: self._open(self.written.path.parent))
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.progress)
        row.addWidget(self.result, 1)
        row.addWidget(self.open_file_button)
        row.addWidget(self.open_folder_button)
        self._show_open_buttons(False)
        return box

    # -- public ------------------------------------------------------------------------------
    def ask_where(self, kind: str) -> None:
        """Offer a Save dialog with a sensible name; the export starts once a file is chosen."""
        request = self._request(kind)
        if request is None:
            return
        self.save_dialog = ask_save_path(self, self.tr("Save the export as"),
                                         self._folder / request.file_name,
                                         self.tr("Excel workbook (*.xlsx)"), "xlsx",
                                         lambda path: self.export(kind, path))

    def export(self, kind: str, path: Path) -> Job | None:
        """Write the export of `kind`, as the fields now set it up, to `path` on a worker."""
        request = self._request(kind)
        if request is None:
            return None
        self._folder = path.parent
        job = workbook_job.start(request.make, path, on_written=self._on_written,
                                 on_failed=self._on_failed, progress=self.progress)
        self._set_busy(True)
        self.result.clear()
        self._show_open_buttons(False)
        self.export_job = job
        return job

    # -- slots -------------------------------------------------------------------------------
    def _on_written(self, written: Written) -> None:
        self._set_busy(False)
        self.written = written
        set_tone(self.result, DONE)
        self.result.setText(workbook_job.saved(written))
        self._show_open_buttons(True)

    def _on_failed(self, error: BaseException) -> None:
        self._set_busy(False)
        set_tone(self.result, WARNING)
        self.result.setText(spreadsheet_texts.export_failure(error))

    # -- helpers -----------------------------------------------------------------------------
    def _request(self, kind: str) -> _Request | None:
        request = self._shop_request(kind)
        branch = self.branch.currentData()
        if request is None or branch is None or kind == MEMBERS:
            return request
        stem, _, suffix = request.file_name.rpartition(".")
        return _Request(request.make, f"{stem}-{_file_safe(branch)}.{suffix}")

    def _shop_request(self, kind: str) -> _Request | None:
        exports, actor = self._services.exports, self._actor
        branch = self.branch.currentData()
        today = date.today().isoformat()
        if kind == MEMBERS:
            return _Request(lambda: exports.members(actor),
                            self.tr("members-{day}.xlsx").format(day=today))
        if kind == MONTHLY:
            month = from_qdate(self.month.date()).replace(day=1)
            return _Request(lambda: exports.monthly(actor, month, branch),
                            self.tr("bookkeeping-{month}.xlsx").format(
                                month=month.strftime("%Y-%m")))
        edits = {PURCHASES: (self.purchases_from, self.purchases_to),
                 LEDGER: (self.ledger_from, self.ledger_to),
                 FEEDBACK: (self.feedback_from, self.feedback_to)}[kind]
        first, last = (from_qdate(edit.date()) for edit in edits)
        if first > last:
            set_tone(self.result, WARNING)
            self.result.setText(self.tr("The period ends before it starts: check the dates."))
            edits[1].setFocus()
            return None
        if kind == PURCHASES:
            return _Request(lambda: exports.purchases(actor, first, last, branch),
                            self.tr("purchases-{first}-to-{last}.xlsx").format(
                                first=first.isoformat(), last=last.isoformat()))
        if kind == FEEDBACK:
            return _Request(lambda: exports.feedback(actor, first, last, branch),
                            self.tr("feedback-{first}-to-{last}.xlsx").format(
                                first=first.isoformat(), last=last.isoformat()))
        return _Request(lambda: exports.ledger(actor, first, last, branch),
                        self.tr("points-{first}-to-{last}.xlsx").format(
                            first=first.isoformat(), last=last.isoformat()))

    def _set_busy(self, busy: bool) -> None:
        for button in self.buttons.values():
            button.setEnabled(not busy)

    def _show_open_buttons(self, visible: bool) -> None:
        self.open_file_button.setVisible(visible)
        self.open_folder_button.setVisible(visible)

    def _open(self, path: Path) -> None:
        self.open_url(QUrl.fromLocalFile(str(path)))


def _file_safe(name: str) -> str:
    """A branch's name as part of a file name: "Cabang Selatan/2" -> "Cabang-Selatan-2"."""
    return "-".join(re.findall(r"\w+", name)) or "branch"


def _date_edit(day: date, pattern: str | None = None) -> QDateEdit:
    edit = QDateEdit(to_qdate(day))
    edit.setCalendarPopup(True)
    edit.setMaximumDate(QDate.currentDate().addYears(1))
    edit.setDisplayFormat(pattern or "dd/MM/yyyy")  # as the rest of the app writes days
    return edit
