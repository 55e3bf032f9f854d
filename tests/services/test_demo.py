"""The sample shop: reproducible, believable, and never mixed into a real shop; with its loyalty
history, and its feedback and complaint cases."""

from __future__ import annotations

from collections import Counter
from datetime import date, datetime, time, timedelta

import pytest
from sqlalchemy import delete, func, select

from tokocrm.db.models import (
    CaseEvent,
    ComplaintCase,
    Feedback,
    FeedbackCategory,
    FeedbackReply,
    Member,
    PointsAllocation,
    PointsEntry,
    Purchase,
    PurchaseSummary,
    Redemption,
    Reward,
    ShopSetting,
    purchase_category,
)
from tokocrm.db.opening import open_database
from tokocrm.domain import loyalty
from tokocrm.domain.cards import is_valid_ean13, new_card_number
from tokocrm.domain.demo_points import DEMO_REWARDS
from tokocrm.domain.demo_shop import sample_shop
from tokocrm.domain.errors import Cancelled, DemoRefused, InvalidField, PermissionDenied
from tokocrm.domain.feedback import CaseStatus, is_overdue
from tokocrm.domain.loyalty import LoyaltyRules, RewardKind, RewardTerms, Tier
from tokocrm.domain.phone import parse_mobile
from tokocrm.domain.roles import Role
from tokocrm.services import demo
from tokocrm.services.actor import BUILTIN_OWNER, Actor
from tokocrm.services.container import open_services
from tokocrm.services.demo import create_demo_shop
from tokocrm.services.dto import MemberInput, PurchaseInput
from tokocrm.services.feedback_dto import CaseFilter, FeedbackInput
from tokocrm.services.loyalty import DailyRun

CASHIER = Actor(username="ani", role=Role.CASHIER)
TODAY = date(2026, 11, 23)
MEMBERS = 300


@pytest.fixture
def engine(db_url):
    opened, _ = open_database(db_url)
    yield opened
    opened.dispose()


@pytest.fixture
def shop(engine):
    """A 300-member sample shop over 24 months up to TODAY."""
    summary = create_demo_shop(engine, BUILTIN_OWNER, members=MEMBERS, seed=7, today=TODAY)
    return engine, summary


def _members(engine) -> list[tuple]:
    return [tuple(row) for row in _rows(engine, Member)]


def _purchases(engine) -> list[tuple]:
    return [tuple(row) for row in _rows(engine, Purchase)]


def _ledger(engine) -> list[list[tuple]]:
    return [[tuple(row) for row in _rows(engine, model)]
            for model in (Reward, Redemption, PointsEntry)] + [_allocations(engine)]


def _allocations(engine) -> list[tuple]:
    table = PointsAllocation.__table__
    with engine.connect() as connection:
        return [tuple(row) for row in connection.execute(
            select(*table.c).order_by(table.c.debit_id, table.c.lot_id))]


FEEDBACK_TABLES = (CaseEvent, FeedbackReply, ComplaintCase, Feedback)  # children first


def _feedback(engine) -> list[list[tuple]]:
    return [[tuple(row) for row in _rows(engine, model)] for model in FEEDBACK_TABLES]


def _wipe(engine) -> None:
    with engine.begin() as connection:
        for table in (*(model.__table__ for model in FEEDBACK_TABLES),
                      PointsAllocation.__table__, PointsEntry.__table__, Redemption.__table__,
                      Reward.__table__, purchase_category, PurchaseSummary.__table__,
                      Purchase.__table__, Member.__table__):
            connection.execute(delete(table))
        connection.execute(delete(ShopSetting))


def test_same_seed_and_day_give_the_same_shop_and_another_seed_another(engine):
    create_demo_shop(engine, BUILTIN_OWNER, members=120, months=6, seed=3, today=TODAY)
    first = (_members(engine), _purchases(engine), _ledger(engine), _feedback(engine))
    assert first[2][2], "a loyalty history"
    assert first[3][3], "feedback"
    _wipe(engine)
    create_demo_shop(engine, BUILTIN_OWNER, members=120, months=6, seed=3, today=TODAY)
    assert (_members(engine), _purchases(engine), _ledger(engine), _feedback(engine)) == first
    _wipe(engine)
    create_demo_shop(engine, BUILTIN_OWNER, members=120, months=6, seed=4, today=TODAY)
    other = _members(engine)
    assert [m[2:4] for m in other] != [m[2:4] for m in first[0]]  # names and phones differ


def test_counts_phones_cards_and_amounts_are_what_a_real_shop_has(shop):
    engine, summary = shop
    members, purchases = _members(engine), _purchases(engine)
    assert summary.members == len(members) == MEMBERS
    assert summary.purchases == len(purchases)
    assert 10 * MEMBERS <= len(purchases) <= 30 * MEMBERS  # about 20 each over 24 months

    phones = [m.phone for m in _rows(engine, Member)]
    assert all(parse_mobile(phone) == phone for phone in phones)
    assert len(set(phones)) == MEMBERS
    cards = [m.card for m in _rows(engine, Member)]
    assert all(is_valid_ean13(card) and card.startswith("29") for card in cards)
    assert len(set(cards)) == MEMBERS

    for p in _rows(engine, Purchase):
        rung_up = p.amount + p.discount  # a redemption inside takes its discount off
        assert isinstance(p.amount, int) and rung_up >= 5_000 and rung_up % 500 == 0
        assert 0 <= p.discount <= rung_up
        assert p.purchased_at.date() <= TODAY and 7 <= p.purchased_at.hour < 22
        assert (p.till, p.recorded_by, p.recorded_at) == ("demo", "owner", p.purchased_at)
    amounts = [p.amount + p.discount for p in _rows(engine, Purchase)]
    assert min(amounts) <= 10_000 and max(amounts) >= 1_000_000


def test_members_look_like_people_who_signed_up_over_the_months(shop):
    engine, _ = shop
    members = {m.id: m for m in _rows(engine, Member)}
    start = TODAY - timedelta(days=731)
    for m in members.values():
        assert start <= m.joined_on <= TODAY and m.status == "active" and m.version == 1
        assert m.created_at == m.updated_at and m.created_at.date() == m.joined_on
        assert m.consent_at == (m.created_at if m.marketing_consent else None)
        if m.birthday is not None:
            age = (TODAY - m.birthday).days / 365.25
            assert 16 <= age < 76
        if m.referred_by_id is not None:
            assert members[m.referred_by_id].joined_on < m.joined_on
    assert {m.gender for m in members.values()} == {"female", "male", None}
    assert any(m.birthday is None for m in members.values())
    assert any(m.referred_by_id for m in members.values())
    assert 0 < sum(m.marketing_consent for m in members.values()) < MEMBERS


def test_the_buying_mix_has_every_kind_of_customer(shop):
    engine, _ = shop
    purchases = list(_rows(engine, Purchase))
    counts = Counter(p.member_id for p in purchases)
    last_year = Counter(p.member_id for p in purchases
                        if p.purchased_at.date() > TODAY - timedelta(days=365))
    last_visit: dict[int, datetime] = {}
    for p in purchases:
        last_visit[p.member_id] = max(p.purchased_at, last_visit.get(p.member_id, p.purchased_at))
    never = MEMBERS - len(counts)
    assert never > 0, "some registered and never bought"
    assert sum(1 for n in counts.values() if n == 1) > MEMBERS // 10, "many one-time buyers"
    assert sum(1 for n in last_year.values() if n >= 12) > MEMBERS // 10, "a loyal core"
    gone = [m for m, at in last_visit.items() if (TODAY - at.date()).days > 180]
    assert len(gone) > MEMBERS // 20, "customers who stopped coming"
    with engine.connect() as connection:
        links = connection.scalar(select(func.count()).select_from(purchase_category))
        detailed = connection.scalar(select(func.count()).where(Purchase.items_count > 0))
    assert links > 0 and 0 < detailed < len(purchases) // 2, "a few purchases carry details"


def test_a_member_registered_afterwards_gets_the_next_free_card(shop, db_url):
    engine, _ = shop
    cards = {m.card for m in _rows(engine, Member)}
    phones = {m.phone for m in _rows(engine, Member)}
    phone = next(p for p in ("0812 9999 0000", "0812 9999 0001", "0812 9999 0002")
                 if parse_mobile(p) not in phones)
    rich = max(_balances(engine).items(), key=lambda item: item[1])[0]
    services = open_services(db_url)
    try:
        member = services.members.register(BUILTIN_OWNER, MemberInput(name="Baru", phone=phone))
        services.purchases.record(BUILTIN_OWNER, PurchaseInput(member_id=member.id, amount=12_000))
        voucher = services.loyalty.rewards(BUILTIN_OWNER)[0]
        redeemed = services.loyalty.redeem(BUILTIN_OWNER, rich, voucher.id)
        added = services.loyalty.add_reward(BUILTIN_OWNER, "Gratis Teh Botol",
                                            RewardTerms(RewardKind.FREE_ITEM, 30))
        said = services.feedback.record(BUILTIN_OWNER, FeedbackInput(rating=1,
                                                                     member_id=member.id))
        services.feedback.reply(BUILTIN_OWNER, said.id, "whatsapp", "Maaf, Kak")
    finally:
        services.close()
    assert said.id == len(_rows(engine, Feedback)) and said.case_id == len(
        _rows(engine, ComplaintCase))
    assert member.card not in cards and member.card == new_card_number("29", MEMBERS + 1)
    assert member.id == MEMBERS + 1
    assert redeemed.balance_after == _balances(engine)[rich] and added.id > voucher.id


def test_the_shops_own_card_prefix_is_used_and_continued(engine):
    with engine.begin() as connection:
        connection.execute(ShopSetting.__table__.insert().values(key="card_prefix", value="277"))
    create_demo_shop(engine, BUILTIN_OWNER, members=20, months=3, today=TODAY)
    assert all(m.card.startswith("277") and is_valid_ean13(m.card) for m in _rows(engine, Member))
    with engine.connect() as connection:
        stored = connection.scalar(select(ShopSetting.value)
                                   .where(ShopSetting.key == "card_next_sequence:277"))
    assert stored == 21


def test_a_shop_with_members_is_refused_and_left_alone(engine, db_url):
    services = open_services(db_url)
    try:
        services.members.register(BUILTIN_OWNER, MemberInput(name="Siti", phone="0812 3456 7890"))
    finally:
        services.close()
    with pytest.raises(DemoRefused) as refused:
        create_demo_shop(engine, BUILTIN_OWNER, members=10, today=TODAY)
    assert refused.value.params == {"members": 1}
    assert len(_members(engine)) == 1 and _purchases(engine) == []


def test_a_cashier_may_not_make_a_sample_shop(engine):
    with pytest.raises(PermissionDenied, match="ani"):
        create_demo_shop(engine, CASHIER, members=10, today=TODAY)
    assert _members(engine) == []


@pytest.mark.parametrize(("field", "arguments"), [
    ("members", {"members": 0}), ("members", {"members": 1_000_001}),
    ("members", {"members": True}), ("months", {"months": 0}), ("months", {"months": 121}),
    ("seed", {"seed": -1}), ("seed", {"seed": "1"}),
])
def test_out_of_range_arguments_are_refused(engine, field, arguments):
    with pytest.raises(InvalidField) as refused:
        create_demo_shop(engine, BUILTIN_OWNER, today=TODAY, **arguments)
    assert refused.value.params["field"] == field


def test_cancel_saves_nothing_even_after_batches_were_written(engine, monkeypatch):
    monkeypatch.setattr(demo, "BATCH_ROWS", 50)
    monkeypatch.setattr(demo, "REPORT_EVERY", 20)
    asked = []

    def cancel_on_third_ask() -> bool:
        asked.append(True)
        return len(asked) >= 3

    with pytest.raises(Cancelled):
        create_demo_shop(engine, BUILTIN_OWNER, members=200, today=TODAY,
                         cancel=cancel_on_third_ask)
    assert _members(engine) == [] and _purchases(engine) == []
    assert _ledger(engine) == [[], [], [], []]
    assert _feedback(engine) == [[], [], [], []]
    with engine.connect() as connection:
        assert connection.scalar(select(func.count()).select_from(ShopSetting)) == 0
    create_demo_shop(engine, BUILTIN_OWNER, members=10, today=TODAY)  # and it can start over


def test_the_schema_is_the_same_afterwards_and_after_a_cancel(engine):
    """On SQLite the demo builds the indexes of the tables it fills once, at the end."""
    before = _schema(engine)
    with pytest.raises(Cancelled):
        create_demo_shop(engine, BUILTIN_OWNER, members=60, today=TODAY, cancel=lambda: True)
    assert _schema(engine) == before
    create_demo_shop(engine, BUILTIN_OWNER, members=60, today=TODAY)
    assert _schema(engine) == before


def _schema(engine) -> set[tuple]:
    with engine.connect() as connection:
        if connection.dialect.name == "sqlite":
            query = "SELECT type, name, tbl_name, sql FROM sqlite_master"
        else:
            query = "SELECT tablename, indexname, indexdef FROM pg_indexes"
        return {tuple(row) for row in connection.exec_driver_sql(query)}


def test_progress_counts_members_up_to_the_total(engine, monkeypatch):
    monkeypatch.setattr(demo, "REPORT_EVERY", 40)
    seen: list[tuple[int, int]] = []
    create_demo_shop(engine, BUILTIN_OWNER, members=100, today=TODAY,
                     progress=lambda done, total: seen.append((done, total)))
    assert seen == [(40, 100), (80, 100), (100, 100)]


def test_without_a_day_nothing_is_later_than_now(engine):
    before = datetime.now()
    create_demo_shop(engine, BUILTIN_OWNER, members=150, months=2)
    after = datetime.now()
    assert max(p.purchased_at for p in _rows(engine, Purchase)) <= after
    assert max(m.created_at for m in _rows(engine, Member)) <= after
    stamps = [f.created_at for f in _rows(engine, Feedback)]
    stamps += [e.created_at for e in _rows(engine, CaseEvent)]
    stamps += [r.created_at for r in _rows(engine, FeedbackReply)]
    assert stamps and max(stamps) <= after
    assert min(m.joined_on for m in _rows(engine, Member)) >= before.date() - timedelta(days=62)


def test_the_generator_is_deterministic_and_stops_at_the_cut_off():
    cut = datetime(2026, 11, 23, 12, 0)
    first = list(sample_shop(400, 12, 5, TODAY, cut))
    assert first == list(sample_shop(400, 12, 5, TODAY, cut))
    assert first != list(sample_shop(400, 12, 6, TODAY, cut))
    assert all(p[0] <= cut for m in first for p in m.purchases)
    assert {m.persona for m in first} == {"never", "once", "occasional", "regular", "loyal",
                                         "big", "churned"}


def _rows(engine, model) -> list:
    table = model.__table__
    with engine.connect() as connection:
        return list(connection.execute(select(*table.c).order_by(table.c.id)))


# -- the loyalty history ------------------------------------------------------------------------
END = datetime.combine(TODAY, time(23, 59, 59))
LEDGER_KINDS = {"welcome", "earn", "birthday", "referral", "redeem", "expire"}


def test_every_members_points_add_up_with_the_real_services(shop, db_url):
    engine, summary = shop
    entries, redemptions = _rows(engine, PointsEntry), _rows(engine, Redemption)
    assert (summary.points_entries, summary.redemptions) == (len(entries), len(redemptions))
    balances = _balances(engine)
    services = open_services(db_url)
    try:
        for member in _rows(engine, Member):
            standing = services.loyalty.standing(BUILTIN_OWNER, member.id)
            assert standing.balance == balances.get(member.id, 0) >= 0
        totals = services.loyalty.totals(BUILTIN_OWNER)
        run = services.loyalty.expire(BUILTIN_OWNER, as_of=TODAY)
        after = services.loyalty.totals(BUILTIN_OWNER)
    finally:
        services.close()
    assert totals.issued == sum(e.points for e in entries if e.points > 0)
    assert totals.redeemed == sum(r.points for r in redemptions) > 0
    assert totals.redeemed == -sum(e.points for e in entries if e.kind == "redeem")
    assert totals.expired == -sum(e.points for e in entries if e.kind == "expire") > 0
    assert totals.outstanding == sum(balances.values()) > 0
    assert totals.issued == totals.redeemed + totals.expired + totals.outstanding
    assert totals.members_below_zero == 0
    assert run == DailyRun(expired_lots=0, expired_points=0, birthday_bonuses=0)
    assert after == totals


def test_the_ledger_is_the_one_the_services_would_have_written(shop):
    engine, _ = shop
    kinds = _check_history(engine, LoyaltyRules(), members=MEMBERS, months=24, seed=7)
    for kind in LEDGER_KINDS:
        assert kinds[kind] > MEMBERS // 50, f"several members have {kind} entries"


@pytest.mark.parametrize("rules", [
    LoyaltyRules(rupiah_per_point=5_000, welcome_bonus=0, birthday_bonus=0, referral_bonus=40,
                 expiry_months=6, point_value=50,
                 tiers=(Tier("Biasa", 0, 100), Tier("Emas", 1_500_000, 200))),
    LoyaltyRules(expiry_months=0, referral_bonus=0),
], ids=["own-rules", "never-expire"])
def test_the_history_follows_the_shops_own_rules(engine, db_url, rules):
    services = open_services(db_url)
    try:
        services.loyalty.set_rules(BUILTIN_OWNER, rules)
    finally:
        services.close()
    create_demo_shop(engine, BUILTIN_OWNER, members=150, months=14, seed=2, today=TODAY)
    kinds = _check_history(engine, rules, members=150, months=14, seed=2)
    assert kinds["earn"] and kinds["redeem"]
    assert bool(kinds["welcome"]) == bool(rules.welcome_bonus)
    assert bool(kinds["birthday"]) == bool(rules.birthday_bonus)
    assert bool(kinds["referral"]) == bool(rules.referral_bonus)
    assert bool(kinds["expire"]) == bool(rules.expiry_months)


def test_the_sample_catalog_is_added_beside_the_owners_rewards(engine, db_url):
    services = open_services(db_url)
    try:
        mine = services.loyalty.add_reward(BUILTIN_OWNER, DEMO_REWARDS[0].name,
                                           RewardTerms(RewardKind.DISCOUNT_RP, 500, 5_000))
        umbrella = services.loyalty.add_reward(BUILTIN_OWNER, "Payung Toko",
                                               RewardTerms(RewardKind.FREE_ITEM, 300))
    finally:
        services.close()
    create_demo_shop(engine, BUILTIN_OWNER, members=150, seed=4, today=TODAY)
    rewards = {r.name: r for r in _rows(engine, Reward)}
    assert set(rewards) == {r.name for r in DEMO_REWARDS} | {"Payung Toko"}
    assert (rewards[mine.name].id, rewards[mine.name].points) == (mine.id, 500)
    assert all(r.stock is None and r.active for r in rewards.values())
    used = {r.reward_id for r in _rows(engine, Redemption)} - {None}
    assert used and not used & {mine.id, umbrella.id}
    _check_history(engine, LoyaltyRules(), members=150, months=24, seed=4)


def _balances(engine) -> dict[int, int]:
    query = select(PointsEntry.member_id, func.sum(PointsEntry.points)).group_by(
        PointsEntry.member_id)
    with engine.connect() as connection:
        return {member: int(total) for member, total in connection.execute(query)}


def _check_history(engine, rules: LoyaltyRules, *, members: int, months: int,
                   seed: int) -> Counter:
    """Everything the services would have written, checked row by row; returns how many
    members have entries of each kind."""
    entries = _rows(engine, PointsEntry)
    _check_lots(entries, _allocations(engine), rules)
    _check_earnings(entries, _rows(engine, Purchase), rules)
    _check_redemptions(engine, entries, rules, list(sample_shop(members, months, seed, TODAY, END)))
    _check_bonuses(entries, _rows(engine, Member), _rows(engine, Purchase), rules)
    return Counter(kind for kind, _ in {(e.kind, e.member_id) for e in entries})


def _check_lots(entries, allocations, rules: LoyaltyRules) -> None:
    """Replays each member's ledger: credits are lots expiring by the rules; a redemption
    takes the oldest lots first, never one already due; an expiry takes what is left of one
    due lot at the daily run; no lot gives more than it has; nothing due is left."""
    taken_by: dict[int, list[tuple[int, int]]] = {}
    for debit_id, lot_id, points in allocations:
        taken_by.setdefault(debit_id, []).append((lot_id, points))
    lots: dict[int, dict[int, list]] = {}
    last_seen: dict[int, datetime] = {}
    for e in entries:
        assert e.kind in LEDGER_KINDS and e.points != 0
        assert e.created_at >= last_seen.get(e.member_id, e.created_at)  # in time order
        last_seen[e.member_id] = e.created_at
        own = lots.setdefault(e.member_id, {})
        taken = sorted(taken_by.pop(e.id, []))
        if e.points > 0:
            assert e.kind in {"welcome", "earn", "birthday", "referral"} and not taken
            assert e.expires_on == loyalty.expiry_date(e.created_at.date(), rules)
            own[e.id] = [e.points, e.expires_on]
            continue
        assert e.expires_on is None and sum(points for _, points in taken) == -e.points
        if e.kind == "expire":
            [(lot_id, points)] = taken
            left, expires = own[lot_id]
            assert points == left and expires <= e.created_at.date()
            assert e.reason == f"expired on {expires.isoformat()}"
            assert e.created_at.time() == time(7)  # the daily run, when the shop opens
        else:
            assert e.kind == "redeem" and e.redemption_id is not None
            open_lots = sorted((loyalty.Lot(i, left, expires)
                                for i, (left, expires) in own.items() if left > 0),
                               key=lambda lot: (lot.expires_on is None, lot.expires_on, lot.id))
            assert taken == sorted(loyalty.take_oldest(open_lots, -e.points))
            assert all(own[i][1] is None or own[i][1] > e.created_at.date() for i, _ in taken)
        for lot_id, points in taken:
            own[lot_id][0] -= points
            assert own[lot_id][0] >= 0
    assert not taken_by, "every allocation belongs to a debit"
    for own in lots.values():
        assert not [lot for lot in own.values()
                    if lot[0] and lot[1] is not None and lot[1] <= TODAY]


def _check_earnings(entries, purchases, rules: LoyaltyRules) -> None:
    """Each purchase earned on what was paid, at the tier of the member's spend over the
    365 days before it, this purchase included, and nothing else earned."""
    earned = {e.purchase_id: e for e in entries if e.kind == "earn"}
    assert len(earned) == sum(e.kind == "earn" for e in entries)
    by_member: dict[int, list] = {}
    for p in sorted(purchases, key=lambda p: (p.purchased_at, p.id)):
        by_member.setdefault(p.member_id, []).append(p)
    for own in by_member.values():
        for number, p in enumerate(own):
            since = p.purchased_at - timedelta(days=365)
            spend = sum(q.amount for q in own[:number + 1] if q.purchased_at > since)
            tier = loyalty.tier_for(spend, rules.tiers).tier
            expected = loyalty.points_earned(p.amount, rules, tier)
            entry = earned.pop(p.id, None)
            if expected:
                assert (entry.points, entry.member_id) == (expected, p.member_id)
                assert (entry.created_at, entry.created_by) == (p.purchased_at, "owner")
            else:
                assert entry is None
    assert not earned


def _check_redemptions(engine, entries, rules: LoyaltyRules, generated) -> None:
    """Each redemption is one debit of its points; inside a purchase its Rupiah off is the
    purchase's discount and the purchase stores what was paid; a free item comes on its own."""
    rewards = {r.id: r for r in _rows(engine, Reward)}
    purchases = {p.id: p for p in _rows(engine, Purchase)}
    gross = [amount for m in generated for _, amount, *_ in m.purchases]
    assert [p.amount + p.discount for p in purchases.values()] == gross
    debits = {e.redemption_id: e for e in entries if e.kind == "redeem"}
    inside = set()
    for r in _rows(engine, Redemption):
        debit = debits.pop(r.id)
        assert (debit.points, debit.member_id, debit.created_at) == (-r.points, r.member_id,
                                                                      r.created_at)
        assert (r.till, r.created_by) == ("demo", "owner")
        reward = rewards.get(r.reward_id)
        if reward is not None:
            assert r.points == reward.points
        if r.purchase_id is None:
            assert reward.kind == "free-item" and r.discount == 0
            continue
        p = purchases[r.purchase_id]
        assert (p.member_id, p.purchased_at, p.discount) == (r.member_id, r.created_at,
                                                             r.discount)
        paying = p.amount + p.discount
        if reward is None:  # paid with points
            assert r.points <= loyalty.points_for_rupiah(paying, rules)
            assert r.discount == min(r.points * rules.point_value, paying)
        else:
            terms = RewardTerms(RewardKind(reward.kind), reward.points, reward.value, reward.cap)
            assert reward.kind != "free-item"
            assert r.discount == loyalty.reward_discount(terms, paying)
        inside.add(p.id)
    assert not debits
    assert inside and all(p.discount == 0 for i, p in purchases.items() if i not in inside)


def _check_bonuses(entries, members, purchases, rules: LoyaltyRules) -> None:
    """The welcome bonus at registration, the birthday bonus once in a birthday month, and
    the referral bonus to both at a referred member's first purchase, keyed as the services
    key them."""
    by_key = {e.bonus_key: e for e in entries if e.bonus_key}
    first: dict[int, datetime] = {}
    for p in purchases:
        first[p.member_id] = min(p.purchased_at, first.get(p.member_id, p.purchased_at))
    for m in members:
        welcome = by_key.pop(f"welcome:{m.id}", None)
        if rules.welcome_bonus:
            assert (welcome.kind, welcome.points, welcome.member_id) == ("welcome",
                                                                         rules.welcome_bonus, m.id)
            assert (welcome.created_at, welcome.created_by) == (m.created_at, "system")
        for role, who in (("new", m.id), ("referrer", m.referred_by_id)):
            referral = by_key.pop(f"referral:{m.id}:{role}", None)
            if m.referred_by_id is None or m.id not in first or not rules.referral_bonus:
                assert referral is None
            else:
                assert (referral.kind, referral.member_id) == ("referral", who)
                assert (referral.points, referral.created_at) == (rules.referral_bonus,
                                                                  first[m.id])
    birthdays = {m.id: m.birthday for m in members}
    for key, e in by_key.items():
        assert e.kind == "birthday" and key == f"birthday:{e.created_at.year}:{e.member_id}"
        assert birthdays[e.member_id].month == e.created_at.month
        assert e.points == rules.birthday_bonus
    assert not [e for e in entries
                if e.kind in {"welcome", "birthday", "referral"} and not e.bonus_key]


# -- feedback and complaints --------------------------------------------------------------------
def test_feedback_comes_after_some_visits_mostly_good(shop):
    engine, summary = shop
    said = _rows(engine, Feedback)
    purchases = {p.id: p for p in _rows(engine, Purchase)}
    assert summary.feedback == len(said)
    assert 0.01 * len(purchases) < len(said) < 0.06 * len(purchases)  # a few percent
    walk_ins = [f for f in said if f.member_id is None]
    assert walk_ins and all(f.purchase_id is None for f in walk_ins)
    for f in said:
        assert 1 <= f.rating <= 5 and (f.nps is None or 0 <= f.nps <= 10)
        assert (f.created_by, f.till) == ("owner", "demo") and f.created_at <= END
        assert f.complaint or f.rating >= 3  # rated 1 or 2: always a complaint
        if f.member_id is not None:
            bought = purchases[f.purchase_id]
            assert bought.member_id == f.member_id and bought.purchased_at <= f.created_at
    assert sum(f.rating for f in said) / len(said) > 3.8, "ratings skewed positive"
    assert 0 < sum(f.nps is not None for f in said) < len(said)
    assert {f.channel for f in said} == {"counter", "whatsapp", "phone", "social", "review"}
    categories = {c.id: c.name for c in _rows(engine, FeedbackCategory)}
    assert {categories[f.category_id] for f in said} == {"Produk", "Pelayanan", "Harga", "Toko",
                                                         "Lainnya"}
    assert any(f.comment for f in said) and any(f.comment is None for f in said)


def test_every_complaint_has_one_case_in_every_state_some_overdue(shop):
    engine, summary = shop
    complaints = {f.id: f for f in _rows(engine, Feedback) if f.complaint}
    cases = _rows(engine, ComplaintCase)
    assert summary.complaints == len(cases) == len(complaints) > 0
    assert sorted(c.feedback_id for c in cases) == sorted(complaints)  # exactly one each
    for c in cases:
        opened = complaints[c.feedback_id].created_at
        assert (c.opened_at, c.due_at, c.version) == (opened, opened + timedelta(hours=48), 1)
        assert c.status in {"open", "in_progress", "resolved"} and c.assignee is None
        resolved = c.status == "resolved"
        assert (c.resolved_at is not None, c.resolution is not None) == (resolved, resolved)
        assert c.resolved_at is None or opened < c.resolved_at <= END
    assert Counter(c.status for c in cases).keys() == {"open", "in_progress", "resolved"}
    overdue = [c for c in cases if is_overdue(CaseStatus(c.status), c.due_at, END)]
    assert overdue, "some complaints were left past their due time"
    assert any(c.resolved_at > c.due_at for c in cases if c.resolved_at), "some resolved late"
    assert any(c.resolved_at <= c.due_at for c in cases if c.resolved_at)


def test_case_history_and_replies_are_what_the_service_writes(shop):
    engine, _ = shop
    cases = {c.id: c for c in _rows(engine, ComplaintCase)}
    history: dict[int, list] = {}
    for e in _rows(engine, CaseEvent):
        history.setdefault(e.case_id, []).append(e)
    replies = {r.feedback_id: r for r in _rows(engine, FeedbackReply)}
    assert history.keys() == cases.keys() and replies
    for case_id, events in history.items():
        case = cases[case_id]
        assert [e.created_at for e in events] == sorted(e.created_at for e in events)
        assert (events[0].kind, events[0].created_at) == ("opened", case.opened_at)
        kinds = [e.kind for e in events]
        assert set(kinds) <= {"opened", "started", "replied", "resolved"}
        if case.status != "resolved":
            assert ("started" in kinds) == (case.status == "in_progress")
        else:
            assert (events[-1].kind, events[-1].detail, events[-1].created_at) == (
                "resolved", case.resolution, case.resolved_at)
        reply = replies.get(case.feedback_id)
        assert ("replied" in kinds) == (reply is not None)
        if reply is not None:
            [event] = [e for e in events if e.kind == "replied"]
            assert (event.detail, event.created_at) == (f"{reply.channel}: {reply.text}",
                                                        reply.created_at)
    assert all(r.created_at <= END and r.created_by == "owner" for r in replies.values())


def test_the_feedback_service_sees_the_same_inbox(shop, db_url):
    _, summary = shop
    services = open_services(db_url, clock=lambda: END)
    try:
        inbox = services.feedback.cases(BUILTIN_OWNER)
        overdue = services.feedback.cases(BUILTIN_OWNER, CaseFilter(overdue_only=True))
        figures = services.feedback.figures(BUILTIN_OWNER)
    finally:
        services.close()
    assert len(inbox) == summary.complaints
    assert [c.due_at for c in inbox] == sorted(c.due_at for c in inbox)
    assert overdue and all(c.overdue for c in overdue)
    assert figures.overall.count == summary.feedback
    assert figures.handling.overdue == len(overdue) and figures.handling.resolved > 0


def test_a_retired_feedback_category_is_not_used(engine, db_url):
    services = open_services(db_url)
    try:
        services.feedback.set_category_active(BUILTIN_OWNER, "Harga", False)
        services.feedback.add_category(BUILTIN_OWNER, "Parkir")
    finally:
        services.close()
    create_demo_shop(engine, BUILTIN_OWNER, members=150, seed=2, today=TODAY)
    categories = {c.id: c.name for c in _rows(engine, FeedbackCategory)}
    used = Counter(categories[f.category_id] for f in _rows(engine, Feedback))
    assert "Harga" not in used and used["Parkir"] > 0  # the last active one takes its share
