"""Reading printed member cards back: a PDF's pages rendered by PDFium (not by the Qt code
that wrote them) and the codes on them decoded by zxing-cpp.

Pixels are copied out before decoding: PDFium's bitmap and a QImage own their memory, and
a view of it must not outlive them (a freed buffer read later crashes the test run)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pypdfium2
import zxingcpp
from PySide6.QtGui import QImage


def page_pixels(document: pypdfium2.PdfDocument, index: int, dpi: int) -> np.ndarray:
    """One page, grey, as a (rows, columns) array of its own."""
    page = document[index]
    bitmap = page.render(scale=dpi / 72, grayscale=True)
    try:
        pixels = np.array(bitmap.to_numpy(), copy=True)
    finally:
        bitmap.close()
        page.close()
    return pixels.reshape(pixels.shape[0], pixels.shape[1])


def image_pixels(image: QImage) -> np.ndarray:
    """A QImage, grey, as a (rows, columns) array of its own."""
    grey = image.convertToFormat(QImage.Format.Format_Grayscale8)
    rows = np.frombuffer(grey.constBits(), np.uint8, count=grey.sizeInBytes())
    return rows.reshape(grey.height(), grey.bytesPerLine())[:, :grey.width()].copy()


def scanned_pdf(path: Path, dpi: int = 300) -> list[list[str]]:
    """The QR codes on each page, sorted: one list per page."""
    document = pypdfium2.PdfDocument(path)
    try:
        return [sorted(code.text for code in zxingcpp.read_barcodes(
            page_pixels(document, index, dpi), formats=zxingcpp.BarcodeFormat.QRCode))
            for index in range(len(document))]
    finally:
        document.close()
