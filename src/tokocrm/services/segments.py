"""Segments as of a day: every active member's lifecycle segment and flags, counted for the
dashboard and `tokocrm segments`, one member's for the counter and profile. The owner's
thresholds are one shop setting, shared by every counter."""

from __future__ import annotations

import functools
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
    flag_set,
    flags,
    high_value_floor,
    is_high_value,
    is_recurring,
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
        Without `recurring` that flag is not computed: for a past day the gaps between
        purchases it needs are most of the work (a window over every purchase), and the
        dashboard shows none."""
        require(actor, Permission.VIEW_REPORTS)
        as_of = as_of or self._clock().date()
        with self._sessions() as session:
            rules = load_rules(session)
            sorting = _Sorting(as_of, rules, recurring)
            sorting.read(session, progress, cancel)
            kept = session.get(ShopSetting, FLOOR_KEY)
        floor = high_value_floor(sorting.spends.values(), rules)
        sorting.mark_high_value(floor)
        if as_of == self._clock().date() and (kept is None or kept.value != floor):
            with self._sessions.begin() as session:
                session.merge(ShopSetting(key=FLOOR_KEY, value=floor))
        computed = frozenset(Flag) if recurring else frozenset({Flag.HIGH_VALUE})
        return SegmentRun(as_of, rules, floor, sorting.members, computed)

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


class _Sorting:
    """Each member's segment and recurring flag as the histories stream past; the high-value
    flag once every 12-month spend is known (the floor is a share of them all). A member
    keeps one shared answer and their spend, no objects of their own: 100,000 objects kept
    alive make Python's garbage collector walk the whole heap again and again (a quarter of
    a run at a large shop)."""

    def __init__(self, as_of: date, rules: SegmentRules, recurring: bool) -> None:
        self.as_of, self.rules, self.recurring = as_of, rules, recurring
        self.spends: dict[int, int] = {}
        self.members: dict[int, tuple[Segment, frozenset[Flag]]] = {}

    def read(self, session: Session, progress: Progress | None, cancel: Cancel | None) -> None:
        total = segment_queries.active_members(session, self.as_of) if progress else 0
        as_of, rules, recurring = self.as_of, self.rules, self.recurring
        found = segment_queries.histories(session, as_of, gaps=recurring)
        for done, (member_id, history) in enumerate(found, start=1):
            kind = segment(history, as_of, rules)
            answer = kind, flag_set(False, recurring and is_recurring(history, kind, rules))
            self.members[member_id] = _shared(answer)
            self.spends[member_id] = history.spend_12m
            if done % STEP == 0:
                if cancel is not None and cancel():
                    raise Cancelled()
                if progress is not None:
                    progress(done, total)
        if progress is not None:
            progress(len(self.members), max(total, len(self.members)))

    def mark_high_value(self, floor: int | None) -> None:
        for member_id, spend in self.spends.items():
            if is_high_value(spend, floor):
                kind, found = self.members[member_id]
                self.members[member_id] = _shared((kind, flag_set(True, Flag.RECURRING in found)))


@functools.cache
def _shared(answer: tuple) -> tuple:
    """The one tuple for an answer (6 segments, 4 sets of flags): equal sets of flags made
    anew are shared too."""
    return answer
