"""The .xlsx writer, checked by reading the written files back with openpyxl: real types and
number formats, a bold frozen filterable header, no formula however a value starts, and a
file that appears whole or not at all."""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime

import pytest
from openpyxl import load_workbook
from openpyxl.worksheet import _writer as openpyxl_writer

from tests.factories import make_member, make_purchase
from tokocrm.domain.errors import Cancelled
from tokocrm.domain.roles import Role
from tokocrm.io.xlsx_export import (
    DATE_FORMAT,
    DATETIME_FORMAT,
    NUMBER_FORMAT,
    RUPIAH_FORMAT,
    ExportFailed,
    write_xlsx,
)
from tokocrm.services.actor import BUILTIN_OWNER, Actor
from tokocrm.services.export_sheets import Column, Kind, Sheet

BOOKKEEPER = Actor(username="dewi", role=Role.BOOKKEEPER, till="kantor")
# Text a spreadsheet could take for a formula, a number or an error: it must stay text.
RISKY = ["=1+1", '=HYPERLINK("http://x","klik")', "+62 812 bukan nomor", "@SUM(A1)", "-2+3",
         "#N/A", "\t=1+1", "\r=1+1", "\n=1+1", "=", "-", "+"]


class StubExport:
    """Sheets without a database, for values the services would never let in."""

    def __init__(self, *sheets: Sheet) -> None:
        self.sheets = list(sheets)

    @contextmanager
    def reading(self) -> Iterator[list[Sheet]]:
        yield self.sheets

    def written(self, path: str, rows: int) -> None:
        self.saved = (path, rows)


TEXT_ONLY = (Column("Text", Kind.TEXT),)


def sheet(rows, columns=TEXT_ONLY, name="Data", count=None) -> Sheet:
    return Sheet(name, tuple(columns), len(rows) if count is None else count,
                 lambda: iter(rows))


def sheet_xml(path, index=1) -> str:
    with zipfile.ZipFile(path) as archive:
        return archive.read(f"xl/worksheets/sheet{index}.xml").decode("utf-8")


# -- types, formats and the header ---------------------------------------------------------------
def test_members_are_written_with_real_types_and_a_usable_header(services, tmp_path):
    siti = make_member(services, "Siti Aminah", "081234567890", birthday=date(1990, 1, 12),
                       email="siti@example.com", address="Jl. Melati 5")
    make_purchase(services, siti, 1_250_000)
    make_member(services, "Budi", "081311112222")
    out = tmp_path / "anggota.xlsx"

    written = write_xlsx(services.exports.members(BOOKKEEPER), out)

    assert (written.path, written.rows, written.sheets) == (out, 2, (("Members", 2),))
    book = load_workbook(out)
    assert book.sheetnames == ["Members"]
    ws = book["Members"]
    headers = [c.value for c in ws[1]]
    assert headers[:4] == ["Card", "Name", "Phone", "Email"]
    assert all(c.font.b for c in ws[1])
    assert ws.freeze_panes == "A2"
    assert ws.auto_filter.ref == f"A1:Q{ws.max_row}" and ws.max_row == 3
    cell = {h: c for h, c in zip(headers, ws[2], strict=True)}
    assert cell["Card"].value == siti.card and cell["Card"].data_type == "s"
    assert cell["Phone"].value == "0812-3456-7890" and cell["Phone"].data_type == "s"
    assert cell["Birthday"].is_date and cell["Birthday"].value == datetime(1990, 1, 12)
    assert cell["Birthday"].number_format == DATE_FORMAT
    assert cell["Joined"].is_date and cell["Last visit"].is_date
    assert (cell["Total spend"].value, cell["Total spend"].data_type) == (1_250_000, "n")
    assert cell["Total spend"].number_format == RUPIAH_FORMAT
    assert (cell["Visits"].value, cell["Visits"].number_format) == (1, NUMBER_FORMAT)
    assert (cell["Points"].value, cell["Points"].data_type) == (10 + 125, "n")  # welcome + earned
    assert (cell["Marketing consent"].value, cell["Marketing consent"].data_type) == (False, "b")
    assert ws.cell(3, headers.index("Birthday") + 1).value is None  # empty, not ""
    widths = {h: ws.column_dimensions[chr(ord("A") + i)].width for i, h in enumerate(headers)}
    assert widths["Name"] > widths["Visits"] and widths["Spend 12 months"] >= 18


def test_the_importer_maps_every_member_field_and_the_purchase_keys_by_their_headers():
    """Export, then import: the importer's header aliases find each field a member import
    takes, and the keys of a purchase history (the loyalty figures are not imported)."""
    from tokocrm.io.columns import MEMBERS, PURCHASES, auto_mapping
    from tokocrm.services.export_queries import MEMBER_COLUMNS, PURCHASE_COLUMNS

    headers = [c.key for c in MEMBER_COLUMNS]
    mapped = {field: headers[columns[0]] for field, columns in
              auto_mapping(headers, MEMBERS).items()}
    assert mapped == {
        "card": "Card", "name": "Name", "phone": "Phone", "email": "Email",
        "birthday": "Birthday", "gender": "Gender", "address": "Address", "joined_on": "Joined",
        "marketing_consent": "Marketing consent", "points": "Points", "notes": "Notes",
        "status": "Status"}
    headers = [c.key for c in PURCHASE_COLUMNS]
    mapped = {field: headers[columns[0]] for field, columns in
              auto_mapping(headers, PURCHASES).items()}
    assert mapped == {"card": "Card", "at": "Date", "amount": "Amount", "receipt": "Receipt"}


def test_rupiah_and_dates_in_the_monthly_workbook(services, tmp_path):
    siti = make_member(services, "Siti", "081234567890")
    bought = make_purchase(services, siti, 75_000, receipt="R-1")
    out = tmp_path / "bulanan.xlsx"

    written = write_xlsx(services.exports.monthly(BOOKKEEPER, bought.purchased_at.date()), out)

    book = load_workbook(out)
    assert book.sheetnames == ["Summary", "Days", "Purchases", "Points ledger"]
    assert [n for n, _ in written.sheets] == book.sheetnames
    summary = {row[0].value: row[1] for row in book["Summary"].iter_rows(min_row=2)}
    assert (summary["Revenue"].value, summary["Revenue"].number_format) == (75_000, RUPIAH_FORMAT)
    assert (summary["Purchases"].value, summary["Purchases"].number_format) == (1, NUMBER_FORMAT)
    assert summary["From"].is_date and summary["From"].number_format == DATE_FORMAT
    assert summary["Exported at"].number_format == DATETIME_FORMAT
    purchase = book["Purchases"][2]
    assert purchase[1].is_date and purchase[1].value == bought.purchased_at
    assert purchase[1].number_format == DATETIME_FORMAT
    for ws in book.worksheets:
        assert ws.freeze_panes == "A2" and ws.auto_filter.ref.startswith("A1:")
        assert all(c.font.b for c in ws[1])


# -- formula injection -------------------------------------------------------------------------
def test_names_that_look_like_formulas_are_written_as_text(services, tmp_path):
    registrable = [v for v in RISKY if not v[0].isspace()]  # names are trimmed on the way in
    for i, name in enumerate(registrable):
        make_member(services, name, f"0812000000{i:02d}", email=f"={i}@contoh.id",
                    address=f"@{name}")
    out = tmp_path / "anggota.xlsx"

    write_xlsx(services.exports.members(BOOKKEEPER), out)

    ws = load_workbook(out)["Members"]
    names = [row[1] for row in ws.iter_rows(min_row=2)]
    assert [c.value for c in names] == registrable
    emails = [row[3] for row in ws.iter_rows(min_row=2)]
    addresses = [row[6] for row in ws.iter_rows(min_row=2)]
    for cell in names + emails + addresses:
        assert cell.data_type == "s", (cell.coordinate, cell.value)
        assert cell.quotePrefix
    assert "<f>" not in sheet_xml(out) and 't="e"' not in sheet_xml(out)


def test_no_value_whatever_it_starts_with_becomes_a_formula(tmp_path):
    """Every text value, tab and carriage return first included, reads back as the exact
    text in a text cell."""
    values = [*RISKY, " =1+1", "plain", "Rp 1.250.000", "0812-3456-7890"]
    columns = (Column("Text", Kind.TEXT), Column("Label", Kind.LABEL))
    out = tmp_path / "risky.xlsx"

    write_xlsx(StubExport(sheet([(v, v) for v in values], columns)), out)

    ws = load_workbook(out)["Data"]
    for row, value in zip(ws.iter_rows(min_row=2), values, strict=True):
        for cell in row:
            assert (cell.value, cell.data_type) == (value, "s"), cell.coordinate
    assert "<f>" not in sheet_xml(out)


def test_control_characters_a_sheet_cannot_hold_are_dropped(tmp_path):
    out = tmp_path / "ctl.xlsx"
    write_xlsx(StubExport(sheet([("Siti\x00 Ami\x1bnah",), ("=\x01A1",)])), out)
    ws = load_workbook(out)["Data"]
    assert [ws["A2"].value, ws["A3"].value] == ["Siti Aminah", "=A1"]
    assert ws["A3"].data_type == "s"


# -- translated headers and sheet names -----------------------------------------------------------
def test_the_caller_translates_sheet_names_headers_and_labels(tmp_path):
    columns = (Column("Figure", Kind.LABEL), Column("Value", Kind.VARIES))
    rows = [("Revenue", (Kind.RUPIAH, 1_250_000)), ("From", (Kind.DATE, date(2026, 2, 1))),
            ("Note", (Kind.TEXT, "=kosong"))]
    texts = {"Summary": "Ringkasan/Bulan: [Februari] 2026 laporan panjang sekali",
             "Figure": "Angka", "Value": "Nilai", "Revenue": "Pendapatan"}
    out = tmp_path / "ringkasan.xlsx"

    written = write_xlsx(StubExport(sheet(rows, columns, "Summary"),
                                    sheet([], name="Summary")), out, texts=texts)

    book = load_workbook(out)
    first, second = book.sheetnames
    assert first == "Ringkasan Bulan   Februari  202"[:31] and len(first) <= 31
    assert second.endswith(" (2)") and len(second) <= 31
    assert [n for n, _ in written.sheets] == book.sheetnames
    ws = book[first]
    assert [c.value for c in ws[1]] == ["Angka", "Nilai"]
    assert ws["A2"].value == "Pendapatan" and ws["B2"].number_format == RUPIAH_FORMAT
    assert ws["B3"].is_date and ws["A3"].value == "From"
    assert (ws["B4"].value, ws["B4"].data_type) == ("=kosong", "s")
    assert book[second].max_row == 1 and book[second].auto_filter.ref == "A1:A1"


# -- whole or nothing -----------------------------------------------------------------------------
def rows_of(n):
    return [(f"Anggota {i}",) for i in range(n)]


def test_progress_is_reported_and_cancel_leaves_no_file(tmp_path):
    out = tmp_path / "besar.xlsx"
    heard = []
    temporary_before = set(openpyxl_writer.ALL_TEMP_FILES)

    with pytest.raises(Cancelled):
        write_xlsx(StubExport(sheet(rows_of(5_000))), out,
                   progress=lambda done, total: heard.append((done, total)),
                   cancel=lambda: len(heard) >= 3)

    assert heard == [(0, 5_000), (1_000, 5_000), (2_000, 5_000)]
    assert list(tmp_path.iterdir()) == []
    assert set(openpyxl_writer.ALL_TEMP_FILES) == temporary_before  # its sheet files are gone

    heard.clear()
    write_xlsx(StubExport(sheet(rows_of(2_500))), out, progress=lambda *p: heard.append(p))
    assert heard == [(0, 2_500), (1_000, 2_500), (2_000, 2_500), (2_500, 2_500)]
    assert [p.name for p in tmp_path.iterdir()] == ["besar.xlsx"]


def test_more_rows_than_counted_still_report_sensible_progress(tmp_path):
    heard = []
    write_xlsx(StubExport(sheet(rows_of(1_500), count=10)), tmp_path / "x.xlsx",
               progress=lambda *p: heard.append(p))
    assert heard == [(0, 10), (1_000, 1_000), (1_500, 1_500)]


def test_a_failure_keeps_the_previous_file(tmp_path):
    out = tmp_path / "anggota.xlsx"
    out.write_bytes(b"yesterday's export")

    def broken():
        yield ("Siti",)
        raise RuntimeError("database went away")

    with pytest.raises(RuntimeError):
        write_xlsx(StubExport(Sheet("Data", (Column("Text", Kind.TEXT),), 2, broken)), out)

    assert out.read_bytes() == b"yesterday's export"
    assert [p.name for p in tmp_path.iterdir()] == ["anggota.xlsx"]


def test_an_unwritable_place_is_one_clear_refusal(tmp_path):
    with pytest.raises(ExportFailed, match="missing"):
        write_xlsx(StubExport(sheet(rows_of(1))), tmp_path / "missing" / "x.xlsx")


def test_the_permission_is_checked_before_any_file_is_made(services, tmp_path):
    from tokocrm.domain.errors import PermissionDenied

    cashier = Actor(username="ani", role=Role.CASHIER, till="kasir-1")
    folder = tmp_path / "out"
    folder.mkdir()
    with pytest.raises(PermissionDenied):
        write_xlsx(services.exports.members(cashier), folder / "x.xlsx")
    assert list(folder.iterdir()) == []
    assert write_xlsx(services.exports.members(BUILTIN_OWNER), folder / "x.xlsx").rows == 0
