"""The sample shop's loyalty history: for each generated member, the points ledger the real
services would have written had the shop used TokoCRM from its first day.

Pure and deterministic, like the shop itself: its own `random.Random` stream (so the members
and purchases stay what `sample_shop` makes) and nothing from the clock. What happens is what
the services do, in each member's time order:

- registering: the welcome bonus (MemberService.register);
- a visit: maybe a redemption first, a catalog reward or paying with points, inside the purchase
  (its Rupiah off becomes Purchase.discount) or, for a free item, on its own at the counter;
  then the points earned on what was paid, at the tier the member's last 365 days of spend
  give (this purchase included); the birthday bonus at the first visit in the birthday month;
  on a referred member's first purchase the referral bonus to both (PurchaseService.record);
- the daily run when the app starts at opening time, every day the shop is open and on `today`:
  what is left of every lot whose expiry day has come expires, one entry per lot; then the
  month's birthday bonuses (LoyaltyService.run_daily).

Debits take points first-in-first-out, soonest expiry first, then oldest, as the ledger does.
A member brought by a friend adds a bonus to the friend's ledger later on, so the ledgers of
members who may be referrers (every REFERRER_EVERY-th) are finished at the end; the rest come
out as their member goes in.
"""

from __future__ import annotations

import random
from collections import deque
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time

from tokocrm.domain.demo_shop import OPEN_HOUR, REFERRER_EVERY, DemoMember, closed_days, first_day
from tokocrm.domain.loyalty import (
    LoyaltyRules,
    RewardKind,
    RewardTerms,
    Tier,
    expiry_date,
    points_earned,
    points_for_rupiah,
    reward_discount,
)
from tokocrm.domain.purchases import TWELVE_MONTHS

# The ledger's kinds of entry (services.points_ledger.Kind names them the same).
WELCOME, EARN, BIRTHDAY, REFERRAL, REDEEM, EXPIRE = (
    "welcome", "earn", "birthday", "referral", "redeem", "expire")

SAVER_SHARE = 0.25  # members who never spend their points: they all expire in the end
REDEEM_CHANCE = (0.15, 0.6)  # the others: chance of using points at a visit they could
PAY_WITH_POINTS_WEIGHT = 2  # how often paying with points is picked, beside the rewards
PAY_WITH_POINTS_FROM = 100  # points a member holds before paying with them


@dataclass(frozen=True)
class DemoReward:
    """A reward of the sample catalog and how members pick it."""

    name: str
    terms: RewardTerms
    weight: int  # how often it is picked among what a member can afford
    min_basket: int = 0  # a discount is only worth it on a basket of at least this much


DEMO_REWARDS = (
    DemoReward("Voucher Belanja Rp 10.000", RewardTerms(RewardKind.DISCOUNT_RP, 100, 10_000),
               6, min_basket=20_000),
    DemoReward("Diskon 10% (maks. Rp 25.000)",
               RewardTerms(RewardKind.DISCOUNT_PCT, 150, 10, 25_000), 3, min_basket=150_000),
    DemoReward("Gratis Minyak Goreng 1 Liter", RewardTerms(RewardKind.FREE_ITEM, 180), 3),
    DemoReward("Gratis Beras 5 kg", RewardTerms(RewardKind.FREE_ITEM, 700), 2),
)

# A ledger entry: kind, points (a debit below zero), when, expiry (a lot's; for an expiry, the
# expired lot's), the purchase it was earned on (position in the member's purchases), the
# redemption it paid (position in the member's redemptions), and for a referral bonus the
# index of the member whose first purchase paid it.
Entry = tuple[str, int, datetime, date | None, int | None, int | None, int | None]
# Which lot a debit took how many points from: (debit, lot, points), positions in the entries.
Allocation = tuple[int, int, int]
# A redemption: reward (position in the catalog given) or None for paying with points, the
# purchase it came off (position) or None, points, Rupiah off, when.
Redemption = tuple[int | None, int | None, int, int, datetime]


@dataclass(frozen=True)
class MemberPoints:
    index: int  # the member's, in join order
    entries: list[Entry]
    allocations: list[Allocation]
    redemptions: list[Redemption]
    discounts: dict[int, int]  # purchase position -> Rupiah off by a redemption inside it


class PointsBook:
    """Turns members, as `sample_shop` yields them, into their points ledgers."""

    def __init__(self, rules: LoyaltyRules, rewards: Sequence[DemoReward], *, months: int,
                 today: date, not_after: datetime, seed: int) -> None:
        self.rules, self.rewards = rules, tuple(rewards)
        self.rng = random.Random(f"tokocrm demo points {seed}")
        self.today, self.not_after = today.toordinal(), not_after
        self.closed = closed_days(first_day(months, today).toordinal(), self.today)
        self.tiers = tuple(reversed(rules.tiers))  # tier_for keeps the last one reached
        # Below this balance a member can afford nothing: no need to ask whether they want it.
        self.cheapest = min([r.terms.points for r in self.rewards] + [PAY_WITH_POINTS_FROM])
        self.expiries: dict[date, tuple[date | None, int | None]] = {}
        self.run_times: dict[int, datetime] = {}
        self.waiting: dict[int, tuple[DemoMember, list[tuple[datetime, int]]]] = {}

    def add(self, member: DemoMember) -> MemberPoints | None:
        """The member's ledger, or None when it is finished later (a possible referrer)."""
        self._refer(member)
        if member.index % REFERRER_EVERY == 0:
            self.waiting[member.index] = (member, [])
            return None
        return _History(self, member).run([])

    def finish(self) -> Iterator[MemberPoints]:
        """The ledgers held back, in member order, once nobody can refer anyone any more."""
        for index in sorted(self.waiting):
            member, referrals = self.waiting.pop(index)
            yield _History(self, member).run(sorted(referrals))

    def _refer(self, member: DemoMember) -> None:
        """The referral bonus the friend gets at this member's first purchase."""
        friend = member.referred_by
        if friend is None or not member.purchases or self.rules.referral_bonus <= 0:
            return
        if friend not in self.waiting:
            raise ValueError(f"member {member.index} names {friend}, who cannot be a referrer")
        first = min(at for at, *_ in member.purchases)
        self.waiting[friend][1].append((first, member.index))

    def expiry(self, day: date) -> tuple[date | None, int | None]:
        """When points earned on `day` expire (None: never), and that day's ordinal."""
        found = self.expiries.get(day)
        if found is None:
            expires = expiry_date(day, self.rules)
            found = self.expiries[day] = (expires, expires.toordinal() if expires else None)
        return found

    def tier(self, spend: int) -> Tier:
        for tier in self.tiers:
            if spend >= tier.min_spend:
                return tier
        return self.rules.tiers[0]

    def run_day(self, day: int) -> int | None:
        """The first day on or after `day` the app starts (an open day, or `today`)."""
        while day in self.closed and day < self.today:
            day += 1
        return day if day <= self.today else None

    def run_time(self, day: int) -> datetime:
        """When the app starts on `day`: at opening, or at the end of the shop's time."""
        found = self.run_times.get(day)
        if found is None:
            at = datetime.combine(date.fromordinal(day), time(OPEN_HOUR))
            found = self.run_times[day] = min(at, self.not_after)
        return found


class _History:
    """One member's ledger, written in time order."""

    def __init__(self, book: PointsBook, member: DemoMember) -> None:
        self.book, self.member, self.rules = book, member, book.rules
        self.entries: list[Entry] = []
        self.allocations: list[Allocation] = []
        self.redemptions: list[Redemption] = []
        self.discounts: dict[int, int] = {}
        self.lots: deque[list] = deque()  # [entry, points left, expiry, its ordinal] in use order
        self.balance = 0
        self.window: deque[tuple[datetime, int]] = deque()  # purchases of the last 365 days
        self.spend = 0
        self.birthdays: set[int] = set()  # years the birthday bonus was given
        self.birth_month = member.birthday.month if member.birthday else 0
        if self.rules.birthday_bonus <= 0:
            self.birth_month = 0
        self.done_through = member.joined_at.toordinal()  # the last daily run it had
        self.wake_day: int | None = None  # the next daily run that does something to it
        self.wake: datetime | None = None
        self.stale = True  # the lots or birthdays changed: wake_day needs working out again
        rng = book.rng
        self.chance = 0.0 if rng.random() < SAVER_SHARE else rng.uniform(*REDEEM_CHANCE)

    def run(self, referrals: list[tuple[datetime, int]]) -> MemberPoints:
        member, rules = self.member, self.rules
        if rules.welcome_bonus > 0:
            self.credit(WELCOME, rules.welcome_bonus, member.joined_at)
        purchases = member.purchases
        pending = deque(referrals)
        for number, position in enumerate(sorted(range(len(purchases)),
                                                 key=lambda p: purchases[p][0])):
            at, amount = purchases[position][0], purchases[position][1]
            while pending and pending[0][0] <= at:
                self.referral(*pending.popleft())
            self.runs_until(at)
            self.visit(position, at, amount, first=number == 0)
        while pending:
            self.referral(*pending.popleft())
        self.runs_until(self.book.not_after)
        return MemberPoints(member.index, self.entries, self.allocations, self.redemptions,
                            self.discounts)

    # -- the ledger ---------------------------------------------------------------------------
    def credit(self, kind: str, points: int, at: datetime, purchase: int | None = None,
               referred: int | None = None) -> None:
        expires, ordinal = self.book.expiry(at.date())
        if not self.lots:
            self.stale = True
        self.lots.append([len(self.entries), points, expires, ordinal])
        self.entries.append((kind, points, at, expires, purchase, None, referred))
        self.balance += points

    def debit(self, points: int, at: datetime, redemption: int) -> None:
        """A redemption's points, oldest lots first (the balance covers them)."""
        debit = len(self.entries)
        self.entries.append((REDEEM, -points, at, None, None, redemption, None))
        self.balance -= points
        lots, allocations = self.lots, self.allocations
        while points:
            lot = lots[0]
            share = min(lot[1], points)
            allocations.append((debit, lot[0], share))
            lot[1] -= share
            points -= share
            if not lot[1]:
                lots.popleft()
                self.stale = True

    # -- at the counter -----------------------------------------------------------------------
    def visit(self, position: int, at: datetime, amount: int, first: bool) -> None:
        book, rules = self.book, self.rules
        discount = 0
        if self.chance and self.balance >= book.cheapest and book.rng.random() < self.chance:
            discount = self.redeem(position, at, amount)
        paid = amount - discount
        window, cutoff = self.window, at - TWELVE_MONTHS
        while window and window[0][0] <= cutoff:
            self.spend -= window.popleft()[1]
        window.append((at, paid))
        self.spend += paid
        earned = points_earned(paid, rules, book.tier(self.spend))
        if earned > 0:
            self.credit(EARN, earned, at, purchase=position)
        if self.birth_month == at.month and at.year not in self.birthdays:
            self.birthday(at)
        if first and self.member.referred_by is not None and rules.referral_bonus > 0:
            self.credit(REFERRAL, rules.referral_bonus, at, referred=self.member.index)

    def redeem(self, position: int, at: datetime, amount: int) -> int:
        """Points spent at this visit, if the member finds something worth them; returns the
        Rupiah off the purchase."""
        choice = self.choose(amount)
        if choice is None:
            return 0
        if choice < 0:  # paying with points, as much of the bill as they cover
            points = min(self.balance, points_for_rupiah(amount, self.rules))
            discount = min(points * self.rules.point_value, amount)
            reward = None
        else:
            reward, terms = choice, self.book.rewards[choice].terms
            points = terms.points
            if terms.kind == RewardKind.FREE_ITEM:  # handed over on its own at the counter
                self.redemptions.append((reward, None, points, 0, at))
                self.debit(points, at, len(self.redemptions) - 1)
                return 0
            discount = reward_discount(terms, amount)
        self.redemptions.append((reward, position, points, discount, at))
        self.debit(points, at, len(self.redemptions) - 1)
        self.discounts[position] = discount
        return discount

    def choose(self, amount: int) -> int | None:
        """A reward's position, -1 for paying with points, or None: nothing affordable."""
        options, weights = [], []
        for position, reward in enumerate(self.book.rewards):
            if reward.terms.points <= self.balance and amount >= reward.min_basket:
                options.append(position)
                weights.append(reward.weight)
        if self.balance >= PAY_WITH_POINTS_FROM:
            options.append(-1)
            weights.append(PAY_WITH_POINTS_WEIGHT)
        if not options:
            return None
        return self.book.rng.choices(options, weights)[0]

    def birthday(self, at: datetime) -> None:
        self.credit(BIRTHDAY, self.rules.birthday_bonus, at)
        self.birthdays.add(at.year)
        self.stale = True

    def referral(self, at: datetime, referred: int) -> None:
        self.runs_until(at)
        self.credit(REFERRAL, self.rules.referral_bonus, at, referred=referred)

    # -- the daily run ------------------------------------------------------------------------
    def runs_until(self, limit: datetime) -> None:
        """The daily runs up to `limit` on which something happens to this member."""
        while True:
            if self.stale:
                self.wake_day = day = self.next_run_day()
                self.wake = None if day is None else self.book.run_time(day)
                self.stale = False
            if self.wake is None or self.wake > limit or self.wake_day is None:
                return
            self.daily_run(self.wake_day, self.wake)
            self.done_through = self.wake_day
            self.stale = True

    def next_run_day(self) -> int | None:
        after = self.done_through + 1
        due = []
        if self.lots and self.lots[0][3] is not None:
            due.append(max(self.lots[0][3], after))
        if self.birth_month:
            due.append(self.next_birthday_day(after))
        return self.book.run_day(min(due)) if due else None

    def next_birthday_day(self, after: int) -> int:
        day = date.fromordinal(after)
        if day.month == self.birth_month and day.year not in self.birthdays:
            return after
        year = day.year + (1 if self.birth_month <= day.month else 0)
        return date(year, self.birth_month, 1).toordinal()

    def daily_run(self, day: int, at: datetime) -> None:
        """LoyaltyService.run_daily on `day`: expire every lot due, then the birthday bonus."""
        lots, entries = self.lots, self.entries
        while lots and lots[0][3] is not None and lots[0][3] <= day:
            entry, left, expires, _ = lots.popleft()
            self.allocations.append((len(entries), entry, left))
            entries.append((EXPIRE, -left, at, expires, None, None, None))
            self.balance -= left
        if self.birth_month == at.month and at.year not in self.birthdays:
            self.birthday(at)
