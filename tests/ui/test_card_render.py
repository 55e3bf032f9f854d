"""Member cards as they come out (issue #10): the barcode and the QR code decode back to the
card number, and the PDF's A4 sheets hold ten cards at their true size between crop marks.
The PDF is read back by PDFium (pypdfium2), not by the Qt code that wrote it."""

from __future__ import annotations

import numpy as np
import pypdfium2
import pytest
import zxingcpp
from PySide6.QtGui import QColor, QImage, QPageSize
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QWidget

from tests.card_scans import image_pixels, page_pixels, scanned_pdf
from tokocrm.domain.cards import new_card_number
from tokocrm.domain.errors import Cancelled
from tokocrm.services.cards import CardData
from tokocrm.ui.cards.card_painter import BARS
from tokocrm.ui.cards.geometry import (
    CARD_HEIGHT,
    CARD_WIDTH,
    LEFT,
    MARK_GAP,
    MARK_LENGTH,
    MM_PER_INCH,
    PER_SHEET,
    TOP,
    crop_marks,
    slot,
)
from tokocrm.ui.cards.print_preview import open_print_preview, prepare_printer
from tokocrm.ui.cards.sheets import card_image, write_pdf

EAN_CARD = new_card_number("29", 1)  # 13 digits, as the shop hands out
IMPORTED = "LAMA0042"  # "LAMA-0042" in the old system; stored as letters and digits
LONGEST = "AB12" * 8  # 32 characters, the most a card code may have
POINTS_PER_MM = 72 / MM_PER_INCH
TOLERANCE = 0.2  # mm
CODES = (zxingcpp.BarcodeFormat.Code128, zxingcpp.BarcodeFormat.QRCode)


def card(number: str, name: str = "Siti Aminah", index: int = 0) -> CardData:
    return CardData(index, number, name, "Gold", "Toko Makmur Jaya")


def decoded(image: QImage | np.ndarray) -> dict[str, list[str]]:
    pixels = image_pixels(image) if isinstance(image, QImage) else image
    found: dict[str, list[str]] = {}
    for code in zxingcpp.read_barcodes(pixels, formats=CODES):
        found.setdefault(code.format.name, []).append(code.text)
    return found


@pytest.mark.parametrize("number", [EAN_CARD, IMPORTED, LONGEST])
def test_both_codes_on_a_card_decode_to_its_number(qapp, number):
    image = card_image(card(number), dpi=600)
    assert decoded(image) == {"Code128": [number], "QRCode": [number]}


def test_a_card_at_300_dpi_still_scans(qapp):
    assert decoded(card_image(card(LONGEST), dpi=300)) == {"Code128": [LONGEST],
                                                           "QRCode": [LONGEST]}


def test_the_card_is_85_6_by_54_mm(qapp):
    image = card_image(card(EAN_CARD), dpi=600)
    width = image.width() / image.dotsPerMeterX() * 1000
    height = image.height() / image.dotsPerMeterY() * 1000
    assert width == pytest.approx(CARD_WIDTH, abs=TOLERANCE)
    assert height == pytest.approx(CARD_HEIGHT, abs=TOLERANCE)


def test_the_bars_are_pure_black_and_white(qapp):
    """Bars on whole pixels: no grey edge from scaling for a scanner to misjudge."""
    dpi = 300
    image = card_image(card(IMPORTED), dpi=dpi)
    px = dpi / MM_PER_INCH
    colours = {image.pixelColor(x, y).name()
               for y in range(round(BARS.y * px), round((BARS.y + BARS.height) * px))
               for x in range(round(BARS.x * px), round((BARS.x + BARS.width) * px))}
    assert colours == {QColor("black").name(), QColor("white").name()}


def test_a_long_name_is_shortened_not_spilled_over_the_qr_code(qapp):
    long_name = "Siti Aminah binti Abdul Rahman Wijayakusuma Hadiningrat " * 2
    image = card_image(card(EAN_CARD, long_name), dpi=600)
    assert decoded(image)["QRCode"] == [EAN_CARD]


@pytest.fixture
def twelve(tmp_path, qapp):
    """Twelve cards written to a PDF: a full sheet and two cards on a second."""
    cards = [card(new_card_number("29", n), f"Member {n}", n) for n in range(1, 13)]
    path = tmp_path / "cards.pdf"
    assert write_pdf(cards, path) == 2
    document = pypdfium2.PdfDocument(path)
    yield cards, document
    document.close()


def test_the_pdf_has_a4_pages(twelve):
    _, document = twelve
    assert len(document) == 2
    for index in range(len(document)):
        page = document[index]
        width, height = page.get_size()
        page.close()
        assert width / POINTS_PER_MM == pytest.approx(210, abs=TOLERANCE)
        assert height / POINTS_PER_MM == pytest.approx(297, abs=TOLERANCE)


def test_each_card_on_the_sheet_scans_in_its_own_place(twelve):
    cards, document = twelve
    dpi = 300
    image = page_pixels(document, 0, dpi)
    places = {}
    for code in zxingcpp.read_barcodes(image, formats=CODES):
        corner = code.position.top_left
        places.setdefault(code.text, set()).add(_slot_at(corner.x, corner.y, dpi))
    assert places == {c.card: {n} for n, c in enumerate(cards[:PER_SHEET])}
    second = decoded(page_pixels(document, 1, dpi))
    assert sorted(second["QRCode"]) == sorted(second["Code128"]) == [c.card for c in cards[10:]]


def _slot_at(x: float, y: float, dpi: int) -> int | None:
    mm_x, mm_y = x / dpi * MM_PER_INCH, y / dpi * MM_PER_INCH
    for index in range(PER_SHEET):
        box = slot(index)
        if box.x <= mm_x < box.x + box.width and box.y <= mm_y < box.y + box.height:
            return index
    return None


def test_crop_marks_frame_cards_of_the_true_size(twelve):
    _, document = twelve
    dpi = 600
    pixels = page_pixels(document, 0, dpi)
    mm = dpi / MM_PER_INCH
    across = pixels[round((TOP - MARK_GAP - MARK_LENGTH / 2) * mm), :]  # marks above the cards
    down = pixels[:, round((LEFT - MARK_GAP - MARK_LENGTH / 2) * mm)]  # marks left of them
    columns, rows = _dark_centres(across) / mm, _dark_centres(down) / mm
    assert columns == pytest.approx([LEFT + n * CARD_WIDTH for n in range(3)], abs=TOLERANCE)
    assert rows == pytest.approx([TOP + n * CARD_HEIGHT for n in range(6)], abs=TOLERANCE)
    assert np.diff(columns) == pytest.approx([CARD_WIDTH] * 2, abs=TOLERANCE)
    assert np.diff(rows) == pytest.approx([CARD_HEIGHT] * 5, abs=TOLERANCE)


def _dark_centres(line: np.ndarray) -> np.ndarray:
    """The middle of each run of dark pixels along a line of the page."""
    dark = np.concatenate([[False], line < 128, [False]])
    edges = np.flatnonzero(np.diff(dark.astype(np.int8)))
    starts, ends = edges[::2], edges[1::2]
    return (starts + ends - 1) / 2


def test_the_sheet_fits_a4_with_room_for_the_marks():
    marks = crop_marks(PER_SHEET)
    xs = [v for m in marks for v in (m.x1, m.x2)]
    ys = [v for m in marks for v in (m.y1, m.y2)]
    assert min(xs) > 5 and max(xs) < 205 and min(ys) > 5 and max(ys) < 292
    last = slot(PER_SHEET - 1)
    assert (last.x + last.width, last.y + last.height) == pytest.approx((210 - LEFT, 297 - TOP))


def test_one_card_gets_marks_around_it_alone():
    marks = crop_marks(1)
    assert {m.x1 for m in marks if m.x1 == m.x2} == {LEFT, LEFT + CARD_WIDTH}
    assert {m.y1 for m in marks if m.y1 == m.y2} == {TOP, TOP + CARD_HEIGHT}


def test_a_run_stopped_half_way_leaves_no_file(tmp_path, qapp):
    cards = [card(new_card_number("29", n), index=n) for n in range(1, 25)]
    path = tmp_path / "cards.pdf"

    def stop_after_first(done: int, total: int) -> None:
        if done == 1:
            raise Cancelled()

    with pytest.raises(Cancelled):
        write_pdf(cards, path, sheet_done=stop_after_first)
    assert list(tmp_path.iterdir()) == []


def test_the_logo_is_drawn_on_the_card(qapp):
    logo = QImage(200, 90, QImage.Format.Format_RGB32)
    logo.fill(QColor("#ff0000"))
    plain, branded = card_image(card(EAN_CARD), 300), card_image(card(EAN_CARD), 300, logo)
    assert _reds(plain) == 0
    assert _reds(branded) > 1000
    assert decoded(branded) == decoded(plain)


def _reds(image: QImage) -> int:
    return sum(image.pixelColor(x, y).name() == "#ff0000"
               for y in range(0, image.height(), 2) for x in range(0, image.width(), 2))


def test_the_print_preview_lays_the_sheets_on_a4_from_the_papers_corner(qtbot, tmp_path):
    """Qt's real preview dialog: its printer is set for the cards, and what it paints for a
    printer (here one writing a PDF) is the same sheets. Printed means accepted, not shown."""
    parent = QWidget()
    qtbot.addWidget(parent)
    printed = []
    cards = [card(new_card_number("29", n), index=n) for n in range(1, 13)]
    dialog = open_print_preview(parent, cards, None, lambda: printed.append(True))
    qtbot.waitExposed(dialog)
    layout = dialog.printer().pageLayout()
    assert layout.pageSize().id() == QPageSize.PageSizeId.A4 and dialog.printer().fullPage()
    pdf = QPrinter(QPrinter.PrinterMode.HighResolution)
    prepare_printer(pdf)
    pdf.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    pdf.setOutputFileName(str(tmp_path / "printed.pdf"))
    dialog.paintRequested.emit(pdf)
    assert scanned_pdf(tmp_path / "printed.pdf") == [
        sorted(c.card for c in cards[:10]), sorted(c.card for c in cards[10:])]
    assert printed == []
    dialog.accept()
    assert printed == [True]
