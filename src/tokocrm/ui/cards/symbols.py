"""The two codes on a card as plain patterns: Code 128 bars (python-barcode) and the QR
matrix (segno). Qt draws them itself (card_painter), module by module on whole device
pixels, so nothing is scaled and blurred on the way to the paper."""

from __future__ import annotations

from collections.abc import Iterable

import segno
from barcode.codex import Code128

CODE128_QUIET = 10  # modules of white either side, as the symbology requires
QR_QUIET = 4


def code128_runs(text: str) -> tuple[list[tuple[int, int]], int]:
    """The bars as (first module, width in modules), and the symbol's full width in modules
    with its quiet zones; the first bar starts after the left quiet zone."""
    pattern = Code128(text).build()[0]  # "1101..." start, data, check, stop
    bars = [(CODE128_QUIET + start, width) for start, width in runs(m == "1" for m in pattern)]
    return bars, len(pattern) + 2 * CODE128_QUIET


def qr_matrix(text: str) -> list[list[bool]]:
    """The QR code's dark modules, row by row, without the quiet zone. Level M at least:
    segno raises it while the symbol stays the same size."""
    code = segno.make_qr(text, error="m", boost_error=True)
    return [[bool(module) for module in row] for row in code.matrix_iter(scale=1, border=0)]


def runs(modules: Iterable[bool]) -> list[tuple[int, int]]:
    """Consecutive dark modules as (start, length): drawn as one rectangle each, with no
    seams between neighbours."""
    found, start = [], None
    for index, dark in enumerate([*modules, False]):
        if dark and start is None:
            start = index
        elif not dark and start is not None:
            found.append((start, index - start))
            start = None
    return found
