"""The owner keeps the users in Settings → Users: adds a cashier with a PIN who then logs in,
changes a role, switches someone off, gives a new password, and sets when an idle counter
locks. A cashier sees no Users tab."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.ui.settings_tabs import owner_tab, settings_page
from tests.ui.test_settings_segments import CASHIER, click, retype
from tokocrm.domain.errors import LoginRefused
from tokocrm.domain.roles import Role
from tokocrm.domain.users import SecretKind
from tokocrm.ui.widgets.users_settings import SecretFields, UsersSettings

OWNER_ROW = ("Bu Rina", "Owner", "Password", "Yes", "")


@pytest.fixture
def owner(shop):
    return shop.users.create_owner("Toko Maju", "Bu Rina", "rahasia-123", SecretKind.PASSWORD)


@pytest.fixture
def editor(qtbot, shop, ui_state, owner):
    page = settings_page(qtbot, shop, ui_state, owner)
    owner_tab(page, "Users")
    assert page.users_settings is not None and page.users_settings.isVisible()
    yield page.users_settings  # the page stays alive until the test ends


def listed(editor: UsersSettings) -> list[tuple[str, ...]]:
    table = editor.table
    return [tuple(table.item(row, column).text() for column in range(table.columnCount()))
            for row in range(table.rowCount())]


def type_into(qtbot, edit, text: str) -> None:
    edit.setFocus()
    edit.clear()
    qtbot.keyClicks(edit, text)


def type_secret(qtbot, fields: SecretFields, kind: SecretKind, secret: str,
                repeat: str | None = None) -> None:
    click(qtbot, fields.pin if kind is SecretKind.PIN else fields.password)
    type_into(qtbot, fields.secret, secret)
    type_into(qtbot, fields.repeat, secret if repeat is None else repeat)


def select_user(qtbot, editor: UsersSettings, name: str) -> None:
    """Click the user's name in the list, as the owner would."""
    [item] = editor.table.findItems(name, Qt.MatchFlag.MatchExactly)
    qtbot.mouseClick(editor.table.viewport(), Qt.MouseButton.LeftButton,
                     pos=editor.table.visualItemRect(item).center())
    assert editor.selected().username == name


def choose_role(qtbot, combo, name: str) -> None:
    """Pick a role with the keyboard: its first letter."""
    combo.setFocus()
    qtbot.keyClicks(combo, name[0])
    assert combo.currentText() == name


def test_the_tab_lists_the_owner_and_the_lock_in_force(editor):
    assert listed(editor) == [OWNER_ROW]
    assert editor.idle_minutes.value() == 5 and editor.idle_minutes.text() == "5 minutes"
    assert not editor.selected_box.isEnabled()  # nobody selected yet
    assert editor.new_role.currentText() == "Cashier" and editor.add_secret.pin.isChecked()


def test_owner_adds_a_cashier_with_a_pin_who_then_logs_in(qtbot, editor, shop):
    type_into(qtbot, editor.new_name, "Dewi")
    type_secret(qtbot, editor.add_secret, SecretKind.PIN, "482913")
    click(qtbot, editor.add_button)

    assert editor.notice.text() == "Added Dewi as cashier; they log in with their PIN."
    assert listed(editor) == [OWNER_ROW, ("Dewi", "Cashier", "PIN", "Yes", "")]
    assert editor.selected().username == "Dewi"
    assert (editor.new_name.text(), editor.add_secret.secret.text(),
            editor.add_secret.repeat.text()) == ("", "", "")
    dewi = shop.users.login("dewi", "482913")
    assert (dewi.username, dewi.role) == ("Dewi", Role.CASHIER)


def test_two_different_pins_show_an_error_and_save_nothing(qtbot, editor, shop, owner):
    type_into(qtbot, editor.new_name, "Dewi")
    type_secret(qtbot, editor.add_secret, SecretKind.PIN, "482913", repeat="482914")
    click(qtbot, editor.add_button)

    assert editor.notice.text() == "The two PINs differ; type the PIN again in both fields."
    assert listed(editor) == [OWNER_ROW]
    assert [user.username for user in shop.users.users(owner)] == ["Bu Rina"]
    assert editor.new_name.text() == "Dewi" and editor.add_secret.repeat.text() == ""
    assert editor.add_secret.repeat.hasFocus()  # where the owner types again
    with pytest.raises(LoginRefused):
        shop.users.login("Dewi", "482913")


def test_a_pin_the_rules_refuse_shows_the_reason_and_keeps_the_form(qtbot, editor, shop, owner):
    type_into(qtbot, editor.new_name, "Dewi")
    type_secret(qtbot, editor.add_secret, SecretKind.PIN, "12ab")
    click(qtbot, editor.add_button)
    assert editor.notice.text() == "PIN: must be 4 to 8 digits"
    assert editor.new_name.text() == "Dewi"
    assert [user.username for user in shop.users.users(owner)] == ["Bu Rina"]


def test_owner_changes_a_role_switches_a_user_off_and_on_and_sets_a_password(
        qtbot, editor, shop, owner):
    shop.users.add(owner, "Dewi", Role.CASHIER, "482913", SecretKind.PIN)
    editor.load()
    select_user(qtbot, editor, "Dewi")
    choose_role(qtbot, editor.role, "Bookkeeper")
    click(qtbot, editor.change_role_button)
    assert editor.notice.text() == "Dewi is now bookkeeper."
    assert shop.users.login("Dewi", "482913").role is Role.BOOKKEEPER

    click(qtbot, editor.active_button)
    assert editor.notice.text() == "Dewi is switched off and can no longer log in."
    assert listed(editor)[1][3] == "No" and editor.active_button.text() == "Switch on"
    with pytest.raises(LoginRefused):
        shop.users.login("Dewi", "482913")
    click(qtbot, editor.active_button)
    assert editor.notice.text() == "Dewi can log in again."

    type_secret(qtbot, editor.new_secret, SecretKind.PASSWORD, "kata-sandi-baru")
    click(qtbot, editor.set_secret_button)
    assert editor.notice.text() == "Dewi now logs in with the new password."
    assert listed(editor)[1] == ("Dewi", "Bookkeeper", "Password", "Yes", "")
    assert shop.users.login("Dewi", "kata-sandi-baru").username == "Dewi"
    with pytest.raises(LoginRefused):
        shop.users.login("Dewi", "482913")


def test_the_last_owner_cannot_stop_being_one(qtbot, editor, shop, owner):
    select_user(qtbot, editor, "Bu Rina")
    choose_role(qtbot, editor.role, "Cashier")
    click(qtbot, editor.change_role_button)
    assert editor.notice.text() == "Role: is the shop's last owner: add another owner first"
    assert listed(editor) == [OWNER_ROW]
    assert shop.users.login("Bu Rina", "rahasia-123").role is Role.OWNER


def test_owner_sets_the_idle_lock_and_every_counter_reads_it(qtbot, editor, shop):
    retype(qtbot, editor.idle_minutes, "15")
    click(qtbot, editor.save_idle_button)
    assert editor.notice.text() == "Saved: a counter left alone for 15 minutes locks itself."
    assert shop.users.idle_lock_minutes(CASHIER) == 15
    assert (editor.idle_minutes.minimum(), editor.idle_minutes.maximum()) == (1, 120)


def test_a_cashier_sees_no_users_tab(qtbot, shop, ui_state):
    page = settings_page(qtbot, shop, ui_state, CASHIER)
    assert page.users_settings is None
    assert page.findChildren(UsersSettings) == []
    assert "Users" not in [page.tabs.tabText(i) for i in range(page.tabs.count())]
