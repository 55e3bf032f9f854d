"""Files written by other programs (tests/data/real-spreadsheets/README.md): every one is
read or refused with one clear sentence, and none crashes."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from tests.io.files import REAL
from tokocrm.domain.errors import FileRefused
from tokocrm.io.columns import MEMBERS, auto_mapping
from tokocrm.io.records import read_records
from tokocrm.io.spreadsheet import open_workbook
from tokocrm.io.table_finder import find_table, survey

FILES = sorted(path for path in REAL.iterdir() if path.suffix in (".xlsx", ".xls"))
REFUSED = {
    "calamine__pass_protected.xlsx": "password_protected",
    "calamine__too_small.xls": "not_spreadsheet",
}


def _import(path):
    """What the importer does before writing: open, find the table, map, clean every row."""
    with open_workbook(path) as book:
        for sheet in book.sheet_names:
            list(book.rows(sheet))
        table = survey(book, MEMBERS).require_table(book.file_name)
        mapping = auto_mapping(table.headers)
        try:
            records = read_records(book, table, mapping, today=date(2025, 6, 1))
        except Exception as error:  # a mapping without a name column is refused, not broken
            return table, error
        return table, list(records)


def test_every_file_is_listed():
    assert len(FILES) == 20


@pytest.mark.parametrize("path", FILES, ids=lambda path: path.name)
def test_read_or_refused_in_one_sentence(path):
    try:
        _import(path)
    except FileRefused as refusal:
        assert refusal.code == "import.refused"
        text = str(refusal)
        assert text.startswith(path.name) and "\n" not in text and "Traceback" not in text
        assert refusal.params["file"] == path.name
        if path.name in REFUSED:
            assert refusal.params["reason"] == REFUSED[path.name]
        else:
            assert refusal.params["reason"] in ("no_header", "empty"), text
    else:
        assert path.name not in REFUSED


def test_password_protected_is_not_called_corrupt():
    with pytest.raises(FileRefused, match="protected with a password"):
        open_workbook(REAL / "calamine__pass_protected.xlsx")


def test_both_date_systems_and_the_old_binary_format_give_the_same_dates():
    seen = []
    for name in ("calamine__date.xlsx", "calamine__date_1904.xlsx", "calamine__date.xls"):
        with open_workbook(REAL / name) as book:
            rows = [cells[:2] for _, cells in book.rows("Sheet1")]
            seen.append((book.date1904, rows))
    assert [flag for flag, _ in seen] == [False, True, False]
    for _, rows in seen:
        assert [r[0] for r in rows] == [date(2021, 1, 1), date(2021, 1, 2),
                                        timedelta(days=10, seconds=54610)]
        assert [r[1] for r in rows] == [15, 16, 17]


def test_a_sheet_claiming_the_whole_grid_is_read_by_its_cells():
    """issue_174 claims A1:XFD1048576 and styles every column to XFD; it has 2 rows."""
    with open_workbook(REAL / "calamine__issue_174.xlsx") as book:
        rows = list(book.rows("Sheet1"))
        table = find_table(book, "Sheet1")
    assert len(rows) == 2
    assert table.headers[:4] == ("Your Ref #", "Contact Name", "Contact Number", "Address")
    assert table.headers[4] == "City"  # its trailing space is not part of the header


def test_header_below_a_note_on_row_nine():
    with open_workbook(REAL / "calamine__header-row.xlsx") as book:
        table = find_table(book, "Sheet1", header_row=9)
        assert table.headers == ("Columns", "Column A", "Column B", "Column C")
        rows = dict(book.rows("Sheet1"))
    assert rows[3][2] == "Note 1" and rows[10][0] == "put data here"


def test_table_starting_at_b4():
    with open_workbook(REAL / "calamine__temperature-in-middle.xlsx") as book:
        table = find_table(book, "Sheet1", header_row=4)
        rows = dict(book.rows("Sheet1"))
    assert (table.first_column, table.headers) == (1, ("label", "value"))
    assert table.column_letter(0) == "B"
    assert table.cells(rows[5]) == ("celsius", 22.2222)


def test_backslash_paths_and_chinese_sheet_names():
    with open_workbook(REAL / "calamine__issue_530.xlsx") as book:
        assert book.sheet_names == ["出勤分类组织汇总表"]
        assert dict(book.rows(book.sheet_names[0]))[1][:2] == ["报表导出人\uff1a", "于国栋"]


def test_strict_open_xml_is_not_silently_empty():
    with open_workbook(REAL / "calamine__strict_iso_paths.xlsx") as book:
        assert book.last_row("ml_out") == 76


def test_hidden_and_chart_sheets():
    with open_workbook(REAL / "calamine__any_sheets.xlsx") as book:
        assert [(s.name, s.visible) for s in book.sheets] == [
            ("Visible", True), ("Hidden", False), ("VeryHidden", False)]


def test_carriage_return_escape_in_shared_strings():
    with open_workbook(REAL / "calamine__has_x000D_.xlsx") as book:
        assert next(book.rows("Sheet1"))[1] == ["ABC\r\nDEF"]


def test_contact_list_with_english_headers_is_recognised():
    table, records = _import(REAL / "calamine__issue_174.xlsx")
    assert auto_mapping(table.headers)["name"] == [1]
    assert auto_mapping(table.headers)["phone"] == [2]
    assert auto_mapping(table.headers)["address"] == [3, 4]  # Address, then City
    [record] = records
    assert record.values["address"] == "Hello Address, My City"
    assert [(e.field, e.reason) for e in record.errors] == [("phone", "not_mobile")]
