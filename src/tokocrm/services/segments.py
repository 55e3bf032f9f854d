"""Segments as of a day: every active member's lifecycle segment and flags, counted for the
dashboard and `tokocrm segments`, one member's for the counter and profile. The owner's
thresholds are one shop setting, shared by every counter."""

from __future__ import annotations

from collections import Counter
from dataclasses import asdict, dataclass, field
from datetime import date

from sqlalchemy.orm import Session

from tokocrm.db.models import ShopSetting
from tokocrm.db.retry import retries_conflicts
from tokocrm.db.sessions import Sessions
from tokocrm.domain.errors import Cancelled
from tokocrm.domain.roles import Permission
from tokocrm.domain.segments import (
    Flag,
    History,
    Segment,
    SegmentRules,
    flags,
    high_value_floor,
    segment,
)
from tokocrm.services import segment_queries
from tokocrm.services.actor import Actor, require
from tokocrm.services.clock import Clock, local_now
from tokocrm.services.progress import Cancel, Progress
from tokocrm.services.shop_settings import set_setting

RULES_KEY = "segment_rules"
FLOOR_KEY = "segment_high_value_floor"  # from the last full run: the counter can't sort 100k
STEP = 5_000  # members between progress reports and cancel checks


@dataclass(frozen=True)
class MemberSegment:
    segment: Segment
    flags: frozenset[Flag]
    history: History


@dataclass(frozen=True)
class SegmentRun:
    """Every active member's segment and flags as of a day."""

    as_of: date
    rules: SegmentRules
    high_value_floor: int | None  # the least 12-month spend that is high value
    members: dict[int, tuple[Segment, frozenset[Flag]]] = field(repr=False)
    flags_computed: frozenset[Flag] = frozenset(Flag)

    def counts(self) -> dict[Segment, int]:
        found = Counter(s for s, _ in self.members.values())
        return {s: found[s] for s in Segment}

    def flag_counts(self) -> dict[Flag, int]:
        found = Counter(f for _, fs in self.members.values() for f in fs)
        return {f: found[f] for f in Flag if f in self.flags_computed}

    def member_ids(self, group: Segment | Flag) -> list[int]:
        if isinstance(group, Segment):
            return [m for m, (s, _) in self.members.items() if s == group]
        return [m for m, (_, fs) in self.members.items() if group in fs]


@retries_conflicts
class SegmentService:
    def __init__(self, sessions: Sessions, clock: Clock = local_now) -> None:
        self._sessions = sessions
        self._clock = clock

    def rules(self, actor: Actor) -> SegmentRules:
        require(actor, Permission.READ_SETTINGS)
        with self._sessions() as session:
            return load_rules(session)

    def set_rules(self, actor: Actor, rules: SegmentRules) -> None:
        require(actor, Permission.CHANGE_SETTINGS)
        with self._sessions.begin() as session:
            set_setting(session, actor, self._clock(), RULES_KEY, asdict(rules))

    def compute(self, actor: Actor, as_of: date | None = None, progress: Progress | None = None,
                cancel: Cancel | None = None, recurring: bool = True) -> SegmentRun:
        """Every active member's segment as of the end of `as_of` (default today). Members
        who joined later are left out. Remembers the high-value floor for the counter.
        Without `recurring` that flag is not computed: the gaps between purchases it needs
        are most of the work (a window over every purchase), and the dashboard shows none."""
        require(actor, Permission.VIEW_REPORTS)
        as_of = as_of or self._clock().date()
        with self._sessions() as session:
            rules = load_rules(session)
            found = _histories(session, as_of, progress, cancel, recurring)
        floor = high_value_floor((h.spend_12m for h in found.values()), rules)
        members = {}
        for member_id, history in found.items():
            kind = segment(history, as_of, rules)
            members[member_id] = kind, flags(history, kind, floor, rules)
        if as_of == self._clock().date():
            with self._sessions.begin() as session:
                session.merge(ShopSetting(key=FLOOR_KEY, value=floor))
        computed = frozenset(Flag) if recurring else frozenset({Flag.HIGH_VALUE})
        return SegmentRun(as_of, rules, floor, members, computed)

    def of_member(self, actor: Actor, member_id: int) -> MemberSegment | None:
        """The member's segment today (None for an inactive or merged member). High value
        is judged against the floor of the last full run (none before the first)."""
        require(actor, Permission.READ_MEMBERS)
        today = self._clock().date()
        with self._sessions() as session:
            rules = load_rules(session)
            found = dict(segment_queries.histories(session, today, member_id))
            row = session.get(ShopSetting, FLOOR_KEY)
        if member_id not in found:
            return None
        history = found[member_id]
        kind = segment(history, today, rules)
        return MemberSegment(kind, flags(history, kind, row and row.value, rules), history)


def load_rules(session: Session) -> SegmentRules:
    row = session.get(ShopSetting, RULES_KEY)
    return SegmentRules() if row is None else SegmentRules(**row.value)


def _histories(session: Session, as_of: date, progress: Progress | None,
               cancel: Cancel | None, gaps: bool) -> dict[int, History]:
    total = segment_queries.active_members(session, as_of) if progress else 0
    found: dict[int, History] = {}
    for member_id, history in segment_queries.histories(session, as_of, gaps=gaps):
        found[member_id] = history
        if len(found) % STEP == 0:
            if cancel is not None and cancel():
                raise Cancelled()
            if progress is not None:
                progress(len(found), total)
    if progress is not None:
        progress(len(found), max(total, len(found)))
    return found
