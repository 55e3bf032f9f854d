"""The shell: navigation list, stacked pages, menu and status bar. Pages do the work."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QIcon, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from tokocrm import __version__
from tokocrm.domain.errors import TokoError
from tokocrm.domain.roles import Permission, allows
from tokocrm.services import backups
from tokocrm.services.actor import BUILTIN_OWNER, Actor
from tokocrm.services.container import Services
from tokocrm.services.loyalty import DailyRun
from tokocrm.ui import dashboard_store, theme
from tokocrm.ui.jobs import Job
from tokocrm.ui.messages import message_for
from tokocrm.ui.pages.audit_page import AuditPage
from tokocrm.ui.pages.counter_page import CounterPage
from tokocrm.ui.pages.dashboard_page import DashboardPage
from tokocrm.ui.pages.feedback_page import FeedbackPage
from tokocrm.ui.pages.followup_page import FollowUpPage
from tokocrm.ui.pages.import_export_page import ImportExportPage
from tokocrm.ui.pages.loyalty_page import LoyaltyPage
from tokocrm.ui.pages.members_page import MembersPage
from tokocrm.ui.pages.settings_page import SettingsPage
from tokocrm.ui.screen_fit import resize_within_screen
from tokocrm.ui.ui_state import UiState
from tokocrm.ui.widgets.job_progress import JobProgress
from tokocrm.ui.widgets.role_names import role_name

P = Permission
# One icon font (Material Design Icons, through qtawesome) for the whole navigation.
NAV_ICONS: dict[type[QWidget], str] = {
    CounterPage: "mdi6.cash-register",
    MembersPage: "mdi6.account-group",
    LoyaltyPage: "mdi6.star-circle",
    FeedbackPage: "mdi6.message-text",
    FollowUpPage: "mdi6.phone-message",
    DashboardPage: "mdi6.chart-bar",
    ImportExportPage: "mdi6.file-excel",
    AuditPage: "mdi6.shield-search",
    SettingsPage: "mdi6.cog",
}
NAV_ICON_SIZE = 22
NAV_POINT_SIZE = 11.0  # big, well-spaced entries: the counter PC is used standing


class MainWindow(QMainWindow):
    _icons_drawn = False  # changeEvent may come before __init__ has set it

    def __init__(self, services: Services, state: UiState,
                 actor: Actor = BUILTIN_OWNER) -> None:
        super().__init__()
        self._services = services
        self._state = state
        self._actor = actor
        self.setWindowTitle(self.tr("TokoCRM: {user}").format(user=actor.username))
        self.nav = self._make_navigation()
        self.pages = QStackedWidget()
        blank = _blank_icon(NAV_ICON_SIZE)  # holds the icons' place until they are drawn
        for title, page in self._build_pages():
            self.nav.addItem(title)
            self.nav.item(self.nav.count() - 1).setIcon(blank)
            self.pages.addWidget(page)
        self._fit_navigation()
        self.nav.currentRowChanged.connect(self._on_nav_changed)
        self._add_page_shortcuts()
        self._build_menu()
        self._build_status_bar()

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.addWidget(self.nav)
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)
        self._restore_state()

    @property
    def actor(self) -> Actor:
        return self._actor

    def _make_navigation(self) -> QListWidget:
        nav = QListWidget()
        nav.setObjectName("navigation")
        # Big, well-spaced entries: the counter PC is used standing, at arm's length.
        font = nav.font()
        font.setPointSizeF(NAV_POINT_SIZE)
        nav.setFont(font)
        nav.setIconSize(QSize(NAV_ICON_SIZE, NAV_ICON_SIZE))
        nav.setStyleSheet("QListWidget#navigation::item { padding: 8px 6px; }")
        nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # The icons cost a font load (and qtawesome's import): drawn once the window is up.
        self._first_paint = _OnFirstPaint(nav.viewport(), self.draw_navigation_icons)
        return nav

    def _fit_navigation(self) -> None:
        """As wide as the longest page name in this language needs, at any font size."""
        metrics = self.nav.fontMetrics()
        text = max((metrics.horizontalAdvance(self.nav.item(row).text())
                    for row in range(self.nav.count())), default=0)
        padding = 2 * 6 + 2 * 4 + 2 * self.nav.frameWidth()  # item padding, margins, frame
        self.nav.setFixedWidth(max(text + NAV_ICON_SIZE + padding + 16, 150))

    def draw_navigation_icons(self) -> None:
        """Each page's icon, in the palette's text colour; drawn again when the palette
        changes (light or dark)."""
        self._icons_drawn = True
        colours = self.palette()
        for row in range(self.nav.count()):
            name = NAV_ICONS.get(type(self.pages.widget(row)))
            if name is not None:
                self.nav.item(row).setIcon(theme.icon(name, colours))

    def changeEvent(self, event: QEvent) -> None:  # Qt override: light or dark switched
        if event.type() == QEvent.Type.PaletteChange and self._icons_drawn:
            self.draw_navigation_icons()
        super().changeEvent(event)

    def _build_pages(self) -> list[tuple[str, QWidget]]:
        """The pages this user may use; the services refuse the rest anyway."""
        services, actor = self._services, self._actor

        def may(*permissions: Permission) -> bool:
            return any(allows(actor.role, p) for p in permissions)

        store = dashboard_store.path_for(services.database.location)
        pages: list[tuple[bool, str, Callable[[], QWidget]]] = [
            (may(P.RECORD_PURCHASE), self.tr("Counter"), lambda: CounterPage(services, actor)),
            (may(P.READ_MEMBERS), self.tr("Members"), lambda: MembersPage(services, actor)),
            (may(P.READ_MEMBERS), self.tr("Loyalty"), lambda: LoyaltyPage(services, actor)),
            (may(P.HANDLE_COMPLAINTS), self.tr("Feedback"),
             lambda: FeedbackPage(services, actor)),
            (may(P.READ_MEMBERS), self.tr("Follow-up"), lambda: FollowUpPage(services, actor)),
            (may(P.VIEW_REPORTS), self.tr("Dashboard"),
             lambda: DashboardPage(services, actor, store)),
            (may(P.EXPORT_DATA, P.IMPORT_DATA), self.tr("Import/Export"),
             lambda: ImportExportPage(services, actor)),
            (may(P.VIEW_AUDIT), self.tr("Audit trail"), lambda: AuditPage(services, actor)),
            (may(P.READ_SETTINGS), self.tr("Settings"),
             lambda: SettingsPage(self._state, services, actor)),
        ]
        return [(title, make()) for shown, title, make in pages if shown]

    def _add_page_shortcuts(self) -> None:
        for index in range(self.nav.count()):
            shortcut = QShortcut(QKeySequence(f"Ctrl+{index + 1}"), self)
            shortcut.activated.connect(lambda row=index: self.nav.setCurrentRow(row))
            self.nav.item(index).setToolTip(f"Ctrl+{index + 1}")

    def _build_menu(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        # The session (ui.session) locks the window and asks who goes on.
        self.switch_user_action = QAction(self.tr("&Lock or switch user"), self)
        self.switch_user_action.setShortcut(QKeySequence("F12"))
        file_menu.addAction(self.switch_user_action)
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.about_action = QAction(self.tr("&About TokoCRM"), self)
        self.about_action.triggered.connect(self._on_about)
        help_menu.addAction(self.about_action)

    def _build_status_bar(self) -> None:
        info = self._services.database
        self.database_label = QLabel(
            self.tr("Database: {location} (schema {revision})").format(
                location=info.location, revision=info.revision))
        self.database_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.job_progress = JobProgress()
        self.user_label = QLabel(self.tr("{user} ({role})").format(
            user=self._actor.username, role=role_name(self._actor.role)))
        self.user_label.setObjectName("logged_in_user")
        self.statusBar().addPermanentWidget(self.job_progress)
        self.statusBar().addPermanentWidget(self.user_label)
        self.statusBar().addPermanentWidget(self.database_label)

    def start_daily_run(self) -> Job:
        """Expire due points and give this month's birthday bonuses, off the GUI thread."""
        self.daily_job = Job(lambda job: self._services.loyalty.run_daily(
            self._actor, progress=job.report, cancel=job.cancelled))
        self.job_progress.follow(self.daily_job, self.tr("Daily points run"))
        self.daily_job.signals.finished.connect(self._on_daily_run_done)
        self.daily_job.signals.failed.connect(lambda _error: self.statusBar().showMessage(
            self.tr("The daily points run failed; see the log.")))
        return self.daily_job.start()

    def start_daily_backup(self) -> Job:
        """Back the shop up once a day, off the GUI thread (the copy is consistent while the
        counter goes on selling)."""
        url = self._services.engine.url
        folder = backups.chosen_folder(self._services.settings, self._actor)
        self.backup_job = Job(lambda _job: backups.daily_backup(url, folder))
        self.backup_job.signals.finished.connect(self._on_backup_done)
        self.backup_job.signals.failed.connect(self._on_backup_failed)
        return self.backup_job.start()

    def _on_backup_done(self, written: Path | None) -> None:
        if written is not None:
            self.statusBar().showMessage(self.tr("Backed up to {path}.").format(path=written))

    def _on_backup_failed(self, error: BaseException) -> None:
        reason = message_for(error) if isinstance(error, TokoError) else str(error)
        self.statusBar().showMessage(self.tr("The daily backup failed: {reason}").format(
            reason=reason))

    def _on_daily_run_done(self, run: DailyRun) -> None:
        text = self.tr(
            "Daily run: {points} points expired, {birthdays} birthday bonuses given.").format(
                points=run.expired_points, birthdays=run.birthday_bonuses)
        if run.cancelled:
            text = self.tr("Daily run stopped; the rest is done at the next start. {done}"
                           ).format(done=text)
        self.statusBar().showMessage(text)

    def _restore_state(self) -> None:
        geometry = self._state.geometry()
        if geometry is None or not self.restoreGeometry(geometry):
            resize_within_screen(self, 1280, 720)
        last = self._state.last_page()
        self.nav.setCurrentRow(last if 0 <= last < self.nav.count() else 0)

    def _on_nav_changed(self, row: int) -> None:
        page = self.pages.widget(row)
        if isinstance(page, MembersPage | LoyaltyPage | FeedbackPage | FollowUpPage
                      | DashboardPage | AuditPage):
            page.refresh()  # the counter may have changed members or points meanwhile
        self.pages.setCurrentIndex(row)
        self._state.set_last_page(row)

    def _on_about(self) -> None:
        self.about_box = QMessageBox(
            QMessageBox.Icon.Information, self.tr("About TokoCRM"),
            self.tr("TokoCRM {version}\nCustomer relationships for small shops.").format(
                version=__version__),
            QMessageBox.StandardButton.Ok, self)
        self.about_box.open()

    def closeEvent(self, event: QCloseEvent) -> None:  # Qt override, hence camelCase
        self._state.set_geometry(self.saveGeometry())
        self._state.sync()
        super().closeEvent(event)


def _blank_icon(size: int) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    return QIcon(pixmap)


class _OnFirstPaint(QObject):
    """Calls `then` from the event loop once `widget` has been painted the first time."""

    def __init__(self, widget: QWidget, then: Callable[[], None]) -> None:
        super().__init__(widget)
        self._then = then
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt override
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self, self._then)  # not if the window is gone by then
        return False
