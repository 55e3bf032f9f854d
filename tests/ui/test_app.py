"""Start-up pieces: language choice, translations, the error dialog, the whole app."""

from __future__ import annotations

import logging
import sys

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QLabel, QPushButton

from tokocrm.domain.errors import NotADatabase, UpgradeBackupFailed
from tokocrm.logs import setup_logging
from tokocrm.ui.error_dialog import ErrorReporter
from tokocrm.ui.i18n import choose_language, install_translators
from tokocrm.ui.main_window import MainWindow
from tokocrm.ui.messages import message_for

INDONESIA = QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia)
US = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)


@pytest.fixture
def indonesian(qapp):
    translators = install_translators(qapp, "id")
    yield
    for translator in translators:
        qapp.removeTranslator(translator)
    QLocale.setDefault(US)


def test_language_follows_the_system_unless_chosen():
    assert choose_language("system", INDONESIA) == "id"
    assert choose_language("system", US) == "en"
    assert choose_language("en", INDONESIA) == "en"
    assert choose_language("id", US) == "id"


def test_indonesian_translation_is_loaded(indonesian, qtbot, shop, ui_state):
    window = MainWindow(shop, ui_state)
    qtbot.addWidget(window)
    assert window.nav.item(0).text() == "Kasir"
    assert window.nav.item(8).text() == "Pengaturan"
    assert window.pages.widget(3).findChild(QLabel, "pageTitle").text() == "Masukan"
    assert QLocale().language() == QLocale.Language.Indonesian


def test_error_messages_are_translated(indonesian, tmp_path):
    text = message_for(NotADatabase(path=tmp_path / "a.txt"))
    assert "a.txt" in text and "bukan database TokoCRM" in text
    text = message_for(UpgradeBackupFailed(path="toko.db", reason="disk penuh"))
    assert text.startswith("toko.db tidak diperbarui") and "disk penuh" in text


@pytest.mark.qt_no_exception_capture
def test_error_in_a_slot_shows_a_dialog_and_is_logged(qtbot, tmp_path, monkeypatch):
    log_path = setup_logging(tmp_path / "logs")
    reporter = ErrorReporter(log_path)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    reporter.install()
    button = QPushButton()
    qtbot.addWidget(button)

    def broken_slot():
        raise RuntimeError("printer on fire")

    button.clicked.connect(broken_slot)
    button.click()
    box = reporter.last_box
    qtbot.waitUntil(box.isVisible)
    assert "printer on fire" in box.text() and str(log_path) in box.informativeText()
    box.close()
    for handler in logging.getLogger().handlers:
        handler.flush()
    logged = log_path.read_text()
    assert "Traceback" in logged and "printer on fire" in logged
