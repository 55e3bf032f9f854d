"""The Settings page as the settings tests open it, and one of its owner's tabs."""

from __future__ import annotations

from tokocrm.ui.pages.settings_page import SettingsPage

OWNER_TABS = ["General", "Loyalty rules", "Segments", "Feedback", "Messages", "Cards", "Users",
              "Backups"]


def settings_page(qtbot, shop, ui_state, actor) -> SettingsPage:
    page = SettingsPage(ui_state, shop, actor)
    qtbot.addWidget(page)
    page.resize(1150, 700)
    page.show()
    qtbot.waitExposed(page)
    return page


def owner_tab(page: SettingsPage, title: str):
    """Switch to the tab called `title`; the owner's page has every tab, in this order."""
    assert [page.tabs.tabText(i) for i in range(page.tabs.count())] == OWNER_TABS
    page.tabs.setCurrentIndex(OWNER_TABS.index(title))
