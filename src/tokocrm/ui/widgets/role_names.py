"""Roles as the UI names them, in the user's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from tokocrm.domain.roles import Role

translate = QCoreApplication.translate  # lupdate reads translate("Context", "literal")


def role_name(role: Role) -> str:
    return {
        Role.OWNER: translate("Roles", "owner"),
        Role.CASHIER: translate("Roles", "cashier"),
        Role.BOOKKEEPER: translate("Roles", "bookkeeper"),
    }[role]
