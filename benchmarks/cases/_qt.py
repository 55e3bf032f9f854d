"""The Qt side of the members-table case; the only benchmark module that imports Qt, and only
that case imports it, so the other cases run without Qt."""

from __future__ import annotations

import os
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QApplication

Index = QModelIndex | QPersistentModelIndex
DISPLAY = Qt.ItemDataRole.DisplayRole
_app: QApplication | None = None


def application() -> QApplication:
    """The running QApplication, or a new one kept alive for the rest of the process."""
    global _app
    existing = QApplication.instance()
    if existing is not None:
        return existing  # type: ignore[return-value]
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # read when the app starts
    _app = QApplication([])
    return _app


class BareTableModel(QAbstractTableModel):
    """The floor: a table model over a list already in memory, one tuple per row."""

    def __init__(self, rows: list[tuple[Any, ...]], columns: int) -> None:
        super().__init__()
        self._rows, self._columns = rows, columns

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._columns

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if role != DISPLAY or not index.isValid():
            return None
        return self._rows[index.row()][index.column()]


def paint(model: QAbstractTableModel, first: int, count: int) -> list[Any]:
    """What a view asks for to draw `count` rows from `first`: every cell's display text."""
    rows = range(first, min(first + count, model.rowCount()))
    columns = range(model.columnCount())
    return [model.data(model.index(row, column), DISPLAY) for row in rows for column in columns]
