"""The audit trail, for the owner: who did what and when, newest first, filtered by days, user
and action, and exported as filtered to a workbook written on a worker. The main window calls
`refresh()` when the page is shown."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QDate, QLocale, QStandardPaths
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tokocrm.domain.errors import TokoError
from tokocrm.io.xlsx_export import Written
from tokocrm.services.actor import Actor
from tokocrm.services.audit import AuditRow
from tokocrm.services.container import Services
from tokocrm.ui import formatting
from tokocrm.ui.jobs import Job
from tokocrm.ui.messages import message_for
from tokocrm.ui.theme import DONE, WARNING, set_tone
from tokocrm.ui.widgets import audit_texts, spreadsheet_texts, workbook_job
from tokocrm.ui.widgets.page_title import page_title
from tokocrm.ui.widgets.save_dialog import ask_save_path

SHOWN = 2_000  # rows the table holds; the export has them all
TIME, USER, ROLE, TILL, ACTION, SUBJECT, DETAILS = range(7)
DAYS_OFFERED = 30  # the "from" day offered when the owner ticks it


@dataclass(frozen=True)
class AuditFilter:
    """The filters as set: None means no limit."""

    since: date | None
    until: date | None
    username: str | None
    action: str | None


class AuditPage(QWidget):
    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._audit, self._actor = services.audit, actor
        self._folder = Path(QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation) or Path.home())
        self.events: list[AuditRow] = []
        self.save_dialog: QFileDialog | None = None
        self.export_job: Job | None = None
        self.written: Written | None = None
        self.notice = QLabel()
        self.notice.setObjectName("audit_notice")
        self.notice.setWordWrap(True)
        set_tone(self.notice, WARNING)
        self.more = QLabel()
        self.more.setObjectName("audit_more")
        self.more.setWordWrap(True)
        self.more.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(page_title(self.tr("Audit trail")))
        layout.addLayout(self._build_filters())
        layout.addWidget(self.notice)
        layout.addWidget(self._build_table(), 1)
        layout.addWidget(self.more)
        layout.addLayout(self._build_export())

    # -- building ----------------------------------------------------------------------------
    def _build_filters(self) -> QHBoxLayout:
        today = date.today()
        self.since_check, self.since = self._day_filter(
            "audit_since", self.tr("From"), today - timedelta(days=DAYS_OFFERED))
        self.until_check, self.until = self._day_filter("audit_until", self.tr("to"), today)
        self.user_filter = QComboBox()
        self.user_filter.setObjectName("audit_user")
        self.user_filter.addItem(self.tr("All users"), None)
        self.action_filter = QComboBox()
        self.action_filter.setObjectName("audit_action")
        self.action_filter.addItem(self.tr("All actions"), None)
        for action, name in audit_texts.action_names().items():
            self.action_filter.addItem(name, action.value)
        for combo in (self.user_filter, self.action_filter):
            combo.currentIndexChanged.connect(self._load_events)
        row = QHBoxLayout()
        for widget in (self.since_check, self.since, self.until_check, self.until,
                       QLabel(self.tr("User")), self.user_filter,
                       QLabel(self.tr("Action")), self.action_filter):
            row.addWidget(widget)
        row.addStretch(1)
        return row

    def _day_filter(self, name: str, text: str, day: date) -> tuple[QCheckBox, QDateEdit]:
        """A ticked box and its day; unticked, the trail has no limit on that side."""
        check = QCheckBox(text)
        check.setObjectName(f"{name}_on")
        edit = QDateEdit(formatting.to_qdate(day))
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setMaximumDate(QDate.currentDate().addYears(1))
        edit.setDisplayFormat("dd/MM/yyyy")  # as the rest of the app writes days
        edit.setEnabled(False)
        check.toggled.connect(edit.setEnabled)
        check.toggled.connect(self._load_events)
        edit.dateChanged.connect(self._load_events)
        return check, edit

    def _build_table(self) -> QTableWidget:
        table = self.table = QTableWidget(0, 7)
        table.setObjectName("audit_table")
        table.setHorizontalHeaderLabels([
            self.tr("Time"), self.tr("User"), self.tr("Role"), self.tr("Till"),
            self.tr("Action"), self.tr("Subject"), self.tr("Details")])
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setWordWrap(False)
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)  # the details get what is left
        for column, width in ((TIME, 130), (USER, 110), (ROLE, 90), (TILL, 100),
                              (ACTION, 170), (SUBJECT, 130)):
            table.setColumnWidth(column, width)
        return table

    def _build_export(self) -> QHBoxLayout:
        self.export_button = QPushButton(self.tr("Export…"))
        self.export_button.setObjectName("audit_export")
        self.export_button.setToolTip(self.tr("Every event the filters select, oldest first."))
        self.export_button.clicked.connect(self.ask_where)
        row, self.progress, self.result = workbook_job.export_row(self.export_button)
        self.result.setObjectName("audit_export_result")
        return row

    # -- public ------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Reload the users who appear in the trail (keeping the one chosen) and the events."""
        try:
            self._load_users()
        except TokoError as error:
            self.notice.setText(message_for(error))
            return
        self._load_events()

    def current_filter(self) -> AuditFilter | None:
        """The filters as set; None (and a warning) when the period ends before it starts."""
        since = formatting.from_qdate(self.since.date()) if self.since_check.isChecked() else None
        until = formatting.from_qdate(self.until.date()) if self.until_check.isChecked() else None
        if since is not None and until is not None and since > until:
            self.notice.setText(self.tr("The period ends before it starts: check the dates."))
            return None
        return AuditFilter(since, until, self.user_filter.currentData(),
                           self.action_filter.currentData())

    def ask_where(self) -> None:
        """Offer a Save dialog; the export starts once a file is chosen."""
        if self.current_filter() is None:
            return
        offered = self._folder / self.tr("audit-trail-{day}.xlsx").format(
            day=date.today().isoformat())
        self.save_dialog = ask_save_path(self, self.tr("Save the audit trail as"), offered,
                                         self.tr("Excel workbook (*.xlsx)"), "xlsx",
                                         self.export)

    def export(self, path: Path) -> Job | None:
        """Write the trail, as the filters now select it, to `path` on a worker."""
        chosen = self.current_filter()
        if chosen is None:
            return None
        audit, actor = self._audit, self._actor
        self._folder = path.parent
        self.export_button.setEnabled(False)
        self.result.clear()
        self.export_job = workbook_job.start(
            lambda: audit.export(actor, chosen.since, chosen.until, chosen.username,
                                 chosen.action),
            path, on_written=self._on_written, on_failed=self._on_failed,
            progress=self.progress,
            texts={**spreadsheet_texts.export_texts(), **audit_texts.export_texts()})
        return self.export_job

    # -- slots -------------------------------------------------------------------------------
    def _load_events(self) -> None:
        self.notice.clear()
        chosen = self.current_filter()  # None: its warning stands over an empty table
        try:
            rows = [] if chosen is None else self._audit.events(
                self._actor, since=chosen.since, until=chosen.until, username=chosen.username,
                action=chosen.action, limit=SHOWN + 1)  # one more says whether more exist
        except TokoError as error:
            self.notice.setText(message_for(error))
            return
        self.events = rows[:SHOWN]
        self._fill_table()
        self.more.setVisible(len(rows) > SHOWN)
        self.more.setText(self.tr(
            "Showing the newest {count} events only. Narrow the filters, or export, to see "
            "the older ones.").format(count=QLocale().toString(SHOWN)))

    def _on_written(self, written: Written) -> None:
        self.export_button.setEnabled(True)
        self.written = written
        self._show_result(workbook_job.saved(written), DONE)

    def _on_failed(self, error: BaseException) -> None:
        self.export_button.setEnabled(True)
        self._show_result(spreadsheet_texts.export_failure(error), WARNING)

    # -- helpers -----------------------------------------------------------------------------
    def _load_users(self) -> None:
        chosen = self.user_filter.currentData()
        names = self._audit.usernames(self._actor)
        self.user_filter.blockSignals(True)  # the events load once, after
        self.user_filter.clear()
        self.user_filter.addItem(self.tr("All users"), None)
        for name in names:
            self.user_filter.addItem(name, name)
        self.user_filter.setCurrentIndex(max(0, self.user_filter.findData(chosen)))
        self.user_filter.blockSignals(False)

    def _fill_table(self) -> None:
        self.table.setRowCount(len(self.events))
        for row, event in enumerate(self.events):
            details = audit_texts.details_text(event.details)
            cells = {TIME: formatting.moment(event.at), USER: event.username,
                     ROLE: audit_texts.role_text(event.role), TILL: event.till,
                     ACTION: audit_texts.action_name(event.action),
                     SUBJECT: audit_texts.subject_text(event.subject), DETAILS: details}
            for column, text in cells.items():
                item = QTableWidgetItem(text)
                if column == DETAILS:
                    item.setToolTip(details)  # a long change reads whole in the tip
                self.table.setItem(row, column, item)

    def _show_result(self, text: str, style: str) -> None:
        set_tone(self.result, style)
        self.result.setText(text)
