"""The sample shop: reproducible, believable, and never mixed into a real shop."""

from __future__ import annotations

from collections import Counter
from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import delete, func, select

from tokocrm.db.models import Member, Purchase, ShopSetting, purchase_category
from tokocrm.db.opening import open_database
from tokocrm.domain.cards import is_valid_ean13, new_card_number
from tokocrm.domain.demo_shop import sample_shop
from tokocrm.domain.errors import Cancelled, DemoRefused, InvalidField, PermissionDenied
from tokocrm.domain.phone import parse_mobile
from tokocrm.domain.roles import Role
from tokocrm.services import demo
from tokocrm.services.actor import BUILTIN_OWNER, Actor
from tokocrm.services.container import open_services
from tokocrm.services.demo import create_demo_shop
from tokocrm.services.dto import MemberInput, PurchaseInput

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


def _wipe(engine) -> None:
    with engine.begin() as connection:
        for table in (purchase_category, Purchase.__table__, Member.__table__):
            connection.execute(delete(table))
        connection.execute(delete(ShopSetting))


def test_same_seed_and_day_give_the_same_shop_and_another_seed_another(engine):
    create_demo_shop(engine, BUILTIN_OWNER, members=120, months=6, seed=3, today=TODAY)
    first = (_members(engine), _purchases(engine))
    _wipe(engine)
    create_demo_shop(engine, BUILTIN_OWNER, members=120, months=6, seed=3, today=TODAY)
    assert (_members(engine), _purchases(engine)) == first
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
        assert isinstance(p.amount, int) and p.amount >= 5_000 and p.amount % 500 == 0
        assert p.purchased_at.date() <= TODAY and 7 <= p.purchased_at.hour < 22
        assert (p.till, p.recorded_by, p.recorded_at) == ("demo", "owner", p.purchased_at)
    amounts = [p.amount for p in _rows(engine, Purchase)]
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
    services = open_services(db_url)
    try:
        member = services.members.register(BUILTIN_OWNER, MemberInput(name="Baru", phone=phone))
        services.purchases.record(BUILTIN_OWNER, PurchaseInput(member_id=member.id, amount=12_000))
    finally:
        services.close()
    assert member.card not in cards and member.card == new_card_number("29", MEMBERS + 1)
    assert member.id == MEMBERS + 1


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
    with engine.connect() as connection:
        assert connection.scalar(select(func.count()).select_from(ShopSetting)) == 0
    create_demo_shop(engine, BUILTIN_OWNER, members=10, today=TODAY)  # and it can start over


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
