"""Counter lookups: what a cashier scans or types into the one search box, through
`MemberService.find`, beside the same query in the raw driver.

Targets come from the shop deterministically: every Nth member's card, every Nth member's phone
as a cashier types it (0812-3456-7890), a 5-letter piece of the rarest surname, and "nur".
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from benchmarks.cases import Context, Measurement, case
from benchmarks.timing import cycle_take, measure_pair
from tokocrm.domain.phone import format_local

LOOKUP_TARGETS = 200  # distinct cards and phones, so the runs do not all hit one hot row
COMMON_FRAGMENT = "nur"  # Nur, Nurul, Nurhayati...: the most frequent name piece in the shop
RARE_LENGTH = 5
COUNTER_LIMIT = 20  # what the counter shows, as MemberService.find
ROW = "m.id, m.card, m.name, m.phone, m.status, m.joined_on, m.email"  # a MemberRow's columns

# What a careful developer writes by hand: indexed equality for card and phone (uq_member_card,
# ix_member_phone), and for names the FTS5 trigram index on SQLite or ILIKE on PostgreSQL, with
# the same ranking as the service (name starts with it, a word starts with it, the rest).
CARD_SQL = f"SELECT {ROW} FROM member m WHERE m.card = ?"
PHONE_SQL = (f"SELECT {ROW} FROM member m WHERE m.phone = ? AND m.status <> 'merged' "
             f"ORDER BY m.status <> 'active', m.id LIMIT {COUNTER_LIMIT}")
RANK = "CASE WHEN m.name {like} ? THEN 0 WHEN m.name {like} ? THEN 1 ELSE 2 END, m.name, m.id"
FTS_NAME_SQL = (f"SELECT {ROW} FROM member_name_fts f JOIN member m ON m.id = f.rowid "
                "WHERE member_name_fts MATCH ? AND m.status <> 'merged' "
                f"ORDER BY {RANK.format(like='LIKE')} LIMIT {COUNTER_LIMIT}")
ILIKE_NAME_SQL = (f"SELECT {ROW} FROM member m WHERE m.name ILIKE ? AND m.status <> 'merged' "
                  f"ORDER BY {RANK.format(like='ILIKE')} LIMIT {COUNTER_LIMIT}")
MIN_TRIGRAM = 3


@dataclass(frozen=True)
class Targets:
    cards: list[str]
    phones: list[tuple[str, str]]  # (as typed at the counter, as stored in E.164)
    rare: str
    common: str


@case("counter")
def counter_lookups(ctx: Context) -> list[Measurement]:
    connection = ctx.raw.connect()
    try:
        targets = pick_targets(connection, ctx)
        name_sql = ctx.raw.sql(FTS_NAME_SQL if ctx.raw.dialect == "sqlite" else ILIKE_NAME_SQL)
        raw_name = _raw_name(connection, name_sql, ctx.raw.dialect)
        card_sql, phone_sql = ctx.raw.sql(CARD_SQL), ctx.raw.sql(PHONE_SQL)
        return [
            lookup(ctx, "lookup card", targets.cards,
                   lambda c: connection.execute(card_sql, (c,)).fetchall(),
                   target=2.0, notes=f"{len(targets.cards)} cards of members spread over the shop"),
            # The raw side is handed the phone as stored (E.164): parsing what the cashier
            # typed is work only our side does, and part of what we measure.
            lookup(ctx, "lookup phone", [typed for typed, _ in targets.phones],
                   lambda p: connection.execute(phone_sql, (p,)).fetchall(), target=2.0,
                   raw_queries=[stored for _, stored in targets.phones],
                   notes=f"{len(targets.phones)} phones typed as 0812-3456-7890"),
            lookup(ctx, "lookup name rare", [targets.rare], raw_name, target=5.0,
                   notes=f"'{targets.rare}' ({_matches(connection, ctx, targets.rare)} members)"),
            lookup(ctx, "lookup name common", [targets.common], raw_name,
                   notes=f"'{targets.common}' ({_matches(connection, ctx, targets.common)} "
                   "members)"),
        ]
    finally:
        connection.close()


def lookup(ctx: Context, name: str, queries: list[str], raw: Callable[[str], list[Any]],
           target: float | None = None, raw_queries: list[str] | None = None,
           notes: str = "") -> Measurement:
    """Time find(query) against raw(raw query) over the queries, after checking that both
    sides return the same members in the same order (else the comparison means nothing)."""
    members, actor = ctx.services.members, ctx.actor
    raw_queries = queries if raw_queries is None else raw_queries

    def ours(query: str) -> Any:
        return members.find(actor, query)

    for query, raw_query in list(zip(queries, raw_queries, strict=True))[:3]:
        same_members(name, query, [r.id for r in ours(query)],
                     [row[0] for row in raw(raw_query)])
    count = ctx.plan.fast_warmup + ctx.plan.fast
    mine, baseline = measure_pair(ours, raw, cycle_take(queries, count),
                                  cycle_take(raw_queries, count), ctx.plan.fast_warmup)
    return Measurement(case=name, ours=mine, baseline=baseline, target_p95=target, notes=notes)


def same_members(case_name: str, query: str, ours: list[int], raw: list[int]) -> None:
    if ours != raw:
        raise RuntimeError(f"{case_name}: the service and the raw query disagree on {query!r}: "
                           f"{ours[:5]}... vs {raw[:5]}...")


def pick_targets(connection: Any, ctx: Context) -> Targets:
    rows = connection.execute(ctx.raw.sql(
        "SELECT card, phone, name FROM member WHERE status = 'active' ORDER BY id")).fetchall()
    step = max(1, len(rows) // LOOKUP_TARGETS)
    cards = [card for card, _, _ in rows[::step]][:LOOKUP_TARGETS]
    # Offset by half a step: the phone targets are other members than the card targets.
    phones = [(format_local(phone), phone) for _, phone, _ in rows[step // 2::step]]
    return Targets(cards=cards, phones=phones[:LOOKUP_TARGETS],
                   rare=rare_fragment([name for _, _, name in rows]), common=COMMON_FRAGMENT)


def rare_fragment(names: list[str]) -> str:
    """A piece of the shop's least common surname (last word of a name, 5+ letters), the
    piece that fewest names contain; ties go alphabetically, so the choice is repeatable."""
    surnames = Counter(name.split()[-1] for name in names if len(name.split()) > 1)
    _, rarest = min((count, surname) for surname, count in surnames.items()
                    if len(surname) >= RARE_LENGTH)
    lowered = [name.lower() for name in names]
    pieces = sorted({rarest.lower()[i:i + RARE_LENGTH]
                     for i in range(len(rarest) - RARE_LENGTH + 1)})
    return min(pieces, key=lambda piece: sum(piece in name for name in lowered))


def _raw_name(connection: Any, sql: str, dialect: str) -> Callable[[str], list[Any]]:
    def run(fragment: str) -> list[Any]:
        text = fragment.lower()
        if dialect == "sqlite" and len(text) >= MIN_TRIGRAM:
            first = '"' + text.replace('"', '""') + '"'  # an FTS5 phrase: the exact letters
        else:
            first = f"%{text}%"
        return connection.execute(sql, (first, f"{text}%", f"% {text}%")).fetchall()

    return run


def _matches(connection: Any, ctx: Context, fragment: str) -> int:
    sql = ctx.raw.sql("SELECT count(*) FROM member WHERE lower(name) LIKE ?")
    return connection.execute(sql, (f"%{fragment}%",)).fetchone()[0]
