"""Two counters spending the same member's points at the same moment never overdraw: two real
processes on one database (an SQLite file, and a PostgreSQL server), released together by a
barrier, each trying to spend the whole balance, round after round. Exactly one of them may
succeed; the other is refused with the balance, and the ledger stays whole.

What makes this hold is services/points_ledger.lock_member: SELECT ... FOR UPDATE on the member
row on PostgreSQL (READ COMMITTED, so the balance read after the lock sees what the other till
committed), and BEGIN IMMEDIATE for every write transaction on SQLite (one writer at a time,
db/engine.py and db/sessions.py).
"""

from __future__ import annotations

import multiprocessing
import queue
import time
import traceback
from collections import Counter
from dataclasses import dataclass

import pytest
from sqlalchemy import select

from tokocrm.db.models import PointsAllocation, PointsEntry, Redemption
from tokocrm.domain.errors import InvalidField
from tokocrm.domain.loyalty import LoyaltyRules, RewardKind, RewardTerms, Tier
from tokocrm.domain.roles import Role
from tokocrm.services.actor import BUILTIN_OWNER, Actor
from tokocrm.services.container import open_services
from tokocrm.services.dto import MemberInput, PurchaseInput

ROUNDS = 6
TOP_UP = 1_000_000  # Rp: 100 points at Rp 10.000 a point, the whole balance each round
POINTS = 100
PRICE = 15_000  # a purchase paid Rp 10.000 with the 100 points, Rp 5.000 in cash: earns 0
TIMEOUT = 30  # seconds a round may take before the test calls it a hang (SQLite waits 15 s)


# -- the tills, each in its own process --------------------------------------------------------
def _till(url: str, name: str, jobs, start, results) -> None:
    """A counter PC: opens the shop, then for every job waits at the barrier with the other
    till and spends. Reports ("spent", what it got), ("refused", balance) or ("error", text)."""
    services = None
    try:
        services = open_services(url)
        actor = Actor(username=f"kasir-{name}", role=Role.CASHIER, till=name)
        while (job := jobs.get(timeout=4 * TIMEOUT)) is not None:
            spend, member_id, target = job
            start.wait(TIMEOUT)
            try:
                if spend == "reward":
                    row = services.loyalty.redeem(actor, member_id, target)
                    results.put((name, "spent", (row.points, row.balance_after)))
                else:
                    row = services.purchases.record(actor, PurchaseInput(
                        member_id=member_id, amount=PRICE, pay_points=target))
                    results.put((name, "spent", (row.amount, row.discount, row.points_earned)))
            except InvalidField as refusal:
                if refusal.params.get("reason") != "not_enough_points":
                    raise
                results.put((name, "refused", refusal.params.get("balance")))
    except BaseException:
        results.put((name, "error", traceback.format_exc()))
    finally:
        if services is not None:
            services.close()


@dataclass
class Tills:
    processes: list
    jobs: list
    results: object

    def run_round(self, job: tuple) -> dict[str, tuple[str, object]]:
        """Both tills do `job` at once; their answers by till name. Fails the test on a
        till's error, a till that died, or no answer within TIMEOUT."""
        for jobs in self.jobs:
            jobs.put(job)
        answers: dict[str, tuple[str, object]] = {}
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
            answers[name] = (outcome, detail)
        return answers


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
    services.loyalty.set_rules(
        BUILTIN_OWNER, LoyaltyRules(welcome_bonus=0, birthday_bonus=0, referral_bonus=0,
                                    tiers=(Tier("Member", 0, 100),)))
    siti = services.members.register(BUILTIN_OWNER, MemberInput(name="Siti", phone="081234567890"))
    reward = services.loyalty.add_reward(
        BUILTIN_OWNER, "Beras 5 kg", RewardTerms(RewardKind.FREE_ITEM, POINTS))
    return siti.id, reward.id


def check_ledger(services, member_id: int, rounds: int, spend: str) -> None:
    """Balance 0, equal to the sum of the ledger; every debit fully taken from lots, no lot
    spent beyond its points; one redemption of the whole balance per round."""
    standing = services.loyalty.standing(BUILTIN_OWNER, member_id)
    with services.engine.connect() as db:
        entries = dict(db.execute(select(PointsEntry.id, PointsEntry.points)
                                  .where(PointsEntry.member_id == member_id)).all())
        allocations = db.execute(
            select(PointsAllocation.debit_id, PointsAllocation.lot_id, PointsAllocation.points)
            .join(PointsEntry, PointsEntry.id == PointsAllocation.debit_id)
            .where(PointsEntry.member_id == member_id)).all()
        redemptions = db.execute(select(Redemption.points, Redemption.purchase_id)
                                 .where(Redemption.member_id == member_id)).all()
    covered, taken = Counter(), Counter()
    for debit_id, lot_id, points in allocations:
        covered[debit_id] += points
        taken[lot_id] += points
    assert standing.balance == sum(entries.values()) == 0
    assert {i: -p for i, p in entries.items() if p < 0} == dict(covered)
    assert all(taken[i] <= p for i, p in entries.items() if p > 0)
    assert sum(p for p in entries.values() if p > 0) == sum(taken.values())  # lots empty
    assert len(redemptions) == rounds
    assert all(points == POINTS for points, _ in redemptions)
    assert all((purchase is None) == (spend == "reward") for _, purchase in redemptions)


# -- the races ---------------------------------------------------------------------------------
@pytest.mark.parametrize("spend", ["reward", "pay_points"])
def test_two_tills_spending_at_once_never_overdraw(services, shop, tills, spend):
    member_id, reward_id = shop
    target = reward_id if spend == "reward" else POINTS
    spent = (POINTS, 0) if spend == "reward" else (PRICE - POINTS * 100, POINTS * 100, 0)
    for round_ in range(1, ROUNDS + 1):
        services.purchases.record(BUILTIN_OWNER, PurchaseInput(member_id=member_id,
                                                               amount=TOP_UP))
        answers = tills.run_round((spend, member_id, target))
        outcomes = sorted(outcome for outcome, _ in answers.values())
        assert outcomes == ["refused", "spent"], f"round {round_}: {answers}"
        assert sorted(answers.values()) == [("refused", 0), ("spent", spent)], answers
        check_ledger(services, member_id, round_, spend)
