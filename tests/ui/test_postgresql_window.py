"""The desktop window on a PostgreSQL server, as at a shop with several counters: every page
opens, the dashboard computes on its worker, and there is no SQLite backup to set up (the
server is backed up with pg_dump). The other UI tests use an SQLite file."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QLabel

from tests.factories import make_member, make_purchase
from tokocrm.services.container import open_services
from tokocrm.ui.main_window import MainWindow
from tokocrm.ui.pages.dashboard_page import DashboardPage
from tokocrm.ui.pages.settings_page import SettingsPage


@pytest.fixture
def server_shop(pg_server):
    name = pg_server.create_database()
    services = open_services(pg_server.url(name))
    yield services
    QThreadPool.globalInstance().waitForDone()
    services.close()
    pg_server.drop_database(name)


def test_every_page_works_on_postgresql(qtbot, server_shop, ui_state):
    siti = make_member(server_shop)
    make_purchase(server_shop, siti, amount=80_000)
    window = MainWindow(server_shop, ui_state)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    for row in range(window.nav.count()):
        window.nav.setCurrentRow(row)
        assert window.pages.currentIndex() == row
    labels = [label.text() for label in window.statusBar().findChildren(QLabel)]
    assert any("postgresql" in text for text in labels)

    settings = window.findChild(SettingsPage)
    tabs = [settings.tabs.tabText(i) for i in range(settings.tabs.count())]
    assert "Backups" not in tabs and "Users" in tabs

    dashboard = window.findChild(DashboardPage)
    dashboard.refresh()
    qtbot.waitUntil(lambda: dashboard.dashboard is not None and dashboard.job is None,
                    timeout=60_000)
    assert dashboard.figures["revenue"][1].value.text() == "Rp80,000"
