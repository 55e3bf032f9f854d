"""Is a shop database whole? `check(engine)` lists every problem found, one plain sentence each.

On SQLite the file itself is checked first (PRAGMA integrity_check, foreign_key_check); on both
SQLite and PostgreSQL the invariants that must hold at every commit are checked: the points
ledger (db/models.py, services/points_ledger.py), the purchase amounts and the members' purchase
summaries. Only invariants, never business judgement: a member below zero after a void is
allowed, so it is not reported.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy import Connection, Engine, Select, func, or_, select

from tokocrm.db.models import PurchaseSummary
from tokocrm.db.queries import purchase_gaps

MAX_SHOWN = 50  # problems of one kind listed row by row; the rest are counted

# (sentence for one row, query returning the values it names). Plain SQL for both dialects.
_LEDGER_CHECKS: list[tuple[str, str]] = [
    ("points_entry {0} has 0 points (every entry must add or take points)",
     "SELECT id FROM points_entry WHERE points = 0 ORDER BY id"),
    ("points_allocation (debit {0}, lot {1}) moves {2} points (it must move more than 0)",
     "SELECT debit_id, lot_id, points FROM points_allocation WHERE points <= 0 "
     "ORDER BY debit_id, lot_id"),
    ("points_allocation (debit {0}, lot {1}) names a points_entry that does not exist",
     "SELECT a.debit_id, a.lot_id FROM points_allocation a "
     "LEFT JOIN points_entry d ON d.id = a.debit_id LEFT JOIN points_entry l ON l.id = a.lot_id "
     "WHERE d.id IS NULL OR l.id IS NULL ORDER BY a.debit_id, a.lot_id"),
    ("points_allocation (debit {0}, lot {1}) takes from points_entry {1}, which is not a lot "
     "(it has {2} points)",
     "SELECT a.debit_id, a.lot_id, l.points FROM points_allocation a "
     "JOIN points_entry l ON l.id = a.lot_id WHERE l.points <= 0 ORDER BY a.debit_id, a.lot_id"),
    ("points_allocation (debit {0}, lot {1}) covers points_entry {0}, which is not a debit "
     "(it has {2} points)",
     "SELECT a.debit_id, a.lot_id, d.points FROM points_allocation a "
     "JOIN points_entry d ON d.id = a.debit_id WHERE d.points >= 0 ORDER BY a.debit_id, a.lot_id"),
    ("points_allocation (debit {0}, lot {1}) links entries of two members ({2} and {3})",
     "SELECT a.debit_id, a.lot_id, d.member_id, l.member_id FROM points_allocation a "
     "JOIN points_entry d ON d.id = a.debit_id JOIN points_entry l ON l.id = a.lot_id "
     "WHERE d.member_id <> l.member_id ORDER BY a.debit_id, a.lot_id"),
    ("points_entry {0} (a lot of {1} points) has {2} points taken from it in points_allocation",
     "SELECT l.id, l.points, SUM(a.points) FROM points_allocation a "
     "JOIN points_entry l ON l.id = a.lot_id WHERE l.points > 0 "
     "GROUP BY l.id, l.points HAVING SUM(a.points) > l.points ORDER BY l.id"),
    ("points_entry {0} (a debit of {1} points) is covered by {2} points in points_allocation",
     "SELECT d.id, -d.points, SUM(a.points) FROM points_allocation a "
     "JOIN points_entry d ON d.id = a.debit_id WHERE d.points < 0 "
     "GROUP BY d.id, d.points HAVING SUM(a.points) > -d.points ORDER BY d.id"),
    ("purchase {0} has amount {1} and discount {2} (neither may be negative, and together "
     "they must be more than 0)",
     "SELECT id, amount, discount FROM purchase "
     "WHERE amount < 0 OR discount < 0 OR amount + discount <= 0 ORDER BY id"),
    # The summaries kept beside the purchases (services/purchase_summary.py); rows that
    # differ from their purchases are found by _drifted_summaries.
    ("purchase_summary has a row for member {0}, who has no purchase that counts",
     "SELECT s.member_id FROM purchase_summary s WHERE NOT EXISTS (SELECT 1 FROM purchase p "
     "WHERE p.member_id = s.member_id AND p.voided_at IS NULL) ORDER BY s.member_id"),
]


def check(engine: Engine) -> list[str]:
    """Every problem found in the database, one sentence each; empty when it is healthy."""
    with engine.connect() as connection:
        problems: list[str] = []
        if connection.dialect.name == "sqlite":
            damage, problems = _sqlite_damage(connection)
            if damage:  # reading tables from a damaged file may fail or mislead
                return damage
            problems += _sqlite_broken_references(connection)
        for sentence, query in _LEDGER_CHECKS:
            problems += _listed(sentence.format, connection.exec_driver_sql(query).all())
        problems += _listed(_drift, connection.execute(_drifted_summaries(
            connection.dialect.name)).all())
        connection.rollback()
    return problems


def _listed(describe: Callable[..., str], rows: list) -> list[str]:
    found = [describe(*row) for row in rows[:MAX_SHOWN]]
    if len(rows) > MAX_SHOWN:
        found.append(f"... and {len(rows) - MAX_SHOWN} more like the one above")
    return found


def _drift(member: int, purchases: int, first: Any, last: Any, kept: int | None,
           kept_first: Any, kept_last: Any, kept_squares: float, squares: float) -> str:
    truth = f"{purchases} purchases from {first} to {last}, {squares:.1f} squared days of gaps"
    if kept is None:
        return f"member {member} has {truth}, but no row in purchase_summary"
    return (f"purchase_summary of member {member} says {kept} purchases from {kept_first} to "
            f"{kept_last}, {kept_squares:.1f} squared days of gaps; the purchases say {truth}")


def _drifted_summaries(dialect: str) -> Select:
    """Members whose summary is missing or differs from their purchases: a window over every
    purchase, seconds at 2,000,000 (the squares of the gaps are rounded differently)."""
    truth = purchase_gaps.summed(dialect).subquery()
    kept = PurchaseSummary.__table__.c
    differs = or_(kept.member_id.is_(None), kept.purchases != truth.c.purchases,
                  kept.first_at != truth.c.first_at, kept.last_at != truth.c.last_at,
                  func.abs(kept.gap_squares - truth.c.gap_squares)
                  > 1e-6 * (1 + truth.c.gap_squares))
    return (select(truth.c.member_id, truth.c.purchases, truth.c.first_at, truth.c.last_at,
                   kept.purchases, kept.first_at, kept.last_at, kept.gap_squares,
                   truth.c.gap_squares)
            .select_from(truth.outerjoin(PurchaseSummary.__table__,
                                         kept.member_id == truth.c.member_id))
            .where(differs).order_by(truth.c.member_id))


def _sqlite_damage(connection: Connection) -> tuple[list[str], list[str]]:
    """PRAGMA integrity_check: (damage to the file, rows breaking a CHECK or NOT NULL rule)."""
    found = [row[0] for row in connection.exec_driver_sql("PRAGMA integrity_check").all()]
    if found == ["ok"]:
        return [], []
    damage, rules = [], []
    for line in found:
        if line.startswith(("CHECK constraint failed in ", "NULL value in ")):
            rules.append(f"a row breaks a rule of its table ({line})")
        else:
            damage.append(f"the SQLite file is damaged: {line}")
    return damage[:MAX_SHOWN], rules[:MAX_SHOWN]


def _sqlite_broken_references(connection: Connection) -> list[str]:
    problems: list[str] = []
    for table, rowid, parent, _fk in connection.exec_driver_sql("PRAGMA foreign_key_check"):
        if len(problems) == MAX_SHOWN:
            problems.append("... and more rows pointing at missing rows")
            break
        problems.append(f"{table} row {rowid} points to a row of {parent} that does not exist")
    return problems
