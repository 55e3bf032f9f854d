"""Small spreadsheets made on the fly for the import tests."""

from __future__ import annotations

import zipfile
from collections.abc import Sequence
from pathlib import Path
from xml.sax.saxutils import escape

from openpyxl import Workbook

DATA = Path(__file__).resolve().parents[1] / "data"
REAL = DATA / "real-spreadsheets"


def make_xlsx(path: Path, sheets: dict[str, Sequence[Sequence[object]]], *,
              origin: str = "A1", hidden: Sequence[str] = (),
              merged: Sequence[str] = ()) -> Path:
    """Rows written from `origin` (e.g. 'B4') on each sheet, in order."""
    book = Workbook()
    book.remove(book.active)
    column = ord(origin[0]) - 64
    row = int(origin[1:])
    for name, rows in sheets.items():
        sheet = book.create_sheet(name)
        for r, values in enumerate(rows):
            for c, value in enumerate(values):
                if value is not None:
                    sheet.cell(row=row + r, column=column + c, value=value)
        for area in merged:
            sheet.merge_cells(area)
        if name in hidden:
            sheet.sheet_state = "hidden"
    book.save(path)
    return path


def make_ods(path: Path, rows: Sequence[Sequence[str | None]], *, skip_rows: int = 0,
             skip_columns: int = 0) -> Path:
    """A minimal OpenDocument spreadsheet, text cells only, as LibreOffice would lay it out
    (empty rows and cells as repeats)."""

    def cell(text: str | None) -> str:
        if text is None:
            return "<table:table-cell/>"
        return ('<table:table-cell office:value-type="string">'
                f"<text:p>{escape(text)}</text:p></table:table-cell>")

    pad = f'<table:table-cell table:number-columns-repeated="{skip_columns}"/>' \
        if skip_columns else ""
    body = (f'<table:table-row table:number-rows-repeated="{skip_rows}">'
            "<table:table-cell/></table:table-row>") if skip_rows else ""
    body += "".join(f"<table:table-row>{pad}{''.join(map(cell, r))}</table:table-row>"
                    for r in rows)
    content = (
        '<?xml version="1.0" encoding="UTF-8"?><office:document-content '
        'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
        '<office:body><office:spreadsheet><table:table table:name="Sheet1">'
        f"{body}</table:table></office:spreadsheet></office:body></office:document-content>"
    )
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
        'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" '
        'manifest:version="1.2"><manifest:file-entry manifest:full-path="/" '
        'manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
        "</manifest:manifest>"
    )
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(zipfile.ZipInfo("mimetype"),
                         "application/vnd.oasis.opendocument.spreadsheet")
        archive.writestr("content.xml", content, zipfile.ZIP_DEFLATED)
        archive.writestr("META-INF/manifest.xml", manifest, zipfile.ZIP_DEFLATED)
    return path
