"""The audit trail: each change that matters writes who, when and what, in its transaction."""

from __future__ import annotations

import json
from datetime import date, datetime

import pytest
from openpyxl import load_workbook

from tests.factories import make_member, make_purchase
from tokocrm.domain.errors import LoginRefused, PermissionDenied
from tokocrm.domain.loyalty import RewardKind, RewardTerms
from tokocrm.domain.roles import Role
from tokocrm.domain.users import SecretKind
from tokocrm.io.xlsx_export import write_xlsx
from tokocrm.services.actor import Actor

OWNER = Actor("Bu Rina", Role.OWNER, till="kasir-1")
CASHIER = Actor("Dewi", Role.CASHIER, till="kasir-2")


def last(shop):
    return shop.audit.events(OWNER, limit=1)[0]


def test_member_edits_keep_the_old_and_new_values(shop):
    siti = make_member(shop, "Siti Aminah")
    shop.members.update(CASHIER, siti.id, {"name": "Siti Aminah Putri", "email": None},
                        siti.version)
    event = last(shop)
    assert (event.action, event.username, event.role, event.till) == (
        "member_edited", "Dewi", "cashier", "kasir-2")
    assert event.subject == f"member {siti.id}"
    assert event.details["old"] == {"name": "Siti Aminah"}  # e-mail was empty: no change
    assert event.details["new"] == {"name": "Siti Aminah Putri"}


def test_voids_adjustments_rules_and_rewards_are_recorded(shop, clock):
    siti = make_member(shop, "Siti Aminah")
    sale = make_purchase(shop, siti, 125_000)
    shop.purchases.void(CASHIER, sale.id, "salah ketik")
    shop.loyalty.adjust(OWNER, siti.id, 40, "kompensasi")
    rules = shop.loyalty.rules(OWNER)
    shop.loyalty.set_rules(OWNER, rules.__class__(**{**rules.__dict__, "welcome_bonus": 25}))
    reward = shop.loyalty.add_reward(OWNER, "Payung", RewardTerms(RewardKind.FREE_ITEM, 50))
    shop.loyalty.update_reward(OWNER, reward.id, stock=3)
    events = shop.audit.events(OWNER)
    assert [e.action for e in events[:5]] == [
        "reward_changed", "reward_added", "rules_changed", "points_adjusted",
        "purchase_voided"]
    changed, _, new_rules, adjusted, voided = events[:5]
    assert voided.details == {"amount": 125_000, "reason": "salah ketik",
                              "purchased_at": sale.purchased_at.isoformat()}
    assert adjusted.details == {"points": 40, "reason": "kompensasi", "balance": 40}
    assert (new_rules.details["old"]["welcome_bonus"],
            new_rules.details["new"]["welcome_bonus"]) == (0, 25)
    assert changed.details["old"] == {"active": True, "stock": None}
    assert changed.details["new"] == {"active": True, "stock": 3}


def test_a_refused_change_leaves_no_event(shop):
    siti = make_member(shop, "Siti Aminah")
    before = len(shop.audit.events(OWNER))
    with pytest.raises(PermissionDenied):
        shop.loyalty.adjust(CASHIER, siti.id, 40, "coba")
    assert len(shop.audit.events(OWNER)) == before


def test_exports_and_imports_are_recorded_once_written(shop, tmp_path):
    make_member(shop, "Siti Aminah")
    write_xlsx(shop.exports.members(OWNER), tmp_path / "anggota.xlsx")
    event = last(shop)
    assert (event.action, event.subject, event.details["rows"]) == ("exported", "members", 1)
    assert event.details["file"] == str(tmp_path / "anggota.xlsx")
    shop.imports.members(OWNER, [], source="lama.xlsx")
    assert (last(shop).action, last(shop).details["file"]) == ("imported", "lama.xlsx")
    shop.imports.members(OWNER, [], dry_run=True)  # a dry run changed nothing
    assert last(shop).details["file"] == "lama.xlsx"


def test_the_owner_filters_the_trail_and_no_one_else_reads_it(shop, clock):
    siti = make_member(shop, "Siti Aminah")
    shop.loyalty.adjust(OWNER, siti.id, 10, "a")
    clock.advance(days=2)
    shop.loyalty.adjust(OWNER, siti.id, 20, "b")
    sale = make_purchase(shop, siti, 50_000)
    shop.purchases.void(CASHIER, sale.id, "salah")
    today = clock().date()
    assert [e.details["points"] for e in shop.audit.events(
        OWNER, action="points_adjusted")] == [20, 10]
    assert [e.action for e in shop.audit.events(OWNER, since=today)] == [
        "purchase_voided", "points_adjusted"]
    # (the shop fixture set its loyalty rules first)
    assert [e.action for e in shop.audit.events(OWNER, until=date(2026, 3, 10))] == [
        "points_adjusted", "rules_changed"]
    assert [e.action for e in shop.audit.events(OWNER, username="Dewi")] == ["purchase_voided"]
    assert shop.audit.usernames(OWNER) == ["Bu Rina", "Dewi", "owner"]
    for role in (Role.CASHIER, Role.BOOKKEEPER):
        with pytest.raises(PermissionDenied):
            shop.audit.events(Actor("x", role))


def read_sheet(path) -> tuple[list[str], list[tuple]]:
    """The one sheet's title and its rows, header first."""
    book = load_workbook(path, read_only=True)
    [sheet] = book.worksheets
    title, rows = sheet.title, [tuple(row) for row in sheet.iter_rows(values_only=True)]
    book.close()
    return title, rows


def test_the_trail_exports_oldest_first_and_the_export_is_recorded(shop, clock, tmp_path):
    siti = make_member(shop, "Siti Aminah")
    clock.advance(minutes=5)
    shop.members.update(CASHIER, siti.id, {"name": "Siti Aminah Putri"}, siti.version)
    clock.advance(hours=2)
    shop.loyalty.adjust(OWNER, siti.id, 40, "kompensasi kue di café")
    out = tmp_path / "jejak.xlsx"
    written = write_xlsx(shop.audit.export(OWNER, username=None), out)

    title, rows = read_sheet(out)
    assert title == "Audit trail"
    assert rows[0] == ("Time", "User", "Role", "Till", "Action", "Subject", "Details")
    ours = [row for row in rows[1:] if row[1] in ("Bu Rina", "Dewi")]
    assert [row[:6] for row in ours] == [
        (datetime(2026, 3, 10, 10, 5), "Dewi", "cashier", "kasir-2", "member_edited",
         f"member {siti.id}"),
        (datetime(2026, 3, 10, 12, 5), "Bu Rina", "owner", "kasir-1", "points_adjusted",
         f"member {siti.id}")]
    edited = json.loads(ours[0][6])
    assert (edited["old"], edited["new"]) == ({"name": "Siti Aminah"},
                                              {"name": "Siti Aminah Putri"})
    assert "kompensasi kue di café" in ours[1][6]  # the letters as typed, not \u escapes
    assert ", " not in ours[0][6] and ": " not in ours[0][6]  # compact: one short line
    assert written.rows == len(rows) - 1 == len(shop.audit.events(OWNER)) - 1
    event = last(shop)
    assert (event.action, event.username, event.subject) == ("exported", "Bu Rina",
                                                             "audit trail")
    assert (event.details["file"], event.details["rows"]) == (str(out), written.rows)


def test_the_export_filters_as_the_page_does(shop, clock, tmp_path):
    siti = make_member(shop, "Siti Aminah")
    shop.loyalty.adjust(OWNER, siti.id, 10, "a")
    clock.advance(days=2)
    shop.loyalty.adjust(OWNER, siti.id, 20, "b")
    shop.loyalty.adjust(Actor("Bu Rina", Role.OWNER, till="kantor"), siti.id, 30, "c")
    sale = make_purchase(shop, siti, 50_000)
    shop.purchases.void(CASHIER, sale.id, "salah")
    filters = {"since": clock().date(), "username": "Bu Rina", "action": "points_adjusted"}
    write_xlsx(shop.audit.export(OWNER, **filters), tmp_path / "a.xlsx")

    _, rows = read_sheet(tmp_path / "a.xlsx")
    assert [json.loads(row[6])["points"] for row in rows[1:]] == [20, 30]
    shown = shop.audit.events(OWNER, **filters)
    assert [e.details["points"] for e in reversed(shown)] == [20, 30]  # newest first there
    recorded = last(shop).details
    assert (recorded["since"], recorded["only_user"], recorded["only_action"]) == (
        "2026-03-12", "Bu Rina", "points_adjusted")
    write_xlsx(shop.audit.export(OWNER, until=date(2026, 3, 9)), tmp_path / "none.xlsx")
    assert read_sheet(tmp_path / "none.xlsx")[1] == [
        ("Time", "User", "Role", "Till", "Action", "Subject", "Details")]


def test_only_the_owner_exports_the_trail(shop):
    before = len(shop.audit.events(OWNER))
    for role in (Role.CASHIER, Role.BOOKKEEPER):
        with pytest.raises(PermissionDenied):  # refused at once, before anything is read
            shop.audit.export(Actor("x", role))
    assert len(shop.audit.events(OWNER)) == before


def test_a_failed_login_exports_without_a_role(shop, tmp_path):
    owner = shop.users.create_owner("Toko Maju", "Bu Rina", "rahasia-123", SecretKind.PASSWORD)
    with pytest.raises(LoginRefused):
        shop.users.login("Bu Rina", "salah-sandi")
    write_xlsx(shop.audit.export(owner, action="login_failed"), tmp_path / "gagal.xlsx")
    [_, (_, user, role, _, action, subject, details)] = read_sheet(tmp_path / "gagal.xlsx")[1]
    assert (user, role, action, subject) == ("Bu Rina", None, "login_failed", "user Bu Rina")
    assert json.loads(details) == {"reason": "wrong secret", "tries": 1}
