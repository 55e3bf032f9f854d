"""Member rows into the shop: match each row with earlier rows and with the shop's members,
decide what happens to it, and write every accepted row in bulk.

Matching, within the file and against the shop's active members alike: the same phone; else
the same e-mail, unless both have phones and they differ (a phone identifies one person, a
family may share an e-mail); else the same card (a merged member's card leads to the member
it joined). A row matching an earlier row is skipped as its duplicate; a row matching two
different members (by phone one, by card another) is rejected.

- New member: needs a phone while the database keeps one for every member (its card, if
  given, must be free among all members, as at registration); keeps its card code, else gets
  the next in-store card exactly as registration hands them out (same prefix and sequence
  settings, numbers already taken skipped); joined_on from the file, else today; no welcome
  bonus (the customer is not new to the shop). Points become one ledger lot of kind
  "import", expiring as points earned today would.
- Existing member: skip; fill (only fields the member has empty: e-mail, birthday, gender,
  address, notes); or overwrite (every field the row gives, blanks erase nothing). A card is
  never changed: a row giving another card than the member's is rejected (skipped in skip
  mode). Points are never added to an existing member: the file's balance and the shop's
  may both be right, and the difference is not guessed; the row says so.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, NamedTuple

from sqlalchemy import Connection, bindparam, func, select, text, update
from sqlalchemy.orm import Session

from tokocrm.db.models import Member, PointsEntry, ShopSetting
from tokocrm.db.sessions import Sessions
from tokocrm.domain import cards
from tokocrm.domain.imports import (
    MEMBERS,
    Action,
    ImportResult,
    ImportRow,
    OnDuplicate,
    RowIssue,
    RowOutcome,
    result_of,
)
from tokocrm.domain.loyalty import expiry_date
from tokocrm.domain.members import Gender, MemberStatus
from tokocrm.services.actor import Actor
from tokocrm.services.import_steps import BulkInsert, InsertWithIds, Steps, read_only
from tokocrm.services.loyalty_rules import load_rules
from tokocrm.services.members import CARD_PREFIX_KEY, CARD_SEQUENCE_KEY
from tokocrm.services.points_ledger import Kind
from tokocrm.services.progress import Cancel, Progress

STORED = ("name", "phone", "email", "birthday", "gender", "address", "notes", "joined_on",
          "marketing_consent")
FILLABLE = ("email", "birthday", "gender", "address", "notes")
BATCH = 5_000  # rows per INSERT/UPDATE executemany, between cancel checks
FTS_INSERT_TRIGGER = "member_name_fts_insert"  # SQLite: db/migrations/versions/0003
SQLITE_CACHE_KIB = 65_536
_MEMBER = Member.__table__
_ENTRY = PointsEntry.__table__
_ACTIVE = MemberStatus.ACTIVE.value


def run(sessions: Sessions, actor: Actor, rows: list[ImportRow], on_duplicate: OnDuplicate,
        now: datetime, *, dry_run: bool, progress: Progress | None, cancel: Cancel | None,
        source: str | None = None) -> ImportResult:
    steps = Steps(len(rows) * (1 if dry_run else 2), progress, cancel)
    with sessions() as session:
        read_only(session)
        shop = Shop.load(session)
        plan = Planner(shop, on_duplicate).plan(rows, steps)
    if dry_run:
        steps.finish()
        return result_of(MEMBERS, True, plan.outcomes, plan.points)
    with sessions.begin() as session:
        if _lock_members(session) != shop.token:  # someone changed members meanwhile
            plan = Planner(Shop.load(session), on_duplicate).plan(rows, Steps(0, None, cancel))
        written = _write(session, actor, plan, now, steps, source)
    steps.finish()
    return result_of(MEMBERS, False, plan.outcomes, written)


# -- what the shop has -------------------------------------------------------------------
class Known(NamedTuple):
    id: int
    card: str
    name: str
    phone: str | None
    email: str | None
    status: str
    merged_into_id: int | None


_TOKEN = select(func.count(), func.max(Member.id), func.sum(Member.version))
_KNOWN = select(Member.id, Member.card, Member.name, Member.phone, Member.email, Member.status,
                Member.merged_into_id)


@dataclass
class Shop:
    """The shop's members as the plan sees them: active ones by phone and e-mail, every one
    by card; `token` changes whenever a member is added or changed."""

    token: tuple
    by_phone: dict[str, Known]
    by_email: dict[str, list[Known]]
    by_card: dict[str, Known]
    by_id: dict[int, Known]
    session: Session

    @classmethod
    def load(cls, session: Session) -> Shop:
        by_phone: dict[str, Known] = {}
        by_email: dict[str, list[Known]] = {}
        by_card: dict[str, Known] = {}
        by_id: dict[int, Known] = {}
        for row in session.execute(_KNOWN):
            known = Known(*row)
            by_card[known.card] = by_id[known.id] = known
            if known.status == _ACTIVE:
                if known.phone:
                    by_phone[known.phone] = known
                if known.email:
                    by_email.setdefault(known.email, []).append(known)
        return cls(member_token(session), by_phone, by_email, by_card, by_id, session)

    def card_holder(self, card: str) -> Known | None:
        """The member a card names, following merges to the member kept."""
        holder = self.by_card.get(card)
        seen = set()
        while holder is not None and holder.merged_into_id is not None and holder.id not in seen:
            seen.add(holder.id)
            holder = self.by_id.get(holder.merged_into_id)
        return holder

    def full_rows(self, ids: Sequence[int]) -> dict[int, dict[str, Any]]:
        """Every stored field of these members (those an import may change)."""
        columns = [_MEMBER.c.id, _MEMBER.c.consent_at, *(_MEMBER.c[name] for name in STORED)]
        found: dict[int, dict[str, Any]] = {}
        for chunk in _chunks(list(ids), 500):
            for row in self.session.execute(select(*columns).where(_MEMBER.c.id.in_(chunk))):
                found[row.id] = dict(row._mapping)
        return found


def member_token(session: Session) -> tuple:
    """Changes whenever a member is added or changed (every change bumps its version)."""
    return tuple(session.execute(_TOKEN).one())


def _lock_members(session: Session) -> tuple:
    """Inside the write transaction: keep other writers off the member table until it ends
    (SQLite's BEGIN IMMEDIATE already does; PostgreSQL needs the lock, which still lets the
    counter read members and record purchases), then read the token."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("LOCK TABLE member IN SHARE ROW EXCLUSIVE MODE"))
    return member_token(session)


# -- deciding each row -------------------------------------------------------------------
class Seen(NamedTuple):
    """An accepted row, for the rows after it: its keys and the member it is."""

    row: int
    phone: str | None
    email: str | None
    card: str | None
    member_id: int | None


@dataclass
class Plan:
    outcomes: tuple[RowOutcome, ...]
    creates: list[Mapping[str, Any]]  # new members' cleaned values, file order
    updates: list[tuple[int, dict[str, Any]]]  # (member id, fields to set)
    points: int  # opening points of the new members
    taken_cards: set[str] = field(default_factory=set)  # in the shop or given by the file


class Planner:
    def __init__(self, shop: Shop, mode: OnDuplicate) -> None:
        self.shop, self.mode = shop, mode
        self.phones: dict[str, Seen] = {}
        self.emails: dict[str, Seen] = {}
        self.cards: dict[str, Seen] = {}
        self.members: dict[int, Seen] = {}

    def plan(self, rows: Sequence[ImportRow], steps: Steps) -> Plan:
        decided: list[tuple[ImportRow, RowOutcome]] = []
        for row in rows:
            decided.append((row, self.decide(row)))
            steps.step()
        return self._finish(decided)

    def decide(self, row: ImportRow) -> RowOutcome:
        if row.issues:
            return RowOutcome(row.row, Action.REJECTED, row.issues)
        values = row.values
        phone, email, card = values.get("phone"), values.get("email"), values.get("card")
        earlier = self._in_file(row, phone, email, card)
        if earlier is not None:
            return earlier
        found = self._in_shop(row, phone, email, card)
        if isinstance(found, RowOutcome):
            return found
        if found is not None:
            member, key = found
            outcome = self._existing(row, member, key, card)
            if outcome.action != Action.REJECTED:
                self._remember(row.row, phone, email, card, member.id)
            return outcome
        self._remember(row.row, phone, email, card, None)
        return RowOutcome(row.row, Action.CREATED)

    def _in_file(self, row: ImportRow, phone: Any, email: Any, card: Any) -> RowOutcome | None:
        """The outcome of a row repeating an earlier accepted row, else None."""
        seen, key = None, ""
        if phone is not None and phone in self.phones:
            seen, key = self.phones[phone], "phone"
        if seen is None and email is not None and email in self.emails:
            candidate = self.emails[email]
            if phone is None or candidate.phone is None or candidate.phone == phone:
                seen, key = candidate, "email"
        if seen is None and card is not None and card in self.cards:
            seen, key = self.cards[card], "card"
        if seen is None:
            return None
        other = self.cards.get(card) if card is not None else None
        if other is not None and other is not seen:
            return _conflict(row.row, f"row {seen.row}", key, f"row {other.row}", "card")
        issue = RowIssue(key, "duplicate_in_file", row.values.get(key),
                         params={"first_row": seen.row, "key": key})
        return RowOutcome(row.row, Action.SKIPPED, (issue,), duplicate_of=seen.row)

    def _in_shop(self, row: ImportRow, phone: Any, email: Any, card: Any
                 ) -> tuple[Known, str] | RowOutcome | None:
        """(the shop's member the row is, by which key), a rejection, or None (new)."""
        shop = self.shop
        found: tuple[Known, str] | None = None
        if phone is not None and (member := shop.by_phone.get(phone)) is not None:
            found = member, "phone"
        if found is None and email is not None and email in shop.by_email:
            holders = [h for h in shop.by_email.get(email, ())
                       if phone is None or h.phone is None or h.phone == phone]
            if len(holders) > 1:
                issue = RowIssue("email", "member_ambiguous", email,
                                 params={"count": len(holders), "key": "email"})
                return RowOutcome(row.row, Action.REJECTED, (issue,))
            if holders:
                found = holders[0], "email"
        holder = shop.card_holder(card) if card is not None and card in shop.by_card else None
        if holder is not None and holder.status != _ACTIVE:
            return _card_taken(row.row, card, holder)
        if found is None:
            return (holder, "card") if holder is not None else None
        member, key = found
        if holder is not None and holder.id != member.id:
            return _conflict(row.row, f"member {member.card}", key, f"member {holder.card}",
                             "card")
        return found

    def _existing(self, row: ImportRow, member: Known, key: str, card: Any) -> RowOutcome:
        values = row.values
        earlier = self.members.get(member.id)
        if earlier is not None:
            issue = RowIssue(key, "duplicate_in_file", values.get(key),
                             params={"first_row": earlier.row, "key": key})
            return RowOutcome(row.row, Action.SKIPPED, (issue,), duplicate_of=earlier.row,
                              member_id=member.id)
        who = {"card": member.card, "name": member.name}
        points = values.get("points") or 0
        note = (RowIssue("points", "points_not_added", points, params=who),) if points else ()
        if self.mode == OnDuplicate.SKIP:
            issue = RowIssue(key, "exists", values.get(key), params={**who, "key": key})
            return RowOutcome(row.row, Action.SKIPPED, (issue, *note), member_id=member.id)
        if card is not None and card != member.card and not self._leads_to(card, member):
            issue = RowIssue("card", "card_differs", card, params={**who, "key": key})
            return RowOutcome(row.row, Action.REJECTED, (issue,), member_id=member.id)
        # what changes is known once the member's full row is read (Planner._finish)
        return RowOutcome(row.row, Action.UPDATED, note, member_id=member.id)

    def _leads_to(self, card: str, member: Known) -> bool:
        """Whether `card` is one of the member's: a merged record's card is."""
        holder = self.shop.card_holder(card) if card in self.shop.by_card else None
        return holder is not None and holder.id == member.id

    def _remember(self, number: int, phone: Any, email: Any, card: Any,
                  member_id: int | None) -> None:
        seen = Seen(number, phone, email, card, member_id)
        if phone is not None:
            self.phones.setdefault(phone, seen)
        if email is not None:
            self.emails.setdefault(email, seen)
        if card is not None:
            self.cards.setdefault(card, seen)
        if member_id is not None:
            self.members[member_id] = seen

    def _finish(self, decided: list[tuple[ImportRow, RowOutcome]]) -> Plan:
        """The updates' changes against the members' stored fields (an update that changes
        nothing is a skip), and the rows to insert."""
        ids = [o.member_id for _, o in decided if o.action == Action.UPDATED and o.member_id]
        stored = self.shop.full_rows(ids)
        outcomes, creates, updates, points = [], [], [], 0
        for row, outcome in decided:
            if outcome.action == Action.CREATED:
                creates.append(row.values)
                points += row.values.get("points") or 0
            elif outcome.action == Action.UPDATED and outcome.member_id is not None:
                member = stored[outcome.member_id]
                changes = changes_for(member, row.values, self.mode)
                if changes:
                    outcome = _with(outcome, changed=tuple(changes))
                    updates.append((outcome.member_id, {**member, **changes}))
                else:
                    who = {"card": self.shop.by_id[outcome.member_id].card,
                           "name": member["name"]}
                    outcome = _with(outcome, action=Action.SKIPPED, issues=(
                        RowIssue("member", "unchanged", params=who), *outcome.issues))
            outcomes.append(outcome)
        taken = set(self.shop.by_card) | {c["card"] for c in creates if c.get("card")}
        return Plan(tuple(outcomes), creates, updates, points, taken)


def changes_for(member: dict[str, Any], values: dict[str, Any] | Any, mode: OnDuplicate
                ) -> dict[str, Any]:
    """The stored fields the row changes: fill sets only empty ones, overwrite every one the
    row gives a different value for."""
    changes: dict[str, Any] = {}
    names = FILLABLE if mode == OnDuplicate.FILL else STORED
    for name in names:
        value = _stored_value(name, values.get(name))
        if value is None or value == member[name]:
            continue
        if mode == OnDuplicate.FILL and member[name] is not None:
            continue
        changes[name] = value
    return changes


def _stored_value(name: str, value: Any) -> Any:
    if name == "gender" and value is not None:
        return _GENDERS.get(value, value)
    return value


_GENDERS = {gender: gender.value for gender in Gender}


def _with(outcome: RowOutcome, **changes: Any) -> RowOutcome:
    fields = {name: getattr(outcome, name) for name in RowOutcome.__slots__}
    return RowOutcome(**(fields | changes))


def _conflict(number: int, first: str, first_key: str, second: str, second_key: str
              ) -> RowOutcome:
    issue = RowIssue(second_key, "conflict", params={
        "first": first, "first_key": first_key, "second": second, "second_key": second_key})
    return RowOutcome(number, Action.REJECTED, (issue,))


def _card_taken(number: int, card: str, holder: Known) -> RowOutcome:
    issue = RowIssue("card", "card_taken", card,
                     params={"card": holder.card, "name": holder.name})
    return RowOutcome(number, Action.REJECTED, (issue,))


# -- writing -----------------------------------------------------------------------------
def _write(session: Session, actor: Actor, plan: Plan, now: datetime, steps: Steps,
           source: str | None) -> int:
    """Insert the new members (with their opening lots) and update the others. Returns the
    opening points written."""
    connection = session.connection()
    new_cards = _allocate_cards(session, plan)
    before = connection.scalar(select(func.coalesce(func.max(Member.id), 0)))
    insert_members = InsertWithIds(connection, _MEMBER, NEW_MEMBER_KEYS)
    ids: list[int] = []
    with bulk_sqlite(connection, before):
        for start in range(0, len(plan.creates), BATCH):
            chunk = zip(plan.creates[start:start + BATCH], new_cards[start:start + BATCH],
                        strict=True)
            rows = [_member_row(values, card, now) for values, card in chunk]
            ids += insert_members(rows)
            steps.step(len(rows))
    points = _write_lots(session, actor, plan, ids, now, source)
    for chunk in _chunks(plan.updates, BATCH):
        connection.execute(_UPDATE, [_update_row(member_id, fields, now)
                                     for member_id, fields in chunk])
        steps.step(len(chunk))
    return points


@contextmanager
def bulk_sqlite(connection: Connection, before: int) -> Iterator[None]:
    """On SQLite, new members' names go into the name search index (FTS5) in one statement
    after the rows, not through the insert trigger row by row (6 s instead of 0.4 s for
    100,000 names), with a 64 MB page cache meanwhile. The trigger is dropped and made again
    from its own SQL inside the transaction: an error or a cancel brings it back with the
    rollback, and no other connection ever sees it missing."""
    if connection.dialect.name != "sqlite":
        yield
        return
    trigger = connection.exec_driver_sql(
        "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?",
        (FTS_INSERT_TRIGGER,)).scalar()
    cache = connection.exec_driver_sql("PRAGMA cache_size").scalar()
    connection.exec_driver_sql(f"PRAGMA cache_size = -{SQLITE_CACHE_KIB}")
    try:
        if trigger is not None:
            connection.exec_driver_sql(f"DROP TRIGGER {FTS_INSERT_TRIGGER}")
        yield
        if trigger is not None:
            connection.exec_driver_sql(
                "INSERT INTO member_name_fts(rowid, name) SELECT id, name FROM member "
                "WHERE id > ?", (before,))
            connection.exec_driver_sql(trigger)
    finally:
        connection.exec_driver_sql(f"PRAGMA cache_size = {int(cache)}")


NEW_MEMBER_KEYS = ("card", "name", "phone", "email", "birthday", "gender", "address", "notes",
                   "joined_on", "marketing_consent", "consent_at", "status", "created_at",
                   "updated_at", "version")
LOT_KEYS = ("member_id", "points", "kind", "reason", "expires_on", "created_by", "created_at")


def _member_row(values: Mapping[str, Any], card: str, now: datetime) -> tuple[Any, ...]:
    """A new member's columns in NEW_MEMBER_KEYS order."""
    consent = bool(values.get("marketing_consent"))
    gender = values.get("gender")
    return (card, values["name"], values.get("phone"), values.get("email"),
            values.get("birthday"), None if gender is None else _GENDERS.get(gender, gender),
            values.get("address"), values.get("notes"), values.get("joined_on") or now.date(),
            consent, now if consent else None, values.get("status") or _ACTIVE, now, now, 1)


def _write_lots(session: Session, actor: Actor, plan: Plan, ids: list[int], now: datetime,
                source: str | None) -> int:
    """The new members' opening balances, one "import" lot each; returns their sum."""
    expires_on = expiry_date(now.date(), load_rules(session))
    reason = f"opening balance imported from {source}" if source else "opening balance imported"
    lots = [(member_id, points, Kind.IMPORT, reason, expires_on, actor.username, now)
            for values, member_id in zip(plan.creates, ids, strict=True)
            if (points := values.get("points") or 0)]
    insert_lots = BulkInsert(session.connection(), _ENTRY, LOT_KEYS)
    for chunk in _chunks(lots, BATCH):
        insert_lots(chunk)
    return sum(lot[1] for lot in lots)


_UPDATE = (update(_MEMBER).where(_MEMBER.c.id == bindparam("_id"))
           .values(**{name: bindparam(f"_{name}") for name in STORED},
                   consent_at=bindparam("_consent_at"), updated_at=bindparam("_updated_at"),
                   version=_MEMBER.c.version + 1))


def _update_row(member_id: int, fields: dict[str, Any], now: datetime) -> dict[str, Any]:
    row = {f"_{name}": fields[name] for name in STORED}
    consent_at = fields["consent_at"]
    if fields["marketing_consent"] and consent_at is None:
        consent_at = now
    return row | {"_id": member_id, "_consent_at": consent_at, "_updated_at": now}


def _allocate_cards(session: Session, plan: Plan) -> list[str]:
    """Each new member's card: the file's, else the next in-store number, as registration
    gives them (services.members: the shop's prefix and sequence, taken numbers skipped)."""
    wanted = sum(1 for create in plan.creates if not create.get("card"))
    if not wanted:
        return [create["card"] for create in plan.creates]
    prefix = _setting(session, CARD_PREFIX_KEY, cards.DEFAULT_PREFIX)
    key = f"{CARD_SEQUENCE_KEY}:{prefix}"
    sequence = int(_setting(session, key, 1))
    fresh = []
    while len(fresh) < wanted:
        card = cards.new_card_number(prefix, sequence)
        sequence += 1
        if card not in plan.taken_cards:
            fresh.append(card)
    session.merge(ShopSetting(key=key, value=sequence))
    session.flush()
    numbers = iter(fresh)
    return [create.get("card") or next(numbers) for create in plan.creates]


def _setting(session: Session, key: str, default: Any) -> Any:
    row = session.get(ShopSetting, key)
    return default if row is None else row.value


def _chunks(items: Sequence[Any], size: int) -> Iterator[Sequence[Any]]:
    for start in range(0, len(items), size):
        yield items[start:start + size]
