"""Open a spreadsheet someone brings (.xlsx, .xlsm, .xls, .ods, .csv) and read its rows.

`open_workbook(path)` decides the format by the file's content, not its name, and refuses what
it cannot read with one `FileRefused` (see `domain.errors`): not a spreadsheet, password
protected, damaged, empty, too large, a sheet spanning too many rows or columns. It never
trusts a sheet's claimed size: .xlsx sheets are measured from their cells before calamine
lays them out (calamine allocates the whole rectangle and would abort the process on a
stray cell at XFD1048576).

Rows come as `(row_number, cells)`: `row_number` is 1-based as the spreadsheet shows it,
`cells[0]` is column A. A cell is str, int or float (.xlsx keeps every number as float), bool,
date, datetime, time, timedelta (a duration) or None for an empty cell. CSV cells are str
or None: text is cleaned later, so phone numbers keep their leading 0.
"""

from __future__ import annotations

import codecs
import csv
import html
import io
import re
import unicodedata
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

import python_calamine as calamine

from tokocrm.domain.errors import FileRefused

Cell = str | int | float | bool | date | datetime | time | timedelta | None
Row = tuple[int, list[Cell]]

MAX_FILE_MB = 256
MAX_ROWS = 1_048_576  # Excel's own limit
MAX_COLUMNS = 512
MAX_CELLS = 30_000_000  # rows x columns calamine may lay out (32 bytes each)
CSV_SUFFIXES = frozenset({".csv", ".txt", ".tsv"})

_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ANYTHING = re.compile(rb"\S")
_ODS_MIME = b"application/vnd.oasis.opendocument.spreadsheet"


@dataclass(frozen=True)
class SheetInfo:
    name: str
    visible: bool  # False for sheets hidden in Excel


class Workbook:
    """An open spreadsheet. Use as a context manager, or call close()."""

    def __init__(self, path: Path, kind: str, sheets: tuple[SheetInfo, ...], *,
                 date1904: bool = False, book: Any = None, zipped: bytes | None = None,
                 csv_text: str | None = None, csv_dialect: Any = None) -> None:
        self.path = path
        self.file_name = path.name
        self.format = kind  # "xlsx" (also .xlsm), "xls", "ods" or "csv"
        self.sheets = sheets
        self.date1904 = date1904  # bare date serials count from 1904 (old Mac Excel)
        self._book = book
        self._zipped = zipped
        self._csv_text = csv_text
        self._csv_dialect = csv_dialect
        self._loaded: dict[str, Any] = {}

    @property
    def sheet_names(self) -> list[str]:
        return [sheet.name for sheet in self.sheets]

    def rows(self, sheet: str, *, limit: int | None = None) -> Iterator[Row]:
        """The sheet's rows from row 1 (blank rows included), at most `limit` of them."""
        if self.format == "csv":
            yield from _limited(self._csv_rows(sheet), limit)
            return
        loaded = self._load(sheet)
        first_column = loaded.start[1] if loaded.start else 0
        pad: list[Cell] = [None] * first_column
        for number, cells in enumerate(loaded.iter_rows(), start=1):
            if limit is not None and number > limit:
                return
            yield number, pad + [None if cell == "" else cell for cell in cells]

    def last_row(self, sheet: str) -> int:
        """The number of the sheet's last row with a cell (0 for an empty sheet)."""
        if self.format == "csv":
            return sum(1 for _ in self._csv_rows(sheet))
        loaded = self._load(sheet)
        return loaded.end[0] + 1 if loaded.end else 0

    def close(self) -> None:
        self._loaded.clear()
        if self._book is not None:
            self._book.close()
            self._book = None

    def __enter__(self) -> Workbook:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _csv_rows(self, sheet: str) -> Iterator[Row]:
        """Records numbered as a spreadsheet program shows them (a quoted line break stays
        inside its row; Excel's "sep=;" line is not a row)."""
        if sheet != self.sheets[0].name:
            raise FileRefused(file=self.file_name, reason="no_sheet", sheet=sheet)
        reader = csv.reader(io.StringIO(self._csv_text or "", newline=""), self._csv_dialect)
        try:
            for number, fields in enumerate(reader, start=1):
                if len(fields) > MAX_COLUMNS:
                    raise FileRefused(file=self.file_name, reason="too_wide", sheet=sheet,
                                      columns=len(fields), limit=MAX_COLUMNS)
                if number > MAX_ROWS:
                    raise FileRefused(file=self.file_name, reason="too_long", sheet=sheet,
                                      limit=MAX_ROWS)
                yield number, [value if value.strip() else None for value in fields]
        except csv.Error as error:
            raise FileRefused(file=self.file_name, reason="corrupt") from error

    def _load(self, sheet: str) -> Any:
        if sheet in self._loaded:
            return self._loaded[sheet]
        if sheet not in self.sheet_names or self._book is None:
            raise FileRefused(file=self.file_name, reason="no_sheet", sheet=sheet)
        if self._zipped is not None:
            _check_xlsx_extent(self._zipped, sheet, self.sheet_names.index(sheet),
                               self.file_name)
        try:
            loaded = self._book.get_sheet_by_name(sheet)
        except Exception as error:  # calamine: corrupt XML, cell limit, ...
            raise _refusal(self.file_name, error, sheet) from error
        _check_size(self.file_name, sheet, loaded.end)
        self._loaded[sheet] = loaded
        return loaded


def open_workbook(path: str | Path) -> Workbook:
    """Open `path` for reading, or raise FileRefused saying in one sentence why not."""
    path = Path(path)
    data = _read_bytes(path)
    kind = detect_format(data, path)
    if kind == "csv":
        return _open_csv(path, data)
    zipped = data if kind == "xlsx" else None
    try:
        book = calamine.CalamineWorkbook.from_filelike(io.BytesIO(data))
        metadata = book.sheets_metadata
    except Exception as error:
        raise _refusal(path.name, error) from error
    sheets = tuple(
        SheetInfo(meta.name, meta.visible == calamine.SheetVisibleEnum.Visible)
        for meta in metadata if meta.typ == calamine.SheetTypeEnum.WorkSheet
    )
    if not sheets:
        raise FileRefused(file=path.name, reason="empty")
    date1904 = _xlsx_date1904(data) if zipped else False
    return Workbook(path, kind, sheets, date1904=date1904, book=book, zipped=zipped)


def detect_format(data: bytes, path: Path) -> str:
    """'xlsx' (also .xlsm), 'xls', 'ods' or 'csv', from the bytes; FileRefused otherwise."""
    name = path.name
    if _ANYTHING.search(data) is None:  # no copy of a large file, unlike data.strip()
        raise FileRefused(file=name, reason="empty")
    if data.startswith(b"PK\x03\x04"):
        return _zip_format(data, name)
    if data.startswith(_OLE):
        if "EncryptedPackage".encode("utf-16-le") in data:
            raise FileRefused(file=name, reason="password_protected")
        if "Workbook".encode("utf-16-le") in data or "Book".encode("utf-16-le") in data:
            return "xls"
        raise FileRefused(file=name, reason="not_spreadsheet")
    head = data[:4096].lstrip(codecs.BOM_UTF8).lstrip().lower()
    if head.startswith((b"<!doctype html", b"<html", b"<table", b"<?xml", b"<meta")):
        raise FileRefused(file=name, reason="web_page")
    is_utf16 = data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))
    if path.suffix.lower() in CSV_SUFFIXES and (is_utf16 or b"\x00" not in data[:4096]):
        return "csv"
    raise FileRefused(file=name, reason="not_spreadsheet")


# ---- helpers: files and errors ---------------------------------------------------------

def _read_bytes(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if size > MAX_FILE_MB * 1024 * 1024:
            raise FileRefused(file=path.name, reason="too_large", limit=MAX_FILE_MB)
        return path.read_bytes()
    except OSError as error:
        detail = error.strerror or type(error).__name__
        raise FileRefused(file=path.name, reason="unreadable", detail=detail) from error


def _refusal(name: str, error: BaseException, sheet: str | None = None) -> FileRefused:
    if isinstance(error, FileRefused):
        return error
    if isinstance(error, calamine.PasswordError) or "password" in str(error).lower():
        return FileRefused(file=name, reason="password_protected")
    if "cell limit" in str(error).lower():
        return FileRefused(file=name, reason="too_big", sheet=sheet or "?")
    return FileRefused(file=name, reason="corrupt")


def _check_size(name: str, sheet: str, end: tuple[int, int] | None) -> None:
    if end is None:
        return
    rows, columns = end[0] + 1, end[1] + 1
    if columns > MAX_COLUMNS:
        raise FileRefused(file=name, reason="too_wide", sheet=sheet, columns=columns,
                          limit=MAX_COLUMNS)
    if rows > MAX_ROWS:
        raise FileRefused(file=name, reason="too_long", sheet=sheet, limit=MAX_ROWS)


def _limited(rows: Iterator[Row], limit: int | None) -> Iterator[Row]:
    for row in rows:
        if limit is not None and row[0] > limit:
            return
        yield row


# ---- .xlsx: what is inside the zip -----------------------------------------------------

def _zip_names(archive: zipfile.ZipFile) -> dict[str, str]:
    """Normalised part name -> name in the zip (some writers use backslashes or capitals)."""
    return {info.filename.replace("\\", "/").lower(): info.filename
            for info in archive.infolist()}


def _zip_format(data: bytes, name: str) -> str:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = _zip_names(archive)
            if "mimetype" in names:
                mime = archive.read(names["mimetype"]).strip()
                if mime == _ODS_MIME:
                    return "ods"
                raise FileRefused(file=name, reason="not_spreadsheet")
    except zipfile.BadZipFile as error:
        raise FileRefused(file=name, reason="corrupt") from error
    if "xl/workbook.bin" in names:
        raise FileRefused(file=name, reason="xlsb")
    if any(part.endswith("workbook.xml") for part in names):
        return "xlsx"
    if "content.xml" in names:
        return "ods"
    raise FileRefused(file=name, reason="not_spreadsheet")


_ATTR = re.compile(rb'([\w:]+)\s*=\s*"([^"]*)"')
_SHEET_TAG = re.compile(rb"<(?:\w+:)?sheet\b([^>]*)>")
_RELATION_TAG = re.compile(rb"<(?:\w+:)?Relationship\b([^>]*)>")
# Cell references of cells with a value (a styled empty cell is self-closing, "/>", and
# calamine skips it): at column AA or further right, any cell with its row, and row numbers
# Excel cannot have. Each starts with a literal so that a 50 MB sheet scans in milliseconds.
_WIDE_CELL = re.compile(rb'r="([A-Z]{2,4})\d{1,9}"[^>]*?(/?)>')
_VALUED_CELL = re.compile(rb'r="[A-Z]{1,4}(\d{1,9})"[^>]*?(/?)>')
_HUGE_ROW = re.compile(rb'r="[A-Z]{0,4}\d{8}')
_DATE1904 = re.compile(rb'<(?:\w+:)?workbookPr\b[^>]*\bdate1904="(?:1|true)"')


def _attributes(raw: bytes) -> dict[str, str]:
    return {key.split(b":")[-1].decode(): html.unescape(value.decode("utf-8", "replace"))
            for key, value in _ATTR.findall(raw)}


def _read_part(archive: zipfile.ZipFile, names: dict[str, str], part: str) -> bytes:
    real = names.get(part)
    return archive.read(real) if real else b""


def _xlsx_date1904(data: bytes) -> bool:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        names = _zip_names(archive)
        return bool(_DATE1904.search(_read_part(archive, names, "xl/workbook.xml")))


def _sheet_part(archive: zipfile.ZipFile, names: dict[str, str], index: int) -> str | None:
    """The zip part of the index-th sheet (workbook order), via workbook.xml and its rels."""
    sheets = [_attributes(raw) for raw in
              _SHEET_TAG.findall(_read_part(archive, names, "xl/workbook.xml"))]
    rels = [_attributes(raw) for raw in _RELATION_TAG.findall(
        _read_part(archive, names, "xl/_rels/workbook.xml.rels"))]
    targets = {rel.get("Id"): rel.get("Target", "") for rel in rels}
    if index >= len(sheets) or sheets[index].get("id") not in targets:
        return None
    target = targets[sheets[index]["id"]].replace("\\", "/")
    part = target.lstrip("/") if target.startswith("/") else "xl/" + target
    return part.lower() if part.lower() in names else None


def _column_number(letters: bytes) -> int:
    number = 0
    for letter in letters:
        number = number * 26 + letter - 64
    return number


def _largest(found: list[tuple[bytes, bytes]], convert: Any) -> int:
    return max((convert(ref) for ref, closing in found if not closing), default=0)


def _measure(archive: zipfile.ZipFile, part: str) -> tuple[int, int]:
    """Rows and columns spanned by a worksheet part's cells with values (not its claimed
    <dimension>). Rows are only counted when the sheet is wider than column Z: up to 26
    columns, every row count Excel allows fits in MAX_CELLS."""
    columns, huge, tail = 26, False, b""
    with archive.open(part) as stream:
        while chunk := stream.read(1 << 22):
            buffer = tail + chunk
            columns = max(columns, _largest(_WIDE_CELL.findall(buffer), _column_number))
            huge = huge or _HUGE_ROW.search(buffer) is not None
            tail = buffer[-256:]
    if huge:
        return MAX_ROWS + 1, columns
    if columns * MAX_ROWS <= MAX_CELLS:
        return 0, columns
    rows, tail = 0, b""
    with archive.open(part) as stream:
        while chunk := stream.read(1 << 22):
            buffer = tail + chunk
            rows = max(rows, _largest(_VALUED_CELL.findall(buffer), int))
            tail = buffer[-256:]
    return rows, columns


def _check_xlsx_extent(data: bytes, sheet: str, index: int, name: str) -> None:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = _zip_names(archive)
            part = _sheet_part(archive, names, index)
            parts = [part] if part else [p for p in names if "worksheets/" in p
                                         and p.endswith(".xml") and "_rels" not in p]
            extents = [_measure(archive, names[each]) for each in parts]
    except (zipfile.BadZipFile, OSError, EOFError, ValueError) as error:
        raise FileRefused(file=name, reason="corrupt") from error
    rows = max((r for r, _ in extents), default=0)
    columns = max((c for _, c in extents), default=0)
    if columns > MAX_COLUMNS:
        raise FileRefused(file=name, reason="too_wide", sheet=sheet, columns=columns,
                          limit=MAX_COLUMNS)
    if rows > MAX_ROWS:
        raise FileRefused(file=name, reason="too_long", sheet=sheet, limit=MAX_ROWS)
    if rows * columns > MAX_CELLS:
        raise FileRefused(file=name, reason="too_big", sheet=sheet, rows=rows,
                          columns=columns)


# ---- CSV -------------------------------------------------------------------------------

_ALLOWED_CATEGORIES = ("L", "P", "S", "Z", "N", "M")  # not controls (Cc) nor unassigned (Cn)


def decode_text(data: bytes, name: str) -> str:
    """UTF-8 (with or without BOM) or UTF-16 with BOM; else Windows-1252 (a superset of
    Latin-1's letters), but only when no byte decodes to a control character or to nothing,
    which is how a file in yet another encoding gives itself away."""
    for bom, encoding in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                          (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError as error:
                raise FileRefused(file=name, reason="encoding") from error
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError as error:
        raise FileRefused(file=name, reason="encoding") from error
    if all(ch.isascii() or unicodedata.category(ch).startswith(_ALLOWED_CATEGORIES)
           for ch in set(text)):
        return text
    raise FileRefused(file=name, reason="encoding")


class _Dialect(csv.Dialect):
    delimiter = ","
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = "\r\n"
    quoting = csv.QUOTE_MINIMAL
    strict = False


def sniff_delimiter(lines: list[str]) -> str:
    """The delimiter that splits the first lines into the same number (>1) of fields most
    often: ',' and ';' (Indonesian Excel), tab, '|'. Quoted fields are respected."""
    best, best_score = ",", (0, 0)
    for delimiter in (";", ",", "\t", "|"):
        dialect = type("D", (_Dialect,), {"delimiter": delimiter})
        counts = [len(fields) for fields in csv.reader(lines, dialect) if any(fields)]
        if not counts:
            continue
        common = max(set(counts), key=counts.count)
        score = (counts.count(common), common) if common > 1 else (0, 0)
        if score > best_score:
            best, best_score = delimiter, score
    return best


def _open_csv(path: Path, data: bytes) -> Workbook:
    text = decode_text(data, path.name)
    text = unicodedata.normalize("NFC", text) if not text.isascii() else text
    lines = text[:65536].splitlines()
    hint = re.fullmatch(r'"?sep=(.)"?', lines[0].strip()) if lines else None
    if hint:
        text = text.split("\n", 1)[1] if "\n" in text else ""
        delimiter = hint[1]
    else:
        delimiter = sniff_delimiter(lines[:50])
    dialect = type("D", (_Dialect,), {"delimiter": delimiter})
    if not text.strip():
        raise FileRefused(file=path.name, reason="empty")
    return Workbook(path, "csv", (SheetInfo(path.stem, True),), csv_text=text,
                    csv_dialect=dialect)
