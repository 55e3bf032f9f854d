"""The schema comes only from migrations, matches the models, and old databases upgrade."""

from __future__ import annotations

from contextlib import contextmanager

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, select, text

from tokocrm.db import health, migrate
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


# -- an old shop, one migration at a time ------------------------------------------------------
# Rows to add when a table first exists, written for the columns it had then (a table's first
# migration never changes), without explicit ids so PostgreSQL's sequences stay right. Every
# later migration must keep them: a table created by a new migration needs no entry here.
MEMBER = "(SELECT id FROM member WHERE card = '2900000000018')"
PURCHASE = "(SELECT min(id) FROM purchase)"
FEEDBACK = "(SELECT min(id) FROM feedback)"
CASE = "(SELECT min(id) FROM complaint_case)"
SEEDS: dict[str, list[str]] = {
    "shop_setting": [
        "INSERT INTO shop_setting (key, value) VALUES ('shop_name', '\"Toko Maju\"')"],
    "app_user": [
        "INSERT INTO app_user (username, role, active) VALUES ('ani', 'cashier', true)"],
    "member": [
        "INSERT INTO member (card, name, phone, joined_on, marketing_consent, status, "
        "created_at, updated_at, version) VALUES ('2900000000018', 'Siti', '+6281234567890', "
        "'2026-01-02', true, 'active', '2026-01-02 10:00:00', '2026-01-02 10:00:00', 1)",
        "INSERT INTO member (card, name, phone, joined_on, referred_by_id, marketing_consent, "
        "status, created_at, updated_at, version) SELECT '2900000000025', 'Budi', "
        "'+6285711112222', '2026-01-03', id, false, 'active', '2026-01-03 10:00:00', "
        "'2026-01-03 10:00:00', 1 FROM member"],
    "purchase": [
        "INSERT INTO purchase (member_id, amount, purchased_at, receipt, till, recorded_by, "
        f"recorded_at) SELECT {MEMBER}, 125000, '2026-01-02 10:05:00', 'R-1', 'kasir', 'owner', "
        "'2026-01-02 10:05:00'"],
    "purchase_category": [
        f"INSERT INTO purchase_category SELECT {PURCHASE}, id FROM product_category "
        "WHERE name = 'Sembako'"],
    "reward": [
        "INSERT INTO reward (name, kind, points, value, active, created_at) VALUES "
        "('Diskon', 'discount-rp', 30, 3000, true, '2026-01-02 10:00:00')"],
    "redemption": [
        "INSERT INTO redemption (member_id, reward_id, points, discount, till, created_by, "
        f"created_at) SELECT {MEMBER}, id, 30, 3000, 'kasir', 'owner', '2026-01-05 09:00:00' "
        "FROM reward"],
    "points_entry": [
        "INSERT INTO points_entry (member_id, points, kind, purchase_id, expires_on, created_by,"
        f" created_at) VALUES ({MEMBER}, 100, 'earn', {PURCHASE}, '2027-01-02', 'owner', "
        "'2026-01-02 10:05:00')",
        "INSERT INTO points_entry (member_id, points, kind, redemption_id, created_by, "
        f"created_at) SELECT {MEMBER}, -30, 'redeem', id, 'owner', '2026-01-05 09:00:00' "
        "FROM redemption"],
    "points_allocation": [
        "INSERT INTO points_allocation (debit_id, lot_id, points) SELECT min(d.id), min(l.id), "
        "30 FROM points_entry d, points_entry l WHERE d.points < 0 AND l.points > 0"],
    "feedback": [
        "INSERT INTO feedback (member_id, purchase_id, rating, category_id, channel, comment, "
        f"complaint, created_at, created_by, till) SELECT {MEMBER}, {PURCHASE}, 2, min(id), "
        "'counter', 'antre lama', true, '2026-01-02 10:10:00', 'owner', 'kasir' "
        "FROM feedback_category"],
    "complaint_case": [
        "INSERT INTO complaint_case (feedback_id, status, due_at, opened_at, version) "
        f"VALUES ({FEEDBACK}, 'open', '2026-01-04 10:10:00', '2026-01-02 10:10:00', 1)"],
    "feedback_reply": [
        "INSERT INTO feedback_reply (feedback_id, channel, text, created_at, created_by) "
        f"VALUES ({FEEDBACK}, 'whatsapp', 'Maaf, Bu', '2026-01-02 11:00:00', 'owner')"],
    "case_event": [
        "INSERT INTO case_event (case_id, kind, created_at, created_by) "
        f"VALUES ({CASE}, 'opened', '2026-01-02 10:10:00', 'owner')"],
    "audit_event": [
        "INSERT INTO audit_event (at, username, role, till, action, details) VALUES "
        "('2026-01-02 10:00:00', 'owner', 'owner', 'kasir', 'login', '{}')"],
    "message_template": [
        "INSERT INTO message_template (name, kind, body, active, created_at, updated_at) VALUES "
        "('Terima kasih', 'service', 'Halo {nama}', true, '2026-01-02 10:00:00', "
        "'2026-01-02 10:00:00')"],
    "message_log": [
        "INSERT INTO message_log (member_id, template_id, channel, text, sent_at, sent_by, till)"
        f" SELECT {MEMBER}, id, 'whatsapp', 'Halo Siti', '2026-01-02 12:00:00', 'owner', "
        "'kasir' FROM message_template"],
}


def revisions_oldest_first() -> list[str]:
    return [script.revision for script in reversed(list(migrate.script_directory()
                                                        .walk_revisions()))]


def rows_by_table(connection) -> dict[str, set]:
    """Each shop table's rows by primary key (or their count, for a table without one)."""
    inspector = inspect(connection)
    found: dict[str, set] = {}
    for name in inspector.get_table_names():
        if name == "alembic_version" or not migrate.include_name(name, "table", None):
            continue
        key = inspector.get_pk_constraint(name)["constrained_columns"]
        query = f"SELECT {', '.join(key)} FROM {name}" if key else f"SELECT count(*) FROM {name}"
        found[name] = {tuple(row) for row in connection.execute(text(query))}
    return found


def seed_new_tables(connection, before: dict[str, set]) -> None:
    new = rows_by_table(connection).keys() - before.keys()
    for name in [name for name in SEEDS if name in new]:  # in SEEDS' order: parents first
        for statement in SEEDS[name]:
            connection.execute(text(statement))


@contextmanager
def upgrading(engine):
    """A transaction to migrate in, as open_database does it: on SQLite foreign keys are off
    while tables are rebuilt (the pragma only changes outside a transaction) and checked after."""
    with engine.connect() as connection:
        sqlite = connection.dialect.name == "sqlite"
        raw = connection.connection.dbapi_connection
        if sqlite:
            raw.execute("PRAGMA foreign_keys=OFF")
        try:
            with connection.begin():
                yield connection
                if sqlite:
                    assert connection.exec_driver_sql("PRAGMA foreign_key_check").all() == []
        finally:
            if sqlite:
                raw.execute("PRAGMA foreign_keys=ON")


def lost_rows(before: dict[str, set], after: dict[str, set]) -> dict[str, set]:
    return {name: rows - after.get(name, set()) for name, rows in before.items()
            if rows - after.get(name, set())}


def test_an_old_shop_upgrades_one_migration_at_a_time_without_losing_a_row(db_url):
    """From the first schema to the newest, a step at a time, with rows in every table from
    the migration that made it: after each step every row of before is still there."""
    first, *later = revisions_oldest_first()
    engine = make_engine(db_url)
    try:
        with upgrading(engine) as connection:
            migrate.upgrade(connection, first)
            seed_new_tables(connection, {})
        for revision in later[:-1]:
            with upgrading(engine) as connection:
                before = rows_by_table(connection)
                migrate.upgrade(connection, revision)
                assert lost_rows(before, rows_by_table(connection)) == {}, revision
                seed_new_tables(connection, before)
        with engine.connect() as connection:
            before = rows_by_table(connection)
    finally:
        engine.dispose()
    assert [name for name in SEEDS if not before.get(name)] == [], "a seed inserted nothing"

    engine, info = open_database(db_url)  # the newest migration as the app runs it
    with engine.connect() as connection:
        after = rows_by_table(connection)
    assert health.check(engine) == []
    engine.dispose()
    assert (info.upgraded_from, info.revision) == ([first, *later][-2], migrate.head_revision())
    assert lost_rows(before, after) == {}
    shop = open_services(db_url)
    try:
        (siti,) = shop.members.find(BUILTIN_OWNER, "Siti")
        assert shop.loyalty.standing(BUILTIN_OWNER, siti.id).balance == 70
    finally:
        shop.close()
