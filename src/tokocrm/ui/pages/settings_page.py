"""Settings: this computer's language, till and branch, the shop's card prefix and product
categories, and (for the owner) the loyalty rules, the segment thresholds, the feedback
settings, the WhatsApp message templates, the logo on member cards and the users who may log
in. One tab each, scrolling when the window is small."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from tokocrm.domain import cards
from tokocrm.domain.errors import TokoError
from tokocrm.domain.roles import Permission, allows
from tokocrm.services.actor import Actor
from tokocrm.services.container import Services
from tokocrm.services.members import CARD_PREFIX_KEY
from tokocrm.ui.messages import message_for
from tokocrm.ui.ui_state import UiState
from tokocrm.ui.widgets.backup_settings import BackupSettings
from tokocrm.ui.widgets.card_settings import CardSettings
from tokocrm.ui.widgets.counter_settings import CounterSettings
from tokocrm.ui.widgets.feedback_settings import FeedbackSettings
from tokocrm.ui.widgets.loyalty_rules_editor import LoyaltyRulesEditor
from tokocrm.ui.widgets.message_templates import MessageTemplates
from tokocrm.ui.widgets.segment_rules_editor import SegmentRulesEditor
from tokocrm.ui.widgets.users_settings import UsersSettings

GENERAL_WIDTH = 820


class SettingsPage(QWidget):
    def __init__(self, state: UiState, services: Services, actor: Actor,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._state, self._services, self._actor = state, services, actor
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.tabs = QTabWidget()
        self.tabs.addTab(_scrolling(self._general_tab()), self.tr("General"))
        self.loyalty_rules: LoyaltyRulesEditor | None = None
        if allows(actor.role, Permission.CHANGE_LOYALTY_RULES):
            self.loyalty_rules = LoyaltyRulesEditor(services.loyalty, actor)
            self.tabs.addTab(_scrolling(self.loyalty_rules), self.tr("Loyalty rules"))
        self.segment_rules: SegmentRulesEditor | None = None
        if allows(actor.role, Permission.CHANGE_SETTINGS):
            self.segment_rules = SegmentRulesEditor(services.segments, actor)
            self.tabs.addTab(_scrolling(self.segment_rules), self.tr("Segments"))
        self.feedback_settings: FeedbackSettings | None = None
        if allows(actor.role, Permission.CHANGE_SETTINGS):
            self.feedback_settings = FeedbackSettings(services.feedback, actor)
            self.tabs.addTab(_scrolling(self.feedback_settings), self.tr("Feedback"))
        self.message_templates: MessageTemplates | None = None
        if allows(actor.role, Permission.CHANGE_SETTINGS):
            self.message_templates = MessageTemplates(services.messages, actor)
            self.tabs.addTab(_scrolling(self.message_templates), self.tr("Messages"))
        self.card_settings: CardSettings | None = None
        if allows(actor.role, Permission.CHANGE_SETTINGS):
            self.card_settings = CardSettings(services, actor)
            self.tabs.addTab(_scrolling(self.card_settings), self.tr("Cards"))
        self.users_settings: UsersSettings | None = None
        if allows(actor.role, Permission.MANAGE_USERS):
            self.users_settings = UsersSettings(services, actor)
            self.tabs.addTab(_scrolling(self.users_settings), self.tr("Users"))
        self.backup_settings: BackupSettings | None = None
        if allows(actor.role, Permission.BACKUP_RESTORE) and _is_sqlite(services):
            self.backup_settings = BackupSettings(services, actor)
            self.tabs.addTab(_scrolling(self.backup_settings), self.tr("Backups"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)

    def _general_tab(self) -> QWidget:
        tab = QWidget()
        tab.setMaximumWidth(GENERAL_WIDTH)  # a prefix or a language needs no full-width field
        layout = QVBoxLayout(tab)
        layout.addWidget(self._language_box())
        if allows(self._actor.role, Permission.CHANGE_SETTINGS):
            layout.addWidget(self._shop_box())
        layout.addWidget(self.notice)
        layout.addStretch(1)
        return tab

    # -- this computer -----------------------------------------------------------------------
    def _language_box(self) -> QGroupBox:
        self.language = QComboBox()
        for code, label in (("system", self.tr("Follow the system")),
                            ("id", "Bahasa Indonesia"), ("en", "English")):
            self.language.addItem(label, code)
        self.language.setCurrentIndex(max(0, self.language.findData(self._state.language())))
        self.language.currentIndexChanged.connect(self._on_language_changed)
        self.counter = CounterSettings(self._services, self._actor, self)
        box = QGroupBox(self.tr("This computer"))
        form = QFormLayout(box)
        form.addRow(self.tr("Language"), self.language)
        self.counter.add_to(form)
        return box

    def _on_language_changed(self) -> None:
        self._state.set_language(self.language.currentData())
        self.notice.setText(self.tr("The new language is used the next time TokoCRM starts."))

    # -- the shop (owner only) -----------------------------------------------------------------
    def _shop_box(self) -> QGroupBox:
        self.prefix = QLineEdit(str(self._services.settings.get(
            self._actor, CARD_PREFIX_KEY, cards.DEFAULT_PREFIX)))
        self.prefix.setMaxLength(6)
        save_prefix = QPushButton(self.tr("Save prefix"))
        save_prefix.clicked.connect(self._on_save_prefix)
        prefix_row = QHBoxLayout()
        prefix_row.addWidget(self.prefix)
        prefix_row.addWidget(save_prefix)
        self.categories = QListWidget()
        self.new_category = QLineEdit()
        self.new_category.setPlaceholderText(self.tr("New category, e.g. Minuman"))
        self.new_category.returnPressed.connect(self._on_add_category)
        add = QPushButton(self.tr("Add"))
        add.clicked.connect(self._on_add_category)
        self.categories.itemChanged.connect(self._on_category_ticked)
        add_row = QHBoxLayout()
        add_row.addWidget(self.new_category, 1)
        add_row.addWidget(add)
        box = QGroupBox(self.tr("Shop (shared by every counter)"))
        form = QFormLayout(box)
        form.addRow(self.tr("Card number prefix"), prefix_row)
        form.addRow(self.tr("Product categories (untick to retire)"), self.categories)
        form.addRow("", add_row)
        self._load_categories()
        return box

    def _load_categories(self) -> None:
        self.categories.blockSignals(True)
        self.categories.clear()
        for category in self._services.categories.list(self._actor, include_inactive=True):
            item = QListWidgetItem(category.name)
            item.setData(Qt.ItemDataRole.UserRole, category.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if category.active
                               else Qt.CheckState.Unchecked)
            self.categories.addItem(item)
        self.categories.blockSignals(False)

    def _on_save_prefix(self) -> None:
        self._attempt(lambda: self._services.settings.set(
            self._actor, CARD_PREFIX_KEY, cards.validate_prefix(self.prefix.text())),
            self.tr("New cards now start with {prefix}.").format(prefix=self.prefix.text()))

    def _on_add_category(self) -> None:
        if self._attempt(lambda: self._services.categories.add(
                self._actor, self.new_category.text()), self.tr("Category added.")):
            self.new_category.clear()
            self._load_categories()

    def _on_category_ticked(self, item: QListWidgetItem) -> None:
        active = item.checkState() == Qt.CheckState.Checked
        self._attempt(lambda: self._services.categories.set_active(
            self._actor, item.data(Qt.ItemDataRole.UserRole), active),
            self.tr("Category updated."))

    def _attempt(self, action, success: str) -> bool:
        try:
            action()
        except TokoError as error:
            self.notice.setText(message_for(error))
            return False
        self.notice.setText(success)
        return True


def _scrolling(content: QWidget) -> QScrollArea:
    """The tab's content, scrolled rather than squeezed when the window is small."""
    area = QScrollArea()
    area.setWidget(content)
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    area.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    return area


def _is_sqlite(services: Services) -> bool:
    """Backups here are of the SQLite file; a PostgreSQL server is backed up with its tools."""
    return services.database.dialect == "sqlite"
