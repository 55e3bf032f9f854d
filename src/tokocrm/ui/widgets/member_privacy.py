"""The profile's privacy actions (UU PDP): hand a member everything the shop holds on them, or
erase their personal data on request. Shown only to users who may do them."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from tokocrm.domain.errors import TokoError
from tokocrm.domain.roles import Permission, allows
from tokocrm.services.actor import Actor
from tokocrm.services.container import Services
from tokocrm.ui.jobs import Job
from tokocrm.ui.messages import message_for
from tokocrm.ui.theme import WARNING, set_tone
from tokocrm.ui.widgets import spreadsheet_texts, workbook_job
from tokocrm.ui.widgets.save_dialog import ask_save_path


class MemberPrivacy(QWidget):
    erased = Signal()

    def __init__(self, services: Services, actor: Actor, member_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services, self._actor, self._member_id = services, actor, member_id
        self.card = ""  # the profile sets it once the member is read
        self.export_button = QPushButton(self.tr("Export the member's data…"))
        self.export_button.clicked.connect(self.ask_where)
        self.export_button.setVisible(allows(actor.role, Permission.EXPORT_DATA))
        self.erase_button = QPushButton(self.tr("Erase on request…"))
        self.erase_button.clicked.connect(self._show_confirm)
        self.erase_button.setVisible(allows(actor.role, Permission.ERASE_MEMBER))
        self.reason = QLineEdit()
        self.reason.setObjectName("erase_reason")
        self.reason.setPlaceholderText(self.tr("Why (e.g. the customer asked by WhatsApp)"))
        self.confirm = QPushButton(self.tr("Erase personal data for good"))
        set_tone(self.confirm, WARNING)
        self.confirm.clicked.connect(self.erase)
        self.result = QLabel()
        self.result.setWordWrap(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.export_button, self.erase_button, self.reason, self.confirm):
            layout.addWidget(widget)
        layout.addWidget(self.result, 1)
        self.reason.hide()
        self.confirm.hide()
        self.save_dialog = None
        self.export_job: Job | None = None

    def ask_where(self) -> None:
        folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
        offered = Path(folder) / self.tr("member-{card}.xlsx").format(card=self.card)
        self.save_dialog = ask_save_path(self, self.tr("Save the member's data as"), offered,
                                         self.tr("Excel workbook (*.xlsx)"), "xlsx",
                                         self.export)

    def export(self, path: Path) -> Job:
        privacy, actor, member = self._services.privacy, self._actor, self._member_id
        self.export_job = workbook_job.start(
            lambda: privacy.member_data(actor, member), path,
            on_written=lambda written: self.result.setText(workbook_job.saved(written)),
            on_failed=lambda error: self.result.setText(
                spreadsheet_texts.export_failure(error)))
        return self.export_job

    def _show_confirm(self) -> None:
        self.reason.show()
        self.confirm.show()
        self.reason.setFocus()

    def erase(self) -> None:
        try:
            self._services.privacy.erase(self._actor, self._member_id, self.reason.text())
        except TokoError as error:
            self.result.setText(message_for(error))
            return
        for widget in (self.reason, self.confirm, self.erase_button, self.export_button):
            widget.hide()
        self.result.setText(self.tr("Erased. The purchases stay, without a name."))
        self.erased.emit()
