"""Users and logins: the first owner, Argon2id secrets, the lockout and the last owner."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from tokocrm.db.models import AppUser, AuditEvent
from tokocrm.domain.errors import AccountLocked, InvalidField, LoginRefused, PermissionDenied
from tokocrm.domain.roles import Role
from tokocrm.domain.users import SecretKind
from tokocrm.services.actor import Actor

PIN, PASSWORD = SecretKind.PIN, SecretKind.PASSWORD


@pytest.fixture
def owner(shop):
    return shop.users.create_owner("Toko Maju", "Bu Rina", "rahasia-123", PASSWORD)


def trail(shop) -> list[tuple[str, str, str | None]]:
    with shop.engine.connect() as connection:
        return [tuple(row) for row in connection.execute(
            select(AuditEvent.action, AuditEvent.username, AuditEvent.role)
            .order_by(AuditEvent.id))]


def test_first_start_names_the_shop_and_logs_the_owner_in(shop):
    assert shop.users.needs_setup()
    owner = shop.users.create_owner("  Toko  Maju ", "Bu Rina", "rahasia-123", PASSWORD)
    assert owner == Actor(username="Bu Rina", role=Role.OWNER, till=owner.till)
    assert not shop.users.needs_setup()
    assert shop.settings.get(owner, "shop_name") == "Toko Maju"
    with pytest.raises(InvalidField):  # only once: later owners are added by an owner
        shop.users.create_owner("Toko Lain", "Pak Budi", "rahasia-456", PASSWORD)


def test_secrets_are_argon2id_hashes_never_the_secret(shop, owner):
    shop.users.add(owner, "Dewi", Role.CASHIER, "482913", PIN)
    with shop.engine.connect() as connection:
        hashes = dict(connection.execute(select(AppUser.username, AppUser.secret_hash)).all())
    assert hashes["Dewi"].startswith("$argon2id$")
    assert "482913" not in hashes["Dewi"] and "rahasia-123" not in hashes["Bu Rina"]


def test_login_by_password_or_pin_whatever_the_case_of_the_name(shop, owner):
    shop.users.add(owner, "Dewi", Role.CASHIER, "482913", PIN)
    assert shop.users.login("dewi", "482913").role is Role.CASHIER
    assert shop.users.login("BU RINA", "rahasia-123").username == "Bu Rina"
    with pytest.raises(LoginRefused):
        shop.users.login("Dewi", "482914")
    with pytest.raises(LoginRefused):  # an unknown name is refused the same way
        shop.users.login("Siapa", "482913")


def test_five_failures_lock_the_account_for_five_minutes(shop, owner, clock):
    shop.users.add(owner, "Dewi", Role.CASHIER, "482913", PIN)
    for _ in range(4):
        with pytest.raises(LoginRefused):
            shop.users.login("Dewi", "000000")
    with pytest.raises(LoginRefused):  # the fifth failure locks
        shop.users.login("Dewi", "000000")
    with pytest.raises(AccountLocked):  # even the right PIN waits
        shop.users.login("Dewi", "482913")
    clock.advance(minutes=4, seconds=59)
    with pytest.raises(AccountLocked):
        shop.users.login("Dewi", "482913")
    clock.advance(seconds=1)
    assert shop.users.login("Dewi", "482913").username == "Dewi"
    with pytest.raises(LoginRefused):  # a success starts the count again
        shop.users.login("Dewi", "000000")
    assert shop.users.login("Dewi", "482913").username == "Dewi"


def test_logins_and_failed_logins_are_in_the_trail_without_the_secret(shop, owner):
    shop.users.login("Bu Rina", "rahasia-123")
    with pytest.raises(LoginRefused):
        shop.users.login("Bu Rina", "tebakan-salah")
    assert trail(shop)[-2:] == [("login", "Bu Rina", "owner"),
                                ("login_failed", "Bu Rina", None)]
    with shop.engine.connect() as connection:
        details = connection.execute(select(AuditEvent.details)).scalars().all()
    assert "tebakan-salah" not in repr(details) and "rahasia-123" not in repr(details)


def test_bad_names_and_secrets_are_refused(shop, owner):
    for name, secret, kind, reason in [
        ("Dewi", "12a4", PIN, "pin_digits"), ("Dewi", "123", PIN, "pin_digits"),
        ("Dewi", "123456789", PIN, "pin_digits"), ("Dewi", "pendek", PASSWORD, "password_short"),
        ("  ", "482913", PIN, "required"), ("Dewi<script>", "482913", PIN, "username_chars"),
        ("bu rina", "482913", PIN, "exists"),
    ]:
        with pytest.raises(InvalidField) as refused:
            shop.users.add(owner, name, Role.CASHIER, secret, kind)
        assert refused.value.params["reason"] == reason, name


def test_the_first_user_added_from_the_command_line_must_be_the_owner(shop):
    from tokocrm.services.actor import BUILTIN_OWNER

    with pytest.raises(InvalidField) as refused:
        shop.users.add(BUILTIN_OWNER, "Dewi", Role.CASHIER, "482913", PIN)
    assert refused.value.params["reason"] == "first_owner"
    shop.users.add(BUILTIN_OWNER, "Bu Rina", Role.OWNER, "rahasia-123", PASSWORD)
    assert not shop.users.needs_setup()


def test_the_shop_keeps_an_active_owner(shop, owner):
    me = shop.users.users(owner)[0]
    with pytest.raises(InvalidField) as refused:
        shop.users.change(owner, me.id, role=Role.CASHIER)
    assert refused.value.params["reason"] == "last_owner"
    with pytest.raises(InvalidField):
        shop.users.change(owner, me.id, active=False)
    second = shop.users.add(owner, "Pak Budi", Role.OWNER, "rahasia-456", PASSWORD)
    shop.users.change(owner, me.id, active=False)
    with pytest.raises(LoginRefused):  # switched off: cannot log in
        shop.users.login("Bu Rina", "rahasia-123")
    assert shop.users.login("Pak Budi", "rahasia-456").username == second.username


def test_a_new_pin_lifts_the_lockout(shop, owner):
    dewi = shop.users.add(owner, "Dewi", Role.CASHIER, "482913", PIN)
    for _ in range(5):
        with pytest.raises(LoginRefused):
            shop.users.login("Dewi", "000000")
    shop.users.change(owner, dewi.id, secret="771204")  # a PIN again, as she had
    assert shop.users.login("Dewi", "771204").role is Role.CASHIER
    assert shop.users.users(owner)[1].secret_kind is PIN


def test_only_the_owner_manages_users(shop, owner):
    for role in (Role.CASHIER, Role.BOOKKEEPER):
        with pytest.raises(PermissionDenied):
            shop.users.add(Actor("x", role), "Eko", Role.OWNER, "482913", PIN)


def test_an_old_shop_owner_placeholder_becomes_the_first_owner(shop):
    """Shops from before logins carry a built-in "owner" row with no secret: it cannot log
    in, and first start may take its name."""
    with pytest.raises(LoginRefused):
        shop.users.login("owner", "")
    owner = shop.users.create_owner("Toko Maju", "owner", "rahasia-123", PASSWORD)
    assert shop.users.login("owner", "rahasia-123") == owner
    assert [u.username for u in shop.users.users(owner)] == ["owner"]
