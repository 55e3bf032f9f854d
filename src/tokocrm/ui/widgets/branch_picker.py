"""The whole shop or one branch, for the reports and exports that show one branch's figures;
the shop's named branches are offered (Settings → This computer, `tokocrm counter`)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox

translate = QCoreApplication.translate  # lupdate reads translate("Context", "literal")


def branch_picker(branches: list[str]) -> QComboBox:
    """"All branches" first (its data None), then each branch by name (its data the name)."""
    box = QComboBox()
    box.addItem(translate("BranchPicker", "All branches"), None)
    for name in branches:
        box.addItem(name, name)
    return box
