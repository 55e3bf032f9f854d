"""The schema comes only from migrations, matches the models, and old databases upgrade."""

from __future__ import annotations

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import select, text

from tokocrm.db import migrate
from tokocrm.db.engine import make_engine
from tokocrm.db.models import AppUser, Base, ShopSetting
from tokocrm.db.opening import open_database
from tokocrm.services.actor import BUILTIN_OWNER
from tokocrm.services.container import open_services
from tokocrm.services.dto import MemberInput


def test_migrations_build_exactly_the_models(db_url):
    engine, _info = open_database(db_url)
    with engine.connect() as connection:
        options = {"compare_type": True, "include_name": migrate.include_name}
        context = MigrationContext.configure(connection, opts=options)
        assert compare_metadata(context, Base.metadata) == []
    engine.dispose()


def test_old_schema_database_upgrades_without_losing_rows(db_url):
    old = make_engine(db_url)
    with old.begin() as connection:
        migrate.upgrade(connection, "0001")
        connection.execute(
            ShopSetting.__table__.insert(), [{"key": "shop_name", "value": "Toko Maju"},
                                              {"key": "card_prefix", "value": "29"}])
    old.dispose()

    engine, info = open_database(db_url)
    assert info.upgraded_from == "0001"
    assert info.revision == migrate.head_revision()
    assert not info.created
    with engine.connect() as connection:
        settings = dict(connection.execute(select(ShopSetting.key, ShopSetting.value)).all())
        owner = connection.execute(select(AppUser.username, AppUser.role)).one()
        version = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
    engine.dispose()
    assert settings == {"shop_name": "Toko Maju", "card_prefix": "29"}
    assert tuple(owner) == ("owner", "owner")
    assert version == migrate.head_revision()


def test_every_migration_downgrades_and_upgrades_again(db_url):
    engine, _info = open_database(db_url)
    with engine.begin() as connection:
        command.downgrade(migrate.alembic_config(connection), "base")
        assert migrate.current_revision(connection) is None
        migrate.upgrade(connection)
        assert migrate.current_revision(connection) == migrate.head_revision()
    engine.dispose()


def test_shop_from_the_counter_release_upgrades_with_its_purchases(db_url):
    old = make_engine(db_url)
    with old.begin() as connection:
        migrate.upgrade(connection, "0003")
        connection.execute(text(
            "INSERT INTO member (card, name, phone, joined_on, marketing_consent, status, "
            "created_at, updated_at, version) VALUES ('2900000000018', 'Siti', "
            "'+6281234567890', '2026-01-02', false, 'active', '2026-01-02 10:00:00', "
            "'2026-01-02 10:00:00', 1)"))
        connection.execute(text(
            "INSERT INTO purchase (member_id, amount, purchased_at, till, recorded_by, "
            "recorded_at) SELECT id, 125000, '2026-01-02 10:05:00', 'kasir', 'owner', "
            "'2026-01-02 10:05:00' FROM member"))
        connection.execute(text(
            "INSERT INTO purchase_category SELECT purchase.id, product_category.id "
            "FROM purchase, product_category WHERE product_category.name = 'Sembako'"))
    old.dispose()
    engine, info = open_database(db_url)
    assert info.upgraded_from == "0003"
    with engine.connect() as connection:
        row = connection.execute(text("SELECT amount, discount FROM purchase")).one()
        assert tuple(row) == (125_000, 0)
        names = connection.execute(text("SELECT name FROM member")).scalars().all()
        links = connection.execute(text("SELECT count(*) FROM purchase_category")).scalar()
        if connection.dialect.name == "sqlite":  # table rebuilds must keep the name index
            triggers = connection.execute(text(
                "SELECT count(*) FROM sqlite_master WHERE type = 'trigger'")).scalar()
            assert triggers == 3
    engine.dispose()
    assert names == ["Siti"] and links == 1
    shop = open_services(db_url)  # the name index still follows the rebuilt member table
    try:
        shop.members.register(BUILTIN_OWNER, MemberInput(name="Siti Kartu"))  # no phone: 0006
        assert [m.name for m in shop.members.find(BUILTIN_OWNER, "iti")] == ["Siti", "Siti Kartu"]
    finally:
        shop.close()
