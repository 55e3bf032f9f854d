"""Follow-up: pick a list (birthdays, expiring points, ...), see who is due, pick a message
template, read it filled in for the selected member, then send it on WhatsApp (the chat opens
with the text typed in) or copy it; either way it goes on the member's timeline. A promotion
is not offered to members who did not agree to receive offers. The list exports to a
workbook. The main window calls `refresh()` when the page is shown, so the lists are live."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QByteArray, QLocale, QStandardPaths, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tokocrm.domain.errors import TokoError
from tokocrm.domain.followup import FollowUpList
from tokocrm.domain.roles import Permission, allows
from tokocrm.domain.whatsapp import MessageChannel, Refusal, TemplateKind
from tokocrm.io.xlsx_export import Written
from tokocrm.services.actor import Actor
from tokocrm.services.container import Services
from tokocrm.services.followup_queries import FollowUpRow
from tokocrm.services.messages import Preview, TemplateRow
from tokocrm.ui import formatting
from tokocrm.ui.jobs import Job
from tokocrm.ui.messages import message_for
from tokocrm.ui.theme import DONE, WARNING, set_tone
from tokocrm.ui.widgets import followup_texts, spreadsheet_texts, workbook_job
from tokocrm.ui.widgets.page_title import page_title
from tokocrm.ui.widgets.save_dialog import ask_save_path

SHOWN = 2_000  # rows the table holds; the export has them all
CARD, NAME, PHONE, DUE, POINTS, CONSENT = range(6)


def open_link(url: str) -> bool:
    """Open the click-to-chat link in the default browser (or WhatsApp, where it claims wa.me
    links): the one call that leaves the app, which tests replace. The link is already
    percent-encoded; StrictMode keeps it byte for byte."""
    return QDesktopServices.openUrl(
        QUrl.fromEncoded(QByteArray(url.encode("ascii")), QUrl.ParsingMode.StrictMode))


class FollowUpPage(QWidget):
    list_loaded = Signal()  # the chosen list is in the table (or its failure is shown)

    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._followup, self._messages, self._actor = services.followup, services.messages, actor
        self._folder = Path(QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation) or Path.home())
        self.rows: list[FollowUpRow] = []
        self.templates: list[TemplateRow] = []
        self.preview: Preview | None = None
        self.save_dialog: QFileDialog | None = None
        self.export_job: Job | None = None
        self.list_job: Job | None = None
        splitter = QSplitter()
        splitter.addWidget(self._build_table())
        splitter.addWidget(self._build_message())
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(page_title(self.tr("Follow-up")))
        layout.addLayout(self._build_chooser())
        layout.addWidget(splitter, 1)
        layout.addLayout(self._build_export())

    # -- building ----------------------------------------------------------------------------
    def _build_chooser(self) -> QHBoxLayout:
        self.list_chooser = QComboBox()
        self.list_chooser.setObjectName("followup_list")
        for which, name in followup_texts.list_names().items():
            self.list_chooser.addItem(name, which.value)
        self.list_chooser.currentIndexChanged.connect(self._load_list)
        self.count = QLabel()
        self.count.setObjectName("followup_count")
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("List")))
        row.addWidget(self.list_chooser)
        row.addWidget(self.count, 1)
        return row

    def _build_table(self) -> QWidget:
        table = self.table = QTableWidget(0, 6)
        table.setObjectName("followup_table")
        table.setHorizontalHeaderLabels([self.tr("Card"), self.tr("Name"), self.tr("Phone"), "",
                                         self.tr("Points"), self.tr("Offers")])
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.verticalHeader().hide()
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        table.horizontalHeader().setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        # Fixed widths: measuring 2,000 rows' contents would cost more than the list itself.
        for column, width in ((CARD, 130), (PHONE, 120), (DUE, 110), (POINTS, 70),
                              (CONSENT, 60)):
            table.setColumnWidth(column, width)
        table.itemSelectionChanged.connect(self._on_member_selected)
        self.more = QLabel()
        self.more.setWordWrap(True)
        self.more.hide()
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(table, 1)
        layout.addWidget(self.more)
        return box

    def _build_message(self) -> QWidget:
        self.template_chooser = QComboBox()
        self.template_chooser.setObjectName("followup_template")
        self.template_chooser.currentIndexChanged.connect(self._show_preview)
        self.text = QPlainTextEdit()
        self.text.setObjectName("followup_preview")
        self.text.setReadOnly(True)  # what is sent is what is logged
        self.notice = QLabel()
        self.notice.setObjectName("followup_notice")
        self.notice.setWordWrap(True)
        self.send_button = QPushButton(self.tr("Send on WhatsApp"))
        self.send_button.setObjectName("followup_send")
        self.send_button.clicked.connect(self.send)
        self.copy_button = QPushButton(self.tr("Copy"))
        self.copy_button.setObjectName("followup_copy")
        self.copy_button.setToolTip(self.tr("Copy the message to paste it in another app."))
        self.copy_button.clicked.connect(self.copy)
        for button in (self.send_button, self.copy_button):
            button.setVisible(allows(self._actor.role, Permission.SEND_MESSAGES))
        buttons = QHBoxLayout()
        buttons.addWidget(self.send_button)
        buttons.addWidget(self.copy_button)
        buttons.addStretch(1)
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("Message")))
        layout.addWidget(self.template_chooser)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.notice)
        layout.addLayout(buttons)
        return box

    def _build_export(self) -> QHBoxLayout:
        self.export_button = QPushButton(self.tr("Export…"))
        self.export_button.setObjectName("followup_export")
        self.export_button.clicked.connect(self.ask_where)
        self.export_button.setVisible(allows(self._actor.role, Permission.EXPORT_DATA))
        row, self.progress, self.result = workbook_job.export_row(self.export_button)
        return row

    # -- public ------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Reload the templates (keeping the one chosen) and the list as of now."""
        try:
            self._load_templates()
        except TokoError as error:
            self._say(message_for(error), WARNING)
            return
        self._load_list()

    def current_list(self) -> FollowUpList:
        return FollowUpList(self.list_chooser.currentData())

    def selected(self) -> FollowUpRow | None:
        chosen = self.table.selectionModel().selectedRows()
        return self.rows[chosen[0].row()] if chosen else None

    def send(self) -> None:
        """Open the member's chat with the message typed in; once it opened, log it."""
        member, preview = self.selected(), self.preview
        if member is None or preview is None or preview.link is None:
            return
        if not open_link(preview.link):
            self._say(self.tr("WhatsApp could not be opened: is a web browser installed?"),
                      WARNING)
            return
        self._log(member, preview, MessageChannel.WHATSAPP)

    def copy(self) -> None:
        """Put the message on the clipboard, to paste in another app; logged as copied."""
        member, preview = self.selected(), self.preview
        if member is None or preview is None or preview.refused_reason == Refusal.NO_CONSENT:
            return
        QGuiApplication.clipboard().setText(preview.text)
        self._log(member, preview, MessageChannel.CLIPBOARD)

    def ask_where(self) -> None:
        offered = self._folder / self.tr("follow-up-{list}-{day}.xlsx").format(
            list=self.current_list().value, day=date.today().isoformat())
        self.save_dialog = ask_save_path(self, self.tr("Save the list as"), offered,
                                         self.tr("Excel workbook (*.xlsx)"), "xlsx",
                                         self.export)

    def export(self, path: Path) -> Job | None:
        """Write the list, as it is when the file is written, to `path` on a worker."""
        followup, actor, which = self._followup, self._actor, self.current_list()
        self._folder = path.parent
        self.export_button.setEnabled(False)
        self.result.clear()
        self.export_job = workbook_job.start(
            lambda: followup.export(actor, which), path, on_written=self._on_written,
            on_failed=self._on_failed, progress=self.progress)
        return self.export_job

    # -- the list ----------------------------------------------------------------------------
    def _load_list(self) -> None:
        """Read the chosen list on a worker: at-risk and former take seconds in a big shop."""
        which, followup, actor = self.current_list(), self._followup, self._actor
        job = Job(lambda _job: followup.members(actor, which))
        job.signals.finished.connect(lambda rows: self._show_list(which, rows))
        job.signals.failed.connect(self._on_list_failed)
        self.count.setText(self.tr("Loading…"))
        self.list_job = job
        job.start()

    def _on_list_failed(self, error: BaseException) -> None:
        self._say(message_for(error) if isinstance(error, TokoError) else str(error), WARNING)
        self.list_loaded.emit()

    def _show_list(self, which: FollowUpList, rows: list[FollowUpRow]) -> None:
        if which != self.current_list():  # another list was chosen meanwhile: its own comes
            return
        kept = self.selected()
        self.rows = rows[:SHOWN]
        self._fill_table()
        self.count.setText(self.tr("{count} members").format(count=QLocale().toString(len(rows))))
        self.more.setVisible(len(rows) > SHOWN)
        self.more.setText(self.tr("Showing the first {count} members only; the export has them "
                                  "all.").format(count=QLocale().toString(SHOWN)))
        self._select(kept.id if kept is not None else None)
        self.list_loaded.emit()

    def _fill_table(self) -> None:
        which = self.current_list()
        header = QTableWidgetItem(followup_texts.due_headers()[which])
        self.table.setHorizontalHeaderItem(DUE, header)
        self.table.setColumnHidden(POINTS, which != FollowUpList.POINTS_EXPIRING)
        self.table.blockSignals(True)  # one selection change, after
        self.table.clearSelection()
        self.table.setRowCount(len(self.rows))
        for index, row in enumerate(self.rows):
            cells = {CARD: row.card, NAME: row.name, PHONE: formatting.phone(row.phone),
                     DUE: formatting.day(row.due_on),
                     POINTS: QLocale().toString(row.points) if row.points is not None else "",
                     CONSENT: self.tr("yes") if row.consent else self.tr("no")}
            for column, text in cells.items():
                self.table.setItem(index, column, QTableWidgetItem(text))
        self.table.blockSignals(False)

    def _select(self, member_id: int | None) -> None:
        """The member chosen before, if still due; else the first."""
        ids = [row.id for row in self.rows]
        if not ids:
            self._on_member_selected()  # nobody to select: no selection signal comes
            return
        self.table.selectRow(ids.index(member_id) if member_id in ids else 0)

    # -- the message -------------------------------------------------------------------------
    def _load_templates(self) -> None:
        chosen = self.template_chooser.currentData()
        self.templates = self._messages.templates(self._actor)
        kinds = followup_texts.kind_names()
        self.template_chooser.blockSignals(True)
        self.template_chooser.clear()
        for template in self.templates:
            self.template_chooser.addItem(
                self.tr("{name} ({kind})").format(name=template.name, kind=kinds[template.kind]),
                template.id)
        self.template_chooser.setCurrentIndex(max(0, self.template_chooser.findData(chosen)))
        self.template_chooser.blockSignals(False)

    def _on_member_selected(self) -> None:
        member = self.selected()
        self._offer_templates(member is not None and member.consent)
        self._show_preview()

    def _offer_templates(self, consent: bool) -> None:
        """A promotion cannot be picked for a member who did not agree to offers."""
        model = self.template_chooser.model()
        if not isinstance(model, QStandardItemModel):
            return
        for index, template in enumerate(self.templates):
            model.item(index).setEnabled(consent or template.kind != TemplateKind.PROMO)

    def _show_preview(self) -> None:
        member, template_id = self.selected(), self.template_chooser.currentData()
        self.preview = None
        self.text.clear()
        self._say(self._missing(member, template_id), WARNING)
        if member is not None and template_id is not None:
            try:
                self.preview = self._messages.preview(self._actor, template_id, member.id)
            except TokoError as error:
                self._say(message_for(error), WARNING)
            else:
                self.text.setPlainText(self.preview.text)
                refused = self.preview.refused_reason
                self._say(followup_texts.refusal_text(refused) if refused else "", WARNING)
        self._enable_buttons()

    def _missing(self, member: FollowUpRow | None, template_id: int | None) -> str:
        if not self.templates:
            return self.tr("No message templates yet: the owner writes them in Settings, "
                           "Messages.")
        if not self.rows:
            return self.tr("Nobody is due on this list today.")
        if member is None:
            return self.tr("Choose a member in the list.")
        return "" if template_id is not None else self.tr("Choose a message.")

    def _enable_buttons(self) -> None:
        preview = self.preview
        self.send_button.setEnabled(preview is not None and preview.link is not None)
        self.copy_button.setEnabled(preview is not None
                                    and preview.refused_reason != Refusal.NO_CONSENT)

    def _log(self, member: FollowUpRow, preview: Preview, channel: MessageChannel) -> None:
        try:
            self._messages.log_send(self._actor, member.id, self.template_chooser.currentData(),
                                    preview.text, channel)
        except TokoError as error:
            self._say(message_for(error), WARNING)
            return
        done = (self.tr("Opened in WhatsApp for {name}; noted on their timeline.")
                if channel == MessageChannel.WHATSAPP else
                self.tr("Copied for {name}; noted on their timeline."))
        self._say(done.format(name=member.name), DONE)

    # -- the export --------------------------------------------------------------------------
    def _on_written(self, written: Written) -> None:
        self.export_button.setEnabled(True)
        self._show_result(workbook_job.saved(written), DONE)

    def _on_failed(self, error: BaseException) -> None:
        self.export_button.setEnabled(True)
        self._show_result(spreadsheet_texts.export_failure(error), WARNING)

    def _show_result(self, text: str, style: str) -> None:
        set_tone(self.result, style)
        self.result.setText(text)

    def _say(self, text: str, style: str) -> None:
        set_tone(self.notice, style)
        self.notice.setText(text)
