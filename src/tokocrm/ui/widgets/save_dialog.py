"""The Save dialog every export opens: a sensible file name offered, the suffix added when the
user types none, and the chosen path handed on once picked (the dialog is window-modal and
returned, so tests can pick a file without a real click)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget


def ask_save_path(parent: QWidget, title: str, offered: Path, name_filter: str, suffix: str,
                  chosen: Callable[[Path], object]) -> QFileDialog:
    dialog = QFileDialog(parent, title, str(offered), name_filter)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setDefaultSuffix(suffix)
    dialog.fileSelected.connect(lambda path: chosen(Path(path)))
    dialog.open()
    return dialog
