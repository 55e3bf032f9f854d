"""services.shop_move over db.copy: who may move a shop, and what counts as an empty target."""

from __future__ import annotations

import pytest
from sqlalchemy import create_engine, select

from tests.conftest import empty_database
from tests.factories import make_member
from tokocrm.db import copy
from tokocrm.db.models import AuditEvent
from tokocrm.domain.errors import PermissionDenied
from tokocrm.domain.roles import Role
from tokocrm.services.actor import Actor
from tokocrm.services.container import open_services
from tokocrm.services.shop_move import move_shop

NOWHERE = "postgresql+psycopg://nobody@127.0.0.1:1/none"  # never reached: refused before


@pytest.fixture
def shop(tmp_path):
    services = open_services(f"sqlite:///{tmp_path / 'shop.db'}")
    make_member(services, "Siti")
    yield services
    services.close()


@pytest.fixture
def target(request, tmp_path):
    """A new, empty database on the test session's PostgreSQL server."""
    with empty_database("postgresql", request, tmp_path / "unused.db") as url:
        yield url


@pytest.mark.parametrize("role", [Role.CASHIER, Role.BOOKKEEPER])
def test_only_who_may_back_up_moves_a_shop(shop, role):
    with pytest.raises(PermissionDenied, match="may not back up and restore the database"):
        move_shop(shop.engine, NOWHERE, actor=Actor("Ani", role))


def test_the_owner_moves_it_and_the_trail_says_who(shop, target):
    owner = Actor("Bu Rina", Role.OWNER, till="kasir-1")
    moved = move_shop(shop.engine, target, actor=owner)
    assert moved.source_totals == moved.target_totals
    assert moved.source_totals.rows["member"] == 1
    assert moved.source_totals.points_by_member == {1: moved.source_totals.points_total}
    engine = create_engine(target)
    with engine.connect() as connection:
        event = connection.execute(select(AuditEvent)).one()
    engine.dispose()
    assert (event.username, event.role, event.till, event.action, event.subject) == (
        "Bu Rina", "owner", "kasir-1", "shop_moved", shop.database.location)


def test_a_freshly_migrated_database_holds_no_data_but_its_seeds(target):
    open_services(target).close()
    seeds = copy.migration_seeds()
    assert seeds["product_category"] and seeds["feedback_category"]
    assert [row[1] for row in seeds["app_user"]] == ["owner"]  # the placeholder, no secret
    engine = create_engine(target)
    with engine.connect() as connection:
        assert copy.data_found(connection) == {}
    engine.dispose()
    other = open_services(target)
    make_member(other, "Budi")
    other.close()
    with engine.connect() as connection:
        found = copy.data_found(connection)
    engine.dispose()
    assert found["member"] == 1 and found["points_entry"] == 1  # and the card sequence


@pytest.mark.parametrize(("source", "target", "said"), [
    ("sqlite:///{tmp}/a.db", "sqlite:///{tmp}/a.db", "it is the shop's own database"),
    ("sqlite:///{tmp}/a.db", "sqlite:///{tmp}/b.db", "is not a PostgreSQL database"),
    ("sqlite:///{tmp}/a.db", "mysql://root@localhost/toko", "is not a PostgreSQL database"),
    ("postgresql://u@h/toko", "postgresql://u@h:5432/toko", "it is the shop's own database"),
    ("postgresql://u@h/toko", "postgresql://u@h/other", "is not an SQLite file"),
])
def test_impossible_moves_are_refused_before_connecting(tmp_path, source, target, said):
    with pytest.raises(copy.MoveRefused, match=said):
        copy.check_pair(copy.target_url(source.format(tmp=tmp_path)),
                        copy.target_url(target.format(tmp=tmp_path)))


def test_a_url_that_cannot_be_read_is_refused_without_saying_it_back():
    with pytest.raises(copy.MoveRefused, match="is not a database URL") as refused:
        copy.target_url("postgresql+psycopg://toko:rahasia@server:port/toko")
    assert "rahasia" not in str(refused.value)
    assert copy.target_url("postgresql://toko@server/toko").drivername == copy.DRIVER
