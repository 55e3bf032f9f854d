"""Where cards and crop marks go on an A4 sheet, in millimetres (no Qt: plain arithmetic).

Cards sit edge to edge, 2 columns by 5 rows, centred on the page: one straight cut then
separates two cards. The crop marks extend the cut lines into the margins, a little away
from the cards, so no mark is printed on a card however the sheet is trimmed."""

from __future__ import annotations

import math
from dataclasses import dataclass

MM_PER_INCH = 25.4
CARD_WIDTH, CARD_HEIGHT = 85.6, 54.0  # ISO/IEC 7810 ID-1, the size of a bank card
PAGE_WIDTH, PAGE_HEIGHT = 210.0, 297.0  # A4 portrait
COLUMNS, ROWS = 2, 5
PER_SHEET = COLUMNS * ROWS
LEFT = (PAGE_WIDTH - COLUMNS * CARD_WIDTH) / 2  # 19.4 mm
TOP = (PAGE_HEIGHT - ROWS * CARD_HEIGHT) / 2  # 13.5 mm
MARK_GAP, MARK_LENGTH = 2.0, 5.0  # fits the 13.5 mm top and bottom margins


@dataclass(frozen=True)
class Box:
    x: float
    y: float
    width: float
    height: float


@dataclass(frozen=True)
class Line:
    x1: float
    y1: float
    x2: float
    y2: float


def sheet_count(cards: int) -> int:
    return math.ceil(cards / PER_SHEET)


def slot(index: int) -> Box:
    """The place of the index-th card of a sheet (row by row, left to right)."""
    row, column = divmod(index % PER_SHEET, COLUMNS)
    return Box(LEFT + column * CARD_WIDTH, TOP + row * CARD_HEIGHT, CARD_WIDTH, CARD_HEIGHT)


def crop_marks(cards: int) -> list[Line]:
    """Marks on every cut line around the first `cards` slots of a sheet (1 to 10)."""
    columns = min(cards, COLUMNS)
    rows = math.ceil(min(cards, PER_SHEET) / COLUMNS)
    right, bottom = LEFT + columns * CARD_WIDTH, TOP + rows * CARD_HEIGHT
    marks = []
    for column in range(columns + 1):
        x = LEFT + column * CARD_WIDTH
        marks.append(Line(x, TOP - MARK_GAP - MARK_LENGTH, x, TOP - MARK_GAP))
        marks.append(Line(x, bottom + MARK_GAP, x, bottom + MARK_GAP + MARK_LENGTH))
    for row in range(rows + 1):
        y = TOP + row * CARD_HEIGHT
        marks.append(Line(LEFT - MARK_GAP - MARK_LENGTH, y, LEFT - MARK_GAP, y))
        marks.append(Line(right + MARK_GAP, y, right + MARK_GAP + MARK_LENGTH, y))
    return marks
