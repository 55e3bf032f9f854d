"""How a user logs in, as the UI names it (the roles' names are in role_names)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from tokocrm.domain.users import SecretKind

translate = QCoreApplication.translate  # lupdate reads translate("Context", "literal")


def secret_kind_name(kind: SecretKind) -> str:
    return {SecretKind.PIN: translate("UserTexts", "PIN"),
            SecretKind.PASSWORD: translate("UserTexts", "Password")}[kind]


def secret_kind_word(kind: SecretKind) -> str:
    """The same, inside a sentence ("log in with their password")."""
    return {SecretKind.PIN: translate("UserTexts", "PIN"),
            SecretKind.PASSWORD: translate("UserTexts", "password")}[kind]


def capital(text: str) -> str:
    """A name that starts a cell or an item ("cashier" reads "Cashier")."""
    return text[:1].upper() + text[1:]
