"""Customer value from the database on both engines: the history per member (repeat purchases
counted per distinct day, as the models need), the fallback when the history is too short, and
the models fitted on a sample shop giving sensible predictions."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import numpy as np
import pytest

from tests.factories import make_member
from tokocrm.domain.errors import PermissionDenied
from tokocrm.domain.roles import Role
from tokocrm.services.actor import BUILTIN_OWNER, Actor
from tokocrm.services.customer_value import Fallback
from tokocrm.services.demo import create_demo_shop
from tokocrm.services.dto import PurchaseInput

TODAY = date(2026, 3, 10)  # the clock fixture's day


def bought(shop, who, day: date, amount: int, hour: int = 10) -> None:
    shop.purchases.record(BUILTIN_OWNER, PurchaseInput(
        member_id=who.id, amount=amount, at=datetime.combine(day, datetime.min.time()).replace(
            hour=hour)))


def test_history_counts_repeat_purchases_per_distinct_day(shop):
    siti, budi = make_member(shop, "Siti"), make_member(shop, "Budi")
    make_member(shop, "Belum Belanja")  # no purchase: not a customer yet
    first = TODAY - timedelta(days=400)
    bought(shop, siti, first, 100_000, hour=9)
    bought(shop, siti, first, 50_000, hour=17)  # the same day: one purchase day
    bought(shop, siti, TODAY - timedelta(days=10), 30_000)
    bought(shop, budi, TODAY - timedelta(days=3), 20_000)
    model, values = shop.customer_value.values(BUILTIN_OWNER)
    assert model.customers == 2
    assert values.member_ids.tolist() == [siti.id, budi.id]
    assert values.visits.tolist() == [3, 1]
    assert values.repeat_days.tolist() == [1, 0]
    assert values.total_spend.tolist() == [180_000, 20_000]
    assert values.spend_12m.tolist() == [30_000, 20_000]
    assert values.average_basket.tolist() == [60_000, 20_000]


def test_too_little_history_falls_back_to_the_history_alone(shop):
    siti = make_member(shop, "Siti")
    bought(shop, siti, TODAY - timedelta(days=20), 100_000)
    bought(shop, siti, TODAY - timedelta(days=5), 100_000)
    model, values = shop.customer_value.values(BUILTIN_OWNER)
    assert model.fallback is Fallback.HISTORY_TOO_SHORT and not model.usable
    assert model.bg_nbd is None and values.predicted_value_12m is None
    assert values.total_spend.tolist() == [200_000]


def test_an_empty_shop_has_no_customers_and_no_model(shop):
    model, values = shop.customer_value.values(BUILTIN_OWNER)
    assert (model.customers, model.fallback) == (0, Fallback.HISTORY_TOO_SHORT)
    assert values.member_ids.size == 0


@pytest.fixture
def sample(shop):
    create_demo_shop(shop.engine, BUILTIN_OWNER, members=300, months=18, seed=3, today=TODAY)
    return shop


def test_the_models_fit_a_sample_shop_and_predict_sensibly(sample):
    model, values = sample.customer_value.values(BUILTIN_OWNER, unit="days")
    assert model.usable and model.bg_nbd.converged and model.gamma_gamma.converged
    assert model.bg_nbd.customers == model.customers == values.member_ids.size
    alive, expected = values.probability_alive, values.expected_visits_12m
    assert np.all((alive >= 0) & (alive <= 1)) and np.all(expected >= 0)
    assert np.all(values.predicted_value_12m >= 0)
    # loyal members (recent, frequent) are likelier still customers than former repeat buyers
    recent = sample.segments.compute(BUILTIN_OWNER)
    loyal = [i for i, m in enumerate(values.member_ids) if recent.members[int(m)][0] == "loyal"]
    former = [i for i, m in enumerate(values.member_ids)
              if recent.members[int(m)][0] == "former" and values.repeat_days[i] > 0]
    assert alive[loyal].mean() > alive[former].mean()
    assert values.predicted_value_12m[loyal].mean() > values.predicted_value_12m[former].mean()


def test_the_unit_changes_alpha_not_the_shape(sample):
    in_days = sample.customer_value.fit(BUILTIN_OWNER, unit="days")
    in_weeks = sample.customer_value.fit(BUILTIN_OWNER, unit="weeks")
    assert in_days.bg_nbd.r == pytest.approx(in_weeks.bg_nbd.r, rel=1e-2)
    assert in_days.bg_nbd.alpha == pytest.approx(in_weeks.bg_nbd.alpha * 7, rel=1e-2)


def test_a_cashier_may_not_see_customer_value(shop):
    with pytest.raises(PermissionDenied):
        shop.customer_value.values(Actor(username="ani", role=Role.CASHIER))
