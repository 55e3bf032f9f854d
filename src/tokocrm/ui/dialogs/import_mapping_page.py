"""The import wizard's column step: one line per column of the file (its letter, header and a
few values) with the field it goes into, prefilled from the header texts or from the mapping
last used for the same columns. A mapping that cannot work says why, in place."""

from __future__ import annotations

from datetime import date, datetime, time

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from tokocrm.domain.cleaning import as_text
from tokocrm.domain.errors import InvalidField
from tokocrm.io.columns import ColumnMapping, column_fields, set_column, validate_mapping
from tokocrm.io.spreadsheet import Cell
from tokocrm.ui import formatting
from tokocrm.ui.dialogs.import_state import ImportChoices
from tokocrm.ui.theme import HINT, WARNING, set_tone
from tokocrm.ui.widgets import spreadsheet_texts

SAMPLE_CHARS = 28  # of each sample value shown; the tooltip has them whole
COMBO_WIDTH = 240


class MappingPage(QWizardPage):
    def __init__(self, choices: ImportChoices) -> None:
        super().__init__()
        self._choices = choices
        self.combos: list[QComboBox] = []
        self.setTitle(self.tr("Match the columns"))
        self.setSubTitle(self.tr(
            "Say what each column holds. Several columns can go into the name (first and "
            "last name) or the address (street, city, post code); for any other field the "
            "first filled column is used."))
        self.source = QLabel()
        self.source.setWordWrap(True)
        set_tone(self.source, HINT)
        self.grid_host = QWidget()
        self.area = QScrollArea()
        self.area.setWidgetResizable(True)
        self.area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.area.setWidget(self.grid_host)
        self.error = QLabel()
        self.error.setWordWrap(True)
        set_tone(self.error, WARNING)
        layout = QVBoxLayout(self)
        layout.addWidget(self.source)
        layout.addWidget(self.area, 1)
        layout.addWidget(self.error)

    def initializePage(self) -> None:  # Qt override
        table, sheet = self._choices.table, self._choices.sheet_look
        self.combos = []
        host = QWidget()
        grid = QGridLayout(host)
        grid.setHorizontalSpacing(14)
        for column, text in enumerate((self.tr("Column"), self.tr("Header in the file"),
                                       self.tr("First values"), self.tr("Goes into"))):
            grid.addWidget(QLabel(f"<b>{text}</b>"), 0, column)
        fields = column_fields(self._choices.mapping())
        for index, header in enumerate(table.headers if table else ()):
            samples = [_cell_text(cell) for cell in sheet.samples_of(index)] if sheet else []
            self._add_row(grid, index + 1, table.column_letter(index), header, samples,
                          fields.get(index))
        grid.setColumnStretch(2, 1)
        grid.setRowStretch(len(self.combos) + 1, 1)
        self.area.setWidget(host)  # the old grid goes with the old host
        self.grid_host = host
        self.source.setText(self._source_text())
        self._check()
        if self.combos:
            self.combos[0].setFocus()

    def isComplete(self) -> bool:  # Qt override
        return not self.error.text()

    def set_field(self, column: int, field: str | None) -> None:
        """Make `column` go into `field` (None: not imported), as choosing it in its combo."""
        combo = self.combos[column]
        combo.setCurrentIndex(max(0, combo.findData(field)))

    def mapping(self) -> ColumnMapping:
        return self._choices.mapping()

    # -- building ----------------------------------------------------------------------------
    def _add_row(self, grid: QGridLayout, row: int, letter: str, header: str,
                 samples: list[str], field: str | None) -> None:
        combo = QComboBox()
        combo.addItem(self.tr("Not imported"), None)
        for name, label in spreadsheet_texts.field_names(self._choices.kind).items():
            combo.addItem(label, name)
        combo.setCurrentIndex(max(0, combo.findData(field)))
        combo.setMinimumWidth(COMBO_WIDTH)
        combo.setAccessibleName(self.tr("Column {letter} goes into").format(letter=letter))
        column = len(self.combos)
        combo.currentIndexChanged.connect(lambda _i, c=column: self._on_changed(c))
        self.combos.append(combo)
        shown = QLabel(" · ".join(_short(text) for text in samples))
        shown.setToolTip("\n".join(samples))
        set_tone(shown, HINT)
        shown.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        title = QLabel(header or self.tr("(no header)"))
        title.setBuddy(combo)
        grid.addWidget(QLabel(letter), row, 0)
        grid.addWidget(title, row, 1)
        grid.addWidget(shown, row, 2)
        grid.addWidget(combo, row, 3)

    def _source_text(self) -> str:
        table, sheet = self._choices.table, self._choices.sheet_look
        if table is None or sheet is None:
            return ""
        if sheet.remembered:
            return self.tr("Sheet {sheet}, header on row {row}. These are the fields you chose "
                           "the last time a file with these columns was imported; change any "
                           "that is wrong.").format(sheet=table.sheet, row=table.header_row)
        return self.tr("Sheet {sheet}, header on row {row}. The fields are guessed from the "
                       "headers; change any that is wrong.").format(
            sheet=table.sheet, row=table.header_row)

    # -- slots -------------------------------------------------------------------------------
    def _on_changed(self, column: int) -> None:
        field = self.combos[column].currentData()
        self._choices.set_mapping(set_column(self._choices.mapping(), column, field))
        self._check()

    def _check(self) -> None:
        table = self._choices.table
        try:
            validate_mapping(self._choices.mapping(), table.width if table else 0,
                             self._choices.kind)
        except InvalidField as error:
            self.error.setText(spreadsheet_texts.problem(error, self._choices.kind))
        else:
            self.error.clear()
        self.completeChanged.emit()


def _cell_text(cell: Cell) -> str:
    """A sample as the user's spreadsheet shows it: dates in the user's language."""
    if isinstance(cell, datetime):
        return formatting.moment(cell) if cell.time() != time() else formatting.day(cell.date())
    if isinstance(cell, date):
        return formatting.day(cell)
    return as_text(cell).strip()


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= SAMPLE_CHARS else text[:SAMPLE_CHARS - 1] + "…"
