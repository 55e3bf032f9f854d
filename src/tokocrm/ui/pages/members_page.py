"""Members: search every member, sort by any column, open a profile, merge two duplicates,
print member cards."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QItemSelection, QLocale, QModelIndex, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from tokocrm.domain.errors import TokoError
from tokocrm.domain.roles import Permission, allows
from tokocrm.services.actor import Actor
from tokocrm.services.container import Services
from tokocrm.services.dto import MemberDetail
from tokocrm.ui import formatting
from tokocrm.ui.cards.card_printing import CardPrinting
from tokocrm.ui.dialogs.member_profile_dialog import MemberProfileDialog
from tokocrm.ui.messages import message_for
from tokocrm.ui.models.member_table import CARD, JOINED, NAME, PHONE, STATUS, MemberTableModel
from tokocrm.ui.widgets.job_progress import JobProgress

SEARCH_DELAY_MS = 150


@dataclass(frozen=True)
class MergeCandidate:
    member: MemberDetail
    visits: int


class MergeDialog(QDialog):
    """Which of two member records to keep; the other one is folded into it."""

    def __init__(self, first: MergeCandidate, second: MergeCandidate,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Merge two members"))
        self.choices = QButtonGroup(self)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr(
            "Keep which record? The other one's purchases and referrals move to it, and its "
            "card keeps finding the member you keep.")))
        for candidate in (first, second):
            button = QRadioButton(self._describe(candidate))
            self.choices.addButton(button, candidate.member.id)
            layout.addWidget(button)
        self.choices.buttons()[0].setChecked(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.merge_button = buttons.addButton(self.tr("Merge"),
                                              QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._ids = (first.member.id, second.member.id)

    def keep_and_other(self) -> tuple[int, int]:
        keep = self.choices.checkedId()
        return keep, self._ids[1] if keep == self._ids[0] else self._ids[0]

    def _describe(self, candidate: MergeCandidate) -> str:
        m = candidate.member
        return self.tr("{card}  {name}  {phone}  joined {joined}, {visits} visits").format(
            card=m.card, name=m.name, phone=formatting.phone(m.phone),
            joined=formatting.day(m.joined_on), visits=QLocale().toString(candidate.visits))


class MembersPage(QWidget):
    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._actor = actor
        self.profile_dialog: MemberProfileDialog | None = None
        self.merge_dialog: MergeDialog | None = None
        self.error_box: QMessageBox | None = None
        self.model = MemberTableModel(services.members, actor, self)
        self._build_search()
        self._build_table()
        self._build_actions()
        self._lay_out()  # the list loads when the page is shown (refresh), not at start-up

    def _build_search(self) -> None:
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Card, phone or part of a name"))
        self.search.setClearButtonEnabled(True)
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self._on_search_timer_timeout)
        self.search.textChanged.connect(self._on_search_text_changed)
        self.search.returnPressed.connect(self._on_search_return_pressed)
        self.count_label = QLabel()

    def _build_table(self) -> None:
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        rows = self.table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 10)
        rows.hide()
        columns = self.table.horizontalHeader()
        columns.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        columns.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        metrics = self.fontMetrics()  # widths from sample text, not from 100k rows' contents
        for column, sample in ((CARD, "29000000000000"), (PHONE, "0812-3456-78901"),
                               (JOINED, "30 Sep 2026  "), (STATUS, "Tidak aktif  ")):
            columns.resizeSection(column, metrics.horizontalAdvance(sample) + 16)
        columns.setSortIndicator(NAME, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.activated.connect(self._on_table_activated)
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.model.modelReset.connect(self._on_model_reset)

    def _build_actions(self) -> None:
        self.open_button = QPushButton(self.tr("Open profile"))
        self.open_button.clicked.connect(self._on_open_clicked)
        self.merge_button = QPushButton(self.tr("Merge…"))
        self.merge_button.setToolTip(self.tr("Select exactly two members to merge them."))
        self.merge_button.clicked.connect(self._on_merge_clicked)
        self.merge_button.setVisible(allows(self._actor.role, Permission.MERGE_MEMBERS))
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self._build_card_actions()
        self._update_actions()

    def _build_card_actions(self) -> None:
        self.card_progress = JobProgress()
        self.card_printing = CardPrinting(self._services, self._actor, self, self.card_progress)
        self.card_printing.said.connect(self.notice.setText)
        self.card_printing.failed.connect(self._warn)
        menu = QMenu(self)
        self.print_cards_action = _action(menu, self.tr("Print cards of the selected members…"),
                                          self._on_print_selected_cards)
        self.save_cards_action = _action(
            menu, self.tr("Save cards of the selected members as PDF…"),
            self._on_save_selected_cards)
        menu.addSeparator()
        self.print_new_action = _action(menu, self.tr("Print new cards…"),
                                        self._on_print_new_cards)
        self.save_new_action = _action(menu, self.tr("Save new cards as PDF…"),
                                       self._on_save_new_cards)
        self.cards_button = QPushButton(self.tr("Member cards"))
        self.cards_button.setMenu(menu)
        self.cards_button.setVisible(allows(self._actor.role, Permission.REGISTER_MEMBER))

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.count_label)
        bottom = QHBoxLayout()
        bottom.addWidget(self.notice, 1)
        bottom.addWidget(self.card_progress)
        bottom.addWidget(self.cards_button)
        bottom.addWidget(self.open_button)
        bottom.addWidget(self.merge_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)

    # -- public ----------------------------------------------------------------------------
    def refresh(self) -> None:
        """Reload the list, e.g. after members changed elsewhere; keeps the search and sort."""
        self.search_timer.stop()
        self._show_result(self.search.text())

    def open_profile(self, member_id: int) -> MemberProfileDialog:
        if self.profile_dialog is not None:
            self.profile_dialog.close()
            self.profile_dialog.deleteLater()
        self.profile_dialog = MemberProfileDialog(self._services, self._actor, member_id, self)
        self.profile_dialog.saved.connect(self._on_profile_saved)
        self.profile_dialog.open()
        return self.profile_dialog

    # -- slots -----------------------------------------------------------------------------
    def _on_search_text_changed(self, _text: str) -> None:
        self.search_timer.start()  # restarts: one query once the typing pauses

    def _on_search_timer_timeout(self) -> None:
        self._show_result(self.search.text())

    def _on_search_return_pressed(self) -> None:
        self.refresh()
        if self.model.rowCount() == 1:
            self.open_profile(self.model.member_id(0))

    def _on_table_activated(self, index: QModelIndex) -> None:
        self.open_profile(self.model.member_id(index.row()))

    def _on_open_clicked(self) -> None:
        rows = self.selected_rows()
        if rows:
            self.open_profile(self.model.member_id(rows[0]))

    def _on_profile_saved(self, member_id: int) -> None:
        self.refresh()  # the edit may move the member in the sort order, or out of the search
        row = self.model.row_of(member_id)
        if row is not None:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, NAME))

    def _on_selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection
                              ) -> None:
        self._update_actions()

    def _on_model_reset(self) -> None:
        self._update_count()
        self._update_actions()

    def _on_merge_clicked(self) -> None:
        rows = self.selected_rows()
        if len(rows) != 2:
            return
        try:
            first, second = (self._candidate(self.model.member_id(r)) for r in rows)
        except TokoError as error:
            self._show_error(error)
            return
        self.merge_dialog = MergeDialog(first, second, self)
        self.merge_dialog.accepted.connect(self._on_merge_accepted)
        self.merge_dialog.open()

    def _on_merge_accepted(self) -> None:
        assert self.merge_dialog is not None
        keep_id, other_id = self.merge_dialog.keep_and_other()
        try:
            kept = self._services.members.merge(self._actor, keep_id, other_id)
        except TokoError as error:
            self._show_error(error)
            return
        self.refresh()
        self.notice.setText(self.tr("Merged into {name} (card {card}).").format(
            name=kept.name, card=kept.card))

    def _on_print_selected_cards(self) -> None:
        self.card_printing.print_cards(self.selected_member_ids())

    def _on_save_selected_cards(self) -> None:
        self.card_printing.ask_pdf(self.selected_member_ids())

    def _on_print_new_cards(self) -> None:
        ids = self.card_printing.new_cards()
        if ids:
            self.card_printing.print_cards(ids)

    def _on_save_new_cards(self) -> None:
        ids = self.card_printing.new_cards()
        if ids:
            self.card_printing.ask_pdf(ids)

    # -- helpers ---------------------------------------------------------------------------
    def selected_rows(self, limit: int = 3) -> list[int]:
        """The selected rows, at most `limit` of them (a select-all of 100k rows stays cheap)."""
        rows: set[int] = set()
        for span in self.table.selectionModel().selection():
            rows.update(range(span.top(), min(span.bottom() + 1, span.top() + limit)))
            if len(rows) >= limit:
                break
        return sorted(rows)[:limit]

    def selected_member_ids(self) -> list[int]:
        """Every selected member, in the list's order (cards print in the order shown)."""
        rows: set[int] = set()
        for span in self.table.selectionModel().selection():
            rows.update(range(span.top(), span.bottom() + 1))
        return [self.model.member_id(row) for row in sorted(rows)]

    def _show_result(self, query: str) -> None:
        try:
            self.model.reset_query(query)
        except TokoError as error:
            self._show_error(error)
        self.notice.clear()

    def _candidate(self, member_id: int) -> MergeCandidate:
        member = self._services.members.get(self._actor, member_id)
        return MergeCandidate(member, self._services.purchases.stats(self._actor, member_id).visits)

    def _update_count(self) -> None:
        count = self.model.rowCount()
        self.count_label.setText(self.tr("1 member") if count == 1 else self.tr(
            "{count} members").format(count=QLocale().toString(count)))

    def _update_actions(self) -> None:
        self.merge_button.setEnabled(len(self.selected_rows()) == 2)
        self.open_button.setEnabled(bool(self.selected_rows(1)))
        for action in (self.print_cards_action, self.save_cards_action):
            action.setEnabled(bool(self.selected_rows(1)))

    def _show_error(self, error: TokoError) -> None:
        self._warn(message_for(error))

    def _warn(self, text: str) -> None:
        self.error_box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Members"), text,
                                     QMessageBox.StandardButton.Ok, self)
        self.error_box.open()


def _action(menu: QMenu, text: str, slot: Callable[[], None]) -> QAction:
    action = QAction(text, menu)
    action.triggered.connect(slot)
    menu.addAction(action)
    return action
