"""Purchase-history rows into the shop: find each row's member, skip receipts already
recorded, write every accepted purchase in bulk.

- The member: by card (a merged member's card leads to the member it joined), phone or
  e-mail, whichever the row gives; when several are given, those found must name the same
  member. The source system's customer id cannot be matched: TokoCRM does not keep it on the
  member (a row with only that is rejected, saying so). The member must be active, as at the
  counter.
- A receipt number already recorded, or given by an earlier row, is skipped. Rows without a
  receipt cannot be told apart, so importing the same file twice records them twice.
- Imported purchases are history: no birthday or referral bonus. With `award_points` each
  earns points by today's rules at the member's tier today (the last 12 months' spend,
  these purchases included), in a lot expiring as if earned on the purchase day; points that
  would have expired by today are not written.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import bindparam, func, select, text
from sqlalchemy.orm import Session

from tokocrm.db.models import PointsEntry, Purchase
from tokocrm.db.sessions import Sessions
from tokocrm.domain.imports import (
    PURCHASES,
    Action,
    ImportResult,
    ImportRow,
    RowIssue,
    RowOutcome,
    result_of,
)
from tokocrm.domain.loyalty import LoyaltyRules, expiry_date, points_earned, tier_for
from tokocrm.domain.purchases import TWELVE_MONTHS
from tokocrm.services import purchase_summary
from tokocrm.services.actor import Actor
from tokocrm.services.import_steps import BulkInsert, InsertWithIds, Steps, read_only
from tokocrm.services.loyalty_rules import load_rules
from tokocrm.services.member_import import Known, Shop, member_token
from tokocrm.services.points_ledger import Kind
from tokocrm.services.progress import Cancel, Progress

BATCH = 5_000
PURCHASE_KEYS = ("member_id", "amount", "discount", "purchased_at", "receipt", "till",
                 "branch", "recorded_by", "recorded_at")
LOT_KEYS = ("member_id", "points", "kind", "purchase_id", "expires_on", "created_by",
            "created_at")
_PURCHASE = Purchase.__table__
_RECEIPTS = select(Purchase.receipt).where(Purchase.receipt.in_(
    bindparam("receipts", expanding=True)))
_PURCHASE_TOKEN = select(func.count(), func.max(Purchase.id))


def run(sessions: Sessions, actor: Actor, rows: list[ImportRow], now: datetime, *,
        award_points: bool, dry_run: bool, progress: Progress | None,
        cancel: Cancel | None) -> ImportResult:
    steps = Steps(len(rows) * (1 if dry_run else 2), progress, cancel)
    with sessions() as session:
        read_only(session)
        token = _token(session)
        plan = _plan(session, rows, now, steps)
    if dry_run:
        steps.finish()
        points = sum(p for _, p, _ in _earnings(plan, now)) if award_points else 0
        return result_of(PURCHASES, True, plan.outcomes, points)
    with sessions.begin() as session:
        if _lock(session) != token:  # members or purchases changed meanwhile
            plan = _plan(session, rows, now, Steps(0, None, cancel))
        points = _write(session, actor, plan, now, steps, award_points)
    steps.finish()
    return result_of(PURCHASES, False, plan.outcomes, points)


def _token(session: Session) -> tuple:
    return tuple(session.execute(_PURCHASE_TOKEN).one()) + member_token(session)


def _lock(session: Session) -> tuple:
    """Keep other writers of members and purchases off until the transaction ends (SQLite's
    BEGIN IMMEDIATE already does; on PostgreSQL the counter can still read meanwhile)."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("LOCK TABLE member, purchase IN SHARE ROW EXCLUSIVE MODE"))
    return _token(session)


# -- deciding each row -------------------------------------------------------------------
@dataclass
class Plan:
    outcomes: tuple[RowOutcome, ...]
    accepted: list[tuple[int, ImportRow]]  # (member id, row), file order
    spend: dict[int, int]  # the shop's 12-month spend of the members named, before
    rules: LoyaltyRules


def _plan(session: Session, rows: Sequence[ImportRow], now: datetime, steps: Steps) -> Plan:
    shop = Shop.load(session)
    recorded = _recorded_receipts(session, rows)
    receipts: dict[str, int] = {}
    outcomes, accepted = [], []
    for row in rows:
        outcome = _decide(shop, recorded, receipts, row)
        if outcome.action == Action.CREATED and outcome.member_id is not None:
            accepted.append((outcome.member_id, row))
            receipt = row.values.get("receipt")
            if receipt is not None:
                receipts[str(receipt)] = row.row
        outcomes.append(outcome)
        steps.step()
    rules = load_rules(session)
    spend = _spend(session, {member_id for member_id, _ in accepted}, now)
    return Plan(tuple(outcomes), accepted, spend, rules)


def _decide(shop: Shop, recorded: set[str], receipts: dict[str, int],
            row: ImportRow) -> RowOutcome:
    if row.issues:
        return RowOutcome(row.row, Action.REJECTED, row.issues)
    values = row.values
    found = _member(shop, row)
    if isinstance(found, RowOutcome):
        return found
    receipt = values.get("receipt")
    first_row = receipts.get(str(receipt)) if receipt is not None else None
    if first_row is not None:
        issue = RowIssue("receipt", "receipt_in_file", receipt, params={"first_row": first_row})
        return RowOutcome(row.row, Action.SKIPPED, (issue,), duplicate_of=first_row,
                          member_id=found.id)
    if receipt is not None and receipt in recorded:
        issue = RowIssue("receipt", "receipt_exists", receipt)
        return RowOutcome(row.row, Action.SKIPPED, (issue,), member_id=found.id)
    return RowOutcome(row.row, Action.CREATED, member_id=found.id)


def _member(shop: Shop, row: ImportRow) -> Known | RowOutcome:
    """The active member the row names, or why there is none."""
    values = row.values
    found: list[tuple[str, Known]] = []
    for key in ("card", "phone", "email"):
        value = values.get(key)
        if value is None:
            continue
        member = _by_key(shop, key, value)
        if isinstance(member, RowIssue):
            return RowOutcome(row.row, Action.REJECTED, (member,))
        if member is not None:
            found.append((key, member))
    if not found:
        key = next((k for k in ("card", "phone", "email") if values.get(k) is not None), None)
        if key is None:
            issue = RowIssue("customer_ref", "ref_not_kept", values.get("customer_ref"))
        else:
            issue = RowIssue(key, "member_not_found", values.get(key), params={"key": key})
        return RowOutcome(row.row, Action.REJECTED, (issue,))
    (first_key, first), *others = found
    for key, other in others:
        if other.id != first.id:
            issue = RowIssue(key, "conflict", values.get(key), params={
                "first": f"member {first.card}", "first_key": first_key,
                "second": f"member {other.card}", "second_key": key})
            return RowOutcome(row.row, Action.REJECTED, (issue,))
    if first.status != "active":
        issue = RowIssue(first_key, "member_inactive", values.get(first_key),
                         params={"card": first.card, "name": first.name})
        return RowOutcome(row.row, Action.REJECTED, (issue,), member_id=first.id)
    return first


def _by_key(shop: Shop, key: str, value: Any) -> Known | RowIssue | None:
    if key == "card":
        return shop.card_holder(value) if value in shop.by_card else None
    if key == "phone":
        return shop.by_phone.get(value)
    holders = shop.by_email.get(value, [])
    if len(holders) > 1:
        return RowIssue("email", "member_ambiguous", value,
                        params={"count": len(holders), "key": "email"})
    return holders[0] if holders else None


def _recorded_receipts(session: Session, rows: Sequence[ImportRow]) -> set[str]:
    """The file's receipt numbers that the shop has recorded already."""
    wanted = sorted({str(r.values["receipt"]) for r in rows if r.values.get("receipt")})
    found: set[str] = set()
    for chunk in _chunks(wanted, 500):
        found.update(session.scalars(_RECEIPTS, {"receipts": list(chunk)}))
    return found


def _spend(session: Session, member_ids: set[int], now: datetime) -> dict[int, int]:
    """Each member's spend over the last 12 months, voided purchases left out."""
    spend: dict[int, int] = {}
    query = (select(Purchase.member_id, func.sum(Purchase.amount))
             .where(Purchase.member_id.in_(bindparam("ids", expanding=True)),
                    Purchase.voided_at.is_(None), Purchase.purchased_at > now - TWELVE_MONTHS)
             .group_by(Purchase.member_id))
    for chunk in _chunks(sorted(member_ids), 500):
        spend.update((m, int(s or 0)) for m, s in session.execute(query, {"ids": list(chunk)}))
    return spend


# -- points --------------------------------------------------------------------------------
def _earnings(plan: Plan, now: datetime) -> Iterator[tuple[int, int, Any]]:
    """(index in plan.accepted, points, expires_on) of each purchase that earns points still
    good today."""
    rules, today = plan.rules, now.date()
    spend = dict(plan.spend)
    for member_id, row in plan.accepted:
        at = row.values["at"]
        if isinstance(at, datetime) and now - TWELVE_MONTHS < at <= now:
            spend[member_id] = spend.get(member_id, 0) + _amount(row)
    for index, (member_id, row) in enumerate(plan.accepted):
        tier = tier_for(spend.get(member_id, 0), rules.tiers).tier
        earned = points_earned(_amount(row), rules, tier)
        at = row.values["at"]
        expires_on = expiry_date(at.date() if isinstance(at, datetime) else today, rules)
        if earned > 0 and (expires_on is None or expires_on > today):
            yield index, earned, expires_on


def _amount(row: ImportRow) -> int:
    amount = row.values["amount"]
    return amount if isinstance(amount, int) else 0


# -- writing -------------------------------------------------------------------------------
def _write(session: Session, actor: Actor, plan: Plan, now: datetime, steps: Steps,
           award_points: bool) -> int:
    connection = session.connection()
    insert_purchases = InsertWithIds(connection, _PURCHASE, PURCHASE_KEYS)
    ids: list[int] = []
    for chunk in _chunks(plan.accepted, BATCH):
        ids += insert_purchases([
            (member_id, row.values["amount"], 0, row.values["at"], row.values.get("receipt"),
             actor.till, actor.branch, actor.username, now) for member_id, row in chunk])
        steps.step(len(chunk))
    purchase_summary.refresh(session, {member_id for member_id, _ in plan.accepted})
    if not award_points:
        return 0
    lots = [(plan.accepted[index][0], points, Kind.EARN, ids[index], expires_on,
             actor.username, now) for index, points, expires_on in _earnings(plan, now)]
    insert_lots = BulkInsert(connection, PointsEntry.__table__, LOT_KEYS)
    for chunk in _chunks(lots, BATCH):
        insert_lots(chunk)
    return sum(lot[1] for lot in lots)


def _chunks(items: Sequence[Any], size: int) -> Iterator[Sequence[Any]]:
    for start in range(0, len(items), size):
        yield items[start:start + size]
