"""Opening files: formats decided by content, CSV dialects and encodings, refusals."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from datetime import date

import pytest

from tests.io.files import REAL, make_ods, make_xlsx
from tokocrm.domain.errors import FileRefused
from tokocrm.io.spreadsheet import MAX_COLUMNS, open_workbook

MEMBERS = [["Nama", "No. HP", "Alamat"], ["Budi", "0812-3456-7890", "Jl. Mawar 5, Bandung"]]


def _rows(path, sheet=None):
    with open_workbook(path) as book:
        return list(book.rows(sheet or book.sheet_names[0]))


def _refusal(path) -> str:
    with pytest.raises(FileRefused) as refused, open_workbook(path) as book:
        for sheet in book.sheet_names:
            list(book.rows(sheet))
    assert str(refused.value).startswith(path.name)
    return refused.value.params["reason"]


# ---- CSV -------------------------------------------------------------------------------

@pytest.mark.parametrize("encoding, text", [
    ("utf-8", "Nama,No. HP,Alamat\nBudi,0812-3456-7890,\"Jl. Mawar 5, Bandung\"\n"),
    ("utf-8-sig", "Nama,No. HP,Alamat\r\nBudi,0812-3456-7890,\"Jl. Mawar 5, Bandung\"\r\n"),
    ("utf-8", "Nama;No. HP;Alamat\nBudi;0812-3456-7890;Jl. Mawar 5, Bandung\n"),
    ("utf-8-sig", "sep=;\nNama;No. HP;Alamat\nBudi;0812-3456-7890;Jl. Mawar 5, Bandung\n"),
    ("utf-16", "Nama\tNo. HP\tAlamat\nBudi\t0812-3456-7890\tJl. Mawar 5, Bandung\n"),
    ("cp1252", "Nama;No. HP;Alamat\nBudi;0812-3456-7890;Jl. Mawar 5, Bandung\n"),
])
def test_csv_dialects(tmp_path, encoding, text):
    path = tmp_path / "members.csv"
    path.write_bytes(text.encode(encoding))
    assert _rows(path) == [(1, MEMBERS[0]), (2, MEMBERS[1])]


def test_csv_keeps_text_and_numbers_rows_as_a_spreadsheet_shows_them(tmp_path):
    path = tmp_path / "members.csv"
    path.write_text('Nama;Alamat;Poin\n"Sari; ""Ibu""";"Jl. A\nBandung";1.250\n;;\nEko;  ;7\n',
                    encoding="utf-8")
    with open_workbook(path) as book:
        assert book.format == "csv" and book.sheet_names == ["members"]
        assert list(book.rows("members")) == [
            (1, ["Nama", "Alamat", "Poin"]), (2, ['Sari; "Ibu"', "Jl. A\nBandung", "1.250"]),
            (3, [None, None, None]), (4, ["Eko", None, "7"])]
        assert book.last_row("members") == 4


def test_csv_in_windows_1252_with_accents(tmp_path):
    path = tmp_path / "members.csv"
    path.write_bytes("Nama,Catatan\nJosé,Caf\xe9 \u2013 r\xfcmah\n".encode("cp1252"))
    assert _rows(path)[1] == (2, ["José", "Café \u2013 rümah"])


def test_csv_in_an_unknown_encoding_is_refused(tmp_path):
    path = tmp_path / "members.csv"
    path.write_bytes(b"Nama,No HP\nBudi\x81\x8d,0812\n")  # bytes Windows-1252 leaves undefined
    assert _refusal(path) == "encoding"


# ---- what the file is, whatever its name ------------------------------------------------

def test_format_is_decided_by_content(tmp_path):
    xlsx_named_xls = make_xlsx(tmp_path / "members.xls", {"Data": MEMBERS})
    assert _rows(xlsx_named_xls)[1] == (2, MEMBERS[1])
    xls_named_xlsx = tmp_path / "dates.xlsx"
    xls_named_xlsx.write_bytes((REAL / "calamine__date.xls").read_bytes())
    with open_workbook(xls_named_xlsx) as book:
        assert book.format == "xls"
        assert next(book.rows("Sheet1"))[1][0] == date(2021, 1, 1)
    csv_named_xlsx = tmp_path / "members.xlsx"
    csv_named_xlsx.write_text("Nama,No HP\nBudi,0812\n")
    assert _refusal(csv_named_xlsx) == "not_spreadsheet"


@pytest.mark.parametrize("name, content, reason", [
    ("empty.xlsx", b"", "empty"),
    ("blank.csv", b"\n \n", "empty"),
    ("web.xls", b"<html><body><table><tr><td>Nama</td></tr></table></body></html>",
     "web_page"),
    ("export.xls", b'<?xml version="1.0"?><Workbook xmlns="urn:schemas-microsoft-com:office:'
     b'spreadsheet"></Workbook>', "web_page"),
    ("photo.xlsx", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "not_spreadsheet"),
    ("notes.txt.ods", b"just some words", "not_spreadsheet"),
])
def test_not_spreadsheets(tmp_path, name, content, reason):
    path = tmp_path / name
    path.write_bytes(content)
    assert _refusal(path) == reason


def test_truncated_workbook_is_corrupt(tmp_path):
    whole = make_xlsx(tmp_path / "whole.xlsx", {"Data": MEMBERS}).read_bytes()
    path = tmp_path / "cut.xlsx"
    path.write_bytes(whole[: len(whole) // 2])
    assert _refusal(path) == "corrupt"


def test_a_zip_that_is_not_a_workbook(tmp_path):
    import zipfile

    path = tmp_path / "archive.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("readme.txt", "hello")
    assert _refusal(path) == "not_spreadsheet"


def test_missing_file(tmp_path):
    assert _refusal(tmp_path / "gone.xlsx") == "unreadable"


def test_unknown_sheet(tmp_path):
    path = make_xlsx(tmp_path / "m.xlsx", {"Data": MEMBERS})
    with open_workbook(path) as book, pytest.raises(FileRefused, match="no sheet named"):
        list(book.rows("Other"))


# ---- sizes that lie ---------------------------------------------------------------------

def test_a_stray_cell_in_column_xfd_is_refused_as_too_wide(tmp_path):
    from openpyxl import load_workbook

    path = make_xlsx(tmp_path / "wide.xlsx", {"Data": MEMBERS})
    book = load_workbook(path)
    book["Data"]["XFD1"] = "oops"
    book.save(path)
    with open_workbook(path) as opened, pytest.raises(FileRefused) as refused:
        list(opened.rows("Data"))
    assert refused.value.params["reason"] == "too_wide"
    assert refused.value.params["columns"] == 16384
    assert refused.value.params["limit"] == MAX_COLUMNS


def test_a_cell_in_the_last_corner_is_refused_before_calamine_lays_it_out(tmp_path):
    """A value in XFD1048576 would make calamine allocate 16384 x 1048576 cells and abort
    the whole process; run it in a child process so a regression cannot take pytest down."""
    from openpyxl import load_workbook

    path = make_xlsx(tmp_path / "corner.xlsx", {"Data": MEMBERS})
    book = load_workbook(path)
    book["Data"]["XFD1048576"] = "x"
    book["Data"]["AB1048576"] = "y"
    book.save(path)
    script = textwrap.dedent(f"""
        from tokocrm.domain.errors import FileRefused
        from tokocrm.io.spreadsheet import open_workbook
        try:
            with open_workbook({str(path)!r}) as book:
                list(book.rows("Data"))
        except FileRefused as refused:
            print(refused.params["reason"])
    """)
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          timeout=120)
    assert (done.returncode, done.stdout.strip()) == (0, "too_wide"), done.stderr[-500:]


def test_many_rows_in_few_columns_are_fine(tmp_path):
    from openpyxl import load_workbook

    path = make_xlsx(tmp_path / "long.xlsx", {"Data": MEMBERS})
    book = load_workbook(path)
    book["Data"]["A200000"] = "last"
    book.save(path)
    with open_workbook(path) as opened:
        assert opened.last_row("Data") == 200000


def test_wide_and_long_together_is_refused(tmp_path):
    from openpyxl import load_workbook

    from tokocrm.io import spreadsheet

    path = make_xlsx(tmp_path / "big.xlsx", {"Data": MEMBERS})
    book = load_workbook(path)
    book["Data"]["AH1000000"] = "far"  # 34 columns x 1,000,000 rows > MAX_CELLS
    book.save(path)
    assert spreadsheet.MAX_CELLS < 34 * 1_000_000
    with open_workbook(path) as opened, pytest.raises(FileRefused) as refused:
        list(opened.rows("Data"))
    assert refused.value.params["reason"] == "too_big"


def test_csv_with_too_many_columns(tmp_path):
    path = tmp_path / "wide.csv"
    path.write_text("Nama,No HP" + "," * 1000 + "x\nBudi,0812\n")
    assert _refusal(path) == "too_wide"


# ---- OpenDocument ----------------------------------------------------------------------

def test_ods_with_table_at_b4(tmp_path):
    path = make_ods(tmp_path / "members.ods", MEMBERS, skip_rows=3, skip_columns=1)
    with open_workbook(path) as book:
        assert book.format == "ods"
        rows = [row for row in book.rows("Sheet1") if any(row[1])]
    assert rows == [(4, [None, *MEMBERS[0]]), (5, [None, *MEMBERS[1]])]


def test_ods_named_xlsx(tmp_path):
    path = make_ods(tmp_path / "members.xlsx", MEMBERS)
    assert _rows(path) == [(1, MEMBERS[0]), (2, MEMBERS[1])]
