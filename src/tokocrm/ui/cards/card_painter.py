"""One member card drawn at its true size, 85.6 x 54 mm, on any QPainter (a PDF, a printer,
a picture) at the device's resolution.

Everything is placed in millimetres and turned into device pixels here, with font sizes in
pixels too, so a card looks the same at 96, 300 or 1200 dpi. The codes are filled rectangles on
whole pixels, with antialiasing off: sharp edges are what a scanner reads."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter

from tokocrm.services.cards import CardData
from tokocrm.ui.cards.geometry import CARD_HEIGHT, CARD_WIDTH, MM_PER_INCH, Box
from tokocrm.ui.cards.symbols import QR_QUIET, code128_runs, qr_matrix, runs

INK, ACCENT = QColor("#1a1a1a"), QColor("#0b6e4f")
MARGIN = 4.0
LOGO = Box(MARGIN, 4.0, 20.0, 9.0)  # the logo fits in here, its proportions kept
HEADER_RULE = Box(MARGIN, 14.2, CARD_WIDTH - 2 * MARGIN, 0.6)
QR = Box(CARD_WIDTH - MARGIN - 20.0, 15.5, 20.0, 20.0)  # with its quiet zone
NAME = Box(MARGIN, 17.0, QR.x - MARGIN - 2.0, 6.0)
TIER = Box(MARGIN, 23.5, NAME.width, 5.0)
BARS = Box(MARGIN, 36.5, CARD_WIDTH - 2 * MARGIN, 9.0)  # with the quiet zones
NUMBER = Box(MARGIN, 46.0, BARS.width, 4.0)
MAX_MODULE = 0.33  # mm: a Code 128 bar module wider than this only makes the symbol long
POINT_PER_INCH = 72


class _Ruler:
    """Millimetres on the card into device pixels."""

    def __init__(self, origin: QPointF, dpi: float) -> None:
        self.origin, self.dpi = origin, dpi

    def px(self, mm: float) -> float:
        return mm * self.dpi / MM_PER_INCH

    def rect(self, box: Box) -> QRectF:
        return QRectF(self.origin.x() + self.px(box.x), self.origin.y() + self.px(box.y),
                      self.px(box.width), self.px(box.height))

    def font(self, points: float, bold: bool = False) -> QFont:
        font = QFont()
        font.setPixelSize(max(1, round(points * self.dpi / POINT_PER_INCH)))
        font.setBold(bold)
        return font


def card_size_px(dpi: float) -> tuple[int, int]:
    return round(CARD_WIDTH * dpi / MM_PER_INCH), round(CARD_HEIGHT * dpi / MM_PER_INCH)


def paint_card(painter: QPainter, card: CardData, top_left: QPointF, dpi: float,
               logo: QImage | None = None) -> None:
    """Draw `card` with its top left corner at `top_left` (device pixels)."""
    ruler = _Ruler(top_left, dpi)
    painter.save()
    whole = ruler.rect(Box(0, 0, CARD_WIDTH, CARD_HEIGHT))
    painter.setClipRect(whole)
    painter.fillRect(whole, Qt.GlobalColor.white)
    _paint_header(painter, ruler, card.shop_name, logo)
    _paint_member(painter, ruler, card)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    _paint_qr(painter, ruler.rect(QR), card.card)
    _paint_barcode(painter, ruler, card.card)
    painter.restore()


def _paint_header(painter: QPainter, ruler: _Ruler, shop_name: str, logo: QImage | None
                  ) -> None:
    text_left = LOGO.x
    if logo is not None and not logo.isNull():
        target = _fitted(ruler.rect(LOGO), logo.width(), logo.height())
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
        painter.drawImage(target, logo)
        text_left += target.width() * MM_PER_INCH / ruler.dpi + 2.0
    name_box = Box(text_left, LOGO.y, CARD_WIDTH - MARGIN - text_left, LOGO.height)
    _text(painter, ruler.rect(name_box), shop_name, ruler.font(11, bold=True), INK)
    painter.fillRect(ruler.rect(HEADER_RULE), ACCENT)


def _paint_member(painter: QPainter, ruler: _Ruler, card: CardData) -> None:
    _text(painter, ruler.rect(NAME), card.name, ruler.font(10, bold=True), INK)
    tier = QCoreApplication.translate("MemberCard", "{tier} member").format(tier=card.tier)
    _text(painter, ruler.rect(TIER), tier, ruler.font(8), ACCENT)


def _paint_qr(painter: QPainter, area: QRectF, code: str) -> None:
    matrix = qr_matrix(code)
    modules = len(matrix) + 2 * QR_QUIET
    module = max(1, int(min(area.width(), area.height()) // modules))
    left = round(area.right() - modules * module) + QR_QUIET * module  # flush right
    top = round(area.top()) + QR_QUIET * module
    for row, dark in enumerate(matrix):
        for start, length in runs(dark):
            painter.fillRect(QRect(left + start * module, top + row * module,
                                   length * module, module), Qt.GlobalColor.black)


def _paint_barcode(painter: QPainter, ruler: _Ruler, code: str) -> None:
    area = ruler.rect(BARS)
    runs, modules = code128_runs(code)
    module = max(1, min(int(area.width() // modules), int(ruler.px(MAX_MODULE))))
    left = round(area.left() + (area.width() - modules * module) / 2)
    top, height = round(area.top()), round(area.height())
    for start, width in runs:
        painter.fillRect(QRect(left + start * module, top, width * module, height),
                         Qt.GlobalColor.black)
    _text(painter, ruler.rect(NUMBER), code, ruler.font(7), INK, Qt.AlignmentFlag.AlignHCenter)


def _text(painter: QPainter, area: QRectF, text: str, font: QFont, color: QColor,
          align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft) -> None:
    """One line, shortened with an ellipsis when it does not fit (a long name)."""
    painter.setFont(font)
    painter.setPen(color)
    shown = painter.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight,
                                             int(area.width()))
    painter.drawText(area, align | Qt.AlignmentFlag.AlignVCenter, shown)


def _fitted(area: QRectF, width: int, height: int) -> QRectF:
    """The largest rectangle of the image's proportions in `area`, at its left, centred
    vertically."""
    scale = min(area.width() / max(width, 1), area.height() / max(height, 1))
    w, h = width * scale, height * scale
    return QRectF(area.left(), area.top() + (area.height() - h) / 2, w, h)

