"""Two counters changing points at the same moment: two real processes on one database (an
SQLite file, and a PostgreSQL server), released together by a barrier, round after round. After
every round the ledger is whole: the balance is the sum of the ledger, no debit is covered
beyond its size, no lot gives more than it has, and no lot keeps points while a debt is open.

- Two tills spending one member's whole balance: exactly one succeeds, the other is refused
  with the balance (points_ledger.lock_member: SELECT ... FOR UPDATE on the member row).
- Two members taking the last reward in stock: exactly one gets it, the other is told it is
  out of stock (loyalty._reward(lock=True) in redeem_in). A void giving a reward back while
  another till takes one loses neither (purchase_points._refund locks the reward row too).
- The daily expiry and a redemption of the same due points: one of them has them, the balance
  never goes below zero (loyalty.expire_lots locks the member and re-reads the lot).
- Two credits to a member below zero (a void took back points already spent): the debt is
  settled once (points_ledger.credit locks the member; a purchase locks it before its row).

On PostgreSQL (READ COMMITTED) those row locks are what makes this hold: without any one of
them its test fails within the first rounds. On SQLite every write transaction starts with
BEGIN IMMEDIATE (one writer at a time, db/engine.py, db/sessions.py). Where a race window is
narrow, each till does a list of EACH jobs one after another, so the two cross many times.
"""

from __future__ import annotations

import multiprocessing
import queue
import time
import traceback
from collections import Counter
from dataclasses import dataclass, replace
from datetime import date, datetime

import pytest
from sqlalchemy import select

from tokocrm.db.models import PointsAllocation, PointsEntry, Redemption
from tokocrm.domain.errors import InvalidField
from tokocrm.domain.loyalty import LoyaltyRules, RewardKind, RewardTerms, Tier
from tokocrm.domain.roles import Role
from tokocrm.services.actor import BUILTIN_OWNER, Actor
from tokocrm.services.clock import local_now
from tokocrm.services.container import open_services
from tokocrm.services.dto import MemberInput, PurchaseInput

ROUNDS = 6
TOP_UP = 1_000_000  # Rp: 100 points at Rp 10.000 a point, the whole balance each round
POINTS = 100
PRICE = 15_000  # a purchase paid Rp 10.000 with the 100 points, Rp 5.000 in cash: earns 0
EACH = 3  # jobs one after another in a till, where a list of them makes a race more likely
TIMEOUT = 30  # seconds a round may take before the test calls it a hang (SQLite waits 15 s)
RULES = LoyaltyRules(welcome_bonus=0, birthday_bonus=0, referral_bonus=0,
                     tiers=(Tier("Member", 0, 100),))


# -- the tills, each in its own process --------------------------------------------------------
class _TillClock:
    """The real time, unless a job sets it (the daily job run "on" a later day)."""

    def __init__(self) -> None:
        self.fixed: datetime | None = None

    def __call__(self) -> datetime:
        return self.fixed or local_now()


def _redeem(services, actor, clock, member_id: int, reward_id: int):
    row = services.loyalty.redeem(actor, member_id, reward_id)
    return row.points, row.balance_after


def _buy(services, actor, clock, member_id: int, amount: int = PRICE, **paid):
    row = services.purchases.record(actor, PurchaseInput(member_id=member_id, amount=amount,
                                                         **paid))
    return row.amount, row.discount, row.points_earned


def _void(services, actor, clock, member_id, purchase_id: int):
    return services.purchases.void(actor, purchase_id, "salah input").voided


def _expire(services, actor, clock, member_id, as_of: date):
    return services.loyalty.expire(actor, as_of).expired_points


def _run_daily(services, actor, clock: _TillClock, member_id, day: datetime):
    clock.fixed = day
    try:
        run = services.loyalty.run_daily(actor)
    finally:
        clock.fixed = None
    return run.expired_points, run.birthday_bonuses


# What a till can be asked to do: a job is (kind, member_id, argument).
_JOBS = {
    "reward": _redeem,  # -> (points, balance after)
    "reward_in_purchase": lambda *job: _buy(*job[:4], reward_id=job[4]),
    "pay_points": lambda *job: _buy(*job[:4], pay_points=job[4]),
    "purchase": _buy,  # argument: the amount; these three -> (amount, discount, points earned)
    "void": _void,  # argument: the purchase id -> True
    "expire": _expire,  # argument: the day -> expired points
    "run_daily": _run_daily,  # argument: the clock's time -> (expired points, birthday bonuses)
}


def _do(services, actor, clock, job: tuple) -> tuple[str, object]:
    kind, member_id, argument = job
    try:
        return "ok", _JOBS[kind](services, actor, clock, member_id, argument)
    except InvalidField as refusal:
        return "refused", (refusal.params.get("reason"), refusal.params.get("balance"))


def _till(url: str, name: str, jobs, start, results) -> None:
    """A counter PC: opens the shop, then for every list of jobs waits at the barrier with the
    other till and does them one after another, each in its own transaction. Reports
    (name, "done", [("ok", what it got) or ("refused", (reason, balance)), ...]), or
    (name, "error", text) and ends."""
    services = None
    try:
        clock = _TillClock()
        services = open_services(url, clock=clock)
        actor = Actor(username=f"kasir-{name}", role=Role.CASHIER, till=name)
        while (batch := jobs.get(timeout=4 * TIMEOUT)) is not None:
            start.wait(TIMEOUT)
            results.put((name, "done", [_do(services, actor, clock, job) for job in batch]))
    except BaseException:
        results.put((name, "error", traceback.format_exc()))
    finally:
        if services is not None:
            services.close()


Job = tuple  # (kind, member_id, argument)


@dataclass
class Tills:
    processes: list
    jobs: list
    results: object

    def run_round(self, *jobs: Job | list[Job]) -> list:
        """The tills start their jobs at once: one job for both, or one each in till order;
        a list of jobs is done one after another. Returns each till's answer, in till order
        (a list of answers for a list). Fails the test on a till's error, a till that died, or
        no answer within TIMEOUT."""
        work = jobs * len(self.processes) if len(jobs) == 1 else jobs
        for job_queue, job in zip(self.jobs, work, strict=True):
            job_queue.put(job if isinstance(job, list) else [job])
        answers: dict[str, list] = {}
        deadline = time.monotonic() + TIMEOUT
        while len(answers) < len(self.processes):
            try:
                name, outcome, detail = self.results.get(timeout=0.2)
            except queue.Empty:
                dead = [f"{p.name} (exit code {p.exitcode})" for p in self.processes
                        if p.exitcode is not None]
                if dead:
                    try:  # what it said just before it ended may still be on its way
                        name, outcome, detail = self.results.get(timeout=1)
                    except queue.Empty:
                        pytest.fail(f"till process ended without answering: {', '.join(dead)}",
                                    pytrace=False)
                elif time.monotonic() > deadline:
                    pytest.fail(f"no answer from the tills within {TIMEOUT} s "
                                f"(got {answers}); a lock that never comes back?",
                                pytrace=False)
                else:
                    continue
            if outcome == "error":
                pytest.fail(f"{name} failed with an unexpected error:\n{detail}", pytrace=False)
            answers[name] = detail
        return [answers[p.name] if isinstance(job, list) else answers[p.name][0]
                for p, job in zip(self.processes, work, strict=True)]


@pytest.fixture
def tills(services, db_url):
    """Two till processes on the same database URL (`services` has created the schema)."""
    context = multiprocessing.get_context("spawn")
    start, results = context.Barrier(2), context.Queue()
    jobs = [context.Queue() for _ in range(2)]
    processes = [
        context.Process(target=_till, name=f"till-{n + 1}", daemon=True,
                        args=(db_url, f"till-{n + 1}", jobs[n], start, results))
        for n in range(2)
    ]
    for process in processes:
        process.start()
    yield Tills(processes, jobs, results)
    for job_queue in jobs:
        job_queue.put(None)
    for process in processes:
        process.join(5)
        if process.is_alive():  # stuck: the test has failed already, do not hang on it
            process.kill()
            process.join(5)


# -- the shop and its ledger -------------------------------------------------------------------
@pytest.fixture
def shop(services):
    """One member with no points, and a reward costing exactly one top-up."""
    services.loyalty.set_rules(BUILTIN_OWNER, RULES)
    siti = services.members.register(BUILTIN_OWNER, MemberInput(name="Siti", phone="081234567890"))
    reward = services.loyalty.add_reward(
        BUILTIN_OWNER, "Beras 5 kg", RewardTerms(RewardKind.FREE_ITEM, POINTS))
    return siti.id, reward.id


def new_member(services, n: int, **fields) -> int:
    return services.members.register(BUILTIN_OWNER, MemberInput(
        name=f"Member {n}", phone=f"08129999{n:04d}", **fields)).id


def top_up(services, member_id: int) -> int:
    """POINTS more for the member, in a purchase; returns the purchase id."""
    return services.purchases.record(BUILTIN_OWNER, PurchaseInput(member_id=member_id,
                                                                  amount=TOP_UP)).id


def balance(services, member_id: int) -> int:
    return services.loyalty.standing(BUILTIN_OWNER, member_id).balance


def check_whole(services, member_id: int, when: str) -> int:
    """The member's ledger is whole; returns the balance. `when` names the round."""
    standing = services.loyalty.standing(BUILTIN_OWNER, member_id)
    with services.engine.connect() as db:
        entries = dict(db.execute(select(PointsEntry.id, PointsEntry.points)
                                  .where(PointsEntry.member_id == member_id)).all())
        allocations = db.execute(
            select(PointsAllocation.debit_id, PointsAllocation.lot_id, PointsAllocation.points)
            .join(PointsEntry, PointsEntry.id == PointsAllocation.debit_id)
            .where(PointsEntry.member_id == member_id)).all()
    covered, taken = Counter(), Counter()
    for debit_id, lot_id, points in allocations:
        covered[debit_id] += points
        taken[lot_id] += points
    debits = {i: -p for i, p in entries.items() if p < 0}
    lots = {i: p for i, p in entries.items() if p > 0}
    ledger = f"{when}: ledger {entries}, allocations {allocations}"
    assert standing.balance == sum(entries.values()), f"balance is not the ledger's sum; {ledger}"
    over_covered = {i: (covered[i], size) for i, size in debits.items() if covered[i] > size}
    assert not over_covered, f"debits covered beyond their size {over_covered}; {ledger}"
    over_taken = {i: (taken[i], size) for i, size in lots.items() if taken[i] > size}
    assert not over_taken, f"lots spent beyond their points {over_taken}; {ledger}"
    left = sum(size - taken[i] for i, size in lots.items())
    owed = sum(size - covered[i] for i, size in debits.items())
    assert (left, owed) == (max(standing.balance, 0), max(-standing.balance, 0)), (
        f"{left} points left in lots and {owed} owed with a balance of {standing.balance}; "
        f"{ledger}")
    return standing.balance


def redemptions(services, **where) -> list[tuple[int, int, int | None]]:
    """(member_id, points, purchase_id) of the redemptions matching `where`."""
    with services.engine.connect() as db:
        return db.execute(select(Redemption.member_id, Redemption.points, Redemption.purchase_id)
                          .filter_by(**where).order_by(Redemption.id)).all()


def stock(services, reward_id: int) -> int | None:
    return next(r.stock for r in services.loyalty.rewards(BUILTIN_OWNER, include_inactive=True)
                if r.id == reward_id)


# -- one member, two tills spending the whole balance -----------------------------------------
@pytest.mark.parametrize("spend", ["reward", "pay_points"])
def test_two_tills_spending_at_once_never_overdraw(services, shop, tills, spend):
    member_id, reward_id = shop
    target = reward_id if spend == "reward" else POINTS
    spent = (POINTS, 0) if spend == "reward" else (PRICE - POINTS * 100, POINTS * 100, 0)
    for round_ in range(1, ROUNDS + 1):
        top_up(services, member_id)
        answers = tills.run_round((spend, member_id, target))
        assert sorted(answers) == [("ok", spent), ("refused", ("not_enough_points", 0))], (
            f"round {round_}: {answers}")
        assert check_whole(services, member_id, f"round {round_}") == 0
        made = redemptions(services, member_id=member_id)
        assert len(made) == round_ and all(points == POINTS for _, points, _ in made)
        assert all((purchase is None) == (spend == "reward") for _, _, purchase in made)


# -- two members, one reward left in stock ----------------------------------------------------
def test_two_members_taking_the_last_reward_in_stock(services, shop, tills):
    """Exactly one gets it, the other is told it is out of stock and keeps its points. One till
    redeems the reward on its own, the other in a purchase (both are redeem_in)."""
    last_one = services.loyalty.add_reward(
        BUILTIN_OWNER, "Payung", RewardTerms(RewardKind.FREE_ITEM, POINTS), stock=1).id
    members = [new_member(services, 1), new_member(services, 2)]
    for round_ in range(1, ROUNDS + 1):
        for member_id in members:
            if balance(services, member_id) < POINTS:
                top_up(services, member_id)
        before = [balance(services, m) for m in members]
        services.loyalty.update_reward(BUILTIN_OWNER, last_one, stock=1)
        kinds = ("reward", "reward_in_purchase")[::1 if round_ % 2 else -1]
        answers = tills.run_round(*((kind, m, last_one) for kind, m in zip(kinds, members,
                                                                             strict=True)))
        when = f"round {round_} ({dict(zip(kinds, answers, strict=True))})"
        outcomes = [outcome for outcome, _ in answers]
        assert outcomes.count("ok") == 1, f"{when}: the last one in stock went {outcomes}"
        assert [d for o, d in answers if o == "refused"] == [("out_of_stock", None)], when
        assert stock(services, last_one) == 0, when
        winner = outcomes.index("ok")
        made = redemptions(services, reward_id=last_one)
        assert len(made) == round_ and made[-1][:2] == (members[winner], POINTS), when
        for n, member_id in enumerate(members):
            earned = answers[n][1][2] if n == winner and kinds[n] != "reward" else 0
            expected = before[n] - POINTS + earned if n == winner else before[n]
            assert check_whole(services, member_id, when) == expected, when


def test_voids_giving_a_reward_back_while_another_till_takes_it(services, shop, tills):
    """Member 1 took EACH of the reward in purchases. One till voids those purchases one after
    another (each gives one back) while the other redeems EACH for member 2 (each takes one):
    no stock change is lost, the stock ends where it started."""
    reward = services.loyalty.add_reward(
        BUILTIN_OWNER, "Payung", RewardTerms(RewardKind.FREE_ITEM, POINTS), stock=0).id
    giver, taker = new_member(services, 1), new_member(services, 2)
    for round_ in range(1, ROUNDS + 1):
        services.loyalty.update_reward(BUILTIN_OWNER, reward, stock=2 * EACH)
        taken = []
        for _ in range(EACH):
            top_up(services, giver)
            taken.append(services.purchases.record(BUILTIN_OWNER, PurchaseInput(
                member_id=giver, amount=PRICE, reward_id=reward)).id)
        while balance(services, taker) < EACH * POINTS:
            top_up(services, taker)
        answers = tills.run_round([("void", None, p) for p in taken],
                                  [("reward", taker, reward)] * EACH)
        when = f"round {round_} (voids, redemptions: {answers})"
        assert [outcome for outcome, _ in answers[0] + answers[1]] == ["ok"] * 2 * EACH, when
        assert stock(services, reward) == EACH, f"{when}: a stock change was lost"
        check_whole(services, giver, when)
        check_whole(services, taker, when)


# -- the daily expiry and a redemption of the same due points ---------------------------------
def test_daily_expiry_and_a_redemption_of_the_same_points(services, shop, tills):
    """One till spends the member's 100 points, all in one lot, while the other runs the
    daily expiry on the day that lot is due (expire, or the whole daily job on a clock set to
    that day): one of them has the points, never both, and the balance never goes below 0."""
    member_id, reward_id = shop
    ways = [(spend, daily) for daily in ("expire", "run_daily")
            for spend in ("reward", "pay_points")]
    for round_ in range(1, ROUNDS + 1):
        spend, daily = ways[(round_ - 1) % len(ways)]
        top_up(services, member_id)
        due = services.loyalty.history(BUILTIN_OWNER, member_id, limit=1)[0].expires_on
        assert due is not None
        day = due if daily == "expire" else datetime(due.year, due.month, due.day, 8)
        answers = tills.run_round((spend, member_id, reward_id if spend == "reward" else POINTS),
                                  (daily, None, day))
        when = f"round {round_} ({spend}, {daily}: {answers})"
        (spent, _), (done, expired) = answers
        assert done == "ok", when
        expired = expired if daily == "expire" else expired[0]
        redeemed = POINTS if spent == "ok" else 0
        assert spent in ("ok", "refused") and expired in (0, POINTS), when
        assert spent == "ok" or answers[0][1] == ("not_enough_points", 0), when
        assert redeemed + expired == POINTS, f"{when}: {redeemed} redeemed, {expired} expired"
        assert check_whole(services, member_id, when) == 0, when


# -- two credits to a member below zero -------------------------------------------------------
@pytest.mark.parametrize("second", ["purchase", "birthday"])
def test_two_credits_to_a_member_in_debt_settle_it_once(services, shop, tills, second):
    """EACH members at -100 (100 points earned and spent, then the earning purchase voided).
    One till records a purchase earning 100 for each of them, one after another, while the
    other does the same, or runs the daily job that gives each the birthday bonus of 100 (in
    one transaction): every debt is paid once, and each member has 100 left in a lot."""
    _, reward_id = shop
    today = local_now()
    month = (today.month + 1) % 12 + 1  # in two months: no purchase today gives the bonus
    bonus_day = datetime(today.year + (month < today.month), month, 10, 8, 0)
    if second == "birthday":
        services.loyalty.set_rules(BUILTIN_OWNER, replace(RULES, birthday_bonus=POINTS))
    for round_ in range(1, ROUNDS + 1):
        members = [new_member(services, round_ * EACH + n,
                              birthday=bonus_day.date().replace(year=1990))
                   for n in range(EACH)]
        for member_id in members:
            earned_in = top_up(services, member_id)
            services.loyalty.redeem(BUILTIN_OWNER, member_id, reward_id)
            services.purchases.void(BUILTIN_OWNER, earned_in, "salah input")
            assert check_whole(services, member_id, f"round {round_} before") == -POINTS
        purchases = [("purchase", member_id, TOP_UP) for member_id in members]
        answers = tills.run_round(
            purchases, purchases if second == "purchase" else ("run_daily", None, bonus_day))
        when = f"round {round_} (purchases, {second}: {answers})"
        earned = ("ok", (TOP_UP, 0, POINTS))
        assert answers == [[earned] * EACH, [earned] * EACH if second == "purchase" else (
            "ok", (0, EACH))], when
        for member_id in members:
            assert check_whole(services, member_id, when) == POINTS, when
