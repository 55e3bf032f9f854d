"""Tills and branches: each installation names its till and branch, purchases, redemptions and
feedback keep them, and the dashboard's figures and the exports can show one branch."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from tests.services.test_exports import read, rows_by
from tokocrm.db.models import Feedback, Redemption
from tokocrm.domain.errors import InvalidField, PermissionDenied
from tokocrm.domain.loyalty import RewardKind, RewardTerms
from tokocrm.domain.roles import Role
from tokocrm.domain.users import SecretKind
from tokocrm.services.actor import BUILTIN_OWNER, Actor, Place
from tokocrm.services.container import open_services
from tokocrm.services.dto import MemberInput, PurchaseInput
from tokocrm.services.feedback_dto import FeedbackInput
from tokocrm.services.shop_settings import BRANCHES_KEY

PUSAT = Actor(username="ani", role=Role.CASHIER, till="Kasir 1", branch="Pusat")
SELATAN = Actor(username="budi", role=Role.CASHIER, till="Kasir 1", branch="Cabang Selatan")
OWNER = BUILTIN_OWNER


@pytest.fixture
def siti(shop):
    return shop.members.register(OWNER, MemberInput(name="Siti", phone="0812-3456-7890"))


def buy(shop, till, who, amount, **fields):
    return shop.purchases.record(till, PurchaseInput(member_id=who.id, amount=amount, **fields))


def two_branches(shop, clock, siti):
    """Pusat sells Rp 300.000 in two visits and hears a 5; Selatan Rp 50.000 and a complaint."""
    clock.set(2026, 3, 2, 10, 0)
    buy(shop, PUSAT, siti, 100_000, receipt="P-1")
    clock.set(2026, 3, 5, 11, 0)
    buy(shop, PUSAT, siti, 200_000, receipt="P-2")
    buy(shop, SELATAN, siti, 50_000, receipt="S-1")
    shop.feedback.record(PUSAT, FeedbackInput(rating=5, member_id=siti.id))
    shop.feedback.record(SELATAN, FeedbackInput(rating=1, member_id=siti.id, comment="lama"))
    clock.set(2026, 3, 10, 10, 0)


def test_purchases_redemptions_and_feedback_keep_till_and_branch(shop, siti):
    row = buy(shop, SELATAN, siti, 150_000)
    assert (row.till, row.branch) == ("Kasir 1", "Cabang Selatan")
    assert shop.purchases.list(OWNER)[0].branch == "Cabang Selatan"
    reward = shop.loyalty.add_reward(OWNER, "Gula 1 kg", RewardTerms(RewardKind.FREE_ITEM, 10))
    shop.loyalty.redeem(PUSAT, siti.id, reward.id)
    shop.feedback.record(PUSAT, FeedbackInput(rating=4, member_id=siti.id))
    with shop.engine.connect() as connection:
        assert connection.execute(select(Redemption.till, Redemption.branch)).all() == [
            ("Kasir 1", "Pusat")]
        assert connection.execute(select(Feedback.till, Feedback.branch)).all() == [
            ("Kasir 1", "Pusat")]


def test_whoever_logs_in_acts_from_the_installations_till_and_branch(db_url):
    place = Place(till="Kasir 2", branch="Cabang Selatan")
    services = open_services(db_url, place=place)
    try:
        owner = services.users.create_owner("Toko Makmur", "rina", "rahasia123",
                                             SecretKind.PASSWORD)
        assert (owner.till, owner.branch) == ("Kasir 2", "Cabang Selatan")
        again = services.users.login("rina", "rahasia123")
        assert (again.till, again.branch) == ("Kasir 2", "Cabang Selatan")
        trail = services.audit.events(again)
        assert {(e.action, e.till) for e in trail} >= {("login", "Kasir 2")}
    finally:
        services.close()


def test_naming_the_counter_keeps_the_shops_list_of_branches(shop):
    place = shop.settings.name_counter(OWNER, "  Kasir   2 ", "Cabang  Selatan")
    assert place == Place(till="Kasir 2", branch="Cabang Selatan")
    shop.settings.name_counter(OWNER, "Kasir 1", "Pusat")
    # Typed in other letters, it is the same branch, spelled as the shop first named it.
    assert shop.settings.name_counter(OWNER, "Kasir 3", "cabang selatan").branch == (
        "Cabang Selatan")
    assert shop.settings.branches(OWNER) == ["Cabang Selatan", "Pusat"]
    assert shop.settings.branches(PUSAT) == ["Cabang Selatan", "Pusat"]  # anyone may read
    changes = [e for e in shop.audit.events(OWNER) if e.subject in (BRANCHES_KEY, "this counter")]
    assert changes and all(e.action == "settings_changed" for e in changes)


def test_naming_the_counter_checks_names_and_the_role(shop):
    with pytest.raises(InvalidField, match="till"):
        shop.settings.name_counter(OWNER, "   ", "Pusat")
    with pytest.raises(InvalidField, match="branch"):
        shop.settings.name_counter(OWNER, "Kasir 1", "x" * 65)
    with pytest.raises(PermissionDenied):
        shop.settings.name_counter(PUSAT, "Kasir 9", "Pusat Baru")
    assert shop.settings.branches(OWNER) == []


def test_the_dashboard_figures_of_one_branch(shop, clock, siti):
    two_branches(shop, clock, siti)
    whole = shop.dashboard.compute(OWNER).now
    pusat = shop.dashboard.compute(OWNER, branch="Pusat")
    selatan = shop.dashboard.compute(OWNER, branch="Cabang Selatan").now
    assert pusat.branch == "Pusat"
    assert (whole.revenue, whole.visits) == (350_000, 3)
    assert (pusat.now.revenue, pusat.now.visits, pusat.now.active_members) == (300_000, 2, 1)
    assert (selatan.revenue, selatan.visits) == (50_000, 1)
    # Selatan saw Siti once: a one-time buyer there; at Pusat she came back.
    assert (selatan.one_time_rate, pusat.now.one_time_rate) == (1.0, 0.0)
    assert (pusat.now.average_rating, selatan.average_rating, whole.average_rating) == (
        5.0, 1.0, 3.0)
    assert (pusat.now.open_complaints, selatan.open_complaints, whole.open_complaints) == (
        0, 1, 1)
    # Members and their points belong to the whole shop.
    assert pusat.now.new_members == whole.new_members == 1
    assert pusat.now.points_liability == whole.points_liability



def test_a_branch_nothing_happened_at_is_refused_with_the_branches_there_are(shop, clock,
                                                                             siti, tmp_path):
    two_branches(shop, clock, siti)  # recorded at Pusat and Cabang Selatan, neither listed
    shop.settings.name_counter(OWNER, "Kasir 9", "Cabang Utara")  # listed, nothing yet
    asks = [lambda b: shop.dashboard.compute(OWNER, branch=b),
            lambda b: shop.exports.purchases(OWNER, branch=b),
            lambda b: shop.exports.ledger(OWNER, branch=b),
            lambda b: shop.exports.feedback(OWNER, branch=b),
            lambda b: shop.exports.monthly(OWNER, date(2026, 3, 1), branch=b)]
    for ask in asks:
        with pytest.raises(InvalidField) as refused:
            ask("Pusta")
        assert refused.value.params["field"] == "branch"
        assert refused.value.params["choices"] == "Cabang Selatan, Cabang Utara, Pusat"
    assert shop.dashboard.compute(OWNER, branch="pusat").branch == "Pusat"  # other letters
    assert shop.dashboard.compute(OWNER, branch=" cabang  selatan ").branch == "Cabang Selatan"
    assert shop.dashboard.compute(OWNER, branch="Cabang Utara").now.revenue == 0
    assert shop.dashboard.compute(OWNER, branch="  ").branch is None  # blank: the whole shop


def test_exports_of_one_branch(shop, clock, siti):
    two_branches(shop, clock, siti)
    reward = shop.loyalty.add_reward(OWNER, "Gula 1 kg", RewardTerms(RewardKind.FREE_ITEM, 10))
    shop.loyalty.redeem(SELATAN, siti.id, reward.id)
    shop.loyalty.adjust(OWNER, siti.id, 7, "koreksi")

    rows, _ = rows_by(shop.exports.purchases(OWNER, branch="Pusat"), "Purchases", "Receipt")
    assert [(r["Receipt"], r["Branch"], r["Till"]) for r in rows] == [
        ("P-1", "Pusat", "Kasir 1"), ("P-2", "Pusat", "Kasir 1")]
    everything, _ = rows_by(shop.exports.purchases(OWNER), "Purchases", "Receipt")
    assert len(everything) == 3

    entries, _ = rows_by(shop.exports.ledger(OWNER, branch="Cabang Selatan"), "Points ledger",
                         "Kind")
    # Earned on the Rp 50.000 and spent on the reward there; an adjustment is no branch's.
    assert [(r["Kind"], r["Points"], r["Branch"]) for r in entries] == [
        ("earn", 5, "Cabang Selatan"), ("redeem", -10, "Cabang Selatan")]
    assert len(read(shop.exports.ledger(OWNER))["Points ledger"][1]) == 5

    feedback, _ = rows_by(shop.exports.feedback(OWNER, branch="Cabang Selatan"), "Feedback",
                          "Rating")
    assert [(r["Rating"], r["Branch"]) for r in feedback] == [(1, "Cabang Selatan")]


def test_the_monthly_workbook_of_one_branch(shop, clock, siti):
    two_branches(shop, clock, siti)
    sheets = read(shop.exports.monthly(OWNER, date(2026, 3, 1), branch="Pusat"))
    summary = dict(sheets["Summary"][1])
    assert summary["Branch"] == (summary["Branch"][0], "Pusat")
    assert summary["Revenue"][1] == 300_000 and summary["Purchases"][1] == 2
    assert summary["Points issued"][1] == 30  # 10 + 20 earned at Pusat
    # The shop's own figures are left out rather than shown as the branch's.
    assert "Points liability" not in summary and "New members" not in summary
    days = {row[0]: row for row in sheets["Days"][1]}
    assert days[date(2026, 3, 5)][1:] == (1, 200_000, 0, None, 20, 0, None)
    assert [r[2] for r in sheets["Purchases"][1]] == ["P-1", "P-2"]
    whole = dict(read(shop.exports.monthly(OWNER, date(2026, 3, 1)))["Summary"][1])
    assert whole["Revenue"][1] == 350_000 and "Branch" not in whole
