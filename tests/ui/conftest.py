from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale, QSettings, QThreadPool

from tests.factories import make_member
from tokocrm.domain.roles import Role
from tokocrm.services.actor import Actor
from tokocrm.services.container import open_services
from tokocrm.ui.main_window import MainWindow
from tokocrm.ui.pages.counter_page import CounterPage
from tokocrm.ui.ui_state import UiState


@pytest.fixture(autouse=True)
def english_locale():
    """Amounts and dates read the same whatever locale an earlier test or the machine set."""
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    yield
    QLocale.setDefault(before)

CASHIER = Actor(username="ani", role=Role.CASHIER, till="kasir-1")


@pytest.fixture
def shop(tmp_path):
    """The UI tests' database: an SQLite file, as at a single counter."""
    opened = open_services(f"sqlite:///{tmp_path / 'shop.db'}")
    yield opened
    QThreadPool.globalInstance().waitForDone()  # as the app does: no job outlives the database
    opened.close()


@pytest.fixture
def ui_state(tmp_path):
    return UiState(QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def window(qtbot, shop, ui_state):
    main = MainWindow(shop, ui_state)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    return main


@pytest.fixture
def counter(qtbot, shop):
    """The counter page as a cashier at till kasir-1 sees it."""
    page = CounterPage(shop, CASHIER)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    qtbot.waitExposed(page)
    return page


@pytest.fixture
def siti(shop):
    return make_member(shop, "Siti Aminah", "0812-3456-7890")
