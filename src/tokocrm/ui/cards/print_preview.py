"""Cards through Qt's print preview: the user sees the sheets, picks a printer (or Qt's own
"print to PDF") and prints. The preview draws on the GUI thread, page by page, so callers keep
it to a few sheets (MAX_PREVIEW_CARDS) and write longer runs to a PDF in a Job instead."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QWidget

from tokocrm.services.cards import CardData
from tokocrm.ui.cards.sheets import a4_layout, paint_sheets

MAX_PREVIEW_CARDS = 100  # 10 sheets: about a quarter of a second to draw (measured)


def open_print_preview(parent: QWidget, cards: Sequence[CardData], logo: QImage | None,
                       printed: Callable[[], object]) -> QPrintPreviewDialog:
    """Open the preview of the cards' sheets; `printed` is called once they went to the
    printer (the dialog closes accepted only after printing)."""
    dialog = QPrintPreviewDialog(parent)  # it owns its printer: nothing here can outlive it
    prepare_printer(dialog.printer())
    dialog.setWindowTitle(QCoreApplication.translate("CardPrinting", "Print member cards"))
    dialog.paintRequested.connect(lambda printer: print_cards(printer, cards, logo))
    dialog.accepted.connect(printed)
    dialog.open()
    return dialog


def prepare_printer(printer: QPrinter) -> None:
    """A4 portrait, drawn from the paper's corner: the cards are placed on the paper, not
    within the printer's margins, so they keep their size and place on every printer."""
    printer.setPageLayout(a4_layout())
    printer.setFullPage(True)
    printer.setDocName(QCoreApplication.translate("CardPrinting", "Member cards"))


def print_cards(printer: QPrinter, cards: Sequence[CardData], logo: QImage | None) -> int:
    """Draw the sheets on the printer (or the preview's stand-in for it); returns how many."""
    painter = QPainter(printer)
    try:
        return paint_sheets(painter, printer, cards, logo)
    finally:
        painter.end()
