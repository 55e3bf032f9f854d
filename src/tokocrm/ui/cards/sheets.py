"""Cards ten to an A4 sheet with crop marks: on a printer, into a PDF file, or one card as a
picture. QPainter may draw on a QPdfWriter, a QPrinter or a QImage off the GUI thread, so a
long run of sheets can be written in a Job."""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QFile, QIODevice, QLineF, QMarginsF, QPointF, Qt
from PySide6.QtGui import (
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
)

from tokocrm.io.xlsx_export import ExportFailed  # the exports' "cannot write" refusal
from tokocrm.services.cards import CardData
from tokocrm.ui.cards.card_painter import card_size_px, paint_card
from tokocrm.ui.cards.geometry import MM_PER_INCH, PER_SHEET, crop_marks, slot

PDF_DPI = 1200  # the PDF is vector: this is only the grid the barcode's bars snap to
MARK_WIDTH = 0.15  # mm
# Called after each sheet with (sheets done, sheets in all); it may raise to stop the run.
SheetDone = Callable[[int, int], None]


def a4_layout() -> QPageLayout:
    """A4 portrait with no margins: the painter's origin is the paper's corner."""
    return QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                       QMarginsF(0, 0, 0, 0))


def paint_sheets(painter: QPainter, device: QPagedPaintDevice, cards: Sequence[CardData],
                 logo: QImage | None = None, sheet_done: SheetDone | None = None) -> int:
    """Draw the cards on as many pages of `device` as they need; returns the page count."""
    dpi = painter.device().logicalDpiX()
    sheets = [cards[i:i + PER_SHEET] for i in range(0, len(cards), PER_SHEET)]
    for number, sheet in enumerate(sheets, start=1):
        if number > 1:
            device.newPage()
        paint_sheet(painter, sheet, dpi, logo)
        if sheet_done is not None:
            sheet_done(number, len(sheets))
    return len(sheets)


def paint_sheet(painter: QPainter, cards: Sequence[CardData], dpi: float,
                logo: QImage | None = None) -> None:
    """Up to ten cards on one A4 page, and the crop marks around them."""
    px = dpi / MM_PER_INCH
    for index, card in enumerate(cards[:PER_SHEET]):
        box = slot(index)
        paint_card(painter, card, QPointF(box.x * px, box.y * px), dpi, logo)
    painter.save()
    painter.setPen(QPen(Qt.GlobalColor.black, MARK_WIDTH * px))
    for mark in crop_marks(len(cards)):
        painter.drawLine(QLineF(mark.x1 * px, mark.y1 * px, mark.x2 * px, mark.y2 * px))
    painter.restore()


def write_pdf(cards: Sequence[CardData], path: Path, logo: QImage | None = None,
              sheet_done: SheetDone | None = None) -> int:
    """Write the cards' sheets to a PDF file; returns how many sheets. The file appears only
    once complete: a run stopped half-way (sheet_done raised) leaves no broken PDF behind."""
    if not cards:
        raise ValueError("no cards to write")
    partial = path.with_name(path.name + ".part")
    file = QFile(str(partial))
    if not file.open(QIODevice.OpenModeFlag.WriteOnly):
        raise ExportFailed(path=str(path), reason=file.errorString())
    try:
        sheets = _paint_pdf(file, cards, logo, sheet_done)
    except BaseException:
        file.close()
        partial.unlink(missing_ok=True)
        raise
    file.close()
    os.replace(partial, path)
    return sheets


def _paint_pdf(file: QFile, cards: Sequence[CardData], logo: QImage | None,
               sheet_done: SheetDone | None) -> int:
    writer = QPdfWriter(file)
    writer.setResolution(PDF_DPI)
    writer.setPageLayout(a4_layout())
    writer.setCreator("TokoCRM")
    writer.setTitle("Member cards")
    painter = QPainter(writer)
    try:
        return paint_sheets(painter, writer, cards, logo, sheet_done)
    finally:
        painter.end()


def card_image(card: CardData, dpi: float, logo: QImage | None = None) -> QImage:
    """One card alone as a picture at `dpi` (its pixels are the card's true size there)."""
    width, height = card_size_px(dpi)
    image = QImage(width, height, QImage.Format.Format_RGB32)
    dots_per_metre = round(dpi / MM_PER_INCH * 1000)
    image.setDotsPerMeterX(dots_per_metre)
    image.setDotsPerMeterY(dots_per_metre)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    try:
        paint_card(painter, card, QPointF(0, 0), dpi, logo)
    finally:
        painter.end()
    return image


def logo_image(data: bytes | None) -> QImage | None:
    """The shop's stored logo as an image; None when there is none or it cannot be read."""
    if not data:
        return None
    image = QImage.fromData(data)
    return None if image.isNull() else image
