from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale, QSettings, QThreadPool

from tokocrm.services.container import open_services
from tokocrm.ui.main_window import MainWindow
from tokocrm.ui.ui_state import UiState


@pytest.fixture(autouse=True)
def english_locale():
    """Amounts and dates read the same whatever locale an earlier test or the machine set."""
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    yield
    QLocale.setDefault(before)


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
