"""Windows open at a comfortable size, never larger than the screen's free area: at 125-150 %
scaling a 1366x768 shop PC has only about 1090x580 points to give."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget


def resize_within_screen(widget: QWidget, width: int, height: int) -> None:
    screen = widget.screen() or QGuiApplication.primaryScreen()
    free = screen.availableGeometry().size()
    widget.resize(min(width, free.width()), min(height, free.height()))
