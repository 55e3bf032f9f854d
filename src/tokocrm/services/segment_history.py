"""The segment mix at past month-ends, and each month's revenue by the segment its buyers were
in at the month's end, for the dashboard's bars.

A month-end takes a full pass over the purchases (a second at 100,000 members), and a past one
rarely changes, so each is kept as a shop setting with a fingerprint of what it was computed
from: the thresholds, the purchases up to that day (how many, the last id), the voids anywhere
(how many, the last time) and the active members who had joined. When any of these changed
(a back-dated purchase, an imported history, a void, a member made inactive) it is computed
again."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable
from dataclasses import asdict, dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from tokocrm.db.models import Member, Purchase, ShopSetting
from tokocrm.domain.members import MemberStatus
from tokocrm.domain.segments import Segment, SegmentRules, segment
from tokocrm.services import segment_queries
from tokocrm.services.clock import end_of_day

KEY = "segment_mix:"


@dataclass(frozen=True)
class MonthMix:
    month_end: date
    counts: dict[Segment, int]
    revenue: dict[Segment, int]  # Rupiah bought in the month, by the buyer's segment at its end


def month_ends(as_of: date, months: int) -> list[date]:
    """The last `months` month-ends up to `as_of` (itself included if it is one), oldest
    first."""
    ends, day = [], as_of + timedelta(days=1)
    day = day.replace(day=1) - timedelta(days=1)  # the last month-end on or before as_of
    for _ in range(months):
        ends.append(day)
        day = day.replace(day=1) - timedelta(days=1)
    return ends[::-1]


def month_mixes(session: Session, rules: SegmentRules, ends: list[date],
                step: Callable[[], None]) -> tuple[list[MonthMix], list[ShopSetting]]:
    """The mix at each of `ends`, and the cache rows to save for those computed now."""
    voids = _voids(session)
    mixes, fresh = [], []
    for day in ends:
        fingerprint = _fingerprint(session, rules, day, voids)
        cached = session.get(ShopSetting, KEY + day.isoformat())
        if cached is not None and cached.value.get("fingerprint") == fingerprint:
            mixes.append(_from_json(day, cached.value))
        else:
            mix = _compute(session, rules, day)
            mixes.append(mix)
            fresh.append(ShopSetting(key=KEY + day.isoformat(),
                                     value=_to_json(mix, fingerprint)))
        step()
    return mixes, fresh


def _compute(session: Session, rules: SegmentRules, day: date) -> MonthMix:
    members = {member_id: segment(history, day, rules) for member_id, history
               in segment_queries.histories(session, day, gaps=False)}
    start = datetime.combine(day.replace(day=1), time())
    end = end_of_day(day)
    revenue: Counter[Segment] = Counter()
    for member_id, amount in session.execute(
            select(Purchase.member_id, func.sum(Purchase.amount))
            .where(Purchase.voided_at.is_(None), Purchase.purchased_at >= start,
                   Purchase.purchased_at < end).group_by(Purchase.member_id)):
        if member_id in members:  # inactive members' purchases stay out, as they do above
            revenue[members[member_id]] += int(amount)
    counts = Counter(members.values())
    return MonthMix(day, {s: counts[s] for s in Segment}, {s: revenue[s] for s in Segment})


def _voids(session: Session) -> list[Any]:
    count, last = session.execute(select(func.count(), func.max(Purchase.voided_at))
                                  .where(Purchase.voided_at.is_not(None))).one()
    return [int(count), str(last)]


def _fingerprint(session: Session, rules: SegmentRules, day: date, voids: list[Any]) -> str:
    end = end_of_day(day)
    bought, last_id = session.execute(select(func.count(), func.max(Purchase.id))
                                      .where(Purchase.purchased_at < end)).one()
    members = session.scalar(select(func.count()).select_from(Member).where(
        Member.status == MemberStatus.ACTIVE, Member.joined_on <= day))
    return json.dumps([asdict(rules), int(bought), last_id, voids, int(members or 0)])


def _to_json(mix: MonthMix, fingerprint: str) -> dict[str, Any]:
    return {"fingerprint": fingerprint, "counts": {s.value: n for s, n in mix.counts.items()},
            "revenue": {s.value: n for s, n in mix.revenue.items()}}


def _from_json(day: date, value: dict[str, Any]) -> MonthMix:
    return MonthMix(day, {s: int(value["counts"][s.value]) for s in Segment},
                    {s: int(value["revenue"][s.value]) for s in Segment})
