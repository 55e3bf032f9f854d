"""Per-machine UI state kept in QSettings: window geometry, last page, language choice."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings


class UiState:
    def __init__(self, settings: QSettings) -> None:
        self._settings = settings

    def geometry(self) -> QByteArray | None:
        value = self._settings.value("window/geometry")
        return value if isinstance(value, QByteArray) else None

    def set_geometry(self, geometry: QByteArray) -> None:
        self._settings.setValue("window/geometry", geometry)

    def last_page(self) -> int:
        return int(self._settings.value("window/last_page", 0))

    def set_last_page(self, index: int) -> None:
        self._settings.setValue("window/last_page", index)

    def language(self) -> str:
        """"system", "id" or "en"."""
        return str(self._settings.value("ui/language", "system"))

    def set_language(self, language: str) -> None:
        self._settings.setValue("ui/language", language)

    def sync(self) -> None:
        self._settings.sync()
