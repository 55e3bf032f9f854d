"""Translated texts for the errors the lower layers raise by code (they carry no UI text)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from tokocrm.domain.errors import TokoError


def _texts() -> dict[str, str]:
    # Spelled out in full: lupdate only recognises QCoreApplication.translate("ctx", "literal").
    return {
        "db.unreadable": QCoreApplication.translate(
            "Messages", "Cannot read the database file {path}: {reason}"),
        "db.not_sqlite": QCoreApplication.translate(
            "Messages", "{path} is not a TokoCRM database. The file was left untouched."),
        "db.foreign": QCoreApplication.translate(
            "Messages", "{path} belongs to another program. The file was left untouched."),
        "db.too_new": QCoreApplication.translate(
            "Messages", "The database {path} was made by a newer TokoCRM (schema {revision}). "
            "Please install the newest TokoCRM."),
        "db.unreachable": QCoreApplication.translate(
            "Messages", "Cannot open the database {path}: {reason}"),
        "permission.denied": QCoreApplication.translate(
            "Messages", "{user} ({role}) may not {action}."),
    }


def message_for(error: TokoError) -> str:
    """The error in the user's language; the English default for a code not listed here."""
    text = _texts().get(error.code)
    return text.format(**error.params) if text else str(error)
