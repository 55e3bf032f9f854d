"""The look: light and dark palettes following the system, readable warning and success colours
on both, the navigation's icons, the app icon, and the charts' colours."""

from __future__ import annotations

import struct
import sys

import matplotlib
import pytest
from matplotlib.figure import Figure
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QIcon, QImage
from PySide6.QtWidgets import QLabel

from tests.factories import make_member
from tokocrm.domain.segments import Segment
from tokocrm.services.actor import BUILTIN_OWNER
from tokocrm.ui import charts, resources, theme
from tokocrm.ui.main_window import NAV_ICON_SIZE, NAV_ICONS
from tokocrm.ui.widgets.member_summary import MemberSummary

LIGHT, DARK = Qt.ColorScheme.Light, Qt.ColorScheme.Dark
ROLES = (theme.Role.Window, theme.Role.Base, theme.Role.AlternateBase)


@pytest.fixture(autouse=True)
def restored_look(qapp):
    """Every test here may switch the palette: the tests after it get the look back."""
    style, palette = qapp.style().name(), qapp.palette()
    rc = {key: matplotlib.rcParams[key] for key in theme._CHART_KEYS}
    yield
    qapp.setStyle(style)
    qapp.setPalette(palette)
    matplotlib.rcParams.update(rc)


def test_the_dark_palette_is_applied_when_the_scheme_is_dark(qapp):
    assert theme.apply(qapp, DARK) == DARK
    assert qapp.style().name().lower() == "fusion"
    assert theme.is_dark()
    window = qapp.palette().color(theme.Role.Window)
    assert window == theme.palette(DARK).color(theme.Role.Window)
    assert window.lightnessF() < 0.3
    assert qapp.palette().color(theme.Role.Text).lightnessF() > 0.8


@pytest.mark.parametrize("scheme", [LIGHT, Qt.ColorScheme.Unknown])
def test_the_light_palette_otherwise(qapp, scheme):
    theme.apply(qapp, DARK)
    assert theme.apply(qapp, scheme) == LIGHT
    assert not theme.is_dark()
    assert qapp.palette().color(theme.Role.Window) == theme.palette(LIGHT).color(
        theme.Role.Window)


def test_a_change_of_the_system_scheme_switches_the_palette(qapp):
    theme.follow_system(qapp)
    theme.follow_system(qapp)  # a second start in the same process connects nothing more
    qapp.styleHints().colorSchemeChanged.emit(DARK)
    assert theme.is_dark()
    qapp.styleHints().colorSchemeChanged.emit(LIGHT)
    assert not theme.is_dark()


@pytest.mark.parametrize("tone", [theme.WARNING, theme.DONE, theme.HINT])
def test_tones_differ_per_palette_and_keep_a_contrast_of_4_5(tone):
    light, dark = theme.palette(LIGHT), theme.palette(DARK)
    assert theme.color(tone, light) != theme.color(tone, dark)
    for colours in (light, dark):
        for role in ROLES:
            ratio = theme.contrast(theme.color(tone, colours), colours.color(role))
            assert ratio >= 4.5, (tone, role, colours.color(role).name(), ratio)


def test_warning_and_done_are_told_apart():
    for scheme in (LIGHT, DARK):
        colours = theme.palette(scheme)
        assert theme.color(theme.WARNING, colours) != theme.color(theme.DONE, colours)


def test_the_palettes_own_text_keeps_its_contrast():
    for scheme in (LIGHT, DARK):
        colours = theme.palette(scheme)
        for text, ground in ((theme.Role.Text, theme.Role.Base),
                             (theme.Role.WindowText, theme.Role.Window),
                             (theme.Role.PlaceholderText, theme.Role.Base),
                             (theme.Role.HighlightedText, theme.Role.Highlight),
                             (theme.Role.Link, theme.Role.Base)):
            assert theme.contrast(colours.color(text), colours.color(ground)) >= 4.5


def test_the_contrast_ratio_is_wcags():
    assert theme.contrast(QColor("#000000"), QColor("#ffffff")) == pytest.approx(21)
    assert theme.contrast(QColor("#777777"), QColor("#ffffff")) == pytest.approx(4.48, abs=0.01)


def test_a_toned_label_is_recoloured_when_the_palette_changes(qapp, qtbot):
    label = QLabel("Saved.")
    qtbot.addWidget(label)
    theme.apply(qapp, LIGHT)
    theme.set_tone(label, theme.DONE)
    assert theme.color(theme.DONE, theme.palette(LIGHT)).name() in label.styleSheet()
    theme.apply(qapp, DARK)
    assert theme.color(theme.DONE, theme.palette(DARK)).name() in label.styleSheet()
    theme.set_tone(label, None)
    theme.apply(qapp, LIGHT)
    assert label.styleSheet() == ""


def test_the_inactive_member_line_is_bold_and_follows_the_palette(qapp, qtbot):
    summary = MemberSummary()
    qtbot.addWidget(summary)
    theme.apply(qapp, DARK)
    sheet = summary.status.styleSheet()
    assert theme.color(theme.WARNING).name() in sheet
    assert "bold" in sheet


def _drawn(icon: QIcon) -> bool:
    """Whether the icon paints anything (the placeholder before the first paint does not)."""
    image = icon.pixmap(QSize(NAV_ICON_SIZE, NAV_ICON_SIZE)).toImage().convertToFormat(
        QImage.Format.Format_ARGB32)
    return any(image.pixelColor(x, y).alpha() > 0
               for x in range(image.width()) for y in range(image.height()))


def _ink(icon: QIcon) -> QColor:
    """The colour of the icon's most opaque pixel."""
    image = icon.pixmap(QSize(NAV_ICON_SIZE, NAV_ICON_SIZE)).toImage().convertToFormat(
        QImage.Format.Format_ARGB32)
    pixels = (image.pixelColor(x, y) for x in range(image.width())
              for y in range(image.height()))
    return max(pixels, key=lambda colour: colour.alpha())


def test_every_navigation_item_gets_an_icon_once_the_window_is_painted(window, qtbot):
    assert set(NAV_ICONS) == {type(window.pages.widget(row))
                              for row in range(window.pages.count())}
    items = [window.nav.item(row) for row in range(window.nav.count())]
    assert all(not item.icon().isNull() for item in items)  # a place held from the start
    qtbot.waitUntil(lambda: all(_drawn(item.icon()) for item in items))


def test_the_navigation_icons_are_redrawn_in_the_new_palettes_text_colour(qapp, qtbot,
                                                                            window):
    theme.apply(qapp, LIGHT)
    window.draw_navigation_icons()
    assert _ink(window.nav.item(0).icon()).lightnessF() < 0.3
    theme.apply(qapp, DARK)  # the window hears of it from the event loop
    qtbot.waitUntil(lambda: _ink(window.nav.item(0).icon()).lightnessF() > 0.7)


def test_the_navigation_is_wide_enough_for_its_longest_page_name(window):
    metrics = window.nav.fontMetrics()
    longest = max(metrics.horizontalAdvance(window.nav.item(row).text())
                  for row in range(window.nav.count()))
    assert window.nav.width() >= longest + NAV_ICON_SIZE + 2 * 6


def test_the_app_icon_loads_from_the_resources():
    for name in (resources.APP_ICON_SVG, resources.APP_ICON_PNG):
        assert resources.resource_path(name).is_file()
    icon = resources.app_icon()
    assert not icon.isNull()
    assert not icon.pixmap(QSize(64, 64)).isNull()
    png = QImage(str(resources.resource_path(resources.APP_ICON_PNG)))
    assert (png.width(), png.height()) == (256, 256)


def test_the_windows_icon_holds_every_size_from_16_to_256():
    data = resources.resource_path("icons/tokocrm.ico").read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", data)
    assert (reserved, kind) == (0, 1)
    sizes = {struct.unpack_from("<B", data, 6 + 16 * i)[0] or 256 for i in range(count)}
    assert {16, 24, 32, 48, 256} <= sizes


def test_resources_are_found_in_a_pyinstaller_bundle_first(tmp_path, monkeypatch):
    bundled = tmp_path / "resources" / "icons" / "tokocrm.svg"
    bundled.parent.mkdir(parents=True)
    bundled.write_text("<svg/>")
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resources.resource_path("icons/tokocrm.svg") == bundled
    assert resources.resource_path("icons/tokocrm.png").is_file()  # the source tree's
    with pytest.raises(FileNotFoundError):
        resources.resource_path("icons/nothing.svg")


def test_the_charts_follow_the_dark_palette_and_come_back(qapp, shop):
    make_member(shop, "Siti Aminah", "0812-3456-7890")
    dashboard = shop.dashboard.compute(BUILTIN_OWNER)
    theme.apply(qapp, DARK)
    figure = Figure()
    charts.draw(figure, "mix_now", dashboard, charts.english_texts())
    assert QColor.fromRgbF(*figure.get_facecolor()).lightnessF() < 0.3
    assert matplotlib.colors.to_hex(matplotlib.rcParams["text.color"]) == "#e8e8e8"
    theme.apply(qapp, LIGHT)
    charts.draw(figure, "mix_now", dashboard, charts.english_texts())
    assert matplotlib.colors.to_hex(figure.get_facecolor()) == "#ffffff"
    wedge = next(p for p in figure.axes[0].patches if p.get_gid() == Segment.POTENTIAL.value)
    assert matplotlib.colors.to_hex(wedge.get_edgecolor()) == "#ffffff"  # the background's
