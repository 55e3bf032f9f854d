from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings

from tokocrm.services.container import open_services
from tokocrm.ui.main_window import MainWindow
from tokocrm.ui.ui_state import UiState


@pytest.fixture
def shop(tmp_path):
    """The UI tests' database: an SQLite file, as at a single counter."""
    opened = open_services(f"sqlite:///{tmp_path / 'shop.db'}")
    yield opened
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
