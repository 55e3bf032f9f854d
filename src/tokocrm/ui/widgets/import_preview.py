"""What an import did or would do, shown: the four counts (new, updated, skipped, rejected)
and the first rows as they will be saved, each with what happens to it and why."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime, time

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tokocrm.domain.imports import MEMBERS, Action, ImportResult, RowOutcome
from tokocrm.domain.members import Gender
from tokocrm.io.imports import FileImport
from tokocrm.ui import formatting
from tokocrm.ui.theme import WARNING, set_tone
from tokocrm.ui.theme import color as theme_color
from tokocrm.ui.widgets import spreadsheet_texts

translate = QCoreApplication.translate
MORE_REJECTED = 500  # rejected rows listed after the preview, so the user sees why
MAX_COLUMN_WIDTH = 280
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class Count(QFrame):
    """One big number with its caption above."""

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.caption = QLabel(caption)
        self.value = QLabel("—")
        font = self.value.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.value.setFont(font)
        layout = QVBoxLayout(self)
        layout.addWidget(self.caption)
        layout.addWidget(self.value)

    def show_count(self, count: int | None, warn: bool = False) -> None:
        self.value.setText("—" if count is None else QLocale().toString(count))
        set_tone(self.value, WARNING if warn and count else None)


class Counts(QWidget):
    """New, updated, skipped and rejected rows (no 'updated' for purchases: never updated)."""

    def __init__(self, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        members = kind == MEMBERS
        self.created = Count(self.tr("New members") if members else self.tr("New purchases"))
        self.updated = Count(self.tr("Members updated"))
        self.skipped = Count(self.tr("Skipped"))
        self.rejected = Count(self.tr("Rejected"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for count in (self.created, self.updated, self.skipped, self.rejected):
            layout.addWidget(count, 1)
        self.updated.setVisible(members)

    def show_result(self, result: ImportResult | None) -> None:
        self.created.show_count(result.created if result else None)
        self.updated.show_count(result.updated if result else None)
        self.skipped.show_count(result.skipped if result else None)
        self.rejected.show_count(result.rejected if result else None, warn=True)


def action_names(kind: str) -> dict[Action, str]:
    return {
        Action.CREATED: translate("ImportPreview", "New"),
        Action.UPDATED: translate("ImportPreview", "Update"),
        Action.SKIPPED: translate("ImportPreview", "Skip"),
        Action.REJECTED: translate("ImportPreview", "Reject"),
    }


class PreviewTable(QTableWidget):
    """The first rows of the file as they will be saved."""

    def __init__(self, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(0, 0, parent)
        self._kind = kind
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.horizontalHeader().setStretchLastSection(True)

    def show_import(self, done: FileImport | None) -> None:
        """The preview rows, then every other rejected row (up to MORE_REJECTED), whose
        values are not kept: only its number and why it is refused."""
        self.clear()
        self.setRowCount(0)
        if done is None:
            self.setColumnCount(0)
            return
        names = spreadsheet_texts.field_names(self._kind)
        fields = [name for name in names if done.mapping.get(name)]
        self.setColumnCount(len(fields) + 3)
        self.setHorizontalHeaderLabels([self.tr("Row"), self.tr("Will be"), self.tr("Why")]
                                       + [names[f] for f in fields])
        shown = [(p.outcome, p.row.values) for p in done.preview]
        last = shown[-1][0].row if shown else 0
        shown += [(o, {}) for o in done.result.rejected_outcomes() if o.row > last][
            :MORE_REJECTED]
        self.setRowCount(len(shown))
        for row, (outcome, values) in enumerate(shown):
            self._fill(row, outcome, fields, values)
        self.resizeColumnsToContents()
        for column in range(2, self.columnCount()):
            self.setColumnWidth(column, min(self.columnWidth(column), MAX_COLUMN_WIDTH))

    def _fill(self, row: int, outcome: RowOutcome, fields: list[str],
              values: Mapping[str, object]) -> None:
        reason = why(outcome, self._kind)
        cells = [str(outcome.row), action_names(self._kind)[outcome.action], reason]
        cells += [value_text(field, values.get(field)) for field in fields]
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setToolTip(reason or text)
            if column == 0:
                item.setTextAlignment(_RIGHT)
            if outcome.action == Action.REJECTED:
                item.setForeground(QBrush(theme_color(WARNING)))
            self.setItem(row, column, item)


def why(outcome: RowOutcome, kind: str) -> str:
    texts = [spreadsheet_texts.issue_text(issue, kind) for issue in outcome.issues]
    if outcome.action == Action.UPDATED and outcome.changed:
        names = spreadsheet_texts.field_names(kind)
        texts.insert(0, translate("ImportPreview", "Changes: {fields}").format(
            fields=", ".join(names.get(f, f) for f in outcome.changed)))
    return "; ".join(texts)


def value_text(field: str, value: object) -> str:
    """A cleaned value as the rest of the app shows it."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return translate("ImportPreview", "Yes") if value else translate("ImportPreview", "No")
    if isinstance(value, Gender):
        return (translate("ImportPreview", "Female") if value == Gender.FEMALE
                else translate("ImportPreview", "Male"))
    if isinstance(value, datetime):  # a date alone in the file is midnight: show the day
        return formatting.day(value.date()) if value.time() == time() else formatting.moment(value)
    if isinstance(value, date):
        return formatting.day(value)
    if field == "phone" and isinstance(value, str):
        return formatting.phone(value)
    if field == "amount" and isinstance(value, int):
        return formatting.rupiah(value)
    if isinstance(value, int):
        return QLocale().toString(value)
    return " ".join(str(value).split())
