"""Members: register, look up, edit, merge duplicates."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from tokocrm.db.models import Member, Purchase, ShopSetting
from tokocrm.db.queries import members as queries
from tokocrm.db.retry import retries_conflicts
from tokocrm.db.sessions import Sessions
from tokocrm.domain import cards, members, phone
from tokocrm.domain.audit import AuditAction
from tokocrm.domain.errors import (
    DuplicateCard,
    DuplicatePhone,
    InvalidField,
    MergeRefused,
    NotFound,
    StaleEdit,
)
from tokocrm.domain.loyalty import expiry_date
from tokocrm.domain.members import Gender, MemberStatus
from tokocrm.domain.roles import Permission
from tokocrm.services import audit, purchase_summary
from tokocrm.services import points_ledger as ledger
from tokocrm.services.actor import Actor, require
from tokocrm.services.clock import Clock, local_now
from tokocrm.services.dto import MemberDetail, MemberInput, MemberRow
from tokocrm.services.loyalty_rules import load_rules
from tokocrm.services.member_search import find_ids
from tokocrm.services.points_ledger import Kind

CARD_PREFIX_KEY = "card_prefix"
CARD_SEQUENCE_KEY = "card_next_sequence"
COUNTER_LIMIT = 20
EDITABLE = ("name", "phone", "email", "birthday", "gender", "address", "notes",
            "referred_by_id", "marketing_consent", "status")


@retries_conflicts
class MemberService:
    def __init__(self, sessions: Sessions, clock: Clock = local_now) -> None:
        self._sessions = sessions
        self._clock = clock

    # -- looking up ------------------------------------------------------------------------
    def find(self, actor: Actor, query: str, limit: int = COUNTER_LIMIT) -> list[MemberRow]:
        """The counter's search: card, else phone, else part of a name."""
        require(actor, Permission.READ_MEMBERS)
        with self._sessions() as session:
            ids = find_ids(session, query, limit)
            return [to_row(m) for m in queries.rows_by_ids(session, ids)]

    def search_ids(self, actor: Actor, query: str = "", sort: str = "name",
                   descending: bool = False) -> list[int]:
        """Every matching member id in display order, for the members table."""
        require(actor, Permission.READ_MEMBERS)
        with self._sessions() as session:
            return find_ids(session, query, None, queries.sort_order(sort, descending))

    def rows_by_ids(self, actor: Actor, ids: list[int]) -> list[MemberRow]:
        require(actor, Permission.READ_MEMBERS)
        with self._sessions() as session:
            return [to_row(m) for m in queries.rows_by_ids(session, ids)]

    def get(self, actor: Actor, member_id: int) -> MemberDetail:
        require(actor, Permission.READ_MEMBERS)
        with self._sessions() as session:
            return to_detail(_member(session, member_id))

    def resolve(self, actor: Actor, card_or_phone: str) -> MemberDetail:
        """The one member a card number or phone names (for the command line and a POS)."""
        require(actor, Permission.READ_MEMBERS)
        with self._sessions() as session:
            found = _resolve(session, card_or_phone)
            if found is None:
                raise NotFound(thing="member with card or phone", key=card_or_phone)
            return to_detail(found)

    def count(self, actor: Actor) -> int:
        require(actor, Permission.READ_MEMBERS)
        with self._sessions() as session:
            return session.scalar(select(func.count()).where(Member.status != "merged")) or 0

    # -- registering and editing -----------------------------------------------------------
    def register(self, actor: Actor, data: MemberInput) -> MemberDetail:
        require(actor, Permission.REGISTER_MEMBER)
        now = self._clock()
        fields = _clean(data, now)
        try:
            with self._sessions.begin() as session:
                member = self._insert(session, fields, data, now)
                return to_detail(member)
        except IntegrityError:  # another till registered the same phone or card meanwhile
            with self._sessions() as session:
                _refuse_duplicates(session, fields["phone"], data.card and fields["card"])
            raise

    def update(self, actor: Actor, member_id: int, changes: dict[str, Any],
               expected_version: int) -> MemberDetail:
        """Change some fields; refused if someone else saved the member since it was read."""
        require(actor, Permission.EDIT_MEMBER)
        unknown = set(changes) - set(EDITABLE)
        if unknown:
            raise InvalidField(field=", ".join(sorted(unknown)), value="",
                               reason="not_editable")
        now = self._clock()
        try:
            with self._sessions.begin() as session:
                member = _member(session, member_id)
                if member.erased_at is not None:  # nothing personal may come back
                    raise InvalidField(field="member", value=member.card, reason="erased")
                if member.version != expected_version:
                    raise StaleEdit(thing=f"member {member.card}")
                before = {name: getattr(member, name) for name in changes}
                _apply(session, member, changes, now)
                _audit_edit(session, actor, member, before, now)
                session.flush()
                return to_detail(member)
        except StaleDataError as error:
            raise StaleEdit(thing=f"member {member_id}") from error

    def merge(self, actor: Actor, keep_id: int, other_id: int) -> MemberDetail:
        """Fold `other` into `keep`: its purchases and referrals move, blanks are filled, and
        its record stays, marked merged, so its card keeps finding `keep`."""
        require(actor, Permission.MERGE_MEMBERS)
        if keep_id == other_id:
            raise MergeRefused(reason="a member cannot be merged with itself")
        with self._sessions.begin() as session:
            # Both locked before anything moves, in one order everywhere (no deadlock): a sale
            # to either member finishes first, and none starts while their history moves.
            for member_id in sorted((keep_id, other_id)):
                ledger.lock_member(session, member_id)
            keep, other = _member(session, keep_id), _member(session, other_id)
            for m in (keep, other):
                if m.status == MemberStatus.MERGED:
                    raise MergeRefused(reason=f"{m.card} was already merged into another member")
                if m.erased_at is not None:  # as the kept one it would take on personal data
                    raise MergeRefused(reason=f"{m.card} was erased on the customer's request")
            _move_history(session, keep, other)
            _move_points(session, keep, other, actor.username, self._clock())
            _fill_blanks(keep, other)
            other.status, other.merged_into_id = MemberStatus.MERGED, keep.id
            other.updated_at = keep.updated_at = self._clock()
            audit.record(session, actor, self._clock(), AuditAction.MEMBERS_MERGED,
                         f"member {keep.id}", kept=keep.card, merged=other.card)
            session.flush()
            return to_detail(keep)

    def _insert(self, session: Session, fields: dict[str, Any], data: MemberInput,
                now: datetime) -> Member:
        _refuse_duplicates(session, fields["phone"], fields.get("card"))
        if data.referrer and data.referrer.strip():
            referrer = _resolve(session, data.referrer)
            if referrer is None:
                raise InvalidField(field="referred_by", value=data.referrer, reason="unknown")
            fields["referred_by_id"] = referrer.id
        elif fields.get("referred_by_id") is not None:
            _member(session, fields["referred_by_id"])
        card = fields.pop("card", None) or _next_card(session)
        member = Member(card=card, joined_on=data.joined_on or now.date(), created_at=now,
                        updated_at=now, status=MemberStatus.ACTIVE, **fields)
        member.consent_at = now if member.marketing_consent else None
        session.add(member)
        session.flush()
        _welcome(session, member, now)
        return member


# -- helpers -------------------------------------------------------------------------------
def to_row(member: Member) -> MemberRow:
    return MemberRow(id=member.id, card=member.card, name=member.name, phone=member.phone,
                     status=member.status, joined_on=member.joined_on, email=member.email)


def to_detail(member: Member) -> MemberDetail:
    return MemberDetail(
        id=member.id, card=member.card, name=member.name, phone=member.phone,
        email=member.email, birthday=member.birthday,
        gender=Gender(member.gender) if member.gender else None, address=member.address,
        notes=member.notes, joined_on=member.joined_on, referred_by_id=member.referred_by_id,
        marketing_consent=member.marketing_consent, consent_at=member.consent_at,
        status=member.status, merged_into_id=member.merged_into_id, version=member.version,
        erased_at=member.erased_at)


def _member(session: Session, member_id: int) -> Member:
    member = session.get(Member, member_id)
    if member is None:
        raise NotFound(thing="member", key=member_id)
    return member


def _resolve(session: Session, text: str) -> Member | None:
    if cards.looks_like_card(text):
        found = queries.by_card(session, cards.normalize_card(text))
        if found is not None:
            return found
    e164 = phone.parse_mobile(text)
    matches = queries.by_phone(session, e164) if e164 else []
    return matches[0] if matches else None


def _clean(data: MemberInput, now: datetime) -> dict[str, Any]:
    fields = {
        "name": members.clean_name(data.name),
        "phone": phone.optional_mobile(data.phone),
        "email": members.clean_email(data.email),
        "birthday": members.check_birthday(data.birthday, now.date()),
        "gender": data.gender.value if data.gender else None,
        "address": members.optional_text(data.address, "address"),
        "notes": members.optional_text(data.notes, "notes"),
        "referred_by_id": data.referred_by_id,
        "marketing_consent": data.marketing_consent,
    }
    if data.card:
        fields["card"] = cards.normalize_card(data.card)
    return fields


def _refuse_duplicates(session: Session, e164: str | None, card: str | None,
                       exclude_id: int | None = None) -> None:
    existing = queries.active_with_phone(session, e164, exclude_id) if e164 else None
    if existing is not None:
        raise DuplicatePhone(phone=phone.format_local(e164), name=existing.name,
                             card=existing.card, member_id=existing.id)
    if card:
        holder = session.scalar(select(Member).where(Member.card == card))
        if holder is not None:
            raise DuplicateCard(card=card, name=holder.name)


def _next_card(session: Session) -> str:
    prefix = _setting(session, CARD_PREFIX_KEY, cards.DEFAULT_PREFIX)
    key = f"{CARD_SEQUENCE_KEY}:{prefix}"
    sequence = int(_setting(session, key, 1))
    while True:  # skip numbers an imported card already took
        card = cards.new_card_number(prefix, sequence)
        sequence += 1
        if session.scalar(select(Member.id).where(Member.card == card)) is None:
            break
    session.merge(ShopSetting(key=key, value=sequence))
    return card


def _setting(session: Session, key: str, default: Any) -> Any:
    row = session.get(ShopSetting, key)
    return default if row is None else row.value


def _audit_edit(session: Session, actor: Actor, member: Member, before: dict[str, Any],
                now: datetime) -> None:
    """Old and new values of what really changed; a save that changed nothing is no event."""
    changed = {name: old for name, old in before.items() if getattr(member, name) != old}
    if changed:
        audit.record(session, actor, now, AuditAction.MEMBER_EDITED, f"member {member.id}",
                     card=member.card, old=changed,
                     new={name: getattr(member, name) for name in changed})


def _apply(session: Session, member: Member, changes: dict[str, Any], now: datetime) -> None:
    cleaned = _clean_changes(member, changes, now)
    active_after = cleaned.get("status", member.status) == MemberStatus.ACTIVE
    if active_after and ("phone" in cleaned or "status" in cleaned):
        _refuse_duplicates(session, cleaned.get("phone", member.phone), None, member.id)
    if cleaned.get("referred_by_id") == member.id:
        raise InvalidField(field="referred_by", value=member.card, reason="self_reference")
    if cleaned.get("marketing_consent") and not member.marketing_consent:
        member.consent_at = now
    for name, value in cleaned.items():
        setattr(member, name, value)
    member.updated_at = now


def _clean_changes(member: Member, changes: dict[str, Any], now: datetime) -> dict[str, Any]:
    base = to_detail(member)
    merged = replace(MemberInput(name=base.name, phone=base.phone), **{
        k: v for k, v in changes.items() if k in MemberInput.__dataclass_fields__})
    cleaned = {k: v for k, v in _clean(merged, now).items() if k in changes}
    if "status" in changes:
        status = changes["status"]
        if status not in (MemberStatus.ACTIVE, MemberStatus.INACTIVE):
            raise InvalidField(field="status", value=status, reason="bad_status")
        cleaned["status"] = MemberStatus(status).value
    return cleaned


def _move_history(session: Session, keep: Member, other: Member) -> None:
    session.execute(update(Purchase).where(Purchase.member_id == other.id)
                    .values(member_id=keep.id))
    purchase_summary.refresh(session, [keep.id, other.id])
    session.execute(update(Member).where(Member.referred_by_id == other.id, Member.id != keep.id)
                    .values(referred_by_id=keep.id))
    session.execute(update(Member).where(Member.merged_into_id == other.id)
                    .values(merged_into_id=keep.id))
    if keep.referred_by_id == other.id:
        keep.referred_by_id = other.referred_by_id if other.referred_by_id != keep.id else None


def _welcome(session: Session, member: Member, now: datetime) -> None:
    rules = load_rules(session)
    if rules.welcome_bonus > 0:
        ledger.credit(session, member.id, rules.welcome_bonus, Kind.WELCOME, by="system", at=now,
                      expires_on=expiry_date(now.date(), rules), bonus_key=f"welcome:{member.id}")


def _move_points(session: Session, keep: Member, other: Member, by: str, now: datetime) -> None:
    """The ledger is append-only, so points move as a pair of entries per lot: out of the
    merged record, into the kept one with the same expiry. A debt moves the same way. The
    caller holds both members' locks."""
    reason = f"merged {other.card} into {keep.card}"
    for lot in ledger.open_lots(session, other.id):
        ledger.debit(session, other.id, lot.remaining, Kind.MERGE_OUT, by=by, at=now,
                     lots=[lot], reason=reason)
        ledger.credit(session, keep.id, lot.remaining, Kind.MERGE_IN, by=by, at=now,
                      expires_on=lot.expires_on, reason=reason)
    debt = -ledger.balance(session, other.id)
    if debt > 0:
        ledger.credit(session, other.id, debt, Kind.MERGE_OUT, by=by, at=now, expires_on=None,
                      reason=reason)
        ledger.debit(session, keep.id, debt, Kind.MERGE_IN, by=by, at=now, reason=reason)


def _fill_blanks(keep: Member, other: Member) -> None:
    """Nothing the shop knew about the customer is lost: keep's empty fields take other's."""
    for name in ("email", "birthday", "gender", "address", "referred_by_id"):
        if getattr(keep, name) is None and getattr(other, name) not in (None, keep.id):
            setattr(keep, name, getattr(other, name))
    if other.notes and other.notes != keep.notes:
        keep.notes = "\n".join(filter(None, [keep.notes, other.notes]))
    keep.joined_on = min(keep.joined_on, other.joined_on)
