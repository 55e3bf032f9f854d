"""Files from the repository's resources/ folder (icons, ...), wherever the app runs from.

In a PyInstaller bundle they are in sys._MEIPASS/resources (installer/tokocrm.spec copies the
folder there); from the source tree, and so in the editable install (`pip install -e .`) that
`make setup` makes, in resources/ at the top of the repository.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtGui import QIcon, QImageReader

_SOURCE_TREE = Path(__file__).resolve().parents[3] / "resources"  # src/tokocrm/ui/ -> top
APP_ICON_SVG, APP_ICON_PNG = "icons/tokocrm.svg", "icons/tokocrm.png"

log = logging.getLogger(__name__)


def resource_roots() -> list[Path]:
    """Where resources are looked for, first match wins."""
    roots = []
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        roots.append(Path(bundle) / "resources")
    roots.append(_SOURCE_TREE)
    return roots


def resource_path(relative: str) -> Path:
    """The path of resources/`relative` (e.g. "icons/tokocrm.svg"); FileNotFoundError if it is
    in none of the places looked in."""
    for root in resource_roots():
        candidate = root / relative
        if candidate.is_file():
            return candidate
    looked = ", ".join(str(root) for root in resource_roots())
    raise FileNotFoundError(f"resource {relative!r} not found in {looked}")


def app_icon() -> QIcon:
    """The app's icon: the SVG where Qt can draw SVGs (sharp at any size), else the 256-px
    PNG; an empty icon (the platform's default) if neither file is there."""
    can_svg = b"svg" in {bytes(f.data()) for f in QImageReader.supportedImageFormats()}
    for name in (APP_ICON_SVG, APP_ICON_PNG) if can_svg else (APP_ICON_PNG,):
        try:
            return QIcon(str(resource_path(name)))
        except FileNotFoundError as missing:
            log.warning("%s", missing)
    return QIcon()
