"""The members table: Anki's id-list model. The service answers a search with every matching
id in display order; rows are fetched by id a page at a time, only when the view asks."""

from __future__ import annotations

from collections import OrderedDict
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from tokocrm.domain.members import MemberStatus
from tokocrm.services.actor import Actor
from tokocrm.services.dto import MemberRow
from tokocrm.services.members import MemberService
from tokocrm.ui import formatting

Index = QModelIndex | QPersistentModelIndex
CARD, NAME, PHONE, JOINED, STATUS = range(5)
SORT_KEYS = ("card", "name", "phone", "joined_on", "status")
_ALIGN_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


class MemberTableModel(QAbstractTableModel):
    PAGE_SIZE = 200  # ids per rows_by_ids call
    CACHE_PAGES = 20  # pages kept, least recently used dropped first

    def __init__(self, members: MemberService, actor: Actor,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._members = members
        self._actor = actor
        self._query = ""
        self._sort = "name"
        self._descending = False
        self._ids: list[int] = []
        self._fixed = False  # showing a given list of ids, not a query's
        self._pages: OrderedDict[int, dict[int, MemberRow]] = OrderedDict()
        self._headers = (self.tr("Card"), self.tr("Name"), self.tr("Phone"),
                         self.tr("Joined"), self.tr("Status"))
        self._statuses = {MemberStatus.ACTIVE.value: self.tr("Active"),
                          MemberStatus.INACTIVE.value: self.tr("Inactive"),
                          MemberStatus.MERGED.value: self.tr("Merged")}

    # -- what the page calls ---------------------------------------------------------------
    @property
    def query(self) -> str:
        return self._query

    @property
    def sort_key(self) -> tuple[str, bool]:
        """The service sort key and whether it is descending."""
        return self._sort, self._descending

    def reset_query(self, query: str) -> None:
        """Show the members matching `query` (card, phone or part of a name)."""
        self._requery(query, self._sort, self._descending)

    def show_ids(self, ids: list[int]) -> None:
        """Show exactly these members, in this order (a segment's list): not sortable."""
        self.beginResetModel()
        self._query, self._ids, self._fixed = "", list(ids), True
        self._pages.clear()
        self.endResetModel()

    def refresh(self) -> None:
        """Run the current query again and forget every fetched row."""
        self._requery(self._query, self._sort, self._descending)

    def _requery(self, query: str, sort: str, descending: bool) -> None:
        ids = self._members.search_ids(self._actor, query, sort, descending)  # may raise
        self.beginResetModel()
        self._query, self._sort, self._descending = query, sort, descending
        self._ids = ids
        self._pages.clear()
        self.endResetModel()

    def member_id(self, row: int) -> int:
        return self._ids[row]

    def row_of(self, member_id: int) -> int | None:
        """The row showing `member_id`, or None when the current query does not list it."""
        try:
            return self._ids.index(member_id)
        except ValueError:
            return None

    def member_row(self, row: int) -> MemberRow | None:
        """The fetched row (fetching its page if needed); None if it vanished meanwhile."""
        page = row // self.PAGE_SIZE
        rows = self._pages.get(page)
        if rows is None:
            rows = self._fetch(page)
        else:
            self._pages.move_to_end(page)
        return rows.get(self._ids[row])

    def _fetch(self, page: int) -> dict[int, MemberRow]:
        start = page * self.PAGE_SIZE
        page_ids = self._ids[start:start + self.PAGE_SIZE]
        rows = {r.id: r for r in self._members.rows_by_ids(self._actor, page_ids)}
        self._pages[page] = rows
        while len(self._pages) > self.CACHE_PAGES:
            self._pages.popitem(last=False)
        return rows

    # -- Qt overrides ----------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemNeverHasChildren)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._headers):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        if role == Qt.ItemDataRole.InitialSortOrderRole and section == JOINED:
            return Qt.SortOrder.DescendingOrder.value  # newest members first
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        if role == Qt.ItemDataRole.UserRole:
            return self._ids[index.row()]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _ALIGN_LEFT
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        member = self.member_row(index.row())
        if member is None:
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(member, index.column())
        return self._display(member, index.column())

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = SORT_KEYS[column] if 0 <= column < len(SORT_KEYS) else "name"
        descending = order == Qt.SortOrder.DescendingOrder
        if not self._fixed and (key, descending) != (self._sort, self._descending):
            self._requery(self._query, key, descending)

    # -- cells -----------------------------------------------------------------------------
    def _display(self, member: MemberRow, column: int) -> str | None:
        if column == CARD:
            return member.card
        if column == NAME:
            return member.name
        if column == PHONE:
            return formatting.phone(member.phone)
        if column == JOINED:
            return formatting.day(member.joined_on)
        if column == STATUS:
            return self._statuses.get(member.status, member.status)
        return None

    def _tooltip(self, member: MemberRow, column: int) -> str | None:
        if column == NAME and member.email:
            return f"{member.name}\n{member.email}"
        return None
