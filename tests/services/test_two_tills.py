"""Two counters redeeming for the same member at the same moment never overdraw: two real
processes against one database file, each trying to spend the whole balance."""

from __future__ import annotations

import multiprocessing

from tokocrm.domain.errors import InvalidField
from tokocrm.domain.loyalty import LoyaltyRules, RewardKind, RewardTerms, Tier
from tokocrm.domain.roles import Role
from tokocrm.services.actor import BUILTIN_OWNER, Actor
from tokocrm.services.container import open_services
from tokocrm.services.dto import MemberInput, PurchaseInput

ROUNDS = 5


def _till(url: str, member_id: int, reward_id: int, start, results) -> None:
    services = open_services(url)
    actor = Actor(
        username="kasir", role=Role.CASHIER, till=f"till-{multiprocessing.current_process().pid}"
    )
    start.wait()
    outcome = "redeemed"
    try:
        services.loyalty.redeem(actor, member_id, reward_id)
    except InvalidField:
        outcome = "refused"
    finally:
        services.close()
    results.put(outcome)


def test_two_processes_redeeming_at_once_never_overdraw(tmp_path):
    url = f"sqlite:///{tmp_path / 'shop.db'}"
    services = open_services(url)
    services.loyalty.set_rules(
        BUILTIN_OWNER, LoyaltyRules(welcome_bonus=0, tiers=(Tier("Member", 0, 100),))
    )
    siti = services.members.register(BUILTIN_OWNER, MemberInput(name="Siti", phone="081234567890"))
    reward = services.loyalty.add_reward(
        BUILTIN_OWNER, "Beras 5 kg", RewardTerms(RewardKind.FREE_ITEM, 100)
    )
    context = multiprocessing.get_context("spawn")
    for _ in range(ROUNDS):
        services.purchases.record(
            BUILTIN_OWNER, PurchaseInput(member_id=siti.id, amount=1_000_000)
        )  # 100 points
        start, results = context.Barrier(2), context.Queue()
        tills = [
            context.Process(target=_till, args=(url, siti.id, reward.id, start, results))
            for _ in range(2)
        ]
        for till in tills:
            till.start()
        for till in tills:
            till.join(60)
        assert sorted(results.get(timeout=5) for _ in tills) == ["redeemed", "refused"]
        assert services.loyalty.standing(BUILTIN_OWNER, siti.id).balance == 0
    services.close()
