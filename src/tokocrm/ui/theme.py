"""How the app looks: Qt's Fusion style with a light or a dark palette, following the system's
colour scheme (and its changes while the app runs), the few colours that say something (a
warning, a success, a hint) chosen per palette, the icons drawn in the palette's text colour,
and the dashboard charts' colours.

Widgets colour a message with `set_tone(label, WARNING)`, never with a hard-coded colour: a dark
red that reads well on white is unreadable on a dark window. Each tone keeps a WCAG contrast
of at least 4.5:1 against both palettes' window and base colours (tests/ui/test_theme.py).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPalette
from PySide6.QtWidgets import QApplication, QWidget

Role, Group = QPalette.ColorRole, QPalette.ColorGroup
WARNING, DONE, HINT = "warning", "done", "hint"
_TONE, _BOLD = "tokocrmTone", "tokocrmToneBold"  # dynamic properties of a toned widget
_FOLLOWING = "tokocrmFollowsColorScheme"

# (light, dark) for each tone.
_TONES = {
    WARNING: ("#b00020", "#ff8a80"),
    DONE: ("#1b5e20", "#81c784"),
    HINT: ("#5f6368", "#a8adb3"),
}
# The open-complaint badge is its own background: white on deep red reads on either palette.
BADGE_CSS = ("background: #b00020; color: #ffffff; font-weight: bold;"
             " padding: 2px 8px; border-radius: 4px;")

_LIGHT = {
    Role.Window: "#efefef", Role.WindowText: "#000000", Role.Base: "#ffffff",
    Role.AlternateBase: "#f7f7f7", Role.ToolTipBase: "#ffffdc", Role.ToolTipText: "#000000",
    Role.PlaceholderText: "#6b6b6b", Role.Text: "#000000", Role.Button: "#efefef",
    Role.ButtonText: "#000000", Role.BrightText: "#ffffff", Role.Light: "#ffffff",
    Role.Midlight: "#cacaca", Role.Mid: "#b8b8b8", Role.Dark: "#9f9f9f",
    Role.Shadow: "#767676", Role.Highlight: "#2a78b8", Role.HighlightedText: "#ffffff",
    Role.Link: "#0b57d0", Role.LinkVisited: "#6f3fb5", Role.Accent: "#2a78b8",
}
_LIGHT_DISABLED = {
    Role.WindowText: "#8c8c8c", Role.Text: "#8c8c8c", Role.ButtonText: "#8c8c8c",
    Role.Base: "#efefef", Role.Highlight: "#919191", Role.HighlightedText: "#ffffff",
}
# Fusion draws frames and check boxes in the window colour darkened: fields lighter than the
# window (as on Windows 11 and macOS) keep those outlines visible in the dark.
_DARK = {
    Role.Window: "#262626", Role.WindowText: "#e8e8e8", Role.Base: "#333333",
    Role.AlternateBase: "#3a3a3a", Role.ToolTipBase: "#404040", Role.ToolTipText: "#e8e8e8",
    Role.PlaceholderText: "#a0a0a0", Role.Text: "#e8e8e8", Role.Button: "#383838",
    Role.ButtonText: "#e8e8e8", Role.BrightText: "#ffffff", Role.Light: "#505050",
    Role.Midlight: "#444444", Role.Mid: "#5c5c5c", Role.Dark: "#1a1a1a",
    Role.Shadow: "#0d0d0d", Role.Highlight: "#2a78b8", Role.HighlightedText: "#ffffff",
    Role.Link: "#8ab4f8", Role.LinkVisited: "#c58af9", Role.Accent: "#2a78b8",
}
_DARK_DISABLED = {
    Role.WindowText: "#7a7a7a", Role.Text: "#7a7a7a", Role.ButtonText: "#7a7a7a",
    Role.Base: "#2c2c2c", Role.Button: "#303030", Role.Highlight: "#4a4a4a",
    Role.HighlightedText: "#a0a0a0",
}
# Matplotlib settings the charts take their colours from (ui/charts.py reads them at draw).
_CHART_KEYS = ("figure.facecolor", "axes.facecolor", "axes.edgecolor", "axes.labelcolor",
               "text.color", "xtick.color", "ytick.color", "hatch.color")


def palette(scheme: Qt.ColorScheme) -> QPalette:
    """The light palette, or the dark one for Qt.ColorScheme.Dark."""
    dark = scheme == Qt.ColorScheme.Dark
    result = QPalette()
    for role, colour in (_DARK if dark else _LIGHT).items():
        result.setColor(role, QColor(colour))  # every group
    for role, colour in (_DARK_DISABLED if dark else _LIGHT_DISABLED).items():
        result.setColor(Group.Disabled, role, QColor(colour))
    return result


def system_scheme() -> Qt.ColorScheme:
    """The system's colour scheme; light when it does not say."""
    scheme = QGuiApplication.styleHints().colorScheme()
    return Qt.ColorScheme.Dark if scheme == Qt.ColorScheme.Dark else Qt.ColorScheme.Light


def apply(app: QApplication, scheme: Qt.ColorScheme | None = None) -> Qt.ColorScheme:
    """Fusion with the palette of `scheme` (default: the system's); recolours the toned widgets
    and the charts to come. Returns the scheme applied."""
    scheme = system_scheme() if scheme is None else scheme
    if scheme != Qt.ColorScheme.Dark:
        scheme = Qt.ColorScheme.Light
    if app.style().name().lower() != "fusion":
        app.setStyle("Fusion")
    app.setPalette(palette(scheme))
    for widget in app.allWidgets():
        tone = widget.property(_TONE)
        if tone:
            set_tone(widget, tone, bold=bool(widget.property(_BOLD)))
    _style_charts(scheme)
    return scheme


def follow_system(app: QApplication) -> None:
    """Apply the system's scheme now and again whenever it changes (Qt 6.5+)."""
    apply(app)
    if not app.property(_FOLLOWING):  # once per application, however often it is asked
        app.setProperty(_FOLLOWING, True)
        app.styleHints().colorSchemeChanged.connect(lambda scheme: apply(app, scheme))


def is_dark(colours: QPalette | None = None) -> bool:
    """Whether `colours` (default: the application's palette) is a dark one."""
    colours = QGuiApplication.palette() if colours is None else colours
    return colours.color(Role.Window).lightnessF() < 0.5


def color(tone: str, colours: QPalette | None = None) -> QColor:
    """The colour of WARNING, DONE or HINT on `colours` (default: the application's palette)."""
    light, dark = _TONES[tone]
    return QColor(dark if is_dark(colours) else light)


def tone_css(tone: str | None, *, bold: bool = False) -> str:
    """A style sheet colouring text in `tone` on the current palette ("" for None)."""
    if not tone:
        return ""
    return f"color: {color(tone).name()};" + (" font-weight: bold;" if bold else "")


def set_tone(widget: QWidget, tone: str | None, *, bold: bool = False) -> None:
    """Colour `widget`'s text as a WARNING, DONE or HINT, or back to plain with None; the
    colour follows later palette changes (see apply)."""
    widget.setProperty(_TONE, tone or "")
    widget.setProperty(_BOLD, bold)
    widget.setStyleSheet(tone_css(tone, bold=bold))


def icon(name: str, colours: QPalette | None = None) -> QIcon:
    """An icon of the Material Design Icons font ("mdi6.cog"), drawn in the palette's text
    colour (the highlighted text colour when selected). Made again after a palette change: the
    colours are fixed when it is made. qtawesome is imported here, on first use, not at start."""
    import qtawesome  # about 0.15 s: imported on first use, once the window is up

    colours = QGuiApplication.palette() if colours is None else colours
    return qtawesome.icon(
        name, color=colours.color(Role.WindowText),
        color_active=colours.color(Role.WindowText),
        color_selected=colours.color(Role.HighlightedText),
        color_disabled=colours.color(Group.Disabled, Role.WindowText))


def contrast(first: QColor, second: QColor) -> float:
    """The WCAG 2 contrast ratio of two colours, from 1 to 21."""
    def luminance(c: QColor) -> float:
        def channel(v: float) -> float:
            return v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4
        return (0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF())
                + 0.0722 * channel(c.blueF()))
    high, low = sorted((luminance(first), luminance(second)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def _style_charts(scheme: Qt.ColorScheme) -> None:
    """Matplotlib's defaults on the light palette (white charts, black text, as before); on
    the dark one the charts' background is the palette's base and their text its text."""
    import matplotlib  # loaded already by the dashboard page

    if scheme != Qt.ColorScheme.Dark:
        matplotlib.rcParams.update({key: matplotlib.rcParamsDefault[key] for key in _CHART_KEYS})
        return
    text, base, frame = _DARK[Role.Text], _DARK[Role.Base], _DARK[Role.Mid]
    matplotlib.rcParams.update({
        "figure.facecolor": base, "axes.facecolor": base, "axes.edgecolor": frame,
        "axes.labelcolor": text, "text.color": text, "xtick.color": text,
        "ytick.color": text, "hatch.color": text})
