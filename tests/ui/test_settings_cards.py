"""Settings → Cards: the owner puts the shop's logo on the member cards (issue #10)."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QFileDialog

from tests.ui.settings_tabs import OWNER_TABS, owner_tab, settings_page
from tests.ui.test_settings_segments import CASHIER, click
from tokocrm.services.actor import BUILTIN_OWNER
from tokocrm.services.cards import MAX_LOGO_KB
from tokocrm.ui.widgets.card_settings import LOGO_PIXELS

LOGO_RED = QColor("#d81b60")  # a colour the card itself never uses


@pytest.fixture
def cards_tab(qtbot, shop, ui_state):
    page = settings_page(qtbot, shop, ui_state, BUILTIN_OWNER)
    owner_tab(page, "Cards")
    assert page.card_settings is not None and page.card_settings.isVisible()
    yield page.card_settings  # the page stays alive until the test ends


def picture(path, width: int, height: int, kind: str = "PNG", noise: bool = False):
    if noise:  # a photo: nothing for PNG to compress
        pixels = np.random.default_rng(7).integers(0, 255, (height, width, 4), dtype=np.uint8)
        data = pixels.tobytes()  # QImage(data, ...) only borrows it: copy while it lives
        image = QImage(data, width, height, width * 4, QImage.Format.Format_RGB32).copy()
    else:
        image = QImage(width, height, QImage.Format.Format_RGB32)
        image.fill(LOGO_RED)
    assert image.save(str(path), kind)
    return path


def reds(tab) -> int:
    """How much of the sample card is the logo's colour."""
    image = tab.sample.pixmap().toImage()
    return sum(image.pixelColor(x, y) == LOGO_RED
               for y in range(0, image.height(), 3) for x in range(0, image.width(), 3))


def test_the_chosen_logo_is_stored_and_shown_on_the_sample_card(qtbot, shop, cards_tab,
                                                                  tmp_path):
    assert reds(cards_tab) == 0
    path = picture(tmp_path / "logo.png", 120, 60)
    click(qtbot, cards_tab.choose_button)
    dialog = cards_tab.file_dialog
    assert dialog is not None and dialog.fileMode() == QFileDialog.FileMode.ExistingFile
    dialog.selectFile(str(path))
    dialog.accept()
    assert cards_tab.message.text() == "The logo is saved."
    assert shop.cards.logo(BUILTIN_OWNER) == path.read_bytes()  # small enough: kept as it is
    assert reds(cards_tab) > 500
    click(qtbot, cards_tab.remove_button)
    assert shop.cards.logo(BUILTIN_OWNER) is None
    assert not cards_tab.remove_button.isEnabled()


def test_a_big_photo_is_made_smaller_to_fit(shop, cards_tab, tmp_path):
    path = picture(tmp_path / "foto.png", 2400, 1200, noise=True)
    assert path.stat().st_size > MAX_LOGO_KB * 1024
    assert cards_tab.use_logo_file(path)
    stored = QImage.fromData(shop.cards.logo(BUILTIN_OWNER))
    assert (stored.width(), stored.height()) == LOGO_PIXELS
    assert len(shop.cards.logo(BUILTIN_OWNER)) <= MAX_LOGO_KB * 1024


def test_a_file_that_is_no_picture_is_refused(shop, cards_tab, tmp_path):
    path = tmp_path / "logo.png"
    path.write_text("not a picture")
    assert not cards_tab.use_logo_file(path)
    assert cards_tab.message.text() == "Shop logo: is not a PNG or JPEG image"
    assert shop.cards.logo(BUILTIN_OWNER) is None


def test_only_the_owner_has_the_cards_tab(qtbot, shop, ui_state):
    page = settings_page(qtbot, shop, ui_state, CASHIER)
    titles = [page.tabs.tabText(i) for i in range(page.tabs.count())]
    assert "Cards" in OWNER_TABS and "Cards" not in titles
    assert page.card_settings is None
