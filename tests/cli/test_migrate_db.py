"""`tokocrm migrate-db --to URL`: a whole SQLite shop into an empty PostgreSQL database, on the
test session's real PostgreSQL server: every row as it was, checked before the commit, all or
nothing, and only by someone who may back the shop up."""

from __future__ import annotations

import json
import sqlite3
from contextlib import closing

import pytest
from sqlalchemy import create_engine, func, inspect, select, text
from sqlalchemy.engine import make_url

from tests.conftest import empty_database
from tests.factories import make_member, make_purchase
from tokocrm.cli import main
from tokocrm.db import migrate
from tokocrm.db.models import Base, PointsEntry
from tokocrm.domain.roles import Role
from tokocrm.domain.users import SecretKind
from tokocrm.services.actor import BUILTIN_OWNER
from tokocrm.services.container import open_services
from tokocrm.services.demo import create_demo_shop

PASSWORD = "TOKOCRM_PASSWORD"
OWNER, OWNER_SECRET = "Bu Rina", "rahasia-123"
CASHIER, CASHIER_PIN = "Ani", "482913"
JSON_KEYS = {"source", "target", "tables", "rows", "points_total", "purchase_total",
             "verified", "seconds"}


@pytest.fixture
def shop(tmp_path):
    """A sample shop with a bit of everything: the demo's members, purchases, points,
    redemptions, feedback and cases, then users, a merge into a later member, a referral, an
    erasure, a new category and a message sent, each with its audit event."""
    path = tmp_path / "shop.db"
    services = open_services(f"sqlite:///{path}")
    try:
        create_demo_shop(services.engine, BUILTIN_OWNER, members=40, months=6, seed=5)
        owner = services.users.create_owner("Toko Maju", OWNER, OWNER_SECRET,
                                            SecretKind.PASSWORD)
        services.users.add(owner, CASHIER, Role.CASHIER, CASHIER_PIN, SecretKind.PIN)
        older = make_member(services, "Budi Lama")
        newer = make_member(services, "Budi Baru", referrer=older.card)
        make_purchase(services, older, 75_000)
        services.members.merge(owner, newer.id, older.id)  # points at a row copied after it
        services.privacy.erase(owner, make_member(services, "Hapus Saya").id, "permintaan")
        services.categories.add(owner, "Elektronik")
        template = services.messages.add_template(owner, "Terima kasih", "service",
                                                  "Halo {nama}, terima kasih!")
        services.messages.log_send(owner, newer.id, template.id, "Halo Budi", "clipboard")
    finally:
        services.close()
    return path


@pytest.fixture
def target(request, tmp_path):
    """A new, empty database on the test session's PostgreSQL server."""
    with empty_database("postgresql", request, tmp_path / "unused.db") as url:
        yield url


@pytest.fixture
def as_owner(monkeypatch):
    monkeypatch.setenv(PASSWORD, OWNER_SECRET)


def run(capsys, shop, *argv: str) -> tuple[int, str, str]:
    code = main(["--db", str(shop), *argv])
    out, err = capsys.readouterr()
    return code, out, err


def move(capsys, shop, target, *extra: str) -> tuple[int, str, str]:
    return run(capsys, shop, "--user", OWNER, "migrate-db", "--to", target, *extra)


def dump(url) -> dict[str, list[dict]]:
    """Every row of every table the database has, in key order, column by column."""
    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            present = set(inspect(connection).get_table_names())
            return {table.name: [dict(row) for row in connection.execute(
                        select(table).order_by(*table.primary_key.columns)).mappings()]
                    for table in Base.metadata.sorted_tables if table.name in present}
    finally:
        engine.dispose()


def balances(url) -> dict[int, int]:
    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            return dict(connection.execute(select(PointsEntry.member_id,
                                                  func.sum(PointsEntry.points))
                                           .group_by(PointsEntry.member_id)).all())
    finally:
        engine.dispose()


def test_every_row_arrives_as_it_was_and_new_rows_get_fresh_ids(shop, target, as_owner,
                                                                  capsys):
    code, out, err = move(capsys, shop, target, "--json")
    assert code == 0, err
    before = dump(f"sqlite:///{shop}")  # with the login the command just wrote there
    # A table the shop leaves empty would prove nothing: give a new table a row above.
    assert [name for name, rows in before.items() if not rows] == []
    document = json.loads(out)
    assert set(document) == JSON_KEYS and document["verified"] is True
    assert document["tables"] == {name: len(rows) for name, rows in sorted(before.items())}
    assert document["rows"] == sum(len(rows) for rows in before.values())
    assert document["points_total"] == sum(balances(f"sqlite:///{shop}").values()) > 0
    assert document["source"] == str(shop) and document["target"] == target

    after = dump(target)
    assert set(after) == set(before) == set(Base.metadata.tables)
    *copied_events, moved = after.pop("audit_event")
    assert copied_events == before.pop("audit_event")
    assert after == before  # every other table, row for row, column for column
    assert moved["id"] == copied_events[-1]["id"] + 1
    assert (moved["username"], moved["role"], moved["action"], moved["subject"]) == (
        OWNER, "owner", "shop_moved", str(shop))
    assert moved["details"] == {"moved_to": "postgresql", "rows": document["rows"]}
    assert balances(target) == balances(f"sqlite:///{shop}")
    merged = [row for row in after["member"] if row["status"] == "merged"]
    assert merged and all(row["merged_into_id"] > row["id"] for row in merged)

    moved_shop = open_services(target)
    try:  # the sequences continue after the copied ids; the users log in there
        member = make_member(moved_shop, "Siti Baru")
        purchase = make_purchase(moved_shop, member, 60_000)
        assert member.id == before["member"][-1]["id"] + 1
        assert purchase.id == before["purchase"][-1]["id"] + 1
        assert moved_shop.users.login(OWNER, OWNER_SECRET).role is Role.OWNER
    finally:
        moved_shop.close()


def test_text_says_both_sides_and_never_the_password(shop, target, as_owner, capsys):
    with_password = make_url(target).set(password="geheim-77").render_as_string(
        hide_password=False)
    code, out, err = move(capsys, shop, with_password)
    assert code == 0, err
    assert "geheim-77" not in out + err
    lines = out.splitlines()
    assert lines[1].strip() == "to " + make_url(with_password).render_as_string()
    member_line = next(line for line in lines if line.startswith("member "))
    assert member_line.split()[1] == member_line.split()[2] == "43"
    assert "Checked before the commit" in lines[-1]


def test_a_target_with_only_what_the_migrations_put_in_is_empty(shop, target, as_owner,
                                                                  capsys):
    """An older schema with its seeded rows (as `init` or a till leaves it, or a failed
    earlier attempt): upgraded in the copy's transaction and filled."""
    engine = create_engine(target)
    with engine.begin() as connection:
        migrate.upgrade(connection, "0008")
    engine.dispose()
    code, _out, err = move(capsys, shop, target)
    assert code == 0, err
    after = dump(target)
    assert len(after["member"]) == len(dump(f"sqlite:///{shop}")["member"])
    engine = create_engine(target)
    with engine.connect() as connection:
        assert migrate.current_revision(connection) == migrate.head_revision()
    engine.dispose()


@pytest.mark.parametrize("data", ["member", "user"])
def test_a_target_holding_data_is_refused_and_left_as_it_was(shop, target, as_owner, capsys,
                                                              data):
    other = open_services(target)
    try:
        if data == "member":
            make_member(other, "Pelanggan Lain")
        else:
            other.users.create_owner("Toko Lain", "Pak Budi", "kunci-456", SecretKind.PASSWORD)
    finally:
        other.close()
    before = dump(target)
    code, out, err = move(capsys, shop, target)
    assert code == 1 and out == ""
    assert len(err.strip().splitlines()) == 1
    assert "already holds a shop's data" in err
    # the rows each table holds, the placeholder owner the migrations made included
    assert ("member: 1 row," if data == "member" else "app_user: 2 rows,") in err
    assert dump(target) == before


def test_only_postgresql_is_a_target_and_never_the_shop_itself(shop, tmp_path, as_owner,
                                                              capsys):
    code, _out, err = move(capsys, shop, f"sqlite:///{tmp_path / 'other.db'}")
    assert code == 1 and "is not a PostgreSQL database" in err
    assert not (tmp_path / "other.db").exists()
    code, _out, err = move(capsys, shop, str(shop))
    assert code == 1 and "it is the shop's own database" in err


def test_a_row_the_target_rejects_rolls_everything_back(shop, target, as_owner, capsys):
    """SQLite keeps a name longer than its column allows; PostgreSQL refuses it. The copy
    stops there and the target is as it was: not even the schema is left."""
    with closing(sqlite3.connect(shop)) as connection, connection:
        connection.execute("UPDATE member SET name = ? WHERE id = (SELECT max(id) FROM member)",
                           ("Nama Yang Terlalu Panjang " * 6,))
    code, out, err = move(capsys, shop, target)
    assert code == 1 and out == ""
    assert "the table member could not be copied" in err and "too long" in err
    assert "nothing was written there" in err
    assert dump(target) == {}

    with closing(sqlite3.connect(shop)) as connection, connection:
        connection.execute("UPDATE member SET name = 'Nama Pendek' "
                           "WHERE id = (SELECT max(id) FROM member)")
    code, _out, err = move(capsys, shop, target)  # the same target, once more
    assert code == 0, err


def test_a_copy_that_does_not_match_is_rolled_back(shop, target, as_owner, capsys):
    """A target that changes the points as they go in (a trigger someone left there): the
    rows all arrive, the check finds the ledger differs, nothing commits."""
    open_services(target).close()  # initialised: the schema and its seeded rows
    engine = create_engine(target)
    with engine.begin() as connection:
        connection.execute(text(
            "CREATE FUNCTION more_points() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
            "IF NEW.points > 0 THEN NEW.points := NEW.points + 1; END IF; RETURN NEW; END $$"))
        connection.execute(text("CREATE TRIGGER more_points BEFORE INSERT ON points_entry "
                                "FOR EACH ROW EXECUTE FUNCTION more_points()"))
    engine.dispose()
    before = dump(target)
    code, _out, err = move(capsys, shop, target)
    assert code == 1
    assert "the copy does not match the shop" in err and "points" in err
    assert dump(target) == before


def test_only_someone_who_may_back_up_moves_the_shop(shop, target, monkeypatch, capsys):
    monkeypatch.setenv(PASSWORD, CASHIER_PIN)
    code, _out, err = run(capsys, shop, "--user", CASHIER, "migrate-db", "--to", target)
    assert code == 1 and "may not back up and restore the database" in err
    monkeypatch.delenv(PASSWORD)
    code, _out, err = run(capsys, shop, "migrate-db", "--to", target)
    assert code == 1 and "give --user NAME" in err
    assert dump(target) == {}


def test_a_shop_without_users_moves_freely(tmp_path, target, capsys):
    path = tmp_path / "new.db"
    services = open_services(f"sqlite:///{path}")
    make_member(services, "Siti")
    services.close()
    code, _out, err = run(capsys, path, "migrate-db", "--to", target)
    assert code == 0, err
    assert [row["name"] for row in dump(target)["member"]] == ["Siti"]
