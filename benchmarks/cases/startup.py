"""App start: from spawning a fresh process until its main window is first painted. Ours is
the desktop start `tokocrm` makes on the run's copy of the shop, the baseline a bare Qt main
window; both in benchmarks/startup_child.py, started by benchmarks/starter.py. Every run is a
new process, so each side pays the interpreter, its imports and Qt's start-up every time, as a
user starting the app does."""

from __future__ import annotations

import tempfile
from pathlib import Path

from benchmarks.cases import Context, Measurement, case
from benchmarks.starter import Starter
from benchmarks.timing import measure_pair


@case("app start")
def app_start(ctx: Context) -> list[Measurement]:
    url = ctx.services.engine.url.render_as_string(hide_password=False)
    runs, warmup = ctx.plan.slow + ctx.plan.slow_warmup, ctx.plan.slow_warmup
    with tempfile.TemporaryDirectory(prefix="tokocrm-bench-start-") as folder:
        starter = Starter(Path(folder), url)
        try:
            ours, bare = measure_pair(starter.start, starter.start,
                                      starter.between(["ours"] * runs),
                                      starter.between(["bare"] * runs), warmup)
        finally:
            starter.close()
    return [Measurement(
        case="app start to first window shown", ours=ours, baseline=bare,
        notes="a new process each run, spawn until the main window's first paint (Qt "
              "offscreen): `tokocrm` on the copy of the shop (no saved window state, so the "
              "Counter page; daily points run skipped) vs a bare QMainWindow with a QTableView")]
