"""The members page's table model at shop scale: the first screenful after opening the page,
and jumping to the last screenful, beside a bare Qt model over the same rows held in a Python
list (the floor any lazily fetching model is measured against). Qt is imported only here."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from benchmarks.cases import Context, Measurement, case
from benchmarks.timing import measure_pair

VISIBLE_ROWS = 40  # a full-height members page on a 1080p screen
COLUMNS = 5  # card, name, phone, joined, status, as MemberTableModel shows them
# The same members in the same order as the model's default sort (by name, then id).
ROWS_SQL = ("SELECT card, name, phone, joined_on, status FROM member WHERE status <> 'merged' "
            "ORDER BY name, id")


@case("members table")
def members_table(ctx: Context) -> list[Measurement]:
    from benchmarks.cases import _qt
    from tokocrm.ui.models.member_table import MemberTableModel

    _qt.application()
    rows = _all_rows(ctx)
    members, actor = ctx.services.members, ctx.actor

    def ours() -> Any:
        model = MemberTableModel(members, actor)
        model.reset_query("")
        return model

    def bare() -> Any:
        return _qt.BareTableModel(rows, COLUMNS)

    def first_paint(make: Callable[[], Any]) -> Callable[[None], Any]:
        return lambda _: _qt.paint(make(), 0, VISIBLE_ROWS)

    def scroll(model: Any) -> Any:
        return _qt.paint(model, len(rows) - VISIBLE_ROWS, VISIBLE_ROWS)

    _check_same_rows(ours(), bare(), _qt.paint)
    runs, warmup = ctx.plan.slow + ctx.plan.slow_warmup, ctx.plan.slow_warmup
    nothing = [None] * runs
    paint_ours, paint_bare = measure_pair(first_paint(ours), first_paint(bare), nothing, nothing,
                                          warmup)
    # Each scroll starts from a freshly opened, painted table (made outside the timed span),
    # so the last page is never already fetched.
    scroll_ours, scroll_bare = measure_pair(scroll, scroll, _painted(ours, runs, _qt.paint),
                                            _painted(bare, runs, _qt.paint), warmup)
    cells = f"{VISIBLE_ROWS} rows x {COLUMNS} columns of {len(rows):,}"
    return [
        Measurement(case="members table first paint", ours=paint_ours, baseline=paint_bare,
                    notes=f"new model, list every member, paint the first {cells}"),
        Measurement(case="members table scroll to end", ours=scroll_ours, baseline=scroll_bare,
                    notes=f"paint the last {cells}"),
    ]


def _all_rows(ctx: Context) -> list[tuple[Any, ...]]:
    connection = ctx.raw.connect()
    try:
        return [tuple(row) for row in connection.execute(ctx.raw.sql(ROWS_SQL)).fetchall()]
    finally:
        connection.close()


def _painted(make: Callable[[], Any], count: int, paint: Callable[..., Any]) -> Iterator[Any]:
    for _ in range(count):
        model = make()
        paint(model, 0, VISIBLE_ROWS)
        yield model


def _check_same_rows(ours: Any, bare: Any, paint: Callable[..., Any]) -> None:
    """Both models list the same members in the same order (cards are unique, so compare
    the card column of the first and last screenfuls)."""
    if ours.rowCount() != bare.rowCount():
        raise RuntimeError(f"members table: {ours.rowCount()} rows vs {bare.rowCount()} raw")
    last = ours.rowCount() - VISIBLE_ROWS
    for first in (0, max(0, last)):
        mine, theirs = paint(ours, first, VISIBLE_ROWS), paint(bare, first, VISIBLE_ROWS)
        if mine[::COLUMNS] != theirs[::COLUMNS]:
            raise RuntimeError(f"members table: different members from row {first}")
