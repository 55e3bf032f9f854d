"""Settings → Backups: the owner picks the backup folder and backs up at once."""

from __future__ import annotations

from tests.ui.settings_tabs import owner_tab, settings_page
from tokocrm.domain.roles import Role
from tokocrm.services import backups
from tokocrm.services.actor import BUILTIN_OWNER, Actor


def backups_tab(qtbot, shop, ui_state):
    page = settings_page(qtbot, shop, ui_state, BUILTIN_OWNER)
    owner_tab(page, "Backups")
    return page


def test_the_owner_sends_backups_to_another_folder_and_backs_up_now(
        qtbot, shop, ui_state, tmp_path):
    page = backups_tab(qtbot, shop, ui_state)  # kept: the tab lives as long as its page
    tab = page.backup_settings
    usb = tmp_path / "usb" / "TokoCRM"
    tab.use_folder(usb)  # what choosing it in the folder dialog does
    assert tab.folder.text() == str(usb) and usb.is_dir()
    assert backups.chosen_folder(shop.settings, Actor("ani", Role.CASHIER)) == usb
    tab.back_up_now()  # its own slot says when it is done
    qtbot.waitUntil(lambda: "Backed up" in tab.result.text(), timeout=10_000)
    [written] = list(usb.glob("tokocrm-*.db"))
    assert written.stat().st_size > 0 and str(written) in tab.result.text()


def test_a_folder_that_cannot_be_written_is_refused_and_kept_as_it_was(
        qtbot, shop, ui_state, tmp_path):
    page = backups_tab(qtbot, shop, ui_state)  # kept: the tab lives as long as its page
    tab = page.backup_settings
    before = tab.folder.text()
    not_a_folder = tmp_path / "a-file"
    not_a_folder.write_text("x")
    tab.use_folder(not_a_folder)
    assert "could not be made" in tab.result.text() and tab.folder.text() == before


def test_a_cashier_and_a_bookkeeper_have_no_backups_tab(qtbot, shop, ui_state):
    for role in (Role.CASHIER, Role.BOOKKEEPER):
        page = settings_page(qtbot, shop, ui_state, Actor("x", role))
        assert page.backup_settings is None
