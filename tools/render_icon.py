"""Render the app icon from its SVG: resources/icons/tokocrm.png (256 px) and tokocrm.ico
(16 to 256 px, for Windows and the installer). Run it again after changing the SVG:

    .venv/bin/python tools/render_icon.py

Every size is drawn from the SVG by Qt's own renderer (QSvgRenderer), not scaled down from
the big one, so the small sizes stay sharp. The .ico holds one PNG per size (Windows Vista and
later read those): written here by hand, because Qt's ico writer stores a single size.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # no display needed

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"
PNG_SIZE = 256
ICO_SIZES = (16, 20, 24, 32, 40, 48, 64, 128, 256)


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise RuntimeError("Qt could not encode a PNG")
    return bytes(data.data())


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """An ICONDIR, one ICONDIRENTRY per size, then the PNGs (0 in a size byte means 256)."""
    header = struct.pack("<HHH", 0, 1, len(pngs))
    offset = len(header) + 16 * len(pngs)
    entries, blobs = [], []
    for size, blob in sorted(pngs.items()):
        side = 0 if size >= 256 else size
        entries.append(struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(blob), offset))
        blobs.append(blob)
        offset += len(blob)
    return header + b"".join(entries) + b"".join(blobs)


def main() -> int:
    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(ICONS / "tokocrm.svg"))
    if not renderer.isValid():
        print(f"render_icon: cannot read {ICONS / 'tokocrm.svg'}", file=sys.stderr)
        return 1
    (ICONS / "tokocrm.png").write_bytes(png_bytes(render(renderer, PNG_SIZE)))
    pngs = {size: png_bytes(render(renderer, size)) for size in ICO_SIZES}
    (ICONS / "tokocrm.ico").write_bytes(ico_bytes(pngs))
    print(f"wrote {ICONS / 'tokocrm.png'} and {ICONS / 'tokocrm.ico'} "
          f"({', '.join(map(str, ICO_SIZES))} px)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
