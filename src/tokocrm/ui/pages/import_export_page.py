"""Import/Export: spreadsheets in (members, purchase history: the import wizard) and out (the
bookkeeper's exports). The owner and the bookkeeper see the actions their role allows; a
cashier sees a sentence saying who can do this instead."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from tokocrm.domain.roles import Permission, allows
from tokocrm.io.columns import MEMBERS, PURCHASES
from tokocrm.services.actor import Actor
from tokocrm.services.container import Services
from tokocrm.ui.dialogs.import_wizard import ImportWizard
from tokocrm.ui.widgets.export_panel import HEADING_WIDTH, ExportPanel
from tokocrm.ui.widgets.page_title import page_title


class ImportExportPage(QWidget):
    imported = Signal()  # an import wrote members or purchases: other pages may reload

    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services, self._actor = services, actor
        self.export_panel: ExportPanel | None = None
        self.import_box: QGroupBox | None = None
        self.wizard: ImportWizard | None = None
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.addWidget(page_title(self.tr("Import and export")))
        if allows(actor.role, Permission.IMPORT_DATA):
            self.import_box = self._build_import()
            layout.addWidget(self.import_box)
        if allows(actor.role, Permission.EXPORT_DATA):
            self.export_panel = ExportPanel(services, actor)
            layout.addWidget(self.export_panel)
        if self.import_box is None and self.export_panel is None:
            self.not_allowed = QLabel(self.tr(
                "Importing and exporting spreadsheets is for the owner and the bookkeeper."))
            self.not_allowed.setWordWrap(True)
            layout.addWidget(self.not_allowed)
        layout.addStretch(1)
        area = QScrollArea()  # scrolls rather than squeezes on a small screen
        area.setWidget(content)
        area.setWidgetResizable(True)
        area.setFrameShape(QScrollArea.Shape.NoFrame)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(area)

    def _build_import(self) -> QGroupBox:
        self.import_members_button = QPushButton(self.tr("Import members…"))
        self.import_members_button.clicked.connect(lambda: self.open_wizard(MEMBERS))
        self.import_purchases_button = QPushButton(self.tr("Import purchase history…"))
        self.import_purchases_button.clicked.connect(lambda: self.open_wizard(PURCHASES))
        rows = (
            (self.tr("Members"), self.tr(
                "A member list from Excel, LibreOffice or another program (.xlsx, .xls, .ods, "
                ".csv), with opening points. You see what will happen to every row before "
                "anything is saved."), self.import_members_button),
            (self.tr("Purchase history"), self.tr(
                "Past purchases of members already in TokoCRM: member, date, amount, receipt "
                "number. Points are not awarded unless you ask for it."),
             self.import_purchases_button),
        )
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        for row, (title, text, button) in enumerate(rows):
            description = QLabel(text)
            description.setWordWrap(True)
            grid.addWidget(QLabel(f"<b>{title}</b>"), row, 0)
            grid.addWidget(description, row, 1)
            grid.addWidget(button, row, 2)
        grid.setColumnStretch(1, 1)
        grid.setColumnMinimumWidth(0, HEADING_WIDTH)  # both boxes line up
        box = QGroupBox(self.tr("Bring spreadsheets in"))
        box.setLayout(grid)
        return box

    def open_wizard(self, kind: str) -> ImportWizard:
        """Open the import wizard for members or purchases (not modal: open(), not exec())."""
        if self.wizard is not None and self.wizard.isVisible():
            self.wizard.raise_()  # one import at a time
            self.wizard.activateWindow()
            return self.wizard
        if self.wizard is not None and not self.wizard.busy():
            self.wizard.deleteLater()  # a busy one (stopping) goes with the page
        self.wizard = ImportWizard(self._services, self._actor, kind, self)
        self.wizard.imported.connect(self.imported)
        self.wizard.open()
        return self.wizard
