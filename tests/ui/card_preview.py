"""Qt's print preview replaced at its boundary: no printer is here to press Print on."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QImage

from tokocrm.services.cards import CardData


class PreviewStub:
    """Takes the place of CardPrinting.show_preview: keeps what it was asked to show, and
    `press_print()` is the user printing from the preview."""

    def __init__(self) -> None:
        self.cards: list[CardData] = []
        self.logo: QImage | None = None
        self._printed: Callable[[], object] | None = None

    def __call__(self, cards: list[CardData], logo: QImage | None,
                 printed: Callable[[], object]) -> None:
        self.cards, self.logo, self._printed = cards, logo, printed

    def press_print(self) -> None:
        assert self._printed is not None, "no preview was opened"
        self._printed()
