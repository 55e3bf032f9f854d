"""`tokocrm --self-test [--db URL] [--json]`: is this installation whole?

Opens (creates or upgrades) the database, loads the translations, draws a dashboard chart to a
PNG in memory, starts Qt offscreen and draws a widget, and loads the libraries that are found
only at run time (a PostgreSQL driver, phone-number metadata, Argon2). Made for an installed
bundle (installer/build.sh runs it last), where a file the packager missed shows up only when
the code needs it. One line per check; the first failure stops it with one line, exit 1.
"""

from __future__ import annotations

import io
import logging
import os
import struct
import sys
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass

from tokocrm import __version__, config
from tokocrm.cli.output import Output
from tokocrm.cli.users import READER
from tokocrm.db import migrate
from tokocrm.domain.errors import TokoError, first_line
from tokocrm.services.actor import Place
from tokocrm.services.container import Services, open_services

log = logging.getLogger(__name__)
_app = None  # the QApplication made here, kept alive for the rest of the run

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
CHART = "mix_now"
CHART_DPI = 100
# (file, context, source): one string each .qm must translate, proving it is the real one.
TRANSLATED = (("tokocrm_id", "MainWindow", "Dashboard"), ("qt_extra_id", "QPlatformTheme", "Save"))
# Icons are SVG; a shop's logo for the member cards is often a JPEG photo.
IMAGE_FORMATS = ("svg", "jpeg", "png")
SVG = (b'<svg xmlns="http://www.w3.org/2000/svg" width="16" height="16">'
       b'<circle cx="8" cy="8" r="7" fill="#0072B2"/></svg>')
QT_TEXT = "TokoCRM Rp 1.250.000"
ICON = "mdi6.store"  # the navigation draws Material Design Icons (qtawesome)


class SelfTestFailed(TokoError):
    code = "self_test.failed"
    template = "self-test failed: {check}: {reason}"


class _Broken(Exception):
    """A check found its part missing or wrong; the message says what, in one line."""


@dataclass(frozen=True)
class Check:
    name: str
    detail: str
    seconds: float


def run(url: str) -> Output:
    """Every check in turn; raises SelfTestFailed at the first that fails."""
    opened: list[Services] = []
    try:
        checks = [_timed("database", lambda: _database(url, opened)),
                  _timed("translations", _translations),
                  _timed("chart", lambda: _chart(opened[0])),
                  _timed("qt", _qt),
                  _timed("libraries", _libraries)]
    finally:
        for services in opened:
            services.close()
    document = {"ok": True, "version": __version__, "bundle": bool(getattr(sys, "frozen", False)),
                "checks": [{"ok": True, **asdict(check)} for check in checks]}
    return Output(document, lambda: "\n".join(
        f"ok {check.name} {check.detail} in {check.seconds:.1f} s" for check in checks))


def _timed(name: str, check: Callable[[], str]) -> Check:
    started = time.perf_counter()
    try:
        detail = check()
    except (_Broken, TokoError) as error:
        raise SelfTestFailed(check=name, reason=first_line(error)) from error
    except Exception as error:  # an import or a file the bundle lacks: exactly what we look for
        log.exception("self-test: %s failed", name)
        reason = f"{type(error).__name__}: {first_line(error)}"
        raise SelfTestFailed(check=name, reason=reason) from error
    return Check(name, detail, round(time.perf_counter() - started, 3))


def _database(url: str, opened: list[Services]) -> str:
    services = open_services(url, place=Place(*config.load_place()))
    opened.append(services)
    info = services.database
    with services.engine.connect() as connection:
        found = migrate.current_revision(connection)
    head = migrate.head_revision()
    if found != head:
        raise _Broken(f"the schema is at {found}, not at the newest, {head}")
    known = len(migrate.known_revisions())
    return f"{info.dialect} {info.location}: schema {head} of {known} migrations, {info.state}"


def _translations() -> str:
    from PySide6.QtCore import QTranslator

    from tokocrm.ui import i18n

    folder = str(i18n.QM_DIR)
    shown = []
    for name, context, source in TRANSLATED:
        translator = QTranslator()
        if not translator.load(name, folder):
            raise _Broken(f"{name}.qm is missing or unreadable in {folder}")
        text = translator.translate(context, source)
        if not text or text == source:
            raise _Broken(f"{name}.qm does not translate {source!r} ({context})")
        shown.append(f"{source} → {text}")
    for language in i18n.LANGUAGES:
        if not QTranslator().load(f"tokocrm_{language}", folder):
            raise _Broken(f"tokocrm_{language}.qm is missing or unreadable in {folder}")
    return f"{', '.join(i18n.LANGUAGES)} from {folder} ({'; '.join(shown)})"


def _chart(services: Services) -> str:
    from matplotlib import font_manager
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    from tokocrm.ui.charts import PNG_SIZE, draw, english_texts

    font = font_manager.findfont(font_manager.FontProperties(family="DejaVu Sans"),
                                 fallback_to_default=False)
    dashboard = services.dashboard.compute(READER.at(services.users.place))
    figure = Figure(figsize=PNG_SIZE, dpi=CHART_DPI)
    FigureCanvasAgg(figure)
    draw(figure, CHART, dashboard, english_texts())
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=CHART_DPI)
    png = buffer.getvalue()
    if not png.startswith(PNG_SIGNATURE):
        raise _Broken("matplotlib wrote no PNG")
    width, height = struct.unpack(">II", png[16:24])  # the IHDR chunk
    members = sum(dashboard.segments.counts().values())
    model = dashboard.value_model
    value = ("customer value model fitted" if model.usable
             else f"customer value model not used ({model.fallback.value})")
    return (f"{CHART} {width}x{height} PNG of {len(png):,} bytes, {members:,} members, "
            f"{value}, font {os.path.basename(font)}")


def _qt() -> str:
    # Nothing is shown: a self-test needs no display, and must not open a window on one.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QFontDatabase, QImage, QImageReader, QPixmap
    from PySide6.QtWidgets import QApplication, QLabel

    import tokocrm.ui.main_window  # noqa: F401  (every page's imports resolve)
    from tokocrm.ui.resources import app_icon

    global _app
    app = QApplication.instance()
    if app is None:
        app = _app = QApplication([sys.argv[0] if sys.argv else "tokocrm"])
    formats = {bytes(name).decode() for name in QImageReader.supportedImageFormats()}
    missing = [name for name in IMAGE_FORMATS if name not in formats]
    if missing:
        raise _Broken(f"Qt cannot read {', '.join(missing)} images (image format plugins)")
    svg = QPixmap()
    if not svg.loadFromData(SVG, "SVG") or svg.isNull():
        raise _Broken("Qt could not draw an SVG")
    if not QFontDatabase.families():
        raise _Broken("Qt found no fonts")
    if app_icon().isNull():
        raise _Broken("the app icon is missing (resources/icons)")
    label = QLabel(QT_TEXT)
    label.adjustSize()
    image = label.grab().toImage().convertToFormat(QImage.Format.Format_ARGB32)
    pixels = bytes(image.constBits())
    colours = {pixels[i:i + 4] for i in range(0, len(pixels), 4)}
    if image.isNull() or len(colours) < 2:
        raise _Broken("Qt drew a blank label (no font?)")
    return (f"{app.platformName()} platform, label {image.width()}x{image.height()} with "
            f"{len(colours)} colours, {len(QFontDatabase.families())} font families, "
            f"{', '.join(IMAGE_FORMATS)} images, app icon{_icon_font()}")


def _icon_font() -> str:
    """qtawesome loads every icon font it ships on its first icon: one icon proves them all."""
    import qtawesome

    if qtawesome.icon(ICON).pixmap(16, 16).isNull():
        raise _Broken(f"qtawesome drew no {ICON} icon (its fonts?)")
    return f", qtawesome {ICON}"


def _libraries() -> str:
    import argon2
    import psycopg

    from tokocrm.domain.phone import normalize_mobile

    hasher = argon2.PasswordHasher()
    if not hasher.verify(hasher.hash("self-test"), "self-test"):
        raise _Broken("argon2 did not verify its own hash")
    phone = normalize_mobile("0812-3456-7890")
    libpq = psycopg.pq.version()
    return (f"psycopg {psycopg.__version__} ({psycopg.pq.__impl__}, libpq "
            f"{libpq // 10000}.{libpq % 100}), phonenumbers ({phone}), argon2")
