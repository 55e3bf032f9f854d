"""Screenshots of every page, in Indonesian and in English, at 1366x768 (the common shop PC).

    xvfb-run -s "-screen 0 1366x768x24" .venv/bin/python tools/screenshots.py [OUT]

OUT defaults to docs/screenshots. A sample shop (tokocrm demo) with two branches is built in a
temporary folder; the owner is logged in; each page is shown as someone would see it (a member
open at the counter, the dashboard computed) and the whole window is saved as
OUT/LANG/NN-page.png. Settings and logs go to the temporary folder, never the user's own.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

_HOME = Path(tempfile.mkdtemp(prefix="tokocrm-shots-"))
for _var in ("XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"):
    os.environ[_var] = str(_HOME / _var.lower())

from PySide6.QtCore import QLocale, QSettings, QThreadPool  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from tokocrm.domain.users import SecretKind  # noqa: E402
from tokocrm.services.actor import BUILTIN_OWNER, Actor, Place  # noqa: E402
from tokocrm.services.container import Services, open_services  # noqa: E402
from tokocrm.services.demo import create_demo_shop  # noqa: E402
from tokocrm.ui.app import configure_app  # noqa: E402
from tokocrm.ui.i18n import install_translators  # noqa: E402
from tokocrm.ui.main_window import MainWindow  # noqa: E402
from tokocrm.ui.ui_state import UiState  # noqa: E402

SIZE = (1366, 768)
LOCALES = {"id": QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia),
           "en": QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)}
PAGES = ["counter", "members", "loyalty", "feedback", "follow-up", "dashboard",
         "import-export", "audit-trail", "settings"]
SETTLE_S = 0.6  # for lists filled by a worker to arrive and paint


def main(argv: list[str]) -> int:
    out = Path(argv[0] if argv else "docs/screenshots")
    app = QApplication.instance() or QApplication(sys.argv[:1])
    configure_app(app)
    shop, owner = sample_shop()
    try:
        for language, locale in LOCALES.items():
            shoot_language(app, shop, owner, language, locale, out / language)
    finally:
        QThreadPool.globalInstance().waitForDone()
        shop.close()
    return 0


def sample_shop() -> tuple[Services, Actor]:
    shop = open_services(f"sqlite:///{_HOME / 'toko.db'}",
                         place=Place(till="Kasir 1", branch="Pusat"))
    create_demo_shop(shop.engine, BUILTIN_OWNER, members=1500, months=24, seed=7,
                     today=date.today())
    shop.users.create_owner("Toko Makmur Jaya", "Rina", "rahasia123", SecretKind.PASSWORD)
    owner = shop.users.login("Rina", "rahasia123")  # the audit trail has a login to show
    shop.settings.name_counter(owner, "Kasir 2", "Cabang Selatan")  # the branch's counter
    shop.settings.name_counter(owner, "Kasir 1", "Pusat")
    shop.messages.add_template(owner, "Ulang tahun", "promo", (
        "Selamat ulang tahun, {nama}! Ada hadiah ulang tahun untukmu di {toko}: poinmu "
        "sekarang {poin}. Ditunggu kedatangannya ya."))
    return shop, owner


def shoot_language(app: QApplication, shop: Services, owner: Actor, language: str,
                   locale: QLocale, folder: Path) -> None:
    QLocale.setDefault(locale)
    translators = install_translators(app, language)
    state = UiState(QSettings(str(_HOME / f"ui-{language}.ini"), QSettings.Format.IniFormat))
    window = MainWindow(shop, state, owner)
    window.resize(*SIZE)
    window.show()
    folder.mkdir(parents=True, exist_ok=True)
    for row, name in enumerate(PAGES):
        window.nav.setCurrentRow(row)
        prepare(window, name, shop, owner)
        settle(app)
        window.grab().save(str(folder / f"{row + 1:02d}-{name}.png"))
    window.close()
    for translator in translators:
        app.removeTranslator(translator)


def prepare(window: MainWindow, name: str, shop: Services, owner: Actor) -> None:
    """What a user would have on screen: a member at the counter, the dashboard computed."""
    page = window.pages.currentWidget()
    if name == "counter":  # a cashier typed a regular customer's name and opened them
        hits = shop.members.find(owner, "ayu")
        busy = max(hits, key=lambda member: shop.purchases.stats(owner, member.id).visits)
        page.search.setText(busy.name.split()[0])
        settle(QApplication.instance())
        page.open_member(busy.id)
    elif name == "feedback":  # the first case of the inbox open beside it
        page.inbox.selectRow(0)
    elif name == "dashboard":
        page.refresh()
        wait_until(lambda: page.dashboard is not None and page.job is None)


def settle(app: QApplication) -> None:
    end = time.monotonic() + SETTLE_S
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.02)


def wait_until(done, timeout_s: float = 120) -> None:
    end = time.monotonic() + timeout_s
    while not done():
        if time.monotonic() > end:
            raise TimeoutError("the page did not finish loading")
        QApplication.processEvents()
        time.sleep(0.05)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
