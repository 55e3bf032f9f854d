"""Tills and branches in the window: the owner names this counter in Settings (kept on this PC,
the branch added to the shop's list), the next login acts from there, and the dashboard and
the exports offer one branch once the shop has branches."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import QDate, Qt

from tests.factories import make_member
from tests.ui.test_import_export_page import choose_file, make_page, sheet_rows, wait_written
from tokocrm import config
from tokocrm.domain.roles import Role
from tokocrm.domain.users import SecretKind
from tokocrm.services.actor import BUILTIN_OWNER, Actor
from tokocrm.services.dto import PurchaseInput
from tokocrm.ui.pages.dashboard_page import DashboardPage
from tokocrm.ui.pages.settings_page import SettingsPage
from tokocrm.ui.widgets.export_panel import PURCHASES

PUSAT = Actor(username="ani", role=Role.CASHIER, till="Kasir 1", branch="Pusat")
SELATAN = Actor(username="budi", role=Role.CASHIER, till="Kasir 1", branch="Cabang Selatan")


@pytest.fixture(autouse=True)
def own_config(monkeypatch, tmp_path):
    """This test's own config folder: the counter's name is kept on the PC."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))


@pytest.fixture
def branches(shop):
    """Two branches named, and a purchase at each."""
    shop.settings.name_counter(BUILTIN_OWNER, "Kasir 1", "Pusat")
    shop.settings.name_counter(BUILTIN_OWNER, "Kasir 1", "Cabang Selatan")
    siti = make_member(shop)
    for till, amount in ((PUSAT, 120_000), (SELATAN, 45_000)):
        shop.purchases.record(till, PurchaseInput(member_id=siti.id, amount=amount))
    return siti


def settings_page(qtbot, shop, ui_state, actor):
    page = SettingsPage(ui_state, shop, actor)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    return page


def test_the_owner_names_this_counter_and_the_next_login_acts_from_it(qtbot, shop, ui_state):
    owner = shop.users.create_owner("Toko Makmur", "rina", "rahasia123", SecretKind.PASSWORD)
    page = settings_page(qtbot, shop, ui_state, owner)
    counter = page.counter
    counter.till.clear()
    qtbot.keyClicks(counter.till, "  Kasir   2")
    counter.branch.setCurrentText("")
    qtbot.keyClicks(counter.branch.lineEdit(), "Cabang Selatan")
    qtbot.mouseClick(counter.save_button, Qt.MouseButton.LeftButton)

    assert "Kasir 2 at Cabang Selatan" in counter.result.text()
    assert counter.till.text() == "Kasir 2"
    saved = json.loads((config.config_dir() / config.PLACE_FILE).read_text(encoding="utf-8"))
    assert saved == {"till": "Kasir 2", "branch": "Cabang Selatan"}
    assert config.load_place() == ("Kasir 2", "Cabang Selatan")
    assert shop.settings.branches(owner) == ["Cabang Selatan"]
    again = shop.users.login("rina", "rahasia123")
    assert (again.till, again.branch) == ("Kasir 2", "Cabang Selatan")


def test_a_bad_name_is_said_and_nothing_is_kept(qtbot, shop, ui_state):
    page = settings_page(qtbot, shop, ui_state, BUILTIN_OWNER)
    page.counter.till.clear()
    qtbot.mouseClick(page.counter.save_button, Qt.MouseButton.LeftButton)
    assert page.counter.result.text().startswith("Till")
    assert not (config.config_dir() / config.PLACE_FILE).exists()


def test_a_cashier_sees_the_counters_name_but_cannot_change_it(qtbot, shop, ui_state):
    page = settings_page(qtbot, shop, ui_state, PUSAT)
    assert not page.counter.till.isEnabled() and not page.counter.save_button.isEnabled()
    assert page.counter.result.text() == "Only the owner names the counter."


def test_the_dashboard_shows_one_branch(qtbot, shop, branches):
    page = DashboardPage(shop, BUILTIN_OWNER)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    assert page.branch.isVisible()
    assert [page.branch.itemText(i) for i in range(page.branch.count())] == [
        "All branches", "Cabang Selatan", "Pusat"]
    page.branch.setCurrentIndex(page.branch.findText("Pusat"))  # starts the computation
    qtbot.waitUntil(lambda: page.dashboard is not None and page.job is None, timeout=60_000)
    assert page.dashboard.branch == "Pusat"
    assert page.figures["revenue"][1].value.text() == "Rp120,000"
    assert "Pusat: its sales and feedback" in page.state.text()


def test_without_branches_there_is_nothing_to_choose(qtbot, shop):
    page = DashboardPage(shop, BUILTIN_OWNER)
    qtbot.addWidget(page)
    page.show()
    assert not page.branch.isVisible()
    assert not make_page(qtbot, shop).export_panel.branch.isVisibleTo(page)


def test_the_purchases_export_of_one_branch(qtbot, shop, branches, tmp_path):
    panel = make_page(qtbot, shop).export_panel
    panel.branch.setCurrentIndex(panel.branch.findText("Cabang Selatan"))
    panel.purchases_from.setDate(QDate.currentDate().addDays(-1))
    assert panel._request(PURCHASES).file_name.endswith("-Cabang-Selatan.xlsx")
    choose_file(qtbot, panel, PURCHASES, tmp_path / "selatan.xlsx")
    wait_written(qtbot, panel)
    header, *rows = sheet_rows(tmp_path / "selatan.xlsx")
    branch = header.index("Branch")
    assert [(row[5], row[branch]) for row in rows] == [(45_000, "Cabang Selatan")]
