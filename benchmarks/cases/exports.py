"""Excel export of the whole shop's members (issue #6). Ours is what `tokocrm export members`
does: ExportService.members streamed from the database (one query with the loyalty figures
joined, phones formatted, tiers named) into io.xlsx_export.write_xlsx (text made formula-proof,
typed and formatted cells, header, widths, temporary file renamed at the end). The baseline is
openpyxl's write-only mode alone writing the same workbook from rows fetched beforehand, as
fast as we know how (the formatted cells reused as ours reuses them), so the ratio is what our
layers add to openpyxl. Both run with lxml, as installed.

Peak memory is ours alone: the peak resident set size of a separate process running
`tokocrm export members` on the shop, interpreter and imports included (VmHWM on Linux)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from benchmarks.cases import Context, Measurement, case
from benchmarks.timing import Stats, measure_pair
from tokocrm.domain.roles import Role
from tokocrm.io import xlsx_export
from tokocrm.services.actor import Actor
from tokocrm.services.export_sheets import Column

# The counter's cashier may not export; the shop's bookkeeper may.
BOOKKEEPER = Actor(username="bench", role=Role.BOOKKEEPER, till="bench")
RATIO_TARGET, MEMORY_TARGET_MB = 1.3, 400
MAX_TIMED_RUNS = 3  # a run writes the whole shop: 20 s or so at 100,000 members
CHILD = """
import json, resource, sys
from tokocrm.cli import main
code = main(["--db", sys.argv[1], "--json", "export", "members", sys.argv[2]])
try:  # Linux: this process's own peak. ru_maxrss would also count the parent's memory, as
    # the child was forked from it before it became this program.
    with open("/proc/self/status") as status:
        peak = next(int(line.split()[1]) for line in status if line.startswith("VmHWM:"))
except OSError:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024  # macOS: bytes
print(json.dumps({"code": code, "peak_kib": peak}))
"""


@case("export members")
def export_members(ctx: Context) -> list[Measurement]:
    exports = ctx.services.exports
    columns, rows = _fetched_rows(ctx)
    timed = min(ctx.plan.slow, MAX_TIMED_RUNS)
    warmup = min(ctx.plan.slow_warmup, 1)
    with tempfile.TemporaryDirectory(prefix="tokocrm-bench-export-") as name:
        folder = Path(name)
        paths = [folder / "ours.xlsx"] * (timed + warmup)
        raw_paths = [folder / "raw.xlsx"] * (timed + warmup)
        written = xlsx_export.write_xlsx(exports.members(BOOKKEEPER), paths[0])
        if written.rows != len(rows):
            raise RuntimeError(f"export members: ours wrote {written.rows} rows, the shop has "
                               f"{len(rows)}")
        ours, raw = measure_pair(
            lambda path: xlsx_export.write_xlsx(exports.members(BOOKKEEPER), path),
            lambda path: _raw_write(path, columns, rows), paths, raw_paths, warmup)
        peak_mb = _peak_memory_mb(ctx, folder)
    ratio = ours.median / raw.median
    cells = f"{len(rows):,} members x {len(columns)} columns"
    measurements = [Measurement(
        case="export members", ours=ours, baseline=raw,
        notes=f"{cells} to .xlsx, {timed} timed runs; ratio {ratio:.2f}, target <= "
              f"{RATIO_TARGET}: {'met' if ratio <= RATIO_TARGET else 'MISSED'}")]
    if peak_mb is not None:
        measurements.append(Measurement(
            case="export members peak memory", unit="MB",
            ours=Stats(median=peak_mb, p95=peak_mb, runs=1),
            notes=f"peak RSS of a `tokocrm export members` process, {cells}; target < "
                  f"{MEMORY_TARGET_MB} MB: {'met' if peak_mb < MEMORY_TARGET_MB else 'MISSED'}"))
    return measurements


def _fetched_rows(ctx: Context) -> tuple[tuple[Column, ...], list[Sequence[Any]]]:
    """The cells ours writes, as the service gives them, held in memory for the baseline."""
    with ctx.services.exports.members(BOOKKEEPER).reading() as sheets:
        (members,) = sheets
        return members.columns, [tuple(row) for row in members.rows()]


def _raw_write(path: Path, columns: tuple[Column, ...], rows: list[Sequence[Any]]) -> None:
    """The same workbook with openpyxl alone: header, widths, frozen row, filter, and the
    rows' cells, formatted ones through one WriteOnlyCell per column refilled row by row
    (as ours does: about 15% faster than a new cell for every date and amount)."""
    book = Workbook(write_only=True)
    sheet = book.create_sheet("Members")
    formatted: list[WriteOnlyCell | None] = []
    for index, column in enumerate(columns, 1):
        width = max(column.width or xlsx_export.WIDTHS[column.kind], len(column.key) + 3)
        sheet.column_dimensions[get_column_letter(index)].width = width
        number_format = xlsx_export.FORMATS.get(column.kind)
        cell = WriteOnlyCell(sheet) if number_format else None
        if cell is not None:
            cell.number_format = number_format
        formatted.append(cell)
    sheet.freeze_panes = "A2"
    header = []
    for column in columns:
        cell = WriteOnlyCell(sheet, column.key)
        cell.font = Font(bold=True)
        header.append(cell)
    sheet.append(header)
    for row in rows:
        values = []
        for value, cell in zip(row, formatted, strict=True):
            if cell is None or value is None:
                values.append(value)
            else:
                cell.value = value
                values.append(cell)
        sheet.append(values)
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(columns))}{len(rows) + 1}"
    book.save(path)


def _peak_memory_mb(ctx: Context, folder: Path) -> float | None:
    """Peak RSS of a fresh `tokocrm export members` process; None where the platform has no
    getrusage (Windows)."""
    if sys.platform == "win32":
        return None
    url = ctx.services.engine.url.render_as_string(hide_password=False)
    env = {**os.environ, "XDG_STATE_HOME": str(folder / "state"),
           "XDG_DATA_HOME": str(folder / "data"), "XDG_CONFIG_HOME": str(folder / "config")}
    done = subprocess.run([sys.executable, "-c", CHILD, url, str(folder / "child.xlsx")],
                          capture_output=True, text=True, env=env, check=False, timeout=3600)
    lines = done.stdout.strip().splitlines()
    report = json.loads(lines[-1]) if lines else {}
    if done.returncode != 0 or report.get("code") != 0:
        raise RuntimeError(f"export members (memory): the child failed: {done.stderr[-2000:]}")
    return report["peak_kib"] / 1024
