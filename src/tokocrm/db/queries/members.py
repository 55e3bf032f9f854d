"""How the counter and the members page find members, on SQLite and PostgreSQL alike."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import case, func, literal_column, select, text
from sqlalchemy.orm import Session

from tokocrm.db.models import Member

MIN_TRIGRAM = 3  # FTS5's trigram index answers fragments of three letters and more
SORT_COLUMNS = {
    "card": Member.card, "name": Member.name, "phone": Member.phone,
    "joined_on": Member.joined_on, "status": Member.status, "email": Member.email,
}
_LISTED = Member.status != "merged"


def by_card(session: Session, card: str) -> Member | None:
    """The member a card belongs to; a merged record's card leads to the member it joined."""
    member = session.scalar(select(Member).where(Member.card == card))
    while member is not None and member.merged_into_id is not None:
        member = session.get(Member, member.merged_into_id)
    return member


def by_phone(session: Session, phone: str) -> list[Member]:
    order = case((Member.status == "active", 0), else_=1)
    return list(session.scalars(select(Member).where(Member.phone == phone, _LISTED)
                                .order_by(order, Member.id)))


def active_with_phone(session: Session, phone: str, exclude_id: int | None = None) -> Member | None:
    query = select(Member).where(Member.phone == phone, Member.status == "active")
    if exclude_id is not None:
        query = query.where(Member.id != exclude_id)
    return session.scalar(query)


def prefix_ids(session: Session, column, prefix: str, limit: int | None) -> list[int]:
    """Members whose column starts with prefix, as an index range: prefix up to the next
    character ("0819" .. "081:"). That holds in byte order only; a PostgreSQL database sorts
    text by its language's rules, so there the range is compared in the "C" collation, which
    migration 0011's indexes serve."""
    if session.get_bind().dialect.name == "postgresql":
        column = column.collate("C")
    upper = prefix[:-1] + chr(ord(prefix[-1]) + 1)
    query = (select(Member.id).where(column >= prefix, column < upper, _LISTED)
             .order_by(column).limit(limit))
    return list(session.scalars(query))


def name_ids(session: Session, fragment: str, limit: int | None,
             order: Sequence = ()) -> list[int]:
    """Members with `fragment` in any word of their name, case-insensitive; names that start
    with it first, then words that start with it, then the rest."""
    fragment = " ".join(fragment.lower().split())
    # SQLite's LIKE already ignores ASCII case and its lower() folds only ASCII, so there
    # lower() would only cost time: twice per matching member (~0.4 ms per 1,000 matches).
    sqlite = session.get_bind().dialect.name == "sqlite"
    lowered = Member.name if sqlite else func.lower(Member.name)
    rank = case((lowered.like(_escape(fragment) + "%", escape="\\"), 0),
                (lowered.like("% " + _escape(fragment) + "%", escape="\\"), 1), else_=2)
    # Every erased member bears the same placeholder name (domain.privacy.ERASED_NAME); kept
    # in, a search for "era" or "mem" would list them ahead of the customer looked for. Free
    # on the trigram path, which reads each matching row anyway.
    query = select(Member.id).where(_LISTED, Member.erased_at.is_(None),
                                    _name_filter(session, fragment))
    query = query.order_by(*(order or (rank, Member.name, Member.id))).limit(limit)
    return list(session.scalars(query))


def listed_ids(session: Session, order: Sequence, limit: int | None = None) -> list[int]:
    return list(session.scalars(select(Member.id).where(_LISTED).order_by(*order).limit(limit)))


def rows_by_ids(session: Session, ids: Sequence[int]) -> list[Member]:
    """Members for these ids, in the order of the ids."""
    found = {m.id: m for m in session.scalars(select(Member).where(Member.id.in_(ids)))}
    return [found[i] for i in ids if i in found]


def _name_filter(session: Session, fragment: str):
    if session.get_bind().dialect.name == "sqlite" and len(fragment) >= MIN_TRIGRAM:
        phrase = '"' + fragment.replace('"', '""') + '"'
        matches = text("SELECT rowid FROM member_name_fts WHERE member_name_fts MATCH :phrase")
        return Member.id.in_(matches.bindparams(phrase=phrase).columns(
            literal_column("rowid")))
    return func.lower(Member.name).like("%" + _escape(fragment) + "%", escape="\\")


def _escape(fragment: str) -> str:
    return fragment.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def sort_order(key: str, descending: bool) -> list:
    column = SORT_COLUMNS.get(key, Member.name)
    return [column.desc() if descending else column.asc(), Member.id]


