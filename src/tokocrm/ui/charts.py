"""The dashboard's four charts, drawn on a plain matplotlib Figure: the Qt page puts the figure
on a canvas, `tokocrm report charts` saves it through the Agg canvas. No Qt and no pyplot here,
so the command line draws without a display.

Every wedge and bar standing for a segment carries the segment's value as its gid and is
pickable: a click on it (pick_event, event.artist.get_gid()) opens that segment's members.

Colours of text, axes and background come from matplotlib's rcParams at draw time: the
defaults (white) on the command line, the palette's in the app (ui/theme.py sets them)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import numpy as np
from matplotlib import colors, rcParams
from matplotlib.axes import Axes
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.ticker import FuncFormatter, MaxNLocator

from tokocrm.domain.money import english_rupiah
from tokocrm.domain.segments import Segment
from tokocrm.services.dashboard import Dashboard

CHARTS = ("mix_now", "mix_months", "revenue_months", "predicted_values")

# Okabe-Ito colours, told apart with the common colour blindnesses; grey for never bought.
SEGMENT_COLOURS = {
    Segment.POTENTIAL: "#A0A0A0",
    Segment.NEW: "#56B4E9",
    Segment.ACTIVE: "#009E73",
    Segment.LOYAL: "#0072B2",
    Segment.AT_RISK: "#E69F00",
    Segment.FORMER: "#D55E00",
}
EMPTY_RING = "#E6E6E6"
EMPTY_RING_DARK = "#4A4A4A"  # on a dark background
DONUT_WIDTH = 0.4  # of the radius
HISTOGRAM_BINS = 20
TOP_PERCENTILE = 99  # a few big spenders would squash every other bar into the first bin
PNG_SIZE = (7.0, 4.5)  # inches
MONTH_NAMES = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov",
               "Dec")


@dataclass(frozen=True)
class ChartTexts:
    """What the charts say, in the user's language; the UI builds it from its translations."""

    segment_names: dict[Segment, str]
    titles: dict[str, str]  # one per CHARTS key
    rupiah: Callable[[int], str]  # 1250000 -> "Rp 1.250.000"
    month: Callable[[date], str]  # a month-end -> short label
    members: str  # axis label
    revenue: str  # axis label
    predicted: str  # axis label: predicted value in the next 12 months
    no_prediction: str  # shown instead of the histogram when the model is not usable
    number: Callable[[int], str] = str  # a count of members: 100000 -> "100.000" in id


def english_texts() -> ChartTexts:
    """For the command line: plain English, no locale (a server's locale is anyone's guess)."""
    return ChartTexts(
        segment_names={Segment.POTENTIAL: "Potential", Segment.NEW: "New",
                       Segment.ACTIVE: "Active", Segment.LOYAL: "Loyal",
                       Segment.AT_RISK: "At risk", Segment.FORMER: "Former"},
        titles={"mix_now": "Members by segment now",
                "mix_months": "Members by segment at each month-end",
                "revenue_months": "Revenue by segment per month",
                "predicted_values": "Predicted value in the next 12 months"},
        rupiah=english_rupiah,
        month=lambda day: f"{MONTH_NAMES[day.month - 1]} {day.year}",
        members="Members", revenue="Revenue", predicted="Predicted 12-month value",
        no_prediction="Not enough purchase history yet to predict customer value",
        number=lambda n: f"{n:,}")


def draw(figure: Figure, chart: str, dashboard: Dashboard, texts: ChartTexts) -> None:
    """Clear `figure` and draw `chart` (one of CHARTS) on it."""
    if chart not in _DRAWERS:
        raise ValueError(f"unknown chart {chart!r}; one of {', '.join(CHARTS)}")
    figure.clear()
    figure.set_facecolor(rcParams["figure.facecolor"])  # a light or dark palette since made
    figure.set_layout_engine("constrained")  # room for tick labels and legends at any size
    figure.suptitle(texts.titles[chart])
    _DRAWERS[chart](figure, dashboard, texts)


def save_pngs(dashboard: Dashboard, texts: ChartTexts, folder: Path, dpi: int = 120
              ) -> list[Path]:
    """Every chart as `folder`/CHART.png (the folder is created); the files written."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for chart in CHARTS:
        figure = Figure(figsize=PNG_SIZE, dpi=dpi)
        FigureCanvasAgg(figure)  # attaches itself: savefig then needs no GUI backend
        draw(figure, chart, dashboard, texts)
        path = folder / f"{chart}.png"
        figure.savefig(path, dpi=dpi)
        written.append(path)
    return written


def _mix_now(figure: Figure, dashboard: Dashboard, texts: ChartTexts) -> None:
    counts = dashboard.segments.counts()
    total = sum(counts.values())
    ax = figure.add_subplot()
    ax.set_aspect("equal")
    ax.text(0, 0, f"{texts.number(total)}\n{texts.members}", ha="center", va="center",
            fontsize="large")
    if total == 0:  # pie() cannot share out nothing: an empty ring says "no members yet"
        ring = EMPTY_RING_DARK if _dark(figure) else EMPTY_RING
        ax.pie([1], colors=[ring], wedgeprops={"width": DONUT_WIDTH})
        return
    segments = list(Segment)
    wedges, _ = ax.pie([counts[s] for s in segments], colors=[SEGMENT_COLOURS[s] for s in segments],
                       startangle=90, counterclock=False,
                       wedgeprops={"width": DONUT_WIDTH,
                                   "edgecolor": figure.get_facecolor()})
    for wedge, kind in zip(wedges, segments, strict=True):
        _pickable(wedge, kind)
    labels = [f"{texts.segment_names[s]}: {texts.number(counts[s])} "
              f"({100 * counts[s] / total:.0f}%)" for s in segments]
    figure.legend(wedges, labels, loc="outside right center", frameon=False)


def _mix_months(figure: Figure, dashboard: Dashboard, texts: ChartTexts) -> None:
    ax = _stacked_bars(figure, dashboard, texts, [m.counts for m in dashboard.months])
    ax.set_ylabel(texts.members)
    ax.yaxis.set_major_locator(MaxNLocator(nbins=6, integer=True))


def _revenue_months(figure: Figure, dashboard: Dashboard, texts: ChartTexts) -> None:
    ax = _stacked_bars(figure, dashboard, texts, [m.revenue for m in dashboard.months])
    ax.set_ylabel(texts.revenue)
    # Rupiah labels are wide: few ticks, whole Rupiah (an empty shop's 0..1 axis says Rp 0, 1)
    ax.yaxis.set_major_locator(MaxNLocator(nbins=4, integer=True))
    ax.yaxis.set_major_formatter(FuncFormatter(lambda value, _: texts.rupiah(int(value))))


def _stacked_bars(figure: Figure, dashboard: Dashboard, texts: ChartTexts,
                  series: list[dict[Segment, int]]) -> Axes:
    """One bar per month-end, oldest first, a pickable piece per segment."""
    ax = figure.add_subplot()
    x = np.arange(len(series))
    bottom = np.zeros(len(series))
    for kind in Segment:
        heights = np.array([month[kind] for month in series], dtype=float)
        bars = ax.bar(x, heights, bottom=bottom, color=SEGMENT_COLOURS[kind],
                      label=texts.segment_names[kind])
        for bar in bars:
            _pickable(bar, kind)
        bottom += heights
    if not bottom.any():  # all zero: matplotlib would centre the axis on 0, half negative
        ax.set_ylim(0, 1)
    # Twelve "Nov 2025" labels do not fit side by side in a 560-pixel chart: slanted, they do.
    ax.set_xticks(x, [texts.month(m.month_end) for m in dashboard.months], rotation=45,
                  ha="right", rotation_mode="anchor")
    figure.legend(loc="outside right center", frameon=False, reverse=True)  # as stacked
    return ax


def _predicted_values(figure: Figure, dashboard: Dashboard, texts: ChartTexts) -> None:
    predicted = dashboard.values.predicted_value_12m
    if not dashboard.value_model.usable or predicted is None or predicted.size == 0:
        figure.text(0.5, 0.5, texts.no_prediction, ha="center", va="center", wrap=True)
        return
    top = float(np.percentile(predicted, TOP_PERCENTILE))
    low = min(0.0, float(predicted.min()))
    # Round edges, so that the last bin's label reads "≥ Rp 14.000.000", not Rp 14.165.780.
    edges = MaxNLocator(nbins=HISTOGRAM_BINS).tick_values(low, max(top, low + 1))
    # The few above the 99th percentile are counted in the last bin, which then says so.
    ax = figure.add_subplot()
    _, _, bars = ax.hist(np.minimum(predicted, edges[-1]), bins=edges,
                         color=SEGMENT_COLOURS[Segment.LOYAL])
    if (predicted > edges[-1]).any():
        last = bars[-1]
        last.set_hatch("//")
        ax.annotate(f"≥ {texts.rupiah(int(edges[-2]))}", (edges[-1], last.get_height()),
                    xytext=(0, 3), textcoords="offset points", ha="right", va="bottom",
                    fontsize="small")
    ax.set_xlabel(texts.predicted)
    ax.set_ylabel(texts.members)
    ax.set_xlim(edges[0], edges[-1])  # no margin: a value axis starting below Rp 0 reads wrong
    ax.xaxis.set_major_locator(MaxNLocator(nbins=4, integer=True))
    ax.xaxis.set_major_formatter(FuncFormatter(lambda value, _: texts.rupiah(int(value))))
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))


def _dark(figure: Figure) -> bool:
    red, green, blue = colors.to_rgb(figure.get_facecolor())
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue < 0.5


def _pickable(patch, kind: Segment) -> None:
    patch.set_gid(kind.value)
    patch.set_picker(True)


_DRAWERS = {"mix_now": _mix_now, "mix_months": _mix_months, "revenue_months": _revenue_months,
            "predicted_values": _predicted_values}
