"""The dashboard page on a sample shop: it computes on a worker, shows every figure and draws
every chart; a real mouse click on a segment's wedge opens that segment's members, whose list
exports to Excel; a chart saves as PNG; a cashier sees no dashboard."""

from __future__ import annotations

import math
from datetime import date

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QPoint, Qt

from tokocrm.domain.roles import Role
from tokocrm.domain.segments import Segment
from tokocrm.services.actor import BUILTIN_OWNER, Actor
from tokocrm.services.demo import create_demo_shop
from tokocrm.services.dto import MemberInput, PurchaseInput
from tokocrm.ui.charts import CHARTS, DONUT_WIDTH
from tokocrm.ui.pages.dashboard_page import DashboardPage

TIMEOUT_MS = 60_000


@pytest.fixture
def page(qtbot, shop):
    create_demo_shop(shop.engine, BUILTIN_OWNER, members=300, months=24, seed=5,
                     today=date.today())
    shown = DashboardPage(shop, BUILTIN_OWNER)
    qtbot.addWidget(shown)
    shown.resize(1300, 740)
    shown.show()
    qtbot.waitExposed(shown)
    return shown


def computed(qtbot, page):
    job = page.refresh()
    assert job is not None
    qtbot.waitUntil(lambda: page.dashboard is not None and page.job is None, timeout=TIMEOUT_MS)
    return page.dashboard


def test_every_figure_and_chart_is_shown(qtbot, page):
    assert page.figures["revenue"][1].value.text() == "—"  # nothing before the first run
    board = computed(qtbot, page)
    revenue = page.figures["revenue"][1]
    assert revenue.value.text() == f"Rp{board.now.revenue:,}"
    assert "on the 30 days before" in revenue.note.text()
    retention = page.figures["retention_90"][1].value.text()
    assert retention == f"{board.now.retention_90 * 100:.1f} %"
    for chart in CHARTS:
        figure = page.charts[chart].figure
        assert figure.axes, f"{chart} drew nothing"
        assert page.charts[chart].save_button.isEnabled()
    donut = page.charts["mix_now"].figure.axes[0]
    assert [w.get_gid() for w in donut.patches] == [s.value for s in Segment]
    bars = page.charts["mix_months"].figure.axes[0].patches
    assert len(bars) == 12 * len(Segment)
    assert page.charts["predicted_values"].figure.axes[0].patches  # a histogram of values
    assert "As of" in page.state.text()


def click_wedge(qtbot, panel, segment: Segment) -> None:
    """A real left click, through Qt, in the middle of the segment's wedge."""
    panel.canvas.draw()
    axes = panel.figure.axes[0]
    wedge = next(w for w in axes.patches if w.get_gid() == segment.value)
    middle = math.radians((wedge.theta1 + wedge.theta2) / 2)
    radius = wedge.r - DONUT_WIDTH / 2
    x, y = axes.transData.transform((radius * math.cos(middle), radius * math.sin(middle)))
    ratio = panel.canvas.device_pixel_ratio
    height = panel.figure.bbox.height
    qtbot.mouseClick(panel.canvas, Qt.MouseButton.LeftButton,
                     pos=QPoint(round(x / ratio), round((height - y) / ratio)))


def test_a_click_on_a_segment_lists_its_members_and_exports_them(qtbot, page, tmp_path):
    board = computed(qtbot, page)
    loyal = board.segments.member_ids(Segment.LOYAL)
    assert loyal
    click_wedge(qtbot, page.charts["mix_now"], Segment.LOYAL)
    dialog = page.members_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.model.rowCount() == len(loyal)
    shown = {dialog.model.member_id(row) for row in range(dialog.model.rowCount())}
    assert shown == set(loyal)
    assert dialog.heading.text() == f"Loyal: {len(loyal)} members"
    out = tmp_path / "setia.xlsx"
    dialog.export(out)
    qtbot.waitUntil(lambda: "Saved" in dialog.result.text(), timeout=TIMEOUT_MS)
    cards = {row[0] for row in load_workbook(out)["Members"].iter_rows(min_row=2,
                                                                       values_only=True)}
    assert len(cards) == len(loyal)


def test_a_chart_saves_as_png(qtbot, page, tmp_path):
    computed(qtbot, page)
    path = tmp_path / "donut.png"
    page.charts["mix_now"].save(path)
    assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_refresh_keeps_the_last_result_on_screen(qtbot, page):
    first = computed(qtbot, page)
    page.refresh()
    assert page.dashboard is first and page.state.text() == "Refreshing…"
    assert page.refresh() is None  # one computation at a time
    qtbot.waitUntil(lambda: page.job is None, timeout=TIMEOUT_MS)
    assert page.dashboard is not first


def test_a_cashier_has_no_dashboard(qtbot, shop):
    page = DashboardPage(shop, Actor(username="ani", role=Role.CASHIER))
    qtbot.addWidget(page)
    assert page.refresh() is None
    assert "Only the owner" in page.state.text() and not page.refresh_button.isEnabled()


def test_after_a_restart_the_last_result_shows_at_once(qtbot, shop, tmp_path):
    store = tmp_path / "cache" / "dashboard.pickle"
    siti = shop.members.register(BUILTIN_OWNER, MemberInput(name="Siti", phone="081234567890"))
    shop.purchases.record(BUILTIN_OWNER, PurchaseInput(member_id=siti.id, amount=125_000))
    first = DashboardPage(shop, BUILTIN_OWNER, store)
    qtbot.addWidget(first)
    board = computed(qtbot, first)
    again = DashboardPage(shop, BUILTIN_OWNER, store)  # the app started again
    qtbot.addWidget(again)
    assert again.dashboard is None  # nothing read or drawn while the app starts
    assert again.refresh() is not None  # the page is shown: a fresh result is on its way
    assert again.dashboard is not None  # and the last one is on screen at once
    assert again.dashboard.segments.counts() == board.segments.counts()
    assert again.figures["revenue"][1].value.text() == "Rp125,000"
    assert again.charts["mix_now"].figure.axes  # drawn before any computing
    store.write_bytes(b"not a dashboard")
    broken = DashboardPage(shop, BUILTIN_OWNER, store)
    qtbot.addWidget(broken)
    broken.refresh()
    assert broken.dashboard is None  # an unreadable file is simply not shown
    qtbot.waitUntil(lambda: again.job is None and broken.job is None, timeout=TIMEOUT_MS)
