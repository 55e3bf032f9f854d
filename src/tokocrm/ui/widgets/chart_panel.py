"""One dashboard chart: a matplotlib figure embedded in Qt (no pyplot), and a button that
saves it as a PNG. A click on a segment's wedge or bar emits that segment."""

from __future__ import annotations

from pathlib import Path

from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
from PySide6.QtCore import QStandardPaths, Signal
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from tokocrm.domain.segments import Segment
from tokocrm.services.dashboard import Dashboard
from tokocrm.ui import charts
from tokocrm.ui.widgets.save_dialog import ask_save_path

MIN_WIDTH, MIN_HEIGHT = 460, 330
PNG_DPI = 120  # sharper than the screen's 96, still small enough to send by WhatsApp


class ChartPanel(QWidget):
    segment_clicked = Signal(object)  # Segment

    def __init__(self, chart: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chart = chart
        self.figure = Figure(layout="constrained")
        self.canvas = FigureCanvasQTAgg(self.figure)
        self.canvas.setMinimumSize(MIN_WIDTH, MIN_HEIGHT)
        self.canvas.mpl_connect("pick_event", self._on_pick)
        self.save_button = QPushButton(self.tr("Save as PNG…"))
        self.save_button.setEnabled(False)
        self.save_button.clicked.connect(self.ask_where)
        self.save_dialog: QFileDialog | None = None
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.canvas, 1)
        layout.addLayout(buttons)

    def show_dashboard(self, dashboard: Dashboard, texts: charts.ChartTexts) -> None:
        charts.draw(self.figure, self.chart, dashboard, texts)
        self.canvas.draw_idle()
        self.save_button.setEnabled(True)

    def ask_where(self) -> None:
        folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.PicturesLocation) or str(Path.home())
        self.save_dialog = ask_save_path(self, self.tr("Save the chart as"),
                                         Path(folder) / f"{self.chart}.png",
                                         self.tr("PNG image (*.png)"), "png", self.save)

    def save(self, path: Path) -> None:
        self.figure.savefig(path, format="png", dpi=PNG_DPI)

    def _on_pick(self, event) -> None:
        gid = event.artist.get_gid()
        if gid in {s.value for s in Segment}:
            self.segment_clicked.emit(Segment(gid))
