"""The members table model: Qt's model rules, lazy paged fetching, sorting and filtering."""

from __future__ import annotations

from itertools import product

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QTableView

from tests.factories import make_member
from tokocrm.domain.errors import PermissionDenied
from tokocrm.domain.phone import format_local
from tokocrm.services.actor import BUILTIN_OWNER
from tokocrm.ui.formatting import day
from tokocrm.ui.models.member_table import CARD, JOINED, NAME, PHONE, STATUS, MemberTableModel

FIRST = ["Siti", "Budi", "Dewi", "Agus", "Rina", "Joko", "Wati", "Eko", "Lina", "Yanto"]
LAST = ["Aminah", "Santoso", "Lestari", "Hartono", "Kusuma"]
NAMES = [f"{first} {last}" for first, last in product(FIRST, LAST)]  # 50 distinct names
DISPLAY = Qt.ItemDataRole.DisplayRole


def populate(services) -> list:
    return [make_member(services, name=name) for name in NAMES]


class CountingMembers:
    """The real MemberService, counting (and recording) the rows_by_ids calls."""

    def __init__(self, members) -> None:
        self._members = members
        self.fetched: list[list[int]] = []

    def search_ids(self, *args, **kwargs):
        return self._members.search_ids(*args, **kwargs)

    def rows_by_ids(self, actor, ids):
        self.fetched.append(list(ids))
        return self._members.rows_by_ids(actor, ids)


@pytest.fixture
def members(shop):
    return populate(shop)


@pytest.fixture
def model(shop, members):
    table = MemberTableModel(shop.members, BUILTIN_OWNER)
    table.reset_query("")
    return table


def column(model: MemberTableModel, col: int) -> list[str]:
    return [model.data(model.index(row, col), DISPLAY) for row in range(model.rowCount())]


def test_passes_the_python_model_tester_through_queries_and_sorts(qtmodeltester, model):
    qtmodeltester.check(model, force_py=True)
    model.sort(NAME, Qt.SortOrder.DescendingOrder)
    model.reset_query("siti")
    model.sort(JOINED, Qt.SortOrder.AscendingOrder)
    model.reset_query("no such member at all")
    model.refresh()


def test_passes_the_qt_model_tester(qtmodeltester, qtlog, model):
    qtmodeltester.check(model)
    model.sort(CARD, Qt.SortOrder.DescendingOrder)
    model.reset_query("dewi")
    failures = [r.message for r in qtlog.records if "FAIL" in r.message]
    assert failures == []


def test_shows_every_member_with_local_phone_and_dates(model, members):
    assert model.rowCount() == 50
    assert model.columnCount() == 5
    headers = [model.headerData(c, Qt.Orientation.Horizontal, DISPLAY) for c in range(5)]
    assert headers == ["Card", "Name", "Phone", "Joined", "Status"]
    row = model.row_of(members[0].id)
    assert model.member_id(row) == members[0].id
    cells = [model.data(model.index(row, c), DISPLAY) for c in range(5)]
    assert cells == [members[0].card, "Siti Aminah", format_local(members[0].phone),
                     day(members[0].joined_on), "Active"]
    assert model.data(model.index(row, NAME), Qt.ItemDataRole.UserRole) == members[0].id
    assert not model.index(0, 0, model.index(0, 0)).isValid()
    assert model.rowCount(model.index(0, 0)) == 0


def test_inactive_members_say_so(shop, model, members):
    shop.members.update(BUILTIN_OWNER, members[3].id, {"status": "inactive"},
                        expected_version=members[3].version)
    model.refresh()
    assert model.data(model.index(model.row_of(members[3].id), STATUS), DISPLAY) == "Inactive"


def test_fetches_only_the_pages_asked_for_and_keeps_a_few(shop, members):
    counting = CountingMembers(shop.members)
    model = MemberTableModel(counting, BUILTIN_OWNER)
    model.PAGE_SIZE, model.CACHE_PAGES = 10, 2
    model.reset_query("")
    assert model.rowCount() == 50
    assert counting.fetched == []  # the count needs no rows

    model.data(model.index(0, NAME), DISPLAY)
    model.data(model.index(9, PHONE), DISPLAY)
    assert [len(ids) for ids in counting.fetched] == [10]
    model.data(model.index(45, NAME), DISPLAY)
    assert counting.fetched[-1] == [model.member_id(r) for r in range(40, 50)]
    model.data(model.index(25, NAME), DISPLAY)  # a third page: the least recent (0) goes
    model.data(model.index(47, NAME), DISPLAY)  # still cached
    assert len(counting.fetched) == 3
    model.data(model.index(3, NAME), DISPLAY)
    assert len(counting.fetched) == 4

    model.data(model.index(3, NAME), Qt.ItemDataRole.UserRole)
    model.data(model.index(30, NAME), Qt.ItemDataRole.TextAlignmentRole)
    assert len(counting.fetched) == 4  # cheap roles never fetch
    model.refresh()
    model.data(model.index(3, NAME), DISPLAY)
    assert len(counting.fetched) == 5  # refresh forgets the cache


def test_a_view_fetches_only_the_visible_pages(qtbot, shop, members):
    counting = CountingMembers(shop.members)
    model = MemberTableModel(counting, BUILTIN_OWNER)
    model.PAGE_SIZE = 10
    model.reset_query("")
    view = QTableView()
    qtbot.addWidget(view)
    view.verticalHeader().setDefaultSectionSize(20)
    view.resize(500, 150)  # a handful of rows visible
    view.setModel(model)
    view.show()
    qtbot.waitUntil(lambda: counting.fetched != [])
    first_pages = {tuple(ids) for ids in counting.fetched}
    assert first_pages == {tuple(model.member_id(r) for r in range(10))}
    view.scrollToBottom()
    qtbot.waitUntil(lambda: len(counting.fetched) > len(first_pages))
    rows = {model.row_of(i) for ids in counting.fetched for i in ids}
    assert {0, 49} <= rows
    assert 25 not in rows  # the middle pages were never read


def test_sorts_by_name_both_ways(model):
    model.sort(NAME, Qt.SortOrder.AscendingOrder)
    assert column(model, NAME) == sorted(NAMES)
    model.sort(NAME, Qt.SortOrder.DescendingOrder)
    assert column(model, NAME) == sorted(NAMES, reverse=True)
    assert model.sort_key == ("name", True)


def test_sorts_by_card_and_phone(model, members):
    model.sort(CARD, Qt.SortOrder.DescendingOrder)
    assert column(model, CARD) == sorted((m.card for m in members), reverse=True)
    model.sort(PHONE, Qt.SortOrder.AscendingOrder)
    assert column(model, PHONE) == [format_local(p) for p in sorted(m.phone for m in members)]


def test_a_sort_survives_a_new_query(model):
    model.sort(NAME, Qt.SortOrder.DescendingOrder)
    model.reset_query("santoso")
    assert column(model, NAME) == sorted((n for n in NAMES if "Santoso" in n), reverse=True)


def test_filters_by_part_of_a_name(model):
    model.reset_query("lest")
    assert column(model, NAME) == sorted(n for n in NAMES if "Lestari" in n)
    model.reset_query("Eko")
    assert column(model, NAME) == sorted(n for n in NAMES if n.startswith("Eko "))
    assert model.query == "Eko"


def test_filters_by_phone_in_any_writing(shop, model):
    odd = make_member(shop, name="Nur Hidayah", phone="0857-1111-2222")
    model.reset_query("+62 857 1111 2222")
    assert [model.member_id(r) for r in range(model.rowCount())] == [odd.id]
    model.reset_query("0857")
    assert column(model, NAME) == ["Nur Hidayah"]


def test_filters_by_card(model, members):
    model.reset_query(members[17].card)
    assert model.rowCount() == 1
    assert model.member_id(0) == members[17].id


def test_an_empty_result_and_back(model):
    model.reset_query("zzzz nobody")
    assert model.rowCount() == 0
    assert model.data(model.index(0, 0), DISPLAY) is None
    model.reset_query("")
    assert model.rowCount() == 50


def test_a_merged_member_leaves_the_list_on_refresh(shop, model, members):
    row = model.row_of(members[1].id)
    shop.members.merge(BUILTIN_OWNER, members[0].id, members[1].id)
    assert model.data(model.index(row, NAME), DISPLAY) == members[1].name  # cached
    model.refresh()
    assert model.rowCount() == 49
    assert model.row_of(members[1].id) is None
    assert model.data(QModelIndex(), DISPLAY) is None


def test_a_refused_query_leaves_the_model_as_it_was(shop, model, monkeypatch):
    def refuse(*_args, **_kwargs):
        raise PermissionDenied(user="x", role="cashier", action="look up members")

    monkeypatch.setattr(shop.members, "search_ids", refuse)
    with pytest.raises(PermissionDenied):
        model.reset_query("siti")
    with pytest.raises(PermissionDenied):
        model.sort(NAME, Qt.SortOrder.DescendingOrder)
    assert (model.rowCount(), model.query, model.sort_key) == (50, "", ("name", False))
