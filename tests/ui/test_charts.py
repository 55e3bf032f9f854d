"""The dashboard's charts on the Agg canvas (no Qt): each draws what the dashboard holds, the
segment pieces are pickable by segment, an empty shop and an unusable model draw without error,
and save_pngs writes one PNG per chart."""

from __future__ import annotations

import math
from dataclasses import replace
from datetime import date, datetime

import numpy as np
import pytest
from matplotlib.backend_bases import MouseEvent
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.text import Text

from tokocrm.domain.segments import Segment
from tokocrm.services.actor import BUILTIN_OWNER
from tokocrm.services.container import open_services
from tokocrm.services.customer_value import Fallback
from tokocrm.services.demo import create_demo_shop
from tokocrm.ui.charts import CHARTS, DONUT_WIDTH, SEGMENT_COLOURS, draw, english_texts, save_pngs

TODAY = date(2026, 3, 10)
TEXTS = english_texts()
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def _dashboard(folder, members: int):
    services = open_services(f"sqlite:///{folder / 'shop.db'}",
                             clock=lambda: datetime(2026, 3, 10, 10, 0))
    if members:
        create_demo_shop(services.engine, BUILTIN_OWNER, members=members, months=24, seed=3,
                         today=TODAY)
    try:
        return services.dashboard.compute(BUILTIN_OWNER)
    finally:
        services.close()


@pytest.fixture(scope="module")
def sample(tmp_path_factory):
    return _dashboard(tmp_path_factory.mktemp("sample"), members=300)


@pytest.fixture(scope="module")
def empty(tmp_path_factory):
    return _dashboard(tmp_path_factory.mktemp("empty"), members=0)


def drawn(chart: str, dashboard) -> Figure:
    """The chart at the dashboard page's size, rendered (so layout and tick labels are real)."""
    figure = Figure(figsize=(5.6, 3.6), dpi=100)
    FigureCanvasAgg(figure)
    draw(figure, chart, dashboard, TEXTS)
    figure.canvas.draw()
    return figure


def pieces(figure: Figure, kind: Segment) -> list:
    return [p for p in figure.axes[0].patches if p.get_gid() == kind.value]


def texts_of(figure: Figure) -> list[str]:
    return [t.get_text() for t in figure.findobj(Text) if t.get_visible() and t.get_text()]


def test_the_donut_has_a_pickable_wedge_per_segment_sized_by_its_count(sample):
    counts = sample.segments.counts()
    total = sum(counts.values())
    assert total == 300 and all(counts.values())  # the sample shop has every segment
    figure = drawn("mix_now", sample)
    wedges = figure.axes[0].patches
    assert [w.get_gid() for w in wedges] == [s.value for s in Segment]
    for wedge, kind in zip(wedges, Segment, strict=True):
        assert wedge.get_picker() is True
        assert wedge.theta2 - wedge.theta1 == pytest.approx(360 * counts[kind] / total)
        assert wedge.width == pytest.approx(DONUT_WIDTH)
        assert wedge.get_facecolor()[:3] == pytest.approx(_rgb(SEGMENT_COLOURS[kind]))
    shown = texts_of(figure)
    assert "300\nMembers" in shown and "Members by segment now" in shown
    loyal = counts[Segment.LOYAL]
    assert f"Loyal: {loyal} ({round(100 * loyal / total)}%)" in shown


def test_a_click_on_a_wedge_picks_its_segment(sample):
    figure = drawn("mix_now", sample)
    wedge = pieces(figure, Segment.AT_RISK)[0]
    middle = math.radians((wedge.theta1 + wedge.theta2) / 2)
    radius = wedge.r - DONUT_WIDTH / 2
    x, y = figure.axes[0].transData.transform((radius * math.cos(middle),
                                               radius * math.sin(middle)))
    picked = []
    figure.canvas.mpl_connect("pick_event", lambda event: picked.append(event.artist.get_gid()))
    figure.pick(MouseEvent("button_press_event", figure.canvas, x, y, button=1))
    assert picked == ["at_risk"]


def test_the_month_bars_stack_each_segments_count_oldest_first(sample):
    figure = drawn("mix_months", sample)
    months = sample.months
    assert len(months) == 12 and months[0].month_end < months[-1].month_end
    _assert_stacked(figure, [m.counts for m in months])
    labels = [t.get_text() for t in figure.axes[0].get_xticklabels()]
    assert labels == [TEXTS.month(m.month_end) for m in months]
    assert labels[-1] == "Feb 2026"  # the last month-end before 10 March
    assert figure.axes[0].get_ylabel() == "Members"


def test_the_revenue_bars_stack_each_segments_revenue_with_rupiah_ticks(sample):
    figure = drawn("revenue_months", sample)
    revenue = [m.revenue for m in sample.months]
    assert sum(sum(r.values()) for r in revenue) > 0
    _assert_stacked(figure, revenue)
    ticks = [t.get_text() for t in figure.axes[0].get_yticklabels() if t.get_text()]
    assert 2 <= len(ticks) <= 6 and all(t.startswith("Rp") for t in ticks)


def _assert_stacked(figure: Figure, series: list[dict[Segment, int]]) -> None:
    below = np.zeros(len(series))
    for kind in Segment:
        bars = pieces(figure, kind)
        assert [b.get_height() for b in bars] == [month[kind] for month in series]
        assert [b.get_y() for b in bars] == pytest.approx(below.tolist())  # stacked, Segment order
        assert all(b.get_picker() is True for b in bars)
        below += [month[kind] for month in series]


def test_the_histogram_counts_every_member_with_a_prediction(sample):
    predicted = sample.values.predicted_value_12m
    assert sample.value_model.usable and predicted.size > 200
    figure = drawn("predicted_values", sample)
    bars = figure.axes[0].patches
    assert sum(b.get_height() for b in bars) == predicted.size
    assert len(bars) <= 21
    # the few above the 99th percentile are in the last bin, not off the chart
    assert bars[-1].get_x() + bars[-1].get_width() < predicted.max()
    assert any(t.startswith("≥ Rp") for t in texts_of(figure))
    ticks = [t.get_text() for t in figure.axes[0].get_xticklabels() if t.get_text()]
    assert ticks and all(t.startswith("Rp") for t in ticks)


def test_an_unusable_model_says_so_instead_of_a_histogram(sample):
    unusable = replace(sample, value_model=replace(sample.value_model,
                                                   fallback=Fallback.NOT_CONVERGED))
    figure = drawn("predicted_values", unusable)
    assert figure.axes == []
    assert TEXTS.no_prediction in texts_of(figure)


def test_an_empty_shop_draws_every_chart(empty):
    assert sum(empty.segments.counts().values()) == 0 and not empty.value_model.usable
    donut = drawn("mix_now", empty)
    assert [w.get_gid() for w in donut.axes[0].patches] == [None]  # an empty ring, not a segment
    assert "0\nMembers" in texts_of(donut)
    for chart in ("mix_months", "revenue_months"):
        figure = drawn(chart, empty)
        assert all(b.get_height() == 0 for b in figure.axes[0].patches)
        assert figure.axes[0].get_ylim() == (0, 1)
    assert TEXTS.no_prediction in texts_of(drawn("predicted_values", empty))


def test_drawing_again_replaces_the_chart(sample):
    figure = drawn("mix_months", sample)
    draw(figure, "mix_now", sample, TEXTS)
    assert len(figure.axes) == 1 and len(figure.axes[0].patches) == len(Segment)
    with pytest.raises(ValueError, match="pie"):
        draw(figure, "pie", sample, TEXTS)


def test_nothing_is_cut_off_at_the_page_size(sample):
    for chart in CHARTS:
        figure = drawn(chart, sample)
        drawn_box = figure.get_tightbbox(figure.canvas.get_renderer())  # inches
        assert drawn_box.x0 >= 0 and drawn_box.y0 >= 0, chart
        assert drawn_box.x1 <= 5.6 and drawn_box.y1 <= 3.6, chart


def test_save_pngs_writes_one_png_per_chart(sample, empty, tmp_path):
    for dashboard, folder in ((sample, tmp_path / "new" / "sample"), (empty, tmp_path / "empty")):
        written = save_pngs(dashboard, TEXTS, folder, dpi=50)
        assert written == [folder / f"{chart}.png" for chart in CHARTS]
        for path in written:
            data = path.read_bytes()
            assert data.startswith(PNG_SIGNATURE) and len(data) > 1000


def test_english_texts_need_no_locale():
    assert TEXTS.rupiah(1_250_000) == "Rp1,250,000" and TEXTS.rupiah(0) == "Rp0"
    assert TEXTS.month(date(2025, 11, 30)) == "Nov 2025"
    assert set(TEXTS.titles) == set(CHARTS) and set(TEXTS.segment_names) == set(Segment)


def _rgb(colour: str) -> tuple[float, float, float]:
    return tuple(int(colour[i:i + 2], 16) / 255 for i in (1, 3, 5))
