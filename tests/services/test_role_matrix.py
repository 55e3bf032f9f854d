"""The role matrix, proved at the services: every permission is exercised by a real service
call as every role, and a call is refused exactly when the role lacks a permission the call
needs, whatever calls the service (here: a test, as the command line or a POS would). The
README's matrix is checked against the code too."""

from __future__ import annotations

import contextlib
import itertools
import re
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

import pytest

from tests.factories import make_member
from tokocrm.domain.errors import BackupUnsupported, PermissionDenied
from tokocrm.domain.loyalty import RewardKind, RewardTerms
from tokocrm.domain.roles import ROLE_PERMISSIONS, Permission, Role, allows
from tokocrm.domain.users import SecretKind
from tokocrm.services import backups
from tokocrm.services.actor import BUILTIN_OWNER, Actor
from tokocrm.services.demo import create_demo_shop
from tokocrm.services.dto import MemberInput, PurchaseInput
from tokocrm.services.feedback_dto import FeedbackInput

P = Permission
_names = itertools.count(1)


def fresh(shop) -> int:
    return make_member(shop, f"Anggota {next(_names)}").id


def bought(shop, days_ago: int = 0) -> int:
    at = shop.purchases._clock() - timedelta(days=days_ago) if days_ago else None
    return shop.purchases.record(BUILTIN_OWNER, PurchaseInput(
        member_id=fresh(shop), amount=100_000, at=at)).id


def with_points(shop) -> tuple[int, int]:
    member = fresh(shop)
    shop.loyalty.adjust(BUILTIN_OWNER, member, 500, "saldo awal")
    reward = shop.loyalty.add_reward(BUILTIN_OWNER, f"Hadiah {next(_names)}",
                                     RewardTerms(RewardKind.FREE_ITEM, 10))
    return member, reward.id


def edit(shop, actor):
    member = shop.members.get(BUILTIN_OWNER, fresh(shop))
    return shop.members.update(actor, member.id, {"name": "Nama Baru"}, member.version)


def a_template(shop) -> int:
    return shop.messages.add_template(BUILTIN_OWNER, f"Jawaban {next(_names)}", "service",
                                      "Halo {nama}, keluhan Anda sudah kami selesaikan.").id


def backup_copy(shop, actor):
    copy = Path(shop.database.location).with_name(f"copy-{next(_names)}.db")
    # PostgreSQL is refused for its engine, after the permission was granted.
    with contextlib.suppress(BackupUnsupported):
        backups.backup(shop.engine.url, copy, actor=actor)


# permission -> (the permissions the call needs, the call)
CALLS: dict[Permission, tuple[set[Permission], Callable]] = {
    P.READ_SETTINGS: ({P.READ_SETTINGS}, lambda s, a: s.settings.get(a, "shop_name")),
    P.CHANGE_SETTINGS: ({P.CHANGE_SETTINGS}, lambda s, a: s.settings.set(a, "shop_name", "X")),
    P.READ_MEMBERS: ({P.READ_MEMBERS}, lambda s, a: s.members.find(a, "Anggota")),
    P.REGISTER_MEMBER: ({P.REGISTER_MEMBER}, lambda s, a: s.members.register(
        a, MemberInput(name="Baru", phone=f"08137777{next(_names):04d}"))),
    P.EDIT_MEMBER: ({P.EDIT_MEMBER}, edit),
    P.MERGE_MEMBERS: ({P.MERGE_MEMBERS}, lambda s, a: s.members.merge(a, fresh(s), fresh(s))),
    P.RECORD_PURCHASE: ({P.RECORD_PURCHASE}, lambda s, a: s.purchases.record(
        a, PurchaseInput(member_id=fresh(s), amount=50_000))),
    P.BACKDATE_PURCHASE: ({P.RECORD_PURCHASE, P.BACKDATE_PURCHASE},
                          lambda s, a: s.purchases.record(a, PurchaseInput(
                              member_id=fresh(s), amount=50_000,
                              at=s.purchases._clock() - timedelta(days=2)))),
    P.VOID_PURCHASE: ({P.VOID_PURCHASE}, lambda s, a: s.purchases.void(a, bought(s), "salah")),
    P.VOID_OLD_PURCHASE: ({P.VOID_PURCHASE, P.VOID_OLD_PURCHASE},
                          lambda s, a: s.purchases.void(a, bought(s, days_ago=3), "salah")),
    P.MANAGE_CATEGORIES: ({P.MANAGE_CATEGORIES},
                          lambda s, a: s.categories.add(a, f"Kategori {next(_names)}")),
    P.CREATE_DEMO: ({P.CREATE_DEMO}, lambda s, a: create_demo_shop(
        s.engine, a, members=5, months=1, seed=next(_names), today=s.purchases._clock().date())),
    P.REDEEM_POINTS: ({P.REDEEM_POINTS}, lambda s, a: s.loyalty.redeem(a, *with_points(s))),
    P.CHANGE_LOYALTY_RULES: ({P.CHANGE_LOYALTY_RULES},
                             lambda s, a: s.loyalty.set_rules(a, s.loyalty.rules(BUILTIN_OWNER))),
    P.MANAGE_REWARDS: ({P.MANAGE_REWARDS}, lambda s, a: s.loyalty.add_reward(
        a, f"Payung {next(_names)}", RewardTerms(RewardKind.FREE_ITEM, 20))),
    P.ADJUST_POINTS: ({P.ADJUST_POINTS}, lambda s, a: s.loyalty.adjust(a, fresh(s), 5, "koreksi")),
    P.RUN_DAILY: ({P.RUN_DAILY}, lambda s, a: s.loyalty.run_daily(a)),
    P.EXPORT_DATA: ({P.EXPORT_DATA}, lambda s, a: s.exports.members(a)),
    P.IMPORT_DATA: ({P.IMPORT_DATA}, lambda s, a: s.imports.members(a, [])),
    P.VIEW_REPORTS: ({P.VIEW_REPORTS}, lambda s, a: s.segments.compute(a)),
    P.RECORD_FEEDBACK: ({P.RECORD_FEEDBACK},
                        lambda s, a: s.feedback.record(a, FeedbackInput(rating=5))),
    P.HANDLE_COMPLAINTS: ({P.HANDLE_COMPLAINTS}, lambda s, a: s.feedback.cases(a)),
    P.MANAGE_USERS: ({P.MANAGE_USERS}, lambda s, a: s.users.add(
        a, f"pemilik {next(_names)}", Role.OWNER, "4821", SecretKind.PIN)),
    P.VIEW_AUDIT: ({P.VIEW_AUDIT}, lambda s, a: s.audit.events(a)),
    P.ERASE_MEMBER: ({P.ERASE_MEMBER},
                     lambda s, a: s.privacy.erase(a, fresh(s), "diminta pelanggan")),
    P.BACKUP_RESTORE: ({P.BACKUP_RESTORE}, lambda s, a: backup_copy(s, a)),
    P.SEND_MESSAGES: ({P.SEND_MESSAGES}, lambda s, a: s.messages.log_send(
        a, fresh(s), a_template(s), "Halo, keluhan Anda sudah kami selesaikan.", "clipboard")),
}


def test_every_permission_has_a_call():
    assert set(CALLS) == set(Permission)


@pytest.mark.parametrize("role", list(Role))
@pytest.mark.parametrize("permission", list(Permission))
def test_each_role_may_do_exactly_what_the_matrix_allows(shop, role, permission):
    needs, call = CALLS[permission]
    actor = Actor(username=f"{role.value}-1", role=role, till="kasir-1")
    if all(allows(role, need) for need in needs):
        call(shop, actor)  # done, not refused
    else:
        with pytest.raises(PermissionDenied) as refused:
            call(shop, actor)
        assert refused.value.params["role"] == role.value


def test_the_readme_matrix_is_the_code():
    """The README's table: one row per permission, a ✓ under each role that has it."""
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    rows = {}
    for line in readme.splitlines():
        found = re.fullmatch(r"\| (.+?) \| (✓|-) \| (✓|-) \| (✓|-) \|", line)
        if found:
            rows[found[1]] = tuple(mark == "✓" for mark in found.groups()[1:])
    roles = (Role.OWNER, Role.CASHIER, Role.BOOKKEEPER)
    assert rows == {p.value: tuple(p in ROLE_PERMISSIONS[r] for r in roles)
                    for p in Permission}
